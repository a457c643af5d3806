"""Review API: approvals (final notes for the CMS), supervisor excerpts, QA's redacted sample and audit judgements,
role enforcement, and the review migration (one head)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path

import pytest
from tests.conftest import DATA

CHILD = "Kayleigh Robson"
CONTEXT = {
    "case_ref": "CN-2025-0147",
    "child": {"name": CHILD, "dob": "2016-04-03", "pronouns": "she"},
    "people": [{"name": "Donna Robson", "role": "mother"}],
    "school": "Hillside Primary",
}
# identifiers that must never reach a QA response (case-insensitive)
SECRETS = ("kayleigh", "robson", "donna", "hillside", "cn-2025-0147", "2016-04-03")


def synthetic_note(context: dict = CONTEXT, *, redact: bool = False):
    """A note whose transcript names the child; with ``redact=False`` the redactor is taken to have missed
    every name, so only the QA layer's own guard stands between the name and the auditor."""
    from transcribe.context import parse_context
    from transcribe.note import Redaction, RedactionResult, Segment, Tag, Transcript
    from transcribe.structure import build_note

    text = (
        f"I saw {CHILD} on her own at Hillside Primary. Kayleigh said she feels safe at her nan's house. "
        "She told me she wants to stay at her school. Mum Donna Robson will take her to the dentist by Friday."
    )
    seg = Segment(0.0, 9.0, text, 0.9, char_start=0, char_end=len(text))
    transcript = Transcript(text, "en", 9.0, "tiny.en", segments=[seg])
    redactions = []
    if redact:
        for name in (CHILD, "Kayleigh", "Donna Robson", "Hillside Primary"):
            at = text.find(name)
            redactions.append(Redaction(at, at + len(name), "PERSON", "[CHILD]"))
    voice = "Kayleigh said she feels safe at her nan's house."
    wish = "She told me she wants to stay at her school."
    tags = [
        Tag(text.find(voice), text.find(voice) + len(voice), "child_voice", voice),
        Tag(text.find(wish), text.find(wish) + len(wish), "wishes_feelings", wish),
    ]
    return build_note(transcript, RedactionResult(text, text, redactions), tags, [], parse_context(context))


def add_note(rt, dictation_id: str, note=None, context: dict = CONTEXT, audio: Path = DATA / "child_voice.m4a") -> None:
    from store import dictations as dictation_store
    from store import notes as note_store
    from transcribe.render import render_text

    note = note or synthetic_note(context)
    sha, _ = rt.store.put_bytes(audio.read_bytes())
    dictation_store.create_dictation(
        rt.sessions, id=dictation_id, case_ref=context["case_ref"], context_json=json.dumps(context),
        audio_sha256=sha, audio_bytes=audio.stat().st_size, audio_filename=audio.name, duration_s=9.0,
        idempotency_key=None,
    )
    note_store.save_note(rt.sessions, dictation_id, asdict(note), render_text(note))


def assert_no_identifiers(text: str) -> None:
    low = text.lower()
    leaked = [s for s in SECRETS if s in low]
    assert not leaked, f"identifiers reached QA: {leaked}"


# -- approvals ------------------------------------------------------------------------------------
def test_approve_records_who_and_when_once(app):
    client, rt = app
    add_note(rt, "d-1")
    before = client.get("/notes/d-1").json()
    assert client.get("/review/notes/d-1").json()["status"] == "draft"

    r = client.post("/review/notes/d-1/approve", json={"approved_by": "Sam Carter", "comment": "checked"})
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["status"] == "approved" and first["approved_by"] == "Sam Carter" and first["approved_at"]

    again = client.post("/review/notes/d-1/approve", json={"approved_by": "Someone Else"})
    assert again.status_code == 200 and again.json() == first  # the first approval stands

    page = client.get("/review/notes/d-1").json()
    assert page["status"] == "approved" and page["approval"]["approved_by"] == "Sam Carter"
    assert page["note"]["transcript"]["text"].startswith("I saw")
    after = client.get("/notes/d-1").json()
    assert after["filed"]["approved_by"] == "Sam Carter" and after["filed"]["version"] == 1  # the approved filing
    assert {**after, "filed": None} == before  # otherwise the machine's note, unchanged


def test_approvals_feed_lists_final_notes_from_a_cursor(app):
    client, rt = app
    for i in range(3):
        add_note(rt, f"d-{i}")
    client.post("/review/notes/d-2/approve", json={"approved_by": "A"})
    client.post("/review/notes/d-0/approve", json={"approved_by": "B"})
    page = client.get("/approvals", params={"limit": 1}).json()
    assert [i["dictation_id"] for i in page["items"]] == ["d-2"] and page["next_after"] == page["items"][0]["id"]
    rest = client.get("/approvals", params={"after": page["next_after"], "include": "summary"}).json()
    assert [i["dictation_id"] for i in rest["items"]] == ["d-0"] and rest["items"][0]["note"] is None
    assert rest["next_after"] is None
    assert client.get("/approvals", params={"case_ref": "CN-other"}).json()["items"] == []


def test_approve_unknown_or_unfinished(app):

    client, rt = app
    assert client.post("/review/notes/nope/approve", json={"approved_by": "A"}).status_code == 404
    from store import dictations as dictation_store
    dictation_store.create_dictation(rt.sessions, id="d-q", case_ref="CN-1", context_json=None, audio_sha256="a" * 64,
                                     audio_bytes=1, idempotency_key=None)
    r = client.post("/review/notes/d-q/approve", json={"approved_by": "A"})
    assert r.status_code == 409 and "queued" in r.json()["detail"]
    assert client.post("/review/notes/d-q/approve", json={"approved_by": ""}).status_code == 422


def test_approval_queues_a_signed_webhook(make_app):
    client, rt = make_app(webhook_url="http://127.0.0.1:9/hook", webhook_secret="x" * 32)
    add_note(rt, "d-w")
    assert client.post("/review/notes/d-w/approve", json={"approved_by": "Sam"}).status_code == 201
    client.post("/review/notes/d-w/approve", json={"approved_by": "Sam"})  # no second event
    events = [d for d in client.get("/webhooks/deliveries", params={"dictation_id": "d-w"}).json()["items"]
              if d["event"] == "note.approved"]
    assert len(events) == 1


def test_audio_for_playback(app):
    client, rt = app
    add_note(rt, "d-a")
    r = client.get("/review/notes/d-a/audio")
    assert r.status_code == 200 and r.headers["content-type"] == "audio/mp4"
    assert r.content == (DATA / "child_voice.m4a").read_bytes()
    part = client.get("/review/notes/d-a/audio", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and len(part.content) == 100  # the player can seek
    assert client.get("/review/notes/nope/audio").status_code == 404


# -- supervisor ---------------------------------------------------------------------------------------
def test_excerpts_across_notes_filtered(app):
    client, rt = app
    add_note(rt, "d-1")
    add_note(rt, "d-2", context={**CONTEXT, "case_ref": "CN-2"})
    items = client.get("/review/excerpts").json()["items"]
    assert {i["label"] for i in items} == {"child_voice", "wishes_feelings"}
    assert {i["dictation_id"] for i in items} == {"d-1", "d-2"}
    voice = next(i for i in items if i["label"] == "child_voice")
    assert "feels safe" in voice["text"] and voice["review_url"].startswith(f"/app/review?id={voice['dictation_id']}")

    only = client.get("/review/excerpts", params={"case_ref": "CN-2", "label": "child_voice"}).json()["items"]
    assert [(i["dictation_id"], i["label"]) for i in only] == [("d-2", "child_voice")]
    assert client.get("/review/excerpts", params={"until": "2000-01-01"}).json()["items"] == []
    assert client.get("/review/excerpts", params={"since": "2000-01-01"}).json()["notes_scanned"] == 2


# -- QA -------------------------------------------------------------------------------------------------
def test_qa_never_sees_an_identifier(app):
    client, rt = app
    add_note(rt, "d-1")  # the redactor "missed" every name in this note
    add_note(rt, "d-2", note=synthetic_note(redact=True))
    assert CHILD in client.get("/notes/d-1").json()["transcript"]["text"]  # the practitioner's view has it

    sample = client.get("/qa/sample", params={"size": 10})
    assert sample.status_code == 200 and len(sample.json()["items"]) == 2
    assert_no_identifiers(sample.text)
    note_id = sample.json()["items"][0]["note_id"]
    one = client.get(f"/qa/notes/{note_id}")
    assert_no_identifiers(one.text)
    note = one.json()["note"]
    assert note["redacted"] is True and note["case_ref"] == "[CASE_REF]"
    assert "feels safe" in json.dumps(note)  # redacted, not emptied

    # an auditor who types a name in a comment: stored as typed, never shown back or exported with it
    r = client.post(f"/qa/notes/{note_id}/audits",
                    json={"auditor": "QA One", "child_voice": "partly", "grade": "good", "comment": "Kayleigh's words are clear"})
    assert r.status_code == 201
    assert_no_identifiers(client.get("/qa/audits").text)
    assert_no_identifiers(client.get(f"/qa/notes/{note_id}").text)
    assert_no_identifiers(client.get("/qa/audits.csv").text)
    assert_no_identifiers(client.get("/qa/sample").text)


# -- the one redacted view: every path that serves a note redacted makes it with service.redacted.redacted_note ------
def _redacted_paths(client, rt) -> list[str]:
    """Every path that serves a note redacted, for note d-1 (with one audit, so the export has a row)."""
    from store import notes as note_store

    with rt.sessions() as s:
        note_id = note_store.get_note(s, "d-1").id
    audit = {"auditor": "QA One", "child_voice": "yes", "grade": "good", "comment": "clear"}
    assert client.post(f"/qa/notes/{note_id}/audits", json=audit).status_code == 201
    return ["/notes/d-1/redacted", "/qa/sample", f"/qa/notes/{note_id}", "/qa/audits.csv"]


def test_every_path_that_serves_a_redacted_note_makes_it_afresh_with_the_one_view(app, monkeypatch):
    import service.redacted
    from transcribe.redaction import view

    client, rt = app
    add_note(rt, "d-1")  # the redactor "missed" every name: only the view's case-context guard removes them
    paths = _redacted_paths(client, rt)
    made: list[str] = []

    def spy(note, identifiers=()):
        made.append(note.transcript.text)
        return view.redacted_view(note, identifiers)

    monkeypatch.setattr(service.redacted, "redacted_view", spy)
    for path in paths:
        made.clear()
        r = client.get(path)
        assert r.status_code == 200, (path, r.text)
        assert made, f"{path} served a redacted note without making the view"
        assert_no_identifiers(r.text)
    assert client.get("/notes/d-1/redacted").json() == client.get(paths[2]).json()["note"]  # one view


def test_a_note_that_cannot_be_redacted_is_an_error_on_every_path_never_stale_text(app, monkeypatch):
    import service.redacted
    from transcribe.errors import RedactedViewError

    client, rt = app
    add_note(rt, "d-1", note=synthetic_note(redact=True))
    paths = _redacted_paths(client, rt)

    def broken(note, identifiers=()):
        raise RedactedViewError("The note cannot be redacted (test).")

    monkeypatch.setattr(service.redacted, "redacted_view", broken)
    for path in paths:
        r = client.get(path)
        assert r.status_code == 500, (path, r.status_code)
        assert r.json() == {"detail": "The note cannot be redacted (test).", "problem": "redaction_failed"}, path


def test_a_stored_note_that_no_longer_reads_as_a_case_note_is_an_error_not_its_stored_redacted_text(app):
    from store.models import Note

    client, rt = app
    add_note(rt, "d-1", note=synthetic_note(redact=True))
    assert client.get("/notes/d-1/redacted").status_code == 200
    with rt.sessions() as s:
        s.query(Note).filter_by(dictation_id="d-1").one().note_json = json.dumps({"transcript": None})
        s.commit()
    for path in ("/notes/d-1/redacted", "/qa/sample"):
        r = client.get(path)
        assert r.status_code == 500 and r.json()["problem"] == "redaction_failed", path
        assert "cannot be read back as a case note" in r.json()["detail"] and "feels safe" not in r.text


def test_audit_judgements_stored_listed_and_exported(app):
    client, rt = app
    add_note(rt, "d-1")
    note_id = client.get("/qa/sample").json()["items"][0]["note_id"]
    ok = {"auditor": "QA One", "child_voice": "yes", "grade": "outstanding", "comment": "=HYPERLINK(\"x\")"}
    assert client.post(f"/qa/notes/{note_id}/audits", json=ok).status_code == 201
    assert client.post(f"/qa/notes/{note_id}/audits", json={**ok, "child_voice": "maybe"}).status_code == 422
    assert client.post(f"/qa/notes/{note_id}/audits", json={**ok, "grade": "fine"}).status_code == 422
    assert client.post("/qa/notes/9999/audits", json=ok).status_code == 404
    client.post(f"/qa/notes/{note_id}/audits", json={**ok, "auditor": "QA Two", "child_voice": "no", "grade": "inadequate"})

    listed = client.get("/qa/audits").json()["items"]
    assert [(a["auditor"], a["child_voice"], a["grade"]) for a in listed] == [
        ("QA One", "yes", "outstanding"), ("QA Two", "no", "inadequate")]
    assert [a["auditor"] for a in client.get(f"/qa/notes/{note_id}").json()["audits"]] == ["QA One", "QA Two"]

    r = client.get("/qa/audits.csv")
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 2 and rows[0]["note_id"] == str(note_id) and rows[0]["child_voice_evidenced"] == "yes"
    assert rows[0]["comment"].startswith("'=")  # not run as a spreadsheet formula
    assert rows[0]["note_child_voice_flag"] in ("yes", "no", "not_appropriate")


def test_qa_sample_is_random_and_repeatable(app):
    client, rt = app
    for i in range(8):
        add_note(rt, f"d-{i}")
    a = client.get("/qa/sample", params={"size": 3, "seed": 42}).json()
    b = client.get("/qa/sample", params={"size": 3, "seed": 42}).json()
    assert a["population"] == 8 and len(a["items"]) == 3
    assert [i["note_id"] for i in a["items"]] == [i["note_id"] for i in b["items"]]
    seen = {tuple(i["note_id"] for i in client.get("/qa/sample", params={"size": 3, "seed": s}).json()["items"]) for s in range(10)}
    assert len(seen) > 1
    client.post("/review/notes/d-3/approve", json={"approved_by": "A"})
    approved = client.get("/qa/sample", params={"approved_only": True}).json()
    assert approved["population"] == 1 and approved["items"][0]["approved"] is True


# -- roles ----------------------------------------------------------------------------------------------
TOKENS = "tp=practitioner,ts=supervisor,tq=qa,tc=cms"


def _as(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize(
    "token, method, path, expected",
    [
        # QA: redacted only
        ("tq", "get", "/qa/sample", 200),
        ("tq", "get", "/notes/d-1", 403),
        ("tq", "get", "/notes/d-1/redacted", 403),
        ("tq", "get", "/notes", 403),
        ("tq", "get", "/dictations/d-1", 403),
        ("tq", "get", "/review/notes/d-1", 403),
        ("tq", "get", "/review/notes/d-1/audio", 403),
        ("tq", "get", "/review/excerpts", 403),
        ("tq", "get", "/approvals", 403),
        # practitioner
        ("tp", "get", "/review/notes/d-1", 200),
        ("tp", "get", "/review/notes/d-1/audio", 200),
        ("tp", "get", "/notes/d-1", 200),
        ("tp", "get", "/qa/sample", 403),
        ("tp", "get", "/qa/audits.csv", 403),
        ("tp", "get", "/review/excerpts", 403),
        # supervisor
        ("ts", "get", "/review/excerpts", 200),
        ("ts", "get", "/qa/audits", 200),
        ("ts", "get", "/qa/audits.csv", 200),
        ("ts", "get", "/qa/sample", 403),
        # case management system
        ("tc", "get", "/approvals", 200),
        ("tc", "get", "/notes/d-1", 200),
        ("tc", "get", "/review/notes/d-1", 403),
        ("tc", "get", "/qa/sample", 403),
        # no or unknown token
        (None, "get", "/approvals", 401),
        (None, "get", "/qa/sample", 401),
        ("nope", "get", "/review/notes", 401),
    ],
)
def test_roles(make_app, token, method, path, expected):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    r = getattr(client, method)(path, headers=_as(token) if token else {})
    assert r.status_code == expected, r.text


def test_role_recorded_on_approval_and_whoami(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    assert client.post("/review/notes/d-1/approve", json={"approved_by": "A"}, headers=_as("tq")).status_code == 403
    assert client.post("/review/notes/d-1/approve", json={"approved_by": "A"}, headers=_as("tc")).status_code == 403
    r = client.post("/review/notes/d-1/approve", json={"approved_by": "Sam"}, headers=_as("tp"))
    assert r.status_code == 201 and r.json()["role"] == "practitioner"
    assert client.post("/qa/notes/1/audits", headers=_as("ts"),
                       json={"auditor": "S", "child_voice": "yes", "grade": "good"}).status_code == 403
    me = client.get("/review/whoami", headers=_as("tq")).json()
    assert me == {"role": "qa", "open": False, "pages": ["/app/qa"]}
    assert client.get("/review/whoami").status_code == 401


def test_open_access_when_no_tokens(app):
    client, _ = app
    assert client.get("/review/whoami").json()["open"] is True


# -- storage ----------------------------------------------------------------------------------------------
def test_one_migration_head_and_review_tables(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    from store import make_engine, migrate
    from store.session import alembic_config

    url = f"sqlite:///{tmp_path / 'm.db'}"
    heads = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    assert len(heads) == 1, f"several Alembic heads: {heads}; point the newest revision's down_revision at the other"
    migrate(url)
    engine = make_engine(url)
    assert {"note_approvals", "audit_judgements"} <= set(inspect(engine).get_table_names())
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert not {"note_approvals", "audit_judgements"} & set(inspect(engine).get_table_names())
    migrate(url)
    assert {"note_approvals", "audit_judgements"} <= set(inspect(engine).get_table_names())
    engine.dispose()


# -- a real dictation through the real pipeline ---------------------------------------------------------------
@pytest.mark.slow
def test_real_note_reaches_qa_redacted(app, service_pipeline):
    from transcribe.context import parse_context

    client, rt = app
    note = service_pipeline.process(DATA / "child_voice.m4a", parse_context(CONTEXT))
    add_note(rt, "d-real", note=note)
    voice = client.get("/review/excerpts", params={"case_ref": CONTEXT["case_ref"]}).json()["items"]
    assert any("safe" in i["text"].lower() for i in voice), voice
    sample = client.get("/qa/sample")
    assert sample.status_code == 200 and sample.json()["items"]
    assert_no_identifiers(sample.text)
    assert "safe" in sample.text.lower()
