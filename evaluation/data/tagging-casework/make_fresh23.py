"""Build fresh23.jsonl: 15 held-out case notes for tagging and clean-text redaction (written by the helper
`tagset23` on 2026-11-30, evening session; held out and scored once by the lead at the session's end; nobody
tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only (plus the format of its
first three notes and score.py's loading and selftest code): the writer did not read the product's code, word
lists, lexicons, models, tests or tagging and redaction rules, nor any other set's notes (see README.md's fresh23
section for one slip: more of fresh21_notes.py than its first note scrolled past while the markup format was
being looked up). The structure is make_fresh21.py's, copied; it now calls notes_markup.build_set(), the row
builder and checks the three sets' builders shared (moved there, the same output byte for byte). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh23.py   (writes fresh23.jsonl beside it)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fresh23_notes import NOTES  # noqa: E402
from notes_markup import COMMON_KEEP_WHY, LATER_KEEP_WHY, build_set  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    **LATER_KEEP_WHY,
    "dial": "dialect word (north-east or Cumbrian), not a name",
    "pet": "pet's name",
    "lang": "word in the family's own language, not a name",
}
WORDS = (200, 450)
AUTHORS = {"i", "o", "r"}

if __name__ == "__main__":
    build_set(NOTES, KEEP_WHY, WORDS, AUTHORS, HERE / "fresh23.jsonl")
