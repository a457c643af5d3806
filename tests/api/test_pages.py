"""The web pages: served by the app with no build step and nothing fetched from elsewhere; the recorder is an
installable PWA whose service worker caches everything it needs to open with no signal."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

API = Path(__file__).resolve().parents[2] / "api"
PAGES = ["/app/", "/app/review", "/app/supervisor", "/app/qa"]
SHIPPED = (".html", ".js", ".css", ".webmanifest", ".json")  # pyproject's package-data patterns


@pytest.fixture
def client(make_app):
    return make_app(api_tokens="tp=practitioner")[0]


def _refs(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="(/[^"]*)"', html)


@pytest.mark.parametrize("path", PAGES)
def test_page_serves_without_token_and_every_asset_resolves(client, path):
    """Pages hold no case data, so they open before sign-in (and from the offline cache)."""
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    refs = _refs(r.text)
    assert "/app/static/queue.js" in refs and "/app/manifest.webmanifest" in refs
    for ref in refs:
        if ref.startswith("/app") and not ref.startswith("/app/review?"):
            assert client.get(ref).status_code == 200, ref


def test_root_and_unknown_pages(client):
    assert client.get("/", follow_redirects=False).headers["location"] == "/app/"
    assert client.get("/app/nope").status_code == 404
    assert client.get("/app/static/..%2Froutes%2Fpages.py").status_code == 404
    assert client.get("/app/static/missing.js").status_code == 404


def test_service_worker_caches_the_shell(client):
    r = client.get("/app/sw.js")
    assert r.status_code == 200 and r.headers["service-worker-allowed"] == "/app/"
    shell = json.loads(re.search(r"const SHELL = (\[.*?\]);", r.text, re.S).group(1).replace("\n", "").rstrip(",]") + "]")
    assert "/app/" in shell and "/app/static/recorder.js" in shell and "/app/static/queue.js" in shell
    for path in shell:
        assert client.get(path).status_code == 200, path
    # what the recorder page loads is all in the offline cache
    page_assets = [p for p in _refs(client.get("/app/").text) if p.startswith("/app/") and not p.endswith(".png")]
    assert set(page_assets) <= set(shell) | {"/app/"}


def test_manifest_makes_it_installable(client):
    m = client.get("/app/manifest.webmanifest")
    assert m.headers["content-type"].startswith("application/manifest+json")
    data = m.json()
    assert data["start_url"] == "/app/" and data["display"] == "standalone"
    sizes = set()
    for icon in data["icons"]:
        png = client.get(icon["src"]).content
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        w, h = struct.unpack(">II", png[16:24])
        assert f"{w}x{h}" == icon["sizes"]
        sizes.add(w)
    assert {192, 512} <= sizes


def test_nothing_comes_from_elsewhere_and_everything_ships():
    """No CDN, no external fonts or scripts; every asset matches a package-data pattern so it is installed."""
    files = [p for d in ("static", "templates") for p in (API / d).iterdir() if p.is_file()]
    assert files
    for p in files:
        assert p.suffix in SHIPPED, f"{p.name} would not be installed with the package"
        text = p.read_text()
        assert not re.search(r"https?://(?!127\.0\.0\.1)", text), f"{p.name} refers to another site"
        assert "innerHTML" not in text, f"{p.name}: build elements, do not parse strings as HTML"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_scripts_parse():
    for js in sorted((API / "static").glob("*.js")):
        subprocess.run(["node", "--check", str(js)], check=True, capture_output=True)
