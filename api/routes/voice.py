"""The voice of the child as data: feedback forms, the manager's confirmation (2a), review participation (2b) and
the council's returns.

    GET  /voice/questions              the feedback form's questions, for each version and wording
    POST /voice/feedback               a feedback form from the phone (idempotent on its client_id)
    GET  /voice/feedback?case_ref=     the case's latest forms, for discussion at the next visit (logged)
    POST /voice/confirmations          2a: the manager's yes / no / not appropriate at Assessment or Closure
    POST /voice/reviews                2b: a plan review's participation code PN1-PN8, confirmed by the chair
    GET  /voice/returns, /voice/returns.csv   the 2a, 2b and 2c returns for a period, council-wide or per team

No endpoint gives a figure per worker: scores must never become a target for workers (see service.voice).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from service import voice

from ..deps import (
    CMS,
    PRACTITIONER,
    SUPERVISOR,
    CurrentPrincipal,
    RuntimeDep,
    SessionDep,
    actor_name,
    record_access,
    require_roles,
)
from ..schemas.voice import (
    ConfirmationCreate,
    ConfirmationPublic,
    FeedbackCreate,
    FeedbackList,
    FeedbackPublic,
    Question,
    ReturnsPublic,
    ReviewCreate,
    ReviewPublic,
)

router = APIRouter(prefix="/voice", tags=["voice of the child"])

WorkerRole = Annotated[str | None, Depends(require_roles(PRACTITIONER, SUPERVISOR))]  # practitioners and chairs
ManagerRole = Annotated[str | None, Depends(require_roles(SUPERVISOR))]
PerformanceRole = Annotated[str | None, Depends(require_roles(SUPERVISOR, CMS))]  # the council's performance team



@router.get("/questions", response_model=list[Question])
def questions():
    """The four questions in each wording; the page renders them (and caches them for use offline)."""
    return [Question(number=n, wording=w, text=t) for (n, w), t in voice.QUESTIONS.items()]


@router.post("/feedback", response_model=FeedbackPublic, status_code=status.HTTP_201_CREATED,
             responses={200: {"model": FeedbackPublic, "description": "The same form (client_id) was already stored"},
                        422: {"description": "A field is out of range; the message says which"}})
def add_feedback(body: FeedbackCreate, rt: RuntimeDep, response: Response, principal: CurrentPrincipal,
                 _: WorkerRole):
    row, created = voice.add_feedback(
        rt.sessions, client_id=body.client_id, case_ref=body.case_ref, respondent=body.respondent,
        wording=body.wording, service=body.service, answers=body.answers.model_dump(), asked_on=body.asked_on,
        team=body.team, dictation_id=body.dictation_id, comment=body.comment,
        recorded_by=actor_name(principal, body.recorded_by) or None)
    if not created:
        response.status_code = status.HTTP_200_OK
    return FeedbackPublic.of(row)


@router.get("/feedback", response_model=FeedbackList)
def list_feedback(
    case_ref: Annotated[str, Query(min_length=1, max_length=128)],
    session: SessionDep,
    rt: RuntimeDep,
    principal: CurrentPrincipal,
    _: WorkerRole,
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
):
    """The case's latest forms, newest first: the next visit's review page shows them to talk about."""
    rows = voice.feedback_for_case(session, case_ref, limit)
    if rows:
        record_access(rt.sessions, principal, "voice.feedback", dictation_id=rows[0].dictation_id)
    return FeedbackList(items=[FeedbackPublic.of(r) for r in rows])


@router.post("/confirmations", response_model=ConfirmationPublic, status_code=status.HTTP_201_CREATED,
             responses={422: {"description": "A field is out of range, or 'not appropriate' has no reason"}})
def confirm(body: ConfirmationCreate, rt: RuntimeDep, principal: CurrentPrincipal,
            _: ManagerRole):
    """2a: whether the record evidences that the child's voice, wishes and feelings were heard and responded to."""
    row = voice.confirm_voice(rt.sessions, case_ref=body.case_ref, stage=body.stage, answer=body.answer,
                              confirmed_on=body.confirmed_on, team=body.team, reason=body.reason,
                              confirmed_by=actor_name(principal, body.confirmed_by) or None)
    return ConfirmationPublic.model_validate(row, from_attributes=True)


@router.post("/reviews", response_model=ReviewPublic, status_code=status.HTTP_201_CREATED,
             responses={422: {"description": "A field is out of range"}})
def record_review(body: ReviewCreate, rt: RuntimeDep, principal: CurrentPrincipal,
                  _: WorkerRole):
    """2b: the child's participation in a plan review, as the chair confirms it (a suggestion is only kept beside)."""
    row = voice.record_review(rt.sessions, case_ref=body.case_ref, plan_type=body.plan_type,
                              review_on=body.review_on, pn_code=body.pn_code, team=body.team,
                              suggested_code=body.suggested_code,
                              recorded_by=actor_name(principal, body.recorded_by) or None)
    return ReviewPublic.model_validate(row, from_attributes=True)


@router.get("/returns", response_model=ReturnsPublic, responses={422: {"description": "The period ends before it starts"}})
def returns(
    session: SessionDep,
    _: PerformanceRole,
    start: Annotated[date, Query(description="First day of the period (ISO 8601)")],
    end: Annotated[date, Query(description="Last day of the period, inclusive")],
    team: Annotated[str | None, Query(max_length=128, description="One team; leave out for the council")] = None,
):
    """The 2a, 2b and 2c returns with counts and definitions. ``teams`` lists each team's figures too when no team
    is asked for. There are no worker-level figures, by design."""
    whole = ReturnsPublic.of(voice.returns_for(session, start, end, team))
    if team is None:
        whole.teams = [ReturnsPublic.of(voice.returns_for(session, start, end, t)) for t in voice.teams(session)]
    return whole


@router.get("/returns.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def returns_csv(
    session: SessionDep,
    _: PerformanceRole,
    start: Annotated[date, Query()],
    end: Annotated[date, Query()],
):
    """One row per figure and team (council first): measure, team, numerator, denominator, percent."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["period_start", "period_end", "team", "measure", "numerator", "denominator", "percent"])
    for team in [None, *voice.teams(session)]:
        r = voice.returns_for(session, start, end, team)
        rows = [("2a_voice_evidenced", r.voice_evidenced), ("2c_feedback_sought", r.feedback_sought)]
        rows += [(f"2b_{code}", p) for code, p in r.participation.items()]
        for measure, p in rows:
            w.writerow([start.isoformat(), end.isoformat(), team or "all", measure, p.numerator, p.denominator,
                        "" if p.percent is None else p.percent])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="casenote-voice-returns.csv"',
                             "Cache-Control": "no-store"})

