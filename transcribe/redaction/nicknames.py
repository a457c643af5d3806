"""Common English short forms of first names, both ways (Kayleigh -> Kay, Christopher -> Chris)."""

from __future__ import annotations

from functools import lru_cache

_GROUPS = """
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

NICKNAMES: dict[str, set[str]] = {}
for group in _GROUPS.split("|"):
    names = group.split()
    if not names:
        continue
    full, short = names[0], names[1:]
    NICKNAMES.setdefault(full, set()).update(short)
    for s in short:
        NICKNAMES.setdefault(s, set()).add(full)


@lru_cache(maxsize=1024)
def short_forms(name: str) -> frozenset[str]:
    """Known short or full forms of ``name`` (lower case), not including ``name`` itself (asked for each
    case name's part against every word of a note: remembered)."""
    return frozenset(NICKNAMES.get(name.lower(), set()) - {name.lower()})
