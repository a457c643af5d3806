"""Readable placeholders, consistent within a note: "[CHILD]", "[NAN]", "[PERSON 2]", "[POSTCODE]"."""

from __future__ import annotations

import re

from ..context import CaseContext
from .detection import Detection
from .entities import INSTITUTION, PERSON, PLACEHOLDER_LABEL

_INSTITUTION_KIND = [
    (re.compile(r"nursery|pre-?school|children'?s centre|family hub", re.I), "NURSERY"),
    (re.compile(r"surgery|medical|health centre|practice", re.I), "GP SURGERY"),
    (re.compile(r"school|academy|college|primary|infants|juniors", re.I), "SCHOOL"),
]


def role_labels(context: CaseContext) -> list[str]:
    """One label per ``named_people()`` entry; repeated roles are numbered."""
    people = context.named_people()
    roles = [re.sub(r"[^A-Z0-9 ]", "", (role or "person").upper()).strip() or "PERSON" for _, role in people]
    roles = ["SOCIAL WORKER" if r == "WORKER" else r for r in roles]
    counts = {r: roles.count(r) for r in roles}
    seen: dict[str, int] = {}
    out = []
    for r in roles:
        if counts[r] > 1:
            seen[r] = seen.get(r, 0) + 1
            out.append(f"{r} {seen[r]}")
        else:
            out.append(r)
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


class PlaceholderNamer:
    """Gives each detection a label; the same thing gets the same label throughout a note."""

    def __init__(self, context: CaseContext):
        self.roles = role_labels(context)
        self._people: list[tuple[set[str], str]] = []  # (name words, label) for unknown people
        self._values: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def label(self, text: str, d: Detection) -> str:
        """The bare label ("CHILD", "PERSON 2", "POSTCODE") for detection ``d`` of ``text``."""
        surface = text[d.start:d.end]
        if d.entity == PERSON:
            if d.person_index is not None and d.person_index < len(self.roles):
                return self.roles[d.person_index]
            return self._unknown_person(surface)
        base = PLACEHOLDER_LABEL.get(d.entity, d.entity.replace("_", " "))
        if d.entity == INSTITUTION:
            base = next((lab for rx, lab in _INSTITUTION_KIND if rx.search(surface)), "PLACE")
        key = (base, _norm(surface))
        if key not in self._values:
            n = self._counts.get(base, 0) + 1
            self._counts[base] = n
            self._values[key] = base if n == 1 else f"{base} {n}"
        return self._values[key]

    def _unknown_person(self, surface: str) -> str:
        words = {w for w in re.findall(r"[a-z'’-]+", surface.lower()) if len(w) > 1}
        for known, label in self._people:
            if words and (words <= known or known <= words):
                known |= words
                return label
        label = f"PERSON {len(self._people) + 1}"
        self._people.append((set(words), label))
        return label
