"""A Presidio NLP engine over the spaCy pipeline the process already loaded.

Presidio's ``NlpEngineProvider`` would call ``spacy.load`` (and download a missing model);
here the shared ``nlp`` is handed straight in, so nothing is loaded twice and nothing is
fetched. Redaction needs only tokens and named entities, so every component the NER does
not depend on (tagger, parser, lemmatizer, and tok2vec where the NER has its own) is
skipped for this stage's calls only; the shared pipeline itself is not changed. Presidio's
context matching gets lower-cased tokens in place of lemmas.
"""

from __future__ import annotations

from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH

from ..models.spacy_model import run_component

# spaCy labels we keep, as Presidio names; everything else the NER says is ignored
# (dates, times, quantities and places are not identifiers in a visit note on their own).
_MAPPING = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_IGNORE = [
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP",
    "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
]


def components_to_skip(nlp) -> list[str]:
    """Every pipeline component except the NER and anything the NER listens to."""
    keep = {"ner"}
    for name, pipe in nlp.pipeline:
        if "ner" in getattr(pipe, "listening_components", []):
            keep.add(name)
    return [name for name in nlp.pipe_names if name not in keep]


def english_words(nlp) -> frozenset[str]:
    """Ordinary English words (the lemmatizer's WordNet index that ships in the model).

    Used to tell a lower-case name ("kayleigh") from a lower-case word ("grace") without
    running the tagger. Empty if the model has no such table.
    """
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for key in table.keys():
        words.update(table[key])
    return frozenset(w for w in words if w.isalpha())


def inflected_forms(nlp) -> frozenset[str]:
    """The irregular inflected forms the same tables list ("rang", "went", "children"), which the WordNet index of
    base forms lacks; a regular one ("called", "plays") is read by its ending (``uncased.is_english``)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in table[pos] if w.isalpha())
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def verb_bases(nlp) -> frozenset[str]:
    """The base forms of English verbs (the same WordNet index's verbs): "will ring" is the verb, "will goes" the
    brother. Empty if the model has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for w in table["verb"] if w.isalpha())
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def noun_bases(nlp) -> frozenset[str]:
    """The base forms of English nouns (the same WordNet index's nouns): "reckons" is only a verb, "lights" a verb
    or a plural noun. Empty if the model has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for w in table["noun"] if w.isalpha())
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def irregular_verb_forms(nlp) -> frozenset[str]:
    """The irregular forms of English verbs the lemmatizer's exception table lists ("said", "told", "went").
    Empty if the model has no such table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        return frozenset(w for w in table["verb"] if w.isalpha())
    except (KeyError, ValueError, AttributeError):
        return frozenset()


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """``SpacyNlpEngine`` around an already-loaded ``Language``. Never loads or downloads."""

    def __init__(self, nlp, model_name: str = "en_core_web_sm"):
        config = NerModelConfiguration(model_to_presidio_entity_mapping=_MAPPING, labels_to_ignore=_IGNORE)
        super().__init__(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=config)
        self.nlp = {"en": nlp}
        self._skip = components_to_skip(nlp)
        self._stop: dict[str, bool] = {}  # word -> its lexeme's is_stop, asked for every token of every note
        self._punct: dict[str, bool] = {}

    def is_stopword(self, word: str, language: str) -> bool:
        if word not in self._stop:
            if len(self._stop) > 100_000:
                self._stop.clear()
            self._stop[word] = super().is_stopword(word, language)
        return self._stop[word]

    def is_punct(self, word: str, language: str) -> bool:
        if word not in self._punct:
            if len(self._punct) > 100_000:
                self._punct.clear()
            self._punct[word] = super().is_punct(word, language)
        return self._punct[word]

    def load(self) -> None:  # the pipeline was handed in; there is nothing to load
        pass

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        nlp = self.nlp[language]
        doc = nlp.make_doc(text)  # as ``nlp(text, disable=self._skip)`` runs it, the NER through run_component
        for name, proc in nlp.pipeline:
            if name not in self._skip:
                doc = run_component(proc, doc)
        return self._doc_to_nlp_artifact(doc, language)

    def artifacts_of(self, doc, language: str = "en") -> NlpArtifacts:
        """The artefacts of a Doc another stage already made with this pipeline's NER (one spaCy
        pass for redaction and tagging); the rest of its annotation is not read."""
        return self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=TokenStarts(doc),
            lemmas=[t.lower_ for t in doc],  # the lemmatizer is skipped here; a shared Doc's lemmas are not read
            nlp_engine=self,
            language=language,
            scores=scores,
        )
        artifacts.keywords = Keywords(artifacts.keywords)
        return artifacts


class TokenStarts(list):
    """Each token's character offset (Presidio's ``tokens_indices``), with each token's end in
    ``ends``, so the context enhancer finds a result's token by bisection, not by walking the Doc."""

    def __init__(self, doc):
        offsets = doc.to_array([IDX, LENGTH]).tolist()
        super().__init__(start for start, _ in offsets)
        self.ends = [start + length for start, length in offsets]


class Keywords(list):
    """Presidio's keyword list, the same words in the same order, whose ``in`` (asked for every
    word around every result) is a set look-up rather than a scan of the whole note's words."""

    def __init__(self, words):
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


def is_sentence_start(token) -> bool:
    """Sentence start without the parser: first token, or after . ! ? or a newline."""
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return prev.text in (".", "!", "?", "…") or "\n" in prev.whitespace_ or prev.is_space


def is_lower_case_style(doc) -> bool:
    """A transcript written all in lower case, where capitals tell nothing: fewer than 2% of its
    words (other than "I") capitalised as a name or a sentence's first word is ("Kai", "Then"). Capitals alone or
    mixed ("CP", "LAC", "CiN", "ABC", an initial "T") are abbreviations and initials, which a writer who never
    capitalises a name still types so. Worked out once per doc."""
    if "lower_case_style" not in doc.user_data:
        words = [t for t in doc if t.is_alpha and t.text != "I"]
        capitalised = sum(len(t.text) > 1 and t.text.istitle() for t in words)
        doc.user_data["lower_case_style"] = len(words) >= 20 and capitalised < 0.02 * len(words)
    return doc.user_data["lower_case_style"]
