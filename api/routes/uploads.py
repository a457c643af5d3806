"""Resumable uploads: tus 1.0 core with the creation and checksum extensions (https://tus.io/protocols/resumable-upload).

    POST  /uploads           Upload-Length, Upload-Metadata (case_ref, context, dictation_id, sha256, filename)
    HEAD  /uploads/{id}      -> Upload-Offset: where to resume
    PATCH /uploads/{id}      Upload-Offset, optional Upload-Checksum: "sha256 <base64>"; body = the next bytes

Bytes received before a dropped connection are kept (unless the chunk carried a checksum, which then
cannot be verified), so the phone resumes from the last offset. When the last byte arrives, the whole
file's SHA-256 is checked against the ``sha256`` metadata, the audio is validated and the dictation is
accepted exactly as a one-shot upload would be; the final PATCH answers 204 with ``Dictation-Id`` and
``Dictation-Location`` headers (or the 413/415/422 saying what was wrong).
"""

from __future__ import annotations

import base64
import binascii
import fcntl
import hashlib
import os
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request, Response, status
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from service import intake, uploads
from service.errors import UploadTooLargeError

from ..deps import DispatcherDep, RuntimeDep

router = APIRouter(prefix="/uploads", tags=["uploads (tus 1.0)"])

TUS_VERSION = "1.0.0"
EXTENSIONS = "creation,checksum"
ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "md5": hashlib.md5}
CHECKSUM_MISMATCH = 460


def _tus_headers(**extra: str) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store", **extra}


TUS_ERRORS = {400: {"description": "A tus header is missing or malformed (Upload-Length, Upload-Metadata, "
                                   "Upload-Checksum)"},
              412: {"description": "No 'Tus-Resumable: 1.0.0' header"}}


def _tus_error(code: int, detail: str, **headers: str) -> HTTPException:
    return HTTPException(status_code=code, detail=detail, headers=_tus_headers(**headers))


def _require_tus(tus_resumable: str | None) -> None:
    if tus_resumable != TUS_VERSION:
        raise _tus_error(
            status.HTTP_412_PRECONDITION_FAILED,
            f"Send 'Tus-Resumable: {TUS_VERSION}'.",
            **{"Tus-Version": TUS_VERSION},
        )


def _parse_metadata(raw: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in (raw or "").split(","):
        pair = pair.strip()
        if not pair:
            continue
        key, _, value = pair.partition(" ")
        try:
            out[key] = base64.b64decode(value, validate=True).decode("utf-8") if value else ""
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise _tus_error(400, f"Upload-Metadata value for {key!r} is not base64 of UTF-8 text.") from exc
    return out


@router.options("", status_code=204)
def tus_options(rt: RuntimeDep):
    return Response(
        status_code=204,
        headers=_tus_headers(
            **{
                "Tus-Version": TUS_VERSION,
                "Tus-Extension": EXTENSIONS,
                "Tus-Max-Size": str(rt.settings.max_upload_bytes),
                "Tus-Checksum-Algorithm": ",".join(ALGORITHMS),
            }
        ),
    )


@router.post("", status_code=201, responses={201: {"description": "Created; Location is the upload URL"}, **TUS_ERRORS,
                                             409: {}, 413: {}, 422: {}})
def create_upload(
    rt: RuntimeDep,
    upload_length: Annotated[int | None, Header(alias="Upload-Length")] = None,
    upload_metadata: Annotated[str | None, Header(alias="Upload-Metadata")] = None,
    tus_resumable: Annotated[str | None, Header(alias="Tus-Resumable")] = None,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
):
    """Create an upload (tus creation). Repeating the creation with the same dictation_id or Idempotency-Key
    returns the same upload URL, so a phone that lost the first answer resumes rather than starting over."""
    _require_tus(tus_resumable)
    if upload_length is None or upload_length < 0:
        raise _tus_error(400, "Send Upload-Length: the file's size in bytes.")
    if upload_length > rt.settings.max_upload_bytes:
        raise UploadTooLargeError(rt.settings.max_upload_bytes, upload_length)
    meta = _parse_metadata(upload_metadata)
    dictation_id = meta.get("dictation_id") or None
    case_ref, ctx_json, sha256 = intake.check_fields(
        meta.get("case_ref"), meta.get("context"), dictation_id, meta.get("sha256"), idempotency_key
    )
    if uploads.dictation_exists_without_upload(rt.sessions, dictation_id):
        raise _tus_error(409, f"Dictation {dictation_id} already exists; see /dictations/{dictation_id}.")
    new = uploads.create_upload(rt, dictation_id=dictation_id, idempotency_key=idempotency_key, case_ref=case_ref,
                                context_json=ctx_json, filename=meta.get("filename"), length=upload_length,
                                sha256=sha256)
    headers = _tus_headers(
        Location=f"/uploads/{new.upload.id}",
        **{
            "Upload-Offset": str(new.offset),
            "Dictation-Id": new.upload.dictation_id,
            "Dictation-Location": f"/dictations/{new.upload.dictation_id}",
        },
    )
    return Response(status_code=201, headers=headers)


@router.head("/{upload_id}", responses={404: {}, 412: TUS_ERRORS[412]})
def upload_offset(upload_id: str, rt: RuntimeDep, tus_resumable: Annotated[str | None, Header(alias="Tus-Resumable")] = None):
    _require_tus(tus_resumable)
    upload = _get(rt, upload_id)
    return Response(status_code=200, headers=_upload_headers(rt, upload))


def _get(rt, upload_id: str):
    upload = uploads.get_upload(rt.sessions, upload_id)
    if upload is None:
        raise _tus_error(404, f"No upload {upload_id}. Create one with POST /uploads.")
    return upload


def _upload_headers(rt, upload) -> dict[str, str]:
    return _tus_headers(
        **{
            "Upload-Offset": str(uploads.received_bytes(rt, upload)),
            "Upload-Length": str(upload.length),
            "Dictation-Id": upload.dictation_id,
            "Dictation-Location": f"/dictations/{upload.dictation_id}",
        }
    )


@router.patch("/{upload_id}", status_code=204, responses={
    **TUS_ERRORS, 404: {}, 409: {}, 413: {}, 415: {"description": "Not application/offset+octet-stream, or not audio"},
    422: {"description": "Corrupt or empty audio, or a checksum mismatch on the whole file"},
    423: {"description": "Another request is writing to this upload"}, 460: {"description": "Checksum mismatch"}})
async def upload_chunk(
    upload_id: str,
    request: Request,
    rt: RuntimeDep,
    dispatcher: DispatcherDep,
    upload_offset: Annotated[int | None, Header(alias="Upload-Offset")] = None,
    upload_checksum: Annotated[str | None, Header(alias="Upload-Checksum")] = None,
    content_type: Annotated[str | None, Header(alias="Content-Type")] = None,
    tus_resumable: Annotated[str | None, Header(alias="Tus-Resumable")] = None,
):
    _require_tus(tus_resumable)
    if (content_type or "").split(";")[0].strip() != "application/offset+octet-stream":
        raise _tus_error(415, "Send the bytes with 'Content-Type: application/offset+octet-stream'.")
    upload = await run_in_threadpool(_get, rt, upload_id)
    checker = None
    if upload_checksum:
        algo, _, digest_b64 = upload_checksum.strip().partition(" ")
        if algo not in ALGORITHMS:
            raise _tus_error(400, f"Checksum algorithm {algo!r} is not supported; use {', '.join(ALGORITHMS)}.")
        try:
            expected_digest = base64.b64decode(digest_b64, validate=True)
        except binascii.Error as exc:
            raise _tus_error(400, "Upload-Checksum must be '<algorithm> <base64 digest>'.") from exc
        checker = ALGORITHMS[algo]()
    part = uploads.part_path(rt, upload)
    if upload.completed or not part.exists():
        if upload_offset == upload.length:
            return Response(status_code=204, headers=_upload_headers(rt, upload))
        raise _tus_error(409, "This upload is already complete.", **{"Upload-Offset": str(upload.length)})

    fd = os.open(part, os.O_RDWR)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise _tus_error(423, "Another request is writing to this upload; retry after it finishes.") from exc
        start = os.fstat(fd).st_size
        if upload_offset != start:
            raise _tus_error(409, f"Upload-Offset must be {start}; send HEAD to learn where to resume.",
                             **{"Upload-Offset": str(start)})
        os.lseek(fd, start, os.SEEK_SET)
        written = 0
        disconnected = False
        try:
            async for chunk in request.stream():
                if not chunk:
                    continue
                if start + written + len(chunk) > upload.length:
                    os.ftruncate(fd, start)
                    raise _tus_error(413, f"More bytes than Upload-Length ({upload.length}).")
                os.write(fd, chunk)
                if checker is not None:
                    checker.update(chunk)
                written += len(chunk)
        except ClientDisconnect:
            disconnected = True
        if checker is not None and (disconnected or checker.digest() != expected_digest):
            os.ftruncate(fd, start)  # the chunk cannot be trusted: discard it, the client resends from start
            if disconnected:
                return Response(status_code=400)
            raise _tus_error(CHECKSUM_MISMATCH, "Upload-Checksum does not match the bytes received; resend this chunk.",
                             **{"Upload-Offset": str(start)})
        os.fsync(fd)
        offset = start + written
    finally:
        os.close(fd)
    if disconnected:
        return Response(status_code=400)
    headers = _tus_headers(**{"Upload-Offset": str(offset), "Dictation-Id": upload.dictation_id,
                              "Dictation-Location": f"/dictations/{upload.dictation_id}"})
    if offset == upload.length:
        await run_in_threadpool(intake.finish_upload, rt, dispatcher, upload)
    return Response(status_code=204, headers=headers)
