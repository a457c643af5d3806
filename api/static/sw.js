/* casenote service worker: the pages open with no signal, and waiting recordings upload in the background.
 * API calls are never cached: only the page shells and their scripts are. */
"use strict";
importScripts("/app/static/queue.js");

const CACHE = "casenote-shell-v2";
const SHELL = [
  "/app/", "/app/review", "/app/supervisor", "/app/qa", "/app/feedback", "/app/returns", "/app/manifest.webmanifest", "/app/icon-192.png",
  "/app/icon-512.png", "/app/static/app.css", "/app/static/queue.js", "/app/static/common.js",
  "/app/static/recorder.js", "/app/static/review.js", "/app/static/supervisor.js", "/app/static/qa.js",
  "/app/static/feedback.js", "/app/static/returns.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("casenote-shell-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/* Shell: network first (so an update is seen at once), the cached copy when there is no signal. */
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith("/app")) return;
  const key = url.pathname === "/app" ? "/app/" : url.pathname; // ?id=... still opens the cached page
  event.respondWith(
    fetch(event.request)
      .then((resp) => {
        if (resp.ok && SHELL.includes(key)) {
          const copy = resp.clone();
          caches.open(CACHE).then((c) => c.put(key, copy));
        }
        return resp;
      })
      .catch(() => caches.match(key).then((hit) => hit || caches.match("/app/"))),
  );
});

/* Background Sync (Chrome/Android): upload waiting recordings even after the page is closed. */
self.addEventListener("sync", (event) => {
  if (event.tag !== "casenote-upload") return;
  event.waitUntil(
    self.CasenoteQueue.flush(() => notify()).then((failures) => {
      notify();
      if (failures) throw new Error("some recordings are still waiting"); // the browser retries the sync later
    }),
  );
});

function notify() {
  return self.clients.matchAll({ type: "window" }).then((cs) => cs.forEach((c) => c.postMessage("queue-changed")));
}
