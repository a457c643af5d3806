/* Practitioner review: correct the note sentence by sentence, file it under the template's headings, listen to the
   unclear passages, answer the evidence questions, save versions, approve; amend after approval. */
(function () {
  "use strict";
  const { $, h, api, clock, when, showError, token, userName } = window.Casenote;
  const REASONS = { low_confidence: "unclear speech", low_word_probability: "the recogniser was unsure", repetition: "repeated words",
    no_speech: "no clear speech", hallucination_removed: "text removed", name_corrected: "name matched to the case",
    foreign_script: "not English letters", read_from_case: "names as the case lists them: were they said?",
    identifier_unclear: "an identifier the recogniser was unsure of: redacted, check what was said",
    unheard_speech: "speech with no words written: listen to what was said here",
    case_word_taken_back: "the case's names made the recogniser write another relative here: the words heard without them are shown" };
  const ANSWERS = { yes: "Yes", no: "No", not_appropriate: "Not appropriate" };
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  let player, draft, me = null;
  let sentences = []; // the working copy: {text, heading, child_voice, wishes_feelings, origin, start_s, end_s, suggested_heading, key}
  let checked = new Set();
  let dirty = false, amending = false, nextKey = 0;

  function play(at) {
    if (at === null || at === undefined || !player) return;
    player.currentTime = Math.max(0, at - 0.5);
    player.play().catch(() => {});
  }
  const playButton = (at, label) => (at === null || at === undefined ? null
    : h("button", { type: "button", class: "time", onclick: () => play(at), title: "Play from here", "aria-label": `Play from ${clock(at)}${label ? `: ${label}` : ""}` }, `▶ ${clock(at)}`));

  async function loadList(caseRef) {
    $("#list-view").hidden = false;
    const q = caseRef ? `?case_ref=${encodeURIComponent(caseRef)}` : "";
    const data = await (await api(`/review/notes${q}`)).json();
    $("#list-body").replaceChildren(...data.items.map((n) => h("tr", {},
      h("td", {}, h("a", { href: n.review_url }, when(n.created_at))),
      h("td", {}, n.case_ref),
      h("td", {}, clock(n.duration_s)),
      h("td", {}, h("span", { class: `badge ${n.status}` }, n.status === "approved" ? `approved by ${n.approval.approved_by}` : "draft: to finish")))));
    if (!data.items.length) $("#list-body").append(h("tr", {}, h("td", { colspan: 4 }, "No finished notes yet.")));
  }

  async function loadAudio(url) {
    if (!token()) { player.src = url; return; } // open access: stream with byte ranges
    const blob = await (await api(url)).blob();
    player.src = URL.createObjectURL(blob);
  }

  const approved = () => draft && draft.status === "approved";
  const editable = () => !approved() || amending;
  const headingTitle = (key) => (draft.template.headings.find((x) => x.key === key) || { title: key }).title;
  const passagesOf = (s) => (s.origin === null || s.origin === undefined ? [] : draft.passages.filter((p) => p.sentence === s.origin));
  const sentenceUnchanged = (s) => { const o = draft.sentences.find((x) => x.origin === s.origin && s.origin !== null); return o && o.text === s.text; };

  function take(d) {
    draft = d;
    sentences = d.sentences.map((s) => Object.assign({ key: nextKey++ }, s));
    checked = new Set(d.passages.filter((p) => p.checked).map((p) => p.id));
    dirty = false; amending = false;
    render();
  }

  // -- the editor ---------------------------------------------------------------------------------------
  function sentenceRow(s, n) {
    const ps = sentenceUnchanged(s) ? passagesOf(s) : [];
    const ro = !editable();
    const select = h("select", { class: "heading-select", "aria-label": `File sentence ${n} under`, disabled: ro,
      onchange: (ev) => { s.heading = ev.target.value; changed(); render(); } },
      draft.template.headings.map((x) => h("option", { value: x.key, selected: x.key === s.heading }, x.title)));
    const box = (field, label) => h("label", { class: "check" }, h("input", { type: "checkbox", class: field, checked: s[field], disabled: ro,
      onchange: (ev) => { s[field] = ev.target.checked; changed(); } }), label);
    const area = h("textarea", { class: "sentence-text", rows: Math.max(2, Math.ceil(s.text.length / (window.innerWidth < 600 ? 34 : 80))), "aria-label": `Sentence ${n}`, readonly: ro,
      oninput: (ev) => { s.text = ev.target.value; changed(); } });
    area.value = s.text;
    return h("li", { class: `sentence${ps.some((p) => !checked.has(p.id)) ? " has-doubt" : ""}${s.child_voice ? " voice" : ""}`, "data-key": s.key, "data-origin": s.origin === null ? "" : s.origin },
      h("div", { class: "row sentence-top" }, playButton(s.start_s, s.text.slice(0, 40)),
        s.start_s === null || s.start_s === undefined ? h("span", { class: "hint" }, "typed in") : null,
        box("child_voice", "Child's voice"), box("wishes_feelings", "Wishes and feelings")),
      area,
      ps.length ? h("p", { class: "in-sentence" }, "Unclear here: ", ps.map((p) => h("mark", {}, p.text)).reduce((a, m) => (a.length ? [...a, ", ", m] : [m]), [])) : null,
      h("div", { class: "row" }, h("label", { class: "inline" }, "File under ", select),
        s.suggested_heading && s.suggested_heading !== s.heading ? h("span", { class: "hint" }, `(the machine suggested: ${headingTitle(s.suggested_heading)})`) : null,
        ro ? null : h("button", { type: "button", class: "danger delete", onclick: () => { sentences = sentences.filter((x) => x !== s); changed(); render(); } }, "Delete")));
  }

  function renderHeadings() {
    let n = 0;
    const numbered = new Map(sentences.map((s) => [s, ++n]));
    $("#headings").replaceChildren(...draft.template.headings.map((hd) => {
      const mine = sentences.filter((s) => s.heading === hd.key);
      return h("section", { class: "panel heading", "data-heading": hd.key },
        h("h2", {}, hd.title, " ", h("span", { class: "hint" }, `(${mine.length})`)),
        mine.length ? h("ol", { class: "sentences" }, mine.map((s) => sentenceRow(s, numbered.get(s)))) : h("p", { class: "hint" }, "Nothing filed here."),
        editable() ? h("button", { type: "button", class: "add", onclick: () => addSentence(hd.key) }, `Add a sentence under "${hd.title}"`) : null);
    }));
  }

  function addSentence(heading) {
    sentences.push({ key: nextKey++, text: "", heading, child_voice: false, wishes_feelings: false, origin: null, start_s: null, end_s: null });
    changed(); render();
    const rows = document.querySelectorAll(`[data-heading="${heading}"] .sentence-text`);
    if (rows.length) rows[rows.length - 1].focus();
  }

  function renderPassages() {
    const open = draft.passages.filter((p) => sentences.some((s) => s.origin === p.sentence && sentenceUnchanged(s)));
    $("#passages").replaceChildren(...(open.length ? open.map((p) => {
      const s = draft.sentences.find((x) => x.origin === p.sentence);
      const text = s ? s.text : p.text;
      return h("li", { class: `passage${checked.has(p.id) ? "" : " has-doubt"}`, "data-passage": p.id },
        playButton(p.start_s, p.text), " ",
        h("span", { class: "in-sentence" }, text.slice(0, p.start), h("mark", {}, text.slice(p.start, p.end)), text.slice(p.end)), " ",
        h("span", { class: "hint" }, `(${p.reasons.map((r) => REASONS[r] || r.replace(/_/g, " ")).join(", ")})`), " ",
        h("label", { class: "check" }, h("input", { type: "checkbox", class: "listened", checked: checked.has(p.id), disabled: !editable(),
          onchange: (ev) => { if (ev.target.checked) checked.add(p.id); else checked.delete(p.id); changed(); renderCounts(); } }), "listened"));
    }) : [h("li", { class: "hint" }, "Nothing left to listen to.")]));
    return open;
  }

  function renderEvidence() {
    const ev = draft.evidence;
    const rows = draft.template.questions.map((q) => {
      const sug = draft.suggestions[q.key] || { value: null, reason: "" };
      const value = ev[q.key];
      let input;
      const ro = !editable();
      if (q.key === "child_seen" || q.key === "seen_alone") {
        input = h("select", { id: `ev-${q.key}`, disabled: ro, onchange: changed },
          [["", "Not stated"], ["true", "Yes"], ["false", "No"]].map(([v, t]) => h("option", { value: v, selected: String(value ?? "") === v }, t)));
      } else if (q.key === "participation_code") {
        input = h("select", { id: `ev-${q.key}`, disabled: ro, onchange: changed },
          [["", "Not a review meeting / not decided"], ...["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7", "PN8"].map((c) => [c, c])]
            .map(([v, t]) => h("option", { value: v, selected: (value || "") === v }, t)));
      } else {
        input = h("select", { id: `ev-${q.key}`, disabled: ro, onchange: changed },
          [["", "Not answered"], ...Object.entries(ANSWERS)].map(([v, t]) => h("option", { value: v, selected: (value || "") === v }, t)));
      }
      const shown = sug.value === true ? "Yes" : sug.value === false ? "No" : ANSWERS[sug.value] || sug.value || "not stated";
      return h("div", { class: "question" }, h("label", { for: `ev-${q.key}` }, q.title), input,
        h("p", { class: "hint" }, `Machine's suggestion: ${shown}. ${sug.reason || ""}`));
    });
    $("#evidence").replaceChildren(...rows);
  }

  function evidenceValues() {
    const out = {};
    for (const q of draft.template.questions) {
      const v = $(`#ev-${q.key}`).value;
      out[q.key] = v === "" ? null : v === "true" ? true : v === "false" ? false : v;
    }
    return out;
  }

  function renderCounts() {
    const open = draft.passages.filter((p) => sentences.some((s) => s.origin === p.sentence && sentenceUnchanged(s)));
    const left = open.filter((p) => !checked.has(p.id)).length;
    $("#unchecked-count").textContent = left ? `${left} not listened to` : "all listened to";
    $("#unchecked-count").className = `badge ${left ? "no" : "yes"}`;
    const v = draft.version.number;
    $("#approve-btn").textContent = `Approve version ${dirty ? v + 1 : v}` + (left ? ` (${left} unclear passage${left > 1 ? "s" : ""} not listened to)` : "");
    $("#save-btn").textContent = amending ? "Save the amendment" : dirty ? "Save changes" : "Saved";
    $("#save-btn").disabled = !dirty && !amending;
  }

  function render() {
    $("#no-speech").hidden = draft.speech_detected;
    $("#editor").hidden = !draft.speech_detected;
    $("#note-head").replaceChildren(h("strong", {}, draft.template.title), " · ",
      h("span", { class: `badge ${draft.status}` }, draft.status === "approved" ? "approved" : "draft"),
      ` · version ${draft.version.number} saved by ${draft.version.created_by} ${when(draft.version.created_at)}`);
    if (!draft.speech_detected) return;
    renderPassages();
    renderHeadings();
    renderEvidence();
    renderCounts();
    $("#amend-btn").hidden = !approved() || amending;
    $("#save-btn").hidden = approved() && !amending;
    $("#amend-reason-label").hidden = !amending;
    $("#filed-text").textContent = draft.text;
    $("#filed-html").srcdoc = draft.html;
    showApproval();
  }

  function changed() { dirty = true; $("#save-state").textContent = "Unsaved changes"; renderCounts(); }

  function body() {
    return {
      base_version: draft.version.number,
      sentences: sentences.filter((s) => s.text.trim()).map((s) => ({ text: s.text.trim(), heading: s.heading, child_voice: !!s.child_voice,
        wishes_feelings: !!s.wishes_feelings, origin: s.origin === undefined ? null : s.origin })),
      evidence: evidenceValues(), checked: [...checked], edited_by: userName() || null,
    };
  }

  async function save() {
    const b = body();
    let r;
    if (amending) {
      const reason = $("#amend-reason").value.trim();
      if (reason.length < 3) { $("#amend-reason").focus(); throw new Error("Say why you are amending the approved note."); }
      r = await api(`/review/notes/${encodeURIComponent(id)}/amendments`, { method: "POST", json: Object.assign(b, { reason }) });
    } else {
      r = await api(`/review/notes/${encodeURIComponent(id)}/draft`, { method: "PUT", json: b });
    }
    take(await r.json());
    $("#save-state").textContent = `Saved as version ${draft.version.number} at ${when(draft.version.created_at)}.`;
    loadVersions().catch(() => {});
  }

  function showApproval() {
    const a = draft.approval;
    $("#approved").hidden = !approved();
    $("#approve-fields").hidden = approved();
    if (approved() && a) $("#approved").textContent = `Approved by ${a.approved_by} on ${when(a.approved_at)} (version ${a.version || 1}). This note is final; amend it with a reason to change it.`;
  }

  async function loadVersions() {
    const v = await (await api(`/review/notes/${encodeURIComponent(id)}/versions`)).json();
    $("#versions").replaceChildren(...v.items.map((x) => h("li", {},
      `Version ${x.number}: ${x.kind === "machine" ? "the machine's draft" : x.kind === "amendment" ? "amendment" : "edit"} by ${x.created_by}, ${when(x.created_at)}`,
      x.approved ? h("span", { class: "badge approved" }, " approved") : null, x.reason ? ` · reason: ${x.reason}` : "")));
    const opts = (sel) => sel.replaceChildren(...v.items.map((x) => h("option", { value: x.number }, `${x.number}`)));
    opts($("#cmp-a")); opts($("#cmp-b"));
    $("#cmp-a").value = String(Math.max(1, v.latest - 1)); $("#cmp-b").value = String(v.latest);
  }

  async function loadFeedback(caseRef) {
    if (!caseRef) return;
    const items = (await (await api(`/voice/feedback?case_ref=${encodeURIComponent(caseRef)}&limit=3`)).json()).items;
    $("#feedback-list").replaceChildren(...items.map((f) => h("li", {},
      h("strong", {}, f.asked_on), " · ", f.respondent.replace("_", " "), " · ",
      ["q1", "q2", "q3", "q4"].map((q, i) => `Q${i + 1}: ${f.answers[q] === null ? "–" : f.answers[q]}`).join(", "),
      f.comment ? h("blockquote", {}, f.comment) : null)));
    $("#feedback-panel").hidden = !items.length;
  }

  // -- photos of direct work: shown from blobs (the image endpoint wants the token), added from the camera -------
  async function loadPhotos() {
    const items = (await (await api(`/dictations/${encodeURIComponent(id)}/photos`)).json()).items;
    const figures = await Promise.all(items.map(async (p) => {
      const src = URL.createObjectURL(await (await api(p.url)).blob());
      return h("figure", {}, h("img", { src, alt: p.caption || "Photo of direct work", loading: "lazy" }),
        h("figcaption", {}, p.caption || "", " · ", when(p.created_at)));
    }));
    $("#photo-list").replaceChildren(...figures);
  }

  async function addPhoto(file) {
    const state = $("#photo-state");
    const form = new FormData();
    form.append("file", file);
    if ($("#photo-caption").value.trim()) form.append("caption", $("#photo-caption").value.trim());
    state.textContent = "Sending the photo…";
    try {
      // the same photo sent twice is one photo: retrying after a dropped connection is safe
      await api(`/dictations/${encodeURIComponent(id)}/photos`, { method: "POST", body: form });
      state.textContent = "Photo added.";
      $("#photo-input").value = ""; $("#photo-caption").value = "";
      await loadPhotos();
    } catch (e) {
      state.textContent = `The photo was not added: ${e.message} Choose it again to retry.`;
    }
  }

  async function loadNote() {
    $("#note-view").hidden = false;
    player = $("#player");
    const [r, d] = await Promise.all([
      api(`/review/notes/${encodeURIComponent(id)}`).then((x) => x.json()),
      api(`/review/notes/${encodeURIComponent(id)}/draft`).then((x) => x.json()),
    ]);
    d.approval = r.approval;
    take(d);
    $("#approve-name").value = userName();
    $("#approve-name-label").hidden = !!(me && me.name); // a signed-in person approves under their own name
    loadVersions().catch(showError);
    loadFeedback(r.case_ref).catch(() => {}); // the family's last answers, to discuss; the note works without them
    loadPhotos().catch(() => { $("#photo-state").textContent = "The photos could not be shown just now."; });
    await loadAudio(r.audio_url);
    const t = Number(params.get("t"));
    if (t) player.addEventListener("loadedmetadata", () => { player.currentTime = Math.max(0, t - 0.5); }, { once: true });
  }

  function wire() {
    $("#edit-form").addEventListener("submit", (ev) => { ev.preventDefault(); save().catch(showError); });
    $("#photo-input").addEventListener("change", (ev) => { if (ev.target.files[0]) addPhoto(ev.target.files[0]); });
    $("#amend-btn").addEventListener("click", () => { amending = true; dirty = true; render(); $("#amend-reason").focus(); });
    $("#approve").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        if (dirty) await save();
        const name = $("#approve-name").value.trim() || userName() || (me && me.role) || "practitioner";
        if ($("#approve-name").value.trim()) localStorage.setItem("casenote.name", $("#approve-name").value.trim());
        const a = await (await api(`/review/notes/${encodeURIComponent(id)}/approve`, {
          method: "POST", json: { approved_by: name, comment: $("#approve-comment").value.trim() || null, version: draft.version.number },
        })).json();
        const d = await (await api(`/review/notes/${encodeURIComponent(id)}/draft`)).json();
        d.approval = a;
        take(d);
        loadVersions().catch(() => {});
      } catch (e) { showError(e); }
    });
    $("#copy-text").addEventListener("click", async () => {
      try { await navigator.clipboard.writeText(draft.text); $("#copy-text").textContent = "Copied"; }
      catch (e) { showError(new Error("This browser would not copy: select the text and copy it by hand.")); }
    });
    $("#show-html").addEventListener("change", (ev) => { $("#filed-html").hidden = !ev.target.checked; $("#filed-text").hidden = ev.target.checked; });
    $("#cmp-btn").addEventListener("click", async () => {
      try {
        const c = await (await api(`/review/notes/${encodeURIComponent(id)}/compare?a=${$("#cmp-a").value}&b=${$("#cmp-b").value}`)).json();
        $("#cmp-out").textContent = c.diff.length ? c.diff.join("\n") : "The two versions read the same.";
      } catch (e) { showError(e); }
    });
    window.addEventListener("beforeunload", (ev) => { if (dirty) { ev.preventDefault(); ev.returnValue = ""; } });
  }

  document.addEventListener("DOMContentLoaded", async () => {
    $("#list-filter").addEventListener("submit", (ev) => { ev.preventDefault(); loadList($("#list-case").value.trim()).catch(showError); });
    document.addEventListener("casenote:signed-in", () => location.reload());
    if (!id) { loadList(params.get("case_ref") || "").catch(showError); return; }
    wire();
    try { me = await (await api("/review/whoami")).json(); } catch (e) { me = null; }
    loadNote().catch(showError);
  });
})();
