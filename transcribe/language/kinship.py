"""A child's family and carers, word by word.

Complete by this rule: the kinship and care relations of a child in England (parents, step-parents,
grandparents, brothers and sisters, aunts and uncles, cousins, nieces and nephews, sons and daughters,
partners, carers and guardians; the relations of Working Together to Safeguard Children 2023 and the
Children Act 1989), each in standard English, its familiar forms (mum, mummy, nan, granny, gramps, bro, sis) and
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
import unicodedata
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
grandmum        grandmother     f    -           -
grannie         grandmother     f    -           -
grandfather     grandfather     m    grandad     -
grandad         grandfather     m    grandad     written
granda          grandfather     m    -           written
grandpa         grandfather     m    -           -
gramps          grandfather     m    -           written
grampa          grandfather     m    -           written
granddad        grandfather     m    -           written
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
# the relatives a note names by a first name after the word ("her cousin Jade", "his partner Wayne", "his lass
# Kirsty"); parents and grandparents are named with the word as a title instead ("mam Cerys", TITLE_WORDS)
NAMED_AFTER = frozenset(k.word for k in KINSHIP if k.role in {"partner", "brother", "sister", "cousin", "uncle", "aunt"})
ROLE_OF = {k.word: k.role for k in KINSHIP}
SAID_AS = {k.word: k.said for k in KINSHIP if k.said}
TITLE_WORDS = frozenset(k.word for k in KINSHIP if k.title in ("said", "both"))
WRITTEN_TITLE_WORDS = frozenset(k.word for k in KINSHIP if k.title in ("written", "both"))


# A child's family in the other languages of the families a council works with: words that are never a name, read
# only by redaction (``KIN_WORDS_OTHER_LANGUAGES``, never redacted); tagging and structure read the English table.
# Rule: the words for mother, father, grandmother, grandfather, aunt, uncle, brother and sister, with their familiar
# forms, in the ten most spoken main languages other than English of England and Wales in the 2021 Census (Polish,
# Romanian, Panjabi, Urdu, Portuguese, Spanish, Arabic, Bengali, Gujarati, Italian), in languages of families children's
# services often meet through an interpreter (Lithuanian, Turkish, Chinese in pinyin, Somali, Kurdish, Tigrinya and
# Amharic), in the main languages of the UK's Nigerian and Ghanaian families (Yoruba, Igbo and Akan/Twi; round
# twenty-nine), and in Welsh and Scottish Gaelic; written in Latin letters as a practitioner would, each also without
# its accents (added in code). Left out (``_ALSO_NAMES_OR_WORDS``): a word, with or without its accents, that is a
# first name in the redaction's name lists or a common given name in the UK (amma, taya, mae, irma, tia, anne, abi,
# zia, hala, didi, sora: a name must stay redactable) or an English word with another meaning (nine, brat, ammo, avo,
# tad, kaki, ba). Kept though a name list holds it (``KIN_WORDS_THOUGH_LISTED_NAMES``): a relation's usual spelling
# in Latin letters that is the same word as a row already here and no name given in the UK ("dadi", a father's mother
# in Panjabi, Urdu, Hindi and Gujarati, as "daadi"; one of Faker's locales lists it as a first name).
# Written from general knowledge of the languages, not checked word by word against dictionaries, never
# from an evaluation set. Columns: the word; the relation; the language.
_OTHER_LANGUAGES = """
tata            father          polish
babcia          grandmother     polish
babci           grandmother     polish
dziadek         grandfather     polish
dziadka         grandfather     polish
dziadzia        grandfather     polish
ciocia          aunt            polish
ciotka          aunt            polish
wujek           uncle           polish
wujka           uncle           polish
siostra         sister          polish
mamă            mother          romanian
tată            father          romanian
bunică          grandmother     romanian
buni            grandmother     romanian
bunicul         grandfather     romanian
bunicu          grandfather     romanian
mătușa          aunt            romanian
unchiul         uncle           romanian
frate           brother         romanian
fratele         brother         romanian
ammi            mother          panjabi_urdu
ammu            mother          panjabi_urdu
abbu            father          panjabi_urdu
abba            father          panjabi_urdu
abbaji          father          panjabi_urdu
nani            grandmother     panjabi_urdu
biji            grandmother     panjabi_urdu
nanaji          grandfather     panjabi_urdu
daadi           grandmother     panjabi_urdu
dadi            grandmother     panjabi_urdu
naani           grandmother     panjabi_urdu
chacha          uncle           panjabi_urdu
chachu          uncle           panjabi_urdu
chachi          aunt            panjabi_urdu
khala           aunt            panjabi_urdu
khalu           uncle           panjabi_urdu
mamu            uncle           panjabi_urdu
mamoo           uncle           panjabi_urdu
mumani          aunt            panjabi_urdu
phupho          aunt            panjabi_urdu
phuppo          aunt            panjabi_urdu
phupha          uncle           panjabi_urdu
tayi            aunt            panjabi_urdu
bhai            brother         panjabi_urdu
bhaiya          brother         panjabi_urdu
bhaijaan        brother         panjabi_urdu
baji            sister          panjabi_urdu
apa             sister          panjabi_urdu
appi            sister          panjabi_urdu
behen           sister          panjabi_urdu
bhabhi          aunt            panjabi_urdu
masi            aunt            panjabi_urdu
maasi           aunt            panjabi_urdu
maa             mother          panjabi_urdu
papa            father          panjabi_urdu
dada            grandfather     panjabi_urdu
dadu            grandfather     bengali
didima          grandmother     bengali
thakuma         grandmother     bengali
nanu            grandmother     bengali
apu             sister          bengali
nanabhai        grandfather     bengali
bapuji          father          gujarati
kaka            uncle           gujarati
fai             aunt            gujarati
pappa           father          gujarati
ummi            mother          arabic
jaddah          grandmother     arabic
teta            grandmother     arabic
tete            grandmother     arabic
sitti           grandmother     arabic
sitto           grandmother     arabic
jiddo           grandfather     arabic
jaddi           grandfather     arabic
khalto          aunt            arabic
khalti          aunt            arabic
ammto           aunt            arabic
amti            aunt            arabic
khalo           uncle           arabic
akhi            brother         arabic
ukhti           sister          arabic
mama            mother          arabic
baba            father          arabic
hooyo           mother          somali
aabo            father          somali
aabe            father          somali
ayeeyo          grandmother     somali
awoowe          grandfather     somali
abti            uncle           somali
eedo            aunt            somali
habaryar        aunt            somali
adeer           uncle           somali
walaal          brother         somali
mãe             mother          portuguese
pai             father          portuguese
avó             grandmother     portuguese
vovó            grandmother     portuguese
avô             grandfather     portuguese
vovô            grandfather     portuguese
tio             uncle           portuguese
irmão           brother         portuguese
irmã            sister          portuguese
mamá            mother          spanish
papá            father          spanish
abuela          grandmother     spanish
abuelita        grandmother     spanish
abuelo          grandfather     spanish
abuelito        grandfather     spanish
tío             uncle           spanish
hermano         brother         spanish
hermana         sister          spanish
nonna           grandmother     italian
nonno           grandfather     italian
zio             uncle           italian
papà            father          italian
mamma           mother          italian
tėtis           father          lithuanian
močiutė         grandmother     lithuanian
senelė          grandmother     lithuanian
senelis         grandfather     lithuanian
dėdė            uncle           lithuanian
anneanne        grandmother     turkish
babaanne        grandmother     turkish
dede            grandfather     turkish
teyze           aunt            turkish
amca            uncle           turkish
dayı            uncle           turkish
abla            sister          turkish
nainai          grandmother     chinese
yeye            grandfather     chinese
laolao          grandmother     chinese
waipo           grandmother     chinese
waigong         grandfather     chinese
gege            brother         chinese
jiejie          sister          chinese
meimei          sister          chinese
ayi             aunt            chinese
shushu          uncle           chinese
dayik           mother          kurdish
dapîr           grandmother     kurdish
bapîr           grandfather     kurdish
adey            mother          tigrinya_amharic
emaye           mother          tigrinya_amharic
abaye           father          tigrinya_amharic
nain            grandmother     welsh
taid            grandfather     welsh
mamgu           grandmother     welsh
tadcu           grandfather     welsh
mam-gu          grandmother     welsh
tad-cu          grandfather     welsh
modryb          aunt            welsh
ewythr          uncle           welsh
brawd           brother         welsh
chwaer          sister          welsh
seanmhair       grandmother     scottish_gaelic
seanair         grandfather     scottish_gaelic
màthair         mother          scottish_gaelic
athair          father          scottish_gaelic
iya             mother          yoruba
agba            grandparent     yoruba
nne             mother          igbo
nna             father          igbo
nnenne          grandmother     igbo
nnanna          grandfather     igbo
maame           mother          akan
paapa           father          akan
wofa            uncle           akan
sewaa           aunt            akan
"""


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).replace("ı", "i")


_ALSO_NAMES_OR_WORDS = frozenset("amma taya mae irma tia anne abi zia hala didi sora nine brat ammo avo tad kaki ba".split())
# the family words kept though a name list holds them (the rule above)
KIN_WORDS_THOUGH_LISTED_NAMES = frozenset(("dadi",))
# the kinship words left out above as also first names: a relation when a note writes them in lower case ("dadi does
# mornings"), a name when capitalised
KIN_WORDS_ALSO_NAMES = frozenset("amma taya mae tia abi zia didi".split())
KIN_OTHER_LANGUAGES: dict[str, str] = {
    form: role
    for word, role, _language in (line.split() for line in _OTHER_LANGUAGES.strip().splitlines())
    for form in (word, _without_accents(word))
    if form not in _ALSO_NAMES_OR_WORDS
}
KIN_WORDS_OTHER_LANGUAGES = frozenset(KIN_OTHER_LANGUAGES)


def role_has_sex(role: str, sex: str) -> bool:
    """Does a case-context role name someone of this sex ("foster mum", "maternal grandmother" -> "f")? Any
    word of the role decides, as a possessive does ("mother's partner" reads as "f")."""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", role.lower()))
    return bool(words & (FEMININE if sex == "f" else MASCULINE))
