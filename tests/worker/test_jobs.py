"""The worker's side of refusing long audio: what the upload check could not see, the worker's bounded decode
refuses, and the dictation fails with a reason a practitioner can act on."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from store import dictations as dictation_store
from tests.conftest import make_settings
from tests.long_audio import write_without_duration
from transcribe.audio import AudioOptions
from transcribe.errors import AudioTooLongError


@pytest.mark.slow
def test_too_long_recording_fails_in_the_worker_with_a_readable_reason(tmp_path, service_pipeline):
    from worker.jobs import run_dictation
    from worker.runtime import build_runtime

    pipeline = copy.copy(service_pipeline)  # the same loaded models, a 30-second limit
    pipeline.options = dataclasses.replace(service_pipeline.options, audio=AudioOptions(max_seconds=30))
    rt = build_runtime(make_settings(tmp_path / "data", max_audio_seconds=30), pipeline=pipeline)
    audio = write_without_duration(tmp_path / "long.webm", 90, "webm").read_bytes()
    sha, _ = rt.store.put_bytes(audio)  # as if accepted: its timestamps fooled the upload check
    dictation_store.create_dictation(rt.sessions, id="d-long", case_ref="CN-1", context_json=None, audio_sha256=sha,
                                     audio_bytes=len(audio), idempotency_key=None)
    with pytest.raises(AudioTooLongError):
        run_dictation(rt, "d-long")
    with rt.sessions() as s:
        d = dictation_store.get_dictation(s, "d-long")
    assert d.status == "failed"
    assert "more than 31 seconds long; the limit is 30 seconds" in d.error and "Split it" in d.error
    rt.close()
