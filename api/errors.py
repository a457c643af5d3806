"""Where named errors become HTTP answers: a status code and the error's own message, which says what to do. The
service's (:mod:`service.errors`: the pipeline's, the store's and its own, re-exported there) and sign-in's
(:mod:`api.auth`). No error is defined here.

Routes still raise ``HTTPException`` for what is only HTTP's (an unknown id's 404, a tus header's 400/412), and
``/v1`` answers in OpenAI's error shape (:func:`openai_error`), which its clients read."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError

from service.errors import (
    AudioTooLongError,
    ChecksumMismatch,
    ContextError,
    CorruptAudioError,
    EmptyAudioError,
    FilingError,
    IdempotencyConflict,
    NotAudioError,
    NoteTemplateError,
    PhotoError,
    PhotoTooLargeError,
    RedactedViewError,
    StaleVersionError,
    UploadTooLargeError,
    VoiceRecordError,
)

from .auth import IdentityProviderUnavailable, InvalidToken, NoRole, NotAllowed, SignInFailed, SignInNotSetUp


def too_large_response(limit_bytes: int, size: int | None = None) -> JSONResponse:
    exc = UploadTooLargeError(limit_bytes, size)
    return JSONResponse(status_code=413, content={"detail": str(exc), "limit_bytes": limit_bytes})


def openai_error(status_code: int, message: str, param: str | None = None, code: str | None = None,
                 headers: dict | None = None) -> JSONResponse:
    """An error in OpenAI's shape, for the OpenAI-compatible /v1 routes: its clients show ``message``."""
    kind = "server_error" if status_code >= 500 else "invalid_request_error"
    return JSONResponse(
        status_code=status_code,
        content={"error": {"message": message, "type": kind, "param": param, "code": code}},
        headers=headers,
    )


# errors answered with their own message alone, {"detail": message}, by status code
MESSAGE_ONLY = {
    InvalidToken: 401,  # with WWW-Authenticate: Bearer
    SignInFailed: 400,
    NoRole: 403,
    NotAllowed: 403,
    SignInNotSetUp: 404,
    IdentityProviderUnavailable: 503,
    PhotoTooLargeError: 413,  # worded for the person taking the photo; other uploads also give limit_bytes
    PhotoError: 415,
    StaleVersionError: 409,
    FilingError: 422,  # an edit that cannot be filed: the message says why
    VoiceRecordError: 422,
    NoteTemplateError: 500,  # the council's template file: the message says what to fix
}
HEADERS = {InvalidToken: {"WWW-Authenticate": "Bearer"}}


def _message_only(status_code: int, headers: dict | None):
    async def answer(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(status_code=status_code, content={"detail": str(exc)}, headers=headers)

    return answer


def register(app: FastAPI) -> None:
    for error, status_code in MESSAGE_ONLY.items():
        app.add_exception_handler(error, _message_only(status_code, HEADERS.get(error)))

    @app.exception_handler(UploadTooLargeError)
    async def _too_large(_: Request, exc: UploadTooLargeError):
        return JSONResponse(status_code=413, content={"detail": str(exc), "limit_bytes": exc.limit_bytes})

    @app.exception_handler(AudioTooLongError)
    async def _too_long(_: Request, exc: AudioTooLongError):
        return JSONResponse(
            status_code=413,
            content={"detail": str(exc), "limit_seconds": exc.limit_s, "duration_seconds": round(exc.duration_s, 1)},
        )

    @app.exception_handler(NotAudioError)
    async def _not_audio(_: Request, exc: NotAudioError):
        return JSONResponse(status_code=415, content={"detail": str(exc), "problem": "not_audio"})

    @app.exception_handler(CorruptAudioError)
    async def _corrupt(_: Request, exc: CorruptAudioError):
        return JSONResponse(status_code=422, content={"detail": str(exc), "problem": "corrupt_audio"})

    @app.exception_handler(EmptyAudioError)
    async def _empty(_: Request, exc: EmptyAudioError):
        return JSONResponse(status_code=422, content={"detail": str(exc), "problem": "empty_audio"})

    @app.exception_handler(ContextError)
    async def _context(_: Request, exc: ContextError):
        return JSONResponse(status_code=422, content={"detail": str(exc), "errors": exc.errors, "problem": "context"})

    @app.exception_handler(ChecksumMismatch)
    async def _checksum(_: Request, exc: ChecksumMismatch):
        return JSONResponse(
            status_code=422,
            content={"detail": str(exc), "problem": "checksum_mismatch", "expected": exc.expected, "actual": exc.actual},
        )

    @app.exception_handler(DataError)
    async def _unstorable(_: Request, exc: DataError):
        # the last line of defence: request fields are validated first; say nothing of the database itself
        return JSONResponse(status_code=422, content={
            "detail": "A value sent is out of range or holds a character that cannot be stored (a NUL byte?). "
                      "Fix it and resend.", "problem": "unstorable_value"})

    @app.exception_handler(RedactedViewError)
    async def _unredactable(_: Request, exc: RedactedViewError):
        # never the stored or unredacted text in its place
        return JSONResponse(status_code=500, content={"detail": str(exc), "problem": "redaction_failed"})

    @app.exception_handler(IdempotencyConflict)
    async def _conflict(_: Request, exc: IdempotencyConflict):
        return JSONResponse(status_code=409, content={"detail": str(exc), "dictation_id": exc.dictation_id})

