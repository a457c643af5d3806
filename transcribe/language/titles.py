"""Titles said or written before a person's name.

Complete by this rule, each list from its own source:

- ``NAME_TITLES``: the titles a UK public-service form offers for a name (GOV.UK Design System, "Names"
  pattern: Mr, Mrs, Miss, Ms, Mx, Dr), with the spoken form of Mr ("mister"), each with the sex it implies.
- ``RANK_TITLES``: the ranks and professions said before a surname in a child's case record: every police
  rank of England and Wales up to superintendent (Police Regulations 2003, reg. 4: constable, sergeant,
  inspector, chief inspector, superintendent), uniformed and detective, as said and as abbreviated in police
  and social-care records (PC, Sgt, Insp, Supt; DC, DS, DI, DCI, Det), Doctor and Nurse. Ranks above
  superintendent do not come to a child's visit; "PS" and "CI" are left out because as written capitals they
  are more often a postscript and a child-in-need reference than a rank.
- ``UNNAMED_CHILD_WORDS``: the words a case record or a maternity record puts before a surname for a child not yet
  born or not yet named, where a first name will stand ("Unborn Baby Ashworth", "Unborn Ashworth", "Baby Boy
  Ashworth", "Baby Girl Ashworth", "Baby of Chloe Ashworth"): the unborn-child record of children's case systems
  (a child protection plan can start before birth, Working Together 2023, 2.2) and the NHS's naming of a baby before
  it is registered. They are no name: only at the start of a name, before the words that are.
- ``KIN_TITLES``: the kinship words said as a title before a first name ("Auntie Shaz", "Nanna Sue",
  "mam Lorraine"): in ``kinship.py`` (``ADDRESS_FORMS``).
"""

from __future__ import annotations

# title (lower case, no full stop) -> the sex it implies ("m", "f", or None when it implies neither)
TITLE_SEX: dict[str, str | None] = {
    "mr": "m", "mister": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None,
}
NAME_TITLES = frozenset(TITLE_SEX)
# As written in a transcript (the case matters: "PC" and "DC" are capitals).
RANK_TITLES_WRITTEN = (
    "Doctor", "Nurse",
    "Constable", "PC", "Sergeant", "Sgt", "Inspector", "Insp", "Superintendent", "Supt",
    "Detective", "Det", "DC", "DS", "DI", "DCI",
)
RANK_TITLES = frozenset(t.lower() for t in RANK_TITLES_WRITTEN)
UNNAMED_CHILD_WORDS = frozenset({"unborn", "baby", "boy", "girl", "of"})
NAME_TITLES_WRITTEN = ("Mr", "Mister", "Mrs", "Ms", "Miss", "Mx", "Dr")

