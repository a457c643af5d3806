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


def test_the_never_redact_trie_finds_what_the_phrase_alternation_finds():
    import random

    from transcribe.redaction.lexicon import _PROTECTED_FIND_RE, _PROTECTED_RE, PROTECTED_PHRASES

    rnd = random.Random(7)
    phrases = sorted(PROTECTED_PHRASES)
    texts = []
    for _ in range(3000):  # phrases whole, cut short, run on, in mixed case, with and without word breaks
        parts = []
        for _ in range(rnd.randint(1, 6)):
            p = rnd.choice(phrases)
            r = rnd.random()
            p = p[:rnd.randint(1, len(p))] if r < 0.3 else p + rnd.choice(["s", "'s", " plan", "-", ""]) if r < 0.5 else p
            parts.append("".join(c.upper() if rnd.random() < 0.3 else c for c in p))
        texts.append("".join(rnd.choice([" ", ", ", "", ". "]) + p for p in parts))
    found = 0
    for text in texts:
        expected = [m.span() for m in _PROTECTED_RE.finditer(text)]
        assert [m.span() for m in _PROTECTED_FIND_RE.finditer(text)] == expected, text
        found += len(expected)
    assert found > 1000


def test_the_shared_readings_are_the_readers_answers_once_per_note():
    from transcribe.language.dates import find_dates
    from transcribe.redaction import text_reads
    from transcribe.redaction.lexicon import protected_spans
    from transcribe.redaction.spoken_numbers import find_digit_runs, heard_characters

    text = "Seen on the 3rd of April 2024 at Early Help; mobile oh seven seven double oh nine 123456, NI AB 12 34 56 C."
    assert list(text_reads.heard_tokens(text)) == heard_characters(text)
    assert list(text_reads.digit_runs(text, 10)) == find_digit_runs(text, min_digits=10)
    assert list(text_reads.date_mentions(text)) == find_dates(text)
    assert list(text_reads.protected_spans(text)) == protected_spans(text) != []
    assert text_reads.heard_tokens(text) is text_reads.heard_tokens(text)  # made once
    text_reads.forget_readings()
    assert text_reads.heard_tokens.cache_info().currsize == 0


def test_the_heard_characters_are_those_of_every_kind_of_token():
    from transcribe.redaction.spoken_numbers import heard_characters

    text = ("Not sex, her number is oh seven 7 double nine, twenty two, the eighth; J for Juliet, 5RW and "
            "don't, thirty first, 4B, free tree twenty.")
    heard = [(h.text, h.chars) for h in heard_characters(text)]
    assert heard[:2] == [("Not", "0"), ("sex", "6")]  # the same Metaphone keys as "nought", "six"
    assert ("seven", "7") in heard and ("7", "7") in heard and ("5RW", "5RW") in heard and ("4B", "4B") in heard
    assert ("eighth", "8") in heard and ("don't", "") in heard and ("her", "") in heard
    assert ("J for Juliet", "J") in heard
    tens = [chars for word, chars in heard if word in ("twenty", "thirty")]
    assert tens == ["2", "3", "20"]  # "twenty two", "thirty first": the tens digit; "twenty" last: 20


def test_the_compiled_parse_loop_gives_spacys_docs(nlp):
    import pytest
    from spacy.pipeline.transition_parser import Parser

    from transcribe.context import CaseContext
    from transcribe.models.parse_loop import compiled_loop
    from transcribe.models.spacy_model import run_component
    from transcribe.tagging.segment import parse

    if compiled_loop() is None:
        pytest.skip("the parse loop is not built here (python -m transcribe.models.parse_loop)")

    class SpacysOwn:  # run_component hands what is not a Parser to itself
        def __init__(self, pipe):
            self.pipe = pipe

        def __call__(self, doc):
            return self.pipe(doc)

    class SpacysLoops:
        pipeline = [(n, SpacysOwn(p) if isinstance(p, Parser) else p) for n, p in nlp.pipeline]
        make_doc = nlp.make_doc

    texts = [TEXT, "Mum said Kyle is at Bluebell Primary and sees Dr Shah on Monday the 3rd of April 2015.",
             "he sleeps erm what's working well mam is getting him to school every day and nana helps", "", " \n"]
    for text in texts:
        assert parse(nlp, text, CaseContext()).to_bytes() == parse(SpacysLoops, text, CaseContext()).to_bytes()
    doc = nlp.make_doc("Kyle lives in Leeds.")
    ner = nlp.get_pipe("ner")
    assert [e.text for e in run_component(ner, doc).ents] == [e.text for e in ner(nlp.make_doc("Kyle lives in Leeds.")).ents]
