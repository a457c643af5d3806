"""Online names: the handle a child or an adult uses on a game, a chat or a social network.

A handle identifies a person as a name does (an exploitation or grooming note names the account that made
contact), so it is redacted as a person. Found by its shape where no word of English has that shape, and by cue:
- ``@name``, as every social network writes a handle (not an email's ``@``: a word before it);
- a word joined by an underscore ("Lexi_x", "cal_mcg_09"): no English word and no name is written so, and an email
  (which may hold one) is the email recognizer's;
- after a handle's cue (the words the networks' help pages use for the name an account goes by: handle, username,
  user name, gamertag, gamer tag, screen name, display name, and "calls himself", "goes by", "known online as"; an
  account "called"; a network's name, "his Snapchat, ...", "the Snapchat name he uses, ..."),
  a word written as no word or name is: holding a digit with letters ("kaz07"), a capital after its first letter
  ("CalMcG"), or a dot between letters ("kayla.r").
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer

from ..entities import PERSON
from .result import make_result

# ``@name``: not after a word character, a dot or another ``@`` (an email's domain)
_AT_HANDLE = re.compile(r"(?<![\w.@])@(?P<h>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)")
# letters or digits joined by underscores, not part of an email ("lexi_x@...", "...@mail_x")
_UNDERSCORED = re.compile(r"(?<![\w@.])(?P<h>[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*)(?![\w@]|\.[A-Za-z0-9])")
# the networks a note names an account on (the social networks, chat apps and game networks children use, as Ofcom's
# Children's Media Use and Attitudes report names them), and an account "called" so
_NETWORK = r"(?:snapchat|snap|instagram|insta|tiktok|facebook|twitter|youtube|discord|whatsapp|telegram|xbox|playstation|psn|roblox)"
_CUE = re.compile(
    r"\b(?i:handle|user\s?name|gamer\s?tag|screen\s?name|display\s?name|"
    r"call(?:s|ed|ing)\s(?:him|her|them)sel(?:f|ves)|go(?:es|ing)\sby|known\sonline\sas|account\s(?:called|named)|"
    rf"{_NETWORK}(?:\s(?:name|account|handle|username|id))?(?:\s(?:he|she|they)\s(?:uses|used|has))?)"
    r"(?:\s(?:is|was|of|as|on\s\w+))?[\s:,]+[\"“'‘]?(?P<h>[^\s\"”'’,;:!?()]+?)[.]?(?=[\"”'’\s,;:!?()]|$)"
)
_NO_WORD_SHAPE = re.compile(r".*(?:[A-Za-z].*\d|\d.*[A-Za-z]).*|.+[A-Z].*|.*[A-Za-z]\.[A-Za-z].*")
# what such a shape may be that is no handle: a time, an ordinal, a school year, a size or a console
_NOT_HANDLE = re.compile(r"(?i:\d{1,2}(?:[.:]\d{2})?(?:am|pm)|\d+(?:st|nd|rd|th|s)|y\d{1,2}|year\d{1,2}|\d+(?:kg|g|ml|cm|mm|km|k))")


class OnlineHandleRecognizer(LocalRecognizer):
    """An account's name, by its shape or after its cue."""

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=[PERSON], supported_language=supported_language,
                         name="OnlineHandleRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in _AT_HANDLE.finditer(text):
            out.append(make_result(self, PERSON, m.start(), m.end("h"), 0.85, "an online handle written with @"))
        for m in _UNDERSCORED.finditer(text):
            out.append(make_result(self, PERSON, *m.span("h"), 0.8, "an online handle joined by an underscore"))
        for m in _CUE.finditer(text):
            handle = m.group("h")
            if _NO_WORD_SHAPE.fullmatch(handle) and not _NOT_HANDLE.fullmatch(handle) and "@" not in handle[1:]:
                out.append(make_result(self, PERSON, *m.span("h"), 0.8, "an online handle after its cue"))
        return out
