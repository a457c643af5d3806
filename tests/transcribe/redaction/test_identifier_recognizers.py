"""One table per UK identifier recognizer: what it must find, and what it must leave alone.

Each case runs through the whole redactor (real spaCy model), so a recognizer that is
registered but shadowed by another still fails here.
"""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text
from transcribe.redaction.recognizers import nhs_checksum_ok

from .conftest import found


def _redact(redactor, empty_case, text):
    return redact_text(text, empty_case, redactor)


# -- NHS number ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her NHS number is 943 476 5919.", "943 476 5919"),
        ("NHS no. 9434765919 on the letter", "9434765919"),
        ("nhs 943-476-5919", "943-476-5919"),
        ("NHS number nine four three, four seven six, five nine one nine.", "nine four three, four seven six, five nine one nine"),
    ],
    ids=["spaced", "run-together", "hyphens", "spoken"],
)
def test_nhs_number_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "UK_NHS") == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her NHS number is 943 476 5918.", "943 476 5918"),
        ("His NHS number for the health form is 999 640 2718.", "999 640 2718"),
        ("NHS number nine nine nine, four three one, two zero seven eight.", "nine nine nine, four three one, two zero seven eight"),
    ],
    ids=["bad-check-digit", "cue-then-filler", "spoken-bad-check-digit"],
)
def test_nhs_number_introduced_as_one_is_found_whatever_its_check_digit(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "UK_NHS") == [expected]


def test_a_phone_number_is_not_an_nhs_number(redactor, empty_case):
    result = _redact(redactor, empty_case, "Call 0191 496 0123 tomorrow.")
    assert found(result, "UK_NHS") == [] and found(result, "PHONE_NUMBER") == ["0191 496 0123"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reference 123 456 7890 on the file.", "123 456 7890"),
        ("mam Tracey 4, 7, 7, 00, 9, 00, 227.", "4, 7, 7, 00, 9, 00, 227"),
    ],
    ids=["ten-digits-without-cue", "garbled-phone-without-cue"],
)
def test_nine_or_more_digits_read_together_are_redacted_without_a_cue(redactor, empty_case, text, expected):
    result = _redact(redactor, empty_case, text)
    assert expected in [result.text[r.start:r.end] for r in result.redactions]


@pytest.mark.parametrize("digits, ok", [("9434765919", True), ("9434765918", False), ("401023213", False), ("4010232137", True)])
def test_nhs_checksum(digits, ok):
    assert nhs_checksum_ok(digits) is ok


# -- National Insurance -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("NI number QQ 12 34 56 C.", "QQ 12 34 56 C"),
        ("Her National Insurance number is AB123456D", "AB123456D"),
        ("ni number jk 65 43 21 a", "jk 65 43 21 a"),
        ("national insurance: NX 120345 B", "NX 120345 B"),
    ],
    ids=["spaced", "compact", "lower-case", "grouped"],
)
def test_ni_number_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "UK_NINO") == [expected]


@pytest.mark.parametrize(
    "text",
    ["Code GB 12 34 56 A is not issued.", "Prefix DA 12 34 56 A is invalid.", "She scored 12 34 56 in the quiz."],
    ids=["GB-prefix", "D-prefix", "no-prefix"],
)
def test_ni_number_rejects_unissued_prefixes(redactor, empty_case, text):
    assert found(_redact(redactor, empty_case, text), "UK_NINO") == []


# -- Postcode -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("They live in Gateshead NE8 4RT now.", "NE8 4RT"),
        ("postcode sr2 7ab", "sr2 7ab"),
        ("moved to DH1 3LE last week", "DH1 3LE"),
        ("London W1A 1AA office", "W1A 1AA"),
        ("the flat at NE329QF", "NE329QF"),
    ],
    ids=["A9-9AA", "lower-case", "DH", "A9A", "no-space"],
)
def test_postcode_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "UK_POSTCODE") == [expected]


@pytest.mark.parametrize("text", ["She is in Year 6 and has PE on Monday.", "The PN1 code was used.", "Room B12 3 times"])
def test_postcode_ignores_lookalikes(redactor, empty_case, text):
    assert found(_redact(redactor, empty_case, text), "UK_POSTCODE") == []


# -- Phone ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mum's mobile is 07700 900123.", "07700 900123"),
        ("ring 0191 496 0123 after five", "0191 496 0123"),
        ("landline (0191) 4960123", "(0191) 4960123"),
        ("on +44 7700 900123 now", "+44 7700 900123"),
        ("+44(0)131 4960792 is Nan's", "+44(0)131 4960792"),
        ("call her on oh seven seven double oh, nine oh oh one two three.", "oh seven seven double oh, nine oh oh one two three"),
        ("her number is oh one nine one four nine six oh one two three", "oh one nine one four nine six oh one two three"),
        ("text 0191 four nine six, oh one two three", "0191 four nine six, oh one two three"),
    ],
    ids=["mobile", "landline", "brackets", "intl", "intl-0", "spoken-double", "spoken-landline", "mixed"],
)
def test_phone_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "PHONE_NUMBER") == [expected]


@pytest.mark.parametrize(
    "text",
    ["She has one or two friends and seven cousins.", "Attendance was 92 percent over 180 days.", "He is one of nine children."],
)
def test_phone_ignores_counting_words(redactor, empty_case, text):
    assert found(_redact(redactor, empty_case, text), "PHONE_NUMBER") == []


# -- Email ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("email sarah.robson@hotmail.co.uk please", "sarah.robson@hotmail.co.uk"),
        ("It's kay_r2015@gmail.com.", "kay_r2015@gmail.com"),
        ("the best email is sarah dot robson at hotmail dot co dot uk", "sarah dot robson at hotmail dot co dot uk"),
        ("send it to darren82 at gmail dot com", "darren82 at gmail dot com"),
    ],
    ids=["written", "underscore", "spoken-co-uk", "spoken-com"],
)
def test_email_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "EMAIL_ADDRESS") == [expected]


def test_email_needs_a_real_domain_shape(redactor, empty_case):
    assert found(_redact(redactor, empty_case, "Meet at the centre at 3 dot 30."), "EMAIL_ADDRESS") == []


# -- Date of birth --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("DOB 03/04/2015.", "03/04/2015"),
        ("She was born on the third of April twenty fifteen.", "third of April twenty fifteen"),
        ("date of birth 3rd April 2015, attends Year 4", "3rd April 2015"),
        ("born April 3rd, 2015 in the RVI", "April 3rd, 2015"),
        ("D.O.B. 3.4.15", "3.4.15"),
        ("his birthday is the 21st of March two thousand and nine", "21st of March two thousand and nine"),
    ],
    ids=["dob-numeric", "born-spoken", "date-of-birth", "month-first", "dotted", "birthday-spoken-year"],
)
def test_date_of_birth_is_found_by_cue(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "DATE_OF_BIRTH") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I visited on 3rd April 2024 at 3pm.",
        "Next core group on 14/05/2024.",
        "Her date of birth is on file; the visit was on 3 May 2024.",
        "Strategy meeting held the third of April twenty twenty four.",
    ],
    ids=["visit", "meeting", "cue-far-away", "spoken-meeting"],
)
def test_visit_and_meeting_dates_are_not_dob(redactor, empty_case, text):
    result = _redact(redactor, empty_case, text)
    assert result.redactions == []


def test_known_dob_is_found_without_a_cue(redactor, case):
    result = redact_text("Kayleigh turns nine on 3 April 2024; 3/4/2015 is on the form.", case, redactor)
    assert found(result, "DATE_OF_BIRTH") == ["3/4/2015"]


# -- Street address -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("They live at 14 Elm Terrace, Gateshead.", "14 Elm Terrace"),
        ("moved to Flat 3, 27 Coronation Street last month", "Flat 3, 27 Coronation Street"),
        ("The house at fourteen Rowan Close is damp.", "fourteen Rowan Close"),
        ("Nan lives on Saltwell View now.", "Saltwell View"),
        ("at 2a Windy Nook Road", "2a Windy Nook Road"),
        ("went to 101 Ravensworth Gardens", "101 Ravensworth Gardens"),
        ("She lives at Flat 6, Larkspur Court with her nan.", "Flat 6, Larkspur Court"),
        ("They moved to flat two, Riverside View last week.", "flat two, Riverside View"),
        ("They live at 0/2, 113 Dumbarton Road now.", "0/2, 113 Dumbarton Road"),
        ("She lives at 14/3 Leith Walk in Edinburgh.", "14/3 Leith Walk"),
    ],
    ids=["terrace", "flat", "spoken-number", "no-number", "letter-suffix", "three-digit", "flat-in-a-block",
         "spoken-flat-in-a-block", "tenement-floor-flat", "house-slash-flat"],
)
def test_street_address_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize(
    "text",
    ["We walked down the road to the park.", "They went up the High Street.", "She has 3 close friends."],
)
def test_street_address_ignores_ordinary_roads(redactor, empty_case, text):
    assert found(_redact(redactor, empty_case, text), "STREET_ADDRESS") == []


# -- Schools, nurseries, GP surgeries --------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("She attends Oakfield Primary School.", "Oakfield Primary School"),
        ("He goes to St Mary's RC Primary in the mornings", "St Mary's RC Primary"),
        ("The baby goes to Little Acorns Nursery.", "Little Acorns Nursery"),
        ("Registered at Elm Road Surgery.", "Elm Road Surgery"),
        ("seen at Saltwell Medical Centre yesterday", "Saltwell Medical Centre"),
        ("Went to Kelvin Grove Academy", "Kelvin Grove Academy"),
    ],
    ids=["primary", "rc-primary", "nursery", "surgery-on-a-road", "medical-centre", "trimmed-verb"],
)
def test_institution_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "INSTITUTION") == [expected]


@pytest.mark.parametrize("text", ["She was late for school.", "The nursery said she is settled.", "The GP surgery rang."])
def test_generic_institutions_are_kept(redactor, empty_case, text):
    assert _redact(redactor, empty_case, text).redactions == []


@pytest.mark.parametrize("text, code", [
    ("She has moved. The postcode starts SR8. She will text the rest.", "SR8"),
    ("Her postcode begins with DH1, the rest she will send.", "DH1"),
    ("The new postcode is NE12, she is not sure of the rest.", "NE12"),
])
def test_a_postcodes_outward_code_alone_after_its_cue_is_the_postcode(redactor, empty_case, text, code):
    result = redact_text(text, empty_case, redactor)
    start = text.index(code)
    assert [(r.start, r.end, r.entity) for r in result.redactions] == [(start, start + len(code), "UK_POSTCODE")]


def test_an_outward_code_said_apart_from_the_postcode_cue_stays(redactor, empty_case):
    result = redact_text("The postcode area is the same as before and Y10 is her class.", empty_case, redactor)
    assert result.redactions == []
