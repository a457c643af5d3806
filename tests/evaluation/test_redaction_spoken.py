"""The spoken redaction evaluation's own reader of digits, its leak test and its word alignment."""

from __future__ import annotations

import pytest

from evaluation.redaction.spoken import digits_left, leaks, load_notes, locate, signature


@pytest.mark.parametrize(
    "said, sig",
    [
        ("nine nine nine, four one two, three three eight seven", "9994123387"),
        ("oh seven seven double oh, nine double oh, three one six", "07700900316"),
        ("the fourteenth of March two thousand and thirteen", "2013"),
        ("five nine twenty sixteen", "592016"),
        ("N E 24 3 P Q", "ne243pq"),
        ("NE24 3PQ", "ne243pq"),
    ],
)
def test_signature_reads_spoken_and_written_forms_alike(said, sig):
    assert signature(said).replace(" ", "") == sig


@pytest.mark.parametrize(
    "gold, left, leaked",
    [
        ("nine nine nine, four one two, three three eight seven", "I-199 for 412", True),
        ("nine nine nine, four one two, three three eight seven", "   ", False),
        ("Kieran", "Kiran said", True),
        ("Kieran", "he said", False),
        ("N E 24 3 P Q", "near 8 to 10", False),
    ],
)
def test_leak_is_a_surviving_digit_run_or_a_fuzzy_name_word(gold, left, leaked):
    assert leaks(gold, left) is leaked


@pytest.mark.parametrize("left, n", [("477 double law, 9 double law", 4), ("mam's number", 0), ("near 8 to 10", 3)])
def test_the_stricter_count_takes_any_digits_left(left, n):
    # a number misheard keeps none of the gold's runs ("07700 900" heard so) but its digits are what is left of it
    assert not leaks("oh seven seven double oh, nine double oh", "477 double law, 9 double law")
    assert digits_left(left) == n


def test_identifier_is_located_in_a_transcript_that_writes_it_differently():
    gold = "His NHS number is nine nine nine, four one two now."
    start = gold.index("nine")
    end = gold.index(" now")
    transcript = "His NHS number is 999-412 now."
    assert locate(gold, [{"start": start, "end": end}], transcript) == [(18, 25)]


def test_own_spoken_notes_parse_without_the_shared_folder(tmp_path):
    notes = load_notes(tmp_path / "missing.jsonl")
    assert len(notes) == 12 and all(n["pii"] and n["voice"].startswith("en-gb") for n in notes)


def test_fresh_spoken_set_stands_alone_and_shares_no_note_with_own(tmp_path):
    fresh = load_notes(tmp_path / "missing.jsonl", "fresh")
    own = load_notes(tmp_path / "missing.jsonl", "own")
    assert len(fresh) == 12 and all(n["pii"] and n["voice"].startswith("en-gb") for n in fresh)
    assert not {n["id"] for n in fresh} & {n["id"] for n in own}
    structured = {p["entity"] for n in fresh for p in n["pii"]}
    assert {"NHS_NUMBER", "NI_NUMBER", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH"} <= structured
