"""Engine, session factory and migrations (Alembic, configured in code: no alembic.ini), and the one way an
insert that a retry may repeat is made (:func:`insert_once`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .crypto import Keyring, attach, make_private_dir

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

T = TypeVar("T")


def make_engine(url: str, keyring: Keyring | None = None) -> Engine:
    """An engine for ``url``; ``keyring`` encrypts and decrypts the identified columns (:mod:`store.crypto`).
    SQLite gets WAL and a busy timeout so the API and worker threads can share it, and a file only its
    owner can read (0600 in a 0700 directory; SQLite gives the -wal and -shm files the same mode)."""
    if url.startswith("sqlite"):
        _ensure_sqlite_dir(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        attach(engine, keyring)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA secure_delete=ON")  # deleted and replaced rows are overwritten, not left in free pages
            cur.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    attach(engine, keyring)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine_or_url: Engine | str, revision: str = "head", keyring: Keyring | None = None) -> None:
    """Bring the schema up to ``revision``. Safe to run from several processes at start. Rows stored before
    encryption at rest are encrypted on the way (with the engine's keyring, or ``keyring`` given a URL)."""
    from alembic import command

    engine = make_engine(engine_or_url, keyring) if isinstance(engine_or_url, str) else engine_or_url
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # several workers may start together: let one migrate, the others wait
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    if isinstance(engine_or_url, str):
        engine.dispose()


def _ensure_sqlite_dir(url: str) -> None:
    path = url.split(":///", 1)[-1] if ":///" in url else ""
    if path and path != ":memory:" and not path.startswith("file:"):
        make_private_dir(Path(path).parent, tighten=False)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def insert_once(sessions: sessionmaker, add: Callable[[Session], T], find: Callable[[Session], T | None]) -> tuple[T, bool]:
    """Commit what ``add`` adds to a session (it returns the new row). When a unique constraint refuses it (a
    client's retry, or two identical requests at once), the row that stands, as ``find`` reads it: (row, created)."""
    with sessions() as s:
        try:
            row = add(s)  # ``add`` may flush (an UPDATE beside the insert): the constraint can refuse it here too
            s.commit()
            return row, True
        except IntegrityError as exc:
            s.rollback()
            conflict = exc
    with sessions() as s:
        existing = find(s)
        if existing is None:  # pragma: no cover - refused for another reason
            raise conflict
        return existing, False
