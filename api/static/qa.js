/* QA auditor: a random sample of notes, redacted only, and audit judgements. */
(function () {
  "use strict";
  const { $, h, api, when, labelOf, showError, userName } = window.Casenote;
  const GRADES = [["outstanding", "Outstanding"], ["good", "Good"], ["requires_improvement", "Requires improvement"], ["inadequate", "Inadequate"]];

  function auditRow(a) {
    return h("tr", {}, h("td", {}, `#${a.note_id}`), h("td", {}, when(a.created_at)), h("td", {}, a.auditor),
      h("td", {}, a.child_voice), h("td", {}, a.grade.replace(/_/g, " ")), h("td", {}, a.comment || ""));
  }

  function noteCard(item) {
    const n = item.note, secs = n.sections || {}, ev = secs.evidence || {};
    const audits = h("ul", { class: "audits" }, item.audits.map((a) => h("li", {}, `${when(a.created_at)} · ${a.auditor}: child's voice ${a.child_voice}, ${a.grade.replace(/_/g, " ")}${a.comment ? ` · ${a.comment}` : ""}`)));
    const name = `cv-${item.note_id}`;
    const form = h("form", { class: "audit-form" },
      h("fieldset", {}, h("legend", {}, "Is the child's voice evidenced?"),
        ["yes", "partly", "no"].map((v) => h("label", { class: "check" }, h("input", { type: "radio", name, value: v, required: true }), ` ${v}`))),
      h("label", {}, "Quality grade ", h("select", { name: "grade", required: true }, h("option", { value: "" }, "choose"),
        GRADES.map(([v, t]) => h("option", { value: v }, t)))),
      h("label", {}, "Comment ", h("textarea", { name: "comment", rows: 2, maxlength: 4000, placeholder: "No names or identifiers, please" })),
      h("label", {}, "Auditor ", h("input", { name: "auditor", required: true, value: userName() })),
      h("button", { type: "submit", class: "primary" }, "Record judgement"));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const f = new FormData(form);
      try {
        const a = await (await api(`/qa/notes/${item.note_id}/audits`, { method: "POST", json: {
          child_voice: f.get(name), grade: f.get("grade"), comment: f.get("comment") || null, auditor: f.get("auditor"),
        } })).json();
        audits.append(h("li", { class: "ok" }, `${when(a.created_at)} · ${a.auditor}: child's voice ${a.child_voice}, ${a.grade.replace(/_/g, " ")} (saved)`));
        form.reset(); form.elements.auditor.value = a.auditor;
      } catch (err) { showError(err); }
    });
    const sectionList = (key) => h("div", {}, h("h3", {}, labelOf(key)), (secs[key] || []).length
      ? h("ul", { class: "excerpts" }, secs[key].map((x) => h("li", {}, x.text)))
      : h("p", { class: "hint" }, "none tagged"));
    return h("article", { class: "panel qa-note" },
      h("h2", {}, `Note #${item.note_id}`, " ", h("span", { class: "hint" }, when(item.created_at)), " ",
        h("span", { class: `badge ${item.approved ? "approved" : "draft"}` }, item.approved ? "approved" : "draft")),
      h("p", {}, "Tool's flag: child's voice evidenced ", h("span", { class: `badge ${ev.child_voice_evidenced}` }, ev.child_voice_evidenced || "no"), ` ${ev.child_voice_reason || ""}`),
      sectionList("child_voice"), sectionList("wishes_feelings"), sectionList("worries"), sectionList("next_steps"),
      h("details", {}, h("summary", {}, "Redacted transcript"), h("p", { class: "transcript" }, n.redacted_text || (n.transcript || {}).text || "")),
      h("h3", {}, "Judgements"), audits, form);
  }

  async function sample() {
    const p = new URLSearchParams({ size: $("#s-size").value || "5" });
    if ($("#s-seed").value) p.set("seed", $("#s-seed").value);
    if ($("#s-since").value) p.set("since", $("#s-since").value);
    if ($("#s-until").value) p.set("until", $("#s-until").value);
    if ($("#s-approved").checked) p.set("approved_only", "true");
    const data = await (await api(`/qa/sample?${p}`)).json();
    $("#s-seed").value = data.seed;
    $("#sample-info").textContent = `${data.items.length} note(s) drawn at random from ${data.population} (seed ${data.seed}: use it to draw the same sample again).`;
    $("#sample").replaceChildren(...data.items.map(noteCard));
  }

  async function audits() {
    const data = await (await api("/qa/audits")).json();
    $("#audits").replaceChildren(...data.items.map(auditRow));
  }

  async function exportCsv() {
    const blob = await (await api("/qa/audits.csv")).blob();
    const a = h("a", { href: URL.createObjectURL(blob), download: "casenote-audits.csv" });
    document.body.append(a); a.click(); a.remove();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("#sample-form").addEventListener("submit", (ev) => { ev.preventDefault(); sample().catch(showError); });
    $("#load-audits").addEventListener("click", () => audits().catch(showError));
    $("#export").addEventListener("click", () => exportCsv().catch(showError));
  });
})();
