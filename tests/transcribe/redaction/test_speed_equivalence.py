"""The speed-ups in the text stages give exactly what the code they replace gives."""

from __future__ import annotations

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from spacy.matcher import Matcher

from transcribe.models.spacy_model import TokenPatternMatcher
from transcribe.redaction.nlp_engine import Keywords, TokenStarts
from transcribe.redaction.redactor import _InPlaceContextEnhancer

# Words the attribute ruler's patterns are about: contractions, "gonna", "y'all", "ain't", "let's",
# "there is", object pronouns, auxiliaries, "that"/"which" as pronouns, spaces and new lines.
TEXT = (
    "Y'all ain't gonna do nothin' about it, she said. Let's go, c'mon, I gotta get home.  \n\n"
    "There is a dog and there's a cat. He does the dishes and has done them since May; which is it? "
    "I told you it was him, not me. She doesn't know if that's right because they'd gone. "
    "Give it to me and I will give it to you. What did they do? That is what I have, isn't it."
)


def test_the_attribute_rulers_matcher_finds_what_spacys_matcher_finds(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.matcher, TokenPatternMatcher)
    reference = Matcher(nlp.vocab)
    for k in range(len(ruler.attrs)):
        key = nlp.vocab.strings[str(k)]
        reference.add(key, ruler.patterns[k]["patterns"])
    doc = nlp(TEXT, disable=["attribute_ruler", "lemmatizer", "ner"])
    expected = set(reference(doc, allow_missing=True, as_spans=False))
    got = set(ruler.matcher(doc, allow_missing=True, as_spans=False))
    assert got == expected
    assert len({key for key, _, _ in expected}) > 20  # the text exercises many of the patterns
    assert any(end - start == 2 for _, start, end in expected)  # and a two-token one


def test_the_context_enhancer_finds_the_token_presidio_finds(nlp):
    doc = nlp.make_doc(TEXT)
    starts = TokenStarts(doc)
    assert starts == [t.idx for t in doc]
    presidio = LemmaContextAwareEnhancer._find_index_of_match_token
    ours = _InPlaceContextEnhancer._find_index_of_match_token
    for start in range(len(TEXT)):
        word = TEXT[start:start + 3]
        assert ours(word, start, doc, starts) == presidio(word, start, doc, [t.idx for t in doc])


def test_keywords_answer_in_as_the_list_does():
    words = ["phone", "number", "nhs", "phone"]
    keywords = Keywords(words)
    assert keywords == words
    for w in ("phone", "nhs", "mobile", ""):
        assert (w in keywords) == (w in words)
