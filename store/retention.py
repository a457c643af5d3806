"""Retention: what casenote deletes, when, and what a legal hold keeps.

casenote keeps only what it needs to hand a note to the case system: the council keeps children's records
for decades in its own case management system. Each kind of data has its own clock (``RetentionPolicy``):

- **audio** (``CASENOTE_AUDIO_RETENTION_DAYS``): the recording of a finished dictation, and the partial file
  of a resumable upload never finished; the dictation's row stays, marked ``audio_purged_at``;
- **notes** (``CASENOTE_RETENTION_DAYS``): a finished (done or failed) dictation and everything about it:
  its note, approval, audit judgements, note versions, photos of direct work (rows and files) and any other
  row that references the note or the dictation, webhook deliveries (whose payload holds the note) with their attempts, upload records, audio;
- **voice-of-the-child records** (on the notes' clock): feedback forms, the manager's 2a answers and review
  participation codes (``store.voice``), by the day they were recorded; they may name the child in a comment;
- **access log** (``CASENOTE_ACCESS_LOG_RETENTION_DAYS``): entries older than this (unset keeps them: the
  record of who read a child's note is usually kept longer than the note).

A dictation is kept whatever its age while a legal hold names it or its case. Unfinished dictations are
never deleted: nothing accepted is dropped before it is done.

Deletion runs in batches, each in its own transaction, children before parents; a batch that fails is
retried one dictation at a time, so one row that cannot be deleted never keeps the others. Audio files are
deleted before the rows that name them (a crash between the two leaves a row without audio, which the next
run deletes, never a file that no row names). What a run did is kept as counts only (:class:`store.models.RetentionRun`), for
``/health`` and ``/metrics``; nothing from a note reaches the log.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Table, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from .audio_store import AudioStore
from .models import (
    VOICE_RECORDS, AccessLogEntry, Base, DeliveryAttempt, Dictation, DictationStatus, LegalHold, Note, RetentionRun,
    Upload, WebhookDelivery, utcnow,
)
from .photos import unneeded_photo_files

log = logging.getLogger(__name__)

FINISHED = (DictationStatus.done.value, DictationStatus.failed.value)
KEPT_RUNS = 100  # past runs kept in retention_runs
ADVISORY_LOCK = 4242002  # PostgreSQL advisory lock key: one retention run at a time (migrations use 4242001)


# -- policy and report -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetentionPolicy:
    """Days each kind is kept after its dictation finished; ``None`` keeps it."""

    notes_days: int | None = None
    audio_days: int | None = None  # unset: the notes' clock
    access_log_days: int | None = None
    batch_size: int = 100

    @classmethod
    def from_settings(cls, s) -> RetentionPolicy:
        return cls(
            notes_days=s.retention_days,
            audio_days=s.audio_retention_days,
            access_log_days=s.access_log_retention_days,
            batch_size=s.retention_batch_size,
        )

    @property
    def active(self) -> bool:
        return any(d is not None for d in (self.notes_days, self.audio_days, self.access_log_days))

    def cutoff(self, days: int | None, now: datetime) -> datetime | None:
        return None if days is None else now - timedelta(days=days)

    def audio_cutoff(self, now: datetime) -> datetime | None:
        days = [d for d in (self.audio_days, self.notes_days) if d is not None]
        return self.cutoff(min(days), now) if days else None


@dataclass
class RetentionReport:
    started_at: datetime
    finished_at: datetime | None = None
    deleted: Counter = field(default_factory=Counter)  # table name (or "audio_files") -> rows deleted
    held: int = 0  # expired dictations kept by a legal hold
    failed: int = 0  # dictations (or uploads) that could not be deleted this run
    errors: list[str] = field(default_factory=list)  # exception class names

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.errors

    def summary(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.deleted.items()) if v) or "nothing"
        return f"deleted {counts}; {self.held} kept under legal hold; {self.failed} failed"


# -- holds ------------------------------------------------------------------------------------------------
def place_hold(
    sessions: sessionmaker, *, reason: str, case_ref: str | None = None, dictation_id: str | None = None,
    placed_by: str | None = None, role: str | None = None,
) -> LegalHold:
    with sessions() as s:
        hold = LegalHold(case_ref=case_ref, dictation_id=dictation_id, reason=reason, placed_by=placed_by, role=role,
                         placed_at=utcnow())
        s.add(hold)
        s.commit()
        return hold


def list_holds(session: Session) -> list[LegalHold]:
    return list(session.scalars(select(LegalHold).order_by(LegalHold.id)))


def release_hold(sessions: sessionmaker, hold_id: int) -> LegalHold | None:
    with sessions() as s:
        hold = s.get(LegalHold, hold_id)
        if hold is not None:
            s.delete(hold)
            s.commit()
        return hold


def _held(case_ref_col, dictation_id_col):
    return exists().where(or_(LegalHold.case_ref == case_ref_col, LegalHold.dictation_id == dictation_id_col))


# -- the run ----------------------------------------------------------------------------------------------
def apply_retention(sessions: sessionmaker, store: AudioStore, policy: RetentionPolicy,
                    now: datetime | None = None) -> RetentionReport | None:
    """Delete what ``policy`` says has expired at ``now``; record and return what was done (counts only).
    None when another process is running retention on this database right now (the API and every worker
    run it on the same clock; one at a time is enough, and they would only wait on each other's rows)."""
    with _alone(sessions) as alone:
        return _run(sessions, store, policy, now or utcnow()) if alone else None


@contextmanager
def _alone(sessions: sessionmaker):
    """True while this process holds PostgreSQL's advisory lock for retention (always, on SQLite: embedded
    mode is one process)."""
    engine = sessions.kw["bind"]
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")  # a session lock, no transaction held open
        got = conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({ADVISORY_LOCK})").scalar()
        try:
            yield bool(got)
        finally:
            if got:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({ADVISORY_LOCK})")


def _run(sessions: sessionmaker, store: AudioStore, policy: RetentionPolicy, now: datetime) -> RetentionReport:
    report = RetentionReport(started_at=now)
    steps = (
        (_purge_audio, policy.audio_cutoff(now)),
        (_purge_dictations, policy.cutoff(policy.notes_days, now)),
        (_purge_uploads, policy.audio_cutoff(now)),
        (_purge_voice_records, policy.cutoff(policy.notes_days, now)),
        (_purge_access_log, policy.cutoff(policy.access_log_days, now)),
    )
    for step, cutoff in steps:
        if cutoff is None:
            continue
        try:
            step(sessions, store, cutoff, policy.batch_size, report)
        except Exception as exc:  # the database went away mid-run: say so, try again next run
            report.errors.append(type(exc).__name__)
    report.finished_at = utcnow()
    _save_run(sessions, report)
    log.log(logging.INFO if report.ok else logging.WARNING, "retention: %s", report.summary())
    return report


def last_run(session: Session) -> RetentionRun | None:
    return session.scalar(select(RetentionRun).order_by(RetentionRun.id.desc()).limit(1))


def _save_run(sessions: sessionmaker, report: RetentionReport) -> None:
    try:
        with sessions() as s:
            s.add(RetentionRun(started_at=report.started_at, finished_at=report.finished_at, ok=report.ok,
                               deleted_json=json.dumps(dict(report.deleted), sort_keys=True), held=report.held,
                               failed=report.failed, errors=",".join(sorted(set(report.errors))) or None))
            s.flush()
            keep_from = s.scalar(select(RetentionRun.id).order_by(RetentionRun.id.desc()).offset(KEPT_RUNS).limit(1))
            if keep_from is not None:
                s.execute(delete(RetentionRun).where(RetentionRun.id <= keep_from))
            s.commit()
    except Exception as exc:
        report.errors.append(type(exc).__name__)


def _each_batch(sessions: sessionmaker, query, batch_size: int, report: RetentionReport, work) -> None:
    """Run ``work(ids)`` on the ids ``query`` (a select of one id column) finds, ``batch_size`` at a time.
    ``work`` returns the ids it could not delete; if it raises, the whole batch failed. Failed ids are counted
    and not offered again this run, so a bad row can neither stall the run nor keep the rest."""
    skip: set = set()
    while True:
        with sessions() as s:
            q = query.where(query.selected_columns[0].not_in(skip)) if skip else query
            ids = list(s.scalars(q.limit(batch_size)))
        if not ids:
            return
        try:
            failed = work(ids)
        except Exception as exc:
            report.errors.append(type(exc).__name__)
            failed = ids
        report.failed += len(failed)
        skip.update(failed)


def _expired_dictations(cutoff: datetime):
    return select(Dictation.id).where(
        Dictation.status.in_(FINISHED), Dictation.finished_at.is_not(None), Dictation.finished_at < cutoff
    )


def _count_held(sessions: sessionmaker, expired, report: RetentionReport) -> None:
    with sessions() as s:
        report.held = max(report.held, s.scalar(
            select(func.count()).select_from(expired.where(_held(Dictation.case_ref, Dictation.id)).subquery())
        ) or 0)


def _unneeded_audio(s: Session, dictation_ids: list[str]) -> set[str]:
    """Audio hashes of these dictations that no other dictation still holding its audio refers to."""
    shas = set(s.scalars(select(Dictation.audio_sha256).where(Dictation.id.in_(dictation_ids))))
    needed = set(s.scalars(select(Dictation.audio_sha256).where(
        Dictation.audio_sha256.in_(shas), Dictation.id.not_in(dictation_ids), Dictation.audio_purged_at.is_(None),
    )))
    return shas - needed


def _delete_files(store: AudioStore, shas: set[str], report: RetentionReport, kind: str = "audio_files") -> None:
    for sha in shas:
        path = store.path_for(sha)
        if path.exists():
            path.unlink()
            report.deleted[kind] += 1


def _purge_audio(sessions, store, cutoff, batch_size, report) -> None:
    expired = _expired_dictations(cutoff).where(Dictation.audio_purged_at.is_(None))
    _count_held(sessions, expired, report)

    def work(ids: list[str]) -> list[str]:
        with sessions() as s:
            _delete_files(store, _unneeded_audio(s, ids), report)
            s.execute(update(Dictation).where(Dictation.id.in_(ids)).values(audio_purged_at=utcnow()))
            s.commit()
        return []

    _each_batch(sessions, expired.where(~_held(Dictation.case_ref, Dictation.id)).order_by(Dictation.finished_at),
                batch_size, report, work)


def _purge_dictations(sessions, store, cutoff, batch_size, report) -> None:
    expired = _expired_dictations(cutoff)
    _count_held(sessions, expired, report)

    def work(ids: list[str]) -> list[str]:
        if _delete_dictations(sessions, store, ids, report):
            return []
        # the batch failed: one at a time, so the bad row stays and the rest go
        return [one for one in ids if not _delete_dictations(sessions, store, [one], report)]

    _each_batch(sessions, expired.where(~_held(Dictation.case_ref, Dictation.id)).order_by(Dictation.finished_at),
                batch_size, report, work)


def _delete_dictations(sessions: sessionmaker, store: AudioStore, ids: list[str], report: RetentionReport) -> bool:
    """Delete these dictations and every row about them in one transaction (audio first). False if it failed."""
    counts: Counter = Counter()
    try:
        with sessions() as s:
            _delete_files(store, _unneeded_audio(s, ids), report)
            _delete_files(store, unneeded_photo_files(s, ids), report, "photo_files")
            deliveries = select(WebhookDelivery.id).where(WebhookDelivery.dictation_id.in_(ids))
            counts[DeliveryAttempt.__tablename__] += s.execute(
                delete(DeliveryAttempt).where(DeliveryAttempt.delivery_id.in_(deliveries))).rowcount
            for table, column in ((WebhookDelivery, WebhookDelivery.dictation_id), (Upload, Upload.dictation_id)):
                counts[table.__tablename__] += s.execute(delete(table).where(column.in_(ids))).rowcount
            notes = select(Note.id).where(Note.dictation_id.in_(ids))
            _delete_with_dependents(s, Note.__table__, Note.__table__.c.id, list(s.scalars(notes)), counts)
            _delete_with_dependents(s, Dictation.__table__, Dictation.__table__.c.id, ids, counts)
            s.commit()
    except Exception as exc:
        report.errors.append(type(exc).__name__)
        return False
    report.deleted.update(counts)
    return True


def _delete_with_dependents(s: Session, table: Table, key, values: list, counts: Counter) -> None:
    """Delete ``table``'s rows whose ``key`` is in ``values``, after every row (in any table, found through
    its foreign keys) that references them: approvals, audit judgements, note versions... so a table added
    later that points at a note or dictation is deleted with it."""
    if not values:
        return
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and child is not table:
                referenced = list(s.scalars(select(fk.column).where(key.in_(values)).distinct()))
                child_keys = list(s.scalars(select(*child.primary_key.columns).where(fk.parent.in_(referenced))))
                pk = list(child.primary_key.columns)
                if len(pk) == 1 and child_keys:
                    _delete_with_dependents(s, child, pk[0], child_keys, counts)
                elif referenced:
                    counts[child.name] += s.execute(delete(child).where(fk.parent.in_(referenced))).rowcount
    counts[table.name] += s.execute(delete(table).where(key.in_(values))).rowcount


def _purge_uploads(sessions, store, cutoff, batch_size, report) -> None:
    """Resumable uploads never finished: their partial file and record."""
    abandoned = select(Upload.id).where(
        Upload.completed.is_(False), Upload.created_at < cutoff, ~_held(Upload.case_ref, Upload.dictation_id)
    ).order_by(Upload.created_at)

    def work(ids: list[str]) -> list[str]:
        for upload_id in ids:
            part = store.part_path(upload_id)
            if part.exists():
                part.unlink()
                report.deleted["upload_parts"] += 1
        with sessions() as s:
            report.deleted[Upload.__tablename__] += s.execute(delete(Upload).where(Upload.id.in_(ids))).rowcount
            s.commit()
        return []

    _each_batch(sessions, abandoned, batch_size, report, work)


def _purge_voice_records(sessions, store, cutoff, batch_size, report) -> None:
    """Feedback forms, 2a answers and review codes recorded before ``cutoff``, unless their case is on hold."""
    for model in VOICE_RECORDS:
        def work(ids: list[int], model=model) -> list[int]:
            with sessions() as s:
                report.deleted[model.__tablename__] += s.execute(delete(model).where(model.id.in_(ids))).rowcount
                s.commit()
            return []

        old = select(model.id).where(model.created_at < cutoff, ~exists().where(LegalHold.case_ref == model.case_ref))
        _each_batch(sessions, old.order_by(model.id), batch_size, report, work)


def _purge_access_log(sessions, store, cutoff, batch_size, report) -> None:
    def work(ids: list[int]) -> list[int]:
        with sessions() as s:
            report.deleted[AccessLogEntry.__tablename__] += s.execute(
                delete(AccessLogEntry).where(AccessLogEntry.id.in_(ids))).rowcount
            s.commit()
        return []

    old = select(AccessLogEntry.id).where(AccessLogEntry.at < cutoff).order_by(AccessLogEntry.id)
    _each_batch(sessions, old, batch_size * 10, report, work)
