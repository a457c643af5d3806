"""The access log: every read of an identified note is recorded (who, when, what), failed reads are not,
it holds no transcript text, supervisors list it, QA sees it without identifiers; its migration."""

from __future__ import annotations

import pytest

from tests.api.test_review import CHILD, add_note, assert_no_identifiers

TOKENS = "tp=practitioner,ts=supervisor,tq=qa,tc=cms"


def _as(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_each_read_is_logged_with_what_and_which_note(app):
    client, rt = app
    add_note(rt, "d-1")
    for path in ("/notes/d-1", "/notes/d-1/text", "/notes/d-1/redacted", "/review/notes/d-1", "/review/notes/d-1/audio"):
        assert client.get(path).status_code == 200, path
    log = client.get("/access-log")
    assert log.status_code == 200
    items = log.json()["items"]
    assert [e["action"] for e in items] == ["note.json", "note.text", "note.redacted", "review.note", "review.audio"]
    note_id = client.get("/review/notes/d-1").json()["note_id"]
    for e in items:
        assert (e["dictation_id"], e["case_ref"], e["note_id"], e["via"]) == ("d-1", "CN-2025-0147", note_id, "open")
        assert e["at"] and e["subject"] is None
    assert "feels safe" not in log.text and CHILD not in log.text  # no transcript text


def test_failed_reads_and_lists_are_not_logged(app):
    from store import dictations as dictation_store

    client, rt = app
    add_note(rt, "d-1")
    dictation_store.create_dictation(rt.sessions, id="d-q", case_ref="CN-1", context_json=None, audio_sha256="a" * 64,
                                     audio_bytes=1, idempotency_key=None)
    assert client.get("/notes/nope").status_code == 404
    assert client.get("/notes/d-q").status_code == 409  # not finished
    assert client.get("/review/notes/nope/audio").status_code == 404
    assert client.get("/notes", params={"include": "summary"}).status_code == 200  # no note content in it
    assert client.get("/access-log").json()["items"] == []


def test_the_feed_logs_each_note_it_serves_in_full(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    for i in range(3):
        add_note(rt, f"d-{i}")
    page = client.get("/notes", params={"limit": 2}, headers=_as("tc")).json()
    assert [n["dictation_id"] for n in page["items"]] == ["d-0", "d-1"]
    client.get("/notes", params={"after": page["next_after"]}, headers=_as("tc"))
    entries = client.get("/access-log", headers=_as("ts")).json()["items"]
    assert [(e["action"], e["dictation_id"], e["role"], e["via"]) for e in entries] == [
        ("notes.feed", f"d-{i}", "cms", "token") for i in range(3)
    ]
    assert all(e["note_id"] and e["case_ref"] == "CN-2025-0147" for e in entries)
    client.get("/notes", params={"include": "summary", "after": 0}, headers=_as("tc"))  # metadata only
    assert len(client.get("/access-log", headers=_as("ts")).json()["items"]) == 3


def test_filters_and_cursor(app):
    client, rt = app
    add_note(rt, "d-1")
    add_note(rt, "d-2", context={"case_ref": "CN-2", "child": {"name": "Alex Moor"}})
    for _ in range(2):
        client.get("/notes/d-1")
    client.get("/notes/d-2/text")
    assert [e["dictation_id"] for e in client.get("/access-log", params={"case_ref": "CN-2"}).json()["items"]] == ["d-2"]
    assert len(client.get("/access-log", params={"dictation_id": "d-1"}).json()["items"]) == 2
    page = client.get("/access-log", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_after"] == page["items"][-1]["id"]
    rest = client.get("/access-log", params={"after": page["next_after"]}).json()
    assert [e["dictation_id"] for e in rest["items"]] == ["d-2"] and rest["next_after"] is None
    assert client.get("/access-log", params={"until": "2000-01-01T00:00:00Z"}).json()["items"] == []


@pytest.mark.parametrize("token, expected", [("ts", 200), ("tq", 200), ("tp", 403), ("tc", 403), (None, 401)])
def test_who_may_list_it(make_app, token, expected):
    client, rt = make_app(api_tokens=TOKENS)
    r = client.get("/access-log", headers=_as(token) if token else {})
    assert r.status_code == expected, r.text


def test_static_token_reads_record_the_role_and_qa_sees_no_identifiers(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    assert client.get("/review/notes/d-1", headers=_as("tp")).status_code == 200
    assert client.get("/notes/d-1", headers=_as("tc")).status_code == 200
    assert client.get("/notes/d-1", headers=_as("tq")).status_code == 403  # refused: not a read, not logged

    sup = client.get("/access-log", headers=_as("ts")).json()["items"]
    assert [(e["action"], e["role"], e["via"], e["dictation_id"]) for e in sup] == [
        ("review.note", "practitioner", "token", "d-1"), ("note.json", "cms", "token", "d-1")]

    qa = client.get("/access-log", headers=_as("tq"))
    assert qa.status_code == 200 and len(qa.json()["items"]) == 2
    assert_no_identifiers(qa.text)
    assert all(set(e) == {"id", "at", "action", "subject", "role", "via", "note_id"} for e in qa.json()["items"])
    assert "d-1" not in qa.text
    note_id = sup[0]["note_id"]
    assert len(client.get("/access-log", params={"note_id": note_id}, headers=_as("tq")).json()["items"]) == 2
    assert client.get("/access-log", params={"case_ref": "CN-2025-0147"}, headers=_as("tq")).status_code == 403
    assert client.get("/access-log", params={"dictation_id": "d-1"}, headers=_as("tq")).status_code == 403


def test_access_log_migration_is_the_single_head(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    from store import make_engine, migrate
    from store.session import alembic_config

    url = f"sqlite:///{tmp_path / 'm.db'}"
    heads = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    assert len(heads) == 1, f"migrations branch: heads {heads}; make each new one revise the last"
    migrate(url)
    engine = make_engine(url)
    assert "access_log" in inspect(engine).get_table_names()
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_review")
    assert "access_log" not in inspect(engine).get_table_names()
    assert "note_approvals" in inspect(engine).get_table_names()
    engine.dispose()


def test_the_supervisors_excerpt_view_logs_each_note_whose_words_it_shows(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    add_note(rt, "d-2", context={"case_ref": "CN-2", "child": {"name": "Alex Moor"}})
    excerpts = client.get("/review/excerpts", params={"case_ref": "CN-2025-0147"}, headers=_as("ts")).json()
    assert excerpts["items"] and {i["dictation_id"] for i in excerpts["items"]} == {"d-1"}
    entries = client.get("/access-log", headers=_as("ts")).json()["items"]
    assert [(e["action"], e["dictation_id"], e["role"]) for e in entries] == [("review.excerpts", "d-1", "supervisor")]


def test_the_approvals_feed_logs_each_note_it_serves_in_full(make_app):  # noqa: F811
    client, rt = make_app(api_tokens=TOKENS)
    for i in range(3):
        add_note(rt, f"d-{i}")
        assert client.post(f"/review/notes/d-{i}/approve", json={"approved_by": "Sam"}, headers=_as("tp")).status_code == 201
    before = len(client.get("/access-log", headers=_as("ts")).json()["items"])  # the three approvals
    page = client.get("/approvals", params={"limit": 2}, headers=_as("tc")).json()
    assert [a["dictation_id"] for a in page["items"]] == ["d-0", "d-1"] and page["items"][0]["note"]
    client.get("/approvals", params={"after": page["next_after"]}, headers=_as("tc"))
    client.get("/approvals", params={"include": "summary"}, headers=_as("tc"))  # metadata only: not logged
    entries = client.get("/access-log", headers=_as("ts")).json()["items"][before:]
    assert [(e["action"], e["dictation_id"], e["role"], e["via"]) for e in entries] == [
        ("approvals.feed", f"d-{i}", "cms", "token") for i in range(3)
    ]
    assert all(e["note_id"] and e["case_ref"] == "CN-2025-0147" for e in entries)
