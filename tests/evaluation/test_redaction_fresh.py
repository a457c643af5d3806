"""The casework-fresh sets are built from their markup into casework-dev's format, spans exact."""

from __future__ import annotations

import json

import pytest

from evaluation.redaction.fresh import SOURCE, read_notes

MARKS = "⟦⟧⟪⟫"
SETS = [(SOURCE, 20), (SOURCE.with_name("fresh2.txt"), 12), (SOURCE.with_name("fresh3.txt"), 15),
        (SOURCE.with_name("fresh4.txt"), 8), (SOURCE.with_name("fresh5.txt"), 6), (SOURCE.with_name("fresh6.txt"), 12)]


@pytest.mark.parametrize("source, count", SETS)
def test_fresh_notes_are_built_with_exact_spans(source, count):
    notes = read_notes(source)
    assert len(notes) == count and len({n["id"] for n in notes}) == count
    for note in notes:
        text = note["text"]
        assert not any(ch in text for ch in MARKS), note["id"]
        assert note["pii"] and note["keep"] and note["context"]["child"]["name"]
        for span in note["pii"] + note["keep"]:
            piece = text[span["start"]:span["end"]]
            assert piece and piece == piece.strip(), (note["id"], piece)


@pytest.mark.parametrize("source, count", SETS)
def test_committed_jsonl_is_the_built_markup(source, count):
    built = [json.dumps(n, ensure_ascii=False) for n in read_notes(source)]
    committed = source.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()
    assert committed == built
