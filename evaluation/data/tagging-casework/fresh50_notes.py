"""fresh50's 12 marked-up notes (see make_fresh50.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0115 496 0xxx, 0116 496 0xxx, 0117 496 0xxx, 01632 960xxx), NHS numbers in the 999 range with a
valid modulus-11 check digit, NI numbers with the QQ prefix, names, nicknames, addresses, postcodes, emails
(example.com / example.org), schools, colleges, surgeries, clubs, youth projects, short-breaks units, refuges,
supported accommodation and other local organisations made up; towns and areas are real and not annotated.
Authors: AO (a youth justice and leaving care worker in Nottingham, Derby and Leicester who types terse fragments
with colons and abbreviations: "Seen @ home.", "Mood: flat.", "T says:", YJS, RO, PA, ETE, UC, CCE, "x3 this wk",
children's words quoted in short bursts), AP (an independent-sector social worker in Bristol, Gloucester, Swindon
and Cheltenham writing long reflective first-person paragraphs in full sentences, almost everything relayed as
indirect speech: "she told me that she ...", "he explained that ...", few quotation marks), AQ (a Signs of Safety
child protection worker in Kent and Medway (Margate, Chatham, Maidstone, Folkestone) writing under spoken headings
run into the sentence ("What we are worried about: ...", "What's working well: ...", "Danger statement: ...",
"Scaling: ...", "Next steps: ..."), children's written words copied with their own spelling ("I wish dad wasnt
angry")."""

AO_WORKER = "Ravinder Gill"
AP_WORKER = "Imogen Thackeray"
AQ_WORKER = "Gary Ndlovu"

AO_NOTES = [
    dict(
        id="AO01",
        context={"child": {"name": "Tyrese Campbell", "dob": "2011-09-03"},
                 "people": [{"name": "Marcia Campbell", "role": "mother"},
                            {"name": "Chase Holloway", "role": "friend"},
                            {"name": "Leon Ashe", "role": "mentor"}],
                 "address": "41 Radford Grove, Nottingham NG7 5QL",
                 "school": "Bulwell Park Academy", "worker": AO_WORKER},
        meta={"service": "Youth Justice (referral order)", "child_age_years": 15, "author": "AO",
              "features": ["fragments", "abbreviations", "youth_justice", "knife_crime", "exploitation",
                           "subtle_worry", "quoted_child_voice", "word_name", "local_club", "mentoring",
                           "dob_in_text", "postcode", "phone_in_text"]},
        body="""
o | Referral order mtg, {role:YJS} office, Nottingham, {date:Tues 1 Dec}, {time:16:00} to {time:16:50}.
o | Present: [P:Tyrese Campbell], {kin:mum} [P:Marcia], me.
o | DOB [DOB:03.09.2011].
o | Address [A:41 Radford Grove], [PC:NG7 5QL].
w | Offence: possession of a bladed article outside the {place:Victoria Centre}, {date:4 Oct}.
cv,wf,w | T says knife was "for protection, everyone's carrying, I'm not being the one that gets wet".
w | Mum: new phone she didn't buy, new friends from Sneinton, in after {time:midnight} x3 this wk.
cv,w | Asked re running for anyone: "nah, I'm not in that, swear down."
w | Then went quiet when I asked who got him the phone.
cv,w | Later named mate [P:Chase] as the one who "sorted it".
w | School: 2 fixed-term exclusions this term from [S:Bulwell Park], now on a reduced timetable.
ww | Attended all 6 {term:RO} sessions so far, on time every time.
cv,wf,ww | Goes to music production at [O:Basement Beats] Tues and Thurs, says it's "the only place my head's not loud".
ww | Mum very engaged, texts me after every late return, has taken the bedroom door key off him.
cv,wf,o | Asked what he wants: "get my grades, get out of ends, maybe do barbering."
cv,wf,w,ww | Scaling safe in his area: {scale:3} out of 10, safe at home: {scale:9}.
w | My view: phone, curfew breaches and the mate are CCE indicators until shown otherwise.
ns | {term:YJS} to {word:chase} school re EHCP request and a return to full time.
ns | {term:CCE} screening tool with mum {date:Fri}, referral to {term:MASH} if one more late return.
cv,wf,ns | T agreed to meet mentor [P:Leon Ashe] from [O:Street Elite Notts] weekly, "long as it's not at school".
ns | Mum to ring {emerg:999} if he's in danger, {natl:101} if not home by {time:10pm}.
ns | Next panel {date:15 Dec}.
o | Mum's mobile [PH:07700 900614].
"""),
    dict(
        id="AO02",
        context={"child": {"name": "Kayleigh Dunmore", "dob": "2007-03-22"},
                 "people": [{"name": "Joy Okwu", "role": "key worker"},
                            {"name": "Reece Fairbrother", "role": "boyfriend"}],
                 "address": "Flat 6, Friar Gate Foyer, 12 Uttoxeter Road, Derby DE22 3NB",
                 "school": "Derby Riverside College", "worker": AO_WORKER},
        meta={"service": "Leaving Care (personal adviser)", "child_age_years": 19, "author": "AO",
              "features": ["fragments", "abbreviations", "care_leaver", "pregnancy", "domestic_abuse",
                           "subtle_worry", "quoted_child_voice", "word_name", "supported_accommodation",
                           "college", "gp_surgery", "dob_in_text", "ni_number", "email_in_text", "postcode",
                           "money"]},
        body="""
o | {role:PA} visit, [O:Friar Gate Foyer], [A:Flat 6, 12 Uttoxeter Road], Derby, [PC:DE22 3NB], {date:Weds 2 Dec}, {time:11:00}.
o | [P:Kayleigh Dunmore], DOB [DOB:22/03/2007], NI [NI:QQ 48 21 93 C].
o | Seen alone in flat, key worker [P:Joy Okwu] for last {dur:10 mins}.
o | 24 wks pregnant.
ww | Booked in with midwife at [O:Normanton Road Medical Centre], been to every appt.
w | UC: sanction since {date:Oct}, {money:£0} this month.
w | No {word:joy} with the work coach so far.
cv,wf,w | K says: "I've got £14 till the 18th and I'm not asking him for nowt."
w | "Him" = bf [P:Reece], not on tenancy, staying most nights per [P:Joy].
w | Foyer staff heard shouting {date:Sat}, K had a mark on her wrist {date:Sun}, said she caught it on the door.
cv,w | Asked direct re [P:Reece]: "he's stressed about the baby, he's not like that."
cv,wf,w | Then: "don't put that in, they'll take it off me."
o | Told her what I write and why, she read it over my shoulder.
cv,wf,ww | Wants to keep going at [S:Derby Riverside] for level 2 childcare, says "I want to be the mam I didn't get."
o | Foyer rent paid by leaving care to {date:March}.
ww | Flat clean, cot bought, tick list of baby stuff on fridge.
cv,wf,w | Says she feels "proper on my own" at night since her mate moved to Leicester.
ns | PA to ring work coach re sanction and hardship payment {date:today}.
ns | Leaving care {money:£250} setting-up grant for pram, agreed.
cv,wf,ns | K agreed to meet the {role:IDVA} at the midwife's, "not here, he comes round".
ns | Pre-birth assessment referral, discussed with K, she knows why.
ns | Next visit {date:16 Dec}, text first.
o | K's email for the grant form [E:kaydunmore07@example.com].
"""),
    dict(
        id="AO03",
        context={"child": {"name": "Ellie-Mai Hurst", "dob": "2012-07-11"},
                 "people": [{"name": "Nicola Hurst", "role": "mother"},
                            {"name": "Summer Hurst", "role": "sister"},
                            {"name": "Barry Tilley", "role": "adult male of concern"},
                            {"name": "Priya Sandhu", "role": "school nurse"}],
                 "address": "9 Coleman Close, Braunstone, Leicester LE3 1TR",
                 "school": "Fosse Meadows Academy", "worker": AO_WORKER},
        meta={"service": "Child Protection (adolescent, exploitation)", "child_age_years": 14, "author": "AO",
              "features": ["fragments", "abbreviations", "exploitation", "cse", "missing", "subtle_worry",
                           "sibling_voice", "relayed_voice", "quoted_child_voice", "word_name", "nickname",
                           "names_not_in_context", "postcode", "phone_in_text", "nhs_number"]},
        body="""
o | Home visit, [A:9 Coleman Close], Braunstone, [PC:LE3 1TR], {date:Thurs 3 Dec}, {time:15:40}.
o | [P:Ellie-Mai] (14), {kin:mum} [P:Nicola], {kin:sister} [P:Summer] (17).
o | Saw E alone in her room {dur:20 mins}, mum and [P:Summer] downstairs.
o | [P:Ellie-Mai]'s NHS no. [NHS:999 745 3751], for the health referral.
w | Missing {date:Sat night}, found {time:4am} {date:Sun} in a car on Narborough Road by police.
w | Driver: [P:Barry Tilley], 23, known as "[P:Baz]".
cv,wf,w | E says: "he's my boyfriend, he looks after me, you lot just don't get it."
w | Has a new nose stud, vapes, new hoodie; mum didn't pay for any of it.
cv,w | [P:Summer] told me [P:Ellie-Mai] has "a different phone for him" hidden in her school bag.
w | [P:Summer] also said it's been "like this since the {word:summer}".
cv,wf,w | School nurse [P:Priya Sandhu] says E asked her about the morning-after pill and said she was "scared mum would find out".
w | Mum: "I can't lock her in, can I."
ww | Mum reported her missing within the hour and gave police the car reg.
ww | E and [P:Summer] close; [P:Summer] walks her to [S:Fosse Meadows] most days.
cv,wf,ww | E still goes to [O:Braunstone Boxing Academy], says coach [P:Mo] is "the only man who's sound".
cv,o | Wouldn't scale, just wrote "dunno" on the line.
w | Sexual exploitation risk high, age gap, gifts, second phone.
ns | Strategy discussion requested {date:today}.
ns | Police to be given "[P:Baz]"'s details and the car reg for a disruption notice.
ns | Health referral, school nurse to see E {date:Monday}.
cv,wf,ns | E agreed to see the {role:CSE worker} "if it's a woman".
ns | Mum to ring {emerg:999} if E not home by {time:9pm} and she thinks she's with him.
o | Mum's number changed: [PH:0116 496 0283].
"""),
    dict(
        id="AO04",
        context={"child": {"name": "Kian Bradshaw", "dob": "2018-05-30"},
                 "people": [{"name": "Shelley Bradshaw", "role": "mother"},
                            {"name": "Bill Mercer", "role": "mother's partner"},
                            {"name": "Lacey Bradshaw", "role": "sister"},
                            {"name": "Ollie Bradshaw", "role": "brother"}],
                 "address": "27 Heathcote Street, Arboretum, Derby DE23 6LP",
                 "school": "Pear Tree Junior School", "worker": AO_WORKER},
        meta={"service": "Child in Need (neglect)", "child_age_years": 8, "author": "AO",
              "features": ["fragments", "abbreviations", "neglect", "home_conditions", "sibling_voice",
                           "toddler_voice", "pre_verbal", "quoted_child_voice", "word_name", "nursery",
                           "food_bank", "gp_surgery", "postcode", "phone_in_text", "pet_name", "money"]},
        body="""
o | Unannounced, [A:27 Heathcote Street], [PC:DE23 6LP], {date:Mon 30 Nov}, {time:08:15}.
o | Present: {kin:mum} [P:Shelley], partner [P:Bill Mercer], [P:Kian] (8), [P:Lacey] (4), [P:Ollie] (10 mths).
w | Front room: dog mess x2 by back door, smell of wet nappies, no curtains.
w | [P:Ollie] in cot, bottle of cold milk propped on a pillow, nappy full.
w | Kitchen: bread, ketchup, {money:£1.80} on the side, gas meter on emergency.
w | [P:Bill]: electric {word:bill} not paid since {date:Sept}, "we're sorting it."
cv,wf,w | [P:Kian] in school uniform from yesterday, said "I had crisps for tea and [P:Lacey] had the last yoghurt."
cv,wf,w | Said he "gets up first" to do [P:Lacey]'s cereal "cos mum's tired".
cv,wf,o | [P:Lacey] showed me her coat peg picture and said "I'm big girl."
wf,w | [P:Lacey] clung to my leg, didn't want me to go.
w | [P:Kian] late to [S:Pear Tree Juniors] 23 times this term.
w | [P:Lacey]: only 40% at [S:Little Acorns Nursery].
w | [P:Ollie] missed 8 and 12 wk jabs at [O:Village Street Surgery].
ww | Mum honest: "I know it's not right, I'm on my knees."
w | Mum says she's "not been right" since [P:Ollie] was born, hasn't seen GP about it.
ww | Mum up, bairns dressed, dog ({pet:Tyson}) walked, all by the time I left.
cv,wf,ww | [P:Kian] proud of his reading book, read me two pages.
ww | [P:Bill] takes [P:Kian] to school when he's not on nights.
ns | Food parcel from [O:Arboretum Community Pantry] {date:today}, fuel voucher applied for.
ns | {role:HV} asked to visit re [P:Ollie]'s jabs and weight {date:this week}.
ns | Mum to book jabs, I'll ring surgery {date:Weds} to check.
cv,wf,ns | Breakfast club for [P:Kian], he said "yeah if there's toast".
ns | {term:CIN} review {date:14 Dec}.
o | Mum's new number [PH:07700 900287].
"""),
]

AP_NOTES = [
    dict(
        id="AP01",
        context={"child": {"name": "Adaeze Nwosu", "dob": "2013-04-17"},
                 "people": [{"name": "Patience Adeyemi", "role": "private foster carer"},
                            {"name": "Chidi Nwosu", "role": "father (in Lagos)"},
                            {"name": "Tolu Adeyemi", "role": "carer's son"}],
                 "address": "58 Fishponds Terrace, Bristol BS16 3HW",
                 "school": "Stapleton Court School", "worker": AP_WORKER},
        meta={"service": "Private fostering (regulation visit)", "child_age_years": 13, "author": "AP",
              "features": ["first_person", "reflective", "reported_speech_unquoted", "private_fostering",
                           "subtle_worry", "word_name", "church", "gp_surgery", "dob_in_text", "nhs_number",
                           "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | I visited [P:Adaeze] at [A:58 Fishponds Terrace], [PC:BS16 3HW], on {date:Tuesday 1 December} after school, for the regulation visit that private fostering requires, and I saw her first with Mrs [P:Adeyemi] in the front room and then alone in her bedroom.
o | [P:Adaeze]'s date of birth is [DOB:17 April 2013] and Mrs [P:Adeyemi] has now registered her with [O:Lodge Causeway Surgery], her NHS number being [NHS:999 185 3812].
o | Mrs [P:Adeyemi] explained that [P:Adaeze]'s father, [P:Chidi], asked her in {date:August} to look after his daughter "for a school year or two" while he works in Lagos, and that she is an old friend of [P:Adaeze]'s late mother.
ww | The home was warm and orderly, [P:Adaeze] has her own room with a desk, and Mrs [P:Adeyemi] showed me the school reports she has kept in a folder.
cv,wf,ww | When we were on our own [P:Adaeze] told me that she likes [S:Stapleton Court] and that her form tutor lets her help in the library at lunchtimes, which she said is the part of the day she looks forward to.
cv,wf,w | She told me that she speaks to her father on a video call most Sundays but that the calls have been shorter lately, and she said she sometimes wonders whether he is really coming back.
cv,wf,w | She explained that [P:Tolu], who is nineteen, teases her about her accent and once took her phone, and that she has not told Mrs [P:Adeyemi] because she did not want to seem ungrateful.
wf,w | I noticed that she lowered her voice when she spoke about [P:Tolu] and looked towards the door.
cv,wf,o | She told me that she misses her mother's cooking and her cousins, and that the church Mrs [P:Adeyemi] takes her to, [O:Grace Fellowship Bristol], is the place that feels most like home.
w | I was struck by how careful she was to say that everyone is kind, and I needed some {word:patience} before she said anything that was not a compliment.
w | Mrs [P:Adeyemi] told me that money from Mr [P:Nwosu] has not arrived since {date:October} and that she is covering the uniform and bus fares herself.
cv,wf,ns | I will speak to [P:Tolu] and Mrs [P:Adeyemi] together about the teasing and the phone, with [P:Adaeze]'s agreement, which she gave on condition that I did not make it sound like a complaint.
ns | I will write to Mr [P:Nwosu] about the arrangement's length and his contributions, and ask the school for her attendance.
o | Mrs [P:Adeyemi] can be reached on [PH:0117 496 0752].
"""),
    dict(
        id="AP02",
        context={"child": {"name": "Reuben Marsh", "dob": "2015-02-09"},
                 "people": [{"name": "Jo Marsh", "role": "mother"},
                            {"name": "Stuart Marsh", "role": "father"},
                            {"name": "Hope Kilbride", "role": "short breaks support worker"}],
                 "address": "14 Severn View Road, Tuffley, Gloucester GL4 0RJ",
                 "school": "Heron Brook School", "worker": AP_WORKER},
        meta={"service": "Disabled children (short breaks review)", "child_age_years": 11, "author": "AP",
              "features": ["first_person", "reflective", "reported_speech_unquoted", "disability", "short_breaks",
                           "aac", "eye_gaze", "non_verbal", "relayed_voice", "subtle_worry", "word_name",
                           "special_school", "dob_in_text", "nhs_number", "postcode", "email_in_text",
                           "allegation_against_worker"]},
        body="""
o | I visited [P:Reuben] at home, [A:14 Severn View Road], Tuffley, Gloucester, [PC:GL4 0RJ], on {date:Wednesday 2 December} for the six-monthly review of his short breaks, with his {kin:mum} [P:Jo] and his {kin:dad} [P:Stuart] both present.
o | For the record, [P:Reuben]'s date of birth is [DOB:9 February 2015] and his NHS number is [NHS:999 251 5538].
o | [P:Reuben] has cerebral palsy affecting all four limbs and uses an eye-gaze device, and he took his time answering me with it.
cv,wf,ww | When I asked about his overnight stays at [O:Willowbank House], he selected the symbols for happy and for friends, and then spelled out a name which his {kin:mum} explained was [P:Hope], the support worker he is fond of.
cv,wf,w | He then chose the symbol for sad and looked towards the bathroom, and after a long pause his {kin:mum} told me that he had told her, using his device, that on his last stay a new worker had hoisted him roughly and that he had been frightened.
w | [P:Jo] explained that she had raised this with [O:Willowbank] by phone but has heard nothing back in {dur:two weeks}, and I share her concern that it has not been recorded.
w | [P:Stuart] told me that he has been off work with his back since {date:September}, so the two of them now lift [P:Reuben] without the ceiling hoist that has still not been fitted.
ww | Both parents read [P:Reuben]'s signals extremely well; [P:Stuart] took a small frown as a request to move his arm before I had noticed it.
cv,wf,ww | [P:Reuben] laughed out loud when his {kin:dad} did the voices from his favourite audiobook, and he used the device to tell us that he wanted more.
ww | His teacher at [S:Heron Brook] had told me on the phone that he is making good progress with the device and has begun to use it to make jokes.
cv,wf,o | When I asked whether he wanted to keep going to [O:Willowbank House], he selected yes and then the symbol he uses for [P:Hope], which I understood to mean that he wants to go on the nights she is there.
w | I {word:hope} I am wrong, but I am uneasy that a child who cannot easily tell anyone was handled roughly and that it has taken a parent's persistence for anyone to hear it.
ns | I will report the incident to the {role:LADO} today and ask the manager of [O:Willowbank House] for their records of the stay.
ns | I will chase the ceiling hoist with the {role:OT} and ask for a carer's assessment for [P:Stuart] and [P:Jo].
cv,wf,ns | With [P:Reuben]'s agreement, which he gave on his device, his next stays will be arranged on nights when [P:Hope] is working.
o | [P:Jo]'s email is [E:jo.marsh.glos@example.org].
"""),
    dict(
        id="AP03",
        context={"child": {"name": "Maisie Keane", "dob": "2017-01-25"},
                 "people": [{"name": "Louise Keane", "role": "mother"},
                            {"name": "Sunny Adebayo", "role": "friend"},
                            {"name": "Harjit Dhillon", "role": "class teacher"},
                            {"name": "Carys Pugh", "role": "family support worker"}],
                 "address": "3 Ravenglass Close, Freshbrook, Swindon SN5 7DF",
                 "school": "Westlea Primary School", "worker": AP_WORKER},
        meta={"service": "Child in Need review (parental mental health)", "child_age_years": 9, "author": "AP",
              "features": ["first_person", "reflective", "reported_speech_unquoted", "cin_review",
                           "parental_mental_health", "young_carer", "three_houses", "drawing", "written_voice",
                           "relayed_voice", "word_name", "family_hub", "young_carers_group", "gp_surgery",
                           "pet_name", "postcode", "phone_in_text"]},
        body="""
o | I chaired [P:Maisie]'s {term:Child in Need} review at [S:Westlea Primary] on {date:Thursday 3 December}, with her {kin:mum} [P:Louise], her class teacher Mr [P:Dhillon] and [P:Carys Pugh], the family support worker from [O:Freshbrook Family Hub].
o | I had seen [P:Maisie] on her own the day before at home, [A:3 Ravenglass Close], [PC:SN5 7DF], where we did the {tool:three houses} together at the kitchen table.
cv,wf,w | In her house of worries she drew her {kin:mum} in bed with the curtains shut, and she told me that on bad days she makes her own breakfast and gets herself to school because she does not want to wake her.
cv,wf,ww | In her house of good things she put her {kin:mum}, her {kin:grandad}, her cat {pet:Pickle} and her best friend [P:Sunny], and she told me that she and [P:Sunny] walk to school together and that [P:Sunny]'s {kin:mum} always waves them off.
cv,wf,o | In her house of dreams she wrote that she wants her {kin:mum} to be happy again and that she would like to go to the seaside with her next {date:summer}.
w | [P:Louise] told the meeting that her depression has been worse since her own mother died in {date:the spring}, that some days she cannot get up before {time:ten}, and that she stopped taking her medication because it made her feel numb.
ww | She was open about all of this, and I was moved by how clearly she said that she does not want [P:Maisie] to be looking after her.
ww,w | Mr [P:Dhillon] reported that [P:Maisie]'s attendance has risen to 94 per cent since she joined breakfast club and that she is a {word:sunny}, sociable presence in class, although she has been very tired in the afternoons.
cv,wf,w | He also told us that in circle time [P:Maisie] had said she was worried that if her {kin:mum} went into hospital she would have to go and live with strangers.
w | [P:Louise] explained that {kin:grandad} lives in Stroud and does not drive, so there is nobody nearby to step in on the bad days.
ns | [P:Louise] agreed to see her GP at [O:Eldene Health Centre] next week about her medication, and [P:Carys] will go with her if she would like.
ns | I will refer [P:Maisie] to [O:Swindon Young Carers Circle] and ask [P:Carys] to do some age-appropriate work with her about her {kin:mum}'s illness.
cv,wf,ns | [P:Maisie] had told me that she would like to go to the young carers group if [P:Sunny] could come to the first session with her, and I said I would ask whether that is possible.
ns | We agreed that the plan continues under {term:Child in Need} and that the next review will be on {date:11 March}.
o | [P:Louise]'s mobile number is [PH:07700 900931].
"""),
    dict(
        id="AP04",
        context={"child": {"name": "Zara Pryce", "dob": "2014-06-06"},
                 "people": [{"name": "Gemma Pryce", "role": "mother"},
                            {"name": "Leo Pryce", "role": "brother"},
                            {"name": "Drew Pryce", "role": "father"},
                            {"name": "Adaora Okonedo", "role": "head of year"}],
                 "address": "confidential (refuge)",
                 "school": "Pittville School", "worker": AP_WORKER},
        meta={"service": "Child Protection (domestic abuse, refuge)", "child_age_years": 12, "author": "AP",
              "features": ["first_person", "reflective", "reported_speech_unquoted", "domestic_abuse", "refuge",
                           "sibling_voice", "drawing", "relayed_voice", "word_name", "names_not_in_context",
                           "dob_in_text", "phone_in_text", "women_group"]},
        body="""
o | I visited [P:Zara] and [P:Leo] with their {kin:mum}, [P:Gemma Pryce], at [O:Larkspur House], the refuge in Cheltenham where they moved on {date:Friday 20 November}, and I saw each child on their own in the family room.
o | [P:Zara] was born on [DOB:6 June 2014] and [P:Leo] on [DOB:14 March 2019].
w | [P:Gemma] told me that on the night before they left, [P:Drew] had pinned her against the fridge and that [P:Zara] had come downstairs and screamed at him to stop.
cv,wf,w | [P:Zara] told me, without looking up, that she had seen it many times before and that she was always the one who phoned her {kin:nan}, because [P:Leo] was too little.
cv,wf,w | She said that she feels guilty because she misses her {kin:dad} and her friends at [S:Pittville], and that she is angry with everyone, her {kin:mum} included.
cv,wf,o | [P:Leo] showed me a picture he {word:drew} at the after-school club of the four of them at the park, and he explained that his {kin:dad} was in it because he still wants to see him at weekends.
cv,wf,w | He has wet the bed most nights since the move, and [P:Gemma] told me he wakes up asking whether his {kin:dad} knows where they are.
w | [P:Drew] has texted [P:Gemma] 43 times since {date:Sunday} and has turned up at [P:Zara]'s school gate once, which the police know about.
ww | [P:Gemma] has taken out a non-molestation order with the help of the {role:IDVA}, and the refuge staff told me that she has not missed a session of the [O:Cheltenham Women's Circle] group.
ww | Both children are in school, and [P:Zara]'s head of year, Mrs [P:Okonedo], has agreed a safe person and a safe way out of the building for her.
cv,wf,ww | [P:Leo] told me that the best thing about the refuge is the boy next door, [P:Ravi], who shares his Lego, and that he feels safe because the front door has a buzzer.
wf,w | I am conscious that [P:Zara] has carried a great deal for a {age:twelve}-year-old and that her anger may be the first time she has been allowed to show how she feels.
ns | I will ask the school nurse to see [P:Leo] about the bed-wetting and will refer both children to [O:Cotswold Children's Recovery Project] for group work after Christmas.
ns | Any contact with [P:Drew] will wait for the child protection conference on {date:10 December}, and I explained this to [P:Leo] in words he could understand.
cv,wf,ns | [P:Zara] asked me to tell the conference that she wants to choose for herself whether she sees her {kin:dad}, and I promised that I would read out her words.
o | The refuge office number is [PH:01632 960418]; [P:Gemma]'s own number is withheld for safety.
"""),
]

AQ_NOTES = [
    dict(
        id="AQ01",
        context={"child": {"name": "Tayla Morgan", "dob": "2018-02-13"},
                 "people": [{"name": "Kerrie Morgan", "role": "mother"},
                            {"name": "Riley Morgan", "role": "brother"},
                            {"name": "Pearl Morgan", "role": "maternal grandmother"},
                            {"name": "Holly Sayers", "role": "friend"}],
                 "address": "22 Northdown Parade, Cliftonville, Margate CT9 2PX",
                 "school": "Palm Bay Primary School", "worker": AQ_WORKER},
        meta={"service": "Child Protection (neglect)", "child_age_years": 8, "author": "AQ",
              "features": ["sos_headings", "danger_statement", "safety_goal", "scaling", "child_scaling",
                           "written_voice", "child_spelling", "neglect", "parental_alcohol", "young_carer",
                           "word_name", "nursery", "family_hub", "substance_service", "dob_in_text", "nhs_number",
                           "postcode", "phone_in_text"]},
        body="""
o | Child protection visit to [P:Tayla] and [P:Riley] at [A:22 Northdown Parade], Cliftonville, Margate, [PC:CT9 2PX], {date:Tuesday 1 December}, {time:3.45pm}, {kin:mum} [P:Kerrie] present.
o | [P:Riley]'s date of birth is [DOB:19/08/2023] and his NHS number [NHS:999 315 9964], passed to the {role:health visitor}.
w | What we are worried about: there was no food in the kitchen apart from half a loaf and a jar of jam, and [P:Riley] ({age:3}) was in a nappy that had not been changed since the morning.
w | Mum told me she has been "sleeping in the day" since her partner left and is drinking "a bit more than I should".
cv,wf,w | [P:Tayla] wrote on her worry sheet: "I am hungry wen mum is asleep and I cant reech the cerel."
cv,w | She also wrote "I do [P:Riley]s bottel", and when I asked, she showed me how she warms it in the microwave.
w | School ([S:Palm Bay]) say [P:Tayla] has taken food from other children's lunchboxes twice this month.
ww | What's working well: mum let me in straight away, was honest about the drinking and asked for help herself.
cv,wf,ww | [P:Tayla] wrote "my mum gives the best cuddels" and drew mum, [P:Riley] and her friend [P:Holly] on the same page, with {word:holly} leaves round the edge.
ww | {kin:Nanny} [P:Pearl] lives two streets away and had the children for tea three nights last week.
ww | [P:Riley] has a place at [S:Little Shells Nursery] for his funded hours from {date:January}.
w | Danger statement: if mum is asleep or drunk in the day, [P:Riley] will go without food, changes and supervision, and [P:Tayla] will keep trying to look after him and could get hurt.
ns | Safety goal: the children always have an adult who is awake and sober looking after them, and there is food in the house.
cv,wf,w | Scaling: mum said {scale:4}, I said {scale:3}, and [P:Tayla] put her finger on {scale:6} and said "it's better when nanny comes".
ns | Next steps: referral to [O:Thanet Recovery Partnership] for mum, who will go to her first appointment on {date:Friday}.
ns | {kin:Nanny} [P:Pearl] to have the children after school on weekdays until the core group on {date:15 December}.
ns | Food bank voucher given today and [O:Cliftonville Family Hub] to deliver a parcel tomorrow.
cv,wf,ns | [P:Tayla] wants to go to breakfast club "with [P:Holly]", so I will ask school.
o | Mum's number: [PH:07700 900462]; {kin:nanny}: [PH:01632 960157].
"""),
    dict(
        id="AQ02",
        context={"child": {"name": "Harvey Blake", "dob": "2016-01-12"},
                 "people": [{"name": "Stacey Blake", "role": "mother"},
                            {"name": "Mark Blake", "role": "father"},
                            {"name": "Mia Blake", "role": "sister"},
                            {"name": "Jean Blake", "role": "paternal grandmother"}],
                 "address": "31 Pembroke Rise, Chatham ME4 5NT",
                 "school": "Balmoral Hill Junior School", "worker": AQ_WORKER},
        meta={"service": "Child Protection (domestic abuse)", "child_age_years": 10, "author": "AQ",
              "features": ["sos_headings", "danger_statement", "scaling", "child_scaling", "written_voice",
                           "child_spelling", "quoted_child_voice", "domestic_abuse", "parental_alcohol",
                           "sibling_voice", "word_name", "school_counsellor", "dob_in_text", "postcode",
                           "phone_in_text", "names_not_in_context"]},
        body="""
o | Child protection visit, [A:31 Pembroke Rise], Chatham, [PC:ME4 5NT], {date:Wednesday 2 December}, {time:4pm}: [P:Harvey] ({age:10}) and [P:Mia] ({age:14}) with {kin:mum} [P:Stacey], then [P:Harvey] on his own in his room.
o | [P:Harvey]'s date of birth: [DOB:12/01/2016].
w | What we are worried about: on {date:Saturday 28 November} a neighbour called the police after [P:Mark] threw a mug at [P:Stacey], and officers saw a red {word:mark} on her cheek.
w | It is the fourth call-out since {date:June}, and [P:Mark] is on bail not to come to the address.
cv,wf,w | [P:Harvey] wrote in his worry book: "I wish dad wasnt angry all the time and I hid in the bath room wiv [P:Mia]."
cv,wf,w | Underneath he wrote "my tummy gos funny wen dad shouts".
cv,wf,w | [P:Mia] said "he's not allowed here but he still turns up when he's had a drink and mum lets him in", then asked me not to tell mum she'd said it.
w | Mum said "he's the kids' dad, I can't just cut him off", and that she doesn't think the bail conditions are fair.
ww | What's working well: [P:Mia] has a plan, she takes [P:Harvey] upstairs and rings {emerg:999} from her phone, and she did this on {date:Saturday}.
cv,wf,ww | [P:Harvey] wrote "I feel safe at nanny [P:Jean]s and at school", and his teacher at [S:Balmoral Hill] says he is doing really well in maths.
ww | Mum has kept every appointment with her outreach worker at [O:Medway Safer Homes].
w | Danger statement: [P:Harvey] and [P:Mia] could be hurt, physically and emotionally, if [P:Mark] comes to the house drunk and is violent to mum while they are there, and [P:Mia] could be hurt trying to protect her brother.
cv,wf,w | Scaling: mum put herself at {scale:7}, I put {scale:3}, and [P:Harvey] put {scale:5} "because dad still comes".
ns | Next steps: [P:Stacey] to ring {emerg:999} every time [P:Mark] comes to the door and not let him in.
ns | I will speak to DC [P:Hartley] about the bail breaches, and to [P:Mark] about his drinking and the {term:Caring Dads} programme.
ns | [P:Mia] to be offered sessions with the school counsellor at [S:Medway Vale Academy].
cv,wf,ns | [P:Harvey] wants to stay at nanny [P:Jean]'s on Saturdays "wen dad gets payd", and mum agreed.
o | Mum's mobile: [PH:07700 900358].
"""),
    dict(
        id="AQ03",
        context={"child": {"name": "Poppy Hammond", "dob": "2019-10-04"},
                 "people": [{"name": "Robin Hammond", "role": "mother"},
                            {"name": "Jake Hammond", "role": "brother"},
                            {"name": "Sue Hammond", "role": "maternal grandmother"},
                            {"name": "Ana Ferreira", "role": "class teacher"},
                            {"name": "Dean Walsh", "role": "recovery worker"}],
                 "address": "17 Bramley Walk, Shepway, Maidstone ME15 8RY",
                 "school": "Senacre Wood Primary School", "worker": AQ_WORKER},
        meta={"service": "Child in Need review (parental substance misuse)", "child_age_years": 7, "author": "AQ",
              "features": ["sos_headings", "danger_statement", "scaling", "child_scaling", "written_voice",
                           "child_spelling", "misspelt_name", "parental_substance_misuse", "young_carer",
                           "sibling_voice", "safety_hand", "word_name", "young_carers_group", "family_hub",
                           "substance_service", "dob_in_text", "postcode", "phone_in_text"]},
        body="""
o | Child in Need review at [O:Shepway Family Hub], Maidstone, {date:Thursday 3 December}: {kin:mum} [P:Robin Hammond], [P:Poppy]'s teacher Miss [P:Ferreira], [P:Dean Walsh] from [O:Forward Steps Maidstone], and me.
o | [P:Poppy Hammond], born [DOB:04/10/2019], lives with mum and her {kin:brother} [P:Jake] ({age:12}) at [A:17 Bramley Walk], Shepway, [PC:ME15 8RY].
w | What we are worried about: mum relapsed on heroin in {date:September}, and in {date:October} [P:Jake] found her asleep on the sofa and could not wake her for about {dur:ten minutes}.
cv,wf,w | [P:Jake] told me on the phone last week: "I check she's breathing before I go to school, every day."
ww | What's working well: mum has been on a methadone script since {date:October} and [P:Dean] said every test since has been clear.
ww | There is a naloxone kit in the kitchen drawer and mum showed [P:Jake] and me how it works.
cv,wf,ww | [P:Poppy] wrote on her {tool:safety hand}: "mummy, [P:Jake], nana, Miss [P:Ferera], my teddy".
cv,wf,w | Under it she wrote "mummy is poorly sumtimes and I am sad wen she sleeps in the day".
cv,wf,o | She showed me the {word:robin} she drew on the Christmas card she made for mum and said "that's mummy's bird cos it's her name".
w | Miss [P:Ferreira] said [P:Poppy] has been late 11 times this half term and is often in the same clothes for two or three days.
w | [P:Jake] has missed 9 days at [S:Cornwallis Academy] this term.
w | Danger statement: if mum uses again, [P:Poppy] and [P:Jake] could be left without an adult who can look after them, [P:Jake] could find mum unconscious again, and [P:Poppy] could pick up drugs or needles.
cv,wf,w | Scaling: mum said {scale:7}, [P:Dean] {scale:6}, me {scale:5}, and [P:Jake] said {scale:4} "cos it's happened before".
ns | Next steps: referral for [P:Jake] to [O:Stour Valley Young Carers].
cv,wf,ns | [P:Jake] said he'd go "if nobody from school finds out", and I agreed to that.
ns | Mum and {kin:nana} [P:Sue] to agree that mum phones nana if she feels at risk of using, and nana will do the school run on Mondays and Fridays.
ns | Miss [P:Ferreira] to keep a daily note of [P:Poppy]'s lateness and clothes and share it with me weekly.
ns | Next review {date:4 March}.
o | [P:Dean]'s direct line: [PH:01632 960225].
"""),
    dict(
        id="AQ04",
        context={"child": {"name": "Jasmine Cole", "dob": "2013-05-21"},
                 "people": [{"name": "Faith Cole", "role": "mother"},
                            {"name": "Nadine Cole", "role": "maternal aunt"},
                            {"name": "Ellie Baptiste", "role": "friend"}],
                 "address": "5 Marine Crescent, Folkestone CT20 1QS",
                 "school": "Cheriton Ridge Academy", "worker": AQ_WORKER},
        meta={"service": "Child Protection (online sexual exploitation)", "child_age_years": 13, "author": "AQ",
              "features": ["sos_headings", "danger_statement", "safety_goal", "scaling", "child_scaling",
                           "written_voice", "child_spelling", "quoted_child_voice", "online_harm", "cse",
                           "word_name", "local_club", "counselling", "names_not_in_context", "nhs_number",
                           "postcode", "email_in_text"]},
        body="""
o | Home visit after the strategy discussion, [A:5 Marine Crescent], Folkestone, [PC:CT20 1QS], {date:Friday 4 December}, {time:5pm}, [P:Jasmine] ({age:13}) and {kin:mum} [P:Faith Cole].
o | [P:Jasmine]'s NHS number [NHS:999 119 5602], given to the school nurse for the health referral.
w | What we are worried about: [P:Jasmine] has been sending pictures of herself in her underwear to a man on Snapchat who said he was 16 and called himself [P:Kai].
w | Police think he is an adult in his thirties and that he has asked other girls for the same.
cv,wf,w | [P:Jasmine] showed me what she had written in her notes app: "i think i love him and hes the only one who gets me".
cv,wf,w | Asked how she feels now, she typed on her phone and turned it round: "embarased and scared he will send them to evry1".
w | Mum said she bought the phone in good {word:faith} for [P:Jasmine]'s birthday and never checked it.
cv,wf,w | [P:Jasmine] said she has stopped going to [O:Folkestone Harbour Netball Club] because "everyone will know".
cv,ww | What's working well: [P:Jasmine] told her friend [P:Ellie] and then told the {role:DSL} herself, which is how this came to light.
ww | Mum stayed calm, did not shout at her, and has handed the phone to police.
ww | [P:Jasmine] is close to her {kin:auntie} [P:Nadine], who lives in Hythe and rang her tonight.
w | Danger statement: [P:Jasmine] could be sexually abused online or in person, and her pictures could be shared, if this man or others contact her again and she believes they care about her.
ns | Safety goal: [P:Jasmine] knows who is safe online and tells mum or [P:Nadine] when something feels wrong.
cv,wf,w | Scaling: [P:Jasmine] said {scale:2} "cos he's still out there", mum {scale:4}, me {scale:4}.
ns | Next steps: I will refer [P:Jasmine] to [O:Brightside Counselling Folkestone].
ns | Police have made a {natl:CEOP} report, and I explained {natl:Report Remove} to [P:Jasmine] so she can ask for the pictures to be taken down.
cv,wf,ns | [P:Jasmine] wants to go back to netball after Christmas "if [P:Ellie] comes", and mum will take them both.
o | The {role:DSL}'s email for updates: [E:dsl@cheritonridge.example.org].
"""),
]

NOTES = AO_NOTES + AP_NOTES + AQ_NOTES
