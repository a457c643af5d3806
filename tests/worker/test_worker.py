"""The worker and the reconciler against the real Redis and PostgreSQL: nothing accepted is lost,
nothing is done twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest
from rq.registry import FailedJobRegistry, ScheduledJobRegistry
from rq.serializers import JSONSerializer

from store import dictations as dictation_store
from store import notes as note_store
from tests.conftest import DATA, REDIS_URL
from worker.dispatch import RQDispatcher, job_id_for
from worker.jobs import run_dictation
from worker.reconciler import reconcile


def _long_wav(path: Path, repeats: int = 8) -> Path:
    """~40 s of speech: hello.wav said over and over."""
    with wave.open(str(DATA / "hello.wav"), "rb") as src:
        params, frames = src.getparams(), src.readframes(src.getnframes())
    with wave.open(str(path), "wb") as out:
        out.setparams(params)
        out.writeframes(frames * repeats)
    return path


def _db_status(service, did):
    with service.rt.sessions() as s:
        return dictation_store.get_dictation(s, did).status


def test_enqueue_is_unique_per_dictation(service):
    did = service.upload("hello.wav").json()["id"]
    assert service.dispatcher.enqueue(did) is False  # already waiting
    assert service.dispatcher.queue.count == 1
    assert service.dispatcher.queue.job_ids == [job_id_for(did)]
    report = reconcile(service.rt, service.dispatcher)
    assert report.total == 0 and service.dispatcher.queue.count == 1


@pytest.mark.slow
def test_redis_flushed_mid_queue_reconciler_restores(service):
    ids = [service.upload(n).json()["id"] for n in ("hello.wav", "hello.m4a")]
    assert service.dispatcher.queue.count == 2
    service.redis.flushdb()  # Redis restarted without persistence
    assert service.dispatcher.queue.count == 0
    report = reconcile(service.rt, service.dispatcher)
    assert sorted(report.enqueued) == sorted(ids)
    service.work()
    for did in ids:
        assert service.status(did)["status"] == "done"
        assert service.note_count(did) == 1
    assert reconcile(service.rt, service.dispatcher).total == 0


def test_upload_accepted_while_redis_is_down(service):
    from redis import Redis

    dead = RQDispatcher(Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2), service.settings)
    service.client.app.state.dispatcher = dead
    r = service.upload("hello.wav")
    assert r.status_code == 202  # the row and the audio are safe; the queue is repaired later
    did = r.json()["id"]
    assert service.dispatcher.queue.count == 0
    assert reconcile(service.rt, service.dispatcher).enqueued == [did]
    service.work()
    assert service.status(did)["status"] == "done"


@pytest.mark.slow
def test_worker_killed_mid_job_note_appears_once(service, tmp_path):
    did = service.upload(str(_long_wav(tmp_path / "long.wav"))).json()["id"]
    env = {
        **os.environ,
        "CASENOTE_REDIS_URL": REDIS_URL,
        "CASENOTE_DATABASE_URL": service.settings.database_url,
        "CASENOTE_DATA_DIR": str(service.settings.data_dir),
        "CASENOTE_MODEL": "tiny.en",
        "CASENOTE_BEAM_SIZE": "1",
        "CASENOTE_CPU_THREADS": "2",
        "CASENOTE_DEVICE": "cpu",
        "CASENOTE_JOB_HEARTBEAT_S": "0.5",
        "CASENOTE_JOB_STALE_AFTER_S": "3",
        "HF_HUB_OFFLINE": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "worker", "--burst"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.time() + 180
        while time.time() < deadline and _db_status(service, did) != "transcribing":
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            time.sleep(0.05)
        assert _db_status(service, did) == "transcribing"
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGKILL)  # the machine dies mid-transcription
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert service.note_count(did) == 0
    assert _db_status(service, did) == "transcribing"  # it looks alive until its heartbeat goes stale

    assert reconcile(service.rt, service.dispatcher).total == 0  # heartbeat still fresh: leave it
    time.sleep(service.settings.job_stale_after_s + 0.5)
    report = reconcile(service.rt, service.dispatcher)
    assert report.recovered == [did]
    service.work()  # a new worker picks it up
    st = service.status(did)
    assert st["status"] == "done" and st["attempts"] == 2
    assert service.note_count(did) == 1

    # a late finisher (the "dead" worker coming back) writes no second note
    assert run_dictation(service.rt, did)["skipped"] is True
    assert service.note_count(did) == 1
    assert reconcile(service.rt, service.dispatcher).total == 0


def test_failure_lands_in_failed_registry_and_status(service):
    r = service.upload("hello.wav")
    did, sha = r.json()["id"], r.json()["sha256"]
    audio = service.rt.store.path_for(sha)
    saved = audio.read_bytes()
    audio.unlink()  # shared storage lost the file
    service.work()
    failed = FailedJobRegistry(service.settings.queue_name, connection=service.redis, serializer=JSONSerializer)
    assert job_id_for(did) in failed.get_job_ids()
    st = service.status(did)
    assert st["status"] == "failed" and "missing" in st["error"]
    assert service.client.get(f"/notes/{did}").status_code == 409
    # nothing is dropped: put the file back and retry
    audio.parent.mkdir(parents=True, exist_ok=True)
    audio.write_bytes(saved)
    assert service.client.post(f"/dictations/{did}/retry").status_code == 202
    service.work()
    assert service.status(did)["status"] == "done"
    assert service.client.post(f"/dictations/{did}/retry").status_code == 409
    assert service.client.post("/dictations/nope/retry").status_code == 404


class _Flaky:
    """The real pipeline, failing its first call the way a transient fault would."""

    def __init__(self, real):
        self.real, self.calls = real, 0
        self.asr, self.options = real.asr, real.options

    def process(self, *a, **kw):
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("CUDA out of memory (simulated)")
        return self.real.process(*a, **kw)


def test_transient_failure_retried_with_backoff(service, service_pipeline):
    flaky = _Flaky(service_pipeline)
    service.rt._pipeline = flaky
    try:
        did = service.upload("hello.wav").json()["id"]
        service.work()
        st = service.status(did)
        assert st["status"] == "queued" and "will be retried" in st["error"]
        scheduled = ScheduledJobRegistry(service.settings.queue_name, connection=service.redis, serializer=JSONSerializer)
        assert job_id_for(did) in scheduled.get_job_ids()
        time.sleep(service.settings.job_retry_backoff_s[0] + 0.2)
        from worker.main import make_worker

        make_worker(service.rt, service.redis).work(burst=True, with_scheduler=True, logging_level="WARNING")
        assert service.status(did)["status"] == "done" and flaky.calls == 2
    finally:
        service.rt._pipeline = service_pipeline


def test_models_load_once_per_worker_process(service, service_pipeline, monkeypatch):
    from transcribe.pipeline import Pipeline

    loads = []
    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, opts=None: loads.append(1) or service_pipeline))
    service.rt._pipeline = None
    ids = [service.upload(n).json()["id"] for n in ("hello.wav", "hello.ogg")]
    service.work()
    assert all(service.status(i)["status"] == "done" for i in ids)
    assert loads == [1]


def test_worker_needs_redis(tmp_path):
    from service.lifecycle import run_worker
    from service.runtime import ConfigurationError
    from tests.conftest import make_settings

    with pytest.raises(ConfigurationError, match="REDIS_URL"):
        run_worker(make_settings(tmp_path), burst=True)


def test_retention_purges_only_finished_and_old(make_service):
    from datetime import timedelta

    from store.models import Dictation, utcnow
    from worker.reconciler import purge_expired

    service = make_service(retention_days=30)
    old = service.upload("hello.wav").json()
    kept_queued = service.upload("hello.m4a").json()
    service.dispatcher.queue.empty()
    note_store.save_note(service.rt.sessions, old["id"], {}, "")
    with service.rt.sessions() as s:
        for did in (old["id"], kept_queued["id"]):
            d = s.get(Dictation, did)
            d.finished_at = d.created_at = utcnow() - timedelta(days=31)
        s.commit()
    assert purge_expired(service.rt).deleted["audio_files"] == 1
    assert not service.rt.store.path_for(old["sha256"]).exists()
    assert service.client.get(f"/dictations/{old['id']}").status_code == 404
    # an unfinished dictation is never purged, however old
    assert service.rt.store.path_for(kept_queued["sha256"]).exists()
    assert service.status(kept_queued["id"])["status"] == "queued"


def test_job_timeout_fails_with_readable_reason(make_service, tmp_path):
    service = make_service(job_timeout_s=1, job_retries=0)
    did = service.upload(str(_long_wav(tmp_path / "long.wav", repeats=60))).json()["id"]
    service.work()
    st = service.status(did)
    assert st["status"] == "failed" and "CASENOTE_JOB_TIMEOUT_S" in st["error"]
    failed = FailedJobRegistry(service.settings.queue_name, connection=service.redis, serializer=JSONSerializer)
    assert job_id_for(did) in failed.get_job_ids()
    assert service.note_count(did) == 0


def test_job_stops_itself_past_the_timeout_between_progress_steps():
    """The cooperative check does not depend on RQ's alarm, which Python can swallow in a GC callback."""
    import time

    from worker.jobs import JobTimeoutError, _Progress, _reason

    progress = _Progress(None, "d1", timeout_s=0.01)
    time.sleep(0.02)
    with pytest.raises(JobTimeoutError) as err:
        progress("transcribing", 0.5)
    assert "CASENOTE_JOB_TIMEOUT_S" in _reason(err.value, final=True)
