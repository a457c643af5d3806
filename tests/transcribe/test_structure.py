"""Structuring: sections, evidence flags, the readable text, the redacted QA view and the schema file."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys

import pytest

from transcribe.context import parse_context
from transcribe.errors import NoteSchemaError
from transcribe.note import Doubt, Redaction, RedactionResult, Segment, Transcript
from transcribe.structure import (
    REGENERATE_SCHEMA,
    SCHEMA_PATH,
    CaseNote,
    build_note,
    check_schema_file,
    extract_visit,
    note_json_schema,
    redacted_view,
    render_text,
)
from transcribe.tagging import build_tagger, tag_text

CONTEXT = parse_context({
    "case_ref": "CN-2026-0042",
    "child": {"name": "Kayleigh Robson", "dob": "2016-05-09", "pronouns": "she"},
    "people": [{"name": "Donna Robson", "role": "mother"}, {"name": "Gary Pattinson", "role": "stepfather"}],
    "worker": "Sarah Hall",
})
DICTATION = (
    "Home visit to Kayleigh Robson on the 14th of March 2026. "
    "Present were Kayleigh and her mum Donna Robson. "
    "I saw Kayleigh on her own in her bedroom. "
    "Kayleigh said she gets scared when Gary shouts at night. "
    "She told me she wants to stay with her nan at weekends. "
    "Donna said she is worried about money. "
    "The house was clean and warm. "
    "I will make a referral to the domestic abuse service by Friday. "
    "Donna agreed to attend the Early Help meeting on the 21st of March. "
    "I asked Kayleigh how well she feels I listened to her and she gave it a four out of five."
)
NAMES = ["Kayleigh Robson", "Kayleigh", "Donna Robson", "Donna", "Gary", "Sarah Hall"]


@pytest.fixture(scope="session")
def tagger():
    from transcribe.models.spacy_model import load_spacy

    return build_tagger(load_spacy())


def make_transcript(text: str, seconds_per_sentence: float = 5.0) -> Transcript:
    segments, t = [], 0.0
    for m in re.finditer(r"[^.]+\.", text):
        words = []
        tokens = list(re.finditer(r"\S+", m.group()))
        step = seconds_per_sentence / len(tokens)  # words spread evenly over the sentence's time
        for i, w in enumerate(tokens):
            start = round(t + i * step, 3)
            end = round(t + (i + 1) * step, 3)
            words.append({"start": start, "end": end, "word": " " + w.group(), "probability": 0.9})
        from transcribe.note import Word

        segments.append(Segment(start=t, end=t + seconds_per_sentence, text=m.group(), confidence=0.9,
                                char_start=m.start(), char_end=m.end(), words=[Word(**w) for w in words]))
        t += seconds_per_sentence
    return Transcript(text=text, language="en", duration_s=t, model="tiny.en", segments=segments)


def redact(text: str, names=NAMES) -> RedactionResult:
    reds: list[Redaction] = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            if not any(r.start < m.end() and r.end > m.start() for r in reds):
                reds.append(Redaction(m.start(), m.end(), "PERSON", "[PERSON]"))
    reds.sort(key=lambda r: r.start)
    out = text
    for r in reversed(reds):
        out = out[: r.start] + r.replacement + out[r.end:]
    return RedactionResult(text=text, redacted_text=out, redactions=reds)


@pytest.fixture(scope="session")
def note(tagger) -> CaseNote:
    tr = make_transcript(DICTATION)
    at = DICTATION.index("gets scared")
    doubts = [Doubt(at, at + 11, 16.0, 17.0, "low_confidence", DICTATION[at: at + 11])]
    return build_note(tr, redact(DICTATION), tag_text(DICTATION, CONTEXT, tagger), doubts, CONTEXT)


def test_visit_details_come_from_the_dictation(note):
    v = note.sections.visit
    assert v.date == "2026-03-14"
    assert v.seen_alone is True
    assert v.child_seen is True
    assert {p.role for p in v.seen} >= {"child", "mother"}


@pytest.mark.parametrize("sentence,alone", [
    ("I saw Liam on his own in the garden.", True),
    ("I spoke to Liam alone in his bedroom.", True),
    ("Liam was not seen alone as mum was present throughout.", False),
    ("Mum refused to let me see Liam without her.", False),
    ("Liam was in the lounge with his mum.", None),
])
def test_seen_alone(sentence, alone):
    ctx = parse_context({"child": {"name": "Liam"}})
    assert extract_visit(sentence, ctx).seen_alone is alone


def test_child_voice_excerpts_carry_timestamps_and_the_doubt_flag(note):
    excerpts = note.sections.child_voice
    scared = next(e for e in excerpts if "gets scared" in e.text)
    assert (scared.start_s, scared.end_s) == (15.0, 20.0)
    assert scared.doubt == ["low_confidence"]
    tag = next(t for t in note.tags if t.label == "child_voice" and "gets scared" in t.text)
    assert tag.doubt == ["low_confidence"] and tag.start_s == 15.0
    assert not any("Donna said" in e.text for e in excerpts)  # a parent's words are not the child's voice


def test_build_note_does_not_change_the_callers_tags(tagger):
    tags = tag_text(DICTATION, CONTEXT, tagger)
    before = copy.deepcopy(tags)
    at = DICTATION.index("gets scared")
    doubts = [Doubt(at, at + 11, 16.0, 17.0, "low_confidence", DICTATION[at: at + 11])]
    built = build_note(make_transcript(DICTATION), redact(DICTATION), tags, doubts, CONTEXT)
    assert tags == before
    assert any(t.doubt for t in built.tags) and all(t.start_s is not None for t in built.tags)  # the note's own copies


def test_next_steps_have_owner_and_due_date(note):
    steps = {s.text: s for s in note.sections.next_steps}
    referral = steps["I will make a referral to the domestic abuse service by Friday."]
    assert (referral.owner_role, referral.due) == ("social worker", "by Friday")
    meeting = steps["Donna agreed to attend the Early Help meeting on the 21st of March."]
    assert (meeting.owner, meeting.owner_role, meeting.due_date) == ("Donna", "mother", "2026-03-21")


def test_wishes_feelings_worries_and_working_well(note):
    s = note.sections
    assert any("wants to stay with her nan" in e.text for e in s.wishes_feelings)
    assert not any("Donna said she is worried" in e.text for e in s.wishes_feelings)  # the parent's feeling
    assert any("Donna said she is worried" in e.text for e in s.worries)
    assert any("clean and warm" in e.text for e in s.working_well)


def test_evidence_flags(note):
    ev = note.sections.evidence
    assert ev.child_voice_evidenced == "yes"
    assert ev.feedback_sought is True
    assert [(a.question, a.score) for a in ev.feedback] == [(2, 4)]
    assert ev.about_review is False and ev.participation_code is None


def _note_for(text: str, context, tagger) -> CaseNote:
    return build_note(make_transcript(text), redact(text, []), tag_text(text, context, tagger), [], context)


def test_baby_is_not_appropriate_and_an_older_child_unheard_is_no(tagger):
    baby = parse_context({"child": {"name": "Ava", "dob": "2025-12-01", "pronouns": "she"}})
    text = "Visit on 3 March 2026. Ava was asleep in her cot. Mum said Ava feeds well."
    assert _note_for(text, baby, tagger).sections.evidence.child_voice_evidenced == "not_appropriate"
    older = parse_context({"child": {"name": "Ava", "dob": "2015-12-01", "pronouns": "she"}})
    assert _note_for(text, older, tagger).sections.evidence.child_voice_evidenced == "no"


@pytest.mark.parametrize("text,code", [
    ("Jack attended his looked after child review. Jack said he wants to stay with Sue.", "PN1"),
    ("Jack attended his looked after child review. Jack pointed to the happy face for Sue's house.", "PN2"),
    ("Jack did not attend his looked after child review. His advocate shared his views at the review.", "PN4"),
    ("Jack did not attend his looked after child review. He wrote a letter to the chair.", "PN5"),
    ("Jack attended his looked after child review but sat quietly.", "PN6"),
    ("Jack chose not to take part in his looked after child review in any way.", "PN7"),
])
def test_participation_code_for_a_review(tagger, text, code):
    ctx = parse_context({"child": {"name": "Jack", "pronouns": "he"}})
    ev = _note_for(text, ctx, tagger).sections.evidence
    assert ev.about_review is True
    assert ev.participation_code == code


def test_render_text_is_readable_and_marks_doubts(note):
    text = render_text(note)
    assert "CHILD'S VOICE" in text and "NEXT STEPS" in text and "WORRIES" in text
    assert "[? gets scared ?]" in text
    assert "CHECK AUDIO" in text
    assert "owner: social worker; due: by Friday" in text
    assert "2a Child's voice evidenced: Yes" in text


def test_redacted_view_leaks_no_identifier(note):
    view = redacted_view(note)
    blob = json.dumps(view, ensure_ascii=False)
    for name in ("Kayleigh", "Robson", "Donna", "Gary", "Sarah", "CN-2026-0042"):
        assert name not in blob, name
    assert view["transcript"]["text"] == note.redacted_text
    # offsets index into the redacted text
    assert view["tags"]
    for tag in view["tags"]:
        assert view["redacted_text"][tag["start"]:tag["end"]].strip() == tag["text"]
    for seg in view["transcript"]["segments"]:
        assert "[PERSON]" in seg["text"] or not any(n in seg["text"] for n in NAMES)
    words = [w["word"] for seg in view["transcript"]["segments"] for w in seg["words"]]
    assert any("[PERSON]" in w for w in words)


def test_redacted_view_scrubs_identifiers_in_free_text(tagger):
    text = "Kayleigh said she is happy."
    tr = make_transcript(text)
    doubts = [Doubt(0, 8, 0.0, 1.0, "repetition", "Kayleigh", detail="repeated 'Kayleigh Kayleigh'")]
    n = build_note(tr, redact(text), tag_text(text, CONTEXT, tagger), doubts, CONTEXT)
    assert "Kayleigh" not in json.dumps(redacted_view(n))


def test_committed_schema_file_is_the_generated_schema():
    """schema/case-note.schema.json, byte for byte, is what the CaseNote dataclasses generate; when they change,
    the failure names the command that rewrites it."""
    try:
        check_schema_file(SCHEMA_PATH)
    except NoteSchemaError as exc:
        pytest.fail(str(exc), pytrace=False)
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert {"transcript", "sections", "tags", "redactions", "doubts"} <= set(committed["properties"])


def test_a_stale_schema_file_fails_with_the_command_that_regenerates_it(tmp_path):
    stale = tmp_path / "case-note.schema.json"
    schema = note_json_schema()
    del schema["properties"]["tags"]  # as if a field had been added to CaseNote since the file was written
    stale.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with pytest.raises(NoteSchemaError) as err:
        check_schema_file(stale)
    assert str(err.value).endswith(f"From the project root run: {REGENERATE_SCHEMA}")

    # the command it names, run from the project root (here writing to the copy), makes the check pass
    cmd = [sys.executable, *REGENERATE_SCHEMA.split()[1:], "--out", str(stale)]
    subprocess.run(cmd, cwd=SCHEMA_PATH.parent.parent, check=True, capture_output=True)
    check_schema_file(stale)
    assert stale.read_text(encoding="utf-8") == SCHEMA_PATH.read_text(encoding="utf-8")


def test_note_json_validates_as_a_case_note(note):
    """A built note, through JSON and back, is a valid CaseNote (the type the committed schema is generated from,
    checked byte for byte above)."""
    from dataclasses import asdict

    from pydantic import TypeAdapter

    data = json.loads(json.dumps(asdict(note)))
    assert TypeAdapter(CaseNote).validate_python(data) == note


def test_spoken_headings_file_what_follows_and_are_not_excerpts_themselves(tagger):
    text = ("Worries. Gary shouted at Donna on Saturday night and the kids hid upstairs. "
            "What's working well. Donna kept the door locked and rang her sister. "
            "Next steps. Referral to the domestic abuse service.")
    s = _note_for(text, CONTEXT, tagger).sections
    assert [e.text for e in s.worries] == ["Gary shouted at Donna on Saturday night and the kids hid upstairs."]
    assert [e.text for e in s.working_well] == ["Donna kept the door locked and rang her sister."]
    assert [n.text for n in s.next_steps] == ["Referral to the domestic abuse service."]
