"""What monitoring reads: whether the database answers, dictations by status, legal holds in force and the last
retention run. Counts and states only, never hosts or error text."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select, text

from store import retention
from store.models import Dictation, LegalHold, RetentionRun
from store.retention import RetentionPolicy


@dataclass
class Counts:
    by_status: dict[str, int]
    holds: int
    last_run: RetentionRun | None


def last_retention_run(rt) -> RetentionRun | None:
    """The last retention run, after checking that the database answers (raises if it does not)."""
    with rt.sessions() as s:
        s.execute(text("SELECT 1"))
        return retention.last_run(s)


def retention_state(rt, run: RetentionRun | None) -> dict:
    """Whether retention is on, and what its last run did."""
    out: dict = {"active": RetentionPolicy.from_settings(rt.settings).active, "last_run": None}
    if run is not None:
        out["last_run"] = {
            "started_at": run.started_at.isoformat(), "finished_at": run.finished_at.isoformat(), "ok": run.ok,
            "deleted": json.loads(run.deleted_json), "held": run.held, "failed": run.failed,
        }
    return out


def count(rt) -> Counts:
    """Dictations by status, holds in force, and the last retention run."""
    with rt.sessions() as s:
        by_status = dict(s.execute(select(Dictation.status, func.count()).group_by(Dictation.status)).all())
        holds = s.scalar(select(func.count()).select_from(LegalHold)) or 0
        run = retention.last_run(s)
    return Counts(by_status, holds, run)
