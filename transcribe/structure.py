"""Structuring: the case note built from the stage results, with what the dictation says about the visit.

    note = build_note(transcript, redaction, tags, doubts, context)

Extraction reads the transcript for the visit (date, who was seen, whether the child was seen alone), the
next steps (who will do what, by when) and the voice-of-the-child evidence (2a-2c of the recommended data
set). The note's dataclasses are in ``note.py``; its readable text in ``render.py``; its redacted view in
``redaction/view.py``; its JSON schema in ``schema.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timezone

from .context import CaseContext, name_words
from .language.dates import DATE_RE, DAY, MONTH_NAME, DateMention, read_date
from .language.kinship import ROLE_OF, TITLE_WORDS
from .language.sentences import sentences as _sentences
from .language.titles import NAME_TITLES
from .note import (
    CaseNote, Doubt, EvidenceFlags, Excerpt, FeedbackAnswer, NextStep, NoteSections, RedactionResult, SeenPerson, Tag,
    Transcript, VisitDetails,
)


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
def _parse_date(d: DateMention, year_hint: int | None = None) -> str | None:
    """The mention as an ISO date; a date said without a year is in ``year_hint``, else the latest such
    date not after today (a visit note looks back)."""
    if d.year is not None:
        return d.value.isoformat() if d.value else None
    if year_hint is None:
        today = date.today()
        year_hint = today.year if (d.month, d.day) <= (today.month, today.day) else today.year - 1
    on = d.on(year_hint)
    return on.isoformat() if on else None


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


def extract_visit(text: str, context: CaseContext) -> VisitDetails:
    """Visit date, who was seen and whether the child was seen alone, as stated in the dictation."""
    v = VisitDetails()
    for s0, _, sent in _sentences(text):
        if v.date_text is None and _VISIT_CUE.search(sent) and not _FUTURE_CUE.search(sent):
            m = DATE_RE.search(sent)
            if m:
                v.date_text = m.group().strip()
                v.date = _parse_date(read_date(m))
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


# A family word -> the relation it names (language.kinship), and the child's and carers' words.
_ROLE_WORDS = {**ROLE_OF, "baby": "child", "foster carer": "foster carer"}


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
# A family member owns a step by name ("Kerry will") or by the word the practitioner says before that name, alone
# ("mam will", "nana to"): language.kinship's TITLE_WORDS, longest first so "nana" is not read as "nan".
_OWNER_KIN = "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=lambda w: (-len(w), w)))
_OWNER_RE = re.compile(
    r"(?:^|(?:that|and|,|;)\s+)(?P<owner>I|We|we|(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+|school|nursery|health visitor|police|GP|"
    rf"social worker|family support worker|{_OWNER_KIN})(?:\s+(?!Will\b|To\b)[A-Z][\w'’-]+)*)\s+"
    r"(?:will|'ll|shall|is to|are to|is going to|are going to|has agreed to|have agreed to|agreed to|needs to|need to|"
    r"should|must|to|has been asked to|have been asked to|said (?:she|he|they) will|will be)\b"
)
_OWNER_BY_RE = re.compile(r"\bby (?P<owner>me|us|the [a-z ]+?worker|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\b")
_DUE_RE = re.compile(
    r"\b(?:(?:by|before|on|from|no later than)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:next\s+|this\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|tomorrow|today|"
    rf"{DAY}(?:\s+of)?\s+{MONTH_NAME}(?:\s+\d{{4}})?|{MONTH_NAME}\s+{DAY}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
    r"(?:next\s+)?(?:visit|review|meeting|conference|core group))"
    r"|within\s+(?:\w+|\d+)\s+(?:working\s+)?(?:days?|weeks?|months?)"
    r"|in\s+(?:\w+|\d+)\s+(?:days?|weeks?|months?)(?:'|’)?(?:\s+time)?"
    r"|(?:this|next)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)"
    r"|tomorrow|at the next (?:visit|meeting|review|core group)"
    rf"|on\s+(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH_NAME}(?:\s+\d{{4}})?)",
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
        dm = DATE_RE.search(step.due)
        if dm:
            step.due_date = _parse_date(read_date(dm), year)
    return step


def _role_of(owner: str, context: CaseContext) -> str | None:
    low = owner.lower()
    if low in {"i", "me"} or "social worker" in low:
        return "social worker"
    if low in {"we", "us"}:
        return "social worker and family"
    for name, role in context.named_people():
        parts = {p.lower() for p in name.split()}
        if low in parts or low == name.lower() or set(low.split()) & parts - NAME_TITLES:
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
