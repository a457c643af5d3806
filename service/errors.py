"""The errors a caller of the service may see, gathered so ``api/errors.py`` maps them to HTTP without importing
``store/``: each is defined where it is raised (the pipeline's in :mod:`transcribe.errors`, the store's in
:mod:`store.errors`, sign-in's in :mod:`api.auth`) and only re-exported here, except the one the service itself words
(:class:`PhotoTooLargeError`)."""

from __future__ import annotations

from store.errors import (
    ChecksumMismatch,
    IdempotencyConflict,
    IntakeError,
    PhotoError,
    StaleVersionError,
    UploadTooLargeError,
    VoiceRecordError,
)
from transcribe.errors import (
    AudioTooLongError,
    CasenoteError,
    ContextError,
    CorruptAudioError,
    EmptyAudioError,
    FilingError,
    ModelNotFoundError,
    NotAudioError,
    NoteTemplateError,
    RedactedViewError,
)

__all__ = [
    "AudioTooLongError", "CasenoteError", "ChecksumMismatch", "ContextError", "CorruptAudioError", "EmptyAudioError",
    "FilingError", "IdempotencyConflict", "ModelNotFoundError", "NotAudioError", "NoteTemplateError", "PhotoError",
    "PhotoTooLargeError", "RedactedViewError", "StaleVersionError", "UploadTooLargeError", "VoiceRecordError",
]


class PhotoTooLargeError(UploadTooLargeError):
    """A photo of direct work over the photo limit (``limit_bytes``): the message says how to take it again."""

    def __init__(self, limit_bytes: int):
        IntakeError.__init__(self, f"The photo is larger than {limit_bytes // 1_000_000} MB: take it again at the "
                             "camera's normal size (not RAW) and send it again.")
        self.limit_bytes = limit_bytes
