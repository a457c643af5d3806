"""Build fresh42.jsonl: 12 case notes for tagging and clean-text redaction (written by the helper `fresh42` on
2026-12-02).

STATUS: HELD OUT: written to measure, not to tune on. Do not read its notes while changing the product.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/, service/, benchmarks/, evaluation/redaction/ or evaluation/tagging/; other sets were
read for format only (make_dev24g.py, notes_markup.py, dev24g_notes.py's first 80 lines, the first two lines of
dev24g.jsonl, the first casework-dev note, the README's list of headings and its dev24g, dev24h and fresh40
sections). The structure is make_dev24g.py's, copied; it calls notes_markup.build_named_set() with 230-380 words a
note. Three new authors, AC, AD and AE (their styles: fresh42_notes.py's docstring). Imports nothing from the
product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh42.py   (writes fresh42.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh42", {"AC", "AD", "AE"}, words_range=(230, 380))
