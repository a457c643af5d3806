"""Refuse, with 422, a request whose path or query string holds a control character (a NUL byte above all,
which PostgreSQL cannot store or even compare), before any handler or database sees it."""

from __future__ import annotations

from urllib.parse import unquote_plus

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from service.plain_text import has_control_characters

DETAIL = ("The address holds a control character (a NUL byte or similar) in its path or query: "
          "send ids, references and dates as plain text.")


class ControlCharacterGuard:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            query = unquote_plus(scope.get("query_string", b"").decode("latin-1"))
            if has_control_characters(scope.get("path", "")) or has_control_characters(query):
                await JSONResponse(status_code=422, content={"detail": DETAIL, "problem": "control_characters"})(
                    scope, receive, send)
                return
        await self.app(scope, receive, send)
