"""A child's family and carers, word by word.

Complete by this rule: the kinship and care relations of a child in England (parents, step-parents,
grandparents, brothers and sisters, aunts and uncles, cousins, nieces and nephews, sons and daughters,
partners, carers and guardians; the relations of Working Together to Safeguard Children 2023 and the
Children Act 1989), each in standard English, its familiar forms (mum, mummy, nan, granny, bro, sis) and
its north-east forms in the Survey of English Dialects and the Northumbrian glossaries (mam, da, nana,
nanna, granda, grandmam, wor lass), as ``transcribe/lexicon/dialect.txt`` lists them. One word per
row; a possessive ("mam's") is the word it is made from.

Columns: the word; the relation it names (``role``); the sex it implies (``f``, ``m`` or ``-``); the form a
north-east practitioner says before the person's name when dictating (``said``: "mam" for a mother,
``-`` where the role goes to the recogniser as the name alone); and ``title``: ``said`` where a practitioner
says it as a title before a first name and a recogniser runs the two together ("mam Lorraine" heard as
"mammurraine"), ``written`` where notes write it capitalised as a title before a name ("Nanna Sue",
"Granda Joe"), ``both``, or ``-``.

Every stage reads its view of this one table: ``FEMININE`` and ``MASCULINE`` (tagging's referents,
redaction's choice between two people of one name), ``ROLE_OF`` (structure: who was seen, who owns a next
step), ``SAID_AS`` (the recogniser's prompt), ``TITLE_WORDS`` (said as a title: correction's "mammurraine"),
``WRITTEN_TITLE_WORDS`` (written as a title: redaction's "Auntie Shaz"), ``KIN_WORDS`` (words a name may follow; words never redacted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TABLE = """
# word          role            sex  said        title
mother          mother          f    mam         -
mum             mother          f    mam         said
mam             mother          f    mam         said
mom             mother          f    -           said
mummy           mother          f    -           -
mammy           mother          f    -           -
father          father          m    dad         -
dad             father          m    dad         said
da              father          m    -           -
daddy           father          m    -           -
stepmother      stepmother      f    stepmam     -
stepmum         stepmother      f    stepmam     -
step-mum        stepmother      f    -           -
stepfather      stepfather      m    stepdad     -
stepdad         stepfather      m    stepdad     -
step-dad        stepfather      m    -           -
parent          parent          -    -           -
parents         parent          -    -           -
grandmother     grandmother     f    nana        -
nan             grandmother     f    nan         said
nana            grandmother     f    nana        both
nanna           grandmother     f    -           written
nanny           grandmother     f    -           -
gran            grandmother     f    gran        said
granny          grandmother     f    -           -
grandma         grandmother     f    -           -
grandmam        grandmother     f    -           -
grandfather     grandfather     m    grandad     -
grandad         grandfather     m    grandad     written
granda          grandfather     m    -           written
grandpa         grandfather     m    -           -
grandparent     grandparent     -    -           -
grandparents    grandparent     -    -           -
brother         brother         m    brother     -
bro             brother         m    -           -
half-brother    brother         m    brother     -
stepbrother     stepbrother     m    -           -
sister          sister          f    sister      -
sis             sister          f    -           -
half-sister     sister          f    sister      -
stepsister      stepsister      f    -           -
sibling         sibling         -    -           -
siblings        sibling         -    -           -
twin            sibling         -    -           -
son             son             m    -           -
daughter        daughter        f    -           -
grandson        grandson        m    -           -
granddaughter   granddaughter   f    -           -
aunt            aunt            f    auntie      said
auntie          aunt            f    auntie      both
aunty           aunt            f    aunty       said
uncle           uncle           m    uncle       both
cousin          cousin          -    cousin      -
niece           niece           f    -           -
nephew          nephew          m    -           -
partner         partner         -    partner     -
ex-partner      ex-partner      -    ex-partner  -
ex              ex-partner      -    -           -
boyfriend       partner         m    boyfriend   -
girlfriend      partner         f    girlfriend  -
husband         partner         m    -           -
wife            partner         f    -           -
lass            partner         f    -           -
carer           carer           -    -           -
carers          carer           -    -           -
fostercarer     foster carer    -    -           -
guardian        guardian        -    -           -
"""


@dataclass(frozen=True)
class Kin:
    word: str
    role: str
    sex: str | None  # "f", "m" or None
    said: str | None  # what a north-east practitioner says before the name, for the recogniser's prompt
    title: str | None  # "said", "written" or "both": a title before a first name, said or written


def _read(table: str) -> tuple[Kin, ...]:
    rows = []
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        word, rest = line[:16].strip(), line[16:].split()
        # the role may be two words ("foster carer"): the last three columns are fixed
        *role, sex, said, title = rest
        rows.append(Kin(word, " ".join(role), None if sex == "-" else sex, None if said == "-" else said, None if title == "-" else title))
    return tuple(rows)


KINSHIP: tuple[Kin, ...] = _read(_TABLE)
KIN_WORDS = frozenset(k.word for k in KINSHIP)
FEMININE = frozenset(k.word for k in KINSHIP if k.sex == "f")
MASCULINE = frozenset(k.word for k in KINSHIP if k.sex == "m")
UNSEXED = frozenset(k.word for k in KINSHIP if k.sex is None)
SIBLINGS = frozenset(k.word for k in KINSHIP if k.role in {"brother", "sister", "stepbrother", "stepsister", "sibling"})
ROLE_OF = {k.word: k.role for k in KINSHIP}
SAID_AS = {k.word: k.said for k in KINSHIP if k.said}
TITLE_WORDS = frozenset(k.word for k in KINSHIP if k.title in ("said", "both"))
WRITTEN_TITLE_WORDS = frozenset(k.word for k in KINSHIP if k.title in ("written", "both"))


def role_has_sex(role: str, sex: str) -> bool:
    """Does a case-context role name someone of this sex ("foster mum", "maternal grandmother" -> "f")? Any
    word of the role decides, as a possessive does ("mother's partner" reads as "f")."""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", role.lower()))
    return bool(words & (FEMININE if sex == "f" else MASCULINE))
