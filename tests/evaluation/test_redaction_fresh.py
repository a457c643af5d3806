"""The casework-fresh set is built from its markup into casework-dev's format, spans exact."""

from __future__ import annotations

import json

from evaluation.redaction.fresh import SOURCE, read_notes

MARKS = "⟦⟧⟪⟫"


def test_fresh_notes_are_built_with_exact_spans():
    notes = read_notes()
    assert len(notes) == 20 and len({n["id"] for n in notes}) == 20
    for note in notes:
        text = note["text"]
        assert not any(ch in text for ch in MARKS), note["id"]
        assert note["pii"] and note["keep"] and note["context"]["child"]["name"]
        for span in note["pii"] + note["keep"]:
            piece = text[span["start"]:span["end"]]
            assert piece and piece == piece.strip(), (note["id"], piece)


def test_committed_jsonl_is_the_built_markup():
    built = [json.dumps(n, ensure_ascii=False) for n in read_notes()]
    committed = SOURCE.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()
    assert committed == built
