"""Words this stage must never redact, and words that are names only sometimes.

Used in two ways: NER and fuzzy-name candidates made only of these words are dropped,
and the evaluation set checks that none of them is ever redacted.
"""

from __future__ import annotations

import re

RELATIONSHIP_WORDS = frozenset(
    """
    mum mam mum's mam's mummy mammy mother mother's dad dad's daddy father father's
    nan nana nanna nanny nan's gran granny grandma grandmam grandad granda grandpa grandfather
    grandmother grandparent grandparents stepmum stepdad step-mum step-dad stepfather stepmother
    brother sister bro sis sibling siblings half-brother half-sister son daughter
    aunt auntie aunty uncle cousin niece nephew
    partner boyfriend girlfriend husband wife ex fella lass lad bairn bairns kid kids
    carer carers foster fostercarer baby bubba hinny pet pet's love flower duck chuck
    wor our me man woman lady gentleman neighbour friend mate
    """.split()
)

# Multi-word terms kept whole (matched case-insensitively on word boundaries).
PROTECTED_PHRASES = (
    "our kid", "the bairn", "wor lass", "wor kid", "me mam", "me nan", "our lass",
    "section 47", "section 17", "section 20", "section 31", "child in need", "child protection",
    "early help", "signs of safety", "three houses", "the three houses", "core group",
    "strategy meeting", "strategy discussion", "initial child protection conference",
    "review child protection conference", "looked after child", "child looked after",
    "care plan", "pathway plan", "personal education plan", "team around the family",
    "family group conference", "public law outline", "pre-proceedings", "letter before proceedings",
    "working together", "lado", "mash", "iro", "cin", "cp plan", "lac", "cla", "pep", "ehcp",
    "sen", "send", "camhs", "health visitor", "school nurse", "family support worker",
    "social worker", "team manager", "youth offending", "domestic abuse", "domestic violence",
    "marac", "mappa", "police", "gp", "a&e", "the metro", "metro", "the metro centre", "metrocentre",
    "asda", "tesco", "aldi", "lidl", "greggs", "morrisons", "sainsbury's", "iceland", "mcdonald's",
    "primark", "b&m", "home bargains", "poundland", "the park", "the beach", "the shops",
    "the quayside", "the toon", "town", "the library", "the leisure centre", "the food bank",
    "the chippy", "the club", "the pub", "the bus", "the bus station", "the hospital",
    "the rvi", "the school", "nursery", "the nursery", "the surgery", "the gp",
    "ten working days", "working days", "christmas", "easter", "half term", "bonfire night",
    "halloween", "boxing day", "new year", "xbox", "playstation", "fortnite", "minecraft",
    "tiktok", "snapchat", "youtube", "facebook", "whatsapp", "instagram", "roblox", "netflix",
    "peppa pig", "spiderman", "spider-man", "paw patrol", "bluey", "lego", "nhs", "dwp",
    "universal credit", "pip", "housing", "ofsted", "the council", "early years",
)

# Social-care code words: PN codes (PN1, PN 23), case-recording codes.
PROTECTED_PATTERNS = (
    re.compile(r"\bPN\s?\d{1,3}\b", re.IGNORECASE),
)

TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday weekend weekday
    january february march april may june july august september october november december
    today yesterday tomorrow tonight morning afternoon evening night noon midnight teatime
    week weeks month months year years day days fortnight hour hours minute minutes
    """.split()
)

# Ordinary words that are also first names. As context names they must be capitalised
# and used as a noun to count; NER hits on them are kept only when capitalised mid-sentence.
NAME_LIKE_WORDS = frozenset(
    """
    hope will grace faith joy rose may june april summer autumn dawn sky storm rain
    river ocean star bob pat sue mark bill frank rich drew grant hunter chase price brown green
    white black young baker cook wood hill king ward bishop rock sunny robin patience charity
    destiny harmony melody precious honey angel bliss sage ray rowan august
    """.split()
)

_PROTECTED_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PROTECTED_PHRASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of multi-word never-redact terms and codes in ``text``."""
    spans = [(m.start(), m.end()) for m in _PROTECTED_RE.finditer(text)]
    for pattern in PROTECTED_PATTERNS:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def is_protected_word(word: str) -> bool:
    """True for a single word that is never an identifier on its own."""
    w = word.lower().strip(".,;:!?'\"()")
    if w.endswith("'s"):
        w = w[:-2]
    return w in RELATIONSHIP_WORDS or w in TIME_WORDS or bool(_PROTECTED_RE.fullmatch(w))
