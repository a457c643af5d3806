"""service/errors.py gathers what api/errors.py maps: each a CasenoteError, defined where it is raised; the one the
service words itself (a photo over the limit) is an UploadTooLargeError with the photo's own message."""

from __future__ import annotations

import service.errors
from service.errors import CasenoteError, PhotoTooLargeError, UploadTooLargeError


def test_every_error_the_service_names_is_a_casenote_error():
    names = service.errors.__all__
    assert all(issubclass(getattr(service.errors, n), CasenoteError) for n in names)
    own = [n for n in names if getattr(service.errors, n).__module__ == "service.errors"]
    assert own == ["PhotoTooLargeError"]


def test_every_error_api_maps_comes_from_the_service_or_sign_in():
    import api.errors

    mapped = set(api.errors.MESSAGE_ONLY)
    assert {e.__module__ for e in mapped} <= {"api.auth", "service.errors", "store.errors", "transcribe.errors"}
    assert all(e.__name__ in service.errors.__all__ for e in mapped if e.__module__ != "api.auth")


def test_a_photo_too_large_says_so_in_megabytes():
    exc = PhotoTooLargeError(15 * 1024 * 1024)
    assert isinstance(exc, UploadTooLargeError) and exc.limit_bytes == 15 * 1024 * 1024
    assert str(exc).startswith("The photo is larger than 15 MB: take it again")
