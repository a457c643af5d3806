"""Redaction fixtures: the spaCy model and the analyzer are built once per test session."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.note import Segment, Transcript, Word
from transcribe.redaction import redact_text

CASE = {
    "case_ref": "GH-20417",
    "child": {"name": "Kayleigh Robson", "dob": "2015-04-03", "pronouns": "she"},
    "people": [
        {"name": "Sarah Robson", "role": "mother"},
        {"name": "Darren Dodds", "role": "stepfather"},
        {"name": "Jean Charlton", "role": "nan"},
        {"name": "Christopher Robson", "role": "brother"},
        {"name": "Hope Robson", "role": "sister"},
    ],
    "address": "14 Elm Terrace, Gateshead, NE8 4RT",
    "school": "Bede Primary School",
    "worker": "Alex Kirby",
}


@pytest.fixture(scope="session")
def nlp():
    from transcribe.models.spacy_model import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def redactor(nlp):
    from transcribe.redaction import build_redactor

    return build_redactor(nlp)


@pytest.fixture(scope="session")
def case():
    return parse_context(CASE)


@pytest.fixture(scope="session")
def empty_case():
    return parse_context(None)


def found(result, entity: str) -> list[str]:
    return [result.text[r.start:r.end] for r in result.redactions if r.entity == entity]


def covered(result) -> set[int]:
    """The character offsets a redaction result covers."""
    return {i for r in result.redactions for i in range(r.start, r.end)}


def is_redacted(result, value: str) -> bool:
    """Every character of ``value`` (its first place in the result's text) is redacted."""
    start = result.text.index(value)
    return set(range(start, start + len(value))) <= covered(result)


def is_kept(result, value: str) -> bool:
    """No character of ``value`` (its first place in the result's text) is redacted."""
    start = result.text.index(value)
    return not set(range(start, start + len(value))) & covered(result)


def assert_redacted(redactor, case, text, value):
    """Every character of ``value`` (its first place in ``text``) is redacted."""
    result = redact_text(text, case, redactor)
    start = text.index(value)
    assert set(range(start, start + len(value))) <= covered(result), [text[r.start:r.end] for r in result.redactions]


def assert_kept(redactor, case, text, value):
    """No character of ``value`` (its first place in ``text``) is redacted."""
    result = redact_text(text, case, redactor)
    start = text.index(value)
    assert not set(range(start, start + len(value))) & covered(result), [text[r.start:r.end] for r in result.redactions]


def said(sentence: str, unsure: tuple[str, ...] = ()) -> Transcript:
    """``sentence`` as a one-segment transcript, every word heard surely but those in ``unsure`` (heard at 0.05)."""
    words, t = [], 0.0
    for w in sentence.split():
        words.append(Word(t, t + 0.3, " " + w, 0.05 if w.strip(",.") in unsure else 0.95))
        t += 0.4
    text = "".join(w.word for w in words).strip()
    return Transcript(text, "en", t, "test", [Segment(0.0, t, text, 0.8, -0.2, 0.0, 1.5, 0, len(text), words)])


def heard(redactor, context, sentence: str, unsure: tuple[str, ...] = ()):
    """The redaction of ``sentence`` as a recogniser's transcript, with the case ``context`` (a dict) or none."""
    t = said(sentence, unsure)
    return redact_text(t.text, parse_context(context) if context else None, redactor, words=t)
