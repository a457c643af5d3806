"""transcribe/ is the pipeline alone: it imports nothing of the service around it (HTTP, queues, databases).

Every module under transcribe/ is read (not run), so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "transcribe"
# the service's packages, and the libraries of HTTP, queues and databases
FORBIDDEN = ("api", "worker", "store", "service", "fastapi", "starlette", "uvicorn", "rq", "redis", "sqlalchemy",
             "alembic", "psycopg")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in one source file, relative imports left out (they stay
    inside transcribe/), ``importlib.import_module("name")`` with a literal name included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and not node.args[0].value.startswith(".")):
            found.append((node.lineno, node.args[0].value))
    return found


def forbidden_imports(root: Path) -> list[str]:
    """``file:line imports module`` for each import of a forbidden package under ``root``."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        for line, module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN:
                bad.append(f"{path.relative_to(root.parent)}:{line} imports {module}")
    return bad


def test_transcribe_imports_nothing_of_the_service():
    bad = forbidden_imports(PACKAGE)
    assert not bad, "transcribe/ is the pipeline alone; move this code to service/, api/ or worker/: " + "; ".join(bad)


@pytest.mark.parametrize("source, module", [
    ("from store import repository\n", "store"),
    ("def f():\n    import redis.client\n", "redis.client"),
    ("from service.settings import Settings\n", "service.settings"),
    ("import importlib\nimportlib.import_module('worker.jobs')\n", "worker.jobs"),
])
def test_the_check_names_the_offending_module(tmp_path, source, module):
    pkg = tmp_path / "transcribe"
    pkg.mkdir()
    (pkg / "stage.py").write_text("from .errors import CasenoteError\nimport json\n" + source)
    assert [b.split(" imports ")[1] for b in forbidden_imports(pkg)] == [module]
    assert forbidden_imports(pkg)[0].startswith("transcribe/stage.py:")
