"""Build fresh38.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper
`fresh38` on 2026-12-01; held out: written before the second part of round twenty-four's changes, to be scored
once at its end; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/ or service/; other sets were read for format only (make_fresh33.py, notes_markup.py,
fresh33_notes.py's first two notes, the README's fresh33 section, two casework-dev notes, fresh33.jsonl's word
counts and feature lists). The structure is make_fresh33.py's, copied; it calls notes_markup.build_named_set().
Imports nothing from the product.

STATUS: held out: written before the second part of round twenty-four's changes, to be scored once at its end;
nobody tunes on it.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh38.py   (writes fresh38.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh38", {"W", "X", "Y"})
