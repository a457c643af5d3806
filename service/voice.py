"""The voice of the child as data, as the API records and reads it: feedback forms, the manager's confirmation
(2a), a plan review's participation (2b) and the council's returns. The records, their rules and the returns'
definitions are :mod:`store.voice`'s; no figure is ever per worker."""

from __future__ import annotations

from datetime import date

from store import voice as voice_store
from store.voice import QUESTIONS, Returns

__all__ = ["QUESTIONS", "Returns", "add_feedback", "confirm_voice", "feedback_for_case", "record_review",
           "returns_for", "teams"]


def add_feedback(sessions, *, client_id: str, case_ref: str, respondent: str, wording: str | None,
                 service: str | None, answers: dict, asked_on: date | None, team: str | None,
                 dictation_id: str | None, comment: str | None, recorded_by: str | None):
    """Store a feedback form (idempotent on ``client_id``): (row, created). Without ``wording`` it is chosen from
    the case's ``service``; without ``asked_on`` it is today."""
    return voice_store.add_feedback(
        sessions, client_id=client_id, case_ref=case_ref, respondent=respondent,
        wording=wording or voice_store.wording_for(service), answers=answers, asked_on=asked_on or date.today(),
        team=team, dictation_id=dictation_id, comment=comment, recorded_by=recorded_by)


def feedback_for_case(session, case_ref: str, limit: int = 5):
    """The case's latest forms, newest first."""
    return voice_store.feedback_for_case(session, case_ref, limit)


def confirm_voice(sessions, *, case_ref: str, stage: str, answer: str, confirmed_on: date | None, team: str | None,
                  reason: str | None, confirmed_by: str | None):
    """2a: the manager's answer at Assessment or Closure (``confirmed_on`` today when left out)."""
    return voice_store.confirm_voice(sessions, case_ref=case_ref, stage=stage, answer=answer,
                                     confirmed_on=confirmed_on or date.today(), team=team, reason=reason,
                                     confirmed_by=confirmed_by)


def record_review(sessions, *, case_ref: str, plan_type: str, review_on: date, pn_code: str, team: str | None,
                  suggested_code: str | None, recorded_by: str | None):
    """2b: a plan review's participation code as the chair confirms it."""
    return voice_store.record_review(sessions, case_ref=case_ref, plan_type=plan_type, review_on=review_on,
                                     pn_code=pn_code, team=team, suggested_code=suggested_code,
                                     recorded_by=recorded_by)


def returns_for(session, start: date, end: date, team: str | None = None) -> Returns:
    """The 2a, 2b and 2c returns for the period, council-wide (``team`` None) or one team's."""
    return voice_store.compute_returns(session, start, end, team)


def teams(session) -> list[str]:
    """Every team named in the records, for per-team returns."""
    return voice_store.teams(session)
