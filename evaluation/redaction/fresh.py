"""python -m evaluation.redaction.fresh build [MARKUP.txt]

Builds ``evaluation/data/redaction-casework/fresh.jsonl`` (casework-dev's format: id, context, text, pii, keep,
meta) from the marked-up notes in ``fresh.txt`` beside it (or the markup file given, into the
same name with ``.jsonl``; ``fresh2.txt`` is the second, lower-case set; ``fresh3.txt`` the third, four styles; ``fresh4.txt`` addresses, ``fresh5.txt`` dates of birth; ``fresh6.txt`` round eleven's,
four voices: terse, narrative, lower case, dense with organisations and public places). The set is held out: written before the redaction
changes it measures and scored once, at the end, with
``python -m evaluation.redaction casework --gold evaluation/data/redaction-casework/fresh.jsonl``.
It imports nothing from the product.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .markup import parse

SOURCE = Path(__file__).resolve().parents[1] / "data" / "redaction-casework" / "fresh.txt"
_HEADER = re.compile(r"^### (?P<json>\{.*\})$", re.M)


def read_notes(source: Path = SOURCE) -> list[dict]:
    """Each ``### {header}`` line and the body after it, as one note in casework-dev's format."""
    text = "\n".join(line for line in source.read_text(encoding="utf-8").splitlines() if not line.startswith("# "))
    heads = list(_HEADER.finditer(text))
    notes = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        plain, spans, keeps = parse(text[head.end():end].strip())
        note = json.loads(head.group("json"))
        notes.append({"id": note["id"], "context": note["context"], "text": plain,
                      "pii": [{"start": s["start"], "end": s["end"], "entity": s["type"]} for s in spans],
                      "keep": [{"start": k["start"], "end": k["end"], "why": k["kind"]} for k in keeps],
                      "sentences": [], "meta": note.get("meta", {})})
    return notes


def build(source: Path = SOURCE) -> Path:
    out = source.with_suffix(".jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for note in read_notes(source):
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "build" or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = build(Path(argv[1])) if len(argv) == 2 else build()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
