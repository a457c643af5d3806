"""api/ is the first stop on the dictation's path and a thin adapter: it calls service/ and nothing below it. So
api/ imports nothing from store/, worker/ or transcribe/ (service/ reads and writes the store, hands work to the
worker and gives api/ what it needs of the pipeline: the request's text checks in service.plain_text, /v1's models
and subtitles in service.transcriptions), and no api/ module writes a dictation's audio or row itself.

Every module under api/ is read (not run), so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.transcribe.test_imports import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "api"
BELOW = {"store", "transcribe", "worker"}  # reached only through service/
# what only service/ may call on the dictation's path: spool and commit the audio, hash it, create the row
WRITES = {"create_dictation", "spool", "sha256_file", "audio_store"}


def crossings(root: Path) -> list[str]:
    """``file:line ...`` for each import of store/, worker/ or transcribe/ and each use of a dictation write under
    ``root``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        for line, module in imported_modules(path):
            if module.split(".")[0] in BELOW:
                bad.append(f"{where}:{line} imports {module}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
            if name in WRITES:
                bad.append(f"{where}:{node.lineno} uses {name}")
            elif isinstance(node, ast.ImportFrom) and node.module:
                bad += [f"{where}:{node.lineno} uses {a.name}" for a in node.names if a.name in WRITES]
    return bad


def test_api_reaches_the_store_the_worker_and_the_pipeline_only_through_the_service():
    bad = crossings(PACKAGE)
    assert not bad, ("api/ calls service/ (one module per noun: service.notes, service.versions, service.uploads, "
                     "...), which reads and writes store/, hands work to worker/ and calls transcribe/; move this "
                     "there: "
                     + "; ".join(bad))


@pytest.mark.parametrize("source, found", [
    ("from worker.dispatch import ClipTimeout\n", "api/route.py:3 imports worker.dispatch"),
    ("def f():\n    import worker.webhooks\n", "api/route.py:4 imports worker.webhooks"),
    ("from store import notes\n", "api/route.py:3 imports store"),
    ("from store.models import utcnow\n", "api/route.py:3 imports store.models"),
    ("def f():\n    import store.notes as note_store\n", "api/route.py:4 imports store.notes"),
    ("from transcribe.filing import revise_note\n", "api/route.py:3 imports transcribe.filing"),
    ("from transcribe.context import PlainText\n", "api/route.py:3 imports transcribe.context"),
    ("def f(t):\n    from transcribe.subtitles import render_srt\n", "api/route.py:4 imports transcribe.subtitles"),
    ("import transcribe\n", "api/route.py:3 imports transcribe"),
    ("def f(rt, file):\n    return rt.store.spool(file)\n", "api/route.py:4 uses spool"),
    ("from service.intake import sha256_file\n", "api/route.py:3 uses sha256_file"),
])
def test_the_check_names_the_file_and_line(tmp_path, source, found):
    pkg = tmp_path / "api"
    pkg.mkdir()
    (pkg / "route.py").write_text("from service import intake, notes\nfrom service.plain_text import PlainText\n"
                                  + source)
    assert crossings(pkg) == [found]
