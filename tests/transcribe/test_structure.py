"""Structuring: sections and evidence flags extracted from the dictation."""

from __future__ import annotations

import copy

import pytest

from transcribe.context import parse_context
from transcribe.note import CaseNote, Doubt
from transcribe.structure import build_note, extract_visit
from transcribe.tagging import tag_text

from .sample_note import CONTEXT, DICTATION, make_transcript, redact


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


def test_spoken_headings_file_what_follows_and_are_not_excerpts_themselves(tagger):
    text = ("Worries. Gary shouted at Donna on Saturday night and the kids hid upstairs. "
            "What's working well. Donna kept the door locked and rang her sister. "
            "Next steps. Referral to the domestic abuse service.")
    s = _note_for(text, CONTEXT, tagger).sections
    assert [e.text for e in s.worries] == ["Gary shouted at Donna on Saturday night and the kids hid upstairs."]
    assert [e.text for e in s.working_well] == ["Donna kept the door locked and rang her sister."]
    assert [n.text for n in s.next_steps] == ["Referral to the domestic abuse service."]
