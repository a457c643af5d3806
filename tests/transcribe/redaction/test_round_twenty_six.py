"""Round twenty-six, in what a recogniser writes. A value said and then its end said again after a repair ("S.R. 7,
7HM, no, 7HM"): the repair is the value's. The child's known date of birth with its month misheard as one word
("thirtieth July eleven" heard "30th to 11"). The sentences are written for the rules, not copied from a note.
"""

from __future__ import annotations

import pytest

from .conftest import heard, is_kept, is_redacted

CASE = {"child": {"name": "Zara Iqbal", "dob": "2011-07-30"},
        "people": [{"name": "Saima Iqbal", "role": "mother"}],
        "address": "9 Whitworth Chase, Spennymoor DL16 6BB"}


@pytest.mark.parametrize("sentence, value", [
    ("They live at flat 2, Pelaw Court, N.E. 10, 0QT, no, 0QT is the right one.", "N.E. 10, 0QT, no, 0QT"),
    ("Mam's mobile is 07700 900 123, sorry, 124, she says ring after three.", "07700 900 123, sorry, 124"),
])
def test_a_value_repaired_after_it_is_redacted_whole(redactor, sentence, value):
    result = heard(redactor, {}, sentence)
    assert is_redacted(result, value), result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("Mam's mobile is 07700 900 123, no, 2 weeks ago she changed it.", "2 weeks ago"),
    ("The postcode is NE10 0QT, no, 3 of them live there.", "3 of them"),
])
def test_what_follows_a_repair_that_is_no_value_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_the_known_date_of_birth_with_its_month_misheard(redactor):
    result = heard(redactor, CASE, "Zara's 30th to 11, and she's in year 9.")
    assert is_redacted(result, "30th to 11")


@pytest.mark.parametrize("sentence, kept", [
    ("We meet on the 30th of May 12 people came.", "30th of May 12"),  # not the child's day and year
    ("The review is on the 14th June 11 o'clock.", "14th June 11"),
])
def test_another_day_and_number_stay(redactor, sentence, kept):
    assert is_kept(heard(redactor, CASE, sentence), kept)


def test_a_date_after_a_name_with_its_month_joined_by_on(redactor):
    result = heard(redactor, {}, "Mam, Kelly Hartley, 30th on January 92, is at the flat most days.")
    assert is_redacted(result, "30th on January 92")


def test_a_meetings_date_after_its_name_stays(redactor):
    result = heard(redactor, {}, "Next review, 3rd on June 27, at the school.")
    assert is_kept(result, "3rd on June 27")


@pytest.mark.parametrize("sentence, nickname", [
    ("Ellis was at home, mam called him Dodger, he's six.", "Dodger"),
    ("His brothers call him Chip since he was little.", "Chip"),
])
def test_a_nickname_given_by_calls_him_is_a_name_though_an_english_word(redactor, sentence, nickname):
    assert is_redacted(heard(redactor, None, sentence), nickname)


@pytest.mark.parametrize("sentence, kept", [
    ("His name is Oliver, but nobody calls him Hat. He settled in.", "Hat"),  # "that", misheard
    ("The older lads call him Names at school, he says.", "Names"),
])
def test_a_word_said_after_calls_him_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_a_name_that_is_no_english_word_is_the_name_in_lower_case_too(redactor):
    context = {"child": {"name": "Kaydee Lowther", "dob": "2012-03-04"}}
    result = heard(redactor, context, "Visit to Kaydee Lowther, Jotty, at home. Later her mum said jotty had left, Jotty rang.")
    assert is_redacted(result, "jotty")
    assert "jotty" not in result.redacted_text.lower()


@pytest.mark.parametrize("sentence, kept", [
    ("Visit to Hope and her mum. There is hope that the plan works.", "hope that"),
    ("Visit to Kaydee Lowther, Miles, at home. Miles said they walk two miles to school.", "miles to"),  # a plural
])
def test_a_name_that_is_an_english_word_stays_a_word_in_lower_case(redactor, sentence, kept):
    context = {"child": {"name": "Kaydee Lowther", "dob": "2012-03-04"}}
    assert is_kept(heard(redactor, context, sentence), kept)


@pytest.mark.parametrize("sentence, value", [
    ("Officer in the case DC Stephen Orr, Stephen.org. Cleveland.BNN.Belice.uk, ring him first.",
     "Stephen.org. Cleveland.BNN.Belice.uk"),
    ("Referred to Carys at the YOT, Carys.mellanby, Stockton.com.uk, next week.",
     "Carys.mellanby, Stockton.com.uk"),
    ("Midwife is Joy Adeyemi, at NHS.net, she rings weekly.", "Joy Adeyemi, at NHS.net"),
])
def test_an_email_heard_without_its_at_is_redacted(redactor, sentence, value):
    result = heard(redactor, {"people": [{"name": "Carys Mellanby", "role": "YOT worker"}]}, sentence)
    assert is_redacted(result, value) and "[EMAIL]" in result.redacted_text, result.redacted_text


@pytest.mark.parametrize("sentence, kept", [
    ("She looked it up on Childline.org.uk with her mum.", "Childline.org.uk"),  # no name: a public site
    ("Mr Kelly works at Sunderland.gov, he says.", "Sunderland.gov"),  # no mail domain's end
])
def test_a_web_address_that_is_no_persons_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


@pytest.mark.parametrize("sentence, value", [
    ("His NI number is QQ551739A, for Apple, and he works nights.", "QQ551739A, for Apple"),
    ("Her NI number, Q Q 12 34 56 C for charlie, she read it out.", "Q Q 12 34 56 C for charlie"),
])
def test_the_word_that_spells_a_values_last_letter_after_for_is_the_values(redactor, sentence, value):
    assert is_redacted(heard(redactor, None, sentence), value)


def test_a_value_said_again_from_its_start_after_a_repair_is_redacted(redactor):
    sentence = "Off his pay slip, NI number QQ, 3106, no, sorry, I've read that wrong, QQ, 31022, a, for the job."
    result = heard(redactor, None, sentence)
    assert is_redacted(result, "QQ, 3106") and is_redacted(result, "QQ, 31022, a")


@pytest.mark.parametrize("sentence, kept", [
    ("Postcode NE10 0QT, no, sorry, 10 of them live there.", "10 of them"),
    ("NI number QQ 31 06 22 A, no. Sorry, QQ 31 is his flat.", "QQ 31 is"),  # another sentence
])
def test_a_number_after_a_repair_that_starts_otherwise_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, None, sentence), kept)


def test_a_date_after_born_heard_as_another_word_is_a_date_of_birth(redactor):
    result = heard(redactor, None, "His sister Amara, bond 12, 12, 22, so there's a party coming.")
    assert is_redacted(result, "12, 12, 22")


def test_a_bond_and_numbers_that_are_no_date_stay(redactor):
    result = heard(redactor, None, "The bond with mum is strong, 12 of 40 sessions done.")
    assert is_kept(result, "12 of 40")


@pytest.mark.parametrize("sentence, word, name", [
    ("Picked up by Childminder Margaret Dodds at three.", "Childminder", "Margaret Dodds"),
    ("Spoke to KeyWorker Ruth Abernethy about the move.", "KeyWorker", "Ruth Abernethy"),
])
def test_a_role_the_recogniser_ran_into_a_name_is_no_part_of_it(redactor, sentence, word, name):
    result = heard(redactor, {"people": [{"name": name, "role": "carer"}]}, sentence)
    assert is_kept(result, word) and is_redacted(result, name)


def test_a_surname_that_is_a_role_word_stays_in_the_name(redactor):
    result = heard(redactor, {"people": [{"name": "Ruth Nurse", "role": "health visitor"}]},
                   "The health visitor Ruth Nurse came at ten.")
    assert is_redacted(result, "Ruth Nurse")


@pytest.mark.parametrize("sentence, words, value", [
    ("Dad's NI number for the free school meals form, QQ, 47, 21, 48, B, he read it out.",
     "for the free school meals form", "QQ, 47, 21, 48, B"),
    ("Ruby's NHS number, he read it in two of her letter, 999, 718, 4421, then we left.",
     "he read it in two of her letter", "999, 718, 4421"),
])
def test_a_number_starts_at_its_first_characters_read_out_together(redactor, sentence, words, value):
    result = heard(redactor, None, sentence)
    assert all(is_redacted(result, group) for group in value.split(", ")) and is_kept(result, words), result.redacted_text


def test_a_short_form_from_the_nicknames_package_is_the_persons(redactor):
    context = {"child": {"name": "Bridget Joyce", "dob": "2013-06-21"}}
    result = heard(redactor, context, "Whereas, Biddy left the academy at Easter and is on no roll.")
    assert is_redacted(result, "Biddy")


def test_a_kinship_word_that_is_also_a_name_stays_in_lower_case(redactor, empty_case):
    from transcribe.redaction import redact_text
    text = "Dadi said Inaya looked at the picture. The family are close, dadi does mornings."
    assert is_kept(redact_text(text, empty_case, redactor), "dadi does")


def test_a_meetings_date_after_the_name_it_is_for_stays(redactor, empty_case):
    from transcribe.redaction import redact_text
    text = "Looked After Review for Kiera Maddison, 18th on November 2026, at Hollins House."
    assert is_kept(redact_text(text, empty_case, redactor), "18th on November 2026")


def test_a_phones_plus_before_its_country_code_said_as_words_is_the_phones(redactor):
    result = heard(redactor, None, "Give their number plus four for seven seven double o, nine six two, one three eight, ta.")
    assert is_redacted(result, "plus four for seven seven double o, nine six two, one three eight")


@pytest.mark.parametrize("sentence, value, kept", [
    ("Mrs Whitbread's direct e-mail, c-dot-width bread at Hellesdon Vale. Norfolk-dot.uk, for the plan.",
     "c-dot-width bread at Hellesdon Vale. Norfolk-dot.uk", "direct e-mail"),
    ("The safeguarding inbox is dsl at Hellesdon Vale. Norfolk-dot.uk today.", "dsl at Hellesdon Vale. Norfolk-dot.uk",
     "inbox is"),
])
def test_an_email_whose_domain_the_recogniser_wrote_as_words_after_at(redactor, sentence, value, kept):
    result = heard(redactor, None, sentence)
    assert is_redacted(result, value) and is_kept(result, kept), result.redacted_text


def test_a_place_said_after_at_with_no_mail_domain_stays(redactor):
    result = heard(redactor, None, "We met at Hellesdon Vale. Norfolk is a long way for dad.")
    assert is_kept(result, "Norfolk is")


def test_a_date_of_births_year_repaired_after_it_is_the_dates(redactor):
    result = heard(redactor, None, "Ruby-Mae, born 7th on April 2020, oh no, sorry 2021, at Busy Bees nursery.")
    assert "[DOB 2]" not in result.redacted_text  # one date of birth, repaired
    assert is_redacted(result, "7th on April 2020, oh no, sorry 2021")


@pytest.mark.parametrize("sentence, name, role", [
    ("Also present Pauline Visitor from the health team.", "Pauline", "Visitor"),
    ("I spoke to Mark Elliott Social Worker about the plan.", "Mark Elliott", "Social Worker"),
])
def test_a_role_said_after_a_name_is_no_part_of_it(redactor, sentence, name, role):
    result = heard(redactor, {"people": [{"name": name + " Smith", "role": "worker"}]}, sentence)
    assert is_redacted(result, name) and is_kept(result, role), result.redacted_text


def test_a_surname_that_is_also_a_role_stays_in_the_name_at_its_end(redactor):
    result = heard(redactor, {"people": [{"name": "Ruth Head", "role": "teacher"}]}, "We met Ruth Head at school.")
    assert is_redacted(result, "Ruth Head")


def test_an_ni_number_heard_as_words_starts_after_the_form_it_is_for(redactor):
    result = heard(redactor, None, "Dad gave his NI number for the council tax support, Kyosink Wayne, 19, 00, 7, B, today.")
    assert is_kept(result, "council tax support") and is_redacted(result, "Kyosink Wayne, 19, 00, 7, B")


def test_double_oh_heard_double_or_is_two_zeros(redactor):
    result = heard(redactor, None, "There's mum's mobile, oh seven seven double or nine double or two three two, ring her.")
    assert is_redacted(result, "seven seven double or nine double or two three two")


def test_or_between_two_things_stays(redactor):
    result = heard(redactor, None, "She will ring at two or three, or tomorrow, mum said.")
    assert is_kept(result, "or tomorrow")


def test_an_email_whose_dots_were_heard_not(redactor):
    result = heard(redactor, None, "Her work email, Aisha, not Mamoo, not Doncaster, not gov, not UK, she reads it daily.")
    assert is_redacted(result, "Aisha, not Mamoo, not Doncaster, not gov, not UK")


def test_not_between_words_with_no_mail_domain_stays(redactor):
    result = heard(redactor, None, "It is not Mum, not Dad, not the school, that she wants to tell.")
    assert is_kept(result, "not the school")


def test_a_nickname_after_a_full_name_the_ner_took_for_a_place_is_a_name(redactor):
    context = {"people": [{"name": "Craig Ritson", "role": "father"}]}
    result = heard(redactor, context, "Dad is Craig Ritson, Titch, a call him, has been back. Tyler said Titch slept over Saturday.")
    assert "Titch" not in result.redacted_text


def test_a_town_after_a_full_name_stays(redactor):
    context = {"people": [{"name": "Tom Gallagher", "role": "police officer"}]}
    result = heard(redactor, context, "Joint visit with Tom Gallagher, Leeds, at ten. He drove back to Leeds after.")
    assert is_kept(result, "Leeds, at ten")
