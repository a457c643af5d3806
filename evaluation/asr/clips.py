"""The dictation-style evaluation clips: what each says, who is in its case, and which voice reads it.

Written by hand to sound like a social worker's dictation after a visit: case names from the case
context, north-east places, social-care terms and a little dialect. The lexicon in
``transcribe/lexicon/`` was written from general knowledge of the field, not from these texts;
the names here are only ever known to the pipeline through each clip's case context.

``generate.py`` turns this list into audio and ``manifest.jsonl``.
"""

from __future__ import annotations

# (voice, words per minute, pitch 0-99)
VOICES = {
    "en-gb": [(150, 50), (165, 40), (140, 60), (158, 45), (172, 55)],
    "en-gb-x-gbclan": [(145, 45), (160, 55), (138, 40), (168, 50), (152, 62)],
    "en-gb-x-gbcwmd": [(150, 40), (140, 55), (162, 48), (170, 38), (146, 60)],
    "en-gb-scotland": [(148, 50), (160, 42), (138, 58), (166, 46), (155, 35)],
    "en-gb-x-rp": [(155, 50), (142, 44), (168, 56), (150, 62), (160, 40)],
}


def _ctx(child, people=(), address=None, school=None, worker=None, ref=None):
    out = {"case_ref": ref or "CN-EVAL", "child": {"name": child}, "people": [{"name": n, "role": r} for n, r in people]}
    if address:
        out["address"] = address
    if school:
        out["school"] = school
    if worker:
        out["worker"] = worker
    return out


CLIPS = [
    (
        "Home visit to Kayleigh Robson in Gateshead. Kayleigh told me she feels safe with her nan Maureen "
        "and that her mam has been poorly. The core group will meet on 14 March 2025.",
        _ctx("Kayleigh Robson", [("Maureen Robson", "nan"), ("Donna Robson", "mother")], "14 Elm Terrace, Gateshead NE8 3QP", worker="Sarah Hall"),
    ),
    (
        "Jayden Armstrong was seen alone at Hebburn Lakes Primary School. Jayden said his stepdad Dean shouts "
        "when he has been drinking. This is a Section 47 enquiry and a strategy discussion was held with the police.",
        _ctx("Jayden Armstrong", [("Dean Kirkup", "stepfather"), ("Tracey Armstrong", "mother")], "3 Campbell Park Road, Hebburn", "Hebburn Lakes Primary School"),
    ),
    (
        "I visited Tyler-Jay Charlton at his dad's flat in Byker. Tyler-Jay was quiet and said he misses his mam. "
        "His dad Wayne agreed to the Child in Need plan and to a referral to CAMHS.",
        _ctx("Tyler-Jay Charlton", [("Wayne Charlton", "father"), ("Jolene Purvis", "mother")], "Flat 6, Raby Street, Byker"),
    ),
    (
        "Demi-Leigh Milburn is twelve. She told me school is canny but she gets bullied on the bus. "
        "Her mam Michelle wants Early Help support and a meeting with the head of year.",
        _ctx("Demi-Leigh Milburn", [("Michelle Milburn", "mother")], "22 Sea View, Whitley Bay", "Whitley Bay High School"),
    ),
    (
        "The referral came through the MASH on Monday. Brooklyn Hedley, aged four, was taken to the Queen Elizabeth "
        "Hospital with a bruise to his cheek. His mother Shannon Hedley said he fell at nursery.",
        _ctx("Brooklyn Hedley", [("Shannon Hedley", "mother"), ("Lee Hedley", "father")], "9 Ellison Street, Jarrow"),
    ),
    (
        "Review with the IRO today. Kacey Dobson remains a looked after child in foster care in Jarrow. "
        "Kacey wants more contact with her brother Callum and asked to keep her social worker.",
        _ctx("Kacey Dobson", [("Callum Dobson", "brother"), ("Angela Pringle", "foster carer")], worker="Liam Turnbull"),
    ),
    (
        "Lacey-Mae Pattinson lives with her grandparents in Washington under a special guardianship order. "
        "Her grandad Ronnie said she is doing well and her attendance is now ninety five percent.",
        _ctx("Lacey-Mae Pattinson", [("Ronnie Pattinson", "grandfather"), ("Sandra Pattinson", "grandmother")], "Washington"),
    ),
    (
        "Callum Tait was excluded from school again this week. Callum said he gets angry when people wind him up. "
        "His mum Kerry asked for an EHCP assessment and I will raise this at the core group.",
        _ctx("Callum Tait", [("Kerry Tait", "mother")], "17 Dene Avenue, South Shields", "Harton Academy"),
    ),
    (
        "Unannounced visit to the Younger family. The home was cold and there was no food in the fridge. "
        "Reece Younger was not in school. His mother Gemma said the electric had run out.",
        _ctx("Reece Younger", [("Gemma Younger", "mother")], "41 Hylton Road, Sunderland"),
    ),
    (
        "Nevaeh Scott disclosed to her teacher that her mam's boyfriend hit her with a belt. "
        "A strategy discussion is needed today and the LADO has been told because he works as a school caretaker.",
        _ctx("Nevaeh Scott", [("Jodie Scott", "mother"), ("Craig Bewick", "mother's partner")], school="Walker Riverside Academy"),
    ),
    (
        "Mason Forster is a care leaver and turns eighteen next month. He wants to stay put with his foster carers in Blyth. "
        "We talked about his pathway plan, college and his bank account.",
        _ctx("Mason Forster", [("Pauline Heslop", "foster carer")], "Blyth"),
    ),
    (
        "Abbie Rutherford was seen at home in Heaton with her baby Alfie. The health visitor is worried about Alfie's weight. "
        "Abbie said she is tired and struggling and she would like a family support worker.",
        _ctx("Abbie Rutherford", [("Alfie Rutherford", "baby"), ("Josh Liddle", "father")], "8 Heaton Park Road, Heaton"),
    ),
    (
        "Leighton Bell told me he does not want to go to his dad's at weekends any more. "
        "He said his dad's new partner Chantelle makes him sleep on the settee. I will speak to both parents.",
        _ctx("Leighton Bell", [("Steven Bell", "father"), ("Chantelle Wardle", "father's partner")], "Wallsend"),
    ),
    (
        "Initial child protection conference for Kian Heslop on Thursday. The plan is under the category of neglect. "
        "Kian's mam agreed to drug testing and to work with the Edge of Care team.",
        _ctx("Kian Heslop", [("Stacey Heslop", "mother")], "Felling, Gateshead"),
    ),
    (
        "Maddison Laidler is seven. Maddison said her favourite thing is going to the beach at Tynemouth with her nana. "
        "She said she worries when her mam cries. Maddison drew her three houses with me.",
        _ctx("Maddison Laidler", [("Lisa Laidler", "mother"), ("Brenda Laidler", "nana")], "North Shields"),
    ),
    (
        "Bradley Fenwick's foster placement in Morpeth has broken down. He is staying in an emergency bed tonight. "
        "Bradley said the placement was alright but he wants to be nearer his mates in Cramlington.",
        _ctx("Bradley Fenwick", [("Carol Fenwick", "mother")], worker="Helen Charlton"),
    ),
    (
        "Telephone call with Skye Gowland's school in Consett. Skye has not been in for nine days. "
        "The school attendance officer will do a home visit and I will update the Child in Need plan.",
        _ctx("Skye Gowland", [("Kelly Gowland", "mother")], "Consett", "Consett Academy"),
    ),
    (
        "Kayden Ridley said his mam and her boyfriend were fighting on Saturday night and the police came. "
        "Kayden hid under his bed with his little sister Ellie-Mae. A Section 47 strategy meeting is set for tomorrow.",
        _ctx("Kayden Ridley", [("Ellie-Mae Ridley", "sister"), ("Danielle Ridley", "mother")], "12 Shields Road, Byker"),
    ),
    (
        "I met Harley Dixon at the youth centre in Jarrow. Harley said an older lad gives him money to carry packages. "
        "I am worried about criminal exploitation and will make a referral to the exploitation hub.",
        _ctx("Harley Dixon", [("Nicola Dixon", "mother")], "Jarrow"),
    ),
    (
        "Ruby Hindmarsh is in kinship care with her aunty Claire in Hexham. Ruby says she is happy there and loves her dog. "
        "The Public Law Outline meeting is on 2 April 2025.",
        _ctx("Ruby Hindmarsh", [("Claire Hindmarsh", "aunt")], "Hexham"),
    ),
    (
        "Paige Robinson, aged fifteen, went missing overnight and was found in Newcastle city centre. "
        "Paige did not want a return home interview. Her mam Lorraine is very worried.",
        _ctx("Paige Robinson", [("Lorraine Robinson", "mother")], "Benwell, Newcastle"),
    ),
    (
        "Archie Stobbart is two. He was asleep in his cot and looked well cared for. His mum Jade says Archie's dad Ryan "
        "has not been round since the non-molestation order.",
        _ctx("Archie Stobbart", [("Jade Stobbart", "mother"), ("Ryan Walton", "father")], "Hebburn"),
    ),
    (
        "Personal Education Plan meeting for Alfie Dodds at Whitley Bay. Alfie wants to join the football team. "
        "The designated teacher will apply for pupil premium plus for a tutor.",
        _ctx("Alfie Dodds", [("Mandy Dodds", "foster carer")], school="Marine Park Primary School"),
    ),
    (
        "Cheryl Atkinson rang the duty team. She says her daughter Jorja has been self harming and will not go to school. "
        "I gave advice and will check that Jorja has a CAMHS appointment.",
        _ctx("Jorja Atkinson", [("Cheryl Atkinson", "mother")], "Gateshead"),
    ),
    (
        "Freya Mitchinson said she wants to live with her dad in Durham. She said her mam's house is mucky and there is "
        "nowt to eat. The hearing is on 21 May 2025 and I will write my statement this week.",
        _ctx("Freya Mitchinson", [("Gavin Mitchinson", "father"), ("Natalie Craig", "mother")], "Durham"),
    ),
]
