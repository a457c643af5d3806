"""A date written whole with dots or slashes, then a time ("30.11.26, 1130"), is a date and a time, not a long run of
digits read out as a phone or NHS number; a number of its own after a date is still read ("... 07700 900123")."""

from __future__ import annotations

from transcribe.redaction import redact_text

from .conftest import is_kept, is_redacted


def test_a_written_date_and_a_time_stay(redactor, empty_case):
    result = redact_text("SW assessment, Ward 7 paeds, 30.11.26, 1130. Seen with mam.", empty_case, redactor)
    assert is_kept(result, "30.11.26, 1130")


def test_a_phone_after_a_written_date_is_still_redacted(redactor, empty_case):
    result = redact_text("Seen 30.11.26, her mobile 07700 900123 for the next visit.", empty_case, redactor)
    assert is_redacted(result, "07700 900123")
