"""A Presidio NLP engine over the spaCy pipeline the process already loaded.

Presidio's ``NlpEngineProvider`` would call ``spacy.load`` (and download a missing model);
here the shared ``nlp`` is handed straight in, so nothing is loaded twice and nothing is
fetched. Redaction needs tokens, part-of-speech tags and entities, not the dependency
parse or lemmas, so those two components are skipped for this stage's calls only (the
shared pipeline itself is not changed). Presidio's context matching gets lower-cased
tokens in place of lemmas.
"""

from __future__ import annotations

from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

# spaCy labels we keep, as Presidio names; everything else the NER says is ignored
# (dates, times, quantities and places are not identifiers in a visit note on their own).
_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_IGNORE = [
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP",
    "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
]
SKIPPED_COMPONENTS = ("parser", "lemmatizer")


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """``SpacyNlpEngine`` around an already-loaded ``Language``. Never loads or downloads."""

    def __init__(self, nlp, model_name: str = "en_core_web_sm"):
        config = NerModelConfiguration(model_to_presidio_entity_mapping=_MAPPING, labels_to_ignore=_IGNORE)
        super().__init__(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=config)
        self.nlp = {"en": nlp}
        self._skip = [c for c in SKIPPED_COMPONENTS if c in nlp.pipe_names]

    def load(self) -> None:  # the pipeline was handed in; there is nothing to load
        pass

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        doc = self.nlp[language](text, disable=self._skip)
        return self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[t.idx for t in doc],
            lemmas=[t.lemma_ or t.lower_ for t in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


def is_sentence_start(token) -> bool:
    """Sentence start without the parser: first token, or after . ! ? or a newline."""
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return prev.text in (".", "!", "?", "…") or "\n" in prev.whitespace_ or prev.is_space
