"""Scoring your own recordings: --manifest reads .jsonl or .tsv, says what is wrong with a bad one,
and runs both systems on the recordings it lists."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evaluation.asr.__main__ import ManifestError, load_manifest, main

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def recordings(tmp_path):
    for name in ("hello.wav", "child_voice.m4a"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_a_jsonl_manifest_gives_each_recording_its_reference_context_and_group(recordings):
    m = recordings / "mine.jsonl"
    rows = [
        {"audio": "child_voice.m4a", "reference": "Kayleigh said...", "context": {"child": {"name": "Kayleigh Robson"}},
         "id": "cv", "group": "north-east"},
        {"audio": "hello.wav", "transcript": "Hello."},
    ]
    m.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    clips = load_manifest(m)
    assert [(c.id, c.group, c.set) for c in clips] == [("cv", "north-east", "manifest:mine"), ("2", "mine", "manifest:mine")]
    assert clips[0].context.child.name == "Kayleigh Robson" and clips[1].context.child is None
    assert clips[1].reference == "Hello." and clips[1].path == recordings / "hello.wav" and clips[1].duration_s is None


def test_a_tsv_manifest_is_read_by_its_header(recordings):
    m = recordings / "read.tsv"
    m.write_text("id\taudio\ttranscript\tregion\nh1\thello.wav\tHello.\tTyneside\n")
    (c,) = load_manifest(m)
    assert (c.id, c.group, c.reference) == ("h1", "Tyneside", "Hello.")


@pytest.mark.parametrize(
    "name, text, says",
    [
        ("bad.jsonl", '{"audio": "hello.wav"}\n', 'needs "audio" and "reference"'),
        ("bad.jsonl", "not json\n", "line 1 is not JSON"),
        ("bad.jsonl", '{"audio": "gone.wav", "reference": "x"}\n', "do not exist, e.g."),
        ("bad.tsv", "file\ttext\nhello.wav\tHello.\n", "columns audio and transcript"),
        ("bad.csv", "audio,transcript\n", ".jsonl or .tsv"),
        ("empty.jsonl", "\n", "lists no recordings"),
    ],
)
def test_a_bad_manifest_says_what_to_fix(recordings, name, text, says):
    (recordings / name).write_text(text)
    with pytest.raises(ManifestError, match=None) as e:
        load_manifest(recordings / name)
    assert says in str(e.value)


def test_a_bad_manifest_stops_the_command_before_any_model_loads(recordings, capsys):
    with pytest.raises(SystemExit) as e:
        main(["--manifest", str(recordings / "nothing.jsonl")])
    assert e.value.code == 2 and "does not exist" in capsys.readouterr().err


@pytest.mark.slow
def test_the_command_scores_the_manifests_recordings_with_both_systems(recordings, tmp_path, capsys):
    m = recordings / "mine.jsonl"
    reference = (DATA / "hello.txt").read_text().strip()
    m.write_text(json.dumps({"audio": "hello.wav", "reference": reference, "id": "h"}) + "\n")
    out = tmp_path / "report.json"
    assert main(["--model", "tiny.en", "--manifest", str(m), "--no-speed", "--repeat", "1", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert list(report["sets"]) == ["manifest:mine"]
    (clip,) = report["clips"]
    assert clip["id"] == "h" and clip["bare"] and clip["casenote"]
    group = report["sets"]["manifest:mine"]["groups"]["mine"]
    assert group["clips"] == 1 and group["audio_s"] > 0
    assert group["casenote"]["wer"] < 0.5  # a clean recording of a short sentence
    assert "YOUR RECORDINGS (mine)" in capsys.readouterr().out
