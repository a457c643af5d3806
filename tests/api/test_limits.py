"""Refusing before decoding, against a real API process (uvicorn, production mode so no models load there):
long recordings with no stated duration and chunked bodies past the cap are refused, the process's peak
memory barely moves, and no temporary file is opened outside the data directory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import DATA, REDIS_URL
from tests.long_audio import write_without_duration

ROOT = Path(__file__).resolve().parents[2]
CAP = 16 * 1024 * 1024


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def api(tmp_path, redis_conn):
    data_dir = tmp_path / "data"
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CASENOTE_DATA_DIR": str(data_dir), "CASENOTE_REDIS_URL": REDIS_URL,
           "CASENOTE_MAX_UPLOAD_BYTES": str(CAP), "CASENOTE_RECONCILE_INTERVAL_S": "3600"}
    env.pop("CASENOTE_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code in (200, 503):
                break
        except httpx.HTTPError:
            pass
        assert proc.poll() is None and time.time() < deadline, "the API did not start"
        time.sleep(0.3)
    yield base, proc.pid, data_dir
    proc.terminate()
    proc.wait(timeout=30)


def _status(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(field)


def _open_files_outside(pid: int, data_dir: Path) -> list[str]:
    """Files the process holds open that are temporary (deleted or in a temp directory) and not under data_dir."""
    out = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if not target.startswith("/") or target.startswith(str(data_dir.resolve())):
            continue
        if target.endswith("(deleted)") or target.startswith(("/tmp", "/var/tmp", "/dev/shm")):
            out.append(target)
    return out


def _upload(base: str, path: Path):
    with open(path, "rb") as f:
        return httpx.post(f"{base}/dictations", data={"case_ref": "CN-1"}, files={"file": (path.name, f)}, timeout=120)


def test_long_recordings_without_stated_duration_are_refused_in_little_memory(api, tmp_path):
    base, pid, data_dir = api
    assert _upload(base, DATA / "hello.wav").status_code == 202  # warm: imports and first connections done
    bomb = write_without_duration(tmp_path / "bomb.flac", 31 * 60, "flac")  # over the default 30 minutes
    assert bomb.stat().st_size < CAP  # under the byte cap (9 MB): only its length can refuse it
    peak = _status(pid, "VmHWM")
    started = time.monotonic()
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: _upload(base, bomb), range(6)))
    took = time.monotonic() - started
    grown = _status(pid, "VmHWM") - peak
    assert [r.status_code for r in answers] == [413] * 6, answers[0].text
    assert "longer" in answers[0].json()["detail"] or "more than" in answers[0].json()["detail"]
    assert grown < 50 * 1024 * 1024, f"peak RSS grew {grown / 2**20:.0f} MB"
    print(f"6 decode-bomb uploads refused in {took:.1f} s; API peak RSS +{grown / 2**20:.1f} MB")
    assert _open_files_outside(pid, data_dir) == []


def test_chunked_upload_is_refused_at_the_cap_while_streaming(api):
    base, pid, data_dir = api
    host, port = base.removeprefix("http://").split(":")
    boundary = "casenoteboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"case_ref\"\r\n\r\nCN-1\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.wav\"\r\n"
            "Content-Type: audio/wav\r\n\r\n").encode()
    chunk = b"\0" * (256 * 1024)
    sent, answer, seen_outside = 0, b"", []
    with socket.create_connection((host, int(port))) as s:
        s.sendall(f"POST /dictations HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n"
                  f"Content-Type: multipart/form-data; boundary={boundary}\r\n\r\n".encode())
        s.sendall(b"%x\r\n%s\r\n" % (len(head), head))
        s.settimeout(0.05)
        while sent < 10 * CAP:
            try:
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
            if sent == 4 * 1024 * 1024:  # mid-upload: where is it being written?
                time.sleep(0.3)
                seen_outside = _open_files_outside(pid, data_dir)
            try:
                answer += s.recv(65536)
            except (TimeoutError, BlockingIOError):
                pass
            except ConnectionResetError:
                break
            if answer:
                break
        s.settimeout(10)
        try:
            while b"\r\n\r\n" not in answer and (more := s.recv(65536)):
                answer += more
        except (TimeoutError, ConnectionResetError):
            pass
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < CAP + 4 * 1024 * 1024, f"the server read {sent} bytes before refusing"  # at the cap, not the end
    assert seen_outside == []
    assert list((data_dir / "tmp").iterdir()) == []  # and nothing kept
