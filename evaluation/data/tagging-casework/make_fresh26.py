"""Build fresh26.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper
`tagset26` on 2026-11-30, evening session; held out and scored once by the lead at the session's end; nobody
tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only (plus the format of its
first two notes): the writer did not read the product's code, word lists, lexicons, models, tests or tagging
and redaction rules, nor any other set's notes beyond fresh23_notes.py's first note (markup format). The
structure is make_fresh23.py's, copied; it now calls notes_markup.build_named_set() (the builders' shared code, moved there). Imports nothing
from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_fresh26.py   (writes fresh26.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("fresh26", {"e", "k", "u"})
