"""One error hierarchy: every named error the service raises is a CasenoteError; api.errors only maps them."""

from __future__ import annotations

import importlib

import pytest

from transcribe.errors import CasenoteError

RAISERS = ("store.errors", "store.crypto", "store.audio_store", "store.photos", "store.voice", "store.notes",
           "api.auth", "worker.dispatch", "worker.jobs")


def _defined_errors(module_name: str) -> list[type]:
    module = importlib.import_module(module_name)
    return [obj for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__ == module_name]


@pytest.mark.parametrize("module_name", RAISERS)
def test_named_errors_are_casenote_errors(module_name):
    assert all(issubclass(cls, CasenoteError) for cls in _defined_errors(module_name))


def test_store_errors_are_defined_in_one_place():
    assert _defined_errors("store.errors")
    assert [m for m in RAISERS if m.startswith("store.") and m != "store.errors" and _defined_errors(m)] == []


def test_api_errors_defines_no_error_of_its_own():
    assert _defined_errors("api.errors") == []


def test_a_stale_save_says_what_to_do():
    from store.errors import StaleVersionError

    message = str(StaleVersionError(3, 2))
    assert "Version 3" in message and "version 2" in message and "Reload the note" in message
