"""The role words (``language.roles``): professional and personal, no family word among them (those are
kinship's), written with their capitals where a note writes them so."""

from __future__ import annotations

from transcribe.language.kinship import KIN_WORDS
from transcribe.language.roles import PERSONAL_ROLES, PROFESSIONAL_ROLES, ROLE_WORDS, ROLE_WORDS_WRITTEN


def test_role_words_are_professional_and_personal_and_no_family_word():
    assert ROLE_WORDS == PROFESSIONAL_ROLES | PERSONAL_ROLES
    assert not ROLE_WORDS & KIN_WORDS  # family words are kinship's, not repeated here
    assert {"SENCO", "GP", "PC", "befriender", "imam"} <= set(ROLE_WORDS_WRITTEN)
