"""The voice of the child as data: feedback from the child, the manager's confirmation (2a), review participation
(2b), and the council's returns computed from them.

Definitions (from "Creating and improving data sets: the voice of children and families", North Tyneside and
Northumberland, 2023):

- **2a** (child level): at Assessment and at Case Closure the allocated worker's manager confirms whether the record
  evidences that the child's voice, wishes and feelings were heard and responded to: yes / no / not appropriate.
  Return: % yes of (yes + no), over the confirmations made in the period (a child's latest answer per stage).
- **2b**: at every review of a plan (Early Help, Child in Need, Child Protection, Child Looked After, Pathway) the
  chair records the child's participation code PN1-PN8. Return: % of each code over the period's reviews.
- **2c**: at intervals of at most three calendar months the allocated worker seeks feedback from the child about
  the work together. Return: % of children asked: of the children the service worked with in the period (a
  recorded visit, feedback, confirmation or review), those asked for feedback in the three calendar months up to
  the end of the period. Only the child's or young person's own form counts (not the parent/network version). A
  visit is a team's when its case context names the team (``"team"``, from the case system).

Scores are never a target for workers (families may rate low because a worker rightly asked about harm; children
sometimes tick 5 for everything): the returns carry no worker-level figures.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .errors import VoiceRecordError
from .models import VOICE_RECORDS, Approval, Dictation, Feedback, ReviewParticipation, VoiceConfirmation
from .photos import photo_url, photos_for

RESPONDENTS = ("child", "young_person", "parent")  # the three versions of the form
WORDINGS = ("a", "b")  # a: Child in Need, Child Protection, Children in Care; b: lower levels
SCALE = (1, 2, 3, 4, 5)
STAGES = ("assessment", "closure")
CONFIRMATIONS = ("yes", "no", "not_appropriate")
PLAN_TYPES = ("early_help", "child_in_need", "child_protection", "child_looked_after", "pathway")
PN_CODES = tuple(f"PN{i}" for i in range(1, 9))
FEEDBACK_INTERVAL_MONTHS = 3

# The four questions (report's wording); "a" for Child in Need, Child Protection and Children in Care, "b" for lower
# levels. Questions 2 and 4 have one wording. Each is answered on a five-point scale (1 = not at all, 5 = very).
QUESTIONS = {
    (1, "a"): "How well do you understand why I am worried about you and your family?",
    (1, "b"): "How well do you understand why I am working with you and your family?",
    (2, "a"): "How well do you feel like I listened to you and understand what you want to happen?",
    (2, "b"): "How well do you feel like I listened to you and understand what you want to happen?",
    (3, "a"): "How much do you agree with the plans we've talked about to make sure you are safe and looked after well?",
    (3, "b"): "How much do you agree with the plans we are making for helping your family?",
    (4, "a"): "How much do you feel that I am helping you and your family to make things better?",
    (4, "b"): "How much do you feel that I am helping you and your family to make things better?",
}

# The service a case is open to decides the wording (issue: "a" for CIN, CP, CiC; "b" for lower levels).
SERVICE_WORDING = {"child_in_need": "a", "child_protection": "a", "child_looked_after": "a", "children_in_care": "a",
                   "pathway": "a", "early_help": "b", "universal_plus": "b", "targeted": "b"}


# -- records in ---------------------------------------------------------------------------------------------------
def _one_of(name: str, value, allowed) -> str:
    if value not in allowed:
        raise VoiceRecordError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}.")
    return value


def wording_for(service: str | None) -> str:
    """The form's wording for the service the case is open to ("a" when unknown: the fuller explanation)."""
    return SERVICE_WORDING.get((service or "").strip().lower().replace(" ", "_"), "a")


def add_feedback(sessions: sessionmaker, *, client_id: str, case_ref: str, respondent: str, wording: str,
                 answers: dict[str, int | None], asked_on: date, team: str | None = None,
                 dictation_id: str | None = None, comment: str | None = None,
                 recorded_by: str | None = None) -> tuple[Feedback, bool]:
    """Store a feedback form. Idempotent on ``client_id`` (the phone sends the same form until it hears back):
    returns (the stored form, created). Unanswered questions are kept as null (a child may skip one)."""
    _one_of("respondent", respondent, RESPONDENTS)
    _one_of("wording", wording, WORDINGS)
    unknown = set(answers) - {"q1", "q2", "q3", "q4"}
    if unknown:
        raise VoiceRecordError(f"answers holds {', '.join(sorted(unknown))}: the form has questions q1 to q4 only.")
    clean = {q: answers.get(q) for q in ("q1", "q2", "q3", "q4")}
    for q, v in clean.items():
        if v is not None:
            _one_of(f"answers.{q}", v, SCALE)
    if all(v is None for v in clean.values()) and not (comment or "").strip():
        raise VoiceRecordError("The form is empty: answer at least one question or add a comment.")
    with sessions() as s:
        existing = s.scalar(select(Feedback).where(Feedback.client_id == client_id))
        if existing is not None:
            return existing, False
        row = Feedback(client_id=client_id, case_ref=case_ref, team=team, dictation_id=dictation_id,
                       respondent=respondent, wording=wording, answers_json=json.dumps(clean), comment=comment,
                       asked_on=asked_on, recorded_by=recorded_by)
        s.add(row)
        try:
            s.commit()
        except IntegrityError:  # the same form from two retries at once: the first one stands
            s.rollback()
            return s.scalar(select(Feedback).where(Feedback.client_id == client_id)), False
        return row, True


def feedback_for_case(session: Session, case_ref: str, limit: int = 5) -> list[Feedback]:
    """The case's latest feedback forms, newest first (the next visit's review page shows them to discuss)."""
    return list(session.scalars(select(Feedback).where(Feedback.case_ref == case_ref)
                                .order_by(Feedback.asked_on.desc(), Feedback.id.desc()).limit(limit)))


def confirm_voice(sessions: sessionmaker, *, case_ref: str, stage: str, answer: str, confirmed_on: date,
                  team: str | None = None, reason: str | None = None,
                  confirmed_by: str | None = None) -> VoiceConfirmation:
    """Record the manager's 2a answer. "Not appropriate" needs a reason. A later answer for the same child and
    stage supersedes an earlier one in the returns; both are kept."""
    _one_of("stage", stage, STAGES)
    _one_of("answer", answer, CONFIRMATIONS)
    if answer == "not_appropriate" and not (reason or "").strip():
        raise VoiceRecordError("Say why hearing the child's voice was not appropriate (reason).")
    with sessions() as s:
        row = VoiceConfirmation(case_ref=case_ref, team=team, stage=stage, answer=answer, reason=reason,
                                confirmed_on=confirmed_on, confirmed_by=confirmed_by)
        s.add(row)
        s.commit()
        return row


def record_review(sessions: sessionmaker, *, case_ref: str, plan_type: str, review_on: date, pn_code: str,
                  team: str | None = None, suggested_code: str | None = None,
                  recorded_by: str | None = None) -> ReviewParticipation:
    """Record a plan review's participation code, as the chair confirms it. One per case, plan and day: recording
    it again corrects the code."""
    _one_of("plan_type", plan_type, PLAN_TYPES)
    _one_of("pn_code", pn_code, PN_CODES)
    if suggested_code is not None:
        _one_of("suggested_code", suggested_code, PN_CODES)
    for attempt in (1, 2):  # two chairs recording the same review at once: the second corrects the first's row
        with sessions() as s:
            row = s.scalar(select(ReviewParticipation).where(
                ReviewParticipation.case_ref == case_ref, ReviewParticipation.plan_type == plan_type,
                ReviewParticipation.review_on == review_on))
            if row is None:
                row = ReviewParticipation(case_ref=case_ref, plan_type=plan_type, review_on=review_on)
                s.add(row)
            row.team, row.pn_code, row.suggested_code, row.recorded_by = team, pn_code, suggested_code, recorded_by
            try:
                s.commit()
            except IntegrityError:  # the other insert won between our read and our write
                s.rollback()
                if attempt == 2:
                    raise
                continue
            return row


# -- returns ------------------------------------------------------------------------------------------------------
@dataclass
class Percentage:
    numerator: int
    denominator: int

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.numerator / self.denominator, 1) if self.denominator else None


@dataclass
class Returns:
    """The voice-of-the-child returns for one period (and one team, or every team)."""

    start: date
    end: date
    team: str | None
    voice_evidenced: Percentage  # 2a: yes of yes + no
    voice_answers: dict[str, int]  # 2a counts: yes, no, not_appropriate
    participation: dict[str, Percentage]  # 2b: each PN code of all reviews
    reviews: int
    feedback_sought: Percentage  # 2c: children asked within three months of the period's end, of children worked with
    definitions: dict[str, str] = field(default_factory=dict)


DEFINITIONS = {
    "2a": "Of the children whose manager confirmed at Assessment or Case Closure in the period whether the record "
          "evidences that the child's voice, wishes and feelings were heard and responded to, the % answered yes "
          "of those answered yes or no (not appropriate is counted but left out of the %). A child's latest answer "
          "for each stage counts.",
    "2b": "Of the reviews of a plan (Early Help, Child in Need, Child Protection, Child Looked After, Pathway) held "
          "in the period, the % at which the chair recorded each participation code PN1-PN8.",
    "2c": "Of the children worked with in the period (a visit, feedback, confirmation or review recorded), the % "
          "whose allocated worker sought their feedback in the three calendar months up to the period's end.",
}


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's end: 31 May - 3 = 28/29 Feb)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _team(stmt, column, team):
    return stmt.where(column == team) if team is not None else stmt


def compute_returns(session: Session, start: date, end: date, team: str | None = None) -> Returns:
    """The 2a, 2b and 2c returns for ``start``..``end`` inclusive, for one team or (``None``) the council."""
    if end < start:
        raise VoiceRecordError(f"The period ends ({end}) before it starts ({start}).")
    if end.year < 2:  # 2c looks back three months before the end: no date before year 1 exists
        raise VoiceRecordError(f"The period ends too early ({end}): give dates from the year 2 on.")

    latest: dict[tuple[str, str], VoiceConfirmation] = {}
    confirmations = session.scalars(_team(select(VoiceConfirmation).where(
        VoiceConfirmation.confirmed_on >= start, VoiceConfirmation.confirmed_on <= end),
        VoiceConfirmation.team, team).order_by(VoiceConfirmation.confirmed_on, VoiceConfirmation.id))
    for c in confirmations:
        latest[(c.case_ref, c.stage)] = c
    answers = Counter(c.answer for c in latest.values())
    voice_answers = {a: answers.get(a, 0) for a in CONFIRMATIONS}

    reviews = list(session.scalars(_team(select(ReviewParticipation).where(
        ReviewParticipation.review_on >= start, ReviewParticipation.review_on <= end),
        ReviewParticipation.team, team)))
    codes = Counter(r.pn_code for r in reviews)

    feedback = list(session.scalars(_team(select(Feedback).where(
        Feedback.asked_on >= min(start, months_before(end, FEEDBACK_INTERVAL_MONTHS)), Feedback.asked_on <= end),
        Feedback.team, team)))
    since = months_before(end, FEEDBACK_INTERVAL_MONTHS)
    asked = {f.case_ref for f in feedback if f.asked_on > since and f.respondent in ("child", "young_person")}
    worked_with = {r.case_ref for r in reviews} | {c.case_ref for c in latest.values()}
    worked_with |= {f.case_ref for f in feedback if f.asked_on >= start}
    day_start = datetime.combine(start, time.min, tzinfo=timezone.utc)
    day_end = datetime.combine(end, time.max, tzinfo=timezone.utc)
    visits = session.execute(select(Dictation.case_ref, Dictation.context_json).where(
        Dictation.created_at >= day_start, Dictation.created_at <= day_end))
    worked_with |= {case_ref for case_ref, context in visits if team is None or _team_of(context) == team}
    asked &= worked_with

    return Returns(
        start=start, end=end, team=team,
        voice_evidenced=Percentage(voice_answers["yes"], voice_answers["yes"] + voice_answers["no"]),
        voice_answers=voice_answers,
        participation={code: Percentage(codes.get(code, 0), len(reviews)) for code in PN_CODES},
        reviews=len(reviews),
        feedback_sought=Percentage(len(asked), len(worked_with)),
        definitions=dict(DEFINITIONS),
    )


def _team_of(context_json: str | None) -> str | None:
    """The allocated team the case system gave with a visit's case context ("team"), if any."""
    try:
        return (json.loads(context_json or "{}") or {}).get("team")
    except (ValueError, AttributeError):
        return None


def teams(session: Session) -> list[str]:
    """Every team named on a voice record, for the returns page's per-team view."""
    names: set[str] = set()
    for model in VOICE_RECORDS:
        names |= set(session.scalars(select(model.team).where(model.team.isnot(None))))
    return sorted(names)



# -- to the case system with the approved note -------------------------------------------------------------
VOICE_WITH_NOTE_LIMIT = 20  # the most of each kind of record sent with one note


def voice_with_note(session: Session, case_ref: str, dictation_id: str, approved_at: datetime) -> dict:
    """The voice-of-the-child records the case system receives with an approved note (the pull feed and the
    ``note.approved`` webhook both take it from here): the case's feedback forms received since the case's
    previous approved note, its 2a confirmations and 2b reviews, and links to this visit's photos of direct work;
    only records made by the time of the approval, so the feed read later sends what the webhook sent. At most
    ``VOICE_WITH_NOTE_LIMIT`` of each, newest first."""
    n = VOICE_WITH_NOTE_LIMIT
    previous = session.scalar(select(Approval.approved_at).where(
        Approval.case_ref == case_ref, Approval.dictation_id != dictation_id, Approval.approved_at < approved_at,
    ).order_by(Approval.approved_at.desc()).limit(1))
    forms = select(Feedback).where(Feedback.case_ref == case_ref, Feedback.created_at <= approved_at)
    if previous is not None:
        forms = forms.where(Feedback.created_at > previous)
    feedback = session.scalars(forms.order_by(Feedback.created_at.desc(), Feedback.id.desc()).limit(n))
    confirmations = session.scalars(
        select(VoiceConfirmation)
        .where(VoiceConfirmation.case_ref == case_ref, VoiceConfirmation.created_at <= approved_at)
        .order_by(VoiceConfirmation.confirmed_on.desc(), VoiceConfirmation.id.desc()).limit(n))
    reviews = session.scalars(select(ReviewParticipation).where(ReviewParticipation.case_ref == case_ref,
                                                                ReviewParticipation.created_at <= approved_at)
                              .order_by(ReviewParticipation.review_on.desc(), ReviewParticipation.id.desc()).limit(n))
    return {
        "case_ref": case_ref,
        "feedback_since": previous.isoformat() if previous is not None else None,
        "feedback": [{"id": f.id, "client_id": f.client_id, "dictation_id": f.dictation_id,
                      "respondent": f.respondent, "wording": f.wording, "answers": json.loads(f.answers_json),
                      "comment": f.comment, "asked_on": f.asked_on.isoformat(), "recorded_by": f.recorded_by}
                     for f in feedback],
        "confirmations": [{"id": c.id, "stage": c.stage, "answer": c.answer, "reason": c.reason,
                           "confirmed_on": c.confirmed_on.isoformat(), "confirmed_by": c.confirmed_by}
                          for c in confirmations],
        "reviews": [{"id": r.id, "plan_type": r.plan_type, "review_on": r.review_on.isoformat(),
                     "pn_code": r.pn_code, "recorded_by": r.recorded_by} for r in reviews],
        "photos": [{"id": p.id, "url": photo_url(p), "content_type": p.content_type, "bytes": p.bytes,
                    "sha256": p.sha256, "caption": p.caption, "added_at": p.created_at.isoformat()}
                   for p in photos_for(session, [dictation_id])[-n:]],
    }
