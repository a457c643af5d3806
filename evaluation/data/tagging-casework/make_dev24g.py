"""Build dev24g.jsonl: 12 case notes for tagging and clean-text redaction (written by the helper `dev24g` on
2026-12-01).

STATUS: development set: written in round twenty-four as development material; seen and tuned on, never held out.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/,
tests/, api/, worker/, store/ or service/; other sets were read for format only (make_fresh33.py, notes_markup.py,
fresh33_notes.py's first two notes, the README's fresh33 section, two casework-dev notes: a01, c10). The structure
is make_fresh33.py's, copied; it calls notes_markup.build_named_set(). Two new authors, S and T (their styles:
dev24g_notes.py's docstring). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_dev24g.py   (writes dev24g.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("dev24g", {"S", "T"})
