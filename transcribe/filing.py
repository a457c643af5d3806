"""Filing: the machine's note becomes the practitioner's case note, in the council's template.

    template = load_template("signs-of-safety")          # or a council's own file
    filing = draft_filing(note, template)                 # version 1: each sentence once, under one heading
    answers = suggest_answers(note)                       # the evidence questions, with the machine's reasons
    passages = doubt_passages(note, filing)               # unclear words worth a listen, merged, in their sentence
    revised = revise_note(machine, filing, context, redactor, tagger)   # a saved edit: redacted and tagged again
    render_filed_text(revised, template); render_filed_html(revised, template)

A template is a JSON file (``transcribe/templates/*.json`` ships Signs of Safety and the Assessment
Framework's three domains): heading keys, titles and order, which of the machine's tags file a sentence
under each heading, and which evidence questions the note answers. The filed text holds each sentence once,
the child's words marked inline, no doubt markers, and who approved it and when.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from .context import CaseContext, name_words
from .errors import FilingError, NoteTemplateError
from .language.sentences import sentences as split_sentences
from .note import CaseNote, Doubt, EvidenceAnswers, FiledSentence, Filing, Segment, Tag, Transcript
from .structure import build_note
from .tagging.signs import heading_of

TEMPLATES = Path(__file__).resolve().parent / "templates"
DEFAULT_TEMPLATE = "signs-of-safety"
VOICE_LABELS = ("child_voice", "wishes_feelings")
# which machine label files a sentence when it has several (an action said about a worry is a next step)
LABEL_PRECEDENCE = ("next_step", "worry", "working_well", "child_voice", "wishes_feelings", "observation")
QUESTIONS = {
    "child_seen": "Child seen",
    "seen_alone": "Child seen alone",
    "child_voice_evidenced": "2a Child's voice evidenced",
    "feedback_sought": "2c Feedback sought from the child",
    "participation_code": "2b Participation in the review (PN code)",
}
ANSWER_WORDS = {"yes": "Yes", "no": "No", "not_appropriate": "Not appropriate", True: "Yes", False: "No", None: "Not stated"}
VOICE_ANSWERS = ("yes", "no", "not_appropriate")
PN_CODES = tuple(f"PN{i}" for i in range(1, 9))


# -- templates -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    key: str
    title: str
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteTemplate:
    id: str
    title: str
    framework: str
    headings: tuple[Heading, ...]
    default_heading: str
    questions: tuple[str, ...] = field(default=tuple(QUESTIONS))

    def heading(self, key: str) -> Heading:
        for h in self.headings:
            if h.key == key:
                return h
        raise FilingError(f"No heading {key!r} in the {self.id!r} template; use one of: {', '.join(self.keys)}.")

    @property
    def keys(self) -> list[str]:
        return [h.key for h in self.headings]

    def heading_for(self, labels: set[str]) -> str:
        """Where the machine files a sentence with these tags: the first heading taking the most telling label."""
        for label in LABEL_PRECEDENCE:
            if label in labels:
                for h in self.headings:
                    if label in h.labels:
                        return h.key
        return self.default_heading

    def label_of(self, key: str) -> str:
        """The machine label a heading stands for in the structured note's sections (voice marks apart)."""
        h = self.heading(key)
        return next((lab for lab in h.labels if lab not in VOICE_LABELS), "observation")

    def public(self) -> dict:
        return {"id": self.id, "title": self.title, "framework": self.framework, "default_heading": self.default_heading,
                "headings": [{"key": h.key, "title": h.title} for h in self.headings],
                "questions": [{"key": q, "title": QUESTIONS[q]} for q in self.questions]}


def load_template(name_or_path: str | Path = DEFAULT_TEMPLATE) -> NoteTemplate:
    """A shipped template by name (``signs-of-safety``, ``assessment-framework``) or a council's JSON file."""
    path = Path(name_or_path)
    if not path.suffix:
        path = TEMPLATES / f"{name_or_path}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        shipped = ", ".join(sorted(p.stem for p in TEMPLATES.glob("*.json")))
        raise NoteTemplateError(
            f"Cannot read the note template {path} ({exc.strerror}). Set CASENOTE_NOTE_TEMPLATE to one of "
            f"{shipped} or to the path of a council's template file.") from exc
    except ValueError as exc:
        raise NoteTemplateError(f"The note template {path} is not valid JSON ({exc}); fix the file.") from exc
    try:
        headings = tuple(Heading(h["key"], h["title"], tuple(h.get("labels", ()))) for h in raw["headings"])
        t = NoteTemplate(id=raw["id"], title=raw.get("title", "Visit note"), framework=raw.get("framework", ""),
                         headings=headings, default_heading=raw.get("default_heading", headings[0].key),
                         questions=tuple(raw.get("questions", QUESTIONS)))
    except (KeyError, TypeError, IndexError) as exc:
        raise NoteTemplateError(
            f"The note template {path} needs an 'id' and a list of 'headings', each with a 'key' and a 'title' "
            f"(missing or wrong: {exc}). See transcribe/templates/signs-of-safety.json.") from exc
    problems = [f"unknown question {q!r}" for q in t.questions if q not in QUESTIONS]
    problems += [f"duplicate heading {k!r}" for k in {k for k in t.keys if t.keys.count(k) > 1}]
    if t.default_heading not in t.keys:
        problems.append(f"default_heading {t.default_heading!r} is not one of its headings")
    if problems:
        raise NoteTemplateError(f"The note template {path}: {'; '.join(problems)}. Questions: {', '.join(QUESTIONS)}.")
    return t


# -- version 1: the machine's filing -----------------------------------------------------------
def machine_sentences(note: CaseNote) -> list[tuple[int, int, str]]:
    """The transcript's sentences as (start, end, text), whitespace trimmed; a title's full stop ("Mrs. Whitfield",
    as Whisper writes it) does not end a sentence (``language.sentences``)."""
    return split_sentences(note.transcript.text)


def draft_filing(note: CaseNote, template: NoteTemplate) -> Filing:
    """Version 1: every sentence of the transcript once (a spoken heading alone is left out: the template has its
    own), under the heading its tags suggest, with the child's voice and wishes-and-feelings marks, and the
    machine's answers to the evidence questions."""
    sentences = []
    if note.transcript.speech_detected:
        for i, (a, b, text) in enumerate(machine_sentences(note)):
            if heading_of(text) is not None:  # "Next steps." said aloud: the template gives the headings
                continue
            labels = {t.label for t in note.tags if _overlap(t.start, t.end, a, b) * 2 > min(b - a, t.end - t.start)}
            heading = template.heading_for(labels)
            span = note.transcript.time_of(a, b)
            sentences.append(FiledSentence(
                text=text, heading=heading, child_voice="child_voice" in labels,
                wishes_feelings="wishes_feelings" in labels, start_s=span[0] if span else None,
                end_s=span[1] if span else None, origin=i, suggested_heading=heading))
    answers = EvidenceAnswers(**{k: v["value"] for k, v in suggest_answers(note).items()})
    return Filing(template=template.id, sentences=sentences, evidence=answers)


def suggest_answers(note: CaseNote) -> dict[str, dict]:
    """The machine's answer to each evidence question and why: {question: {"value", "reason"}}."""
    ev, visit = note.sections.evidence, note.sections.visit
    seen = ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in visit.seen)
    n = len(ev.feedback)
    return {
        "child_seen": {"value": visit.child_seen,
                       "reason": f"The dictation names who was seen: {seen}." if seen else "The dictation does not say who was seen."},
        "seen_alone": {"value": visit.seen_alone,
                       "reason": f'The dictation says: "{visit.seen_alone_text}"' if visit.seen_alone_text
                       else "The dictation does not say whether the child was seen alone."},
        "child_voice_evidenced": {"value": ev.child_voice_evidenced, "reason": ev.child_voice_reason},
        "feedback_sought": {"value": "yes" if ev.feedback_sought else "no",
                            "reason": f"The child's answers to {n} of the four feedback questions were recorded." if n
                            else "None of the four feedback questions was recorded in the dictation."},
        "participation_code": {"value": ev.participation_code if ev.about_review else None,
                               "reason": ev.participation_reason if ev.about_review
                               else "The dictation is not about a review meeting."},
    }


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


# -- doubt passages: what is worth a listen ---------------------------------------------------------
# Words that carry meaning in a note are kept whatever their probability: negations flip it, numbers and
# names identify. Everything else is dropped when it is in spaCy's English stop-word list (its complete list
# of function words: articles, auxiliaries, pronouns, prepositions), so "the", "is", "a" are never flagged.
NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", "without"})
_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_NUMBER_WORDS = frozenset("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred thousand first second third fourth fifth".split())
# reasons that are about the whole stretch, not the words in it: always shown
WHOLE_REASONS = frozenset({"hallucination_removed", "name_corrected", "read_from_case", "foreign_script", "repetition",
                           "no_speech", "identifier_unclear", "unheard_speech", "case_word_taken_back"})
MERGE_GAP_WORDS = 2  # flags this close in one sentence are one passage to listen to
RUN_WORDS = 3  # a run of this many unsure words is worth a listen whatever the words


@dataclass
class Passage:
    id: str  # stable across versions: "p<n>" in the machine note's order
    sentence: int  # index into the machine's sentences (FiledSentence.origin)
    start: int  # offsets into that sentence's text
    end: int
    text: str
    start_s: float
    end_s: float
    reasons: list[str] = field(default_factory=list)


def carries_meaning(word: str, case_names: frozenset[str] = frozenset()) -> bool:
    """A word worth checking by ear: a negation, a number, a name (a case name, or capitalised), or a content word."""
    w = word.strip("'’-").lower()
    if not w:
        return False
    if w in NEGATIONS or w.endswith("n't") or w.isdigit() or w in _NUMBER_WORDS or w in case_names:
        return True
    if word[:1].isupper() and w not in STOP_WORDS:
        return True
    return w not in STOP_WORDS


def doubt_passages(note: CaseNote, doubts: list[Doubt] | None = None,
                   context: CaseContext | None = None) -> list[Passage]:
    """The doubt flags a practitioner should listen to, each placed in its sentence. Word-level flags count where
    they hold a word that carries meaning (or are a run of three words or more); a lone function word only widens
    a neighbouring passage. Stretch-level flags (text removed, names snapped to or read from the case) always
    count. Flags within two words of each other in one sentence are one passage."""
    doubts = note.doubts if doubts is None else doubts
    text = note.transcript.text
    names = frozenset(w.lower() for n, _r in (context.named_people() if context else []) for w in name_words(n))
    sents = machine_sentences(note)

    def sentence_of(pos: int) -> int | None:
        return next((k for k, (a, b, _t) in enumerate(sents) if a <= pos < b), None)

    # (sentence, start, end, reason, strong): a strong span makes a passage; a weak one (a function word heard
    # unsurely) only widens a passage it touches, so "to" is never a passage but "show to inside" is one
    spans: list[tuple[int, int, int, str, bool]] = []
    for d in doubts:
        end = max(d.end, d.start + 1)
        if d.reason in WHOLE_REASONS:
            spans += [(i, max(d.start, a), min(end, b), d.reason, True) for i, (a, b, _t) in enumerate(sents)
                      if _overlap(a, b, d.start, end)]
            continue
        words = list(_WORD_RE.finditer(text, d.start, d.end))
        for m in words:
            i = sentence_of(m.start())
            if i is not None:
                strong = len(words) >= RUN_WORDS or carries_meaning(m.group(), names)
                spans.append((i, m.start(), m.end(), d.reason, strong))
    spans.sort()
    merged: list[list] = []
    for i, s, e, reason, strong in spans:
        last = merged[-1] if merged else None
        if last and last[0] == i and len(_WORD_RE.findall(text[last[2]:s])) <= MERGE_GAP_WORDS:
            last[2] = max(last[2], e)
            last[4] = last[4] or strong
            if reason not in last[3]:
                last[3].append(reason)
        else:
            merged.append([i, s, e, [reason], strong])
    merged = [m for m in merged if m[4]]
    out = []
    for n, (i, s, e, reasons, _strong) in enumerate(merged, 1):
        a = sents[i][0]
        span = note.transcript.time_of(s, e) or (0.0, 0.0)
        out.append(Passage(f"p{n}", i, s - a, e - a, text[s:e], span[0], span[1], reasons))
    return out


def open_passages(passages: list[Passage], filing: Filing, machine: list[tuple[int, int, str]]) -> list[Passage]:
    """The passages still in the filed text: in a sentence the practitioner has not rewritten."""
    unchanged = {s.origin for s in filing.sentences if s.origin is not None and s.origin < len(machine)
                 and s.text == machine[s.origin][2]}
    return [p for p in passages if p.sentence in unchanged]


# -- a saved edit: the text redacted and tagged again --------------------------------------------
def revise_note(machine: CaseNote, filing: Filing, template: NoteTemplate, context: CaseContext,
                redactor, tagger) -> CaseNote:
    """The note as the practitioner filed it: the edited sentences become the transcript, redaction and tagging
    run again on it (a name typed in is redacted like any other), the note's sections follow the practitioner's
    headings and marks, and the evidence flags take their answers. The machine note is not changed."""
    from .redaction import redact_text
    from .tagging import tag_text

    if not machine.transcript.speech_detected:
        raise FilingError("Nothing was heard in this recording, so there is no note to edit: record the visit again.")
    sentences = [replace(s, text=" ".join(s.text.split())) for s in filing.sentences]
    sentences = [s for s in sentences if s.text]
    if not sentences:
        raise FilingError("The note has no sentences left; add at least one or record the visit again.")
    for s in sentences:
        template.heading(s.heading)  # an unknown heading is refused with the template's keys
    machine_sents = machine_sentences(machine)
    parts, segments, spans, pos, last_s = [], [], [], 0, 0.0
    for s in sentences:
        start_s = s.start_s if s.start_s is not None else last_s
        end_s = s.end_s if s.end_s is not None else start_s
        last_s = end_s
        segments.append(Segment(start_s, end_s, s.text, 1.0, char_start=pos, char_end=pos + len(s.text)))
        spans.append((pos, pos + len(s.text)))
        parts.append(s.text)
        pos += len(s.text) + 1
    text = " ".join(parts)
    tr = machine.transcript
    transcript = Transcript(text, tr.language, tr.duration_s, tr.model, segments, tr.device, tr.compute_type, True)
    redaction = redact_text(text, context, redactor)
    machine_tags = tag_text(text, context, tagger)
    tags: list[Tag] = []
    for s, (a, b) in zip(sentences, spans):
        labels = {t.label for t in machine_tags if _overlap(t.start, t.end, a, b)}
        s.suggested_heading = template.heading_for(labels)
        tags.append(Tag(a, b, template.label_of(s.heading), s.text))
        tags += [Tag(a, b, lab, s.text) for lab in VOICE_LABELS if getattr(s, lab)]
    doubts = _carried_doubts(machine, machine_sents, sentences, spans)
    note = build_note(transcript, redaction, tags, doubts, context)
    _apply_answers(note, filing.evidence)
    note.filed = replace(filing, sentences=sentences)
    return note


def _carried_doubts(machine: CaseNote, machine_sents, sentences, spans) -> list[Doubt]:
    """The machine's doubt flags inside sentences the practitioner left as they were, moved to the new offsets."""
    out = []
    for s, (a, _b) in zip(sentences, spans):
        if s.origin is None or s.origin >= len(machine_sents) or machine_sents[s.origin][2] != s.text:
            continue
        m0, m1, _t = machine_sents[s.origin]
        out += [replace(d, start=d.start - m0 + a, end=d.end - m0 + a) for d in machine.doubts
                if m0 <= d.start and d.end <= m1]
    return out


def _apply_answers(note: CaseNote, answers: EvidenceAnswers) -> None:
    ev, visit = note.sections.evidence, note.sections.visit
    if answers.child_voice_evidenced in VOICE_ANSWERS:
        ev.child_voice_evidenced = answers.child_voice_evidenced
        ev.child_voice_reason = "Answered by the practitioner."
    if answers.feedback_sought is not None:
        ev.feedback_sought = answers.feedback_sought == "yes"
    if answers.participation_code is not None:
        ev.participation_code, ev.participation_reason = answers.participation_code, "Answered by the practitioner."
    visit.child_seen, visit.seen_alone = answers.child_seen, answers.seen_alone


# -- the text the case system files ----------------------------------------------------------------
def filed_sections(note: CaseNote, template: NoteTemplate) -> list[tuple[Heading, list[FiledSentence]]]:
    """Each heading of the template in its order, with its sentences in the order they were said."""
    sentences = note.filed.sentences if note.filed else []
    return [(h, [s for s in sentences if s.heading == h.key]) for h in template.headings]


def _status_line(note: CaseNote) -> str:
    f = note.filed
    if f is None or not f.approved_by:
        return f"DRAFT: not yet approved by the practitioner (version {f.version if f else 1})."
    when = _when(f.approved_at)
    if f.amendment_reason:
        return f"Amended by {f.approved_by} on {when} (version {f.version}). Reason: {f.amendment_reason}"
    return f"Approved by {f.approved_by} on {when} (version {f.version})."


def _when(iso: str | None) -> str:
    if not iso:
        return "an unknown date"
    at = datetime.fromisoformat(iso)
    return f"{at.day} {at.strftime('%B %Y at %H:%M')} UTC"


def _answer(note: CaseNote, key: str) -> str:
    a = note.filed.evidence if note.filed else EvidenceAnswers()
    value = getattr(a, key)
    if key == "participation_code":
        return value or "Not a review meeting"
    return ANSWER_WORDS.get(value, str(value))


def _mark(s: FiledSentence) -> str:
    marks = [m for m, on in (("child's voice", s.child_voice), ("wishes and feelings", s.wishes_feelings)) if on]
    return f" [{'; '.join(marks)}]" if marks else ""


def render_filed_text(note: CaseNote, template: NoteTemplate) -> str:
    """The note as plain text in the council's template: each sentence once under its heading, the child's words
    in quotation marks and marked, the evidence answers, and who approved it and when. No doubt markers."""
    v = note.sections.visit
    out = [f"{template.title.upper()}" + (f" - case {note.case_ref}" if note.case_ref else ""),
           f"Template: {template.framework}" if template.framework else "", _status_line(note)]
    out = [line for line in out if line]
    if not note.transcript.speech_detected:
        out.append("Nothing was heard in this recording: there is no note. Record the visit again.")
        return "\n".join(out) + "\n"
    out.append(f"Date of visit: {v.date or v.date_text or 'not stated'}")
    for h, sentences in filed_sections(note, template):
        out += ["", h.title.upper()]
        out += [f"  - {_quoted(s)}{_mark(s)}" for s in sentences] or ["  - None recorded."]
    out += ["", "EVIDENCE (recommended data set)"]
    out += [f"  {QUESTIONS[q]}: {_answer(note, q)}" for q in template.questions]
    return "\n".join(out) + "\n"


def _quoted(s: FiledSentence) -> str:
    return f"“{s.text}”" if s.child_voice else s.text


def render_filed_html(note: CaseNote, template: NoteTemplate) -> str:
    """The same note as an HTML fragment (headings, lists, the child's words in <q class="child-voice">)."""
    e = html.escape
    v = note.sections.visit
    out = [f'<article class="case-note" data-template="{e(template.id)}">',
           f"<h1>{e(template.title)}" + (f" · case {e(note.case_ref)}" if note.case_ref else "") + "</h1>",
           f'<p class="status">{e(_status_line(note))}</p>']
    if not note.transcript.speech_detected:
        out += ["<p>Nothing was heard in this recording: there is no note. Record the visit again.</p>", "</article>"]
        return "\n".join(out) + "\n"
    out.append(f"<p>Date of visit: {e(v.date or v.date_text or 'not stated')}</p>")
    for h, sentences in filed_sections(note, template):
        out.append(f"<h2>{e(h.title)}</h2>")
        items = []
        for s in sentences:
            body = f'<q class="child-voice">{e(s.text)}</q>' if s.child_voice else e(s.text)
            items.append(f"<li>{body}{e(_mark(s))}</li>")
        out.append("<ul>" + "".join(items) + "</ul>" if items else "<p>None recorded.</p>")
    out.append("<h2>Evidence (recommended data set)</h2><dl>")
    out += [f"<dt>{e(QUESTIONS[q])}</dt><dd>{e(_answer(note, q))}</dd>" for q in template.questions]
    out += ["</dl>", "</article>"]
    return "\n".join(out) + "\n"
