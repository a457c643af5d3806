"""Photos of direct work attached to a visit: stored encrypted beside the audio, idempotent on the image's SHA-256,
deleted with the visit under retention (:mod:`store.photos`)."""

from __future__ import annotations

from typing import BinaryIO

from store import photos as photo_store
from store.errors import UploadTooLargeError
from store.models import Photo
from store.photos import photo_url

from .errors import PhotoTooLargeError

__all__ = ["add_photo", "get_photo", "photo_url", "photos_for"]


def add_photo(rt, dictation_id: str, src: BinaryIO, *, caption: str | None, added_by: str | None) -> tuple[Photo, bool]:
    """Store a photo for the visit: (photo, created). PhotoError for anything not a JPEG, PNG or WebP image,
    PhotoTooLargeError past the photo limit."""
    try:
        return photo_store.add_photo(rt.sessions, rt.store, dictation_id, src, caption=caption, added_by=added_by)
    except UploadTooLargeError as exc:
        raise PhotoTooLargeError(exc.limit_bytes) from exc


def photos_for(session, dictation_id: str) -> list[Photo]:
    return photo_store.photos_for(session, [dictation_id])


def get_photo(session, dictation_id: str, photo_id: int) -> Photo | None:
    return photo_store.get_photo(session, dictation_id, photo_id)
