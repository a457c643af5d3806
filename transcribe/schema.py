"""The case note's JSON schema, generated from its dataclasses (``note.CaseNote``).

``casenote schema`` (``python -m transcribe.cli schema``) rewrites ``schema/case-note.schema.json``; ``casenote schema --check`` exits non-zero when
the committed file is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import NoteSchemaError
from .note import SCHEMA_VERSION, CaseNote

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "case-note.schema.json"
REGENERATE_SCHEMA = ".venv/bin/python -m transcribe.cli schema"  # rewrites SCHEMA_PATH


def note_json_schema() -> dict:
    """JSON schema of ``CaseNote`` generated from the dataclasses."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(CaseNote).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://casenote.invalid/schema/case-note/{SCHEMA_VERSION}"
    return schema


def schema_text() -> str:
    return json.dumps(note_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def check_schema_file(path: Path = SCHEMA_PATH) -> None:
    """Raise NoteSchemaError unless ``path`` holds the schema the dataclasses generate."""
    try:
        current = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise NoteSchemaError(f"Cannot read {path} ({exc.strerror}). From the project root run: {REGENERATE_SCHEMA}") from exc
    if current != schema_text():
        raise NoteSchemaError(f"{path} is out of date with CaseNote. From the project root run: {REGENERATE_SCHEMA}")
