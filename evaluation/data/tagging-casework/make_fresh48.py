"""Build fresh48.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper `fresh48`
on 2026-12-03).

STATUS: held out: written to measure, not to tune on. Do not read its notes while changing the product.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/, service/, benchmarks/, evaluation/redaction/ or evaluation/tagging/; other sets were
read for format only (make_dev24g.py, notes_markup.py, dev24g_notes.py's first 80 lines, dev24g.jsonl's first two
lines cut to 1,500 characters, casework-dev's first note cut to 3,000 characters, this folder README's dev24g, dev24h,
fresh42, fresh44 and fresh46 sections). The structure is make_dev24g.py's, copied; it calls
notes_markup.build_named_set(). Three new authors, AL, AM and AN (their styles: fresh48_notes.py's docstring).
Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh48.py   (writes fresh48.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh48", {"AL", "AM", "AN"}, words_range=(300, 380))
