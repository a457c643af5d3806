"""Shared fixtures for the service tests (tests/api, tests/worker, tests/store).

Light at import: no model loads here until a test asks for ``service_pipeline`` (once per session).
The service tests use the machine's real Redis (database 15, flushed around each test) and a real
PostgreSQL database ``casenote_test`` (made anew each session, tables emptied around each test). Store and API tests
that take ``database_url`` run twice, on the embedded SQLite file and on PostgreSQL. Every test that runs on
PostgreSQL is marked ``postgresql`` (``pytest -m postgresql`` runs those alone).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
REDIS_URL = os.environ.get("CASENOTE_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PG_ADMIN_URL = os.environ.get("CASENOTE_TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_DB = os.environ.get("CASENOTE_TEST_PG_DB", "casenote_test")
PG_URL = f"postgresql+psycopg://postgres@127.0.0.1:5432/{PG_DB}"
TABLES = (
    "dictation_photos",
    "child_feedback",
    "voice_confirmations",
    "review_participation",
    "legal_holds",
    "retention_runs",
    "access_log",
    "audit_judgements",
    "note_approvals",
    "note_versions",
    "webhook_attempts",
    "webhook_deliveries",
    "notes",
    "uploads",
    "dictations",
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "clean_pg" in item.fixturenames:  # the service tests (service, make_service)
            item.add_marker(pytest.mark.postgresql)


@pytest.fixture(scope="session")
def service_pipeline():
    """The real pipeline on tiny.en, loaded once for every service test."""
    from transcribe.asr import AsrOptions
    from transcribe.pipeline import Pipeline, pipeline_options

    opts = pipeline_options(make_settings(Path("/tmp")))
    opts.asr = AsrOptions(cpu_threads=2, beam_size=1)
    return Pipeline.load(opts)


def make_settings(data_dir: Path, **overrides):
    from service.settings import Settings

    values = dict(
        model="tiny.en",
        device="cpu",
        beam_size=1,
        cpu_threads=2,
        data_dir=data_dir,
        job_retries=2,
        job_retry_backoff_s=[1, 1],
        job_heartbeat_s=0.5,
        job_stale_after_s=3.0,
        reconcile_interval_s=3600,
        webhook_backoff_s=0.2,
        webhook_poll_s=0.2,
        webhook_timeout_s=5.0,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
def pg_url() -> str:
    """A dedicated PostgreSQL database, made anew and migrated once per session: whatever an earlier run (of another
    branch, with other migrations) left in it can never stand in this run's way."""
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{PG_DB}"')
    from store import migrate

    migrate(PG_URL)
    return PG_URL


@pytest.fixture
def clean_pg(pg_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return pg_url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def database_url(request, tmp_path) -> str:
    """Each database the README supports: the embedded default (a SQLite file) and production's PostgreSQL
    (migrated, every table emptied)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'casenote.db'}"
    return request.getfixturevalue("clean_pg")


@pytest.fixture
def redis_conn():
    from redis import Redis

    conn = Redis.from_url(REDIS_URL)
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()


class Service:
    """The API (TestClient) over PostgreSQL + Redis, with an RQ worker run in this process on demand."""

    def __init__(self, client, runtime, dispatcher, redis):
        self.client, self.rt, self.dispatcher, self.redis = client, runtime, dispatcher, redis
        self.settings = runtime.settings

    def upload(self, name: str = "hello.wav", case_ref: str = "CN-2025-0147", headers=None, **fields):
        path = Path(name) if os.path.isabs(name) else DATA / name
        with open(path, "rb") as f:
            return self.client.post(
                "/dictations", data={"case_ref": case_ref, **fields}, files={"file": (path.name, f)}, headers=headers or {}
            )

    def work(self) -> bool:
        """Drain the queue with a real RQ SimpleWorker (burst) using the already loaded pipeline."""
        from worker.main import make_worker

        return make_worker(self.rt, self.redis).work(burst=True, with_scheduler=False, logging_level="WARNING")

    def status(self, dictation_id: str) -> dict:
        return self.client.get(f"/dictations/{dictation_id}").json()

    def note_count(self, dictation_id: str | None = None) -> int:
        from sqlalchemy import func, select

        from store.models import Note

        with self.rt.sessions() as s:
            q = select(func.count(Note.id))
            if dictation_id:
                q = q.where(Note.dictation_id == dictation_id)
            return s.scalar(q)


@pytest.fixture
def make_service(tmp_path, clean_pg, redis_conn, service_pipeline):
    """Factory: ``make_service(**settings_overrides)`` -> a started :class:`Service`."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from service.runtime import build_runtime
    from worker.dispatch import RQDispatcher

    started = []

    def factory(**overrides) -> Service:
        settings = make_settings(tmp_path / "data", database_url=clean_pg, redis_url=REDIS_URL, **overrides)
        rt = build_runtime(settings, pipeline=service_pipeline)
        dispatcher = RQDispatcher(redis_conn, settings)
        client = TestClient(create_app(settings, runtime=rt, dispatcher=dispatcher, background=False))
        client.__enter__()
        started.append((client, rt))
        return Service(client, rt, dispatcher, redis_conn)

    yield factory
    for client, rt in started:
        client.__exit__(None, None, None)
        rt.close()


@pytest.fixture
def service(make_service) -> Service:
    return make_service()
