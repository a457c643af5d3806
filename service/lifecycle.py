"""Starting and stopping what the API process runs beside its handlers: its runtime, the dispatcher (RQ with
CASENOTE_REDIS_URL, else the embedded worker thread), and the reconciler and webhook sender. What the API's handlers
need of the worker side reaches them from here: ``ClipTimeout`` (a /v1 clip no worker finished) and
``send_delivery`` (a webhook replay sent now), so ``api/`` imports nothing from ``worker/``."""

from __future__ import annotations

import logging
import threading

from store import deliveries as delivery_store
from worker.dispatch import ClipTimeout, RQDispatcher, ThreadDispatcher
from worker.reconciler import Maintenance
from worker.webhooks import attempt

from .runtime import Runtime, build_runtime
from .settings import Settings

log = logging.getLogger(__name__)

__all__ = ["ClipTimeout", "Services", "send_delivery"]


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
                from redis import Redis

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
