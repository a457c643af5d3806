"""Signing in on a page through the council's identity provider (the loopback IdP of tests/api/test_auth.py):
authorization code with PKCE, back on the page signed in by name; the approver is that person."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.api.test_auth import AUDIENCE, ROLE_MAP, LoopbackIdP, make_keys, sign
from tests.api.test_review import add_note


@pytest.fixture(scope="module")
def keys():
    return make_keys()


@pytest.fixture
def idp(keys):
    server = LoopbackIdP([keys["rsa-1"][1]], signer=lambda **over: sign(keys, **over),
                         user={"name": "Sam Carter", "roles": ["CSC-Practitioners"]})
    yield server
    server.close()


@pytest.fixture
def live_settings(idp):
    return {"oidc_issuer": idp.issuer, "oidc_audience": AUDIENCE, "oidc_role_map": ROLE_MAP}


def test_sign_in_with_the_council_account_and_approve_under_that_name(page, live_server):
    add_note(live_server.runtime, "d-1")
    page.goto("/app/review?id=d-1")
    expect(page.locator("#signin")).to_be_visible()  # not signed in: the page asks, in words
    expect(page.locator("#error")).to_contain_text("sign in with your council account")
    with page.expect_navigation(url="**/app/review?id=d-1", timeout=30_000):  # to the IdP, /app/signed-in, back
        page.click("#signin-council")
    expect(page.locator("#who")).to_contain_text("Sam Carter", timeout=15_000)
    expect(page.locator("#approve-name-label")).to_be_hidden()  # the signed-in person approves
    page.click("#approve-btn")
    expect(page.locator("#approved")).to_contain_text("Approved by Sam Carter")
    token = page.evaluate("localStorage.getItem('casenote.token')")
    note = live_server.get("/review/notes/d-1", headers={"Authorization": f"Bearer {token}"}).json()
    assert note["approval"]["approved_by"] == "Sam Carter"


def test_an_expired_sign_in_is_said_in_plain_words(page, live_server, keys, idp):
    add_note(live_server.runtime, "d-2")
    page.goto("/app/")
    expired = sign(keys, iss=idp.issuer, exp=1_000_000, iat=999_000, nbf=999_000)
    page.evaluate("t => localStorage.setItem('casenote.token', t)", expired)
    page.goto("/app/review?id=d-2")
    expect(page.locator("#error")).to_contain_text("Your sign-in has run out. Sign in again")
    expect(page.locator("#signin-council")).to_be_visible()
