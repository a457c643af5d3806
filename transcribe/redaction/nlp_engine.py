"""A Presidio NLP engine over the spaCy pipeline the process already loaded.

Presidio's ``NlpEngineProvider`` would call ``spacy.load`` (and download a missing model);
here the shared ``nlp`` is handed straight to ``SpacyNlpEngine`` so nothing is loaded twice
and nothing is fetched.
"""

from __future__ import annotations

from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

# spaCy labels we keep, as Presidio names; everything else the NER says is ignored
# (dates, times, quantities and places are not identifiers in a visit note on their own).
_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_IGNORE = [
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP",
    "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
]


def preloaded_spacy_engine(nlp, model_name: str = "en_core_web_sm") -> SpacyNlpEngine:
    """Wrap an already-loaded spaCy ``Language`` for Presidio. Never loads or downloads."""
    config = NerModelConfiguration(model_to_presidio_entity_mapping=_MAPPING, labels_to_ignore=_IGNORE)
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=config)
    engine.nlp = {"en": nlp}
    return engine
