"""Photos of direct work (a child's drawing of the three houses, a wizard and fairy) attached to a visit.

A photo is stored exactly like the visit's audio, in the same store (:class:`store.audio_store.AudioStore`):
content-addressed by the SHA-256 of the image as uploaded, encrypted under the council key, written atomically; so
the start-up key check and key rotation cover photos too. One row per photo and visit (:class:`store.models.Photo`); the same
image sent twice to the same visit is one photo (the phone resends until it hears back). A photo goes with its
dictation under retention: its row references the dictation, so the retention walk deletes it, and
:func:`unneeded_photo_files` names the files no other visit still needs. Photos are identified content: the review
page shows them (each read logged), the case system receives them as links with the approved note, and QA's redacted
view and the exports never carry them.
"""

from __future__ import annotations

from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .audio_store import AudioStore
from .errors import PhotoError
from .models import Dictation, Photo, utcnow

MAX_PHOTO_BYTES = 15 * 1024 * 1024  # a phone camera's JPEG is 2-8 MB
# what the image's first bytes must be, per media type: the type the phone claims is checked, never trusted
IMAGE_MAGIC = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/webp": (b"RIFF",),  # and "WEBP" at bytes 8-12
}


def image_type(head: bytes) -> str | None:
    """The media type the image's first bytes show (JPEG, PNG or WebP), or None."""
    for media_type, magics in IMAGE_MAGIC.items():
        if head.startswith(magics) and (media_type != "image/webp" or head[8:12] == b"WEBP"):
            return media_type
    return None


def add_photo(sessions: sessionmaker, store: AudioStore, dictation_id: str, src: BinaryIO, *,
              caption: str | None = None, added_by: str | None = None,
              limit: int = MAX_PHOTO_BYTES) -> tuple[Photo, bool]:
    """Store a photo for a visit, encrypted, and its row. Idempotent on (visit, the image's SHA-256): returns
    (the photo, created). Raises :class:`store.errors.PhotoError` for anything not a JPEG, PNG or WebP image, and
    :class:`store.errors.UploadTooLargeError` past ``limit`` bytes."""
    tmp, sha, size = store.spool(src, limit=limit)
    try:
        with open(tmp, "rb") as f:
            media_type = image_type(f.read(16))
        if media_type is None:
            raise PhotoError("That file is not a JPEG, PNG or WebP image. Take the photo with the phone's camera "
                             "(or save it as JPEG) and send it again.")
        with sessions() as s:
            existing = _photo_by_sha(s, dictation_id, sha)
            if existing is not None:
                return existing, False
        store.commit(tmp, sha)  # durable before the row exists
    finally:
        tmp.unlink(missing_ok=True)
    with sessions() as s:
        row = Photo(dictation_id=dictation_id, sha256=sha, content_type=media_type, bytes=size,
                    caption=(caption or "").strip()[:255] or None, added_by=added_by, created_at=utcnow())
        s.add(row)
        try:
            s.commit()
        except IntegrityError:  # the same photo from two retries at once: the first one stands
            s.rollback()
            return _photo_by_sha(s, dictation_id, sha), False
        return row, True


def _photo_by_sha(s: Session, dictation_id: str, sha: str) -> Photo | None:
    return s.scalar(select(Photo).where(Photo.dictation_id == dictation_id, Photo.sha256 == sha))


def photos_for(session: Session, dictation_ids: list[str]) -> list[Photo]:
    """The photos of these visits, in the order they were added."""
    if not dictation_ids:
        return []
    return list(session.scalars(select(Photo).where(Photo.dictation_id.in_(dictation_ids)).order_by(Photo.id)))


def get_photo(session: Session, dictation_id: str, photo_id: int) -> Photo | None:
    return session.scalar(select(Photo).where(Photo.id == photo_id, Photo.dictation_id == dictation_id))


def photo_url(photo: Photo) -> str:
    return f"/dictations/{photo.dictation_id}/photos/{photo.id}"


def unneeded_photo_files(s: Session, dictation_ids: list[str]) -> set[str]:
    """Photo hashes of these visits that no other visit's photo (or kept recording) refers to: their files can go."""
    shas = set(s.scalars(select(Photo.sha256).where(Photo.dictation_id.in_(dictation_ids))))
    needed = set(s.scalars(select(Photo.sha256).where(Photo.sha256.in_(shas),
                                                      Photo.dictation_id.not_in(dictation_ids))))
    needed |= set(s.scalars(select(Dictation.audio_sha256).where(
        Dictation.audio_sha256.in_(shas), Dictation.id.not_in(dictation_ids), Dictation.audio_purged_at.is_(None))))
    return shas - needed


__all__ = ["MAX_PHOTO_BYTES", "add_photo", "get_photo", "image_type", "photo_url", "photos_for", "unneeded_photo_files"]
