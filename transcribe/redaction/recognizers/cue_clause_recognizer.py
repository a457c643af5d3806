"""In a transcript, an identifier's value is what follows its cue to the end of the clause, whatever its shape.

A speech recogniser writes a dictated identifier in more shapes than any reading by shape keeps up with
("K-4 King, 6-1, 2-0, 9-9, A", "19.90", "Tremel 6, O-I-N-2"). Once a structured identifier's cue is heard
(CueValueRecognizer's CUES: date of birth / born on / DOB, NHS number, national insurance / NI, postcode,
phone / mobile / number is, email), this takes the value from the first word after the cue and its filler words
to the end of the cue's clause:

- the sentence's end (a full stop, ``!``, ``?``, ``;`` or ``:`` followed by a space, or a line break);
- another identifier's cue;
- a clear prose boundary: a word that always opens a clause (CLAUSE_OPENERS: "which", "but", "because", ...),
  or, after "and", "or" or a comma or written with a capital, a pronoun, determiner or family word
  (NEW_CLAUSE_AFTER_JOIN: "and she", ", her", "or the", "9-8-9 Her brother"), which a spoken identifier never holds;
- for an email, its domain's last part ("dot com", "hotmail.co.uk");
- at most MAX_CLAUSE_WORDS[entity] words, the longest form the value has said aloud (an NI number spelt
  with "as in" and its digits in pairs, 16 words; see the table).

The clause is taken only where it holds a value word (a digit, a number or digit word, a letter read out;
for an email an "at" or "dot"), so "the phone was broken" or "born in Leeds" take nothing. Its end is then
brought back past the ordinary English words (WordNet's and spaCy's stop words) the clause ends with ("..., 6247 and mum says"): prose, not
value; a garbled word (no English word) stays, as it may be the value heard wrongly, and so does a capitalised
one ("B for Papa": a letter spelt).

Only transcripts are read this way (the redactor adds it when given the recogniser's words): typed text
keeps its identifiers' shapes, and its readings by shape are exact there.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from ...language.dates import MONTHS, NUMBER_WORDS, ORDINAL_WORDS
from ...language.kinship import KIN_WORDS
from ..entities import DATE_OF_BIRTH, EMAIL, NHS_NUMBER, NI_NUMBER, PHONE, POSTCODE
from ..spoken_numbers import DIGIT_WORDS, REPEAT_WORDS
from .cue_value_recognizer import _EMAIL_END, CUES, MAX_GAP, _filler
from .result import make_result

# The longest spoken form of each value, in words, with a word or two of the recogniser's splitting to spare:
# NI "J as in Juliet, T as in Tango, four six, one one, nine eight, C" (15); NHS "four double two, six oh one,
# treble seven five" read digit by digit (10 digits, 2 repeat words: 12); a phone "plus four four seven seven one
# nine, three double oh, five two one" (14); a postcode "C for Charlie, A for Alpha, twenty eight, seven T for
# Tango, B for Bravo" (a postcode's 7 characters spelt: at most 10 words once its digits are numbers);
# a date of birth "the twenty third of October nineteen eighty nine" (8); an email "first dot last underscore
# ninety three at hotmail dot co dot uk" (12).
MAX_CLAUSE_WORDS = {NI_NUMBER: 16, NHS_NUMBER: 14, PHONE: 16, POSTCODE: 10, DATE_OF_BIRTH: 8, EMAIL: 14}
# words that open a clause of their own wherever they stand (English's subordinating and coordinating
# conjunctions and relative pronouns that never stand inside a spoken identifier; "and", "or" and "as" do:
# "two thousand and ten", "S as in sugar")
CLAUSE_OPENERS = frozenset("""
which who whom whose but because although though while whilst whereas unless until since when whenever where
if so after before
""".split())
# after "and", "or" or a comma, these open a new clause: English's personal and possessive pronouns and its
# determiners (never part of an identifier said aloud)
NEW_CLAUSE_AFTER_JOIN = frozenset("""
i you he she it we they me him her us them my your his its our their this that these those the a an
there then
""".split()) | frozenset(KIN_WORDS)  # "..., mam can be reached": the family's words (language.kinship)
_JOINS = frozenset({"and", "or"})
# the small words a value said aloud holds: "S as in sugar", "B for Bravo", "the 23rd of the 3rd", "at ... dot"
_LINKS = frozenset("as in for of the and or at dot to on is".split())
_TOKEN = re.compile(r"[A-Za-z0-9@](?:[A-Za-z0-9@'’\-_]|\.(?=[A-Za-z0-9]))*|/")  # "hotmail.com", never "7895." 
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")
# what makes a clause a value: a digit, a number or digit word, a letter read out on its own
_VALUE_WORDS = (frozenset(DIGIT_WORDS) | frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS) | frozenset(MONTHS)
                | frozenset(REPEAT_WORDS) | frozenset({"hundred", "thousand", "zero", "nought"})) - {"o", "oh"}
_EMAIL_WORDS = frozenset({"at", "dot", "@"})


def _value_word(tok: str, entity: str) -> bool:
    low = tok.lower().strip("'’.,")
    if any(ch.isdigit() for ch in low) or low in _VALUE_WORDS:
        return True
    if entity == EMAIL:
        return low in _EMAIL_WORDS or "@" in low or bool(re.search(r"[a-z]\.[a-z]", low))
    return len(tok) == 1 and tok.isupper() and tok not in ("I", "A")


class CueClauseRecognizer(LocalRecognizer):
    """The rest of a cue's clause in a transcript, as that cue's identifier (see the module's rule)."""

    def __init__(self, supported_language: str = "en", english: frozenset[str] = frozenset()):
        self.english = english  # ordinary English words: the clause's end is brought back past them
        super().__init__(supported_entities=[DATE_OF_BIRTH, NHS_NUMBER, NI_NUMBER, POSTCODE, PHONE, EMAIL],
                         supported_language=supported_language, name="CueClauseRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results: list[RecognizerResult] = []
        for pattern, entity in CUES:
            for cue in pattern.finditer(text):
                span = self.clause_after(text, cue.end(), entity)
                if span:
                    results.append(make_result(self, entity, span[0], span[1], 0.4, "the rest of its cue's clause"))
        return results

    def clause_after(self, text: str, pos: int, entity: str) -> tuple[int, int] | None:
        """The value after a cue ending at ``pos``: its clause's words (module rule), or None."""
        toks = list(_TOKEN.finditer(text, pos, min(len(text), pos + 400)))
        i = 0
        while i < len(toks) and i < MAX_GAP and _filler(toks[i].group().rstrip(".,")) and not _value_word(toks[i].group(), entity):
            i += 1
        if i >= len(toks) or _SENTENCE_END.search(text, pos, toks[i].start()):
            return None
        end = i
        for j in range(i, min(len(toks), i + MAX_CLAUSE_WORDS[entity])):
            if j > i:
                between = text[toks[j - 1].end():toks[j].start()]
                if _SENTENCE_END.search(between) or any(p.match(text, toks[j].start()) for p, _e in CUES):
                    break
                low = toks[j].group().lower().strip("'’")
                prev = toks[j - 1].group().lower()
                if low in CLAUSE_OPENERS:
                    break
                if self._prose(toks[j].group()) and self._prose(toks[j - 1].group()) and not (
                        _value_word(toks[j].group(), entity) or _value_word(toks[j - 1].group(), entity)
                        or low in _LINKS or prev in _LINKS):
                    end = j - 1
                    break  # two ordinary words in a row ("was home", "is in a"): the sentence's prose goes on
                if low in NEW_CLAUSE_AFTER_JOIN and ("," in between or prev in _JOINS or toks[j].group()[0].isupper()
                                                     and toks[j].group() not in ("I", "A")):
                    break  # "and she", ", her", "... 9-8-9 Her brother": a recogniser's sentence without its full stop
            end = j + 1
            if entity == EMAIL and _EMAIL_END.search(text, toks[j].start(), toks[j].end() + 12):
                end = j + 1 if _EMAIL_END.search(toks[j].group()) else j + 2
                break  # an address ends at its domain's last part ("dot co dot uk", "hotmail.com")
        clause = toks[i:end]
        while clause and clause[-1].group().lower() in _JOINS:
            clause.pop()
        # brought back past the ordinary words it ends with: the sentence's, not the value's
        while clause and not _value_word(clause[-1].group(), entity) and self._prose(clause[-1].group(), any_case=True) and not (
                len(clause) > 1 and clause[-2].group().lower() in ("for", "in") and clause[-1].group()[0].isupper()):
            clause.pop()  # (not "B for Papa": a letter spelt)
        while clause and not _value_word(clause[0].group(), entity) and self._prose(clause[0].group(), any_case=True):
            clause.pop(0)  # and past the ordinary words it starts with ("he spelled it out, J4 Jack, ...")
        if not any(_value_word(t.group(), entity) for t in clause):
            return None
        return clause[0].start(), clause[-1].end()

    def _prose(self, tok: str, any_case: bool = False) -> bool:
        """An ordinary English word (lower-case unless ``any_case``: "Papa" may be a letter spelt)."""
        low = re.sub(r"['’]s$", "", tok.lower()).strip("'’.,")
        return (any_case or tok[0].islower()) and (low in self.english or low in STOP_WORDS)
