"""Named errors. Every message says what the user should do next."""

from __future__ import annotations


class CasenoteError(Exception):
    """Base class for every error this package raises on purpose."""


# -- audio -------------------------------------------------------------------
class AudioError(CasenoteError):
    """The recording cannot be used as it is."""


class NotAudioError(AudioError):
    """The file holds no audio stream (a document, an image, random bytes)."""


class CorruptAudioError(AudioError):
    """The file looks like audio but cannot be decoded (truncated upload, damaged file)."""


class EmptyAudioError(AudioError):
    """The file decodes to no samples at all."""


class AudioTooLongError(AudioError):
    """The recording is longer than the configured maximum."""

    def __init__(self, message: str, *, duration_s: float, limit_s: float):
        super().__init__(message)
        self.duration_s = duration_s
        self.limit_s = limit_s


# -- models ------------------------------------------------------------------
class ModelNotFoundError(CasenoteError):
    """A named model's package is not installed, or a model directory is missing or incomplete."""


class ModelIntegrityError(CasenoteError):
    """A model file does not match its recorded SHA-256."""


class EngineVersionError(CasenoteError):
    """The installed faster-whisper is not a version the ASR stage was tested on."""


# -- inputs ------------------------------------------------------------------
class ContextError(CasenoteError):
    """The case context JSON is malformed. ``errors`` lists field-level problems."""

    def __init__(self, message: str, errors: list[dict] | None = None):
        super().__init__(message)
        self.errors = errors or []


class TextInputError(CasenoteError):
    """Text given to a text stage is empty, too large or not UTF-8."""


# -- redaction ---------------------------------------------------------------
class RedactionConfigError(CasenoteError):
    """Redaction options are inconsistent (unknown operator, missing pseudonym key)."""


class ReidentificationError(CasenoteError):
    """A pseudonym token cannot be turned back into text (wrong key or case, or altered token)."""


# -- tagging and structuring -------------------------------------------------
class TaggerSetupError(CasenoteError):
    """The spaCy pipeline given to the tagger cannot parse (no parser, tagger or lemmatizer)."""


class NoteSchemaError(CasenoteError):
    """The committed JSON schema for the case note is out of date with the dataclasses."""


class VocabularyError(CasenoteError):
    """A council vocabulary or lexicon file cannot be read."""


class NoteTemplateError(CasenoteError):
    """A note template file is missing or malformed."""


class FilingError(CasenoteError):
    """A draft cannot be filed as given (an unknown heading, an empty sentence, a recording with no speech)."""


class RedactedViewError(CasenoteError):
    """A note's redacted view cannot be made: nothing is served in its place (never the stored or the
    unredacted text)."""
