"""Addresses as people dictate them: numbers in words, "number N" before or after the street, flats in words,
a building named before the street, all-lower-case text; and street-like phrases that are not addresses."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import found


def _redact(redactor, empty_case, text):
    return redact_text(text, empty_case, redactor)


def _covered(result, phrase: str) -> bool:
    """Every character of ``phrase`` (its letters and digits) lies inside some redaction, whatever its type."""
    start = result.text.index(phrase)
    spans = [(r.start, r.end) for r in result.redactions]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(phrase))
               if result.text[i].isalnum())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("home visit to jaden at twenty seven larchfield avenue with mum", "twenty seven larchfield avenue"),
        ("They live at number twelve Larchfield Avenue now.", "number twelve Larchfield Avenue"),
        ("Dad lives on Larchfield Avenue number twelve, near the shops.", "Larchfield Avenue number twelve"),
        ("dad stays at 4 quernmore sowerby street most of the week", "4 quernmore sowerby street"),
        ("visit at flat six brackenbury view with mum", "flat six brackenbury view"),
        ("mum said she used to live at number nine ellerbeck walk before", "number nine ellerbeck walk"),
        ("she moved to apartment four holtby house rawcliffe lane last year", "apartment four holtby house rawcliffe lane"),
        ("Her father resides at The Old Smithy, Kirkbride Lane, and has contact.", "The Old Smithy, Kirkbride Lane"),
        ("She stays with her grandad at The Shieling, Balquharn Farm most weekends.", "The Shieling, Balquharn Farm"),
        ("They live at 17 Heol y Gwenyn, near the school.", "17 Heol y Gwenyn"),
        ("nan walked over from her flat in Maes y Deri this morning.", "Maes y Deri"),
        ("seen with mam at flat two, nineteen ffordd cribyn this morning", "flat two, nineteen ffordd cribyn"),
        ("Uncle, 43 Hartside Brow, will keep him tonight.", "43 Hartside Brow"),
        ("They live at 9 Kirkgate Vennel now.", "9 Kirkgate Vennel"),
    ],
    ids=["lower-case-number-words", "number-before", "number-after", "lower-case-digits", "lower-case-flat-in-words",
         "lower-case-number-before", "lower-case-flat-in-a-building", "house-name-before-a-street",
         "house-name-beside-a-farm", "welsh-street-numbered", "welsh-street-unnumbered", "welsh-street-lower-case",
         "regional-street-word-brow", "regional-street-word-vennel"],
)
def test_an_address_as_dictated_is_found(redactor, empty_case, text, expected):
    assert found(_redact(redactor, empty_case, text), "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize(
    "text, address",
    [
        ("They moved to Flat 4 Brackenbury House, Sowerby Lane in June.", "Flat 4 Brackenbury House, Sowerby Lane"),
        ("I went out to the flat, Flat 7, Ellerbeck House, 40 Quernmore Road, mum was in.",
         "Flat 7, Ellerbeck House, 40 Quernmore Road"),
    ],
    ids=["flat-in-a-named-block", "flat-building-and-street"],
)
def test_an_address_with_a_building_in_it_is_redacted_whole(redactor, empty_case, text, address):
    assert _covered(_redact(redactor, empty_case, text), address)


@pytest.mark.parametrize(
    "text",
    [
        "it is a ten minute walk down the road to the shops",
        "nan lives two doors down the lane",
        "at ten we went for a walk along the main road",
        "he got the number 30 bus into town",
        "mum put herself at a number six on the scale",
        "she went down the high street with her nan",
        "the park at the end of the road is where they play",
        "they live three houses down on the same street",
    ],
)
def test_street_like_phrases_are_not_addresses(redactor, empty_case, text):
    assert found(_redact(redactor, empty_case, text), "STREET_ADDRESS") == []
