"""Signing in on the pages: authorization code with PKCE against the loopback identity provider; the approver is
the signed-in person; a refused sign-in says why in plain words."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.api.test_auth import AUDIENCE, ROLE_MAP, LoopbackIdP, make_keys, sign
from tests.api.test_review import add_note

REDIRECT = "http://testserver/app/signed-in"


def _idp(keys, roles=("CSC-Practitioners",)):
    return LoopbackIdP([keys["rsa-1"][1]], signer=lambda **over: sign(keys, **over),
                       user={"name": "Sam Carter", "roles": list(roles)})


@pytest.fixture(scope="module")
def keys():
    return make_keys()


@pytest.fixture
def idp(keys):
    server = _idp(keys)
    yield server
    server.close()


def _code(config: dict, verifier: str, **over) -> str:
    """What the browser does: to the IdP's sign-in page with the S256 challenge, back with a code."""
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    params = {"response_type": "code", "client_id": config["client_id"], "redirect_uri": REDIRECT,
              "scope": config["scope"], "state": "s1", "code_challenge": challenge, "code_challenge_method": "S256",
              **over}
    r = httpx.get(config["authorization_endpoint"], params=params, follow_redirects=False)
    assert r.status_code == 302
    back = parse_qs(urlsplit(r.headers["location"]).query)
    assert back["state"] == ["s1"]
    return back["code"][0]


def test_sign_in_with_pkce_and_approve_as_the_signed_in_person(make_app, idp):
    client, rt = make_app(oidc_issuer=idp.issuer, oidc_audience=AUDIENCE, oidc_role_map=ROLE_MAP, api_tokens="tc=cms")
    add_note(rt, "d-1")
    config = client.get("/auth/config").json()
    assert config["oidc"] and config["client_id"] == AUDIENCE and config["redirect_path"] == "/app/signed-in"
    assert config["authorization_endpoint"] == idp.issuer + "/protocol/openid-connect/auth"

    verifier = secrets.token_urlsafe(48)
    code = _code(config, verifier)
    signed = client.post("/auth/token", json={"code": code, "code_verifier": verifier, "redirect_uri": REDIRECT})
    assert signed.status_code == 200, signed.text
    assert signed.json()["name"] == "Sam Carter" and signed.json()["role"] == "practitioner"
    me = {"Authorization": f"Bearer {signed.json()['access_token']}"}
    assert client.get("/review/whoami", headers=me).json()["name"] == "Sam Carter"
    approved = client.post("/review/notes/d-1/approve", json={"approved_by": "Someone Else"}, headers=me)
    assert approved.status_code == 201 and approved.json()["approved_by"] == "Sam Carter"

    again = client.post("/auth/token", json={"code": code, "code_verifier": verifier, "redirect_uri": REDIRECT})
    assert again.status_code == 400 and "Sign in again" in again.json()["detail"]  # a code is used once


def test_a_stolen_code_without_the_verifier_is_refused(make_app, idp):
    client, _rt = make_app(oidc_issuer=idp.issuer, oidc_audience=AUDIENCE, oidc_role_map=ROLE_MAP)
    config = client.get("/auth/config").json()
    code = _code(config, secrets.token_urlsafe(48))
    r = client.post("/auth/token", json={"code": code, "code_verifier": secrets.token_urlsafe(48), "redirect_uri": REDIRECT})
    assert r.status_code == 400 and r.json()["detail"].startswith("The sign-in did not finish")


def test_an_account_without_a_casenote_role_is_told_whom_to_ask(make_app, keys):
    server = _idp(keys, roles=["Finance-Team"])
    try:
        client, _rt = make_app(oidc_issuer=server.issuer, oidc_audience=AUDIENCE, oidc_role_map=ROLE_MAP)
        config = client.get("/auth/config").json()
        verifier = secrets.token_urlsafe(48)
        r = client.post("/auth/token", json={"code": _code(config, verifier), "code_verifier": verifier,
                                             "redirect_uri": REDIRECT})
        assert r.status_code == 403 and "IT service desk" in r.json()["detail"]
    finally:
        server.close()


def test_without_an_identity_provider_pages_use_tokens(make_app):
    client, _rt = make_app(api_tokens="tp=practitioner")
    assert client.get("/auth/config").json() == {"oidc": False, "authorization_endpoint": None, "client_id": None,
                                                 "scope": None, "redirect_path": "/app/signed-in"}
    r = client.post("/auth/token", json={"code": "x", "code_verifier": "v" * 43, "redirect_uri": REDIRECT})
    assert r.status_code == 404 and "access token" in r.json()["detail"]


def test_refusals_keep_their_status_wording_and_header(make_app):
    """Auth refusals are answered in api/errors.py: the token's 401 with its challenge, a role's 403, sign-in's 404."""
    client, _rt = make_app(api_tokens="tp=practitioner,tq=qa")
    r = client.get("/notes/d-1", headers={"Authorization": "Bearer nope"})
    assert (r.status_code, r.headers["www-authenticate"]) == (401, "Bearer")
    assert set(r.json()) == {"detail"} and r.json()["detail"]
    r = client.get("/qa/sample", headers={"Authorization": "Bearer tp"})
    assert (r.status_code, r.json()) == (403, {"detail": "This needs a qa token; yours is for the practitioner role."})
    r = client.get("/notes/d-1", headers={"Authorization": "Bearer tq"})
    assert (r.status_code, r.json()) == (403, {"detail": "A QA token sees redacted notes only: use /qa/sample and "
                                                         "/qa/notes/{note_id}."})
    r = client.post("/auth/token", json={"code": "x", "code_verifier": "v" * 43, "redirect_uri": REDIRECT})
    assert (r.status_code, r.json()) == (404, {"detail": "Sign-in through the council's identity provider is not set up "
                                                         "here (CASENOTE_OIDC_ISSUER); sign in with the access token "
                                                         "your council gave you."})
