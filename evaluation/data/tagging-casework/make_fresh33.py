"""Build fresh33.jsonl: 14 held-out case notes for tagging and clean-text redaction (written by the helper
`fresh33` on 2026-12-01, night session; held out, not yet scored; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/;
other sets were read for format only (make_fresh31.py, notes_markup.py, fresh31_notes.py's first two notes, the
README's fresh31 section, two or three casework-dev notes). The structure is make_fresh31.py's, copied; it calls notes_markup.build_named_set().
Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh33.py   (writes fresh33.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh33", {"G", "H", "I"})
