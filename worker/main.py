"""``casenote worker``: an RQ worker that loads the models once and keeps them for every job.

Runs jobs in its own process (RQ's SimpleWorker: no fork per job, so loaded models are reused and
CUDA stays usable), with the scheduler on so retries with backoff fire. Several of these can run on
several machines against one Redis, one database and shared audio storage.

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

from service import runtime as runtime_mod
from service.runtime import ConfigurationError, Runtime, build_runtime
from service.settings import Settings

from .dispatch import RQDispatcher
from .reconciler import Maintenance

log = logging.getLogger(__name__)


class CasenoteWorker(SimpleWorker):
    """SimpleWorker with the JSON serializer the API enqueues with."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("serializer", JSONSerializer)
        super().__init__(*args, **kwargs)


def make_worker(rt: Runtime, connection: Redis, name: str | None = None) -> CasenoteWorker:
    return CasenoteWorker([rt.settings.queue_name], connection=connection, name=name)


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


def run_worker(settings: Settings, burst: bool = False, *, preload: bool = True) -> None:
    if not settings.redis_url:
        raise ConfigurationError(
            "casenote worker needs CASENOTE_REDIS_URL (e.g. redis://localhost:6379/0). "
            "For a single machine without Redis, run `casenote serve`: it has its own worker."
        )
    logging.getLogger().setLevel(logging.INFO)
    children_die_with_parent()  # RQ's scheduler child, above all
    rt = build_runtime(settings)  # migrates the database at start
    runtime_mod.install(rt)
    if preload:
        _ = rt.pipeline  # load Whisper, spaCy and Presidio now, once, not inside the first job
    connection = Redis.from_url(settings.redis_url)
    dispatcher = RQDispatcher(connection, settings)
    maintenance = Maintenance(rt, dispatcher)
    maintenance.start()  # reconcile at start (before taking jobs), then periodically
    try:
        make_worker(rt, connection).work(burst=burst, with_scheduler=True, logging_level="INFO")
    finally:
        maintenance.stop()
        runtime_mod.install(None)
        rt.close()
