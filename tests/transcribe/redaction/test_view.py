"""The one redacted view of a note."""

import json
from dataclasses import replace

import pytest

from transcribe.context import parse_context
from transcribe.errors import CasenoteError, RedactedViewError
from transcribe.note import Doubt
from transcribe.redaction.view import case_identifiers, redacted_view
from transcribe.structure import build_note
from transcribe.tagging import tag_text

from ..sample_note import CONTEXT, NAMES, make_transcript, redact


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


def test_what_the_case_context_names_is_scrubbed_even_where_the_redactor_missed_it(note):
    missed = replace(note, redactions=[], redacted_text=note.transcript.text)  # the redactor found nothing
    assert "Kayleigh" in json.dumps(redacted_view(missed))
    blob = json.dumps(redacted_view(missed, case_identifiers(CONTEXT, CONTEXT.case_ref)))
    for word in ("Kayleigh", "Robson", "Donna", "Gary", "Sarah", "CN-2026-0042", "2016-05-09"):
        assert word not in blob, word
    assert "[REDACTED]" in blob


def test_case_identifiers_are_the_names_their_parts_places_and_the_date_of_birth_longest_first():
    ctx = parse_context({"child": {"name": "Kayleigh Robson", "dob": "2016-05-09"},
                         "address": "14 Elm Terrace, Gateshead NE8 3QP", "school": "Bensham Grove Primary School"})
    got = case_identifiers(ctx, "CN-1", None)
    assert {"Kayleigh Robson", "Kayleigh", "Robson", "CN-1", "14 Elm Terrace", "Gateshead NE8 3QP",
            "Bensham Grove Primary School", "2016-05-09", "09/05/2016", "9/5/2016", "9 May 2016"} <= set(got)
    assert got == sorted(got, key=len, reverse=True)


def test_a_note_that_does_not_hold_together_is_a_named_error_not_a_partial_view(note):
    broken = replace(note, transcript=replace(note.transcript, segments=[None]))
    with pytest.raises(RedactedViewError) as err:
        redacted_view(broken)
    assert isinstance(err.value, CasenoteError) and "process the dictation again" in str(err.value)
