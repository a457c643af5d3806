"""Accepting a dictation: the one path both plain and resumable uploads end in. The API's routes only parse the
request and call these (``check_fields``, ``receive`` or ``finish_upload``, ``enqueue``); this module writes the
audio and the dictation row to ``store/`` and hands the id to the dispatcher (``worker/``).

Order matters: the audio is validated, then written durably under its hash, then the dictation row is
committed, and only then is the upload acknowledged. Enqueueing is best effort: if Redis is away, the
reconciler enqueues the row later, so nothing accepted is dropped.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from dataclasses import dataclass
import os
from pathlib import Path
from typing import BinaryIO

from service.runtime import Runtime
from store import dictations as dictation_store
from store import uploads as upload_store
from store.audio_store import sha256_file
from store.errors import ChecksumMismatch, IdempotencyConflict
from store.models import Dictation, Upload
from transcribe.audio import AudioOptions, check_audio
from transcribe.context import context_to_dict, control_characters, parse_context
from transcribe.errors import AudioError, ContextError


log = logging.getLogger(__name__)

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class Intake:
    case_ref: str
    context_json: str | None
    dictation_id: str | None = None
    idempotency_key: str | None = None
    filename: str | None = None
    expected_sha256: str | None = None


def check_fields(
    case_ref: str | None,
    context: str | dict | None,
    dictation_id: str | None = None,
    sha256: str | None = None,
    idempotency_key: str | None = None,
) -> tuple[str, str | None, str | None]:
    """Validate the non-audio fields before any bytes are stored. Returns (case_ref, context JSON, sha256)."""
    errors: list[dict] = []
    case_ref = (case_ref or "").strip()
    if not case_ref:
        errors.append({"field": "case_ref", "message": "case_ref is required: the case this dictation belongs to"})
    elif len(case_ref) > 128:
        errors.append({"field": "case_ref", "message": "case_ref is longer than 128 characters"})
    elif control_characters(case_ref):
        errors.append({"field": "case_ref", "message": "case_ref must not hold control characters (NUL, line breaks)"})
    if dictation_id is not None and not ID_RE.match(dictation_id):
        errors.append(
            {"field": "dictation_id", "message": "use 1-64 letters, digits, '.', '_', ':' or '-' (a UUID is ideal)"}
        )
    if idempotency_key is not None and not (0 < len(idempotency_key) <= 255):
        errors.append({"field": "Idempotency-Key", "message": "must be 1-255 characters"})
    if sha256 is not None:
        sha256 = sha256.strip().lower()
        if not HEX64.match(sha256):
            errors.append({"field": "sha256", "message": "must be the file's SHA-256 as 64 hex characters"})
    ctx_json = None
    if context not in (None, ""):
        try:
            ctx = parse_context(context)
        except ContextError as exc:
            errors.extend({"field": f"context.{e['field']}" if e["field"] else "context", "message": e["message"]}
                          for e in (exc.errors or [{"field": "", "message": str(exc)}]))
        else:
            data = context_to_dict(ctx)
            if case_ref and data.get("case_ref") and data["case_ref"] != case_ref:
                errors.append(
                    {"field": "context.case_ref", "message": f"differs from case_ref {case_ref!r}; send one case"}
                )
            data.setdefault("case_ref", case_ref)
            ctx_json = json.dumps(data, ensure_ascii=False)
    if errors:
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        raise ContextError(f"The upload's fields are invalid: {detail}. Fix them and resend.", errors)
    if ctx_json is None:
        ctx_json = json.dumps({"case_ref": case_ref})
    return case_ref, ctx_json, sha256


def find_duplicate(rt: Runtime, intake: Intake, sha256: str) -> Dictation | None:
    """The dictation this upload repeats, if any. Raises IdempotencyConflict when the id is reused for other audio."""
    with rt.sessions() as s:
        existing = dictation_store.find_dictation(s, intake.dictation_id, _key(intake, sha256))
    if existing is None:
        return None
    if existing.audio_sha256 != sha256 or existing.case_ref != intake.case_ref:
        raise IdempotencyConflict(existing.id)
    return existing


def accept(rt: Runtime, dispatcher, tmp: Path, sha256: str, size: int, intake: Intake) -> tuple[Dictation, bool]:
    """Accept a spooled upload. Returns (dictation, created). ``tmp`` is consumed either way."""
    try:
        if intake.expected_sha256 and intake.expected_sha256 != sha256:
            raise ChecksumMismatch(intake.expected_sha256, sha256)
        dup = find_duplicate(rt, intake, sha256)
        if dup is not None:
            return dup, False
        audio = validate_audio(tmp, rt.settings.max_audio_seconds, intake.filename)
        rt.store.commit(tmp, sha256)  # durable before the row exists, and before we answer
    finally:
        tmp.unlink(missing_ok=True)
    dictation, created = dictation_store.create_dictation(
        rt.sessions,
        id=intake.dictation_id or str(uuid.uuid4()),
        idempotency_key=_key(intake, sha256),
        case_ref=intake.case_ref,
        context_json=intake.context_json,
        audio_sha256=sha256,
        audio_bytes=size,
        audio_filename=(intake.filename or "")[:255] or None,
        duration_s=round(audio.duration_s, 3),
    )
    if not created and (dictation.audio_sha256 != sha256 or dictation.case_ref != intake.case_ref):
        raise IdempotencyConflict(dictation.id)
    if created:
        enqueue(dispatcher, dictation.id)
    return dictation, created


def receive(rt: Runtime, dispatcher, fileobj: BinaryIO, intake: Intake) -> tuple[Dictation, bool]:
    """Accept a whole recording sent in one request: spooled to disk under the upload limit
    (``UploadTooLargeError`` past it), then :func:`accept`. Returns (dictation, created)."""
    tmp, digest, size = rt.store.spool(fileobj, limit=rt.settings.max_upload_bytes)
    return accept(rt, dispatcher, tmp, digest, size, intake)


def finish_upload(rt: Runtime, dispatcher, upload: Upload) -> None:
    """The last byte of a resumable upload is in: accept the file as a dictation (or say exactly why not). A
    checksum mismatch starts the upload again from byte 0; any other refusal is recorded on the upload."""
    part = rt.store.part_path(upload.id)
    tmp = rt.store.new_temp()
    os.replace(part, tmp)
    digest = sha256_file(tmp)
    meta = Intake(
        case_ref=upload.case_ref,
        context_json=upload.context_json,
        dictation_id=upload.dictation_id,
        idempotency_key=upload.idempotency_key,
        filename=upload.filename,
        expected_sha256=upload.sha256,
    )
    try:
        accept(rt, dispatcher, tmp, digest, upload.length, meta)
    except Exception as exc:
        if isinstance(exc, ChecksumMismatch):
            rt.store.new_part(upload.id)  # start again from byte 0
        else:
            upload_store.finish_upload(rt.sessions, upload.id, error=str(exc))
        raise
    upload_store.finish_upload(rt.sessions, upload.id)


def receive_clip(rt: Runtime, fileobj: BinaryIO, filename: str | None) -> Path:
    """A /v1 clip (transcribed, never stored as a dictation): spooled to a private temp file under the upload
    limit and validated against the clip limit (413/415/422 now, not in a worker). The caller deletes the
    returned file once the clip is transcribed; a refused clip is deleted here."""
    clip, _, _ = rt.store.spool(fileobj, limit=rt.settings.max_upload_bytes)  # UploadTooLargeError: 413
    try:
        validate_audio(clip, rt.settings.clip_max_seconds, filename)
    except BaseException:
        clip.unlink(missing_ok=True)
        raise
    return clip


def validate_audio(path: Path, max_seconds: float, filename: str | None):
    """Refuse bad audio at upload (415/422/413) without decoding it all in the request thread: the length
    from the header and packet timestamps, a decode of the first seconds only (:func:`check_audio`). The
    worker's decode stays bounded by the same limit for anything this cannot see."""
    try:
        return check_audio(path, AudioOptions(max_seconds=max_seconds))
    except AudioError as exc:  # name the client's file, not our temp path
        exc.args = (str(exc).replace(str(path), repr(filename) if filename else "The upload"),)
        raise


def enqueue(dispatcher, dictation_id: str) -> None:
    """Hand the id to the dispatcher, best effort: the row is already committed."""
    try:
        dispatcher.enqueue(dictation_id)
    except Exception:  # the row is committed; the reconciler will queue it
        log.exception("could not enqueue %s now; the reconciler will", dictation_id)


def _key(intake: Intake, sha256: str) -> str:
    """Without a client id or key, the same audio for the same case is the same dictation."""
    return intake.idempotency_key or (None if intake.dictation_id else f"auto:{intake.case_ref}:{sha256}")
