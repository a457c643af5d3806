"""Build dev23h.jsonl: 12 case notes for clean-text redaction and tagging, development material written in round
twenty-three for redaction, seen and tuned on, never held out (written by the helper `dev23h`).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/;
other sets were read for format only (make_fresh31.py, notes_markup.py, fresh31_notes.py's first two notes, two
casework-dev notes). Authors L (all lower case recogniser-style dictation, names that are also words) and M (terse
labelled bullet notes, initials and abbreviations). The structure is make_fresh31.py's, copied; it calls
notes_markup.build_named_set(). Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_dev23h.py   (writes dev23h.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("dev23h", {"L", "M"})
