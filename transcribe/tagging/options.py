"""The tagger's options, importable without spaCy (settings build them before the text stages load)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TaggingOptions:
    """Knobs for the tagger; build once from settings."""

    max_chars: int = 200_000
    use_ner: bool = False  # spaCy NER only adds unnamed people; off, tagging runs about a third faster
    use_headings: bool = True  # a spoken "Next steps." heading carries to the sentences after it
    use_model: bool = True  # the learned sentence model decides; off, the rules alone (the old tagger)
    # text with no punctuation to trust is split where the learned sentence-start model reads a start (off: the rule)
    learned_boundaries: bool = True
    extra_worry_words: tuple[str, ...] = ()
    extra_working_well_words: tuple[str, ...] = ()
