"""Stored audio as an HTTP response: decrypted as it is sent, with single byte ranges (206) so a browser's
player can jump to an excerpt. Nothing is written to disk in clear."""

from __future__ import annotations

import re

from fastapi import HTTPException, Request
from fastapi.responses import StreamingResponse

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def audio_response(request: Request, store, sha256: str, media_type: str) -> StreamingResponse:
    """``store``: the runtime's encrypted store (``rt.store``), which holds audio and photos alike."""
    reader = store.open(sha256)
    size = reader.raw.size
    start, end, status = 0, size - 1, 200
    m = RANGE.match(request.headers.get("range", "").strip())
    if m and (m.group(1) or m.group(2)):
        if m.group(1):
            start, end = int(m.group(1)), min(int(m.group(2)) if m.group(2) else size - 1, size - 1)
        else:  # the last N bytes
            start = max(0, size - int(m.group(2)))
        if start > end or start >= size:
            reader.close()
            raise HTTPException(status_code=416, detail=f"The range is outside the recording's {size} bytes.",
                                headers={"Content-Range": f"bytes */{size}"})
        status = 206
    headers = {"Accept-Ranges": "bytes", "Content-Length": str(end - start + 1), "Cache-Control": "private, no-store"}
    if status == 206:
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"

    def body():
        with reader:
            reader.seek(start)
            left = end - start + 1
            while left > 0 and (chunk := reader.read(min(CHUNK, left))):
                left -= len(chunk)
                yield chunk

    return StreamingResponse(body(), status_code=status, media_type=media_type, headers=headers)
