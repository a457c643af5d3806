"""Fixtures for the API tests that save notes directly (no worker): the app over each supported database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import make_settings


@pytest.fixture
def make_app(tmp_path, database_url):
    """Factory: the API over SQLite and over PostgreSQL with no worker running (notes are saved directly)."""
    from api.main import create_app
    from service.runtime import build_runtime

    opened = []

    def factory(**overrides):
        settings = make_settings(tmp_path / f"data{len(opened)}", database_url=database_url, **overrides)
        rt = build_runtime(settings, pipeline=object())  # never used: no job runs here
        client = TestClient(create_app(settings, runtime=rt, background=False))
        client.__enter__()
        opened.append((client, rt))
        return client, rt

    yield factory
    for client, rt in opened:
        client.__exit__(None, None, None)
        rt.close()


@pytest.fixture
def app(make_app):
    return make_app()
