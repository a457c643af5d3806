"""/health says whether the service works without saying where anything runs."""

from __future__ import annotations

from redis import Redis

from worker.dispatch import RQDispatcher


def test_health_names_no_host_or_port_when_the_queue_is_away(make_app):
    from api.main import create_app
    from fastapi.testclient import TestClient

    _client, rt = make_app()
    away = RQDispatcher(Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1), rt.settings)
    with TestClient(create_app(rt.settings, runtime=rt, dispatcher=away, background=False)) as client:
        r = client.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    assert "unreachable" in r.json()["queue"]["error"]
    assert "127.0.0.1" not in r.text and ":1" not in r.text and "6379" not in r.text
    assert r.json()["retention"] == {"active": False, "last_run": None}
