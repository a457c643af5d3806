"""Photos of direct work attached to a visit: uploaded from the phone (idempotent), stored encrypted, shown to
practitioners, supervisors and the case system (each read logged), never to QA or in exports, deleted with their
dictation under retention; and the voice-of-the-child records (feedback, 2a, 2b, photo links) sent to the case
system with the approved note, in the pull feed and the webhook alike. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.api.test_review import CONTEXT, add_note

TOKENS = "tp=practitioner,ts=supervisor,tq=qa,tc=cms"
P, S, Q, C = ({"Authorization": f"Bearer {t}"} for t in ("tp", "ts", "tq", "tc"))
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"RIFF")
WEBHOOK = dict(webhook_url="http://127.0.0.1:9/hook", webhook_secret="s" * 32)  # refused: the payload stays queued


def drawing_png(width: int = 24, height: int = 16, seed: int = 0) -> bytes:
    """A small, valid RGB PNG (three coloured 'houses' on white); ``seed`` makes a different image."""
    rows = b""
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            house = x * 3 // width
            row += bytes((200, 40 + 60 * house, (seed * 37) % 256)) if y > height // 3 else b"\xff\xff\xff"
        rows += bytes(row)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def upload(client, did: str, image: bytes, headers=P, name: str = "houses.png", caption: str = "My three houses"):
    return client.post(f"/dictations/{did}/photos", files={"file": (name, image, "image/png")},
                       data={"caption": caption}, headers=headers)


def test_a_photo_is_stored_once_encrypted_and_shown_to_the_right_people(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    image = drawing_png()
    first = upload(client, "d-1", image)
    assert first.status_code == 201, first.text
    photo = first.json()
    assert photo["content_type"] == "image/png" and photo["bytes"] == len(image)
    assert photo["url"] == f"/dictations/d-1/photos/{photo['id']}" and photo["caption"] == "My three houses"
    again = upload(client, "d-1", image)  # the phone resends when it hears nothing
    assert again.status_code == 200 and again.json()["id"] == photo["id"]
    assert [p["id"] for p in client.get("/dictations/d-1/photos", headers=P).json()["items"]] == [photo["id"]]

    # on disk: encrypted, no image header anywhere under the data directory
    files = [f for f in Path(rt.settings.data_dir).rglob("*") if f.is_file()]
    assert files and not [f for f in files if f.read_bytes()[:4].startswith(IMAGE_MAGIC)]
    assert rt.store.exists(photo["sha256"])
    with rt.engine.connect() as conn:  # the caption may name the child: encrypted like a note
        (stored,) = conn.execute(text("SELECT caption FROM dictation_photos")).one()
    assert "three houses" not in stored

    for who in (P, S, C):
        r = client.get(photo["url"], headers=who)
        assert r.status_code == 200 and r.content == image and r.headers["content-type"] == "image/png"
    assert client.get(photo["url"], headers=Q).status_code == 403  # QA sees notes redacted only, never photos
    assert upload(client, "d-1", drawing_png(seed=2), headers=Q).status_code == 403
    log = client.get("/access-log", headers=S).json()["items"]
    assert {e["role"] for e in log if e["action"] == "photo.read" and e["dictation_id"] == "d-1"} == {
        "practitioner", "supervisor", "cms"}


def test_bad_photos_are_refused_saying_what_to_send(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    r = client.post("/dictations/d-1/photos", files={"file": ("houses.png", b"%PDF-1.4 not a photo", "image/png")},
                    headers=P)
    assert r.status_code == 415 and "JPEG" in r.json()["detail"]
    assert upload(client, "no-such-visit", drawing_png()).status_code == 404
    assert client.get("/dictations/d-1/photos/9", headers=P).status_code == 404
    assert client.get("/dictations/d-1/photos", headers=P).json()["items"] == []


def test_photos_never_reach_qa_or_exports(make_app):
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    photo = upload(client, "d-1", drawing_png()).json()
    sample = client.get("/qa/sample", params={"size": 10}, headers=Q)
    assert sample.status_code == 200 and sample.json()["items"]
    note_id = sample.json()["items"][0]["note_id"]
    r = client.post(f"/qa/notes/{note_id}/audits", headers=Q,
                    json={"auditor": "QA One", "child_voice": "yes", "grade": "good", "comment": None})
    assert r.status_code == 201, r.text
    for path in ("/qa/sample", f"/qa/notes/{note_id}", "/qa/audits", "/qa/audits.csv"):
        body = client.get(path, headers=Q).text
        assert "photo" not in body.lower() and photo["sha256"] not in body, path
    csv = client.get("/voice/returns.csv", params={"start": "2026-01-01", "end": "2026-12-31"}, headers=S).text
    assert "photo" not in csv.lower() and "/dictations/" not in csv


def test_photos_go_with_their_dictation_under_retention(make_app):
    from store.models import utcnow
    from store.photos import photos_for
    from store.retention import RetentionPolicy, apply_retention

    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-old")
    add_note(rt, "d-kept")
    shared = drawing_png(seed=1)  # the same drawing on two visits: its file stays while one still has it
    gone, kept = upload(client, "d-old", drawing_png(seed=3)).json(), upload(client, "d-old", shared).json()
    assert upload(client, "d-kept", shared).status_code == 201
    r = client.post("/legal-holds", json={"dictation_id": "d-kept", "reason": "court case"}, headers=S)
    assert r.status_code == 201, r.text

    report = apply_retention(rt.sessions, rt.store, RetentionPolicy(notes_days=1), now=utcnow() + timedelta(days=2))
    assert report.ok and report.deleted["dictation_photos"] == 2 and report.deleted["photo_files"] == 1
    assert not rt.store.exists(gone["sha256"]) and rt.store.exists(kept["sha256"])
    with rt.sessions() as s:
        assert photos_for(s, ["d-old"]) == [] and len(photos_for(s, ["d-kept"])) == 1
    assert client.get(gone["url"], headers=P).status_code == 404


def test_the_case_system_receives_the_voice_records_with_the_approved_note(make_app):
    from sqlalchemy import select

    from store.models import WebhookDelivery

    client, rt = make_app(api_tokens=TOKENS, **WEBHOOK)
    case = CONTEXT["case_ref"]

    def feedback(client_id: str, q1: int):
        r = client.post("/voice/feedback", headers=P, json={
            "client_id": client_id, "case_ref": case, "respondent": "child", "service": "child_protection",
            "answers": {"q1": q1, "q2": 4}, "comment": "I like my nan's", "asked_on": "2026-03-10"})
        assert r.status_code == 201, r.text

    add_note(rt, "d-1")
    feedback("form-before-first", 2)
    assert client.post("/review/notes/d-1/approve", json={"approved_by": "A"}, headers=P).status_code == 201
    add_note(rt, "d-2")
    feedback("form-since-first", 5)
    photo = upload(client, "d-2", drawing_png()).json()
    assert client.post("/voice/confirmations", headers=S, json={
        "case_ref": case, "stage": "assessment", "answer": "yes", "confirmed_on": "2026-03-12"}).status_code == 201
    r = client.post("/voice/reviews", headers=P, json={
        "case_ref": case, "plan_type": "child_protection", "review_on": "2026-03-11", "pn_code": "PN5"})
    assert r.status_code == 201
    r = client.post("/voice/feedback", headers=P, json={  # another case's form is not this case's
        "client_id": "other-case", "case_ref": "CN-other", "respondent": "child", "answers": {"q1": 1}})
    assert r.status_code == 201
    assert client.post("/review/notes/d-2/approve", json={"approved_by": "A"}, headers=P).status_code == 201

    feed = {i["dictation_id"]: i for i in client.get("/approvals", headers=C).json()["items"]}
    voice = feed["d-2"]["voice"]
    assert voice["case_ref"] == case and voice["feedback_since"] is not None
    assert [f["client_id"] for f in voice["feedback"]] == ["form-since-first"]  # since the previous approved note
    assert voice["feedback"][0]["answers"] == {"q1": 5, "q2": 4, "q3": None, "q4": None}
    assert [(c["stage"], c["answer"]) for c in voice["confirmations"]] == [("assessment", "yes")]
    assert [r["pn_code"] for r in voice["reviews"]] == ["PN5"]
    assert [(p["id"], p["url"]) for p in voice["photos"]] == [(photo["id"], photo["url"])]
    assert client.get(voice["photos"][0]["url"], headers=C).status_code == 200  # the link works for the CMS
    assert [f["client_id"] for f in feed["d-1"]["voice"]["feedback"]] == ["form-before-first"]
    assert feed["d-1"]["voice"]["photos"] == [] and feed["d-1"]["voice"]["confirmations"] == []  # made later
    summary = client.get("/approvals", params={"include": "summary"}, headers=C).json()["items"]
    assert all(i["voice"] is None for i in summary)

    with rt.sessions() as s:
        payloads = {d.dictation_id: json.loads(d.payload) for d in s.scalars(
            select(WebhookDelivery).where(WebhookDelivery.event == "note.approved"))}
    assert payloads["d-2"]["voice"] == voice and payloads["d-1"]["voice"] == feed["d-1"]["voice"]  # one source


@pytest.mark.parametrize("head, expected", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"RIFF\x10\x00\x00\x00WAVEfmt ", None),  # a recording is not a photo
    (b"GIF89a", None),
])
def test_the_image_type_is_read_from_its_bytes(head, expected):
    from store.photos import image_type

    assert image_type(head) == expected


def test_key_rotation_covers_photos(make_app):
    """Photos live in the audio store, so ``casenote rotate-key --new`` re-wraps them (and their captions)."""
    from store.photos import photos_for
    from service.runtime import build_runtime, rotate_council_key

    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    image = drawing_png()
    photo = upload(client, "d-1", image).json()
    result = rotate_council_key(rt.settings, new_key=True)  # a fresh key; the old one dropped from the key file
    assert result.files_changed >= 2  # the recording and the photo
    fresh = build_runtime(rt.settings, pipeline=object())  # knows the new key only
    try:
        assert fresh.store.read_bytes(photo["sha256"]) == image
        with fresh.sessions() as s:
            assert [p.caption for p in photos_for(s, ["d-1"])] == ["My three houses"]
    finally:
        fresh.close()


def test_a_photo_over_the_limit_is_refused_saying_how_to_take_it_again(make_app):
    from store.photos import MAX_PHOTO_BYTES

    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    r = upload(client, "d-1", b"\x89PNG\r\n\x1a\n" + b"\x00" * MAX_PHOTO_BYTES)
    assert r.status_code == 413
    assert r.json() == {"detail": f"The photo is larger than {MAX_PHOTO_BYTES // 1_000_000} MB: take it again at the "
                                  "camera's normal size (not RAW) and send it again."}
    assert client.get("/dictations/d-1/photos", headers=P).json()["items"] == []
