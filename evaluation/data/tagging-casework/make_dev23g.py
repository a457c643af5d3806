"""Build dev23g.jsonl: 12 development case notes for clean-text redaction and tagging (written by the helper
`dev23g` in round twenty-three). Development material written in round twenty-three for redaction, seen and
tuned on, never held out.

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/;
other sets were read for format only (make_fresh31.py, notes_markup.py, fresh31_notes.py's first two notes, two
casework-dev notes). The structure is make_fresh31.py's, copied; it calls notes_markup.build_named_set().
Imports nothing from the product. Authors: J (a school-based family support worker: many named people and local
organisations with no kind word), K (a residential children's home key worker: staff, other young people,
nicknames, initials, the home's own name, places the young people go).

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_dev23g.py   (writes dev23g.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("dev23g", {"J", "K"})
