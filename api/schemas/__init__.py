"""Per-resource response schemas (pydantic at the API boundary only), and the string types request fields
use, so a value the database cannot store (a NUL byte) or a control character is refused with 422."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from service.plain_text import PlainText, has_control_characters


def _line(value: str) -> str:
    if has_control_characters(value):
        raise ValueError("must not hold control characters (NUL, line breaks...)")
    return value


Line = Annotated[str, AfterValidator(_line)]  # one line: a name, a reference
Text = PlainText  # free text: a comment, a reason (tabs and line breaks allowed)
