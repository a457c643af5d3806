"""The readable text of a note."""

from transcribe.render import render_text


def test_render_text_is_readable_and_marks_doubts(note):
    text = render_text(note)
    assert "CHILD'S VOICE" in text and "NEXT STEPS" in text and "WORRIES" in text
    assert "[? gets scared ?]" in text
    assert "CHECK AUDIO" in text
    assert "owner: social worker; due: by Friday" in text
    assert "2a Child's voice evidenced: Yes" in text
