"""The intake's checks that need no audio and no database: the fields, and enqueueing that never loses a row."""

from __future__ import annotations

import json
import logging

import pytest

from service.intake import check_fields, enqueue
from transcribe.errors import ContextError


def test_fields_are_checked_and_the_context_carries_the_case():
    case_ref, ctx_json, sha = check_fields(" C-1 ", {"school": "Hill Primary"}, "phone-1", "AB" * 32)
    assert (case_ref, sha) == ("C-1", "ab" * 32)
    data = json.loads(ctx_json)
    assert (data["case_ref"], data["school"]) == ("C-1", "Hill Primary")


def test_every_bad_field_is_named_at_once():
    with pytest.raises(ContextError) as err:
        check_fields("", None, "no spaces allowed", "not-hex", "")
    fields = [e["field"] for e in err.value.errors]
    assert fields == ["case_ref", "dictation_id", "Idempotency-Key", "sha256"]
    assert "Fix them and resend" in str(err.value)


def test_a_context_for_another_case_is_refused():
    with pytest.raises(ContextError, match="differs from case_ref 'C-1'"):
        check_fields("C-1", {"case_ref": "C-2"})


def test_enqueue_leaves_a_committed_row_to_the_reconciler(caplog, tmp_path):
    from redis import Redis

    from service.settings import Settings
    from worker.dispatch import RQDispatcher

    away = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1)  # nothing listens on port 1
    dispatcher = RQDispatcher(away, Settings(data_dir=tmp_path))
    with caplog.at_level(logging.ERROR, logger="service.intake"):
        enqueue(dispatcher, "d-1")  # does not raise: the row is committed, the reconciler queues it
    assert "could not enqueue d-1 now; the reconciler will" in caplog.text
