"""Starting and stopping the worker side of a process: the runtime is built here and handed to ``worker/``, which
imports nothing from ``service/``.

``casenote worker`` (:func:`run_worker`) builds the runtime and runs ``worker.main.run`` with it. The API process
(:class:`Services`) builds its runtime and starts the dispatcher (RQ with CASENOTE_REDIS_URL, else the embedded
worker thread, handed the runtime), the reconciler and the webhook sender. What the API's handlers need of the
worker side reaches them from here: ``ClipTimeout`` (a /v1 clip no worker finished) and ``send_delivery`` (a webhook
replay sent now), so ``api/`` imports nothing from ``worker/``."""

from __future__ import annotations

import logging
import threading

from redis import Redis

from store import deliveries as delivery_store
from worker.dispatch import ClipTimeout, RQDispatcher, ThreadDispatcher
from worker.main import run as run_rq_worker
from worker.reconciler import Maintenance
from worker.webhooks import attempt

from .runtime import ConfigurationError, Runtime, build_runtime
from .settings import Settings

log = logging.getLogger(__name__)

__all__ = ["ClipTimeout", "Services", "run_worker", "send_delivery"]


def run_worker(settings: Settings, burst: bool = False, *, preload: bool = True) -> None:
    """``casenote worker``: an RQ worker against CASENOTE_REDIS_URL, on a runtime built here (the database
    migrated at start) and closed when it stops."""
    if not settings.redis_url:
        raise ConfigurationError(
            "casenote worker needs CASENOTE_REDIS_URL (e.g. redis://localhost:6379/0). "
            "For a single machine without Redis, run `casenote serve`: it has its own worker."
        )
    logging.getLogger().setLevel(logging.INFO)
    rt = build_runtime(settings)
    try:
        run_rq_worker(rt, Redis.from_url(settings.redis_url), burst=burst, preload=preload)
    finally:
        rt.close()


def send_delivery(rt: Runtime, delivery_id: int) -> None:
    """Send one pending webhook delivery now (a replay), unless the sender has already claimed it."""
    d = delivery_store.claim_delivery(rt.sessions, delivery_id, rt.settings.webhook_timeout_s + 30)
    if d is not None:
        attempt(rt.sessions, d, rt.settings)


class Services:
    def __init__(self, settings: Settings, runtime: Runtime | None, dispatcher, background: bool):
        self.settings = settings
        self.runtime = runtime
        self.dispatcher = dispatcher
        self.background = background
        self.maintenance: Maintenance | None = None
        self._owns_runtime = runtime is None

    def start(self) -> None:
        if self.runtime is None:
            self.runtime = build_runtime(self.settings)  # migrates the database
        if self.dispatcher is None:
            if self.settings.redis_url:
                self.dispatcher = RQDispatcher(Redis.from_url(self.settings.redis_url), self.settings)
            else:
                self.dispatcher = ThreadDispatcher(self.runtime)
        if self.background:
            if isinstance(self.dispatcher, ThreadDispatcher):
                if not self.runtime.pipeline_loaded:  # load the models now, once, not inside the first dictation
                    threading.Thread(target=lambda: self.runtime.pipeline, name="casenote-preload", daemon=True).start()
                self.dispatcher.start()
            self.maintenance = Maintenance(self.runtime, self.dispatcher)
            self.maintenance.start()

    def stop(self) -> None:
        if self.maintenance is not None:
            self.maintenance.stop()
        if isinstance(self.dispatcher, ThreadDispatcher) and self.background:
            self.dispatcher.stop()
        if self._owns_runtime and self.runtime is not None:
            self.runtime.close()
