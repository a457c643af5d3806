"""The spaCy text classifier beside the sentence model: a ``textcat_multilabel`` (bag of words and
word pairs) over each sentence's words, with every named person replaced by who they are in the
case (``xchild``, ``xsibling``, ``xfamily``, ``xprofessional``, ``xworker``, ``xrelay``).

Its probabilities are averaged with the sentence model's (``SentenceModel.textcat_weight``).
Trained by ``python -m evaluation.tagging train`` (deterministic) into the ``textcat/`` folder (and the voice labels' own into ``textcat_voice/``)
beside this file; loaded once per process with ``load_textcat()``; it needs no download.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from ..errors import ModelNotFoundError

TEXTCAT_DIR = Path(__file__).resolve().parent / "textcat"
# the voice labels' text classifier, over the role text whose speaking pronouns follow the chain of subject pronouns
VOICE_TEXTCAT_DIR = Path(__file__).resolve().parent / "textcat_voice"
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")


def role_text(sentence: str, roles: dict[str, str], marks: dict[int, str] | None = None) -> str:
    """``sentence`` with each word of a named person's name replaced by ``x`` + their role class
    (``features.role_classes``): "Lacey-Mae told Kerry" -> "xchild-xchild told xfamily". ``marks``:
    offset in ``sentence`` of a word -> the role class that replaces it (``features.speaker_marks``)."""
    marks = marks or {}

    def replace(m: re.Match) -> str:
        word = m.group(0)
        if m.start() in marks:
            return "x" + marks[m.start()]
        return "x" + roles[word.lower()] if word.lower() in roles else word

    return _WORD.sub(replace, sentence)


def score_texts(nlp: Language, texts: list[str], labels: tuple[str, ...]) -> list[dict[str, float]]:
    """label -> probability for each text, in order."""
    return [{label: float(doc.cats.get(label, 0.0)) for label in labels} for doc in nlp.pipe(texts)]


@lru_cache(maxsize=2)
def load_textcat(path: Path = TEXTCAT_DIR) -> Language:
    """The committed text classifier (``VOICE_TEXTCAT_DIR``: the voice labels' own), each read once per process."""
    import spacy

    if not (Path(path) / "config.cfg").exists():
        raise ModelNotFoundError(
            f"The tagging text classifier {path} is missing. Restore it from the repository or retrain it "
            "with: python -m evaluation.tagging train"
        )
    return spacy.load(path)
