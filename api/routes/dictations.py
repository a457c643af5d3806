"""Dictations: upload in one request (idempotent), read status and progress, retry a failed one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Header, HTTPException, Response, UploadFile, status

from service import dictations, intake

from ..deps import DispatcherDep, RuntimeDep, SessionDep
from ..schemas.dictations import DictationAccepted, DictationPublic, accepted, public, uploading

router = APIRouter(prefix="/dictations", tags=["dictations"])


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DictationAccepted,
    responses={
        409: {"description": "The dictation id / Idempotency-Key was used for different audio"},
        413: {"description": "Larger or longer than the limit (stated in the body)"},
        415: {"description": "Not an audio file"},
        422: {"description": "Corrupt or empty audio, checksum mismatch, or invalid fields (listed in 'errors')"},
    },
)
def upload_dictation(
    rt: RuntimeDep,
    dispatcher: DispatcherDep,
    response: Response,
    file: Annotated[UploadFile, File(description="The recording (m4a, webm, ogg, mp3, wav, flac, 3gp)")],
    case_ref: Annotated[str | None, Form(description="Case reference in the case management system")] = None,
    context: Annotated[str | None, Form(description="Optional case context JSON (names, school, address...)")] = None,
    dictation_id: Annotated[str | None, Form(description="Client-chosen id (e.g. a UUID made on the phone)")] = None,
    sha256: Annotated[str | None, Form(description="SHA-256 of the file as hex; verified")] = None,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
):
    """Upload a whole recording. Repeating the same upload (same id, key, or same audio for the same case)
    returns the same dictation and queues nothing new. For large files on bad signal, use ``/uploads`` (tus)."""
    case_ref, ctx_json, sha256 = intake.check_fields(case_ref, context, dictation_id, sha256, idempotency_key)
    meta = intake.Intake(
        case_ref=case_ref,
        context_json=ctx_json,
        dictation_id=dictation_id,
        idempotency_key=idempotency_key,
        filename=file.filename,
        expected_sha256=sha256,
    )
    d, created = intake.receive(rt, dispatcher, file.file, meta)  # UploadTooLargeError: 413
    response.headers["Location"] = f"/dictations/{d.id}"
    if not created:
        response.headers["Idempotent-Replayed"] = "true"
    return accepted(d, duplicate=not created)


@router.get("/{dictation_id}", response_model=DictationPublic, responses={404: {"description": "Unknown dictation"}})
def get_dictation(dictation_id: str, session: SessionDep, rt: RuntimeDep):
    """Status and progress: queued, transcribing (with percentage), redacting, tagging, done, or failed with the reason."""
    state = dictations.find_state(session, rt.store, dictation_id)
    if state is None:
        raise HTTPException(status_code=404, detail=f"No dictation {dictation_id}. Check the id returned by the upload.")
    if state.dictation is None:
        return uploading(state.upload, state.received_bytes)
    out = public(state.dictation)
    if state.speech_detected is not None:  # the phone says at once when nothing was heard
        out.speech_detected = state.speech_detected
    return out


@router.post(
    "/{dictation_id}/retry",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DictationPublic,
    responses={404: {"description": "Unknown dictation"}, 409: {"description": "Not failed"}},
)
def retry_dictation(dictation_id: str, rt: RuntimeDep, dispatcher: DispatcherDep):
    """Queue a failed dictation again (its audio is kept)."""
    with rt.sessions() as s:
        d = dictations.get_dictation(s, dictation_id)
    if d is None:
        raise HTTPException(status_code=404, detail=f"No dictation {dictation_id}.")
    if not dictations.is_failed(d):
        raise HTTPException(status_code=409, detail=f"Dictation {dictation_id} is {d.status}; only failed ones are retried.")
    return public(dictations.retry(rt.sessions, dispatcher, dictation_id))
