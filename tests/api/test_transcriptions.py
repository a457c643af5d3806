"""The OpenAI-compatible /v1 routes, driven by the official ``openai`` client against a real server (uvicorn on
a loopback port): every response format, word timestamps, streaming, the models list, errors in OpenAI's shape,
roles, and nothing left behind (embedded: no file, no row, no text in the database; production: no job, result
or transcript in Redis)."""

from __future__ import annotations

import re
import socket
import threading
import time

import openai
import pytest
import uvicorn

from tests.conftest import DATA, make_settings

PRACTITIONER, QA = "tok-practitioner", "tok-qa"


def _serve(app):
    """``app`` served by uvicorn on a free loopback port, in a thread; yields the /v1 base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory, service_pipeline):
    """``casenote serve`` as configured with tokens: the embedded API (SQLite, in-process worker) on tiny.en."""
    from api.main import create_app
    from worker.runtime import build_runtime

    settings = make_settings(tmp_path_factory.mktemp("v1") / "data", max_upload_bytes=400_000,
                             api_tokens=f"{PRACTITIONER}=practitioner,{QA}=qa")
    rt = build_runtime(settings, pipeline=service_pipeline)
    for base_url in _serve(create_app(settings, runtime=rt)):
        yield base_url, rt
    rt.close()


def _client(base_url: str, token: str = PRACTITIONER) -> openai.OpenAI:
    return openai.OpenAI(base_url=base_url, api_key=token, max_retries=0, timeout=120)


def _transcribe(client: openai.OpenAI, name: str = "hello.wav", **kwargs):
    with open(DATA / name, "rb") as f:
        return client.audio.transcriptions.create(model=kwargs.pop("model", "whisper-1"), file=f, **kwargs)


def _cue_times(text: str, decimal: str) -> list[tuple[float, float]]:
    stamp = rf"(\d\d):(\d\d):(\d\d){re.escape(decimal)}(\d\d\d)"
    found = re.findall(rf"^{stamp} --> {stamp}$", text, flags=re.M)
    seconds = [int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000 for h, m, s, ms in
               [c[i:i + 4] for c in found for i in (0, 4)]]
    return list(zip(seconds[::2], seconds[1::2]))


# -- response formats ----------------------------------------------------------------------------
def test_json(embedded):
    result = _transcribe(_client(embedded[0]))
    assert "school" in result.text.lower()
    assert result.usage.type == "duration" and result.usage.seconds > 4


def test_text(embedded):
    result = _transcribe(_client(embedded[0]), response_format="text")
    assert isinstance(result, str) and "children" in result.lower() and result.endswith("\n")


def test_srt(embedded):
    result = _transcribe(_client(embedded[0]), response_format="srt")
    assert result.startswith("1\n"), result
    times = _cue_times(result, ",")
    assert times and all(0 <= a < b <= 5.0 for a, b in times), result
    assert "school" in result.lower() and "WEBVTT" not in result


def test_vtt(embedded):
    result = _transcribe(_client(embedded[0]), response_format="vtt")
    assert result.startswith("WEBVTT\n\n"), result
    times = _cue_times(result, ".")
    assert times and all(0 <= a < b <= 5.0 for a, b in times), result
    assert "school" in result.lower()


def test_verbose_json_has_segments_and_no_words_unless_asked(embedded):
    result = _transcribe(_client(embedded[0]), response_format="verbose_json")
    assert result.language == "english" and 4.5 < result.duration < 5.5
    assert "school" in result.text.lower() and result.words is None
    assert result.segments and " ".join(s.text for s in result.segments) == result.text
    assert all(0 <= s.start < s.end <= result.duration + 0.5 for s in result.segments)


# -- word timestamps --------------------------------------------------------------------------------
def test_word_timestamps(embedded):
    result = _transcribe(_client(embedded[0]), response_format="verbose_json",
                         timestamp_granularities=["word", "segment"])
    words = result.words
    assert words and result.segments
    spoken = [w.word.strip(".,").lower() for w in words]
    assert "school" in spoken and "visited" in spoken, spoken
    assert all(w.word == w.word.strip() and 0 <= w.start <= w.end <= result.duration + 0.5 for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words)
    school = words[spoken.index("school")]
    assert school.start > words[0].end  # the last word said, not the first
    only_words = _transcribe(_client(embedded[0]), response_format="verbose_json", timestamp_granularities=["word"])
    assert only_words.words and only_words.segments is None


# -- streaming --------------------------------------------------------------------------------------
def test_stream_sends_a_delta_per_segment_then_the_whole_text(embedded):
    client = _client(embedded[0])
    events = list(_transcribe(client, "child_voice.m4a", stream=True))
    assert [e.type for e in events[:-1]] == ["transcript.text.delta"] * (len(events) - 1)
    assert events[-1].type == "transcript.text.done"
    deltas = [e.delta for e in events[:-1]]
    assert "".join(deltas) == events[-1].text
    assert "safe" in events[-1].text.lower() and "school" in events[-1].text.lower()
    segments = _transcribe(client, "child_voice.m4a", response_format="verbose_json").segments
    assert len(segments) > 1 and [d.strip() for d in deltas] == [s.text for s in segments]


# -- models -----------------------------------------------------------------------------------------
def test_models_list_names_what_the_model_field_accepts(embedded):
    client = _client(embedded[0])
    models = client.models.list().data
    ids = [m.id for m in models]
    assert "tiny.en" in ids and len(ids) == len(set(ids))
    assert all(m.object == "model" and m.owned_by == "casenote" and m.created > 0 for m in models)
    assert client.models.retrieve("tiny.en").id == "tiny.en"
    result = _transcribe(client, model="tiny.en")
    assert "school" in result.text.lower()


# -- errors, in OpenAI's shape ----------------------------------------------------------------------
def test_unknown_model_is_not_found(embedded):
    with pytest.raises(openai.NotFoundError) as e:
        _transcribe(_client(embedded[0]), model="gpt-4o-transcribe")
    assert e.value.body["code"] == "model_not_found" and e.value.body["param"] == "model"
    assert "tiny.en" in e.value.body["message"] and e.value.body["type"] == "invalid_request_error"
    with pytest.raises(openai.NotFoundError):
        _client(embedded[0]).models.retrieve("large-v9")


def test_not_audio_says_so(embedded):
    with pytest.raises(openai.APIStatusError) as e:
        _transcribe(_client(embedded[0]), "not_audio.pdf")
    assert e.value.status_code == 415 and e.value.body["code"] == "not_audio"
    assert "recording" in e.value.body["message"].lower() or "audio" in e.value.body["message"].lower()


def test_too_large_states_the_limit(embedded):
    with pytest.raises(openai.APIStatusError) as e:
        _client(embedded[0]).audio.transcriptions.create(model="whisper-1", file=("big.wav", b"\0" * 1_000_000))
    assert e.value.status_code == 413 and e.value.body["code"] == "too_large"
    assert "400000 bytes" in e.value.body["message"]


def test_unsupported_format_names_the_parameter(embedded):
    with pytest.raises(openai.UnprocessableEntityError) as e:
        _transcribe(_client(embedded[0]), response_format="docx")
    assert e.value.body["param"] == "response_format" and "srt" in e.value.body["message"]


def test_roles_as_for_the_rest_of_the_api(embedded):
    with pytest.raises(openai.AuthenticationError) as e:
        _client(embedded[0], token="wrong").models.list()
    assert e.value.body["code"] == "invalid_api_key" and e.value.body["message"]
    with pytest.raises(openai.PermissionDeniedError) as e:  # QA sees redacted notes only
        _transcribe(_client(embedded[0], token=QA))
    assert "QA" in e.value.body["message"]


# -- nothing stored ---------------------------------------------------------------------------------
def test_embedded_stores_nothing_but_who_asked(embedded):
    from sqlalchemy import select

    from store.models import AccessLogEntry

    base_url, rt = embedded
    before = _access_count(rt)
    assert "school" in _transcribe(_client(base_url)).text.lower()
    list(_transcribe(_client(base_url), stream=True))
    assert list(rt.store.tmp_dir.iterdir()) == []
    assert not any(p.is_file() for p in rt.store.audio_dir.rglob("*"))
    with rt.sessions() as s:
        entries = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)).all()[before:]
    assert [(e.action, e.role, e.dictation_id) for e in entries] == [("transcription", "practitioner", None)] * 2
    rt.engine.dispose()  # flush SQLite's write-ahead log into the file before reading its bytes
    stored = b"".join(p.read_bytes() for p in rt.settings.data_dir.rglob("*") if p.is_file())
    assert b"school" not in stored.lower() and b"children" not in stored.lower()


def _access_count(rt) -> int:
    from sqlalchemy import func, select

    from store.models import AccessLogEntry

    with rt.sessions() as s:
        return s.scalar(select(func.count(AccessLogEntry.id)))


def test_production_leaves_nothing_in_redis(service):
    """Through an RQ worker (production): the text streams from the worker over pub/sub; afterwards Redis
    holds no clip job, no result and no transcript."""
    for base_url in _serve(service.client.app):
        client = _client(base_url, token="unused")  # no tokens configured: open
        answers = {}

        def ask():
            answers["json"] = _transcribe(client, response_format="verbose_json", timestamp_granularities=["word"])
            answers["stream"] = list(_transcribe(client, "child_voice.m4a", stream=True))

        asking = threading.Thread(target=ask)
        asking.start()
        while asking.is_alive():  # the worker runs here, in the main thread, as `casenote worker` would
            if service.dispatcher.queue.count:
                service.work()
            time.sleep(0.05)
        assert "school" in answers["json"].text.lower() and answers["json"].words
        done = answers["stream"][-1]
        assert done.type == "transcript.text.done" and "safe" in done.text.lower()
        assert "".join(e.delta for e in answers["stream"][:-1]) == done.text
    held = _everything(service.redis)
    assert b"clip-" not in held and b"rq:results" not in held, held
    assert b"school" not in held.lower() and b"safe" not in held.lower()
    assert list(service.rt.store.tmp_dir.iterdir()) == []


def test_production_timeout_leaves_nothing_in_redis(make_service):
    """No worker takes the clip: 504 in OpenAI's shape, and the queued job is taken back out of Redis."""
    service = make_service(clip_wait_s=1.0)
    for base_url in _serve(service.client.app):
        with pytest.raises(openai.APIStatusError) as e:
            _transcribe(_client(base_url, token="unused"))
    assert e.value.status_code == 504 and e.value.body["code"] == "timeout"
    assert "workers" in e.value.body["message"]
    assert service.dispatcher.queue.count == 0
    assert b"clip-" not in _everything(service.redis)
    assert list(service.rt.store.tmp_dir.iterdir()) == []


def _everything(redis) -> bytes:
    """Every key Redis holds and every value in it, as bytes."""
    return b"".join(key + b"=" + _dump(redis, key) for key in redis.keys("*"))


def _dump(redis, key) -> bytes:
    kind = redis.type(key)
    if kind == b"string":
        return redis.get(key) or b""
    if kind == b"hash":
        return b"".join(k + v for k, v in redis.hgetall(key).items())
    if kind == b"list":
        return b"".join(redis.lrange(key, 0, -1))
    if kind in (b"set", b"zset"):
        return b"".join(redis.zrange(key, 0, -1) if kind == b"zset" else redis.smembers(key))
    if kind == b"stream":
        return b"".join(k + v for _, fields in redis.xrange(key) for k, v in fields.items())
    return b""
