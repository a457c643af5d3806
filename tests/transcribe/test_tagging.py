"""Tagging: behaviour tables for the child's voice, wishes and feelings, and Signs of Safety headings."""

from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.errors import TaggerSetupError, TextInputError
from transcribe.tagging import LABELS, TaggingOptions, build_tagger, tag_text
from transcribe.tagging.model import threshold_of

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


@pytest.fixture(scope="session")
def rules(tagger):
    """The rules alone: they still feed the model, and decide where it is switched off."""
    return build_tagger(tagger.nlp, TaggingOptions(use_model=False))


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
    (SOPHIE, "", "Sophie pointed to the sad face when I showed her the school picture.", True),  # non-verbal
    (SOPHIE, "Sophie was in the lounge. ", "She shook her head when I mentioned the bus.", True),
    (SOPHIE, "", "In her house of worries she drew her mum crying.", True),
    (AMIRA, "", "The interpreter explained that Amira said she misses her grandmother.", True),  # relayed
    (KYLE, "", "Kyle said he divvent gan to school cos it's boring.", True),  # dialect
]


@pytest.mark.parametrize("context,pre,sentence,expected", CHILD_VOICE, ids=[c[2][:40] for c in CHILD_VOICE])
def test_child_voice_is_the_childs_own_communication(tagger, context, pre, sentence, expected):
    assert ("child_voice" in labels_of(pre + sentence, context, tagger, sentence)) is expected


# The rules hold back acts that did not happen as told. The model reads that as a feature
# ("act:...:blocked") but may outvote it: a hard veto cost child_voice recall on casework-dev
# leave-one-author-out (F1 0.829 -> 0.806), so the rules alone decide these.
@pytest.mark.parametrize("sentence", [
    "I asked Liam to draw his house of worries.",  # asked for, not done
    "Liam did not say anything about school.",
    "Liam will tell his teacher if he feels unsafe.",  # a plan, not what he said
    "Liam does not use words to communicate.",  # how he communicates, not what
])
def test_the_rules_hold_back_acts_that_did_not_happen(rules, sentence):
    assert "child_voice" not in labels_of(sentence, LIAM, rules, sentence)


# -- the learned sentence model: plain sentences the rules alone missed --------------------------
NOAH = parse_context({
    "child": {"name": "Noah Bell", "pronouns": "he"},
    "people": [{"name": "Gemma Bell", "role": "mother"}, {"name": "Ruby Bell", "role": "sister"},
               {"name": "Craig Dunn", "role": "mother's partner"}],
})
MODEL_VOICE = [
    # (preamble, sentence, labels expected, labels not expected)
    ("I saw Noah in his room.", "He said he's frightened when Craig shouts and he hides in his wardrobe.",
     {"child_voice", "wishes_feelings", "worry"}, set()),
    ("", "Noah wrote on his sheet, 'I like it at nana's because it's quiet'.",
     {"child_voice", "wishes_feelings"}, set()),
    ("I saw both children.", "Ruby told me she doesn't like it when Craig shouts.", {"child_voice"}, set()),  # a sibling
    ("", "Gemma said she is exhausted and can't cope with Craig's drinking.", {"worry"},
     {"child_voice", "wishes_feelings"}),  # the mother's own feelings
]


@pytest.mark.parametrize("pre,sentence,expected,absent", MODEL_VOICE, ids=[m[1][:40] for m in MODEL_VOICE])
def test_the_model_finds_the_childs_voice_in_plain_sentences(tagger, pre, sentence, expected, absent):
    got = labels_of(f"{pre} {sentence}".strip(), NOAH, tagger, sentence)
    assert expected <= got and not (absent & got)


def test_people_become_their_role_in_the_features(tagger):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences("Ruby said Noah was sad.", NOAH, tagger)[0].features
    assert "u:<sibling>" in feats and "u:<child>" in feats and "act:speech:sibling" in feats
    assert not any("ruby" in f or "noah" in f for f in feats)


@pytest.mark.parametrize("sentence,expected", [
    ("Liam said he misses his mum.", "rep:feel:child"),
    ("He said he doesn't want to see his dad.", "rep:feel:child"),
    ("He said he'd rather stay with his nana.", "rep:feel:child"),
    ("Liam said school is boring.", "rep:feel:child"),
    ("'I hate it there,' he said.", "rep:feel:child"),
    ("Liam said his mum went to the shop.", "rep:fact:child"),
    ("He told me the police came.", "rep:fact:child"),
    ("Liam told me his mum was upset.", "rep:feel_other:child"),
])
def test_what_the_child_reports_is_read_as_a_feeling_of_their_own_or_a_fact(tagger, sentence, expected):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences(f"I visited Liam at home. {sentence}", LIAM, tagger)[-1].features
    assert expected in feats
    assert not any(f.startswith("rep:") and f.endswith(":child") and f != expected for f in feats)


def test_a_sentence_that_reports_facts_only_takes_wishes_feelings_own_bar(tagger):
    from transcribe.tagging.model import FACT_BAR, FACT_KEY, decide_probabilities, reported_fact
    from transcribe.tagging.tagger import analyse_sentences

    def feats(sentence: str) -> list[str]:
        return analyse_sentences(f"I visited Liam at home. {sentence}", LIAM, tagger)[-1].features

    assert reported_fact(feats("Liam said his mum went to the shop."))
    assert not reported_fact(feats("Liam said he misses his mum."))
    th = {"child_voice": 0.3, "wishes_feelings": 0.2, FACT_BAR: 0.5}
    probs = {"child_voice": 0.9, "wishes_feelings": 0.4}
    assert "wishes_feelings" in decide_probabilities(probs | {FACT_KEY: 0.0}, th)
    chosen = decide_probabilities(probs | {FACT_KEY: 1.0}, th)
    assert "wishes_feelings" not in chosen and FACT_KEY not in chosen and "child_voice" in chosen


def test_a_rating_the_child_gives_is_read_as_a_rating(tagger):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences("On the scaling Liam gave it a four.", LIAM, tagger)[-1].features
    assert "rep:rating" in feats


@pytest.mark.parametrize("sentence,expected", [
    ('Noah said "I am fine, leave me alone".', "quote:child"),
    ('Mam said "I am fine, leave me alone".', "quote:adult"),
    ('Ruby said "I am fine, leave me alone".', "quote:sibling"),
])
def test_a_quotation_counts_by_whose_words_it_is(tagger, sentence, expected):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences(sentence, NOAH, tagger)[0].features
    quotes = {f for f in feats if f.startswith("quote:") and not f.endswith(":first_person")}
    assert quotes == {expected} and "u:<q>" not in feats


@pytest.mark.parametrize("sentence,quoted", [
    ("Mam said 'I feel fine, I don't need it', and she cancelled.", "I feel fine, I don't need it"),
    ("He said, 'I'm not proud of it', and left.", "I'm not proud of it"),
    ("He handed her the 'home' symbol.", "home"),
    ("It's in the kids' room and it's Sam's.", ""),  # apostrophes, no quotation
])
def test_single_quotation_marks_hold_words_with_apostrophes(tagger, sentence, quoted):
    from transcribe.tagging.referents import quoted_token_indices

    doc = tagger.nlp.make_doc(sentence)
    inside = [doc[i] for i in sorted(quoted_token_indices(doc))]
    assert "".join(t.text_with_ws for t in inside).strip() == quoted


def test_an_adults_quoted_feeling_is_marked_as_the_adults(tagger):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences("Mam said 'I feel awful, I can't cope'.", NOAH, tagger)[0].features
    assert "quote:adult" in feats and any(f.startswith("feel:") and f.endswith("@quote:adult") for f in feats)


@pytest.mark.parametrize("text,expected", [
    ("Mam told me she stopped her tablets, she said 'I feel fine, I don't need it'.", "xfamily said"),
    ("Sophie was quiet at first, then she said she misses her dad.", "xchild said"),
    ("Karen rang me and she told me school had phoned.", "xfamily told"),
])
def test_the_text_classifier_reads_who_a_speaking_pronoun_is(tagger, text, expected):
    from transcribe.tagging.tagger import analyse_sentences

    read = " ".join(a.role_text for a in analyse_sentences(text, SOPHIE, tagger))
    assert expected in read and "she said" not in read.lower() and "she told" not in read.lower()


def test_the_voice_labels_read_a_speaking_pronoun_through_the_earlier_subject_pronouns(tagger):
    from transcribe.tagging.tagger import analyse_sentences

    text = ("Liam was at the kitchen table when I arrived. "
            "He had his school books out and was working through a page of fractions, and he was taking his time "
            "over each one and checking the answers at the back of the book. "
            "He showed me the certificate he got last week for reading, which is on the fridge now next to the "
            "calendar and the photos from the summer holidays at the caravan in Whitby. "
            "He said he likes his new teacher.")
    feats = analyse_sentences(text, LIAM, tagger)[-1].features
    # the nearest person is beyond the window: the chain goes back through "He showed", "He had" to Liam
    assert "act:speech:he:last=none" in feats and "act:speech:he:chain=child" in feats


@pytest.mark.parametrize("text", [
    "I'll do a carers assessment for Karen and refer Sophie to the young carers service, she said she'd like that.",
    "Karen asked about a parent group and I took Sophie to the carers group, she said she liked the garden.",
])
def test_a_role_word_that_only_names_a_kind_of_thing_is_not_who_a_pronoun_points_back_to(tagger, text):
    """"the young carers service": the role word modifies a noun and names no person, so the "she" after it goes back
    to the child named before it, not to a carer."""
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences(text, SOPHIE, tagger)[0].features
    assert "act:speech:she:last=child" in feats, [f for f in feats if f.startswith("act:")]


def test_a_role_word_naming_a_person_is_still_who_a_pronoun_points_back_to(tagger):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences("Sophie was upstairs and I sat with her mum in the kitchen, she said it had been a hard week.",
                              SOPHIE, tagger)[0].features
    assert "act:speech:she:last=family" in feats, [f for f in feats if f.startswith("act:")]


def test_a_short_form_of_the_childs_name_is_the_child(tagger):
    from transcribe.tagging.tagger import analyse_sentences

    ctx = parse_context({"child": {"name": "Samiullah Ahmadzai"}, "people": [{"name": "Tom Charlton", "role": "support worker"}]})
    feats = analyse_sentences("Sami said he misses his mum.", ctx, tagger)[0].features
    assert "act:speech:child" in feats and "u:<child>" in feats
    feats = analyse_sentences("Sam said he misses his mum.", LIAM, tagger)[0].features  # not a short form of Liam
    assert "act:speech:child" not in feats


def test_wishes_and_feelings_only_with_the_childs_voice_and_never_on_a_heading():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.tagger import decide_tags
    from transcribe.tagging.voice import VoiceFinding
    from transcribe.tagging.signs import SignsFinding

    cv, wf = MODEL_LABELS.index("child_voice"), MODEL_LABELS.index("wishes_feelings")
    weights = {"cv": [0.0] * len(MODEL_LABELS), "wf": [0.0] * len(MODEL_LABELS)}
    weights["cv"][cv] = weights["wf"][wf] = 10.0
    model = SentenceModel(MODEL_LABELS, weights, [-5.0] * len(MODEL_LABELS), {label: 0.5 for label in MODEL_LABELS})
    text = "Worries. He is sad. He said he is sad."

    def analysis(start, end, feats, heading_only=False):
        from transcribe.tagging.tagger import SentenceAnalysis

        sos = SignsFinding(label="worry" if heading_only else "observation", score=1.0,
                           heading="worry" if heading_only else None, heading_only=heading_only)
        return SentenceAnalysis(start, end, VoiceFinding(), sos, feats)

    tags = decide_tags(text, [analysis(0, 8, ["cv", "wf"], True), analysis(9, 19, ["wf"]), analysis(20, 38, ["cv", "wf"])], model)
    voiced = {(t.start, t.label) for t in tags if t.label in {"child_voice", "wishes_feelings"}}
    assert voiced == {(20, "child_voice"), (20, "wishes_feelings")}


def test_a_feeling_observed_in_a_child_of_the_case_takes_wishes_feelings_without_child_voice():
    """casework-dev's labelling rule: the child's wishes or feelings "said by the child or reported or observed by an
    adult". A word of feeling whose one feeling is a child of the case (``feel:child``) lets wishes_feelings stand over
    its threshold without child_voice; an adult's feeling (``feel:family``) does not."""
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    wf = MODEL_LABELS.index("wishes_feelings")
    weights = {"wf": [0.0] * len(MODEL_LABELS)}
    weights["wf"][wf] = 10.0
    model = SentenceModel(MODEL_LABELS, weights, [-5.0] * len(MODEL_LABELS), {label: 0.5 for label in MODEL_LABELS})
    text = "He was happy playing with his cars."

    def labels(feats):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), feats)
        return {t.label for t in decide_tags(text, [analysis], model)}

    assert labels(["wf", "feel:child"]) >= {"wishes_feelings"} and "child_voice" not in labels(["wf", "feel:child"])
    assert "wishes_feelings" not in labels(["wf", "feel:family"])
    assert "wishes_feelings" not in labels(["wf"])


@pytest.mark.parametrize("sentence, expected", [
    ("Liam was happy playing with his cars when I arrived, and he kept climbing on mam's knee.", True),
    ("I'm going to ask his school about the exam, because Liam is really anxious about it.", True),
    ("Stacey was upset and tearful when I arrived.", False),
])
def test_the_model_tags_a_feeling_observed_in_the_child(tagger, sentence, expected):
    assert ("wishes_feelings" in labels_of(sentence, LIAM, tagger, sentence)) is expected


def test_child_voice_without_anyone_communicating_needs_a_sure_model():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    cv = MODEL_LABELS.index("child_voice")
    weights = {f: [0.0] * len(MODEL_LABELS) for f in ("u:review", "act:speech:child", "u:sure")}
    weights["u:review"][cv] = 2.6  # p = 0.4: over the threshold, under the bar for words alone
    weights["u:sure"][cv] = 3.4  # with u:review, p = 0.69
    model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), {label: 0.3 for label in MODEL_LABELS})
    text = "Jack chose not to take part."

    def voiced(feats):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), feats)
        return any(t.label == "child_voice" for t in decide_tags(text, [analysis], model))

    assert not voiced(["u:review"])
    assert voiced(["u:review", "act:speech:child"])
    assert voiced(["u:review", "u:sure"])


def test_a_sentence_where_only_the_worker_speaks_is_not_the_childs_voice_however_sure_the_model():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    cv = MODEL_LABELS.index("child_voice")
    weights = {f: [0.0] * len(MODEL_LABELS) for f in ("u:ask", "act:speech:worker", "act:speech:child",
                                                       "feel:worker", "quote:worker")}
    weights["u:ask"][cv] = 6.0  # p = 0.95: the words alone are sure
    model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), {label: 0.3 for label in MODEL_LABELS})
    text = "I asked Kayleigh how school was going."

    def voiced(feats):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), feats)
        return any(t.label == "child_voice" for t in decide_tags(text, [analysis], model))

    assert not voiced(["u:ask", "act:speech:worker"])  # the worker's question
    assert not voiced(["u:ask", "act:speech:worker", "feel:worker", "quote:worker"])
    assert voiced(["u:ask", "act:speech:worker", "act:speech:child"])  # "... and she said it was fine"
    assert voiced(["u:ask"])  # no act at all: the model's sureness decides (the test above)


def test_the_childs_own_words_meet_their_own_signs_of_safety_threshold():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    weights = {f: [0.0] * len(MODEL_LABELS) for f in ("u:not", "act:speech:child")}
    weights["u:not"][MODEL_LABELS.index("worry")] = 3.5  # p(worry) = 0.62
    weights["act:speech:child"][MODEL_LABELS.index("child_voice")] = 6.0
    thresholds = {label: 0.5 for label in MODEL_LABELS} | {"worry@child_voice": 0.7}
    model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), thresholds)
    text = "He said he does not have to look after anyone now."

    def labels(feats):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), feats)
        return {t.label for t in decide_tags(text, [analysis], model)}

    assert labels(["u:not"]) == {"worry"}  # an adult's account: the shared bar
    assert labels(["u:not", "act:speech:child"]) == {"child_voice", "observation"}  # the child's words: their own bar
    assert threshold_of(model.thresholds, "worry") == 0.5 and threshold_of(model.thresholds, "worry", voice=True) == 0.7
    assert threshold_of(model.thresholds, "next_step", voice=True) == 0.5  # none of its own: the shared one


def test_a_spoken_worries_or_working_well_heading_places_what_follows_over_the_model():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    weights = {"u:job": [0.0] * len(MODEL_LABELS)}
    weights["u:job"][MODEL_LABELS.index("working_well")] = 6.0
    model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), {label: 0.5 for label in MODEL_LABELS})
    text = "Mam has lost her job at the shop."

    def labels(section):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), ["u:job"], section)
        return {t.label for t in decide_tags(text, [analysis], model)}

    assert labels(None) == {"working_well"}
    assert labels("worry") == {"worry"}  # under "Worries." the worker has placed it
    assert labels("next_step") == {"working_well"}  # after "Next steps" the model decides (closing remarks)


def test_after_a_spoken_next_steps_a_sentence_the_model_places_nowhere_is_an_observation():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    # a model sure of nothing: every label well under its threshold
    model = SentenceModel(MODEL_LABELS, {}, [-6.0] * len(MODEL_LABELS), {label: 0.5 for label in MODEL_LABELS})
    text = "His little brother is two and was asleep in his cot."

    def labels(section):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), [], section)
        return {t.label for t in decide_tags(text, [analysis], model)}

    assert labels("worry") == {"worry"}  # under "Worries." the heading places it
    assert labels("working_well") == {"working_well"}
    # a dictation goes on after its list of actions: "Next steps." does not make the rest of the note a plan
    assert labels("next_step") == {"observation"}
    assert labels(None) == {"observation"}


@pytest.mark.parametrize("sentence,identifier,action", [
    ("Mam's mobile has changed, the new one is 07700 900417.", True, False),
    ("Her number is oh seven seven double oh nine double oh eight two six.", True, False),
    ("For the file, his NHS number is 999 287 5106 and he was born on the 3rd of July 2024.", True, False),
    ("Present were mum, dad and the school nurse.", True, False),
    ("I'll ring nana on 07700 900481 about the weekend.", True, True),
    ("Mam has agreed to apply for a nursery place, her date of birth for the form is the 20th of November 2022.", True, True),
    ("Mam said she is tired and she was one of two who came.", False, True),
    ("The flat was warm.", False, False),
])
def test_a_sentence_that_only_records_an_identifier_is_read_as_a_record(tagger, sentence, identifier, action):
    from transcribe.tagging.features import RecordReading
    from transcribe.tagging.tagger import analyse_sentences

    (analysis,) = analyse_sentences(sentence, LIAM, tagger)
    assert analysis.record == (RecordReading(identifier, action),)


def test_a_recorded_identifier_is_an_observation_however_sure_the_model_is_of_a_next_step(tagger):
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.tagger import analyse_sentences, decide_tags

    # A model that calls everything at the end of a note a next step (as dictations close with the plan).
    weights = {"pos:last": [0.0] * len(MODEL_LABELS)}
    weights["pos:last"][MODEL_LABELS.index("next_step")] = 8.0
    model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), {label: 0.5 for label in MODEL_LABELS})

    def last_labels(text):
        analyses = analyse_sentences(text, LIAM, tagger)
        return {t.label for t in decide_tags(text, analyses, model) if t.start == analyses[-1].start}

    assert last_labels("Liam was playing. Mam's number is 07700 900417.") == {"observation"}
    assert last_labels("Liam was playing. I'll ring mam on 07700 900417 on Friday.") == {"next_step"}
    # the pieces of one written sentence are read together: an action in any piece makes it more than a record
    assert last_labels("Liam was playing. Mam's number is 07700 900417; I'll ring her on Friday.") == {"next_step"}


@pytest.mark.parametrize("sentence,clause_start", [
    ("i'll ring school on thursday and i'll visit again in four weeks mam's number is oh one six three two nine six "
     "oh seven seven four", "mam's number"),
    ("I'll see the kids again before then Donna's number is 07700 900 271", "Donna's number"),
    # a sentence end that was written, a conjunction, or a clause that goes on to act: no run-on record
    ("Mam has agreed to apply for a nursery place and her date of birth is the 20th of November 2022.", None),
    ("i'll visit again in four weeks mams number is 07700 900538 and ill ring her on friday about the meeting", None),
    ("Mam's number is 07700 900417.", None),  # the whole sentence is the record (record_only reads it)
])
def test_a_run_on_clause_that_only_records_an_identifier_is_found(tagger, sentence, clause_start):
    from dataclasses import replace

    from transcribe.tagging.tagger import analyse_sentences

    # the sentences as the rule splits them (the learned sentence-start model may give the record its own: below)
    (analysis,) = analyse_sentences(sentence, LIAM, replace(tagger, boundaries=None))
    assert analysis.record_from == (None if clause_start is None else sentence.index(clause_start))


def test_the_sentence_start_model_gives_a_run_on_record_its_own_sentence(tagger):
    from transcribe.tagging.features import record_only
    from transcribe.tagging.tagger import analyse_sentences

    sentence = ("liam showed me his lego and said he likes his new teacher i'll ring school on thursday and i'll visit "
                "again in four weeks mam's number is oh one six three two nine six oh seven seven four")
    *_, before, record = analyse_sentences(sentence, LIAM, tagger)
    assert (record.start, record.end) == (sentence.index("mam's number"), len(sentence))
    assert record_only(list(record.record)) and before.record_from is None


def test_a_run_on_record_is_an_observation_and_the_models_labels_stop_before_it(tagger):
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.tagger import analyse_sentences, decide_tags

    model = SentenceModel(MODEL_LABELS, {}, [-3.0] * len(MODEL_LABELS), {label: 0.5 for label in MODEL_LABELS})
    model.bias[MODEL_LABELS.index("next_step")] = 3.0  # a model that calls everything a next step
    text = "I'll see the kids again before then Donna's number is 07700 900 271"
    at = text.index("Donna")
    tags = decide_tags(text, analyse_sentences(text, LIAM, tagger), model)
    assert {(t.label, t.start, t.end) for t in tags} == {("next_step", 0, at - 1), ("observation", at, len(text))}
    assert [t for t in decide_tags(text, analyse_sentences(text, LIAM, tagger), None) if t.end == len(text)]  # rules: whole


@pytest.mark.parametrize("sentence,mood", [
    ("Liam said he went to the park with his dad.", "mood:past"),
    ("He told me his mum was shouting.", "mood:past"),
    ("Liam said he wants to go home.", "mood:present"),
    ("He said he doesn't want to see his dad.", "mood:present:neg"),
    ("He said he'd rather stay with his nana.", "mood:modal"),
    ("Liam said he will not go back there.", "mood:future:neg"),
])
def test_the_reported_clause_is_read_for_its_tense_and_mood(tagger, sentence, mood):
    from transcribe.tagging.tagger import analyse_sentences

    feats = analyse_sentences(f"I visited Liam at home. {sentence}", LIAM, tagger)[-1].features
    assert mood in feats and f"{mood}:child" in feats
    assert {f.rsplit(":", 1)[0] for f in feats if f.startswith("mood:") and f.endswith(":child")} == {mood}


def test_a_reported_fact_takes_the_fact_bar_only_when_narrated_in_the_past(tagger):
    from transcribe.tagging.model import reported_fact, reported_narration
    from transcribe.tagging.tagger import analyse_sentences

    def feats(sentence: str) -> list[str]:
        return analyse_sentences(f"I visited Liam at home. {sentence}", LIAM, tagger)[-1].features

    account = feats("Liam said his mum went to the shop.")
    assert reported_narration(account) and reported_fact(account)
    present = feats("Liam said his mum is at the shop.")
    assert "rep:fact" in present and not reported_narration(present) and not reported_fact(present)
    assert not reported_fact(feats("Liam said he was scared."))  # a feeling, whatever its tense


def test_where_a_sentence_sits_in_the_note_is_a_feature(tagger):
    from transcribe.tagging.features import position_features
    from transcribe.tagging.tagger import analyse_sentences

    assert position_features(0, 3, 0, 100) == ["pos:part0", "pos:first"]
    assert position_features(2, 3, 99, 100) == ["pos:part4", "pos:last"]
    text = "Home visit to Liam on Tuesday. Mam was there. I will ring school on Friday."
    feats = [a.features for a in analyse_sentences(text, LIAM, tagger)]
    assert {"pos:first", "pos:part0"} <= set(feats[0]) and {"pos:last", "pos:part3"} <= set(feats[-1])  # starts at 46 of 76
    assert not any(f in feats[1] for f in ("pos:first", "pos:last"))


def test_of_worry_and_working_well_both_over_their_bars_the_weaker_stays_only_over_the_pair_bar():
    from transcribe.tagging.model import MODEL_LABELS, PAIR_KEY, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    weights = {f: [0.0] * len(MODEL_LABELS) for f in ("u:hit", "u:calm", "u:very")}
    weights["u:hit"][MODEL_LABELS.index("worry")] = 4.5  # p(worry) = 0.82
    weights["u:calm"][MODEL_LABELS.index("working_well")] = 3.5  # p(working_well) = 0.62
    weights["u:very"][MODEL_LABELS.index("working_well")] = 1.0  # with u:calm, p(working_well) = 0.82
    text = "He said dad hit mam but it has been calm since."

    def labels(feats, thresholds):
        model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), thresholds)
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), feats)
        return {t.label for t in decide_tags(text, [analysis], model)}

    shared = {label: 0.5 for label in MODEL_LABELS}
    assert labels(["u:hit", "u:calm"], shared) == {"worry", "working_well"}  # no pair bar: both
    assert labels(["u:hit", "u:calm"], shared | {PAIR_KEY: 0.7}) == {"worry"}  # the weaker, under the pair bar, goes
    assert labels(["u:hit", "u:calm", "u:very"], shared | {PAIR_KEY: 0.7}) == {"worry", "working_well"}  # both over it
    # the weaker is the one nearer its own threshold: working_well's 0.62 is further over a 0.3 bar than worry's 0.82 over 0.75
    assert labels(["u:hit", "u:calm"], shared | {"worry": 0.75, "working_well": 0.3, PAIR_KEY: 0.9}) == {"working_well"}


def test_the_sentence_model_is_loaded_once_and_missing_it_says_how_to_restore_it(tmp_path):
    from transcribe.errors import ModelNotFoundError
    from transcribe.tagging.model import load_sentence_model

    assert load_sentence_model() is load_sentence_model()
    from transcribe.tagging.model import FACT_BAR, FEELING_BAR, PAIR_KEY, VOICE_SUFFIX

    model = load_sentence_model()
    sos = {label + VOICE_SUFFIX for label in ("worry", "working_well", "next_step")}
    bars = {PAIR_KEY, FACT_BAR, FEELING_BAR}  # taken by training only where they help (train.choose_thresholds)
    assert set(model.labels) <= set(model.thresholds) <= set(model.labels) | sos | bars
    assert not sos & set(model.thresholds)  # the Signs of Safety bars are chosen on their own (train.VOICE_SOS)
    with pytest.raises(ModelNotFoundError, match="evaluation.tagging train"):
        load_sentence_model(tmp_path / "absent.json")


# -- spoken headings ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Worries, mam told us Dale came round.", "worry"),
    ("Danger statement, children's services are worried the children will be hurt.", "worry"),
    ("next steps I'll ring the school", "next_step"),
    ("Safety goal: the children are safe at home.", "next_step"),
    ("what's working well mam is walking him to school", "working_well"),
    ("Scaling, mam put herself at a six.", "observation"),
    ("worries about money are getting on top of her", None),  # the word, not a heading
    ("his worries are about his dad", None),
])
def test_a_spoken_heading_opening_a_sentence_is_recognised(text, expected):
    from transcribe.tagging.signs import leading_heading

    found = leading_heading(text)
    assert (found[0] if found else None) == expected


def test_spoken_headings_place_what_follows_until_the_next_heading(tagger):
    text = ("Worries. Dad turned up on Saturday night and was banging on the door. The kids hid upstairs. "
            "What's working well. Mam kept the door locked and rang her sister. "
            "Next steps. Referral to the domestic abuse service. Mam is to ring the police if he comes back.")
    sos = {text[t.start:t.end]: t.label for t in tag_text(text, LIAM, tagger) if t.label in SOS}
    assert sos["The kids hid upstairs."] == "worry"
    assert sos["Mam kept the door locked and rang her sister."] == "working_well"
    assert sos["Referral to the domestic abuse service."] == "next_step"


def test_a_heading_joined_to_the_sentences_around_it_is_split_off(tagger):
    text = ("he plays football on a thursday and mam says that's the one night he sleeps erm what's working well "
            "mam is walking him to the gate every morning so next steps I'll ring the school about breakfast club")
    tags = tag_text(text, KYLE, tagger)
    starts = {text[t.start:t.end] for t in tags if t.label in SOS}
    assert any(s.startswith("what's working well") for s in starts)
    assert any(s.startswith("next steps") or s.startswith("I'll ring the school") for s in starts)
    walking = next(t for t in tags if "walking him" in t.text and t.label in SOS)
    assert walking.label == "working_well"
    ring = [t.label for t in tags if "breakfast club" in t.text and t.label in SOS]
    assert ring == ["next_step"]



def test_minutes_typed_as_one_paragraph_keep_each_bullet_a_sentence_of_its_own(tagger):
    text = ("Present: Stacey Carter (mother), Joanne Price (SW, JP). - JP: every visit kept; a music project at "
            "Streetwise with Del on Thursdays. - Del: Liam recorded a track about his nan, and asked \"can I play it "
            "to my mam?\" - Beacon Centre: attendance up to 80% this half term; he likes the motor vehicle course.")
    voice = [text[t.start:t.end] for t in tag_text(text, LIAM, tagger) if t.label == "child_voice"]
    assert voice == ['- Del: Liam recorded a track about his nan, and asked "can I play it to my mam?"']


def test_a_question_and_its_answer_written_on_one_line_are_one_sentence_the_answers(tagger):
    text = ("Direct work with Liam at the kitchen table, three houses. Q: What goes in your house of worries? A: \"Darren "
            "shouting at mam. When the police came.\" Q: And your house of good things? A: \"Nana's dinners.\"")
    tags = tag_text(text, LIAM, tagger)
    voice = [text[t.start:t.end] for t in tags if t.label == "child_voice"]
    assert 'Q: What goes in your house of worries? A: "Darren shouting at mam.' in voice[0], voice
    assert any(v.startswith("Q: And your house of good things? A:") for v in voice), voice


@pytest.mark.parametrize("text,bullets", [
    ("Kept every visit. - Del: Kian recorded a track. - School: attendance up.", 2),
    ('He asked "can I play it to my mam?" - Beacon Centre: attendance up.', 1),
    ("He lives in Stockton - on Bishopton Road - with his nan.", 0),  # a dash inside a sentence stays
    ("Scaled at 4-5 by mam.", 0),
])
def test_an_inline_bullet_starts_a_sentence_only_after_one_ends(tagger, text, bullets):
    from transcribe.tagging.segment import bullet_starts

    assert len(bullet_starts(tagger.nlp.make_doc(text))) == bullets

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
    # tag15c's model gave it working_well 0.30 under its 0.35 bar (a strict xfail then); tag16s's model, whose
    # Signs of Safety bars the scored sets choose, has working_well's bar at 0.25
    ("There were no marks or bruises.", "working_well"),
    ("The house was clean and warm and there was food in the cupboards.", "working_well"),
    ("Stacey has stopped drinking and is attending her recovery group.", "working_well"),
    ("I will make a referral to the domestic abuse service by Friday.", "next_step"),
    ("Stacey agreed to attend the Freedom Programme.", "next_step"),
    # tag16s's model (the scored sets choose the Signs of Safety bars: next_step 0.25 -> 0.45) gives it next_step 0.39:
    # observation; recorded in evaluation/tagging/README.md (sixteenth round, Signs of Safety), not tuned away
    pytest.param("A strategy discussion is to be held tomorrow.", "next_step",
                 marks=pytest.mark.xfail(strict=True, reason="tag16s model: next_step 0.39 < 0.45, labelled observation")),
    ("Liam is seven and lives with his mum.", "observation"),
    ("Darren was brayin the bairn and leathered him wi' a belt.", "worry"),  # dialect: hit, beat
]


@pytest.mark.parametrize("sentence,expected", SIGNS, ids=[(s.values if hasattr(s, "values") else s)[0][:40] for s in SIGNS])
def test_signs_of_safety_heading(tagger, sentence, expected):
    assert labels_of(sentence, LIAM, tagger, sentence) & SOS == {expected}


def test_heading_carries_to_the_list_of_actions(rules):
    text = "Next steps. Referral to early help. Liam is seven."
    tags = tag_text(text, LIAM, rules)
    sos = {text[t.start:t.end]: t.label for t in tags if t.label in SOS}
    assert sos["Referral to early help."] == "next_step"
    assert sos["Liam is seven."] == "observation"  # the rules: the list ended


def test_every_sentence_gets_its_sos_labels_and_offsets_index_the_input(tagger):
    text = "  Liam said he is happy.\n\nStacey was tearful.  I will visit on Monday.  "
    tags = tag_text(text, LIAM, tagger)
    sos = [t for t in tags if t.label in SOS]
    spans = sorted({(t.start, t.end) for t in sos})
    assert [text[a:b] for a, b in spans] == ["Liam said he is happy.", "Stacey was tearful.", "I will visit on Monday."]
    for a, b in spans:  # observation only alone; the others may come together
        labels = {t.label for t in sos if (t.start, t.end) == (a, b)}
        assert labels and ("observation" not in labels or labels == {"observation"})
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
def test_she_after_a_mother_nana_carer_or_teacher_is_not_the_child(rules, pre, sentence, expected):
    """The referent rules (their findings are the model's features; the model still errs on two)."""
    text = f"{pre} {sentence}".strip()
    got = labels_of(text, LACEY, rules, sentence)
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


# -- one spaCy pass for redaction and tagging ----------------------------------------------------

def test_one_shared_parse_gives_the_same_redactions_and_tags_as_two_passes(tagger):
    from pathlib import Path

    from transcribe.context import load_context
    from transcribe.redaction import build_redactor, redact_text
    from transcribe.tagging import parse_shared

    samples = Path(__file__).resolve().parents[2] / "samples"
    context = load_context(samples / "visit-context.json")
    text = (samples / "visit-dictation.txt").read_text(encoding="utf-8")
    redactor = build_redactor(tagger.nlp)
    doc = parse_shared(text, context, tagger)
    assert doc is not None and doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    assert redact_text(text, context, redactor, doc=doc) == redact_text(text, context, redactor)
    assert tag_text(text, context, tagger, doc=doc) == tag_text(text, context, tagger)
    # uncased ASR text is parsed from a recased copy for tagging: no shared Doc, each stage parses
    assert parse_shared(text.lower(), context, tagger) is None


def test_the_text_classifier_reads_who_people_are_not_their_names():
    from transcribe.tagging.features import role_classes
    from transcribe.tagging.textcat import role_text

    roles = role_classes(NOAH)
    assert role_text("Noah told Gemma and Ruby he was sad.", roles) == "xchild told xfamily and xsibling he was sad."
    assert role_text("Nobody else.", roles) == "Nobody else."


def test_the_committed_text_classifier_is_loaded_once_with_the_sentence_model(tmp_path):
    from transcribe.errors import ModelNotFoundError
    from transcribe.tagging.model import load_sentence_model
    from transcribe.tagging.textcat import load_textcat

    model = load_sentence_model()
    if model.meta.get("textcat"):
        assert model.textcat is load_textcat()
        assert 0.0 < model.textcat_weight < 1.0
    if model.meta.get("voice_textcat"):
        from transcribe.tagging.textcat import VOICE_TEXTCAT_DIR

        assert model.voice_textcat is load_textcat(VOICE_TEXTCAT_DIR) and model.textcat is load_textcat()
    with pytest.raises(ModelNotFoundError, match="evaluation.tagging train"):
        load_textcat(tmp_path / "absent")


# -- the written sentence: the model reads and tags what the writer wrote as one sentence ----------
WRITTEN = ("Worries.\nGemma has been drinking again. I asked Noah what I could do better as his social worker "
           "and then he said stop asking the same questions.")


def test_the_parsers_pieces_are_joined_into_written_sentences(rules):
    from transcribe.tagging.tagger import analyse_sentences, written_sentences

    pieces = analyse_sentences(WRITTEN, NOAH, rules)
    joined = written_sentences(WRITTEN, pieces)
    assert [WRITTEN[a.start:a.end] for a in joined] == [
        "Worries.", "Gemma has been drinking again.",
        "I asked Noah what I could do better as his social worker and then he said stop asking the same questions."]
    inside = [a for a in pieces if a.start >= joined[2].start]
    assert len(inside) > 1  # the parser split it: the join is what is tested
    assert joined[2].features == sorted(set().union(*(a.features for a in inside)))
    assert joined[2].role_text == " ".join(a.role_text for a in inside)
    assert joined[0].sos.heading_only  # a spoken heading stays its own sentence


def test_a_long_unpunctuated_dictation_stays_in_the_parsers_pieces(rules):
    from transcribe.tagging.tagger import WRITTEN_MAX_CHARS, analyse_sentences, written_sentences

    text = " ".join(["i seen noah on his own he said his mam was shouting then he went to his room"] * 6)
    assert len(text) > WRITTEN_MAX_CHARS
    pieces = analyse_sentences(text, NOAH, rules)
    assert len(pieces) > 1
    assert [(a.start, a.end) for a in written_sentences(text, pieces)] == [(a.start, a.end) for a in pieces]


def test_the_model_tags_whole_written_sentences_and_the_rules_the_pieces(tagger, rules):
    from transcribe.tagging.tagger import analyse_sentences, written_sentences

    pieces = analyse_sentences(WRITTEN, NOAH, rules)
    written = {(a.start, a.end) for a in written_sentences(WRITTEN, pieces)}
    assert {(t.start, t.end) for t in tag_text(WRITTEN, NOAH, tagger)} <= written
    assert {(t.start, t.end) for t in tag_text(WRITTEN, NOAH, rules)} - written  # the rules tag pieces


def test_an_unpunctuated_dictation_is_not_joined_into_one_sentence(rules):
    from transcribe.tagging.tagger import analyse_sentences, written_sentences

    pieces = analyse_sentences(ASR, LACEY, rules)
    assert len(ASR) < 350 and len(pieces) > 1
    assert [(a.start, a.end) for a in written_sentences(ASR, pieces)] == [(a.start, a.end) for a in pieces]


@pytest.mark.parametrize("sentence,heading", [
    ("Presentation.", True),
    ("Education and work.", True),
    ("During the session.", True),
    ("Home cold.", False),  # an adjective: it says something
    ("Bruise on arm.", False),  # a word of the rules' worry list
    ("No food.", False),  # a negation
    ("Liam was clean and dressed.", False),  # a verb
    ("Worries.", False),  # a spoken Signs of Safety heading: the rules read it
])
def test_a_neutral_heading_said_on_its_own_is_read(tagger, sentence, heading):
    from transcribe.tagging.tagger import analyse_sentences

    text = "I visited Liam at home. " + sentence
    *_, last = analyse_sentences(text, LIAM, tagger)
    assert text[last.start:last.end] == sentence
    assert last.template_heading is heading


def test_a_template_heading_is_an_observation_however_sure_the_model_is_of_a_worry():
    from transcribe.tagging.model import MODEL_LABELS, SentenceModel
    from transcribe.tagging.signs import SignsFinding
    from transcribe.tagging.tagger import SentenceAnalysis, decide_tags
    from transcribe.tagging.voice import VoiceFinding

    weights = {"u:health": [0.0] * len(MODEL_LABELS)}
    weights["u:health"][MODEL_LABELS.index("worry")] = 5.0  # p(worry) = 0.88
    model = SentenceModel(MODEL_LABELS, weights, [-3.0] * len(MODEL_LABELS), {label: 0.3 for label in MODEL_LABELS})
    text = "Health."

    def labels(heading):
        analysis = SentenceAnalysis(0, len(text), VoiceFinding(), SignsFinding("observation", 1.0), ["u:health"],
                                    template_heading=heading)
        return {t.label for t in decide_tags(text, [analysis], model)}

    assert labels(False) == {"worry"}
    assert labels(True) == {"observation"}
