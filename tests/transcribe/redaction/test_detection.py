"""Resolving overlapping hits: what loses to a more specific entity keeps what is left of it."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from transcribe.redaction.detection import resolve
from transcribe.redaction.entities import DATE_OF_BIRTH, PERSON, PHONE, POSTCODE


def _hit(text: str, piece: str, entity: str, score: float = 0.8) -> RecognizerResult:
    start = text.index(piece)
    return RecognizerResult(entity, start, start + len(piece), score)


def _spans(text, dets):
    return [(text[d.start:d.end], d.entity) for d in dets]


def test_a_name_beside_a_postcode_that_beat_it_keeps_its_own_words():
    text = "She lives at SR4, 2 LP Maisie and her mam."
    dets = resolve(text, [_hit(text, "SR4, 2 LP", POSTCODE), _hit(text, "LP Maisie", PERSON)], 0.4)
    assert _spans(text, dets) == [("SR4, 2 LP", POSTCODE), ("Maisie", PERSON)]


def test_a_date_that_lost_its_tail_to_a_number_keeps_its_digits():
    text = "Born 3-7-2011, and 0-7-7-1-2-3-4-5 is mam's."
    dets = resolve(text, [_hit(text, "3-7-2011, and 0-7-7-1", DATE_OF_BIRTH), _hit(text, "0-7-7-1-2-3-4-5", PHONE)], 0.4)
    assert _spans(text, dets) == [("3-7-2011", DATE_OF_BIRTH), ("0-7-7-1-2-3-4-5", PHONE)]


def test_a_loser_with_nothing_of_its_own_left_is_dropped():
    text = "Phone 0191 496 0123 today."
    dets = resolve(text, [_hit(text, "0191 496 0123", PHONE), _hit(text, "496 0123", DATE_OF_BIRTH)], 0.4)
    assert _spans(text, dets) == [("0191 496 0123", PHONE)]
