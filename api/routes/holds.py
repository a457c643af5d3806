"""Legal holds: keep a case's (or one dictation's) notes and audio past retention, until released.

    GET    /legal-holds           every hold in force (administrator or supervisor)
    POST   /legal-holds           place one on a case or a dictation (administrator or supervisor)
    DELETE /legal-holds/{id}      release it (administrator only); retention applies again from its next run

Placing and releasing are written to the access log with the caller.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from service import holds

from ..deps import AdminRole, CurrentPrincipal, HoldRole, RecordId, RuntimeDep, SessionDep, actor_name, record_access
from ..schemas.holds import LegalHoldCreate, LegalHoldList, LegalHoldPublic, public

router = APIRouter(prefix="/legal-holds", tags=["retention"])


@router.get("", response_model=LegalHoldList)
def list_holds(session: SessionDep, _: HoldRole):
    return LegalHoldList(items=[public(h) for h in holds.list_holds(session)])


@router.post("", response_model=LegalHoldPublic, status_code=status.HTTP_201_CREATED)
def place_hold(body: LegalHoldCreate, rt: RuntimeDep, role: HoldRole, principal: CurrentPrincipal):
    """Keep the case's (or the dictation's) notes, audio and review records whatever their age. A hold on a
    case also covers dictations of that case made later."""
    by = actor_name(principal)
    hold = holds.place_hold(rt.sessions, reason=body.reason, case_ref=body.case_ref, dictation_id=body.dictation_id,
                            placed_by=by, role=role)
    record_access(rt.sessions, principal, "legal_hold.place", dictation_id=body.dictation_id, case_ref=body.case_ref)
    return public(hold)


@router.delete("/{hold_id}", status_code=status.HTTP_204_NO_CONTENT, responses={404: {"description": "No such hold"}})
def release_hold(hold_id: RecordId, rt: RuntimeDep, _: AdminRole, principal: CurrentPrincipal):
    hold = holds.release_hold(rt.sessions, hold_id)
    if hold is None:
        raise HTTPException(status_code=404, detail=f"No legal hold {hold_id}: list them at GET /legal-holds.")
    record_access(rt.sessions, principal, "legal_hold.release", dictation_id=hold.dictation_id, case_ref=hold.case_ref)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
