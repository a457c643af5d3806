"""Clean written text by other hands (issue 19, branch clean9): probe sentences written as a practitioner would,
none taken from an evaluation set. Each case failed before the change it names."""

from __future__ import annotations

import pytest

from transcribe.redaction import redact_text

from .conftest import assert_kept as _assert_kept, assert_redacted as _assert_redacted, covered as _covered


# local organisations of kinds the rule did not hold: dental practices, GP partnerships, childcare, centres named
# by who they serve, recovery cafés, food aid other than a food bank, the Boys' Brigade, choirs and bands, firms
LOCAL_KINDS = [
    ("GP is Dr Hamilton and Partners.", "Dr Hamilton and Partners"),
    ("The dentist is Smile Dental Care.", "Smile Dental Care"),
    ("She works for Bright Futures Childminding.", "Bright Futures Childminding"),
    ("Mum goes to the Oaktree Women's Centre.", "Oaktree Women's Centre"),
    ("Dad attends Bridgeway Recovery Café on Mondays.", "Bridgeway Recovery Café"),
    ("Mum volunteers at Kingsway Community Pantry.", "Kingsway Community Pantry"),
    ("They use St Mungo's Community Fridge.", "St Mungo's Community Fridge"),
    ("He is in 12th Aberdeen Boys' Brigade.", "12th Aberdeen Boys' Brigade"),
    ("She sings with Hallfield Girls Choir.", "Hallfield Girls Choir"),
    ("Dad is working at Kirkby Tyres Ltd.", "Kirkby Tyres Ltd"),
]


@pytest.mark.parametrize("text,name", LOCAL_KINDS)
def test_local_organisation_of_more_kinds_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


GENERIC_KINDS = [
    ("Mum goes to the Women's Centre on Mondays.", "Women's Centre"),
    ("At Women's Centre she met a worker.", "Women's Centre"),
    ("They got food from the Community Pantry.", "Community Pantry"),
    ("He joined the Boys' Brigade in September.", "Boys' Brigade"),
    ("She attends Day Care three days a week.", "Day Care"),
]


@pytest.mark.parametrize("text,words", GENERIC_KINDS)
def test_generic_kind_alone_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


# a public place named by its town and a lower-case kind ("bus station", "shopping centre", "hospital")
PUBLIC_LOWER_KIND = [
    ("She was found at Preston bus station.", "Preston bus station"),
    ("She was picked up at Kirkcaldy bus station at midnight.", "Kirkcaldy bus station"),
    ("They went to Stockport shopping centre on Saturday.", "Stockport shopping centre"),
    ("He was taken to Wrexham Maelor hospital with a head injury.", "Wrexham Maelor hospital"),
]


@pytest.mark.parametrize("text,place", PUBLIC_LOWER_KIND)
def test_public_place_with_lower_case_kind_kept(redactor, empty_case, text, place):
    _assert_kept(redactor, empty_case, text, place)


def test_name_before_a_single_kind_that_goes_on_is_still_a_name(redactor, empty_case):
    text = "- Kyle hospital appt Weds, Dean station manager rang."
    _assert_redacted(redactor, empty_case, text, "Kyle")
    _assert_redacted(redactor, empty_case, text, "Dean")


@pytest.mark.parametrize("abbreviation", ["Weds", "Thurs", "Tues", "Sept"])
def test_day_and_month_abbreviations_kept(redactor, empty_case, abbreviation):
    text = f"- Kyle hospital appt {abbreviation}, Amy to school after."
    _assert_kept(redactor, empty_case, text, abbreviation)


# dates of birth as forms and reports write them: ISO dates after the cue, a date in brackets or between commas
# after the person's name, a month and year or a fixed-date festival and year after the cue
BIRTH_DATES = [
    ("Date of birth: 2012-03-05.", "2012-03-05"),
    ("Kyle Smith (05.03.2012) lives with mum.", "05.03.2012"),
    ("Kyle Smith, 05/03/2012, lives with mum.", "05/03/2012"),
    ("Dale (14 August 2013) was seen at home.", "14 August 2013"),
    ("D.O.B: March 2012 (exact date unknown)", "March 2012"),
    ("She was born on Christmas Day 2016.", "Christmas Day 2016"),
    ("She was born in June 2019 in Leeds.", "June 2019"),
]


@pytest.mark.parametrize("text,dob", BIRTH_DATES)
def test_date_of_birth_forms_redacted(redactor, empty_case, text, dob):
    _assert_redacted(redactor, empty_case, text, dob)


EVENT_DATES = [
    ("Core Group (14 August 2024) agreed the plan.", "14 August 2024"),
    ("Minutes of the Review (3 March 2024).", "3 March 2024"),
    ("He was born on 12 March 2012 and moved in March 2020.", "March 2020"),
]


@pytest.mark.parametrize("text,date", EVENT_DATES)
def test_meeting_and_event_dates_kept(redactor, empty_case, text, date):
    _assert_kept(redactor, empty_case, text, date)


# all-lower-case dictation: a listed first name after a verb whose object is a person
LOWER_OBJECTS = [
    ("spoke to tariq on the phone he said nadia is staying at her aunties in bradford for the holidays and will "
     "be back before school starts", "tariq"),
    ("mum gemma said the health visitor yvonne has been out twice and weighed freddie who is putting weight on "
     "well now", "freddie"),
]


@pytest.mark.parametrize("text,name", LOWER_OBJECTS)
def test_lower_case_name_after_a_verb_of_meeting_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


def test_lower_case_word_after_a_verb_of_meeting_kept(redactor, empty_case):
    text = ("we spoke to housing and then i saw summer in the garden she told me about the summer holidays and "
            "asked camhs to ring mum back")
    for word in ("housing", "camhs"):
        _assert_kept(redactor, empty_case, text, word)
    _assert_kept(redactor, empty_case, text, "summer holidays")


# cased text: a case name that is a listed first name and an English word, written small where English grammar
# makes it the word
WORD_NAMES = [
    ({"child": {"name": "Jay Bird", "dob": "2014-01-01"}, "people": [{"name": "Holly Bird", "role": "mother"}]},
     "Jay fed the birds and Holly cut some holly for the door.", "some holly"),
    ({"child": {"name": "Brooke Walker", "dob": "2014-01-01"}, "people": [{"name": "Mason Walker", "role": "father"}]},
     "Mason works as a mason on the new estate.", "a mason"),
    ({"child": {"name": "Skye Gold", "dob": "2014-01-01"}, "people": [{"name": "Crystal Gold", "role": "mother"}]},
     "Crystal said there was crystal meth found in the flat.", "crystal meth"),
]


@pytest.mark.parametrize("context,text,words", WORD_NAMES)
def test_case_name_written_small_as_a_word_kept(redactor, context, text, words):
    from transcribe.context import parse_context

    case = parse_context(context)
    _assert_kept(redactor, case, text, words)
    _assert_redacted(redactor, case, text, text.split()[0])


# all-lower-case dictation: the kinds above said in lower case, and a local branch of Women's Aid
LOWER_KINDS = [
    ("dad is with harbourside medical group and has been signed off work for a month with his back and is not "
     "sleeping well at all", "harbourside medical group"),
    ("she goes to westfield youth cafe on fridays with her friends and the workers there know her well and say she "
     "is doing better", "westfield youth cafe"),
    ("mum goes to the elmfield women's centre for counselling and she says the group there has helped her more "
     "than anything", "elmfield women's centre"),
    ("mum has joined castleton mums group and goes on thursdays with the baby and says she has made some friends "
     "there now", "castleton mums group"),
    ("he is at riverside sixth form doing his a levels and wants to go to university to do law which mum is very "
     "proud of him for", "riverside sixth form"),
    ("they get a parcel every week from northgate community pantry and mum says it has made a big difference to "
     "the food shopping", "northgate community pantry"),
    ("mum is getting help from calderdale women's aid and has a worker there who she trusts and talks to every "
     "week", "calderdale women's aid"),
    ("he goes to oakley youth zone most nights after school and plays football and pool there with his mates "
     "until nine", "oakley youth zone"),
]


@pytest.mark.parametrize("text,name", LOWER_KINDS)
def test_lower_case_local_organisation_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


def test_local_branch_of_a_national_charity(redactor, empty_case):
    text = "She is supported by Calderdale Women's Aid. Contact Women's Aid if you need help."
    _assert_redacted(redactor, empty_case, text, "Calderdale Women's Aid")
    _assert_kept(redactor, empty_case, text, "Contact Women's Aid")


# the place a worker is at or from, and a club said as its name and its sport
ROLE_AND_SPORT = [
    ("She sees a counsellor at the Bluebell Centre, a local charity.", "Bluebell Centre"),
    ("The youth worker at the Warehouse has been good with him.", "Warehouse"),
    ("The support worker from Pathways came with me.", "Pathways"),
    ("Her key worker at Kinmel Court said she is settled.", "Kinmel Court"),
    # the side's name; its sport after it in lower case is what is played there (round thirteen, issue 19: four of
    # the five independent sets' authors mark the name without it)
    ("She goes to Castlefield netball on Tuesdays.", "Castlefield"),
    ("he has started at rushden boxing and the coach there has taken him under his wing and he goes three nights a "
     "week to train", "rushden"),
]


@pytest.mark.parametrize("text,name", ROLE_AND_SPORT)
def test_place_of_a_worker_or_a_club_by_its_sport_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


GENERIC_AFTER_ROLE = [
    ("The social worker from Children's Services came.", "Children's Services"),
    ("The staff at the Leisure Centre know him.", "Leisure Centre"),
    ("The worker from the Leaving Care Team visited.", "Leaving Care Team"),
    ("The nurse at the Practice rang.", "Practice"),
    ("He goes to Saturday football and school netball.", "Saturday football"),
]


@pytest.mark.parametrize("text,words", GENERIC_AFTER_ROLE)
def test_generic_service_after_a_worker_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


def test_cased_name_after_a_cue_and_is(redactor, empty_case):
    text = "Her best friend is Oyelola and they sit together. His mates are Kez and Dezzy."
    for name in ("Oyelola", "Kez", "Dezzy"):
        _assert_redacted(redactor, empty_case, text, name)


@pytest.mark.parametrize("word", ["Polish", "English", "Kurdish", "Muslim"])
def test_cased_nationality_or_faith_after_a_cue_kept(redactor, empty_case, word):
    text = f"Her friend is {word} and goes to the same class."
    _assert_kept(redactor, empty_case, text, word)


# terse notes: names after a family word or a professional's abbreviation, initials, short kinds and labels
TERSE_PEOPLE = [
    ("- HV Jacqui visiting fortnightly.", "Jacqui"),
    ("- SW: R. Okafor.", "R. Okafor"),
    ("- Bro Kyson (12) moved out.", "Kyson"),
]


@pytest.mark.parametrize("text,name", TERSE_PEOPLE)
def test_terse_note_person_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


TERSE_PLACES = [
    ("- Sch: Oakfield Pri, Yr 3.", "Oakfield Pri"),
    ("- School St Brigid's PS - P5.", "St Brigid's PS"),
    ("- GP: Kingsway HC.", "Kingsway HC"),
    ("- GP Ferncliffe MC, Dr Osei.", "Ferncliffe MC"),
    ("- Attends Hillcrest Acad (Yr 9).", "Hillcrest Acad"),
    ("- Bro at Moorside High.", "Moorside High"),
    ("- Church: St Luke's", "St Luke's"),
    ("- Youth club: The Den (Tue/Thu).", "Den"),
]


@pytest.mark.parametrize("text,name", TERSE_PLACES)
def test_terse_note_place_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


TERSE_WORDS = [
    ("- GP: Seen last week for asthma.", "Seen"),
    ("- Church: Attends weekly with nan.", "Attends"),
    ("- Risk: Very High. Scaling: High.", "Very High"),
    ("- Nursery: Mornings only.", "Mornings"),
]


@pytest.mark.parametrize("text,word", TERSE_WORDS)
def test_terse_note_label_before_a_word_kept(redactor, empty_case, text, word):
    _assert_kept(redactor, empty_case, text, word)


def test_kind_of_place_then_its_name_between_commas(redactor, empty_case):
    text = "So she goes to church, Victory Outreach, on a Sunday. Mum goes to the nursery, Little Explorers, daily."
    _assert_redacted(redactor, empty_case, text, "Victory Outreach")
    _assert_redacted(redactor, empty_case, text, "Little Explorers")


def test_kind_of_place_then_a_word_or_a_person_between_commas(redactor, empty_case):
    text = "They go to church, Catholic, and to the mosque. She is at school, Monday to Friday."
    _assert_kept(redactor, empty_case, text, "Catholic")
    _assert_kept(redactor, empty_case, text, "Monday")


def test_lower_case_listed_name_possessive_and_before_misses(redactor, empty_case):
    text = ("mum leanne said they moved from aberystwyth last year and tomos misses his friends there and they went "
            "to pizza hut for archies birthday he was nine this week")
    _assert_redacted(redactor, empty_case, text, "tomos")
    _assert_redacted(redactor, empty_case, text, "archie")
    _assert_kept(redactor, empty_case, text, "this")
    _assert_kept(redactor, empty_case, text, "aberystwyth")


# where a looked-after child lives, named without its kind or with the kind after it
HOMES = [
    ("He was moved to Heatherbank, a children's home in Fife.", "Heatherbank"),
    ("He is in residential care at The Willows.", "Willows"),
    ("She moved into her own flat via Foxton Supported Housing.", "Foxton Supported Housing"),
    ("he is living at cedar house the childrens home and the staff there say he is settling in well and going to "
     "school most days now", "cedar house"),
    ("she was placed at brookfield lodge in june and says she likes her room but misses her little brother who is "
     "still at home with mum", "brookfield lodge"),
]


@pytest.mark.parametrize("text,name", HOMES)
def test_childrens_home_named_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


def test_name_then_kind_not_a_person_or_a_home(redactor, empty_case):
    text = ("Leeds, a city he loves, is near. he is staying at nans house this week and then going back to mum at "
            "the weekend because she has been in hospital")
    _assert_kept(redactor, empty_case, text, "Leeds")
    _assert_kept(redactor, empty_case, text, "nans house")


def test_lower_case_park_named_after_a_person_kept(redactor, empty_case):
    text = ("we sat in albert park and harvey told me about school and his friend oskar and they play on the swings "
            "at stewart park after tea with nan")
    for place in ("albert park", "stewart park"):
        _assert_kept(redactor, empty_case, text, place)
    _assert_redacted(redactor, empty_case, text, "harvey")


@pytest.mark.parametrize("text,place", [
    ("Mum took him to Alder Hey for his appointment.", "Alder Hey"),
    ("He was seen at Great Ormond Street last year.", "Great Ormond Street"),
])
def test_childrens_hospital_known_without_its_kind_kept(redactor, empty_case, text, place):
    _assert_kept(redactor, empty_case, text, place)


def test_street_with_house_number_still_an_address(redactor, empty_case):
    text = "She lives at 14 Great Ormond Street with her aunt."
    _assert_redacted(redactor, empty_case, text, "14 Great Ormond Street")


def test_case_name_written_small_after_a_verb_or_that_still_a_name(redactor):
    from transcribe.context import parse_context

    case = parse_context({"child": {"name": "Marian Riley", "dob": "2011-03-05"},
                          "people": [{"name": "Riley Common", "role": "brother"}]})
    text = "Present were riley, Mum and me. I hope that marian will settle once the routine is back."
    _assert_redacted(redactor, case, text, "riley")
    _assert_redacted(redactor, case, text, "marian")


def test_name_found_once_is_redacted_where_said_again(redactor, empty_case):
    text = ("Visit to Kaydee and her mum Roxanne at home Kaydee said her dad Lewis has been ringing her and she does "
            "not want to see him Roxanne agreed")
    result = redact_text(text, empty_case, redactor)
    for at in (text.index("Kaydee"), text.index("Kaydee said")):
        assert set(range(at, at + len("Kaydee"))) <= _covered(result), [text[r.start:r.end] for r in result.redactions]


def test_what_someone_attends_redacted(redactor, empty_case):
    text = "Mum is attending Freedom Pathways for support. He attends Mum's appointments and Kyle's parties."
    _assert_redacted(redactor, empty_case, text, "Freedom Pathways")
    _assert_kept(redactor, empty_case, text, "Mum's appointments")


def test_supported_senior_club_kept_and_played_for_side_redacted(redactor, empty_case):
    text = "He supports Leeds United and plays for Horsforth United under tens."
    _assert_kept(redactor, empty_case, text, "Leeds United")
    _assert_redacted(redactor, empty_case, text, "Horsforth United")


def test_spoken_email_with_full_stop_for_dot(redactor, empty_case):
    text = "Her email is jo smith at gmail full stop com, she checks it daily."
    _assert_redacted(redactor, empty_case, text, "smith at gmail full stop com")


# read off fresh3's scoring run (development, not held out): a cased women's group, free churches' own words, a
# spoken email to a country's domain, public bodies and national charities with a place in their name
AFTER_FRESH3_REDACTED = [
    ("Mum is in Hillside Women's Group now.", "Hillside Women's Group"),
    ("The family belong to Bethel Tabernacle now.", "Bethel Tabernacle"),
    ("mums email is anna dot nowak at wp dot pl and she checks it", "anna dot nowak at wp dot pl"),
]


@pytest.mark.parametrize("text,value", AFTER_FRESH3_REDACTED)
def test_after_fresh3_redacted(redactor, empty_case, text, value):
    _assert_redacted(redactor, empty_case, text, value)


AFTER_FRESH3_KEPT = [
    ("The worker from Southern Health and Social Care Trust attended.", "Southern Health"),
    ("He was referred to Victim Support and given a Young Scot card.", "Victim Support"),
    ("he was at home dot he said it was fine", "home dot he"),
]


@pytest.mark.parametrize("text,words", AFTER_FRESH3_KEPT)
def test_after_fresh3_kept(redactor, empty_case, text, words):
    _assert_kept(redactor, empty_case, text, words)


EMPLOYERS = [
    ("Dad drives a taxi for Hollinwood Cars at night.", "Hollinwood Cars"),
    ("He works at Gremista Garage on weekdays.", "Gremista Garage"),
]


@pytest.mark.parametrize("text,name", EMPLOYERS)
def test_employer_after_the_verb_of_working_redacted(redactor, empty_case, text, name):
    _assert_redacted(redactor, empty_case, text, name)


def test_employer_cue_before_a_brand_a_person_or_a_common_noun(redactor, empty_case):
    text = ("Mum works at Tesco and dad works for the Council. He works with Kyle on Saturdays. she said he works at "
            "the packhouse in town most days now")
    for words in ("Tesco", "Council", "packhouse"):
        _assert_kept(redactor, empty_case, text, words)
