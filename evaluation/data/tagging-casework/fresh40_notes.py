"""fresh40's 12 marked-up notes (see make_fresh40.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in the 999 range, NI numbers with the QQ prefix, names,
nicknames, addresses, postcodes, schools, clubs, surgeries, charities, groups, places of worship and e-mail
addresses made up.
Authors: Z (an early help / child in need family support practitioner on Teesside: Middlesbrough, Stockton,
Hartlepool, Redcar; terse, bullet-like lines, abbreviations (CIN, RHI, MACE, HV, PA, UC, PIP, SENCO), staff known by
initials after their role, one note typed as bullet fragments with no punctuation at all), AA (a child protection and
looked-after children's social worker in County Durham, Northumberland and Darlington writing long narrative
sentences: big extended families, nicknames, people named only in the text, young people in a children's home and
school friends referred to by two initials, a Polish interpreter), AB (a Signs of Safety practitioner in Sunderland,
Gateshead, South Shields and Newcastle dictating the headings as sentences ("Worries.", "What's working well.",
"Danger statement.", "Scaling."), with scaling by parents, workers and children, three houses, dialect, a Sylheti
interpreter)."""

Z_WORKER = "Donna Hebbron"
AA_WORKER = "Catriona Dinsdale"
AB_WORKER = "Naomi Elstob"

Z_NOTES = [
    dict(
        id="Z01",
        context={"child": {"name": "Kaydence Ruddick", "dob": "2020-02-14"},
                 "people": [{"name": "Jade Ruddick", "role": "mother"},
                            {"name": "Ollie Ruddick", "role": "brother"},
                            {"name": "Mark Tweddle", "role": "mother's partner"},
                            {"name": "Pat Ruddick", "role": "maternal grandmother"},
                            {"name": "Lindsey Gaskin", "role": "health visitor"},
                            {"name": "Amy Hewitson", "role": "class teacher"}],
                 "address": "14 Beaumont Walk, North Ormesby, Middlesbrough TS3 6LQ",
                 "school": "Linthorpe Vale Primary School", "worker": Z_WORKER},
        meta={"service": "Child in Need (neglect, family support)", "child_age_years": 6,
              "features": ["terse", "abbreviations", "staff_initials", "nickname", "word_name", "quoted_child_voice",
                           "non_verbal", "sibling_voice", "subtle_worry", "names_not_in_context", "nhs_number",
                           "phone_in_text", "postcode", "food_bank", "housing", "gp_surgery"]},
        body="""
o | {term:CIN} visit, [A:14 Beaumont Walk], [PC:TS3 6LQ], {time:9.30}-{time:10.40}, unannounced.
o | Present: {kin:mum} [P:Jade Ruddick], [P:Kaydence] ({age:6}, "[P:Kaydee]"), [P:Ollie] ({age:3}); mum's partner [P:Mark Tweddle] arrived {time:10.15}.
w | [P:Kaydence] off school today, "tummy ache", 4th day off this half term; attendance 81% per [S:Linthorpe Vale].
w | Black mould back in kids' bedroom, window won't shut, heating on {dur:an hour} a night "to save the meter".
w | Fridge: milk, marg, half a pizza; money runs out by {date:Weds}, {natl:Universal Credit} docked for an advance.
ww | Mum uses [O:Cornerstone Pantry] on {date:Thursdays}, {money:£5} a bag, and takes [P:Ollie] to [O:Jellybeans] stay and play after.
w | Small {word:mark} under [P:Kaydence]'s left eye, yellowing; mum says she ran into the door frame.
cv,wf,w | Seen alone in her room: [P:Kaydence] said she bumped it, then asked me "don't tell [P:Mark] I said about the door".
cv,wf,ww | Showed me her star chart from Miss [P:Hewitson], "I got ten stars, I'm getting a bike when it's full".
cv,wf,w | Asked what she'd change at home: "[P:Mark] not shouting at mam, and [P:Ollie] having his own bed."
cv,wf,w | [P:Ollie] pulled me to the cot in the corner, no mattress, patted it and said "broke".
w | Kids share a single mattress on the floor.
w | [P:Mark] stayed in the kitchen doorway, answered for mum twice; says he's "just helping out", not living here, but his post is on the side.
w | Mum low, cried talking about her own dad; not on meds, no GP since moving from Thornaby.
ww | {kin:Nana} [P:Pat] has both kids {date:Sundays} in Berwick Hills, mum says "she's my rock".
ns | Plan: GP registration with mum at [O:Parkway Medical Centre] {date:Mon}, talk about her mood.
ns | Mould and window reported to [O:Cleveland Dale Housing]; I'll chase in {dur:5 working days}.
ns | Bed for [P:Ollie] via the council's welfare scheme.
ns | Ring {term:DSL} Mrs [P:Agar] at school re the {word:mark} and attendance; {term:MASH} check on [P:Mark Tweddle].
ns | {role:HV} [P:LG] to see [P:Ollie] re speech, only a few words.
o | Mum's mob [PH:07700 900417]; [P:Kaydence] NHS [NHS:999 214 6630]; next visit {date:8/12}.
"""),
    dict(
        id="Z02",
        context={"child": {"name": "Jayden Hume", "dob": "2011-07-03"},
                 "people": [{"name": "Kelly Hume", "role": "mother"},
                            {"name": "Chase Hume", "role": "cousin"},
                            {"name": "Stuart Pybus", "role": "youth worker"},
                            {"name": "Ryan Hart", "role": "SENCO"},
                            {"name": "Karl Wardell", "role": "police constable"}],
                 "address": "27 Grangefield Court, Hardwick, Stockton-on-Tees TS19 8PE",
                 "school": "Riverbank Learning Centre", "worker": Z_WORKER},
        meta={"service": "Early Help (missing, exploitation)", "child_age_years": 15,
              "features": ["terse", "abbreviations", "staff_initials", "return_home_interview", "missing",
                           "exploitation", "initials_young_people", "word_name", "nickname", "quoted_child_voice",
                           "subtle_worry", "names_not_in_context", "dob_in_text", "phone_in_text", "local_club"]},
        body="""
o | {term:RHI}, [P:Jayden Hume], DOB [DOB:03/07/2011], home, [A:27 Grangefield Court], {time:4.15pm}.
w | Missing {date:Sat} {time:8pm} to {date:Sun} {time:2pm}, found by police in Thornaby, 3rd episode since {date:Sept}.
o | Seen alone in the kitchen, mum [P:Kelly] upstairs.
cv,w | Says he was "at a mate's, chilling" with [P:JT] and [P:KM], both open to {term:MACE}.
cv,wf,w | Said they went {place:Wellington Square} first, then a flat, wouldn't say whose: "if I say, I'm a grass, and then what".
w | New trainers, two phones, one a cheap brick; {money:£60} in his hoodie pocket.
cv,w | Said it was birthday money; birthday was in {date:July}.
cv,wf,w | Said he likes "the buzz" of being out and the older lads "look after" him.
w | Mum says he sleeps till {time:2pm}, stopped eating tea with them, keeps his door locked.
cv,wf,ww | Lit up talking about [O:Hardwick ABC], "[P:Tommo] says I could box for the region".
w | Not been to boxing for {dur:three weeks}, "too busy".
cv,wf,ww | Likes [P:Stu] at the [O:Depot] youth project, agreed to see him {date:Weds}.
cv,wf,o | Asked what would help: "get me back in proper school, not [S:Riverbank], it's full of kids like me".
w | Cousin [P:Chase] ({age:17}) drops him home most nights in a black Audi; mum thinks [P:Chase] "got him into it".
w | Mum calls [P:Chase] "[P:Chasey]", says he's "family, what can I do".
ns | I'll {word:chase} the {term:MACE} panel date and send the {term:RHI} to the {role:missing coordinator} today.
ns | Car reg and the flat to PC [P:Wardell]; {term:NRM} to be considered at strategy.
ns | Transition back to [S:Tees Bridge Academy] to be raised at the {term:TAF}, {role:SENCO} [P:RH] invited.
ns | Mum to ring {emerg:999} straight away next time, not wait till morning.
o | [P:Jayden]'s phone [PH:07700 900952], mum's [PH:07700 900174]; he agreed to texts, not calls.
"""),
    dict(
        id="Z03",
        context={"child": {"name": "Arlo Birtle", "dob": "2026-02-06"},
                 "people": [{"name": "Courtney Birtle", "role": "mother"},
                            {"name": "Connor Lax", "role": "father"},
                            {"name": "Dean Shotton", "role": "mother's boyfriend"},
                            {"name": "Aisha Begum", "role": "leaving care personal adviser"},
                            {"name": "Kim Mather", "role": "health visitor"},
                            {"name": "Lorraine Gowland", "role": "mother's former foster carer"}],
                 "address": "Flat 3, 19 Brougham Terrace, Hartlepool TS24 8HG",
                 "school": "", "worker": Z_WORKER},
        meta={"service": "Early Help (young parent, care leaver)", "child_age_years": 0,
              "features": ["terse", "abbreviations", "staff_initials", "pre_verbal", "subtle_worry", "care_leaver",
                           "nickname", "dob_in_text", "nhs_number", "ni_number", "email_in_text", "phone_in_text",
                           "postcode", "family_hub", "local_club"]},
        body="""
o | Joint visit with {role:PA} [P:Aisha] ({term:leaving care}), [A:Flat 3, 19 Brougham Terrace], [PC:TS24 8HG], {time:1pm}.
o | [P:Courtney] ({age:19}), baby [P:Arlo] ({age:10 months}), DOB [DOB:6.2.26], NHS [NHS:999 781 0346].
ww | Flat warm and tidy, bottles sterilised, {role:HV} [P:KM] says weight on the 50th centile.
wf,ww | [P:Arlo] crawling, pulling to stand on the settee, babbling, held his arms up to mum when I came in.
w | New boyfriend, "[P:Deano]", {age:26}, met {dur:six weeks} ago; "he's amazing with [P:Arlo]".
w | Gave his name as [P:Dean Shotton], didn't know his address, "somewhere in Seaton".
w | He pays her phone and electric and has a key.
w | Her phone went six times in {dur:an hour}, she answered each one, said "he worries about us".
wf,w | Buzzer went, [P:Arlo] went still and stared at the door till it was the postman.
w | [P:Courtney] said "he's like that with everyone", then "he's fine with [P:Deano]".
o | Dad [P:Connor Lax] in {place:HMP Holme House}, out {date:March}, no contact since {date:spring}.
w | {term:Pathway plan} overdue; her {term:UC} stopped when she missed her journal, rent arrears {money:£340}.
ww | Goes to [O:Bumps and Beyond] at [O:Owton Manor Family Hub] {date:Tuesdays}, has a friend there.
ww | Ex foster carer [P:Lorraine] (from {age:15}) still rings weekly and has [P:Arlo] some {date:Saturdays}.
ns | {role:PA} [P:AB] to restart {term:UC} with her this week, NI [NI:QQ 41 07 63 B], and speak to housing re arrears.
ns | Police check on [P:Dean Shotton] via {term:MASH}; talk with [P:Courtney] about who has a key.
ns | {role:HV} [P:KM] to do the {term:ASQ} at {age:12 months} and see [P:Courtney] on her own.
o | [P:Courtney]'s DOB [DOB:11/09/2007], mob [PH:07700 900538], email [E:courtneybirtle07@hotmail.co.uk].
"""),
    dict(
        id="Z04",
        context={"child": {"name": "Maisie Dobing", "dob": "2014-05-22"},
                 "people": [{"name": "Gareth Dobing", "role": "father"},
                            {"name": "Kieran Dobing", "role": "brother"},
                            {"name": "Toni Marr", "role": "mother"},
                            {"name": "Julie Purvis", "role": "MS nurse"},
                            {"name": "Dawn Laverick", "role": "SENCO"}],
                 "address": "6 Cleveland Wynd, Dormanstown, Redcar TS10 5QJ",
                 "school": "Coatham Sands Academy", "worker": Z_WORKER},
        meta={"service": "Early Help (young carer)", "child_age_years": 12,
              "features": ["terse", "no_punctuation", "abbreviations", "staff_initials", "written_voice",
                           "non_verbal", "drawing", "young_carer", "pet_name", "nhs_number", "ni_number",
                           "phone_in_text", "postcode", "local_club"]},
        body="""
o | home visit [A:6 Cleveland Wynd] Dormanstown [PC:TS10 5QJ] {time:1545} to {time:1700}
o | present dad [P:Gareth] and [P:Maisie] {age:12} brother [P:Kieran] {age:17} in from work at the end
o | [P:Maisie] autistic and doesnt speak outside the family uses her notebook with me
o | dad has MS uses a wheelchair downstairs cant manage the stairs now sleeps in the back room
w | dad had two falls this month one at night [P:Maisie] got him up on her own took her {dur:40 mins}
cv,wf,w | she wrote I am scared when dad falls because I cant lift him and I dont want to ring {emerg:999} in case they take him
cv,w | wrote that she does his tablets before school and makes the tea most nights and [P:Kieran] does weekends
w | school say late most days and asleep in period 1 attendance 86
ww | dad open about it says he hates that she has to do it and wants more help
cv,wf,ww | goes to [O:Breakwater Young Carers] {date:thursdays} wrote best bit is nobody asks me questions
cv,wf,o | drew their dog {pet:Biscuit} and wrote he sleeps on my bed when I am sad
cv,wf,w | asked about mum she shook her head and turned the page over
o | mum [P:Toni] in Scarborough with new partner no contact since {date:last Easter}
w | electric on emergency credit and dad hasnt claimed {term:PIP} yet
ww | {role:MS nurse} [P:JP] from {place:James Cook} comes monthly dad says she is brilliant
wf,ww | [P:Maisie] sat close to dad all visit and did his hair when he got tired
ns | refer dad for adult social care assessment and a {term:young carers assessment} for [P:Maisie]
ns | ask {role:OT} about a lifting cushion and a {term:careline} pendant so [P:Maisie] isnt the first call
ns | speak to {role:SENCO} Mrs [P:Laverick] at [S:Coatham Sands] re lateness and a quiet space at dinner
ns | welfare rights for {term:PIP} and carers allowance with dad his NI [NI:QQ 73 18 90 D]
o | dad mob [PH:07700 900661] [P:Maisie] NHS [NHS:999 430 5912] next visit {date:tues 15th}
"""),
]

AA_NOTES = [
    dict(
        id="AA01",
        context={"child": {"name": "Reuben Coulthard", "dob": "2018-04-17"},
                 "people": [{"name": "Leanne Coulthard", "role": "mother"},
                            {"name": "Skye Coulthard", "role": "sister"},
                            {"name": "Darren Ord", "role": "father"},
                            {"name": "Jean Coulthard", "role": "maternal grandmother"},
                            {"name": "Anthony Coulthard", "role": "maternal grandfather"},
                            {"name": "Drew Coulthard", "role": "maternal uncle"},
                            {"name": "Bernadette Ord", "role": "paternal aunt"},
                            {"name": "Neil Hindmarch", "role": "class teacher"}],
                 "address": "31 Rosedale Crescent, Blackhill, Consett DH8 5TN",
                 "school": "Delves Brook Primary School", "worker": AA_WORKER},
        meta={"service": "Child Protection (parental alcohol misuse)", "child_age_years": 8,
              "features": ["long_narrative", "relayed_voice", "quoted_child_voice", "drawing", "sibling_voice",
                           "nickname", "word_name", "young_carer", "subtle_worry", "names_not_in_context",
                           "dob_in_text", "phone_in_text", "local_club", "church", "dialect"]},
        body="""
o | I saw [P:Reuben], who is {age:eight}, born on the [DOB:17th of April 2018], at his {kin:nanna} [P:Jean Coulthard]'s at [A:4 Heather Bank] in Leadgate, where he and his sister [P:Skye], {age:five}, have stayed since their {kin:mam} was taken to {place:the University Hospital of North Durham} on {date:Saturday night}.
w | [P:Leanne] had drunk most of a bottle of vodka and taken some tablets, and it was [P:Reuben] who rang {kin:grandad} [P:Tot] at {time:eleven} because he couldn't wake her.
cv,wf,w | [P:Reuben] told me he "did what nanna said, turn mam on her side", and that he wasn't scared "because I've done it before", which worried me most.
w | Nanna says it's the third time this year, [P:Leanne] has been "on and off the drink" since [P:Darren] left, and she didn't ring anyone for fear the bairns would be taken.
cv,wf,w | When I asked [P:Reuben] to show me what home is like he {word:drew} the house with mam on the settee and himself at the window, "watching for nanna's car".
cv,wf,ww | His uncle [P:Drew], mam's younger brother, came in, and [P:Reuben] went straight to him to ask if they were still going to the match on {date:Saturday}.
cv,wf,ww | [P:Skye] showed me the bed nanna has made up for her and told me "I'm staying here forever and ever".
cv,wf,w | Then she asked me if mammy could come and stay too, "but not poorly mammy".
w | [P:Darren Ord] lives in Stanley and hasn't seen the children since {date:the summer}; on the phone he said [P:Leanne] has "had every chance" and he'd take them, though his partner has a new baby.
ww | His sister [P:Bernie], who the bairns call {kin:Auntie} [P:Bern], rang and offered to have them for tea every {date:Wednesday}.
cv,wf,w | Mr [P:Hindmarch] at [S:Delves Brook] said [P:Reuben] asked last week to stay in at dinner time "because I'm tired of football", not like him at all.
ww | He plays for [O:Derwentside Harriers] under-9s on {date:Sunday} mornings and nanna takes them both to [O:Bridgehill Methodist] kids' club.
ns | The children will stay with nanna and grandad, [P:Leanne] will only see them with nanna there, and I'll speak to the alcohol liaison nurse before discharge.
ns | I'll ring the {term:DSL} first thing, ask for a {term:strategy discussion}, and refer [P:Reuben] to {term:young carers}.
o | Nanna's landline is [PH:01632 960284] and [P:Drew]'s mobile is [PH:07700 900319].
"""),
]
AA_NOTES += [
    dict(
        id="AA02",
        context={"child": {"name": "Lily-Mae Dowson", "dob": "2012-10-09"},
                 "people": [{"name": "Gemma Dowson", "role": "mother"},
                            {"name": "Kris Bainbridge", "role": "mother's partner"},
                            {"name": "Joy Dowson", "role": "maternal aunt"},
                            {"name": "Alison Sowerby", "role": "pastoral lead"}],
                 "address": "58 Escomb Road, Bishop Auckland DL14 6QE",
                 "school": "Etherley Moor Academy", "worker": AA_WORKER},
        meta={"service": "Child in Need (online exploitation, self-harm)", "child_age_years": 14,
              "features": ["long_narrative", "quoted_child_voice", "relayed_voice", "subtle_worry", "exploitation",
                           "self_harm", "initials_young_people", "nickname", "word_name", "names_not_in_context",
                           "nhs_number", "email_in_text", "phone_in_text", "postcode", "local_club"]},
        body="""
o | I met [P:Lily-Mae] at [S:Etherley Moor Academy] on {date:Tuesday}, after her friend [P:CR] told the pastoral lead, Mrs [P:Sowerby], that [P:Lily-Mae] is sending pictures to an older lad she met online.
cv,wf,w | [P:Lily-Mae], who is {age:fourteen} and [P:Lils] to her friends, said at first "it's nothing, he's just a mate", then "he's nineteen, he's not a weirdo, he's actually nice to me".
cv,w | She said they talk on Snapchat till two or three most nights, that he calls himself [P:Jay], "from Darlo", and he's promised her a trip to Newcastle for her birthday.
cv,w | She said she'd deleted the chat, but Mrs [P:Sowerby] saw a message on her screen: "don't tell your mam about us, she won't get it".
cv,w | Attendance is down to 78%, she's been found in the toilets in lessons twice, and PE staff saw healed cuts on her upper arm, "from the cat", she said.
cv,wf,w | Asked how she's feeling in general, she said "like nobody would notice if I wasn't here", then laughed and said she didn't mean it like that.
w | Another girl, [P:TB], told staff "her boyfriend" picks her up in a car from {place:the Market Place}.
o | I then saw her {kin:mam}, [P:Gemma Dowson], at [A:58 Escomb Road], [PC:DL14 6QE]; she works nights in a care home, and her partner, [P:Kris Bainbridge], drives lorries and is away in the week.
w | [P:Gemma] was shocked but had "had a feeling", as [P:Lily-Mae] came home in {date:October} with a new phone she said her {kin:auntie} bought.
ww | [P:Gemma] rang her sister, [P:Joy], who had bought no phone, came straight over from Shildon, and clearly adores her niece.
cv,wf,w | [P:Joy] said [P:Lily-Mae] told her last month she'd love to go back to [O:Coundon Comets] netball but "hasn't got the energy for anything".
w,ns | I rang {natl:CAMHS}, with no {word:joy}, as school's referral from {date:September} still hasn't been screened, so I'll re-refer today with the cuts and what she said.
ns | We agreed the phone stays downstairs at night and [P:Joy] will take her to netball on {date:Saturdays}; I'll pass the username to police and do the exploitation screening today.
ns | I'll see [P:Lily-Mae] at school on {date:Friday}, and she agreed I could send the {natl:Kooth} details to [E:ldowson.2012@gmail.com].
o | [P:Gemma]'s mobile is [PH:07700 900726] and [P:Lily-Mae]'s NHS number is [NHS:999 352 8814].
"""),
    dict(
        id="AA03",
        context={"child": {"name": "Kacper Kowalczyk", "dob": "2021-03-03"},
                 "people": [{"name": "Agnieszka Kowalczyk", "role": "mother"},
                            {"name": "Tomasz Kowalczyk", "role": "father"},
                            {"name": "Zuzanna Kowalczyk", "role": "sister"},
                            {"name": "Halina Kowalczyk", "role": "paternal grandmother"},
                            {"name": "Marta Zielinska", "role": "Polish interpreter"},
                            {"name": "Nadia Fenwick", "role": "police constable"}],
                 "address": "17 Aydon Row, Alnwick NE66 1QW",
                 "school": "Hotspur Fields First School", "worker": AA_WORKER},
        meta={"service": "Child Protection (physical harm, Section 47)", "child_age_years": 5,
              "features": ["long_narrative", "interpreter", "relayed_voice", "sibling_voice", "non_verbal",
                           "child_as_interpreter", "subtle_worry", "nickname", "kinship_word_non_english",
                           "names_not_in_context", "dob_in_text", "phone_in_text", "postcode", "gp_surgery",
                           "supplementary_school"]},
        body="""
o | This was a {term:Section 47} visit with PC [P:Nadia Fenwick] and a Polish interpreter, [P:Marta Zielinska], to [A:17 Aydon Row], [PC:NE66 1QW], after [S:Hotspur Fields First School] saw a blistered burn on the back of [P:Kacper]'s left hand on {date:Monday}.
w | Nobody had taken him to a doctor; Mrs [P:Pringle], his teacher, said it was wrapped in kitchen roll and tape.
cv,wf,w | When she asked what happened, [P:Kacper], who is {age:five}, said "hot, tata" in English, then hid his hand behind his back and wouldn't say any more.
o | He speaks mostly Polish at home, so I saw him with [P:Marta] interpreting, while his sister [P:Zuzanna], {age:nine}, who everyone calls [P:Zuzia], did homework at the table.
cv,w | Through [P:Marta], [P:Kacper] told me the kettle was "on the floor" because {kin:tata} was mending the socket, that he touched it, and that {kin:tata} "shouted very loud, like a bear".
cv,wf,w | He said he hides under the bunk bed with [P:Zuzia]'s torch when {kin:tata} shouts, and showed me how he curls up.
cv,wf,w | [P:Zuzia] kept answering in English for her {kin:mama} before [P:Marta] could, then told me quietly that "tata isn't bad, he's just tired from the factory, he works all the nights".
w | [P:Agnieszka] told me through [P:Marta] she put cold water and cream on it but saw no doctor as they aren't registered, and that [P:Zuzia] usually translates for her at appointments.
w | [P:Tomasz] came home partway through, answered twice for his wife, and she looked at him before every answer after that.
ww | Both parents were warm with the children, [P:Kacper] climbed straight onto his dad's knee, and the house was clean, with food in.
ww | {kin:Babcia} [P:Halina], [P:Tomasz]'s mother, comes from Opole each Christmas for {dur:three months}; [P:Agnieszka] said "with her, everything is easier".
cv,wf,ww | [P:Zuzia] goes to the Polish Saturday school, [S:Szkolka Bociany], in Morpeth, and said "it's the only place all my words are right".
ns | [P:Kacper] will have a child protection medical at {place:Wansbeck General Hospital} today, PC [P:Fenwick] photographed the hand, and I'll register the family at [O:Denwick Lane Surgery] tomorrow.
ns | An interpreter will be booked for every meeting, [P:Zuzia] won't interpret again, and I'll see [P:Agnieszka] alone with [P:Marta] on {date:Thursday}.
o | [P:Agnieszka]'s mobile is [PH:07700 900845] and [P:Kacper]'s date of birth is [DOB:3 March 2021].
"""),
    dict(
        id="AA04",
        context={"child": {"name": "Kai Brannigan", "dob": "2010-03-19"},
                 "people": [{"name": "Nicola Brannigan", "role": "mother"},
                            {"name": "Michael Brannigan", "role": "brother"},
                            {"name": "Sunil Rao", "role": "key worker"},
                            {"name": "Phil Ayre", "role": "registered manager"},
                            {"name": "Helen Carr", "role": "independent reviewing officer"}],
                 "address": "Ashdene House, Darlington DL3 9NF",
                 "school": "Skerne Valley College", "worker": AA_WORKER},
        meta={"service": "Children in Care (residential, statutory visit)", "child_age_years": 16,
              "features": ["long_narrative", "quoted_child_voice", "initials_young_people", "childrens_home",
                           "exploitation", "subtle_worry", "nickname", "word_name", "names_not_in_context",
                           "dob_in_text", "ni_number", "email_in_text", "phone_in_text", "local_club"]},
        body="""
o | I saw [P:Kai] for his {term:statutory visit} at [O:Ashdene House], the children's home in Darlington where he's lived since {date:June}; it was a {word:sunny} afternoon, so we walked to {place:South Park} and fed the ducks, which he'll "never admit to anyone at college".
o | [P:Kai] is {age:sixteen}, born [DOB:19.03.2010], and is at [S:Skerne Valley College] three days a week doing motor vehicle.
ww | His tutor says he's "a natural with an engine" and hasn't missed a day since {date:October}.
cv,wf,ww | He said the best thing about [O:Ashdene] is his key worker, [P:Sunil], who everyone calls [P:Sunny], "because he doesn't give up on you even when you're being a knob".
cv,wf,w | He said he's been "a bit para" since [P:KB] moved in {date:last month}, that [P:KB] "owes people", and that he didn't want to say more "cos it gets back".
w | Staff say [P:Kai] has been late back three times in {dur:a fortnight}, once after {time:1am}, and on {date:Saturday} police brought him and [P:JT], {age:15}, back from {place:Bank Top station}.
w | The manager, [P:Phil Ayre], said [P:KB] has been found with cash and several phones, and [P:RS] told staff [P:KB] "makes the younger ones run about for him".
cv,wf,w | About his {kin:mam}, [P:Kai] said "she only rings when she wants something"; when she last rang from Hull she asked for his college bursary, and he sent her {money:£40}.
cv,wf,o | He wants to see his brother [P:Mikey], {age:nine}, fostered in Newton Aycliffe, "more than once a month, and not in a contact centre with a woman writing everything down".
ww | He trains with [O:Skerne Park Rovers] under-18s and [P:Sunny] drives him on {date:Tuesdays}.
ns | I'll raise his wish to see more of [P:Mikey] with his {role:IRO}, [P:Helen Carr], and ask the foster carers, the [P:Duffields], about an afternoon at theirs before Christmas.
ns | I'll share what he said about [P:KB] with the manager and the exploitation team today, and check [P:JT]'s social worker knows.
ns | We'll open a bank account in his name so the bursary can't go to mum; he has his NI number, [NI:QQ 29 64 17 A], and I'll bring his passport.
ns | A {role:personal adviser} will be allocated before his {term:pathway plan} starts in {date:March}.
o | [P:Kai]'s mobile is [PH:07700 900207] and his email is [E:kaibrannigan10@outlook.com].
"""),
]

AB_NOTES = [
    dict(
        id="AB01",
        context={"child": {"name": "Cody Gibbon", "dob": "2019-08-30"},
                 "people": [{"name": "Chelsea Gibbon", "role": "mother"},
                            {"name": "Ava-Rose Gibbon", "role": "sister"},
                            {"name": "Ryan Todd", "role": "father"},
                            {"name": "Irene Gibbon", "role": "maternal grandmother"},
                            {"name": "Dawn Stobbart", "role": "neighbour"}],
                 "address": "22 Hazeldene Close, Pennywell, Sunderland SR4 9BX",
                 "school": "Hylton Grange Primary School", "worker": AB_WORKER},
        meta={"service": "Child in Need (domestic abuse, Signs of Safety)", "child_age_years": 7,
              "features": ["spoken_headings", "signs_of_safety", "danger_statement", "scaling", "child_scaling",
                           "three_houses", "quoted_child_voice", "sibling_voice", "domestic_abuse", "dialect",
                           "nickname", "word_name", "pet_name", "dob_in_text", "phone_in_text", "postcode",
                           "local_club"]},
        body="""
o | {term:Child in Need} visit, [A:22 Hazeldene Close], [PC:SR4 9BX], {date:Monday 30th November}, {kin:mam} [P:Chelsea], [P:Cody], {age:seven}, and [P:Ava-Rose], {age:four}.
w | Worries.
w | Police called {date:Friday}: the children's dad, [P:Ryan Todd], came round drunk and kicked the door in with the {kin:bairns} in bed.
cv,wf,w | [P:Cody] told me he heard the bang and took [P:Ava-Rose] into his bed "and put my hands on her ears like last time".
w | [P:Chelsea] let [P:Ryan] back in on {date:Sunday} to "see the bairns", against his bail conditions.
w | She said "he was {dial:canny}, he just wanted to say sorry", and [P:Ryan]'s mam keeps messaging her that she's "ruining his life".
wf,w | Mam says [P:Ava-Rose] has started wetting again at [S:Tiny Toes] and screams when anyone knocks.
ww | What's working well.
ww | [P:Chelsea] rang {emerg:999} herself and had the kids at her mam's within the hour.
ww | {kin:Nana} [P:Irene], [P:Reenie] to the bairns, has them every {date:Saturday}.
w,ww | Mam's friend next door, [P:Dawn], saw his car at the end of the street at {word:dawn} on {date:Saturday} and rang the police.
ww | [P:Chelsea] started the freedom programme at [O:Lanterns Project] last {date:Wednesday}.
o | Three houses with [P:Cody].
cv,wf,ww | In his house of good things he put {kin:nana}'s, his dog {pet:Tyson}, and "mam when she's laughing".
cv,wf,w | In his house of worries he drew dad's car outside and wrote "dad banging the door".
cv,wf,o | In his house of dreams he wants "a lock dad can't break" and to play for [O:Grindon Rovers] "with my mates".
cv,wf,w | [P:Ava-Rose] hid her face in mam's jumper when I said daddy, then said "[P:Reenie]'s house is my best".
w | Danger statement.
w | We're worried that if [P:Ryan] keeps coming round drunk the children could be hurt or keep seeing their mam hurt; it's already showing in their sleep.
ns | What needs to happen.
ns | Mam won't let [P:Ryan] in, will ring {emerg:999} if he comes near, and will block his mam's number.
ns | I'll speak to the {term:IDVA} today about {term:MARAC} and let [S:Hylton Grange] and [S:Tiny Toes] know.
ns | Referral for [P:Cody] to [O:Bluebell Group].
o | Scaling.
w,ww | Mam put herself at a {scale:six} "because I rang them"; I'm at a {scale:three} as she let him back in.
cv,wf,w | [P:Cody] said he feels a {scale:four} safe at home "because the door's still broke".
o | Mam's number [PH:07700 900581], nana's [PH:0191 498 0733]; [P:Cody]'s date of birth [DOB:30/08/2019].
"""),
    dict(
        id="AB02",
        context={"child": {"name": "Arthur Liddle", "dob": "2021-09-12"},
                 "people": [{"name": "Stuart Liddle", "role": "father"},
                            {"name": "Kayleigh Prior", "role": "mother"},
                            {"name": "Moira Liddle", "role": "paternal grandmother"},
                            {"name": "Bill Liddle", "role": "paternal uncle"},
                            {"name": "Joanne Teasdale", "role": "speech and language therapist"}],
                 "address": "41 Sheriff Mount, Deckham, Gateshead NE9 5TR",
                 "school": "Eslington Rise School", "worker": AB_WORKER},
        meta={"service": "Child in Need (disability, Signs of Safety)", "child_age_years": 5,
              "features": ["spoken_headings", "signs_of_safety", "scaling", "non_verbal", "makaton", "pecs", "aac",
                           "relayed_voice", "subtle_worry", "nickname", "word_name", "staff_initials",
                           "nhs_number", "phone_in_text", "postcode", "local_club", "short_breaks"]},
        body="""
o | Home visit, [A:41 Sheriff Mount], [PC:NE9 5TR], {date:Thursday 26th November}, {time:4pm}, dad [P:Stuart] and [P:Arthur], {age:five}.
o | [P:Arthur] is autistic and doesn't use words; he uses Makaton signs, some {term:PECS} cards and a talker at [S:Eslington Rise].
w | What are we worried about.
w | [P:Stuart] has been on his own with [P:Arthur] since [P:Kayleigh] left in {date:July}, with no overnight break at all.
w | [P:Arthur] sleeps about {dur:four hours} a night, and dad says he's "dead on my feet" by teatime.
w | There were a lot of empty cans in the recycling; dad said they were "from the weekend, our [P:Bill] was round".
w | Then he said the electric {word:bill} has doubled and he's "stopped opening the letters".
w | [P:Arthur] has a bruise on his forehead from head-banging, which school have logged three times this month.
cv,wf,w | School say he presses "mammy" on his talker most mornings and then puts his hands over his ears.
ww | What's working well.
cv,wf,ww | [P:Arthur] brought me his {term:PECS} strip, "biscuit" then "garden", and took dad's hand to the back door, and dad understood straight away.
cv,wf,ww | When dad sang the bath song, [P:Arthur] signed "more" twice and laughed.
ww | {kin:Grandma} [P:Moira], who everyone calls [P:Mo], has him every {date:Sunday} and knows all his signs.
ww | [P:Bill] does the school run on {date:Fridays}, and dad goes to [O:Dads' Den] at the family hub on {date:Tuesday} evenings when [P:Mo] can sit.
ns | What needs to happen.
ns | Referral to the [O:Willows] for overnight short breaks, and a carer's assessment for dad.
ns | {role:SALT} [P:JT] to put "mammy" and "sad" on the home talker too and show dad how to use them.
ns | I'll talk to dad again, on his own, about the drinking, and book him in with [O:Fell Lane Advice Centre] about the bills.
ns | {role:Paediatrician} to review sleep; school to keep logging the head-banging.
o | Scaling, where nought is [P:Arthur] can't live at home and ten is dad managing with the right help.
w,ww | Dad put himself at a {scale:five}, "I'm coping but only just"; I'd say a {scale:five} too.
o | [P:Arthur]'s NHS number [NHS:999 268 0471], dad's mobile [PH:07700 900393].
"""),
    dict(
        id="AB03",
        context={"child": {"name": "Tahmina Uddin", "dob": "2015-01-28"},
                 "people": [{"name": "Rumana Begum", "role": "mother"},
                            {"name": "Jamal Uddin", "role": "father"},
                            {"name": "Rahim Uddin", "role": "brother"},
                            {"name": "Rokeya Khatun", "role": "maternal grandmother"},
                            {"name": "Salma Begum", "role": "maternal aunt"},
                            {"name": "Shahida Ahmed", "role": "Sylheti interpreter"}],
                 "address": "9 Thurso Terrace, Westoe, South Shields NE33 3DU",
                 "school": "Marsden Heights Academy", "worker": AB_WORKER},
        meta={"service": "Child in Need (young carer, Signs of Safety)", "child_age_years": 11,
              "features": ["spoken_headings", "signs_of_safety", "danger_statement", "scaling", "child_scaling",
                           "interpreter", "quoted_child_voice", "sibling_voice", "young_carer",
                           "kinship_word_non_english", "dob_in_text", "phone_in_text", "postcode", "mosque",
                           "local_club"]},
        body="""
o | Review visit, [A:9 Thurso Terrace], [PC:NE33 3DU], {date:Friday 27th November}, {time:5pm}, with a Sylheti interpreter, [P:Shahida Ahmed], for [P:Tahmina]'s {kin:nani}.
o | Present: {kin:nani} [P:Rokeya Khatun], [P:Tahmina] ({age:11}), [P:Rahim] ({age:6}); mum [P:Rumana] resting upstairs after dialysis, dad [P:Jamal] at work.
w | Danger statement.
w | We're worried that [P:Tahmina] is doing so much caring that her health, her schooling and her own childhood are suffering, and that nobody else at home can read the hospital's letters.
w | Worries.
w | Mum has dialysis at {place:the Freeman} three afternoons a week and has missed two sessions this month because nobody could take her.
cv,wf,w | [P:Tahmina] told me she gets [P:Rahim] up and to school, makes the tea, and reads mum's letters to her in Bangla "because {kin:abbu}'s never here".
cv,wf,w | She said she's "always tired" and got a detention for homework she didn't do because "{kin:ammu} was sick all night".
w | Dad works in a restaurant in Whitley Bay until after midnight, six nights a week.
cv,wf,w | [P:Rahim] told me "[P:Tahmina] is the boss of me" and that he doesn't like it when {kin:ammu} cries.
ww | What's working well.
w,ww | Through [P:Shahida], {kin:nani} told me she came from Sylhet in {date:August} to help and cooks every day, but her knees are bad and she can't manage the stairs.
ww | {kin:Khala} [P:Salma], mum's sister in Jarrow, takes mum to dialysis when she isn't working.
cv,wf,ww | [P:Tahmina] goes to the girls' class at [O:Baitul Noor Masjid] on {date:Saturdays}, "the only time I just sit with my friends".
ww | She has started at [O:Tern Young Carers] and went for the first time on {date:Tuesday}.
cv,wf,o | She wants to be a kidney doctor "so I can fix {kin:ammu} myself".
ns | What needs to happen.
ns | I'll ask the renal team for hospital transport, letters in Bengali and an interpreter at every appointment, so [P:Tahmina] isn't reading them.
ns | Carer's assessments for mum and {kin:nani}, and a young carer's assessment for [P:Tahmina] with [O:Tern].
ns | I'll speak to her head of year at [S:Marsden Heights] about the detention and homework club.
o | Scaling.
w,ww | Dad, on the phone later, put things at a {scale:seven}; I'm at a {scale:four}.
cv,wf,w | [P:Tahmina] put herself at a {scale:three}, "because I'm the one doing it all".
o | Dad's mobile [PH:07700 900128]; [P:Tahmina]'s date of birth [DOB:28.01.2015].
"""),
    dict(
        id="AB04",
        context={"child": {"name": "Jaxon Armstrong", "dob": "2013-05-05"},
                 "people": [{"name": "Claire Armstrong", "role": "mother"},
                            {"name": "Poppy Armstrong", "role": "sister"},
                            {"name": "Rose Armstrong", "role": "maternal grandmother"},
                            {"name": "Gary Heron", "role": "mother's partner"},
                            {"name": "Paul Armstrong", "role": "father"},
                            {"name": "Tunde Oyelaran", "role": "head of year"}],
                 "address": "15 Tunstall Rise, Walker, Newcastle upon Tyne NE6 3QB",
                 "school": "Byker Ridge Academy", "worker": AB_WORKER},
        meta={"service": "Child in Need (closing review, Signs of Safety)", "child_age_years": 13,
              "features": ["spoken_headings", "signs_of_safety", "scaling", "child_scaling", "feedback_sought",
                           "quoted_child_voice", "sibling_voice", "subtle_worry", "nickname", "word_name",
                           "dob_in_text", "email_in_text", "phone_in_text", "postcode", "local_club",
                           "family_hub"]},
        body="""
o | Closing {term:Child in Need} visit, [A:15 Tunstall Rise], [PC:NE6 3QB], {date:Wednesday 2nd December}, with [P:Claire], [P:Jaxon], {age:13}, and [P:Poppy], {age:10}.
o | The {term:CIN} plan is due to close at review on {date:the 10th}.
ww | What's working well.
ww | [P:Jaxon] hasn't been excluded since {date:September}, his attendance at [S:Byker Ridge] is up to 94%, and his head of year, Mr [P:Oyelaran], says he's "a different lad".
cv,wf,ww | [P:Jaxon] said the boxing at [O:Pottery Bank ABC] "sorts my head out", and he trains four nights a week.
ww | [P:Claire] finished the parenting course at [O:Shields Road Family Hub] and says the shouting has "nearly stopped".
ww | {kin:Nana} [P:Rose] picks [P:Poppy] up from [S:Fossway Primary] every day for tea at hers, and dad, [P:Paul], has them {date:every other weekend}.
w | Worries.
w | Mum's new partner, [P:Gary Heron], [P:Gaz] to the kids, moved in {dur:three weeks} ago, {dur:two months} after they met.
wf,w | [P:Poppy] went upstairs when [P:Gaz] came in from work and didn't come back down.
cv,wf,w | Later, on the stairs, she told me she "just doesn't like his voice" and wants it to be "just us again".
cv,wf,w | [P:Jaxon] said [P:Gaz] is "alright, he's got a car", but that he shouted at [P:Poppy] for crying.
w | [P:Claire] said [P:Gaz] has "a bit of history" with his ex but wouldn't say more.
o | Scaling, nought to ten, ten being the family can manage without us.
w,ww | Mum put herself at a {scale:nine}, "we're nearly there".
cv,wf,ww | [P:Jaxon]'s own score {word:rose} from a {scale:four} in {date:June} to an {scale:eight}, "because I'm not getting wrong all the time".
cv,wf,w | [P:Poppy] gave a {scale:five}, and said it would be higher "if it was just us and nana".
w,ww | I'd say a {scale:six}: the children are much better, but I don't know enough about [P:Gaz].
cv,wf,o | Asked what helped, [P:Jaxon] said "you didn't talk to us like we were bad", and [P:Poppy] said the visits were "a bit boring but you were nice".
ns | What needs to happen.
ns | I'll request a police check on [P:Gary Heron] before the review and ask both schools to keep an eye on [P:Poppy].
ns | If the checks are clear, the case steps down to early help at the family hub, and [P:Claire] can ring me on [PH:0191 498 0562].
o | Mum's mobile [PH:07700 900744], email [E:claire.armstrong85@gmail.com]; [P:Jaxon]'s date of birth [DOB:5th May 2013].
"""),
]

NOTES = Z_NOTES + AA_NOTES + AB_NOTES

for _n in NOTES:  # the author (Z, AA or AB: the id's letters) for slicing, beside the worker in context
    _n["meta"]["author"] = _n["id"].rstrip("0123456789")
