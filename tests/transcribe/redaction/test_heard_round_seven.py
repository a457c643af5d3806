"""Issue 25, seventh round: readings of what a recogniser wrote that do not depend on the shape of the
garble: a whole date long past with no cue is a date of birth."""

from __future__ import annotations

from datetime import date

import pytest

from transcribe.redaction import redact_text

from .conftest import found

PAST = date.today().year - 10  # a year well before this one, whenever the tests run
THIS = date.today().year


@pytest.mark.parametrize(
    "text, value",
    [
        (f"Present Tobenna and Adaobi. Adaobi is the 23rd of the 3rd, {PAST}, mum said.", f"23rd of the 3rd, {PAST}"),
        (f"Seen Seonaid, 15 April {PAST}, and her sister at home.", f"15 April {PAST}"),
        (f"His son from his first relationship, made on 2nd on the 4th, {PAST}, is staying.", f"2nd on the 4th, {PAST}"),
        (f"Jago Penrose, 8th on the 6th on August {PAST}, was not at home.", f"6th on August {PAST}"),
        (f"The half sister, April 15, {PAST}, lives with her own mum.", f"April 15, {PAST}"),
    ],
    ids=["ordinal-month", "month-named", "small-words-misheard", "day-twice", "month-first"],
)
def test_a_whole_date_years_past_with_no_cue_is_a_date_of_birth(redactor, empty_case, text, value):
    assert any(value in s for s in found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH"))


@pytest.mark.parametrize(
    "text",
    [
        f"The visit on the 3rd of March {THIS} went well and the next is booked.",
        f"The core group met on 12 January {THIS - 1} and agreed the plan.",
        f"She has lived here since March {PAST} and likes the school.",
        f"The family moved in {PAST} and again in {PAST + 3}.",
    ],
    ids=["visit-this-year", "meeting-last-year", "month-and-year", "years-alone"],
)
def test_a_recent_date_or_a_part_date_with_no_cue_is_kept(redactor, empty_case, text):
    assert not found(redact_text(text, empty_case, redactor), "DATE_OF_BIRTH")
