"""The committed evaluation audio matches the texts it was generated from, and the held-out set is fresh."""

from __future__ import annotations

import json
import re

import pytest

from evaluation.asr import clips
from evaluation.asr.__main__ import DICTATION_DIR, HELDOUT_DIR, load_clips
from transcribe.audio import decode_audio


def _manifest(folder):
    return [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("folder, source", [(DICTATION_DIR, clips.CLIPS), (HELDOUT_DIR, clips.HELDOUT)], ids=["dictation", "heldout"])
def test_each_manifest_row_is_its_source_text_and_context(folder, source):
    rows = _manifest(folder)
    assert len(rows) == len(source)
    for row, (text, context) in zip(rows, source):
        assert row["reference"] == text
        assert row["context"] == context
        assert (folder / row["audio"]).is_file()


@pytest.mark.parametrize("folder", [DICTATION_DIR, HELDOUT_DIR], ids=["dictation", "heldout"])
def test_the_audio_lasts_as_long_as_the_manifest_says(folder):
    for row in _manifest(folder)[::7]:
        audio = decode_audio(folder / row["audio"])
        assert audio.sample_rate == 16000
        assert audio.duration_s == pytest.approx(row["duration_s"], abs=0.1)


def _names(source):
    out = set()
    for _, context in source:
        for name in [context["child"]["name"], *(p["name"] for p in context["people"])]:
            out.update(re.findall(r"[A-Z][a-z]+", name))
    return out


def test_the_held_out_children_are_not_the_tuning_children():
    tuning_children = {ctx["child"]["name"] for _, ctx in clips.CLIPS}
    held_children = {ctx["child"]["name"] for _, ctx in clips.HELDOUT}
    assert not tuning_children & held_children
    # Most held-out names are new words to the pipeline's tuning history, not re-used ones.
    fresh = _names(clips.HELDOUT) - _names(clips.CLIPS)
    assert len(fresh) / len(_names(clips.HELDOUT)) > 0.7


def test_the_evaluation_loads_each_set_by_name():
    held = load_clips("heldout")
    assert len(held) == len(clips.HELDOUT) and {c.set for c in held} == {"heldout"}
    assert held[0].context.child.name == "Lexi-Rose Dunn"
    assert {c.group for c in held} == set(clips.HELDOUT_VOICES)
