"""Round thirty-one. A family name found after a given name is that person's where the note says it alone; a date of
birth read out at the start of the sentence after its cue; a number's last figures said again to check it; a postcode's
letters said as themselves beside their spelling words; and no two redactions ever written over each other. The
sentences are written for the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from transcribe.redaction.detection import Detection, without_overlaps
from transcribe.redaction.spoken_numbers import spelling_runs

from .conftest import covered, heard, is_kept, is_redacted


def _last_redacted(result, value: str) -> bool:
    """Every character of ``value`` at its last place in the result's text is redacted."""
    start = result.text.rindex(value)
    return set(range(start, start + len(value))) <= covered(result)


@pytest.mark.parametrize("sentence, alone", [
    ("His solicitor is Rona Capstice at the law centre, or was it not Capstice, I will check.", "Capstice"),
    ("The child minder, Wendy Ashworthy, said the boy was settled; Ashworthy has known him for years.", "Ashworthy"),
])
def test_a_family_name_found_after_a_given_name_is_redacted_where_it_is_said_alone(redactor, sentence, alone):
    result = heard(redactor, {}, sentence)
    assert _last_redacted(result, alone), result.redacted_text


def test_an_english_word_ending_a_name_is_not_taken_alone(redactor):
    result = heard(redactor, {}, "Dr Peter Long saw her in clinic. It was a long wait.")
    assert is_kept(result, "long wait"), result.redacted_text


@pytest.mark.parametrize("sentence, value", [
    ("Chloe's date of birth for the front sheet. Three, six, oh six, she's nineteen.", "Three, six, oh six"),
    ("Her date on birth for the records. 12, 4, 99, and she lives alone.", "12, 4, 99"),
])
def test_a_date_of_birth_read_out_at_the_start_of_the_sentence_after_its_cue(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


def test_a_date_in_the_next_sentence_after_words_is_not_taken_for_the_date_of_birth(redactor):
    result = heard(redactor, {}, "Her date of birth is on the file. We met on the 3rd of June 2026 at school.")
    assert is_kept(result, "3rd of June 2026"), result.redacted_text


@pytest.mark.parametrize("sentence, tail", [
    ("NHS number 999 617 2848. Let me check that, yes, 2848. Health assessment done.", "2848"),
    ("Mum's mobile is 07700 900 461. That is the one on the letter, 461, yes.", "461"),
])
def test_a_numbers_end_said_again_to_check_it_is_redacted(redactor, sentence, tail):
    result = heard(redactor, {}, sentence)
    assert _last_redacted(result, tail), result.redacted_text


def test_another_number_after_a_phone_number_is_not_taken_for_its_end(redactor):
    result = heard(redactor, {}, "Mum's mobile is 07700 900 461. She said 250 pounds went on the gas.")
    assert is_kept(result, "250 pounds"), result.redacted_text


def test_a_postcodes_letters_said_as_themselves_beside_their_spelling_words_are_one_run():
    text = "It went in iron. S-S-4 Sierra, W-4 Whiskey, S-W-W-M, Leanne, and on the road."
    runs = [text[a:b] for a, b, _ in spelling_runs(text)]
    assert runs == ["S-S-4 Sierra, W-4 Whiskey, S-W-W-M"]


def test_the_word_i_after_a_spelling_run_is_not_a_letter_of_it():
    text = "Postcode is Tango Sierra one four, Papa Hotel, I think."
    assert [text[a:b] for a, b, _ in spelling_runs(text)] == ["Tango Sierra one four, Papa Hotel"]


def test_no_two_redactions_overlap_and_a_grown_one_is_written_whole(redactor):
    result = heard(redactor, {}, "The postcode is S-S-4 Sierra, W-4 Whiskey, S-W-W-M, and then we talked.")
    spans = sorted((r.start, r.end) for r in result.redactions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    assert "W-M" not in result.redacted_text and "Whiskey" not in result.redacted_text, result.redacted_text


def test_without_overlaps_drops_one_inside_another_and_joins_two_that_overlap():
    dets = [Detection(10, 40, "UK_POSTCODE", 0.5, "a"), Detection(20, 26, "PERSON", 0.85, "b"),
            Detection(50, 60, "PERSON", 0.85, "c"), Detection(55, 75, "PHONE_NUMBER", 0.6, "d")]
    out = without_overlaps(dets)
    assert [(d.start, d.end, d.entity) for d in out] == [(10, 40, "UK_POSTCODE"), (50, 75, "PHONE_NUMBER")]


@pytest.mark.parametrize("sentence, short", [
    ("Dad, Jordan Hutchinson, Hutch, born on bonfire night 2004.", "Hutch"),
    ("Children. Angelo Santos-Walker, Gelo, born in the summer, is in year 5.", "Gelo"),
    ("He boxes at the club, coach Tony Rafferte, Raff, and the mentor from the project.", "Raff"),
])
def test_a_short_form_said_straight_after_the_name_it_shortens_is_that_persons(redactor, sentence, short):
    result = heard(redactor, {}, sentence)
    assert _last_redacted(result, short), result.redacted_text


def test_a_word_after_a_name_that_does_not_shorten_it_is_kept(redactor):
    result = heard(redactor, {}, "Dad, Jordan Hutchinson, Friday is his day off, he said.")
    assert is_kept(result, "Friday is his day off"), result.redacted_text


@pytest.mark.parametrize("sentence, value", [
    ("Shannon's 22, date of birth the 9th of the 3rd, 04. Kieran's is, erm, 1999, 28 October. She booked late.",
     "1999, 28 October"),
    ("Her date of birth is 14 June 88. His is, um, 1991, 3 May, and he works nights.", "1991, 3 May"),
])
def test_another_persons_date_of_birth_given_by_ellipsis_in_the_next_sentence(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


def test_a_sentence_after_a_date_of_birth_that_gives_no_ellipsis_keeps_its_date(redactor):
    result = heard(redactor, {}, "Her date of birth is 14 June 88. The review is on the 3rd of the 5th, and he works nights.")
    assert is_kept(result, "3rd of the 5th"), result.redacted_text


@pytest.mark.parametrize("sentence, flat", [
    ("They live at flat free stroke 2, 48 Gartcraig Place, with nan.", "flat free stroke 2"),
    ("They live at flat three stroke two, forty eight Gartcraig Place, with nan.", "flat three stroke two"),
])
def test_a_tenement_flat_said_with_stroke_is_part_of_the_address(redactor, sentence, flat):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, flat), result.redacted_text
    assert is_kept(result, "with nan"), result.redacted_text


def test_a_family_name_is_not_taken_alone_after_an_article(redactor):
    result = heard(redactor, {}, "Her email is Carol Heifern Walker at outlook dot com, she spelt it, it's a Heifern.")
    assert not _last_redacted(result, "Heifern"), result.redacted_text
