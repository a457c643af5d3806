"""All-lower-case dictation (a recogniser with no casing): names no list holds, by the place they stand in
(``UncasedNameRecognizer``); a case name used as a word (``uncased.used_as_word``); schools and clubs said
without capitals (``InstitutionRecognizer``, ``CaseContextRecognizer``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import found

# enough plain lower-case words around each sentence that the note reads as uncased (nlp_engine.is_lower_case_style)
PAD = " and after that we talked about the week at home and what happens next and it all seemed fine to me today"

FAMILY = parse_context({
    "child": {"name": "Corin Tregear", "dob": "2014-06-02"},
    "people": [{"name": "Rose Tregear", "role": "mother"}, {"name": "Will Tregear", "role": "brother"},
               {"name": "Lacey-Jo Tregear", "role": "sister"}, {"name": "Pearl Kitto", "role": "grandmother"}],
    "school": "Mount Hawke Academy",
})


def persons(text: str, redactor, context) -> set[str]:
    return set(found(redact_text(text + PAD, context, redactor), "PERSON"))


def institutions(text: str, redactor, context) -> set[str]:
    return set(found(redact_text(text + PAD, context, redactor), "INSTITUTION"))


@pytest.mark.parametrize("text, name", [
    ("he has been hanging about with his mate tegen from the flats", "tegen"),  # after a relationship word
    ("a boy called zoltan gave him the phone", "zoltan"),  # after "called"
    ("the group leader morwen says she is doing great", "morwen"),  # after a role
    ("her best friend is ifeoluwa and they walk in together", "ifeoluwa"),  # cue, "is", name
    ("she agreed to meet ruairidh the youth worker on friday", "ruairidh"),  # before "the" and a role
    ("he says eithne rings him most nights", "eithne"),  # before a verb of doing
])
def test_name_shaped_word_in_a_name_place(redactor, empty_case, text, name):
    assert name in persons(text, redactor, empty_case)


def test_both_sides_of_and_after_a_cue(redactor, empty_case):
    got = persons("his mates are ostrowski and adebowale from the estate", redactor, empty_case)
    assert {"ostrowski", "adebowale"} <= got, got


def test_beside_a_case_name_with_and(redactor):
    assert "tamsyn" in persons("he went round with corin and tamsyn after tea", redactor, FAMILY)


def test_two_letter_first_name_after_a_role_with_a_surname(redactor, empty_case):
    got = " ".join(persons("the health visitor mo tregunna came too", redactor, empty_case)).split()
    assert {"mo", "tregunna"} <= set(got), got


def test_name_found_once_is_a_name_again(redactor, empty_case):
    text = "he likes to be called kenzo now and kenzo is at the club most nights"
    assert found(redact_text(text + PAD, empty_case, redactor), "PERSON") == ["kenzo", "kenzo"]


def test_title_is_no_two_letter_name(redactor, empty_case):
    got = persons("her teacher ms trevithick says she is settled", redactor, empty_case)
    assert "ms" not in " ".join(got).split() and "trevithick" in got, got


def test_surname_after_a_name(redactor, empty_case):
    assert "sue trewhella" in persons("the plan was written with sue trewhella from the team", redactor, empty_case)


@pytest.mark.parametrize("text", [
    "his mate from the estate picked him up in a car",  # a cue before English words
    "mum said the calpol and ibuprofen helped and dad agreed",  # brands beside "and", no name among them
    "the youth worker rang and said he had missed the session",  # "rang": an inflected verb, not a name
    "her sister texted and said she was coming round later",
])
def test_no_name_where_none_stands(redactor, empty_case, text):
    assert persons(text, redactor, empty_case) == set()


@pytest.mark.parametrize("text, name", [
    ("corin said will takes his charger without asking", "will"),  # the brother, before a verb
    ("i saw will at the park with his friends", "will"),
    ("mum rose came to the door", "rose"),
    ("we sat in pearls kitchen for an hour", "pearl"),  # the possessive written without its apostrophe
    ("lacey-jo was at nursery", "lacey-jo"),  # across the hyphen the tokenizer splits on
])
def test_case_name_in_lower_case(redactor, text, name):
    assert name in persons(text, redactor, FAMILY)


@pytest.mark.parametrize("text, word", [
    ("he said he will stop if they leave him alone", "will"),  # after a pronoun
    ("mum will ring the school tomorrow", "will"),  # a modal before a verb
    ("nana planted a rose bush by the gate", "rose"),  # after an article
    ("she wore the pearl necklace nana gave her", "pearl"),
])
def test_case_name_used_as_a_word(redactor, text, word):
    assert word not in persons(text, redactor, FAMILY)


def test_listed_name_after_an_article_is_a_word(redactor, empty_case):
    assert persons("she picked the violet crayon and a daisy sticker", redactor, empty_case) == set()


@pytest.mark.parametrize("text, name", [
    ("she is in year two at penwithick primary and loves it", "penwithick primary"),  # a school's kind said alone
    ("he goes to the carnmoggas club after school", "carnmoggas club"),
    ("he plays for goonhavern rovers under elevens", "goonhavern rovers"),  # the side after its cue
    ("he plays for truro town colts on saturday", "truro town colts"),
    ("mum goes to st piran recovery hub for support", "st piran recovery hub"),  # a saint's name before the kind
    ("they go to tiny crabs stay and play at st petroc's church hall", "st petroc's church hall"),
    ("she goes to clwb ieuenctid on wednesdays", "clwb ieuenctid"),  # before a weekly day
])
def test_school_or_club_in_lower_case(redactor, empty_case, text, name):
    assert name in institutions(text, redactor, empty_case)


def test_case_school_without_its_kind_after_a_cue(redactor):
    assert "mount hawke" in institutions("corin is at mount hawke most days", redactor, FAMILY)


@pytest.mark.parametrize("text", [
    "she attends church on sundays with nana",  # a verb of going, not a name, before the kind
    "he plays for fun with his mates at the weekend",  # an English word after the cue
    "he went to the golf club with his dad",  # an activity's word before "club"
    "they went to great yarmouth on saturday for the day",  # a trip on one day, not a weekly club
    "we are going to skegness on sundays in the summer",  # one word before the day: a town or a sport
])
def test_no_institution_from_ordinary_words(redactor, empty_case, text):
    assert institutions(text, redactor, empty_case) == set()


def test_cased_text_unchanged(redactor, empty_case):
    text = "Mum said she will ring the school. His mate Tegen came round and they played on the Xbox."
    assert persons(text, redactor, empty_case) == {"Tegen"}


def test_a_case_names_short_form_given_as_a_name_is_a_name_wherever_it_is_said(redactor):
    case = parse_context({"child": {"name": "Brandon Kettle", "dob": "2018-06-22"}})
    text = "seen brandon at school, known as bran to everyone, school to ring mum if bran upset" + PAD
    assert {"bran"} <= persons(text, redactor, case)


def test_what_follows_known_as_stays_unless_it_shortens_a_case_name(redactor):
    case = parse_context({"child": {"name": "Brandon Kettle", "dob": "2018-06-22"}})
    text = "brandon is known as the quiet one in class and he had bran flakes" + PAD
    assert persons(text, redactor, case) == {"brandon"}
