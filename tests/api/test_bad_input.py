"""Bad input gets 422, never 500, on SQLite and PostgreSQL: integers out of the database's range, NUL bytes and
other control characters in paths, queries, form fields, case context and JSON bodies; refused before any
audio is written."""

from __future__ import annotations

import json

import pytest

from tests.api.test_review import CONTEXT, add_note
from tests.conftest import DATA

TOKENS = "ta=admin,ts=supervisor,tp=practitioner,tc=cms,tq=qa"
TOO_BIG = ("2147483648", "99999999999999999999", "-1")


@pytest.fixture
def app(make_app):
    """The API over SQLite and over PostgreSQL (tests/api/conftest.py), a token per role, one finished note."""
    client, rt = make_app(api_tokens=TOKENS)
    add_note(rt, "d-1")
    return client, rt


def _as(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _stored(rt) -> list:
    """Every file under the data directory's audio store and temporary folders."""
    return [p for d in (rt.store.audio_dir, rt.store.tmp_dir, rt.store.uploads_dir) for p in d.rglob("*") if p.is_file()]


@pytest.mark.parametrize("path,token", [
    ("/notes?after={n}", "tc"), ("/approvals?after={n}", "tc"), ("/access-log?after={n}", "ts"),
    ("/access-log?note_id={n}", "ts"), ("/webhooks/deliveries/{n}", "ta"), ("/qa/notes/{n}", "tq"),
    ("/qa/audits?note_id={n}", "tq"), ("/legal-holds/{n}", "ta"),
])
def test_integers_out_of_range_are_422(app, path, token):
    client, _rt = app
    method = client.delete if path.startswith("/legal-holds") else client.get
    for number in TOO_BIG:
        r = method(path.format(n=number), headers=_as(token))
        assert r.status_code == 422, (path, number, r.status_code, r.text)


@pytest.mark.parametrize("path", ["/notes?case_ref=CN%00", "/dictations/d%00-1", "/notes/d-1%00", "/access-log?case_ref=a%01b"])
def test_control_characters_in_the_address_are_422(app, path):
    client, _rt = app
    r = client.get(path, headers=_as("ts" if "access" in path else "tc"))
    assert r.status_code == 422 and r.json()["problem"] == "control_characters", r.text


@pytest.mark.parametrize("fields", [
    {"case_ref": "CN\x00-1"}, {"case_ref": "CN\n1"}, {"case_ref": "CN-1", "context": json.dumps({"child": {"name": "Kay\x00"}})},
    {"case_ref": "CN-1", "context": json.dumps({"people": [{"name": "Donna", "role": "mother\x07"}]})},
])
def test_bad_characters_in_an_upload_are_422_before_any_audio_is_written(app, fields):
    client, rt = app
    before = _stored(rt)
    with open(DATA / "hello.wav", "rb") as f:
        r = client.post("/dictations", data=fields, files={"file": ("hello.wav", f)}, headers=_as("tp"))
    assert r.status_code == 422, r.text
    assert _stored(rt) == before


def test_a_file_name_with_a_nul_byte_is_stored_without_it(app):
    from store.models import Dictation

    client, rt = app
    boundary = "casenote-test-boundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="case_ref"\r\n\r\nCN-7\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="hel\x00lo.wav"\r\n'
            "Content-Type: audio/wav\r\n\r\n").encode() + (DATA / "hello.wav").read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    r = client.post("/dictations", content=body,
                    headers={"Content-Type": f"multipart/form-data; boundary={boundary}", **_as("tp")})
    assert r.status_code == 202, r.text
    with rt.sessions() as s:
        assert s.get(Dictation, r.json()["id"]).audio_filename == "hello.wav"


@pytest.mark.parametrize("path,body,token", [
    ("/review/notes/d-1/approve", {"approved_by": "Sam\x00"}, "tp"),
    ("/review/notes/d-1/approve", {"approved_by": "Sam", "comment": "ok\x00"}, "tp"),
    ("/legal-holds", {"case_ref": "CN-1", "reason": "x\x00"}, "ta"),
])
def test_nul_bytes_in_json_bodies_are_422(app, path, body, token):
    client, _rt = app
    r = client.post(path, json=body, headers=_as(token))
    assert r.status_code == 422, r.text


def test_a_case_context_keeps_its_line_breaks(app):
    client, _rt = app
    ctx = {**CONTEXT, "address": "14 Elm Terrace\nGateshead NE8 3QP"}
    with open(DATA / "hello.wav", "rb") as f:
        r = client.post("/dictations", data={"case_ref": CONTEXT["case_ref"], "context": json.dumps(ctx)},
                        files={"file": ("hello.wav", f)}, headers=_as("tp"))
    assert r.status_code == 202, r.text


@pytest.mark.parametrize("path", ["/voice/returns", "/voice/returns.csv"])
def test_a_returns_period_before_the_calendar_can_look_back_is_422(app, path):
    client, _rt = app
    r = client.get(path, params={"start": "0001-01-01", "end": "0001-02-01"}, headers=_as("ts"))
    assert r.status_code == 422 and "too early" in r.json()["detail"], r.text
    assert client.get(path, params={"start": "0002-01-01", "end": "0002-02-01"}, headers=_as("ts")).status_code == 200
