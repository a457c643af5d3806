/* Supervisor: the child's voice and wishes and feelings across the team's notes, each linking to its note. */
(function () {
  "use strict";
  const { $, h, api, clock, when, labelOf, showError } = window.Casenote;

  async function load() {
    const p = new URLSearchParams();
    for (const [key, sel] of [["case_ref", "#f-case"], ["since", "#f-since"], ["until", "#f-until"], ["label", "#f-label"]]) {
      const v = $(sel).value.trim(); if (v) p.set(key, v);
    }
    history.replaceState(null, "", `?${p}`);
    const data = await (await api(`/review/excerpts?${p}`)).json();
    const notes = new Set(data.items.map((x) => x.note_id)).size;
    $("#summary").textContent = `${data.items.length} excerpt(s) from ${notes} of ${data.notes_scanned} note(s).`;
    $("#excerpts").replaceChildren(...data.items.map((x) => h("li", { class: `card ${x.label}${x.doubt.length ? " has-doubt" : ""}` },
      h("div", { class: "line" }, h("span", { class: `badge ${x.label}` }, labelOf(x.label)), " ",
        h("strong", {}, x.case_ref), " ", h("span", { class: "hint" }, when(x.note_created_at)), " ",
        h("span", { class: `badge ${x.approved ? "approved" : "draft"}` }, x.approved ? "approved" : "draft")),
      h("blockquote", {}, x.text),
      x.doubt.length ? h("span", { class: "doubt" }, `check the audio: ${x.doubt.join(", ").replace(/_/g, " ")}`) : null,
      h("a", { href: x.review_url }, x.start_s !== null ? `Open the note at ${clock(x.start_s)}` : "Open the note"))));
    if (!data.items.length) $("#excerpts").append(h("li", { class: "hint" }, "No tagged excerpts for this filter."));
    $("#child-voice").hidden = !p.get("case_ref"); // the 2a and 2b answers are per child
  }

  async function confirmVoice(ev) {
    ev.preventDefault();
    const picked = document.querySelector('input[name="c-answer"]:checked');
    const body = { case_ref: $("#f-case").value.trim(), stage: $("#c-stage").value, answer: picked && picked.value,
      reason: $("#c-reason").value.trim() || null, team: $("#c-team").value.trim() || null };
    await api("/voice/confirmations", { method: "POST", json: body });
    $("#c-done").textContent = "Recorded.";
  }

  async function recordReview(ev) {
    ev.preventDefault();
    const body = { case_ref: $("#f-case").value.trim(), plan_type: $("#r-plan").value, review_on: $("#r-date").value,
      pn_code: $("#r-code").value, team: $("#c-team").value.trim() || null };
    await api("/voice/reviews", { method: "POST", json: body });
    $("#r-done").textContent = "Recorded.";
  }

  document.addEventListener("DOMContentLoaded", () => {
    const p = new URLSearchParams(location.search);
    for (const [key, sel] of [["case_ref", "#f-case"], ["since", "#f-since"], ["until", "#f-until"], ["label", "#f-label"]]) {
      if (p.get(key)) $(sel).value = p.get(key);
    }
    $("#filter").addEventListener("submit", (ev) => { ev.preventDefault(); load().catch(showError); });
    $("#confirm-form").addEventListener("submit", (ev) => confirmVoice(ev).catch(showError));
    $("#review-form").addEventListener("submit", (ev) => recordReview(ev).catch(showError));
    document.addEventListener("casenote:signed-in", () => load().catch(showError));
    load().catch(showError);
  });
})();
