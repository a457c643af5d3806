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
    ],
    ids=["capitals", "spelt"],
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
