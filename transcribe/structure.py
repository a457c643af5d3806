"""Structuring: the one result object a dictation produces, its sections, and its three views.

    note = build_note(transcript, redaction, tags, doubts, context)
    render_text(note)     # readable text to paste into a case record; doubts visibly marked
    redacted_view(note)   # the note as a JSON-ready dict with every identifier removed (for QA)
    note_json_schema()    # JSON schema generated from these dataclasses

``python -m transcribe.structure --schema`` rewrites ``schema/case-note.schema.json``;
``--check`` exits non-zero when the committed file is out of date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Literal

from .context import CaseContext, name_words
from .errors import NoteSchemaError
from .note import SCHEMA_VERSION, Doubt, Filing, Redaction, RedactionResult, Tag, Transcript

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "case-note.schema.json"
REGENERATE_SCHEMA = ".venv/bin/python -m transcribe.structure --schema"  # rewrites SCHEMA_PATH

VoiceEvidence = Literal["yes", "no", "not_appropriate"]


# -- sections ----------------------------------------------------------------
@dataclass
class Excerpt:
    """A sentence of the dictation filed under a section. Offsets index into the transcript text."""

    start: int
    end: int
    text: str
    start_s: float | None = None
    end_s: float | None = None
    doubt: list[str] = field(default_factory=list)  # reasons from overlapping doubt flags: check the audio
    score: float = 1.0


@dataclass
class NextStep(Excerpt):
    owner: str | None = None  # who will do it, as said ("I", "Donna", "school")
    owner_role: str | None = None  # "social worker", "mother", ... from the case context
    owner_start: int | None = None
    owner_end: int | None = None
    due: str | None = None  # when, as said ("by Friday", "on the twenty first of March")
    due_date: str | None = None  # ISO date when the dictation gives a full date


@dataclass
class SeenPerson:
    name: str  # as said in the dictation
    role: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class VisitDetails:
    date: str | None = None  # ISO date when a full date is stated
    date_text: str | None = None  # the date as said
    seen: list[SeenPerson] = field(default_factory=list)
    child_seen: bool | None = None
    seen_alone: bool | None = None  # None: the dictation does not say
    seen_alone_text: str | None = None
    seen_alone_start: int | None = None
    seen_alone_end: int | None = None


@dataclass
class FeedbackAnswer:
    question: int  # 1..4 of the recommended data set (2c)
    score: int | None = None  # 1..5 where the child gave one
    text: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class EvidenceFlags:
    child_voice_evidenced: VoiceEvidence = "no"  # 2a
    child_voice_reason: str = ""
    feedback_sought: bool = False  # 2c
    feedback: list[FeedbackAnswer] = field(default_factory=list)
    about_review: bool = False
    participation_code: str | None = None  # 2b, PN1..PN8, suggested for the chair to confirm
    participation_reason: str = ""


@dataclass
class NoteSections:
    visit: VisitDetails = field(default_factory=VisitDetails)
    child_voice: list[Excerpt] = field(default_factory=list)
    wishes_feelings: list[Excerpt] = field(default_factory=list)
    working_well: list[Excerpt] = field(default_factory=list)
    worries: list[Excerpt] = field(default_factory=list)
    next_steps: list[NextStep] = field(default_factory=list)
    observations: list[Excerpt] = field(default_factory=list)
    evidence: EvidenceFlags = field(default_factory=EvidenceFlags)


@dataclass
class CaseNote:
    transcript: Transcript
    redacted_text: str
    redactions: list[Redaction] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)
    case_ref: str | None = None
    schema_version: str = SCHEMA_VERSION
    created_at: str = ""
    sections: NoteSections = field(default_factory=NoteSections)
    filed: Filing | None = None  # the practitioner's filing: headings, marks, answers, version and approval


# -- build ---------------------------------------------------------------------
def build_note(
    transcript: Transcript,
    redaction: RedactionResult,
    tags: list[Tag],
    doubts: list[Doubt],
    context: CaseContext,
) -> CaseNote:
    """Assemble the structured note from the stage results.

    Each tag gets its audio times and the reasons of any doubt flag it overlaps (copies; the
    caller's tags are not changed).
    """
    context = context or CaseContext()
    timed = [_timed(t, transcript, doubts) for t in tags]
    now = datetime.now(timezone.utc)
    sections = _build_sections(transcript.text, timed, context, now.date())
    return CaseNote(
        transcript=transcript,
        redacted_text=redaction.redacted_text,
        redactions=redaction.redactions,
        tags=timed,
        doubts=doubts,
        case_ref=context.case_ref,
        created_at=now.isoformat(timespec="seconds"),
        sections=sections,
    )


def _timed(tag: Tag, transcript: Transcript, doubts: list[Doubt]) -> Tag:
    span = transcript.time_of(tag.start, tag.end)
    reasons = list(tag.doubt)
    for d in doubts:
        if d.start < tag.end and d.end > tag.start and d.reason not in reasons:
            reasons.append(d.reason)
    return replace(
        tag,
        start_s=span[0] if span else tag.start_s,
        end_s=span[1] if span else tag.end_s,
        doubt=reasons,
    )


def _excerpt(tag: Tag) -> Excerpt:
    return Excerpt(tag.start, tag.end, tag.text, tag.start_s, tag.end_s, list(tag.doubt), tag.score)


def _build_sections(text: str, tags: list[Tag], context: CaseContext, today: date) -> NoteSections:
    by_label: dict[str, list[Tag]] = {}
    for t in sorted(tags, key=lambda t: (t.start, t.end)):
        by_label.setdefault(t.label, []).append(t)
    from .tagging.signs import heading_of  # spaCy: imported here, not before Whisper's decode

    s = NoteSections()
    for label in ("next_step", "worry", "working_well", "observation"):
        by_label[label] = [t for t in by_label.get(label, []) if heading_of(t.text) is None]  # a spoken heading alone
    s.child_voice = [_excerpt(t) for t in by_label.get("child_voice", [])]
    s.wishes_feelings = [_excerpt(t) for t in by_label.get("wishes_feelings", [])]
    s.working_well = [_excerpt(t) for t in by_label.get("working_well", [])]
    s.worries = [_excerpt(t) for t in by_label.get("worry", [])]
    s.observations = [_excerpt(t) for t in by_label.get("observation", [])]
    s.visit = extract_visit(text, context)
    visit_year = int(s.visit.date[:4]) if s.visit.date else None
    s.next_steps = [_next_step(t, context, visit_year) for t in by_label.get("next_step", [])]
    s.evidence = _evidence(text, tags, context, s.visit, today)
    return s


# -- visit details ---------------------------------------------------------------
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "thirty first": 31, "twenty first": 21, "twenty second": 22,
    "twenty third": 23, "twenty fourth": 24, "twenty fifth": 25, "twenty sixth": 26, "twenty seventh": 27,
    "twenty eighth": 28, "twenty ninth": 29,
}
_ORD_RE = "|".join(sorted((re.escape(k).replace(r"\ ", r"[\s-]") for k in _ORDINALS), key=len, reverse=True))
_DAY_RE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORD_RE})"
_DATE_RE = re.compile(
    rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?P<d1>{_DAY_RE})\s+(?:of\s+)?(?P<m1>{_MONTH_RE})\b(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|\b(?P<m2>{_MONTH_RE})\s+(?:the\s+)?(?P<d2>{_DAY_RE})\b(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    r"|\b(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{2,4})\b",
    re.I,
)


def _parse_date(m: re.Match, year_hint: int | None = None) -> str | None:
    try:
        if m.group("d3"):
            d, mo, y = int(m.group("d3")), int(m.group("m3")), int(m.group("y3"))
            y = y + 2000 if y < 100 else y
        else:
            d_raw = (m.group("d1") or m.group("d2")).lower()
            m_raw = (m.group("m1") or m.group("m2")).lower()
            y_raw = m.group("y1") or m.group("y2")
            d = int(re.sub(r"\D", "", d_raw)) if d_raw[0].isdigit() else _ORDINALS[re.sub(r"[\s-]+", " ", d_raw)]
            mo = next(i + 1 for i, name in enumerate(_MONTHS) if name.startswith(m_raw[:3]))
            if y_raw:
                y = int(y_raw)
            elif year_hint is not None:
                y = year_hint
            else:  # no year said: the latest such date not after today (a visit note looks back)
                today = date.today()
                y = today.year if (mo, d) <= (today.month, today.day) else today.year - 1
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError, StopIteration):
        return None


_SENT_RE = re.compile(r"[^.!?\n]+[.!?]*", re.M)
_VISIT_CUE = re.compile(r"\b(visit(?:ed)?|seen|saw|today|home visit|met)\b", re.I)
_FUTURE_CUE = re.compile(r"\b(next|again|will|'ll|going to|planned|booked)\b", re.I)
_SEEN_CUE = re.compile(
    r"\b(present (?:were|was)|present:|also present|i saw|i met|i visited|i spoke (?:to|with)|seen:|"
    r"at home (?:were|was)|(?:was|were) (?:also )?(?:seen|present|at home))\b", re.I)
_NOT_SEEN = re.compile(r"\b(not (?:at home|present|seen|in)|wasn't (?:at home|present|in)|absent|was out)\b", re.I)
_ALONE_NO = re.compile(
    r"\b(not (?:be )?seen (?:on (?:his|her|their) own|alone)|(?:could|did) ?(?:not|n't) (?:see|speak to|be seen)[^.]*?"
    r"(?:alone|on (?:his|her|their) own)|present throughout|(?:refused|declined) to let|"
    r"was not seen alone|wasn't seen alone|not able to see [^.]* alone|no opportunity to see [^.]* alone|"
    r"in the presence of)\b", re.I)
_ALONE_YES = re.compile(
    r"\b(seen alone|saw [^.]{0,40}?(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves|themself))|"
    r"on (?:his|her|their) own|spoke (?:to|with) [^.]{0,40}?(?:alone|privately|in private)|by (?:himself|herself|themselves)|"
    r"without (?:his|her|their|the)? ?(?:mum|mam|dad|parents?|carers?|mother|father) present|alone in (?:his|her|their) (?:bedroom|room))", re.I)


def _sentences(text: str):
    for m in _SENT_RE.finditer(text):
        if m.group().strip():
            yield m.start(), m.end(), m.group()


def extract_visit(text: str, context: CaseContext) -> VisitDetails:
    """Visit date, who was seen and whether the child was seen alone, as stated in the dictation."""
    v = VisitDetails()
    for s0, _, sent in _sentences(text):
        if v.date_text is None and _VISIT_CUE.search(sent) and not _FUTURE_CUE.search(sent):
            m = _DATE_RE.search(sent)
            if m:
                v.date_text = m.group().strip()
                v.date = _parse_date(m)
        if v.seen_alone is None:
            m = _ALONE_NO.search(sent)
            if m:
                v.seen_alone, v.seen_alone_text = False, sent.strip()
                v.seen_alone_start, v.seen_alone_end = s0 + (len(sent) - len(sent.lstrip())), s0 + len(sent.rstrip())
            elif (m := _ALONE_YES.search(sent)) and not _FUTURE_CUE.search(sent[: m.start()]):
                v.seen_alone, v.seen_alone_text = True, sent.strip()
                v.seen_alone_start, v.seen_alone_end = s0 + (len(sent) - len(sent.lstrip())), s0 + len(sent.rstrip())
        if _SEEN_CUE.search(sent) and not _FUTURE_CUE.search(sent):
            _add_seen(v, text, s0, sent, context)
    child_first = _first_name(context.child.name) if context.child and context.child.name else None
    if v.seen:
        v.child_seen = any(p.role == "child" for p in v.seen)
    if v.seen_alone:
        v.child_seen = True
    if child_first and re.search(rf"\b(?:not|n't) (?:see|seen|able to see)\b[^.]{{0,20}}\b{re.escape(child_first)}\b", text, re.I):
        v.child_seen = False
    return v


def _first_name(name: str) -> str:
    parts = name_words(name)
    return parts[0] if parts else name


_ROLE_WORDS = {
    "mum": "mother", "mam": "mother", "mother": "mother", "dad": "father", "father": "father",
    "nan": "grandmother", "nana": "grandmother", "gran": "grandmother", "grandad": "grandfather",
    "stepdad": "stepfather", "stepfather": "stepfather", "brother": "sibling", "sister": "sibling",
    "baby": "child", "carer": "carer", "foster carer": "foster carer", "partner": "partner",
}


def _add_seen(v: VisitDetails, text: str, s0: int, sent: str, context: CaseContext) -> None:
    if _NOT_SEEN.search(sent) and not re.search(r"\b(present|seen|saw)\b", sent[: _NOT_SEEN.search(sent).start()], re.I):
        return
    names = [(n, r) for n, r in context.named_people() if r != "worker"]
    have = {(p.start, p.end) for p in v.seen}
    found: list[SeenPerson] = []
    for name, role in names:
        first = _first_name(name)
        for cand in (name, first):
            m = re.search(rf"\b{re.escape(cand)}\b", sent)
            if m:
                found.append(SeenPerson(m.group(), role, s0 + m.start(), s0 + m.end()))
                break
    for word, role in _ROLE_WORDS.items():
        m = re.search(rf"\b(?:his|her|their|the)\s+{word}\b", sent, re.I)
        if m and not any(f.role == role or (f.start is not None and f.start - s0 > m.start() and f.start - s0 - m.end() < 3) for f in found):
            found.append(SeenPerson(m.group(), role, s0 + m.start(), s0 + m.end()))
    for p in sorted(found, key=lambda p: p.start or 0):
        if (p.start, p.end) not in have and not any(q.role == p.role and q.role == "child" for q in v.seen):
            v.seen.append(p)


# -- next steps --------------------------------------------------------------------
_OWNER_RE = re.compile(
    r"(?:^|(?:that|and|,|;)\s+)(?P<owner>I|We|we|(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+|school|nursery|health visitor|police|GP|"
    r"social worker|family support worker|mum|mam|dad|nan|nana)(?:\s+(?!Will\b|To\b)[A-Z][\w'’-]+)*)\s+"
    r"(?:will|'ll|shall|is to|are to|is going to|are going to|has agreed to|have agreed to|agreed to|needs to|need to|"
    r"should|must|to|has been asked to|have been asked to|said (?:she|he|they) will|will be)\b"
)
_OWNER_BY_RE = re.compile(r"\bby (?P<owner>me|us|the [a-z ]+?worker|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\b")
_DUE_RE = re.compile(
    r"\b(?:(?:by|before|on|from|no later than)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:next\s+|this\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|tomorrow|today|"
    rf"{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE}(?:\s+\d{{4}})?|{_MONTH_RE}\s+{_DAY_RE}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
    r"(?:next\s+)?(?:visit|review|meeting|conference|core group))"
    r"|within\s+(?:\w+|\d+)\s+(?:working\s+)?(?:days?|weeks?|months?)"
    r"|in\s+(?:\w+|\d+)\s+(?:days?|weeks?|months?)(?:'|’)?(?:\s+time)?"
    r"|(?:this|next)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)"
    r"|tomorrow|at the next (?:visit|meeting|review|core group)"
    rf"|on\s+(?:the\s+)?{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE}(?:\s+\d{{4}})?)",
    re.I,
)


def _next_step(tag: Tag, context: CaseContext, year: int | None) -> NextStep:
    step = NextStep(tag.start, tag.end, tag.text, tag.start_s, tag.end_s, list(tag.doubt), tag.score)
    m = _OWNER_RE.search(tag.text)
    if m and m.group("owner").lower() not in {"this", "there", "it", "he", "she", "they"}:
        step.owner = m.group("owner")
        step.owner_start, step.owner_end = tag.start + m.start("owner"), tag.start + m.end("owner")
    else:
        mb = _OWNER_BY_RE.search(tag.text)
        if mb and not _DUE_RE.match(tag.text, mb.start()):
            step.owner = mb.group("owner")
            step.owner_start, step.owner_end = tag.start + mb.start("owner"), tag.start + mb.end("owner")
    if step.owner:
        step.owner_role = _role_of(step.owner, context)
    d = _DUE_RE.search(tag.text)
    if d:
        step.due = d.group().strip()
        dm = _DATE_RE.search(step.due)
        if dm:
            step.due_date = _parse_date(dm, year)
    return step


def _role_of(owner: str, context: CaseContext) -> str | None:
    low = owner.lower()
    if low in {"i", "me"} or "social worker" in low:
        return "social worker"
    if low in {"we", "us"}:
        return "social worker and family"
    for name, role in context.named_people():
        parts = {p.lower() for p in name.split()}
        if low in parts or low == name.lower() or set(low.split()) & parts - {"mr", "mrs", "ms", "miss"}:
            return "social worker" if role == "worker" else role
    word = low.removeprefix("the ").strip()
    return _ROLE_WORDS.get(word, word if word in {"school", "nursery", "health visitor", "police", "gp"} else None)


# -- evidence flags (voice of the child data set) -------------------------------
_BABY_RE = re.compile(r"\b(new-?born|baby|infant|\d+\s*(?:weeks?|months?)\s*old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:weeks?|months?)\s+old)\b", re.I)
_FEEDBACK_Q = [
    (1, re.compile(r"understand(?:s|ing)?\s+why\s+(?:i|i'm|we|we're|the social worker)\b[^.?]{0,30}\b(?:worried|working|involved)", re.I)),
    (2, re.compile(r"\blisten(?:ed|ing)?\s+to\s+(?:you|him|her|them)\b|\bunderstand\s+what\s+(?:you|he|she|they)\s+want", re.I)),
    (3, re.compile(r"\bagree[sd]?\s+with\s+the\s+plans?\b|\bagree(?:ment)?\s+with\s+(?:the\s+)?plans?\b", re.I)),
    (4, re.compile(r"\b(?:helping|help(?:ed)?)\s+(?:you|him|her|them)\s+and\s+(?:your|his|her|their)\s+family\b|\bmak(?:e|ing)\s+things\s+better\b", re.I)),
]
_FEEDBACK_FRAME = re.compile(r"\b(how well|how much|out of (?:5|five)|scored?|rated?|rating|feedback|on a scale|scale of)\b", re.I)
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SCORE_RE = re.compile(r"\b(?P<n>[1-5]|one|two|three|four|five)\s*(?:out of|/)\s*(?:5|five)\b|\b(?:gave|score[ds]?|rated?|rating|picked|chose)\b[^.]{0,25}?\b(?:a\s+)?(?P<m>[1-5]|one|two|three|four|five)\b", re.I)
_REVIEW_RE = re.compile(
    r"\b(?:(?:cla|lac|looked[- ]after(?: child(?:ren)?)?|child protection|cp|statutory|pathway plan|placement|cin|child in need)\s+review|"
    r"review (?:meeting|conference|child protection conference)|(?:at|to|for|before|after|in) (?:the|his|her|their) review|"
    r"independent reviewing officer|\biro\b)", re.I)


def _evidence(text: str, tags: list[Tag], context: CaseContext, visit: VisitDetails, today: date) -> EvidenceFlags:
    e = EvidenceFlags()
    voice = [t for t in tags if t.label == "child_voice"]
    if voice:
        e.child_voice_evidenced = "yes"
        e.child_voice_reason = f"{len(voice)} passage(s) record what the child said or communicated."
    else:
        age_months = _age_months(context, visit, today)
        child_first = _first_name(context.child.name) if context.child and context.child.name else None
        baby_in_text = bool(_BABY_RE.search(text)) and (
            child_first is None or re.search(rf"\b{re.escape(child_first)}\b[^.]{{0,60}}{_BABY_RE.pattern}|{_BABY_RE.pattern}[^.]{{0,30}}\b{re.escape(child_first)}\b", text, re.I)
            or not re.search(rf"\b{re.escape(child_first)}\b", text, re.I)
        )
        if (age_months is not None and age_months < 24) or (age_months is None and baby_in_text):
            e.child_voice_evidenced = "not_appropriate"
            e.child_voice_reason = "The child is a baby; record observations of the child instead."
        elif visit.child_seen is False:
            e.child_voice_reason = "The child was not seen on this visit."
        else:
            e.child_voice_reason = "No passage records what the child said, showed or communicated."

    for s0, s1, sent in _sentences(text):
        if not _FEEDBACK_FRAME.search(sent):
            continue
        for q, pattern in _FEEDBACK_Q:
            if pattern.search(sent) and not any(a.question == q for a in e.feedback):
                sm = _SCORE_RE.search(sent)
                score = None
                if sm:
                    raw = (sm.group("n") or sm.group("m")).lower()
                    score = _NUM.get(raw) or int(raw)
                lead = len(sent) - len(sent.lstrip())
                e.feedback.append(FeedbackAnswer(q, score, sent.strip(), s0 + lead, s0 + len(sent.rstrip())))
    e.feedback.sort(key=lambda a: a.question)
    e.feedback_sought = bool(e.feedback)

    review_sents = [(s0, sent) for s0, _, sent in _sentences(text) if _REVIEW_RE.search(sent)]
    if review_sents:
        e.about_review = True
        e.participation_code, e.participation_reason = _participation(text, tags, context, review_sents, e)
    return e


def _age_months(context: CaseContext, visit: VisitDetails, today: date) -> int | None:
    if not (context.child and context.child.dob):
        return None
    on = date.fromisoformat(visit.date) if visit.date else today
    dob = context.child.dob
    return (on.year - dob.year) * 12 + (on.month - dob.month) - (1 if on.day < dob.day else 0)


_ATTENDED = re.compile(r"\b(attended|came to|joined|was present (?:at|for)|were present (?:at|for)|took part in|sat in on|came into)\b", re.I)
_NOT_ATTENDED = re.compile(r"\b(did not attend|didn't attend|did not come|didn't come|not present|was not at|wasn't at|declined to attend|chose not to attend|did not want to attend|didn't want to attend)\b", re.I)
_CHOSE_NOT = re.compile(r"\b(chose not to|did not want to|didn't want to|refused to|declined to|does not want to|doesn't want to)\s+(?:take part|participate|be involved|share|give|say|contribute|engage)", re.I)
_CHAIR_REASON = re.compile(r"\b(chair|iro|independent reviewing officer)\b[^.]{0,80}\b(decided|agreed|felt|judged|considered)\b[^.]{0,80}\b(not (?:appropriate|able|possible|in)|unable|too young|valid reason|too unwell)", re.I)
_ADVOCATE = re.compile(r"\badvocate\b", re.I)
_OTHER_WAY = re.compile(r"\b(wrote|written|letter|video|audio|recording|recorded|app\b|mind of my own|momo|participation software|"
                        r"questionnaire|form|through (?:his|her|their) (?:foster carer|carer|teacher|key ?worker|social worker)|"
                        r"trusted (?:adult|person)|text message|email)", re.I)
_NONVERBAL_RE = re.compile(r"\b(pointed|nodded|shook (?:his|her|their) head|signed|makaton|pecs|gestured|drew|thumbs|chose (?:a|the)|picked (?:a|the)|symbols?|eye gaze|communication (?:book|device|aid))\b", re.I)


def _participation(text: str, tags: list[Tag], context: CaseContext, review_sents, e: EvidenceFlags) -> tuple[str | None, str]:
    joined = " ".join(s for _, s in review_sents)
    whole = text
    if _CHAIR_REASON.search(whole):
        return "PN8", "The chair decided there is a valid reason the child cannot participate."
    if e.child_voice_evidenced == "not_appropriate":
        return "PN8", "The child is a baby: the chair to confirm a valid reason the child cannot participate."
    attended = bool(_ATTENDED.search(joined)) and not _NOT_ATTENDED.search(joined)
    advocate = bool(_ADVOCATE.search(whole))
    voice = [t for t in tags if t.label == "child_voice"]
    if _CHOSE_NOT.search(whole) and not voice:
        return "PN7", "The child chose not to participate in any way."
    if attended:
        if advocate and re.search(r"\badvocate\b[^.]{0,60}\b(spoke|shared|gave|read|said|presented|explained)", whole, re.I):
            return "PN3", "The child attended and an advocate spoke for them."
        if voice:
            if all(_NONVERBAL_RE.search(t.text) for t in voice):
                return "PN2", "The child attended and gave views non-verbally."
            return "PN1", "The child attended and gave views verbally."
        return "PN6", "The child attended but gave no views and had no advocate."
    if _NOT_ATTENDED.search(joined) or not attended:
        if advocate:
            return "PN4", "The child did not attend; views shared with an advocate who attended."
        if _OTHER_WAY.search(whole) or voice:
            return "PN5", "The child did not attend but gave views another way."
        if _CHOSE_NOT.search(whole):
            return "PN7", "The child chose not to participate in any way."
    return None, "The dictation does not say how the child took part in the review."


# -- readable text -----------------------------------------------------------------
def _clock(s: float | None) -> str:
    if s is None:
        return "--:--"
    s = int(round(s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def _marked(ex: Excerpt, doubts: list[Doubt]) -> str:
    """The excerpt with unsure stretches wrapped in [? ... ?] so a reader checks them."""
    spans = sorted((max(d.start, ex.start), min(d.end, ex.end)) for d in doubts if d.start < ex.end and d.end > ex.start)
    if not spans:
        return ex.text
    out, pos = [], ex.start
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        out.append(ex.text[pos - ex.start:a - ex.start])
        out.append("[? " + ex.text[a - ex.start:b - ex.start] + " ?]")
        pos = b
    out.append(ex.text[pos - ex.start:])
    return "".join(out)


def _line(ex: Excerpt, doubts: list[Doubt], extra: str = "") -> str:
    when = f"[{_clock(ex.start_s)}–{_clock(ex.end_s)}] " if ex.start_s is not None else ""
    flag = f"  (CHECK AUDIO: {', '.join(r.replace('_', ' ') for r in ex.doubt)})" if ex.doubt else ""
    return f"  - {when}{_marked(ex, doubts)}{extra}{flag}"


_EVIDENCE_WORDS = {"yes": "Yes", "no": "No", "not_appropriate": "Not appropriate"}
_QUESTIONS = {
    1: "How well do you understand why I am worried about you and your family?",
    2: "How well do you feel I listened to you and understand what you want to happen?",
    3: "How much do you agree with the plans we've talked about to keep you safe and looked after well?",
    4: "How much do you feel I am helping you and your family make things better?",
}


def render_text(note: CaseNote) -> str:
    """The note as plain text, ready to paste into a case record. Unsure passages read [? ... ?]."""
    s, doubts = note.sections, note.doubts
    v = s.visit
    out: list[str] = []
    out.append("VISIT NOTE" + (f" - case {note.case_ref}" if note.case_ref else ""))
    if not note.transcript.speech_detected:
        out.append(
            f"No speech was detected in this recording ({note.transcript.duration_s:.0f} s). "
            "Nothing has been transcribed; record the dictation again."
        )
        return "\n".join(out) + "\n"
    out.append(f"Date of visit: {v.date or v.date_text or 'not stated'}")
    if v.seen:
        out.append("Seen: " + ", ".join(f"{p.name} ({p.role})" if p.role and p.role != p.name else p.name for p in v.seen))
    alone = {True: "Yes", False: "No", None: "Not stated"}[v.seen_alone]
    out.append(f"Child seen alone: {alone}")
    if doubts:
        out.append(f"Note: {len(doubts)} passage(s) marked [? ... ?] were unclear in the recording; check the audio before signing off.")

    def section(title: str, items: list[Excerpt], render=None) -> None:
        out.append("")
        out.append(title)
        if not items:
            out.append("  - None recorded.")
        for ex in items:
            out.append(render(ex) if render else _line(ex, doubts))

    section("CHILD'S VOICE (what the child said, showed or communicated)", s.child_voice)
    section("WISHES AND FEELINGS", s.wishes_feelings)
    section("WHAT'S WORKING WELL", s.working_well)
    section("WORRIES", s.worries)

    def step_line(st: NextStep) -> str:
        bits = []
        if st.owner:
            bits.append(f"owner: {st.owner_role or st.owner}" + (f" ({st.owner})" if st.owner_role and st.owner.lower() not in {"i", "we", st.owner_role} else ""))
        if st.due:
            bits.append(f"due: {st.due_date or st.due}")
        return _line(st, doubts, (" - " + "; ".join(bits)) if bits else "")

    section("NEXT STEPS", s.next_steps, step_line)
    section("OTHER OBSERVATIONS", s.observations)

    ev = s.evidence
    out.append("")
    out.append("VOICE OF THE CHILD (recommended data set)")
    out.append(f"  2a Child's voice evidenced: {_EVIDENCE_WORDS[ev.child_voice_evidenced]} - {ev.child_voice_reason}")
    if ev.feedback_sought:
        out.append("  2c Feedback sought from the child: Yes")
        for a in ev.feedback:
            out.append(f"     Q{a.question} {_QUESTIONS[a.question]} " + (f"Score {a.score}/5" if a.score else "No score recorded"))
    else:
        out.append("  2c Feedback sought from the child: No (not recorded in this dictation)")
    if ev.about_review:
        code = ev.participation_code or "not determined"
        out.append(f"  2b Suggested participation code: {code} - {ev.participation_reason} (chair to confirm)")
    if doubts:
        out.append("")
        out.append("PASSAGES TO CHECK AGAINST THE AUDIO")
        for d in doubts:
            out.append(f"  - [{_clock(d.start_s)}–{_clock(d.end_s)}] {d.reason.replace('_', ' ')}: \"{note.transcript.text[d.start:d.end].strip()}\"")
    return "\n".join(out) + "\n"


# -- redacted view -------------------------------------------------------------------
class _Redactor:
    """Maps spans of the original transcript text onto the redacted text."""

    def __init__(self, text: str, redactions: list[Redaction]):
        self.text = text
        spans: list[list] = []
        for r in sorted(redactions, key=lambda r: (r.start, -r.end)):
            s, e = max(0, r.start), min(len(text), r.end)
            if e <= s:
                continue
            if spans and s < spans[-1][1]:  # overlapping: merge, keep the first replacement
                spans[-1][1] = max(spans[-1][1], e)
                continue
            spans.append([s, e, r.replacement or f"[{r.entity}]"])
        self.spans = spans
        self.redacted = self.span(0, len(text))
        originals = {text[s:e].strip() for s, e, _ in spans}
        parts = {w for o in originals for w in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", o) if w[0].isupper()}
        self.scrub = sorted({o for o in originals if len(o) >= 2} | parts, key=len, reverse=True)
        self.scrub_re = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in self.scrub), re.I) if self.scrub else None

    def span(self, start: int, end: int) -> str:
        start, end = max(0, start), min(len(self.text), end)
        out, pos = [], start
        for s, e, rep in self.spans:
            if e <= start or s >= end:
                continue
            if s > pos:
                out.append(self.text[pos:s])
            out.append(rep)
            pos = max(pos, e)
        if pos < end:
            out.append(self.text[pos:end])
        return "".join(out)

    def offset(self, o: int, *, is_end: bool = False) -> int:
        shift = 0
        for s, e, rep in self.spans:
            if e <= o:
                shift += len(rep) - (e - s)
            elif s < o < e:  # inside a redaction: snap to its edge
                return s + shift + (len(rep) if is_end else 0)
            else:
                break
        return o + shift

    def clean(self, value: str) -> str:
        return self.scrub_re.sub("[REDACTED]", value) if self.scrub_re and value else value


def redacted_view(note: CaseNote) -> dict:
    """The note as a JSON-ready dict for QA, with every identifier removed.

    Transcript text becomes the redacted text; every other text (segments, words, tags, doubts,
    section excerpts, owners, people seen) is re-derived from its span through the redactions,
    and all offsets are re-based onto the redacted text. As a last guard any string still
    containing a redacted original is scrubbed.
    """
    text = note.transcript.text
    rd = _Redactor(text, note.redactions)
    d = asdict(note)

    def remap(obj: dict, s_key="start", e_key="end", text_key: str | None = "text") -> None:
        s, e = obj.get(s_key), obj.get(e_key)
        if s is None or e is None:
            if text_key and obj.get(text_key):
                obj[text_key] = rd.clean(obj[text_key])
            return
        if text_key:
            obj[text_key] = rd.span(s, e).strip() if obj.get(text_key, "") != "" else ""
        obj[s_key], obj[e_key] = rd.offset(s), rd.offset(e, is_end=True)

    tr = d["transcript"]
    tr["text"] = rd.redacted
    for seg in tr["segments"]:
        cs, ce = seg["char_start"], seg["char_end"]
        seg["text"] = rd.span(cs, ce) if ce > cs else rd.clean(seg["text"])
        pos = cs
        for w in seg["words"]:
            word = w["word"].strip()
            at = text.find(word, pos, max(ce, pos) + len(word)) if word and ce > cs else -1
            if at >= 0:
                lead = w["word"][: len(w["word"]) - len(w["word"].lstrip())]
                w["word"] = lead + rd.span(at, at + len(word))
                pos = at + len(word)
            else:
                w["word"] = "[?]" if rd.scrub_re and rd.scrub_re.search(w["word"]) else rd.clean(w["word"])
        seg["char_start"], seg["char_end"] = rd.offset(cs), rd.offset(ce, is_end=True)
    d["redacted_text"] = rd.redacted
    for r in d["redactions"]:
        s = rd.offset(r["start"])
        r["start"], r["end"] = s, s + len(r["replacement"] or f"[{r['entity']}]")
    for t in d["tags"]:
        remap(t)
    for dbt in d["doubts"]:
        remap(dbt)
        dbt["detail"] = rd.clean(dbt.get("detail", ""))
    sec = d["sections"]
    for key in ("child_voice", "wishes_feelings", "working_well", "worries", "observations", "next_steps"):
        for ex in sec[key]:
            remap(ex)
            if key == "next_steps" and ex.get("owner"):
                if ex.get("owner_start") is not None:
                    os_, oe = ex["owner_start"], ex["owner_end"]
                    ex["owner"] = rd.span(os_, oe)
                    ex["owner_start"], ex["owner_end"] = rd.offset(os_), rd.offset(oe, is_end=True)
                else:
                    ex["owner"] = rd.clean(ex["owner"])
            if key == "next_steps" and ex.get("due"):
                ex["due"] = rd.clean(ex["due"])
    visit = sec["visit"]
    for p in visit["seen"]:
        if p.get("start") is not None:
            s, e = p["start"], p["end"]
            p["name"] = rd.span(s, e)
            p["start"], p["end"] = rd.offset(s), rd.offset(e, is_end=True)
        else:
            p["name"] = f"[{(p.get('role') or 'person').upper()}]"
    if visit.get("seen_alone_text"):
        remap(visit, "seen_alone_start", "seen_alone_end", "seen_alone_text")
    for a in sec["evidence"]["feedback"]:
        remap(a)
    if d.get("filed"):  # each filed sentence is a stretch of the transcript, in order
        pos = 0
        for fs in d["filed"]["sentences"]:
            at = text.find(fs["text"], pos) if fs["text"] else -1
            if at >= 0:
                fs["text"], pos = rd.span(at, at + len(fs["text"])), at + len(fs["text"])
            else:
                fs["text"] = rd.clean(fs["text"])
    if d.get("case_ref"):
        d["case_ref"] = "[CASE_REF]"
    d["redacted"] = True
    return _scrub_all(d, rd)


def _scrub_all(obj: Any, rd: _Redactor) -> Any:
    if isinstance(obj, dict):
        return {k: _scrub_all(v, rd) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub_all(v, rd) for v in obj]
    if isinstance(obj, str):
        return rd.clean(obj)
    return obj


# -- schema --------------------------------------------------------------------------
def note_json_schema() -> dict:
    """JSON schema of ``CaseNote`` generated from the dataclasses."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(CaseNote).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://casenote.invalid/schema/case-note/{SCHEMA_VERSION}"
    return schema


def schema_text() -> str:
    return json.dumps(note_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def check_schema_file(path: Path = SCHEMA_PATH) -> None:
    """Raise NoteSchemaError unless ``path`` holds the schema the dataclasses generate."""
    try:
        current = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise NoteSchemaError(f"Cannot read {path} ({exc.strerror}). From the project root run: {REGENERATE_SCHEMA}") from exc
    if current != schema_text():
        raise NoteSchemaError(f"{path} is out of date with CaseNote. From the project root run: {REGENERATE_SCHEMA}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m transcribe.structure", description=__doc__.splitlines()[0])
    ap.add_argument("--schema", action="store_true", help=f"write the JSON schema to {SCHEMA_PATH}")
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed schema file is out of date")
    ap.add_argument("--out", type=Path, default=SCHEMA_PATH)
    args = ap.parse_args(argv)
    if args.check:
        try:
            check_schema_file(args.out)
        except NoteSchemaError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    if args.schema:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(schema_text(), encoding="utf-8")
        print(f"wrote {args.out}")
        return 0
    ap.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
