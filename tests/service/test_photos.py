"""A photo over the limit is the service's own named error, worded for the person taking it (api/errors.py answers
413 with that message)."""

from __future__ import annotations

import io

import pytest

from service import photos
from service.errors import CasenoteError, PhotoTooLargeError, UploadTooLargeError
from tests.api.test_review import add_note


def test_a_photo_over_the_limit_says_how_to_take_it_again(runtime):
    from store.photos import MAX_PHOTO_BYTES

    add_note(runtime, "d-1")
    with pytest.raises(PhotoTooLargeError) as err:
        photos.add_photo(runtime, "d-1", io.BytesIO(b"\xff\xd8\xff" + b"0" * MAX_PHOTO_BYTES), caption=None,
                         added_by=None)
    assert str(err.value) == (f"The photo is larger than {MAX_PHOTO_BYTES // 1_000_000} MB: take it again at the "
                              "camera's normal size (not RAW) and send it again.")
    assert isinstance(err.value, UploadTooLargeError) and isinstance(err.value, CasenoteError)
    assert err.value.limit_bytes == MAX_PHOTO_BYTES
    with runtime.sessions() as s:
        assert photos.photos_for(s, "d-1") == []  # nothing of it kept


def test_a_photo_is_stored_once_and_read_back(runtime):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    add_note(runtime, "d-1")
    first, created = photos.add_photo(runtime, "d-1", io.BytesIO(png), caption=" My three houses ", added_by="Sam")
    again, created_again = photos.add_photo(runtime, "d-1", io.BytesIO(png), caption=None, added_by=None)
    assert (created, created_again, again.id) == (True, False, first.id)
    with runtime.sessions() as s:
        got = photos.get_photo(s, "d-1", first.id)
    assert (got.caption, got.content_type, photos.photo_url(got)) == ("My three houses", "image/png",
                                                                       f"/dictations/d-1/photos/{first.id}")
