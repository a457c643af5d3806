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
