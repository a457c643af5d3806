"""The editor's API, over SQLite and PostgreSQL (tests/api/conftest.py's make_app): the machine's draft is version 1,
each save a new version that is redacted and tagged again, stale saves refused, approval freezes a version that the
case system then reads, amendments after approval, and a recording with no speech that cannot be approved."""

from __future__ import annotations

import pytest

from tests.api.test_review import CONTEXT, add_note, synthetic_note

EDITED = "Kayleigh said she feels safe at her nan's house because it is calm there."
TYPED = "Donna Robson rang me after the visit to say thank you."


def _edit(draft: dict) -> dict:
    """The practitioner's edit: one sentence corrected, one moved, one typed in; evidence 2c answered."""
    sentences = [{k: s[k] for k in ("text", "heading", "child_voice", "wishes_feelings", "origin")}
                 for s in draft["sentences"]]
    sentences[1]["text"] = EDITED
    sentences[3]["heading"] = "worries"
    sentences.append({"text": TYPED, "heading": "observations", "child_voice": False, "wishes_feelings": False,
                      "origin": None})
    return {"base_version": draft["version"]["number"], "sentences": sentences,
            "evidence": {**draft["evidence"], "feedback_sought": "not_appropriate"}, "edited_by": "Sam Carter"}


def test_edit_new_version_redacted_again_approve_and_the_case_system_reads_it(make_app):
    client, rt = make_app(webhook_url="http://127.0.0.1:9/hook", webhook_secret="x" * 32)
    add_note(rt, "d-1")
    draft = client.get("/review/notes/d-1/draft").json()
    assert draft["version"]["number"] == 1 and draft["version"]["kind"] == "machine" and draft["status"] == "draft"
    texts = [s["text"] for s in draft["sentences"]]
    assert len(texts) == 4 and len(set(texts)) == 4  # each sentence once
    assert {s["heading"] for s in draft["sentences"]} <= {h["key"] for h in draft["template"]["headings"]}
    assert draft["sentences"][1]["child_voice"] and draft["sentences"][1]["start_s"] is not None
    assert draft["suggestions"]["seen_alone"]["value"] is True and draft["suggestions"]["seen_alone"]["reason"]

    saved = client.put("/review/notes/d-1/draft", json=_edit(draft))
    assert saved.status_code == 201, saved.text
    v2 = saved.json()
    assert v2["version"]["number"] == 2 and v2["version"]["created_by"] == "Sam Carter" and v2["version"]["based_on"] == 1
    assert [s["text"] for s in v2["sentences"]][1] == EDITED and v2["sentences"][3]["heading"] == "worries"
    assert v2["sentences"][1]["start_s"] == draft["sentences"][1]["start_s"]  # play-from-here still lands
    assert v2["sentences"][4]["suggested_heading"]  # the typed sentence was tagged
    assert v2["evidence"]["feedback_sought"] == "not_appropriate"

    # the same base again: someone saved first -> 409, nothing saved
    stale = client.put("/review/notes/d-1/draft", json=_edit(draft))
    assert stale.status_code == 409 and "Version 2" in stale.json()["detail"]
    versions = client.get("/review/notes/d-1/versions").json()
    assert [v["number"] for v in versions["items"]] == [1, 2] and versions["latest"] == 2

    # redaction ran again: the typed-in name is found like any other
    note2 = client.get("/review/notes/d-1/versions/2").json()["note"]
    redacted = {note2["transcript"]["text"][r["start"]:r["end"]] for r in note2["redactions"]}
    assert "Donna Robson" in redacted, redacted
    assert any(t["label"] == "child_voice" and t["text"] == EDITED for t in note2["tags"])

    diff = client.get("/review/notes/d-1/compare", params={"a": 1, "b": 2}).json()["diff"]
    assert any(line.startswith("+") and EDITED in line for line in diff)

    approved = client.post("/review/notes/d-1/approve", json={"approved_by": "Sam Carter", "version": 2})
    assert approved.status_code == 201, approved.text
    assert approved.json()["version"] == 2

    text = client.get("/notes/d-1/text").text
    assert EDITED in text and "nan's house." not in text.replace(EDITED, "")
    for sentence in [*(s["text"] for s in v2["sentences"])]:
        assert text.count(sentence) == 1, sentence
    assert "[?" not in text and "CHECK AUDIO" not in text
    assert "Approved by Sam Carter on" in text and "(version 2)" in text
    assert "WHAT ARE WE WORRIED ABOUT?" in text

    feed = client.get("/approvals").json()["items"]
    assert feed[0]["note"]["filed"]["version"] == 2 and EDITED in feed[0]["note"]["transcript"]["text"]
    pulled = client.get("/notes").json()["items"][0]["note"]
    assert pulled["filed"]["approved_by"] == "Sam Carter"
    assert "donna" not in client.get("/notes/d-1/redacted").text.lower()
    hooks = client.get("/webhooks/deliveries", params={"dictation_id": "d-1"}).json()["items"]
    event = next(h for h in hooks if h["event"] == "note.approved")
    assert event["status"] == "pending"

    # approved = frozen: a plain edit is refused; an amendment with a reason is a new version, sent as note.amended
    v2_again = client.get("/review/notes/d-1/draft").json()
    assert client.put("/review/notes/d-1/draft", json=_edit(v2_again)).status_code == 409
    body = _edit(v2_again)
    body["sentences"] = body["sentences"][:5]
    body["sentences"][0]["text"] = "I saw Kayleigh on her own in the garden."
    body["reason"] = "The child was seen in the garden, not at school."
    amended = client.post("/review/notes/d-1/amendments", json=body)
    assert amended.status_code == 201, amended.text
    assert amended.json()["version"]["kind"] == "amendment"
    text3 = client.get("/notes/d-1/text").text
    assert "in the garden" in text3 and "Reason: The child was seen in the garden" in text3
    assert "in the garden" not in client.get("/review/notes/d-1/versions/2").json()["text"]  # both stay readable
    listed = client.get("/review/notes/d-1/versions").json()
    assert listed["approved_version"] == 2 and listed["items"][2]["reason"].startswith("The child was seen")
    events = [h["event"] for h in client.get("/webhooks/deliveries", params={"dictation_id": "d-1"}).json()["items"]]
    assert "note.amended" in events


def test_amendment_needs_an_approval_and_a_reason(make_app):
    client, rt = make_app()
    add_note(rt, "d-2")
    draft = client.get("/review/notes/d-2/draft").json()
    body = {**_edit(draft), "reason": "typo"}
    assert client.post("/review/notes/d-2/amendments", json=body).status_code == 409
    assert client.post("/review/notes/d-2/amendments", json={**body, "reason": ""}).status_code == 422


def test_unknown_heading_and_empty_note_are_refused(make_app):
    client, rt = make_app()
    add_note(rt, "d-3")
    draft = client.get("/review/notes/d-3/draft").json()
    body = _edit(draft)
    body["sentences"][0]["heading"] = "no_such_heading"
    r = client.put("/review/notes/d-3/draft", json=body)
    assert r.status_code == 422 and "no_such_heading" in r.json()["detail"]
    r = client.put("/review/notes/d-3/draft", json={**_edit(draft), "sentences": []})
    assert r.status_code == 422 and "no sentences" in r.json()["detail"]


def test_no_speech_no_note(make_app):
    from transcribe.context import parse_context
    from transcribe.note import RedactionResult, Transcript
    from transcribe.structure import build_note

    client, rt = make_app()
    silent = build_note(Transcript("", "en", 12.0, "tiny.en", speech_detected=False), RedactionResult("", "", []),
                        [], [], parse_context(CONTEXT))
    add_note(rt, "d-silent", note=silent)
    draft = client.get("/review/notes/d-silent/draft").json()
    assert draft["speech_detected"] is False and draft["sentences"] == []
    assert "Nothing was heard" in draft["text"]
    r = client.post("/review/notes/d-silent/approve", json={"approved_by": "Sam Carter"})
    assert r.status_code == 422 and "Nothing was heard" in r.json()["detail"]
    assert client.get("/approvals").json()["items"] == []


def test_assessment_framework_template(make_app):
    client, rt = make_app(note_template="assessment-framework")
    add_note(rt, "d-af", note=synthetic_note())
    draft = client.get("/review/notes/d-af/draft").json()
    assert [h["title"] for h in draft["template"]["headings"]][:3] == [
        "Child's developmental needs", "Parenting capacity", "Family and environmental factors"]
    assert "<h2>Child&#x27;s developmental needs</h2>" in draft["html"] and '<q class="child-voice">' in draft["html"]


def test_versions_migration_up_and_down(tmp_path):
    from alembic import command
    from sqlalchemy import inspect

    from store import make_engine, migrate
    from store.session import alembic_config

    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrate(url)
    engine = make_engine(url)
    assert "note_versions" in inspect(engine).get_table_names()
    assert "version" in {c["name"] for c in inspect(engine).get_columns("note_approvals")}
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005_crypt_encrypt_at_rest")
    assert "note_versions" not in inspect(engine).get_table_names()
    assert "version" not in {c["name"] for c in inspect(engine).get_columns("note_approvals")}
    engine.dispose()


@pytest.mark.slow
def test_a_silent_recording_says_so_on_the_status_the_phone_polls(service):
    """The real pipeline on silence: the status says no speech at once, and there is nothing to approve."""
    r = service.upload("silence.wav")
    assert r.status_code == 202, r.text
    dictation_id = r.json()["id"]
    service.work()
    st = service.status(dictation_id)
    assert st["status"] == "done" and st["speech_detected"] is False
    refused = service.client.post(f"/review/notes/{dictation_id}/approve", json={"approved_by": "Sam Carter"})
    assert refused.status_code == 422 and "Nothing was heard" in refused.json()["detail"]
    spoken = service.upload("hello.wav")
    service.work()
    assert service.status(spoken.json()["id"])["speech_detected"] is True


def test_retention_purges_a_note_with_its_versions_and_approval(make_app):
    from datetime import timedelta

    from store.models import utcnow
    from store.retention import RetentionPolicy, apply_retention

    client, rt = make_app()
    add_note(rt, "d-old")
    draft = client.get("/review/notes/d-old/draft").json()
    assert client.put("/review/notes/d-old/draft", json=_edit(draft)).status_code == 201
    assert client.post("/review/notes/d-old/approve", json={"approved_by": "Sam Carter"}).status_code == 201
    report = apply_retention(rt.sessions, rt.store, RetentionPolicy(notes_days=1), now=utcnow() + timedelta(days=2))
    assert report.ok and report.deleted["audio_files"] == 1 and report.deleted["note_versions"] == 2
    assert client.get("/review/notes/d-old/versions").status_code == 404
