"""A surname after any police rank (language/titles.py: every rank up to superintendent, uniformed and
detective) is a person's name, however the rank is written."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found


@pytest.mark.parametrize("rank", ["DS", "DI", "DCI", "Inspector", "Detective", "Supt"])
def test_a_surname_after_a_police_rank_is_redacted(redactor, empty_case, rank):
    result = redact_text(f"I spoke with {rank} Frost from the safeguarding unit this morning.", empty_case, redactor)
    assert any("Frost" in span for span in found(result, "PERSON"))


@pytest.mark.parametrize("rank", ["PC", "DC", "Sergeant"])
def test_a_surname_after_a_rank_and_collar_number_is_redacted(redactor, empty_case, rank):
    result = redact_text(f"Professionals present: {rank} 1234 Frost, and the health visitor.", empty_case, redactor)
    assert "Frost" not in result.redacted_text and any("Frost" in span for span in found(result, "PERSON"))
