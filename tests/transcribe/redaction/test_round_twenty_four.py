"""Round twenty-four. In a transcript: the numbers of a postcode the recogniser wrote as ordinals after a street
("48 Murray Street, 10th, 26th, 8th, 8b"), while an ordinal before a month or "of" stays the visit's date; an email's
"at" glued to its domain after a name part read out with its joins ("... underscore, and titoo, atyahoo.co.uk"); a
date of birth given by its festival ("birthday's Halloween"); an inward code written whole after its district's
number ("Archie 2, 7NF"); a letter spelt after letters read out with dots ("P.X.E Bravo") or with its own letter and
link heard as words ("double U.S. in whiskey"); an outward code alone after a street ("LS8"); a letter spelt after an
NI number a cue's reader found; a value read out in the spelling alphabet ("November 180, I'm Romeo Papar"); a
nickname given after it ("Yusuf, Bablu, they call him"). In clean text and transcripts alike: a through-route named by
its kind is a public place ("Darlington Ring Road"); times of day are no identifier ("10.00-11.15", "3.30pm"); "biji"
is a grandmother; a group held at a community building ("Busy Bodies at the children's centre"); baby banks, child
development centres, and places of worship named by their kind first ("Masjid Al-Furqan"). Keeps beside each. The
sentences are written for the rules, in the shapes recognisers and writers give, not copied from a note.
"""

from __future__ import annotations

import pytest

from transcribe.redaction.redactor import check_context

from .conftest import found, heard, is_kept, is_redacted

CASE = {"child": {"name": "Tahmid Rahman", "dob": "2019-09-07"},
        "people": [{"name": "Rokeya Begum", "role": "mother"}, {"name": "Jodie Wall", "role": "aunt"}]}


@pytest.mark.parametrize("sentence, postcode", [
    ("Still at 48 Murray Street, 10th, 26th, 8th, 8b, mam was in.", "10th, 26th, 8th, 8b"),
    ("They live at 12 Oak Road, 3rd, 14th, 5 H, with nana.", "3rd, 14th, 5 H"),
])
def test_a_postcode_heard_as_ordinals_after_an_address(redactor, sentence, postcode):
    result = heard(redactor, CASE, sentence)
    assert is_redacted(result, postcode)
    assert is_kept(result, "mam was in") if "mam" in sentence else is_kept(result, "with nana")


@pytest.mark.parametrize("sentence, date", [
    ("Visit at 6 Brightman Road, Felling, 23rd, November, mam was in.", "23rd, November"),
    ("Seen at 14 Elm Street, 3rd of May, with mam.", "3rd of May"),
])
def test_a_visit_date_after_an_address_stays(redactor, sentence, date):
    assert is_kept(heard(redactor, CASE, sentence), date)


def test_an_at_glued_to_the_domain_after_joins_said(redactor):
    result = heard(redactor, CASE, "Her email, mam Jodie, underscore, wall, underscore, and titoo, atyahoo.co.uk Safety goal next.")
    assert is_redacted(result, "Jodie, underscore, wall, underscore, and titoo, atyahoo.co.uk")
    assert is_kept(result, "Safety goal next")


def test_a_word_glued_to_a_domain_with_no_joins_said_is_no_address(redactor):
    # no join said before it: "atlas.com" is a site's name, not an address read out
    assert is_kept(heard(redactor, CASE, "He was on about the game at atlas.com all night."), "atlas.com")


def test_the_words_from_the_first_join_to_the_at_are_the_name_part(redactor):
    result = heard(redactor, CASE, "Mam's is kerry, underscore, hart, and nineteen, at gmail dot com, she checks it.")
    assert is_redacted(result, "kerry, underscore, hart, and nineteen, at gmail dot com")
    assert is_kept(result, "she checks it")


@pytest.mark.parametrize("sentence, road", [
    ("We drove round the Darlington Ring Road to get there.", "Darlington Ring Road"),
    ("Traffic on the Tees Relief Road made me late.", "Tees Relief Road"),
])
def test_a_through_route_named_by_its_kind_is_a_public_place(redactor, sentence, road):
    assert is_kept(heard(redactor, {}, sentence), road)


def test_a_numbered_home_on_a_ring_road_is_still_an_address(redactor):
    assert is_redacted(heard(redactor, {}, "She moved to 14 Ring Road last month."), "14 Ring Road")


@pytest.mark.parametrize("sentence, festival", [
    ("Courtney's 15, birthday's Halloween, she wants a party.", "Halloween"),
    ("He was born on Christmas Day, so presents are doubled up.", "Christmas Day"),
    ("Her birthday is on Bonfire Night, she said.", "Bonfire Night"),
])
def test_a_birth_on_a_festival_is_the_date_of_birth(redactor, sentence, festival):
    assert found(heard(redactor, {}, sentence), "DATE_OF_BIRTH") == [festival]


def test_a_festival_named_before_the_date_of_birth_is_the_dates(redactor):
    result = heard(redactor, {}, "Courtney's 15, birthday's Halloween, 31 October 2011. She lives with mam.")
    assert found(result, "DATE_OF_BIRTH") == ["Halloween, 31 October 2011"]


def test_a_visit_on_a_festival_stays(redactor):
    assert is_kept(heard(redactor, {}, "We will visit again on Christmas Eve to drop presents."), "Christmas Eve")


def test_an_inward_code_written_whole_after_its_districts_number(redactor):
    result = heard(redactor, {}, "She lives with mam, at Imogen Lacey, Archie 2, 7NF reported missing Friday.")
    assert is_redacted(result, "2, 7NF")
    assert is_kept(result, "reported missing Friday")


@pytest.mark.parametrize("sentence, kept", [
    ("Picked up at 2, 3PM from school.", "2, 3PM"),  # M is never an inward code's letter
    ("He's in year 9, form 9RH at school.", "9RH"),  # no number said just before it
])
def test_no_inward_code_without_its_shape_and_number(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


def test_a_letter_spelt_after_letters_read_out_with_dots(redactor):
    # the recogniser's dots between letters read out are no full stop before the spelt letter
    result = heard(redactor, {}, "Her postcode, Charlie Alpha-14, P.X.E Bravo, and a new mobile.")
    assert is_redacted(result, "Charlie Alpha-14, P.X.E Bravo")
    assert is_kept(result, "and a new mobile")


@pytest.mark.parametrize("sentence, times", [
    ("Home visit, 23 Ravensdowne Walk, NE28 9RT, 10.00-11.15. Mam tired.", "10.00-11.15"),
    ("Joint visit with the nurse, home, Flat 2, 61 Brindley Grove, 3.30pm. Mam tired.", "3.30pm"),
    ("Contact runs 9:30 to 10:45 on Saturdays.", "9:30 to 10:45"),
])
def test_times_of_day_are_no_identifier(redactor, sentence, times):
    assert is_kept(redactor.redact(sentence, check_context({})), times)
    assert is_kept(heard(redactor, {}, sentence), times)


def test_a_phone_written_with_dots_is_still_a_phone(redactor):
    assert is_redacted(redactor.redact("Her mobile is 0191.498.0712 now.", check_context({})), "0191.498.0712")


def test_biji_is_a_grandmother_not_a_name(redactor):
    result = redactor.redact("At home were mum, Manjit, and Biji, dad's mum, and dad came in later.",
                             check_context({"child": {"name": "Guddu Singh"}}))
    assert is_kept(result, "Biji")


@pytest.mark.parametrize("sentence, name", [
    ("Mum takes both children to Busy Bodies at the children's centre on a Monday.", "Busy Bodies"),
    ("He goes to Messy Church at the church hall after school.", "Messy Church"),
])
def test_a_group_held_at_a_community_building(redactor, sentence, name):
    assert is_redacted(redactor.redact(sentence, check_context({})), name)


@pytest.mark.parametrize("sentence, kept", [
    ("She goes to Zumba at the leisure centre.", "Zumba"),  # one word: as often an activity
    ("We met at Gateshead at the community centre.", "Gateshead"),
    ("He goes to Scouts at the church hall.", "Scouts"),
])
def test_no_group_held_at_a_venue_without_a_name(redactor, sentence, kept):
    assert is_kept(redactor.redact(sentence, check_context({})), kept)


@pytest.mark.parametrize("sentence, name", [
    ("Seen by the paediatrician at Kestrel Lodge CDC last week.", "Kestrel Lodge CDC"),
    ("She was seen at Hillcrest Child Development Centre last week.", "Hillcrest Child Development Centre"),
    ("They've had nappies from Little Bundles baby bank and a parcel.", "Little Bundles baby bank"),
    ("They've had nappies from the Little Bundles Baby Bank this month.", "Little Bundles Baby Bank"),
])
def test_baby_banks_and_child_development_centres(redactor, sentence, name):
    assert is_redacted(redactor.redact(sentence, check_context({})), name)


@pytest.mark.parametrize("sentence, kept", [
    ("Nappies from the baby bank again.", "baby bank"),
    ("The CDC said no.", "CDC"),
])
def test_a_kind_alone_names_no_place(redactor, sentence, kept):
    assert is_kept(redactor.redact(sentence, check_context({})), kept)


@pytest.mark.parametrize("sentence, outward", [
    ("Still at 58 Thornlea Terrace, LS8, no, scratch that, she moved.", "LS8"),
    ("She lives at 12 Oak Road, NE6 now.", "NE6"),
    ("They moved to 3 Hill View, B12 last year.", "B12"),
])
def test_an_outward_code_alone_after_a_street(redactor, sentence, outward):
    assert is_redacted(heard(redactor, {}, sentence), outward)


def test_a_letter_spelt_after_an_ni_number_a_cue_introduced(redactor):
    result = heard(redactor, {}, "Right, there's national insurance, QQ2691, no, sorry, at his mum's on the board "
                                 "form, there's QQ88412, before delta, mobile next.")
    assert is_redacted(result, "QQ88412, before delta")
    assert is_kept(result, "mobile next")


@pytest.mark.parametrize("sentence, nickname", [
    ("Mam Katarzyna, who's Kasia to everybody, was in with the baby.", "Kasia"),
    ("She gets her brother Yusuf, Bablu, they call him, onto the bus.", "Bablu"),
    ("Her brother, Sprout, everyone calls him, was asleep.", "Sprout"),
])
def test_a_nickname_given_after_it(redactor, sentence, nickname):
    assert is_redacted(heard(redactor, {}, sentence), nickname)


@pytest.mark.parametrize("sentence, kept", [
    ("He said Nana, they call her, was cross.", "Nana"),
    ("Mum Sam, who's Mum to everybody, came.", "who's Mum"),
])
def test_a_family_word_given_so_stays(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


@pytest.mark.parametrize("sentence, name", [
    ("They go to Masjid Al-Furqan on Fridays.", "Masjid Al-Furqan"),
    ("Dad goes to Gurdwara Sri Guru Nanak every Sunday.", "Gurdwara Sri Guru Nanak"),
])
def test_a_place_of_worship_named_by_its_kind_first(redactor, sentence, name):
    assert is_redacted(redactor.redact(sentence, check_context({})), name)


@pytest.mark.parametrize("sentence, kept", [
    ("He goes to the Masjid on Fridays.", "Masjid"),
    ("he goes to masjid with dad.", "masjid"),
])
def test_the_kind_of_a_place_of_worship_alone_stays(redactor, sentence, kept):
    assert is_kept(redactor.redact(sentence, check_context({})), kept)


def test_a_name_before_a_food_bank_voucher_is_who_was_given_it(redactor):
    result = heard(redactor, {}, "I gave Mam Morwenna food bank vouchers, and talked about the bills.")
    assert is_kept(result, "food bank vouchers")


def test_a_spelling_said_with_its_letter_and_link_after_a_postcode(redactor):
    # "W as in whisky" heard "double U.S. in whiskey": the letter's name and the link are the spelling's own words
    result = heard(redactor, {}, "Home 63 Hollin Bank Street, BB1, 6, E.M. Echo, double U.S. in whiskey, in Blackburn.")
    assert is_redacted(result, "BB1, 6, E.M. Echo, double U.S. in whiskey")
    assert is_kept(result, "in Blackburn")


def test_a_spelling_word_in_the_next_sentence_is_not_the_postcodes(redactor):
    assert is_kept(heard(redactor, {}, "Her postcode is NE4 5TH. I went in Bravo style."), "Bravo style")


@pytest.mark.parametrize("sentence, spelt", [
    ("Over in Felling, at November 180, I'm Romeo Papar. Mum was in.", "November 180, I'm Romeo Papar"),
    ("Then she said it again, Sierra 9, 8 Quibek Tango, and mam let me in.", "Sierra 9, 8 Quibek Tango"),
    ("Visit to Hodan, surname Whisky Alpha Romeo Sierra Alpha Mike Echo, at home.", "Whisky Alpha Romeo Sierra Alpha Mike Echo"),
])
def test_a_value_read_out_in_the_spelling_alphabet(redactor, sentence, spelt):
    assert is_redacted(heard(redactor, {}, sentence), spelt)


@pytest.mark.parametrize("sentence, kept", [
    ("We met on the 4th of November, 2 weeks ago, and again in December.", "November, 2 weeks"),
    ("Charlie, Mike and Oscar went to the golf club 3 times.", "golf club 3 times"),
])
def test_spelling_words_apart_spell_nothing(redactor, sentence, kept):
    assert is_kept(heard(redactor, {}, sentence), kept)


SCHOOL_CASE = {"child": {"name": "Tia Ward"}, "school": "Our Lady of the Tyne Catholic Primary School"}


@pytest.mark.parametrize("sentence", [
    "She's at Our Lady of the Tyne Catholic Primary, year 3, doing well.",
    "She's at our Lady of the Tyne Catholic Primary, year 3, doing well.",  # its first word as a recogniser writes it
    "She's at Our Lady of the Tyne, year 3, doing well.",
])
def test_the_case_school_by_its_name_with_the_small_words_inside_it(redactor, sentence):
    result = heard(redactor, SCHOOL_CASE, sentence)
    assert is_redacted(result, sentence.split("at ", 1)[1].split(",")[0])


@pytest.mark.parametrize("sentence, name", [
    ("The people she trusts are Kiran, the youth worker who runs the girls' group.", "Kiran"),
    ("She stays with her masi, Rani, in Bradford at weekends.", "Rani"),
])
def test_a_name_beside_its_role_after_the_or_a_family_word_of_another_language(redactor, sentence, name):
    assert is_redacted(redactor.redact(sentence, check_context({})), name)


@pytest.mark.parametrize("sentence, kept", [
    ("Hope, the teacher said, is what keeps her going.", "Hope"),
    ("Later, the social worker came back.", "Later"),
])
def test_a_word_before_an_aside_with_a_role_stays(redactor, sentence, kept):
    assert is_kept(redactor.redact(sentence, check_context({})), kept)


@pytest.mark.parametrize("sentence, name, kept", [
    ("They've had a parcel from the food bank at Abbey Road Methodist this week.", "Abbey Road Methodist", "food bank"),
    ("Mum goes to Gateshead URC on Sundays.", "Gateshead URC", "Sundays"),
])
def test_a_church_by_its_denomination_after_its_place(redactor, sentence, name, kept):
    result = redactor.redact(sentence, check_context({}))
    assert is_redacted(result, name)
    assert is_kept(result, kept)


def test_a_denomination_said_of_a_family_stays(redactor):
    assert is_kept(redactor.redact("The family are Methodist and go every Sunday.", check_context({})), "Methodist")


def test_a_heading_before_the_and_a_role_is_no_name(redactor):
    # "Worries, the neighbour ...": a spoken heading, an English word inflected
    result = heard(redactor, {}, "He showed me his bedroom. Worries, the neighbour rang to say she heard shouting.")
    assert is_kept(result, "Worries")


@pytest.mark.parametrize("sentence, initials", [
    ("OT MR assessed on the 10th: stairlift as interim.", "MR"),
    ("HV LM joined for the first half.", "LM"),
    ("DSN PK rang me on Monday.", "PK"),
])
def test_initials_after_a_roles_abbreviation(redactor, sentence, initials):
    assert is_redacted(redactor.redact(sentence, check_context({})), initials)


def test_two_roles_side_by_side_are_no_one(redactor):
    result = redactor.redact("The SW HV visit was moved.", check_context({}))
    assert is_kept(result, "SW HV")


def test_a_group_a_terse_note_names_before_its_day_and_time_of_day(redactor):
    result = redactor.redact("Martin goes to Shed Talk Thurs nights when Faith can sit.", check_context({}))
    assert is_redacted(result, "Shed Talk")
    assert is_kept(result, "Thurs nights")


@pytest.mark.parametrize("sentence, number", [
    ("And for more My Law 777, double law, I'm double law, 205. Brunt wants the paperwork.", "777, double law, I'm double law, 205"),
    ("Her mobile's 477 double law, 9 double law, 952, and that's it.", "477 double law, 9 double law, 952"),
])
def test_double_oh_heard_with_the_repeats_l(redactor, sentence, number):
    assert is_redacted(heard(redactor, {}, sentence), number)


def test_low_after_no_repeat_word_is_a_word(redactor):
    assert is_kept(heard(redactor, {}, "Mood is low, double low really, 3 out of 10."), "Mood is low")


def test_initials_given_in_brackets_after_a_name(redactor):
    result = redactor.redact("Present: Gareth Milburn, social worker (GM); the Virtual School Head (VSH). "
                             "GM to ask the centre for Saturdays. VSH to fund the tutor.", check_context({}))
    assert is_redacted(result, "(GM)".strip("()"))
    assert result.redacted_text.count("GM") == 0
    assert "VSH to fund" in result.redacted_text  # a role's initials follow no name


def test_initials_that_spell_a_word_once_given_are_the_person(redactor):
    case = check_context({"child": {"name": "Kiera Lowe"}, "people": [{"name": "Aisha Mensah", "role": "social worker"}]})
    result = redactor.redact("Present: Aisha Mensah, social worker (AM). AM to review the frequency of family time.", case)
    assert "AM" not in result.redacted_text


@pytest.mark.parametrize("sentence, name", [
    ("Family time is at Greenside Family Time Centre on Saturdays.", "Greenside Family Time Centre"),
    ("She is placed through Northern Lantern Fostering with her carers.", "Northern Lantern Fostering"),
])
def test_contact_centres_and_fostering_agencies(redactor, sentence, name):
    assert is_redacted(redactor.redact(sentence, check_context({})), name)


def test_fostering_as_a_word_stays(redactor):
    assert is_kept(redactor.redact("Fostering is hard work, she said.", check_context({})), "Fostering")


def test_a_meetings_date_after_the_name_it_is_for_stays(redactor):
    result = redactor.redact("Looked After Review for Kiera Maddison, 18 November 2026, at the home; chair the IRO.",
                             check_context({}))
    assert is_kept(result, "18 November 2026")


def test_a_date_after_a_childs_name_in_a_list_is_still_their_birth(redactor):
    result = redactor.redact("The children are Dale Smith, 14 August 2013, and Kwame, 2 August 2024, both at home.",
                             check_context({}))
    assert found(result, "DATE_OF_BIRTH") == ["14 August 2013", "2 August 2024"]


def test_a_role_in_lower_case_is_nobodys_name(redactor):
    case = check_context({"child": {"name": "Leo Pringle"}, "people": [{"name": "Craig Pringle", "role": "father"}]})
    result = redactor.redact("school say leo has been on green and the senco has him on the list, school will keep an "
                             "eye through the senco and craig knows he can ring", case)
    assert "senco" in result.redacted_text and "craig" not in result.redacted_text


# After fresh35 and fresh36 were scored (seen from then): a handle after the network a note names the account on,
# and the national schemes known by a name.
@pytest.mark.parametrize("sentence, handle", [
    ("She showed me messages to his Snapchat, sunnyb0y.x, from accounts she doesn't know.", "sunnyb0y.x"),
    ("He showed me drill videos from an account called ten.toes.tino that name his estate.", "ten.toes.tino"),
    ("She showed mum the Snapchat name he uses, zedd.bandz.", "zedd.bandz"),
])
def test_a_handle_after_its_network(redactor, sentence, handle):
    assert is_redacted(redactor.redact(sentence, check_context({})), handle)


def test_a_network_before_ordinary_numbers_names_no_handle(redactor):
    result = redactor.redact("He is on Snapchat a lot, like 5.30 every night. He plays Xbox 3 hours.", check_context({}))
    assert result.redacted_text == result.text


@pytest.mark.parametrize("sentence, scheme", [
    ("Mum was told about Clare's Law and made an application.", "Clare's Law"),
    ("He wants a Staying Put arrangement, or Staying Close if not.", "Staying Close"),
])
def test_a_national_scheme_known_by_a_name_stays(redactor, sentence, scheme):
    assert is_kept(redactor.redact(sentence, check_context({})), scheme)
