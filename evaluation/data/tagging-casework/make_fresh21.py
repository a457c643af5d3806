"""Build fresh21.jsonl: 15 held-out case notes for tagging and clean-text redaction (written by the helper
`tagset21` on 2026-11-30, before round eighteen; held out and scored once at the end by the lead; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only (plus the format of four of
its notes and score.py's loading code): the writer did not read the product's code, word lists, lexicons, models,
tests or tagging and redaction rules, nor any other set's notes. The storage pattern follows the first 40 lines
of make_fresh19.py and notes_markup.py (notes in fresh21_notes.py, the markup and labels of notes_markup.py);
only those first 40 lines were read, so the writer wrote its own row builder; after review (the set already
written) it calls notes_markup.unmark(), which its copy repeated, with the same output byte for byte. Imports
nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh21.py   (writes fresh21.jsonl beside it)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fresh21_notes import NOTES  # noqa: E402
from notes_markup import COMMON_KEEP_WHY, LATER_KEEP_WHY, build_set  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    **LATER_KEEP_WHY,
    "dial": "north-east dialect word, not a name",
}
WORDS = (200, 450)
AUTHORS = {"x", "y", "z"}

if __name__ == "__main__":
    build_set(NOTES, KEEP_WHY, WORDS, AUTHORS, HERE / "fresh21.jsonl")
