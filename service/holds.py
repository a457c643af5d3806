"""Legal holds: keep a case's (or one dictation's) notes and audio past retention until released
(:mod:`store.retention` applies them)."""

from __future__ import annotations

from store import retention
from store.models import LegalHold


def list_holds(session) -> list[LegalHold]:
    """Every hold in force."""
    return retention.list_holds(session)


def place_hold(sessions, *, reason: str, case_ref: str | None, dictation_id: str | None, placed_by: str | None,
               role: str | None) -> LegalHold:
    return retention.place_hold(sessions, reason=reason, case_ref=case_ref, dictation_id=dictation_id,
                                placed_by=placed_by, role=role)


def release_hold(sessions, hold_id: int) -> LegalHold | None:
    """Release a hold (None when there is no such hold); retention applies again from its next run."""
    return retention.release_hold(sessions, hold_id)
