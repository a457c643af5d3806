"""Signed webhooks delivered to a real receiver on loopback: signature checked, retried, logged, replayed."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.api.conftest import make_app  # noqa: F401  fixture (SQLite and PostgreSQL)

from worker.webhooks import deliver_due, sign, verify_signature

SECRET = "whsec-test-0123456789"


class Receiver:
    """A tiny CMS endpoint on 127.0.0.1 that verifies every signature itself, failing the first N calls."""

    def __init__(self, fail_first: int = 0):
        self.fail_first = fail_first
        self.received: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                ts = self.headers["Casenote-Timestamp"]
                expected = "v1=" + hmac.new(SECRET.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()
                valid = hmac.compare_digest(expected, self.headers["Casenote-Signature"]) and abs(time.time() - int(ts)) < 300
                receiver.received.append(
                    {"valid": valid, "body": json.loads(body), "delivery": self.headers["Casenote-Delivery"],
                     "event": self.headers["Casenote-Event"]}
                )
                code = 401 if not valid else (500 if len(receiver.received) <= receiver.fail_first else 200)
                self.send_response(code)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/casenote-hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_signature_round_trip():
    body = b'{"a":1}'
    ts = int(time.time())
    sig = sign(SECRET, ts, body)
    assert verify_signature(SECRET, str(ts), body, sig)
    assert not verify_signature(SECRET, str(ts), body + b" ", sig)  # tampered body
    assert not verify_signature("other", str(ts), body, sig)  # wrong secret
    assert not verify_signature(SECRET, str(ts - 3600), body, sign(SECRET, ts - 3600, body))  # stale: replay refused


@pytest.mark.slow
def test_signed_webhook_retried_logged_and_replayed(make_service):
    with Receiver(fail_first=1) as receiver:
        service = make_service(webhook_url=receiver.url, webhook_secret=SECRET)
        did = service.upload("hello.wav").json()["id"]
        service.work()  # the job's own first attempt gets a 500
        assert len(receiver.received) == 1
        deliveries = service.client.get("/webhooks/deliveries", params={"dictation_id": did}).json()["items"]
        assert len(deliveries) == 1 and deliveries[0]["status"] == "pending" and deliveries[0]["last_status_code"] == 500

        time.sleep(service.settings.webhook_backoff_s + 0.1)
        assert deliver_due(service.rt.sessions, service.settings) == 1  # the retry, after backoff
        assert deliver_due(service.rt.sessions, service.settings) == 0  # nothing left due: no double send

        [first, second] = receiver.received
        assert first["valid"] and second["valid"]
        assert second["event"] == "note.completed" and second["delivery"] == first["delivery"]
        assert second["body"]["dictation_id"] == did and second["body"]["case_ref"] == "CN-2025-0147"
        assert second["body"]["note"]["transcript"]["text"]

        d = service.client.get(f"/webhooks/deliveries/{deliveries[0]['id']}").json()
        assert d["status"] == "delivered" and d["attempts"] == 2
        assert [a["status_code"] for a in d["attempt_log"]] == [500, 200]

        r = service.client.post(f"/webhooks/deliveries/{d['id']}/replay")
        assert r.status_code == 202 and r.json()["replay_of"] == d["id"]
        assert len(receiver.received) == 3 and receiver.received[2]["valid"]
        assert receiver.received[2]["body"] == second["body"]
        replay = service.client.get(f"/webhooks/deliveries/{r.json()['id']}").json()
        assert replay["status"] == "delivered"

        # Each push that reached the case system is in the access log (the failed first attempt is not),
        # with the receiving host as who, and no note text.
        log = service.client.get("/access-log", params={"dictation_id": did})
        pushes = [e for e in log.json()["items"] if e["via"] == "webhook"]
        host = receiver.url.split("/")[2]
        assert [(e["action"], e["name"], e["role"], e["case_ref"]) for e in pushes] == [
            ("webhook.note.completed", host, "case-system", "CN-2025-0147")
        ] * 2
        assert pushes[0]["note_id"] is not None
        assert second["body"]["note"]["transcript"]["text"] not in log.text
        assert service.client.post("/webhooks/deliveries/999999/replay").status_code == 404


def test_webhook_gives_up_after_max_attempts(make_service):
    with Receiver(fail_first=100) as receiver:
        service = make_service(webhook_url=receiver.url, webhook_secret=SECRET, webhook_max_attempts=3)
        from store import dictations as dictation_store
        from store import notes as note_store
        from store.deliveries import OutboxEvent

        dictation_store.create_dictation(service.rt.sessions, id="d1", case_ref="C", context_json=None, audio_sha256="0" * 64,
                                         audio_bytes=1, idempotency_key=None)
        note_store.save_note(service.rt.sessions, "d1", {"x": 1}, "x", OutboxEvent(receiver.url, "note.completed", {"x": 1}))
        for _ in range(3):
            deliver_due(service.rt.sessions, service.settings)
            time.sleep(service.settings.webhook_backoff_s * 4 + 0.05)
        [d] = service.client.get("/webhooks/deliveries", params={"status": "failed"}).json()["items"]
        assert d["attempts"] == 3 and len(receiver.received) == 3
        assert [a["status_code"] for a in d["attempt_log"]] == [500, 500, 500]
        assert d["next_attempt_at"] is None and "500" in d["last_error"]


class _TalkativeReceiver(Receiver):
    """A receiver that fails with a reply holding something a caller must never see."""

    def __init__(self):
        super().__init__()
        handler = self.server.RequestHandlerClass

        class Talkative(handler):
            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers["Content-Length"]))
                self.send_response(500)
                self.end_headers()
                self.wfile.write(b"internal host db-7.council.local:5432 said no")

        self.server.RequestHandlerClass = Talkative


TOKENS = "ta=admin,tc=cms,ts=supervisor,tp=practitioner,tq=qa"


def _delivery(client, rt) -> dict:
    from tests.api.test_review import add_note

    add_note(rt, "d-1")
    assert client.post("/review/notes/d-1/approve", json={"approved_by": "Sam"},
                       headers={"Authorization": "Bearer tp"}).status_code == 201
    [d] = client.get("/webhooks/deliveries", headers={"Authorization": "Bearer ta"}).json()["items"]
    return d


@pytest.mark.parametrize("token", ["ta", "tc", "ts", "tp", "tq", None])  # None: open mode, no sign-in configured
def test_replay_to_another_url_is_refused_for_every_role(make_app, token):
    with Receiver() as receiver, Receiver() as elsewhere:
        client, rt = make_app(webhook_url=receiver.url, webhook_secret=SECRET,
                              **({"api_tokens": TOKENS} if token else {}))
        d = _delivery(client, rt)  # open mode ignores the tokens it sends
        r = client.post(f"/webhooks/deliveries/{d['id']}/replay", json={"url": elsewhere.url},
                        headers={"Authorization": f"Bearer {token}"} if token else {})
        assert r.status_code == 403, r.text
        assert elsewhere.received == [] and receiver.received == []
        assert len(client.get("/webhooks/deliveries", headers={"Authorization": "Bearer ta"}).json()["items"]) == 1


@pytest.mark.parametrize("token,code", [("ta", 202), ("tc", 202), ("ts", 403), ("tp", 403), ("tq", 403)])
def test_only_an_administrator_or_the_case_system_replays_and_the_caller_is_logged(make_app, token, code):
    with Receiver() as receiver:
        client, rt = make_app(webhook_url=receiver.url, webhook_secret=SECRET, api_tokens=TOKENS)
        d = _delivery(client, rt)
        r = client.post(f"/webhooks/deliveries/{d['id']}/replay", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == code, r.text
        log = client.get("/access-log", headers={"Authorization": "Bearer ts"}).json()["items"]
        replays = [(e["action"], e["role"], e["via"], e["dictation_id"]) for e in log if e["action"] == "webhook.replay"]
        if code == 202:
            assert r.json()["url"] == receiver.url and r.json()["replay_of"] == d["id"]
            assert replays == [("webhook.replay", {"ta": "admin", "tc": "cms"}[token], "token", "d-1")]
            assert [x["body"]["event"] for x in receiver.received] == ["note.approved"]  # the replay, sent now
        else:
            assert replays == [] and receiver.received == []


def test_a_receivers_reply_is_never_shown_and_stored_urls_elsewhere_are_not_sent(make_app):
    from sqlalchemy import update

    from store.models import WebhookDelivery

    with _TalkativeReceiver() as receiver, Receiver() as elsewhere:
        client, rt = make_app(webhook_url=receiver.url, webhook_secret=SECRET)
        from tests.api.test_review import add_note

        add_note(rt, "d-1")
        client.post("/review/notes/d-1/approve", json={"approved_by": "Sam"})
        [d] = client.get("/webhooks/deliveries").json()["items"]
        r = client.post(f"/webhooks/deliveries/{d['id']}/replay")
        assert r.status_code == 202
        replay = client.get(f"/webhooks/deliveries/{r.json()['id']}").json()
        assert replay["last_status_code"] == 500 and replay["last_error"] == "receiver answered 500"
        assert "db-7" not in client.get("/webhooks/deliveries").text

        # a delivery stored with another URL (made before this version allowed only the configured one) is not sent
        with rt.sessions() as s:
            s.execute(update(WebhookDelivery).where(WebhookDelivery.id == d["id"]).values(url=elsewhere.url))
            s.commit()
        deliver_due(rt.sessions, rt.settings)
        assert elsewhere.received == []
        stale = client.get(f"/webhooks/deliveries/{d['id']}").json()
        assert stale["status"] == "failed" and "not the configured" in stale["last_error"]


@pytest.mark.parametrize("url,ok", [
    ("https://cms.council.example/hook", True), ("http://127.0.0.1:8080/hook", True), ("http://localhost/hook", True),
    ("http://[::1]:9/hook", True), ("http://cms.council.example/hook", False), ("ftp://127.0.0.1/x", False),
    ("https:///nohost", False),
])
def test_webhook_urls_must_be_https_except_loopback(tmp_path, url, ok):
    from pydantic import ValidationError

    from tests.conftest import make_settings

    if ok:
        assert make_settings(tmp_path, webhook_url=url).webhook_url == url
    else:
        with pytest.raises(ValidationError, match="CASENOTE_WEBHOOK_URL"):
            make_settings(tmp_path, webhook_url=url)
