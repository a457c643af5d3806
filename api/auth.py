"""Who is calling: static API tokens and/or bearer JWTs from the council's identity provider (OIDC).

:class:`Authenticator` turns the ``Authorization: Bearer`` value into a :class:`Principal` (subject, name,
roles). It knows nothing of HTTP responses: it raises the named errors below and ``api/errors.py`` turns them
into 401 / 403 / 503 (and the sign-in page's 400 / 404).

OIDC tokens are verified against the issuer's signing keys (JWKS, found through
``<issuer>/.well-known/openid-configuration`` unless CASENOTE_OIDC_JWKS_URL is set), fetched over HTTP and
cached for CASENOTE_OIDC_JWKS_TTL_S; a token signed with a key id not in the cache makes one refetch (the
IdP has rotated its keys), at most once per ``refetch_cooldown_s``. Only asymmetric algorithms are
accepted (RS256 / ES256): never ``none``, never HS* (which would let anyone holding the public key sign).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt

from service.settings import ROLES, Settings, split_pairs
from service.errors import CasenoteError

QA = "qa"
ADMIN = "admin"
# Without CASENOTE_OIDC_ROLE_MAP a claim value that is a casenote role name counts as that role, except
# admin: an identity provider's generic "admin" must never become casenote's; it is granted only by the map.
UNMAPPED_ROLES = tuple(r for r in ROLES if r != ADMIN)


@dataclass(frozen=True)
class Principal:
    """The caller. ``subject``/``name`` come from the IdP's token (``sub`` and the name claim); a static API
    token has neither. ``roles`` are casenote roles, never empty."""

    subject: str | None
    name: str | None
    roles: tuple[str, ...]
    via: str  # "oidc" | "token"

    @property
    def role(self) -> str:
        return self.roles[0]


# -- errors (named, each says what to do) -----------------------------------------------------
class AuthError(CasenoteError):
    """The caller cannot be let in."""


class InvalidToken(AuthError):
    """No token, an unknown static token, or a JWT that fails verification (401)."""


class NoRole(AuthError):
    """A valid token whose groups map to no casenote role (403)."""


class IdentityProviderUnavailable(AuthError):
    """The discovery document or JWKS could not be fetched (503)."""


class NotAllowed(AuthError):
    """A caller whose role the endpoint does not admit, or a redacted-only role asking for identified data (403)."""


class SignInNotSetUp(AuthError):
    """The pages asked to sign in through the identity provider, and none is configured (404)."""


class SignInFailed(AuthError):
    """The identity provider did not finish the sign-in, or its token was not accepted (400)."""


# -- options ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OidcOptions:
    issuer: str
    audience: str
    jwks_url: str | None = None
    role_claim: str = "roles"
    role_map: dict[str, str] = field(default_factory=dict)  # IdP group/role -> casenote role; empty = identity
    name_claim: str = "name"
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    leeway_s: float = 60.0
    jwks_ttl_s: float = 3600.0
    http_timeout_s: float = 5.0
    refetch_cooldown_s: float = 30.0  # unknown key ids refetch the JWKS at most this often

    @classmethod
    def from_settings(cls, s: Settings) -> OidcOptions | None:
        if not s.oidc_issuer:
            return None
        return cls(
            issuer=s.oidc_issuer,
            audience=(s.oidc_audience or "").strip(),
            jwks_url=s.oidc_jwks_url,
            role_claim=s.oidc_role_claim,
            role_map=parse_pairs(s.oidc_role_map),
            name_claim=s.oidc_name_claim,
            algorithms=tuple(s.oidc_algorithms),
            leeway_s=s.oidc_leeway_s,
            jwks_ttl_s=s.oidc_jwks_ttl_s,
            http_timeout_s=s.oidc_http_timeout_s,
        )


def parse_pairs(spec: str | None) -> dict[str, str]:
    """``"a=x,b=y"`` -> ``{"a": "x", "b": "y"}`` (the last ``=`` splits, so a key may hold one; with a
    ``;`` anywhere, entries split on ``;`` and a key may hold commas: ``"CN=QA,OU=G,DC=c=qa;..."``)."""
    out: dict[str, str] = {}
    for part in split_pairs(spec):
        key, sep, value = part.strip().rpartition("=")
        if sep and key.strip():
            out[key.strip()] = value.strip()
    return out


def map_roles(claims: dict[str, Any], role_claim: str, role_map: dict[str, str]) -> tuple[str, ...]:
    """The casenote roles named by the token's role claim (a dotted path reaches nested claims).

    A principal holding QA acts as QA only: QA must only ever see redacted notes, whatever else it holds."""
    value: Any = claims
    for part in role_claim.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, (list, tuple)):
        return ()
    roles: list[str] = []
    for v in value:
        role = role_map.get(str(v)) if role_map else (str(v) if str(v) in UNMAPPED_ROLES else None)
        if role and role not in roles:
            roles.append(role)
    return (QA,) if QA in roles else tuple(roles)


# -- signing keys ------------------------------------------------------------------------------
class JwksCache:
    """The issuer's signing keys by key id, fetched over HTTP, trusted for ``ttl_s``, refetched once when a
    token names a key id we do not have (key rotation)."""

    def __init__(
        self, opts: OidcOptions, *, client: httpx.Client | None = None, clock: Callable[[], float] = time.monotonic
    ):
        self.opts = opts
        self._client = client or httpx.Client(timeout=opts.http_timeout_s, follow_redirects=False)
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at: float | None = None
        self._refetched_at: float | None = None
        self._jwks_url = opts.jwks_url
        self._discovery: dict | None = None
        self.fetches = 0  # how many times the JWKS was fetched (for tests and metrics)

    def discovery(self) -> dict:
        """The issuer's discovery document, fetched once: where pages send people to sign in (authorization
        endpoint) and where the sign-in's code is exchanged for a token (token endpoint)."""
        if self._discovery is None:
            url = self.opts.issuer.rstrip("/") + "/.well-known/openid-configuration"
            self._discovery = self._get_json(url, "discovery document")
        return self._discovery

    def post_form(self, url: str, form: dict[str, str]) -> httpx.Response:
        """POST a form to the IdP (the token endpoint) with this cache's client and timeout."""
        try:
            return self._client.post(url, data=form, headers={"Accept": "application/json"})
        except httpx.HTTPError as e:
            raise IdentityProviderUnavailable(
                f"Could not reach the identity provider's token endpoint {url} ({type(e).__name__})."
            ) from e

    def key(self, kid: str | None) -> jwt.PyJWK:
        with self._lock:
            now = self._clock()
            if self._fetched_at is None or now - self._fetched_at >= self.opts.jwks_ttl_s:
                try:
                    self._refresh(now)
                except IdentityProviderUnavailable:
                    if not self._keys:
                        raise
                    # the IdP is down but we hold its keys: keep using them, try again after the cooldown
                    self._fetched_at = now - self.opts.jwks_ttl_s + self.opts.refetch_cooldown_s
            found = self._find(kid)
            cooled = self._refetched_at is None or now - self._refetched_at >= self.opts.refetch_cooldown_s
            if found is None and cooled:
                self._refetched_at = now
                self._refresh(now)
                found = self._find(kid)
            if found is None:
                raise InvalidToken(f"The token is signed with key {kid!r}, which the identity provider doesn't publish.")
            return found

    def _find(self, kid: str | None) -> jwt.PyJWK | None:
        if kid is None:
            return next(iter(self._keys.values())) if len(self._keys) == 1 else None
        return self._keys.get(kid)

    def _refresh(self, now: float) -> None:
        url = self._jwks_url or self._discover()
        data = self._get_json(url, "JWKS")
        keys: dict[str, jwt.PyJWK] = {}
        for i, jwk in enumerate(data.get("keys") or []):
            if not isinstance(jwk, dict) or jwk.get("use", "sig") != "sig" or jwk.get("kty") not in ("RSA", "EC"):
                continue
            try:
                keys[str(jwk.get("kid", f"#{i}"))] = jwt.PyJWK(jwk)
            except jwt.PyJWTError:
                continue  # a key we cannot use (unsupported curve, ...) is skipped, not fatal
        self._keys, self._fetched_at = keys, now
        self.fetches += 1

    def _discover(self) -> str:
        url = self.opts.issuer.rstrip("/") + "/.well-known/openid-configuration"
        doc = self._get_json(url, "discovery document")
        if doc.get("issuer") and doc["issuer"].rstrip("/") != self.opts.issuer.rstrip("/"):
            raise IdentityProviderUnavailable(
                f"{url} names issuer {doc['issuer']!r}, not CASENOTE_OIDC_ISSUER={self.opts.issuer!r}: fix the setting."
            )
        if not isinstance(doc.get("jwks_uri"), str):
            raise IdentityProviderUnavailable(f"{url} has no jwks_uri: set CASENOTE_OIDC_JWKS_URL.")
        self._jwks_url = doc["jwks_uri"]
        return self._jwks_url

    def _get_json(self, url: str, what: str) -> dict:
        try:
            r = self._client.get(url, headers={"Accept": "application/json"})
            r.raise_for_status()
            data = r.json()
        except (httpx.HTTPError, ValueError) as e:
            raise IdentityProviderUnavailable(
                f"Could not fetch the identity provider's {what} from {url} ({type(e).__name__}); check "
                "CASENOTE_OIDC_ISSUER / CASENOTE_OIDC_JWKS_URL and that this server can reach the IdP."
            ) from e
        if not isinstance(data, dict):
            raise IdentityProviderUnavailable(f"The {what} at {url} is not a JSON object.")
        return data

    def close(self) -> None:
        self._client.close()


# -- verification ------------------------------------------------------------------------------
class OidcVerifier:
    def __init__(self, opts: OidcOptions, *, jwks: JwksCache | None = None):
        self.opts = opts
        self.jwks = jwks or JwksCache(opts)

    def verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as e:
            raise InvalidToken("The bearer token is not a valid JWT.") from e
        alg = header.get("alg")
        if alg not in self.opts.algorithms:
            raise InvalidToken(f"Tokens signed with {alg!r} are not accepted (only {', '.join(self.opts.algorithms)}).")
        key = self.jwks.key(header.get("kid"))
        if key.algorithm_name != alg:
            # the JWK says which algorithm it is for (or PyJWT infers it from kty/crv): the header cannot pick another
            raise InvalidToken(f"The token's alg {alg!r} does not match its signing key ({key.algorithm_name}).")
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=[alg],
                audience=self.opts.audience,
                issuer=self.opts.issuer,
                leeway=self.opts.leeway_s,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError as e:
            raise InvalidToken("The token has expired: sign in again.") from e
        except jwt.PyJWTError as e:
            raise InvalidToken(f"The token was refused: {e}.") from e
        roles = map_roles(claims, self.opts.role_claim, self.opts.role_map)
        if not roles:
            raise NoRole(
                f"You are signed in, but none of the values in the token's {self.opts.role_claim!r} claim is mapped "
                "to a casenote role: ask IT to add you to a group listed in CASENOTE_OIDC_ROLE_MAP."
            )
        name = claims.get(self.opts.name_claim)
        return Principal(
            subject=str(claims["sub"]),
            name=str(name) if name else None,
            roles=roles,
            via="oidc",
        )


class Authenticator:
    """Static tokens (CASENOTE_API_TOKENS) and OIDC (CASENOTE_OIDC_ISSUER), either, both, or neither (open)."""

    def __init__(self, tokens: dict[str, str], oidc: OidcVerifier | None = None):
        self.tokens = tokens
        self.oidc = oidc

    @classmethod
    def from_settings(cls, s: Settings) -> Authenticator:
        opts = OidcOptions.from_settings(s)
        return cls(parse_tokens(s.api_tokens), OidcVerifier(opts) if opts else None)

    @property
    def open(self) -> bool:
        """Nothing configured: the embedded single-machine default, where every call is let in."""
        return not self.tokens and self.oidc is None

    def authenticate(self, bearer: str | None) -> Principal:
        given = (bearer or "").strip()
        if not given:
            raise InvalidToken(self._ask())
        role = self._static(given)
        if role is not None:
            return Principal(subject=None, name=None, roles=(role,), via="token")
        if self.oidc is not None and given.count(".") == 2:
            return self.oidc.verify(given)
        raise InvalidToken(self._ask())

    def _static(self, given: str) -> str | None:
        found = None
        digest = hashlib.sha256(given.encode()).digest()
        for token, role in self.tokens.items():  # every token compared, in constant time
            if secrets.compare_digest(digest, hashlib.sha256(token.encode()).digest()):
                found = role
        return found

    def _ask(self) -> str:
        if self.oidc is not None:
            return "Sign in: send your identity provider's access token as 'Authorization: Bearer <token>'."
        return "Send a valid API token as 'Authorization: Bearer <token>'."

    def close(self) -> None:
        if self.oidc is not None:
            self.oidc.jwks.close()


def parse_tokens(spec: str | None) -> dict[str, str]:
    """``CASENOTE_API_TOKENS="tok1=practitioner,tok2=qa"`` -> ``{token: role}``; a token without a role is a client."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        token, _, role = part.strip().partition("=")
        if token:
            out[token] = role or "client"
    return out
