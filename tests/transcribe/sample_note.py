"""A dictation, its case context and the note built from it, shared by the structure, render and redacted-view
tests (stand-in redactions: the case's names as [PERSON], so these tests do not depend on the redaction stage)."""

from __future__ import annotations

import re

from transcribe.context import parse_context
from transcribe.note import CaseNote, Doubt, Redaction, RedactionResult, Segment, Transcript, Word
from transcribe.structure import build_note

CONTEXT = parse_context({
    "case_ref": "CN-2026-0042",
    "child": {"name": "Kayleigh Robson", "dob": "2016-05-09", "pronouns": "she"},
    "people": [{"name": "Donna Robson", "role": "mother"}, {"name": "Gary Pattinson", "role": "stepfather"}],
    "worker": "Sarah Hall",
})
DICTATION = (
    "Home visit to Kayleigh Robson on the 14th of March 2026. "
    "Present were Kayleigh and her mum Donna Robson. "
    "I saw Kayleigh on her own in her bedroom. "
    "Kayleigh said she gets scared when Gary shouts at night. "
    "She told me she wants to stay with her nan at weekends. "
    "Donna said she is worried about money. "
    "The house was clean and warm. "
    "I will make a referral to the domestic abuse service by Friday. "
    "Donna agreed to attend the Early Help meeting on the 21st of March. "
    "I asked Kayleigh how well she feels I listened to her and she gave it a four out of five."
)
NAMES = ["Kayleigh Robson", "Kayleigh", "Donna Robson", "Donna", "Gary", "Sarah Hall"]


def make_transcript(text: str, seconds_per_sentence: float = 5.0) -> Transcript:
    segments, t = [], 0.0
    for m in re.finditer(r"[^.]+\.", text):
        words = []
        tokens = list(re.finditer(r"\S+", m.group()))
        step = seconds_per_sentence / len(tokens)  # words spread evenly over the sentence's time
        for i, w in enumerate(tokens):
            start = round(t + i * step, 3)
            end = round(t + (i + 1) * step, 3)
            words.append({"start": start, "end": end, "word": " " + w.group(), "probability": 0.9})
        segments.append(Segment(start=t, end=t + seconds_per_sentence, text=m.group(), confidence=0.9,
                                char_start=m.start(), char_end=m.end(), words=[Word(**w) for w in words]))
        t += seconds_per_sentence
    return Transcript(text=text, language="en", duration_s=t, model="tiny.en", segments=segments)


def redact(text: str, names=NAMES) -> RedactionResult:
    reds: list[Redaction] = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            if not any(r.start < m.end() and r.end > m.start() for r in reds):
                reds.append(Redaction(m.start(), m.end(), "PERSON", "[PERSON]"))
    reds.sort(key=lambda r: r.start)
    out = text
    for r in reversed(reds):
        out = out[: r.start] + r.replacement + out[r.end:]
    return RedactionResult(text=text, redacted_text=out, redactions=reds)


def sample_note(tagger) -> CaseNote:
    from transcribe.tagging import tag_text

    tr = make_transcript(DICTATION)
    at = DICTATION.index("gets scared")
    doubts = [Doubt(at, at + 11, 16.0, 17.0, "low_confidence", DICTATION[at: at + 11])]
    return build_note(tr, redact(DICTATION), tag_text(DICTATION, CONTEXT, tagger), doubts, CONTEXT)
