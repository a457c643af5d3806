"""The embedded default: SQLite, local files and an in-process worker thread; no Redis.
Also the OpenAI-compatible transcription endpoint."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from tests.conftest import DATA, make_settings


@pytest.fixture
def embedded(tmp_path, service_pipeline):
    from api.main import create_app
    from worker.runtime import build_runtime

    settings = make_settings(tmp_path / "data")  # no database_url, no redis_url
    assert settings.redis_url is None and settings.effective_database_url.startswith("sqlite:///")
    rt = build_runtime(settings, pipeline=service_pipeline)
    with TestClient(create_app(settings, runtime=rt)) as client:
        yield client, rt
    rt.close()


def _wait_done(client, did, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        st = client.get(f"/dictations/{did}").json()
        if st["status"] in ("done", "failed"):
            return st
        time.sleep(0.2)
    raise AssertionError(f"dictation {did} not finished: {st}")


@pytest.mark.slow
def test_embedded_upload_to_note_without_redis(embedded):
    client, rt = embedded
    with open(DATA / "hello.m4a", "rb") as f:
        r = client.post("/dictations", data={"case_ref": "CN-9"}, files={"file": ("hello.m4a", f)})
    assert r.status_code == 202
    st = _wait_done(client, r.json()["id"])
    assert st["status"] == "done", st
    assert "school" in client.get(f"/notes/{st['id']}").json()["transcript"]["text"].lower()
    assert client.get("/health").json()["queue"]["mode"] == "embedded"
    assert (rt.settings.data_dir / "casenote.db").exists()


@pytest.mark.parametrize("fmt", ["json", "text", "verbose_json"])
def test_openai_compatible_transcription(embedded, fmt):
    client, _ = embedded
    with open(DATA / "hello.wav", "rb") as f:
        r = client.post(
            "/v1/audio/transcriptions",
            data={"model": "whisper-1", "response_format": fmt},
            files={"file": ("hello.wav", f, "audio/wav")},
        )
    assert r.status_code == 200, r.text
    if fmt == "text":
        assert r.headers["content-type"].startswith("text/plain") and "school" in r.text.lower()
    else:
        body = r.json()
        assert "school" in body["text"].lower()
        if fmt == "verbose_json":
            assert body["task"] == "transcribe" and body["duration"] > 4
            assert body["segments"] and {"start", "end", "text", "avg_logprob", "no_speech_prob"} <= set(body["segments"][0])


@pytest.mark.parametrize(
    "name, fields, code",
    [
        ("not_audio.pdf", {}, 415),
        ("truncated.m4a", {}, 422),
        ("hello.wav", {"response_format": "srt-ish"}, 422),
    ],
)
def test_openai_compatible_errors(embedded, name, fields, code):
    client, _ = embedded
    with open(DATA / name, "rb") as f:
        r = client.post("/v1/audio/transcriptions", data={"model": "whisper-1", **fields}, files={"file": (name, f)})
    assert r.status_code == code


def test_embedded_reconciles_at_start(tmp_path, service_pipeline):
    """A dictation accepted before a crash (row committed, never processed) is done after restart."""
    from api.main import create_app
    from store import dictations as dictation_store
    from worker.runtime import build_runtime

    settings = make_settings(tmp_path / "data")
    rt = build_runtime(settings, pipeline=service_pipeline)
    sha, _ = rt.store.put_bytes((DATA / "hello.wav").read_bytes())
    dictation_store.create_dictation(rt.sessions, id="crashed-1", case_ref="CN-5", context_json=None, audio_sha256=sha,
                                     audio_bytes=1, idempotency_key=None)
    with TestClient(create_app(settings, runtime=rt)) as client:
        assert _wait_done(client, "crashed-1")["status"] == "done"
    rt.close()


def test_openai_compatible_transcription_through_rq_worker(service):
    """In production the API holds no models: the clip goes to an RQ worker and the API waits for it."""
    import threading

    result = {}

    def call():
        with open(DATA / "hello.wav", "rb") as f:
            result["r"] = service.client.post(
                "/v1/audio/transcriptions", data={"model": "whisper-1", "response_format": "text"},
                files={"file": ("hello.wav", f)},
            )

    t = threading.Thread(target=call)
    t.start()
    deadline = time.time() + 30
    while service.dispatcher.queue.count == 0 and time.time() < deadline:
        time.sleep(0.05)
    service.work()
    t.join(60)
    assert result["r"].status_code == 200 and "school" in result["r"].text.lower()
    assert list(service.rt.store.tmp_dir.iterdir()) == []  # the clip is not kept
