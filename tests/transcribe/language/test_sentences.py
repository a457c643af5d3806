from transcribe.language.sentences import sentences
from transcribe.language.titles import NAME_TITLES, TITLE_SEX


def test_sentences_are_trimmed_spans_of_the_text():
    text = "  I visited today.  Kayleigh was at home!\nMum was there"
    got = sentences(text)
    assert [s for _a, _b, s in got] == ["I visited today.", "Kayleigh was at home!", "Mum was there"]
    assert all(text[a:b] == s for a, b, s in got)


def test_a_titles_full_stop_does_not_end_a_sentence():
    text = "I met Mrs. Whitfield at school. Dr. Patel was there too."
    assert [s for _a, _b, s in sentences(text)] == ["I met Mrs. Whitfield at school.", "Dr. Patel was there too."]


def test_an_empty_text_has_no_sentences():
    assert sentences("  \n ") == []


def test_titles_say_the_sex_they_imply():
    assert TITLE_SEX["mrs"] == "f" and TITLE_SEX["mister"] == "m" and TITLE_SEX["dr"] is None
    assert {"mr", "mrs", "ms", "miss", "mx", "dr"} <= NAME_TITLES
