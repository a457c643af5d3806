"""Reject an oversized body from its Content-Length, before reading a byte of it."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import UploadTooLargeError, openai_error, too_large_response

MULTIPART_SLACK = 64 * 1024  # form fields and boundaries around the file


class BodySizeLimit:
    def __init__(self, app: ASGIApp, settings):
        self.app = app
        self.limit = settings.max_upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PATCH", "PUT"):
            for name, value in scope["headers"]:
                if name == b"content-length":
                    try:
                        size = int(value)
                    except ValueError:
                        break
                    if size > self.limit + MULTIPART_SLACK:
                        if scope["path"].startswith("/v1/"):  # OpenAI-compatible: its error shape
                            response = openai_error(413, str(UploadTooLargeError(self.limit, size)), code="too_large")
                        else:
                            response = too_large_response(self.limit, size)
                        await response(scope, receive, send)
                        return
                    break
        await self.app(scope, receive, send)
