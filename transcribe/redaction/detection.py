"""From Presidio's raw results to one clean, non-overlapping list of detections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from .entities import INSTITUTION, PERSON, PRIORITY, STREET_ADDRESS
from .spoken_numbers import DIGIT_WORDS
from .lexicon import PUBLIC_PLACE_KINDS, is_protected_word
from .text_reads import protected_spans
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


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# A capitalised part joined to a name by a hyphen, with no space: "Pattinson-Reed", "Lacey-Mae".
_JOINED_AFTER = re.compile(r"[-\u2010](?:[A-Z][a-z'\u2019]+)")
_JOINED_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z'\u2019]+[-\u2010]$")
# In a name written in lower case (uncased dictation), the joined part is in lower case too: "ava-grace".
_JOINED_AFTER_UNCASED = re.compile(r"[-\u2010][a-z'\u2019]{2,}")


def _with_joined_parts(text: str, start: int, end: int) -> tuple[int, int]:
    """A name with the hyphen-joined parts a recogniser left outside it ("Lacey-Mae Pattinson" + "-Reed")."""
    after = _JOINED_AFTER_UNCASED if text[start:end].islower() else _JOINED_AFTER
    while m := after.match(text, end):
        end = m.end()
    while m := _JOINED_BEFORE.search(text, max(0, start - 40), start):
        start = m.start()
    return start, end


# a token as a recogniser joins what it heard in one breath: letters and digits joined by hyphens or dots
_JOINED_TOKEN_REST = re.compile(r"[A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_JOINED_TOKEN_START = re.compile(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*[-.]?$")


def _whole_joined_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """A structured identifier's span grown to the whole of each token it cuts, where that token is letters and
    digits a recogniser joined with hyphens or dots and holds a digit ("...-5-5-P-R-3-8-5-7-1-Asant": the phone
    number and the NI number run together in one token; what the phone reading left is the NI number's)."""
    if end < len(text) and (text[end].isalnum() or (text[end] in "-." and end + 1 < len(text) and text[end + 1].isalnum())) \
            and end > start and text[end - 1].isalnum():
        m = _JOINED_TOKEN_REST.match(text, end)
        if m and re.search(r"\d", m.group()):
            end = m.end()
    if start > 0 and start < end and text[start].isalnum() and (text[start - 1].isalnum() or (
            text[start - 1] in "-." and start > 1 and text[start - 2].isalnum())):
        m = _JOINED_TOKEN_START.search(text, max(0, start - 60), start)
        if m and re.search(r"\d", m.group()):
            start = m.start()
    return start, end


def names_public_place(text: str, start: int, end: int, entity: str) -> bool:
    """A name, organisation or street without a house number followed by the kind of a public place
    (``lexicon.PUBLIC_PLACE_KINDS``: "Arrowe Park Hospital", "Sky Sports", "Lime Street station"), or a
    name or street ending in one ("Chester Zoo", "George Square"): a public place, never redacted."""
    if entity == STREET_ADDRESS and any(ch.isdigit() for ch in text[start:end]):
        return False  # "3 George Square": where someone lives
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).lower() in PUBLIC_PLACE_KINDS and (nxt.group(1)[0].isupper() or entity == STREET_ADDRESS):
        return True
    last = text[start:end].split()[-1].lower() if text[start:end].split() else ""
    return entity in (PERSON, STREET_ADDRESS) and len(text[start:end].split()) > 1 and last in PUBLIC_PLACE_KINDS


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
        if r.entity_type in (PERSON, INSTITUTION, STREET_ADDRESS) and names_public_place(text, r.start, r.end, r.entity_type):
            continue
        meta = r.recognition_metadata or {}
        if r.entity_type == PERSON:
            start, end = _with_joined_parts(text, r.start, r.end)
        elif r.entity_type in (INSTITUTION, STREET_ADDRESS):
            start, end = r.start, r.end
        else:
            start, end = _whole_joined_tokens(text, r.start, r.end)
        dets.append(Detection(start, end, r.entity_type, r.score, _source(r), meta.get(PERSON_INDEX_KEY)))

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
            # what beat it covers only part: the rest keeps its own type ("3 LP Kady": the postcode
            # wins "3 LP", "Kady" is still a name; "19-5-2000, and 11-1-3-4-5-6-1": a number wins
            # the digits read out, "19-5-2000" is still the date of birth)
            kept.extend(_left_over(text, d, kept))
            continue
        kept.append(d)
    kept.sort(key=lambda d: d.start)
    return kept


MIN_LEFT_DIGIT_WORDS = 3
_DIGIT_OR_WORD = re.compile(r"\d|(?i:\b(?:" + "|".join(w for w in DIGIT_WORDS if len(w) > 1) + r")\b)")


def _left_over(text: str, d: Detection, kept: list[Detection]) -> list[Detection]:
    """The pieces of ``d`` no kept detection covers: a name's capitalised words, another entity's
    stretches that hold a digit (from their first letter or digit to their last digit)."""
    covered = sorted((k.start, k.end) for k in kept if d.start < k.end and k.start < d.end)
    gaps, pos = [], d.start
    for cs, ce in covered:
        if cs > pos:
            gaps.append((pos, cs))
        pos = max(pos, ce)
    if pos < d.end:
        gaps.append((pos, d.end))
    out = []
    for gs, ge in gaps:
        piece = text[gs:ge]
        if d.entity == PERSON:
            found = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-z'’\-]+", piece)
                     if not _only_protected_words(m.group())]
        else:
            # to its last digit, written or said ("4-5-0-7-0-7. Double-two-three, eight-five-nine")
            first = re.search(r"[A-Za-z0-9]", piece)
            last = list(_DIGIT_OR_WORD.finditer(piece))
            # digits, or digit words read out ("Double-two-three, eight-five-nine", the rest of a number whose
            # numerals a joined token took)
            said = re.search(r"\d", piece) or len(last) >= MIN_LEFT_DIGIT_WORDS
            found = [(first.start(), last[-1].end())] if said and first else []
        out.extend(Detection(gs + a, gs + b, d.entity, d.score, d.source, d.person_index) for a, b in found)
    return out
