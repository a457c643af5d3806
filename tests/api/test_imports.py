"""api/ is the first stop on the dictation's path and a thin adapter: it calls service/ and nothing below it. So
api/ imports nothing from store/ or worker/ (service/ reads and writes the store and hands work to the worker), no
api/ module writes a dictation's audio or row itself, and of transcribe/ it imports only what the request's text
checks and the OpenAI-compatible /v1 route's answer need (listed below, each with why).

Every module under api/ is read (not run), so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.transcribe.test_imports import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "api"
BELOW = {"store", "worker"}  # reached only through service/
# what only service/ may call on the dictation's path: spool and commit the audio, hash it, create the row
WRITES = {"create_dictation", "spool", "sha256_file", "audio_store"}
# the pipeline's own modules api/ may import, and why
TRANSCRIBE = {
    "transcribe.context": "the request's text checks (control characters), the same as the intake's",
    "transcribe.models": "/v1/models lists the installed models",
    "transcribe.note": "/v1's answer is shaped from the Transcript dataclass",
    "transcribe.subtitles": "/v1's srt and vtt answers",
}


def crossings(root: Path) -> list[str]:
    """``file:line ...`` for each import of store/ or worker/, each transcribe/ module not in TRANSCRIBE and each use
    of a dictation write under ``root``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        for line, module in imported_modules(path):
            top = module.split(".")[0]
            if top in BELOW or (top == "transcribe" and module not in TRANSCRIBE):
                bad.append(f"{where}:{line} imports {module}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
            if name in WRITES:
                bad.append(f"{where}:{node.lineno} uses {name}")
            elif isinstance(node, ast.ImportFrom) and node.module:
                bad += [f"{where}:{node.lineno} uses {a.name}" for a in node.names if a.name in WRITES]
    return bad


def test_api_reaches_the_store_and_the_worker_only_through_the_service():
    bad = crossings(PACKAGE)
    assert not bad, ("api/ calls service/ (one module per noun: service.notes, service.versions, service.uploads, "
                     "...), which reads and writes store/ and hands work to worker/; move this there: "
                     + "; ".join(bad))


@pytest.mark.parametrize("source, found", [
    ("from worker.dispatch import ClipTimeout\n", "api/route.py:3 imports worker.dispatch"),
    ("def f():\n    import worker.webhooks\n", "api/route.py:4 imports worker.webhooks"),
    ("from store import notes\n", "api/route.py:3 imports store"),
    ("from store.models import utcnow\n", "api/route.py:3 imports store.models"),
    ("def f():\n    import store.notes as note_store\n", "api/route.py:4 imports store.notes"),
    ("from transcribe.filing import revise_note\n", "api/route.py:3 imports transcribe.filing"),
    ("def f(rt, file):\n    return rt.store.spool(file)\n", "api/route.py:4 uses spool"),
    ("from service.intake import sha256_file\n", "api/route.py:3 uses sha256_file"),
])
def test_the_check_names_the_file_and_line(tmp_path, source, found):
    pkg = tmp_path / "api"
    pkg.mkdir()
    (pkg / "route.py").write_text("from service import intake, notes\nfrom transcribe.context import PlainText\n"
                                  + source)
    assert crossings(pkg) == [found]
