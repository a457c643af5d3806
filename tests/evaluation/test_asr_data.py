"""The committed evaluation audio matches the texts it was generated from, and the held-out set is fresh."""

from __future__ import annotations

import json
import re

import pytest

from evaluation.asr import clips
from evaluation.asr.__main__ import ACCENT2_DIR, ACCENT3_DIR, UNSAID_DIR, ACCENT_DIR, DICTATION_DIR, HELDOUT2_DIR, HELDOUT3_DIR, HELDOUT_DIR, LONG_DIR, load_clips
from transcribe.audio import decode_audio


def _manifest(folder):
    return [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


SETS = [
    (DICTATION_DIR, clips.CLIPS),
    (HELDOUT_DIR, clips.HELDOUT),
    (HELDOUT2_DIR, clips.HELDOUT2),
    (HELDOUT3_DIR, clips.HELDOUT3),
    (LONG_DIR, clips.LONG),
    (ACCENT_DIR, clips.ACCENT),
    (ACCENT2_DIR, clips.ACCENT2),
    (ACCENT3_DIR, clips.ACCENT3),
    (UNSAID_DIR, clips.UNSAID),
]
SET_IDS = ["dictation", "heldout", "heldout2", "heldout3", "long", "accent", "accent2", "accent3", "unsaid"]


@pytest.mark.parametrize("folder, source", SETS, ids=SET_IDS)
def test_each_manifest_row_is_its_source_text_and_context(folder, source):
    rows = _manifest(folder)
    assert len(rows) == len(source)
    for row, (text, context) in zip(rows, source):
        assert row["reference"] == text
        assert row["context"] == context
        assert (folder / row["audio"]).is_file()


@pytest.mark.parametrize("folder", [f for f, _ in SETS], ids=SET_IDS)
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


@pytest.mark.parametrize(
    "held, seen, fresh_share",
    [
        (clips.HELDOUT, clips.CLIPS, 0.7),
        (clips.HELDOUT2, clips.CLIPS + clips.HELDOUT, 0.7),
        # The third set uses commoner north-east names (Callum, Gemma, Dobson...), as real cases do:
        # 62% of its name words are new to the tuning set.
        (clips.HELDOUT3, clips.CLIPS + clips.HELDOUT + clips.HELDOUT2, 0.6),
        (clips.LONG, clips.CLIPS + clips.HELDOUT + clips.HELDOUT2 + clips.HELDOUT3, 0.6),
        (clips.ACCENT, clips.CLIPS + clips.HELDOUT + clips.HELDOUT2 + clips.HELDOUT3 + clips.LONG, 0.9),
        (clips.ACCENT2, clips.CLIPS + clips.HELDOUT + clips.HELDOUT2 + clips.HELDOUT3 + clips.LONG + clips.ACCENT, 0.9),
        (clips.ACCENT3, clips.CLIPS + clips.HELDOUT + clips.HELDOUT2 + clips.HELDOUT3 + clips.LONG + clips.ACCENT + clips.ACCENT2, 0.9),
        # The unsaid set uses common English first names (the relatives are the point, not rare spellings): 58% new.
        (clips.UNSAID, clips.CLIPS + clips.HELDOUT + clips.HELDOUT2 + clips.HELDOUT3 + clips.LONG + clips.ACCENT
         + clips.ACCENT2 + clips.ACCENT3, 0.55),
    ],
    ids=["heldout", "heldout2", "heldout3", "long", "accent", "accent2", "accent3", "unsaid"],
)
def test_the_held_out_children_are_not_ones_seen_before(held, seen, fresh_share):
    children = lambda source: {ctx["child"]["name"] for _, ctx in source}  # noqa: E731
    assert not children(held) & children(seen)
    # Most held-out names are new words to the pipeline's tuning history, not re-used ones.
    fresh = _names(held) - _names(clips.CLIPS)
    assert len(fresh) / len(_names(held)) > fresh_share


def test_the_evaluation_loads_each_set_by_name():
    held = load_clips("heldout")
    assert len(held) == len(clips.HELDOUT) and {c.set for c in held} == {"heldout"}
    assert held[0].context.child.name == "Lexi-Rose Dunn"
    assert {c.group for c in held} == set(clips.HELDOUT_VOICES)


def test_several_sets_load_together_in_a_fixed_order():
    both = load_clips(["heldout3", "heldout"])
    assert [c.set for c in both] == ["heldout"] * len(clips.HELDOUT) + ["heldout3"] * len(clips.HELDOUT3)
    every = load_clips(["dictation", "heldout2", "heldout3", "heldout"])
    assert [c.set for c in every][:: len(every) - 1] == ["dictation", "heldout3"]
    assert len(every) == len(clips.CLIPS) + len(clips.HELDOUT) + len(clips.HELDOUT2) + len(clips.HELDOUT3)


def test_the_whole_dictations_run_past_the_first_30_second_window():
    # The point of the set: names and words must hold in the second and third windows too.
    rows = _manifest(LONG_DIR)
    assert len(rows) == len(clips.LONG) and {r["group"] for r in rows} == set(clips.LONG_VOICES)
    assert all(r["duration_s"] > 45 for r in rows)
    for r in rows:
        child_first = r["context"]["child"]["name"].split()[0]
        tail = r["reference"][len(r["reference"]) // 2 :]
        assert child_first in tail, r["id"]  # the child is named again in the dictation's second half
