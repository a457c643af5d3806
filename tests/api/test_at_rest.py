"""Encryption at rest, end to end: after real dictations (one plain upload, one resumable) go through the
service, nothing under the data directory or in the database holds a name from the case context or a readable
audio header, files are 0600 in 0700 directories, and every read still works (SQLite and PostgreSQL)."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from tests.conftest import DATA, make_settings

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CONTEXT = json.loads((SAMPLES / "visit-context.json").read_text())
AUDIO_MAGIC = (b"RIFF", b"OggS", b"fLaC", b"ID3", b"\x1aE\xdf\xa3", b"#!AMR")
WEBHOOK = dict(webhook_url="http://127.0.0.1:9/hook", webhook_secret="s" * 32)  # refused: the payload stays queued


def _names() -> list[str]:
    """Every name, school and address in the sample's case context, whole; and people's names of 7 letters or
    more alone (shorter words turn up by chance in ciphertext; 'Primary' is in SQLite's own schema)."""
    people = [CONTEXT["child"]["name"], CONTEXT["worker"]] + [p["name"] for p in CONTEXT["people"]]
    words = {w for name in people for w in name.split() if len(w) >= 7}
    return sorted({*people, CONTEXT["address"], CONTEXT["school"]} | words)


NAMES = _names()


def _leaks(blob: bytes) -> list[str]:
    low = blob.lower()
    return [n for n in NAMES if n.encode() in blob or n.lower().encode() in low]


def _is_audio(head: bytes) -> bool:
    return head.startswith(AUDIO_MAGIC) or head[4:8] == b"ftyp"


def _upload(client, path: Path, filename: str) -> str:
    with open(path, "rb") as f:
        r = client.post("/dictations", data={"case_ref": CONTEXT["case_ref"], "context": json.dumps(CONTEXT)},
                        files={"file": (filename, f)})
    assert r.status_code == 202, r.text
    return r.json()["id"]


def _tus_upload(client, path: Path, data_dir: Path) -> str:
    audio = path.read_bytes()
    meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in
                    {"case_ref": CONTEXT["case_ref"], "context": json.dumps(CONTEXT),
                     "filename": "Kayleigh Robson school.m4a"}.items())
    tus = {"Tus-Resumable": "1.0.0"}
    r = client.post("/uploads", headers={**tus, "Upload-Length": str(len(audio)), "Upload-Metadata": meta})
    assert r.status_code == 201, r.text
    url, did = r.headers["location"], r.headers["dictation-id"]
    patch = {**tus, "Content-Type": "application/offset+octet-stream"}
    half = len(audio) // 2
    assert client.patch(url, content=audio[:half], headers={**patch, "Upload-Offset": "0"}).status_code == 204
    (part,) = (data_dir / "uploads").iterdir()  # a partial upload: under the data directory, owner-only
    assert stat.S_IMODE(part.stat().st_mode) == 0o600
    r = client.patch(url, content=audio[half:], headers={**patch, "Upload-Offset": str(half)})
    assert r.status_code == 204, r.text
    return did


def _comment_on(client, did: str) -> None:
    """Free text people write about the case: an approval comment and the child's own feedback comment."""
    child = CONTEXT["child"]["name"]
    r = client.post(f"/review/notes/{did}/approve", json={"approved_by": "A Worker", "comment": f"{child} seen alone"})
    assert r.status_code == 201, r.text
    r = client.post("/voice/feedback", json={"client_id": f"fb-{did}", "case_ref": CONTEXT["case_ref"],
                                             "respondent": "child", "answers": {"q1": 5},
                                             "comment": f"I am {child} and I like my nan"})
    assert r.status_code == 201, r.text
    assert child in client.get("/voice/feedback", params={"case_ref": CONTEXT["case_ref"]}).text


def _check_at_rest(client, rt, dids: list[str], originals: list[Path], database_rows: list[bytes]) -> None:
    data_dir = rt.settings.data_dir
    # reads still work: the decrypted note, context and audio
    for did, original in zip(dids, originals):
        note = client.get(f"/notes/{did}")
        assert note.status_code == 200 and note.json()["transcript"]["text"], note.text
        assert client.get(f"/notes/{did}/text").status_code == 200
        audio = client.get(f"/review/notes/{did}/audio")
        assert audio.status_code == 200 and audio.content == original.read_bytes()
        part = client.get(f"/review/notes/{did}/audio", headers={"Range": "bytes=4-11"})
        assert part.status_code == 206 and part.content == original.read_bytes()[4:12]
    with rt.sessions() as s:
        from store import dictations as dictation_store

        d = dictation_store.get_dictation(s, dids[0])
        assert _leaks(d.context_json.encode()) and "Kayleigh" in d.audio_filename  # there were names to hide

    # the data directory: owner-only, no names, no audio anyone could play
    files = 0
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o700, f"{path} is {oct(mode)}"
            continue
        files += 1
        assert mode == 0o600, f"{path} is {oct(mode)}"
        blob = path.read_bytes()
        assert not _leaks(blob), f"{path} holds {_leaks(blob)} in plain text"
        assert not _is_audio(blob[:16]), f"{path} is readable audio"
    assert files >= 3  # the key and two recordings at least

    # the database, value by value
    assert database_rows
    for value in database_rows:
        assert not _leaks(value), f"a database value holds {_leaks(value)} in plain text: {value[:200]!r}"
        assert not _is_audio(value[:16])


def _rows(engine) -> list[bytes]:
    """Every value of every row of every table, as stored."""
    values = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            cols = [c["name"] for c in inspect(conn).get_columns(table)]
            for r in conn.execute(text(f"SELECT {', '.join(cols)} FROM {table}")):
                values += [v if isinstance(v, bytes) else str(v).encode() for v in r if v is not None]
    return values


def _wait_done(client, did, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        st = client.get(f"/dictations/{did}").json()
        if st["status"] in ("done", "failed"):
            assert st["status"] == "done", st
            return
        time.sleep(0.3)
    raise AssertionError(f"dictation {did} not finished")


@pytest.mark.slow
def test_embedded_sqlite_holds_no_name_or_audio_in_clear(tmp_path, service_pipeline):
    from api.main import create_app
    from worker.runtime import build_runtime

    settings = make_settings(tmp_path / "data", **WEBHOOK)
    rt = build_runtime(settings, pipeline=service_pipeline)
    sample = SAMPLES / "visit-dictation.m4a"
    with TestClient(create_app(settings, runtime=rt)) as client:
        dids = [_upload(client, sample, "Kayleigh Robson visit.m4a"), _tus_upload(client, DATA / "child_voice.m4a", settings.data_dir)]
        for did in dids:
            _wait_done(client, did)
        _comment_on(client, dids[0])
        _check_at_rest(client, rt, dids, [sample, DATA / "child_voice.m4a"], _rows(rt.engine))
    rt.close()


@pytest.mark.slow
def test_postgresql_holds_no_name_or_audio_in_clear(make_service):
    service = make_service(**WEBHOOK)
    data_dir = service.settings.data_dir
    dids = [_upload(service.client, DATA / "child_voice.m4a", "Kayleigh Robson visit.m4a"),
            _tus_upload(service.client, DATA / "hello.m4a", data_dir)]
    service.work()
    assert [service.status(d)["status"] for d in dids] == ["done", "done"]
    _comment_on(service.client, dids[0])
    _check_at_rest(service.client, service.rt, dids, [DATA / "child_voice.m4a", DATA / "hello.m4a"], _rows(service.rt.engine))


def test_rotate_key_rewraps_everything_and_old_key_no_longer_reads(tmp_path, service_pipeline):
    from worker.runtime import build_runtime, rotate_council_key

    settings = make_settings(tmp_path / "data")
    rt = build_runtime(settings, pipeline=service_pipeline)
    sha, path = rt.store.put_bytes((DATA / "hello.wav").read_bytes())

    from store import dictations as dictation_store
    dictation_store.create_dictation(rt.sessions, id="d", case_ref="CN-1", context_json=json.dumps(CONTEXT), audio_sha256=sha,
                                     audio_bytes=1, idempotency_key=None)
    old_key = (settings.data_dir / "keys" / "council.key").read_text()
    rt.close()
    result = rotate_council_key(settings, new_key=True)
    assert (result.files_changed, result.values_changed) == (1, 1)
    new_key = (settings.data_dir / "keys" / "council.key").read_text()
    assert new_key != old_key and len(new_key.split()) == 1  # the old key is gone from the file
    rt = build_runtime(settings)
    assert rt.store.read_bytes(sha) == (DATA / "hello.wav").read_bytes()
    with rt.sessions() as s:
        assert dictation_store.get_dictation(s, "d").context_json == json.dumps(CONTEXT)
    rt.close()
    from store.crypto import parse_keys
    from store.errors import CouncilKeyError

    with pytest.raises(CouncilKeyError, match="not among the keys"):
        parse_keys(old_key, "old").open_file(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() != sha
