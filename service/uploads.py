"""A resumable (tus) upload's bookkeeping: its row and the part file its bytes are appended to until the last one
is in, when :func:`service.intake.finish_upload` accepts it as a dictation. The API's tus route only speaks the
protocol: headers, offsets, locks and the bytes themselves."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from store import dictations as dictation_store
from store import uploads as upload_store
from store.models import Upload


@dataclass
class NewUpload:
    upload: Upload
    offset: int  # bytes already in (0 for a new upload; more when the creation was repeated)


def dictation_exists_without_upload(sessions, dictation_id: str | None) -> bool:
    """True when ``dictation_id`` names a dictation already accepted by a one-shot upload (no tus upload of its
    own), so a new resumable upload under that id would be a second recording."""
    if not dictation_id:
        return False
    with sessions() as s:
        return (dictation_store.get_dictation(s, dictation_id) is not None
                and upload_store.find_upload(s, dictation_id, None) is None)


def create_upload(rt, *, dictation_id: str | None, idempotency_key: str | None, case_ref: str,
                  context_json: str | None, filename: str | None, length: int, sha256: str | None) -> NewUpload:
    """Record a new upload and make its empty part file; a repeated creation (same dictation id or key) returns the
    first one with the bytes it already holds."""
    upload, created = upload_store.create_upload(
        rt.sessions,
        id=uuid.uuid4().hex,
        dictation_id=dictation_id or str(uuid.uuid4()),
        idempotency_key=idempotency_key,
        case_ref=case_ref,
        context_json=context_json,
        filename=(filename or "")[:255] or None,
        length=length,
        sha256=sha256,
    )
    part = rt.store.new_part(upload.id) if created else rt.store.part_path(upload.id)
    return NewUpload(upload, part.stat().st_size if part.exists() else upload.length)


def get_upload(sessions, upload_id: str) -> Upload | None:
    with sessions() as s:
        return upload_store.get_upload(s, upload_id)


def part_path(rt, upload: Upload) -> Path:
    """Where the upload's bytes are appended; gone once the upload is finished (moved into the audio store)."""
    return rt.store.part_path(upload.id)


def received_bytes(rt, upload: Upload) -> int:
    """How many of the upload's bytes are in: the part file's size, or all of them once it is finished."""
    part = part_path(rt, upload)
    return part.stat().st_size if part.exists() else upload.length
