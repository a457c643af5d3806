"""Retention deletes everything past its time (files and rows), whatever was done to it, on SQLite and
PostgreSQL; a legal hold keeps a case; audio has its own, shorter clock; one row that cannot be deleted never
keeps the rest; the last run shows in /health and /metrics as counts."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from store import deliveries as delivery_store
from store import dictations as dictation_store
from store.models import (
    VOICE_RECORDS, AccessLogEntry, Approval, AuditJudgement, DeliveryAttempt, Dictation, Note, Upload, WebhookDelivery,
    utcnow,
)
from store.retention import ADVISORY_LOCK, RetentionPolicy, apply_retention
from tests.api.conftest import make_app  # noqa: F401  fixture (SQLite and PostgreSQL)
from tests.api.test_review import CONTEXT, add_note
from tests.conftest import DATA, make_settings
from worker.reconciler import purge_expired

TOKENS = "ta=admin,ts=supervisor,tp=practitioner,tc=cms,tq=qa"
HOOK = "https://cms.council.example/casenote"
ROW_TABLES = (Dictation, Note, Approval, AuditJudgement, WebhookDelivery, DeliveryAttempt, Upload)


def _as(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def app(make_app):  # noqa: F811
    """Factory: the API over SQLite or PostgreSQL, no worker, tokens for every role, webhooks on."""
    return lambda **kw: make_app(api_tokens=TOKENS, webhook_url=HOOK, webhook_secret="s" * 32, **kw)


def _note(rt, did: str, **kw) -> None:
    """A finished note with audio of its own (distinct bytes, so its own file in the content-addressed store)."""
    audio = rt.settings.data_dir / f"{did}.m4a"
    audio.write_bytes((DATA / "child_voice.m4a").read_bytes() + did.encode())
    add_note(rt, did, audio=audio, **kw)


def _age(rt, days: float, *dictation_ids: str) -> None:
    with rt.sessions() as s:
        for did in dictation_ids:
            d = s.get(Dictation, did)
            d.created_at = d.finished_at = utcnow() - timedelta(days=days)
        s.commit()


def _count(rt, table, *where) -> int:
    with rt.sessions() as s:
        return s.scalar(select(func.count()).select_from(table).where(*where))


def _abandoned_upload(client, rt, case_ref: str = "CN-2025-0147") -> str:
    audio = (DATA / "hello.wav").read_bytes()
    meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in
                    {"case_ref": case_ref, "sha256": hashlib.sha256(audio).hexdigest()}.items())
    tus = {"Tus-Resumable": "1.0.0", **_as("tp")}
    r = client.post("/uploads", headers={**tus, "Upload-Length": str(len(audio)), "Upload-Metadata": meta})
    assert r.status_code == 201, r.text
    r = client.patch(r.headers["location"], content=audio[:1000],
                     headers={**tus, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 204, r.text
    with rt.sessions() as s:
        u = s.scalar(select(Upload).where(Upload.completed.is_(False)).order_by(Upload.created_at.desc()))
        u.created_at = utcnow() - timedelta(days=40)
        s.commit()
        return u.id


def test_everything_past_retention_goes_and_a_legal_hold_stays(app):
    client, rt = app(retention_days=30)
    for did in ("approved", "audited", "unreviewed", "held", "fresh"):
        _note(rt, did)
    _note(rt, "held-case", context={**CONTEXT, "case_ref": "CN-HOLD"})
    dictation_store.create_dictation(rt.sessions, id="failed", case_ref="CN-2025-0147", context_json=None,
                                     audio_sha256=rt.store.put_bytes(b"not audio at all")[0], audio_bytes=16,
                                     idempotency_key=None)
    dictation_store.mark_failed(rt.sessions, "failed", "The file is not audio.", final=True)
    dictation_store.create_dictation(rt.sessions, id="queued", case_ref="CN-2025-0147", context_json=None,
                                     audio_sha256=rt.store.put_bytes(b"waiting for a worker")[0], audio_bytes=20,
                                     idempotency_key=None)

    assert client.post("/review/notes/approved/approve", json={"approved_by": "Sam"}, headers=_as("tp")).status_code == 201
    note_id = client.get("/review/notes/audited", headers=_as("tp")).json()["note_id"]
    audit = {"auditor": "Q", "child_voice": "yes", "grade": "good"}
    assert client.post(f"/qa/notes/{note_id}/audits", json=audit, headers=_as("tq")).status_code == 201
    [delivery] = client.get("/webhooks/deliveries", headers=_as("tc")).json()["items"]  # note.approved, queued
    delivery_store.record_attempt(rt.sessions, delivery["id"], ok=False, status_code=503, error="receiver answered 503",
                                  duration_ms=5, max_attempts=6, backoff_s=10)
    upload_id = _abandoned_upload(client, rt)

    holds = [client.post("/legal-holds", json={"dictation_id": "held", "reason": "complaint"}, headers=_as("ts")),
             client.post("/legal-holds", json={"case_ref": "CN-HOLD", "reason": "litigation"}, headers=_as("ta"))]
    assert [h.status_code for h in holds] == [201, 201], holds[0].text
    with rt.engine.connect() as conn:  # a reason may name people: stored encrypted, like a note
        assert not any("litigation" in r for r in conn.exec_driver_sql("SELECT reason FROM legal_holds").scalars())
    assert client.get("/legal-holds", headers=_as("ta")).json()["items"][1]["reason"] == "litigation"

    with rt.sessions() as s:
        audio = {d.id: rt.store.path_for(d.audio_sha256) for d in s.scalars(select(Dictation))}
    _age(rt, 31, "approved", "audited", "unreviewed", "held", "held-case", "failed", "queued")
    assert all(p.exists() for p in audio.values())

    report = purge_expired(rt)

    assert report.ok and report.failed == 0 and report.held == 2, report
    gone = ("approved", "audited", "unreviewed", "failed")
    kept = ("held", "held-case", "fresh", "queued")
    with rt.sessions() as s:
        assert sorted(s.scalars(select(Dictation.id))) == sorted(kept)
    assert _count(rt, Note) == 3 and _count(rt, Approval) == 0 and _count(rt, AuditJudgement) == 0
    assert _count(rt, WebhookDelivery) == 0 and _count(rt, DeliveryAttempt) == 0
    assert _count(rt, Upload, Upload.id == upload_id) == 0 and not rt.store.part_path(upload_id).exists()
    assert not any(audio[did].exists() for did in gone)
    assert all(audio[did].exists() for did in kept)
    assert report.deleted["dictations"] == 4 and report.deleted["notes"] == 3
    assert report.deleted["note_approvals"] == 1 and report.deleted["audit_judgements"] == 1
    assert report.deleted["webhook_deliveries"] == 1 and report.deleted["webhook_attempts"] == 1
    assert report.deleted["uploads"] == 1 and report.deleted["audio_files"] == 4

    # the access log is a record of who read what: kept on its own clock (unset here), even for deleted notes
    assert _count(rt, AccessLogEntry, AccessLogEntry.dictation_id == "audited") >= 1
    assert client.get("/review/notes/held", headers=_as("tp")).status_code == 200

    health = client.get("/health").json()["retention"]
    assert health["active"] and health["last_run"]["ok"] and health["last_run"]["deleted"]["notes"] == 3
    assert health["last_run"]["held"] == 2
    metrics = client.get("/metrics").text
    assert 'casenote_retention_last_run_deleted{kind="notes"} 3' in metrics
    assert "casenote_retention_last_run_ok 1" in metrics and "casenote_legal_holds 2" in metrics

    # released, the hold no longer keeps its dictation
    hold_id = holds[0].json()["id"]
    assert client.delete(f"/legal-holds/{hold_id}", headers=_as("ts")).status_code == 403  # admin only
    assert client.delete(f"/legal-holds/{hold_id}", headers=_as("ta")).status_code == 204
    purge_expired(rt)
    assert _count(rt, Dictation, Dictation.id == "held") == 0
    assert _count(rt, Dictation, Dictation.id == "held-case") == 1
    actions = [e.action for e in _entries(rt) if e.action.startswith("legal_hold.")]
    assert actions == ["legal_hold.place", "legal_hold.place", "legal_hold.release"]


def _entries(rt) -> list[AccessLogEntry]:
    with rt.sessions() as s:
        return list(s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)))


def test_audio_goes_on_its_own_clock_and_the_note_stays(app):
    client, rt = app(retention_days=365, audio_retention_days=7)
    _note(rt, "d-1")
    with rt.sessions() as s:
        path = rt.store.path_for(s.get(Dictation, "d-1").audio_sha256)
    assert client.get("/review/notes/d-1/audio", headers=_as("tp")).status_code == 200
    _age(rt, 8, "d-1")

    report = purge_expired(rt)

    assert report.ok and report.deleted["audio_files"] == 1 and report.deleted["notes"] == 0
    assert not path.exists()
    assert client.get("/notes/d-1", headers=_as("tc")).status_code == 200  # the note is still there
    r = client.get("/review/notes/d-1/audio", headers=_as("tp"))
    assert r.status_code == 404 and "retention" in r.json()["detail"]
    assert purge_expired(rt).deleted["audio_files"] == 0  # done once


def test_one_row_that_cannot_be_deleted_does_not_keep_the_others(app):
    """A table casenote does not know (made by hand in the database) points at one note: that dictation stays,
    reported as failed; every other expired one still goes."""
    client, rt = app(retention_days=30, retention_batch_size=2)
    for i in range(5):
        add_note(rt, f"d-{i}")
    _age(rt, 31, *(f"d-{i}" for i in range(5)))
    with rt.sessions() as s:
        stuck = s.scalar(select(Note.id).where(Note.dictation_id == "d-2"))
    with rt.engine.begin() as conn:
        conn.execute(text("CREATE TABLE hand_made (id INTEGER PRIMARY KEY, note_id INTEGER REFERENCES notes(id))"))
        conn.execute(text("INSERT INTO hand_made (id, note_id) VALUES (1, :n)"), {"n": stuck})
    try:
        report = apply_retention(rt.sessions, rt.store, RetentionPolicy(notes_days=30, batch_size=2))
        with rt.sessions() as s:
            assert list(s.scalars(select(Dictation.id))) == ["d-2"]
        assert report.failed == 1 and not report.ok and report.deleted["dictations"] == 4
        assert "IntegrityError" in report.errors
        assert client.get("/health").json()["retention"]["last_run"]["ok"] is False
        assert "casenote_retention_last_run_failed 1" in client.get("/metrics").text
    finally:
        with rt.engine.begin() as conn:
            conn.execute(text("DROP TABLE hand_made"))


def test_one_process_runs_retention_at_a_time(app):
    """On PostgreSQL the API and every worker run retention on the same clock: while one runs, the others skip."""
    _client, rt = app(retention_days=30)
    if rt.engine.dialect.name != "postgresql":
        pytest.skip("SQLite is the embedded mode's: one process")
    _note(rt, "d-1")
    _age(rt, 31, "d-1")
    with rt.engine.connect() as other:  # another process, mid-run
        other = other.execution_options(isolation_level="AUTOCOMMIT")
        other.exec_driver_sql(f"SELECT pg_advisory_lock({ADVISORY_LOCK})")
        assert purge_expired(rt) is None and _count(rt, Dictation) == 1
        other.exec_driver_sql(f"SELECT pg_advisory_unlock({ADVISORY_LOCK})")
    assert purge_expired(rt).deleted["dictations"] == 1


@pytest.mark.parametrize("token,code", [("ta", 201), ("ts", 201), ("tp", 403), ("tc", 403), ("tq", 403)])
def test_who_may_place_a_legal_hold(app, token, code):
    client, _rt = app()
    r = client.post("/legal-holds", json={"case_ref": "CN-1", "reason": "inquiry"}, headers=_as(token))
    assert r.status_code == code, r.text
    assert client.get("/legal-holds", headers=_as(token)).status_code == (200 if code == 201 else 403)


def test_a_hold_names_one_case_or_one_dictation(app):
    client, _rt = app()
    for body in ({"reason": "x"}, {"case_ref": "CN-1", "dictation_id": "d", "reason": "x"},
                 {"case_ref": "CN\x001", "reason": "x"}, {"case_ref": "CN-1", "reason": ""}):
        assert client.post("/legal-holds", json=body, headers=_as("ta")).status_code == 422, body
    assert client.delete("/legal-holds/2147483648", headers=_as("ta")).status_code == 422
    assert client.delete("/legal-holds/7", headers=_as("ta")).status_code == 404


def test_retention_settings_are_checked_at_start(tmp_path):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="retention_days"):
        make_settings(tmp_path, retention_days=0)
    assert not RetentionPolicy.from_settings(make_settings(tmp_path)).active


def test_voice_of_the_child_records_go_on_the_notes_clock_unless_their_case_is_held(app):
    from datetime import date

    from store import voice
    from store.retention import place_hold

    client, rt = app(retention_days=365)
    for case_ref in ("CN-old", "CN-held", "CN-new"):
        voice.add_feedback(rt.sessions, client_id=f"phone-{case_ref}", case_ref=case_ref, respondent="child",
                           wording="a", answers={"q1": 3}, asked_on=date(2025, 1, 1), comment="I like my nana")
        voice.confirm_voice(rt.sessions, case_ref=case_ref, stage="closure", answer="yes", confirmed_on=date(2025, 1, 1))
        voice.record_review(rt.sessions, case_ref=case_ref, plan_type="child_in_need", review_on=date(2025, 1, 1),
                            pn_code="PN1")
    with rt.sessions() as s:
        for model in VOICE_RECORDS:
            for row in s.scalars(select(model).where(model.case_ref != "CN-new")):
                row.created_at = utcnow() - timedelta(days=400)
        s.commit()
    place_hold(rt.sessions, reason="court proceedings", case_ref="CN-held")

    report = purge_expired(rt)

    assert report.ok and report.deleted["child_feedback"] == 1 and report.deleted["voice_confirmations"] == 1
    assert report.deleted["review_participation"] == 1
    with rt.sessions() as s:
        for model in VOICE_RECORDS:
            assert set(s.scalars(select(model.case_ref))) == {"CN-held", "CN-new"}
