"""The reconciler: the database decides what must be done; the queue is repaired to match.

Every dictation that was accepted but has no finished note is either waiting in the queue, running
under a live worker (its heartbeat is fresh), or is re-enqueued here. So a flushed or restarted Redis,
or a worker killed mid-job, loses nothing; the note's unique constraint keeps a late duplicate finisher
from writing a second note.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import timedelta

from store import dictations as dictation_store
from store.models import utcnow
from store.retention import RetentionPolicy, RetentionReport, apply_retention

from .runtime import WorkerRuntime
from .webhooks import deliver_due

log = logging.getLogger(__name__)


@dataclass
class ReconcileReport:
    enqueued: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # running dictations whose worker went silent

    @property
    def total(self) -> int:
        return len(self.enqueued) + len(self.recovered)


def reconcile(rt: WorkerRuntime, dispatcher, *, at_start: bool = False) -> ReconcileReport:
    """Queue what the database says is waiting, and take back what a silent worker was running. At the start
    of a process whose dispatcher is the only worker (embedded mode), nothing can be running anywhere: every
    running dictation was interrupted by the last stop or crash, and is resumed now, not after the stale timeout."""
    report = ReconcileReport()
    if at_start and getattr(dispatcher, "only_worker", False):
        stale_before = utcnow() + timedelta(seconds=1)
    else:
        stale_before = utcnow() - timedelta(seconds=rt.settings.job_stale_after_s)
    with rt.sessions() as s:
        queued, stale = dictation_store.unfinished(s, stale_before)
    for dictation_id in queued:
        if not dispatcher.is_pending(dictation_id) and dispatcher.enqueue(dictation_id):
            report.enqueued.append(dictation_id)
    for dictation_id in stale:
        dictation_store.requeue(rt.sessions, dictation_id)
        if dispatcher.enqueue(dictation_id, force=True):
            report.recovered.append(dictation_id)
    if report.total:
        log.warning("reconciler re-enqueued %d queued and %d abandoned dictations", len(report.enqueued), len(report.recovered))
    return report


def purge_expired(rt: WorkerRuntime) -> RetentionReport | None:
    """Apply the retention settings (see :mod:`store.retention`); None when nothing is set to expire."""
    policy = RetentionPolicy.from_settings(rt.settings)
    return apply_retention(rt.sessions, rt.store, policy) if policy.active else None


class Maintenance:
    """A daemon thread: reconcile (and apply retention) at start and every ``reconcile_interval_s``;
    send due webhooks every ``webhook_poll_s``."""

    def __init__(self, rt: WorkerRuntime, dispatcher, *, reconcile_at_start: bool = True):
        self.rt = rt
        self.dispatcher = dispatcher
        self.reconcile_at_start = reconcile_at_start
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.reconcile_at_start:
            self.run_reconcile(at_start=True)
        self._thread = threading.Thread(target=self._loop, name="casenote-maintenance", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 5) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run_reconcile(self, at_start: bool = False) -> ReconcileReport | None:
        try:
            report = reconcile(self.rt, self.dispatcher, at_start=at_start)
        except Exception:  # Redis or the database briefly away: try again next round
            log.exception("reconcile failed")
            return None
        try:
            purge_expired(self.rt)
        except Exception:
            log.exception("retention purge failed")
        return report

    def _loop(self) -> None:
        s = self.rt.settings
        tick = max(0.2, min(s.webhook_poll_s, s.reconcile_interval_s))
        since_reconcile = 0.0
        while not self._stop.wait(tick):
            since_reconcile += tick
            if since_reconcile >= s.reconcile_interval_s:
                since_reconcile = 0.0
                self.run_reconcile()
            try:
                deliver_due(self.rt.sessions, s)
            except Exception:
                log.exception("webhook delivery round failed")
