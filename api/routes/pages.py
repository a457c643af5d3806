"""The web pages: plain HTML, JS and CSS shipped in the package (no build step, no CDN).

    /app/             practitioner recorder (installable PWA; works with no signal)
    /app/review       practitioner review and approval
    /app/supervisor   child's voice across the team's notes
    /app/qa           QA audit of a random, redacted sample
    /app/feedback     the child's (young person's, parent's) feedback form, answered on the phone, offline first
    /app/returns      the council's voice-of-the-child returns (2a, 2b, 2c) per period and team
    /app/signed-in    where the council's identity provider sends people back after signing in (PKCE)

The pages hold no case data: they fetch it from the API with the user's token, so serving them
needs no token (and the service worker can cache the recorder for use offline).
"""

from __future__ import annotations

import json
import struct
import zlib
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from service.voice import QUESTIONS

HERE = Path(__file__).resolve().parent.parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=str(HERE / "templates"))

router = APIRouter(tags=["pages"], include_in_schema=False)

PAGES = {
    "": ("recorder.html", "Record a visit"),
    "review": ("review.html", "Review a note"),
    "supervisor": ("supervisor.html", "Child's voice across notes"),
    "qa": ("qa.html", "QA audit (redacted)"),
    "feedback": ("feedback.html", "Your feedback"),
    "returns": ("returns.html", "Voice of the child: the council's returns"),
    "signed-in": ("signed-in.html", "Signing in"),
}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
    "style-src 'self'; script-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "microphone=(self), camera=(), geolocation=()",
}
STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".webmanifest": "application/manifest+json", ".json": "application/json"}


@router.get("/", response_class=RedirectResponse)
def root():
    return RedirectResponse("/app/", status_code=307)


@router.get("/app", response_class=RedirectResponse)
def app_root():
    return RedirectResponse("/app/", status_code=307)


@router.get("/app/", response_class=HTMLResponse)
def recorder(request: Request):
    return _page(request, "")


@router.get("/app/sw.js")
def service_worker():
    """At /app/ (not /app/static/) so its scope covers every page."""
    return FileResponse(STATIC / "sw.js", media_type=STATIC_TYPES[".js"],
                        headers={"Cache-Control": "no-cache", "Service-Worker-Allowed": "/app/"})


@router.get("/app/manifest.webmanifest")
def manifest():
    return FileResponse(STATIC / "manifest.webmanifest", media_type=STATIC_TYPES[".webmanifest"],
                        headers={"Cache-Control": "no-cache"})


@router.get("/app/icon-{size}.png")
def icon(size: int):
    if size not in (192, 512):
        raise HTTPException(status_code=404, detail="Icons come in 192 and 512.")
    return Response(_icon_png(size), media_type="image/png", headers={"Cache-Control": "public, max-age=86400"})


@router.get("/app/static/{name}")
def static(name: str):
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file() or path.suffix not in STATIC_TYPES:
        raise HTTPException(status_code=404, detail=f"No static file {name!r}.")
    return FileResponse(path, media_type=STATIC_TYPES[path.suffix], headers={"Cache-Control": "no-cache"})


# last: the names above are not pages
@router.get("/app/{page}", response_class=HTMLResponse)
def page(request: Request, page: str):
    if page not in PAGES:
        raise HTTPException(status_code=404, detail=f"No page {page!r}. Pages: /app/, " + ", ".join(f"/app/{p}" for p in PAGES if p) + ".")
    return _page(request, page)


def _page(request: Request, page: str) -> HTMLResponse:
    template, title = PAGES[page]
    values = {"title": title, "page": page or "recorder"}
    if page == "feedback":  # rendered into the page so that the form works from the phone's cache with no signal
        values["questions_json"] = json.dumps([[n, w, t] for (n, w), t in QUESTIONS.items()])
    response = templates.TemplateResponse(request, template, values)
    response.headers.update(SECURITY_HEADERS)
    response.headers["Cache-Control"] = "no-cache"
    return response


@lru_cache(maxsize=2)
def _icon_png(size: int) -> bytes:
    """A teal square with a white record dot, drawn here so no binary asset has to ship."""
    bg, fg = (0x0B, 0x5F, 0x66), (0xFF, 0xFF, 0xFF)
    c, r2 = size / 2, (size * 0.28) ** 2
    rows = []
    for y in range(size):
        dy2 = (y + 0.5 - c) ** 2
        row = bytearray(b"\x00")
        for x in range(size):
            row += bytes(fg if (x + 0.5 - c) ** 2 + dy2 <= r2 else bg)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
