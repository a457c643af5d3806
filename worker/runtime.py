"""What a job needs of the process it runs in, and how a job finds it.

Whoever starts a worker builds the runtime and hands it in: ``casenote worker`` (``service.lifecycle.run_worker``)
passes it to :func:`worker.main.run`, and the API process's embedded thread to
:class:`worker.dispatch.ThreadDispatcher`. ``service.runtime.Runtime`` is one; worker/ names only what it uses
(:class:`WorkerRuntime`, :class:`WorkerSettings`) and imports nothing from service/.

RQ calls a job by its dotted path with JSON arguments, so the job finds the runtime here: the worker that runs it
(:class:`worker.main.CasenoteWorker`) sets it for the job's duration (:func:`running`), in the work horse where RQ
forks one. A job run by a plain ``rq worker`` has none and fails with :class:`NoRuntimeError`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from store.audio_store import AudioStore
from transcribe.errors import CasenoteError


class NoRuntimeError(CasenoteError):
    """A casenote job ran in a process that was not started as a casenote worker."""


class WorkerSettings(Protocol):
    """The settings worker/ reads (``service.settings.Settings`` has them all)."""

    # the queue and the jobs
    queue_name: str
    job_timeout_s: int
    job_retries: int
    job_retry_backoff_s: list[int]
    job_heartbeat_s: float
    job_stale_after_s: float
    reconcile_interval_s: int
    clip_max_seconds: float
    # webhooks (``webhook_url`` is an https URL, or http to the loopback, checked when the settings are read)
    webhook_url: str | None
    webhook_secret: str | None
    webhook_max_attempts: int
    webhook_backoff_s: float
    webhook_timeout_s: float
    webhook_poll_s: float
    # retention (``store.retention.RetentionPolicy.from_settings``)
    retention_days: int | None
    audio_retention_days: int | None
    access_log_retention_days: int | None
    retention_batch_size: int


class WorkerRuntime(Protocol):
    """What a job needs: the settings, database sessions, the encrypted audio store, and the pipeline, loaded once
    per process (``pipeline``) and run one dictation at a time (``run_lock``)."""

    settings: WorkerSettings
    sessions: sessionmaker[Session]
    store: AudioStore
    run_lock: threading.Lock

    @property
    def pipeline(self):  # transcribe.pipeline.Pipeline, loaded on first use
        ...

    def asr_for(self, model: str | None = None) -> tuple:
        """The Whisper model a clip asks for by name (``None``: the pipeline's) and its options."""
        ...


_running: ContextVar[WorkerRuntime | None] = ContextVar("casenote_worker_runtime", default=None)


@contextmanager
def running(rt: WorkerRuntime | None) -> Iterator[WorkerRuntime | None]:
    """Jobs run in this context find ``rt`` with :func:`current`."""
    token = _running.set(rt)
    try:
        yield rt
    finally:
        _running.reset(token)


def current() -> WorkerRuntime:
    """The runtime the worker running this job was handed."""
    rt = _running.get()
    if rt is None:
        raise NoRuntimeError(
            "This casenote job ran without a runtime (no database, audio store or models): a plain `rq worker` "
            "cannot run casenote's jobs. Start workers with `casenote worker`."
        )
    return rt
