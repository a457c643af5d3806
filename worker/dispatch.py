"""Getting dictations to a worker: RQ on Redis (production) or a thread in this process (embedded).

Both dispatchers are idempotent: :meth:`enqueue` on a dictation that is already waiting or running
does nothing, and the RQ job id is derived from the dictation id so Redis holds at most one job per
dictation. The database stays the source of truth; :mod:`worker.reconciler` calls these to repair
whatever Redis lost.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer

from .runtime import Runtime

log = logging.getLogger(__name__)

PROCESS_JOB = "worker.jobs.process_dictation"
CLIP_JOB = "worker.jobs.transcribe_clip"
_WAITING = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED}


def job_id_for(dictation_id: str) -> str:
    return f"dictation-{dictation_id}"


class ClipTimeout(Exception):
    """No worker finished the clip in time."""


class RQDispatcher:
    """Enqueues onto an RQ queue. Pass the Redis connection in; nothing here is global."""

    def __init__(self, connection: Redis, settings):
        self.connection = connection
        self.settings = settings
        self.queue = Queue(settings.queue_name, connection=connection, serializer=JSONSerializer)

    def job_status(self, dictation_id: str) -> JobStatus | None:
        try:
            job = Job.fetch(job_id_for(dictation_id), connection=self.connection, serializer=JSONSerializer)
        except NoSuchJobError:
            return None
        return job.get_status(refresh=False)

    def is_pending(self, dictation_id: str) -> bool:
        return self.job_status(dictation_id) in _WAITING

    def enqueue(self, dictation_id: str, *, force: bool = False) -> bool:
        """Queue the dictation unless a live job for it exists. ``force`` replaces a job presumed dead.
        Returns True when a job was queued."""
        lock_key = f"casenote:enqueue-lock:{dictation_id}"
        if not self.connection.set(lock_key, "1", nx=True, ex=30):
            return False  # someone else is enqueueing it right now
        try:
            job_id = job_id_for(dictation_id)
            try:
                job = Job.fetch(job_id, connection=self.connection, serializer=JSONSerializer)
            except NoSuchJobError:
                job = None
            if job is not None:
                if job.get_status(refresh=False) in _WAITING and not force:
                    return False
                job.delete()
            s = self.settings
            retry = Retry(max=s.job_retries, interval=list(s.job_retry_backoff_s)) if s.job_retries > 0 else None
            self.queue.enqueue(
                PROCESS_JOB,
                dictation_id,
                job_id=job_id,
                job_timeout=s.job_timeout_s,
                retry=retry,
                result_ttl=7 * 86400,
                failure_ttl=30 * 86400,
                description=f"dictation {dictation_id}",
            )
            return True
        finally:
            self.connection.delete(lock_key)

    def transcribe_clip(self, clip_path: str, timeout_s: float) -> dict:
        job = self.queue.enqueue(
            CLIP_JOB, clip_path, job_id=f"clip-{uuid.uuid4().hex}", job_timeout=int(timeout_s) + 60,
            result_ttl=600, failure_ttl=86400, at_front=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            status = job.get_status(refresh=True)
            if status == JobStatus.FINISHED:
                return job.return_value()
            if status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED):
                raise _clip_error(job)
            time.sleep(0.05)
        job.cancel()
        raise ClipTimeout(f"No worker transcribed the clip within {timeout_s:.0f} s. Check that workers are running.")

    def describe(self) -> dict:
        return {"mode": "rq", "queue": self.queue.name, "queued": self.queue.count}


def _clip_error(job: Job) -> Exception:
    from transcribe import errors

    info = job.latest_result()
    text = (info.exc_string if info is not None else "") or ""
    last = text.strip().splitlines()[-1] if text.strip() else "transcription failed"
    name, _, message = last.partition(": ")
    cls = getattr(errors, name.rsplit(".", 1)[-1], None)
    if isinstance(cls, type) and issubclass(cls, errors.CasenoteError) and cls is not errors.AudioTooLongError:
        return cls(message)
    return RuntimeError(last)


class ThreadDispatcher:
    """The embedded worker: one background thread in the API process, running the same job function.

    Retries are scheduled with the same backoff as RQ's; there is no hard job timeout (a thread
    cannot be killed), which is why production uses RQ workers.
    """

    def __init__(self, rt: Runtime, run: Callable[..., dict] | None = None):
        from .jobs import run_dictation

        self.rt = rt
        self.run = run or run_dictation
        self._q: queue.Queue[str | None] = queue.Queue()
        self._pending: set[str] = set()
        self._attempts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="casenote-embedded-worker", daemon=True)
            self._thread.start()

    def stop(self, timeout: float | None = 10) -> None:
        self._stopping.set()
        self._q.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def is_pending(self, dictation_id: str) -> bool:
        with self._lock:
            return dictation_id in self._pending

    def enqueue(self, dictation_id: str, *, force: bool = False) -> bool:
        with self._lock:
            if dictation_id in self._pending:
                return False
            self._pending.add(dictation_id)
        self._q.put(dictation_id)
        return True

    def _loop(self) -> None:
        while not self._stopping.is_set():
            dictation_id = self._q.get()
            if dictation_id is None:
                break
            attempt = self._attempts.get(dictation_id, 0) + 1
            self._attempts[dictation_id] = attempt
            retries = self.rt.settings.job_retries
            final = attempt > retries
            retry_in: float | None = None
            try:
                self.run(self.rt, dictation_id, final_attempt=final)
                self._attempts.pop(dictation_id, None)
            except Exception as exc:
                from .jobs import PERMANENT

                log.exception("dictation %s failed (attempt %d)", dictation_id, attempt)
                if final or isinstance(exc, PERMANENT):
                    self._attempts.pop(dictation_id, None)
                else:
                    backoff = list(self.rt.settings.job_retry_backoff_s) or [0]
                    retry_in = backoff[min(attempt - 1, len(backoff) - 1)]
            finally:
                with self._lock:
                    self._pending.discard(dictation_id)
            if retry_in is not None:
                t = threading.Timer(retry_in, self.enqueue, args=(dictation_id,))
                t.daemon = True
                t.start()

    def transcribe_clip(self, clip_path: str, timeout_s: float) -> dict:
        from dataclasses import asdict

        from .jobs import transcribe_file

        return asdict(transcribe_file(self.rt, clip_path))

    def describe(self) -> dict:
        return {"mode": "embedded", "queued": self._q.qsize()}
