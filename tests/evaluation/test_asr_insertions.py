from __future__ import annotations

from evaluation.asr.insertions import KIN_WORDS, case_words, count_insertions, words_said

NAMES = ["Kayleigh Robson", "Maureen Robson", "Mrs Whitfield", "Bobbi-Jo Athey"]


def test_a_case_name_and_kin_word_written_over_other_words_count_as_insertions():
    found = count_insertions("She would like to see her dad more often.", "She would like to see her nan Maureen.", NAMES)
    assert dict(found.names) == {"maureen": 1} and dict(found.kin) == {"nan": 1} and found.total == 2


def test_words_written_as_often_as_said_or_less_count_nothing():
    ref = "Kayleigh said her nan Maureen Robson is kind. Her nan's house is calm."
    assert count_insertions(ref, ref, NAMES).total == 0
    assert count_insertions(ref, "Kayleigh said her nan is kind.", NAMES).total == 0  # missing is not inserted
    assert words_said(ref, NAMES) == 5  # kayleigh, nan, maureen, robson, nan('s)


def test_a_name_written_once_more_than_said_counts_once_and_titles_and_hyphens_are_handled():
    found = count_insertions("Bobbi-Jo was seen.", "Bobbi-Jo Athey was seen by Bobbi-Jo.", NAMES)
    assert dict(found.names) == {"athey": 1, "bobbi-jo": 1}
    assert "mrs" not in case_words(NAMES) and "whitfield" in case_words(NAMES)
    assert count_insertions("the children", "the Mrs children", NAMES).total == 0


def test_the_kin_list_holds_the_standard_familiar_and_north_east_forms():
    for w in ("mother", "mum", "mam", "father", "dad", "da", "nan", "nana", "nanna", "granda", "grandad", "auntie",
              "aunty", "uncle", "stepdad", "cousin", "carer", "guardian", "sister", "brother"):
        assert w in KIN_WORDS
    assert not {"school", "home", "said", "more", "often"} & KIN_WORDS
