"""Issue 25, sixteenth spoken round, second part: over-redaction. A name the NER ran on past a case-context surname
into the sentence's next word ("Neymar Rochester Visit Idris", the full stop dropped) ends at the surname; the birth
cue spelt out inside another value ("11, D-O-B-1-9", "Chantelle, D.O.B. 23") cuts it, the cue's letters kept. The
sentences are the project's own spoken sets' transcripts (fresh2, fresh6, fresh11, fresh13). Keeps beside each."""

from __future__ import annotations

from .conftest import heard, is_kept, is_redacted

_ROCHESTER = {"child": {"name": "Idris Bulmer"}, "people": [{"name": "Ffion Bulmer", "role": "mother"}],
              "worker": "Zainab Rochester"}
_BLACKLOCK = {"child": {"name": "Harjit Sandhu"}, "worker": "Jasvinder Blacklock"}


# -- a name run on past a case surname ------------------------------------------------------------------------------
def test_a_name_ends_at_the_case_surname_before_the_next_sentences_word(redactor):
    result = heard(redactor, _ROCHESTER, "Neymar Rochester Visit Idris at 11 Cedar Grove, Cramlington.")
    assert is_redacted(result, "Neymar Rochester")
    assert is_kept(result, "Visit")


def test_the_workers_full_name_ends_at_her_surname(redactor):
    result = heard(redactor, _BLACKLOCK, "Jasvinder Blacklock Visit to 12 Wigton Road, Morton, Carlisle.")
    assert is_redacted(result, "Jasvinder Blacklock")
    assert is_kept(result, "Visit to")


def test_a_word_after_a_name_that_is_no_case_surname_stays_in_it(redactor):
    # the rule needs the case's surname before the word: an unknown name's last word may be a surname ("Bright")
    result = heard(redactor, _ROCHESTER, "Mum said Anna Marie Bright came round on Monday.")
    assert is_redacted(result, "Anna Marie Bright")


# -- the birth cue spelt out inside another value -------------------------------------------------------------------
def test_a_spelt_birth_cue_inside_a_number_is_not_redacted(redactor):
    result = heard(redactor, None, "Carlisle, C-1, 2-DG, at half 11, D-O-B-1-9, O-2, 17, D-O-5-M-A-T Upperby Lane Primary.")
    assert is_kept(result, "D-O-B")
    assert is_redacted(result, "1-9, O-2, 17")


def test_a_dotted_birth_cue_inside_a_value_is_not_redacted(redactor):
    # the words round the cue heard unsurely, as the recogniser heard them (fresh11 w08): an unsure cue's value
    result = heard(redactor, None, "Alfie's date on birth is over, over, 2000, undelever, and his NHS number is 3-8-4, "
                                   "double 5-1, 2-0-6-7, mam Chantelle, D.O.B. 23, on May 1990, national insurance "
                                   "R-4-1, 6-2-0-9, D.", unsure=("mam", "Chantelle", "23"))
    assert is_kept(result, "D.O.B.")
    assert is_redacted(result, "Chantelle")
    assert is_redacted(result, "23") and is_redacted(result, "May 1990")
