"""Names by cue. All-lower-case dictation: the word after a name title or a written family title is a name
(``PersonNameRecognizer._after_lower_title``); "miss" the verb and an English word after a family
title are left."""

from __future__ import annotations

from transcribe.redaction import redact_text

TEXT = ("visit today mum said nana pat has him on fridays and his teacher mrs okafor said he is doing well "
        "and miss lindqvist the senco agreed but he will miss school on monday as dr nwosu wants to see him "
        "and uncle dez will drive them while auntie said nothing")


def test_names_after_lower_case_titles(redactor, empty_case):
    result = redact_text(TEXT, empty_case, redactor)
    redacted = {TEXT[r.start:r.end] for r in result.redactions}
    assert {"pat", "okafor", "lindqvist", "nwosu", "dez"} <= redacted, redacted
    assert not redacted & {"school", "said", "nothing", "monday"}, redacted


def test_titles_in_cased_text_left_to_the_written_patterns(redactor, empty_case):
    text = "Mum said she will miss school today. The teacher agreed."
    assert redact_text(text, empty_case, redactor).redactions == []


def test_word_name_as_the_subject_of_a_telling_verb(redactor, empty_case):
    text = "Will said he would try harder. Hope told me she was fine. The will said nothing of it. I hope she came."
    result = redact_text(text, empty_case, redactor)
    redacted = [(r.start, text[r.start:r.end]) for r in result.redactions]
    assert redacted == [(0, "Will"), (text.index("Hope told"), "Hope")], redacted
