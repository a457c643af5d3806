"""``casenote worker`` leaves no child behind: RQ's scheduler (a forked child) goes when the worker is stopped
(SIGTERM) or killed (SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REDIS_URL

ROOT = Path(__file__).resolve().parents[2]
WORKER = """
import sys
from pathlib import Path
from tests.conftest import make_settings
from service.lifecycle import run_worker
run_worker(make_settings(Path(sys.argv[1]), redis_url=sys.argv[2]), preload=False)
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (or init) has yet to reap it


def _wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_the_scheduler_child_goes_with_the_worker(tmp_path, redis_conn, sig):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path / "data"), REDIS_URL], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    scheduler = None
    try:
        assert _wait(lambda: _children(worker.pid), 60), worker.stderr.read1().decode() if worker.poll() else "no child"
        [scheduler] = _children(worker.pid)
        assert _alive(scheduler)
        worker.send_signal(sig)
        worker.wait(30)
        assert _wait(lambda: not _alive(scheduler), 15), f"the scheduler {scheduler} outlived the worker ({sig.name})"
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        if scheduler is not None and _alive(scheduler):  # the test failed: leave nothing running
            os.kill(scheduler, signal.SIGKILL)
