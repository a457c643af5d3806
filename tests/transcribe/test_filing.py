"""Filing: templates as files, version 1 files each sentence once, doubt passages that are worth a listen,
and the filed text (each sentence once, child's words marked, no doubt markers, who approved it)."""

from __future__ import annotations

import json

import pytest

from transcribe.context import parse_context
from transcribe.errors import FilingError, NoteTemplateError
from transcribe.filing import (
    carries_meaning,
    doubt_passages,
    draft_filing,
    load_template,
    render_filed_html,
    render_filed_text,
)
from transcribe.note import Doubt, RedactionResult, Segment, Tag, Transcript, Word
from transcribe.structure import build_note

CONTEXT = parse_context({"case_ref": "CN-1", "child": {"name": "Kayleigh Robson"},
                         "people": [{"name": "Donna Robson", "role": "mother"}]})
S1 = "I saw Kayleigh on her own."
S2 = "Kayleigh said she is not happy at the house."
S3 = "Donna will ring the school by Friday."
TEXT = f"{S1} {S2} {S3}"


def _note(doubts=()):
    words = []
    for i, w in enumerate(TEXT.split(" ")):
        words.append(Word(i * 0.5, i * 0.5 + 0.4, (" " if i else "") + w, 0.9))
    seg = Segment(0.0, len(words) * 0.5, TEXT, 0.9, char_start=0, char_end=len(TEXT), words=words)
    at = TEXT.index
    tags = [Tag(at(S2), at(S2) + len(S2), "child_voice", S2), Tag(at(S2), at(S2) + len(S2), "worry", S2),
            Tag(at(S2), at(S2) + len(S2), "wishes_feelings", S2), Tag(at(S3), at(S3) + len(S3), "next_step", S3),
            Tag(at(S3), at(S3) + len(S3), "worry", S3)]
    return build_note(Transcript(TEXT, "en", 12.0, "tiny.en", [seg]), RedactionResult(TEXT, TEXT, []), tags,
                      list(doubts), CONTEXT)


def _doubt(words: str, reason="low_word_probability") -> Doubt:
    a = TEXT.index(words)
    return Doubt(a, a + len(words), 0.0, 0.0, reason, words)


def test_every_sentence_once_under_one_heading_with_its_marks():
    template = load_template()
    filing = draft_filing(_note(), template)
    assert [s.text for s in filing.sentences] == [S1, S2, S3]
    assert [s.heading for s in filing.sentences] == ["observations", "worries", "next_steps"]
    assert filing.sentences[1].child_voice and filing.sentences[1].wishes_feelings
    assert filing.sentences[0].start_s == 0.0 and filing.sentences[2].start_s > filing.sentences[1].start_s
    assert filing.evidence.child_voice_evidenced == "yes"


@pytest.mark.parametrize("word,meaningful", [
    ("the", False), ("is", False), ("a", False), ("her", False), ("not", True), ("didn't", True), ("92", True),
    ("twenty", True), ("Kayleigh", True), ("house", True), ("scared", True),
])
def test_words_that_carry_meaning(word, meaningful):
    assert carries_meaning(word) is meaningful


def test_function_words_alone_are_no_passage_and_neighbours_merge():
    note = _note([_doubt("the"), _doubt("is"), _doubt("not"), _doubt("happy"), _doubt("at the house")])
    passages = doubt_passages(note, context=CONTEXT)
    assert [(p.sentence, p.text) for p in passages] == [(1, "is not happy at the house")]
    assert S2[passages[0].start:passages[0].end] == passages[0].text  # offsets into its sentence
    lone = doubt_passages(_note([_doubt("the"), _doubt("her")]), context=CONTEXT)
    assert lone == []


def test_stretch_flags_always_count():
    note = _note([_doubt("Donna", "name_corrected")])
    assert [p.text for p in doubt_passages(note, context=CONTEXT)] == ["Donna"]
    # an identifier the recogniser was unsure of, however ordinary its words ("by" for a misheard digit)
    (unclear,) = doubt_passages(_note([_doubt("by", "identifier_unclear")]), context=CONTEXT)
    assert (unclear.text, unclear.reasons, unclear.start_s) == ("by", ["identifier_unclear"], TEXT.split(" ").index("by") * 0.5)


def test_filed_text_each_sentence_once_marked_and_signed():
    template = load_template()
    note = _note([_doubt("not happy")])
    note.filed = draft_filing(note, template)
    note.filed.approved_by, note.filed.approved_at = "Sam Carter", "2026-03-14T16:05:00+00:00"
    text = render_filed_text(note, template)
    assert all(text.count(s) == 1 for s in (S1, S2, S3))
    assert f"“{S2}” [child's voice; wishes and feelings]" in text
    assert "[?" not in text and "CHECK AUDIO" not in text
    assert "Approved by Sam Carter on 14 March 2026 at 16:05 UTC (version 1)." in text
    assert text.index("WHAT ARE WE WORRIED ABOUT?") < text.index("WHAT NEEDS TO HAPPEN?")
    html = render_filed_html(note, template)
    assert '<q class="child-voice">' in html and "<h2>What are we worried about?</h2>" in html


def test_a_council_template_file(tmp_path):
    path = tmp_path / "council.json"
    path.write_text(json.dumps({"id": "council", "headings": [
        {"key": "actions", "title": "Actions", "labels": ["next_step"]},
        {"key": "notes", "title": "Notes"}], "default_heading": "notes", "questions": ["seen_alone"]}))
    template = load_template(path)
    note = _note()
    note.filed = draft_filing(note, template)
    assert [s.heading for s in note.filed.sentences] == ["notes", "notes", "actions"]
    text = render_filed_text(note, template)
    assert "ACTIONS" in text and "Child seen alone: Yes" in text and "2a" not in text


@pytest.mark.parametrize("content,says", [
    ("{", "not valid JSON"), ('{"id": "x"}', "needs an 'id' and a list of 'headings'"),
    ('{"id": "x", "headings": [{"key": "a", "title": "A"}], "questions": ["shoe_size"]}', "unknown question"),
])
def test_bad_template_files_say_what_to_fix(tmp_path, content, says):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(NoteTemplateError, match=says):
        load_template(path)
    with pytest.raises(NoteTemplateError, match="signs-of-safety"):
        load_template("no-such-template")


def test_unknown_heading_is_refused():
    with pytest.raises(FilingError, match="worries"):
        load_template().heading("nowhere")


def test_a_spoken_heading_is_not_filed_as_a_sentence():
    from transcribe.note import RedactionResult as RR

    text = f"{S1} Next steps. {S3}"
    seg = Segment(0.0, 6.0, text, 0.9, char_start=0, char_end=len(text))
    a = text.index(S3)
    note = build_note(Transcript(text, "en", 6.0, "tiny.en", [seg]), RR(text, text, []),
                      [Tag(a, a + len(S3), "next_step", S3)], [], CONTEXT)
    filing = draft_filing(note, load_template())
    assert [(s.text, s.origin) for s in filing.sentences] == [(S1, 0), (S3, 2)]
    assert filing.sentences[1].heading == "next_steps"


def test_a_title_does_not_end_a_sentence():
    from transcribe.filing import machine_sentences
    from transcribe.note import RedactionResult as RR

    text = "This is Mrs. Sarah Hall, social worker. I met Mr. Dodds at the school."
    note = build_note(Transcript(text, "en", 6.0, "tiny.en", []), RR(text, text, []), [], [], CONTEXT)
    assert [t for _a, _b, t in machine_sentences(note)] == [
        "This is Mrs. Sarah Hall, social worker.", "I met Mr. Dodds at the school."]
