"""Build fresh58.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper `fresh58`
on 2026-12-03, before round thirty-five).

STATUS: held out: written to measure, not to tune on. Do not read its notes while changing the product.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/, service/, benchmarks/, evaluation/redaction/ or evaluation/tagging/; other sets were
read for format only (make_fresh52.py, make_fresh54.py, make_fresh56.py, notes_markup.py, fresh56_notes.py's first
80 lines, casework-dev's first note cut to 3,000 characters, this folder README's list of headings and its fresh54
and fresh56 sections). The structure is make_fresh56.py's, copied; it calls notes_markup.build_named_set(). Three new
authors, BA, BB and BC (their styles: fresh58_notes.py's docstring). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh58.py   (writes fresh58.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh58", {"BA", "BB", "BC"}, words_range=(250, 550))
