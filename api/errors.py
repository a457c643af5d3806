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


def _detail(status_code: int, exc: Exception, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status_code, content={"detail": str(exc)}, headers=headers)


def register(app: FastAPI) -> None:
    # -- who is calling (api.auth) ----------------------------------------------------------------------------
    @app.exception_handler(InvalidToken)
    async def _unauthenticated(_: Request, exc: InvalidToken):
        return _detail(401, exc, {"WWW-Authenticate": "Bearer"})

    @app.exception_handler(NoRole)
    async def _no_role(_: Request, exc: NoRole):
        return _detail(403, exc)

    @app.exception_handler(NotAllowed)
    async def _not_allowed(_: Request, exc: NotAllowed):
        return _detail(403, exc)

    @app.exception_handler(IdentityProviderUnavailable)
    async def _idp_away(_: Request, exc: IdentityProviderUnavailable):
        return _detail(503, exc)

    @app.exception_handler(SignInFailed)
    async def _sign_in_failed(_: Request, exc: SignInFailed):
        return _detail(400, exc)

    @app.exception_handler(SignInNotSetUp)
    async def _no_sign_in(_: Request, exc: SignInNotSetUp):
        return _detail(404, exc)

    # -- the service's --------------------------------------------------------------------------------------
    @app.exception_handler(UploadTooLargeError)
    async def _too_large(_: Request, exc: UploadTooLargeError):
        return JSONResponse(status_code=413, content={"detail": str(exc), "limit_bytes": exc.limit_bytes})

    @app.exception_handler(PhotoTooLargeError)
    async def _photo_too_large(_: Request, exc: PhotoTooLargeError):
        return _detail(413, exc)

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

    @app.exception_handler(NoteTemplateError)
    async def _template(_: Request, exc: NoteTemplateError):
        return _detail(500, exc)  # the council's template file: its message says what to fix

    @app.exception_handler(FilingError)
    async def _unfileable(_: Request, exc: FilingError):
        return _detail(422, exc)  # an edit that cannot be filed: the message says why

    @app.exception_handler(IdempotencyConflict)
    async def _conflict(_: Request, exc: IdempotencyConflict):
        return JSONResponse(status_code=409, content={"detail": str(exc), "dictation_id": exc.dictation_id})

    @app.exception_handler(StaleVersionError)
    async def _stale(_: Request, exc: StaleVersionError):
        return JSONResponse(status_code=409, content={"detail": str(exc)})

    @app.exception_handler(VoiceRecordError)
    async def _voice_record(_: Request, exc: VoiceRecordError):
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    @app.exception_handler(PhotoError)
    async def _photo(_: Request, exc: PhotoError):
        return JSONResponse(status_code=415, content={"detail": str(exc)})
