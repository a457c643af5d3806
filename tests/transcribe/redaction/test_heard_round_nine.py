"""Issue 25, ninth round: an NI number read out whose letters the recogniser heard as other words ends at its
suffix letter; letters spelt by a word before six digits are an NI number's even where the digits run on."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Her national insurance number is Wazin Yvonne, Dayonin Daniel, O3, Foresex, 2-8, C and she works nights.",
         "Wazin Yvonne, Dayonin Daniel, O3, Foresex, 2-8, C"),
        ("Dad gave his national insurance number as the Tamin Thomas. Arran in Robert, 52, 19, 3, O, D, then left.",
         "Tamin Thomas. Arran in Robert, 52, 19, 3, O, D"),
    ],
    ids=["letters-heard-as-words", "full-stop-among-the-letters"],
)
def test_an_ni_number_after_its_cue_ends_at_its_suffix_letter(redactor, empty_case, text, value):
    result = redact_text(text, empty_case, redactor)
    assert value in found(result, "UK_NINO")


@pytest.mark.parametrize(
    "text, value, kept",
    [
        ("His National Insurance number has come through, it's QQ 62 19 84 C.", "QQ 62 19 84 C", "come through"),
        ("Mum's NI number for the Universal Credit letter is J for Juliet, T for Tango, 46, 11, 98, C today.",
         "J for Juliet, T for Tango, 46, 11, 98, C", "Universal Credit letter"),
        ("Her national insurance number, she read off a letter, JT40-2167, A. Then we talked.", "JT40-2167, A",
         "she read off a letter"),
        ("His national insurance number finally came through T-Y-45, 12, 88, C, he said.", "T-Y-45, 12, 88, C",
         "finally came through"),
    ],
    ids=["capitals", "spelt", "run-into-the-digits-after-prose", "hyphenated-after-prose"],
)
def test_an_ni_number_found_by_its_suffix_starts_at_letters_heard_as_letters(redactor, empty_case, text, value, kept):
    result = redact_text(text, empty_case, redactor)
    assert found(result, "UK_NINO") == [value]
    assert kept in result.redacted_text


def test_an_ni_cue_with_no_number_takes_nothing_to_a_capital_a(redactor, empty_case):
    text = "Her national insurance number is not known yet. A letter will come, and 3 of 4 forms are done."
    result = redact_text(text, empty_case, redactor)
    assert found(result, "UK_NINO") == []


def test_a_spelt_prefix_letter_before_digits_run_on_is_an_ni_number(redactor, empty_case):
    text = "And for mum, R for Romeo, E. 5-2-7-7-1-9-4-0-1-2-3-4-5-6-7-8-9 Mum said that was right."
    result = redact_text(text, empty_case, redactor)
    assert any(v.startswith("R for Romeo, E. 5-2-7-7-1-9") for v in found(result, "UK_NINO"))
    assert "R for Romeo" not in result.redacted_text


# -- readings from the ninth round's development set (dev9): values whose shape the recogniser broke ----------


@pytest.mark.parametrize(
    "text, entity, value",
    [
        # an NI cue window goes on through one full stop inside a value short of its digits, and starts at its
        # letters heard as capitalised words (names and words too)
        ("Dad's national insurance Jason Jack, H. Allen Hare, Forty, 19, 6 to 6 Air 4-0-7-7-1-4-0-6-2-0-5-8. Dad said so.",
         "UK_NINO", "Jason Jack, H. Allen Hare, Forty, 19, 6 to 6"),
        # the suffix letter run on to the last digits, the first letter's spelling with its letter heard as a filler
        ("Mum's national insurance number is this for sugar. K-4 King, 3-3-0-1, 52-C, and her mobile is new.",
         "UK_NINO", "this for sugar. K-4 King, 3-3-0-1, 52-C"),
        # a capital letter, "for" and a capitalised word spell a letter though the word starts with another
        ("Mum and I is B for Papar, E for Echo, 31, 72, 08, C. Number", "UK_NINO", "B for Papar, E for Echo, 31, 72, 08, C"),
        # a postcode's cue window from a garbled first word (its area letters) to its last letter's garbled spelling
        ("Post code Kilodalter 5, 2-Bravo Hotelle, seen the boy with mum.", "UK_POSTCODE", "Kilodalter 5, 2-Bravo Hotelle"),
        # a postcode short of its last letter takes a letter spelt with its letter heard as a short word
        ("Visit to 12 Mill Road, Oldham, O'L4, For a For Apple, Med for Nebra and then we left.", "UK_POSTCODE",
         "O'L4, For a For Apple, Med for Nebra"),
        # "NHS" with its N lost, run into the number
        ("The nurse read her number in HS513, Tribal 2, 0471. Mum said that was right.", "UK_NHS", "513, Tribal 2, 0471"),
        # one token between two groups read out digit by digit
        ("He gave 7-0-4, Freew9, 1-2-2-5, then left.", "PHONE_NUMBER", "7-0-4, Freew9, 1-2-2-5"),
        # after an email's cue, a capitalised name joined by dots to the rest
        ("Her email Ailsa.mackintosh-77-2-1", "EMAIL_ADDRESS", "Ailsa.mackintosh-77-2-1"),
        # a letter spelt "X4 Word" glued to the digit word said before it
        ("Visit to 9 Oak Road, Ludlow, SY8, FreeB4 Bravo, K4 Kilo. Nobody was in.", "UK_POSTCODE",
         "SY8, FreeB4 Bravo, K4 Kilo"),
        # an inward code whose two letters are spelt by words, whatever the recogniser made of the rest
        ("Home visit, Kirk Wynd, Forfar, Postal Dobbin to 62 Lima Echo. The flat was warm.", "UK_POSTCODE",
         "62 Lima Echo"),
        # "treble" heard as a word that sounds as it does, inside an NHS number
        ("Her NHS number is 5-2-7, Tribal to 0641, and she is well.", "UK_NHS", "5-2-7, Tribal to 0641"),
        # an NI number with no cue left: its digits in three pairs and its suffix, its letters heard as words
        ("Mam Toby Tommy, RN Robert. 3.1, 7.0, 0.5, C-Mobile was given too.", "UK_NINO", "RN Robert. 3.1, 7.0, 0.5, C"),
        # "plus" said before the country code, a comma after it
        ("Her mobile is Plus, 44, 75, 31, 6 or 6, 2, 19, and she has credit.", "PHONE_NUMBER", "Plus, 44, 75, 31, 6 or 6, 2, 19"),
        # a letter spelt with its letter lost, straight after another spelt letter
        ("Home visit, 4 Mill Street, Ledbury, Tiel 32, 6B4 Bravo, 4 King, and mum was in.", "UK_POSTCODE",
         "32, 6B4 Bravo, 4 King"),
        # dots after the letters of an NI number written as initials are no sentence's end
        ("Her national insurance number is J.S. in Jam, K.S. Inc. 313, 2-0, 1-5-B. She works.", "UK_NINO",
         "J.S. in Jam, K.S. Inc. 313, 2-0, 1-5-B"),
        # "X as in Word" with "as in" heard as initials after the letter
        ("Visit to 5 Mill Lane, Brecon, Postcode CIF-32, 6 B.N. Boy, D.A.N. Donkey, Mum was in.", "UK_POSTCODE",
         "CIF-32, 6 B.N. Boy, D.A.N. Donkey"),
        # "phone" run together with the "oh" after it, heard as two words
        ("Dad Gethin Price, pho no one to seek snoyn, 491, 273, and he works nights.", "PHONE_NUMBER",
         "one to seek snoyn, 491, 273"),
    ],
    ids=["ni-window-through-stop", "ni-suffix-glued", "mismatched-spelling", "postcode-garbled-ends",
         "postcode-last-letter-spelt", "nhs-cue-run-in", "groups-with-a-token-between", "email-capitalised-dotted",
         "spelt-letter-glued-to-a-digit-word", "inward-code-spelt", "repeat-word-sounded", "ni-pairs-and-suffix",
         "plus-and-a-comma", "spelling-with-its-letter-lost", "ni-letters-as-initials", "as-in-heard-as-initials",
         "phone-cue-run-into-oh"],
)
def test_a_value_whose_shape_the_recogniser_broke_is_redacted_whole(redactor, empty_case, text, entity, value):
    result = redact_text(text, empty_case, redactor)
    assert value in found(result, entity)


@pytest.mark.parametrize(
    "text",
    [
        "Plan B for Christmas is fine, she said.",
        "They won 3-1-0 and then 2-2-1, the coach said.",
        "She does not know her national insurance number. Jason Smith came 3 times, on 12 days in 2023.",
        "It was a terrible day, and the table was broken.",
        "The scores were 12, 14, 16, A good result for the team.",
        "She was aged 4 Apple trees grew there.",
    ],
    ids=["letter-for-word-in-prose", "scores-read-out", "ni-cue-then-a-new-sentence", "repeat-sounds-in-prose",
         "pairs-then-the-article", "a-number-for-a-word"],
)
def test_prose_beside_these_readings_is_kept(redactor, empty_case, text):
    result = redact_text(text, empty_case, redactor)
    assert not [r for r in result.redactions if r.entity != "PERSON"]


def test_a_postcode_takes_its_area_initials_and_the_letters_spelt_after_it(redactor):
    from transcribe.context import parse_context

    case = parse_context({"child": {"name": "Morven Skene"}, "address": "11 Bank Street, Dingwall IV15 9JN"})
    text = "Note. I.V.15, I.N.J. for Gillette, and for November. Morven was in."
    result = redact_text(text, case, redactor)
    assert found(result, "UK_POSTCODE") == ["I.V.15, I.N.J. for Gillette, and for November"]


# -- read off fresh9's leaks after its one scoring run (fresh9 is a development set for these) -----------------


@pytest.mark.parametrize(
    "text, entity, value",
    [
        # the letter joined to its "4" by a hyphen, the first letter said as its name ("are" for R)
        ("His NI number as are for Robert, K-4 King, 7-2, 3-0, 8-8, B, and he works.", "UK_NINO",
         "are for Robert, K-4 King, 7-2, 3-0, 8-8, B"),
        # "as in Word" with its letter lost, straight before another spelt letter; no cue left
        ("Mum is as in Apple, B as in Bob, 6, 2, 4, 9, 1, 3, D, and fine.", "UK_NINO",
         "as in Apple, B as in Bob, 6, 2, 4, 9, 1, 3, D"),
        # a spelt letter run on to the capital before it (a digit heard as a letter), and one with a hyphen
        ("Visit to 4 Mill Road, Bude, EX-23, IR-4 Romeo, D-4 Delta, mum was in.", "UK_POSTCODE",
         "EX-23, IR-4 Romeo, D-4 Delta"),
    ],
    ids=["hyphenated-link-and-letter-name", "as-in-with-its-letter-lost", "spelt-after-a-capital"],
)
def test_spellings_heard_in_other_shapes(redactor, empty_case, text, entity, value):
    result = redact_text(text, empty_case, redactor)
    assert value in found(result, entity)


def test_a_postcode_takes_a_spelt_letter_after_a_short_word(redactor, empty_case):
    text = "Visit to 91 Marlborough Road, Cleethorpes, DN35, 8 Echo or Foxtrot. Morven was in."
    assert found(redact_text(text, empty_case, redactor), "UK_POSTCODE") == ["DN35, 8 Echo or Foxtrot"]


def test_an_ni_value_with_its_own_letters_does_not_take_the_name_before_it(redactor, empty_case):
    text = "NI number for June Sykes: JZ 20 85 09 B. June said so."
    assert found(redact_text(text, empty_case, redactor), "UK_NINO") == ["JZ 20 85 09 B"]
