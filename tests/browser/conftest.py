"""Browser fixtures, for any page test: Debian's Chromium driven by Playwright (no browser download), a live
casenote server on a loopback port (embedded: SQLite, in-process worker, the session's tiny.en pipeline), and a
page with a fake microphone that speaks a project-made recording.

    def test_something(page, live_server):
        page.goto("/app/review")

Chromium comes from the system (apt packages ``chromium`` and ``chromium-driver``, installed by scripts/setup.sh);
``CASENOTE_CHROMIUM`` points elsewhere. A machine without it fails these tests saying how to install it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import DATA, make_settings

CHROMIUM = Path(os.environ.get("CASENOTE_CHROMIUM", "/usr/bin/chromium"))
PHONE = {"width": 390, "height": 844}  # a common phone screen, CSS pixels


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.is_file():
        pytest.fail(f"The browser tests need Debian's Chromium at {CHROMIUM}. Install it with "
                    "`apt-get install -y chromium chromium-driver` (scripts/setup.sh does) or set CASENOTE_CHROMIUM.")
    return CHROMIUM


@pytest.fixture(scope="session")
def fake_voice(tmp_path_factory) -> Path:
    """tests/data/child_voice.m4a (the project's own espeak-ng clip) as 16-bit PCM WAV, which is what Chromium's
    fake microphone plays: "I saw Kayleigh on her own. Kayleigh said she feels safe at her nan's house. She told
    me she wants to stay at her school." """
    import numpy as np

    from transcribe.audio import AudioOptions, decode_audio

    audio = decode_audio(DATA / "child_voice.m4a", AudioOptions())
    pcm = (np.clip(audio.samples, -1, 1) * 32767).astype("<i2")
    pcm = np.concatenate([np.zeros(8000, "<i2"), pcm, np.zeros(16000, "<i2")])  # a breath before and after
    path = tmp_path_factory.mktemp("voice") / "child_voice.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm.tobytes())
    return path


@pytest.fixture(scope="session")
def browser(chromium, fake_voice):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=[
            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-audio-capture={fake_voice}%noloop", "--autoplay-policy=no-user-gesture-required",
        ])
        yield b
        b.close()


@dataclass
class LiveServer:
    url: str
    runtime: object

    def get(self, path: str, **kw):
        import httpx

        return httpx.get(self.url + path, timeout=30, **kw)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_settings() -> dict:
    """Settings for the live server over the tests' defaults; a test module overrides this fixture (OIDC, tokens)."""
    return {}


@pytest.fixture
def live_server(tmp_path, service_pipeline, live_settings):
    """casenote as `casenote serve` runs it (API + in-process worker over SQLite), on a free loopback port."""
    import uvicorn

    from api.main import create_app
    from service.runtime import build_runtime

    settings = make_settings(tmp_path / "data", **live_settings)
    rt = build_runtime(settings, pipeline=service_pipeline)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, runtime=rt), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="casenote-live-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("The live casenote server did not start within 30 s.")
        time.sleep(0.05)
    yield LiveServer(f"http://127.0.0.1:{port}", rt)
    server.should_exit = True
    thread.join(timeout=15)
    rt.close()


@pytest.fixture
def make_page(browser, live_server):
    """Factory: ``make_page(viewport=PHONE)`` -> a Playwright page on the live server (relative URLs work)."""
    contexts = []

    def factory(viewport: dict | None = None):
        ctx = browser.new_context(base_url=live_server.url, viewport=viewport or PHONE,
                                  permissions=["microphone"], service_workers="block")
        ctx.set_default_timeout(20_000)
        contexts.append(ctx)
        return ctx.new_page()

    yield factory
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(make_page):
    """A phone-sized page on the live server."""
    return make_page(PHONE)
