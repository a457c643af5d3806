"""Versions of a note, as the practitioner's editor makes them: the machine's draft (version 1, recorded the first
time anyone asks), each saved edit with redaction and tagging run again, and amendments after approval. The note's
filing, templates and passages are :mod:`transcribe.filing`'s; this module keeps them in the store."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from store import approvals as approval_store
from store import dictations as dictation_store
from store import notes as note_store
from store.deliveries import OutboxEvent
from store.models import Note, NoteVersion, utcnow
from store.notes import VersionContent
from transcribe.errors import CasenoteError, FilingError

from .notes import case_note


@dataclass
class EditedSentence:
    """One sentence as the editor sent it; ``origin`` names the machine sentence it came from (its audio times)."""

    text: str
    heading: str
    child_voice: bool = False
    wishes_feelings: bool = False
    origin: int | None = None


@dataclass
class Edit:
    """A practitioner's edit of the latest version (``base_version``)."""

    base_version: int
    sentences: list[EditedSentence]
    evidence: dict
    checked: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """The latest version as the editor shows it: the filed sentences, evidence answers beside the machine's
    suggestions, and the unclear passages still in the text (each with whether it was listened to)."""

    dictation_id: str
    latest: NoteVersion
    approved_version: int | None
    speech_detected: bool
    template: dict
    sentences: list[dict]
    evidence: dict
    suggestions: dict
    passages: list[dict]
    text: str
    html: str


@lru_cache(maxsize=8)
def _load_template(name: str):
    from transcribe.filing import load_template

    return load_template(name)


def note_template(settings):
    """The council's note template (CASENOTE_NOTE_TEMPLATE), read once per process; NoteTemplateError if it
    cannot be."""
    return _load_template(settings.note_template)


def version_content(note, template) -> VersionContent:
    from transcribe.filing import render_filed_html, render_filed_text

    return VersionContent(asdict(note), render_filed_text(note, template), render_filed_html(note, template))


def versions_of(rt, note: Note) -> list[NoteVersion]:
    """The finished note's versions, oldest first; version 1 (the machine's filing) is recorded the first time
    anyone asks."""
    with rt.sessions() as s:
        versions = note_store.list_versions(s, note.dictation_id)
    if not versions:
        from transcribe.filing import draft_filing

        machine = case_note(json.loads(note.note_json))
        machine.filed = draft_filing(machine, note_template(rt.settings))
        note_store.add_first_version(rt.sessions, note, version_content(machine, note_template(rt.settings)))
        with rt.sessions() as s:
            versions = note_store.list_versions(s, note.dictation_id)
    return versions


def get_version(sessions, dictation_id: str, number: int) -> NoteVersion | None:
    with sessions() as s:
        return note_store.get_version(s, dictation_id, number)


def approved_version(sessions, dictation_id: str) -> int | None:
    """The number of the version approved, or None while the note is a draft."""
    with sessions() as s:
        a = approval_store.get_approval(s, dictation_id)
    return (a.version or 1) if a is not None else None


def case_context(sessions, dictation_id: str):
    """The case context the dictation was sent with (an empty one if it cannot be read)."""
    from transcribe.context import CaseContext, parse_context

    with sessions() as s:
        d = dictation_store.get_dictation(s, dictation_id)
    try:
        return parse_context(d.context_json) if d is not None and d.context_json else CaseContext()
    except CasenoteError:
        return CaseContext()


def revise(rt, note: Note, versions: list[NoteVersion], edit: Edit):
    """The edit as a new note: sentences keep the audio times of the machine sentence they came from; redaction
    and tagging run again on the edited text. FilingError (saying why) when it cannot be filed."""
    from transcribe.filing import revise_note
    from transcribe.note import EvidenceAnswers, FiledSentence, Filing

    template = note_template(rt.settings)
    machine = case_note(json.loads(versions[0].note_json))
    origins = {s.origin: s for s in machine.filed.sentences} if machine.filed else {}
    sentences = []
    for s in edit.sentences:
        o = origins.get(s.origin)
        sentences.append(FiledSentence(text=s.text, heading=s.heading, child_voice=s.child_voice,
                                       wishes_feelings=s.wishes_feelings, start_s=o.start_s if o else None,
                                       end_s=o.end_s if o else None, origin=s.origin if o else None))
    filing = Filing(template=template.id, sentences=sentences, evidence=EvidenceAnswers(**edit.evidence),
                    checked=list(dict.fromkeys(edit.checked)), version=edit.base_version + 1)
    redactor, tagger = rt.text_stages
    try:
        return revise_note(machine, filing, template, case_context(rt.sessions, note.dictation_id), redactor, tagger)
    except FilingError:
        raise
    except CasenoteError as exc:  # a text stage's refusal of the edited text: the edit cannot be filed either
        raise FilingError(str(exc)) from exc


def save_edit(rt, note: Note, versions: list[NoteVersion], edit: Edit, *, by: str, role: str | None) -> None:
    """Save the edit as version ``edit.base_version + 1`` (StaleVersionError if someone saved a newer one)."""
    _save(rt, note, revise(rt, note, versions, edit), edit.base_version, kind="edit", created_by=by, role=role)


def save_amendment(rt, note: Note, versions: list[NoteVersion], edit: Edit, *, by: str, role: str | None,
                   reason: str) -> None:
    """Amend an approved note: a new version with the reason, at once what the case system reads, with its
    ``note.amended`` webhook."""
    revised = revise(rt, note, versions, edit)
    revised.filed = replace(revised.filed, approved_by=by, approved_at=utcnow().isoformat(timespec="seconds"),
                            amendment_reason=reason)
    _save(rt, note, revised, edit.base_version, kind="amendment", created_by=by, role=role, reason=reason)


def _save(rt, note, revised, base: int, *, kind: str, created_by: str, role, reason: str | None = None) -> None:
    content = version_content(revised, note_template(rt.settings))
    webhook = None
    if kind == "amendment":
        webhook = outbox_event(rt.settings, "note.amended", note, content, base + 1, amended_by=created_by,
                               reason=reason)
    note_store.save_version(rt.sessions, note, content, base=base, kind=kind, created_by=created_by[:255],
                            role=role, reason=reason, webhook=webhook)  # StaleVersionError: 409


def outbox_event(settings, event: str, note, content: VersionContent, version: int, **extra) -> OutboxEvent | None:
    """The webhook a version's event sends (none when no CASENOTE_WEBHOOK_URL is set)."""
    if not settings.webhook_url:
        return None
    status_word = event.split(".", 1)[1]
    return OutboxEvent(settings.webhook_url, event, {
        "event": event, "dictation_id": note.dictation_id, "case_ref": note.case_ref, "status": status_word,
        "version": version, **extra, "text": content.text, "note": content.note})


def draft(rt, note: Note, versions: list[NoteVersion]) -> Draft:
    """The latest version for the editor."""
    from transcribe.filing import doubt_passages, machine_sentences, open_passages, suggest_answers

    latest = versions[-1]
    current = case_note(json.loads(latest.note_json))
    machine = case_note(json.loads(versions[0].note_json))
    approved = approved_version(rt.sessions, note.dictation_id)
    filing = current.filed
    passages = open_passages(doubt_passages(machine, context=case_context(rt.sessions, note.dictation_id)), filing,
                             machine_sentences(machine))
    checked = set(filing.checked)
    return Draft(
        dictation_id=note.dictation_id, latest=latest, approved_version=approved,
        speech_detected=current.transcript.speech_detected, template=note_template(rt.settings).public(),
        sentences=[asdict(s) for s in filing.sentences], evidence=asdict(filing.evidence),
        suggestions=suggest_answers(machine), passages=[{**asdict(p), "checked": p.id in checked} for p in passages],
        text=latest.text, html=latest.html,
    )
