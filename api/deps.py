"""Dependencies as typed aliases, so each handler's signature says what it needs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from service import access_log
from service.runtime import Runtime

from .auth import Authenticator, NotAllowed, Principal


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def get_dispatcher(request: Request):
    return request.app.state.dispatcher


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.runtime.sessions() as session:
        yield session


MAX_ID = 2**31 - 1  # ids and cursors are 32-bit integer columns (PostgreSQL INTEGER)
RecordId = Annotated[int, Path(ge=1, le=MAX_ID, description="The record's number")]

RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
DispatcherDep = Annotated[object, Depends(get_dispatcher)]
SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False)


def get_authenticator(request: Request) -> Authenticator:
    return request.app.state.authenticator


def get_principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Principal | None:
    """The caller: a static API token (CASENOTE_API_TOKENS) or a JWT from the council's identity provider
    (CASENOTE_OIDC_ISSUER). Neither configured = open (embedded use): ``None``, and every call is let in. A caller
    who cannot be let in is refused by ``api/errors.py`` (InvalidToken 401, NoRole 403, IdentityProviderUnavailable
    503)."""
    auth = get_authenticator(request)
    if auth.open:
        return None
    return auth.authenticate(credentials.credentials if credentials else None)


CurrentPrincipal = Annotated[Principal | None, Depends(get_principal)]


# -- roles ---------------------------------------------------------------------------------
# A static token maps to one role (CASENOTE_API_TOKENS="tok1=practitioner,tok2=qa,..."); an OIDC principal
# to the roles its groups map to (CASENOTE_OIDC_ROLE_MAP), QA alone when it holds QA (see api.auth.map_roles).
PRACTITIONER, SUPERVISOR, QA, CMS, ADMIN = "practitioner", "supervisor", "qa", "cms", "admin"
REDACTED_ONLY = frozenset({QA})  # roles that may see redacted notes only


def require_roles(*roles: str):
    """A dependency admitting the given roles (and everyone when no auth is configured). Returns the role the
    caller acts in: the first of its roles that the endpoint admits."""

    def check(principal: CurrentPrincipal) -> str | None:
        if principal is None:
            return None
        for role in principal.roles:
            if role in roles:
                return role
        yours = " or ".join(principal.roles)
        raise NotAllowed(f"This needs a {' or '.join(roles)} token; yours is for the {yours} role.")

    return check


def require_identified_access(principal: CurrentPrincipal) -> str | None:
    """For endpoints that return identifiable data (audio, full notes): refused to redacted-only roles."""
    role = principal.role if principal is not None else None
    if principal is not None and REDACTED_ONLY & set(principal.roles):
        raise NotAllowed("A QA token sees redacted notes only: use /qa/sample and /qa/notes/{note_id}.")
    return role


ReviewerRole = Annotated[str | None, Depends(require_roles(PRACTITIONER, SUPERVISOR))]
SupervisorRole = Annotated[str | None, Depends(require_roles(SUPERVISOR))]
FinalNotesRole = Annotated[str | None, Depends(require_roles(CMS, SUPERVISOR, PRACTITIONER))]
QARole = Annotated[str | None, Depends(require_roles(QA))]
AuditReaderRole = Annotated[str | None, Depends(require_roles(QA, SUPERVISOR))]
AdminRole = Annotated[str | None, Depends(require_roles(ADMIN))]
HoldRole = Annotated[str | None, Depends(require_roles(ADMIN, SUPERVISOR))]  # place and list legal holds
ReplayRole = Annotated[str | None, Depends(require_roles(ADMIN, CMS))]  # resend a webhook to the case system


# -- access log -------------------------------------------------------------------------------
READ_ACTIONS = {
    "/notes/{dictation_id}": "note.json",
    "/notes/{dictation_id}/text": "note.text",
    "/notes/{dictation_id}/redacted": "note.redacted",
    "/review/notes/{dictation_id}": "review.note",
    "/review/notes/{dictation_id}/audio": "review.audio",
    "/review/notes/{dictation_id}/draft": "review.draft",
    "/review/notes/{dictation_id}/versions/{number}": "review.version",
    "/review/notes/{dictation_id}/compare": "review.compare",
}


def _reader(principal: Principal | None) -> access_log.Reader:
    """Who read, as the access log records it (``None`` = open mode)."""
    if principal is None:
        return access_log.Reader()
    return access_log.Reader(subject=principal.subject, name=principal.name, role=principal.role, via=principal.via)


def actor_name(principal: Principal | None, typed: str | None = None) -> str | None:
    """The name to record as who did something: the signed-in person's (the IdP's name, else subject), else the
    name typed with the request (stripped), else None."""
    if principal is not None and principal.subject:
        return (principal.name or principal.subject)[:255]
    return typed.strip() if typed is not None else None


def record_access(sessions, principal: Principal | None, action: str, *, dictation_id: str | None = None,
                  note_id: int | None = None, case_ref: str | None = None) -> None:
    """One access-log entry for ``principal`` (``None`` = open mode)."""
    access_log.record(sessions, _reader(principal), action, dictation_id=dictation_id, note_id=note_id,
                      case_ref=case_ref)


def record_notes_access(sessions, principal: Principal | None, action: str, notes: list[tuple[str, int, str | None]]) -> None:
    """One access-log entry per note a response served (``notes``: (dictation id, note id, case reference))."""
    access_log.record_notes(sessions, _reader(principal), action, notes)


def log_note_read(request: Request, principal: CurrentPrincipal) -> Iterator[None]:
    """Records who read which note, when, after the handler has produced it: a read that fails (404, 409,
    refused) is not logged, and a read whose entry cannot be written is not served."""
    yield  # the handler runs here; if it raises, the exception passes through and nothing is recorded
    dictation_id = request.path_params.get("dictation_id")
    route = request.scope.get("route")
    if dictation_id is None or route is None:
        return
    record_access(request.app.state.runtime.sessions, principal, READ_ACTIONS.get(route.path, route.path),
                  dictation_id=dictation_id)


LogNoteRead = Depends(log_note_read, scope="function")  # for a route's or router's ``dependencies=[...]``
