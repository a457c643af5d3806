"""fresh35's 14 marked-up notes (see make_fresh35.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0113 496 0xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in the 999 range, NI numbers with the
never-issued QQ prefix, names, nicknames, social media handles, addresses, postcodes, schools, clubs, surgeries,
family centres and supported housing made up. Authors: P (a fostering social worker writing up looked-after
children's statutory visits and a statutory review: formal, third person, long sentences that run like paragraphs,
the foster carers' household, contact, the IRO and the virtual school; two children in kinship placements with
grandparents), Q (a youth justice / child exploitation worker: return home interviews, county lines, missing
episodes, a referral order, a trafficked boy with an interpreter; the young people's slang reported, phones and
social media handles, police and the youth offending team), R (two sub-styles: a leaving-care personal adviser
writing bullet-like fragments without full stops about care leavers of 17-19 and a young parent, with housing,
college, benefits, NI numbers and dates of birth; and an early help family worker writing chatty first person with
"we" and "mum").

Judgement calls: a personal adviser's initial for the young person (F, C, T) is PERSON wherever it stands for the
name; social media handles (sunnyb0y.x, willz_tsx, ...) and a drug line named after its holder (the Kezza line) are
PERSON; family centres where contact happens, a family hub, a food pantry and supported housing are
ORGANISATION_LOCAL; a baby's birth date given without a year is DATE_OF_BIRTH."""

NOTES = [
    # ------------------------------------------------------------------ P: fostering social worker
    dict(
        id="P01",
        context={"child": {"name": "Hope Kirkbride", "dob": "2016-04-22"},
                 "people": [{"name": "Linda Rowntree", "role": "foster carer"},
                            {"name": "Graham Rowntree", "role": "foster carer"},
                            {"name": "Stacey Kirkbride", "role": "mother"},
                            {"name": "Tyler-James Kirkbride", "role": "brother, separately placed"},
                            {"name": "Chidi Okafor", "role": "designated teacher"},
                            {"name": "Ruth Pallister", "role": "virtual school adviser"},
                            {"name": "Fiona Leatham", "role": "independent reviewing officer"}],
                 "address": "14 Marden Crescent, Whitley Bay NE26 2LT",
                 "school": "Cullercoats Sands Primary School", "worker": "Eleanor Hepplewhite"},
        meta={"service": "Looked After Children (foster care, statutory visit)", "child_age_years": 10,
              "features": ["formal_third_person", "long_sentences", "foster_care", "contact", "sibling_contact",
                           "iro", "virtual_school", "relayed_voice", "word_name", "nickname", "phone_in_text",
                           "postcode"]},
        body="""
o | {term:Statutory visit} by [P:Eleanor Hepplewhite] to [P:Hope Kirkbride] at her foster placement with [P:Linda] and [P:Graham Rowntree], [A:14 Marden Crescent], Whitley Bay, [PC:NE26 2LT], on {date:Tuesday 17 November}; [P:Hope] was seen alone in her bedroom and then with both carers.
ww | [P:Hope] has been in this placement for {dur:fourteen months} and presented as settled, helping Mrs [P:Rowntree] to set the table without being asked.
cv,wf,ww | She showed the social worker the fish tank she looks after with Mr [P:Rowntree], who calls her [P:Kipper], and said that she likes living here because "nobody shouts and there's always tea", adding that she would like to stay "until I'm a grown-up".
w | Contact with her mother, [P:Stacey Kirkbride], is fortnightly at [O:Riverside View Family Centre] and unsettled: Ms [P:Kirkbride] missed {date:3 November} and on {date:10 November} arrived smelling of alcohol.
cv,wf,w | [P:Hope] told the social worker that she "wasn't bothered" when her {kin:mum} did not come, but Mrs [P:Rowntree] reported that she wet the bed that night for the first time in months and asked at breakfast whether her {kin:mum} was poorly.
cv,wf,ww | Sibling contact with her {kin:brother} [P:Tyler-James], who is {age:seven} and placed with carers in Wallsend, continues monthly at {place:Rising Sun Country Park}, and [P:Hope] called the last one "the best day ever".
w,ww | At [S:Cullercoats Sands Primary] the designated teacher, Mr [P:Chidi Okafor], reports she is behind in reading but attends well and has joined the choir.
ns | Her {term:PEP} is on {date:1 December}, and [P:Ruth Pallister] of the {role:virtual school} will consider funding a reading tutor.
w,ww | [P:Hope] still hides food in her bedroom; a snack box by her bed seems to have reduced it.
cv,wf,w | Asked about her life story book, [P:Hope] said she did not want to look at the baby photographs yet because "it makes my tummy go funny".
ww | Mr and Mrs [P:Rowntree] expressed the {word:hope} that long-term fostering will be confirmed at the review, and are committed to her until at least {age:eighteen}.
ns | The {term:looked after review} is booked for {date:9 December} at {time:3.30pm} with the {term:IRO}, [P:Fiona Leatham], who will see [P:Hope] alone first; the social worker will ask Ms [P:Kirkbride] to confirm contact by text the day before, on her mobile, [PH:07700 900263].
"""),
    dict(
        id="P02",
        context={"child": {"name": "Alfie Musgrave", "dob": "2020-01-09"},
                 "people": [{"name": "Pauline Tiffin", "role": "maternal grandmother, kinship carer"},
                            {"name": "Bill Tiffin", "role": "maternal grandfather, kinship carer"},
                            {"name": "Kirsty Musgrave", "role": "mother"},
                            {"name": "Jenna Graves", "role": "class teacher"},
                            {"name": "Graham Lowes", "role": "independent reviewing officer"}],
                 "address": "7 Harrington Fold, Workington CA14 3RN",
                 "school": "Oldside Infant School", "worker": "Rhiannon Dalzell"},
        meta={"service": "Looked After Children (kinship care, interim care order)", "child_age_years": 6,
              "features": ["formal_third_person", "long_sentences", "kinship_care", "grandparents", "contact",
                           "relayed_voice", "dialect", "word_name", "nickname", "nhs_number", "phone_in_text",
                           "pet_name", "postcode"]},
        body="""
o | {term:Kinship} visit by [P:Rhiannon Dalzell] to [P:Alfie Musgrave], aged {age:six}, at the home of his maternal grandparents, [P:Pauline] and [P:Bill Tiffin], [A:7 Harrington Fold], Workington, [PC:CA14 3RN], on {date:Thursday 19 November}; [P:Alfie] was seen indoors and in the garden, where he showed the social worker his den.
ww | [P:Alfie] has lived with his grandparents since {date:April} under an {term:interim care order}, and the household presented as warm and well organised.
cv,wf,ww | In the den he said that "{kin:Grandad} made it out of a pallet" and that he is "the boss of it", and when asked who lives in his house he named {kin:Nana}, {kin:Grandad}, the dog {pet:Duffy} and himself, then added "and {kin:Mammy} when she's better".
w | His mother, [P:Kirsty Musgrave], has been in residential rehabilitation in Preston since {date:September} and has relapsed once; Sunday telephone contact has been cancelled twice by the unit because of her presentation.
cv,wf,w | Mrs [P:Tiffin] reported that after the last cancelled call [P:Alfie] told her "{kin:Mammy} doesn't want to talk to me", and was up in the night asking for the landing light on.
cv,wf,ww | He told the social worker that {kin:Grandad} calls him [P:Sparra] "because I'm little and I never stop chirping", and he laughed as he said it.
w | Mr [P:Tiffin] has given up his shifts at the port to care for [P:Alfie], money is tight, and he showed the social worker the electricity {word:bill}, which has nearly doubled.
ww | [P:Alfie]'s asthma is well managed; he is registered at [O:Seaton Harbour Surgery], NHS number [NHS:999 482 6617], and his health assessment at {place:West Cumberland Hospital} raised no concerns.
ww | At [S:Oldside Infants] his teacher, Mrs [P:Jenna Graves], describes him as "everybody's {dial:marra}", and Mrs [P:Tiffin] said he comes home full of who he has been {dial:laikin} with.
ns | The social worker will chase the backdated {term:kinship allowance} and refer Mr and Mrs [P:Tiffin] to the kinship carers' group in Whitehaven.
ns | The {term:connected persons assessment}, with a view to a {term:special guardianship order}, is due at panel on {date:14 January}, and the {term:IRO}, [P:Graham Lowes], will chair the review on {date:8 December}.
ns | Mrs [P:Tiffin] asked that future visits be arranged by text to her mobile, [PH:07700 900 517], as the landline is being cut off.
"""),
    dict(
        id="P03",
        context={"child": {"name": "Jayden Foulkes", "dob": "2012-06-30"},
                 "people": [{"name": "Shazia Akhtar", "role": "foster carer"},
                            {"name": "Imran Akhtar", "role": "foster carer"},
                            {"name": "Frank Akhtar", "role": "foster carers' son"},
                            {"name": "Dean Foulkes", "role": "father"},
                            {"name": "Deborah Whitfield", "role": "independent reviewing officer"},
                            {"name": "Carole Baines", "role": "virtual school officer"},
                            {"name": "Priya Lally", "role": "advocate"}],
                 "address": "22 Gledhow Rise, Leeds LS8 2QF",
                 "school": "Roundhay Fields Academy", "worker": "Marcus Oyelaran"},
        meta={"service": "Looked After Children (foster care, statutory review)", "child_age_years": 14,
              "features": ["formal_third_person", "long_sentences", "statutory_review", "iro", "virtual_school",
                           "relayed_voice", "participation", "contact", "word_name", "phone_in_text", "postcode"]},
        body="""
o | Record of the second {term:looked after review} for [P:Jayden Foulkes], held on {date:Monday 23 November} at {time:4pm} at his foster home, [A:22 Gledhow Rise], Leeds, [PC:LS8 2QF], chaired by the {term:IRO}, [P:Deborah Whitfield], with his carers [P:Shazia] and [P:Imran Akhtar], the social worker [P:Marcus Oyelaran], Mrs [P:Carole Baines] of the {role:virtual school}, and his father, [P:Dean Foulkes], by telephone.
cv,wf,o | [P:Jayden] chose not to attend, and met the {term:IRO} beforehand with his advocate from {natl:NYAS}, [P:Priya Lally].
cv,wf,ww | His advocate read out the views he had typed on his phone: he wants to stay with the [P:Akhtar] family "for as long as they'll have me", he likes that {kin:Auntie} [P:Shaz] "actually listens", and he wants to keep playing for [O:Chapel Allerton Juniors] on Sunday mornings.
cv,wf,w | He had also asked the advocate to say that he does not want to see his father "until he stops making promises", and that he was "gutted" when his father missed the last two contacts.
w | Mr [P:Foulkes] said he had been unwell and had lost his phone; the discussion was {word:frank}, and the {term:IRO} noted his contact has been inconsistent since {date:the summer}.
o | He gave a new landline, [PH:0113 496 0872], and left the call after {dur:twenty minutes}.
ww | The carers reported that [P:Jayden] has settled well, that he has a close relationship with their son [P:Frank], who is {age:nineteen} and takes him to matches at {place:Elland Road}, and that he is mostly home by {time:9pm}.
w,ns | At [S:Roundhay Fields Academy] his attendance has dropped to 86 per cent, mainly Mondays, with two internal exclusions over his hood, so Mrs [P:Baines] will attend his {term:PEP} on {date:2 December} and explore a mentor.
w | His dental check is overdue by {dur:five months}.
ns | Recommendations agreed: contact with Mr [P:Foulkes] to be monthly and confirmed by the social worker the day before; the carers to book a dentist before {date:Christmas}; the social worker to begin {tool:life story work} with [P:Jayden] in {date:January}; and the next review by {date:21 May 2027}.
cv,wf,ns | When the {term:IRO} fed back to [P:Jayden] after the meeting, he said the plan was "fair enough" and asked whether he could text his {kin:dad} himself to check contact is on.
"""),
    dict(
        id="P04",
        context={"child": {"name": "Mason Ashworth", "dob": "2018-03-15"},
                 "people": [{"name": "Margaret Ashworth", "role": "paternal grandmother, kinship carer"},
                            {"name": "Miles Ashworth", "role": "paternal uncle"},
                            {"name": "Jade Pilling", "role": "mother"},
                            {"name": "Connor Haworth", "role": "mother's partner"}],
                 "address": "31 Kentmere Drive, Blackburn BB2 5LQ",
                 "school": "Feniscowles Brook Primary School", "worker": "Sadia Mahmood"},
        meta={"service": "Looked After Children (kinship care, care proceedings)", "child_age_years": 8,
              "features": ["formal_third_person", "long_sentences", "kinship_care", "grandparents", "non_verbal",
                           "three_houses", "relayed_voice", "domestic_abuse", "contact", "word_name", "nickname",
                           "phone_in_text", "postcode"]},
        body="""
o | {term:Statutory visit} to [P:Mason Ashworth], aged {age:eight}, who has lived in a {term:kinship placement} with his paternal grandmother, Mrs [P:Margaret Ashworth], at [A:31 Kentmere Drive], Blackburn, [PC:BB2 5LQ], since {date:June}; seen on {date:Saturday 21 November}.
o | [P:Mason] does not speak to adults he does not know well (selective mutism), so he was offered a whiteboard, pens and the {tool:three houses}, with Mrs [P:Ashworth] in sight in the kitchen.
cv,wf,ww | In his house of good things he drew {kin:Nanna} [P:Peg], his {kin:uncle} [P:Miles], his goldfish and a big pan, and wrote "tea" underneath, underlining it twice.
cv,wf,w | In his house of worries he drew a car outside a house and a man with angry eyebrows, and when asked who it was he wrote "mums boyfriend" and put the lid back on the pen.
cv,wf,w | He nodded when asked whether he still worries about that man, and shook his head firmly when asked whether he would like to live with his {kin:mum} again.
cv,wf,o | In his house of dreams he drew himself in a red football kit, and Mrs [P:Ashworth] explained that he has asked her, in his own words at home, whether he can join the under-nines at [O:Livesey Rovers Juniors].
w | His mother, [P:Jade Pilling], remains in a relationship with [P:Connor Haworth], who is on bail for assaulting her in {date:May}; she lives only three {word:miles} away, and Mrs [P:Ashworth] has twice seen Mr [P:Haworth]'s car parked at the end of the road.
ww | Supervised contact with his mother takes place fortnightly at [O:Bank Top Family Centre], where she is warm and reliable with him.
w,ww | Mrs [P:Ashworth] is managing but is {age:sixty-eight}, has arthritis and feels "{dial:mithered} to death" by professionals; [P:Miles], who lives with her, does the school run.
ww | At [S:Feniscowles Brook Primary] he whispers to one friend and to his teaching assistant, and the {role:SENCo} has applied for an {term:EHCP} needs assessment.
ns | The social worker will ask the police to visit about Mr [P:Haworth]'s car, will complete the {term:special guardianship} report for the {date:February} hearing, and will request [P:Mason]'s records from [O:Livesey Fold Medical Practice]; Mrs [P:Ashworth] can be reached on [PH:07700 900 781] after {time:2pm}.
"""),
    dict(
        id="P05",
        context={"child": {"name": "Autumn Dobson", "dob": "2011-09-04"},
                 "people": [{"name": "Donna Lumsden", "role": "foster carer"},
                            {"name": "Kev Lumsden", "role": "foster carer"},
                            {"name": "Craig Dobson", "role": "father"},
                            {"name": "Angela Corrigan", "role": "supervising social worker"},
                            {"name": "Michelle Yeadon", "role": "looked after children's nurse"}],
                 "address": "9 Hylton Dene Court, Sunderland SR5 3NJ",
                 "school": "Castletown Bridge Academy", "worker": "Callum Fenwick"},
        meta={"service": "Looked After Children (long-term foster care, statutory visit)", "child_age_years": 15,
              "features": ["formal_third_person", "long_sentences", "foster_care", "subtle_worry", "contact",
                           "virtual_school", "word_name", "nickname", "nhs_number", "email", "postcode"]},
        body="""
o | {term:Statutory visit} by [P:Callum Fenwick] to [P:Autumn Dobson], {age:15}, at her long-term foster placement with [P:Donna] and [P:Kev Lumsden], [A:9 Hylton Dene Court], Sunderland, [PC:SR5 3NJ], on {date:Wednesday 25 November}, the first visit since the {word:autumn} half term.
ww | [P:Autumn] has lived with the [P:Lumsden] family for {dur:three years} and the placement is stable; Mrs [P:Lumsden] remains her main support.
cv,wf,o | She was seen alone in her bedroom and was polite but brief, answering most questions with "fine" or "dunno".
w | Although the house was warm, she wore a long-sleeved hoodie pulled down over her hands, and Mrs [P:Lumsden] mentioned, almost in passing, that she has started locking the bathroom door and spending a long time in there.
w | Mrs [P:Lumsden] also said that [P:Autumn] has a new friend called "[P:Tay]", whom nobody in the house has met, who collects her in a taxi after roller derby practice at [O:Wearside Rollers Juniors] on Thursdays.
cv,wf,ww | Asked what was going well, [P:Autumn] said she likes roller derby because "you can smash into people and nobody tells you off", and that her team call her [P:Tumbleweed].
w | Contact with her father, [P:Craig Dobson], who lives in Hartlepool, has been by video call only since he moved in with a new partner, and he has missed the last three calls.
cv,wf,w | [P:Autumn] said she "couldn't care less" about her {kin:dad}, then changed the subject to ask whether she would still be allowed to live with [P:Donna] and [P:Kev] when she turns {age:eighteen}.
ns | The social worker explained {term:Staying Put} and will ask the carers' {role:supervising social worker}, [P:Angela Corrigan], to talk it through with them at her next visit.
ww | At [S:Castletown Bridge Academy] she is predicted good grades in English and art, and her {term:PEP} targets are on track.
ns | The social worker will ask the {role:looked after children's nurse}, [P:Michelle Yeadon], to bring forward her health assessment (NHS number [NHS:9996143305]) and to ask gently about self-harm, and will email Mrs [P:Lumsden] at [E:donna.lumsden.fostering@example.net] for the taxi firm's name.
cv,ns | [P:Autumn] will be seen again within {dur:two weeks}, away from the house, and she agreed, with a shrug, to meet for a hot chocolate at {place:the Bridges} after school.
"""),
    # ------------------------------------------------------------------ Q: youth justice / exploitation worker
    dict(
        id="Q01",
        context={"child": {"name": "Sunny Lowther", "dob": "2011-02-17"},
                 "people": [{"name": "Angela Lowther", "role": "mother"},
                            {"name": "Dibz", "role": "older youth of concern (street name)"},
                            {"name": "Kezza", "role": "name of the drug line"}],
                 "address": "56 Shipley Walk, Byker, Newcastle upon Tyne NE6 2QB",
                 "school": "Heaton Burn Academy", "worker": "Jordan Heslop"},
        meta={"service": "Child Exploitation (return home interview, county lines)", "child_age_years": 15,
              "features": ["return_home_interview", "spoken_headings", "missing", "county_lines", "slang",
                           "social_media_handle", "word_name", "phone_in_text", "postcode", "first_person"]},
        body="""
o | {term:Return home interview} with [P:Sunny Lowther], {age:15}, by [P:Jordan Heslop], {term:exploitation} team, at home at [A:56 Shipley Walk], Byker, [PC:NE6 2QB], on {date:Friday 27 November}, {dur:two days} after he was found.
w | Where he went.
cv,wf,w | [P:Sunny] said he "went country" for a few days, got the train from {place:Newcastle Central} to Carlisle with an older lad he would only call [P:Dibz], and stayed in a flat he called "the bando" near {place:Carlisle station}.
cv,w | He said he was "only holding the phone", which he called the [P:Kezza] line, taking calls and sending people to a meeting point, and that he "wasn't shotting nothing".
w | {natl:Cumbria Police} found him on {date:Wednesday} in a flat with two adults and a quantity of crack cocaine; he was not arrested and was brought home at {time:2am}.
w | Push and pull.
cv,wf,w | He said he owes "a bag", {money:about a thousand pounds}, since "the opps" robbed his stash in {date:October}, and that going up there was "to clear my tick".
cv,wf,w | Asked how it felt while he was away, he said the days were "long" and he didn't sleep, then said quietly "I'm not a grass, don't write that".
cv,wf,o | The only good bit, he said, was that it was {word:sunny} on the Tuesday and he sat by the river on his own for an hour "like a normal person".
w | {kin:Mum}, [P:Angela Lowther], said he has been out till all hours since {date:the summer}, has new trainers and a second phone, and showed me messages to his Snapchat, [P:sunnyb0y.x], from accounts she doesn't know.
ww | {kin:Mum} has taken his door key off him and has rung the police every time he's been late back.
cv,wf,ww | [P:Sunny] said he used to love boxing at [O:St Peter's Quay ABC] before he "got busy" and would go back "if they'd have us".
ns | Next steps.
ns | {term:National Referral Mechanism} referral to be made today and an exploitation strategy meeting requested for Monday; the burner number he used, [PH:07700 900 846], and the names [P:Dibz] and [P:Kezza] to go to police for intelligence.
ns | School, [S:Heaton Burn], to be told he is back; I'll see him next {date:Thursday} and take him to boxing myself, and {kin:mum}'s number is [PH:0191 498 0375].
"""),
    dict(
        id="Q02",
        context={"child": {"name": "Will Stainsby", "dob": "2010-08-11"},
                 "people": [{"name": "Lorraine Stainsby", "role": "mother"},
                            {"name": "Owen Bradbury", "role": "police constable"},
                            {"name": "Dale Pinkney", "role": "boxing coach"},
                            {"name": "Tyrese", "role": "older cousin"}],
                 "address": "3 Ormesby Bank Close, Middlesbrough TS3 6LD",
                 "school": "Teesbank College", "worker": "Tasha Kirkup"},
        meta={"service": "Youth Justice (referral order, knife possession)", "child_age_years": 16,
              "features": ["youth_offending", "slang", "social_media_handle", "knife_crime", "word_name",
                           "speech_language_needs", "dialect", "phone_in_text", "first_person"]},
        body="""
o | {term:Referral order} session with [P:Will Stainsby], {age:16}, at the {term:YOT} office on {date:Tuesday 24 November} at {time:4.15pm}, second of twelve, {kin:mam} [P:Lorraine] came in for the last {dur:ten minutes}.
w | The order was made by the youth court on {date:29 October} for having a kitchen knife in the {place:Hill Street Centre}, where he was stopped by security and then by PC [P:Owen Bradbury].
cv,wf,w | [P:Will] said he carried it because "the opps from Berwick Hills" had been "on my case" on Instagram and he'd been "ran through" in the underpass the week before, and that "everyone carries, it's nowt".
cv,wf,w | He said if he doesn't carry he's "getting bodied", then said he didn't mean that, he meant he'd get hurt.
cv,w | He showed me drill videos from an account called [P:ten.toes.tino] that name his estate, and his own Instagram, [P:willz_tsx], has posts with knife and balaclava emojis that police have flagged.
o | His speech and language screening says he struggles with long sentences, so we used a timeline on the whiteboard instead of the workbook.
cv,wf,ww | On the timeline he put getting on the motor vehicle course at [S:Teesbank College] as the thing that would stop him, and said "if I've got something to lose I won't be out".
ww | He goes to [O:Grangetown Phoenix ABC] three nights a week and the coach, [P:Dale Pinkney], says he's "one of the few who listens".
ww | {kin:Mam} said he has been in by {time:10pm} every night since the order and has deleted two of the apps.
w | {kin:Mam} also said his {kin:older cousin} [P:Tyrese], {age:19}, has started coming round and giving him money, and she has "a bad feeling" about it.
cv,wf,w | When I asked [P:Will] about [P:Tyrese] he said "he's just looking after us", and wouldn't say more.
ns | He {word:will} write an apology letter to the security guard with me next session, and I'll book him onto the knife crime session the trauma nurses run at {place:James Cook}.
ns | I'll pass both handles and the cousin's name to PC [P:Bradbury] and the exploitation team, ask college about a January start, and see him on {date:1 December}; {kin:mam}'s mobile is [PH:07700900392] and [P:Will]'s is [PH:07700 900 613].
"""),
    dict(
        id="Q03",
        context={"child": {"name": "Kiera-Leigh Mottram", "dob": "2012-05-02"},
                 "people": [{"name": "Gemma Mottram", "role": "mother"},
                            {"name": "Maddison Mottram", "role": "sister, 11"},
                            {"name": "Zed", "role": "adult male of concern (name used by the child)"}],
                 "address": "18 Larkholme Parade, Blackpool FY3 7PS",
                 "school": "Bispham Sands Academy", "worker": "Liam Fairclough"},
        meta={"service": "Child Exploitation (return home interview, missing, CSE risk)", "child_age_years": 14,
              "features": ["return_home_interview", "missing", "cse_risk", "relayed_voice", "sibling_voice",
                           "subtle_worry", "social_media_handle", "nickname", "phone_in_text", "postcode",
                           "first_person"]},
        body="""
o | {term:Return home interview} with [P:Kiera-Leigh Mottram], {age:14}, in the pastoral room at [S:Bispham Sands Academy] on {date:Thursday 26 November}, after she was reported missing from home, [A:18 Larkholme Parade], Blackpool, [PC:FY3 7PS], from {time:7pm} on Monday until {time:11am} on Tuesday.
w | She was found by {natl:British Transport Police} at {place:Preston station} with two men in their twenties and taken to {place:Royal Preston Hospital} because she was drowsy and couldn't say what she'd had.
cv,wf,w | [P:Kiera-Leigh] said she'd gone "to chill with mates", and that one of the men, who she called [P:Zed], is "basically my boyfriend" and is "only {age:20}".
cv,wf,w | She said he gets her nails done and buys her vapes and she "doesn't have to do anything for it", then after a bit said "well, not really".
w | This is her third missing episode since {date:September}, each time coming back with new things and credit on her phone, and school say she has started wearing heavy make-up and sitting with Year 11 girls at dinner.
cv,w | Her {kin:sister} [P:Maddison], who is {age:11}, told {kin:mum} that [P:Kiera-Leigh] had said "[P:Zed]'s picking me up, don't tell", and showed {kin:mum} the Snapchat name he uses, [P:zedd.bandz].
cv,wf,w | When I asked about home she said {kin:mum} is "always on at me", that she "can breathe" when she's with [P:Zed], and that she'd rather be anywhere than the bedroom she shares with [P:Maddison].
ww | {kin:Mum}, [P:Gemma Mottram], reported each episode straight away, gave police the car's registration and has agreed to location sharing on her phone.
w | {kin:Mum} works nights at {place:Blackpool Victoria} and relies on her own {kin:mum} to watch the girls, and she thinks [P:Kiera-Leigh] goes out once {kin:nan} has fallen asleep.
cv,wf,ww | [P:Kiera-Leigh] said she misses dancing and would go back to [O:Layton Starlights Dance] if they could afford it, and smiled when she told me they used to call her [P:Kiki-Twirl] there.
ns | I'll make a {term:Child Exploitation} referral today and ask police to consider a {term:Child Abduction Warning Notice} for the man she calls [P:Zed].
ns | I'll talk to school and {kin:mum} about getting her back to dance from the exploitation fund and see her weekly; her number is [PH:07700 900 129] and she said text, not ring.
"""),
    dict(
        id="Q04",
        context={"child": {"name": "Minh Tran", "dob": "2010-03-12"},
                 "people": [{"name": "Sandra Garside", "role": "emergency foster carer"},
                            {"name": "Phil Garside", "role": "emergency foster carer"},
                            {"name": "Hoang Duc Long", "role": "Vietnamese interpreter"},
                            {"name": "Thang", "role": "adult male of concern"}],
                 "address": "40 Holderness Grove, Hull HU9 3FE",
                 "school": "Marfleet Lane Academy (place to be sought)", "worker": "Bev Ackroyd"},
        meta={"service": "Child Exploitation (trafficking, cannabis cultivation, emergency foster care)",
              "child_age_years": 16,
              "features": ["interpreter", "trafficking", "cannabis_cultivation", "missing_risk", "dob_in_text",
                           "non_english_kin", "phone_in_text", "pet_name", "postcode", "first_person"]},
        body="""
o | Visit to [P:Minh Tran], who says he is {age:16}, at his emergency foster placement with [P:Sandra] and [P:Phil Garside], [A:40 Holderness Grove], Hull, [PC:HU9 3FE], on {date:Sunday 29 November}, with a Vietnamese interpreter, Mr [P:Hoang Duc Long], on speakerphone.
w | [P:Minh] was found by {natl:Humberside Police} on {date:Friday} locked in the loft of a house in east Hull that had been turned into a cannabis farm.
cv,wf,w | Through the interpreter he said he came to England in the back of a lorry "when it was hot", and that a man he called {kin:anh} [P:Thang], which the interpreter explained means older brother, brought him to the house and told him he owed {money:£18,000} for the journey.
cv,wf,w | He said he watered the plants and slept on a mattress, was given rice and noodles, and was "not allowed out, only to look from the little window".
cv,wf,w | He said he was frightened the men would hurt his {kin:mother} back home if he talked, and he asked twice whether the police would tell them where he is.
cv,o | He gave his date of birth as [DOB:the twelfth of March 2010]; he has no documents and the {natl:Home Office} has not yet been told.
w | Police have his phone, which had one contact saved, and a number written in biro on his forearm, [PH:07700 900 954].
ww | Mrs [P:Garside] said he has eaten well, slept most of Saturday, and let their old spaniel {pet:Noodle} sleep on his feet.
cv,wf,ww | He laughed at the dog's name when the interpreter translated it, and said the house was "warm and quiet".
cv,wf,w | He said he would like to learn English and then work "in a nail shop like my cousin in Leeds", which, with the risk of him being picked up again, is a worry.
ns | The carers will keep the address confidential and supervise his phone, and I've gone through the missing protocol with them, as the first {dur:72 hours} are the highest risk.
ns | I've submitted the {term:NRM} referral today as first responder and will request an independent child trafficking guardian, a health assessment at {place:Hull Royal Infirmary} and a school place at [S:Marfleet Lane Academy]; the carers' landline is [PH:01632 960418].
"""),
    # ------------------------------------------------------------------ R: leaving care PA (fragments) and early help worker (chatty)
    dict(
        id="R01",
        context={"child": {"name": "Faith Armstrong", "dob": "2008-07-02"},
                 "people": [{"name": "Lewis Routledge", "role": "ex-partner"},
                            {"name": "Maureen Irving", "role": "former foster carer"},
                            {"name": "Jess Maughan", "role": "college tutor"}],
                 "address": "Flat 4, 19 Currock Mount, Carlisle CA2 4RG (from 5 December; now Eden Lodge)",
                 "school": "Solway Vale College", "worker": "Stacey Nixon"},
        meta={"service": "Leaving Care (pathway plan, housing)", "child_age_years": 18,
              "features": ["no_punctuation", "fragments", "initials_for_name", "care_leaver", "housing", "benefits", "ni_number",
                           "dob_in_text", "domestic_abuse", "word_name", "nickname", "email", "phone_in_text",
                           "postcode"]},
        body="""
o | {term:Pathway plan} review visit to [P:Faith Armstrong] {date:Mon 30/11}, seen in her room at [O:Eden Lodge] supported housing, approx {dur:1 hr}
o | DOB [DOB:02.07.2008], turned {age:18} in July, {term:care leaver} since, {term:Staying Close} ends when she moves
ww | Keys for new flat picked up today, [A:Flat 4, 19 Currock Mount], [PC:CA2 4RG], council tenancy, moving in {date:Sat 5th}
cv,wf,ww | [P:F] "buzzing" about it, wants the living room sage green, already picked curtains in {place:Dunelm}
ns | {term:Setting up home allowance} {money:£2,000} form signed today, bed, washer and fridge to order by Fri, I'll do the order with her online
cv,w | UC claim not started, [P:F] had no idea where her NI number letter was, "lost it moving out of foster"
o | NI no. found on an old payslip from her {place:Greggs} job, [NI:QQ 47 21 90 B], photo on my work phone
ns | UC claim together {date:Thurs} at the {natl:Jobcentre}, [P:F] to bring bank card and tenancy agreement
cv,w,ns | Owes {money:£126} service charge at [O:Eden Lodge], [P:F] says she'll pay £20 a week from bursary, agreed with manager
w | College, [S:Solway Vale] level 2 hair and beauty, attendance 78%, tutor [P:Jess Maughan] says she's on a warning
cv,wf,w | [P:F] says college is "pointless" since her ex [P:Lewis] started on the same campus, says he "keeps turning up at the bus stop"
cv,w | [P:Lewis Routledge] {age:20}, DA history per police, [P:F] says no contact but she's unblocked him on Snap
cv,wf,o | [P:F] said she's "lost {word:faith} in that place" but would stick it out if she could move to the Penrith campus
ww | Good link still with ex foster carer [P:Maureen], [P:F] calls her [P:Mo-Mo], Sunday dinners most weeks, [P:Mo-Mo]'s going to help paint
ns | Ask college re Penrith campus + tell them about [P:Lewis]
cv,wf,ns | Talked about {term:IDVA} referral, [P:F] said "maybe after I've moved", revisit next wk
ns | Next visit {date:Thurs 3 Dec} {time:10.30} at the flat, [P:F] mob [PH:07700 900 735], email [E:faitharmstrong08@example.com]
"""),
    dict(
        id="R02",
        context={"child": {"name": "Courtney Scurr", "dob": "2007-03-21"},
                 "people": [{"name": "Penny-Mae Scurr", "role": "daughter, 4 months"},
                            {"name": "Reece Hindmarch", "role": "baby's father"},
                            {"name": "Violet Scurr", "role": "maternal grandmother of Courtney"},
                            {"name": "Jo Saddler", "role": "health visitor"}],
                 "address": "Flat 2, 8 Tunstall Vale, Sunderland SR2 7HE",
                 "school": "Wearmouth College (hoped for September)", "worker": "Gary Thirlwell"},
        meta={"service": "Leaving Care (young parent)", "child_age_years": 19,
              "features": ["no_punctuation", "fragments", "initials_for_name", "care_leaver", "young_parent", "pre_verbal", "benefits",
                           "ni_number", "dob_in_text", "nhs_number", "word_name", "nickname", "dialect",
                           "phone_in_text", "postcode"]},
        body="""
o | Home visit [P:Courtney Scurr] {age:19} and baby [P:Penny-Mae] at [A:Flat 2, 8 Tunstall Vale], [PC:SR2 7HE], {date:Fri 27 Nov} {time:11am}
o | Baby born [DOB:14 July], {age:4 months}, NHS no [NHS:999 305 7712] from the {term:red book}
ww | Flat warm and clean, bottles sterilised and lined up, Moses basket next to [P:C]'s bed, baby asleep on her back
cv,wf,ww | [P:C] said "she's me whole world" and showed me the weight chart, proud she's "back on her line now"
ww | [P:C] calls baby [P:Pennymoo], lots of eye contact and chat while changing her, baby smiling back
cv,wf,w | [P:C] says she's "knackered", baby up 3 times a night, says she's been crying most days and hasn't told the HV
w | Money tight, UC cut to pay back the advance, {money:£68} left after rent and gas, [P:C] says "not a {word:penny} for Xmas"
o | [P:C]'s NI no for the UC change of circs, [NI:qq 30 41 77 a], given over the phone to DWP while I was there
cv,w | Baby's dad [P:Reece Hindmarch] back on the scene, [P:C] says he's "sorted himself out", he's on probation for assault on an ex, [P:C] unsure of details
cv,wf,w | [P:C] wants [P:Reece] to "be a proper dad" and doesn't want "social" involved "like they were with me"
ww | [P:C]'s {kin:nanna} [P:Vi] round every day, does the night feeds Fri and Sat so [P:C] can sleep
cv,wf,ww | [P:C] still wants to go back to [S:Wearmouth College] in Sept, {term:Care to Learn} would cover the nursery
cv,ns | Ring HV [P:Jo Saddler] today re low mood with [P:C]'s agreement, [P:C] OK with a mood check next week
cv,wf,ns | Referral to [O:Millfield Family Hub] baby group Weds mornings, [P:C] agreed "if me {kin:nanna} can come"
ns | Speak to probation re [P:Reece] and talk to [P:C] about a {term:Clare's Law} request next visit
ns | Next visit {date:Thurs 10 Dec}, [P:C] mob [PH:07700 900 447], HV base [PH:0191 498 0611]
"""),
    dict(
        id="R03",
        context={"child": {"name": "Tayo Adeyemi", "dob": "2009-02-09"},
                 "people": [{"name": "Precious Mensah", "role": "key worker, semi-independent provision"},
                            {"name": "Funmi Adeyemi", "role": "paternal aunt (Leeds)"},
                            {"name": "Darren Coupe", "role": "college tutor"}],
                 "address": "Sneinton Lock House, Nottingham",
                 "school": "Trent Basin College", "worker": "Nikhil Rana"},
        meta={"service": "Leaving Care (16+ semi-independent, pathway plan)", "child_age_years": 17,
              "features": ["no_punctuation", "fragments", "initials_for_name", "care_leaver", "semi_independent", "benefits",
                           "ni_number", "dob_in_text", "nickname", "phone_in_text", "email"]},
        body="""
o | PA visit [P:Tayo Adeyemi] at [O:Sneinton Lock House] {date:Tues 24 Nov} {time:3pm}, seen in the lounge then his room, key worker [P:Precious] joined for the end
o | {age:17}, DOB [DOB:09/02/2009], 18 in Feb, {term:pathway plan} due for review before then
ww | NI number letter finally arrived, [NI:QQ816305D], [P:T] put it in his folder with his birth certificate, copy on file
ns | Bank account next, appointment {date:Sat} at the branch in town, [P:T] to bring the NI letter and his ID
cv,w | Room tidy apart from a pile of washing, smell of weed on the landing, [P:T] says "not mine, that's next door"
w | [P:Precious] says two late returns this month after {time:11pm} curfew, once came back "spangled" and went straight to bed
cv,wf,w | [P:T] says he's "bored out of my head" at weekends, the other lads are older and "on it" every night
ww | College [S:Trent Basin] level 1 electrical, tutor [P:Darren Coupe] says attendance 91% and he's the best in the group at practical
cv,wf,ww | [P:T] says he wants to be an electrician "like {kin:Uncle} [P:Kola] in Lagos" and earn "proper money"
ww | Part-time at {place:Nando's} on Sundays, {money:£11.44} an hour, saving for driving lessons
cv,wf,w | Tooth pain for {dur:3 weeks}, no dentist registered, [P:T] "hates dentists"
cv,wf,ns | Ring round NHS dentists for him tomorrow, [P:T] said he'll go if I come
ww | Contact with {kin:Auntie} [P:Funmi] in Leeds, phones most Sundays, she calls him [P:Tee-Boy]
cv,wf,ww | [P:T] said {kin:Auntie} is "the only one who checks on me", would like to go to hers for Christmas
ns | Ask [P:Funmi] re Christmas, her number [PH:0113 496 0557], and book train travel from leaving care budget
ns | Talk about the local offer for 18, UC at 18, {term:staying put} not an option so {term:housing} list application by Jan
ns | Next visit {date:Tues 8 Dec}, [P:T] mob [PH:07700 900 562], [P:T] email [E:tayo.adeyemi09@example.co.uk]
"""),
    dict(
        id="R04",
        context={"child": {"name": "River Hodgson", "dob": "2019-05-13"},
                 "people": [{"name": "Danielle Hodgson", "role": "mother"},
                            {"name": "Ellis Hodgson", "role": "brother, 11"},
                            {"name": "Ava-Grace Hodgson", "role": "sister, 2"},
                            {"name": "Abby Tennant", "role": "social work student"},
                            {"name": "Miss Carr", "role": "class teacher"}],
                 "address": "23 Brierton Walk, Hartlepool TS25 4HQ",
                 "school": "Throston Dunes Primary School", "worker": "Kerry-Ann Blakey"},
        meta={"service": "Early Help (school attendance, poverty)", "child_age_years": 7,
              "features": ["chatty_first_person", "early_help", "poverty", "sibling_voice", "worry_monster",
                           "word_name", "nickname", "phone_in_text", "postcode", "first_person"]},
        body="""
o | Home visit today, {date:Monday 30 November}, to {kin:mum} [P:Danielle] and the kids at [A:23 Brierton Walk], Hartlepool, [PC:TS25 4HQ], me and our student [P:Abby] got there about {time:half three} as the boys got in.
o | It's an {term:Early Help} plan, second {term:TAF} coming up, mainly about school attendance for [P:River] and money.
w | {kin:Mum} was a bit flat, the gas went onto emergency credit at the weekend and they had the oven door open to keep warm, and there's a council letter about {money:£640} rent arrears.
ww | We rang the council together from the kitchen and got the arrears put on hold while we apply for a discretionary housing payment, and {kin:mum} said "I feel like I can breathe a bit now".
cv,wf,w | [P:River]'s {age:seven} and he's been off school a lot, {kin:mum} says he gets tummy aches on Sunday nights, and when I asked him he said Miss [P:Carr] "shouts at the whole class and it makes my ears hurt".
cv,wf,w | We did the {tool:worry monster} with him on the settee and he posted three worries in its mouth, shouting, the dark when the electric goes, and {kin:mum} crying.
cv,wf,ww | He said when he's big he wants to be a pilot on the {word:river} like {kin:grandad} was, and went and got {kin:grandad}'s old cap to show us.
cv,wf,ww | [P:Ellis] who's {age:11} said he's "fine", he plays for [O:Headland Harriers Juniors] on Saturdays, and he said he wants [P:Rivvo] to come and watch because "he's my lucky mascot".
w | [P:Ava-Grace] is {age:two} and was toddling about with a dummy and a biscuit, she's due her {term:two-year check} and {kin:mum} hasn't booked it yet.
w | {kin:Mum} said she's "not been right" since the summer and cries when the kids are in bed, but she doesn't want to go on tablets.
ns | I'll ring school tomorrow for a meeting with {kin:mum} and the {role:SENCo} about the ears, {kin:mum} thinks it might be sensory.
ns | We've done a food voucher for [O:St Hilda's Pantry] on Thursday, and {kin:mum}'s agreed to ring [O:Headland Medical Group] about her mood.
ns | {kin:Mum}'s number has changed, it's [PH:07700 900 208], and the {term:TAF} is {date:Tuesday 8th} at {time:9.15} at school, [S:Throston Dunes Primary].
"""),
    dict(
        id="R05",
        context={"child": {"name": "Zain Hussain", "dob": "2017-01-26"},
                 "people": [{"name": "Nadia Hussain", "role": "mother"},
                            {"name": "Imran Hussain", "role": "father"},
                            {"name": "Inaya Hussain", "role": "sister, 5"},
                            {"name": "Rashida Begum", "role": "maternal grandmother (nani)"}],
                 "address": "112 Parkhall Terrace, Burslem, Stoke-on-Trent ST6 3JR",
                 "school": "Middleport Valley Primary School", "worker": "Helen Barlow"},
        meta={"service": "Early Help (behaviour at school, family support)", "child_age_years": 9,
              "features": ["chatty_first_person", "early_help", "interpreter", "subtle_worry", "sibling_voice",
                           "non_english_kin", "nickname", "pet_name", "phone_in_text", "postcode", "first_person"]},
        body="""
o | First {term:Early Help} visit to the [P:Hussain] family at [A:112 Parkhall Terrace], Burslem, [PC:ST6 3JR], on {date:Wednesday 25 November}, {kin:mum} [P:Nadia] asked for help herself after school rang her again about [P:Zain].
w | [P:Zain]'s {age:nine}, he's in Year 5 at [S:Middleport Valley Primary], and he's had two suspensions this term for throwing a chair and kicking a teaching assistant.
w | {kin:Mum} told us {kin:dad}, [P:Imran], drives a taxi nights and sleeps in the day, so the kids have to be quiet from the minute they get in, and she's on her own most evenings.
ww | {kin:Mum}'s clearly on top of things, tea on, and she'd written down every time school had rung her in a little notebook.
cv,wf,w | [P:Zain] sat with me at the dining table and drew a volcano when I asked what angry feels like, he said it starts "in my belly" when the other boys say stuff about his {kin:nani}'s scarf and his {kin:abbu}'s job.
cv,wf,ww | He said he feels calm when he's with {pet:Sultan}, the cat, and at [O:Cobridge Young Lions] cricket on Saturdays, and he really wants {kin:abbu} to come and watch him once.
cv,wf,o | [P:Inaya], who's {age:five}, kept climbing on him and told me "[P:Zainu] is the best brother but he shouts at the telly".
ww | {kin:Nani} lives with them and speaks mostly Punjabi, so {kin:mum} interpreted for her, not ideal but {kin:nani} wanted to say it herself, that [P:Zain] is a good boy who brings her tablets and water every night.
w | {kin:Mum} did say, quietly in the kitchen, that [P:Imran] "loses his temper" too and [P:Zain] "gets it from somewhere", then changed the subject and put the kettle on.
ns | I'll go into school next week to work with [P:Zain] on his volcano with the {role:learning mentor}, and ask for a {term:TAF} before Christmas.
ns | He's registered at [O:Trubshaw Cross Surgery] and {kin:mum} wants him seen about his sleep, so I'll write a letter she can take in.
ns | I'll come back on a day when {kin:dad}'s awake so I can meet him, {kin:mum} suggested {date:Sunday} afternoon, and I'll make sure I get time with her on her own first; her mobile is [PH:07700 900 356].
"""),
]
