"""A name spelt out letter by letter is the name (issue 25: letters read out leave the name they spell in the text);
an agency's initials spelt out, a short initialism and letters with digits stay for their own readings. Sentences
written for this test as practitioners dictate and recognisers write them."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import covered, found, heard, is_kept, is_redacted


@pytest.mark.parametrize("text, spelt", [
    ("Her surname is spelt D-O-C-H-E-R-T-Y and she lives in Govan.", "D-O-C-H-E-R-T-Y"),
    ("Gran's name is Agnes, D O C H E R T Y, she collects him on Fridays.", "D O C H E R T Y"),
    ("The gran is Mrs Docherty, that's at St-O-C-H-R-D-Y, and she is 70.", "St-O-C-H-R-D-Y"),
    ("dad's surname is okafor, o-k-a-f-o-r, and he works in leeds", "o-k-a-f-o-r"),
])
def test_a_name_spelt_out_is_redacted(redactor, text, spelt):
    assert is_redacted(heard(redactor, None, text), spelt)


@pytest.mark.parametrize("text, name", [
    ("Okafor, O-K-A-F-O-R, is the dad's surname.", "Okafor"),
    ("The surname is N-W-O-S-U, Nwosu, and mum uses it too.", "Nwosu"),
])
def test_the_word_the_letters_spell_beside_them_is_redacted(redactor, empty_case, text, name):
    result = redact_text(text, empty_case, redactor)
    start = text.index(name)
    assert set(range(start, start + len(name))) <= covered(result), found(result, "PERSON")


@pytest.mark.parametrize("text, kept", [
    ("She was referred to C-A-M-H-S last year and the N-S-P-C-C rang.", "C-A-M-H-S last year and the N-S-P-C-C"),
    ("He has A-D-H-D and the P-C-S-O knows him.", "A-D-H-D and the P-C-S-O"),  # four letters: an initialism
    ("The plan says B-R-B-S for now.", "B-R-B-S"),
])
def test_initials_spelt_out_are_kept(redactor, text, kept):
    assert is_kept(heard(redactor, None, text), kept)
