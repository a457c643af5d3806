from datetime import date

import pytest

from transcribe.language.dates import MONTH_NAMES, find_dates


@pytest.mark.parametrize("said, expected", [
    ("born on the 3rd of April 2015", date(2015, 4, 3)),
    ("born on the third of April twenty fifteen", date(2015, 4, 3)),
    ("April the third two thousand and fifteen", date(2015, 4, 3)),
    ("on March 14th, 2025", date(2025, 3, 14)),
    ("dob 03/04/15", date(2015, 4, 3)),
    ("dob 3.4.1985", date(1985, 4, 3)),
    ("on the thirty first of Dec 2024", date(2024, 12, 31)),
])
def test_a_date_said_or_written_is_read_day_first(said, expected):
    (d,) = find_dates(said)
    assert d.value == expected and d.has_year


def test_a_date_without_a_year_has_its_day_and_month_but_no_value():
    (d,) = find_dates("visited on the 3rd of March")
    assert (d.value, d.has_year, d.day, d.month, d.year) == (None, False, 3, 3, None)
    assert d.on(2025) == date(2025, 3, 3)


def test_an_impossible_date_has_no_value():
    (d,) = find_dates("the 31st of February 2020")
    assert d.value is None and d.on(2020) is None


def test_the_span_is_the_date_and_the_said_span_includes_the_weekday_and_the():
    text = "Seen on Monday the 3rd of March 2025 at home."
    (d,) = find_dates(text)
    assert text[d.start:d.end] == "3rd of March 2025"
    assert text[d.said_start:d.end] == "Monday the 3rd of March 2025"


def test_words_that_are_not_dates_are_not_read_as_dates():
    assert find_dates("She may march in the parade; the second time was worse.") == []


def test_month_names_are_the_twelve_in_order():
    assert len(MONTH_NAMES) == 12 and MONTH_NAMES[0] == "january" and MONTH_NAMES[-1] == "december"
