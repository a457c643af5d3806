"""The reconciler at start: in embedded mode a dictation interrupted mid-run (by a crash or a stop) is resumed
as soon as the service starts again, not after the stale timeout; with RQ workers elsewhere it waits for it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from store import dictations as dictation_store
from store.models import DictationStatus
from tests.api.test_embedded import _wait_done
from tests.conftest import DATA, make_settings


def _interrupted(rt, dictation_id: str) -> None:
    """A dictation a worker had started (status transcribing, heartbeat just now) when the process died."""
    sha, _ = rt.store.put_bytes((DATA / "hello.wav").read_bytes())
    dictation_store.create_dictation(rt.sessions, id=dictation_id, case_ref="CN-5", context_json=None, audio_sha256=sha,
                                     audio_bytes=1, idempotency_key=None)
    assert dictation_store.start_processing(rt.sessions, dictation_id, "the worker that died").status == "transcribing"


def test_embedded_resumes_an_interrupted_dictation_at_start(tmp_path, service_pipeline):
    from api.main import create_app
    from worker.runtime import build_runtime

    settings = make_settings(tmp_path / "data", job_stale_after_s=3600)  # the stale timeout would be an hour
    rt = build_runtime(settings, pipeline=service_pipeline)
    _interrupted(rt, "interrupted-1")
    with TestClient(create_app(settings, runtime=rt)) as client:
        st = _wait_done(client, "interrupted-1", timeout=60)
    assert st["status"] == "done" and st["attempts"] == 2
    rt.close()


def test_with_rq_workers_a_running_dictation_is_left_to_its_worker_until_stale(make_service):
    from worker.reconciler import reconcile

    service = make_service(job_stale_after_s=3600)
    _interrupted(service.rt, "running-1")
    report = reconcile(service.rt, service.dispatcher, at_start=True)
    assert report.recovered == [] and service.status("running-1")["status"] == DictationStatus.transcribing.value
