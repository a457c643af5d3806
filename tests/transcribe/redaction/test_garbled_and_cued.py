"""Identifiers as a recogniser writes them (issue 25) and as other people dictate them (issue 19):
found by their cue whatever their shape, local organisations by kind and cue, and the ordinary
words and public places that must survive."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import found


def _redact(redactor, ctx, text):
    return redact_text(text, ctx, redactor)


def redacted_words(result) -> list[str]:
    """The original text of every redaction, in order."""
    return [result.text[r.start:r.end] for r in result.redactions]


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("Her mate on birth free slash 11 slash 2017, and she is six.", "DATE_OF_BIRTH", "free slash 11 slash 2017"),
        ("Date of birth is the thirtieth of the ninth twenty ten.", "DATE_OF_BIRTH", "thirtieth of the ninth twenty ten"),
        ("His NHS number is I-199 for I-181-2207.", "UK_NHS", "I-199 for I-181-2207"),
        ("NHS number 999 to 161735 for the form.", "UK_NHS", "999 to 161735"),
        ("Her national insurance number is Q Q one two three four five six C.", "UK_NINO", "Q Q one two three four five six C"),
        ("Postcode is N E 24 3 P Q.", "UK_POSTCODE", "N E 24 3 P Q"),
        ("Mam's mobile is oh seven seven double oh, nine double oh, four one seven.", "PHONE_NUMBER",
         "oh seven seven double oh, nine double oh, four one seven"),
        ("The email for letters is shannon ruth nineteen at hotmail dot co dot uk.", "EMAIL_ADDRESS",
         "shannon ruth nineteen at hotmail dot co dot uk"),
        ("She wants letters emailed to her at claire dot mack 79 at hotmail dot co dot uk.", "EMAIL_ADDRESS",
         "claire dot mack 79 at hotmail dot co dot uk"),
        ("His NHS number is I'm 6-2-7-315, and his NI number is QQ 24 68 13 B.", "UK_NHS", "I'm 6-2-7-315"),
        ("Dad's new mobile 77700. Nine-double-o, eight-eight-one, postcode to follow.", "PHONE_NUMBER",
         "77700. Nine-double-o, eight-eight-one"),
        ("Post Code in a 3040 E, and mam's mobile to follow.", "UK_POSTCODE", "in a 3040 E"),
        ("Logan's date on birth is the 17th on the 4th 2012, and the postcode.", "DATE_OF_BIRTH", "17th on the 4th 2012"),
        ("The national insurance number is Kieran's U-Q-1-2-3-4-5-6-C. The family", "UK_NINO", "U-Q-1-2-3-4-5-6-C"),
        ("mam email Kerry Charlton-8-4-R-T-Mail.com, next visit in four weeks.", "EMAIL_ADDRESS", "Kerry Charlton-8-4-R-T-Mail.com"),
        ("The post-code is NE6 to 5-0 VM and she is fine.", "UK_POSTCODE", "NE6 to 5-0 VM"),
        ("Post-code MSR8, 5-N-L-Handphone, 075-3-2-9-9-1-047.", "PHONE_NUMBER", "075-3-2-9-9-1-047"),
        ("Her NI number is Q.Q. 1.2.3.4.5.6.C and she is fine.", "UK_NINO", "Q.Q. 1.2.3.4.5.6.C"),
    ],
    ids=["garbled-dob", "spoken-numeric-dob", "garbled-nhs", "nhs-with-to", "spoken-ni", "spelt-postcode",
         "spoken-phone", "spoken-email-spaced-name", "emailed-to-her-at", "hyphenated-digits-after-im",
         "full-stop-inside-a-number", "garbled-outward-letters", "on-inside-a-dob", "possessive-before-value",
         "email-without-its-at", "hyphenated-postcode-cue", "inward-code-inside-a-hyphenated-word",
         "dot-inside-a-number"],
)
def test_value_after_its_cue_is_redacted_whatever_its_shape(redactor, empty_case, text, entity, expected):
    assert expected in found(_redact(redactor, empty_case, text), entity)


@pytest.mark.parametrize(
    "text, tail",
    [
        ("She lives at 14 Elm Terrace, near 8 to 10, with her nan.", "near 8 to 10"),
        ("The address is 27 Ox Road, Sunderland, SR 27 QP and it is a flat.", "SR 27 QP"),
        ("New address is 16 Lendale Road, Hexham, N-E-46, 2-D-F, and R-N-E-4-1-4-4-6-0-2-771 is her number.",
         "N-E-46, 2-D-F"),
    ],
    ids=["misheard-postcode", "spaced-postcode-after-town", "hyphenated-inward-code"],
)
def test_postcode_like_tail_of_an_address_is_redacted(redactor, empty_case, text, tail):
    words = redacted_words(_redact(redactor, empty_case, text))
    assert any(tail in w for w in words), words


@pytest.mark.parametrize(
    "text, date",
    [
        ("Visit to her dad's, Flat 3, 6 Brightman Road, Felling, Monday 23rd November, after tea.", "23rd"),
        ("The visit to Stacey, 27 Tynemouth Road, North Shields, Wednesday 25th, lasted an hour.", "25th"),
        ("Joint visit at 52 Durham Road, Birtley, 27th November, at 4 o'clock.", "27th"),
        ("Home visit, 14 Elm Terrace, Hebburn, March 3rd, both parents in.", "3rd"),
    ],
    ids=["weekday-day-month", "weekday-day", "day-month", "month-day"],
)
def test_the_visits_date_after_an_address_is_no_postcode(redactor, empty_case, text, date):
    result = _redact(redactor, empty_case, text)
    assert found(result, "STREET_ADDRESS")
    assert date in result.redacted_text and not found(result, "POSTCODE"), result.redacted_text


@pytest.mark.parametrize(
    "text",
    [
        "I rang her mobile at 10 30 and again at 2.",
        "The family moved to 28 Rowan Lane, TS8 8SN three months ago.",
        "Contact on 12 March went well.",
        "She was born in Sunderland and has lived here since.",
    ],
    ids=["time-after-mobile", "duration-after-postcode", "visit-date-after-contact", "born-in-a-town"],
)
def test_cue_words_do_not_take_times_dates_or_durations(redactor, empty_case, text):
    result = _redact(redactor, empty_case, text)
    for kept in ("10 30", "three months", "12 March", "Sunderland"):
        if kept in text:
            assert all(kept not in w for w in redacted_words(result)), redacted_words(result)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He has made the under thirteens at Castletown Colts and starts Saturday.", "Castletown Colts"),
        ("Harvey can have a Saturday at Birchfield Lodge next month.", "Birchfield Lodge"),
        ("She has started at Bassleton Woods Brownies on Tuesdays.", "Bassleton Woods Brownies"),
        ("He wants to keep playing for Cockerton Colts on Sundays.", "Cockerton Colts"),
        ("He said he'd like to go back to football at Benwell Dragons on a Tuesday.", "Benwell Dragons"),
        ("Sam knows the coach at Teesside Titans and thinks it will help.", "Teesside Titans"),
        ("stacey is going to ring hawthorn lea surgery about her mood", "hawthorn lea surgery"),
    ],
    ids=["colts", "home-lodge", "brownies", "plays-for", "weekday-cue", "coach-at", "lower-case-surgery"],
)
def test_local_organisation_is_redacted(redactor, empty_case, text, expected):
    assert expected in redacted_words(_redact(redactor, empty_case, text))


@pytest.mark.parametrize(
    "text",
    [
        "Somewhere she could play, like the park or Preston Park.",
        "A child protection medical has been requested at James Cook.",
        "Dad takes him to the match at St James' on a Saturday.",
        "He goes to Andy's Man Club and Citizens Advice on a Monday.",
        "They saw New Year's Eve in with mum's partner.",
        "She goes to Whitley Bay on a Sunday with her nana.",
        "He supports Newcastle United and watches Sky Sports.",
    ],
    ids=["park", "hospital", "stadium", "national-charities", "holiday", "town-with-weekday", "professional-club"],
)
def test_public_places_and_national_bodies_are_kept(redactor, empty_case, text):
    assert redacted_words(_redact(redactor, empty_case, text)) == []


CASE_WITH_WORD_NAMES = {
    "child": {"name": "Lacey Short"},
    "people": [{"name": "Kit Little", "role": "brother"}, {"name": "Penny Hall", "role": "nan"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "It took a little while and she was a bit short with me.",
        "She has forgotten her PE kit again.",
        "There was cigarette ash and she had not got a penny.",
        "Mam mentioned the parents group at the church hall.",
    ],
    ids=["little-short", "kit", "penny", "hall"],
)
def test_ordinary_word_that_is_a_name_in_the_case_stays_when_used_as_a_word(redactor, text):
    result = _redact(redactor, parse_context(CASE_WITH_WORD_NAMES), text)
    assert redacted_words(result) == []


def test_the_same_words_as_names_are_redacted(redactor):
    text = "Lacey Short said Kit wants to see Penny at the weekend."
    words = redacted_words(_redact(redactor, parse_context(CASE_WITH_WORD_NAMES), text))
    assert words == ["Lacey Short", "Kit", "Penny"]


def test_names_outside_the_case_in_any_locale_are_redacted(redactor, empty_case):
    text = "Mam's friend Zuzana and her sister Jolanta came round with Beata."
    assert redacted_words(_redact(redactor, empty_case, text)) == ["Zuzana", "Jolanta", "Beata"]


def test_case_school_and_home_in_lower_case_are_redacted(redactor):
    ctx = parse_context({"child": {"name": "Oliver Dunn"}, "school": "Brierdene First School",
                         "address": "Corvenhall House, 2 Quarrybank View, Crook DL15 9RJ"})
    text = "i'll ring brierdene on monday and see him at corvenhall after tea"
    assert redacted_words(_redact(redactor, ctx, text)) == ["brierdene", "corvenhall"]


@pytest.mark.parametrize(
    "text, entity, expected",
    [
        ("Letters go to her sister's now, T S seventeen, six P W, from Monday.", "UK_POSTCODE", "T S seventeen, six P W"),
        ("Mam wrote it on the form as NE12, 8QJ and signed it.", "UK_POSTCODE", "NE12, 8QJ"),
        ("She moved in with her dad, D-H-1-4-R-B, last week.", "UK_POSTCODE", "D-H-1-4-R-B"),
        ("Dad read it off his payslip, H-R-6-5-4-3-2-1-C, for the form.", "UK_NINO", "H-R-6-5-4-3-2-1-C"),
        ("Mam's is J.L. 4-4, 2-1, 9-0, B, she thinks.", "UK_NINO", "J.L. 4-4, 2-1, 9-0, B"),
        ("The number she left was 3, 8, 6, 1, 4, 4, 2, and she wants a call back.", "PHONE_NUMBER", "3, 8, 6, 1, 4, 4, 2"),
        ("Her D-O-B is the 4th of the 9th 2016, so she is nine.", "DATE_OF_BIRTH", "4th of the 9th 2016"),
        ("The postcode, on the new tenancy papers, is DL3, 6WHQ and the rent is due.", "UK_POSTCODE", "DL3, 6WHQ"),
    ],
    ids=["postcode-read-out-without-cue", "postcode-with-a-comma", "postcode-letter-by-letter", "ni-read-out-without-cue",
         "ni-in-pairs-with-dots", "digits-read-one-by-one", "hyphenated-dob-cue", "postcode-cue-far-from-value"],
)
def test_identifier_read_out_is_redacted_by_its_shape(redactor, empty_case, text, entity, expected):
    assert expected in found(_redact(redactor, empty_case, text), entity)


@pytest.mark.parametrize(
    "text",
    [
        "She is 7 and her brothers are 9, 11 and 14.",
        "Arrears were 1,250 and are now 640.",
        "He is in Year 6, 3 PE lessons a week.",
    ],
)
def test_ages_amounts_and_school_years_are_not_read_as_identifiers(redactor, empty_case, text):
    assert redacted_words(_redact(redactor, empty_case, text)) == []


def test_school_short_name_that_is_a_town_redacts_the_school_not_the_town(redactor):
    ctx = parse_context({"child": {"name": "Oliver Dunn"}, "school": "Ponteland High School"})
    words = redacted_words(_redact(redactor, ctx, "They moved from Ponteland last year and he likes Ponteland High."))
    assert words == ["Ponteland High"], words


def test_email_starts_at_its_address_not_at_its_cue(redactor, empty_case):
    text = "I asked for an email for the minutes, and she was happy to give me pat dot kerr at gmail dot com."
    assert found(_redact(redactor, empty_case, text), "EMAIL_ADDRESS") == ["pat dot kerr at gmail dot com"]
