"""``casenote worker``: an RQ worker that loads the models once and keeps them for every job.

Runs jobs in its own process (RQ's SimpleWorker: no fork per job, so loaded models are reused and
CUDA stays usable), with the scheduler on so retries with backoff fire. Several of these can run on
several machines against one Redis, one database and shared audio storage.
"""

from __future__ import annotations

import logging

from redis import Redis
from rq import SimpleWorker
from rq.serializers import JSONSerializer

from transcribe.settings import Settings

from . import runtime as runtime_mod
from .dispatch import RQDispatcher
from .reconciler import Maintenance
from .runtime import ConfigurationError, Runtime, build_runtime

log = logging.getLogger(__name__)


class CasenoteWorker(SimpleWorker):
    """SimpleWorker with the JSON serializer the API enqueues with."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("serializer", JSONSerializer)
        super().__init__(*args, **kwargs)


def make_worker(rt: Runtime, connection: Redis, name: str | None = None) -> CasenoteWorker:
    return CasenoteWorker([rt.settings.queue_name], connection=connection, name=name)


def run_worker(settings: Settings, burst: bool = False, *, preload: bool = True) -> None:
    if not settings.redis_url:
        raise ConfigurationError(
            "casenote worker needs CASENOTE_REDIS_URL (e.g. redis://localhost:6379/0). "
            "For a single machine without Redis, run `casenote serve`: it has its own worker."
        )
    logging.getLogger().setLevel(logging.INFO)
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
