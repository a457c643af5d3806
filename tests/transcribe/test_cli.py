"""The casenote console script, run as a user would (a subprocess of .venv/bin/casenote)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CASENOTE = Path(sys.executable).parent / "casenote"


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [str(CASENOTE), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "CASENOTE_CPU_THREADS": "2",
             **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}},  # a worktree's code, where one is set
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_process_prints_a_json_note(tmp_path):
    ctx = tmp_path / "case.json"
    ctx.write_text(json.dumps({"case_ref": "C-9", "child": {"name": "Kayleigh"}}))
    proc = run("process", str(DATA / "child_voice.m4a"), "--context", str(ctx), "--model", "tiny.en", "--json")
    note = json.loads(proc.stdout)
    assert note["case_ref"] == "C-9" and note["transcript"]["model"] == "tiny.en"
    assert {"transcript", "redacted_text", "redactions", "tags", "schema_version"} <= set(note)
    assert "Kayleigh" not in note["redacted_text"]


def test_transcribe_human_output_shows_timestamps():
    proc = run("transcribe", str(DATA / "hello.wav"), "--model", "tiny.en")
    assert proc.stdout.startswith("[") and "->" in proc.stdout and "school" in proc.stdout.lower()


def test_transcribe_several_files_prints_one_json_object_per_line_in_order():
    clips = [DATA / "hello.wav", DATA / "silence.wav", DATA / "child_voice.m4a"]
    proc = run("transcribe", *map(str, clips), "--model", "tiny.en", "--json")
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    outs = [json.loads(line) for line in lines]
    assert [o["audio"] for o in outs] == [str(c) for c in clips]
    assert "school" in outs[0]["transcript"]["text"].lower() and outs[1]["transcript"]["text"] == ""
    assert all(o["transcript"]["model"] == "tiny.en" and "doubts" in o for o in outs)


def test_one_bad_file_among_several_is_reported_and_the_rest_transcribed():
    clips = [DATA / "hello.wav", DATA / "not_audio.pdf", DATA / "hello.ogg"]
    proc = run("transcribe", *map(str, clips), "--model", "tiny.en", "--json", ok=False)
    assert proc.returncode == 3 and "not_audio.pdf" in proc.stderr
    outs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [("error" in o) for o in outs] == [False, True, False]
    assert "school" in outs[2]["transcript"]["text"].lower()


def test_redact_offsets_index_the_exact_input(tmp_path):
    text = "Visit to Kayleigh.\r\nMum's number is 07700 900123 and the postcode NE8 3QP.  "
    f = tmp_path / "note.txt"
    f.write_bytes(text.encode("utf-8"))
    ctx = tmp_path / "case.json"
    ctx.write_text(json.dumps({"child": {"name": "Kayleigh"}}))
    out = json.loads(run("redact", str(f), "--context", str(ctx), "--json").stdout)
    assert out["text"] == text
    found = {text[r["start"] : r["end"]] for r in out["redactions"]}
    assert {"Kayleigh", "07700 900123", "NE8 3QP"} <= found
    assert "Mum" in out["redacted_text"]


def test_tag_prints_offsets_into_the_file(tmp_path):
    text = "I saw Jayden alone. Jayden said he wants to live with his nan.\n"
    f = tmp_path / "note.txt"
    f.write_text(text)
    tags = json.loads(run("tag", str(f), "--json").stdout)["tags"]
    assert any(t["label"] == "child_voice" for t in tags)
    for t in tags:
        assert text[t["start"] : t["end"]] == t["text"]


def test_models_lists_both_packaged_models():
    rows = json.loads(run("models", "--json").stdout)["models"]
    assert {r["name"] for r in rows} == {"tiny.en", "base"} and all(r["installed"] for r in rows)


@pytest.mark.parametrize(
    "args, message",
    [
        (("process", str(DATA / "not_audio.pdf"), "--model", "tiny.en"), "not a recording"),
        (("transcribe", str(DATA / "truncated.m4a"), "--model", "tiny.en"), "cut short"),
        (("transcribe", str(DATA / "hello.wav"), "--model", "large-v9"), "Unknown model"),
        (("redact", str(DATA / "hello.wav")), "not UTF-8"),
        (("tag", "/nonexistent/note.txt"), "Cannot read"),
    ],
)
def test_bad_input_exits_3_with_a_message_saying_what_to_do(args, message):
    proc = run(*args, ok=False)
    assert proc.returncode == 3 and message in proc.stderr and "Traceback" not in proc.stderr


def test_malformed_context_names_the_field(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("A note.")
    ctx = tmp_path / "case.json"
    ctx.write_text(json.dumps({"child": {"dob": "last tuesday"}}))
    proc = run("redact", str(f), "--context", str(ctx), ok=False)
    assert proc.returncode == 3 and "child.dob" in proc.stderr


def test_empty_text_file_is_refused(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n")
    proc = run("tag", str(f), ok=False)
    assert proc.returncode == 3 and "empty" in proc.stderr
