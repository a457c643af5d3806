"""Build fresh16.jsonl: 12 held-out case notes for tagging and clean-text redaction (issue 19; written
by the helper `tagset16` on 2026-11-30; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling rules and three of its notes only: the
writer did not read the product's code, word lists, lexicons, models or tagging rules, nor fresh11's
or fresh14's notes. This script imports nothing from the product; it only turns marked-up text into
exact offsets with notes_markup.py, in the same storage pattern as make_fresh14.py (notes in
fresh16_notes.py).

The markup and the "labels | sentence" line format are notes_markup.py's (its docstring).

Run:  python evaluation/data/tagging-casework/make_fresh16.py   (writes fresh16.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import COMMON_KEEP_WHY, build_note, write_rows  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    "comm": "communication system",
    "brand": "brand or product name",
}


def main():
    from fresh16_notes import NOTES
    rows = [build_note(n, KEEP_WHY) for n in NOTES]
    out = Path(__file__).resolve().parent / "fresh16.jsonl"
    write_rows(rows, out)
    print(f"wrote {len(rows)} notes to {out}")


if __name__ == "__main__":
    main()
