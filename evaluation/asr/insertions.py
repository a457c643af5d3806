"""Words from the case written where none was said: a case name or a kinship word in a transcript more often than
in its reference.

Biasing a decoder with a case's names can make it write a name, or the kin word the prompt puts before one
("nan Maureen"), over other speech ("see her dad more often" came out "see her nan Maureen"). Per clip, for every
such word, the hypothesis's count beyond the reference's is an insertion; a word said and written as often as said
(or less) counts nothing. Counting, not aligning, keeps the figure free of the aligner's choices: a name written in
place of another name counts once for the wrong one, whatever the alignment.

The definition does not read casenote's own word tables (``transcribe/language``), so that a change to them cannot
move the yardstick:

- **case words**: every word of every person's name in the clip's own case context (the set's manifest), split on
  spaces, a title (Mr, Mrs, Ms, Miss, Dr) left out; a hyphenated name is one word ("Bobbi-Jo");
- **kin words**: :data:`KIN_WORDS`, written here by this rule: the English words for a child's family and carers
  (parents, step-parents, grandparents, brothers and sisters, aunts and uncles, cousins, carers, guardians and
  partners), in their standard forms, their everyday familiar forms (mum, dad, nan, granny, grandad), and the
  north-east forms a Tyneside or Wearside practitioner says (mam, da, nana, nanna, granda) as the Survey of English
  Dialects records them; singular and plural; a possessive ("mam's") counts as the word it is made from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# The rule is in the module docstring. Compound forms are written both hyphenated and closed where both are used.
KIN_WORDS = frozenset("""
mother mothers mum mums mummy mam mams mammy mom moms
father fathers dad dads daddy da
stepmother stepmum step-mum stepmam stepfather stepdad step-dad stepparent step-parent
parent parents
grandmother grandmothers grandma nan nans nana nanna nanny gran granny grandmam
grandfather grandfathers grandad granddad grandpa granda grandpop
grandparent grandparents great-grandmother great-grandfather great-nan great-nana great-grandad
brother brothers bro sister sisters sis sibling siblings half-brother half-sister stepbrother stepsister
step-brother step-sister
aunt aunts auntie aunty aunties uncle uncles
cousin cousins niece nieces nephew nephews
son sons daughter daughters
carer carers guardian guardians
partner partners boyfriend girlfriend husband wife
""".split())

TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _words(text: str) -> list[str]:
    """Lower-cased words, hyphens and apostrophes inside a word kept, a possessive 's dropped."""
    out = []
    for w in re.findall(r"[\w]+(?:[-'\u2019][\w]+)*", text.lower()):
        out.append(re.sub(r"['\u2019]s$", "", w))
    return out


def case_words(names: list[str]) -> set[str]:
    """Every word of the people's names (a title left out), lower-cased."""
    return {w for name in names for w in _words(name) if w not in TITLES}


@dataclass
class Insertions:
    """One transcript's case and kin words written beyond what its reference says: word -> how many more."""

    names: Counter = field(default_factory=Counter)
    kin: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.names.values()) + sum(self.kin.values())


def count_insertions(reference: str, hypothesis: str, names: list[str]) -> Insertions:
    """Per word of the case's names and of :data:`KIN_WORDS`, how many more times the hypothesis writes it than the
    reference says it (nothing where the hypothesis writes it as often or less)."""
    said, written = Counter(_words(reference)), Counter(_words(hypothesis))
    out = Insertions()
    name_set = case_words(names)
    for w, n in written.items():
        extra = n - said[w]
        if extra <= 0:
            continue
        if w in name_set:
            out.names[w] += extra
        elif w in KIN_WORDS:
            out.kin[w] += extra
    return out


def words_said(reference: str, names: list[str]) -> int:
    """How many case and kin words the reference says (the denominator)."""
    name_set = case_words(names)
    return sum(w in name_set or w in KIN_WORDS for w in _words(reference))
