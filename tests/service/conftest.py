"""A runtime over each supported database for the service's read and bookkeeping functions (no worker runs)."""

from __future__ import annotations

import pytest

from tests.conftest import make_settings


@pytest.fixture
def runtime(tmp_path, database_url):
    from service.runtime import build_runtime

    rt = build_runtime(make_settings(tmp_path / "data", database_url=database_url), pipeline=object())
    yield rt
    rt.close()
