"""Liveness and numbers for monitoring. Neither says where anything runs (no hosts, ports or error text):
counts and states only, open to the load balancer and the metrics scraper."""

from __future__ import annotations

import json

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse

from service import health as checks

from ..deps import DispatcherDep, RuntimeDep

router = APIRouter(tags=["health"])


@router.get("/health", responses={503: {"description": "The database cannot be reached"}})
def health(rt: RuntimeDep, dispatcher: DispatcherDep):
    try:
        run = checks.last_retention_run(rt)
    except Exception:
        return JSONResponse(status_code=503, content={"status": "unavailable", "database": "unreachable"})
    try:
        queue = dispatcher.describe()
    except Exception:  # Redis away: uploads are still accepted; the reconciler queues them later
        queue = {"error": "queue unreachable: uploads are still accepted and queued when it is back"}
    return {
        "status": "ok",
        "database": rt.engine.dialect.name,
        "queue": queue,
        "models_loaded": rt.pipeline_loaded,
        "retention": checks.retention_state(rt, run),
    }


@router.get("/metrics", response_class=PlainTextResponse,
            responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}})
def metrics(rt: RuntimeDep) -> PlainTextResponse:
    """Prometheus metrics: dictations by status, legal holds, and what the last retention run did."""
    counts = checks.count(rt)
    run = counts.last_run
    lines = _gauge("casenote_dictations", "Dictations by status",
                   [({"status": k}, v) for k, v in sorted(counts.by_status.items())])
    lines += _gauge("casenote_legal_holds", "Legal holds in force", [({}, counts.holds)])
    if run is not None:
        deleted = json.loads(run.deleted_json)
        lines += _gauge("casenote_retention_last_run_timestamp_seconds", "When the last retention run finished",
                        [({}, run.finished_at.timestamp())])
        lines += _gauge("casenote_retention_last_run_ok", "1 if the last retention run deleted all it should",
                        [({}, int(run.ok))])
        lines += _gauge("casenote_retention_last_run_deleted", "Rows (by table) and files the last run deleted",
                        [({"kind": k}, v) for k, v in sorted(deleted.items())])
        lines += _gauge("casenote_retention_last_run_held", "Expired dictations kept by a legal hold", [({}, run.held)])
        lines += _gauge("casenote_retention_last_run_failed", "Items the last run could not delete", [({}, run.failed)])
    return PlainTextResponse("\n".join(lines) + "\n", media_type="text/plain; version=0.0.4")


def _gauge(name: str, help_: str, samples: list[tuple[dict, float]]) -> list[str]:
    lines = [f"# HELP {name} {help_}", f"# TYPE {name} gauge"]
    for labels, value in samples:
        label = ",".join(f'{k}="{v}"' for k, v in labels.items())
        lines.append(f"{name}{{{label}}} {value}" if label else f"{name} {value}")
    return lines
