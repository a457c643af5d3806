/* Shared by every page: sign-in (a bearer token kept on this device), API calls, small DOM helpers. */
(function () {
  "use strict";
  const Q = window.CasenoteQueue;
  const $ = (sel) => document.querySelector(sel);

  /** Build an element. Text is always set as text, never parsed as HTML. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  const token = () => localStorage.getItem("casenote.token") || "";
  const userName = () => localStorage.getItem("casenote.name") || "";

  async function api(path, init) {
    init = Object.assign({ cache: "no-store" }, init || {});
    init.headers = Object.assign({}, init.headers || {});
    if (token()) init.headers.Authorization = `Bearer ${token()}`;
    if (init.json !== undefined) {
      init.body = JSON.stringify(init.json);
      init.headers["Content-Type"] = "application/json";
      delete init.json;
    }
    const r = await fetch(path, init);
    if (!r.ok) {
      let msg = `${r.status} ${r.statusText}`;
      try {
        const j = await r.json();
        msg = typeof j.detail === "string" ? j.detail : (j.detail || []).map((e) => `${(e.loc || []).slice(1).join(".")}: ${e.msg}`).join("; ") || msg;
      } catch (e) { /* not JSON */ }
      if (r.status === 401) {
        const cfg = await loadSigninConfig();
        msg = /expired/i.test(msg) ? "Your sign-in has run out. Sign in again to carry on; what you typed on this page stays here."
          : cfg.oidc ? "You are not signed in, or your sign-in was not accepted: sign in with your council account."
          : "You are not signed in, or the access token was not accepted: sign in with the access token your council gave you.";
        showSignin(true);
      }
      const err = new Error(msg); err.status = r.status; throw err;
    }
    return r;
  }

  function clock(s) {
    if (s === null || s === undefined) return "";
    s = Math.max(0, Math.floor(s));
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  }
  const when = (iso) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "");
  const labelOf = (s) => ({ child_voice: "Child's voice", wishes_feelings: "Wishes and feelings", working_well: "What's working well",
    worries: "Worries", next_steps: "Next steps", observations: "Observations" }[s] || s.replace(/_/g, " "));

  function showError(e) {
    const el = $("#error");
    if (!el) { alert(e.message || e); return; }
    el.textContent = e.message || String(e); el.hidden = !e;
  }

  // -- signing in with the council's identity provider: authorization code with PKCE (RFC 7636, S256) --
  let signinCfg = null;
  const b64url = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const CALLBACK = "/app/signed-in";

  let signinLoading = null;
  function loadSigninConfig() { // once per page; every 401 waits for it, so its message can say how to sign in
    signinLoading = signinLoading || (async () => {
      try { signinCfg = await (await fetch("/auth/config", { cache: "no-store" })).json(); } catch (e) { signinCfg = { oidc: false }; }
      $("#signin-oidc").hidden = !signinCfg.oidc;
      $("#signin-token-box").open = !signinCfg.oidc;
      return signinCfg;
    })();
    return signinLoading;
  }

  async function startSignin() {
    const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = b64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
    const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
    const back = location.pathname === CALLBACK ? "/app/" : location.pathname + location.search;
    sessionStorage.setItem("casenote.pkce", JSON.stringify({ verifier, state, back }));
    const u = new URL(signinCfg.authorization_endpoint);
    for (const [k, v] of Object.entries({ response_type: "code", client_id: signinCfg.client_id, redirect_uri: location.origin + CALLBACK,
      scope: signinCfg.scope, state, code_challenge: challenge, code_challenge_method: "S256" })) u.searchParams.set(k, v);
    location.assign(u.toString());
  }

  async function finishSignin() {
    const p = new URLSearchParams(location.search);
    const saved = JSON.parse(sessionStorage.getItem("casenote.pkce") || "null");
    sessionStorage.removeItem("casenote.pkce");
    if (p.get("error")) throw new Error(`Your council's sign-in page said: ${p.get("error_description") || p.get("error")}. Sign in again.`);
    if (!saved || !p.get("code") || p.get("state") !== saved.state) throw new Error("This sign-in was not started on this device, or was already used. Sign in again.");
    const r = await fetch("/auth/token", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code: p.get("code"), code_verifier: saved.verifier, redirect_uri: location.origin + CALLBACK }) });
    let j = {}; try { j = await r.json(); } catch (e) { /* not JSON */ }
    if (!r.ok) throw new Error(typeof j.detail === "string" ? j.detail : "The sign-in did not finish. Sign in again.");
    localStorage.setItem("casenote.token", j.access_token);
    localStorage.setItem("casenote.name", j.name || "");
    if (Q) await Q.setSetting("token", j.access_token);
    location.replace(saved.back || "/app/");
  }

  function showSignin(open) {
    const f = $("#signin");
    f.hidden = !open;
    if (open) { $("#signin-token").value = token(); $("#signin-name").value = userName(); }
  }

  async function whoami() {
    const btn = $("#who");
    try {
      const me = await (await api("/review/whoami")).json();
      btn.textContent = me.open ? "Open access" : `${userName() || "Signed in"} · ${me.role}`;
      document.body.dataset.role = me.role || "open";
      document.querySelectorAll("[data-nav]").forEach((a) => {
        const path = a.getAttribute("href");
        a.hidden = !me.pages.includes(path) && !me.pages.includes(path.replace(/\/$/, ""));
      });
      return me;
    } catch (e) {
      btn.textContent = e instanceof TypeError || !navigator.onLine ? "Offline" : "Sign in"; // TypeError: server unreachable
      return null;
    }
  }

  function network() {
    const el = $("#net");
    el.textContent = navigator.onLine ? "" : "No signal: you can keep recording. Everything is saved on this phone and uploads when signal returns.";
    el.hidden = navigator.onLine;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const page = document.body.dataset.page;
    document.querySelectorAll("[data-nav]").forEach((a) => { if (a.dataset.nav === page) a.setAttribute("aria-current", "page"); });
    $("#who").addEventListener("click", () => showSignin($("#signin").hidden));
    $("#signin").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      localStorage.setItem("casenote.token", $("#signin-token").value.trim());
      localStorage.setItem("casenote.name", $("#signin-name").value.trim());
      if (Q) await Q.setSetting("token", token()); // the service worker uploads with it too
      showSignin(false);
      await whoami();
      document.dispatchEvent(new CustomEvent("casenote:signed-in"));
    });
    $("#signout").addEventListener("click", async () => {
      localStorage.removeItem("casenote.token");
      if (Q) await Q.setSetting("token", "");
      showSignin(false); whoami();
    });
    window.addEventListener("online", network);
    window.addEventListener("offline", network);
    network();
    $("#signin-council").addEventListener("click", () => startSignin().catch(showError));
    loadSigninConfig().then(() => {
      if (page === "signed-in") finishSignin().catch((e) => { showError(e); $("#signing-in").textContent = "The sign-in did not finish."; showSignin(true); });
      else whoami();
    });
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" }).catch(() => {});
  });

  window.Casenote = { $, h, api, clock, when, labelOf, showError, token, userName, whoami, startSignin };
})();
