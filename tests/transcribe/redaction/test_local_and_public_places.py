"""Local organisations are redacted by the word that ends their name (each kind's rule is in
``institution_recognizer``); public places (``lexicon.PUBLIC_PLACE_KINDS``) never are, whatever
recognizer took them for a name, an organisation or a street."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

LOCAL = [
    ("He goes to the Phoenix Project after school.", "Phoenix Project"),
    ("Mum takes her to Hollybank Community Hub on Fridays.", "Hollybank Community Hub"),
    ("They see the worker at the Lighthouse Family Centre.", "Lighthouse Family Centre"),
    ("Dad goes to the Orchard Recovery Centre weekly.", "Orchard Recovery Centre"),
    ("The family attend Al-Noor Mosque.", "Al-Noor Mosque"),
    ("They go to St Bartholomew's Church on Sundays.", "St Bartholomew's Church"),
    ("She is moving to Brook Street Foyer next month.", "Brook Street Foyer"),
    ("He stays at the Haven Supported Lodgings.", "Haven Supported Lodgings"),
    ("She goes to Little Stars Toddler Group.", "Little Stars Toddler Group"),
    ("We referred them to Northway Foodbank.", "Northway Foodbank"),
    ("He is on roll at the Cedars Pupil Referral Unit.", "Cedars Pupil Referral Unit"),
    ("He plays for Thornbury Town FC.", "Thornbury Town FC"),
    ("She swims with Fenland Dolphins Swimming Club.", "Fenland Dolphins Swimming Club"),
    ("He boxes at Golden Fist ABC in town.", "Golden Fist ABC"),
    ("She sails with Kestrel Bay Sailing Club.", "Kestrel Bay Sailing Club"),
    ("Mum goes to the Acorn Stay and Play.", "Acorn Stay and Play"),
]


@pytest.mark.parametrize("text,name", LOCAL)
def test_local_organisation_redacted(redactor, empty_case, text, name):
    result = redact_text(text, empty_case, redactor)
    start = text.index(name)
    covered = {i for r in result.redactions for i in range(r.start, r.end)}
    assert set(range(start, start + len(name))) <= covered, [text[r.start:r.end] for r in result.redactions]


PUBLIC = [
    "We met near the Walker Art Gallery and Lime Street station.",
    "They went to Eldon Square and then Queen Street Station.",
    "She fed the ducks in George Square.",
    "He has been to Chester Zoo with his nana.",
    "He was taken to Arrowe Park Hospital.",
    "She works at Queensgate Shopping Centre.",
    "He watches Sky Sports with his dad.",
    "They went to the Family Hub and the Homework Club.",
    "Mum goes to the Catholic Church.",
    "They walked round the Albert Dock.",
    "Nan is in the Florence Nightingale Hospice.",
]


@pytest.mark.parametrize("text", PUBLIC)
def test_public_place_or_generic_kind_kept(redactor, empty_case, text):
    result = redact_text(text, empty_case, redactor)
    assert result.redactions == [], [text[r.start:r.end] for r in result.redactions]


def test_house_number_keeps_a_square_an_address(redactor, empty_case):
    text = "She lives at 3 George Square with her nan."
    result = redact_text(text, empty_case, redactor)
    assert any(text[r.start:r.end] == "3 George Square" for r in result.redactions)


LOWER_CASE_NOTE = ("visit to the family today mum said he goes to pool youth hub on thursdays and the youth club on "
                   "fridays and he boxes at redruth boxing club and plays for camborne colts and the breakfast club "
                   "at school is helping and they went to the family hub too")


def test_local_organisations_in_lower_case_dictation(redactor, empty_case):
    result = redact_text(LOWER_CASE_NOTE, empty_case, redactor)
    redacted = {LOWER_CASE_NOTE[r.start:r.end] for r in result.redactions}
    assert {"pool youth hub", "redruth boxing club", "camborne colts"} <= redacted, redacted
    assert not any(w in r for r in redacted for w in ("youth club", "breakfast", "family hub")), redacted


@pytest.mark.parametrize("text", [
    "He lives at Home with his mum.",
    "She lives at Nan's most weekends.",
    "They are registered with CAMHS now.",
])
def test_cue_without_a_place_name_redacts_nothing(redactor, empty_case, text):
    assert redact_text(text, empty_case, redactor).redactions == []


@pytest.mark.parametrize("text,name", [
    # where a child lives or is placed, by its cue
    ("She is placed at Brambles, a small children's home.", "Brambles"),
    ("He lives at the Beeches during the week.", "Beeches"),
    ("The home called Little Oaks is run by a private provider.", "Little Oaks"),
    ("The family are registered with Kingsmead Green Practice.", "Kingsmead Green Practice"),
    # a kind in lower case, a sport's cue, a cottage
    ("She goes to Kingfisher nursery on weekdays.", "Kingfisher nursery"),
    ("Her brother is at St Anne's school.", "St Anne's school"),
    ("He trains with Tyne Valley Harriers.", "Tyne Valley Harriers"),
    ("She is a member of Castle Vale Panthers.", "Castle Vale Panthers"),
    ("They live at Rose Cottage now.", "Rose Cottage"),
])
def test_local_organisation_by_cue_or_lower_case_kind(redactor, empty_case, text, name):
    result = redact_text(text, empty_case, redactor)
    assert any(text[r.start:r.end] == name for r in result.redactions), [text[r.start:r.end] for r in result.redactions]


@pytest.mark.parametrize("text", [
    "Mum's church is nearby.",
    "Her school is good and the school rang.",
    "Good school report this term.",
    "Forest school on Fridays.",
    "She will start the Monday school run.",
    "The Catholic school is full.",
])
def test_generic_words_before_a_lower_case_kind_are_left(redactor, empty_case, text):
    assert redact_text(text, empty_case, redactor).redactions == []
