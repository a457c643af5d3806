"""Jobs run on the runtime their worker was handed (worker.runtime): in a SimpleWorker's own process and in the
work horse a forking RQ worker runs them in; a plain ``rq worker`` has none, and its jobs fail saying how to start
workers. service/'s Runtime and Settings are what worker.runtime's protocols name."""

from __future__ import annotations

import dataclasses

import pytest
from rq import Queue, SimpleWorker, Worker
from rq.job import Job
from rq.serializers import JSONSerializer

from store import dictations as dictation_store
from tests.conftest import make_settings
from worker.dispatch import PROCESS_JOB
from worker.main import WithRuntime
from worker.runtime import NoRuntimeError, WorkerRuntime, WorkerSettings, current


class ForkingWorker(WithRuntime, Worker):
    """RQ's default worker (a work horse forked per job) with casenote's runtime."""


@pytest.fixture
def rt(tmp_path):
    from service.runtime import build_runtime

    rt = build_runtime(make_settings(tmp_path / "data"))  # SQLite; no models: the job below never reaches them
    dictation_store.create_dictation(rt.sessions, id="d-1", case_ref="CN-1", context_json=None, audio_sha256="a" * 64,
                                     audio_bytes=10, idempotency_key=None)  # its audio is not in the store
    yield rt
    rt.close()


def _run_one(worker_class, rt, redis_conn, **kwargs) -> Job:
    queue = Queue(rt.settings.queue_name, connection=redis_conn, serializer=JSONSerializer)
    job = queue.enqueue(PROCESS_JOB, "d-1")
    rt.engine.dispose()  # a forked horse opens its own database connections
    worker_class([queue], connection=redis_conn, serializer=JSONSerializer, **kwargs).work(burst=True)
    job.refresh()
    return job


def _dictation(rt):
    with rt.sessions() as s:
        return dictation_store.get_dictation(s, "d-1")


def test_a_forked_work_horse_runs_the_job_on_the_runtime_it_was_handed(rt, redis_conn):
    job = _run_one(ForkingWorker, rt, redis_conn, runtime=rt)
    assert job.is_failed and "FileNotFoundError" in job.latest_result().exc_string
    d = _dictation(rt)  # the horse claimed the dictation and recorded the failure through the runtime's database
    assert d.status == "failed" and f"audio {'a' * 64} is missing" in d.error


def test_a_job_under_a_plain_rq_worker_fails_saying_to_start_casenote_worker(rt, redis_conn):
    job = _run_one(SimpleWorker, rt, redis_conn)
    text = job.latest_result().exc_string
    assert job.is_failed and "NoRuntimeError" in text and "Start workers with `casenote worker`" in text
    assert _dictation(rt).status == "queued"  # untouched: the reconciler hands it to a real worker


def test_no_runtime_outside_a_job():
    with pytest.raises(NoRuntimeError, match="casenote worker"):
        current()


def test_service_runtime_is_what_worker_names(tmp_path):
    from service.runtime import Runtime
    from service.settings import Settings

    settings = make_settings(tmp_path)
    assert isinstance(settings, Settings)
    missing = [name for name in WorkerSettings.__annotations__ if not hasattr(settings, name)]
    assert not missing, f"worker.runtime.WorkerSettings names settings service.settings.Settings lacks: {missing}"
    has = {f.name for f in dataclasses.fields(Runtime)} | set(dir(Runtime))
    needed = set(WorkerRuntime.__annotations__) | {"pipeline", "asr_for"}
    assert needed <= has, f"service.runtime.Runtime lacks {sorted(needed - has)}"
