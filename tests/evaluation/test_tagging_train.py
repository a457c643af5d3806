"""Training the sentence model: deterministic, and it learns what the labels say."""

from __future__ import annotations

from evaluation.tagging.train import PROJECT, Example, fit, label_sentences, train
from transcribe.tagging.model import MODEL_LABELS, SentenceModel


def _examples() -> list[Example]:
    out = []
    for k, author in enumerate("abcabcabcabc"):
        out.append(Example(author, ["u:<child>", "act:speech:child", f"u:w{k % 3}"], {"child_voice"}))
        out.append(Example(author, ["u:<family>", "act:speech:family", f"u:w{k % 3}"], set()))
        out.append(Example(author, ["u:hit", "u:police", f"u:w{k % 3}"], {"worry"}))
    out.append(Example(PROJECT, ["u:<child>", "act:speech:child"], {"child_voice"}))
    return out


def test_training_twice_gives_the_same_model():
    # the regression alone here (these examples have no text); the text classifier's test is below
    assert train(_examples(), textcat_weight=1.0).to_json() == train(_examples(), textcat_weight=1.0).to_json()


def test_the_model_learns_who_speaks_and_survives_a_round_trip():
    model = SentenceModel.from_json(fit(_examples()).to_json())
    child = model.probabilities(["u:<child>", "act:speech:child"])
    parent = model.probabilities(["u:<family>", "act:speech:family"])
    assert child["child_voice"] > 0.5 > parent["child_voice"]
    assert model.probabilities(["u:hit"])["worry"] > 0.5
    assert "child_voice" in model.decide(["u:<child>", "act:speech:child"])


def test_each_tagger_sentence_takes_the_labels_of_the_gold_sentence_it_overlaps_most():
    class A:  # an analysed sentence: only its span and features matter here
        def __init__(self, start, end):
            self.start, self.end, self.features = start, end, ["u:x"]

    gold = [(0, 10, {"worry", "child_voice", "observation"}), (11, 30, {"next_step"})]
    got = label_sentences([A(0, 12), A(12, 30), A(40, 50)], gold, "a")
    assert [e.labels for e in got] == [{"worry", "child_voice"}, {"next_step"}]  # no overlap: no example


def _texted() -> list[Example]:
    out = []
    for k, author in enumerate("abcabcabc"):
        out.append(Example(author, ["act:speech:child"], {"child_voice"}, f"xchild said she likes school {k % 3}"))
        out.append(Example(author, ["act:speech:family"], {"worry"}, f"xfamily said dad hit her {k % 3}"))
    return out


def test_the_text_classifier_trains_the_same_twice_and_is_averaged_in():
    from evaluation.tagging.train import fit_both

    first, second = fit_both(_texted(), textcat_weight=0.5), fit_both(_texted(), textcat_weight=0.5)
    assert first.textcat.to_bytes() == second.textcat.to_bytes()
    [scores] = first.text_scores(["xchild said she likes school"])
    assert scores["child_voice"] > 0.5 > scores["worry"]
    lr = first.probabilities(["act:speech:child"])
    mixed = first.probabilities(["act:speech:child"], scores)
    assert mixed["child_voice"] == 0.5 * lr["child_voice"] + 0.5 * scores["child_voice"]
    assert fit_both(_texted(), textcat_weight=1.0).textcat is None  # weight 1: the regression alone


def _scored(separates: bool) -> list[tuple[dict[str, float], set[str]]]:
    """Out-of-fold scores: with ``separates`` every label's probability tells the gold apart."""
    out = []
    for k in range(20):
        gold = {"child_voice", "wishes_feelings", "worry"} if k % 2 else {"next_step"}
        hi = 0.9 if separates or k % 4 < 2 else 0.1
        p = {"child_voice": hi if k % 2 else 1 - hi, "wishes_feelings": hi if k % 2 else 1 - hi,
             "worry": hi if k % 2 else 1 - hi, "working_well": 0.1, "next_step": 1 - hi if k % 2 else hi}
        out.append((p, gold))
    return out


def test_the_l2_whose_out_of_fold_scores_separate_best_is_chosen_and_a_tie_keeps_the_nearest_to_one():
    from evaluation.tagging.train import choose_l2

    l2, thresholds = choose_l2({1.0: _scored(False), 4.0: _scored(True)})
    assert l2 == 4.0 and thresholds["child_voice"] <= 0.9
    assert choose_l2({0.5: _scored(True), 1.0: _scored(True), 4.0: _scored(True)})[0] == 1.0


def test_training_records_the_chosen_l2_from_its_grid():
    model = train(_examples(), textcat_weight=1.0, l2_grid=(1.0, 4.0))
    assert model.meta["l2"] in (1.0, 4.0) and model.meta["l2_grid"] == [1.0, 4.0]


def test_where_a_sentence_sits_weighs_on_the_signs_of_safety_labels_only():
    examples = [ex for ex in _examples()]
    for ex in examples:
        ex.features = [*ex.features, "pos:first" if "child_voice" in ex.labels else "pos:part2"]
    model = fit(examples)
    cv, wf = MODEL_LABELS.index("child_voice"), MODEL_LABELS.index("wishes_feelings")
    for f in ("pos:first", "pos:part2"):
        assert model.weights[f][cv] == model.weights[f][wf] == 0.0
        assert any(model.weights[f][MODEL_LABELS.index(label)] != 0.0 for label in ("worry", "working_well", "next_step"))


def test_the_childs_voice_sentences_get_their_own_signs_of_safety_thresholds():
    from evaluation.tagging.train import choose_thresholds

    scored = []
    for k in range(40):
        voice = k % 2 == 0
        worry = k % 4 < 2
        # an adult's worry scores 0.6 (none 0.1); the child's words score 0.6 whatever they say, 0.85 for a worry
        p = {"child_voice": 0.9 if voice else 0.1, "wishes_feelings": 0.1, "working_well": 0.1, "next_step": 0.1,
             "worry": (0.85 if worry else 0.6) if voice else (0.6 if worry else 0.1)}
        scored.append((p, ({"child_voice"} if voice else set()) | ({"worry"} if worry else set())))
    th = choose_thresholds(scored, voice_sos=True)
    assert th["worry"] <= 0.6 < th["worry@child_voice"] <= 0.85


def test_the_signs_of_safety_thresholds_are_chosen_on_their_own_not_under_the_child_voice_predictions():
    from evaluation.tagging.train import VOICE_SUFFIX, choose_thresholds

    def scored(voice_high: float):
        out = []
        for k in range(40):
            voice, worry = k % 2 == 0, k % 4 < 2
            p = {"child_voice": voice_high if voice else 0.1, "wishes_feelings": 0.1, "working_well": 0.1,
                 "next_step": 0.1, "worry": (0.85 if worry else 0.6) if voice else (0.6 if worry else 0.1)}
            out.append((p, ({"child_voice"} if voice else set()) | ({"worry"} if worry else set())))
        return out

    sos = ("worry", "working_well", "next_step")
    chosen = [choose_thresholds(scored(v)) for v in (0.9, 0.4)]
    assert not any(key.endswith(VOICE_SUFFIX) for th in chosen for key in th)
    # a change to the voice labels' probabilities alone moves no Signs of Safety bar
    assert [{label: th[label] for label in sos} for th in chosen][0] == {label: chosen[1][label] for label in sos}


def test_the_voice_labels_and_the_signs_of_safety_labels_each_keep_the_l2_that_suits_them():
    from evaluation.tagging.train import choose_l2

    def scored(voice_separates: bool, sos_separates: bool):
        out = []
        for k in range(20):
            gold = {"child_voice", "wishes_feelings", "worry"} if k % 2 else {"next_step"}
            v = (0.9 if k % 2 else 0.1) if voice_separates or k % 4 < 2 else (0.1 if k % 2 else 0.9)
            s = (0.9 if k % 2 else 0.1) if sos_separates or k % 4 < 2 else (0.1 if k % 2 else 0.9)
            out.append(({"child_voice": v, "wishes_feelings": v, "worry": s, "working_well": 0.1, "next_step": 1 - s}, gold))
        return out

    l2, thresholds = choose_l2({1.0: scored(True, False), 4.0: scored(False, True)})
    assert l2 == {"child_voice": 1.0, "wishes_feelings": 1.0, "worry": 4.0, "working_well": 4.0, "next_step": 4.0}
    assert thresholds["child_voice"] <= 0.9 and thresholds["worry"] <= 0.9


def test_the_bar_for_the_weaker_of_worry_and_working_well_is_chosen_only_where_it_helps():
    from evaluation.tagging.train import choose_pair
    from transcribe.tagging.model import PAIR_KEY

    def scored(both_gold: bool):
        # (worry, working_well) probabilities and gold: a second label read from the same words scores 0.6,
        # as high as a true single label elsewhere, so no threshold of its own can drop it
        kinds = [((0.9, 0.6), {"worry"}), ((0.1, 0.6), {"working_well"}), ((0.6, 0.1), {"worry"}),
                 ((0.6, 0.9), {"working_well"})]
        if both_gold:
            kinds = [((0.9, 0.6), {"worry", "working_well"})]
        return [({"child_voice": 0.1, "wishes_feelings": 0.1, "next_step": 0.1, "worry": wo, "working_well": ww}, gold)
                for k in range(8) for (wo, ww), gold in kinds]

    thresholds = {"child_voice": 0.5, "wishes_feelings": 0.5, "worry": 0.5, "working_well": 0.5, "next_step": 0.5}
    th = choose_pair(scored(False), thresholds)
    assert th[PAIR_KEY] > 0.6  # the weaker at 0.6 is dropped
    assert PAIR_KEY not in choose_pair(scored(True), thresholds)  # every sentence is both: no bar helps


def test_who_a_speaking_pronoun_is_by_the_chain_weighs_on_the_voice_labels_and_by_the_nearest_person_on_the_others():
    examples = _examples()
    for ex in examples:
        who = "child" if "child_voice" in ex.labels else "family"
        ex.features = [*ex.features, f"act:speech:he:last={who}", f"act:speech:he:chain={who}"]
    model = fit(examples)
    voice = [MODEL_LABELS.index(label) for label in ("child_voice", "wishes_feelings")]
    sos = [MODEL_LABELS.index(label) for label in ("worry", "working_well", "next_step")]
    for who in ("child", "family"):
        assert all(model.weights[f"act:speech:he:last={who}"][k] == 0.0 for k in voice)
        assert all(model.weights[f"act:speech:he:chain={who}"][k] == 0.0 for k in sos)
        assert any(model.weights[f"act:speech:he:chain={who}"][k] != 0.0 for k in voice)


def test_the_voice_labels_take_their_text_classifiers_probabilities_over_the_chains_role_text():
    from evaluation.tagging.train import fit_both, fit_textcat

    examples = _texted()
    for ex in examples:  # the chain finds the child where the nearest person is the mother
        ex.voice_text = ex.text.replace("xfamily", "xchild") if "worry" in ex.labels else ex.text
        ex.labels = ex.labels | ({"child_voice"} if "worry" in ex.labels else set())
    model = fit_both(examples, textcat_weight=0.5)
    assert model.meta["voice_textcat"] and model.voice_textcat.to_bytes() == fit_textcat(examples, voice=True).to_bytes()
    [plain] = model.text_scores(["xfamily said dad hit her"])
    [both] = model.text_scores(["xfamily said dad hit her"], ["xchild said dad hit her"])
    [voice] = model.voice_textcat.pipe(["xchild said dad hit her"])
    assert both["child_voice"] == voice.cats["child_voice"] and both["worry"] == plain["worry"]


def test_what_a_sentence_reports_weighs_on_no_label_it_acts_through_the_fact_bar():
    examples = _examples()
    for ex in examples:
        ex.features = [*ex.features, "rep:feel:child" if "child_voice" in ex.labels else "rep:fact:adult"]
    model = fit(examples)
    for f in ("rep:feel:child", "rep:fact:adult"):
        assert all(w == 0.0 for w in model.weights.get(f, [0.0]))


def test_wishes_feelings_gets_its_own_bar_for_sentences_that_report_facts_only_where_it_helps():
    from evaluation.tagging.train import choose_thresholds
    from transcribe.tagging.model import FACT_BAR, FACT_KEY

    def p(wf: float, fact: bool) -> dict[str, float]:
        return {"child_voice": 0.9, "wishes_feelings": wf, "worry": 0.1, "working_well": 0.1, "next_step": 0.1,
                FACT_KEY: float(fact)}

    voice = {"child_voice"}
    feeling = {"child_voice", "wishes_feelings"}
    scored = ([(p(0.3, False), feeling)] * 6 + [(p(0.25, False), voice)] * 1
              + [(p(0.35, True), voice)] * 5 + [(p(0.6, True), feeling)] * 2)
    th = choose_thresholds(scored)
    assert th["wishes_feelings"] <= 0.3 and 0.35 < th[FACT_BAR] <= 0.6
    unflagged = [({k: v for k, v in q.items() if k != FACT_KEY}, gold) for q, gold in scored]
    assert FACT_BAR not in choose_thresholds(unflagged)


def test_the_scored_sets_sentences_are_in_every_inner_folds_training_and_never_held_out():
    from evaluation.tagging.train import SCORED, inner_scores

    scored_group = [Example(SCORED, ["u:<child>", "act:speech:child", "u:w9"], {"child_voice"}) for _ in range(5)]
    examples = _examples() + scored_group
    scored = inner_scores(examples, textcat_weight=1.0, l2_grid=(1.0,))
    # only the authors' 36 sentences are scored out of fold; the project's and the scored sets' train every fold
    assert len(scored[1.0]) == 36


def test_each_scored_set_is_held_out_in_turn_for_the_signs_of_safety_choices_and_the_authors_are_not():
    from evaluation.tagging.train import SCORED, part_scores

    parts = [Example(SCORED, ["u:hit", "u:police"], {"worry"}, part=part) for part in ("fresh1", "fresh2") for _ in range(4)]
    scored = part_scores(_examples() + parts, textcat_weight=1.0, l2_grid=(1.0, 4.0))
    # the scored sets' 8 sentences, each scored once per L2 by a model that did not train on its set; no author's
    assert sorted(scored) == [1.0, 4.0] and all(len(s) == 8 for s in scored.values())
    assert all(gold == {"worry"} for p, gold in scored[1.0])
    assert part_scores(_examples(), textcat_weight=1.0, l2_grid=(1.0,)) == {1.0: []}  # no scored set: nothing


def test_the_scored_sets_out_of_fold_scores_choose_the_signs_of_safety_bars_and_not_the_voice_ones():
    from evaluation.tagging.train import choose_l2

    def sentence(worry_p: float, gold_worry: bool, voice_p: float = 0.1, gold_voice: bool = False):
        p = {"child_voice": voice_p, "wishes_feelings": voice_p, "worry": worry_p, "working_well": 0.1, "next_step": 0.1}
        return p, ({"worry"} if gold_worry else set()) | ({"child_voice", "wishes_feelings"} if gold_voice else set())

    # the authors' own scores: any worry bar from 0.2 to 0.7 separates (0.5 is chosen, the nearest to 0.5)
    authors = [sentence(0.7, True, 0.8, True), sentence(0.1, False, 0.3)] * 10
    # the scored sets': a sentence at 0.55 that is no worry; only a bar over 0.55 keeps it out
    extra = [sentence(0.7, True), sentence(0.55, False)] * 10
    alone = choose_l2({1.0: authors})[1]
    both = choose_l2({1.0: authors}, {1.0: extra})[1]
    assert alone["worry"] <= 0.55 < both["worry"] <= 0.7
    assert choose_l2({1.0: authors}, {1.0: []})[1] == alone  # no scored set held out: the authors choose
    assert {k: both[k] for k in ("child_voice", "wishes_feelings")} == {k: alone[k] for k in ("child_voice", "wishes_feelings")}
    # and the voice scores of the scored sets (no voice text classifier there) are never read
    noisy = [(p | {"child_voice": 0.99, "wishes_feelings": 0.99}, gold) for p, gold in extra]
    assert choose_l2({1.0: authors}, {1.0: noisy})[1] == both


def test_training_takes_the_signs_of_safety_bars_from_the_scored_sets_held_out_too():
    from evaluation.tagging import train as train_module
    from evaluation.tagging.train import SCORED

    parts = [Example(SCORED, ["u:w0"], {"worry"}, part=part) for part in ("fresh1", "fresh2") for _ in range(6)]
    calls = []
    real = train_module.part_scores
    try:
        train_module.part_scores = lambda examples, **kw: calls.append(len(examples)) or real(examples, **kw)
        train(_examples() + parts, textcat_weight=1.0, l2_grid=(1.0,))
    finally:
        train_module.part_scores = real
    assert calls == [len(_examples()) + 12]


def test_the_signs_of_safety_bars_keep_worrys_recall_on_the_training_authors_over_the_floor():
    from evaluation.tagging import train as train_module
    from evaluation.tagging.train import choose_l2

    def sentence(worry_p: float, gold_worry: bool):
        return ({"child_voice": 0.1, "wishes_feelings": 0.1, "worry": worry_p, "working_well": 0.1, "next_step": 0.1},
                {"worry"} if gold_worry else set())

    # the authors' own worries: half of them scored 0.45, so a worry bar over 0.45 misses half
    authors = [sentence(0.7, True), sentence(0.45, True), sentence(0.1, False)] * 10
    # the scored sets' authors call sentences at 0.5 no worry: alone they would raise the bar over 0.5
    extra = [sentence(0.7, True), sentence(0.5, False), sentence(0.5, False)] * 10
    real = train_module.WORRY_RECALL_FLOOR
    try:
        train_module.WORRY_RECALL_FLOOR = None
        unfloored = choose_l2({1.0: authors}, {1.0: extra})[1]
        train_module.WORRY_RECALL_FLOOR = 0.9
        floored = choose_l2({1.0: authors}, {1.0: extra})[1]
    finally:
        train_module.WORRY_RECALL_FLOOR = real
    assert unfloored["worry"] > 0.5
    assert floored["worry"] <= 0.45  # every author's worry kept
