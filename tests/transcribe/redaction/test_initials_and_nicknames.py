"""A case person's initials and a nickname the note gives as a name (issue 19, clean text and transcripts alike).

Initials: a case person's first and last name's first letters (either part of a hyphenated surname, a hyphenated
first name's own), written "KB", "K.B." or "T-R", are that person, unless they are a word, a title ("DC Sandhu") or an
initialism of everyday or social-work use ("the GP", "PE"). A nickname: a capitalised word after the verbs English
names someone with ("known as", "call him", "nicknamed", "who everyone calls") is a name though an English word (not a family
word: "who he calls Nana"), and so wherever the note
writes it capitalised again.
"""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import heard, is_kept, is_redacted

FAMILY = parse_context({
    "child": {"name": "Kayden Armstrong-Bell", "dob": "2012-03-04"},
    "people": [{"name": "Lisa Bell", "role": "mother"}, {"name": "Tyler-Ray Smith", "role": "brother"},
               {"name": "Gail Peters", "role": "aunt"}, {"name": "Dean Carr", "role": "uncle"}],
})


@pytest.mark.parametrize("text, initials", [
    ("KB said he was fine at school today.", "KB"),              # either part of the hyphenated surname
    ("I saw K.A. at the door first.", "K.A"),
    ("LB was tired and had not slept.", "LB"),
    ("T-R was out with his friends.", "T-R"),                    # a hyphenated first name's own
])
def test_a_case_persons_initials_are_that_person(redactor, text, initials):
    assert is_redacted(redact_text(text, FAMILY, redactor), initials)


@pytest.mark.parametrize("text, kept", [
    ("The GP has seen him twice this month.", "GP"),               # GP is Gail Peters's initials, and the family doctor
    ("Present were DC Sandhu and the school nurse.", "DC"),        # Dean Carr's initials, and a rank before a name
    ("He likes PE and football best.", "PE"),
    ("KB said he was fine.", "said he was fine"),
])
def test_initials_that_are_an_initialism_or_a_title_stay(redactor, text, kept):
    assert is_kept(redact_text(text, FAMILY, redactor), kept)


def test_initials_of_no_case_person_stay(redactor):
    assert is_kept(redact_text("JW from the youth club rang.", FAMILY, redactor), "JW")


@pytest.mark.parametrize("text, nickname", [
    ("His mates call him Tank and he likes it. Tank said the lads at the park are kind.", "Tank"),
    ("Kayden, known as Smiley to his friends, was happy. Smiley told me about football.", "Smiley"),
    ("Kayden asked me to call him KB as everyone at the home does.", "KB"),
])
def test_a_nickname_given_as_one_is_a_name_wherever_it_is_written_again(redactor, text, nickname):
    result = redact_text(text, FAMILY, redactor)
    assert is_redacted(result, nickname)
    assert nickname not in result.redacted_text


@pytest.mark.parametrize("text, kept", [
    ("They call her Nana at home and she loves it.", "Nana"),      # a family word
    ("I call her every week about the plan.", "every week"),
    ("The tank in the garden was full of water.", "tank"),         # the word, lower case, with no nickname given
])
def test_family_words_and_words_used_as_words_stay(redactor, text, kept):
    assert is_kept(redact_text(text, FAMILY, redactor), kept)


def test_in_a_transcript_a_nickname_that_is_an_english_word_stays_a_word(redactor):
    # the capital is the recogniser's guess: "nobody calls him that" heard "nobody calls him Hat"
    result = heard(redactor, None, "His full name is Oliver, but nobody calls him Hat. He settled in well.")
    assert is_kept(result, "Hat")


def test_in_a_transcript_a_nickname_that_is_also_a_first_name_is_a_name(redactor):
    result = heard(redactor, None, "She talks to a lad on Snapchat who calls himself Jordan, and says he is 17.")
    assert is_redacted(result, "Jordan")


@pytest.mark.parametrize("text, again", [
    ("Tia-Mae, who prefers to be called Tee, was in the car. Her mum wants Tee home by ten.", "Tee home"),
    ("He likes being called Bear by his nan. Bear was quiet today.", "Bear was"),
    ("Visit to Kyle, who his mates call Tank. Tank said he was fine.", "Tank said"),  # in a relative clause
    ("Saw Poppy-Grace, who everyone calls Pops, at home. Pops showed me her drawing.", "Pops showed"),
    ('The night worker he calls "Sunny" came in. Sunny is the one he trusts.', "Sunny is"),  # a pronoun, then a quote
])
def test_a_nickname_given_by_the_passive_naming_verb_or_a_relative_clause_is_a_name_wherever_it_is_written_again(
        redactor, text, again):
    result = redact_text(text, FAMILY, redactor)
    start = text.index(again)
    assert is_redacted(result, again.split()[0])  # where it is given (its first place)
    assert {r.entity for r in result.redactions if r.start <= start < r.end} == {"PERSON"}  # and where said again


def test_what_a_thing_is_to_be_called_after_a_word_stays(redactor):
    assert is_kept(redact_text("The new group is to be called the Cafe on Tuesdays.", FAMILY, redactor), "the Cafe")



@pytest.mark.parametrize("text, word", [
    ("Kyle lives with his grandmother, who he calls Nana, and Nana was kind.", "Nana"),
    ('He calls "Mum" every night from the home.', "Mum"),
    ("She called Childline last week and they listened.", "Childline"),  # phoned: no quotation mark
])
def test_a_family_word_or_a_service_after_a_naming_verb_stays(redactor, text, word):
    assert is_kept(redact_text(text, FAMILY, redactor), word)


@pytest.mark.parametrize("text, again", [
    # what a person's name really is, said after the name everyone uses: the word before is a name, even a word the
    # never-redact lists hold for something else (MIND the charity, PIP the benefit)
    ("Visit to Mind and Kayden. Mind's real name is Gail, nobody uses it. Mind was in the garden.", "Mind was"),
    ("Pip's proper name is Tyler-Ray, he is seven. Later Pip read to me.", "Pip read"),
    # a nickname given with who knows it by between "known" and "as", said again after a preposition of place
    ("Kayden, known to everyone as Sparky, was home. I will ask school about changes in Sparky's mood.", "Sparky's mood"),
])
def test_a_name_said_to_be_what_someone_is_really_called_is_a_name_wherever_written_again(redactor, text, again):
    result = redact_text(text, FAMILY, redactor)
    name = again.split()[0].removesuffix("'s")
    assert is_redacted(result, name)  # where it is given (its first place)
    start = text.index(again)
    assert any(r.start == start and r.end == start + len(name) and r.entity == "PERSON" for r in result.redactions)


def test_the_benefit_stays_where_no_one_is_given_its_name(redactor):
    result = redact_text("Mum has applied for PIP and Pip is a word she uses for it.", FAMILY, redactor)
    assert is_kept(result, "PIP")


def test_a_nickname_said_again_inside_a_never_redact_phrase_is_the_phrase(redactor):
    text = "Dad, who everyone calls Duke, came round. Duke left at ten. Paige loves her Duke of Edinburgh walks."
    result = redact_text(text, FAMILY, redactor)
    assert is_redacted(result, "Duke")  # where it is given
    assert any(r.start == text.index("Duke left") for r in result.redactions)  # said again
    assert not any(r.start < text.index("Duke of") + 4 and text.index("Duke of") < r.end for r in result.redactions)
