"""Build fresh46.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper `fresh46`
on 2026-12-02).

STATUS: held out: written to measure, not to tune on. Do not read its notes while changing the product.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/, service/, benchmarks/, evaluation/redaction/ or evaluation/tagging/; other sets were
read for format only (make_dev24g.py, notes_markup.py, the first 80 lines of dev24g_notes.py, the first two lines of
dev24g.jsonl cut to 1,500 characters, the README's dev24g, dev24h, fresh42 and fresh44 sections, the first 3,000
characters of casework-dev's first note). The structure is make_dev24g.py's, copied; it calls
notes_markup.build_named_set() with 230-380 words a note. Three new authors, AI, AJ and AK (their styles:
fresh46_notes.py's docstring). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh46.py   (writes fresh46.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh46", {"AI", "AJ", "AK"}, words_range=(230, 380))
