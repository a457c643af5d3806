/* The council's voice-of-the-child returns (2a, 2b, 2c) for a period: council first, then each team, as bars. */
(function () {
  "use strict";
  const { $, h, api, showError } = window.Casenote;

  function bar(label, p) {
    const fill = h("span", { class: "bar-fill" });
    fill.style.width = `${p.percent || 0}%`; // set through the CSSOM: the pages' CSP allows no inline style attribute
    return h("div", { class: "bar" },
      h("span", { class: "bar-label" }, label),
      h("span", { class: "bar-track", role: "img", "aria-label": `${label}: ${p.percent === null ? "nothing to count" : p.percent + "%"}` }, fill),
      h("span", { class: "bar-value" }, p.percent === null ? "–" : `${p.percent}% (${p.numerator} of ${p.denominator})`));
  }

  function block(r, definitions) {
    return h("section", { class: "panel" },
      h("h2", {}, r.team ? `Team: ${r.team}` : "The council"),
      h("h3", {}, "2a · the record evidences the child's voice"),
      bar("yes of yes + no", r.voice_evidenced),
      h("p", { class: "hint" }, `Not appropriate: ${r.voice_answers.not_appropriate}. ${definitions ? definitions["2a"] : ""}`),
      h("h3", {}, `2b · participation at ${r.reviews} review(s)`),
      Object.entries(r.participation).map(([code, p]) => bar(code, p)),
      definitions ? h("p", { class: "hint" }, definitions["2b"]) : null,
      h("h3", {}, "2c · feedback sought within three months"),
      bar("children asked", r.feedback_sought),
      definitions ? h("p", { class: "hint" }, definitions["2c"]) : null);
  }

  async function load() {
    const start = $("#p-start").value, end = $("#p-end").value;
    const q = new URLSearchParams({ start, end });
    history.replaceState(null, "", `?${q}`);
    $("#p-csv").href = `/voice/returns.csv?${q}`;
    const r = await (await api(`/voice/returns?${q}`)).json();
    $("#returns").replaceChildren(block(r, r.definitions), ...r.teams.map((t) => block(t, null)));
  }

  document.addEventListener("DOMContentLoaded", () => {
    const p = new URLSearchParams(location.search);
    const today = new Date();
    const yearStart = new Date(today.getFullYear() - (today.getMonth() < 3 ? 1 : 0), 3, 1); // 1 April
    $("#p-start").value = p.get("start") || yearStart.toISOString().slice(0, 10);
    $("#p-end").value = p.get("end") || today.toISOString().slice(0, 10);
    $("#period").addEventListener("submit", (ev) => { ev.preventDefault(); load().catch(showError); });
    document.addEventListener("casenote:signed-in", () => load().catch(showError));
    load().catch(showError);
  });
})();
