"""Words this stage must never redact, and words that are names only sometimes.

Used in two ways: NER and fuzzy-name candidates made only of these words are dropped,
and the evaluation set checks that none of them is ever redacted.

What the lists hold, by rule (never "the words that appeared in an evaluation set"):
- RELATIONSHIP_WORDS: the kinship words of ``transcribe/language/kinship.py``, English and the other languages
  of the families a council works with (its rules there), and
  the English words of address and for a person that are never a name, with the north-east forms of the
  dialect glossary (transcribe/lexicon/dialect.txt): bairn, hinny, pet, wor, our kid...;
- PROTECTED_PHRASES: statutory social-care processes and plans (Working Together to Safeguard
  Children 2023 and the Children Act 1989 sections), national services and national charities a
  family is referred to (registered charities working across England, not a local branch, and their Scottish
  counterparts: Victim Support Scotland, Young Scot, Children 1st; the national services and helplines GOV.UK and
  the NHS help pages name, leaving out those whose name is an everyday word or a first name alone: Contact, Sense,
  Frank and Brook are kept only in a longer form such as "Talk to Frank"), UK
  public holidays and festivals, the national retail chains and media a child names, the public
  hospitals and stadiums of the North East and North Cumbria (NHS trust sites; professional grounds), and the UK's
  specialist children's hospitals known by a name without "hospital" (Alder Hey, Great Ormond Street, Evelina);
- CUE_WORDS: the words of the identifier cues ``recognizers.cue_value_recognizer.CUES`` reads (complete by that
  rule, less "no" and "home", which may be a value's "oh" or a name), with "mail" of "e-mail" and the household
  nouns a family's email or phone is given for ("family", "household"): never a value's or a name's own word;
- TIME_WORDS: days, months and units of time, and the usual written abbreviations of days and months (Weds,
  Thurs, Sept) but those that are also given names or their short forms (Jan, Jun, Jul, Dec); NAME_LIKE_WORDS: ordinary words that are also
  given names in the ONS baby-name lists.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..language.kinship import KIN_WORDS, KIN_WORDS_OTHER_LANGUAGES
from ..vocabulary import read_terms

_LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicon"

CUE_WORDS = frozenset("""
birth born birthday date dob nhs health number national insurance nino postcode post code mobile phone telephone
landline contact email e-mail mail address family household
""".split())

# A possessive ("mam's") is read as the word it is made from (is_protected_word).
RELATIONSHIP_WORDS = KIN_WORDS | KIN_WORDS_OTHER_LANGUAGES | frozenset(
    """
    lad fella bairn bairns kid kids baby bubba foster hinny pet love flower duck chuck
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
    "mace", "multi-agency child exploitation", "yot", "youth justice service", "idva", "isva",
    # the national schemes known by a name that looks like a person's or a phrase (the Domestic Violence Disclosure
    # Scheme and the Child Sex Offender Disclosure Scheme as the Home Office names them for the public; the care
    # leavers' arrangements of the Children and Families Act 2014 and the DfE)
    "clare's law", "sarah's law", "staying put", "staying close",
    # national charities and services (England-wide)
    "citizens advice", "change grow live", "andy's man club", "barnardo's", "nspcc", "childline",
    "samaritans", "mind", "women's aid", "refuge", "relate", "home-start", "turning point", "we are with you",
    "shelter", "kooth", "young minds", "youngminds", "action for children", "the children's society",
    "family action", "gingerbread", "mencap", "national autistic society", "scope", "carers trust",
    "the prince's trust", "the king's trust", "catch22", "st john ambulance", "red cross", "salvation army",
    "victim support", "victim support scotland", "young scot", "childline scotland", "children 1st",
    # public holidays and festivals
    "new year's eve", "new year's day", "christmas eve", "christmas day", "good friday", "easter sunday",
    "easter monday", "bank holiday", "mother's day", "father's day", "valentine's day", "pancake day",
    # public hospitals (North East and North Cumbria NHS trust sites) and professional grounds
    "royal victoria infirmary", "freeman hospital", "great north children's hospital", "queen elizabeth hospital",
    "sunderland royal", "south tyneside district hospital", "north tyneside general", "wansbeck general",
    "hexham general", "northumbria specialist emergency care hospital", "university hospital of north durham",
    "darlington memorial", "university hospital of north tees", "university hospital of hartlepool",
    "james cook", "the james cook", "friarage", "bishop auckland hospital", "shotley bridge hospital",
    "cumberland infirmary", "west cumberland hospital", "st james' park", "st james's park", "st james",
    "stadium of light", "riverside stadium", "nando's", "costa", "starbucks", "subway", "kfc", "burger king",
    "b&q", "argos", "boots", "wilko", "the range", "next", "sports direct", "jd sports", "smyths",
    # the national employers a parent works for, known by their trading names (the co-operative retail chains, the
    # postal and rail operators, the armed forces)
    "co-op", "the co-op", "royal mail", "post office", "the post office", "network rail", "royal navy", "british army",
    "royal air force", "amazon",
    # the UK's specialist children's hospitals known by a name without "hospital" (the Children's Hospital Alliance
    # members and the devolved nations' children's hospitals)
    "alder hey", "great ormond street", "gosh", "evelina", "evelina london", "the sick kids", "sick kids",
    "noah's ark", "the royal belfast hospital for sick children",
    # national services a family deals with by name (GOV.UK's and the devolved governments' own names for them) and
    # the national helplines and charities a social worker signposts to, as the NHS and GOV.UK help pages list them
    # for children, parents, carers, bereavement, money, housing, missing children and abuse (not a local branch)
    "jobcentre", "the jobcentre", "jobcentre plus", "cafcass", "cafcass cymru", "scra", "children's hearings scotland",
    "the children's reporter", "children's reporter", "child maintenance service", "hmrc", "home office",
    "probation service", "the probation service", "nhs 111", "nhs 24", "nhs talking therapies", "healthy start",
    "sure start", "start for life", "talking therapies", "iapt",
    "national citizen service", "ncs", "duke of edinburgh", "girlguiding", "the scout association",
    "winston's wish", "cruse", "cruse bereavement support", "child bereavement uk", "missing people", "parentline",
    "parentline scotland", "family lives", "talk to frank", "papyrus",
    "kidscape", "place2be", "family fund", "buttle uk", "turn2us", "stepchange", "national debtline", "moneyhelper",
    "trussell trust", "the trussell trust", "centrepoint", "depaul", "llamau", "age uk", "carers uk",
    "rethink mental illness", "safelives", "karma nirvana", "galop",
    "rape crisis", "crimestoppers", "st giles trust", "the railway children", "railway children", "coram",
    "family rights group", "adoption uk", "the fostering network", "stonewall",
    "mermaids", "al-anon", "alateen", "nacoa", "adfam", "aberlour", "quarriers", "includem", "who cares? scotland",
    "who cares scotland", "breathing space", "tros gynnal", "voypic", "include youth", "parenting ni",
    "women's aid federation", "welsh women's aid", "scottish women's aid", "national domestic abuse helpline",
)


# the greetings said for those festivals and for a birthday ("Merry Christmas", "Happy New Year"): never a name, even
# where a word of one is someone's name in the case ("Merry Chugg" the carer, calling "Merry Christmas")
PROTECTED_PHRASES += ("merry christmas", "happy christmas", "happy new year", "happy easter", "happy birthday",
                      "happy halloween")

# and every term of the social-care lexicon (its own rule: the statutory processes, orders, plans, meetings, roles and
# services of Working Together 2023 and the Children Act 1989), read as the recogniser's vocabulary reads it: a process
# or a statutory service is never an identifier ("the Virtual School", "Edge of Care"), however a note capitalises it
PROTECTED_PHRASES += tuple(dict.fromkeys(
    t.text.lower() for t in read_terms(_LEXICON_DIR / "social_care.txt", "lexicon") if t.text.lower() not in PROTECTED_PHRASES))


# Social-care code words: PN codes (PN1, PN 23), case-recording codes.
PROTECTED_PATTERNS = (
    re.compile(r"\bPN\s?\d{1,3}\b", re.IGNORECASE),
    # a prison or young offender institution as HM Prison and Probation Service names every one ("HMP Altcourse",
    # "HMYOI Wetherby", "HMP/YOI Low Newton", "hmp berwyn"): a public institution, never a person or a local place
    re.compile(r"\b(?:HMP(?:\s?/\s?YOI)?|HMYOI|HMPYOI)\s(?:[A-Z][a-z'’\-]+|[a-z][a-z'’\-]+)(?:\s(?:[A-Z][a-z'’\-]+|[a-z][a-z'’\-]+(?=\s|$|[.,;])))?"
               r"", re.IGNORECASE),
)

TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday weekend weekday
    january february march april may june july august september october november december
    today yesterday tomorrow tonight morning afternoon evening night noon midnight teatime
    week weeks month months year years day days fortnight hour hours minute minutes
    mon tue tues wed weds thu thur thurs fri sat sun feb mar apr aug sep sept oct nov
    """.split()
)

# Ordinary words that are also first names. As context names they must be capitalised
# and used as a noun to count; NER hits on them are kept only when capitalised mid-sentence.
NAME_LIKE_WORDS = frozenset(
    """
    hope will grace faith joy rose may june april summer autumn dawn sky storm rain
    river ocean star bob pat sue mark bill frank rich drew grant hunter chase price brown green
    white black young baker cook wood hill king ward bishop rock sunny robin patience charity
    destiny harmony melody precious honey angel bliss sage ray rowan august penny
    """.split()
)

# The last word of a public place's name: "Preston Park", "James Cook Hospital", "Metro Centre". A name
# ending so is a public place, never a person or a local organisation.
PUBLIC_PLACE_HEADS = frozenset(
    """
    park hospital infirmary station stadium arena centre center library beach baths pool square mall market
    museum quayside bay street road metro zoo airport pier gallery cathedral lido theatre cinema
    quay quays precinct arcade interchange esplanade promenade sands gardens woods woodland
    """.split()
)

# The kinds of place anyone may walk into, by rule: the buildings and grounds a council, the NHS, a transport
# operator or a shop opens to the public (hospitals, infirmaries and hospices, stations and airports, parks,
# squares, piers, docks, harbours and marinas, shopping, retail, leisure and sports centres, markets and malls,
# libraries, museums, galleries, castles, abbeys and cathedrals, theatres and cinemas, stadiums and arenas, zoos,
# pools, lidos and baths, beaches; and the words the Ordnance Survey and the shopping-centre and transport operators
# end such a place's name with: quays, precincts, arcades, interchanges, esplanades, promenades, sands, public gardens,
# woods and woodland; of these, the ones that are also street words (Quay, Esplanade, Promenade, Gardens, Woods) only
# end a public place's name in PUBLIC_PLACE_HEADS, never after an address said with its number in words). A name followed
# by one of these words ("Arrowe Park Hospital", "Lime Street station", "Queensgate Shopping Centre", "Sky
# Sports") or, without a house number, ending in one ("Chester Zoo", "George Square") names a public place.
PUBLIC_PLACE_KINDS = frozenset(
    """
    park parks hospital infirmary hospice station airport stadium arena library museum gallery cathedral abbey
    castle market mall zoo pier dock docks harbour marina beach baths pool lido square theatre cinema shopping
    retail leisure sports quays precinct arcade interchange sands woodland
    """.split()
)

_PROTECTED_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PROTECTED_PHRASES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _trie_pattern(phrases) -> str:
    """One regular expression for ``phrases`` (lower-case ASCII) as a trie of their characters: the
    same matches as their alternation longest first (a longer phrase is tried before a shorter one it
    extends, and at most one branch can take the next character), without trying every phrase at
    every position of a note."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation

    return pattern(trie)


# _PROTECTED_RE as a trie, for finding the phrases in a whole note (is_protected_word's one-word
# fullmatch keeps the alternation)
assert all(p.isascii() and p == p.lower() for p in PROTECTED_PHRASES), "the trie below assumes lower-case ASCII phrases"
_PROTECTED_FIND_RE = re.compile(r"\b" + _trie_pattern(PROTECTED_PHRASES) + r"\b", re.IGNORECASE)


# A place named by what one does there in public: where one shops ("shopping at Cornmill", "went shopping in Merry
# Hill", "window-shopping at Eagles Meadow", "shops at Fosse Park") and a name said to be a shopping centre after a
# comma or right before its kind ("to St John's, the shopping centre", "St George's shopping centre"). Up to three capitalised words after the verb; nobody shops at a
# child's club or a person.
_PUBLIC_BY_CUE = (
    re.compile(r"\b(?i:shopping|window[\s-]shopp?(?:ing)?|shops|shopped|shop)\s(?:at|in|round|around)\s(?:the\s)?"
               r"(?P<name>(?:St\.?\s)?[A-Z][\w'’\-]*(?:\s(?:St\.?|[A-Z][\w'’\-]*)){0,2})"),
    re.compile(r"(?P<name>(?:St\.?\s)?[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}),\s(?:the|a)\s(?:[a-z]+\s)?"
               r"(?:shopping\s(?:centre|center|mall|arcade|precinct)|retail\spark|outlet\s(?:centre|village))"
               r"(?=\s*[,.;:)]|\s*$)"),
    # a saint's name before a public place's kind ("St Mary's Hospital", "St Nicholas Park"; a church is a local place)
    re.compile(r"(?P<name>St\.?\s[A-Z][\w'’\-]*)\s(?i:hospital|infirmary|hospice|park|square|station|cathedral|abbey|"
               r"stadium|market|library)\b"),
    # and right before it, a saint's possessive included ("St George's shopping centre")
    re.compile(r"(?P<name>(?:St\.?\s)?[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})\s(?i:shopping|retail|outlet)\s"
               r"(?i:centre|center|mall|arcade|precinct|park|village)\b"),
)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of multi-word never-redact terms and codes in ``text``, and of public places named by
    what one does there (``_PUBLIC_BY_CUE``)."""
    spans = [(m.start(), m.end()) for m in _PROTECTED_FIND_RE.finditer(text)]
    for pattern in PROTECTED_PATTERNS:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    for pattern in _PUBLIC_BY_CUE:
        spans.extend(m.span("name") for m in pattern.finditer(text)
                     if m.group("name").startswith("St") or not m.group("name").endswith(("'s", "’s")))
        # "shopping at Kyle's mum's" is someone's house: a possessive names a place only as a saint's
    return spans


# An ASCII word is matched whole by _PROTECTED_RE exactly when its lower case is one of the phrases' (while each phrase
# is ASCII and begins and ends with a word character, so both \b hold): one set look-up in place of the alternation.
_PLAIN_PHRASES = all(p.isascii() and re.fullmatch(r"\w(?:.*\w)?", p, re.S) for p in PROTECTED_PHRASES)
_PROTECTED_LOWER = frozenset(p.lower() for p in PROTECTED_PHRASES)


def is_protected_word(word: str) -> bool:
    """True for a single word that is never an identifier on its own."""
    w = word.lower().strip(".,;:!?'\"()")
    if w.endswith("'s"):
        w = w[:-2]
    if w in RELATIONSHIP_WORDS or w in TIME_WORDS:
        return True
    if _PLAIN_PHRASES and w.isascii():
        return w in _PROTECTED_LOWER
    return bool(_PROTECTED_RE.fullmatch(w))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """North-east town and district names (lower case), from transcribe/lexicon/towns_north_east.txt."""
    out: set[str] = set()
    for line in (_LEXICON_DIR / "towns_north_east.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.add(line.strip().lower())
            out.add(line.strip().lower().replace("-", " "))
    return frozenset(out)


def is_place(words: str) -> bool:
    """True for a north-east town or district, or a run of them ("Seaton Delaval")."""
    return words.strip().lower() in places()
