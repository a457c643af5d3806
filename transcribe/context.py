"""Case context: what the case management system already knows about the case.

All fields are optional. Names here drive case-aware redaction, vocabulary biasing
and attribution of the child's own words.
"""

from __future__ import annotations

import json
import re
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, ConfigDict, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass as pydantic_dataclass

from .errors import ContextError
from .language.titles import NAME_TITLES, UNNAMED_CHILD_WORDS

_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_characters(value: str, *, multiline: bool = False) -> bool:
    """Whether ``value`` holds a control character (NUL...; tabs and line breaks allowed when ``multiline``)."""
    return bool((_CONTROL_BUT_LINES if multiline else _CONTROL).search(value))


def _plain(value: str) -> str:
    if control_characters(value, multiline=True):
        raise ValueError("holds a control character (a NUL byte or similar): send plain text")
    return value


PlainText = Annotated[str, AfterValidator(_plain)]  # what a case record can hold: no NUL, no control codes


def _blank_is_none(value):
    return None if isinstance(value, str) and not value.strip() else value


# a date a case record may leave blank: an unborn child's date of birth comes as "" from some case systems
OptionalDate = Annotated[date | None, BeforeValidator(_blank_is_none)]


def name_words(name: str) -> list[str]:
    """A person's name word by word, titles left out: "Mrs Whitfield" -> ["Whitfield"], and the words a record puts
    where an unborn or unnamed child's first name will stand: "Unborn Baby Ashworth" -> ["Ashworth"]."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in NAME_TITLES]
    if words and words[0].lower() in ("unborn", "baby"):
        while len(words) > 1 and words[0].lower() in UNNAMED_CHILD_WORDS:
            words = words[1:]
    return words


@pydantic_dataclass(config=_STRICT)
class Child:
    name: PlainText | None = None
    dob: OptionalDate = None  # blank for an unborn child
    pronouns: PlainText | None = None  # "he", "she", "they": helps attribution; guessed when absent


@pydantic_dataclass(config=_STRICT)
class Person:
    name: PlainText
    role: PlainText | None = None  # "mother", "stepfather", "teacher", "social worker", ...


@pydantic_dataclass(config=_STRICT)
class CaseContext:
    case_ref: PlainText | None = None
    child: Child | None = None
    people: list[Person] = field(default_factory=list)
    address: PlainText | None = None
    school: PlainText | None = None
    worker: PlainText | None = None
    team: PlainText | None = None  # the allocated team, for the council's voice-of-the-child returns
    service: PlainText | None = None  # child_in_need, child_protection, child_looked_after, early_help, ...

    def named_people(self) -> list[tuple[str, str]]:
        """Every (name, role) the context knows, the child first."""
        out: list[tuple[str, str]] = []
        if self.child and self.child.name:
            out.append((self.child.name, "child"))
        for p in self.people:
            out.append((p.name, p.role or "person"))
        if self.worker:
            out.append((self.worker, "worker"))
        return out


_ADAPTER = TypeAdapter(CaseContext)


def parse_context(data: dict | str | bytes | None) -> CaseContext:
    """Validate a case context given as a dict or JSON text. ``None`` gives an empty context."""
    if data is None:
        return CaseContext()
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ContextError(
                f"Case context is not valid JSON ({exc}). Send a JSON object such as "
                '{"case_ref": "...", "child": {"name": "..."}}.'
            ) from exc
    if not isinstance(data, dict):
        raise ContextError("Case context must be a JSON object, e.g. {\"case_ref\": \"...\"}.")
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        raise ContextError(f"Case context has invalid fields: {detail}. Fix them and resend.", errors) from exc


def load_context(path: str | Path | None) -> CaseContext:
    """Read a case context JSON file (``None`` gives an empty context)."""
    if path is None:
        return CaseContext()
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ContextError(f"Cannot read case context file {path}: {exc.strerror}. Check the path.") from exc
    return parse_context(raw)


def context_to_dict(ctx: CaseContext) -> dict:
    return _ADAPTER.dump_python(ctx, mode="json", exclude_none=True)
