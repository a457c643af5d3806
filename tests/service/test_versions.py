"""Versions of a note through service.versions: the machine's draft recorded once, an edit saved as the next
version, a stale edit refused, and an edit that cannot be filed refused with a FilingError saying why."""

from __future__ import annotations

import pytest

from service import approvals, notes, versions
from service.errors import FilingError, StaleVersionError
from service.versions import Edit, EditedSentence
from tests.api.test_review import add_note


def _note(rt, dictation_id: str = "d-1"):
    add_note(rt, dictation_id)
    with rt.sessions() as s:
        return notes.get_note(s, dictation_id)


def _edit(saved, text: str, base: int | None = None) -> Edit:
    machine = notes.case_note(__import__("json").loads(saved[0].note_json))
    first = machine.filed.sentences[0]
    return Edit(base_version=base or saved[-1].number, evidence={},
                sentences=[EditedSentence(text=text, heading=first.heading, origin=first.origin)])


def test_the_machines_draft_is_version_one_recorded_once(runtime):
    note = _note(runtime)
    saved = versions.versions_of(runtime, note)
    assert [(v.number, v.kind, v.created_by) for v in saved] == [(1, "machine", "casenote")]
    assert [v.id for v in versions.versions_of(runtime, note)] == [saved[0].id]
    assert versions.approved_version(runtime.sessions, "d-1") is None


def test_an_edit_is_the_next_version_and_an_edit_of_an_old_one_is_refused(runtime):
    note = _note(runtime)
    saved = versions.versions_of(runtime, note)
    versions.save_edit(runtime, note, saved, _edit(saved, "The child was seen at school."), by="Sam Practitioner",
                       role="practitioner")
    latest = versions.versions_of(runtime, note)
    assert [(v.number, v.kind, v.based_on) for v in latest] == [(1, "machine", None), (2, "edit", 1)]
    assert "The child was seen at school." in latest[-1].text
    draft = versions.draft(runtime, note, latest)
    assert (draft.latest.number, draft.approved_version) == (2, None)
    assert [s["text"] for s in draft.sentences] == ["The child was seen at school."]
    with pytest.raises(StaleVersionError):
        versions.save_edit(runtime, note, latest, _edit(latest, "Another change.", base=1), by="Sam", role=None)


def test_an_edit_with_no_sentence_left_cannot_be_filed(runtime):
    note = _note(runtime)
    saved = versions.versions_of(runtime, note)
    empty = Edit(base_version=1, sentences=[], evidence={})
    with pytest.raises(FilingError, match="add at least one"):
        versions.save_edit(runtime, note, saved, empty, by="Sam", role=None)
    assert len(versions.versions_of(runtime, note)) == 1


def test_approval_freezes_the_latest_version(runtime):
    note = _note(runtime)
    latest = versions.versions_of(runtime, note)[-1]
    assert approvals.has_note_to_approve(latest)
    approval, created = approvals.approve(runtime, note, latest, approved_by="Sam", role="practitioner", comment=None)
    assert (created, approval.approved_by, approval.version) == (True, "Sam", 1)
    with runtime.sessions() as s:
        assert approvals.get_approval(s, "d-1").id == approval.id
    assert versions.approved_version(runtime.sessions, "d-1") == 1
    assert "Sam" in versions.versions_of(runtime, note)[-1].text  # the filed text says who approved it
    with runtime.sessions() as s:
        assert [a.dictation_id for a, _n in approvals.list_approvals(s)] == ["d-1"]


def test_two_approvals_that_both_found_none_answer_the_first(runtime):
    # both requests passed the route's check for an approval before either was stored
    note = _note(runtime)
    latest = versions.versions_of(runtime, note)[-1]
    first, created = approvals.approve(runtime, note, latest, approved_by="Sam", role="practitioner", comment=None)
    second, created2 = approvals.approve(runtime, note, latest, approved_by="Kim", role="practitioner", comment=None)
    assert (created, created2) == (True, False)
    assert (second.id, second.approved_by) == (first.id, "Sam")
    text = versions.versions_of(runtime, note)[-1].text
    assert "Sam" in text and "Kim" not in text
