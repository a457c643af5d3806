"""``casenote serve``'s HTTP access log: each request is logged, its query string (which can name a case) is not."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn

from api.serve import log_config


def test_the_access_log_has_no_query_strings(make_app, capfd):
    client, _rt = make_app()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(client.app, host="127.0.0.1", port=port, log_config=log_config(),
                                           log_level="info", lifespan="off"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    try:
        deadline = time.time() + 10
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        r = httpx.get(f"http://127.0.0.1:{port}/notes", params={"case_ref": "CN-2025-0147", "include": "summary"})
        assert r.status_code == 200
    finally:
        server.should_exit = True
        t.join(5)
    out = capfd.readouterr()
    logged = out.out + out.err
    assert '"GET /notes HTTP/1.1" 200' in logged
    assert "CN-2025-0147" not in logged and "case_ref" not in logged
