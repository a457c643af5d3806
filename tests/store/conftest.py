"""The store's tests: a migrated database (SQLite, and PostgreSQL where ``-m postgresql`` runs) with a council key,
since identified columns are stored encrypted."""

from __future__ import annotations

import pytest

from store import make_engine, make_sessionmaker, migrate
from store.crypto import generate_key, parse_keys

KEYRING = parse_keys(generate_key(), "a test key")


@pytest.fixture
def sessions(database_url):
    engine = make_engine(database_url, KEYRING)
    migrate(engine)
    yield make_sessionmaker(engine)
    engine.dispose()
