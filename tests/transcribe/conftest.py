from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def tiny_model():
    from transcribe.asr import AsrOptions, load_asr
    from transcribe.models import resolve_model

    return load_asr(resolve_model("tiny.en"), AsrOptions(cpu_threads=2))


@pytest.fixture(scope="session")
def tiny_pipeline():
    from transcribe.asr import AsrOptions
    from transcribe.pipeline import Pipeline, PipelineOptions

    return Pipeline.load(PipelineOptions(model="tiny.en", asr=AsrOptions(cpu_threads=2)))


@pytest.fixture(scope="session")
def base_model():
    """Whisper base, the CPU default, for the window-decoding behaviours measured on it."""
    from transcribe.asr import AsrOptions, load_asr
    from transcribe.models import resolve_model

    return load_asr(resolve_model("base"), AsrOptions(cpu_threads=2))


@pytest.fixture(scope="session")
def tagger():
    from transcribe.models.spacy_model import load_spacy
    from transcribe.tagging import build_tagger

    return build_tagger(load_spacy())


@pytest.fixture(scope="session")
def note(tagger):
    """The sample dictation's note (tests/transcribe/sample_note.py)."""
    from .sample_note import sample_note

    return sample_note(tagger)
