"""Build dev23m.jsonl: 12 case notes for clean-text redaction and tagging (written by the helper `dev23m`, round
twenty-three). Development material written in round twenty-three for redaction, seen and tuned on, never held out.

Authors: N (an early help / family hub worker in Northumberland and Teesdale market towns, families using many
local services and groups named in every shape, parents' employers, food bank, refuge, dentist, pharmacy, taxi
firm, beside public places and national bodies to keep) and O (a hospital social worker / paediatric liaison:
named doctors and nurses, wards, nursery, GP practice, hospice, mosque, bereavement group, surnames alone, staff
initials).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only: the writer did not read the
product's code, word lists, lexicons, models, tests or tagging and redaction rules, nor anything under transcribe/;
other sets were read for format only (make_fresh31.py, notes_markup.py, fresh31_notes.py's first two notes, two
casework-dev notes). The structure is make_fresh31.py's, copied; it calls notes_markup.build_named_set().
Imports nothing from the product.

(The notes' format: notes_markup.build_set.)

Run:  python evaluation/data/tagging-casework/make_dev23m.py   (writes dev23m.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import build_named_set  # noqa: E402

if __name__ == "__main__":
    build_named_set("dev23m", {"N", "O"})
