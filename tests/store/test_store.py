"""The store on both SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

import hashlib
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from store import Dictation, Note, WebhookDelivery, make_engine, make_sessionmaker, migrate
from store import deliveries as delivery_store
from store import dictations as dictation_store
from store import notes as note_store
from store.audio_store import AudioStore
from store.deliveries import OutboxEvent
from store.errors import UploadTooLargeError
from store.feeds import FeedWindow
from store.models import utcnow


from .conftest import KEYRING


def _dictation(sessions, did="d1", **kw):
    fields = dict(id=did, case_ref="CN-1", context_json=None, audio_sha256="a" * 64, audio_bytes=10, idempotency_key=None)
    fields.update(kw)
    return dictation_store.create_dictation(sessions, **fields)


def test_migrations_match_models(sessions):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from store.models import Base

    with sessions().connection() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migrate_is_repeatable(database_url):
    """Every API and worker process migrates at start: a second run finds the database at the head and keeps
    what it holds."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from store.session import alembic_config

    migrate(database_url)
    engine = make_engine(database_url)
    _dictation(make_sessionmaker(engine))
    migrate(database_url)
    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head
    with make_sessionmaker(engine)() as s:
        assert dictation_store.get_dictation(s, "d1").status == "queued"
    engine.dispose()


def test_the_redacted_copies_are_dropped_and_the_notes_kept(database_url):
    """0009 drops the stored redacted copies (the redacted view is made on each read) from notes that have
    versions and an approval pointing at them, and keeps everything else; its downgrade puts the column back."""
    from alembic import command
    from sqlalchemy import inspect, text

    from store.session import alembic_config

    def to(revision: str, step) -> None:
        cfg = alembic_config(database_url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            step(cfg, revision)

    def columns(table: str) -> set[str]:
        return {c["name"] for c in inspect(engine).get_columns(table)}

    engine = make_engine(database_url, KEYRING)
    migrate(engine)
    to("0008_voice2_photos", command.downgrade)
    assert "redacted_json" in columns("notes") and "redacted_json" in columns("note_versions")
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO dictations (id, case_ref, audio_sha256, audio_bytes, status, progress, attempts, "
                          "created_at, updated_at) VALUES ('d1', 'CN-1', :sha, 10, 'done', 1.0, 1, :now, :now)"),
                     {"sha": "a" * 64, "now": now})
        conn.execute(text("INSERT INTO notes (id, dictation_id, case_ref, note_json, text, redacted_json, created_at) "
                          "VALUES (1, 'd1', 'CN-1', '{\"n\": 1}', 'the text', '{\"r\": 1}', :now)"), {"now": now})
        conn.execute(text("INSERT INTO note_versions (dictation_id, note_id, number, kind, note_json, text, html, "
                          "redacted_json, created_by, created_at) VALUES ('d1', 1, 1, 'machine', '{}', 'v1', '<p>v1</p>', "
                          "'{}', 'casenote', :now)"), {"now": now})
        conn.execute(text("INSERT INTO note_approvals (dictation_id, note_id, case_ref, approved_by, approved_at, version) "
                          "VALUES ('d1', 1, 'CN-1', 'a supervisor', :now, 1)"), {"now": now})
    migrate(engine)
    assert "redacted_json" not in columns("notes") and "redacted_json" not in columns("note_versions")
    with make_sessionmaker(engine)() as s:
        note = note_store.get_note(s, "d1")
        assert (note.note_json, note.text) == ('{"n": 1}', "the text")
        assert [(v.number, v.text) for v in note_store.list_versions(s, "d1")] == [(1, "v1")]
    to("0008_voice2_photos", command.downgrade)
    assert "redacted_json" in columns("notes")
    migrate(engine)
    engine.dispose()


def test_create_dictation_is_idempotent(sessions):
    d, created = _dictation(sessions, idempotency_key="k1")
    again, created2 = _dictation(sessions, idempotency_key="k1")
    assert created and not created2 and again.id == d.id
    other, created3 = _dictation(sessions, did="d2", idempotency_key="k1")  # same key, other id
    assert not created3 and other.id == "d1"


def test_note_insert_is_idempotent(sessions):
    _dictation(sessions)
    assert note_store.save_note(sessions, "d1", {"n": 1}, "text") is True
    assert note_store.save_note(sessions, "d1", {"n": 2}, "text 2") is False
    with sessions() as s:
        assert s.scalar(select(func.count(Note.id))) == 1
        assert note_store.get_note(s, "d1").note_json == '{"n": 1}'
        assert dictation_store.get_dictation(s, "d1").status == "done"


def test_concurrent_finishers_write_one_note(sessions):
    _dictation(sessions)
    results = []
    barrier = threading.Barrier(4)

    def finish(i):
        barrier.wait()
        results.append(note_store.save_note(sessions, "d1", {"n": i}, "t"))

    threads = [threading.Thread(target=finish, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]


def test_unfinished_finds_queued_and_stale(sessions):
    _dictation(sessions, did="q")
    _dictation(sessions, did="running")
    _dictation(sessions, did="stale")
    _dictation(sessions, did="done")
    dictation_store.start_processing(sessions, "running", "w1")
    dictation_store.start_processing(sessions, "stale", "w2")
    note_store.save_note(sessions, "done", {}, "")
    with sessions() as s:
        s.get(Dictation, "stale").heartbeat_at = utcnow() - timedelta(minutes=5)
        s.commit()
        queued, stale = dictation_store.unfinished(s, utcnow() - timedelta(minutes=1))
    assert queued == ["q"] and stale == ["stale"]


def test_failure_final_and_not_final(sessions):
    _dictation(sessions)
    dictation_store.mark_failed(sessions, "d1", "try again", final=False)
    with sessions() as s:
        d = dictation_store.get_dictation(s, "d1")
        assert d.status == "queued" and d.error == "try again"
    dictation_store.mark_failed(sessions, "d1", "gave up", final=True)
    with sessions() as s:
        assert dictation_store.get_dictation(s, "d1").status == "failed"


def test_list_notes_by_case_and_cursor(sessions):
    for i, case in enumerate(["A", "B", "A", "A"]):
        _dictation(sessions, did=f"d{i}", case_ref=case, audio_sha256=f"{i}" * 64)
        note_store.save_note(sessions, f"d{i}", {"i": i}, "")
    with sessions() as s:
        page1 = note_store.list_notes(s, FeedWindow(case_ref="A", limit=2))
        page2 = note_store.list_notes(s, FeedWindow(case_ref="A", after_id=page1[-1].id, limit=2))
        assert [n.dictation_id for n in page1 + page2] == ["d0", "d2", "d3"]
        assert note_store.list_notes(s, FeedWindow(since=utcnow() + timedelta(hours=1))) == []
        assert len(note_store.list_notes(s, FeedWindow(until=utcnow() + timedelta(hours=1)))) == 4


def test_deliveries_claimed_once_and_backoff_doubles(sessions):
    _dictation(sessions)
    note_store.save_note(sessions, "d1", {}, "", OutboxEvent("http://x", "note.completed", {"a": 1}))
    first = delivery_store.claim_due_deliveries(sessions, lease_s=60)
    assert len(first) == 1 and delivery_store.claim_due_deliveries(sessions, lease_s=60) == []
    t0 = utcnow()
    d = delivery_store.record_attempt(sessions, first[0].id, ok=False, status_code=500, error="boom", duration_ms=1,
                                      max_attempts=5, backoff_s=10)
    assert timedelta(seconds=9) < d.next_attempt_at - t0 < timedelta(seconds=11)
    with sessions() as s:
        s.get(WebhookDelivery, d.id).next_attempt_at = utcnow()
        s.commit()
    d = delivery_store.record_attempt(sessions, d.id, ok=False, status_code=502, error="boom", duration_ms=1,
                                      max_attempts=5, backoff_s=10)
    assert timedelta(seconds=19) < d.next_attempt_at - utcnow() < timedelta(seconds=21)
    with sessions() as s:
        assert [a.status_code for a in delivery_store.get_delivery(s, d.id).attempt_log] == [500, 502]
    new = delivery_store.replay_delivery(sessions, d.id, "https://cms.example/hook")
    assert new.replay_of == d.id and new.payload == d.payload and new.status == "pending"
    assert new.url == "https://cms.example/hook"


def test_audio_store_content_addressed_and_atomic(tmp_path):
    import io

    store = AudioStore(tmp_path, KEYRING)
    data = b"RIFF" + bytes(range(256)) * 10
    tmp, sha, size = store.spool(io.BytesIO(data))
    assert sha == hashlib.sha256(data).hexdigest() and size == len(data)
    path = store.commit(tmp, sha)
    assert path == tmp_path / "audio" / sha[:2] / sha and store.read_bytes(sha) == data
    assert b"RIFF" not in path.read_bytes()  # encrypted at rest
    assert not tmp.exists() and list(store.tmp_dir.iterdir()) == []
    tmp2, sha2, _ = store.spool(io.BytesIO(data))
    assert store.commit(tmp2, sha2) == path and not tmp2.exists()  # same content, one file
    with pytest.raises(UploadTooLargeError):
        store.spool(io.BytesIO(data), limit=100)
    assert list(store.tmp_dir.iterdir()) == []  # a refused upload leaves nothing behind
