"""Sign-in through the council's identity provider (OIDC) beside static API tokens.

The IdP is a boundary we do not own, so: (a) the verifier against keys made here, served through an httpx
mock transport (expiry, issuer, audience, key rotation, refused algorithms, role mapping); (b) the app
against a real HTTP server on 127.0.0.1 that serves the discovery document and the JWKS, so discovery and
key fetching go over real HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm
from pydantic import ValidationError

from api.auth import (
    IdentityProviderUnavailable,
    InvalidToken,
    JwksCache,
    NoRole,
    OidcOptions,
    OidcVerifier,
    map_roles,
)
from tests.api.test_review import add_note
from tests.conftest import make_settings

ISSUER = "https://idp.example.gov.uk/realms/csc"
AUDIENCE = "casenote"
ROLE_MAP = "CSC-Practitioners=practitioner,CSC-Supervisors=supervisor,CSC-QA=qa,CMS-Service=cms"


# -- keys and tokens ---------------------------------------------------------------------------
def make_keys() -> dict:
    """Two RSA keys (the second is what the IdP rotates to) and one P-256 key, each with its public JWK."""
    out = {}
    for kid in ("rsa-1", "rsa-2"):
        k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        out[kid] = (k, {**RSAAlgorithm.to_jwk(k.public_key(), as_dict=True), "kid": kid, "use": "sig", "alg": "RS256"})
    k = ec.generate_private_key(ec.SECP256R1())
    out["ec-1"] = (k, {**ECAlgorithm.to_jwk(k.public_key(), as_dict=True), "kid": "ec-1", "use": "sig", "alg": "ES256"})
    return out


@pytest.fixture(scope="module")
def keys():
    return make_keys()


def claims(**over) -> dict:
    now = int(time.time())
    c = {"iss": ISSUER, "aud": AUDIENCE, "sub": "f3c1-user-0001", "name": "Sam Carter", "iat": now, "nbf": now,
         "exp": now + 300, "roles": ["CSC-Practitioners"]}
    c.update(over)
    return {k: v for k, v in c.items() if v is not None}


def sign(keys, kid: str = "rsa-1", alg: str | None = None, **over) -> str:
    key, _ = keys[kid]
    return jwt.encode(claims(**over), key, algorithm=alg or ("ES256" if kid.startswith("ec") else "RS256"),
                      headers={"kid": kid})


class FakeIdP:
    """The JWKS endpoint as an httpx mock transport: what it publishes can change (rotation) or fail."""

    def __init__(self, jwks: list[dict]):
        self.jwks, self.down, self.hits = jwks, False, []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.hits.append(request.url.path)
        if self.down:
            return httpx.Response(503)
        if request.url.path.endswith("/.well-known/openid-configuration"):
            return httpx.Response(200, json={"issuer": ISSUER, "jwks_uri": ISSUER + "/protocol/openid-connect/certs"})
        return httpx.Response(200, json={"keys": self.jwks})


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def verifier(idp: FakeIdP, clock=None, **opts) -> OidcVerifier:
    o = OidcOptions(issuer=ISSUER, audience=AUDIENCE, role_map=dict(p.split("=") for p in ROLE_MAP.split(",")), **opts)
    client = httpx.Client(transport=httpx.MockTransport(idp.handler))
    return OidcVerifier(o, jwks=JwksCache(o, client=client, clock=clock or Clock()))


@pytest.fixture
def idp(keys):
    return FakeIdP([keys["rsa-1"][1], keys["ec-1"][1]])


# -- (a) the verifier -----------------------------------------------------------------------------------
def test_valid_tokens_give_the_principal(keys, idp):
    v = verifier(idp)
    p = v.verify(sign(keys))
    assert (p.subject, p.name, p.roles, p.via) == ("f3c1-user-0001", "Sam Carter", ("practitioner",), "oidc")
    assert v.verify(sign(keys, "ec-1", roles=["CSC-Supervisors"])).roles == ("supervisor",)  # ES256 too
    assert idp.hits == ["/realms/csc/.well-known/openid-configuration", "/realms/csc/protocol/openid-connect/certs"]
    v.verify(sign(keys))
    assert v.jwks.fetches == 1  # cached


@pytest.mark.parametrize(
    "over, message",
    [
        ({"exp": int(time.time()) - 120}, "expired"),
        ({"nbf": int(time.time()) + 600}, "not yet valid"),
        ({"iat": int(time.time()) + 600}, "iat"),
        ({"iss": "https://login.microsoftonline.com/other/v2.0"}, "(?i)issuer"),
        ({"aud": "some-other-app"}, "(?i)audience"),
        ({"exp": None}, "exp"),
        ({"sub": None}, "sub"),
    ],
)
def test_bad_claims_are_refused(keys, idp, over, message):
    with pytest.raises(InvalidToken, match=message):
        verifier(idp).verify(sign(keys, **over))


def test_small_clock_skew_is_tolerated(keys, idp):
    assert verifier(idp).verify(sign(keys, exp=int(time.time()) - 20, nbf=int(time.time()) + 20)).subject


def test_unknown_kid_refetches_once_after_rotation(keys, idp):
    clock = Clock()
    v = verifier(idp, clock)
    v.verify(sign(keys))
    idp.jwks = [keys["rsa-2"][1]]  # the IdP rotates its signing key
    assert v.verify(sign(keys, "rsa-2")).subject == "f3c1-user-0001"
    assert v.jwks.fetches == 2
    with pytest.raises(InvalidToken, match="rsa-1"):  # the old key is gone after the refetch
        v.verify(sign(keys))
    assert v.jwks.fetches == 2  # a second unknown kid inside the cooldown does not hammer the IdP
    clock.t += 31
    with pytest.raises(InvalidToken):
        v.verify(sign(keys, "ec-1"))
    assert v.jwks.fetches == 3


def test_keys_expire_after_the_ttl_and_survive_an_idp_outage(keys, idp):
    clock = Clock()
    v = verifier(idp, clock, jwks_ttl_s=600)
    v.verify(sign(keys))
    clock.t += 601
    idp.down = True
    assert v.verify(sign(keys)).subject  # stale keys keep working while the IdP is down
    assert v.jwks.fetches == 1
    idp.down = False
    clock.t += 31
    v.verify(sign(keys))
    assert v.jwks.fetches == 2


def test_idp_unreachable_before_any_keys(keys, idp):
    idp.down = True
    with pytest.raises(IdentityProviderUnavailable, match="CASENOTE_OIDC_ISSUER"):
        verifier(idp).verify(sign(keys))


def test_alg_none_and_hs256_with_the_public_key_are_refused(keys, idp):
    v = verifier(idp)
    unsigned = jwt.encode(claims(), None, algorithm="none", headers={"kid": "rsa-1"})
    with pytest.raises(InvalidToken, match="none"):
        v.verify(unsigned)
    # the classic confusion attack: HMAC "signed" with the published RSA public key as the secret
    pem = keys["rsa-1"][0].public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    forged = _hs256(claims(), pem, kid="rsa-1")
    with pytest.raises(InvalidToken, match="HS256"):
        v.verify(forged)
    # ES256 named in the header of a token whose kid is an RSA key
    with pytest.raises(InvalidToken):
        v.verify(jwt.encode(claims(), keys["ec-1"][0], algorithm="ES256", headers={"kid": "rsa-1"}))
    # signed by a key the IdP never published, under a published kid
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(InvalidToken, match="Signature"):
        v.verify(jwt.encode(claims(), stranger, algorithm="RS256", headers={"kid": "rsa-1"}))


def _hs256(payload: dict, secret: bytes, kid: str) -> str:
    """HS256 by hand: PyJWT itself refuses to use a PEM public key as an HMAC secret."""
    import base64
    import hashlib
    import hmac

    def b64(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    body = b64(json.dumps(payload).encode())
    sig = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(sig)}"


@pytest.mark.parametrize(
    "token_claims, role_claim, role_map, expected",
    [
        ({"roles": ["CSC-Practitioners"]}, "roles", ROLE_MAP, ("practitioner",)),
        ({"roles": ["CSC-Practitioners", "CSC-Supervisors", "Finance"]}, "roles", ROLE_MAP, ("practitioner", "supervisor")),
        ({"realm_access": {"roles": ["offline_access", "CSC-Supervisors"]}}, "realm_access.roles", ROLE_MAP, ("supervisor",)),
        ({"groups": "CMS-Service"}, "groups", ROLE_MAP, ("cms",)),  # a single string
        ({"roles": ["CSC-QA", "CSC-Supervisors"]}, "roles", ROLE_MAP, ("qa",)),  # QA acts as QA only
        ({"roles": ["Finance"]}, "roles", ROLE_MAP, ()),
        ({"roles": ["CSC-Practitioners"]}, "realm_access.roles", ROLE_MAP, ()),  # claim absent
        ({"realm_access": "x"}, "realm_access.roles", ROLE_MAP, ()),
        ({"roles": ["supervisor", "admin"]}, "roles", "", ("supervisor",)),  # no map: casenote role names, not admin
        ({"roles": ["IT-Casenote-Admins"]}, "roles", "IT-Casenote-Admins=admin", ("admin",)),  # admin only by the map
        # Active Directory DNs hold commas and "=": entries split on ";", each on its last "="
        ({"groups": ["CN=CSC-QA,OU=Groups,DC=council,DC=gov,DC=uk"]}, "groups",
         "CN=CSC-SW,OU=Groups,DC=council,DC=gov,DC=uk=practitioner;CN=CSC-QA,OU=Groups,DC=council,DC=gov,DC=uk=qa", ("qa",)),
    ],
)
def test_role_mapping(token_claims, role_claim, role_map, expected):
    from api.auth import parse_pairs

    assert map_roles(token_claims, role_claim, parse_pairs(role_map)) == expected


def test_unmapped_group_is_no_role(keys, idp):
    with pytest.raises(NoRole, match="CASENOTE_OIDC_ROLE_MAP"):
        verifier(idp).verify(sign(keys, roles=["Finance"]))


def test_settings_checked_at_start():
    with pytest.raises(ValidationError, match="CASENOTE_OIDC_AUDIENCE"):
        make_settings(__import__("pathlib").Path("/tmp"), oidc_issuer=ISSUER)
    with pytest.raises(ValidationError, match="RS256, ES256"):
        make_settings(__import__("pathlib").Path("/tmp"), oidc_issuer=ISSUER, oidc_audience="a", oidc_algorithms=["HS256"])
    with pytest.raises(ValidationError, match="none"):
        make_settings(__import__("pathlib").Path("/tmp"), oidc_issuer=ISSUER, oidc_audience="a", oidc_algorithms=["none"])
    with pytest.raises(ValidationError, match="ROLE_MAP"):
        make_settings(__import__("pathlib").Path("/tmp"), oidc_issuer=ISSUER, oidc_audience="a", oidc_role_map="G=root")
    dn_map = "CN=CSC-SW,OU=Groups,DC=council=practitioner;CN=CSC-QA,OU=Groups,DC=council=qa"
    assert make_settings(__import__("pathlib").Path("/tmp"), oidc_issuer=ISSUER, oidc_audience="a", oidc_role_map=dn_map)
    with pytest.raises(ValidationError, match="CASENOTE_OIDC_ISSUER"):
        make_settings(__import__("pathlib").Path("/tmp"), oidc_audience="a")


# -- (b) the app against a real IdP-shaped HTTP server on 127.0.0.1 -------------------------------------
class LoopbackIdP:
    """A tiny real HTTP server publishing a discovery document and a JWKS, like Keycloak's realm endpoints; with a
    ``signer`` (claims overrides -> JWT) also the authorization code flow with PKCE: its sign-in page signs in
    ``user`` at once and sends the browser back with a code, which the token endpoint exchanges (S256 checked,
    one use) for an access token."""

    def __init__(self, jwks: list[dict], signer=None, user: dict | None = None):
        self.jwks, self.requests, self.signer, self.user, self.codes = jwks, [], signer, user or {}, {}
        idp = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                idp.requests.append(self.path)
                path, _, query = self.path.partition("?")
                if path == "/realms/csc/.well-known/openid-configuration":
                    body = {"issuer": idp.issuer, "jwks_uri": idp.issuer + "/protocol/openid-connect/certs",
                            "authorization_endpoint": idp.issuer + "/protocol/openid-connect/auth",
                            "token_endpoint": idp.issuer + "/protocol/openid-connect/token"}
                elif path == "/realms/csc/protocol/openid-connect/certs":
                    body = {"keys": idp.jwks}
                elif path == "/realms/csc/protocol/openid-connect/auth" and idp.signer:
                    q = dict(parse_qsl(query))
                    code = secrets.token_urlsafe(16)
                    idp.codes[code] = q
                    self.send_response(302)
                    self.send_header("Location", f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q.get('state', '')})}")
                    self.end_headers()
                    return
                else:
                    self.send_error(404)
                    return
                self._json(200, body)

            def do_POST(self):  # noqa: N802
                form = dict(parse_qsl(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()))
                asked = idp.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "").encode()
                challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
                if (asked is None or asked.get("code_challenge") != challenge or asked.get("redirect_uri") != form.get("redirect_uri")
                        or asked.get("client_id") != form.get("client_id")):
                    self._json(400, {"error": "invalid_grant", "error_description": "Code not valid"})
                    return
                self._json(200, {"access_token": idp.signer(iss=idp.issuer, **idp.user), "token_type": "Bearer",
                                 "expires_in": 300})

            def _json(self, code: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.issuer = f"http://127.0.0.1:{self.server.server_port}/realms/csc"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def loopback(keys):
    server = LoopbackIdP([keys["rsa-1"][1]])
    yield server
    server.close()


@pytest.fixture
def oidc_app(make_app, loopback):
    client, rt = make_app(oidc_issuer=loopback.issuer, oidc_audience=AUDIENCE, oidc_role_map=ROLE_MAP,
                          api_tokens="tc=cms")
    add_note(rt, "d-1")
    return client, rt


def bearer(keys, kid="rsa-1", *, issuer, **over) -> dict:
    return {"Authorization": f"Bearer {sign(keys, kid, **{'iss': issuer, **over})}"}


def test_app_discovers_and_fetches_keys_over_http(keys, loopback, oidc_app):
    client, _ = oidc_app
    me = client.get("/review/whoami", headers=bearer(keys, issuer=loopback.issuer))
    assert me.status_code == 200, me.text
    assert me.json() == {"role": "practitioner", "open": False, "pages": ["/app/", "/app/review", "/app/feedback"],
                         "subject": "f3c1-user-0001", "name": "Sam Carter", "roles": ["practitioner"]}
    assert loopback.requests == ["/realms/csc/.well-known/openid-configuration",
                                 "/realms/csc/protocol/openid-connect/certs"]
    assert client.get("/review/notes/d-1", headers=bearer(keys, issuer=loopback.issuer)).status_code == 200
    assert len(loopback.requests) == 2  # keys cached

    loopback.jwks = [keys["rsa-2"][1], keys["ec-1"][1]]  # rotation at the IdP
    r = client.get("/review/notes/d-1", headers=bearer(keys, "ec-1", issuer=loopback.issuer))
    assert r.status_code == 200 and loopback.requests[-1].endswith("/certs") and len(loopback.requests) == 3


@pytest.mark.parametrize(
    "over, expected",
    [
        ({}, 200),
        ({"roles": ["CSC-Supervisors"]}, 200),
        ({"roles": ["CSC-QA"]}, 403),  # QA: redacted only
        ({"roles": ["CSC-QA", "CSC-Supervisors"]}, 403),  # QA wins over any other group
        ({"roles": ["Finance"]}, 403),  # signed in, but in no mapped group
        ({"exp": int(time.time()) - 3600}, 401),
        ({"aud": "another-app"}, 401),
        ({"iss": "http://127.0.0.1:1/realms/evil"}, 401),
    ],
)
def test_app_roles_from_tokens(keys, loopback, oidc_app, over, expected):
    client, _ = oidc_app
    r = client.get("/notes/d-1", headers=bearer(keys, issuer=loopback.issuer, **over))
    assert r.status_code == expected, r.text
    if expected == 401:
        assert r.headers["www-authenticate"] == "Bearer"


def test_app_static_tokens_keep_working_beside_oidc(keys, loopback, oidc_app):
    client, _ = oidc_app
    assert client.get("/approvals", headers={"Authorization": "Bearer tc"}).status_code == 200
    assert client.get("/review/whoami", headers={"Authorization": "Bearer tc"}).json() == {
        "role": "cms", "open": False, "pages": ["/app/returns"]}
    assert client.get("/approvals").status_code == 401
    assert client.get("/approvals", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/approvals", headers={"Authorization": "Bearer a.b.c"}).status_code == 401


def test_app_records_the_token_identity_on_approvals_and_audits(keys, loopback, oidc_app):
    client, rt = oidc_app
    h = bearer(keys, issuer=loopback.issuer)
    r = client.post("/review/notes/d-1/approve", json={"approved_by": "Typed Name"}, headers=h)
    assert r.status_code == 201 and r.json()["approved_by"] == "Sam Carter" and r.json()["role"] == "practitioner"

    qa = bearer(keys, issuer=loopback.issuer, sub="qa-user-7", name="Quinn Auditor", roles=["CSC-QA"])
    note_id = client.get("/qa/sample", headers=qa).json()["items"][0]["note_id"]
    a = client.post(f"/qa/notes/{note_id}/audits", headers=qa,
                    json={"auditor": "Someone", "child_voice": "yes", "grade": "good"})
    assert a.status_code == 201 and a.json()["auditor"] == "Quinn Auditor"

    sup = bearer(keys, issuer=loopback.issuer, sub="sup-3", name="Sue Pervisor", roles=["CSC-Supervisors"])
    log = client.get("/access-log", headers=sup).json()["items"]
    by_action = {e["action"]: e for e in log}
    assert by_action["note.approve"]["subject"] == "f3c1-user-0001" and by_action["note.approve"]["via"] == "oidc"
    assert by_action["note.audit"]["subject"] == "qa-user-7" and by_action["note.audit"]["name"] == "Quinn Auditor"


def test_app_answers_503_when_the_idp_is_unreachable(keys, make_app):
    server = LoopbackIdP([])
    issuer = server.issuer
    server.close()  # nothing listens there now
    client, _ = make_app(oidc_issuer=issuer, oidc_audience=AUDIENCE, oidc_role_map=ROLE_MAP, oidc_http_timeout_s=2)
    r = client.get("/review/whoami", headers=bearer(keys, issuer=issuer))
    assert r.status_code == 503 and "CASENOTE_OIDC_ISSUER" in r.json()["detail"]


def test_open_when_neither_tokens_nor_oidc(make_app):
    client, rt = make_app()
    add_note(rt, "d-1")
    assert client.get("/review/whoami").json()["open"] is True
    assert client.get("/notes/d-1").status_code == 200
