from __future__ import annotations

import pytest

from transcribe.context import parse_context
from transcribe.vocabulary import (
    WHISPER_PROMPT_LIMIT,
    VocabularyError,
    VocabularyOptions,
    build_vocabulary,
    context_terms,
    estimate_tokens,
    load_lexicon,
    read_terms,
)

CONTEXT = parse_context(
    {
        "child": {"name": "Tyler-Jay Charlton"},
        "people": [{"name": "Jolene Purvis", "role": "mother"}, {"name": "Mrs Whitfield", "role": "teacher"}],
        "address": "Flat 6, 14 Raby Street, Byker, Newcastle NE6 2RJ",
        "school": "Hebburn Lakes Primary School",
        "worker": "Sarah Hall",
    }
)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_case_terms_come_child_first_then_family_worker_school_and_address():
    texts = [t.text for t in context_terms(CONTEXT)]
    assert texts == [
        "Tyler-Jay Charlton", "Jolene Purvis", "Mrs Whitfield", "Sarah Hall",
        "Hebburn Lakes Primary School", "Raby Street", "Byker", "Newcastle",
    ]


@pytest.mark.parametrize(
    "address, expected",
    [
        ("14 Elm Terrace, Gateshead NE8 3QP", ["Elm Terrace", "Gateshead"]),
        ("Flat 2, Ellison Street, Jarrow", ["Ellison Street", "Jarrow"]),
        ("Whitley Bay", ["Whitley Bay"]),
        ("NE8 3QP", []),
    ],
)
def test_address_gives_street_and_town_without_numbers_or_postcode(address, expected):
    terms = context_terms(parse_context({"address": address}))
    assert [t.text for t in terms] == expected


def test_packaged_lexicon_holds_social_care_terms_places_and_dialect(lexicon):
    texts = {t.text for t in lexicon.terms}
    assert {"Section 47", "Child in Need", "core group", "MASH", "IRO"} <= texts
    assert {"Gateshead", "Jarrow", "Hebburn", "Byker", "Whitley Bay"} <= texts
    assert {"mam", "canny", "bairn"} <= texts
    assert all(not t.text.startswith("#") for t in lexicon.terms)


def test_lexicon_files_are_interleaved_so_a_short_prompt_gets_each_kind(lexicon):
    kinds = [t.kind for t in lexicon.terms[:3]]
    assert kinds == ["term", "place", "dialect"]


def test_prompt_puts_case_names_first_and_stays_within_budget(lexicon):
    v = build_vocabulary(CONTEXT, lexicon, VocabularyOptions(max_prompt_tokens=60, max_lexicon_terms=20))
    assert v.prompt.startswith("Tyler-Jay Charlton, mam Jolene Purvis, Mrs Whitfield")
    assert v.prompt_tokens <= 60
    assert v.dropped  # the lexicon did not all fit
    assert all(t.source == "lexicon" for t in v.dropped)


def test_budget_never_exceeds_what_faster_whisper_keeps(lexicon):
    v = build_vocabulary(CONTEXT, lexicon, VocabularyOptions(max_prompt_tokens=1000, max_lexicon_terms=1000))
    assert v.prompt_tokens <= WHISPER_PROMPT_LIMIT


def test_a_tiny_budget_drops_lexicon_before_case_names(lexicon):
    v = build_vocabulary(CONTEXT, lexicon, VocabularyOptions(max_prompt_tokens=12, max_lexicon_terms=20))
    assert v.prompt.startswith("Tyler-Jay Charlton")
    assert "Section 47" not in v.prompt


def test_council_terms_come_after_case_names_and_before_the_lexicon(tmp_path):
    f = tmp_path / "council.txt"
    f.write_text("# Gateshead council\nFamily Hub\nBensham\n\nFamily Hub\n", encoding="utf-8")
    lexicon = load_lexicon(VocabularyOptions(council_file=f))
    v = build_vocabulary(CONTEXT, lexicon)
    order = [t.text for t in v.terms]
    assert order.index("Sarah Hall") < order.index("Family Hub") < order.index("Bensham") < order.index("Child in Need")
    assert order.count("Family Hub") == 1


def test_lexicon_stays_out_of_the_prompt_by_default_but_in_the_terms(lexicon):
    v = build_vocabulary(CONTEXT, lexicon)
    assert "Sarah Hall" in v.prompt and "Section 47" not in v.prompt
    assert "Section 47" in {t.text for t in v.terms}


def test_no_context_can_still_give_a_lexicon_prompt(lexicon):
    v = build_vocabulary(None, lexicon, VocabularyOptions(max_lexicon_terms=6))
    assert v.names == [] and v.hotwords and "Child in Need" in v.hotwords


def test_empty_vocabulary_sends_no_hotwords():
    v = build_vocabulary(None, None)
    assert v.hotwords is None and v.prompt_tokens == 0


def test_missing_council_file_says_what_to_do(tmp_path):
    with pytest.raises(VocabularyError, match="CASENOTE_VOCABULARY_FILE"):
        load_lexicon(VocabularyOptions(council_file=tmp_path / "nope.txt"))


def test_non_utf8_council_file_says_what_to_do(tmp_path):
    f = tmp_path / "council.txt"
    f.write_bytes(b"Caf\xe9\n")
    with pytest.raises(VocabularyError, match="UTF-8"):
        read_terms(f, "council")


def test_estimate_over_counts_real_tokens(tiny_model):
    from transcribe.asr import token_counter

    count = token_counter(tiny_model)
    for text in ("Tyler-Jay Charlton, Jolene Purvis", "Section 47, Child in Need, MASH, IRO, Hebburn, Byker"):
        assert 0 < count(text) <= estimate_tokens(text)


def test_prompt_built_with_the_model_tokenizer_fits(tiny_model, lexicon):
    from transcribe.asr import token_counter

    v = build_vocabulary(CONTEXT, lexicon, VocabularyOptions(max_prompt_tokens=80, max_lexicon_terms=100), token_counter(tiny_model))
    assert 70 <= v.prompt_tokens <= 80


@pytest.mark.parametrize(
    "role, said",
    [
        ("mother", "mam"), ("Father", "dad"), ("stepfather", "stepdad"), ("grandmother", "nana"),
        ("nan", "nan"), ("aunt", "auntie"), ("mother's partner", "partner"), ("father’s ex-partner", "ex-partner"),
        ("foster carer", ""), ("teacher", ""), ("youth justice worker", ""), ("", ""),
    ],
)
def test_a_relatives_name_goes_to_the_prompt_after_the_word_they_are_called_by(role, said):
    context = parse_context({"child": {"name": "Maisie Brunskill"}, "people": [{"name": "Graham Brunskill", "role": role}]})
    v = build_vocabulary(context)
    # the family's surname goes to the prompt once, with the child's name (VocabularyOptions.surname_once)
    assert v.prompt == "Maisie Brunskill, " + (f"{said} Graham" if said else "Graham")
    # The name itself is what post-correction snaps to, without the kin word.
    assert [t.text for t in v.names] == ["Maisie Brunskill", "Graham Brunskill"]


def test_the_kin_words_follow_the_councils_table_or_can_be_left_out():
    context = parse_context({"child": {"name": "Maisie Brunskill"}, "people": [{"name": "Kerri Pescod", "role": "mother"}]})
    assert build_vocabulary(context, options=VocabularyOptions(spoken_roles={"mother": "mum"})).prompt.endswith("mum Kerri Pescod")
    assert build_vocabulary(context, options=VocabularyOptions(kin_in_prompt=False)).prompt.endswith(", Kerri Pescod")


def test_a_council_sets_what_its_practitioners_call_a_relative(monkeypatch):
    from transcribe.pipeline import pipeline_options
    from transcribe.settings import PipelineSettings

    monkeypatch.setenv("CASENOTE_SPOKEN_ROLES", '{"Mother": "mum", "grandmother": "gran"}')
    options = pipeline_options(PipelineSettings()).vocabulary
    context = parse_context({
        "child": {"name": "Maisie Brunskill"},
        "people": [{"name": "Kerri Pescod", "role": "mother"}, {"name": "Irene Pescod", "role": "grandmother"},
                   {"name": "Dale Pescod", "role": "father"}],
    })
    assert build_vocabulary(context, options=options).prompt == (
        "Maisie Brunskill, mum Kerri Pescod, gran Irene, dad Dale"
    )


def test_a_surname_goes_to_the_prompt_once():
    # Having written a first name, the decoder can copy the surname the prompt gives after it over other speech
    # ("Lowri Jobson is expecting" for "mam Lowri is expecting"); each surname is given once, with the first
    # person who bears it, so the relatives' first names stand alone and every surname is still spelt there.
    context = parse_context({
        "child": {"name": "Cleo Jobson"},
        "people": [{"name": "Lowri Jobson", "role": "mother"}, {"name": "Idris Mark Jobson", "role": "brother"},
                   {"name": "Kurtis Laing", "role": "father"}, {"name": "Ffion", "role": "aunt"}],
        "school": "Timothy Hackworth Primary School",
    })
    assert build_vocabulary(context).prompt == (
        "Cleo Jobson, mam Lowri, brother Idris Mark, dad Kurtis Laing, auntie Ffion, Timothy Hackworth Primary School"
    )
    # every full name is still a term post-correction snaps to
    assert [t.text for t in build_vocabulary(context).names][:3] == ["Cleo Jobson", "Lowri Jobson", "Idris Mark Jobson"]
    full = build_vocabulary(context, options=VocabularyOptions(surname_once=False)).prompt
    assert full.startswith("Cleo Jobson, mam Lowri Jobson, brother Idris Mark Jobson, dad Kurtis Laing")
