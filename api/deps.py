"""Dependencies as typed aliases, so each handler's signature says what it needs."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from store.audio_store import AudioStore
from transcribe.settings import Settings
from worker.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def get_settings(request: Request) -> Settings:
    return request.app.state.runtime.settings


def get_dispatcher(request: Request):
    return request.app.state.dispatcher


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.runtime.sessions() as session:
        yield session


def get_store(request: Request) -> AudioStore:
    return request.app.state.runtime.store


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
DispatcherDep = Annotated[object, Depends(get_dispatcher)]
SessionDep = Annotated[Session, Depends(get_session)]
StoreDep = Annotated[AudioStore, Depends(get_store)]

_bearer = HTTPBearer(auto_error=False)


def parse_tokens(spec: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        token, _, role = part.strip().partition("=")
        if token:
            out[token] = role or "client"
    return out


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> str | None:
    """With CASENOTE_API_TOKENS set, every call needs ``Authorization: Bearer <token>``; unset = open."""
    tokens = parse_tokens(get_settings(request).api_tokens)
    if not tokens:
        return None
    given = credentials.credentials if credentials else ""
    for token, role in tokens.items():
        if secrets.compare_digest(given.encode(), token.encode()):
            return role
    raise HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Send a valid API token as 'Authorization: Bearer <token>'.",
        headers={"WWW-Authenticate": "Bearer"},
    )


CurrentRole = Annotated[str | None, Depends(require_token)]


# -- roles ---------------------------------------------------------------------------------
# A token maps to one role (CASENOTE_API_TOKENS="tok1=practitioner,tok2=qa,..."). A council's identity
# provider (OIDC) would plug in at require_token: verify the ID/access token, read the role from a claim,
# and the user's name from ``sub``/``name`` for approvals and audits.
PRACTITIONER, SUPERVISOR, QA, CMS = "practitioner", "supervisor", "qa", "cms"
REDACTED_ONLY = frozenset({QA})  # roles that may see redacted notes only


def require_roles(*roles: str):
    """A dependency admitting the given roles (and everyone when tokens are not configured)."""

    def check(role: CurrentRole) -> str | None:
        if role is None or role in roles:
            return role
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail=f"This needs a {' or '.join(roles)} token; yours is for the {role} role.",
        )

    return check


def require_identified_access(role: CurrentRole) -> str | None:
    """For endpoints that return identifiable data (audio, full notes): refused to redacted-only roles."""
    if role in REDACTED_ONLY:
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="A QA token sees redacted notes only: use /qa/sample and /qa/notes/{note_id}.",
        )
    return role


ReviewerRole = Annotated[str | None, Depends(require_roles(PRACTITIONER, SUPERVISOR))]
SupervisorRole = Annotated[str | None, Depends(require_roles(SUPERVISOR))]
FinalNotesRole = Annotated[str | None, Depends(require_roles(CMS, SUPERVISOR, PRACTITIONER))]
QARole = Annotated[str | None, Depends(require_roles(QA))]
AuditReaderRole = Annotated[str | None, Depends(require_roles(QA, SUPERVISOR))]
