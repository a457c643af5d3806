"""Build fresh40.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper
`fresh40` on 2026-12-02).

STATUS: held out: written to measure, not to tune on. Do not read its notes while changing the product.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/ or benchmarks/; no other held-out set (fresh*) was read. For format only:
make_dev24g.py (structure copied here), dev24g_notes.py, the first lines of dev24g.jsonl, notes_markup.py, this
README's dev24g and dev24h sections, casework-dev's first note. Three new authors, Z, AA and AB (their styles:
fresh40_notes.py's docstring); the two-letter author prefixes need notes_markup.check_rows to read an id's leading
letters (a change that leaves every other set's build byte-identical). It calls notes_markup.build_named_set() with
230-380 words a note. Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh40.py   (writes fresh40.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh40", {"Z", "AA", "AB"}, words_range=(230, 380))
