"""``casenote serve``: the API plus its own worker (embedded), or the API alone beside RQ workers."""

from __future__ import annotations

import logging

from transcribe.settings import Settings


def run_embedded(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API. Without CASENOTE_REDIS_URL an in-process worker thread does the work (SQLite and
    local files by default: nothing to start by hand); with it, jobs go to `casenote worker` processes."""
    import uvicorn

    from worker.runtime import build_runtime

    from .main import create_app

    logging.getLogger().setLevel(logging.INFO)
    runtime = build_runtime(settings)  # validate settings and migrate before binding the port
    app = create_app(settings, runtime=runtime)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        runtime.close()
