"""Round eleven (issue 19, clean text): local services named without a kind in their name, and the national
bodies and public places that stay. Every sentence was written for this test as a practitioner would dictate it;
none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import assert_kept as _assert_kept, assert_redacted as _assert_redacted, covered as _covered


# a capitalised name and then, in lower case, the kind of service it is
SERVICE_AFTER_NAME = [
    ("They spent two nights at Safe Harbour refuge.", "Safe Harbour"),
    ("She's been referred to Bright Minds counselling.", "Bright Minds"),
    ("He goes to Kingfisher holiday club in the summer.", "Kingfisher"),
    ("She spends evenings at Oakdale adventure playground.", "Oakdale"),
    ("They get food from the Lighthouse community pantry.", "Lighthouse"),
    ("He loves Jungle Jims soft play.", "Jungle Jims"),
]


@pytest.mark.parametrize("text,name", SERVICE_AFTER_NAME)
def test_service_kind_after_a_name_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


# a name, then (after a comma) what kind of service it is; "the ..." only after a preposition
APPOSITION = [
    ("Mum gets support from Starfish, the local domestic abuse service.", "Starfish"),
    ("He attends the Beacon, an alternative provision.", "Beacon"),
    ("Mum is helped by Open Door, a local drop-in.", "Open Door"),
]


@pytest.mark.parametrize("text,name", APPOSITION)
def test_service_named_then_described_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


CASED_KINDS = [
    ("He does karate at Shinobi Dojo.", "Shinobi Dojo"),
    ("Grandad is in Elmwood Care Home.", "Elmwood Care Home"),
]


@pytest.mark.parametrize("text,name", CASED_KINDS)
def test_dojos_and_care_homes_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


# generic words before a service kind name no one place
GENERIC_SERVICES_KEPT = [
    ("She went to the Easter holiday club at school.", "Easter holiday club"),
    ("Overall, the service has been helpful.", "Overall"),
    ("Weekly support group on Mondays.", "Weekly"),
    ("Mum's refuge place is safe.", "Mum's refuge"),
]


@pytest.mark.parametrize("text,words", GENERIC_SERVICES_KEPT)
def test_generic_services_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# national services and the national helplines and charities a family is signposted to
NATIONAL_BODIES = [
    ("She signs on at Jobcentre Plus.", "Jobcentre Plus"),
    ("The Cafcass officer will write a report.", "Cafcass"),
    ("Referred to Winston's Wish for bereavement support.", "Winston's Wish"),
    ("He was reported to Missing People.", "Missing People"),
    ("Mum called Parentline Scotland.", "Parentline Scotland"),
    ("She was given the Talk to Frank website.", "Talk to Frank"),
]


@pytest.mark.parametrize("text,words", NATIONAL_BODIES)
def test_national_bodies_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# public places named by the words their operators end them with
PUBLIC_PLACES = [
    ("They met at Princes Quay on Saturday.", "Princes Quay"),
]


@pytest.mark.parametrize("text,words", PUBLIC_PLACES)
def test_public_places_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# a local organisation said with what marks it as one: its kind in brackets, a junior side's age group, a numbered
# Scout or Guide group, a plural verb ("who run"), a weekly pattern, a worker who "is from" it
MARKED_ORGANISATIONS = [
    ("The family go to St Aldric's (Catholic church) on Sundays.", "St Aldric's"),
    ("Little Puffins (nursery) say she is settled.", "Little Puffins"),
    ("She goes to Wrenfield Girls U12s.", "Wrenfield Girls"),
    ("He plays in goal for the Ashgate Vale under 11s.", "Ashgate Vale"),
    ("He is a Cub at 2nd Hollybank.", "2nd Hollybank"),
    ("Her sister is in the 14th Alnmouth group.", "14th Alnmouth"),
    ("Mum gets help from Pathfinders, who run a parenting course.", "Pathfinders"),
    ("She is at Treetops every morning.", "Treetops"),
    ("She goes to Little Puffins three mornings a week.", "Little Puffins"),
    ("Mum's counsellor is from Tender Shoots.", "Tender Shoots"),
]


@pytest.mark.parametrize("text,name", MARKED_ORGANISATIONS)
def test_marked_local_organisations_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


MARKED_GUARDS = [
    ("Review on the 22nd Jun.", "22nd Jun"),
    ("He came 2nd Place in the race.", "2nd Place"),
    ("Her weight is just under the 25th Centil now.", "25th Centil"),  # no section near: a chart, as heard
    ("He goes to Breakfast Club every morning.", "Breakfast Club"),
    ("The Year 7 under 12s team won.", "Year 7"),
    ("Nan (maternal grandmother) came.", "Nan"),
    ("Dad drives for Royal Mail.", "Royal Mail"),
    ("Mum has a job at the Co-op.", "Co-op"),
]


@pytest.mark.parametrize("text,words", MARKED_GUARDS)
def test_dates_generic_words_and_national_employers_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


_PAD = " and then we talked about how things have been at home this week and what the plan is for the next few weeks"


# all-lower-case dictation: the service kinds after their name, and a saint's church or school after going to it
@pytest.mark.parametrize("text,name", [
    ("he goes to little rascals holiday club in the summer", "little rascals holiday club"),
    ("she goes to the youth club at st marys on tuesdays", "st marys"),
])
def test_lower_case_services_and_saints_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text + _PAD, name)


@pytest.mark.parametrize("text,words", [
    ("they went to st james park to watch the match", "st james park"),
    ("we walked to st helens town centre", "st helens"),
    ("she stayed at a refuge for two nights", "refuge"),
    ("he goes to the holiday club in the summer", "holiday club"),
])
def test_lower_case_saint_places_and_generic_services_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text + _PAD, words)


# a public place named by what one does there: where one shops, or a name said to be a shopping centre
@pytest.mark.parametrize("text,words", [
    ("They went shopping at St Nicholas on Saturday.", "St Nicholas"),
    ("She hangs round St John's, the shopping centre, after school.", "St John's"),
    ("Mum went shopping in Grace Gardens.", "Grace Gardens"),
    ("Kids were at St George's shopping centre Sat.", "St George's"),
    ("They go shopping at Hollis Vale most weeks.", "Hollis Vale"),
])
def test_places_one_shops_at_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


@pytest.mark.parametrize("text,name", [
    ("Kyle, the shopping centre security guard, rang.", "Kyle"),
    ("They went shopping at Kyle's mum's house.", "Kyle"),
    ("She goes shopping with Kyle Smith.", "Kyle Smith"),
])
def test_people_beside_shopping_words_still_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


# the kind said first and the name straight after: "a charity called X", "the charity X", "a local organisation, X,"
@pytest.mark.parametrize("text,name", [
    ("She got help from the charity Open Arms.", "Open Arms"),
    ("The family were supported by a local organisation, Kindred Hearts, last year.", "Kindred Hearts"),
])
def test_kind_then_name_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("text,words", [
    ("Mum rang the charity Mind.", "Mind"),
    ("He went to a service called CAMHS.", "CAMHS"),
])
def test_kind_then_national_name_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


WORD_NAMES_CASE = {
    "child": {"name": "Robin Farrant", "dob": "2015-01-01"},
    "people": [{"name": "Willow Farrant", "role": "mother"}, {"name": "Jasper Pybus", "role": "grandfather"},
               {"name": "Amber Farrant", "role": "sister"}],
    "address": "3 Oak Row, Leeds LS1 9ZZ", "school": "Moorfield Primary School", "worker": "Dana Whitlow",
}


# cased text: a case name written small after an article or possessive and one describing word is that word
@pytest.mark.parametrize("text,words", [
    ("They have a weeping willow in the garden.", "willow"),
    ("Nan gave her a green jasper stone.", "jasper"),
])
def test_case_name_as_a_described_word_kept(redactor, text, words):
    from transcribe.context import parse_context

    _assert_kept(redactor, parse_context(WORD_NAMES_CASE), text, words)


@pytest.mark.parametrize("text,name", [
    ("Her friend willow came round.", "willow"),
    ("Her little sister amber was asleep.", "amber"),
    ("Seen with her mum willow at home.", "willow"),
])
def test_case_name_after_a_word_for_a_person_redacted(redactor, text, name):
    from transcribe.context import parse_context

    _assert_redacted(redactor, parse_context(WORD_NAMES_CASE), text, name)


# a place named by its own people after it ("Little Acorns staff said"); a team named by what it does stays
@pytest.mark.parametrize("text,name", [
    ("Little Acorns staff said she is settled.", "Little Acorns"),
    ("Rainbow Corner workers noticed bruising.", "Rainbow Corner"),
    ("Mum said the Brightside volunteers were kind.", "Brightside"),
])
def test_place_named_by_its_staff_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("text,words", [
    ("The Health Visiting team will visit.", "Health Visiting"),
    ("Leaving Care staff will help.", "Leaving Care"),
    ("The Family Intervention workers came.", "Family Intervention"),
    ("Edge of Care workers visit weekly.", "Edge of Care"),
    ("School staff are worried.", "School"),
])
def test_teams_named_by_what_they_do_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


def test_district_general_hospital_after_a_cue_kept(redactor, empty_case):
    _assert_kept(redactor, empty_case, "He was seen at Airedale General on Monday.", "Airedale General")


# terse notes: more labels for what a child attends, a side with its section after a label, a bare "group" or "cafe"
@pytest.mark.parametrize("text,name", [
    ("- Attends: Little Puffins (Mon/Wed).", "Little Puffins"),
    ("- Respite: Sunnybank, 1 wkend/month.", "Sunnybank"),
    ("* Club - Ashvale Girls, Sat am.", "Ashvale Girls"),
    ("- Mum at Sure Steps group Tues.", "Sure Steps"),
    ("Mum volunteers at Second Helpings cafe.", "Second Helpings"),
])
def test_terse_labels_and_bare_kinds_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("text,words", [
    ("Mum goes to the Polish group on Tuesdays.", "Polish"),
    ("He enjoys Reading group.", "Reading"),
    ("She joined a WhatsApp group.", "WhatsApp"),
])
def test_bare_group_after_one_english_word_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


def test_an_acronym_before_a_service_kind_is_a_kind_of_therapy(redactor, empty_case):
    _assert_kept(redactor, empty_case, "She is on the waiting list for the DBT group.", "DBT")


def test_a_possessive_before_a_service_kind_is_whose_it_is(redactor, case):
    result = redact_text("Kayleigh’s café was busy, and Darren's group met.", case, redactor)
    assert "café" in result.redacted_text and "group" in result.redacted_text


# one capitalised word after "the" and before a weekly day: a place known by its own name
@pytest.mark.parametrize("text,name", [
    ("Mum goes to the Bridge on Tuesdays.", "Bridge"),
    ("He is at the Haven every Thursday.", "Haven"),
])
def test_place_known_by_one_word_weekly_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("text,words", [
    ("Mum goes to the Hub on Mondays.", "Hub"),
    ("They go to the Library every Saturday.", "Library"),
    ("He plays at the Rec on Saturdays.", "Rec"),
])
def test_kind_or_public_word_weekly_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# read off casework-fresh6's one scoring run (development, fresh6 no longer held out for it): the kind said in lower
# case after the name is left in the text, a capitalised "The" goes with the name
def test_service_name_redacted_without_its_lower_case_kind(redactor, empty_case):
    text = "Goes to The Wayfarer adventure playground after school."
    _assert_redacted(redactor, empty_case, text, "The Wayfarer")
    _assert_kept(redactor, empty_case, text, "adventure playground")


# development, after fresh6's scoring run (its "HMP Stoke Heath" and "St Mary's Hospital" were redacted): a prison as
# HM Prison and Probation Service names it, and a saint's name before a public place's kind
@pytest.mark.parametrize("text,words", [
    ("He is in HMYOI Cookham Wood.", "Cookham Wood"),
    ("Seen at St Luke's Hospital on Friday.", "St Luke's Hospital"),
])
def test_prisons_and_saints_public_places_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


def test_a_saints_church_is_still_a_local_place(redactor, empty_case):
    _assert_redacted(redactor, empty_case, "The family go to St Kenelm's Church.", "St Kenelm's")
