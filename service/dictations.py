"""A dictation as the API asks about it: its state (uploading, queued, ..., done with or without speech) and the
retry of a failed one. The intake (:mod:`service.intake`) accepts dictations; this module only reads them and
queues a failed one again."""

from __future__ import annotations

import json
from dataclasses import dataclass

from store import dictations as dictation_store
from store import notes as note_store
from store import uploads as upload_store
from store.models import Dictation, DictationStatus, Upload

from . import intake


@dataclass
class DictationState:
    """Where a dictation is: its row once accepted (with ``speech_detected`` once its note is done), else the
    resumable upload still arriving and how many of its bytes are in."""

    dictation: Dictation | None = None
    speech_detected: bool | None = None
    upload: Upload | None = None
    received_bytes: int = 0


def get_dictation(session, dictation_id: str) -> Dictation | None:
    return dictation_store.get_dictation(session, dictation_id)


def find_state(session, store, dictation_id: str) -> DictationState | None:
    """The dictation's state, or None when neither a dictation nor an upload has this id."""
    d = dictation_store.get_dictation(session, dictation_id)
    if d is not None:
        state = DictationState(dictation=d)
        note = note_store.get_note(session, dictation_id) if d.status == "done" else None
        if note is not None:  # the phone says at once when nothing was heard
            state.speech_detected = json.loads(note.note_json)["transcript"].get("speech_detected", True)
        return state
    u = upload_store.find_upload(session, dictation_id, None)
    if u is not None:
        part = store.part_path(u.id)
        return DictationState(upload=u, received_bytes=part.stat().st_size if part.exists() else 0)
    return None


def is_failed(d: Dictation) -> bool:
    return d.status == DictationStatus.failed.value


def retry(sessions, dispatcher, dictation_id: str) -> Dictation | None:
    """Queue a failed dictation again (its audio is kept): back to queued, then handed to the dispatcher."""
    d = dictation_store.requeue(sessions, dictation_id)
    intake.enqueue(dispatcher, dictation_id)
    return d
