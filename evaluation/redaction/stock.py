"""Stock Presidio as the baseline: AnalyzerEngine with its default recognizers over the
same already-loaded en_core_web_sm, built without touching the network.

Two things are changed only so that it runs offline, not what it finds: the spaCy model
is handed in (no ``spacy.load``/download), and the stock EmailRecognizer's ``tldextract``
is pointed at the public suffix snapshot bundled with tldextract instead of fetching it.
"""

from __future__ import annotations

import types

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers.generic import email_recognizer


def build_stock_analyzer(nlp) -> AnalyzerEngine:
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = types.SimpleNamespace(extract=offline)
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm"}])
    engine.nlp = {"en": nlp}
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def stock_spans(analyzer: AnalyzerEngine, text: str) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in analyzer.analyze(text=text, language="en")]
