"""Short forms of first names, both ways (Bridget -> Biddy, Christopher -> Chris).

Complete by this rule, from two sources: every "has_nickname" pair of the ``nicknames`` package (Carlton Northern and
Nick Crews's hand-curated table of English given names and their nicknames, Apache-2.0, pinned in requirements.lock),
and ``_BRITISH``, the project's own short forms of names the package lacks or gives no British form for (Kayleigh, Callum,
Gaz, Shaz), written by hand before the package was taken and kept as such. A
kinship word ("nan" for Ann: ``language.kinship``) or an English function word (spaCy's stop words) is never taken: a
note says those as words.
"""

from __future__ import annotations

import csv
from functools import lru_cache

import nicknames as _package
from spacy.lang.en.stop_words import STOP_WORDS

from ..language.kinship import KIN_WORDS

_BRITISH = """
alexander alex alec sandy xander | alexandra alex lexi sandra | alexis lexi | abigail abbie abby abi
andrew andy drew | anthony tony ant | benjamin ben benny | bradley brad | callum cal
catherine cath cathy kate katie kat | katherine kate katie kath kathy | kathleen kath kathy
charles charlie chas chuck | charlotte charlie lottie | christopher chris | christine chris chrissy
christina chris tina | daniel dan danny | david dave davey | deborah debbie deb | dominic dom
edward ed eddie ted | elizabeth liz lizzie beth betty libby eliza | ellie elle | emily em emmy
gabriel gabe | gemma gem | georgina georgie gina | harrison harry | henry harry hal
isabella bella izzy issy | isabelle bella izzy | jacob jake | james jim jimmy jamie
jacqueline jackie | jennifer jen jenny | jessica jess jessie | jonathan jon jonny | joseph joe joey
joshua josh | kayleigh kay kayley kaylee | kimberley kim | kirsty kirst | lawrence laurie larry
leonard len lenny leo | lewis lew | louise lou | margaret maggie peggy meg | matthew matt matty
michael mike mick micky mikey | michelle shell | nathan nate nat | nathaniel nate nat
nicholas nick nicky | nicola nicki nikki | oliver ollie olly | patricia pat patsy trish
patrick pat paddy | penelope penny | peter pete | philip phil pip | rebecca becky becca bex
richard rich rick ricky dick | robert rob robbie bob bobby | ronald ron ronnie | samantha sam sammy
samuel sam sammy | sarah sal sally | sebastian seb | stephanie steph | stephen steve stevie
steven steve stevie | susan sue susie | terence terry | theodore theo ted | thomas tom tommy
timothy tim timmy | victoria vicky tori | william will bill billy liam | zachary zach zak
anthea thea | dorothy dot dottie | francesca fran frankie | francis frank frankie | frances fran
gareth gaz | gary gaz | kevin kev | darren daz | sharon shaz | jordan jord | tyler ty
courtney court | bethany beth | danielle dani | gabriella gabby | jacqueline jacqui
jayden jay | kieran kie | mackenzie mack kenzie | madison maddie | natalie nat | olivia liv livvy
paige | reece | stacey stace | tracey trace | vanessa ness | wayne | demi | kyle
"""

def _pairs() -> list[tuple[str, str]]:
    """(full name, short form) pairs of both sources, lower case."""
    out = []
    for group in _BRITISH.split("|"):
        names = group.split()
        out += [(names[0], short) for short in names[1:]]
    with _package.with_names_csv_path() as path:
        with path.open(newline="", encoding="utf-8") as f:
            out += [(row["name1"].strip().lower(), row["name2"].strip().lower()) for row in csv.DictReader(f)
                    if row["relationship"].strip() == "has_nickname"]
    return out


def _a_word_said_as_a_word(short: str) -> bool:
    return short in KIN_WORDS or short in STOP_WORDS


NICKNAMES: dict[str, set[str]] = {}
for _full, _short in _pairs():
    if _a_word_said_as_a_word(_short) or _a_word_said_as_a_word(_full):
        continue
    NICKNAMES.setdefault(_full, set()).add(_short)
    NICKNAMES.setdefault(_short, set()).add(_full)


@lru_cache(maxsize=1024)
def short_forms(name: str) -> frozenset[str]:
    """Known short or full forms of ``name`` (lower case), not including ``name`` itself (asked for each
    case name's part against every word of a note: remembered)."""
    return frozenset(NICKNAMES.get(name.lower(), set()) - {name.lower()})
