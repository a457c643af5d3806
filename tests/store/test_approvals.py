"""Two approvals (or two amendments) of one note at the same instant: the second gets the answer a sequential
second one gets, never the unique constraint's error (a 500). Run on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, func, select

from store import WebhookDelivery
from store import approvals as approval_store
from store import dictations as dictation_store
from store import notes as note_store
from store.deliveries import OutboxEvent
from store.errors import StaleVersionError
from store.models import Approval, NoteVersion
from store.notes import VersionContent


@pytest.fixture
def note(sessions):
    dictation_store.create_dictation(sessions, id="d1", case_ref="CN-1", context_json=None, audio_sha256="a" * 64,
                                     audio_bytes=10, idempotency_key=None)
    note_store.save_note(sessions, "d1", {"n": 0}, "machine")
    with sessions() as s:
        n = note_store.get_note(s, "d1")
    note_store.add_first_version(sessions, n, VersionContent({"n": 0}, "machine", "<p>machine</p>"))
    return n


def _approve(sessions, note, who: str):
    content = VersionContent({"approved_by": who}, f"approved by {who}", f"<p>{who}</p>")
    webhook = OutboxEvent(url="http://cms.invalid/hook", event="note.approved", payload={"by": who})
    return approval_store.approve(sessions, note, approved_by=who, role="practitioner", webhook=webhook, version=1,
                                  content=content)


def _one_approval_stands(sessions, first: str):
    with sessions() as s:
        assert s.scalar(select(func.count(Approval.id))) == 1
        assert s.scalar(select(func.count(WebhookDelivery.id))) == 1
        assert note_store.get_note(s, "d1").text == f"approved by {first}"
        assert note_store.get_version(s, "d1", 1).text == f"approved by {first}"


def test_two_approvals_that_both_saw_none_answer_the_first(sessions, note):
    # interleaved: both callers found no approval (the route's check), then each approves in its own session
    first, created = _approve(sessions, note, "ann")
    second, created2 = _approve(sessions, note, "bob")
    assert created and not created2
    assert (second.id, second.approved_by) == (first.id, "ann")
    _one_approval_stands(sessions, "ann")


def test_approvals_racing_in_threads_keep_one(sessions, note):
    results, errors = [], []
    barrier = threading.Barrier(4)

    def approve(who):
        barrier.wait()
        try:
            results.append(_approve(sessions, note, who))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(w,)) for w in ("ann", "bob", "cat", "dan")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(created for _a, created in results) == [False, False, False, True]
    winner = next(a for a, created in results if created)
    assert {a.id for a, _c in results} == {winner.id}
    _one_approval_stands(sessions, winner.approved_by)


def test_two_amendments_on_one_base_save_one_and_refuse_the_other(sessions, note):
    # both read version 1 as the latest before either flushes: held at the flush until both have read it
    barrier = threading.Barrier(2, timeout=30)
    waited = threading.local()

    @event.listens_for(sessions, "before_flush")
    def _hold(session, _ctx, _instances):
        if any(isinstance(o, NoteVersion) for o in session.new) and not getattr(waited, "done", False):
            waited.done = True
            barrier.wait()

    saved, errors = [], []

    def amend(who):
        content = VersionContent({"by": who}, f"amended by {who}", f"<p>{who}</p>")
        try:
            saved.append(note_store.save_version(sessions, note, content, base=1, kind="amendment", created_by=who,
                                                 role="practitioner", reason="a fact was wrong"))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=amend, args=(w,)) for w in ("ann", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(saved) == 1 and [type(e) for e in errors] == [StaleVersionError]
    with sessions() as s:
        assert [v.number for v in note_store.list_versions(s, "d1")] == [1, 2]
        assert note_store.get_note(s, "d1").text == f"amended by {saved[0].created_by}"
