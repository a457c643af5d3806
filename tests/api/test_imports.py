"""api/ is a thin adapter on the dictation's path: it calls service/ (``service.intake``, ``service.lifecycle``),
which writes to store/ and hands work to worker/. So api/ imports nothing from worker/, and no api/ module writes a
dictation's audio or row itself. api/ still reads store/ for its read routes (notes, approvals, the access log,
feeds) and for the tus upload's own bookkeeping.

Every module under api/ is read (not run), so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.transcribe.test_imports import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "api"
# what only service/intake.py may call on the dictation's path: spool and commit the audio, hash it, create the row
WRITES = {"create_dictation", "spool", "sha256_file", "audio_store"}


def crossings(root: Path) -> list[str]:
    """``file:line ...`` for each import of worker/ and each use of a dictation write under ``root``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        bad += [f"{where}:{line} imports {module}" for line, module in imported_modules(path)
                if module.split(".")[0] == "worker"]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
            if name in WRITES:
                bad.append(f"{where}:{node.lineno} uses {name}")
            elif isinstance(node, ast.ImportFrom) and node.module:
                bad += [f"{where}:{node.lineno} uses {a.name}" for a in node.names if a.name in WRITES]
                if node.module.endswith(".audio_store") and path.name != "audio_response.py":
                    bad.append(f"{where}:{node.lineno} uses {node.module}")
    return bad


def test_api_calls_the_service_on_the_dictations_path():
    bad = crossings(PACKAGE)
    assert not bad, ("api/ reaches worker/ and the dictation's writes only through service/ (service.intake, "
                     "service.lifecycle); move this there: " + "; ".join(bad))


@pytest.mark.parametrize("source, found", [
    ("from worker.dispatch import ClipTimeout\n", "imports worker.dispatch"),
    ("def f():\n    import worker.webhooks\n", "imports worker.webhooks"),
    ("from store.dictations import create_dictation\n", "uses create_dictation"),
    ("def f(rt, file):\n    return rt.store.spool(file)\n", "uses spool"),
    ("from store.audio_store import AudioStore\n", "uses store.audio_store"),
])
def test_the_check_names_the_crossing(tmp_path, source, found):
    pkg = tmp_path / "api"
    pkg.mkdir()
    (pkg / "route.py").write_text("from service import intake\nfrom store import notes\n" + source)
    assert [b.split(" ", 1)[1] for b in crossings(pkg)] == [found]
