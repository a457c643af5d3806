"""Resumable uploads (tus 1.0 core + creation + checksum), including a connection dropped mid-chunk
against a real server on loopback."""

from __future__ import annotations

import base64
import hashlib
import socket
import threading
import time

import pytest
import uvicorn

from tests.conftest import DATA

AUDIO = (DATA / "hello.wav").read_bytes()
TUS = {"Tus-Resumable": "1.0.0"}


def _meta(**kv: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in kv.items())


def _create(client, length=len(AUDIO), **meta):
    meta.setdefault("case_ref", "CN-2025-0147")
    meta.setdefault("sha256", hashlib.sha256(AUDIO).hexdigest())
    return client.post("/uploads", headers={**TUS, "Upload-Length": str(length), "Upload-Metadata": _meta(**meta)})


def _patch(client, url, offset, data, checksum=None):
    headers = {**TUS, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}
    if checksum:
        headers["Upload-Checksum"] = checksum
    return client.patch(url, content=data, headers=headers)


def test_options_advertise_extensions(service):
    r = service.client.options("/uploads")
    assert r.status_code == 204
    assert r.headers["tus-version"] == "1.0.0"
    assert set(r.headers["tus-extension"].split(",")) >= {"creation", "checksum"}
    assert "sha256" in r.headers["tus-checksum-algorithm"] and "sha1" in r.headers["tus-checksum-algorithm"]
    assert int(r.headers["tus-max-size"]) == service.settings.max_upload_bytes


def test_chunked_upload_with_checksums_then_processed(service):
    c = service.client
    r = _create(c)
    assert r.status_code == 201
    url, did = r.headers["location"], r.headers["dictation-id"]
    assert c.get(f"/dictations/{did}").json()["status"] == "uploading"
    chunks = [AUDIO[i : i + 50_000] for i in range(0, len(AUDIO), 50_000)]
    offset = 0
    for chunk in chunks:
        digest = base64.b64encode(hashlib.sha256(chunk).digest()).decode()
        r = _patch(c, url, offset, chunk, f"sha256 {digest}")
        assert r.status_code == 204, r.text
        offset += len(chunk)
        assert int(r.headers["upload-offset"]) == offset
        assert int(c.head(url, headers=TUS).headers["upload-offset"]) == offset
    assert c.get(f"/dictations/{did}").json()["status"] == "queued"
    service.work()
    assert c.get(f"/dictations/{did}").json()["status"] == "done"
    assert service.note_count(did) == 1


def test_bad_chunk_checksum_is_discarded(service):
    c = service.client
    url = _create(c).headers["location"]
    bad = base64.b64encode(hashlib.sha1(b"something else").digest()).decode()
    r = _patch(c, url, 0, AUDIO[:1000], f"sha1 {bad}")
    assert r.status_code == 460
    assert c.head(url, headers=TUS).headers["upload-offset"] == "0"


def test_wrong_offset_and_protocol_errors(service):
    c = service.client
    url = _create(c).headers["location"]
    assert _patch(c, url, 0, AUDIO[:100]).status_code == 204
    r = _patch(c, url, 0, AUDIO[:100])
    assert r.status_code == 409 and r.headers["upload-offset"] == "100"
    assert c.post("/uploads", headers={"Upload-Length": "10"}).status_code == 412  # no Tus-Resumable
    r = c.patch(url, content=b"x", headers={**TUS, "Upload-Offset": "100", "Content-Type": "audio/wav"})
    assert r.status_code == 415
    assert c.head("/uploads/nope", headers=TUS).status_code == 404


def test_creation_checks_limits_and_fields(make_service):
    service = make_service(max_upload_bytes=100_000)
    r = _create(service.client, length=200_000)
    assert r.status_code == 413 and r.json()["limit_bytes"] == 100_000
    r = _create(service.client, length=1000, context='{"child": {"dob": "soon"}}')
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "context.child.dob"


def test_creation_is_idempotent(service):
    a = _create(service.client, dictation_id="phone-1234")
    b = _create(service.client, dictation_id="phone-1234")
    assert a.status_code == b.status_code == 201
    assert a.headers["location"] == b.headers["location"]
    assert a.headers["dictation-id"] == "phone-1234"


def test_whole_file_checksum_mismatch_restarts(service):
    c = service.client
    url = _create(c, sha256=hashlib.sha256(b"other").hexdigest()).headers["location"]
    r = _patch(c, url, 0, AUDIO)
    assert r.status_code == 422 and r.json()["problem"] == "checksum_mismatch"
    assert c.head(url, headers=TUS).headers["upload-offset"] == "0"


def test_bad_audio_reported_on_last_chunk(service):
    data = (DATA / "not_audio.pdf").read_bytes()
    c = service.client
    r = c.post("/uploads", headers={**TUS, "Upload-Length": str(len(data)), "Upload-Metadata": _meta(case_ref="CN-1")})
    url, did = r.headers["location"], r.headers["dictation-id"]
    r = _patch(c, url, 0, data)
    assert r.status_code == 415
    st = c.get(f"/dictations/{did}").json()
    assert st["status"] == "failed" and "not a recording" in st["error"]


@pytest.fixture
def live_server(service):
    """The same app served by uvicorn on 127.0.0.1, so a real TCP connection can be cut mid-body."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(service.client.app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", port
    server.should_exit = True
    t.join(5)


def test_resumed_after_connection_dropped_mid_chunk(service, live_server):
    import httpx

    base, port = live_server
    with httpx.Client(base_url=base) as c:
        r = _create(c)
        url, did = r.headers["location"], r.headers["dictation-id"]
        # a phone loses signal 60 kB into sending the whole file
        sent = 60_000
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(
            (
                f"PATCH {url} HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
                f"Content-Type: application/offset+octet-stream\r\nContent-Length: {len(AUDIO)}\r\n\r\n"
            ).encode()
            + AUDIO[:sent]
        )
        time.sleep(0.5)
        s.close()
        deadline = time.time() + 10
        while time.time() < deadline:
            offset = int(c.head(url, headers=TUS).headers["upload-offset"])
            if offset == sent:
                break
            time.sleep(0.1)
        assert offset == sent  # the bytes that arrived were kept
        # resume from where the server says
        r = _patch(c, url, offset, AUDIO[offset:])
        assert r.status_code == 204, r.text
        assert c.get(f"/dictations/{did}").json()["status"] == "queued"
    service.work()
    assert service.status(did)["status"] == "done"
    assert service.rt.store.read_bytes(hashlib.sha256(AUDIO).hexdigest()) == AUDIO
