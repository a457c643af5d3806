"""The sentence-start model for text with no punctuation (transcribe/tagging/boundaries.py, segment.parse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transcribe.context import parse_context
from transcribe.errors import ModelNotFoundError
from transcribe.tagging.boundaries import BoundaryModel, load_boundary_model
from transcribe.tagging.segment import parse

TYLER = parse_context({"child": {"name": "Tyler Hardy"}, "people": [{"name": "Jodie Hardy", "role": "mother"}]})
RUN_ON = ("i went round to see tyler after school he went red and said it's nothing just leave it his old scooter is "
          "in the yard with no wheels on it school say he has been excluded twice for fighting")
RUN_ON_2 = ("jodie said tyler has been coming in late most nights he said he goes to the park with his mates i think "
            "they are older his nan picks him up on fridays")


def _sentences(tagger, text: str, model: BoundaryModel | None) -> list[str]:
    return [s.text for s in parse(tagger.nlp, text, TYLER, boundaries=model, disable=("ner",)).sents]


@pytest.mark.parametrize("text,start", [(RUN_ON, "school say he has been excluded"),
                                        (RUN_ON_2, "his nan picks him up")])
def test_the_model_starts_a_sentence_the_rule_runs_on_through(tagger, text, start):
    model = load_boundary_model()
    assert tagger.boundaries is model  # the tagger reads unpunctuated text with it
    assert any(s.startswith(start) for s in _sentences(tagger, text, model))
    assert not any(s.startswith(start) for s in _sentences(tagger, text, None))


def test_punctuated_text_is_split_as_it_was_without_the_model(tagger):
    samples = Path(__file__).resolve().parents[2] / "samples"
    text = (samples / "visit-dictation.txt").read_text(encoding="utf-8")
    assert _sentences(tagger, text, load_boundary_model()) == _sentences(tagger, text, None)


def test_text_that_runs_clauses_on_with_commas_is_split_by_the_rule(tagger):
    # too few full stops for the parser to trust, but punctuated: not text as the model was trained on
    text = ("Mum was upset, she said she can't cope, Tyler was in his room playing on the xbox, he came down when I "
            "asked, he said he is fine, his nan picks him up on Fridays, school say he has been excluded twice")
    assert _sentences(tagger, text, load_boundary_model()) == _sentences(tagger, text, None)
    bare = text.replace(",", "")
    assert _sentences(tagger, bare, load_boundary_model()) != _sentences(tagger, bare, None)


def test_a_start_model_survives_a_round_trip_and_weighs_its_features():
    model = BoundaryModel({"w0=he": 2.0, "w-1=and": -3.0}, bias=-1.0, threshold=0.3, meta={"notes": 2})
    again = BoundaryModel.from_json(model.to_json())
    assert again == model
    assert again.probability(["w0=he"]) > 0.5 > again.probability(["w0=he", "w-1=and"])
    assert again.probability(["unknown"]) == pytest.approx(1 / (1 + 2.718281828459045))


def test_a_missing_start_model_says_how_to_make_it(tmp_path):
    with pytest.raises(ModelNotFoundError, match="evaluation.tagging boundaries-train"):
        load_boundary_model(tmp_path / "absent.json")
