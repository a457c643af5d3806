"""Getting dictations to a worker: RQ on Redis (production) or a thread in this process (embedded).

Both dispatchers are idempotent: :meth:`enqueue` on a dictation that is already waiting or running
does nothing, and the RQ job id is derived from the dictation id so Redis holds at most one job per
dictation. The database stays the source of truth; :mod:`worker.reconciler` calls these to repair
whatever Redis lost.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterator

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.results import Result
from rq.serializers import JSONSerializer

from transcribe.errors import CasenoteError
from transcribe.note import Segment, Transcript

from .runtime import WorkerRuntime

# RQ's own hard timeout (SIGALRM) comes this long after CASENOTE_JOB_TIMEOUT_S, as the backstop for a stage that
# hangs. The job stops itself at the timeout (worker.jobs.JobTimeoutError), because RQ's alarm can land inside a
# garbage-collection callback, where Python prints the exception and carries on: the job then ended "done".
HARD_TIMEOUT_GRACE_S = 60

log = logging.getLogger(__name__)

PROCESS_JOB = "worker.jobs.process_dictation"
CLIP_JOB = "worker.jobs.transcribe_clip"
_WAITING = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED}


def job_id_for(dictation_id: str) -> str:
    return f"dictation-{dictation_id}"


class ClipTimeout(CasenoteError):
    """No worker finished the clip in time."""


class RQDispatcher:
    """Enqueues onto an RQ queue. Pass the Redis connection in; nothing here is global."""

    only_worker = False  # workers on other machines may be running dictations right now

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
                job_timeout=s.job_timeout_s + HARD_TIMEOUT_GRACE_S,
                retry=retry,
                result_ttl=7 * 86400,
                failure_ttl=30 * 86400,
                description=f"dictation {dictation_id}",
            )
            return True
        finally:
            self.connection.delete(lock_key)

    def stream_clip(self, clip_path: str, timeout_s: float, model: str | None = None) -> Iterator[Segment | Transcript]:
        """Each segment of the clip as a worker decodes it, then the whole :class:`Transcript`. The worker
        publishes them on a pub/sub channel this subscribes to before enqueueing (pub/sub keeps nothing);
        the job has ``result_ttl=0`` and is deleted as it ends, so no transcript is left in Redis."""
        job_id = f"clip-{uuid.uuid4().hex}"
        pubsub = self.connection.pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(f"casenote:{job_id}")
        ended = False  # the job said its last word: the worker deletes it as it returns
        try:
            job = self.queue.enqueue(
                CLIP_JOB, clip_path, model, f"casenote:{job_id}", job_id=job_id, job_timeout=int(timeout_s) + 60,
                result_ttl=0, failure_ttl=60, at_front=True,
            )
            deadline = time.monotonic() + timeout_s
            while (left := deadline - time.monotonic()) > 0:
                message = pubsub.get_message(timeout=min(left, 1.0))
                if message is None:
                    _raise_if_lost(job, pubsub)
                    continue
                event = json.loads(message["data"])
                if event["event"] == "segment":
                    yield Segment.from_dict(event["segment"])
                elif event["event"] == "done":
                    ended = True
                    yield Transcript.from_dict(event["transcript"])
                    return
                else:
                    ended = True
                    raise _named_error(event["error"], event["message"])
            raise ClipTimeout(f"No worker transcribed the clip within {timeout_s:.0f} s. Check that workers are running.")
        finally:
            pubsub.close()
            self._forget(job_id, ended)

    def transcribe_clip(self, clip_path: str, timeout_s: float, model: str | None = None) -> Transcript:
        return _last(self.stream_clip(clip_path, timeout_s, model))

    def _forget(self, job_id: str, ended: bool) -> None:
        """Leave nothing of a clip in Redis: the worker deletes a job that has ``ended`` (``result_ttl=0``) a
        moment after its last word; one that did not (timed out, lost) is deleted here, with any result."""
        key = Job.key_for(job_id)
        deadline = time.monotonic() + (2.0 if ended else 0.0)
        while self.connection.exists(key) and time.monotonic() < deadline:
            time.sleep(0.02)
        try:
            Job.fetch(job_id, connection=self.connection, serializer=JSONSerializer).delete()  # queue too
        except NoSuchJobError:
            pass
        self.connection.delete(key, Result.get_key(job_id))

    def describe(self) -> dict:
        return {"mode": "rq", "queue": self.queue.name, "queued": self.queue.count}


def _raise_if_lost(job: Job, pubsub) -> None:
    """A clip job that ended without a word on the channel (its worker was killed, or RQ failed it)."""
    status = job.get_status(refresh=True) if job.connection.exists(job.key) else None
    if status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED):
        raise _clip_error(job)
    if status is None and pubsub.get_message(timeout=0.5) is None:
        raise RuntimeError("The clip's job ended without an answer; try again.")


def _last(events: Iterator):
    last = None
    for last in events:
        pass
    return last


def _clip_error(job: Job) -> Exception:
    info = job.latest_result()
    text = (info.exc_string if info is not None else "") or ""
    last = text.strip().splitlines()[-1] if text.strip() else "transcription failed"
    name, _, message = last.partition(": ")
    return _named_error(name, message or last)


def _named_error(name: str, message: str) -> Exception:
    """The casenote error a worker raised, rebuilt from its class name and message (a RuntimeError otherwise)."""
    from transcribe import errors

    cls = getattr(errors, name.rsplit(".", 1)[-1], None)
    if isinstance(cls, type) and issubclass(cls, errors.CasenoteError) and cls is not errors.AudioTooLongError:
        return cls(message)
    return RuntimeError(message)


class ThreadDispatcher:
    """The embedded worker: one background thread in the API process, running the same job function.

    Retries are scheduled with the same backoff as RQ's; there is no hard job timeout (a thread
    cannot be killed), which is why production uses RQ workers.
    """

    only_worker = True  # no other process runs this database's dictations: see reconciler.reconcile

    def __init__(self, rt: WorkerRuntime, run: Callable[..., dict] | None = None):
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

    def stream_clip(self, clip_path: str, timeout_s: float, model: str | None = None) -> Iterator[Segment | Transcript]:
        """Each segment of the clip as it is decoded, then the whole :class:`Transcript`, from a thread of this
        process (the models are loaded here)."""
        from .jobs import transcribe_file

        events: queue.Queue = queue.Queue()

        def run() -> None:
            try:
                events.put(transcribe_file(self.rt, clip_path, model, on_segment=events.put))
            except BaseException as exc:
                events.put(exc)

        threading.Thread(target=run, name="casenote-clip", daemon=True).start()
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                event = events.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise ClipTimeout(
                    f"The clip was not transcribed within {timeout_s:.0f} s: the worker is busy with dictations. "
                    "Try again, or raise CASENOTE_CLIP_WAIT_S."
                ) from None
            if isinstance(event, BaseException):
                raise event
            yield event
            if isinstance(event, Transcript):
                return

    def transcribe_clip(self, clip_path: str, timeout_s: float, model: str | None = None) -> Transcript:
        return _last(self.stream_clip(clip_path, timeout_s, model))

    def describe(self) -> dict:
        return {"mode": "embedded", "queued": self._q.qsize()}
