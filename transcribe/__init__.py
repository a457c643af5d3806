"""casenote's pipeline: dictated visit notes in, structured case notes out.

    from transcribe import Pipeline, PipelineOptions, parse_context
    pipeline = Pipeline.load(PipelineOptions(model="base"))   # loads every model once
    note = pipeline.process("visit.m4a", parse_context({"child": {"name": "Kayleigh"}}))

Stages, one module each, in pipeline order: ``audio`` (decode_audio), ``asr`` (transcribe_audio),
``vocabulary`` / ``correction`` (case-aware biasing and post-correction), ``doubt`` (find_doubts),
``redaction`` (redact_text), ``tagging`` (tag_text), ``structure`` (build_note), ``render``
(render_text); ``redaction.view`` (redacted_view); the domain's words in ``language/``. Names are imported lazily so that ``import transcribe.errors`` stays cheap.
"""

from importlib import import_module

_EXPORTS = {
    "Pipeline": "pipeline",
    "PipelineOptions": "pipeline",
    "pipeline_options": "pipeline",
    "PipelineSettings": "settings",
    "CaseContext": "context",
    "parse_context": "context",
    "load_context": "context",
    "CaseNote": "note",
    "build_note": "structure",
    "render_text": "render",
    "redacted_view": "redaction.view",
    "decode_audio": "audio",
    "transcribe_audio": "asr",
    "redact_text": "redaction",
    "tag_text": "tagging",
    "resolve_model": "models",
    "CasenoteError": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'transcribe' has no attribute {name!r}")
