"""What the API asks of a dictation through service.dictations and service.uploads: where it is, and the retry of
a failed one."""

from __future__ import annotations

import json

from service import dictations, uploads
from tests.api.test_review import add_note, synthetic_note


def _failed(rt, dictation_id: str) -> None:
    """A dictation whose job failed: its row and audio, no note."""
    from store import dictations as dictation_store
    from store.models import Dictation

    sha, _ = rt.store.put_bytes(b"not heard")
    dictation_store.create_dictation(rt.sessions, id=dictation_id, case_ref="C-1", context_json=None,
                                     audio_sha256=sha, audio_bytes=9, audio_filename="a.webm", duration_s=1.0,
                                     idempotency_key=None)
    with rt.sessions() as s:
        s.query(Dictation).filter_by(id=dictation_id).update({"status": "failed", "error": "the worker stopped"})
        s.commit()


def test_an_unknown_id_has_no_state(runtime):
    with runtime.sessions() as s:
        assert dictations.find_state(s, runtime.store, "nothing-here") is None


def test_a_resumable_upload_reports_the_bytes_in_until_it_is_a_dictation(runtime):
    new = uploads.create_upload(runtime, dictation_id="phone-1", idempotency_key=None, case_ref="C-1",
                                context_json=json.dumps({"case_ref": "C-1"}), filename="visit.webm", length=10,
                                sha256=None)
    assert new.offset == 0
    uploads.part_path(runtime, new.upload).write_bytes(b"12345")
    with runtime.sessions() as s:
        state = dictations.find_state(s, runtime.store, "phone-1")
    assert (state.dictation, state.upload.id, state.received_bytes) == (None, new.upload.id, 5)
    again = uploads.create_upload(runtime, dictation_id="phone-1", idempotency_key=None, case_ref="C-1",
                                  context_json=None, filename=None, length=10, sha256=None)
    assert (again.upload.id, again.offset) == (new.upload.id, 5)  # the phone resumes where it stopped
    assert uploads.received_bytes(runtime, uploads.get_upload(runtime.sessions, new.upload.id)) == 5
    assert not uploads.dictation_exists_without_upload(runtime.sessions, "phone-1")


def test_a_one_shot_dictation_blocks_a_resumable_upload_under_its_id(runtime):
    add_note(runtime, "d-1")
    assert uploads.dictation_exists_without_upload(runtime.sessions, "d-1")
    assert not uploads.dictation_exists_without_upload(runtime.sessions, None)


def test_a_finished_note_says_whether_anything_was_heard(runtime):
    add_note(runtime, "d-1")
    silent = synthetic_note()
    silent.transcript.speech_detected = False
    add_note(runtime, "d-2", note=silent)
    with runtime.sessions() as s:
        heard, nothing = (dictations.find_state(s, runtime.store, i) for i in ("d-1", "d-2"))
    assert (heard.dictation.id, heard.speech_detected) == ("d-1", True)
    assert (nothing.dictation.id, nothing.speech_detected) == ("d-2", False)


def test_a_failed_dictation_is_queued_again_and_handed_to_the_dispatcher(runtime, redis_conn):
    from worker.dispatch import RQDispatcher

    _failed(runtime, "d-1")
    with runtime.sessions() as s:
        assert dictations.is_failed(dictations.get_dictation(s, "d-1"))
    dispatcher = RQDispatcher(redis_conn, runtime.settings)
    d = dictations.retry(runtime.sessions, dispatcher, "d-1")
    assert d.status == "queued"
    assert dispatcher.is_pending("d-1")
