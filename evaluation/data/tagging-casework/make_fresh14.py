"""Build fresh14.jsonl: 16 held-out case notes for tagging and redaction (written by the helper
`tagset14` on 2026-11-30, before round thirteen's change; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling rules and the format of four of its notes
only: the writer did not read the product's code, word lists, lexicons, models or tagging rules, nor
fresh11's notes. This script imports nothing from the product; it only turns marked-up text into
exact offsets, in the same storage pattern as make_fresh11.py (notes in fresh14_notes.py).

The markup and the "labels | sentence" line format are notes_markup.py's (its docstring).

Run:  python evaluation/data/tagging-casework/make_fresh14.py   (writes fresh14.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import COMMON_KEEP_WHY, build_note, write_rows  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    "dial": "north-east dialect word, not a name",
    "welsh": "Welsh word, not a name",
    "tool": "direct-work tool",
    "comm": "communication system",
    "assess": "assessment tool",
    "num": "emergency number",
}


def main():
    from fresh14_notes import NOTES
    rows = [build_note(n, KEEP_WHY) for n in NOTES]
    out = Path(__file__).resolve().parent / "fresh14.jsonl"
    write_rows(rows, out)
    print(f"wrote {len(rows)} notes to {out}")


if __name__ == "__main__":
    main()
