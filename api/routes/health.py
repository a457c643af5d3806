from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from ..deps import DispatcherDep, RuntimeDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(rt: RuntimeDep, dispatcher: DispatcherDep) -> dict:
    with rt.sessions() as s:
        s.execute(text("SELECT 1"))
    try:
        queue = dispatcher.describe()
    except Exception as exc:  # Redis away: uploads are still accepted; the reconciler queues them later
        queue = {"error": str(exc)}
    return {"status": "ok", "database": rt.engine.dialect.name, "queue": queue, "models_loaded": rt.pipeline_loaded}
