"""Scores redactions against labelled spans.

* entity recall: an identifier counts as caught only if every letter and digit of it
  is inside some redaction (a half-redacted name still leaks);
* character recall: share of identifier characters (non-space) redacted;
* over-redaction: share of the other non-space characters redacted;
* never-redact violations: labelled must-keep words touched by any redaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

STRUCTURED = ("UK_NHS", "UK_NINO", "UK_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH")
TYPE_ORDER = STRUCTURED + ("PERSON", "STREET_ADDRESS", "INSTITUTION")


@dataclass
class Score:
    caught: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    id_chars: int = 0
    id_chars_hit: int = 0
    other_chars: int = 0
    other_chars_hit: int = 0
    keep_total: int = 0
    violations: list[tuple[str, str, str]] = field(default_factory=list)  # (note id, kind, words)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (note id, type, text)
    over: Counter = field(default_factory=Counter)  # redacted non-identifier strings

    def recall(self, types) -> float:
        t = sum(self.total[x] for x in types)
        return sum(self.caught[x] for x in types) / t if t else float("nan")

    @property
    def char_recall(self) -> float:
        return self.id_chars_hit / self.id_chars if self.id_chars else float("nan")

    @property
    def over_redaction(self) -> float:
        return self.other_chars_hit / self.other_chars if self.other_chars else 0.0


def score_note(score: Score, note: dict, predicted: list[tuple[int, int]]) -> None:
    text = note["text"]
    covered = bytearray(len(text))
    for start, end in predicted:
        for i in range(max(0, start), min(len(text), end)):
            covered[i] = 1
    gold = bytearray(len(text))
    for span in note["spans"]:
        kind = span["type"]
        score.total[kind] += 1
        chars = [i for i in range(span["start"], span["end"]) if text[i].isalnum()]
        if all(covered[i] for i in chars):
            score.caught[kind] += 1
        else:
            score.misses.append((note["id"], kind, text[span["start"]:span["end"]]))
        for i in range(span["start"], span["end"]):
            gold[i] = 1
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if gold[i]:
            score.id_chars += 1
            score.id_chars_hit += covered[i]
        else:
            score.other_chars += 1
            score.other_chars_hit += covered[i]
    for k in note.get("keep", []):
        score.keep_total += 1
        if any(covered[i] for i in range(k["start"], k["end"])):
            score.violations.append((note["id"], k["kind"], text[k["start"]:k["end"]]))
    for start, end in predicted:
        if not any(gold[i] for i in range(start, end)):
            score.over[text[start:end]] += 1


