"""The case note's JSON schema file, generated from its dataclasses."""

import json
import subprocess
import sys

import pytest

from transcribe.errors import NoteSchemaError
from transcribe.note import CaseNote
from transcribe.schema import REGENERATE_SCHEMA, SCHEMA_PATH, check_schema_file, note_json_schema


def test_committed_schema_file_is_the_generated_schema():
    """schema/case-note.schema.json, byte for byte, is what the CaseNote dataclasses generate; when they change,
    the failure names the command that rewrites it."""
    try:
        check_schema_file(SCHEMA_PATH)
    except NoteSchemaError as exc:
        pytest.fail(str(exc), pytrace=False)
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert {"transcript", "sections", "tags", "redactions", "doubts"} <= set(committed["properties"])


def test_a_stale_schema_file_fails_with_the_command_that_regenerates_it(tmp_path):
    stale = tmp_path / "case-note.schema.json"
    schema = note_json_schema()
    del schema["properties"]["tags"]  # as if a field had been added to CaseNote since the file was written
    stale.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    with pytest.raises(NoteSchemaError) as err:
        check_schema_file(stale)
    assert str(err.value).endswith(f"From the project root run: {REGENERATE_SCHEMA}")

    # the command it names, run from the project root (here writing to the copy), makes the check pass
    cmd = [sys.executable, *REGENERATE_SCHEMA.split()[1:], "--out", str(stale)]
    subprocess.run(cmd, cwd=SCHEMA_PATH.parent.parent, check=True, capture_output=True)
    check_schema_file(stale)
    assert stale.read_text(encoding="utf-8") == SCHEMA_PATH.read_text(encoding="utf-8")


def test_note_json_validates_as_a_case_note(note):
    """A built note, through JSON and back, is a valid CaseNote (the type the committed schema is generated from,
    checked byte for byte above)."""
    from dataclasses import asdict

    from pydantic import TypeAdapter

    data = json.loads(json.dumps(asdict(note)))
    assert TypeAdapter(CaseNote).validate_python(data) == note
