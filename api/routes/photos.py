"""Photos of direct work (a drawing of the three houses) attached to a visit from the phone.

    POST /dictations/{dictation_id}/photos              a JPEG, PNG or WebP photo (idempotent on its SHA-256)
    GET  /dictations/{dictation_id}/photos              the visit's photos, with links
    GET  /dictations/{dictation_id}/photos/{photo_id}   the image (practitioners, supervisors and the case
                                                        system; each read logged); never QA's

Stored encrypted beside the audio and deleted with the visit under retention (service.photos). A photo over the limit
is service.errors.PhotoTooLargeError, answered 413 by api/errors.py.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, Response, UploadFile, status
from fastapi.responses import StreamingResponse

from service import dictations, photos

from ..audio_response import audio_response
from ..deps import (CMS, PRACTITIONER, SUPERVISOR, CurrentPrincipal, RecordId, RuntimeDep, SessionDep, actor_name, record_access,
                    require_roles)
from ..schemas.voice import PhotoList, PhotoPublic

router = APIRouter(prefix="/dictations", tags=["photos of direct work"])

WorkerRole = Annotated[str | None, Depends(require_roles(PRACTITIONER, SUPERVISOR))]
ReaderRole = Annotated[str | None, Depends(require_roles(PRACTITIONER, SUPERVISOR, CMS))]  # never QA


def _dictation_or_404(session, dictation_id: str):
    d = dictations.get_dictation(session, dictation_id)
    if d is None:
        raise HTTPException(status_code=404, detail=f"No dictation {dictation_id}: upload the recording first, "
                            "then its photos.")
    return d


@router.post("/{dictation_id}/photos", response_model=PhotoPublic, status_code=status.HTTP_201_CREATED,
             responses={200: {"description": "The same photo was already attached to this visit"}, 404: {},
                        413: {"description": "Larger than the photo limit"},
                        415: {"description": "Not a JPEG, PNG or WebP image"}})
def add_photo(
    dictation_id: str, session: SessionDep, rt: RuntimeDep, response: Response, principal: CurrentPrincipal,
    _: WorkerRole,
    file: Annotated[UploadFile, File(description="The photo (image/jpeg, image/png or image/webp)")],
    caption: Annotated[str | None, Form(max_length=255, description="What it shows, e.g. 'My three houses'")] = None,
):
    _dictation_or_404(session, dictation_id)
    row, created = photos.add_photo(rt, dictation_id, file.file, caption=caption, added_by=actor_name(principal))
    response.headers["Location"] = photos.photo_url(row)
    if not created:
        response.status_code = status.HTTP_200_OK
    return PhotoPublic.of(row)


@router.get("/{dictation_id}/photos", response_model=PhotoList, responses={404: {}})
def list_photos(dictation_id: str, session: SessionDep, _: ReaderRole):
    _dictation_or_404(session, dictation_id)
    return PhotoList(items=[PhotoPublic.of(p) for p in photos.photos_for(session, dictation_id)])


@router.get("/{dictation_id}/photos/{photo_id}", response_class=StreamingResponse,
            responses={200: {"content": {"image/jpeg": {}, "image/png": {}, "image/webp": {}}}, 206: {}, 404: {},
                       416: {}})
def get_photo(dictation_id: str, photo_id: RecordId, request: Request, session: SessionDep, rt: RuntimeDep,
              principal: CurrentPrincipal, _: ReaderRole):
    """The image as uploaded, decrypted as it is sent; each read is in the access log (``photo.read``)."""
    photo = photos.get_photo(session, dictation_id, photo_id)
    if photo is None or not rt.store.exists(photo.sha256):
        raise HTTPException(status_code=404, detail=f"No photo {photo_id} on dictation {dictation_id}.")
    record_access(rt.sessions, principal, "photo.read", dictation_id=dictation_id)
    return audio_response(request, rt.store, photo.sha256, photo.content_type)  # the store's streaming reader
