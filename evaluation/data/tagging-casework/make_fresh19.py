"""Build fresh19.jsonl: 14 held-out case notes for tagging and clean-text redaction (written by the helper
`tagset19` on 2026-11-30, held out and scored once at the end of the session by the lead; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only (plus the format of four of
its notes and of the sets beside it): the writer did not read the product's code, word lists, lexicons, models,
tests or tagging and redaction rules, nor any other set's notes beyond fresh17's first (for the storage pattern).
This script imports nothing from the product; it only turns marked-up text into exact offsets with
notes_markup.py, in the same storage pattern as make_fresh17.py (notes in fresh19_notes.py), then checks every
row (`check_rows`: the same invariants as make_fresh17.py's, plus that the authors are l, m and n).

The markup and the "labels | sentence" line format are notes_markup.py's (its docstring).

Run:  python evaluation/data/tagging-casework/make_fresh19.py   (writes fresh19.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import COMMON_KEEP_WHY, build_note, write_rows  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    "emerg": "emergency number",
    "tool": "direct-work tool",
    "comm": "communication system",
    "money": "amount of money",
}
WORDS = (200, 450)
AUTHORS = {"l", "m", "n"}


class Fresh19Error(ValueError):
    """A built row breaks the format; the message names the note and what to fix in fresh19_notes.py."""


def check_rows(rows):
    """Every sentence labelled, sentences tile the text in order with single spaces between them and no
    overlap, every PII and keep span inside the text and not blank at its edges, context and meta complete,
    ids from the three authors."""
    for r in rows:
        if r["id"][0] not in AUTHORS:
            raise Fresh19Error(f"{r['id']}: author letter not one of {sorted(AUTHORS)}")
        text, pos = r["text"], 0
        for s in r["sentences"]:
            if not s["labels"]:
                raise Fresh19Error(f"{r['id']}: a sentence has no labels at {s['start']}")
            if s["start"] != pos or not (s["start"] < s["end"] <= len(text)):
                raise Fresh19Error(f"{r['id']}: sentence at {s['start']} does not follow the last one (at {pos})")
            pos = s["end"] + 1
            if s["end"] < len(text) and text[s["end"]] != " ":
                raise Fresh19Error(f"{r['id']}: no space after the sentence ending at {s['end']}")
        if pos != len(text) + 1:
            raise Fresh19Error(f"{r['id']}: sentences stop at {pos - 1}, the text at {len(text)}")
        for span in r["pii"] + r["keep"]:
            piece = text[span["start"]:span["end"]]
            if not (0 <= span["start"] < span["end"] <= len(text)) or piece != piece.strip():
                raise Fresh19Error(f"{r['id']}: bad span {span} ({piece!r})")
        ctx = r["context"]
        if not all(k in ctx for k in ("child", "people", "address", "school", "worker")):
            raise Fresh19Error(f"{r['id']}: context lacks a key")
        if not r["meta"].get("features"):
            raise Fresh19Error(f"{r['id']}: meta.features is empty")


def main():
    from fresh19_notes import NOTES
    rows = [build_note(n, KEEP_WHY, words_range=WORDS) for n in NOTES]
    check_rows(rows)
    out = Path(__file__).resolve().parent / "fresh19.jsonl"
    write_rows(rows, out)
    print(f"wrote {len(rows)} notes to {out}")


if __name__ == "__main__":
    main()
