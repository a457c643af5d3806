/* casenote recording queue: IndexedDB storage and resumable (tus) upload.
 *
 * Used by the recorder page and by the service worker (Background Sync), so it touches no DOM.
 * The rule it keeps: a recording's audio leaves this phone only after the server has confirmed it
 * holds exactly these bytes (its SHA-256 matches). Until then it stays in IndexedDB and is retried.
 *
 * Recording states: recording -> saved -> uploading -> uploaded (audio confirmed on the server and
 * deleted here) -> processing -> done. "rejected" = the server refused the audio (kept here, with why).
 */
(function (root) {
  "use strict";
  const DB_NAME = "casenote", DB_VERSION = 1;
  const CHUNK = 256 * 1024; // small chunks: progress is saved every 256 KB on poor Wi-Fi
  const TUS = { "Tus-Resumable": "1.0.0" };
  let dbPromise = null;

  function req(r) {
    return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  }
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise((resolve, reject) => {
        const open = indexedDB.open(DB_NAME, DB_VERSION);
        open.onupgradeneeded = () => {
          const d = open.result;
          if (!d.objectStoreNames.contains("recordings")) d.createObjectStore("recordings", { keyPath: "id" });
          if (!d.objectStoreNames.contains("chunks")) d.createObjectStore("chunks", { keyPath: ["id", "seq"] });
          if (!d.objectStoreNames.contains("settings")) d.createObjectStore("settings", { keyPath: "key" });
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    }
    return dbPromise;
  }
  async function tx(store, mode, fn) {
    const d = await db();
    return new Promise((resolve, reject) => {
      const t = d.transaction(store, mode);
      let out;
      Promise.resolve(fn(t.objectStore(store))).then((v) => { out = v; }, reject);
      t.oncomplete = () => resolve(out);   // resolved only once the write is durable in IndexedDB
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error || new Error("IndexedDB transaction aborted"));
    });
  }

  const Q = {
    put: (rec) => tx("recordings", "readwrite", (s) => req(s.put(rec))),
    get: (id) => tx("recordings", "readonly", (s) => req(s.get(id))),
    all: () => tx("recordings", "readonly", (s) => req(s.getAll())).then((l) => l.sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
    remove: (id) => tx("recordings", "readwrite", (s) => req(s.delete(id))),
    addChunk: (id, seq, blob) => tx("chunks", "readwrite", (s) => req(s.put({ id, seq, blob }))),
    chunks: (id) => tx("chunks", "readonly", (s) => req(s.getAll(IDBKeyRange.bound([id, 0], [id, Infinity])))),
    dropChunks: (id) => tx("chunks", "readwrite", (s) => req(s.delete(IDBKeyRange.bound([id, 0], [id, Infinity])))),
    setting: (key) => tx("settings", "readonly", (s) => req(s.get(key))).then((r) => (r ? r.value : null)),
    setSetting: (key, value) => tx("settings", "readwrite", (s) => req(s.put({ key, value }))),
  };

  /* -- recording ------------------------------------------------------------------------- */
  Q.newId = function () {
    if (root.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  /** Join a recording's saved chunks into its audio blob (at stop, or after a crash/closed tab). */
  Q.seal = async function (id, extra) {
    const rec = await Q.get(id);
    if (!rec) return null;
    const parts = (await Q.chunks(id)).sort((a, b) => a.seq - b.seq).map((c) => c.blob);
    if (!parts.length && !rec.blob) { await Q.remove(id); return null; }
    const blob = rec.blob || new Blob(parts, { type: rec.mime });
    Object.assign(rec, { blob, size: blob.size, state: "saved", savedAt: new Date().toISOString() }, extra || {});
    await Q.put(rec);          // the whole blob is stored before the chunks go
    await Q.dropChunks(id);
    return rec;
  };

  /** Recordings cut off mid-way (tab closed, phone call, battery) are sealed from their chunks. */
  Q.recover = async function (activeId) {
    const out = [];
    for (const rec of await Q.all()) {
      if (rec.state === "recording" && rec.id !== activeId) {
        const r = await Q.seal(rec.id, { recovered: true });
        if (r) out.push(r);
      }
    }
    return out;
  };

  /* -- hashing ---------------------------------------------------------------------------- */
  async function digest(blob) { return new Uint8Array(await crypto.subtle.digest("SHA-256", await blob.arrayBuffer())); }
  Q.sha256Hex = async (blob) => Array.from(await digest(blob), (x) => x.toString(16).padStart(2, "0")).join("");
  const b64 = (bytes) => btoa(String.fromCharCode.apply(null, bytes));
  const b64text = (text) => b64(new TextEncoder().encode(text));

  /* -- upload ----------------------------------------------------------------------------- */
  class Rejected extends Error {}   // the server refused this audio: keep it, say why, do not retry blindly
  class Unauthorised extends Error {}

  async function authHeaders() {
    const token = await Q.setting("token");
    return token ? { Authorization: `Bearer ${token}` } : {};
  }
  async function detail(r) {
    try { const j = await r.clone().json(); return j.detail || JSON.stringify(j); } catch (e) { return `${r.status} ${r.statusText}`; }
  }
  async function call(url, init) {
    const r = await fetch(url, Object.assign({ cache: "no-store", credentials: "same-origin" }, init));
    if (r.status === 401 || r.status === 403) throw new Unauthorised(await detail(r));
    return r;
  }

  /** Ask the server whether it holds this recording; delete the local audio only if the checksum matches. */
  async function confirm(rec, auth, save) {
    const r = await call(`/dictations/${encodeURIComponent(rec.id)}`, { headers: auth });
    if (r.status === 404) throw new Error("The server does not have it yet");
    if (!r.ok) throw new Error(await detail(r));
    const st = await r.json();
    if (st.status === "uploading") throw new Error("The server is still receiving it");
    if (st.status === "failed" && !st.sha256) throw new Rejected(st.error || "The server refused the recording");
    if (st.sha256 !== rec.sha256) {
      throw new Rejected("The server holds different audio under this recording's id; the recording is kept here. Contact support.");
    }
    Object.assign(rec, {
      blob: null, state: "uploaded", confirmedAt: new Date().toISOString(), sent: rec.size, error: null,
      serverStatus: st.status, serverProgress: st.progress,
    });
    await save(rec);
  }

  /** Send one recording with tus, from wherever the server says it got to. */
  Q.upload = async function (rec, onChange) {
    const save = async (r) => { await Q.put(r); if (onChange) onChange(r); };
    const auth = await authHeaders();
    if (!rec.sha256) { rec.sha256 = await Q.sha256Hex(rec.blob); await save(rec); }
    const size = rec.blob.size;
    let url = rec.uploadUrl, offset = null;
    rec.state = "uploading"; rec.lastTry = new Date().toISOString(); rec.attempts = (rec.attempts || 0) + 1;
    await save(rec);
    if (url) {
      const h = await call(url, { method: "HEAD", headers: Object.assign({}, TUS, auth) });
      if (h.ok) offset = Number(h.headers.get("Upload-Offset"));
      else if (h.status === 404) url = null;
      else throw new Error(await detail(h));
    }
    if (!url) {
      const meta = { case_ref: rec.caseRef, dictation_id: rec.id, sha256: rec.sha256, filename: `${rec.id}.${rec.ext}` };
      if (rec.context) meta.context = JSON.stringify(rec.context);
      const r = await call("/uploads", {
        method: "POST",
        headers: Object.assign({}, TUS, auth, {
          "Upload-Length": String(size),
          "Upload-Metadata": Object.entries(meta).map(([k, v]) => `${k} ${b64text(v)}`).join(","),
        }),
      });
      if (r.status === 409) return confirm(rec, auth, save); // already accepted (an earlier try got through)
      if (r.status === 413 || r.status === 422 || r.status === 400) throw new Rejected(await detail(r));
      if (r.status !== 201) throw new Error(await detail(r));
      url = r.headers.get("Location");
      offset = Number(r.headers.get("Upload-Offset") || 0);
      rec.uploadUrl = url; await save(rec);
    }
    let badChunks = 0;
    while (offset < size) {
      const chunk = rec.blob.slice(offset, Math.min(size, offset + CHUNK));
      const sum = b64(await digest(chunk));
      const r = await call(url, {
        method: "PATCH",
        headers: Object.assign({}, TUS, auth, {
          "Upload-Offset": String(offset),
          "Upload-Checksum": `sha256 ${sum}`,
          "Content-Type": "application/offset+octet-stream",
        }),
        body: chunk,
      });
      const serverOffset = r.headers.get("Upload-Offset");
      if (r.status === 204) {
        offset = Number(serverOffset);
      } else if (r.status === 409 || r.status === 423 || r.status === 460) {
        if (r.status === 460 && ++badChunks > 5) throw new Error("Chunks keep arriving damaged; will try again later");
        if (r.status === 423) await new Promise((ok) => setTimeout(ok, 1000));
        const h = await call(url, { method: "HEAD", headers: Object.assign({}, TUS, auth) });
        if (!h.ok) throw new Error(await detail(h));
        offset = Number(h.headers.get("Upload-Offset"));
      } else if (r.status === 413 || r.status === 415 || r.status === 422) {
        let problem = null;
        try { problem = (await r.clone().json()).problem; } catch (e) { /* not JSON */ }
        if (problem === "checksum_mismatch") { rec.uploadUrl = url; offset = 0; continue; } // server restarts from 0
        throw new Rejected(await detail(r));
      } else {
        throw new Error(await detail(r));
      }
      rec.sent = offset; await save(rec);
    }
    return confirm(rec, auth, save);
  };

  /** After upload: follow the server's processing until the note is done. */
  Q.refresh = async function (rec, onChange) {
    const auth = await authHeaders();
    const r = await call(`/dictations/${encodeURIComponent(rec.id)}`, { headers: auth });
    if (!r.ok) return;
    const st = await r.json();
    rec.serverStatus = st.status; rec.serverProgress = st.progress; rec.serverError = st.error;
    rec.speech = st.speech_detected;
    rec.state = st.status === "done" ? "done" : "processing";
    await Q.put(rec); if (onChange) onChange(rec);
  };

  /** Upload everything waiting, then refresh what is processing. One flusher at a time per device. */
  Q.flush = async function (onChange) {
    const run = async () => {
      let failures = 0;
      for (const rec of await Q.all()) {
        if (rec.blob && (rec.state === "saved" || rec.state === "uploading")) {
          try {
            await Q.upload(rec, onChange);
          } catch (e) {
            failures++;
            rec.state = e instanceof Rejected ? "rejected" : "saved";
            rec.error = e instanceof Unauthorised ? `Sign in to upload (${e.message})`
              : e instanceof TypeError ? "No connection to the server yet: it will upload by itself when there is signal"
              : e.message;
            await Q.put(rec); if (onChange) onChange(rec);
            if (e instanceof Unauthorised) break;
          }
        } else if (!rec.blob && (rec.state === "uploaded" || rec.state === "processing")) {
          try { await Q.refresh(rec, onChange); } catch (e) { /* offline: try later */ }
        }
      }
      return failures;
    };
    if (root.navigator && navigator.locks) return navigator.locks.request("casenote-upload", run);
    return run();
  };

  Q.pending = (list) => list.filter((r) => r.blob);
  Q.Rejected = Rejected;
  root.CasenoteQueue = Q;
})(self);
