"""Words that must survive redaction: relationships, social-care terms, ages, durations,
visit dates, times, generic places, and names-that-are-words used as words."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

KEEP = [
    "Mum said Dad had gone out.",
    "Me mam and me nan were both in.",
    "Our kid was upstairs with the bairn.",
    "Nana and Grandad have her at weekends.",
    "This was a Section 47 visit.",
    "She is on a Child in Need plan.",
    "Early Help were involved last year.",
    "We used Signs of Safety and the three houses.",
    "The case went to MASH and the IRO was told.",
    "Recorded as PN1 and PN 23.",
    "The core group meets on Tuesday.",
    "The strategy meeting was held on 14/05/2024.",
    "She is seven and in Year 3.",
    "He is a 13-year-old boy, aged 13.",
    "Review in ten working days.",
    "Contact for two hours every fortnight.",
    "I visited on the third of April at half past four.",
    "We went to the park, then the Metro, then Asda and Greggs.",
    "I hope she will settle, with good grace.",
    "Howay pet, said Mam.",
    "CAMHS and the LADO were informed.",
    "He said he is scared when Tata shouts, and Babcia calms him down.",
    "She lives with her Hooyo and Ayeeyo, and Abuela visits.",
    "The review is on the 1st Jan and the panel on the 3rd of June.",  # a month that is also a name, in a date
    "He moved schools in Jan 2020.",
    "YP said the CYP team and the UASC worker had been helpful.",  # social-care abbreviations for the young person
    "Gramps and Grannie came to the review with his grandmum.",  # familiar forms of the grandparents
]


@pytest.mark.parametrize("text", KEEP)
def test_never_redacted(redactor, case, empty_case, text):
    for ctx in (case, empty_case):
        result = redact_text(text, ctx, redactor)
        assert result.redactions == [], [text[r.start:r.end] for r in result.redactions]
        assert result.redacted_text == text


def test_relationship_word_beside_a_name_is_kept(redactor, case):
    result = redact_text("Kayleigh's mum Sarah said our kid Chris was out.", case, redactor)
    assert result.redacted_text == "[CHILD]'s mum [MOTHER] said our kid [BROTHER] was out."


def test_a_month_that_is_a_name_is_still_a_name_outside_a_date(redactor, empty_case):
    text = "Jan from the school rang on the 1st Jan."
    result = redact_text(text, empty_case, redactor)
    assert [text[r.start:r.end] for r in result.redactions] == ["Jan"]
    assert result.redactions[0].start == 0


def test_a_festival_greeting_stays_though_a_word_of_it_is_someones_name(redactor):
    from transcribe.context import parse_context

    carers = parse_context({"child": {"name": "Tyler Shaw", "dob": "2013-02-01"},
                            "people": [{"name": "Happy Doyle", "role": "foster carer"}]})
    text = 'As I left, Happy shouted "Happy Birthday for Sunday" to Tyler.'
    result = redact_text(text, carers, redactor)
    assert [text[r.start:r.end] for r in result.redactions] == ["Happy", "Tyler"]  # the carer and the child, not the greeting


def test_a_grandparent_named_with_a_familiar_title_keeps_the_title(redactor, empty_case):
    result = redact_text("The assessment is of Gramps Idris Pryce and Nana Wyn.", empty_case, redactor)
    assert result.text[result.redactions[0].start:result.redactions[0].end] == "Idris Pryce"


def test_the_young_persons_abbreviation_before_a_name_stays(redactor, empty_case):
    text = "Seen at the housing office. YP Tendai Moyo, aged 17, said the flat is damp."
    result = redact_text(text, empty_case, redactor)
    assert [text[r.start:r.end] for r in result.redactions] == ["Tendai Moyo"]


def test_a_never_redact_phrase_said_whole_stays_though_a_word_of_it_is_someones_name(redactor):
    from transcribe.context import parse_context

    family = parse_context({"child": {"name": "Paige Newby", "dob": "2010-05-01"},
                            "people": [{"name": "Frank Newby", "role": "father"}]})
    text = "Paige said the leaflet from Talk to Frank helped, and Frank agreed."
    result = redact_text(text, family, redactor)
    assert [text[r.start:r.end] for r in result.redactions] == ["Paige", "Frank"]  # the father, not the service
    assert result.redactions[1].start == text.rindex("Frank")
