"""The RQ worker that loads the models once and keeps them for every job, run by ``casenote worker``.

Whoever starts it builds the runtime and hands it in (:func:`run`; ``service.lifecycle.run_worker`` for
``casenote worker``): the worker sets it for each job it runs (:mod:`worker.runtime`). Jobs run in the worker's own
process (RQ's SimpleWorker: no fork per job, so loaded models are reused and CUDA stays usable), with the scheduler
on so retries with backoff fire. Several of these can run on several machines against one Redis, one database and
shared audio storage.

RQ runs its scheduler in a forked child. A child of this worker dies with it: on Linux each one asks the
kernel for SIGTERM when the worker goes (even by SIGKILL), so no scheduler is left holding memory and the
queue's scheduler lock after the worker has been killed.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys

from redis import Redis
from rq import SimpleWorker
from rq.serializers import JSONSerializer

from .dispatch import RQDispatcher
from .reconciler import Maintenance
from .runtime import WorkerRuntime, running

log = logging.getLogger(__name__)


class WithRuntime:
    """An RQ worker that runs every job with the runtime it was given (mixed into an RQ worker class). The runtime
    is set where the job runs: in this process for a SimpleWorker, in the work horse for a forking one."""

    def __init__(self, *args, runtime: WorkerRuntime | None = None, **kwargs):
        kwargs.setdefault("serializer", JSONSerializer)  # the one the API enqueues with
        super().__init__(*args, **kwargs)
        self.runtime = runtime  # None only where RQ rebuilds a worker from Redis to describe it

    def perform_job(self, job, queue) -> bool:
        with running(self.runtime):
            return super().perform_job(job, queue)


class CasenoteWorker(WithRuntime, SimpleWorker):
    """casenote's worker: a SimpleWorker (no fork per job) with the runtime for its jobs."""


def make_worker(rt: WorkerRuntime, connection: Redis, name: str | None = None) -> CasenoteWorker:
    return CasenoteWorker([rt.settings.queue_name], connection=connection, name=name, runtime=rt)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int, sig: int = signal.SIGTERM) -> bool:
    """In a child just forked: have the kernel send ``sig`` when the parent dies (Linux's PR_SET_PDEATHSIG),
    and send it now if the parent is already gone. False where the platform has no such call."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
        return False
    if os.getppid() != parent_pid:  # the parent died between the fork and the prctl
        os.kill(os.getpid(), sig)
    return True


_forking_pid = 0
_registered = False


def _remember_forking_pid() -> None:
    global _forking_pid
    _forking_pid = os.getpid()


def children_die_with_parent() -> None:
    """Every child this process forks from now on dies with it (see :func:`die_with_parent`)."""
    global _registered
    if not _registered:
        os.register_at_fork(before=_remember_forking_pid, after_in_child=lambda: die_with_parent(_forking_pid))
        _registered = True


def run(rt: WorkerRuntime, connection: Redis, *, burst: bool = False, preload: bool = True) -> None:
    """Take jobs from the queue until stopped (or, with ``burst``, until it is empty), with ``rt`` (built and
    closed by the caller) for every job, the reconciler and the webhook sender beside them."""
    children_die_with_parent()  # RQ's scheduler child, above all
    if preload:
        _ = rt.pipeline  # load Whisper, spaCy and Presidio now, once, not inside the first job
    dispatcher = RQDispatcher(connection, rt.settings)
    maintenance = Maintenance(rt, dispatcher)
    maintenance.start()  # reconcile at start (before taking jobs), then periodically
    try:
        make_worker(rt, connection).work(burst=burst, with_scheduler=True, logging_level="INFO")
    finally:
        maintenance.stop()
