"""The webhook delivery log: query it, and replay a delivery."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, BackgroundTasks, Body, HTTPException, Query, status

from service import webhooks
from service.lifecycle import send_delivery

from ..deps import CurrentPrincipal, RecordId, ReplayRole, RuntimeDep, SessionDep, record_access
from ..schemas.webhooks import DeliveryList, DeliveryPublic, ReplayRequest, public

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.get("/deliveries", response_model=DeliveryList)
def list_deliveries(
    session: SessionDep,
    dictation_id: str | None = None,
    status_: Annotated[Literal["pending", "delivered", "failed"] | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
):
    """Deliveries, newest first, each with its attempt log."""
    return DeliveryList(items=[public(d) for d in webhooks.list_deliveries(session, dictation_id=dictation_id,
                                                                           status=status_, limit=limit)])


@router.get("/deliveries/{delivery_id}", response_model=DeliveryPublic, responses={404: {}})
def get_delivery(delivery_id: RecordId, session: SessionDep):
    d = webhooks.get_delivery(session, delivery_id)
    if d is None:
        raise HTTPException(status_code=404, detail=f"No webhook delivery {delivery_id}.")
    return public(d)


@router.post(
    "/deliveries/{delivery_id}/replay",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryPublic,
    responses={
        403: {"description": "Not an administrator or case-system token, or a URL other than CASENOTE_WEBHOOK_URL"},
        404: {"description": "No such delivery"},
        409: {"description": "No webhook URL is configured"},
    },
)
def replay_delivery(
    delivery_id: RecordId,
    rt: RuntimeDep,
    background: BackgroundTasks,
    _: ReplayRole,
    principal: CurrentPrincipal,
    body: Annotated[ReplayRequest | None, Body()] = None,
):
    """Send a delivery's payload again (freshly signed) as a new delivery, to the configured
    CASENOTE_WEBHOOK_URL and nowhere else. Administrators and the case system only; written to the access log
    with the caller."""
    configured = rt.settings.webhook_url
    if body is not None and body.url is not None and body.url != configured:
        raise HTTPException(
            status_code=403,
            detail="A replay goes only to the configured CASENOTE_WEBHOOK_URL: leave out 'url'. To send notes "
            "elsewhere, change that setting.",
        )
    if not configured:
        raise HTTPException(status_code=409, detail="CASENOTE_WEBHOOK_URL is not set: there is nowhere to replay to.")
    new = webhooks.replay_delivery(rt.sessions, delivery_id, url=configured)
    if new is None:
        raise HTTPException(status_code=404, detail=f"No webhook delivery {delivery_id}.")
    record_access(rt.sessions, principal, "webhook.replay", dictation_id=new.dictation_id)
    background.add_task(send_delivery, rt, new.id)
    return public(new, with_log=False)
