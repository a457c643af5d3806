"""The readable text of a note."""

from transcribe.render import render_text


def test_render_text_is_readable_and_marks_doubts(note):
    text = render_text(note)
    assert "CHILD'S VOICE" in text and "NEXT STEPS" in text and "WORRIES" in text
    assert "[? gets scared ?]" in text
    assert "CHECK AUDIO" in text
    assert "owner: social worker; due: by Friday" in text
    assert "2a Child's voice evidenced: Yes" in text


def test_a_removed_passage_to_check_shows_the_words_removed(note):
    """A doubt where the correction stage took text out is zero-width in the transcript; the list of passages to
    check shows the words removed, not an empty quotation."""
    from dataclasses import replace

    from transcribe.note import Doubt

    at = note.transcript.text.index("gets scared")
    removed = Doubt(at, at, 12.0, 12.4, "hallucination_removed", "Robson Robson",
                    "removed: words from the recogniser's prompt")
    text = render_text(replace(note, doubts=[*note.doubts, removed]))
    line = next(x for x in text.splitlines() if x.strip().startswith("- [00:12–00:12] hallucination removed"))
    assert line.endswith('"Robson Robson"')
    assert '""' not in text.split("PASSAGES TO CHECK AGAINST THE AUDIO", 1)[1]
