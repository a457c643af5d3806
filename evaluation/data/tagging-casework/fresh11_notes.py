"""The marked-up notes of fresh11 (see make_fresh11.py for the markup). Invented; phone numbers in
Ofcom's drama ranges, NHS numbers in the 999 range, NI numbers with the never-issued QQ prefix.

Authors: p = Signs of Safety worker with spoken headings and scaling; q = recogniser-like text (lower
case, no punctuation, run-ons, fillers, spoken numbers); r = the hard calls (relayed voice, non-verbal
and pre-verbal children, interpreters, siblings who disagree, subtle worry, the worker's own
feelings); s = records other than home visits (family time, return home interview, phone call, review).
"""
NOTES = []

NOTES.append(dict(
    id="p01",
    context={"child": {"name": "Millie Charlton", "dob": "2018-02-14"},
             "people": [{"name": "Gemma Charlton", "role": "mother"},
                        {"name": "Liam Dodd", "role": "mother's partner"},
                        {"name": "Pat Charlton", "role": "maternal grandmother"}],
             "address": "14 Wansbeck Close, Cowpen, Blyth NE24 3QR",
             "school": "Croft Lea Primary School", "worker": "Sarah Hedley"},
    meta={"service": "Child Protection", "child_age_years": 8,
          "features": ["spoken_headings", "scaling", "three_houses", "writing", "drawing", "neglect",
                       "substance_misuse", "word_name"]},
    body="""
o | Child protection visit to [P:Millie Charlton] at home, [A:14 Wansbeck Close], [PC:NE24 3QR], {date:Wednesday} at {time:half three}, {kin:mam} [P:Gemma] was in and {kin:mam's partner} [P:Liam] was out at work.
o | Heading, what are we worried about.
w | The recycling was full of empties again, I counted nine cans of cider and two vodka bottles, and [P:Gemma] said they were from the weekend when [P:Liam]'s mates were round.
w | Apart from milk and a few yoghurts there was no food in the fridge.
cv w | [P:Millie] told me she had crisps for her tea last night because {kin:mam} was having a lie down and she couldn't wake her.
w | School have told me her attendance is down to eighty one percent this term and she's been late eleven times since {date:September}.
o | Heading, what's working well.
ww | [P:Gemma] has started going to the alcohol service again, she's been to three sessions out of four and she showed me her appointment card.
cv wf ww | [P:Millie] said {kin:nana} [P:Pat] picks her up on {date:Tuesdays} and {date:Thursdays} and she loves going there because {kin:nana} does proper dinners and they do baking.
ww | [P:Millie] was in clean uniform, her hair was brushed, and she has her own bed now with a new duvet [P:Gemma] got from the charity shop.
o | {tool:Three houses}.
cv wf w | In her {tool:house of worries} [P:Millie] drew {kin:mam} asleep on the settee and wrote I can't wake her up underneath it.
cv wf ww | In her {tool:house of good things} she drew her cat {pet:Biscuit} and her friend [P:Ava], and she said she feels happy at {kin:nana}'s and at school.
cv wf o | In her {tool:house of dreams} she wrote that she wants to go back to dancing at [O:Cowpen Stars Dance Club] on a {date:Saturday}.
o | Scaling.
cv wf w | [P:Millie] put herself at {scale:a four}, where ten means everything is fine at home, and said it would be a ten if {kin:mam} didn't have the cans.
w | [P:Gemma] put herself at {scale:a seven} and I put it at {scale:a three}, and I explained that's mostly the daytime drinking and the food.
o | Heading, what needs to happen.
ns | [P:Gemma] agreed a safety plan that if she has had a drink [P:Millie] goes to {kin:nana}'s, and [P:Pat] will ring me if she is worried, on [PH:07700 900481].
ns | I will ring [S:Croft Lea] on {date:Monday} about a place at breakfast club, and I'm making a food bank referral today.
ns | {term:Core group} is on the {date:twelfth} and I'll visit again next week without ringing first.
o | [P:Sarah Hedley], Northumberland child protection team, end of note.
"""))

NOTES.append(dict(
    id="p02",
    context={"child": {"name": "Osian Pritchard", "dob": "2013-07-22"},
             "people": [{"name": "Ceri Pritchard", "role": "mother"},
                        {"name": "Gareth Pritchard", "role": "father"},
                        {"name": "Elin Pritchard", "role": "sister, aged 6"},
                        {"name": "Glenys Pritchard", "role": "paternal grandmother"},
                        {"name": "Dafydd Rees", "role": "head of year"}],
             "address": "7 Heol Pentwyn, Gorseinon, Swansea SA4 6LT",
             "school": "Ysgol Gyfun Cwm Tawel", "worker": "Rhian Bevan"},
    meta={"service": "Child Protection", "child_age_years": 13,
          "features": ["spoken_headings", "danger_statement", "safety_goal", "scaling", "domestic_abuse",
                       "sibling_voice", "non_english_kinship", "teacher_relay", "wales"]},
    body="""
o | This is [P:Rhian Bevan], home visit to [P:Osian] and [P:Elin Pritchard], [A:7 Heol Pentwyn], Gorseinon, {date:Thursday} {time:after school}, {kin:Mam} [P:Ceri] present.
o | Danger statement first, as agreed at conference.
w | Children's services are worried that [P:Gareth] may come back to the house drunk and hurt [P:Ceri] in front of the children, like in {date:March} when he pushed her into the door and [P:Osian] tried to pull him off.
w | If that happened again [P:Osian] could be hurt stepping in, and both children would be frightened and not safe at home.
o | Safety goal.
ns | Everyone, including [P:Osian]'s {kin:mam-gu} [P:Glenys], will know what [P:Ceri] does to keep the children safe if [P:Gareth] turns up, and the plan is written down and stuck on the fridge.
o | What's working well.
ww | [P:Ceri] has kept the non-molestation order in place and she rang {999:999} straight away when [P:Gareth] was at the door on the {date:second}.
ww | She has changed the locks and [P:Elin]'s school have his photograph and know he is not to collect her.
cv wf ww | [P:Osian] told me he feels a lot better now [P:Gareth] isn't living here and he's sleeping properly, he said it's quiet now, in a good way.
o | What are we worried about.
cv wf w | [P:Osian] said that when his {kin:dad} messages him on Snapchat he says sorry and asks him to tell {kin:Mam} to let him come home, and it makes him feel guilty and like it's his job to fix it.
w | [P:Dafydd Rees], his head of year at [S:Cwm Tawel], rang me {date:last week} to say [P:Osian] has been in two fights and was asleep in maths.
cv wf w | [P:Elin] sat on my lap to read her book and then said quietly that she doesn't like it when {kin:Dad} shouts through the letterbox.
w | [P:Ceri] said she still loves [P:Gareth] and that he's a different man when he's sober.
o | Scaling, zero is the children aren't safe and ten is they are safe enough to close.
cv wf w | [P:Osian] said {scale:a six}, because his {kin:dad} still knows where they live.
ww w | [P:Ceri] said {scale:an eight} and I said {scale:a five}, because the order and the locks are real safety but [P:Gareth]'s messages to [P:Osian] are pulling him into the middle.
o | Next steps.
ns | I'll speak to [P:Gareth]'s probation officer about the Snapchat messages and whether they breach his order.
ns | I'm referring [P:Osian] to the young people's domestic abuse service and I'll ask school about a quiet space at lunchtime.
ns | I will meet [P:Glenys] on {date:Tuesday} to go through the safety plan with her, and {term:core group} is on the {date:nineteenth}.
"""))

NOTES.append(dict(
    id="p03",
    context={"child": {"name": "Lewis McAllister", "dob": "2016-05-03"},
             "people": [{"name": "Craig McAllister", "role": "father"},
                        {"name": "Agnes McAllister", "role": "paternal grandmother"},
                        {"name": "Fiona Baird", "role": "named person, depute head"},
                        {"name": "Tanya Kerr", "role": "mother"}],
             "address": "32 Cochrane Street, Bainsford, Falkirk FK2 7NB",
             "school": "Carronvale Primary School", "worker": "Morag Dunlop"},
    meta={"service": "Child in Need", "child_age_years": 10,
          "features": ["spoken_headings", "scaling", "dialect", "scotland", "girfec", "drawing",
                       "parental_mental_health", "young_carer"]},
    body="""
o | Home visit to [P:Lewis McAllister] at [A:32 Cochrane Street], Bainsford, {date:Monday} at {time:four}, {kin:dad} [P:Craig] and {kin:granny} [P:Agnes] there, under the {term:Child's Plan} from the {term:wellbeing meeting}.
o | Worries.
w | [P:Craig] has been off work with his back since {date:January} and he told me he's low, he's not going out, and some days he doesn't get dressed.
w | There was a pile of unopened letters on the table, two of them from the housing association about rent arrears.
cv w | [P:Lewis] told me he makes his own breakfast and gets himself to school, and on bad days he makes his {kin:dad} a cup of tea and toast before he goes.
w | [P:Fiona Baird], the {term:named person} at [S:Carronvale], says [P:Lewis] has been falling asleep in class and has stopped bringing his PE kit.
cv wf w | He said he worries about his {kin:dad} when he's at school, he said, what if he's no well and there's naebody in.
o | What's working well.
ww | [P:Craig] is open about how he's feeling and he agreed to see the GP about his mood this week, he has an appointment on {date:Thursday}.
ww | {kin:Granny} [P:Agnes] lives two streets away and has [P:Lewis] for his tea three nights a week.
cv wf ww | [P:Lewis] showed me the drawing he did of his {kin:dad} and him at the Falkirk Wheel, and he said the best day was when they went there on the boat.
cv wf ww | He goes to [O:Bainsford Boys Club] football on a {date:Wednesday} and he said that's his favourite thing, his coach calls him {dial:wee man}.
o | Scaling.
cv wf w | I asked [P:Lewis] where things are at home, zero really bad and ten really good, and he said {scale:five}, because {kin:dad}'s sad a lot.
ww w | [P:Craig] said {scale:four} and [P:Agnes] said {scale:six}, and we agreed the plan is working for food and school but not yet for [P:Craig]'s own health.
cv wf o | [P:Lewis] said he doesn't want to go and stay with his {kin:mum} [P:Tanya] in Grangemouth, he wants to stay with his {kin:dad} but have more nights at {kin:granny}'s.
o | Next steps.
ns | I'll refer [P:Lewis] to the young carers service and ask [P:Fiona] if he can go to breakfast club.
ns | [P:Agnes] will go with [P:Craig] to the GP, and I'll help him phone the housing association about a payment plan on {date:Friday}.
ns | I'm going to ask for a review of the {term:Child's Plan} in six weeks.
"""))

NOTES.append(dict(
    id="p04",
    context={"child": {"name": "Caoimhe O'Doherty", "dob": "2021-01-18"},
             "people": [{"name": "Bernadette O'Doherty", "role": "maternal grandmother, kinship carer"},
                        {"name": "Shauna O'Doherty", "role": "mother"},
                        {"name": "Ciaran McLaughlin", "role": "father"},
                        {"name": "Orla Friel", "role": "health visitor"}],
             "address": "18 Westland Gardens, Creggan, Derry BT48 9HJ",
             "school": "St Brigid's Nursery School", "worker": "Declan Mullan"},
    meta={"service": "Children in Care", "child_age_years": 5,
          "features": ["relayed_voice", "spoken_headings", "scaling", "kinship_care", "toddler_voice", "northern_ireland",
                       "parent_relay", "contact", "pointing_faces"]},
    body="""
o | Kinship placement visit, [P:Caoimhe O'Doherty], at {kin:granny} [P:Bernadette]'s, [A:18 Westland Gardens], [PC:BT48 9HJ], {date:Friday} {time:morning}.
o | What's working well, to start.
ww | [P:Caoimhe] has been with [P:Bernadette] since {date:October} and she has settled well, she's sleeping through, eating, and going to [S:St Brigid's] every morning.
cv wf ww | When I came in she ran to show me her new wellies and said look, they're pink ones, granny got them.
ww | [P:Bernadette] has her routines down, bath, story and bed by {time:seven}, and the health visitor [P:Orla Friel] said at the last check [P:Caoimhe] is on track with her speech now.
o | Worries.
w | Contact with {kin:mummy} [P:Shauna] has been hard, she missed two of the last four sessions at the family centre, and [P:Caoimhe] waited at the window both times.
w | [P:Bernadette] told me that after the last one [P:Caoimhe] wet the bed two nights running and was clingy and wouldn't let her out of sight.
cv wf w | [P:Bernadette] said that on {date:Sunday} [P:Caoimhe] said, is mummy not coming because I was bold.
w | [P:Bernadette] is seventy one and she said herself she's tired, she has her own hospital appointments coming up for her hip.
w | [P:Ciaran] has not been in touch at all since {date:the summer}.
o | Scaling.
cv wf ww | I used the faces cards with [P:Caoimhe] and asked how she feels at granny's house and she pointed to the big smiley face.
cv wf w | When I asked about going to see {kin:mummy} she pointed at the face in the middle and then the sad one, and said mummy forgets.
ww | [P:Bernadette] put the placement at {scale:an eight}, and so would I, because [P:Caoimhe]'s day to day care is very good.
w | For contact I'd say {scale:three}, because missed sessions are hurting [P:Caoimhe].
o | What needs to happen.
ns | I'll ring [P:Shauna] today and agree she confirms contact the day before, by {time:twelve}, or [P:Caoimhe] isn't told it's on.
ns | I'm going to look into a respite carer for a weekend a month to give [P:Bernadette] a break, and I'll check on support through the Western Trust's kinship team.
ns | The {term:LAC review} is on the {date:fourteenth}, and I'll ask [P:Bernadette] what she'd like to say about how she's managing.
o | [P:Declan Mullan], family and childcare, Derry.
"""))

NOTES.append(dict(
    id="q01",
    context={"child": {"name": "Jayden Corner", "dob": "2011-12-09"},
             "people": [{"name": "Kerry Corner", "role": "mother"},
                        {"name": "Tia Corner", "role": "sister, aged 10"},
                        {"name": "Mark Stainsby", "role": "SENCO"},
                        {"name": "Dean Corner", "role": "father"}],
             "address": "41 Fabian Road, Dormanstown, Redcar TS10 5NP",
             "school": "Coatham Bay Academy", "worker": "Lee Wilkinson"},
    meta={"service": "Child in Need", "child_age_years": 14,
          "features": ["no_punctuation", "lowercase_name", "spoken_numbers", "spoken_email", "fillers",
                       "self_correction", "teen_voice", "sibling_voice", "dialect", "substance_misuse"]},
    body="""
o | right this is [P:lee wilkinson] {term:child in need} visit to [P:jayden corner] at [A:forty one fabian road] dormanstown {date:tuesday} about {time:ten past four} {kin:mam} [P:kerry] was in and his {kin:sister} [P:tia] got in from school halfway through
w | erm so [P:jayden]'s been on a fixed term exclusion since {date:thursday} for five days for bringing a vape and some weed into school and he's been in his room most of it {kin:mam} says
cv wf w | i saw him on his own in his room he had his hood up and he wasn't keen but he did talk he said school's boring and all the teachers hate him and he's not bothered about going back
cv w | he said he smokes a bit of weed at night to get to sleep and it's no big deal everyone does it and he gets it off a lad from {place:the estate} he wouldn't say who
cv wf w | he did say though sorry he said when his {kin:dad} [P:dean] stopped coming round he felt like nobody could be bothered with him so why should he bother
cv wf ww | he lit up a bit talking about boxing he used to go to [O:dormanstown amateur boxing club] and he said he'd go back if he could go with his mate
w | [P:kerry] was upset she said she doesn't know what to do with him anymore he swears at her and he's out till all hours and she can't sleep till he's in
ww | she has been good though she rang school herself about the exclusion and she's taken his bank card off him so he's not got money for weed
cv wf w | [P:tia] came in and said to me that [P:jayden] is always shouting at {kin:mam} and it makes her scared and she goes in her room and puts her music on loud
ww | to be fair the house was tidy there was tea on and [P:tia]'s got a certificate up on the fridge for her reading
w | i'm a bit worried the weed is more than a bit and that he could be getting drawn into something on {place:the estate} and with [P:dean] gone there's no man he listens to
ns | plan is erm i'll ring mr [P:stainsby] the {term:SENCO} at [S:coatham bay] about a reintegration meeting on {date:monday} his email is [E:m dot stainsby at coathambay dot org dot uk]
ns | i'm referring [P:jayden] to the young people's drug and alcohol team and i'll ring the boxing club to see if they'll have him back on a {date:wednesday}
ns | [P:kerry]'s number has changed it's [PH:oh seven seven oh oh nine oh oh three six two] no sorry [PH:three six eight] i'll double check that
ns | and i'll see [P:tia] on her own next visit which is in two weeks
"""))

NOTES.append(dict(
    id="q02",
    context={"child": {"name": "Alfie Hughes", "dob": "2026-03-27"},
             "people": [{"name": "Chloe Hughes", "role": "mother, aged 19"},
                        {"name": "Kyle Davies", "role": "father"},
                        {"name": "Sian Roberts", "role": "health visitor"},
                        {"name": "Julie Hughes", "role": "maternal grandmother"}],
             "address": "Flat 3, 9 Maes Gwyn, Caia Park, Wrexham LL13 8TD",
             "school": "", "worker": "Nia Edwards"},
    meta={"service": "Early Help", "child_age_years": 0,
          "features": ["no_punctuation", "lowercase_name", "spoken_numbers", "pre_verbal", "young_parent",
                       "health_visitor", "nhs_number", "dob_in_text", "fillers", "wales", "maternal_mood"]},
    body="""
o | ok erm this is [P:nia edwards] early help visit to baby [P:alfie hughes] and {kin:mum} [P:chloe] at [A:flat three nine maes gwyn] caia park wrexham [PC:l l thirteen eight t d] {date:friday} {time:eleven o'clock}
o | for the record [P:alfie]'s date of birth is the [DOB:twenty seventh of march twenty twenty six] and his NHS number is [NHS:nine nine nine three four one two seven oh eight]
ww | [P:alfie] was in his bouncer when i got there he was clean and dressed and smelt nice and he was babbling away and grabbing at his toes
ww | [P:chloe] picked him up when he started grizzling and she talked to him the whole time she was feeding him and he settled straight away
w | the flat was cold though the heating's on the meter and she said she's been putting a tenner on a week and it doesn't last and there was mould up the bedroom wall by the cot
w | erm [P:chloe] told me she's been feeling really down since about {date:christmas} she's not sleeping and she cries a lot when [P:kyle] goes to work and she said i sometimes feel like he'd be better off without me
w | i asked her straight if she'd had thoughts of hurting herself and she said no not like that she just feels useless
w | she hasn't told the health visitor [P:sian] because she's scared they'll take him off her
ww | her {kin:mum} [P:julie] comes round most days and has him on a saturday so [P:chloe] can sleep and [P:kyle] does the night feeds at the weekend
ww | she's kept all [P:alfie]'s appointments his jabs are up to date and he's gaining weight he was eight kilo at the last weigh in
w | [P:kyle] and [P:chloe] had a row last week about money she said he shouted and punched the door but he's never touched her
ns | so the plan is i'll ring [P:sian roberts] today with [P:chloe]'s say so and [P:chloe]'s agreed to see her GP about her mood on {date:monday} at {time:half nine}
ns | i'm doing a referral for the warm home grant and to the housing officer about the mould and i'll bring a baby sleeping bag next time
ns | i'll ask [P:chloe] about the row with [P:kyle] again when i see her on her own and i've given her the number for the perinatal mental health team
ns | [P:chloe]'s mobile is [PH:oh seven seven oh oh nine oh oh five two seven] and next visit is {date:thursday the ninth} at {time:ten}
"""))

NOTES.append(dict(
    id="q03",
    context={"child": {"name": "Kayla Reid", "dob": "2011-04-30"},
             "people": [{"name": "Donna Reid", "role": "mother"},
                        {"name": "Jordan Reid", "role": "brother, aged 17"},
                        {"name": "Steven Lowe", "role": "police officer (DC)"},
                        {"name": "Amy Cairns", "role": "guidance teacher"}],
             "address": "5 Balgowan Avenue, Menzieshill, Dundee DD2 4PW",
             "school": "Menzieshill High School", "worker": "Gillian Doig"},
    meta={"service": "Child Protection", "child_age_years": 15,
          "features": ["no_punctuation", "lowercase_name", "spoken_numbers", "teen_voice", "online_grooming",
                       "exploitation", "dialect", "scotland", "sibling_voice", "app_names", "misrecognised_name"]},
    body="""
o | this is [P:gillian doig] child protection visit to [P:kayla reid] at home [A:five balgowan avenue] {date:wednesday} {time:teatime} {kin:mum} [P:donna] and {kin:big brother} [P:jordan] in
o | this is the first visit since the {term:IRD} on {date:monday} about the older man [P:kayla]'s been talking to on {app:snapchat}
w | police have his details he's twenty four and called himself [P:rico] to her and {term:DC} [P:steven low] says he's known to them
cv wf w | i saw [P:kayla] in her room she was on her phone the whole time at first and she said she doesnae see what the big deal is
cv wf w | she said [P:rico]'s the only one that listens to her and he buys her stuff and he says she's mature for her age and she'd rather be with him than anywhere
cv w | she told me he's picked her up twice in his car after school and taken her to his flat in lochee but she wouldnae say what happened there
cv wf w | when i asked if she'd ever felt scared with him she went quiet for a long time and then she said aye once when he took her phone off her and wouldnae give it back
o | erm i said it wasn't her fault and that adults who do this are good at making young people feel special
cv wf ww | she said she likes her guidance teacher miss [P:cairns] and she'd talk to her if she needed to
cv ww | [P:jordan] told me in the kitchen he's been walking her home from school this week and he's blocked the guy's number on her phone twice
cv wf w | he said he's raging and he wants to batter him but he won't {kin:mum} would kill him
w | [P:donna] said she works nights at the care home so [P:kayla]'s often in on her own till [P:jordan] gets in at ten
ww | [P:donna] changed the wifi password and she's agreed [P:kayla]'s phone comes down at {time:ten}
w | [P:kayla] said she'd just use the wifi at her pal's and laughed
ns | plan is the child protection planning meeting on the {date:twenty first} and i'll speak to miss [P:cairns] at [S:menzieshill high] tomorrow so there's a safe adult in school
ns | [P:donna] will ring {999:nine nine nine} if [P:kayla] goes missing and she'll phone me on [PH:oh one three eight two] i mean on [PH:oh seven seven oh oh nine oh oh six one four]
ns | i'll see [P:kayla] again on {date:friday} after school and take her for a hot chocolate away from the house
"""))

NOTES.append(dict(
    id="q04",
    context={"child": {"name": "Niamh Magennis", "dob": "2014-08-15"},
             "people": [{"name": "Aoife Magennis", "role": "mother"},
                        {"name": "Conor Magennis", "role": "brother, aged 14"},
                        {"name": "Eamon Magennis", "role": "father"},
                        {"name": "Roisin Quinn", "role": "occupational therapist"}],
             "address": "22 Chapel Hill Road, Newry BT34 2LP",
             "school": "Rathmore Grove Special School", "worker": "Paula Hamill"},
    meta={"service": "Child in Need", "child_age_years": 12,
          "features": ["no_punctuation", "lowercase_name", "spoken_numbers", "disability", "non_verbal",
                       "young_carer", "carer_strain", "sibling_voice", "eye_gaze", "northern_ireland"]},
    body="""
o | right em [P:paula hamill] {term:child in need} visit to [P:niamh magennis] at [A:twenty two chapel hill road] newry {date:tuesday} {time:half four} {kin:mummy} [P:aoife] and {kin:brother} [P:conor] at home {kin:daddy} [P:eamon] at work
o | [P:niamh] has cerebral palsy and doesn't use words she uses her eye gaze board and some {sign:makaton} signs
cv wf ww | when i came in she looked at the yes symbol and then at the music symbol and [P:aoife] put her songs on and she was laughing and kicking her legs
cv wf w | i asked her with the board about her new wheelchair and she looked at the sore symbol and then at her hip
w | [P:aoife] says the chair's been rubbing for two weeks and the OT [P:roisin quinn] can't come out till {date:next month}
w | [P:aoife] looked exhausted em she told me she's up three or four times a night turning [P:niamh] and she hasn't had a full night's sleep since {date:the summer}
w | she said i love her to bits but i'm running on empty and i don't know how long i can keep going like this
o | that's {kin:mum}'s own feelings about how she's coping not [P:niamh]'s
cv wf w | [P:conor] said to me in the hall he helps with [P:niamh]'s feeds and lifts her before school and he's late most days and he feels bad saying it but he misses having a normal house
cv wf ww | he said he loves [P:niamh] and she's the funniest person he knows and he doesn't want anyone thinking he minds her
ww | the house is set up really well there's a hoist in the bedroom and a wet room downstairs and everything was spotless
ww | [P:eamon]'s changed his shifts so he's home for bedtime three nights and [P:aoife]'s sister takes [P:niamh] every second sunday
cv wf o | i asked [P:niamh] if she'd like to go to the saturday club at [O:newry sensory stars] and she signed more and smiled
ns | so next steps i'll chase the OT about the chair tomorrow and i'm putting in a referral for overnight short breaks
ns | i'll refer [P:conor] to the young carers project and i'll do a carer's assessment with [P:aoife] on {date:the fourteenth}
ns | [P:aoife]'s number is [PH:oh two eight nine six four nine six two one seven] and i've given her the out of hours number
"""))

NOTES.append(dict(
    id="r01",
    context={"child": {"name": "Andrei Lungu", "dob": "2020-06-02"},
             "people": [{"name": "Mihaela Lungu", "role": "mother"},
                        {"name": "Sofia Lungu", "role": "sister, aged 10 months"},
                        {"name": "Florin Lungu", "role": "father"},
                        {"name": "Elena", "role": "Romanian interpreter (telephone)"}],
             "address": "Flat 2, 61 Rye Hill Road, Elswick, Newcastle upon Tyne NE4 7BU",
             "school": "Westgate Hill Community Primary", "worker": "Jonathan Purvis"},
    meta={"service": "Child Protection", "child_age_years": 6,
          "features": ["interpreter", "phone_interpreter", "romanian", "pre_verbal", "child_as_interpreter",
                       "worker_feeling", "subtle_worry", "several_children", "parent_feelings_not_child"]},
    body="""
o | {term:Section 47} follow-up visit to [P:Andrei] and [P:Sofia Lungu] at [A:Flat 2, 61 Rye Hill Road], [PC:NE4 7BU], {date:Monday} {time:10 am}, with a {lang:Romanian} interpreter, [P:Elena], on speaker phone.
o | {kin:Mum} [P:Mihaela] was in with both children, {kin:dad} [P:Florin] was at work at the car wash.
cv w | At the start [P:Andrei] kept answering for {kin:mum} in English before [P:Elena] could interpret, and I had to ask him kindly to let the lady on the phone help.
o | [P:Mihaela] said through [P:Elena] that she understood why we were there, the bruise on [P:Andrei]'s cheek that school saw on {date:Thursday}.
w | She said he fell off the bunk bed, and that is the same explanation as to the police.
cv wf w | [P:Andrei] showed me the bunk bed and said he fell down, but when I asked who was there he looked at the floor and said {kin:Tata} was angry because of the noise.
cv w | He then said no, nobody was there, and went to play with the tablet.
w | [P:Mihaela] became upset and said through the interpreter that she is alone here, she has no family in England and she is frightened of the police.
o | Those are her own feelings, and I acknowledged them.
ww | [P:Sofia] was sitting up on the mat, clean, chubby and babbling at her brother, and she reached for {kin:mum} when I came close.
ww | [P:Mihaela] fed her while we talked and was gentle and responsive with her.
w | There were two mattresses in the living room and a man's coat I hadn't seen before, and [P:Mihaela] said a cousin stays sometimes.
w | I'll be honest that I left feeling uneasy, it all felt rehearsed and [P:Andrei] was watching his {kin:mum}'s face before he answered anything.
ww | He is doing well at [S:Westgate Hill], his teacher says his English is excellent and he has friends.
cv wf ww | When I asked him what he likes about home he said playing with [P:Sofia] and {kin:mama}'s soup, and he smiled.
ns | I will speak to my manager today about a {term:strategy discussion}, as no child protection medical was done at the time.
ns | I'll arrange to see [P:Andrei] at school on his own with a face to face interpreter he doesn't know, not through the family.
ns | I'll ask [P:Florin] to meet me with an interpreter on {date:Saturday} morning when he's not working, and I've asked [P:Mihaela] who the cousin is.
"""))

NOTES.append(dict(
    id="r02",
    context={"child": {"name": "Callum Bryce", "dob": "2015-03-11"},
             "people": [{"name": "Stuart Bryce", "role": "father"},
                        {"name": "Isla Bryce", "role": "sister, aged 15"},
                        {"name": "Karen Bryce", "role": "mother"},
                        {"name": "Mr Anwar", "role": "class teacher"}],
             "address": "9 Croftfoot Terrace, Castlemilk, Glasgow G45 9RE",
             "school": "Linnvale Additional Support Needs School", "worker": "Euan Galbraith"},
    meta={"service": "Child in Need", "child_age_years": 11,
          "features": ["relayed_voice", "non_verbal", "autism", "symbols", "takes_hand", "gesture", "sibling_voice",
                       "household_child_voice", "parent_words", "worker_hope", "short_breaks", "scotland"]},
    body="""
o | Visit to [P:Callum Bryce] at home, [A:9 Croftfoot Terrace], Castlemilk, {date:Thursday} {time:after school}, {kin:dad} [P:Stuart] and {kin:big sister} [P:Isla] at home, {kin:mum} [P:Karen] on a late shift.
o | [P:Callum] is autistic and doesn't use speech, he uses PECS and some gestures.
o | When I came in he was lining up his trains on the windowsill and he didn't look up.
cv wf o | After a while he came over, took my hand and walked me to the back door, then handed me the picture card for the swing.
ww | [P:Stuart] said that's him asking for the garden, and that he's been doing that more since school started using the same cards.
cv wf ww | Outside he swung for about fifteen minutes, humming, and when I asked with the board if he was happy he touched the happy symbol.
cv wf w | I asked about the short breaks centre and he pulled the sad face card off the board and pushed it into my hand, then went back to the swing.
w | [P:Stuart] said the last two stays went badly, he came home with a bite mark on his arm that nobody could explain and he hasn't slept right since.
cv wf w | [P:Isla] said [P:Callum] screams when they put his coat on to go there now, and she said he's telling you he doesn't want to go, plain as day.
cv wf w | She said she doesn't want him going back either, and she's scared something happened to him there.
w | [P:Stuart] told me he's at the end of his tether, he's had three hours' sleep and he's worried about losing his job if he's off any more.
o | That's [P:Stuart]'s feelings, not [P:Callum]'s.
ww | His class teacher Mr [P:Anwar] emailed to say [P:Callum] has had a good week, he's been calmer in class and he hasn't had a meltdown since {date:Monday}.
wf w | He covered his ears and rocked when the neighbour's dog barked, more distressed than I've seen him before, and [P:Stuart] said that's been happening a lot lately.
w | I'm concerned the bite mark was never reported to us by the centre, and I'm worried [P:Callum] has no way of telling us what happened.
ww | I'm hopeful, honestly, because this family are very strong for each other and [P:Stuart] knows [P:Callum] inside out.
ns | I'll contact the short breaks service manager tomorrow about the bite mark and ask for their incident records, and I'll discuss it with my senior about whether this needs an {term:IRD}.
ns | Meantime [P:Callum] won't go back there, and I'll look for a sitter at home through the family support team so [P:Stuart] can sleep.
ns | I'll ask school to help [P:Callum] make a symbol book about the centre so we can see what he tells us.
"""))

NOTES.append(dict(
    id="r03",
    context={"child": {"name": "Summer Jenkins", "dob": "2012-10-05"},
             "people": [{"name": "Rhys Jenkins", "role": "brother, aged 9"},
                        {"name": "Lowri Jenkins", "role": "mother"},
                        {"name": "Angharad Powell", "role": "foster carer"},
                        {"name": "Mike Powell", "role": "foster carer"}],
             "address": "27 Caerleon Lane, Malpas, Newport NP20 6QS",
             "school": "Llanwern Valley High School", "worker": "Bethan Moss"},
    meta={"service": "Children in Care", "child_age_years": 13,
          "features": ["different_wishes", "sibling_voice", "foster_carer_relay", "relayed_voice",
                       "written_voice", "word_name", "worker_feeling", "wales", "rehabilitation"]},
    body="""
o | Statutory visit to [P:Summer] and [P:Rhys Jenkins] at their foster carers' home, [A:27 Caerleon Lane], Malpas, {date:Saturday} {time:late morning}, foster carers [P:Angharad] and [P:Mike Powell] present for part of it.
o | The purpose was to hear from both children before the {term:LAC review} about the plan to return home to {kin:mum} [P:Lowri].
cv wf o | I saw [P:Summer] first, in her room, and she was clear that she wants to go home as soon as possible, by {word:summer} at the latest, she said.
cv wf ww | She said {kin:mum}'s doing really well, she's been off the drink for six months and she texts her every night, and she misses her own bed and her cat.
cv wf w | She said she's angry with [P:Rhys] because if he says no it'll wreck it for both of them.
cv wf o | [P:Rhys] didn't want to talk with [P:Summer] there, so I saw him in the kitchen and he wrote on my notepad, I want to stay here with [P:Angharad] and [P:Mike], I don't want to go back.
cv wf w | When I asked why he said he remembers {kin:mum} falling over and him ringing {999:999}, and he doesn't want to be the one who has to ring again.
cv wf ww | He said he likes it here, he's got a dog and he's in the rugby team, and he feels safe.
cv wf w | [P:Angharad] told me that after the last family time [P:Rhys] said to her that he felt sick all the way there in the car.
w | She also said [P:Summer] has been staying up late on her phone messaging {kin:mum}, and twice [P:Lowri] has told her things the plan says should wait for the review.
ww | [P:Angharad] and [P:Mike] have kept both children at [S:Llanwern Valley] and in their clubs, and [P:Rhys]'s teacher says he's come on a lot.
ww | [P:Lowri]'s drug and alcohol worker says her tests have all been clear since {date:May}, and she's done the parenting course.
w | I found this visit hard, I came away feeling torn between the two of them and worried about what a split would do to them.
o | That's my own feeling, and I'll take it to supervision rather than into the plan.
ns | I'll write both children's views up for the review separately, in their own words, and ask the {term:IRO} to see them each on their own.
ns | I'll talk to [P:Lowri] about keeping the plan between the adults, and I'll look at more family time for [P:Rhys] that's shorter and with [P:Angharad] there.
ns | I'll ask for a sibling assessment before any decision is made about returning one child home without the other.
"""))

NOTES.append(dict(
    id="r04",
    context={"child": {"name": "Grace Kane", "dob": "2022-01-20"},
             "people": [{"name": "Leona Kane", "role": "mother"},
                        {"name": "Ryan Ferris", "role": "mother's partner"},
                        {"name": "Oscar Kane", "role": "brother, aged 4 months"},
                        {"name": "Mrs Devlin", "role": "nursery teacher"}],
             "address": "3 Ballymacash Park, Lisburn BT28 3EW",
             "school": "Wallace Lane Nursery School", "worker": "Ciara Boyle"},
    meta={"service": "Child in Need", "child_age_years": 4,
          "features": ["relayed_voice", "subtle_worry", "teacher_relay", "toddler_voice", "pre_verbal", "demeanour_only",
                       "new_partner", "worker_feeling", "parent_feelings", "northern_ireland"]},
    body="""
o | Unannounced visit to [P:Grace Kane] and baby [P:Oscar] at [A:3 Ballymacash Park], [PC:BT28 3EW], {date:Wednesday} {time:2 pm}, {kin:mum} [P:Leona] and her partner [P:Ryan Ferris] in.
o | I'm following up the call from [S:Wallace Lane Nursery] last week.
cv wf w | Mrs [P:Devlin] told me that [P:Grace] said at circle time that she has to be very quiet at home or [P:Ryan] puts her in the car.
ww | The house was warm and tidy, and there were toys out and a pushchair in the hall.
ww | [P:Oscar] was asleep in his moses basket and [P:Leona] said he's feeding well, and his red book showed him on his line.
o | [P:Grace] was sitting at the table with crayons when I came in.
wf w | When [P:Ryan] came into the room she stopped drawing, put her crayons down and sat very still, and she seemed wary of him.
w | She didn't go to him at any point during the visit, and [P:Ryan] did most of the talking for [P:Leona].
cv wf o | When I asked [P:Grace] to show me her bedroom she took my hand and told me her teddy sleeps with her every night and she loves him.
cv w | In the bedroom I asked if she ever goes in the car with [P:Ryan] and she shook her head and said no, and then she said it's cold in the car.
w | When I asked [P:Ryan] about it he laughed and said he takes her out for a drive to get her to sleep, sometimes, when she's playing up.
w | [P:Leona] said she's been struggling since [P:Oscar] was born and that [P:Ryan] has been a great help, and she got upset and said she just wants everyone to get along.
o | Those were [P:Leona]'s feelings about her own situation.
ww | [P:Leona] has taken [P:Grace] to nursery every day this term and she's kept every health visitor appointment for [P:Oscar].
w | Nothing on its own here is clear, but I left with a bad feeling about how quiet [P:Grace] is around [P:Ryan], and I will trust that and keep looking.
ns | I'll ask nursery to keep a careful log of anything [P:Grace] says or does, and to ring me the same day.
ns | I'll run checks on [P:Ryan] with the PSNI and I'll see [P:Leona] on her own next week, at the health centre rather than at home.
ns | I'll visit again within ten days, and I'll speak to my senior about whether this needs a strategy discussion.
"""))

NOTES.append(dict(
    id="s01",
    context={"child": {"name": "Harley Tait", "dob": "2019-09-12"},
             "people": [{"name": "Jade Tait", "role": "mother"},
                        {"name": "Lacey Tait", "role": "sister, aged 3"},
                        {"name": "Norma Whitfield", "role": "foster carer"},
                        {"name": "Gary Tait", "role": "maternal grandfather"}],
             "address": "foster placement (not recorded here)",
             "school": "Mortimer Fields Primary", "worker": "Dawn Younger"},
    meta={"service": "Children in Care", "child_age_years": 7,
          "features": ["relayed_voice", "contact", "family_time", "sibling_voice", "toddler_voice", "parent_words",
                       "several_children", "names_not_in_context"]},
    body="""
o | Family time record, [P:Harley] and [P:Lacey Tait] with {kin:mam} [P:Jade], at the family centre in South Shields, {date:Tuesday} {time:4 to 5.30}, supervised by [P:Dawn Younger].
ww | [P:Jade] arrived ten minutes early with snacks and a birthday present for [P:Lacey], and she'd remembered [P:Harley]'s inhaler this time.
cv wf ww | [P:Harley] ran straight to her and shouted {kin:mam}, and he said I've missed you loads.
cv wf w | [P:Lacey] hid behind [P:Norma]'s legs at the door and said no, no, when [P:Jade] held her arms out.
ww | [P:Jade] didn't push it, she got down on the floor with the playdough and after about five minutes [P:Lacey] came and sat with her.
cv wf ww | [P:Lacey] then said mammy make a cake, and they made playdough cakes together and she was giggling.
w | Around {time:five} [P:Jade] took two phone calls and went into the corridor, and she came back short with the children and said she had to get off early.
cv wf w | [P:Harley] asked her if she was going to see [P:Tony] and when she said it's none of your business he went quiet and put his hood up.
w | [P:Tony] is not approved to be at family time and I don't know who he is, [P:Jade] said he's just a friend.
cv wf w | When it was time to go [P:Harley] held onto [P:Jade]'s coat and said why can't I come home with you, and cried.
w | [P:Jade] said in front of the children that it's the social's fault, not hers.
ww | She did calm down and gave them both a cuddle, and she told [P:Harley] she'd see him next {date:Tuesday} and he was to be good for [P:Norma].
cv wf ww | In the car [P:Norma] said [P:Harley] told her the best bit was the playdough and that he wants {kin:grandad} [P:Gary] to come next time.
ns | I'll pass on the phone calls and the name [P:Tony] to the children's social worker today.
ns | [P:Jade] has been reminded that phones are off during family time and that she must not talk about the court case in front of the children.
ns | Next family time is {date:Tuesday the 18th} at the same time, and I'll ask whether [P:Gary] can be assessed to join.
"""))

NOTES.append(dict(
    id="s02",
    context={"child": {"name": "Jac Llewellyn", "dob": "2010-02-28"},
             "people": [{"name": "Sharon Llewellyn", "role": "mother"},
                        {"name": "Bryn Llewellyn", "role": "stepfather"},
                        {"name": "Owain Price", "role": "police officer (PC)"}],
             "address": "15 Coity Road, Bridgend CF31 1LR",
             "school": "Brackla Vale Comprehensive", "worker": "Kelly Morgan"},
    meta={"service": "Child in Need", "child_age_years": 16,
          "features": ["return_home_interview", "missing", "teen_voice", "exploitation", "parent_words",
                       "wales", "names_not_in_context"]},
    body="""
o | {term:Return home interview} with [P:Jac Llewellyn], {age:aged sixteen}, at the youth centre in Bridgend, {date:Friday} {time:3.15 pm}, [P:Jac] chose to do it here rather than at home.
o | [P:Jac] was reported missing by {kin:mum} [P:Sharon] at {time:11 pm} on {date:Tuesday} and was found by police in Cardiff at {time:6 am} on {date:Thursday}, so he was missing about thirty one hours.
cv wf o | He said he didn't want to talk at first but he'd rather talk to me than to the police again.
cv w | He said he went to Cardiff on the train with a lad he knows called [P:Zak] and they stayed at a flat in Splott with some older lads.
cv w | He said he didn't pay for the train, [P:Zak] got the tickets, and someone at the flat gave them food and vapes.
cv wf w | When I asked if anyone asked him to carry anything or do anything for them he laughed and said no comment, and then he said he's not a grass.
cv wf w | He said he left home because he can't stand his {kin:stepdad} [P:Bryn], he said they had a massive row and [P:Bryn] grabbed him by the neck of his t-shirt.
w | He had a graze on his cheek which he said was from messing about.
cv wf ww | He said he doesn't mind {kin:mum}, she's alright, and he'd go back if [P:Bryn] wasn't there.
cv wf ww | He said the one thing he'd miss if he left is his boxing, and he's got a fight at [O:Bridgend ABC] in two weeks.
cv wf o | I asked what would help and he said someone to talk to who isn't police or school.
w | This is his third missing episode since {date:September} and each time he's been further away from home.
w | [P:Sharon] told me on the phone she's at her wits' end and that [P:Bryn] says [P:Jac] needs to learn the hard way.
ww | [P:Sharon] reported him missing quickly and she rang round his friends and the hospital.
ns | I'll share what [P:Jac] told me about the flat and [P:Zak] with PC [P:Owain Price] and the exploitation lead today, and complete the exploitation screening tool.
ns | I'll raise the grab by [P:Bryn] with the duty team as a possible safeguarding matter before the weekend.
ns | [P:Jac] agreed I can refer him to the youth mentoring project and I'll meet him at the youth centre again next {date:Friday}.
"""))

NOTES.append(dict(
    id="s03",
    context={"child": {"name": "Chantelle Ogilvie", "dob": "2008-06-19"},
             "people": [{"name": "Marie Ogilvie", "role": "mother"},
                        {"name": "Kieran Ogilvie", "role": "son, aged 5 months"},
                        {"name": "Ross Anderson", "role": "keyworker, supported accommodation"},
                        {"name": "Lindsay Gow", "role": "throughcare worker"}],
             "address": "Flat 4, 112 Pilton Drive, Edinburgh EH5 2HF",
             "school": "", "worker": "Lindsay Gow"},
    meta={"service": "Care Leaver", "child_age_years": 18,
          "features": ["phone_call", "care_leaver", "young_parent", "ni_number", "spoken_numbers",
                       "pathway_plan", "scotland", "pre_verbal", "dob_in_text"]},
    body="""
o | Phone call with [P:Chantelle Ogilvie], {date:Monday} {time:11.40}, about twenty minutes, she rang me on the office line.
o | [P:Chantelle] is eighteen and lives at [O:Pilton Court supported flats] with her son [P:Kieran], who is five months old.
cv wf w | She said she's had a really bad week, her Universal Credit has been stopped because she missed a work coach appointment, and she's got twelve pounds until {date:next Tuesday}.
cv wf w | She said she's scared to tell her keyworker [P:Ross] because she thinks it'll go on her file and they'll say she can't cope with the baby.
cv ww | She said [P:Kieran] is fine, he's feeding and she's been to the baby clinic, and she's got enough formula for this week because her {kin:mum} [P:Marie] brought some round.
cv wf ww | She said she loves being his {kin:mum} and it's the only thing she's ever been good at.
cv wf w | She told me [P:Kieran]'s dad has started messaging her again after a year and wants to come and see the baby, and she doesn't know what to do because he was violent to her when she was pregnant.
cv wf o | She said what she really wants is a flat of her own near her {kin:mum}'s in Muirhouse, and to go to college to do childcare when [P:Kieran]'s older.
ww | I told her it was the right thing to ring me and that asking for help is what her {term:pathway plan} is for.
o | For the benefits claim she read me her National Insurance number, [NI:QQ 41 27 83 D], and her date of birth, the [DOB:nineteenth of June two thousand and eight].
ns | I'll ring the jobcentre today with her and ask for the sanction to be looked at, and I'll request a crisis grant from the Scottish Welfare Fund.
ns | I'll drop a food parcel and nappies round tomorrow at {time:ten}.
ns | With her agreement I'll speak to [P:Ross] about the messages from [P:Kieran]'s dad, and we'll do a safety plan together on {date:Wednesday}.
ns | I'll put her name forward for the housing panel and ask the college about their childcare course starting in {date:August}.
o | [P:Lindsay Gow], throughcare and aftercare.
"""))

NOTES.append(dict(
    id="s04",
    context={"child": {"name": "Tiernan Maguire", "dob": "2012-11-27"},
             "people": [{"name": "Siobhan Maguire", "role": "mother"},
                        {"name": "Patrick Maguire", "role": "father"},
                        {"name": "Maura Keenan", "role": "residential key worker"},
                        {"name": "Brendan Corr", "role": "independent chair"},
                        {"name": "Ella Maguire", "role": "sister, aged 10"}],
             "address": "Drumclay House children's home, Enniskillen",
             "school": "Erne Valley College", "worker": "Aisling Reilly"},
    meta={"service": "Children in Care", "child_age_years": 13,
          "features": ["relayed_voice", "lac_review", "participation", "residential", "childrens_home", "sibling_voice",
                       "key_worker_relay", "northern_ireland", "teen_voice", "parent_words"]},
    body="""
o | {term:LAC review} for [P:Tiernan Maguire], held at [O:Drumclay House] on {date:Thursday the 6th} at {time:4 pm}, chaired by [P:Brendan Corr]; [P:Tiernan] attended for the first half and spoke for himself.
o | Also there were {kin:mum} [P:Siobhan], his key worker [P:Maura Keenan], and myself, [P:Aisling Reilly], and {kin:dad} [P:Patrick] joined by phone.
cv wf ww | [P:Tiernan] said he's settled better at [O:Drumclay House] than at his last placement, he likes the staff, especially [P:Maura], and he likes having his own room.
cv wf ww | He said school is going alright, he's in the Gaelic football team at [S:Erne Valley] and he wants to keep doing that.
cv wf w | He said the worst thing is he only sees his sister [P:Ella] once a month, and he wants to see her every week.
cv wf w | He asked the chair why his {kin:dad} is allowed to phone but not come to see him, and said it's not fair that nobody tells him anything.
ww | [P:Maura] said [P:Tiernan] has had no missing episodes since {date:June} and he's been doing his own washing and cooking a tea once a week.
cv wf w | [P:Maura] said he told her at the weekend that he still has nightmares about the night the police came, and he sleeps with the light on.
w | [P:Siobhan] said she has been sober for four months but she has not yet started the family work that was agreed at the last review.
cv wf o | [P:Ella] had written a card for the review, which [P:Siobhan] read out, saying she misses [P:Tiernan] and wants him to come to her birthday.
w | [P:Patrick] said on the phone that he doesn't accept the reasons for supervised contact and was angry with the chair.
ww | [P:Tiernan]'s health assessment is up to date and his attendance at school is ninety four percent.
o | The chair agreed the care plan remains long-term residential care for now, with rehabilitation home to be reviewed at the next review.
ns | Sibling time with [P:Ella] will go up to every second week from {date:next month}, and [P:Maura] will arrange it.
ns | I'll refer [P:Tiernan] for therapeutic support about his nightmares and I'll ask [P:Siobhan] to start the family work before {date:January}.
ns | The chair will write to [P:Tiernan] explaining in plain words the decisions about his {kin:dad}'s contact.
ns | Next review is in six months, and [P:Tiernan] has asked to chair part of it himself.
"""))
