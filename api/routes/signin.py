"""Signing in on the pages with the council's identity provider: OpenID Connect authorization code with PKCE.

    GET  /auth/config   whether pages sign in through the IdP, and where to send the person (no secrets)
    POST /auth/token    exchange the code the IdP sent back (with the PKCE verifier) for an access token,
                        checked here as every later request will be, so a refused sign-in says why at once

The pages are a public client: no client secret; the code is bound to the browser by PKCE (S256). The exchange
goes through casenote so the pages talk only to their own origin (their Content-Security-Policy allows no other).
Static API tokens stay for machines. Refusals are the named errors of ``api.auth``, worded here for the person
signing in and answered by ``api/errors.py``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ..auth import AuthError, IdentityProviderUnavailable, InvalidToken, NoRole, SignInFailed, SignInNotSetUp
from ..deps import RuntimeDep

router = APIRouter(prefix="/auth", tags=["sign-in"])
CALLBACK = "/app/signed-in"


class SigninConfig(BaseModel):
    oidc: bool = Field(description="True when pages sign in through the council's identity provider")
    authorization_endpoint: str | None = None
    client_id: str | None = None
    scope: str | None = None
    redirect_path: str = CALLBACK


class TokenRequest(BaseModel):
    code: str = Field(min_length=1, max_length=4096)
    code_verifier: str = Field(min_length=43, max_length=128, description="The PKCE verifier (RFC 7636)")
    redirect_uri: str = Field(min_length=1, max_length=2048)


class SignedIn(BaseModel):
    access_token: str
    expires_in: int | None = None
    name: str | None = None
    role: str


def _oidc(request: Request):
    auth = request.app.state.authenticator
    if auth.oidc is None:
        raise SignInNotSetUp("Sign-in through the council's identity provider is not set up here "
                             "(CASENOTE_OIDC_ISSUER); sign in with the access token your council gave you.")
    return auth


def _client_id(settings) -> str:
    return settings.oidc_client_id or settings.oidc_audience


@router.get("/config", response_model=SigninConfig)
def signin_config(request: Request, rt: RuntimeDep):
    """What the pages need to send someone to the council's sign-in page."""
    auth = request.app.state.authenticator
    if auth.oidc is None:
        return SigninConfig(oidc=False)
    try:
        doc = auth.oidc.jwks.discovery()
    except IdentityProviderUnavailable as e:
        raise IdentityProviderUnavailable(f"The council's sign-in service cannot be reached just now. {e}") from e
    return SigninConfig(oidc=True, authorization_endpoint=doc.get("authorization_endpoint"),
                        client_id=_client_id(rt.settings), scope=rt.settings.oidc_scope)


@router.post("/token", response_model=SignedIn, responses={400: {}, 403: {}, 404: {}, 503: {}})
def exchange_code(body: TokenRequest, request: Request, rt: RuntimeDep):
    """Exchange the authorization code for an access token at the IdP's token endpoint, then check that token."""
    auth = _oidc(request)
    try:
        endpoint = auth.oidc.jwks.discovery().get("token_endpoint")
        if not endpoint:
            raise IdentityProviderUnavailable("The identity provider's discovery document has no token_endpoint.")
        r = auth.oidc.jwks.post_form(endpoint, {
            "grant_type": "authorization_code", "code": body.code, "code_verifier": body.code_verifier,
            "redirect_uri": body.redirect_uri, "client_id": _client_id(rt.settings)})
    except IdentityProviderUnavailable as e:
        raise IdentityProviderUnavailable(f"The council's sign-in service cannot be reached just now: try again in "
                                          f"a minute. ({e})") from e
    data = _json(r)
    if r.status_code != 200 or not data.get("access_token"):
        why = data.get("error_description") or data.get("error") or f"HTTP {r.status_code}"
        raise SignInFailed(f"The sign-in did not finish ({why}). Sign in again; if it keeps happening, tell your IT "
                           "service desk.")
    token = data["access_token"]
    try:
        principal = auth.authenticate(token)
    except NoRole as e:
        raise NoRole("You signed in, but your council account is not set up for casenote. Ask your IT service desk "
                     f"to add you to the casenote group. ({e})") from e
    except (InvalidToken, AuthError) as e:
        raise SignInFailed(f"The sign-in was not accepted: {e}") from e
    return SignedIn(access_token=token, expires_in=data.get("expires_in"), name=principal.name, role=principal.role)


def _json(r) -> dict:
    try:
        out = r.json()
    except ValueError:
        return {}
    return out if isinstance(out, dict) else {}
