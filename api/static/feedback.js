/* Feedback from the child, young person or parent at the end of a meeting: four questions on a five-point scale
 * (faces for younger children, a read-aloud button), kept in this phone's IndexedDB first and sent when there is
 * signal, under the phone's own id so that sending twice stores it once. A form leaves the phone only after the
 * server has answered with it. */
(function () {
  "use strict";
  const { $, h, api, when, showError } = window.Casenote;
  const QUESTIONS = JSON.parse($("#fb-form").dataset.questions); // [[number, wording, text], ...]
  const FACES = ["😢", "🙁", "😐", "🙂", "😄"];
  const WORDS = ["not at all", "a little", "somewhat", "quite a lot", "very much"];
  const A_SERVICES = ["child_in_need", "child_protection", "child_looked_after"];
  let sending = false;

  // -- storage on the phone ----------------------------------------------------------------------------------
  let dbp = null;
  function db() {
    if (!dbp) dbp = new Promise((resolve, reject) => {
      const open = indexedDB.open("casenote-feedback", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("forms", { keyPath: "client_id" });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    return dbp;
  }
  async function store(mode, fn) {
    const d = await db();
    return new Promise((resolve, reject) => {
      const t = d.transaction("forms", mode);
      const r = fn(t.objectStore("forms"));
      t.oncomplete = () => resolve(r && r.result);
      t.onerror = () => reject(t.error);
    });
  }
  const putForm = (f) => store("readwrite", (s) => s.put(f));
  const allForms = () => store("readonly", (s) => s.getAll());

  // -- the form ----------------------------------------------------------------------------------------------
  const wording = () => (A_SERVICES.includes($("#fb-service").value) ? "a" : "b");
  function speak(text) {
    if (!window.speechSynthesis) return;
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text); u.lang = "en-GB"; speechSynthesis.speak(u);
  }
  function render() {
    const faces = $("#fb-respondent").value === "child";
    const list = $("#fb-questions"); list.replaceChildren();
    for (const [n, w, text] of QUESTIONS) {
      if (w !== wording()) continue;
      const name = `q${n}`;
      list.append(h("li", { class: "question" },
        h("fieldset", {},
          h("legend", {}, text, " ", h("button", { type: "button", class: "speak", "aria-label": `Read question ${n} aloud`,
            onclick: () => speak(text) }, "🔊 Read aloud")),
          h("div", { class: faces ? "scale faces" : "scale" }, [1, 2, 3, 4, 5].map((v) =>
            h("label", { class: "choice" }, h("input", { type: "radio", name, value: String(v) }),
              faces ? h("span", { class: "face", "aria-hidden": "true" }, FACES[v - 1]) : h("span", {}, String(v)),
              h("span", { class: "word" }, WORDS[v - 1])))))));
    }
  }

  async function save(ev) {
    ev.preventDefault();
    const caseRef = $("#fb-case").value.trim();
    if (!caseRef) { $("#fb-case").reportValidity(); return; }
    const answers = {};
    for (const n of [1, 2, 3, 4]) {
      const picked = document.querySelector(`input[name="q${n}"]:checked`);
      answers[`q${n}`] = picked ? Number(picked.value) : null;
    }
    const comment = $("#fb-comment").value.trim();
    if (Object.values(answers).every((v) => v === null) && !comment) {
      showError(new Error("Nothing was answered yet: pick a face or number for at least one question, or add a comment."));
      return;
    }
    const form = {
      client_id: `fb-${crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(16).slice(2)}`,
      case_ref: caseRef, team: $("#fb-team").value.trim() || null, respondent: $("#fb-respondent").value,
      wording: wording(), answers, comment: comment || null, asked_on: new Date().toISOString().slice(0, 10),
      state: "saved", savedAt: new Date().toISOString(),
    };
    await putForm(form); // on the phone before anything is sent
    showError("");
    $("#fb-form").reset(); render();
    $("#fb-saved").textContent = "Saved on this phone. Thank you!";
    await list();
    send();
  }

  async function send() {
    if (sending || !navigator.onLine) return;
    sending = true;
    try {
      for (const f of await allForms()) {
        if (f.state === "sent") continue;
        const { state, savedAt, error, ...body } = f;
        try {
          const r = await (await api("/voice/feedback", { method: "POST", json: body })).json();
          await putForm(Object.assign(f, { state: "sent", id: r.id, error: null }));
        } catch (e) {
          if (e.status === 422) await putForm(Object.assign(f, { state: "rejected", error: e.message }));
          else break; // no signal or the server is away: try again later, the form stays here
        }
      }
    } finally { sending = false; await list(); }
  }

  async function list() {
    const forms = (await allForms()).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    $("#fb-queue").replaceChildren(...forms.map((f) => h("li", { class: `item ${f.state === "sent" ? "done" : f.state}` },
      h("strong", {}, f.case_ref), " · ", f.respondent.replace("_", " "), " · ", when(f.savedAt),
      h("div", { class: "state" }, f.state === "sent" ? "Sent: safe on the server."
        : f.state === "rejected" ? `Not accepted: ${f.error}` : "Waiting for signal: kept on this phone."))));
  }

  document.addEventListener("DOMContentLoaded", () => {
    const params = new URLSearchParams(location.search);
    if (params.get("case_ref")) $("#fb-case").value = params.get("case_ref");
    $("#fb-respondent").addEventListener("change", render);
    $("#fb-service").addEventListener("change", render);
    $("#fb-form").addEventListener("submit", save);
    window.addEventListener("online", send);
    document.addEventListener("casenote:signed-in", send);
    render(); list(); send();
  });
})();
