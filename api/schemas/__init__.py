"""Per-resource response schemas (pydantic at the API boundary only), and the string types every request
field uses, so a value the database cannot store (a NUL byte) or a control character is refused with 422."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def control_characters(value: str, *, multiline: bool = False) -> bool:
    """Whether ``value`` holds a control character (tabs and line breaks allowed when ``multiline``)."""
    return bool((_CONTROL_BUT_LINES if multiline else _CONTROL).search(value))


def _line(value: str) -> str:
    if control_characters(value):
        raise ValueError("must not hold control characters (NUL, line breaks...)")
    return value


def _text(value: str) -> str:
    if control_characters(value, multiline=True):
        raise ValueError("must not hold control characters other than tabs and line breaks")
    return value


Line = Annotated[str, AfterValidator(_line)]  # one line: a name, a reference
Text = Annotated[str, AfterValidator(_text)]  # free text: a comment, a reason
