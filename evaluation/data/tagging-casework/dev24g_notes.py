"""dev24g's 12 marked-up notes (see make_dev24g.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0113 496 0xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in the 999 range, names, nicknames,
addresses, postcodes, schools, clubs, clinics, surgeries, charities, places of worship and organisations made up.
Authors: S (a children with disabilities / health-liaison worker on Tyneside and in south-east Northumberland,
writing terse notes: clipped sentences, abbreviations (CDC, SALT, OT, DSN, CCN, EHCP, DFG, DLA), many services named
one after another (child development centres, hospices, short-breaks providers, charities, clubs and support groups
with unusual names and no kind word, "goes to Tanglewood", "Shed Talk on Thursdays"), staff known by initials after
their role ("HV LM", "OT MR", "Dr RO")), T (a child protection social worker in a busy Leeds duty team, fluent
narrative in long sentences, big families with nicknames, people named only in the text (a dinner lady, neighbours,
a youth worker, a netball coach, a madrassa teacher), clubs, community groups, a church, a mosque, a gurdwara, food
and baby banks)."""

S_WORKER = "Ruth Ashburner"
T_WORKER = "Lorna Quarmby"

S_NOTES = [
    dict(
        id="S01",
        context={"child": {"name": "Esme Tulloch", "dob": "2022-06-09"},
                 "people": [{"name": "Jodie Tulloch", "role": "mother"},
                            {"name": "Craig Tulloch", "role": "father"},
                            {"name": "Noah Tulloch", "role": "brother"},
                            {"name": "Lucy Marland", "role": "health visitor"},
                            {"name": "Rotimi Ogundele", "role": "community paediatrician"},
                            {"name": "Dawn Nicholls", "role": "Portage home visitor"}],
                 "address": "23 Ravensdowne Walk, Wallsend NE28 9RT",
                 "school": "Little Wrens Nursery", "worker": S_WORKER},
        meta={"service": "Children with Disabilities (health liaison, early years)", "child_age_years": 4,
              "features": ["terse", "abbreviations", "staff_initials", "named_services", "non_verbal",
                           "dob_in_text", "nhs_number", "ni_number", "phone_in_text", "postcode", "local_club"]},
        body="""
o | Home visit, [A:23 Ravensdowne Walk], [PC:NE28 9RT], {time:10.00}-{time:11.15}.
o | Present: {kin:mum} [P:Jodie Tulloch], [P:Esme] ({age:4}), baby [P:Noah] ({age:7 months}); {role:HV} [P:LM] joined for first half.
o | [P:Esme] DOB [DOB:09/06/2022], NHS no. [NHS:999 604 2287].
o | Seen by {role:paed} Dr [P:RO] at [O:Kestrel Lodge CDC] {date:3/11}: global developmental delay, on ASD pathway, {term:ADOS} booked for {date:Feb}.
w | No words yet, some babble, leads adults by the hand to what she wants.
cv,wf,o | Took my hand to the fridge, patted the door, pointed at the yoghurts and squealed until mum got one down.
ww | {term:Portage} weekly since {date:Sept}, {role:Portage} [P:DN]; mum says "the only one who's actually shown me how to play with her".
w | {role:SALT} waiting list, approx {dur:20 weeks}.
ww | Started [S:Little Wrens] in {date:Oct}, {dur:15 hrs}, nursery applying for {term:SEN inclusion funding}.
w | Nursery manager has asked mum to collect early twice, "we can't keep her safe without an extra adult".
w | Mum looks exhausted, [P:Noah] waking 3-4 times a night, dad [P:Craig] offshore {dur:three weeks} on, {dur:three weeks} off.
w | [P:Esme] bit [P:Noah]'s hand twice last week, broke the skin once; mum keeps them in separate rooms now.
ww | Mum goes to [O:Chatterbugs] at the library {date:Tues} mornings, parents of kids with delays, "nobody stares".
cv,wf,o | [P:Esme] on garden trampoline most of visit, laughing, signed "more" each time I stopped bouncing her.
ns | Plan: {term:DLA} form with mum next visit, then Carer's Allowance, mum's NI no. [NI:QQ 52 71 38 C].
ns | Request {term:EHCP} needs assessment, [P:DN] to help with parental views.
ns | Referral to [O:Tanglewood] Saturday play scheme for short breaks.
ns | {role:HV} [P:LM] to do {term:EPDS} with mum and a sleep plan for [P:Noah].
o | Mum's new mobile [PH:07700900263]; next visit {date:8/12}.
"""),
    dict(
        id="S02",
        context={"child": {"name": "Callum Dodds", "dob": "2014-03-21"},
                 "people": [{"name": "Sharon Dodds", "role": "mother"},
                            {"name": "Gary Pye", "role": "stepfather"},
                            {"name": "Macy Dodds", "role": "sister"},
                            {"name": "Marie Rutherford", "role": "occupational therapist"},
                            {"name": "Andrew Hogg", "role": "physiotherapist"},
                            {"name": "Paula Lowes", "role": "SENCO"}],
                 "address": "8 Whitfield Terrace, Blyth NE24 3LJ",
                 "school": "Ridley Bank Middle School", "worker": S_WORKER},
        meta={"service": "Children with Disabilities (health liaison, neuromuscular)", "child_age_years": 12,
              "features": ["terse", "abbreviations", "staff_initials", "named_services", "quoted_child_voice",
                           "sibling_voice", "young_carer", "local_club", "phone_in_text", "email_in_text"]},
        body="""
o | Review visit, home, [A:8 Whitfield Terrace], {time:4pm} after school.
o | [P:Callum] ({age:12}), mum [P:Sharon], stepdad [P:Gary Pye], sister [P:Macy] ({age:9}).
o | {term:DMD}, on steroids, manual chair outdoors, walks short distances indoors holding furniture.
w | Two falls on stairs {date:last week}, hit his head once, seen at {place:Cramlington A&E}, discharged.
ww | {role:OT} [P:MR] assessed {date:10/11}: stairlift as interim, through-floor lift and downstairs wet room via {term:DFG}.
w | Council say {term:DFG} "up to {dur:a year}"; mum carrying him upstairs at night meanwhile.
o | Neuromuscular clinic {place:GNCH} {date:Jan}; {role:physio} [P:AH] doing night splints.
cv,wf,w | [P:Callum] says splints "make my legs burn, I rip them off when mam's asleep".
cv,wf,w | Says he's not going back to [O:Hollins House] overnights, "it's all little kids and nobody talks".
cv,wf,o | Wants a powered chair "so I can go the match with [P:Gary] without him pushing me up the bank".
wf,ww | [P:Gary] takes him to [O:Blyth Bulldogs] powerchair football, borrowed chair, comes home "buzzing".
w | Mum says steroids have made him snappy, smashed his tablet {date:last month}, weight up.
cv,wf,w | [P:Macy] told me quietly she takes him to the toilet when mum's on a late, "I don't mind but I can't have friends round".
cv,wf,ww | [P:Macy] goes to [O:Huddle] young carers {date:Weds}, "my favourite bit of the week".
ns | Plan: chase wheelchair service re powered chair; explore family-based short breaks instead of [O:Hollins].
ns | {term:EHCP} review at [S:Ridley Bank] {date:2/12}, {role:SENCO} [P:PL] to add transition to high school.
ns | Mum given details of [O:Seven Oaks], Duchenne parents, meets monthly in Morpeth.
o | [P:Gary]'s mob [PH:07700 900871]; {role:OT} [P:MR]: [E:marie.rutherford5@nhs.net].
"""),
    dict(
        id="S03",
        context={"child": {"name": "Lennon Grieve", "dob": "2019-01-30"},
                 "people": [{"name": "Kirsty Grieve", "role": "mother"},
                            {"name": "Tyler Grieve", "role": "brother"},
                            {"name": "Ronnie Grieve", "role": "maternal grandfather"},
                            {"name": "Graham Tait", "role": "CAMHS learning disability nurse"},
                            {"name": "Claire Wardle", "role": "sleep practitioner"}],
                 "address": "Flat 2, 61 Brindley Grove, Heaton, Newcastle upon Tyne NE6 5BE",
                 "school": "Hawksmoor Park School", "worker": S_WORKER},
        meta={"service": "Children with Disabilities (health liaison, autism and learning disability)",
              "child_age_years": 7,
              "features": ["terse", "abbreviations", "staff_initials", "named_services", "non_verbal", "pecs",
                           "relayed_voice", "sibling_voice", "subtle_worry", "young_carer", "local_club"]},
        body="""
o | Joint visit with {role:CAMHS LD} nurse [P:GT], home, [A:Flat 2, 61 Brindley Grove], {time:3.30pm}.
o | [P:Lennon] ({age:7}), mum [P:Kirsty], brother [P:Tyler] ({age:13}); grandad [P:Ronnie] arrived later.
o | Autism, severe LD, no speech, uses {term:PECS} at school and a few Makaton signs at home.
w | Sleep: settles about {time:1am}, up at {time:4am}, melatonin from {role:paed} not helping.
w | Mum now locks [P:Lennon]'s bedroom door from outside at night "so he can't get at the knives or out the front".
w | Not discussed with school, {role:paed} or [O:Quiet Hours] sleep practitioner [P:CW], who has visited twice.
cv,wf,o | [P:Lennon] fetched his {term:PECS} book, handed me "crisps" then "outside".
ww | Mum followed it through, took him to the swings on the green with [P:Tyler], calm and smiling there.
cv,wf,w | [P:Tyler] says [P:Lennon] does the sign for "home" and cries when the taxi turns into school, "every day since the new escort started".
w | Mum says escort is "fine, just strict", has not raised it with school.
w | Small bruises both upper arms, mum says from holding him back at the road; fits, but noted.
w | Weight down per school nurse, eating dry foods only.
cv,wf,w | [P:Tyler] sleeps with headphones on, "I'm always knackered at school", {dur:9 days} missed this term.
ww | [P:Ronnie] has [P:Lennon] {date:Sunday} afternoons, gives mum a break.
ww | [O:Starlings] after-school club {date:Thursdays}, staff member [P:Bev] knows him well.
ns | Plan: speak to [S:Hawksmoor Park] {role:DSL} re taxi and escort; ask school to log his distress at drop-off.
ns | Locked door to {role:CAMHS LD}; safe sleep space, possible bid to {natl:Family Fund}.
ns | Young carers referral for [P:Tyler]; [O:Quiet Hours] to be asked for a written sleep plan.
o | Revisit {dur:2 weeks}.
"""),
    dict(
        id="S04",
        context={"child": {"name": "Shannon Heslop", "dob": "2011-08-02"},
                 "people": [{"name": "Nicola Heslop", "role": "mother"},
                            {"name": "Priya Kanwar", "role": "diabetes specialist nurse"},
                            {"name": "Deanna Cole", "role": "youth club worker"}],
                 "address": "42 Collingwood Dene, North Shields NE29 6HW",
                 "school": "Marden Hill Academy", "worker": S_WORKER},
        meta={"service": "Children with Disabilities (health liaison, long-term condition)", "child_age_years": 15,
              "features": ["terse", "abbreviations", "staff_initials", "named_services", "subtle_worry",
                           "quoted_child_voice", "dob_in_text", "nhs_number", "email_in_text", "phone_in_text",
                           "local_club", "day_word_in_club_name"]},
        body="""
o | Health liaison visit, [P:Shannon Heslop] ({age:15}), home, [A:42 Collingwood Dene], after school.
o | DOB [DOB:2.8.2011], NHS [NHS:9993017745].
o | Type 1 diabetes since {age:6}, mild LD, {term:EHCP}, on a pen regime, no pump.
o | Lives with mum; dad in Spain, no contact.
w | HbA1c 98 at {date:Oct} clinic, up from 71; three missed clinic appts at {place:the RVI} since {date:June}.
w | {role:DSN} [P:PK] rang me {date:Mon}, considering a {term:was not brought} referral.
w | Mum [P:Nicola] on nights, says [P:Shannon] "does her own injections now, she's nearly sixteen"; mum doesn't check.
w | Mum found two full pens in [P:Shannon]'s bin {date:last week}.
cv,wf,w | Seen alone in her room, said "I'm sick of being the diabetic one" and she's "trying to get skinny for prom".
cv,wf,w | Asked if she misses insulin, shrugged, "sometimes, it's not a big deal".
w | Pale, thin, tired, says she's always thirsty.
w | Mum says she's "moody", stays in her room, has dropped netball at school.
cv,wf,ww | Goes to [O:Friday Lot] at the youth centre on {date:Friday} nights; says [P:Dee] there is "the only adult who doesn't go on about it".
cv,wf,ww | Said she'd "maybe" see the psychologist if mum doesn't come in with her.
ww | Mum tearful, wants help, agreed to a joint clinic appt.
ns | Plan: share with {role:DSN} [P:PK] re possible insulin omission for weight; joint clinic {date:16/12}, mum to attend.
ns | School nurse at [S:Marden Hill] to supervise lunchtime dose from {date:Jan}.
ns | Ask [P:Shannon] if [P:Dee] can come to next review.
o | Mum's email for letters [E:nicola.heslop82@outlook.com], landline [PH:(0191) 498 0356].
"""),
    dict(
        id="S05",
        context={"child": {"name": "Lina Haddad", "dob": "2024-07-15"},
                 "people": [{"name": "Rasha Haddad", "role": "mother"},
                            {"name": "Omar Haddad", "role": "father"},
                            {"name": "Sami Haddad", "role": "brother"},
                            {"name": "Joanne Wrightson", "role": "community children's nurse"},
                            {"name": "Sarah Bewick", "role": "health visitor"},
                            {"name": "Tarek Khalil", "role": "Arabic interpreter"}],
                 "address": "Flat 9, Carrick House, Longbenton, Newcastle upon Tyne NE12 8SD",
                 "school": "Rowanfield Primary School", "worker": S_WORKER},
        meta={"service": "Children with Disabilities (health liaison, complex medical needs)", "child_age_years": 2,
              "features": ["terse", "abbreviations", "staff_initials", "named_services", "interpreter", "non_verbal",
                           "sibling_voice", "housing", "nhs_number", "ni_number", "phone_in_text", "postcode", "local_club"]},
        body="""
o | Visit, temporary accommodation, [A:Flat 9, Carrick House], [PC:NE12 8SD]; Arabic interpreter Mr [P:Khalil] by phone.
o | Present: mum [P:Rasha], dad [P:Omar], [P:Lina] ({age:2}), [P:Sami] ({age:6}) off [S:Rowanfield] with a cold.
o | [P:Lina]: rare genetic condition, low tone, gastrostomy fed, overnight oxygen, seizures; NHS [NHS:999-817-3306].
ww | {role:CCN} [P:JW] visits weekly, parents competent with feeds and suction, watched both today.
w | Oxygen cylinders stored next to gas fire in living room, dad not aware of the risk.
ww | Cylinders moved to hallway with dad during visit.
w | One bedroom for four, hospital bed, feed pump and concentrator in living room, damp in bedroom.
w | Housing say no ground-floor property for "months".
w | Lift broken twice this month, dad carried [P:Lina], oxygen and pump down three floors for clinic.
w | Dad said via interpreter they take turns staying up to watch her breathing, neither sleeps more than {dur:4 hrs}.
ww | [P:Lina] has {dur:two nights} a month at [O:Harthope House] hospice; mum, "the only time I sleep".
wf,ww | [P:Lina] smiled and kicked when [P:Sami] sang to her.
cv,wf,ww | [P:Sami] said "she likes my songs, she does her happy feet" and he wants to be "a doctor for her".
w | [P:Sami] missed {dur:11 days} this term for [P:Lina]'s appointments.
ww | Mum goes to [O:Little Lanterns] {date:Weds} with [P:Lina]; has met an Arabic-speaking mum there.
ns | Plan: joint letter {role:CCN} and me to housing for priority move, ground floor two-bed; dad's NI [NI:QQ384927B] for the form.
ns | Fire service home safety visit requested.
ns | {role:HV} [P:SB] to arrange interpreter for [P:Sami]'s attendance meeting at [S:Rowanfield].
o | Dad's mob [PH:+44 7700 900594]; [O:Harthope House] on-call [PH:01632 960447].
"""),
    dict(
        id="S06",
        context={"child": {"name": "Freya Lumsden", "dob": "2015-11-11"},
                 "people": [{"name": "Martin Lumsden", "role": "father"},
                            {"name": "Stacey Hartley", "role": "mother"},
                            {"name": "Faith Okafor", "role": "short breaks link carer"},
                            {"name": "Karen Swales", "role": "occupational therapist"},
                            {"name": "Helen Dunn", "role": "epilepsy nurse specialist"}],
                 "address": "5 Laburnum Rise, Cramlington NE23 1XG",
                 "school": "Whinfell School", "worker": S_WORKER},
        meta={"service": "Children with Disabilities (health liaison, cerebral palsy and epilepsy)",
              "child_age_years": 11,
              "features": ["terse", "abbreviations", "staff_initials", "named_services", "spoken_headings",
                           "non_verbal", "aac", "makaton", "word_name", "pet_name", "dob_in_text", "phone_in_text",
                           "local_club"]},
        body="""
o | Review visit, [P:Freya] ({age:11}), dad [P:Martin], home, {time:5pm}.
o | Quad CP, epilepsy, uses eye-gaze talker and some Makaton; DOB [DOB:11.11.15].
o | Mum [P:Stacey] in Carlisle since {date:summer}, phone contact only.
w | Worries.
w | Seizures up since {date:half term}, two needing buccal midazolam, one ambulance via {emerg:999} {date:19/11}.
w | Dad on his own, no overnight help, sleeps on her bedroom floor, off work sick since {date:Oct}.
w | Dad "running on empty", has lost {word:faith} in wheelchair service after {dur:14 months} waiting for new seating.
w | Pressure mark left hip from old seat.
w | School say she's drowsy most mornings after night seizures, missing lessons.
ww | Working well.
ww | Dad knows rescue plan by heart, keeps a daily seizure diary, showed me.
ww | Link carer [P:Faith] has her {dur:one weekend} a month, trained in rescue meds.
cv,wf,ww | On talker [P:Freya] chose "I like", "[P:Faith]", "dog" ([P:Faith]'s dog {pet:Pickle}), then laughed.
wf,ww | Swims with [O:Kingfishers] {date:Sat} mornings, dad says she "lights up in the water".
cv,wf,w | Asked about mum, [P:Freya] signed "sad" and looked away, then chose "home" on talker.
ww | [P:Martin] goes to [O:Shed Talk] {date:Thurs} nights when [P:Faith] can sit.
ns | Next steps.
ns | Referral to [O:Nightjar] for overnight sitting, {dur:2 nights} a week.
ns | Chase seating with {role:OT} [P:KS] and tissue viability re hip.
ns | {role:Epilepsy nurse} [P:HD] to review rescue plan; copy to [S:Whinfell].
ns | Mum [P:Stacey] to ring {date:Sundays}, her mob [PH:07700 900126]; dad to set up talker for the calls.
ns | Carer's assessment for dad, next visit {date:w/c 14/12}.
"""),
]

T_NOTES = [
    dict(
        id="T01",
        context={"child": {"name": "Ellie-Rae Firth", "dob": "2018-05-02"},
                 "people": [{"name": "Danielle Firth", "role": "mother"},
                            {"name": "Lee Sugden", "role": "mother's partner"},
                            {"name": "Harley Firth", "role": "brother"},
                            {"name": "Bonnie Firth", "role": "sister"},
                            {"name": "Sheila Firth", "role": "maternal grandmother"},
                            {"name": "Jess Frost", "role": "police constable"}],
                 "address": "112 Greyshiel Mount, Bramley, Leeds LS13 2JQ",
                 "school": "Hollinthorpe Primary School", "worker": T_WORKER},
        meta={"service": "Child Protection (physical harm, duty)", "child_age_years": 8,
              "features": ["fluent_narrative", "relayed_voice", "sibling_voice", "nickname", "word_name",
                           "names_not_in_context", "dob_in_text", "postcode", "phone_in_text", "food_bank",
                           "church", "local_club"]},
        body="""
o | {term:Section 47} joint visit with PC [P:Jess Frost] to [A:112 Greyshiel Mount], [PC:LS13 2JQ], after [S:Hollinthorpe] rang the duty line at {time:12.40} today.
cv,wf,w | At dinner time the dinner lady, Mrs [P:Pickersgill], noticed a bruise on the side of [P:Ellie-Rae]'s face, and when she asked, [P:Ellie-Rae] told her "[P:Lee] did it with the remote because I wouldn't shush".
o | [P:Ellie-Rae] is {age:eight}, date of birth [DOB:2nd May 2018], and the family call her [P:Sparrow] because she was so tiny as a baby.
w | {kin:Mum}, [P:Danielle], who everyone including the kids calls [P:Dani], first said [P:Ellie-Rae] fell off the top bunk, then said she didn't see it as she was in the bath.
w | [P:Lee Sugden] moved in over {date:the summer}, he wasn't there and mum said he was at his mam's in Armley, but his work boots were by the door.
cv,wf,w | On her own in her bedroom [P:Ellie-Rae] told me the same, that [P:Lee] threw the remote at her, and that he "goes mad at the telly and then at us".
cv,wf,w | Her brother [P:Harley], {age:11}, who's [P:Dibs] to everyone on the estate, wouldn't look at me, said "I'm not a grass", and then asked PC [P:Frost] if [P:Lee] was going to jail.
w | The little one, [P:Bonnie], {age:three}, was in a nappy that hadn't been changed for a good while, and there was no food in apart from a loaf and some squash.
w | School have noticed before that [P:Ellie-Rae] comes in without a coat even when there's {word:frost} on the yard, and mum said the coats were "in the wash".
ww | Mum said her neighbour [P:Bev] sometimes has the kids for tea, and she's used the food bank at [O:St Oswin's] on a {date:Thursday} since her {natl:Universal Credit} was sanctioned.
cv,wf,ww | [P:Ellie-Rae] goes to [O:3rd Rodley Brownies] on a {date:Tuesday}, and her face lit up showing me her badges, "I'm getting my baking one next".
ww | {kin:Nana} [P:Sheila] came round within {dur:twenty minutes} and said straight away she'd have all three at hers in Farsley.
ns | Safety plan: the children stay at nana's tonight, [P:Lee] to have no contact with them until the strategy discussion, and police will try to arrest him tonight.
ns | Child protection medical for [P:Ellie-Rae] at {place:the LGI} tomorrow morning, strategy discussion at {time:2pm}, and I'll ring [S:Hollinthorpe] before {time:9}.
o | Nana's number is [PH:0113 496 0518].
"""),
    dict(
        id="T02",
        context={"child": {"name": "Jasleen Kaur Sandhu", "dob": "2012-09-18"},
                 "people": [{"name": "Harpreet Singh Sandhu", "role": "father"},
                            {"name": "Manjit Kaur Sandhu", "role": "mother"},
                            {"name": "Gurvinder Singh Sandhu", "role": "brother"},
                            {"name": "Surjit Kaur Sandhu", "role": "paternal grandmother"},
                            {"name": "Rajinder Kaur Gill", "role": "maternal aunt"}],
                 "address": "9 Bayswell Grove, Harehills, Leeds LS8 5PN",
                 "school": "Roundhay Moor High School", "worker": T_WORKER},
        meta={"service": "Child Protection (physical harm, duty)", "child_age_years": 14,
              "features": ["fluent_narrative", "quoted_child_voice", "nickname", "names_not_in_context",
                           "kinship_word_non_english", "gurdwara", "local_club", "phone_in_text",
                           "postcode"]},
        body="""
o | Duty visit after [P:Jasleen] told her form tutor this morning that her dad slapped her on {date:Sunday} night; I saw her first at [S:Roundhay Moor] and then at home at [A:9 Bayswell Grove], [PC:LS8 5PN].
cv,wf,w | She told me her dad found messages on her phone from a boy in her year, and "he slapped me twice and called me a disgrace and said he'd send me to India".
w | There was a faded mark under her left eye and she said her ear was ringing for a day afterwards.
cv,wf,w | She said she was scared to go home tonight but more scared of her dad "finding out I told", and she kept asking me not to say anything at the gurdwara.
cv,wf,ww | The people she trusts most are [P:Kiran], the youth worker who runs the girls' group at [O:Bayswell Road Gurdwara] on a {date:Saturday}, and her {kin:masi}, [P:Rani], in Bradford, who has always called her [P:Jassu].
o | At home were mum, [P:Manjit], and {kin:Biji}, dad's mum, and dad, [P:Harpreet], came in from the cash and carry about {time:five}.
w | Dad didn't deny it, said "in our house children respect their father" and that we "don't understand our culture", and he raised his voice at [P:Jasleen] in front of me.
w | Mum was crying and said very little, and her older brother [P:Gurvinder], who everyone calls [P:Goldie], said dad "just lost it for a second" and it "won't happen again".
ww | In the end, after a long talk with [P:Goldie] in Punjabi, dad agreed that [P:Jasleen] can stay with her {kin:masi} while we look into things, and said he won't go round there.
cv,wf,ww | [P:Jasleen] said she was happy with that, "{kin:Masi}'s house is calm, she lets me do my homework in peace".
ww | She plays netball for [O:Chapeltown Comets] on a {date:Wednesday} night and says her coach, Mrs [P:Afolabi], is someone else she could talk to.
w | School say her attendance has been fine but she's gone very quiet since {date:October} and has stopped eating her lunch.
ns | Strategy discussion tomorrow, police to consider a voluntary interview with dad, and I'm going to [P:Rani]'s in Bradford tonight to check it's suitable.
ns | [P:Jasleen] has my direct line, [PH:0113 496 0742], and with her agreement I'll speak to [P:Kiran] about the gurdwara being somewhere safe for her.
"""),
    dict(
        id="T03",
        context={"child": {"name": "Zainab Hussain", "dob": "2017-03-04"},
                 "people": [{"name": "Nasreen Bibi", "role": "mother"},
                            {"name": "Rafiq Hussain", "role": "father"},
                            {"name": "Bilal Hussain", "role": "brother"},
                            {"name": "Ayaan Hussain", "role": "brother"},
                            {"name": "Hamza Hussain", "role": "brother"},
                            {"name": "Huda Hussain", "role": "sister"},
                            {"name": "Maryam Hussain", "role": "sister"}],
                 "address": "27 Dalesworth Terrace, Beeston, Leeds LS11 7QL",
                 "school": "Hollybeck Primary School", "worker": T_WORKER},
        meta={"service": "Child in Need (neglect, duty)", "child_age_years": 9,
              "features": ["fluent_narrative", "interpreter", "sibling_voice", "nickname", "names_not_in_context",
                           "kinship_word_non_english", "mosque", "food_bank", "local_club", "phone_in_text",
                           "housing"]},
        body="""
o | Unannounced visit to [A:27 Dalesworth Terrace] after a referral from [S:Hollybeck Primary] about [P:Zainab], {age:9}, coming in hungry and with headlice, and missing {dur:twelve days} since {date:September}.
o | Mum, [P:Nasreen], speaks Urdu and some English, so we had a telephone interpreter, Mrs [P:Qureshi], for the whole visit.
w | Six children in a three-bedroom terrace, black mould up the back bedroom wall, and the baby, [P:Maryam], {age:ten months}, was asleep in a pram in the kitchen.
w | Mum said she is "so tired she cannot think", dad, [P:Rafiq], drives a taxi at night and sleeps in the day, and she's had no help since her own mother died in Pakistan in {date:the spring}.
cv,wf,w | [P:Zainab] told me in English that she gets the little ones ready for school "because {kin:mummy} is sleeping" and she's "always late because of the twins".
cv,wf,ww | She said the best bit of her day is madrassa at [O:Ridgeway Masjid] after school, because "{kin:Apa} [P:Shazia] gives us biscuits and nobody shouts".
cv,wf,o | [P:Ayaan], {age:six}, who the family call [P:Guddu], showed me his drawing of a car and said he wants {kin:abbu} to take him out in the taxi.
w | The twins, [P:Hamza] and [P:Huda], {age:four}, aren't in nursery, and mum didn't know they could have a free place.
w | Mum told us herself that the neighbour, Mrs [P:Kershaw], rang the police {date:last month} when the twins were found on their own in the back lane.
ww | Mum was warm with all of them, fed the baby while we talked, knew every child's school and appointments, and downstairs was clean and tidy.
ww | The mosque runs [O:Barakah Pantry] on a {date:Friday} and mum has been getting food there since {date:the summer}.
cv,wf,w | [P:Bilal], {age:12}, said he plays cricket for [O:Holbeck Strikers] and "it's the only time I'm not minding the kids".
ns | With mum, through the interpreter, we agreed a {term:Child and Family Assessment}, an early help referral for the twins' nursery places and a health visitor visit for [P:Maryam].
ns | I'll ask housing about the mould and overcrowding, see dad on {date:Thursday} morning, and with mum's consent contact the mosque about extra support.
o | Dad's mobile is [PH:07700 900739].
"""),
    dict(
        id="T04",
        context={"child": {"name": "Kian Walsh", "dob": "2015-07-23"},
                 "people": [{"name": "Gemma Walsh", "role": "mother"},
                            {"name": "Reece Doyle", "role": "father"},
                            {"name": "Mollie Walsh", "role": "sister"},
                            {"name": "Archie Walsh", "role": "brother"},
                            {"name": "Terry Walsh", "role": "maternal grandfather"}],
                 "address": "64 Foxcroft Way, Seacroft, Leeds LS14 6NE",
                 "school": "Seacroft Vale Primary School", "worker": T_WORKER},
        meta={"service": "Child Protection (domestic abuse, duty)", "child_age_years": 11,
              "features": ["fluent_narrative", "spoken_headings", "scaling", "sibling_voice", "nickname",
                           "names_not_in_context", "church", "local_club", "pet_name", "phone_in_text",
                           "domestic_abuse"]},
        body="""
o | Child protection visit to [P:Kian], [P:Mollie] and [P:Archie] at mum's, [A:64 Foxcroft Way], on {date:Tuesday} after school, with mum, [P:Gemma], and all three children in.
w | What are we worried about.
w | On {date:Saturday} night [P:Reece] came to the house drunk, kicked the back door in and dragged mum by the hair in front of [P:Kian] and [P:Mollie], and it was [P:Shaz] from across the road who rang {emerg:999}.
w | He was bailed on {date:Monday} not to come to the street, but mum says he's been ringing her from a withheld number "forty times a day".
cv,wf,w | [P:Kian], {age:11}, told me he stood in front of [P:Mollie] and "I'd have hit him with the pan if he'd touched her", and he's been sleeping with his trainers on in case they have to run.
cv,wf,w | [P:Mollie], {age:7}, who they all call [P:Mouse], stayed behind the settee with the dog, {pet:Nacho}, while I was there and whispered to mum that she doesn't want {kin:daddy} to come back "ever ever".
w | Mum has a cut on her scalp, and she said she still loves him and "he's a good dad when he's off the drink".
ww | What's working well.
ww | Mum went to the police station with [P:Shaz] on {date:Sunday} to give a statement, she's had the locks changed and the police have made a {term:MARAC} referral.
cv,wf,ww | [P:Kian] trains with [O:Seacroft Saints] on {date:Wednesdays} and {date:Sundays}, his coach [P:Dion] drops him home, and [P:Kian] said "[P:Dion]'s the only man I like".
ww | {kin:Grandad} [P:Terry] is round every night now, the children adore him, and mum has started going to [O:Kingdom Light] on a {date:Sunday}, where Pastor [P:Femi] has put her in touch with a women's group.
w,ww | Scaling, mum put herself at a {scale:seven}, I'd say nearer a {scale:four} because she's still answering his calls.
ns | What needs to happen.
ns | Mum will keep a log of the calls for the officer in the case, ring {emerg:999} if [P:Reece] comes near the street, and meet the {term:IDVA} on {date:Friday}.
ns | I'll refer [P:Kian] and [P:Mollie] to [O:Little Lighthouse], the group for children who've lived with domestic abuse, and let [S:Seacroft Vale] know today.
ns | The strategy discussion agreed {term:Section 47} and an {term:initial child protection conference} within {dur:15 working days}.
o | Mum's new number is [PH:07700 900352].
"""),
    dict(
        id="T05",
        context={"child": {"name": "Mason Lister", "dob": "2011-04-12"},
                 "people": [{"name": "Tracey Lister", "role": "mother"},
                            {"name": "Wayne Pickard", "role": "mother's partner"},
                            {"name": "Carly Lister", "role": "sister"},
                            {"name": "Ken Lister", "role": "maternal grandfather"}],
                 "address": "3 Westover Close, Middleton, Leeds LS10 4TB",
                 "school": "Middleton Moor Academy", "worker": T_WORKER},
        meta={"service": "Child Protection (missing, exploitation, duty)", "child_age_years": 15,
              "features": ["fluent_narrative", "subtle_worry", "missing", "exploitation", "sibling_voice", "nickname",
                           "word_name", "names_not_in_context", "dob_in_text", "phone_in_text", "local_club"]},
        body="""
o | Return home interview and duty visit for [P:Mason], {age:15}, born on the [DOB:twelfth of April 2011], who was reported missing on {date:Friday} and came back on his own about {time:six} on {date:Sunday} morning.
o | I saw him at his grandad [P:Ken]'s flat at [A:Flat 11, Beckhill Court], where he's been stopping most nights since he fell out with mum's boyfriend, [P:Wayne].
cv,wf,w | [P:Mason] said he was "just at a mate's in Hunslet", wouldn't give a name, and laughed when I asked if he'd been further afield, "I'm not going to tell you, am I".
w | He had brand new trainers on and a second phone on the arm of the settee that kept buzzing, and [P:Ken] said he doesn't know where either came from.
w | [P:Ken] said an older lad they call [P:Froggy] picks him up in a white car most nights, and [P:Mason] comes back after midnight "smelling of weed".
cv,wf,w | [P:Mason] said [P:Froggy] is "sound, he's like my cousin" and he does "bits" for him, then changed the subject to the football.
w,ww | He plays for [O:Middleton Park Rovers] under-16s on a {date:Sunday}, though he's missed the last {dur:three weeks}.
cv,wf,ww | He spoke warmly about [P:Rob], the youth worker at [O:Skylight], said he's "proper safe", and said he'd go back there if his mates didn't.
cv,wf,w | He said the lads he hangs about with "{word:rob} bikes and that, not me", and that he's not scared of anyone.
w | Mum, [P:Tracey], told me on the phone she's "done with him" and he can't come home while he's "disrespecting" [P:Wayne]; she sounded drunk and it was {time:half eleven} in the morning.
cv,wf,w | His sister [P:Carly], {age:17}, messaged me afterwards to say [P:Mason] has a cut on his hand he's hiding and she's "really scared for him".
ww | [P:Ken] is calm, clearly loves him, makes sure he eats, and says he can stay as long as he needs.
ns | I'll complete the exploitation screening tool today and ask for a {term:strategy meeting}, and pass [P:Froggy]'s description and the white car to police.
ns | I'll check attendance with [S:Middleton Moor] and see [P:Mason] again on {date:Thursday} at [P:Ken]'s, and [P:Ken]'s landline is [PH:0113 4960281].
"""),
    dict(
        id="T06",
        context={"child": {"name": "Oakley Fairburn", "dob": "2024-05-30"},
                 "people": [{"name": "Chloe Fairburn", "role": "mother"},
                            {"name": "Jack Denby", "role": "mother's partner"},
                            {"name": "Nova Fairburn", "role": "sister"},
                            {"name": "Liam Crossley", "role": "father"},
                            {"name": "Julie Fairburn", "role": "maternal grandmother"},
                            {"name": "Sian Mortimer", "role": "health visitor"}],
                 "address": "Flat 4, 19 Cardigan Lea, Kirkstall, Leeds LS5 3JD",
                 "school": "Hawksworth Lane Nursery", "worker": T_WORKER},
        meta={"service": "Child Protection (unexplained injury, duty)", "child_age_years": 2,
              "features": ["fluent_narrative", "subtle_worry", "pre_verbal", "nickname", "names_not_in_context",
                           "church", "food_bank", "dob_in_text", "postcode", "phone_in_text", "local_club"]},
        body="""
o | Duty visit to [A:Flat 4, 19 Cardigan Lea], [PC:LS5 3JD], after the health visitor, [P:Sian Mortimer], saw a bruise on [P:Oakley]'s left ear at his {age:two}-year check yesterday.
o | [P:Oakley]'s date of birth is [DOB:30/05/2024], his baby sister [P:Nova] is {age:four months}, and mum, [P:Chloe], is {age:20}.
w | The bruise is on the top of the ear and going yellow, and mum said he "nutted the cot" but couldn't say when.
w | Mum's boyfriend, [P:Jack], who she calls [P:Denners], has been living there since {date:August}, and [P:Oakley]'s dad, [P:Liam], hasn't seen him since {date:the summer}.
cv,wf,w | When [P:Jack] came in from the shop [P:Oakley] went quiet, got behind mum's legs and said "no [P:Jack], no shout".
w | [P:Jack] was polite enough but said [P:Oakley] is "a nightmare, he needs a firm hand", and mum laughed nervously and said [P:Oakley] "winds him up".
o | [P:Nova] was asleep in her Moses basket, clean and well, feeding every {dur:three hours}, mum said.
ww | The flat was warm and clean, there was food in, and both children's {term:red books} were up to date.
ww | Mum takes both children to [O:Busy Bodies] at the children's centre on a {date:Monday} and to the toddler group at [O:St Chad's] on {date:Thursday} mornings, where the ladies "make a right fuss of him".
ww | [P:Oakley] is at [S:Hawksworth Lane] for his funded hours three mornings a week, and nursery say he's settled and chatty there.
w | Mum's mam, [P:Julie], who [P:Oakley] calls {kin:Nanny} [P:Juju], used to have them every {date:Saturday}, but mum said quietly that she's stopped going because [P:Jack] doesn't like her being out.
w | Money is tight since [P:Jack] lost his job, and they've had nappies from [O:Little Bundles] baby bank and a parcel from the food bank at [O:Abbey Road Methodist].
ns | Agreed with mum that [P:Oakley] will have a child protection medical at {place:the LGI} this afternoon, and I'll take them there myself.
ns | I'll ring [P:Liam] for his view, do police checks on [P:Jack], and speak to [P:Julie] about whether she can help while we look into this.
o | Mum's number is [PH:07700 900615] and [P:Jack]'s is [PH:07700 900688].
"""),
]

NOTES = S_NOTES + T_NOTES
