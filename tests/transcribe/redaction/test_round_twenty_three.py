"""Round twenty-three: a day before a month's name heard with its numeral ("4 June") is a date's day, not "for"
spelling a letter, so two dates of birth said in one breath stay two dates of birth, not a date and a phone; a
capitalised function word inside a name given its kind after a comma is the name's own ("Manningham Mums Together, a
local group"); a gym, a team, an academy and a forum are kinds of place so given. Keeps beside each. The sentences are
written for the rules, in the shapes recognisers and writers give, not copied from a note.
"""

from __future__ import annotations

import pytest

from .conftest import assert_kept, assert_redacted, found, heard, is_kept, is_redacted

CASE = {"child": {"name": "Jasmine Hart", "dob": "2010-05-03"},
        "people": [{"name": "Lily Hart", "role": "sister"}, {"name": "Kerry Hart", "role": "mother"}]}


@pytest.mark.parametrize("sentence, dates", [
    ("Dates of birth 3 May 2010 and 4 June 2012.", ["3 May 2010", "4 June 2012"]),
    ("She was born on the 4 June 2012, the youngest.", ["4 June 2012"]),
    ("Born 3 May 2010, and Lily, 4 March 2012.", ["3 May 2010", "4 March 2012"]),
])
def test_a_day_before_a_months_name_is_a_date_not_a_spelt_letter(redactor, sentence, dates):
    result = heard(redactor, CASE, sentence)
    assert found(result, "DATE_OF_BIRTH") == dates
    assert found(result, "PHONE_NUMBER") == []


def test_a_letter_spelt_by_a_months_name_after_its_letter_is_still_spelt(redactor):
    # the letter said first, then "for" and its word: a spelling, whatever the word ("J for June" in a postcode)
    result = heard(redactor, CASE, "Her postcode is N E 4, J 4 June, she said.")
    assert is_redacted(result, "J 4 June")


def test_a_visit_date_with_the_numeral_4_stays(redactor):
    result = heard(redactor, CASE, "I saw the girls on the 4 June and again at half term.")
    assert is_kept(result, "4 June")


@pytest.mark.parametrize("text, name", [
    ("She has been attending Manningham Mums Together, a local group for new mothers, and likes it.",
     "Manningham Mums Together"),
    ("He goes to Brackenfield Lads, a boxing gym in Stockton, twice a week.", "Brackenfield Lads"),
    ("He trains with Tees Valley Tigers, a disability football team, on Saturdays.", "Tees Valley Tigers"),
])
def test_a_name_then_its_kind_after_a_comma(redactor, empty_case, text, name):
    assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("text, kept", [
    ("Then, a team from the council came out to fix the boiler.", "Then"),
    ("However, a group of lads followed him home.", "However"),
    ("Sunderland, a team he loves, lost again.", "Sunderland"),
])
def test_a_word_or_a_town_before_a_kind_stays(redactor, empty_case, text, kept):
    assert_kept(redactor, empty_case, text, kept)


HOPE = {"child": {"name": "Alfie Dodd"}, "people": [{"name": "Hope Dodd", "role": "sister"},
                                                   {"name": "Kirsty Dodd", "role": "mother"}]}
LOWER = ("alfie five and sister hope seven before school run mum says there's still hope, said at least he listens "
         "to his nana and hope said she likes brownies on a tuesday and there was never hope of a place at the "
         "nursery so mum's hope is the childminder")


def _hopes(redactor) -> list[bool]:
    """Whether each "hope" of LOWER, in order, is redacted."""
    import re

    from transcribe.context import parse_context
    from transcribe.redaction import redact_text

    result = redact_text(LOWER, parse_context(HOPE), redactor)
    spans = [(r.start, r.end) for r in result.redactions]
    return [any(a <= m.start() and m.end() <= b for a, b in spans) for m in re.finditer(r"\bhope\b", LOWER)]


def test_in_lower_case_the_noun_after_there_is_or_a_possessive_stays(redactor):
    # "sister hope", "there's still hope", "hope said", "there was never hope", "mum's hope"
    assert _hopes(redactor) == [True, False, True, False, False]
