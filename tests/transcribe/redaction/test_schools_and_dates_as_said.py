"""Clean text: a school named in lower case by its phase, and a saint's school or church named without its kind."""

from __future__ import annotations

import pytest

from .conftest import assert_kept, assert_redacted

REDACTED = [
    # every phase a school is named by, its name in lower case inside cased text
    ("Jayden has started at marden bridge middle school in the autumn.", "marden bridge middle school"),
    ("Her brother is at kirkstall valley primary school.", "kirkstall valley primary school"),
    ("He moved to ferndown upper school last year.", "ferndown upper school"),
    # a saint's name in the possessive after going to it, the kind unsaid
    ("Kayden is in Year 4 at St Joseph's and his teacher says he is settled.", "St Joseph's"),
    ("She goes to Saint Aidan's on a Sunday with her nan.", "Saint Aidan's"),
]


@pytest.mark.parametrize("text,value", REDACTED)
def test_redacted_as_said(redactor, empty_case, text, value):
    assert_redacted(redactor, empty_case, text, value)


KEPT = [
    # a school's phase with no name before it, or only ordinary words
    ("He says primary school was easier than this.", "says primary school"),
    ("She hated the old secondary school and wants a fresh start.", "old secondary school"),
    ("He will go to high school in September.", "high school"),
    # a saint's name that is a place, or part of a longer name another pattern reads
    ("We walked to St James' Park after the visit.", "St James' Park"),
    ("They met at St Mary's Hospital for the scan.", "Hospital"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_kept_as_said(redactor, empty_case, text, value):
    assert_kept(redactor, empty_case, text, value)


def test_a_public_place_with_a_saints_name_is_kept(redactor, empty_case):
    """A saint's name after "at" that a never-redact phrase holds stays, its apostrophe too."""
    assert_kept(redactor, empty_case, "Dad takes him to the match at St James' when he can.", "St James'")
