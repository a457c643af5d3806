"""Job functions. RQ calls them by dotted path (``worker.jobs.process_dictation``) with JSON arguments,
so the producer (the API) never imports the pipeline; they run on the runtime the worker was handed
(:func:`worker.runtime.current`). The embedded thread calls :func:`run_dictation` with its own.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from dataclasses import asdict

from store import dictations as dictation_store
from store import notes as note_store
from store.deliveries import OutboxEvent
from store.errors import TamperedDataError
from transcribe.context import parse_context
from transcribe.errors import AudioError, CasenoteError, ContextError
from transcribe.render import render_text

from .runtime import WorkerRuntime, current
from .webhooks import deliver_now

log = logging.getLogger(__name__)

# failures that another attempt cannot fix
PERMANENT = (AudioError, ContextError, FileNotFoundError, TamperedDataError)



class JobTimeoutError(CasenoteError):
    """A dictation took longer than CASENOTE_JOB_TIMEOUT_S to process. The job stops itself at the timeout,
    between progress steps; RQ's hard timeout (``dispatch.HARD_TIMEOUT_GRACE_S`` later) is only the backstop."""


def process_dictation(dictation_id: str) -> dict:
    """RQ entry point: process one dictation with this process's already loaded pipeline."""
    from rq import get_current_job

    job = get_current_job()
    retries_left = job.retries_left if job is not None else None

    def on_permanent() -> None:
        if job is not None:
            job.retries_left = 0  # RQ: straight to the failed registry, no retry

    return run_dictation(
        current(),
        dictation_id,
        final_attempt=not retries_left,
        on_permanent=on_permanent,
        worker_name=job.worker_name if job is not None and job.worker_name else None,
    )


def transcribe_clip(clip_path: str, model: str | None = None, channel: str | None = None) -> dict | None:
    """RQ entry point for ``/v1/audio/transcriptions``: transcription only. With ``channel`` (a Redis pub/sub
    channel the API listens on), each segment is published as it is decoded, then the whole transcript, or
    the error; nothing is returned, so with ``result_ttl=0`` Redis keeps no trace of the clip. Without it,
    the transcript is returned as a dict."""
    import json

    from rq import get_current_job

    rt = current()
    if channel is None:
        return asdict(transcribe_file(rt, clip_path, model))
    connection = get_current_job().connection

    def publish(event: str, **data) -> None:
        connection.publish(channel, json.dumps({"event": event, **data}))

    try:
        t = transcribe_file(rt, clip_path, model, on_segment=lambda seg: publish("segment", segment=asdict(seg)))
    except Exception as exc:  # the API raises it again; the job itself ends cleanly and is deleted
        log.info("clip %s failed: %s", clip_path, type(exc).__name__)
        publish("error", error=type(exc).__name__, message=str(exc))
        return None
    publish("done", transcript=asdict(t))
    return None


def transcribe_file(rt: WorkerRuntime, path: str, model: str | None = None, on_segment=None):
    """Transcribe one clip with ``model`` (a name from :func:`transcribe.models.loadable_models`; ``None``: the
    configured one). ``on_segment`` receives each segment as it is decoded."""
    from transcribe.asr import transcribe_audio
    from transcribe.audio import AudioOptions, decode_audio

    asr, options = rt.asr_for(model)
    audio = decode_audio(path, AudioOptions(max_seconds=rt.settings.clip_max_seconds))
    with rt.run_lock:
        return transcribe_audio(audio, asr, options, on_segment=on_segment)


def run_dictation(
    rt: WorkerRuntime,
    dictation_id: str,
    *,
    final_attempt: bool = True,
    on_permanent=None,
    worker_name: str | None = None,
) -> dict:
    """Run the pipeline over one stored dictation and save its note exactly once."""
    worker_name = worker_name or f"{socket.gethostname()}:{os.getpid()}"
    d = dictation_store.start_processing(rt.sessions, dictation_id, worker_name)
    if d is None:
        log.info("dictation %s already has a note (or is unknown); nothing to do", dictation_id)
        return {"dictation_id": dictation_id, "status": "done", "skipped": True}

    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(rt, dictation_id, stop), daemon=True, name=f"heartbeat-{dictation_id}")
    beat.start()
    progress = _Progress(rt, dictation_id, timeout_s=rt.settings.job_timeout_s)
    try:
        context = parse_context(d.context_json) if d.context_json else parse_context({"case_ref": d.case_ref})
        path = rt.store.path_for(d.audio_sha256)
        if not path.is_file():
            raise FileNotFoundError(f"audio {d.audio_sha256} is missing from {rt.store.audio_dir}; check shared storage")
        pipeline = rt.pipeline
        with rt.run_lock, rt.store.open(d.audio_sha256) as audio:  # decrypted as PyAV reads; never in clear on disk
            note = pipeline.process(audio, context, progress=progress)
        note_dict = asdict(note)
        text = render_text(note)
        webhook = None
        if rt.settings.webhook_url:
            webhook = OutboxEvent(
                rt.settings.webhook_url,
                "note.completed",
                {
                    "event": "note.completed",
                    "dictation_id": dictation_id,
                    "case_ref": d.case_ref,
                    "status": "done",
                    "note": note_dict,
                },
            )
        inserted = note_store.save_note(rt.sessions, dictation_id, note_dict, text, webhook)
    except Exception as exc:
        permanent = isinstance(exc, PERMANENT)
        final = final_attempt or permanent
        reason = _reason(exc, final)
        dictation_store.mark_failed(rt.sessions, dictation_id, reason, final=final, webhook=_failure_event(rt, d, reason) if final else None)
        if permanent and on_permanent is not None:
            on_permanent()
        if final and rt.settings.webhook_url:
            _try_deliver(rt, dictation_id)
        raise
    finally:
        stop.set()
    if inserted and rt.settings.webhook_url:
        _try_deliver(rt, dictation_id)
    log.info("dictation %s done (note %s)", dictation_id, "saved" if inserted else "already saved")
    return {"dictation_id": dictation_id, "status": "done", "inserted": inserted}


def _failure_event(rt: WorkerRuntime, d, reason: str) -> OutboxEvent | None:
    if not rt.settings.webhook_url:
        return None
    return OutboxEvent(
        rt.settings.webhook_url,
        "dictation.failed",
        {"event": "dictation.failed", "dictation_id": d.id, "case_ref": d.case_ref, "status": "failed", "error": reason},
    )


def _try_deliver(rt: WorkerRuntime, dictation_id: str) -> None:
    try:
        deliver_now(rt.sessions, rt.settings, dictation_id)
    except Exception:  # the poller retries; a receiver's trouble never fails the job
        log.exception("first webhook attempt for %s failed", dictation_id)


def _reason(exc: Exception, final: bool) -> str:
    msg = str(exc) or type(exc).__name__
    if isinstance(exc, PERMANENT):
        return msg
    if isinstance(exc, JobTimeoutError) or type(exc).__name__ == "JobTimeoutException":
        msg = f"Processing took longer than CASENOTE_JOB_TIMEOUT_S ({exc}). Raise the timeout or split the recording."
    return msg if final else f"Attempt failed ({msg}); it will be retried."


class _Progress:
    """Stage-by-stage progress into the database, at most about once a second within a stage; past
    ``timeout_s`` since the start it stops the job with :class:`JobTimeoutError`."""

    def __init__(self, rt: WorkerRuntime, dictation_id: str, every_s: float = 1.0, timeout_s: float | None = None):
        self.rt, self.id, self.every_s = rt, dictation_id, every_s
        self.stage: str | None = None
        self.last = 0.0
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s if timeout_s else None

    def __call__(self, stage: str, fraction: float) -> None:
        now = time.monotonic()
        if self.deadline is not None and now > self.deadline:
            raise JobTimeoutError(f"stopped at the {stage} stage after {self.timeout_s:g} s")
        if stage == "done":
            return  # the note's own transaction marks it done
        if stage == self.stage and now - self.last < self.every_s:
            return
        self.stage, self.last = stage, now
        try:
            dictation_store.set_progress(self.rt.sessions, self.id, stage, fraction)
        except Exception:  # progress is advisory; never fail a dictation over it
            log.exception("could not record progress for %s", self.id)


def _heartbeat(rt: WorkerRuntime, dictation_id: str, stop: threading.Event) -> None:
    while not stop.wait(rt.settings.job_heartbeat_s):
        try:
            dictation_store.heartbeat(rt.sessions, dictation_id)
        except Exception:
            log.exception("heartbeat for %s failed", dictation_id)
