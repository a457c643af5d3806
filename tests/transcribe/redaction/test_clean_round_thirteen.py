"""Round thirteen (issue 19, clean text): a case name that is also a verb, as the subject at a sentence's start; the
nouns of procedures and bodies that end no person's name; a date of birth with a month's name ending at its year;
a saint's name or a lone listed name after "in" as a place; a contraction that starts no place's name; "and", a
word and a verb that end an organisation's name; possessive endings kept outside names; someone's place ("at
Deano's"); a capitalised word in no list before a verb of doing. Every sentence was written for this test as a
practitioner would dictate it; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import assert_kept, assert_redacted, found

CHASE = parse_context({
    "child": {"name": "Chase Pemberton", "dob": "2010-06-14"},
    "people": [{"name": "Gemma Pemberton", "role": "mother"}, {"name": "Rhodri Pemberton", "role": "uncle"}],
})

# a case name that is also a verb, at a sentence's start before a finite verb: the subject, not an imperative
CHASE_SUBJECT = [
    "We sat in the car for a while. Chase got out at the shop and came back with crisps.",
    "Staff were worried. Chase did come back on time but would not say where he had been.",
    "It was a good visit. Chase reckons his new placement is better than the last one.",
    "Contact went well. Chase made his mum a card and gave it to her at the end.",
    "Chase lit up when his uncle walked in.",
    "Chase could not tell me who the older lads were.",
    "Chase carried his bag up to his room without being asked.",
]


@pytest.mark.parametrize("text", CHASE_SUBJECT)
def test_word_name_as_subject_before_finite_verb_redacted(redactor, text):
    start = text.index("Chase")
    result = redact_text(text, CHASE, redactor)
    assert any(r.start <= start and start + 5 <= r.end for r in result.redactions), found(result, "PERSON")


# the same word as a verb, or before a noun, stays
CHASE_WORD = [
    "Staff chase him up about his homework every night.",
    "He said the police chase him for nothing.",
    "Chase him up about the form, please.",
    "Chase lights were on in the arcade.",
]


@pytest.mark.parametrize("text", CHASE_WORD)
def test_word_name_used_as_word_kept(redactor, text):
    start = text.lower().index("chase")
    result = redact_text(text, CHASE, redactor)
    assert not any(r.start <= start < r.end for r in result.redactions), found(result, "PERSON")


# a procedure named after a person or place, and a body's noun alone, are no person
PROCEDURES = [
    ("I completed the Herbert Protocol form with his photograph and the places he goes.", "Herbert Protocol"),
    ("We talked through the Philippa Pathway for young carers at school.", "Philippa Pathway"),
    ("Mum has been offered the Family Nurse Partnership, and a midwife visits on Fridays.", "Partnership"),
]


@pytest.mark.parametrize("text,value", PROCEDURES)
def test_procedure_or_body_word_not_a_person(redactor, empty_case, text, value):
    result = redact_text(text, empty_case, redactor)
    assert value not in " ".join(found(result, "PERSON")), found(result, "PERSON")


def test_named_person_still_found_beside_procedure(redactor, empty_case):
    assert_redacted(redactor, empty_case, "Sandra Whitlock from the team said she would ring on Monday.", "Sandra Whitlock")


# a date of birth with a month's name ends at its four-digit year
@pytest.mark.parametrize("text,tail", [
    ("Baby Isla was born on 3 October 2026 at thirty six weeks and is feeding well.", "thirty six"),
    ("He was born on 12 March 2025 at 32 weeks and spent a month in special care.", "32"),
])
def test_birth_date_ends_at_its_year(redactor, empty_case, text, tail):
    result = redact_text(text, empty_case, redactor)
    dobs = found(result, "DATE_OF_BIRTH")
    assert dobs and all(tail not in d for d in dobs), dobs


def test_spoken_birth_date_still_whole(redactor, empty_case):
    text = "Her date of birth is the fourth of June 2013 and she is at the school."
    assert_redacted(redactor, empty_case, text, "fourth of June 2013")


# a saint's name as a place, and a lone listed name after "in" before a comma
@pytest.mark.parametrize("text,value", [
    ("We met for a milkshake in St Anne's, near the bus station.", "Anne"),
    ("Her nan lives in St Helens and visits at weekends.", "Helens"),
    ("The contact centre in Stanley, which is closer for Dad, has a space.", "Stanley"),
    ("Mum moved to a flat in Ely, and the children stay with her at weekends.", "Ely"),
])
def test_saint_or_lone_name_after_in_is_a_place(redactor, empty_case, text, value):
    assert_kept(redactor, empty_case, text, value)


def test_name_after_in_with_possessive_still_a_person(redactor, empty_case):
    assert_redacted(redactor, empty_case, "She spends most evenings in Kerry's room listening to music.", "Kerry")


# a contraction starts no place's name after "school, "
def test_contraction_after_kind_not_a_place(redactor, empty_case):
    text = "Visit on Thursday after school, I'm Bethan Lloyd, the allocated social worker."
    result = redact_text(text, empty_case, redactor)
    assert not any("I'm" in v for v in found(result, "INSTITUTION")), found(result, "INSTITUTION")
    assert_redacted(redactor, empty_case, text, "Bethan Lloyd")


# "and", one word, then a verb that needs a subject: a new clause, not the organisation's name
def test_and_then_a_subject_ends_an_organisation(redactor):
    case = parse_context({"child": {"name": "Osian Pryce", "dob": "2008-02-02"},
                          "people": [{"name": "Aled Pryce", "role": "uncle"}]})
    text = "He is on a bricklaying course with Glanmor Building Skills and Aled has been driving him there."
    result = redact_text(text, case, redactor)
    assert not any("Aled" in v for v in found(result, "INSTITUTION")), found(result, "INSTITUTION")
    assert "Aled" in found(result, "PERSON")


def test_and_inside_an_organisation_name_kept_whole(redactor, empty_case):
    assert_redacted(redactor, empty_case, "He hopes for an apprenticeship with Tranter and Hulme Plumbing.",
                    "Tranter and Hulme Plumbing")


# the possessive ending stays outside a name
def test_hyphenated_name_possessive_outside(redactor):
    case = parse_context({"child": {"name": "Ruby-Jo Atkins", "dob": "2016-01-01"}})
    result = redact_text("I spoke to Ruby-Jo's teacher after lunch.", case, redactor)
    assert "Ruby-Jo" in found(result, "PERSON") and "Ruby-Jo's" not in found(result, "PERSON")


def test_lower_case_possessive_without_apostrophe_outside(redactor):
    case = parse_context({"child": {"name": "Kai Dunmore", "dob": "2013-05-05"},
                          "people": [{"name": "Leanne Dunmore", "role": "mother"}]})
    text = ("went to see kai at home today and mum leanne was there kais phone has been taken off him "
            "and we talked about school and the week ahead and what happens next")
    result = redact_text(text, case, redactor)
    start = text.index("kais")
    assert any(r.start == start and r.end == start + 3 for r in result.redactions), found(result, "PERSON")


# someone's place: "at Deano's"
@pytest.mark.parametrize("text,name", [
    ("She said she had been 'just chilling at Jonno's' and would not say more.", "Jonno"),
    ("He stayed over at Kez's on Friday without telling staff.", "Kez"),
])
def test_someones_place_names_someone(redactor, empty_case, text, name):
    assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("text,value", [
    ("We went to Nando's after the review.", "Nando"),
    ("She went round to Mam's for her tea.", "Mam"),
])
def test_someones_place_guards(redactor, empty_case, text, value):
    assert_kept(redactor, empty_case, text, value)


# a capitalised word in no list, mid-sentence, before a verb of doing
def test_unlisted_subject_before_verb(redactor, empty_case):
    assert_redacted(redactor, empty_case, "He said he only hit back because Trey started it at break.", "Trey")


def test_word_also_written_small_not_a_subject(redactor, empty_case):
    text = "Dad works at the factory School rang about his attendance. The school are worried."
    assert_kept(redactor, empty_case, text, "School")


# a kind said plainly, then its own name between commas, which may begin with a generic word
@pytest.mark.parametrize("text,name", [
    ("Maisie goes to the after school club, Kids Hideout, on Mondays and Thursdays.", "Kids Hideout"),
    ("He goes to a youth club, Youth Zone Arrowmoor, on a Friday night.", "Youth Zone Arrowmoor"),
])
def test_own_name_after_kind_with_generic_first_word(redactor, empty_case, text, name):
    assert_redacted(redactor, empty_case, text, name)


def test_kind_repeated_as_name_after_kind_kept(redactor, empty_case):
    assert_kept(redactor, empty_case, "She goes to the youth club, Youth Club, on Fridays.", "Youth")


# a side's name said with its sport after it in lower case: the sport is not the name
@pytest.mark.parametrize("text,name,sport", [
    ("Tyler has been going to Kirkholt Panthers rugby on Sunday mornings.", "Kirkholt Panthers", "rugby"),
    ("She has been going to Carrowmena Gaels hurling since the summer.", "Carrowmena Gaels", "hurling"),
])
def test_sport_after_side_not_in_name(redactor, empty_case, text, name, sport):
    result = redact_text(text, empty_case, redactor)
    assert name in found(result, "INSTITUTION"), found(result, "INSTITUTION")
    assert not any(sport in v for v in found(result, "INSTITUTION"))


def test_capitalised_sport_in_a_name_kept_in_it(redactor, empty_case):
    assert_redacted(redactor, empty_case, "He goes to Hartside Boxing on Tuesdays.", "Hartside Boxing")


# a surname with its prefix capitalised inside it, after a title
@pytest.mark.parametrize("text,name", [
    ("Her hip is sore; she sees Dr MacLeish at Dornoch Medical Practice.", "MacLeish"),
    ("Nan has been seeing Dr MacAskill about her knees.", "MacAskill"),
])
def test_prefixed_surname_whole_after_title(redactor, empty_case, text, name):
    assert_redacted(redactor, empty_case, text, name)


# a role, then who holds it
@pytest.mark.parametrize("text,name", [
    ("She goes to the young carers group and the worker there is Kestrel, who rings Mum weekly.", "Kestrel"),
    ("His key worker is Wren. He trusts her.", "Wren"),
    ("His mentor is Heron, and they go fishing on Saturdays.", "Heron"),
])
def test_name_after_role_is(redactor, empty_case, text, name):
    assert_redacted(redactor, empty_case, text, name)


def test_english_word_after_role_is_with_sentence_going_on_kept(redactor, empty_case):
    assert_kept(redactor, empty_case, "The duty social worker is Off sick this week.", "Off")


# lower-case dictation: a case name that is a time of day or a season, after a preposition of time, is the word
DAWN = parse_context({"child": {"name": "Kyle Brennan", "dob": "2011-01-01"},
                      "people": [{"name": "Dawn Brennan", "role": "mother"}, {"name": "Summer Brennan", "role": "sister"}]})
LOWER_PAD = " and we talked about school and what happens next and it all seemed fine and kyle was chatty with me today"


@pytest.mark.parametrize("text,word", [
    ("the neighbour said kyle was out on the street at dawn on saturday" + LOWER_PAD, "at dawn"),
    ("mum wants the repairs done by summer so the kids can use the garden" + LOWER_PAD, "by summer"),
])
def test_time_word_after_time_preposition_kept_lower_case(redactor, text, word):
    result = redact_text(text, DAWN, redactor)
    start = text.index(word) + len(word.split()[0]) + 1
    assert not any(r.start <= start < r.end for r in result.redactions), result.redacted_text


def test_case_name_after_other_preposition_still_redacted_lower_case(redactor):
    text = "kyle had a text from dawn at teatime saying she was on her way" + LOWER_PAD
    result = redact_text(text, DAWN, redactor)
    start = text.index("dawn")
    assert any(r.start <= start < r.end for r in result.redactions), result.redacted_text
