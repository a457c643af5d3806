"""The voice-of-the-child returns (2a, 2b, 2c) over a year of synthetic records, on SQLite and PostgreSQL, against an
independent computation from the same records; and the records' own rules."""

from __future__ import annotations

import json
import random
import threading
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event, func, select

from store import voice as voice_store
from store.errors import VoiceRecordError
from store.models import ReviewParticipation

YEAR_START, YEAR_END = date(2025, 4, 1), date(2026, 3, 31)  # a council's reporting year
TEAMS = ("North", "South", "Coast")
PLANS = ("early_help", "child_in_need", "child_protection", "child_looked_after", "pathway")


def synthetic_year(seed: int = 7) -> dict:
    """Children, visits, feedback forms, confirmations and reviews over a year and a month either side, as plain
    records (what a council's workers would have entered), with no reference to how the returns are computed."""
    rng = random.Random(seed)
    days = (YEAR_END - YEAR_START).days
    outside = lambda: YEAR_START - timedelta(days=rng.randint(1, 40)) if rng.random() < 0.5 \
        else YEAR_END + timedelta(days=rng.randint(1, 40))  # noqa: E731
    some_day = lambda: YEAR_START + timedelta(days=rng.randint(0, days)) if rng.random() < 0.9 else outside()  # noqa: E731
    children = [(f"CN-{i:04d}", rng.choice(TEAMS)) for i in range(80)]
    visits, feedback, confirmations, reviews = [], [], [], []
    for case_ref, team in children:
        for _ in range(rng.randint(0, 6)):
            visits.append((case_ref, some_day()))
        for k in range(rng.randint(0, 4)):
            feedback.append(dict(client_id=f"{case_ref}-fb-{k}-{rng.random():.8f}", case_ref=case_ref, team=team,
                                 respondent=rng.choice(("child", "young_person", "parent")),
                                 wording=rng.choice("ab"), asked_on=some_day(),
                                 answers={q: rng.choice((None, 1, 2, 3, 4, 5)) for q in ("q1", "q2", "q3", "q4")},
                                 comment=rng.choice((None, "It's better now.", "You listen to me."))))
        for stage in ("assessment", "closure"):
            for _ in range(rng.choice((0, 1, 1, 2))):  # sometimes answered twice: the later answer counts
                answer = rng.choice(("yes", "yes", "yes", "no", "not_appropriate"))
                confirmations.append(dict(case_ref=case_ref, team=team, stage=stage, answer=answer,
                                          reason="baby, pre-verbal" if answer == "not_appropriate" else None,
                                          confirmed_on=some_day()))
        for plan in rng.sample(PLANS, rng.randint(0, 2)):
            for _ in range(rng.randint(0, 3)):
                reviews.append(dict(case_ref=case_ref, team=team, plan_type=plan,
                                    review_on=some_day(),
                                    pn_code=f"PN{rng.randint(1, 8)}"))
    # one review per case, plan and day (a second record that day corrects the first): keep the last
    reviews = list({(r["case_ref"], r["plan_type"], r["review_on"]): r for r in reviews}.values())
    for f in feedback:  # an all-empty form is refused by design; give it an answer
        if all(v is None for v in f["answers"].values()) and not f["comment"]:
            f["answers"]["q2"] = 3
    return dict(children=children, visits=visits, feedback=feedback, confirmations=confirmations, reviews=reviews)


def expected_returns(records: dict, start: date, end: date, team: str | None) -> dict:
    """The report's definitions applied directly to the records, written apart from store.voice."""
    team_of = dict(records["children"])
    mine = lambda case_ref: team is None or team_of[case_ref] == team  # noqa: E731
    inside = lambda d: start <= d <= end  # noqa: E731

    last: dict = {}
    for c in sorted(records["confirmations"], key=lambda c: c["confirmed_on"]):  # stable: entry order within a day
        if inside(c["confirmed_on"]) and mine(c["case_ref"]):
            last[(c["case_ref"], c["stage"])] = c["answer"]
    answers = Counter(last.values())
    reviews = [r for r in records["reviews"] if inside(r["review_on"]) and mine(r["case_ref"])]
    codes = Counter(r["pn_code"] for r in reviews)

    # three calendar months back from the period's end (31 Mar -> 31 Dec): asked after that day, up to the end
    y, m = (end.year, end.month - 3) if end.month > 3 else (end.year - 1, end.month + 9)
    cutoff = date(y, m, min(end.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]))
    worked = {c for c, _ in last} | {r["case_ref"] for r in reviews}
    worked |= {f["case_ref"] for f in records["feedback"] if inside(f["asked_on"]) and mine(f["case_ref"])}
    worked |= {c for c, d in records["visits"] if inside(d) and mine(c)}
    asked = {f["case_ref"] for f in records["feedback"]
             if cutoff < f["asked_on"] <= end and f["respondent"] != "parent" and f["case_ref"] in worked}
    return {
        "2a": (answers["yes"], answers["yes"] + answers["no"]),
        "2a_not_appropriate": answers["not_appropriate"],
        "2b": {f"PN{i}": codes[f"PN{i}"] for i in range(1, 9)},
        "reviews": len(reviews),
        "2c": (len(asked), len(worked)),
    }


def load(sessions, records: dict) -> None:
    from store.models import Dictation

    team_of = dict(records["children"])
    with sessions() as s:
        for i, (case_ref, day) in enumerate(records["visits"]):
            s.add(Dictation(id=f"visit-{i}", case_ref=case_ref, audio_sha256="0" * 64, audio_bytes=1, status="done",
                            context_json=json.dumps({"case_ref": case_ref, "team": team_of[case_ref]}),
                            created_at=datetime(day.year, day.month, day.day, 11, tzinfo=timezone.utc)))
        s.commit()
    for f in records["feedback"]:
        voice_store.add_feedback(sessions, **f)
    for c in records["confirmations"]:
        voice_store.confirm_voice(sessions, **c)
    for r in records["reviews"]:
        voice_store.record_review(sessions, **r)


def test_a_years_returns_equal_an_independent_computation_from_the_same_records(sessions):
    records = synthetic_year()
    load(sessions, records)
    periods = [(YEAR_START, YEAR_END), (date(2025, 7, 1), date(2025, 9, 30)), (date(2026, 1, 1), date(2026, 3, 31))]
    with sessions() as s:
        assert voice_store.teams(s) == sorted(TEAMS)
        for start, end in periods:
            for team in (None, *TEAMS):
                got = voice_store.compute_returns(s, start, end, team)
                want = expected_returns(records, start, end, team)
                where = f"{start}..{end} team={team}"
                assert (got.voice_evidenced.numerator, got.voice_evidenced.denominator) == want["2a"], where
                assert got.voice_answers["not_appropriate"] == want["2a_not_appropriate"], where
                assert got.reviews == want["reviews"], where
                assert {k: p.numerator for k, p in got.participation.items()} == want["2b"], where
                assert all(p.denominator == want["reviews"] for p in got.participation.values()), where
                assert (got.feedback_sought.numerator, got.feedback_sought.denominator) == want["2c"], where
        whole = voice_store.compute_returns(s, YEAR_START, YEAR_END)
    # the synthetic year is not degenerate: every figure has something to count
    assert whole.voice_evidenced.denominator > 20 and whole.reviews > 20 and whole.feedback_sought.denominator > 40
    assert 0 < whole.feedback_sought.numerator < whole.feedback_sought.denominator
    assert round(sum(p.percent for p in whole.participation.values())) == 100


def test_percentages_are_of_what_was_counted_and_none_when_nothing_was(sessions):
    day = date(2026, 2, 10)
    answers = (("yes", None), ("yes", None), ("no", None), ("not_appropriate", "a baby of six weeks"))
    for i, (answer, reason) in enumerate(answers):
        voice_store.confirm_voice(sessions, case_ref=f"CN-{i}", stage="assessment",
                                  answer=answer, reason=reason, confirmed_on=day)
    with sessions() as s:
        r = voice_store.compute_returns(s, date(2026, 2, 1), date(2026, 2, 28))
        empty = voice_store.compute_returns(s, date(2020, 1, 1), date(2020, 12, 31))
    assert r.voice_answers == {"yes": 2, "no": 1, "not_appropriate": 1}
    assert r.voice_evidenced.percent == 66.7  # not appropriate is counted, not in the %
    assert empty.voice_evidenced.percent is None and empty.feedback_sought.percent is None


def test_a_later_confirmation_supersedes_an_earlier_one_for_the_same_child_and_stage(sessions):
    voice_store.confirm_voice(sessions, case_ref="CN-1", stage="closure", answer="no", confirmed_on=date(2026, 1, 5))
    voice_store.confirm_voice(sessions, case_ref="CN-1", stage="closure", answer="yes", confirmed_on=date(2026, 1, 20))
    with sessions() as s:
        assert voice_store.compute_returns(s, date(2026, 1, 1), date(2026, 1, 31)).voice_answers["yes"] == 1
        assert voice_store.compute_returns(s, date(2026, 1, 1), date(2026, 1, 31)).voice_answers["no"] == 0


def test_the_same_feedback_form_sent_twice_is_stored_once(sessions):
    form = dict(client_id="phone-abc-123", case_ref="CN-7", respondent="child", wording="a",
                answers={"q1": 4, "q2": 5}, asked_on=date(2026, 3, 1), comment="I like my social worker")
    first, created = voice_store.add_feedback(sessions, **form)
    again, created_again = voice_store.add_feedback(sessions, **form)
    assert created and not created_again and again.id == first.id
    with sessions() as s:
        rows = voice_store.feedback_for_case(s, "CN-7")
    assert [r.id for r in rows] == [first.id]


@pytest.mark.parametrize("fields, message", [
    (dict(answers={"q1": 6}), "answers.q1 must be one of 1, 2, 3, 4, 5"),
    (dict(answers={"q5": 3}), "questions q1 to q4 only"),
    (dict(answers={}, comment=" "), "The form is empty"),
    (dict(respondent="teacher"), "respondent must be one of child, young_person, parent"),
])
def test_a_feedback_form_out_of_range_is_refused_with_what_to_do(sessions, fields, message):
    form = dict(client_id="phone-x-1", case_ref="CN-8", respondent="child", wording="b", answers={"q1": 3},
                asked_on=date(2026, 3, 1)) | fields
    with pytest.raises(VoiceRecordError, match=message):
        voice_store.add_feedback(sessions, **form)


def test_not_appropriate_needs_a_reason_and_a_review_is_corrected_not_duplicated(sessions):
    with pytest.raises(VoiceRecordError, match="Say why"):
        voice_store.confirm_voice(sessions, case_ref="CN-9", stage="assessment", answer="not_appropriate",
                                  confirmed_on=date(2026, 3, 1))
    day = date(2026, 3, 2)
    voice_store.record_review(sessions, case_ref="CN-9", plan_type="child_protection", review_on=day, pn_code="PN5",
                              suggested_code="PN1")
    voice_store.record_review(sessions, case_ref="CN-9", plan_type="child_protection", review_on=day, pn_code="PN2")
    with sessions() as s:
        r = voice_store.compute_returns(s, day, day)
    assert r.reviews == 1 and r.participation["PN2"].numerator == 1 and r.participation["PN5"].numerator == 0


def test_two_chairs_recording_one_review_at_once_keep_one_row(sessions):
    # both read "no row yet" before either writes: held at the flush until both have read it
    barrier = threading.Barrier(2, timeout=30)
    waited = threading.local()

    @event.listens_for(sessions, "before_flush")
    def _hold(session, _ctx, _instances):
        if any(isinstance(o, ReviewParticipation) for o in session.new) and not getattr(waited, "done", False):
            waited.done = True
            barrier.wait()

    day, errors = date(2026, 3, 3), []

    def record(code):
        try:
            voice_store.record_review(sessions, case_ref="CN-7", plan_type="child_in_need", review_on=day,
                                      pn_code=code)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=record, args=(c,)) for c in ("PN1", "PN2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with sessions() as s:
        rows = s.scalars(select(ReviewParticipation).where(ReviewParticipation.case_ref == "CN-7")).all()
        assert len(rows) == 1 and rows[0].pn_code in {"PN1", "PN2"}
        assert s.scalar(select(func.count()).select_from(ReviewParticipation)) == 1


@pytest.mark.parametrize("day, back, expected", [
    (date(2026, 3, 31), 3, date(2025, 12, 31)),
    (date(2026, 5, 31), 3, date(2026, 2, 28)),
    (date(2024, 5, 31), 3, date(2024, 2, 29)),
    (date(2026, 2, 15), 3, date(2025, 11, 15)),
])
def test_three_calendar_months_back_clamps_to_the_months_end(day, back, expected):
    assert voice_store.months_before(day, back) == expected


@pytest.mark.parametrize("service, wording", [("child_protection", "a"), ("Child in Need", "a"),
                                              ("early_help", "b"), (None, "a")])
def test_the_forms_wording_follows_the_service(service, wording):
    assert voice_store.wording_for(service) == wording
