/* Practitioner recorder: record, keep on the phone, upload when there is signal, show where each recording is. */
(function () {
  "use strict";
  const { $, h, clock, when } = window.Casenote;
  const Q = window.CasenoteQueue;
  const FORMATS = [
    ["audio/webm;codecs=opus", "webm"], ["audio/webm", "webm"], ["audio/mp4;codecs=mp4a.40.2", "m4a"],
    ["audio/mp4", "m4a"], ["audio/ogg;codecs=opus", "ogg"],
  ];
  let active = null; // { id, recorder, stream, started, seq, timer, wake, level }
  let flushing = false;
  let retryTimer = null;

  function pickFormat() {
    if (!window.MediaRecorder) return null;
    for (const [mime, ext] of FORMATS) if (MediaRecorder.isTypeSupported(mime)) return { mime, ext };
    return { mime: "", ext: "webm" };
  }

  function context(caseRef) {
    const ctx = { case_ref: caseRef };
    const child = $("#ctx-child").value.trim(), pron = $("#ctx-pronouns").value, school = $("#ctx-school").value.trim();
    if (child || pron) ctx.child = Object.assign(child ? { name: child } : {}, pron ? { pronouns: pron } : {});
    if (school) ctx.school = school;
    const people = $("#ctx-people").value.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => {
      const [name, ...role] = l.split(",");
      return role.length ? { name: name.trim(), role: role.join(",").trim() } : { name: name.trim() };
    });
    if (people.length) ctx.people = people;
    return ctx;
  }

  async function start() {
    const caseRef = $("#case-ref").value.trim();
    if (!caseRef) { $("#case-ref").reportValidity(); return; }
    const fmt = pickFormat();
    if (!fmt) { alert("This browser cannot record audio. Use Chrome, Edge, Firefox or Safari 14.1 or later."); return; }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (e) {
      alert(`The microphone is not available (${e.message}). Allow microphone access for this site and try again.`);
      return;
    }
    const id = Q.newId();
    const rec = {
      id, caseRef, context: context(caseRef), createdAt: new Date().toISOString(), mime: fmt.mime || "audio/webm",
      ext: fmt.ext, state: "recording", size: 0, durationS: 0, blob: null,
    };
    await Q.put(rec); // the recording exists on the phone before the first sound is captured
    remember(rec.context);
    fillCase({}); // the next recording starts empty
    $("#recent-case").value = "";
    $("#rec-case").textContent = `Recording for case ${caseRef}`;
    const recorder = new MediaRecorder(stream, fmt.mime ? { mimeType: fmt.mime, audioBitsPerSecond: 16000 } : {});
    active = { id, recorder, stream, started: Date.now(), seq: 0, writes: Promise.resolve() };
    recorder.ondataavailable = (ev) => {
      if (!ev.data || !ev.data.size) return;
      const seq = active.seq++;
      active.writes = active.writes.then(() => Q.addChunk(id, seq, ev.data)); // each second saved as it comes
    };
    recorder.onstop = () => finish(rec);
    recorder.start(1000);
    keepAwake();
    meter(stream);
    $("#rec-btn").textContent = "■ Stop"; $("#rec-btn").setAttribute("aria-pressed", "true");
    $("#rec-btn").classList.add("on");
    $("#rec-state").textContent = "Recording: saving to this phone every second";
    active.timer = setInterval(() => { $("#rec-time").textContent = clock((Date.now() - active.started) / 1000); }, 500);
    askPersistence();
    render();
  }

  async function finish(rec) {
    const a = active;
    clearInterval(a.timer);
    a.stream.getTracks().forEach((t) => t.stop());
    if (a.audioCtx) a.audioCtx.close();
    if (a.wake) a.wake.release().catch(() => {});
    await a.writes;
    active = null;
    const sealed = await Q.seal(rec.id, { durationS: (Date.now() - a.started) / 1000 });
    $("#rec-btn").textContent = "● Record"; $("#rec-btn").setAttribute("aria-pressed", "false");
    $("#rec-btn").classList.remove("on");
    $("#rec-case").textContent = "";
    renderRecent();
    $("#rec-state").textContent = sealed ? `Saved on this phone (${mb(sealed.size)}): see "Your recordings" below` : "Nothing was recorded";
    $("#rec-time").textContent = "0:00";
    if (sealed && "serviceWorker" in navigator) {
      navigator.serviceWorker.ready.then((reg) => reg.sync && reg.sync.register("casenote-upload")).catch(() => {});
    }
    await render();
    flush();
  }

  function stop() { if (active && active.recorder.state !== "inactive") active.recorder.stop(); }

  async function keepAwake() {
    try { if (navigator.wakeLock) active.wake = await navigator.wakeLock.request("screen"); } catch (e) { /* optional */ }
  }

  function meter(stream) {
    try {
      const ctx = new (window.AudioContext || window.webkitAudioContext)();
      const an = ctx.createAnalyser(); an.fftSize = 512;
      ctx.createMediaStreamSource(stream).connect(an);
      const buf = new Uint8Array(an.fftSize);
      active.audioCtx = ctx;
      const tick = () => {
        if (!active || active.audioCtx !== ctx) { $("#rec-level").value = 0; return; }
        an.getByteTimeDomainData(buf);
        let peak = 0; for (const v of buf) peak = Math.max(peak, Math.abs(v - 128) / 128);
        $("#rec-level").value = Math.min(1, peak * 1.5);
        requestAnimationFrame(tick);
      };
      tick();
    } catch (e) { /* the level meter is a nicety */ }
  }

  async function askPersistence() {
    if (navigator.storage && navigator.storage.persist) { try { await navigator.storage.persist(); } catch (e) { /* */ } }
  }

  const mb = (n) => `${(n / 1e6).toFixed(n < 1e6 ? 2 : 1)} MB`;

  function describe(r) {
    switch (r.state) {
      case "recording": return r.id === (active && active.id) ? ["rec", "Recording…"] : ["saved", "Saved on this phone (interrupted recording, being recovered)"];
      case "saved": return ["saved", r.error ? `Saved on this phone. ${r.error}` : "Saved on this phone, waiting to upload"];
      case "uploading": {
        const pct = r.size ? Math.floor((100 * (r.sent || 0)) / r.size) : 0;
        return ["uploading", `Uploading ${pct}% (saved on this phone until the server confirms)`];
      }
      case "uploaded": return ["safe", "On the server, checksum verified. Removed from this phone."];
      case "processing": return ["safe", `On the server · ${r.serverStatus === "failed" ? `processing failed: ${r.serverError || "ask support to retry"}` : `${r.serverStatus} ${Math.round(r.serverProgress || 0)}%`}`];
      case "done": return r.speech === false ? ["rejected", "Nothing was heard: record again? There is no note to approve."]
        : ["done", "Note ready to review"];
      case "rejected": return ["rejected", `The server refused it: ${r.error}. The recording is still on this phone.`];
      default: return ["saved", r.state];
    }
  }

  async function render() {
    const list = await Q.all();
    const q = $("#queue");
    q.replaceChildren(...list.map((r) => {
      const [cls, text] = describe(r);
      const actions = [];
      if (r.blob) {
        actions.push(h("button", { type: "button", onclick: () => download(r) }, "Save a copy"));
        if (r.state === "rejected") actions.push(h("button", { type: "button", onclick: () => retry(r) }, "Try again"));
        actions.push(h("button", { type: "button", class: "danger", onclick: () => discard(r) }, "Discard"));
      } else if (r.state !== "recording") {
        if (r.state === "done" && r.speech === false) actions.push(h("button", { type: "button", class: "primary", onclick: () => again(r) }, "Record again"));
        else if (r.state === "done") actions.push(h("a", { href: `/app/review?id=${encodeURIComponent(r.id)}`, class: "button primary" }, "Review and finish the note"));
        actions.push(h("button", { type: "button", onclick: () => forget(r) }, "Remove from list"));
      }
      return h("li", { class: `item ${cls}`, "data-id": r.id, "data-state": r.state },
        h("div", { class: "line" }, h("strong", {}, r.caseRef), " ", h("span", { class: "hint" }, `${when(r.createdAt)} · ${clock(r.durationS)} · ${mb(r.size || 0)}`)),
        h("div", { class: "state" }, text),
        r.state === "uploading" ? h("progress", { max: r.size || 1, value: r.sent || 0 }) : null,
        r.state === "processing" ? h("progress", { max: 100, value: r.serverProgress || 0 }) : null,
        h("div", { class: "row" }, actions));
    }));
    const waiting = Q.pending(list).filter((r) => r.state !== "recording");
    const safety = $("#safety");
    if (!list.length) {
      safety.className = "safety ok";
      safety.textContent = "No recordings yet. Recordings are kept on this phone until the server confirms it has them.";
    } else if (waiting.length) {
      safety.className = "safety waiting";
      safety.textContent = `${waiting.length} recording${waiting.length > 1 ? "s" : ""} saved on this phone, not yet on the server. ` +
        (navigator.onLine ? "Uploading; they stay here until the server confirms each one." : "No signal: they will upload by themselves when signal returns. Keep this app installed.");
    } else {
      safety.className = "safety ok";
      safety.textContent = "Every recording is safely on the server (checksums verified).";
    }
    if (navigator.storage && navigator.storage.estimate) {
      const [est, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted ? navigator.storage.persisted() : false]);
      $("#storage").textContent = `Phone storage used by casenote: ${mb(est.usage || 0)}` +
        (persisted ? " · protected from automatic clearing" : " · install the app (Add to Home Screen) so the browser keeps it");
    }
  }

  function download(r) {
    const a = h("a", { href: URL.createObjectURL(r.blob), download: `${r.caseRef}-${r.createdAt.slice(0, 16).replace(/[:T]/g, "")}.${r.ext}` });
    document.body.append(a); a.click(); a.remove();
  }
  async function retry(r) { r.state = "saved"; r.error = null; r.uploadUrl = null; await Q.put(r); render(); flush(); }
  async function discard(r) {
    if (!confirm(`Delete this recording for ${r.caseRef} from the phone? It is NOT on the server. This cannot be undone.`)) return;
    await Q.dropChunks(r.id); await Q.remove(r.id); render();
  }
  async function forget(r) { await Q.remove(r.id); render(); }
  function again(r) { fillCase({ case_ref: r.caseRef, ...(r.context || {}) }); $("#rec-btn").focus(); window.scrollTo(0, 0); }

  // Case details start empty for every new recording (a visit must never be filed under the last child); the
  // practitioner may choose one of their recent cases on this phone instead of typing it again.
  const RECENT = "casenote.recentCases";
  const recentCases = () => { try { return JSON.parse(localStorage.getItem(RECENT) || "[]"); } catch (e) { return []; } };
  function remember(ctx) {
    const list = [ctx, ...recentCases().filter((c) => c.case_ref !== ctx.case_ref)].slice(0, 5);
    localStorage.setItem(RECENT, JSON.stringify(list));
  }
  function fillCase(ctx) {
    $("#case-ref").value = ctx.case_ref || "";
    $("#ctx-child").value = (ctx.child && ctx.child.name) || "";
    $("#ctx-pronouns").value = (ctx.child && ctx.child.pronouns) || "";
    $("#ctx-school").value = ctx.school || "";
    $("#ctx-people").value = (ctx.people || []).map((p) => (p.role ? `${p.name}, ${p.role}` : p.name)).join("\n");
  }
  function renderRecent() {
    const sel = $("#recent-case");
    sel.replaceChildren(h("option", { value: "" }, "A new case (empty form)"),
      ...recentCases().map((c, i) => h("option", { value: String(i) }, c.case_ref + (c.child && c.child.name ? ` · ${c.child.name}` : ""))));
    sel.closest("label").hidden = !recentCases().length;
  }

  async function flush() {
    if (flushing) return;
    flushing = true;
    try { await Q.flush(() => render()); } catch (e) { /* each recording keeps its own error */ }
    finally { flushing = false; }
    await render();
    schedule();
  }

  async function schedule() {
    clearTimeout(retryTimer);
    const list = await Q.all();
    const busy = list.some((r) => (r.blob && r.state !== "rejected" && r.state !== "recording") || r.state === "uploaded" || r.state === "processing");
    if (busy) retryTimer = setTimeout(flush, navigator.onLine ? 15000 : 60000);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    $("#rec-btn").addEventListener("click", () => (active ? stop() : start()));
    $("#upload-now").addEventListener("click", flush);
    $("#clear-done").addEventListener("click", async () => {
      for (const r of await Q.all()) if (r.state === "done") await Q.remove(r.id);
      render();
    });
    localStorage.removeItem("casenote.lastCase"); // older versions kept the last case filled in
    renderRecent();
    $("#recent-case").addEventListener("change", () => {
      const c = recentCases()[Number($("#recent-case").value)];
      fillCase(c || {});
    });
    window.addEventListener("online", flush);
    document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") flush(); });
    document.addEventListener("casenote:signed-in", flush);
    window.addEventListener("beforeunload", (ev) => { if (active) { ev.preventDefault(); ev.returnValue = ""; } });
    if ("serviceWorker" in navigator) navigator.serviceWorker.addEventListener("message", (ev) => { if (ev.data === "queue-changed") render(); });
    const token = localStorage.getItem("casenote.token");
    if (token !== null) await Q.setSetting("token", token);
    const recovered = await Q.recover(null);
    if (recovered.length) $("#rec-state").textContent = `Recovered ${recovered.length} interrupted recording(s); they are saved on this phone.`;
    await render();
    flush();
  });
})();
