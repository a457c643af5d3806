"""fresh11, fresh14 and fresh16 (held-out tagging sets): the committed JSONL is what its generator builds, and the
casework harness reads it with another set's scorer, per the set's own authors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from evaluation.tagging.casework import DEFAULT_DATA, authors_of, load_casework

FOLDER = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "tagging-casework"


def _generator(name: str = "fresh11"):
    spec = importlib.util.spec_from_file_location(f"make_{name}", FOLDER / f"make_{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_jsonl_is_what_the_generator_builds():
    gen = _generator()
    from fresh11_notes import NOTES  # on the path once the generator is loaded

    built = [gen.build(n) for n in NOTES]
    committed = [json.loads(line) for line in (FOLDER / "fresh11.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built == committed


@pytest.mark.parametrize("name,authors", [("fresh14", ["t", "u", "v", "w"]), ("fresh16", ["e", "f", "g"])])
def test_comma_labelled_sets_are_what_their_generators_build(name, authors):
    gen = _generator(name)
    notes = importlib.import_module(f"{name}_notes").NOTES

    built = [gen.build_note(n, gen.KEEP_WHY) for n in notes]
    committed = [json.loads(line) for line in (FOLDER / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built == committed
    assert sorted({r["id"][0] for r in built}) == authors




def test_markup_becomes_exact_offsets():
    gen = _generator()
    note = {"id": "x01", "context": {}, "meta": {}, "body": "o | Visit to [P:Ava] with {kin:mam}. " + "word " * 200}
    row = gen.build(note)
    assert [row["text"][p["start"]:p["end"]] for p in row["pii"]] == ["Ava"]
    assert [row["text"][k["start"]:k["end"]] for k in row["keep"]] == ["mam"]
    with pytest.raises(ValueError, match="observation with"):
        gen.build(dict(note, body="o w | " + note["body"][4:]))


@pytest.mark.skipif(not (DEFAULT_DATA / "score.py").exists(), reason="needs ../shared/casework-dev/score.py")
def test_another_set_is_read_with_casework_devs_scorer():
    notes, scorer = load_casework(DEFAULT_DATA, FOLDER / "fresh11.jsonl")
    assert len(notes) == 16
    assert authors_of(notes) == ["p", "q", "r", "s"]
    assert hasattr(scorer, "score_tags")
