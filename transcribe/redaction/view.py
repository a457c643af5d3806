"""The redacted view of a case note: the one function every path that shares a note beyond the case calls
(``casenote process --redacted``, the worker when a note is finished, ``GET /notes/{id}/redacted``, QA's sample
and notes, the audits export).

    view = redacted_view(note, case_identifiers(context, note.case_ref))

Pure: a note (with the redactions the redaction stage found) in, a JSON-ready dict out. It fails loudly
(:class:`RedactedViewError`) and never falls back to stored or unredacted text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any

from ..context import CaseContext
from ..errors import RedactedViewError
from ..note import CaseNote, Redaction


class RedactedSpans:
    """The transcript with its redactions applied (overlapping ones merged, the first replacement kept), and
    any span or offset of the original mapped onto the redacted text."""

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


def redacted_view(note: CaseNote, identifiers: Iterable[str] = ()) -> dict:
    """The note as a JSON-ready dict with every identifier removed: the one redacted view of a note.

    Transcript text becomes the redacted text; every other text (segments, words, tags, doubts,
    section excerpts, owners, people seen, filed sentences) is re-derived from its span through the
    redactions, and all offsets are re-based onto the redacted text. As a last guard any string still
    containing a redacted original, or one of ``identifiers`` (:func:`case_identifiers`: what the case
    context names), is scrubbed. A note that cannot be redacted raises :class:`RedactedViewError`.
    """
    try:
        return _redacted_view(note, _identifier_pattern(identifiers))
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
        raise RedactedViewError(
            f"The note cannot be redacted ({type(exc).__name__}: {exc}); nothing was served in its place. "
            "Its stored JSON does not match the case-note contract (schema/case-note.schema.json): "
            "process the dictation again."
        ) from exc


def _redacted_view(note: CaseNote, identifiers: re.Pattern | None) -> dict:
    text = note.transcript.text
    rd = RedactedSpans(text, note.redactions)
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

    def scrub(s: str) -> str:
        s = rd.clean(s)
        return identifiers.sub("[REDACTED]", s) if identifiers and s else s

    return _scrub_all(d, scrub)


def _scrub_all(obj: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(obj, dict):
        return {k: _scrub_all(v, scrub) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub_all(v, scrub) for v in obj]
    if isinstance(obj, str):
        return scrub(obj)
    return obj


def case_identifiers(context: CaseContext, *also: str | None) -> list[str]:
    """Every identifier the case context names, longest first: the child's, the people's and the worker's
    names and each part of them, the address and school and their parts, the child's date of birth as
    written four ways, and ``also`` (the case reference, the dictation id)."""
    found: list[str] = [a for a in also if a]
    names = [name for name, _role in context.named_people()]
    for name in names:
        found.append(name)
        found += [part for part in re.split(r"[\s,]+", name) if len(part) >= 2]
    for place in (context.address, context.school):
        if place:
            found.append(place)
            found += [part.strip() for part in place.split(",") if len(part.strip()) >= 4]
    dob = context.child.dob if context.child else None
    if dob:
        found += [dob.isoformat(), dob.strftime("%d/%m/%Y"), f"{dob.day}/{dob.month}/{dob.year}",
                  f"{dob.day} {dob.strftime('%B')} {dob.year}"]
    return sorted({f for f in found if f and f.strip()}, key=len, reverse=True)


def identifier_scrubber(identifiers: Iterable[str]) -> Callable[[str], str]:
    """A function that writes [REDACTED] over each of ``identifiers`` in a text (for free text beside a note,
    such as an auditor's comment)."""
    pattern = _identifier_pattern(identifiers)
    return (lambda s: pattern.sub("[REDACTED]", s) if s else s) if pattern else (lambda s: s)


def _identifier_pattern(identifiers: Iterable[str]) -> re.Pattern | None:
    terms = sorted({t for t in identifiers if t and t.strip()}, key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(t)}(?!\w)" for t in terms), re.I) if terms else None
