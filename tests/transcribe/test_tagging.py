"""Tagging: behaviour tables for the child's voice, wishes and feelings, and Signs of Safety headings."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.errors import TaggerSetupError, TextInputError
from transcribe.tagging import LABELS, TaggingOptions, build_tagger, tag_text

SOS = {"worry", "working_well", "next_step", "observation"}

LIAM = parse_context({
    "child": {"name": "Liam Carter", "pronouns": "he"},
    "people": [{"name": "Stacey Carter", "role": "mother"}, {"name": "Darren Wells", "role": "partner"}],
    "worker": "Joanne Price",
})
SOPHIE = parse_context({"child": {"name": "Sophie Green", "pronouns": "she"},
                        "people": [{"name": "Karen Green", "role": "mother"}]})
AMIRA = parse_context({"child": {"name": "Amira Hassan", "pronouns": "she"},
                       "people": [{"name": "Fatima Hassan", "role": "mother"}]})
KYLE = parse_context({"child": {"name": "Kyle Robson"}, "people": [{"name": "Tracy Robson", "role": "mother"}]})


@pytest.fixture(scope="session")
def tagger():
    from transcribe.models.spacy_model import load_spacy

    return build_tagger(load_spacy())


def labels_of(text: str, context, tagger, sentence: str) -> set[str]:
    """Labels on the sentence of ``text`` that contains ``sentence``."""
    at = text.index(sentence)
    return {t.label for t in tag_text(text, context, tagger) if t.start <= at < t.end}


# (context, preamble, sentence, expected child_voice)
CHILD_VOICE = [
    (LIAM, "", "Liam told me he gets frightened when Darren comes home drunk.", True),
    (LIAM, "I saw Liam alone. ", "He said Darren threw the remote at the telly.", True),
    (LIAM, "", "Stacey said Liam has been wetting the bed.", False),  # a parent's words about the child
    (LIAM, "", "Stacey said that Liam told her he was scared.", False),  # hearsay through the parent
    (LIAM, "Stacey was in the kitchen. ", "She said she is worried about money.", False),
    (LIAM, "", "I asked Liam to draw his house of worries.", False),  # asked for, not done
    (LIAM, "", "Liam did not say anything about school.", False),
    (LIAM, "", "Liam will tell his teacher if he feels unsafe.", False),  # a plan, not what he said
    (SOPHIE, "", "Sophie pointed to the sad face when I showed her the school picture.", True),  # non-verbal
    (SOPHIE, "Sophie was in the lounge. ", "She shook her head when I mentioned the bus.", True),
    (SOPHIE, "", "In her house of worries she drew her mum crying.", True),
    (SOPHIE, "", "Sophie does not use words to communicate.", False),
    (AMIRA, "", "The interpreter explained that Amira said she misses her grandmother.", True),  # relayed
    (KYLE, "", "Kyle said he divvent gan to school cos it's boring.", True),  # dialect
]


@pytest.mark.parametrize("context,pre,sentence,expected", CHILD_VOICE, ids=[c[2][:40] for c in CHILD_VOICE])
def test_child_voice_is_the_childs_own_communication(tagger, context, pre, sentence, expected):
    assert ("child_voice" in labels_of(pre + sentence, context, tagger, sentence)) is expected


WISHES = [
    (LIAM, "Liam said he wants to live with his nana.", True),
    (LIAM, "Liam said he would like a dog.", True),
    (LIAM, "Liam doesn't want Darren to live with them any more, he told me.", True),
    (LIAM, "Stacey said she feels low most days.", False),  # a parent's feelings are not the child's
    (LIAM, "Stacey is worried about Darren's drinking.", False),
    (LIAM, "Stacey wants Liam to go to bed earlier.", False),  # the parent's wish for the child
    (LIAM, "I am worried that Liam is hearing the arguments.", False),
    (SOPHIE, "Sophie pointed to the happy face for home.", True),
    (KYLE, "Kyle said he gets narked when his mam has a go at him.", True),  # dialect feeling
    (KYLE, "Kyle said his nana's house is canny.", True),
    (KYLE, "Kyle has missed ten days of school.", False),  # absence, not missing someone
]


@pytest.mark.parametrize("context,sentence,expected", WISHES, ids=[w[1][:40] for w in WISHES])
def test_wishes_and_feelings_belong_to_the_child(tagger, context, sentence, expected):
    assert ("wishes_feelings" in labels_of(sentence, context, tagger, sentence)) is expected


SIGNS = [
    ("Darren hit Stacey in front of Liam last week.", "worry"),
    ("There was no food in the fridge and the flat was cold.", "worry"),
    ("There were no marks or bruises.", "working_well"),
    ("The house was clean and warm and there was food in the cupboards.", "working_well"),
    ("Stacey has stopped drinking and is attending her recovery group.", "working_well"),
    ("I will make a referral to the domestic abuse service by Friday.", "next_step"),
    ("Stacey agreed to attend the Freedom Programme.", "next_step"),
    ("A strategy discussion is to be held tomorrow.", "next_step"),
    ("Liam is seven and lives with his mum.", "observation"),
    ("Darren was brayin the bairn and leathered him wi' a belt.", "worry"),  # dialect: hit, beat
]


@pytest.mark.parametrize("sentence,expected", SIGNS, ids=[s[0][:40] for s in SIGNS])
def test_signs_of_safety_heading(tagger, sentence, expected):
    assert labels_of(sentence, LIAM, tagger, sentence) & SOS == {expected}


def test_heading_carries_to_the_list_of_actions(tagger):
    text = "Next steps. Referral to early help. Liam is seven."
    tags = tag_text(text, LIAM, tagger)
    sos = {text[t.start:t.end]: t.label for t in tags if t.label in SOS}
    assert sos["Referral to early help."] == "next_step"
    assert sos["Liam is seven."] == "observation"  # the list ended


def test_every_sentence_gets_exactly_one_sos_label_and_offsets_index_the_input(tagger):
    text = "  Liam said he is happy.\n\nStacey was tearful.  I will visit on Monday.  "
    tags = tag_text(text, LIAM, tagger)
    sos = [t for t in tags if t.label in SOS]
    assert [text[t.start:t.end] for t in sos] == ["Liam said he is happy.", "Stacey was tearful.", "I will visit on Monday."]
    assert all(t.text == text[t.start:t.end] for t in tags)
    assert {t.label for t in tags} <= set(LABELS)
    extra = [t for t in tags if t.label not in SOS]
    assert all(any((s.start, s.end) == (e.start, e.end) for s in sos) for e in extra)


def test_pronoun_after_a_parent_is_mentioned_is_not_the_child(tagger):
    text = "Liam was playing. His mum Stacey came in. She said she hates the flat."
    assert labels_of(text, LIAM, tagger, "She said") & {"child_voice", "wishes_feelings"} == set()


def test_child_pronouns_are_guessed_when_the_context_has_none(tagger):
    ctx = parse_context({"child": {"name": "Jayden"}})
    text = "Jayden was in his room. He told me he misses his dad."
    assert {"child_voice", "wishes_feelings"} <= labels_of(text, ctx, tagger, "He told me")


def test_empty_text_gives_no_tags_and_oversized_text_is_refused(tagger):
    assert tag_text("   ", LIAM, tagger) == []
    small = build_tagger(tagger.nlp, TaggingOptions(max_chars=10))
    with pytest.raises(TextInputError, match="max_chars"):
        tag_text("Liam said he is happy at home.", LIAM, small)


def test_a_pipeline_without_a_parser_is_refused():
    import spacy

    with pytest.raises(TaggerSetupError, match="load_spacy"):
        build_tagger(spacy.blank("en"))


# -- referents: several adult women near a "she" child; adults of unknown gender -----------------
LACEY = parse_context({
    "child": {"name": "Lacey Robson", "pronouns": "she"},
    "people": [{"name": "Donna Robson", "role": "mother"}, {"name": "Pat Robson", "role": "grandmother"},
               {"name": "Ann Lee", "role": "foster carer"}],
})
PRONOUNS = [
    # (preamble, sentence, expected child_voice)
    ("I saw Lacey at home. Donna said she is finding things hard since Lacey's dad left.",
     "She said she does want things to get better for the children.", False),
    ("Lacey said she is scared when her mam drinks.", "Donna said she was frightened too.", False),
    ("", "Lacey's teacher said she is worried about Lacey's attendance.", False),
    ("Ann said she is happy to keep Lacey.", "She told me she wants more support.", False),
    ("The health visitor said she is pleased with Lacey's weight.", "She said she wants to visit again.", False),
    ("", "Miss Lowe said she has no worries about Lacey.", False),
    ("Pat said she is happy for Lacey to stay. I then spoke to Lacey on her own.",
     "She told me she likes living at her nana's.", True),
]


@pytest.mark.parametrize("pre,sentence,expected", PRONOUNS, ids=[p[1][:40] for p in PRONOUNS])
def test_she_after_a_mother_nana_carer_or_teacher_is_not_the_child(tagger, pre, sentence, expected):
    text = f"{pre} {sentence}".strip()
    got = labels_of(text, LACEY, tagger, sentence)
    assert ("child_voice" in got) is expected
    assert ("wishes_feelings" in got) is expected


# -- ASR-style text: lower case, no punctuation, run-on sentences ----------------------------------
ASR = ("visit to lacey at her nanas today donna said she is finding things hard she said she wants things "
       "to get better for the kids i took lacey into the garden lacey said she likes living with her nan "
       "because she reads her a story she said she feels sad when her mam doesnt come i will refer donna "
       "to the alcohol service")


def test_unpunctuated_lower_case_dictation_is_split_and_attributed(tagger):
    tags = tag_text(ASR, LACEY, tagger)
    sos = [t for t in tags if t.label in SOS]
    assert len(sos) >= 6  # one run-on note is split into its sentences
    assert all(ASR[t.start:t.end] == t.text for t in tags)  # offsets index the original text
    voiced = [t.text for t in tags if t.label == "child_voice"]
    assert any(v.startswith("lacey said she likes living") for v in voiced)
    assert any(v.startswith("she said she feels sad") for v in voiced)
    assert not any("donna" in v or "get better" in v for v in voiced)  # the mother's words
    assert any(t.label == "next_step" and t.text.startswith("i will refer donna") for t in tags)


def test_punctuated_text_keeps_its_sentences(tagger):
    text = "Kyle said our kid Jordan looks out for him. In her house of good things she drew her grandad."
    n = len([t for t in tag_text(text, KYLE, tagger) if t.label in SOS])
    assert n == 2


# -- non-verbal and refusing children; fears and consents are not mixed up with plans ---------------
MORE_VOICE = [
    ("He shrugged when I asked how school was going.", True),
    ("Kyle handed me the symbol for drink.", True),
    ("Kyle is seven and he communicates using PECS and Makaton.", False),
]


@pytest.mark.parametrize("sentence,expected", MORE_VOICE, ids=[m[0][:40] for m in MORE_VOICE])
def test_gestures_and_pecs_exchanges_are_voice_but_how_a_child_communicates_is_not(tagger, sentence, expected):
    text = f"I saw Kyle on his own. {sentence}"
    assert ("child_voice" in labels_of(text, KYLE, tagger, sentence)) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("Lacey said she is scared the police will take her mam away.", "worry"),
    ("Donna agreed to a referral to the family support team.", "next_step"),
    ("Lacey said she likes it at her nana's because nobody shouts.", "working_well"),
])
def test_feared_futures_consents_and_nobody(tagger, sentence, expected):
    assert expected in labels_of(sentence, LACEY, tagger, sentence)
