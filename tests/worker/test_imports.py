"""worker/ is below service/ on the dictation's path (api -> service -> worker -> transcribe -> store): whoever starts
a worker (``casenote worker``, the API process's embedded thread) builds the runtime in service/ and hands it in, so
worker/ imports nothing from service/ or api/.

Every module under worker/ is read (not run), so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.transcribe.test_imports import imported_modules

PACKAGE = Path(__file__).resolve().parents[2] / "worker"
ABOVE = ("service", "api")  # the packages above worker/ on the path


def crossings(root: Path) -> list[str]:
    """``file:line imports module`` for each import of a package above worker/ under ``root``."""
    return [f"{path.relative_to(root.parent)}:{line} imports {module}"
            for path in sorted(root.rglob("*.py"))
            for line, module in imported_modules(path) if module.split(".")[0] in ABOVE]


def test_worker_imports_nothing_above_it():
    bad = crossings(PACKAGE)
    assert not bad, ("worker/ is handed what it needs (worker.runtime.WorkerRuntime) by whoever starts it; "
                     "move this to service/ or name it in worker.runtime: " + "; ".join(bad))


@pytest.mark.parametrize("source, found", [
    ("from service.runtime import Runtime\n", "imports service.runtime"),
    ("def f():\n    from service import runtime\n", "imports service"),
    ("import api.deps\n", "imports api.deps"),
    ("import importlib\nimportlib.import_module('service.settings')\n", "imports service.settings"),
])
def test_the_check_names_the_crossing(tmp_path, source, found):
    pkg = tmp_path / "worker"
    pkg.mkdir()
    (pkg / "jobs.py").write_text("from store import notes\nfrom transcribe.render import render_text\nfrom .runtime import current\n"
                                 + source)
    assert [b.split(" ", 1)[1] for b in crossings(pkg)] == [found]
