"""From Presidio's raw results to one clean, non-overlapping list of detections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from .entities import INSTITUTION, PERSON, PRIORITY
from .lexicon import is_protected_word, protected_spans
from .recognizers import PERSON_INDEX_KEY


@dataclass
class Detection:
    """One identifier found in the text (before anything is replaced)."""

    start: int
    end: int
    entity: str
    score: float
    source: str
    person_index: int | None = None  # index into CaseContext.named_people() when known


def _source(r: RecognizerResult) -> str:
    return (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")


def _only_protected_words(text: str) -> bool:
    words = re.findall(r"[\w'’&-]+", text)
    return bool(words) and all(is_protected_word(w) for w in words)


def resolve(text: str, results: list[RecognizerResult], threshold: float) -> list[Detection]:
    """Drop weak and never-redact hits, merge overlapping same-type hits, and let the
    more specific entity win where types overlap (a postcode inside a NER "person")."""
    guarded = protected_spans(text)
    dets: list[Detection] = []
    for r in results:
        if r.score < threshold or r.end <= r.start:
            continue
        from_context = _source(r) == "CaseContextRecognizer"  # it applies its own word-or-name test
        if r.entity_type in (PERSON, INSTITUTION) and not from_context:
            span = text[r.start:r.end]
            if _only_protected_words(span) or any(s <= r.start and r.end <= e for s, e in guarded):
                continue
        meta = r.recognition_metadata or {}
        dets.append(Detection(r.start, r.end, r.entity_type, r.score, _source(r), meta.get(PERSON_INDEX_KEY)))

    # merge overlapping or touching hits of one type
    dets.sort(key=lambda d: (d.entity, d.start, -d.end))
    merged: list[Detection] = []
    for d in dets:
        last = merged[-1] if merged else None
        if last and last.entity == d.entity and d.start < last.end:
            if d.person_index is not None and (last.person_index is None or d.score > last.score):
                last.person_index = d.person_index
            last.end = max(last.end, d.end)
            last.score = max(last.score, d.score)
            if d.source and d.source not in last.source.split("+"):
                last.source += "+" + d.source
            continue
        merged.append(d)

    # across types: specific beats general, then longer, then surer
    merged.sort(key=lambda d: (-PRIORITY.get(d.entity, 0), -(d.end - d.start), -d.score))
    kept: list[Detection] = []
    for d in merged:
        if any(d.start < k.end and k.start < d.end for k in kept):
            continue
        kept.append(d)
    kept.sort(key=lambda d: d.start)
    return kept
