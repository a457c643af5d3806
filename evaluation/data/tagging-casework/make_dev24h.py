"""Build dev24h.jsonl: 12 development case notes for tagging and clean-text redaction (written by the helper
`dev24h` on 2026-12-01, round twenty-four).

STATUS: development set: written in round twenty-four as development material; seen and tuned on, never held out.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/;
other sets were read for format only (make_fresh33.py, notes_markup.py, fresh33_notes.py's first two notes and its
last lines, the README's fresh33 section, two casework-dev notes). The structure is make_fresh33.py's, copied; it
calls notes_markup.build_named_set(). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_dev24h.py   (writes dev24h.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("dev24h", {"U", "V"})
