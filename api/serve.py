"""``casenote serve``: the API plus its own worker (embedded), or the API alone beside RQ workers."""

from __future__ import annotations

import copy
import logging

from service.settings import Settings


class DropQueryString(logging.Filter):
    """uvicorn's access-log line without the query string, which can name a case (``?case_ref=...``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) == 5 and isinstance(record.args[2], str):
            client, method, path, version, status = record.args
            record.args = (client, method, path.split("?", 1)[0], version, status)
        return True


def log_config() -> dict:
    """uvicorn's logging configuration, its access log passed through :class:`DropQueryString`."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["drop_query_string"] = {"()": DropQueryString}
    config["handlers"]["access"].setdefault("filters", []).append("drop_query_string")
    return config


def run_embedded(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API. Without CASENOTE_REDIS_URL an in-process worker thread does the work (SQLite and
    local files by default: nothing to start by hand); with it, jobs go to `casenote worker` processes."""
    import uvicorn

    from service.runtime import build_runtime

    from .main import create_app

    logging.getLogger().setLevel(logging.INFO)
    runtime = build_runtime(settings)  # validate settings and migrate before binding the port
    app = create_app(settings, runtime=runtime)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", log_config=log_config())
    finally:
        runtime.close()
