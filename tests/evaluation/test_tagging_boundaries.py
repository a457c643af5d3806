"""Training data and fitting for the sentence-start model (evaluation/tagging/boundaries.py)."""

from __future__ import annotations

from evaluation.tagging.boundaries import TRAINING_SETS, fit, training_notes, unpunctuate


def test_unpunctuate_drops_the_marks_keeps_the_words_and_moves_the_starts():
    text = 'He said, "It\'s fine." Mum\'s here - the half-term (again)! Then: tea.'
    new, starts = unpunctuate(text, [0, text.index("Mum"), text.index("Then")])
    assert new == "he said it's fine mum's here the half-term again then tea"
    assert [new[s:s + 4] for s in starts] == ["he s", "mum'", "then"]


def test_fitting_twice_gives_the_same_model_and_it_learns_the_start():
    feats = [["w0=he", "t-1=NN"], ["w0=and", "t-1=NN"], ["w0=he", "t-1=DT"], ["w0=the", "t-1=VB"]] * 5
    labels = [True, False, False, False] * 5
    a, b = fit(feats, labels, epochs=100), fit(feats, labels, epochs=100)
    assert a.to_json() == b.to_json()
    assert a.probability(["w0=he", "t-1=NN"]) > 0.5 > a.probability(["w0=and", "t-1=NN"])
    assert a.meta["starts"] == 5 and a.meta["tokens"] == 20


def test_training_reads_only_sets_named_and_never_casework_dev():
    names = {p.stem for p in TRAINING_SETS}
    assert all(p.exists() for p in TRAINING_SETS) and "notes" not in names
    notes = training_notes()
    assert notes and all(n.starts and n.starts[0] == 0 for n in notes[:50])


def test_an_unpunctuated_note_keeps_each_gold_sentence_on_its_words():
    from evaluation.tagging.boundaries import unpunctuated_note

    text = "Worries. He said, \"I hate it there.\" Mum agreed."
    note = {"id": "x1", "text": text, "pii": [{"start": 0, "end": 3, "entity": "PERSON"}], "keep": [],
            "sentences": [{"start": 0, "end": 8, "labels": ["worry"]},
                          {"start": 9, "end": 36, "labels": ["child_voice", "worry"]},
                          {"start": 37, "end": 48, "labels": ["observation"]}], "meta": {}}
    out = unpunctuated_note(note)
    assert out["text"] == "worries he said i hate it there mum agreed"
    assert [out["text"][s["start"]:s["end"]] for s in out["sentences"]] == [
        "worries", "he said i hate it there", "mum agreed"]
    assert [s["labels"] for s in out["sentences"]] == [s["labels"] for s in note["sentences"]]
    assert out["pii"] == [] and note["text"] == text
