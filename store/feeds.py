"""How the case system and the review pages read a table page by page: by case, by time, from a cursor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


def in_period(q, when, since: datetime | None, until: datetime | None):
    """``q`` limited to rows whose ``when`` is at or after ``since`` and before ``until`` (either may be None)."""
    if since:
        q = q.where(when >= since)
    if until:
        q = q.where(when < until)
    return q


@dataclass(frozen=True)
class FeedWindow:
    """One page of a feed the case system pulls: by case and time, from a cursor on the table's monotonic ``id``."""

    case_ref: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    after_id: int | None = None
    limit: int = 50

    def apply(self, q, table, when):
        """``q`` filtered to this window (``when``: the column the times compare with) and paged by ``table.id``."""
        if self.case_ref:
            q = q.where(table.case_ref == self.case_ref)
        q = in_period(q, when, self.since, self.until)
        if self.after_id is not None:
            q = q.where(table.id > self.after_id)
        return q.order_by(table.id).limit(self.limit)
