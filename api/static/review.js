/* Practitioner review: the transcript and the structured draft, doubts marked, audio at each passage; approve. */
(function () {
  "use strict";
  const { $, h, api, clock, when, labelOf, showError, token, userName } = window.Casenote;
  const SECTIONS = ["child_voice", "wishes_feelings", "working_well", "worries", "next_steps", "observations"];
  const REASONS = { low_confidence: "unclear speech", low_word_probability: "a word may be misheard", repetition: "repeated words",
    no_speech: "no clear speech", hallucination_removed: "text removed", name_corrected: "name matched to the case",
    foreign_script: "not English letters", read_from_case: "names as the case lists them: were they said?" };
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  let player;

  function play(at) {
    if (at === null || at === undefined || !player) return;
    player.currentTime = Math.max(0, at - 0.5);
    player.play().catch(() => {});
  }
  function timeButton(ex) {
    return ex.start_s === null || ex.start_s === undefined ? null
      : h("button", { type: "button", class: "time", onclick: () => play(ex.start_s), title: "Play from here" }, `▶ ${clock(ex.start_s)}`);
  }
  function doubtBadge(reasons) {
    if (!reasons || !reasons.length) return null;
    return h("span", { class: "doubt", title: reasons.map((r) => REASONS[r] || r).join(", ") },
      `check the audio: ${reasons.map((r) => REASONS[r] || r.replace(/_/g, " ")).join(", ")}`);
  }

  async function loadList(caseRef) {
    $("#list-view").hidden = false;
    const q = caseRef ? `?case_ref=${encodeURIComponent(caseRef)}` : "";
    const data = await (await api(`/review/notes${q}`)).json();
    $("#list-body").replaceChildren(...data.items.map((n) => h("tr", {},
      h("td", {}, h("a", { href: n.review_url }, when(n.created_at))),
      h("td", {}, n.case_ref),
      h("td", {}, clock(n.duration_s)),
      h("td", {}, h("span", { class: `badge ${n.status}` }, n.status === "approved" ? `approved by ${n.approval.approved_by}` : "draft: to review")))));
    if (!data.items.length) $("#list-body").append(h("tr", {}, h("td", { colspan: 4 }, "No finished notes yet.")));
  }

  async function loadAudio(url) {
    if (!token()) { player.src = url; return; } // open access: stream with byte ranges
    const blob = await (await api(url)).blob();
    player.src = URL.createObjectURL(blob);
  }

  function renderSections(note) {
    const secs = note.sections || {};
    const out = [];
    for (const key of SECTIONS) {
      const items = secs[key] || [];
      out.push(h("section", { class: `panel section ${key}` }, h("h2", {}, labelOf(key)),
        items.length ? h("ul", { class: "excerpts" }, items.map((ex) => h("li", { class: ex.doubt && ex.doubt.length ? "has-doubt" : "" },
          timeButton(ex), " ", h("span", { class: "text" }, ex.text), " ",
          key === "next_steps" && (ex.owner || ex.due) ? h("span", { class: "hint" },
            [ex.owner ? `who: ${ex.owner}${ex.owner_role ? ` (${ex.owner_role})` : ""}` : null, ex.due ? `when: ${ex.due_date || ex.due}` : null].filter(Boolean).join(" · ")) : null,
          " ", doubtBadge(ex.doubt))))
          : h("p", { class: "hint" }, key === "child_voice" ? "Nothing in the dictation was recognised as the child's own words." : "Nothing recognised.")));
    }
    $("#sections").replaceChildren(...out);

    const ev = secs.evidence || {}, visit = secs.visit || {};
    const yesNo = (v) => (v === true ? "yes" : v === false ? "no" : "not said");
    $("#evidence").replaceChildren(h("h2", {}, "Evidence flags"), h("dl", { class: "flags" },
      h("dt", {}, "Child's voice evidenced"), h("dd", {}, h("span", { class: `badge ${ev.child_voice_evidenced}` }, ev.child_voice_evidenced || "no"), " ", ev.child_voice_reason || ""),
      h("dt", {}, "Visit date"), h("dd", {}, visit.date || visit.date_text || "not said"),
      h("dt", {}, "Child seen"), h("dd", {}, yesNo(visit.child_seen)),
      h("dt", {}, "Seen alone"), h("dd", {}, yesNo(visit.seen_alone), visit.seen_alone_text ? ` ("${visit.seen_alone_text}")` : ""),
      h("dt", {}, "Feedback sought"), h("dd", {}, yesNo(ev.feedback_sought)),
      h("dt", {}, "Participation (suggested)"), h("dd", {}, ev.participation_code ? `${ev.participation_code}: ${ev.participation_reason} (chair to confirm)` : "not determined")));

    const doubts = note.doubts || [];
    $("#doubts").replaceChildren(...(doubts.length ? doubts.map((d) => h("li", { class: "has-doubt" }, timeButton(d), " ",
      h("span", { class: "text" }, `"${(note.transcript.text || "").slice(d.start, d.end).trim()}"`), " ", doubtBadge([d.reason])))
      : [h("li", { class: "hint" }, "No passage was flagged.")]));
    $("#doubt-check-label").hidden = !doubts.length;
    $("#doubt-check").required = doubts.length > 0;

    const segs = (note.transcript && note.transcript.segments) || [];
    $("#transcript").replaceChildren(...segs.map((s) => {
      const doubtful = doubts.some((d) => d.start < s.char_end && d.end > s.char_start);
      return h("p", { class: `seg${doubtful ? " has-doubt" : ""}`, "data-start": s.start, "data-end": s.end },
        h("button", { type: "button", class: "time", onclick: () => play(s.start) }, clock(s.start)), " ", s.text.trim());
    }));
    if (!segs.length) $("#transcript").append(h("p", {}, note.transcript ? note.transcript.text : ""));
  }

  function follow() {
    const t = player.currentTime;
    document.querySelectorAll("#transcript .seg").forEach((p) => {
      p.classList.toggle("now", t >= Number(p.dataset.start) && t < Number(p.dataset.end));
    });
  }

  function showApproval(a) {
    $("#approved").hidden = !a;
    $("#approve-fields").hidden = !!a;
    if (a) $("#approved").textContent = `Approved by ${a.approved_by} on ${when(a.approved_at)}. This note is final.`;
  }

  async function loadNote() {
    $("#note-view").hidden = false;
    player = $("#player");
    const r = await (await api(`/review/notes/${encodeURIComponent(id)}`)).json();
    $("#note-head").replaceChildren(h("strong", {}, r.case_ref), ` · recorded note finished ${when(r.created_at)} · ${clock(r.duration_s)} · `,
      h("span", { class: `badge ${r.status}` }, r.status), " · ", h("a", { href: r.text_url }, "text version"));
    renderSections(r.note);
    showApproval(r.approval);
    $("#approve-name").value = userName();
    player.addEventListener("timeupdate", follow);
    await loadAudio(r.audio_url);
    const t = Number(params.get("t"));
    if (t) player.addEventListener("loadedmetadata", () => { player.currentTime = Math.max(0, t - 0.5); }, { once: true });
    $("#approve").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        localStorage.setItem("casenote.name", $("#approve-name").value.trim());
        const a = await (await api(`/review/notes/${encodeURIComponent(id)}/approve`, {
          method: "POST", json: { approved_by: $("#approve-name").value.trim(), comment: $("#approve-comment").value.trim() || null },
        })).json();
        showApproval(a);
      } catch (e) { showError(e); }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const go = () => (id ? loadNote() : loadList(params.get("case_ref") || "")).catch(showError);
    $("#list-filter").addEventListener("submit", (ev) => { ev.preventDefault(); loadList($("#list-case").value.trim()).catch(showError); });
    document.addEventListener("casenote:signed-in", () => location.reload());
    go();
  });
})();
