"""Build fresh44.jsonl: 12 case notes for tagging and clean-text redaction (written by the helper `fresh44` on
2026-12-02).

STATUS: held out: to be scored once at the end of round twenty-eight; seen from then. Do not read its notes while
changing the product.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
api/, worker/, store/, service/, tests/, benchmarks/, evaluation/redaction/ or evaluation/tagging/; other sets were
read for format only (notes_markup.py, make_dev24g.py, the first 80 lines of dev24g_notes.py, the first two lines of
dev24g.jsonl cut to 1,500 characters, the README's dev24g, dev24h, fresh40 and fresh42 sections, casework-dev's first
note). The structure is make_dev24g.py's, copied; it calls notes_markup.build_named_set(). Three new authors, AF, AG
and AH (their styles: fresh44_notes.py's docstring). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh44.py   (writes fresh44.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh44", {"AF", "AG", "AH"}, words_range=(230, 380))
