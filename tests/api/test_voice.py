"""Voice-of-the-child API: feedback from the phone (idempotent), the manager's 2a, review participation (2b), the
returns as JSON and CSV, and who may do what; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from tests.conftest import make_settings

TOKENS = "tp=practitioner,ts=supervisor,tq=qa,tc=cms"
P, S, Q, C = ({"Authorization": f"Bearer {t}"} for t in ("tp", "ts", "tq", "tc"))


@pytest.fixture
def client(database_url, tmp_path):
    from api.main import create_app
    from service.runtime import build_runtime

    settings = make_settings(tmp_path / "data", api_tokens=TOKENS, database_url=database_url)
    rt = build_runtime(settings, pipeline=object())  # no dictation is processed here
    with TestClient(create_app(settings, runtime=rt, background=False)) as c:
        yield c
    rt.close()


def form(**fields) -> dict:
    return {"client_id": "phone-1-form-1", "case_ref": "CN-2025-0147", "respondent": "child", "service": "early_help",
            "answers": {"q1": 4, "q2": 5, "q3": 3, "q4": 5}, "comment": "I want to stay at nana's",
            "asked_on": "2026-03-10", "team": "North"} | fields


def test_feedback_from_the_phone_is_stored_once_and_shown_for_the_next_visit(client):
    first = client.post("/voice/feedback", json=form(), headers=P)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["wording"] == "b"  # early help: the "b" wording, chosen from the case's service
    assert body["answers"] == {"q1": 4, "q2": 5, "q3": 3, "q4": 5} and body["child_voice"] is True
    again = client.post("/voice/feedback", json=form(), headers=P)  # the phone resends when it hears nothing
    assert again.status_code == 200 and again.json()["id"] == body["id"]

    later = client.post("/voice/feedback", json=form(client_id="phone-1-form-2", respondent="parent",
                                                     asked_on="2026-03-20", comment=None), headers=P)
    listed = client.get("/voice/feedback", params={"case_ref": "CN-2025-0147"}, headers=P).json()["items"]
    assert [i["id"] for i in listed] == [later.json()["id"], body["id"]]  # newest first, to discuss
    assert listed[0]["child_voice"] is False  # a parent's comment is not the child's voice
    log = client.get("/access-log", headers=S).json()["items"]
    assert any(e["action"] == "voice.feedback" and e["role"] == "practitioner" for e in log)


@pytest.mark.parametrize("fields, field", [
    ({"answers": {"q1": 7}}, "q1"),
    ({"respondent": "teacher"}, "respondent"),
    ({"case_ref": "CN\x00-1"}, "case_ref"),
    ({"client_id": "x"}, "client_id"),
])
def test_a_bad_form_is_refused_with_the_field_named(client, fields, field):
    r = client.post("/voice/feedback", json=form(**fields), headers=P)
    assert r.status_code == 422 and field in r.text


def test_manager_confirmation_and_review_codes_make_the_returns(client):
    for case_ref, answer, reason in (("CN-1", "yes", None), ("CN-2", "no", None), ("CN-3", "yes", None),
                                     ("CN-4", "not_appropriate", "six weeks old")):
        r = client.post("/voice/confirmations", json={"case_ref": case_ref, "stage": "assessment", "answer": answer,
                                                      "reason": reason, "confirmed_on": "2026-02-01",
                                                      "team": "North"}, headers=S)
        assert r.status_code == 201, r.text
    no_reason = client.post("/voice/confirmations", json={"case_ref": "CN-5", "stage": "closure",
                                                          "answer": "not_appropriate"}, headers=S)
    assert no_reason.status_code == 422 and "Say why" in no_reason.json()["detail"]
    for case_ref, code, team in (("CN-1", "PN1", "North"), ("CN-2", "PN5", "North"), ("CN-3", "PN5", "South")):
        r = client.post("/voice/reviews", json={"case_ref": case_ref, "plan_type": "child_protection",
                                                "review_on": "2026-02-15", "pn_code": code, "suggested_code": "PN1",
                                                "team": team}, headers=P)
        assert r.status_code == 201 and r.json()["pn_code"] == code
    client.post("/voice/feedback", json=form(case_ref="CN-1", asked_on="2026-03-01"), headers=P)

    r = client.get("/voice/returns", params={"start": "2026-01-01", "end": "2026-03-31"}, headers=C)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["voice_evidenced"] == {"numerator": 2, "denominator": 3, "percent": 66.7}
    assert out["voice_answers"] == {"yes": 2, "no": 1, "not_appropriate": 1}
    assert out["reviews"] == 3 and out["participation"]["PN5"]["percent"] == 66.7
    assert out["feedback_sought"] == {"numerator": 1, "denominator": 4, "percent": 25.0}  # CN-1 of CN-1..4
    assert "yes of those answered yes or no" in out["definitions"]["2a"]
    north = {t["team"]: t for t in out["teams"]}["North"]
    assert north["reviews"] == 2 and north["voice_evidenced"]["denominator"] == 3  # CN-1..3 confirmed by North
    assert not {"recorded_by", "confirmed_by", "worker"} & set(out)  # no worker-level figures, by design

    rows = list(csv.DictReader(io.StringIO(client.get("/voice/returns.csv", params={
        "start": "2026-01-01", "end": "2026-03-31"}, headers=S).text)))
    council = {row["measure"]: row for row in rows if row["team"] == "all"}
    assert council["2a_voice_evidenced"]["percent"] == "66.7" and council["2b_PN1"]["numerator"] == "1"
    assert {row["team"] for row in rows} == {"all", "North", "South"}

    backwards = client.get("/voice/returns", params={"start": "2026-03-31", "end": "2026-01-01"}, headers=S)
    assert backwards.status_code == 422 and "ends" in backwards.json()["detail"]


@pytest.mark.parametrize("headers, method, path, expected", [
    (Q, "post", "/voice/feedback", 403),  # QA sees redacted notes only
    (Q, "get", "/voice/returns", 403),
    (P, "post", "/voice/confirmations", 403),  # a manager's answer
    (P, "get", "/voice/returns", 403),
    (C, "post", "/voice/feedback", 403),
    ({}, "get", "/voice/feedback", 401),
])
def test_who_may_do_what(client, headers, method, path, expected):
    params = {"case_ref": "CN-1", "start": "2026-01-01", "end": "2026-03-31"}
    r = client.get(path, params=params, headers=headers) if method == "get" else \
        client.post(path, json=form(), headers=headers)
    assert r.status_code == expected, r.text


def test_the_questions_are_the_reports_in_both_wordings(client):
    qs = {(q["number"], q["wording"]): q["text"] for q in client.get("/voice/questions").json()}
    assert qs[(1, "a")].endswith("why I am worried about you and your family?")
    assert qs[(1, "b")].endswith("why I am working with you and your family?")
    assert len(qs) == 8
