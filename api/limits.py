"""Cap request bodies whatever their transfer encoding, and keep what the form parser spools under the data directory.

A body whose Content-Length is over the cap is refused before a byte of it is read. A body without one
(``Transfer-Encoding: chunked``) is counted as it streams: at the cap the client gets the 413 at once and the
handler sees a disconnect, so nothing past the cap is read or written. Multipart files that Starlette's parser
spools to disk go to ``<data_dir>/tmp`` (0600, unlinked when closed), never the system temp directory.
"""

from __future__ import annotations

from contextvars import ContextVar
from tempfile import SpooledTemporaryFile

from starlette import formparsers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import UploadTooLargeError

from .errors import openai_error, too_large_response

MULTIPART_SLACK = 64 * 1024  # form fields and boundaries around the file

_spool_dir: ContextVar[str | None] = ContextVar("casenote_spool_dir", default=None)


def _spooled_file(max_size: int = 0, *args, **kwargs) -> SpooledTemporaryFile:
    """Starlette's multipart spool file, under this request's data directory when the middleware set one."""
    spool_dir = _spool_dir.get()
    if spool_dir is not None:
        kwargs.setdefault("dir", spool_dir)
    return SpooledTemporaryFile(max_size, *args, **kwargs)


formparsers.SpooledTemporaryFile = _spooled_file  # the parser's only temp file (starlette.formparsers)


class BodySizeLimit:
    def __init__(self, app: ASGIApp, settings):
        self.app = app
        self.limit = settings.max_upload_bytes
        self.spool_dir = str(settings.data_dir / "tmp")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PATCH", "PUT"):
            await self.app(scope, receive, send)
            return
        cap = self.limit + MULTIPART_SLACK
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    break
                if size > cap:
                    await self._too_large(scope, size)(scope, receive, send)
                    return
                break
        received = 0
        refused = started = False

        async def capped_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    refused = True
                    if not started:
                        await self._too_large(scope, None)(scope, receive, send)
                    return {"type": "http.disconnect"}  # the handler stops reading; what it wrote is discarded
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 has gone; the handler's own answer to the "disconnect" goes nowhere
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        token = _spool_dir.set(self.spool_dir)
        try:
            await self.app(scope, capped_receive, guarded_send)
        finally:
            _spool_dir.reset(token)

    def _too_large(self, scope: Scope, size: int | None):
        if scope["path"].startswith("/v1/"):  # OpenAI-compatible: its error shape
            return openai_error(413, str(UploadTooLargeError(self.limit, size)), code="too_large")
        return too_large_response(self.limit, size)
