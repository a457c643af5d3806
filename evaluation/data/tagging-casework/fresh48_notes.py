"""fresh48's 12 marked-up notes (see make_fresh48.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in the 999 range with a valid modulus-11 check digit, NI
numbers with the QQ prefix, names, nicknames, addresses, postcodes, schools, nurseries, clubs, surgeries, contact
centres, youth projects, short-breaks houses and organisations made up; towns and areas are real and not annotated.
Authors: AL (a senior practitioner in Teesside, Stockton, Hexham and County Durham child in need and child
protection teams writing in the third person: "SW visited YP", "SW observed", "mother reports", abbreviations (SW,
YP, MGM, CIN, CCE, NRM, BTP, CMHT), numbered-free "SW to ..." action lines), AM (a family support worker in
Hartlepool, Sunderland, Barnsley and Hull writing a time-stamped visit log in short choppy lines and fragments,
everyone's words reported without quotation marks: "Said she's fine. Said she'd slept through."), AN (a supervising
social worker for foster carers in Gateshead, South Shields, Bradford and Carlisle writing reflective first-person
paragraphs, children quoted directly and in their own dialect (Glaswegian, Sunderland, West Yorkshire, Cumbrian),
and wishes and feelings work through three houses, bear cards, a worry monster, a scaling line, a Talking Mat and a
note pushed into the worker's pocket)."""

AL_WORKER = "Helen Trotter"
AM_WORKER = "Kirsty Dunn"
AN_WORKER = "Siobhan Ridley"

AL_NOTES = [
    dict(
        id="AL01",
        context={"child": {"name": "Kayden Bulmer", "dob": "2011-06-14"},
                 "people": [{"name": "Leanne Bulmer", "role": "mother"},
                            {"name": "Tyler Bulmer", "role": "brother"},
                            {"name": "Grant Ashby", "role": "youth worker"}],
                 "address": "22 Lowther Crescent, Middlesbrough TS3 7QD",
                 "school": "Marton Fields Academy", "worker": AL_WORKER},
        meta={"service": "Child in Need (adolescent, exploitation)", "child_age_years": 15, "author": "AL",
              "features": ["third_person", "abbreviations", "exploitation", "missing", "subtle_worry",
                           "sibling_voice", "relayed_voice", "quoted_child_voice", "word_name", "local_club",
                           "youth_project", "alternative_provision", "dob_in_text", "postcode", "phone_in_text",
                           "money"]},
        body="""
o | {role:SW} visited {term:YP} [P:Kayden Bulmer] and his {kin:mother} [P:Leanne] at home, [A:22 Lowther Crescent], Middlesbrough, [PC:TS3 7QD], on {date:Monday 30 November} after YP's third missing episode since {date:half term}.
o | YP's DOB is [DOB:14/06/2011]; {kin:brother} [P:Tyler] ({age:9}) was present for part of the visit.
w | YP was reported missing by mother at {time:10pm} on {date:Friday 27 November} and found by {natl:BTP} at {place:Darlington station} at {time:1.40am} on {date:Sunday} with a second phone and {money:£120} in cash.
cv,w | YP told SW he had been "at a mate's in Stockton" and that the money was "from my cousin".
w,wf | YP presented as tired and flat, hood up, answering most questions with a shrug.
cv,wf,w | Asked whether he owed anyone anything, YP asked whether police "can read stuff you've deleted", then said he was "not getting into it".
cv,w | [P:Tyler] told SW that [P:Kayden] had given him {money:£20} "for keeping my mouth shut about the phone", then laughed and said he was joking.
w | Mother reports new trainers and a jacket she did not buy, and late-night calls after which YP goes out through his bedroom window.
ww | Mother has reported every missing episode promptly and keeps a log of the cars that drop YP off.
ww | Mother has applied for a council hardship {word:grant} for window restrictors, supported by SW.
cv,wf,ww | YP still attends [O:Teesside Phoenix ABC] three evenings a week and said boxing is "the only thing that's mine".
cv,wf,w | Youth worker [P:Grant Ashby] at the [O:Junction] relayed YP telling him he wanted to "get out of it before it gets proper bad".
w | YP is on a part-time timetable at [S:Marton Fields], with two mornings a week at [S:Stepping Stones Centre], and attends about half of what is offered.
ns | SW to request a strategy discussion by {date:Wednesday 2 December} and complete the {term:CCE screening tool} with school.
ns | SW to make an {term:NRM} referral and pass mother's log of cars to the police exploitation team.
ns | Mother to ring {natl:101} if YP is not home by {time:9pm}, and {emerg:999} if he is in danger.
cv,wf,ns | YP agreed to a return home interview with [P:Grant] rather than a stranger, "if it's just him".
ns | SW to visit again on {date:Friday 4 December} and see [P:Tyler] at school.
o | Mother's new mobile is [PH:07700 900582].
"""),
    dict(
        id="AL02",
        context={"child": {"name": "Minh Nguyen", "dob": "2010-01-01"},
                 "people": [{"name": "Pauline Teasdale", "role": "supported lodgings host"},
                            {"name": "Long Tran", "role": "friend"}],
                 "address": "7 Bishopton Mews, Norton, Stockton-on-Tees TS20 1LX",
                 "school": "Riverside College", "worker": AL_WORKER},
        meta={"service": "Children in Care (unaccompanied asylum-seeking children)", "child_age_years": 16,
              "author": "AL",
              "features": ["third_person", "abbreviations", "uasc", "interpreter", "trafficking", "subtle_worry",
                           "quoted_child_voice", "word_name", "supported_lodgings", "college", "community_group",
                           "gp_surgery", "dob_in_text", "assigned_dob", "nhs_number", "postcode", "phone_in_text",
                           "money", "names_not_in_context", "pet_name"]},
        body="""
o | {role:SW} visited {term:YP} [P:Minh Nguyen] at his supported lodgings, [A:7 Bishopton Mews], Norton, [PC:TS20 1LX], on {date:Tuesday 1 December}, with a Vietnamese telephone {role:interpreter}, [P:Hoa].
o | YP's assigned DOB is [DOB:1 January 2010]; he is registered with [O:Norton Green Surgery], NHS number [NHS:999 836 2210].
o | Host [P:Pauline Teasdale], approved through [O:Tees Valley Supported Lodgings], was present at the start.
ww | Host reports YP is polite, cooks for the household on Sundays and has not missed a day of ESOL at [S:Riverside College].
cv,wf,ww | Through the interpreter YP said he feels "safe in this house" and that the host's dog, {pet:Pepper}, is "the first dog that was kind to me".
cv,w | YP told SW that a man he calls "Uncle" paid for his journey by lorry and that he "must pay back" {money:£18,000}, which he said he will do "when I work in the nails".
w | Host has twice heard YP on the phone after midnight, and on {date:Sunday 22 November} he left at {time:3am} and returned at {time:7am}, saying he had been for a walk.
cv,wf,w | When SW asked about the calls YP looked at the interpreter for a {word:long} time, then said "they only ask if I am okay", and asked twice how far Birmingham is from here.
cv,wf,ww | YP's friend from college, [P:Long], has taken him to the [O:Teesside Vietnamese Community Association] on Saturdays, where YP said he can "eat food like my mother's".
cv,wf,o | YP said he has not spoken to his mother for a {word:long} time and wants to find her, and he cried when SW mentioned the {natl:Red Cross} family tracing service.
o | YP's asylum claim is with the {natl:Home Office}; his screening interview was on {date:12 November}.
w | SW's view is that the debt, the night calls and the question about Birmingham are indicators of trafficking and YP may be under pressure to leave.
ns | SW will make an {term:NRM} referral today and request a strategy discussion this week.
ns | Host agreed to note any time YP goes out at night and ring SW or the emergency duty team at once.
cv,wf,ns | YP asked for a Vietnamese-speaking support worker and for the family tracing referral, and SW agreed to make both.
ns | SW to ask college to report any missed session the same day, and to review on {date:Tuesday 8 December}.
o | Host's mobile is [PH:07700 900317].
"""),
    dict(
        id="AL03",
        context={"child": {"name": "Ellie-Mae Wearmouth", "dob": "2013-04-09"},
                 "people": [{"name": "Carly Wearmouth", "role": "mother"},
                            {"name": "Harriet Wearmouth", "role": "sister"},
                            {"name": "Sandra Charlton", "role": "maternal grandmother"},
                            {"name": "Joanne Kell", "role": "care coordinator"}],
                 "address": "3 Tyne Mills Close, Hexham NE46 2PQ",
                 "school": "Tynedale Park High School", "worker": AL_WORKER},
        meta={"service": "Child in Need (parental mental health)", "child_age_years": 13, "author": "AL",
              "features": ["third_person", "abbreviations", "parental_mental_health", "young_carer", "subtle_worry",
                           "sibling_voice", "relayed_voice", "quoted_child_voice", "nickname", "word_name",
                           "young_carers_group", "nursery", "gp_surgery", "postcode", "phone_in_text",
                           "names_not_in_context"]},
        body="""
o | {term:CIN} visit by {role:SW} to [A:3 Tyne Mills Close], Hexham, [PC:NE46 2PQ], on {date:Wednesday 25 November} at {time:3.45pm}; present {kin:mother} [P:Carly Wearmouth], {term:YP} [P:Ellie-Mae] ({age:13}), [P:Harriet] ({age:4}), known as [P:Honey], and {kin:MGM} [P:Sandra Charlton].
w | Mother was discharged from {place:St George's Park} on {date:6 November} after a manic episode and told SW she stopped her lithium "about a week ago" because it "flattens" her.
w | SW observed mother talking quickly, planning to redecorate the whole house before Christmas, with unopened parcels stacked in the hallway.
cv,wf,w | Seen alone in her bedroom, YP told SW she "keeps an eye on mam's tablets" and counts them each night, and stays awake until mother sleeps "because if I'm asleep I can't tell if she's gone weird".
cv,wf,w | YP said she has not told anyone at school because "they'll just make it a big thing", and asked SW not to tell her form tutor.
w | Head of year Mr [P:Fenwick] rang SW on {date:Monday} to say YP has fallen asleep in two lessons and has been late most days.
cv,w | He relayed that YP told a friend she has to "get [P:Honey] up and dressed" before school.
cv,wf,w | [P:Honey] showed SW her nursery painting and, laughing, said "that's Mammy dancing in the kitchen, she dances all night".
ww | {kin:MGM} lives two streets away, has had [P:Honey] for tea three times this week and will stay over until mother is seen by her care coordinator.
cv,wf,ww | [P:Honey] told SW that {kin:nana} makes "toast with {word:honey} on" and that she likes sleeping at nana's.
ww | Mother has a crisis plan from the {term:CMHT} and agreed SW could share concerns with her care coordinator, [P:Joanne Kell].
ww | Mother said "the {kin:bairns} come first, I know when I'm getting poorly", and agreed to ring the crisis line if she cannot sleep.
ns | SW has requested an urgent review by the care coordinator and a joint visit by {date:Friday 4 December}.
ns | SW to complete a young carers assessment with YP and to refer her to [O:Tynedale Young Carers] with her consent.
cv,wf,ns | YP agreed to the referral but asked that nobody comes into school about it, so SW will see her at home.
ns | SW to update [P:Honey]'s nursery, [S:Hexham Riverside Nursery], and the family's GP at [O:Abbeyfield Medical Practice].
o | MGM's phone number is [PH:01632 960418].
"""),
    dict(
        id="AL04",
        context={"child": {"name": "Corey Marshall", "dob": "2012-03-03"},
                 "people": [{"name": "Gavin Marshall", "role": "father"},
                            {"name": "Wade Marshall", "role": "brother"},
                            {"name": "Nasreen Ahmed", "role": "class teacher"}],
                 "address": "41 Lumleydene Road, Chester-le-Street DH3 3ZR",
                 "school": "Whitehill Brook School", "worker": AL_WORKER},
        meta={"service": "Children with Disabilities (child in need)", "child_age_years": 14, "author": "AL",
              "features": ["third_person", "abbreviations", "disability", "autism", "learning_disability",
                           "child_to_parent_violence", "non_verbal", "symbols", "relayed_voice", "quoted_child_voice", "subtle_worry",
                           "short_breaks", "word_name", "dob_in_text", "nhs_number", "postcode", "phone_in_text"]},
        body="""
o | {role:SW} visited {term:YP} [P:Corey Marshall] ({age:14}) and his {kin:father} [P:Gavin] at [A:41 Lumleydene Road], Chester-le-Street, [PC:DH3 3ZR], on {date:Tuesday 24 November} after father rang duty.
o | YP has autism and a moderate learning disability and attends [S:Whitehill Brook School]; DOB [DOB:3rd March 2012], NHS number [NHS:999 273 0161].
w | Father reported that YP hit him with a games controller on {date:Sunday}, leaving a cut above his eye, and that YP has punched holes in two doors in {dur:three weeks}.
w | SW observed the cut and the broken bedroom door; father said "I'm bigger than him for now, but not for long".
w | Father has been sleeping on the sofa by the front door because YP has started going out at night in his pyjamas.
cv,wf,w | YP did not sit down, walked the length of the room repeating "no Thursday, no Thursday" and covered his ears when the dog barked.
cv,wf,w | Father explained that Thursday is YP's overnight at [O:Oakridge House], and for three weeks YP has screamed and refused to board the bus; father does not know why.
cv,wf,w | Class teacher Mrs [P:Ahmed] relayed that when staff showed YP the symbol for [O:Oakridge House] he pushed it off the table and pointed to the symbol for home.
cv,wf,ww | YP was calmer once SW sat on the floor beside him with his tablet, and he showed SW a video of the sea at Seaham, saying "{word:wade} in, {word:wade} in" and smiling.
ww | Father said {kin:brother} [P:Wade] ({age:19}) takes YP to the beach at Seaham every Saturday and YP has never hit [P:Wade].
ww | Father has kept every appointment, uses YP's visual timetable daily and asked for help himself.
w | Father said he is "running on fumes" and has not slept a full night since {date:October}.
ns | SW to speak to the manager of [O:Oakridge House] tomorrow and request their incident and staffing logs for the last {dur:month}.
ns | SW to refer YP to the {natl:CAMHS} learning disability team and ask school for a positive behaviour support plan.
cv,wf,ns | YP will not go to [O:Oakridge House] this Thursday; father and SW agreed YP's "no Thursday" must be listened to until it is understood.
ns | SW to raise this at the {term:Child in Need} meeting on {date:Thursday 10 December} and request a carer's assessment for father.
o | Father's mobile is [PH:07700 900644].
"""),
]

AM_NOTES = [
    dict(
        id="AM01",
        context={"child": {"name": "Mia-Rose Gibbon", "dob": "2023-06-02"},
                 "people": [{"name": "Shannon Gibbon", "role": "mother"},
                            {"name": "River Gibbon", "role": "brother"},
                            {"name": "Connor Baxter", "role": "father of River"},
                            {"name": "Debbie Gibbon", "role": "maternal grandmother"},
                            {"name": "Alison Thew", "role": "health visitor"}],
                 "address": "11 Tarnbeck Walk, Hartlepool TS24 8NN",
                 "school": "Little Puffins Nursery", "worker": AM_WORKER},
        meta={"service": "Early Help (family support)", "child_age_years": 3, "author": "AM",
              "features": ["fragments", "time_log", "reported_speech_unquoted", "neglect", "home_conditions",
                           "pre_verbal", "toddler_voice", "subtle_worry", "word_name", "nursery", "gp_surgery",
                           "food_bank", "nhs_number", "postcode", "money", "names_not_in_context"]},
        body="""
o | {time:09.58} arrived [A:11 Tarnbeck Walk], Hartlepool, [PC:TS24 8NN].
o | Knocked three times.
o | {kin:Mam} [P:Shannon] answered in her dressing gown.
o | Said she'd slept through the alarm.
o | Curtains shut, telly on loud.
w | Smell of dirty nappies in the hall.
w | Kitchen bin overflowing, bags by the back door, dog mess on the yard.
w | [P:River] ({age:7 months}) in his cot in the front room, awake, quiet, didn't cry when we came in.
w | Nappy heavy, bum red raw.
o | Changed him with mam.
ww | Mam gentle with him, chatted to him the whole way through.
w | Bottle in the cot from last night, milk gone lumpy.
cv,wf,w | [P:Mia-Rose] came down in bare feet, said she was starving.
cv,w | Said she had crisps for her tea.
w,wf | Climbed straight on my knee, first time she's met me.
w | Fridge: half a pint of milk, a tub of marge, four cans of lager.
w | Mam said she's not been out the house since {date:Tuesday}, said her head's all over.
w | Said [P:Connor] hasn't sent money and her {natl:Universal Credit} is down {money:£90} this month.
w | [P:River] missed his 16-week jabs at [O:Fensbury Medical Centre].
o | NHS number [NHS:999 127 2208].
w | [P:Mia-Rose] not been to [S:Little Puffins] since {date:half term}.
cv,wf,o | [P:Mia-Rose] said she misses Miss [P:Kayleigh] and the sand tray.
cv,wf,ww | Said {kin:nana} takes her to the {word:river} to feed the ducks and she wants to go again.
ww | {kin:Nana} [P:Debbie] rings every morning, does the big shop Fridays.
ww | Mam let me look in every room without asking why.
ns | Booked [P:River]'s jabs with mam for {date:Thursday 3 December}, {time:10.20}.
ns | Food bank voucher given, [O:St Hild's Pantry], Friday dinner times.
ns | Mam agreed to take [P:Mia-Rose] to nursery Monday, nana to walk them up.
ns | Will ring {role:HV} [P:Alison] today about [P:River]'s weight and the nappy rash.
ns | Bin plan: bags out Wednesday night, one room a day, I'll help with the kitchen next visit.
ns | Next visit {date:Monday 30 November}, {time:9.30}.
o | Left {time:11.05}.
"""),
    dict(
        id="AM02",
        context={"child": {"name": "Jayden Tate", "dob": "2018-02-11"},
                 "people": [{"name": "Nicola Tate", "role": "mother"},
                            {"name": "Star Tate", "role": "sister"},
                            {"name": "Lee Dinsdale", "role": "father"},
                            {"name": "Beth Armitage", "role": "social worker"},
                            {"name": "Emeka Okafor", "role": "class teacher"}],
                 "address": "6 Glenroy Gardens, Sunderland SR4 0HU",
                 "school": "Hylton Dene Primary School", "worker": AM_WORKER},
        meta={"service": "Child in Need (domestic abuse, family support)", "child_age_years": 8, "author": "AM",
              "features": ["fragments", "time_log", "reported_speech_unquoted", "domestic_abuse", "subtle_worry",
                           "sibling_voice", "word_name", "local_club", "contact_centre",
                           "postcode", "phone_in_text", "money"]},
        body="""
o | {time:15.40} home visit, [A:6 Glenroy Gardens], [PC:SR4 0HU].
o | {kin:Mam} [P:Nicola], [P:Jayden] ({age:8}), [P:Star] ({age:5}), just in from school.
ww | House warm and tidy, mince and dumplings on.
w | Pair of men's trainers by the front door, size ten.
w | Mam said they're her brother's, said he left them at the weekend.
w | Didn't look at me when she said it.
cv,wf,ww | [P:Star] showed me her {word:star} chart on the fridge, five stickers for sleeping in her own bed, well proud.
cv,wf,ww | Said she doesn't need the landing light on now cos the shouting stopped.
cv,w | Then said {kin:daddy} brought her a unicorn.
w | Non-mol in place till {date:March}, contact only through [O:Millfield Family Contact Centre].
w | Asked mam about the unicorn, said [P:Lee]'s mam dropped it off.
o | [P:Jayden] in his room, headphones on.
cv,wf,w | Said he's fine, said he's not allowed to talk about {kin:dad} cos mam gets upset.
cv,w | Asked who said that, he shrugged.
cv,wf,o | Said he wants to go back to football at [O:Grindon Rovers Juniors].
ww | Teacher Mr [P:Okafor] told mam he's settled, reading loads.
ww | [P:Star]'s reading book signed every night this week.
ww | Mam going to the [O:Sunflower Project] group Wednesday mornings, {dur:four weeks} done.
ww | Mam rang the police herself {date:last month} when [P:Lee] came to the school gate.
w | Mam said [P:Lee]'s been messaging her sister, wants to see the kids for Christmas.
w | Said maybe Christmas Day, just an hour, for the kids' sake.
ns | Explained any contact has to go through the contact centre and the {role:SW}.
ns | Will ring SW [P:Beth] today about the trainers and the unicorn.
ns | Mam to keep the safety plan on her phone, agreed to ring {emerg:999} if [P:Lee] turns up.
ns | Will ring the football coach, subs {money:£2} a week, can come out of the hardship fund.
cv,wf,ns | [P:Jayden] said he'd go if his mate [P:Callum] goes too.
ns | Next visit {date:Friday 4 December} after school.
o | Mam's number same, [PH:0191 498 0276].
o | Left {time:16.45}.
"""),
    dict(
        id="AM03",
        context={"child": {"name": "Ava Hepworth", "dob": "2020-03-17"},
                 "people": [{"name": "Carol Hepworth", "role": "maternal grandmother, kinship carer"},
                            {"name": "Leo Hepworth", "role": "brother"},
                            {"name": "Gemma Hepworth", "role": "mother"},
                            {"name": "Darren Fox", "role": "father"},
                            {"name": "Michelle Hepworth", "role": "maternal aunt"},
                            {"name": "Priya Lund", "role": "social worker"}],
                 "address": "27 Wentworth Rise, Athersley, Barnsley S71 3DQ",
                 "school": "Athersley Green Primary School", "worker": AM_WORKER},
        meta={"service": "Kinship care (family support)", "child_age_years": 6, "author": "AM",
              "features": ["fragments", "time_log", "reported_speech_unquoted", "kinship_care", "parental_substance_misuse",
                           "parent_in_prison", "subtle_worry", "sibling_voice", "word_name", "family_hub",
                           "dob_in_text", "ni_number", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | {time:16.10} visit to {kin:nana} [P:Carol Hepworth], [A:27 Wentworth Rise], Athersley, [PC:S71 3DQ].
o | [P:Leo] ({age:10}) and [P:Ava] ({age:6}) living here since {date:August}, {term:kinship placement}.
o | Nana's DOB [DOB:02/05/1963], NI [NI:QQ 38 19 74 B], for the allowance form.
ww | Kids in uniform, fed, fish fingers and beans.
ww | Both got their own beds now, bunk beds from church.
cv,wf,ww | [P:Ava] read me her line for the school {word:carol} service, she's a sheep, said she's not nervous cos nana's coming.
cv,wf,o | Asked if {kin:mummy} is coming to the {word:carol} service too.
o | Nana went quiet.
w | {kin:Mum} [P:Gemma] turned up at [S:Athersley Green] gates {date:last Tuesday}, shouting, smelt of drink.
o | Head rang nana.
w | [P:Ava] wet the bed three nights since, nana washing sheets every morning.
cv,wf,w | [P:Leo] said he's the man of the house now {kin:dad}'s away, said he checks the doors at night.
w | Nana found bread and biscuits under his bed.
cv,wf,w | [P:Leo] said it's just in case, wouldn't say in case of what.
w | Dad [P:Darren] in {place:HMP Doncaster}, out {date:February} maybe, wants to live here.
w | Nana not sure, said leopards don't change their spots.
ww | Nana said the kids are her world, she'd do owt for them.
w | Nana's sugars up and down, missed her own diabetes clinic twice, nobody to have the kids.
ww | [P:Leo]'s teacher Mrs [P:Sykes] says he's made a friend, [P:Alfie], got the headteacher's award.
ww | {kin:Auntie} [P:Michelle] has the kids Friday nights so nana gets a break.
cv,wf,ww | [P:Ava] said auntie does her hair in plaits with ribbons, she loves it.
ns | {term:SGO} assessment starting {date:January}, {role:SW} [P:Priya] doing it.
ns | Will refer nana to the kinship carers group at [O:Athersley Family Hub], Thursday mornings.
ns | Help with allowance form next visit, bring the bank letters.
ns | Nana to rebook her clinic, [P:Michelle] to have the kids that day.
ns | Will tell SW about mum at the school gates, school already logged it.
ns | Ask school about a worry box or a key adult for [P:Leo].
o | Nana's mobile [PH:07700 900861].
o | Left {time:17.20}.
"""),
    dict(
        id="AM04",
        context={"child": {"name": "Oscar Fewster", "dob": "2021-07-08"},
                 "people": [{"name": "Lauren Fewster", "role": "mother"},
                            {"name": "Kyle Fewster", "role": "father"},
                            {"name": "Poppy Fewster", "role": "sister"},
                            {"name": "Sheila Fewster", "role": "paternal grandmother"}],
                 "address": "58 Kestrel Garth, Bransholme, Hull HU7 4RE",
                 "school": "Sutton Fields School", "worker": AM_WORKER},
        meta={"service": "Early Help (disabled children, family support)", "child_age_years": 5, "author": "AM",
              "features": ["fragments", "time_log", "reported_speech_unquoted", "disability", "autism", "non_verbal",
                           "switch_aac", "young_carer", "sibling_voice", "relayed_voice", "nickname", "word_name",
                           "short_breaks", "young_carers_group", "postcode", "email_in_text"]},
        body="""
o | {time:13.30} visit, [A:58 Kestrel Garth], Bransholme, [PC:HU7 4RE].
o | {kin:Mam} [P:Lauren], [P:Oscar] ({age:5}, [P:Button] to everyone), [P:Poppy] ({age:9}) off school with a cold.
o | [P:Oscar] autistic, non-verbal, at [S:Sutton Fields] mornings only.
w | Mam said he's been up from {time:2am} most nights, said she's running on empty.
w | New bruise on [P:Oscar]'s forehead.
w | Mam said he bangs his head on the floor when the tablet goes off.
w | Bedroom window cracked, mam said he headbutted it {date:Sunday}.
w | Dad [P:Kyle] on nights at the docks, sleeps days.
w | Mam on her own with it most of the time.
cv,wf,o | [P:Oscar] took my hand, walked me to the fridge, put my hand on the handle.
wf,o | Mam got his yoghurt, he flapped and squealed, happy.
cv,wf,o | Pressed the {word:button} on his switch for more, four times.
wf,ww | Settled under his weighted blanket after, humming, calm.
ww | Mam knows all his signals, can tell a hungry hum from a sore hum.
ww | Mam's been doing the bedtime visual from school every night.
cv,wf,w | [P:Poppy] said she goes in the wardrobe with her headphones when he screams, said it's cosy in there.
cv,wf,o | Said she wants a day out with just mam, like before.
cv,wf,w | Mam said [P:Poppy]'s teacher told her [P:Poppy] cried in class {date:Friday}, said her brother broke her tablet and nobody cares.
ww | {kin:Nana} [P:Sheila] has [P:Poppy] Saturdays, takes her swimming.
w | Short breaks assessment done {date:September}, still no offer.
w | Mam said she loves him to bits but she's not coping.
ns | Will ring the disabled children's team about short breaks, ask about [O:Kite Club] Saturday sessions.
ns | Will ask the {role:community paediatrician} about a sleep referral.
cv,wf,ns | Young carers referral for [P:Poppy] to [O:Northpoint Young Carers], she said yes if she can go with her friend [P:Ruby].
ns | Ask school about full days after Christmas.
ns | Will chase the {role:OT} about a window guard and a safe space bed.
ns | Dad to have Sunday mornings with [P:Oscar] so mam can sleep in.
o | Mam's email [E:laurenfewster88@quaymail.co.uk] for the forms.
o | Left {time:14.45}.
"""),
]

AN_NOTES = [
    dict(
        id="AN01",
        context={"child": {"name": "Kayleigh McLeod", "dob": "2018-05-20"},
                 "people": [{"name": "Jan Curry", "role": "foster carer"},
                            {"name": "Phil Curry", "role": "foster carer"},
                            {"name": "Bonnie McLeod", "role": "sister"},
                            {"name": "Donna McLeod", "role": "mother"},
                            {"name": "Mhairi Campbell", "role": "child's social worker"}],
                 "address": "15 Wrekenton Row, Gateshead NE9 7JT",
                 "school": "Saltwell Grange Primary School", "worker": AN_WORKER},
        meta={"service": "Fostering (supervising social worker)", "child_age_years": 8, "author": "AN",
              "features": ["first_person", "reflective", "dialect", "quoted_child_voice", "three_houses", "drawing",
                           "written_voice", "foster_care", "family_time", "subtle_worry", "word_name", "local_club",
                           "pet_name", "postcode", "phone_in_text", "names_not_in_context", "sibling_time"]},
        body="""
o | I visited [P:Jan] and [P:Phil Curry] at [A:15 Wrekenton Row], Gateshead, [PC:NE9 7JT], on {date:Tuesday 24 November} to see [P:Kayleigh] ({age:8}), who came to them from Glasgow {dur:five weeks} ago.
cv,wf,ww | [P:Kayleigh] met me at the door in her [O:Low Fell Brownies] sweatshirt and pulled me by the sleeve to the fish tank, so unlike the silent girl I drove down the A1.
cv,wf,o | She told me "that wee orange yin's mine, [P:Phil] says Ah can name it", and has called it {pet:Nemo}.
o | We did the {tool:three houses} at the kitchen table.
cv,wf,ww | In her house of good things she drew [P:Jan]'s kitchen, the fish and her big sister [P:Bonnie], and wrote "[P:Jan]'s hoose is a {word:bonnie} hoose" across the roof.
cv,wf,w | In her house of worries she drew herself tiny beside a tall man, said "that's [P:Tam], he's no ma real uncle", and scribbled over him until the paper tore.
w | I did not push, but [P:Jan] later told me she had wet herself that afternoon, the first time in a fortnight.
cv,wf,o | In her house of dreams she drew her {kin:mammy}, [P:Bonnie] and herself at the seaside and said "Ah want us aw thegither, but no in Glasgow".
w,wf | After each {term:family time} at the [O:Sunniside Family Time Centre] she is unsettled for days and hides food in her pillowcase.
cv,wf,w | Her {kin:mum} [P:Donna] told her last time she would "be hame by Christmas", which is not the plan, and [P:Kayleigh] has since asked [P:Jan] three times if she should pack.
ww | [P:Jan] and [P:Phil] have been endlessly patient, and [P:Phil] has made a paper chain counting down to seeing [P:Bonnie] rather than to going home.
ww | School say she has settled in Year 4 at [S:Saltwell Grange], with a best friend, [P:Ayesha].
w | Driving away I kept thinking how much of her fear sits with this man, and how little we know about him.
ns | I will send the drawing to her social worker, [P:Mhairi Campbell], today and ask for [P:Tam] to be checked with {natl:Police Scotland}.
ns | I will also ask that family time stays supervised and that mum is helped to give one clear message.
cv,wf,ns | Sibling time with [P:Bonnie] is booked for {date:Saturday 5 December} at the {place:Metrocentre}, and [P:Kayleigh] wrote it on [P:Jan]'s calendar in purple pen.
o | [P:Jan]'s mobile is [PH:0191 498 0625].
"""),
    dict(
        id="AN02",
        context={"child": {"name": "Lewis Hindmarch", "dob": "2015-01-30"},
                 "people": [{"name": "Sandy Ridley", "role": "foster carer"},
                            {"name": "Mike Ridley", "role": "foster carer"},
                            {"name": "Tracey Hindmarch", "role": "mother"},
                            {"name": "Steven Hindmarch", "role": "father"},
                            {"name": "Rachel Oyelaran", "role": "child's social worker"}],
                 "address": "30 Mowbray Terrace, South Shields NE33 3LA",
                 "school": "Harton Moor Academy", "worker": AN_WORKER},
        meta={"service": "Fostering (supervising social worker)", "child_age_years": 11, "author": "AN",
              "features": ["first_person", "reflective", "dialect", "quoted_child_voice", "bear_cards",
                           "worry_monster", "written_voice", "foster_care", "neglect", "parental_alcohol",
                           "parental_substance_misuse", "subtle_worry", "word_name", "local_club", "gp_surgery",
                           "dob_in_text", "nhs_number", "postcode", "phone_in_text"]},
        body="""
o | I saw [P:Lewis] ({age:11}) at [P:Sandy] and [P:Mike Ridley]'s, [A:30 Mowbray Terrace], South Shields, [PC:NE33 3LA], on {date:Friday 27 November}, {dur:eight weeks} into his placement.
cv,wf,ww | He was in the garden with [P:Sandy]'s dog, shouting "howay, watch this" as it jumped through a hula hoop, grinning from ear to ear.
cv,wf,ww | [P:Sandy] took him to Sandhaven on {date:Sunday} and he told me the {word:sandy} bit was "mint"; he had never been on a beach before.
cv,wf,w | With the {tool:bear cards} he chose the fed-up bear for school and the scared bear for "when me {kin:dad} divvent answer his phone".
cv,w | He told me "Ah gan past his flat after school sometimes, just to check, like", and that there were "lads in there smokin' stuff".
w | Neither [P:Sandy] nor school knew; he should see his dad only at supervised {term:family time}, and police found him at that flat in {date:September}.
cv,wf,w | He fed two notes to the {tool:worry monster} on his bed and let me read them: "I worry me dad will die" and "I worry I will get wrong for telling".
cv,wf,w | When I said he was not in trouble he said "aye, but ye'll tell [P:Sandy]" and pulled his hood over his face.
cv,wf,w | His {kin:mam} [P:Tracey] has missed two of the last four family times, and [P:Lewis] said "she'll be on the drink" in a flat voice.
ww | [P:Sandy] has worked hard on routines: he walks to [S:Harton Moor] with her grandson, eats breakfast daily and has had no days off since half term.
cv,wf,ww | He has joined [O:Trow Point Sea Cadets] and wants to "drive the boat" on their spring trip.
o | His initial health assessment at [O:Lawe Top Surgery] is overdue; DOB [DOB:30.01.2015], NHS number [NHS:999 845 5138].
w | What stays with me is how much [P:Lewis] still carries for both parents, and how alone he must have felt outside that flat.
ns | I will speak to his social worker, [P:Rachel Oyelaran], today about the visits to the flat and whether a strategy discussion is needed.
cv,wf,ns | [P:Sandy] will walk him to and from school for now, which [P:Lewis] agreed to "as long as she doesn't hold me hand".
ns | Next time we will use the bear cards to plan what he can do when his dad doesn't answer.
o | [P:Sandy]'s mobile is [PH:07700 900739].
"""),
    dict(
        id="AN03",
        context={"child": {"name": "Kiera Holroyd", "dob": "2012-09-11"},
                 "people": [{"name": "Grace Campbell", "role": "foster carer"},
                            {"name": "Winston Campbell", "role": "foster carer"},
                            {"name": "Jerome Campbell", "role": "foster carers' son"},
                            {"name": "Shaun Holroyd", "role": "father"},
                            {"name": "Natalie Firth", "role": "child's social worker"}],
                 "address": "9 Lidget Fold, Bradford BD9 6QY",
                 "school": "Thornton Grange Academy", "worker": AN_WORKER},
        meta={"service": "Fostering (supervising social worker, long-term foster care)", "child_age_years": 14,
              "author": "AN",
              "features": ["first_person", "reflective", "dialect", "quoted_child_voice", "child_scaling", "scaling",
                           "written_voice", "foster_care", "subtle_worry", "word_name", "local_club",
                           "gp_surgery", "nhs_number", "postcode", "email_in_text", "letterbox_contact"]},
        body="""
o | I visited [P:Kiera] ({age:14}) at [P:Grace] and [P:Winston Campbell]'s home, [A:9 Lidget Fold], Bradford, [PC:BD9 6QY], on {date:Monday 23 November}.
o | [P:Kiera] has lived with them for {dur:three years}, and her long-term match was agreed in {date:June}.
ww | [P:Grace] says [P:Kiera] still does her jobs and has not missed a Saturday at [O:Allerton Eagles Netball Club].
w | [P:Kiera] usually meets me at the door full of news, but this time she stayed in her room until [P:Grace] called her twice.
w | [P:Grace] told me [P:Kiera] now takes her tea upstairs and has stopped coming down when they say {word:grace} before Sunday dinner.
w | [P:Grace] and [P:Winston]'s son [P:Jerome] ({age:19}) moved home from university in {date:October} and has not had his adult household member {term:DBS} check.
cv,wf,w | On our usual scaling line [P:Kiera] put herself at a {scale:5} for how settled she feels, down from a {scale:9} in {date:September}, and when I asked what had changed she said "nowt, I'm just mithered wi' school".
cv,wf,w | A minute later she said "it were better when it were just us", and went red.
cv,wf,w | As I was leaving she pushed a folded note into my coat pocket which said: "Can I have a lock on my door that works. Please dont tell [P:Grace] I asked. Im not in trouble am I".
w | This may simply be a teenager wanting her own space, but her lock broke in {date:October}, [P:Jerome]'s room is next to hers, and I cannot set the timing aside.
cv,wf,ww | Her letterbox contact with her {kin:dad}, [P:Shaun], who is in recovery, is going well, and she read me his last card, "he says he's reet proud of me", smiling.
ww | [P:Grace] and [P:Winston] have been warm and steady, and are rightly proud of her report from [S:Thornton Grange Academy].
o | Her review health assessment at [O:Girlington Health Centre] is due in {date:January}; NHS number [NHS:999 440 9425].
ns | I rang her social worker, [P:Natalie Firth], from the car, and she will see [P:Kiera] on her own at school this week.
ns | I will ask for [P:Jerome]'s {term:DBS} urgently and talk to [P:Grace] and [P:Winston] about bedroom arrangements without sharing the note.
ns | A new lock for [P:Kiera]'s door will be fitted by the end of the week, which I will confirm with [P:Kiera] myself.
o | [P:Grace]'s email for the paperwork is [E:grace.campbell@lidgetmail.co.uk].
"""),
    dict(
        id="AN04",
        context={"child": {"name": "Lola Dixon", "dob": "2020-04-26"},
                 "people": [{"name": "Edward Dixon", "role": "brother"},
                            {"name": "Archie Dixon", "role": "brother"},
                            {"name": "Anne Mistry", "role": "foster carer"},
                            {"name": "Raj Mistry", "role": "foster carer"},
                            {"name": "Owen Brannigan", "role": "children's social worker"}],
                 "address": "4 Brunstock Close, Carlisle CA3 0HS",
                 "school": "Houghton Brook Infants", "worker": AN_WORKER},
        meta={"service": "Fostering (supervising social worker, sibling group)", "child_age_years": 6,
              "author": "AN",
              "features": ["first_person", "reflective", "dialect", "quoted_child_voice", "talking_mat",
                           "sibling_voice", "sibling_group", "foster_care", "care_proceedings", "neglect",
                           "parentified", "pre_verbal", "subtle_worry", "nickname", "word_name", "nursery",
                           "dob_in_text", "nhs_number", "postcode", "names_not_in_context"]},
        body="""
o | I visited [P:Anne] and [P:Raj Mistry] at [A:4 Brunstock Close], Carlisle, [PC:CA3 0HS], on {date:Wednesday 2 December} to see [P:Lola] ({age:6}), [P:Edward] ({age:4}), always [P:Teddy], and baby [P:Archie] ({age:9 months}).
ww | The house was calm and smelled of baking, with [P:Archie] asleep in his pram.
cv,wf,o | [P:Teddy] ran to show me his {word:teddy}, a one-eyed bear from home, and said "him's my laal bear, him got a poorly eye".
o | [P:Lola] did a {tool:Talking Mat} with me, sorting picture cards under a smiley, a "not sure" and a sad face.
cv,wf,ww | Under the smiley face she put [P:Anne]'s cooking, her school, [S:Houghton Brook], her best friend [P:Esme] and, in her words, "[P:Archie]'s giggles".
cv,wf,w | Under the sad face she put the picture of a bed, and told me "I have to listen for [P:Archie] in the night in case [P:Anne] doesn't hear him".
w | [P:Anne] says [P:Lola] gets up two or three times a night to check on [P:Archie] and has tried to change his nappy, as she did at home.
cv,wf,w | Under "not sure" she put the picture of a house and said "our {kin:mam}'s house, cos Mam says Ah's gaan yam but you says maybe not".
cv,wf,o | Then she asked me, "Will me and [P:Teddy] and [P:Archie] all stop together?"
o | I told her the grown-ups are still working that out, and felt uncomfortable giving her so little.
w | [P:Teddy] has hit [P:Archie] twice this week, once with a wooden brick, and [P:Raj] now stays close whenever they play.
cv,wf,w | When [P:Raj] told [P:Teddy] not to throw, he hid under the table and shouted "no [P:Teddy], bad [P:Teddy]" at himself.
ww | [P:Anne] and [P:Raj] have a good routine, and [P:Teddy]'s nursery at [S:Belah Rise Nursery] says his speech is coming on.
ww | [P:Raj] keeps a daily diary of each child's sleep and play, invaluable for the court.
o | [P:Archie]'s DOB is [DOB:14 February 2026] and his NHS number [NHS:999 852 8844].
ns | I will ask the social worker, [P:Owen Brannigan], and the children's guardian to see [P:Lola]'s Talking Mat before the sibling assessment is finalised.
ns | [P:Anne] will keep the baby monitor by her bed and show [P:Lola] each night that she hears [P:Archie], so [P:Lola] learns an adult will go to him.
ns | [P:Raj] will ask the health visitor about play sessions for [P:Teddy], and life story work will start in {date:January}.
"""),
]

NOTES = AL_NOTES + AM_NOTES + AN_NOTES
