import pytest

from transcribe.language.kinship import (
    FEMININE, KIN_OTHER_LANGUAGES, KIN_WORDS, KIN_WORDS_OTHER_LANGUAGES, KINSHIP, MASCULINE, ROLE_OF, SAID_AS, SIBLINGS,
    KIN_WORDS_THOUGH_LISTED_NAMES, TITLE_WORDS, UNSEXED, WRITTEN_TITLE_WORDS, role_has_sex,
)
from transcribe.redaction.recognizers.person_name_recognizer import first_names, world_names


def test_every_word_is_in_the_table_once_with_one_sex():
    words = [k.word for k in KINSHIP]
    assert len(words) == len(set(words))
    assert FEMININE | MASCULINE | UNSEXED == KIN_WORDS
    assert not FEMININE & MASCULINE and not FEMININE & UNSEXED and not MASCULINE & UNSEXED


@pytest.mark.parametrize("word, role", [("mam", "mother"), ("da", "father"), ("nanna", "grandmother"),
                                        ("granda", "grandfather"), ("stepdad", "stepfather"), ("sis", "sister"),
                                        ("fostercarer", "foster carer")])
def test_north_east_and_familiar_forms_name_their_relation(word, role):
    assert ROLE_OF[word] == role


def test_a_practitioner_says_mam_for_a_mother_and_nothing_for_a_carer():
    assert SAID_AS["mother"] == "mam" and SAID_AS["stepmum"] == "stepmam" and SAID_AS["half-brother"] == "brother"
    assert "carer" not in SAID_AS and "guardian" not in SAID_AS


def test_title_words_are_said_before_a_first_name():
    assert {"mam", "mum", "dad", "auntie", "uncle"} <= TITLE_WORDS
    assert "mother" not in TITLE_WORDS and "brother" not in TITLE_WORDS


def test_written_titles_are_the_ones_notes_capitalise_before_a_name():
    # "Mam Senma" in a transcript is more often a misheard word after "mam" than a name: not a written title
    assert {"auntie", "uncle", "nanna", "granda"} <= WRITTEN_TITLE_WORDS
    assert not {"mam", "mum", "dad", "mother"} & WRITTEN_TITLE_WORDS


def test_siblings_are_brothers_and_sisters_of_every_kind():
    assert {"brother", "sister", "half-sister", "stepbrother", "twin", "siblings"} <= SIBLINGS
    assert "cousin" not in SIBLINGS


@pytest.mark.parametrize("role, sex, expected", [
    ("foster mum", "f", True), ("maternal grandmother", "f", True), ("Step-Dad", "m", True),
    ("mother's partner", "f", True), ("foster carer", "f", False), ("child", "m", False),
])
def test_a_case_context_role_names_a_sex_when_one_of_its_words_does(role, sex, expected):
    assert role_has_sex(role, sex) is expected


def test_family_words_of_other_languages_with_and_without_their_accents():
    assert KIN_OTHER_LANGUAGES["babcia"] == "grandmother" and KIN_OTHER_LANGUAGES["hooyo"] == "mother"
    assert KIN_OTHER_LANGUAGES["bunică"] == KIN_OTHER_LANGUAGES["bunica"] == "grandmother"
    assert "dayi" in KIN_OTHER_LANGUAGES and "dayı" in KIN_OTHER_LANGUAGES


def test_no_family_word_of_another_language_is_also_a_listed_first_name_but_those_kept_by_name():
    assert KIN_WORDS_OTHER_LANGUAGES & (first_names() | world_names()) == KIN_WORDS_THOUGH_LISTED_NAMES
    assert not KIN_WORDS_OTHER_LANGUAGES & {"mae", "abi", "zia", "hala", "didi", "irma"}
