"""Upload -> queue -> real RQ worker -> finished note, against the real Redis and PostgreSQL."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from rq.job import Job
from rq.serializers import JSONSerializer

from tests.conftest import DATA

HELLO_TEXT = (DATA / "hello.txt").read_text().strip().lower()


def _words(text: str) -> set[str]:
    return {w.strip(".,!?").lower() for w in text.split()}


@pytest.mark.slow
def test_upload_to_finished_note_end_to_end(service):
    r = service.upload("hello.wav")
    assert r.status_code == 202, r.text
    body = r.json()
    did = body["id"]
    assert body["status"] == "queued" and body["status_url"] == f"/dictations/{did}"
    assert r.headers["location"] == f"/dictations/{did}"
    assert body["sha256"] == hashlib.sha256((DATA / "hello.wav").read_bytes()).hexdigest()
    # audio is content-addressed on disk before the 202
    assert service.rt.store.read_bytes(body["sha256"]) == (DATA / "hello.wav").read_bytes()
    assert not service.rt.store.path_for(body["sha256"]).read_bytes().startswith(b"RIFF")  # encrypted at rest
    # the RQ job id derives from the dictation id
    job = Job.fetch(f"dictation-{did}", connection=service.redis, serializer=JSONSerializer)
    assert job.args == [did]

    assert service.client.get(f"/notes/{did}").status_code == 409  # not finished yet
    service.work()

    status = service.status(did)
    assert status["status"] == "done" and status["progress"] == 100.0 and status["error"] is None
    note = service.client.get(f"/notes/{did}").json()
    assert note["case_ref"] == "CN-2025-0147"
    overlap = _words(note["transcript"]["text"]) & _words(HELLO_TEXT)
    assert len(overlap) >= 0.6 * len(_words(HELLO_TEXT))
    text = service.client.get(f"/notes/{did}/text")
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
    assert text.text.startswith("VISIT NOTE - case CN-2025-0147\n")
    redacted = service.client.get(f"/notes/{did}/redacted")
    assert redacted.status_code == 200 and redacted.json()["redacted"] is True
    assert redacted.json()["case_ref"] == "[CASE_REF]" and "CN-2025-0147" not in redacted.text
    listed = service.client.get("/notes", params={"case_ref": "CN-2025-0147"}).json()
    assert [i["dictation_id"] for i in listed["items"]] == [did]
    assert service.client.get("/notes", params={"case_ref": "OTHER"}).json()["items"] == []
    assert service.note_count(did) == 1


def test_status_reports_progress_stages(service):
    did = service.upload("hello.wav").json()["id"]
    seen = []
    from store import dictations as dictation_store

    original = dictation_store.set_progress

    def spy(sessions, dictation_id, stage, fraction):
        original(sessions, dictation_id, stage, fraction)
        seen.append(service.status(dictation_id)["status"])

    dictation_store.set_progress = spy
    try:
        service.work()
    finally:
        dictation_store.set_progress = original
    assert seen[0] == "transcribing"
    assert {"redacting", "tagging"} <= set(seen)
    assert service.status(did)["status"] == "done"


def test_duplicate_upload_gives_one_dictation(service):
    key = str(uuid.uuid4())
    a = service.upload("hello.wav", headers={"Idempotency-Key": key})
    b = service.upload("hello.wav", headers={"Idempotency-Key": key})
    assert a.status_code == b.status_code == 202
    assert a.json()["id"] == b.json()["id"]
    assert b.json()["duplicate"] is True and b.headers["idempotent-replayed"] == "true"

    cid = str(uuid.uuid4())
    c = service.upload("hello.m4a", dictation_id=cid)
    d = service.upload("hello.m4a", dictation_id=cid)
    assert c.json()["id"] == d.json()["id"] == cid

    # no id and no key: the same audio for the same case is the same dictation
    e = service.upload("hello.ogg")
    f = service.upload("hello.ogg")
    assert e.json()["id"] == f.json()["id"]

    # reusing an id for different audio is a conflict, not a silent overwrite
    g = service.upload("hello.flac", dictation_id=cid)
    assert g.status_code == 409 and cid in g.json()["detail"]

    assert service.dispatcher.queue.count == 3
    service.work()
    assert service.note_count() == 3


def test_checksum_verified(service):
    good = hashlib.sha256((DATA / "hello.wav").read_bytes()).hexdigest()
    assert service.upload("hello.wav", sha256=good).status_code == 202
    r = service.upload("hello.mp3", sha256=good)
    assert r.status_code == 422 and r.json()["problem"] == "checksum_mismatch"
    r = service.upload("hello.mp3", sha256="xyz")
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "sha256"


@pytest.mark.parametrize(
    "name, code, problem",
    [
        ("not_audio.pdf", 415, "not_audio"),
        ("truncated.m4a", 422, "corrupt_audio"),
        ("empty.wav", 422, "empty_audio"),
    ],
)
def test_bad_audio_refused_with_reason(service, name, code, problem):
    r = service.upload(name)
    assert r.status_code == code
    assert r.json()["problem"] == problem
    assert ".part" not in r.json()["detail"] and name in r.json()["detail"]
    assert service.dispatcher.queue.count == 0


def test_too_large_states_limit(make_service):
    service = make_service(max_upload_bytes=50_000)
    r = service.upload("hello.wav")  # 157 kB
    assert r.status_code == 413
    assert r.json()["limit_bytes"] == 50_000 and "50000 bytes" in r.json()["detail"]


def test_too_long_states_limit(make_service):
    service = make_service(max_audio_seconds=2)
    r = service.upload("hello.wav")  # ~5 s
    assert r.status_code == 413
    assert r.json()["limit_seconds"] == 2 and r.json()["duration_seconds"] > 4


def test_malformed_context_gives_field_errors(service):
    r = service.upload("hello.wav", context='{"child": {"dob": "last tuesday"}, "pets": ["dog"]}')
    assert r.status_code == 422
    fields = {e["field"] for e in r.json()["errors"]}
    assert {"context.child.dob", "context.pets"} <= fields
    r = service.upload("hello.wav", context="{not json")
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "context"
    r = service.upload("hello.wav", case_ref="")
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "case_ref"
    r = service.upload("hello.wav", context='{"case_ref": "CN-OTHER"}')
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "context.case_ref"


def test_context_is_kept_with_the_dictation(service):
    ctx = (DATA.parent.parent / "samples" / "visit-context.json").read_text()
    r = service.upload("hello.wav", case_ref="CN-2025-0147", context=ctx)
    assert r.status_code == 202

    from store import dictations as dictation_store
    with service.rt.sessions() as s:
        d = dictation_store.get_dictation(s, r.json()["id"])
    assert "Kayleigh Robson" in d.context_json


def test_unknown_dictation_is_404(service):
    for path in ("/dictations/nope", "/notes/nope", "/notes/nope/text", "/notes/nope/redacted"):
        r = service.client.get(path)
        assert r.status_code == 404, path
        assert "nope" in r.json()["detail"]


def test_openapi_published(service):
    spec = service.client.get("/openapi.json").json()
    for path in ("/dictations", "/dictations/{dictation_id}", "/uploads", "/uploads/{upload_id}", "/notes",
                 "/notes/{dictation_id}", "/webhooks/deliveries", "/v1/audio/transcriptions"):
        assert path in spec["paths"], path


def test_api_tokens_required_when_configured(make_service):
    service = make_service(api_tokens="s3cret=cms")
    assert service.client.get("/notes").status_code == 401
    assert service.client.get("/notes", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert service.client.get("/health").status_code == 200
