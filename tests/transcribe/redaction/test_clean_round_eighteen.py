"""Round eighteen (issue 19, clean text): an online handle is a person's identifier (by its shape or after its cue);
a case name written small in cased text that is also an English word is the word; a club named with the Gaelic
games' abbreviation and a name in the letters of Irish or Welsh. Every sentence was written for this test as a
practitioner would dictate it; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import entities as E
from transcribe.redaction import redact_text

from .conftest import covered, found

AMBER = parse_context({
    "child": {"name": "Amber Leighton", "dob": "2016-02-11"},
    "people": [{"name": "Ruby Leighton", "role": "sister"}, {"name": "Holly Fenwick", "role": "foster carer"}],
})

HANDLES = [
    ('A man calling himself "Dazza_NE" sent him messages on Snapchat late at night.', "Dazza_NE"),
    ("Her username on the game is sparkle_kid09 and mum has now changed the password.", "sparkle_kid09"),
    ("He showed me the account, @jaydenb.2010, that keeps adding him to group chats.", "@jaydenb.2010"),
    ("On Discord he goes by KingKai77, and his brother knows the login.", "KingKai77"),
    ('The gamertag is "TynesideTerror", which the police already have.', "TynesideTerror"),
]


@pytest.mark.parametrize(("text", "handle"), HANDLES)
def test_online_handle_redacted(redactor, empty_case, text, handle):
    start = text.index(handle)
    result = redact_text(text, empty_case, redactor)
    assert set(range(start, start + len(handle))) <= covered(result), found(result, "PERSON")


# no handle: an email is the email's, a time, an ordinal, a year group and plain words after a cue stay as they are
NOT_HANDLES = [
    ("He goes by the bus to school most days.", "the bus"),
    ("She says her user name is the same as her brother's.", "the same"),
    ("Mum said she goes by 3pm to collect him.", "3pm"),
    ("He goes by Year6 rules at the club.", "Year6"),
]


@pytest.mark.parametrize(("text", "kept"), NOT_HANDLES)
def test_words_after_a_handle_cue_kept(redactor, empty_case, text, kept):
    start = text.index(kept)
    result = redact_text(text, empty_case, redactor)
    assert not set(range(start, start + len(kept))) & covered(result), found(result, "PERSON")


def test_email_with_an_underscore_is_one_email(redactor, empty_case):
    text = "Her email is kayla_r07@example.com if school need her."
    result = redact_text(text, empty_case, redactor)
    start = text.index("kayla_r07")
    assert [r.entity for r in result.redactions if r.start <= start < r.end] == [E.EMAIL]


# a case name that is a colour, written small in a cased note beside another colour, is the colour (a rating)
WORDS = [
    ("School say she has moved up from red to amber on the behaviour chart.", "amber"),
    ("Her nan gave her a ruby ring for her birthday, which she showed me.", "ruby"),
    ("The school rate her attendance amber, green for behaviour and red for lateness.", "amber"),
    ("Her report card has gone from red to amber or green in every subject.", "amber"),
]


@pytest.mark.parametrize(("text", "word"), WORDS)
def test_case_name_written_small_as_a_word_kept(redactor, text, word):
    start = text.index(word)
    result = redact_text(text, AMBER, redactor)
    assert start not in covered(result), found(result, "PERSON")


# written as a name, or small beside another part of a case name, it is still the name
NAMES = [
    ("Amber said she likes her new teacher.", "Amber"),
    ("I spoke to Ruby on her own in the kitchen.", "Ruby"),
    ("We talked about amber leighton's move to the new school.", "amber leighton"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_case_name_as_a_name_redacted(redactor, text, name):
    start = text.index(name)
    result = redact_text(text, AMBER, redactor)
    assert set(range(start, start + len(name))) <= covered(result), found(result, "PERSON")


CLUBS = [
    ("On Saturdays he plays hurling for Carrickmore GAC with his cousins.", "Carrickmore GAC"),
    ("She trains with Naomh Pádraig GFC twice a week.", "Naomh Pádraig GFC"),
    ("His uncle coaches at Ard na Gréine Football Club on a Tuesday.", "Ard na Gréine Football Club"),
]


@pytest.mark.parametrize(("text", "club"), CLUBS)
def test_gaelic_club_and_accented_name_redacted(redactor, empty_case, text, club):
    start = text.index(club)
    result = redact_text(text, empty_case, redactor)
    assert set(range(start, start + len(club))) <= covered(result), [
        (result.text[r.start:r.end], r.entity) for r in result.redactions]


# a phone read out with "nine hundred" for its 900 (07700 900412), with no cue before it; a sum said with "hundred"
# stays
@pytest.mark.parametrize("text", [
    "mam gave oh seven seven double oh nine hundred four one two as the best one to ring",
    "She said oh one nine one, four nine eight, oh two hundred is the house phone.",
])
def test_phone_read_out_with_hundred_redacted(redactor, empty_case, text):
    number = text[text.index("oh"):text.index("hundred") + len("hundred")]
    start = text.index(number)
    result = redact_text(text, empty_case, redactor)
    assert set(range(start, start + len(number))) <= covered(result), found(result, E.PHONE)


@pytest.mark.parametrize("text", [
    "She owes nine hundred pounds and the rent is four hundred and fifty a month.",
    "The bus is the nine hundred and it takes an hour.",
])
def test_sums_said_with_hundred_kept(redactor, empty_case, text):
    result = redact_text(text, empty_case, redactor)
    assert result.redactions == [], [(result.text[r.start:r.end], r.entity) for r in result.redactions]
