"""Round eleven (issue 19, clean text): local services named without a kind in their name, and the national
bodies and public places that stay. Every sentence was written for this test as a practitioner would dictate it;
none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text


def _covered(result) -> set[int]:
    return {i for r in result.redactions for i in range(r.start, r.end)}


def _assert_redacted(redactor, case, text, value):
    result = redact_text(text, case, redactor)
    start = text.index(value)
    assert set(range(start, start + len(value))) <= _covered(result), [text[r.start:r.end] for r in result.redactions]


def _assert_kept(redactor, case, text, value):
    result = redact_text(text, case, redactor)
    start = text.index(value)
    assert not set(range(start, start + len(value))) & _covered(result), [text[r.start:r.end] for r in result.redactions]


# a capitalised name and then, in lower case, the kind of service it is
SERVICE_AFTER_NAME = [
    ("They spent two nights at Safe Harbour refuge.", "Safe Harbour"),
    ("She's been referred to Bright Minds counselling.", "Bright Minds"),
    ("He goes to Kingfisher holiday club in the summer.", "Kingfisher"),
    ("She spends evenings at Oakdale adventure playground.", "Oakdale"),
    ("They get food from the Lighthouse community pantry.", "Lighthouse"),
    ("He loves Jungle Jims soft play.", "Jungle Jims"),
]


@pytest.mark.parametrize("text,name", SERVICE_AFTER_NAME)
def test_service_kind_after_a_name_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


# a name, then (after a comma) what kind of service it is; "the ..." only after a preposition
APPOSITION = [
    ("Mum gets support from Starfish, the local domestic abuse service.", "Starfish"),
    ("He attends the Beacon, an alternative provision.", "Beacon"),
    ("Mum is helped by Open Door, a local drop-in.", "Open Door"),
]


@pytest.mark.parametrize("text,name", APPOSITION)
def test_service_named_then_described_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


CASED_KINDS = [
    ("He does karate at Shinobi Dojo.", "Shinobi Dojo"),
    ("Grandad is in Elmwood Care Home.", "Elmwood Care Home"),
]


@pytest.mark.parametrize("text,name", CASED_KINDS)
def test_dojos_and_care_homes_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


# generic words before a service kind name no one place
GENERIC_SERVICES_KEPT = [
    ("She went to the Easter holiday club at school.", "Easter holiday club"),
    ("Overall, the service has been helpful.", "Overall"),
    ("Weekly support group on Mondays.", "Weekly"),
    ("Mum's refuge place is safe.", "Mum's refuge"),
]


@pytest.mark.parametrize("text,words", GENERIC_SERVICES_KEPT)
def test_generic_services_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# national services and the national helplines and charities a family is signposted to
NATIONAL_BODIES = [
    ("She signs on at Jobcentre Plus.", "Jobcentre Plus"),
    ("The Cafcass officer will write a report.", "Cafcass"),
    ("Referred to Winston's Wish for bereavement support.", "Winston's Wish"),
    ("He was reported to Missing People.", "Missing People"),
    ("Mum called Parentline Scotland.", "Parentline Scotland"),
    ("She was given the Talk to Frank website.", "Talk to Frank"),
]


@pytest.mark.parametrize("text,words", NATIONAL_BODIES)
def test_national_bodies_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# public places named by the words their operators end them with
PUBLIC_PLACES = [
    ("They met at Princes Quay on Saturday.", "Princes Quay"),
]


@pytest.mark.parametrize("text,words", PUBLIC_PLACES)
def test_public_places_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)
