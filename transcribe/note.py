"""Result dataclasses shared by every stage, and the structured case note itself.

Character offsets (``start``/``end``) always index into ``Transcript.text`` (or, for the
single text stages, into the exact input string). Times (``start_s``/``end_s``) are
seconds into the recording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA_VERSION = "1"


@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float


@dataclass
class Segment:
    start: float
    end: float
    text: str
    confidence: float  # exp(avg_logprob): 0..1, higher is surer
    avg_logprob: float = 0.0
    no_speech_prob: float = 0.0
    compression_ratio: float = 0.0
    char_start: int = 0  # where this segment's text starts in Transcript.text
    char_end: int = 0
    words: list[Word] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d: dict) -> Segment:
        """The inverse of ``asdict`` (a segment that crossed a queue as JSON)."""
        return cls(**{**d, "words": [Word(**w) for w in d.get("words", [])]})


@dataclass
class Transcript:
    text: str
    language: str
    duration_s: float
    model: str
    segments: list[Segment] = field(default_factory=list)
    device: str = "cpu"
    compute_type: str = "int8"
    speech_detected: bool = True

    @classmethod
    def from_dict(cls, d: dict) -> Transcript:
        """The inverse of ``asdict`` (a transcript that crossed a queue as JSON)."""
        return cls(**{**d, "segments": [Segment.from_dict(s) for s in d.get("segments", [])]})

    def time_of(self, start: int, end: int) -> tuple[float, float] | None:
        """Audio (start_s, end_s) covering characters [start, end) of ``text``, if any segment does.

        Uses word timings where the words can be placed in the text (a sentence inside a long
        segment gets its own times), else the overlapping segments' bounds.
        """
        hits = [s for s in self.segments if s.char_start < end and s.char_end > start]
        if not hits:
            return None
        inside = [
            w
            for seg in hits
            for (a, b), w in zip(self.word_spans(seg), seg.words)
            if a >= 0 and a < end and b > start
        ]
        if inside:
            return inside[0].start, inside[-1].end
        return hits[0].start, hits[-1].end

    def word_spans(self, seg: Segment) -> list[tuple[int, int]]:
        """Character span in ``text`` of each of ``seg.words`` (punctuation included); (-1, -1) if not found."""
        joined = "".join(w.word for w in seg.words)
        if joined.strip() == seg.text:
            pos = seg.char_start - (len(joined) - len(joined.lstrip()))
            out = []
            for w in seg.words:
                a = pos + len(w.word) - len(w.word.lstrip())
                out.append((max(a, seg.char_start), pos + len(w.word.rstrip())))
                pos += len(w.word)
            return out
        # Word list and text disagree (text was corrected): find each word in order.
        out, cursor = [], seg.char_start
        for w in seg.words:
            token = w.word.strip()
            at = self.text.find(token, cursor, seg.char_end) if token else -1
            if at < 0:
                out.append((-1, -1))
                continue
            cursor = at + len(token)
            out.append((at, cursor))
        return out


@dataclass
class Redaction:
    start: int
    end: int
    entity: str
    replacement: str
    score: float = 1.0
    source: str = ""  # which recognizer found it


@dataclass
class RedactionResult:
    text: str
    redacted_text: str
    redactions: list[Redaction] = field(default_factory=list)


@dataclass
class Tag:
    start: int
    end: int
    label: str  # child_voice | wishes_feelings | worry | working_well | next_step | observation
    text: str
    score: float = 1.0
    start_s: float | None = None
    end_s: float | None = None
    doubt: list[str] = field(default_factory=list)  # reasons from overlapping doubt flags


@dataclass
class Doubt:
    """A stretch of transcript the recogniser was unsure of. Shown, never hidden."""

    start: int
    end: int
    start_s: float
    end_s: float
    reason: str  # low_confidence | low_word_probability | repetition | no_speech | hallucination_removed | name_corrected | foreign_script | read_from_case | identifier_unclear | unheard_speech | case_word_taken_back
    text: str = ""
    detail: str = ""


# -- the practitioner's filing of a note (the editor's draft; the approved version) ----------------
@dataclass
class FiledSentence:
    """One sentence of the note as the practitioner files it: under one heading, once."""

    text: str
    heading: str  # a key of the note template's headings
    child_voice: bool = False  # the child's own words (marked inline in the filed text)
    wishes_feelings: bool = False
    start_s: float | None = None  # where it was said, for play-from-here (None: typed in)
    end_s: float | None = None
    origin: int | None = None  # the machine draft's sentence it came from (None: added by hand)
    suggested_heading: str | None = None  # the machine's filing, shown beside the practitioner's


@dataclass
class EvidenceAnswers:
    """The recommended data set's questions as the practitioner answers them (the machine's are suggestions)."""

    child_voice_evidenced: str | None = None  # 2a: yes | no | not_appropriate
    feedback_sought: str | None = None  # 2c: yes | no | not_appropriate
    child_seen: bool | None = None
    seen_alone: bool | None = None
    participation_code: str | None = None  # 2b, PN1..PN8, for a review meeting


@dataclass
class Filing:
    """The note as filed: which template, every sentence once under its heading, the evidence answers,
    which unclear passages were listened to, and (once approved) who approved which version and when."""

    template: str
    sentences: list[FiledSentence] = field(default_factory=list)
    evidence: EvidenceAnswers = field(default_factory=EvidenceAnswers)
    checked: list[str] = field(default_factory=list)  # ids of doubt passages the practitioner listened to
    version: int = 1
    approved_by: str | None = None
    approved_at: str | None = None  # ISO 8601
    amendment_reason: str | None = None


# -- the structured case note: the contract every consumer reads (schema/case-note.schema.json) ----------
VoiceEvidence = Literal["yes", "no", "not_appropriate"]


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
