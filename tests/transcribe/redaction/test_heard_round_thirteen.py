"""Issue 25, thirteenth round: over-redaction of transcripts by general readings. A value or a name does not take in
the cue or kinship words a recogniser ran it into ("..., 2, dad", "TS1, ... NHS number", "Isla Number", "Mums
understands"), a value that runs on through the next identifier's cue is cut there, a street after the street that
is the family's town as the recogniser wrote it is the town, and a school's core word that is the family's town
needs the school's other words. Two doors closed on leaks: a word sounding near "treble" between two digits, and a
date of birth whose day was heard as a small word. Typed text is read as before (these readings run with ``words=``)."""

from __future__ import annotations

from transcribe.context import parse_context
from transcribe.redaction import redact_text

from .conftest import covered, found, heard, is_kept, is_redacted



# -- cue and kinship words off a value's edges ------------------------------------------------------------------
def test_a_kinship_word_heard_unsurely_after_a_short_number_is_not_its_last_digits(redactor):
    result = heard(redactor, None, "Mehab's NHS number is 719, Nero 2, 7, 741, 2, dad Imran was there.",
                   unsure=("Nero", "2", "dad"))
    assert is_redacted(result, "719, Nero 2, 7, 741, 2")
    assert is_kept(result, "dad")
    assert is_redacted(result, "Imran")


def test_the_next_cue_is_no_part_of_a_postcode(redactor):
    result = heard(redactor, None, "The home is Ayresome Street, Middlesbrough, TS1, Freaky White NHS number 732-410-8865.",
                   unsure=("Freaky", "White", "NHS"))
    assert is_kept(result, "NHS number")
    assert is_redacted(result, "TS1")
    assert found(result, "UK_NHS") == ["732-410-8865"]


def test_an_email_does_not_start_with_the_relation_it_belongs_to(redactor):
    result = heard(redactor, None, "Email for mam Leanne Pybus at email.com. Kacey is well.")
    assert is_kept(result, "mam")
    assert is_redacted(result, "Leanne Pybus at email.com")


def test_an_email_whose_first_word_is_a_relation_read_out_with_a_dot_keeps_it(redactor):
    result = heard(redactor, None, "Her email is mum dot smith at gmail dot com today.")
    assert is_redacted(result, "mum dot smith at gmail dot com")


def test_a_household_word_before_an_email_is_not_the_address(redactor):
    result = heard(redactor, None, "Email for the family Patni family at hotmail.co.uk The house was warm.")
    assert is_kept(result, "the family")
    assert is_redacted(result, "Patni family at hotmail.co.uk")


# -- names without their cue and kinship words ------------------------------------------------------------------
def test_a_name_run_into_the_cue_after_it_ends_before_the_cue(redactor):
    context = {"child": {"name": "Lachlan Baird"}, "worker": "Isla Drummond"}
    result = heard(redactor, context, "Mum Kirsty gave their Isla Number is for Sugar, C4 Charlie, 5512, 60, B and left.")
    assert is_redacted(result, "Isla")
    assert is_kept(result, "Number")
    assert is_redacted(result, "Kirsty")


def test_a_name_glued_to_a_cue_by_a_hyphen_is_redacted_without_it(redactor):
    result = heard(redactor, None, "Mam Chidinma can be called on 0741 2338 061 Amara-NHS number is 619-002-7341.")
    assert is_redacted(result, "Amara")
    assert is_kept(result, "NHS number is")


def test_a_kinship_word_the_recogniser_capitalised_is_no_name(redactor):
    result = heard(redactor, None, "Peony is not allowed unsupervised contact, and Mums understands why.")
    assert is_kept(result, "Mums")


def test_the_initials_of_a_birth_cue_are_no_name(redactor):
    result = heard(redactor, None, "Mum Chantelle, D.O. B. 23 May 1990, National Insurance R, 4-1, 6-2.")
    assert is_kept(result, "D.O")
    assert is_redacted(result, "23 May 1990")
    assert is_redacted(result, "Chantelle")


def test_a_case_name_that_is_a_kinship_word_stays_a_name(redactor):
    context = {"child": {"name": "Ruby Nana"}}
    result = heard(redactor, context, "Ruby Nana said she was fine.")
    assert is_redacted(result, "Ruby Nana")


def test_a_name_that_is_a_name_stays_whole(redactor):
    result = heard(redactor, None, "Her friend Jordan Henderson came to the door.")
    assert is_redacted(result, "Jordan Henderson")


# -- a value cut at the next identifier's cue -------------------------------------------------------------------
def test_a_number_run_on_through_a_birth_cue_leaves_the_cue_and_keeps_both_sides(redactor):
    result = heard(redactor, {"child": {"name": "Alfie Lumley"}},
                   "Seen at home. Alfie in date of birth in O4, O4, 2000, and his NHS number is 3-8-4.")
    assert is_kept(result, "date of birth")
    assert is_redacted(result, "O4, O4, 2000")


def test_an_nhs_number_run_on_into_a_parents_birth_date_keeps_both_numbers(redactor):
    result = heard(redactor, None, "NHS Ambrated for 7 Trebleau, 215 Mums date on 1st, 20, 12, 95 Air National Insurance.")
    assert is_redacted(result, "7 Trebleau, 215")
    assert is_redacted(result, "1st, 20, 12, 95")
    assert is_kept(result, "Mums date")


# -- the family's town after a street, and as a school's first word ---------------------------------------------
def test_the_town_heard_with_a_street_word_after_the_street_is_the_town(redactor):
    context = {"child": {"name": "Alfie Lumley"}, "address": "9 Front Street, Chester-le-Street DH3 3BH"}
    result = heard(redactor, context, "Visit to Front Street, Chesterless Street, D.H. 3, 3 B.H. today.")
    assert is_redacted(result, "Front Street")
    assert is_kept(result, "Chesterless Street")
    assert is_redacted(result, "D.H. 3, 3 B.H")


def test_the_town_with_a_street_word_after_a_numbered_street_is_the_town_and_another_street_stays_redacted(redactor):
    context = {"child": {"name": "Loveday Trethewey"}, "address": "63 Tregolls Road, Truro TR1 1XQ"}
    result = heard(redactor, context, "She stays with mum at 63 Regal Road, Truro Road, and at 12 Mill Lane too.")
    assert is_redacted(result, "63 Regal Road")
    assert is_kept(result, "Truro Road")
    assert is_redacted(result, "12 Mill Lane")


def test_a_street_after_a_street_that_is_not_the_town_stays_redacted(redactor):
    context = {"child": {"name": "Loveday Trethewey"}, "address": "63 Tregolls Road, Truro TR1 1XQ"}
    result = heard(redactor, context, "She stays with mum at 63 Regal Road, Mill Lane most weekends.")
    assert is_redacted(result, "Mill Lane")


def test_a_schools_first_word_that_is_the_familys_town_alone_is_the_town(redactor):
    context = {"child": {"name": "Ottavia Dallimore"}, "address": "17 Corve Street, Ludlow SY8 1QW",
               "school": "Ludlow Junior School"}
    result = heard(redactor, context, "Home visit 17 Corve Street, Ludlow, S.Y.8 and she goes to Ludlow Junior now.")
    assert is_kept(result, "Ludlow,")
    assert is_redacted(result, "S.Y.8")  # the family's outward code heard exactly (round twenty-one)
    assert is_redacted(result, "Ludlow Junior")


def test_a_schools_first_word_that_is_the_familys_town_alone_is_the_town_in_typed_text_too(redactor):
    context = parse_context({"child": {"name": "Ottavia Dallimore"}, "address": "17 Corve Street, Ludlow SY8 1QW",
                             "school": "Ludlow Junior School"})
    text = "Home visit, 17 Corve Street, Ludlow. Ottavia goes to Ludlow Junior School."
    result = redact_text(text, context, redactor)
    assert "Ludlow." in result.redacted_text
    assert is_redacted(result, "Ludlow Junior School")


# -- leak doors: "treble" heard as another word, a day heard as a small word -------------------------------------
def test_a_word_sounding_near_treble_between_digits_keeps_a_number_whole(redactor):
    result = heard(redactor, None, "Her dad said there's more mile B-078-45, Tremel 6, O-I-N-2. Next we talked.")
    assert is_redacted(result, "B-078-45, Tremel 6, O-I-N-2")
    assert is_kept(result, "Next we talked")


def test_scores_and_a_total_stay(redactor):
    result = heard(redactor, None, "The scores were 45, 62, total 107 points, table 3, 4 in the hall.")
    assert covered(result) == set()


def test_a_day_heard_as_a_small_word_before_a_month_and_an_adults_year_is_a_date_of_birth(redactor):
    result = heard(redactor, None, "Dragomir gained his heart for 7, 1980, and his entire number.")
    assert found(result, "DATE_OF_BIRTH") == ["for 7, 1980"]
    assert is_kept(result, "heart")


def test_a_small_word_before_a_number_and_a_recent_year_stays(redactor):
    result = heard(redactor, None, "She waited for 7, 2024 was the year she moved, and for 13, 1990 is no date.")
    assert found(result, "DATE_OF_BIRTH") == []


# -- leak doors: case names the recogniser wrote as words, beside what names them ---------------------------------
_HONOR = {"child": {"name": "Cosima Fothergill"}, "people": [{"name": "Honor Fothergill", "role": "mother"}]}


def test_a_case_name_written_as_the_word_it_sounds_like_after_a_kinship_word_is_the_name(redactor):
    result = heard(redactor, _HONOR, "Cosima was at home with mam Honour and her brother.")
    assert is_redacted(result, "Honour")
    assert is_kept(result, "mam")


def test_the_word_a_case_name_sounds_like_elsewhere_stays_a_word(redactor):
    result = heard(redactor, _HONOR, "It was an honour to meet them, and her Honour the judge agreed.")
    assert is_kept(result, "honour")
    assert is_kept(result, "Honour the judge")


def test_a_surname_cut_short_after_its_first_name_is_the_surname(redactor):
    context = {"child": {"name": "Gwinear Jardine"}, "worker": "Edgiva Letheby"}
    result = heard(redactor, context, "Edgiva Lethe Vedic Tating, Visit To Noin Bridge Street.")
    assert is_redacted(result, "Edgiva Lethe")


def test_a_word_after_a_case_first_name_that_no_surname_starts_with_stays(redactor):
    context = {"child": {"name": "Gwinear Jardine"}, "worker": "Edgiva Letheby"}
    result = heard(redactor, context, "Edgiva Visited the school on Monday.")
    assert is_kept(result, "Visited the school")


def test_a_day_run_into_an_adults_year_with_a_dot_is_a_date_of_birth(redactor):
    result = heard(redactor, None, "Dad Fitzwilliam Oduya, 3.1996, phone plus 4.47904, 1.12, 3.36 today.")
    assert found(result, "DATE_OF_BIRTH") == ["3.1996"]


def test_decimals_ranges_and_recent_years_with_a_dot_or_hyphen_stay(redactor):
    result = heard(redactor, None, "The score was 3.2020 and the years 1990-2001 and 12-2024 were hard, version 2.1999.1 too.")
    assert covered(result) == set()


def test_a_case_name_that_is_a_word_starting_a_sentence_before_its_heard_birth_cue_is_the_name(redactor):
    context = {"child": {"name": "River Tulip", "dob": "2019-06-21"}}
    result = heard(redactor, context, "She walks by the river. River state of birth, 21 June 2019. River number is 07700 900461.")
    assert found(result, "PERSON") == ["River", "River"]
    assert is_kept(result, "the river")


def test_a_case_name_that_is_a_word_starting_a_sentence_before_another_word_stays_a_word(redactor):
    context = {"child": {"name": "River Tulip"}}
    result = heard(redactor, context, "River banks are high this year.")
    assert covered(result) == set()
