"""Rebuild first_names_world.txt (a developer tool; the list is committed, nothing runs this at run time).

    python -m transcribe.redaction.data.build_first_names

Rule: every Latin-script first name of every person locale of Faker (the version pinned in
requirements.lock) except en_GB, which the project's generated redaction set draws from, that is not
already in first_names.txt, is at least 3 letters, and is not an English word: not in en_core_web_sm's
WordNet lemma index, not a spaCy stop word, not a word of spaCy's English tokenizer exceptions.
These names are matched only capitalised ("Zuzana", "Jolanta"), never in lower case.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

LISTED = Path(__file__).with_name("first_names.txt")
FILE = Path(__file__).with_name("first_names_world.txt")
ATTRS = ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary")


def _latin_name(name: object) -> bool:
    if not isinstance(name, str) or len(name) < 2 or not name.replace("-", "").replace("'", "").isalpha():
        return False
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def faker_first_names() -> set[str]:
    from faker.providers import person

    out: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        if info.name == "en_GB":
            continue
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        for attr in ATTRS:
            value = next((klass.__dict__[attr] for klass in provider.__mro__ if attr in klass.__dict__), None)
            if hasattr(value, "keys") or isinstance(value, (list, tuple, set, frozenset)):
                out.update(n for n in value if _latin_name(n))
    return out


def main() -> None:
    import faker

    from ...models.spacy_model import load_spacy
    from ..nlp_engine import english_words

    nlp = load_spacy()
    english = english_words(nlp) | set(nlp.Defaults.stop_words) | {k.lower() for k in nlp.tokenizer.rules}
    lines = LISTED.read_text(encoding="utf-8").splitlines()
    listed = {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}
    names = sorted(
        {n for n in faker_first_names() if len(n) >= 3 and n.lower() not in english and n.lower() not in listed},
        key=lambda n: (n.lower(), n),
    )
    header = (__doc__.split("Rule: ", 1)[1].strip().splitlines())
    FILE.write_text(
        "\n".join([f"# First names matched only when capitalised. Faker {faker.VERSION}, {len(names)} names."]
                  + ["# Rule: " + header[0]] + ["# " + h for h in header[1:]] + names) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
