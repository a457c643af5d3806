"""Named errors the store raises, under the pipeline's :class:`transcribe.errors.CasenoteError`. Every message says
what to do next; ``api.errors`` turns them into HTTP answers."""

from __future__ import annotations

from transcribe.errors import CasenoteError


class StoreError(CasenoteError):
    """Something cannot be stored or read back as asked."""


# -- encryption at rest --------------------------------------------------------------------------------------------
class CouncilKeyError(StoreError):
    """No council key, a malformed one, or not the key the data was encrypted with."""


class TamperedDataError(StoreError):
    """Encrypted data failed its integrity check: it was altered, cut short or damaged."""


# -- intake: a recording (or photo) that cannot be accepted as sent ----------------------------------------------
class IntakeError(StoreError):
    """An upload cannot be accepted as sent."""


class UploadTooLargeError(IntakeError):
    """More bytes than the limit (``limit_bytes``) arrived; the store keeps none of them."""

    def __init__(self, limit_bytes: int, size: int | None = None):
        got = f" ({size} bytes sent)" if size else ""
        super().__init__(
            f"Upload is larger than the limit of {limit_bytes} bytes ({limit_bytes / 1e6:.0f} MB){got}. "
            "Split the recording, or ask IT to raise CASENOTE_MAX_UPLOAD_BYTES."
        )
        self.limit_bytes = limit_bytes


class ChecksumMismatch(IntakeError):
    def __init__(self, expected: str, actual: str):
        super().__init__(
            f"The upload's SHA-256 is {actual} but the client said {expected}: bytes were damaged in transit. "
            "Upload it again."
        )
        self.expected, self.actual = expected, actual


class IdempotencyConflict(IntakeError):
    def __init__(self, dictation_id: str):
        super().__init__(
            f"Dictation {dictation_id} already exists with different audio or case reference. "
            "Use a new dictation id / Idempotency-Key for a new recording."
        )
        self.dictation_id = dictation_id


class PhotoError(IntakeError, ValueError):
    """A photo that cannot be stored as sent; the message says what to send instead."""


# -- records -------------------------------------------------------------------------------------------------------
class StaleVersionError(StoreError):
    """A save based on a version (``base``) that is no longer the latest (``latest``)."""

    def __init__(self, latest: int, base: int):
        super().__init__(f"Version {latest} of this note was saved after version {base}, which you edited, so nothing "
                         "was saved. Reload the note, check the newer version and make your change again.")
        self.latest, self.base = latest, base


class VoiceRecordError(StoreError, ValueError):
    """A voice-of-the-child record that cannot be stored as sent; the message says which field and what it takes."""
