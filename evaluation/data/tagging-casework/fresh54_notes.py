"""fresh54's 12 marked-up notes (see make_fresh54.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0113 496 0xxx, 0117 496 0xxx), NHS numbers in the 999 range with a valid modulus-11 check digit, NI
numbers with the QQ prefix, names, nicknames, addresses, postcodes, schools, nurseries, clubs, surgeries, projects and
organisations made up; towns and areas are real and not annotated; the email domains are real public-body domains
with made-up people in front of them.
Authors: AU (a duty and assessment social worker in Whitby, Pontefract, Huddersfield and Selby writing terse
bullet-ish duty records: abbreviations throughout (CYP, M, F, SW, DSL, HV, S47, CIN, bro, mob, approx, re, w/c),
"Present:" and "Plan:" lines with numbered actions, the subject dropped, children's words in short quotes),
AV (a social worker in Hereford, Ludlow, Bridgwater and Barnstaple writing long reflective first-person narrative
sentences, children's words relayed mostly in indirect speech ("she told me that she did not want ..."), through an
interpreter, a brother, a foster carer and a health visitor, and a little Signs of Safety language woven into the
prose ("what is working well here is", "the danger, as I see it", "on a scale of nought to ten") but never as
headings), AW (a family support social worker in Barrow-in-Furness, Kendal, Kidderminster and Nuneaton who writes
as she speaks: spoken-style headings standing alone ("right, who was there.", "Worries then.", "WHAT'S GOING OK.",
"what the kids said."), children and parents quoted directly, Cumbrian and Black Country words in the quotes,
inconsistent capitalisation (names and headings now lower case, now capitalised), a spoken date of birth and a
spoken phone number)."""

AU_WORKER = "Sam Holdsworth"
AV_WORKER = "Catrin Powell"
AW_WORKER = "Deb Fearon"

AU_NOTES = [
    dict(
        id="AU01",
        context={"child": {"name": "Maisie-Rae Haxby", "dob": "2017-02-04"},
                 "people": [{"name": "Leona Haxby", "role": "mother"},
                            {"name": "Cliff Danby", "role": "mother's partner"},
                            {"name": "Roman Danby", "role": "half-brother"},
                            {"name": "Brenda Haxby", "role": "maternal grandmother"}],
                 "address": "31 Gristhorpe Walk, Whitby YO21 3RT",
                 "school": "Stakesby Vale Primary School", "worker": AU_WORKER},
        meta={"service": "Duty and assessment (Section 47)", "child_age_years": 9, "author": "AU",
              "features": ["abbreviations", "terse", "numbered_plan", "quoted_child_voice", "relayed_voice",
                           "subtle_worry", "word_name", "physical_injury", "dob_in_text", "postcode",
                           "phone_in_text", "names_not_in_context", "public_place"]},
        body="""
o | Duty {term:S47} visit, joint with {role:DC} [P:Ingham], {date:Tue 1 Dec}, {time:15.40} to {time:16.35}.
o | {term:CYP} [P:Maisie-Rae Haxby], DOB [DOB:04/02/2017], home address [A:31 Gristhorpe Walk], Whitby, [PC:YO21 3RT].
o | Present: {kin:M} [P:Leona Haxby], half-bro [P:Roman] ({age:2}); M's partner [P:Cliff Danby] arrived {time:16.10}.
w | Referral from {role:DSL} Mrs [P:Pickering] at [S:Stakesby Vale Primary]: red mark L cheek approx 3cm, seen at breakfast club.
cv,w | CYP told DSL "[P:Cliff] flicked me cos I spilt squash on his phone".
cv,wf,w | Seen alone in bedroom: same account, said it "stung for ages" and she doesn't want anyone getting in trouble.
w | Mark fading but visible, no other marks seen on face, arms or legs.
w | M first said CYP "bruises if you look at her", later that she was in the shower and "didn't see owt".
w | [P:Cliff] declined to be seen alone, said he "tapped her cheek, not flicked", then left the room.
ww | Home warm and clean, food in, CYP has own room, uniform laid out for tomorrow.
ww | M engaged, consented to medical, agreed safety plan without argument.
cv,wf,ww | CYP said best thing is {kin:nana} [P:Brenda] "on the next street", goes there after school Weds.
cv,wf,w | CYP said she misses walking up the {word:cliff} path to the abbey with M "like before, just us two".
cv,w | CYP asked SW twice what time [P:Cliff] gets in from work.
w | [P:Roman] not seen by {role:HV} since {date:August}, appeared well, walking, babbling, nappy clean.
ns | Plan: 1) CP medical {date:tomorrow} {time:10.00} at {place:Scarborough Hospital}, M to take CYP.
ns | 2) [P:Cliff] to stay at his brother's in Sleights until strategy review, written agreement signed by M and [P:Cliff].
ns | 3) SW to update DSL and HV {date:today}.
cv,wf,ns | CYP agreed to nana collecting her from school this week "if I can have beans on toast at hers".
ns | Strategy review {date:Fri 4 Dec} {time:2pm}; M's mob [PH:07700 900314].
"""),
    dict(
        id="AU02",
        context={"child": {"name": "Kelsie Mellor", "dob": "2014-05-22"},
                 "people": [{"name": "Tanya Mellor", "role": "mother"},
                            {"name": "Leyton Mellor", "role": "brother"},
                            {"name": "Gavin Scarth", "role": "father"}],
                 "address": "17 Monkhill Rise, Pontefract WF8 2QL",
                 "school": "Baghill Fields Academy", "worker": AU_WORKER},
        meta={"service": "Child in Need", "child_age_years": 12, "author": "AU",
              "features": ["abbreviations", "terse", "sibling_voice", "relayed_voice", "negative_wish", "nickname",
                           "word_name", "parental_alcohol", "parentified", "subtle_worry", "gp_surgery",
                           "nhs_number", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | {term:CIN} visit, {date:Mon 30 Nov}, {time:16.00}, unannounced.
o | Seen: {term:CYP} [P:Kelsie Mellor] ({age:12}), {kin:bro} [P:Leyton] ({age:14}), {kin:M} [P:Tanya Mellor], at [A:17 Monkhill Rise], Pontefract, [PC:WF8 2QL].
o | CYP known at home as "[P:Bean]".
w | M slurring, smell of alcohol at {time:4pm}, four empty cans in recycling and half bottle of vodka on worktop.
w | M said she'd had "one with my dinner", then that it was "none of yours".
ww | House warm, fridge stocked, electric on, both CYP in clean uniform.
cv,w | [P:Leyton] made tea (pasta bake), says he does most nights as M is "asleep on the settee by six".
cv,wf,w | CYP sat on {word:bean} bag in her room with headphones in, said "I'm fine" three times, wouldn't say more.
cv,wf,w | Outside by the car [P:Leyton] told SW [P:Bean] doesn't want to go back to {kin:dad}'s on Saturdays because F's partner's son "keeps going in her room and won't get out".
cv,wf,o | [P:Leyton] said he doesn't mind going to F's, "it's only her that hates it".
w | F [P:Gavin Scarth], Castleford, has both CYP alternate Sats, informal, no order; partner's son ({age:16}) not known to SW.
w | CYP's attendance down to 81% this half term, late most Mondays.
ww | {role:DSL} Mr [P:Dransfield] at [S:Baghill Fields] says CYP is "a grafter" in class and has a good friendship group.
ns | Plan: 1) SW to see CYP alone at school {date:Thurs 3 Dec}, DSL present.
ns | 2) SW to ring F re sleeping arrangements and who stays over on Sats.
ns | 3) M to book with alcohol worker at [O:Friarwood Lane Surgery]; M agreed "if it gets you off my back".
ns | 4) No overnight at F's this Sat until SW has spoken to CYP; M agreed.
o | CYP NHS no. [NHS:999 278 4776]; M mob [PH:07700 900627].
ns | Next visit {date:w/c 7 Dec}, unannounced.
"""),
    dict(
        id="AU03",
        context={"child": {"name": "Evie-Mai Lumb", "dob": "2019-09-09"},
                 "people": [{"name": "Chelsea Lumb", "role": "mother"},
                            {"name": "Ralphie Lumb", "role": "brother"},
                            {"name": "Lewis Price", "role": "father"}],
                 "address": "4 Longroyd Fold, Paddock, Huddersfield HD1 4QB",
                 "school": "Paddock Brook Primary School", "worker": AU_WORKER},
        meta={"service": "Duty and assessment (domestic abuse notification)", "child_age_years": 7, "author": "AU",
              "features": ["abbreviations", "terse", "domestic_abuse", "quoted_child_voice", "relayed_voice",
                           "non_verbal_answer", "toddler_voice", "word_name", "surname_alone", "nursery",
                           "local_club", "nhs_number", "postcode", "phone_in_text", "emergency_number"]},
        body="""
o | Duty visit following police DA notification, incident {date:Sat 28 Nov} approx {time:11pm}.
o | Visit {date:Tue 1 Dec} {time:09.30}, [A:4 Longroyd Fold], Paddock, [PC:HD1 4QB].
o | Present: {kin:M} [P:Chelsea Lumb], {term:CYP} [P:Evie-Mai] ({age:7}) and [P:Ralphie] ({age:4}, not at nursery, temp).
w | Per police: F [P:Lewis Price] pushed M into TV unit, TV smashed, M cut to hand; [P:Price] arrested, bailed not to attend address.
cv,wf,w | [P:Evie-Mai] told the officer "daddy pushed mummy and the telly fell and I was scared it was on fire".
w | Children were on the landing during the incident per M.
cv,wf,w | [P:Ralphie] took SW to the front door, pointed at it and said "daddy bang bang", then ran behind the settee.
wf,w | [P:Evie-Mai] stayed close to M throughout, held M's sleeve, whispered answers into M's ear.
w | Third DA notification this year; M withdrew support for prosecution both previous times.
w | M said she can't afford the {word:price} of new locks and [P:Price] "still has a key, probably".
ww | M said she has had enough and wants him gone, has told her mum and sister.
ww | M's sister [P:Jodie-Leigh] stayed Sun and Mon nights, will stay again tonight.
cv,wf,ww | [P:Evie-Mai] said she likes it when {kin:auntie} [P:Jodie-Leigh] stays "cos she does our hair and we watch films".
cv,wf,o | Asked what she'd like, [P:Evie-Mai] said "for daddy to be kind and then come back".
ns | Plan: 1) Referral to [O:Colne Valley Women's Refuge] outreach today, M consented.
ns | 2) SW to request lock change via housing at no cost to M.
ns | 3) M to ring {emerg:999} if [P:Price] attends, SW explained bail conditions.
ns | 4) SW to inform [S:Paddock Brook Primary] DSL and [S:Hillhouse Tots Nursery].
ns | 5) [P:Evie-Mai] to keep going to [O:Paddock Panthers] gymnastics Weds, M to take.
o | [P:Ralphie] NHS no. [NHS:999 330 7874]; M mob [PH:07700 900159].
ns | {term:MARAC} referral to be considered by team manager.
"""),
    dict(
        id="AU04",
        context={"child": {"name": "Gift Chikwanha", "dob": "2010-05-13"},
                 "people": [{"name": "Rudo Chikwanha", "role": "mother"},
                            {"name": "Kadie Rhodes", "role": "friend"},
                            {"name": "Lorraine Rhodes", "role": "friend's mother"},
                            {"name": "Becky Holroyd", "role": "housing options officer"}],
                 "address": "22 Staynor Garth, Selby YO8 8QD",
                 "school": "Ouse Valley College", "worker": AU_WORKER},
        meta={"service": "Duty and assessment (16-17 homeless young person)", "child_age_years": 16, "author": "AU",
              "features": ["abbreviations", "terse", "negative_wish", "homeless_16_17", "quoted_child_voice",
                           "word_name", "subtle_worry", "college", "dob_in_text", "ni_number", "email_in_text",
                           "council_email", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | Duty, 16/17 homeless presentation, {date:Wed 2 Dec}, seen at {place:Selby Civic Centre} with Housing Options.
o | {term:YP} [P:Gift Chikwanha], DOB [DOB:13.05.2010], NI no. [NI:QQ 48 26 71 C].
o | Staying with friend [P:Kadie Rhodes] and her {kin:mum} [P:Lorraine] at [A:22 Staynor Garth], Selby, [PC:YO8 8QD], since {date:Sunday}.
cv,wf,w | YP said she left M's after an argument about her phone and "I'm not going back there, I can't".
cv,wf,w | Would not say what the argument was about, said "it's not just the phone".
cv,w | YP said M took her key and told her "go and live with your friend then".
w | YP has a faded bruise on her L forearm, said she "banged it on the bus".
w | M [P:Rudo Chikwanha] not answering phone, two calls, one text.
ww | YP calm, polite, articulate, attending [S:Ouse Valley College] (health and social care) every day this week.
ww | [P:Lorraine] happy for YP to stay "as long as it takes", has bought her a Christmas {word:gift} and a toothbrush.
cv,wf,ww | YP said she feels safe at the [P:Rhodes]' and wants to finish her course "whatever happens".
cv,wf,o | YP said she doesn't want SW to go round to M's on her own "because she'll just cry and say I'm lying".
cv,wf,w | Church family are helping M, per YP, and YP worries they will "come and take me back".
ns | Plan: 1) SW to complete {term:Southwark} assessment, YP advised of her rights to be accommodated, leaflet given.
ns | 2) SW to visit M {date:tomorrow} with a colleague, not alone, as YP asked.
ns | 3) [P:Lorraine] to be assessed as a private arrangement, DBS today.
ns | 4) Housing Options officer [P:Becky Holroyd], [E:becky.holroyd@northyorks.gov.uk], to hold the case open.
o | YP's mob [PH:07700 900508].
"""),
]

AV_NOTES = [
    dict(
        id="AV01",
        context={"child": {"name": "Clover Wathen", "dob": "2019-03-11"},
                 "people": [{"name": "Glenys Wathen", "role": "paternal grandmother, kinship carer"},
                            {"name": "Huw Wathen", "role": "paternal grandfather, kinship carer"},
                            {"name": "Kayleigh Preece", "role": "mother"}],
                 "address": "6 Perrystone Close, Tupsley, Hereford HR1 1QS",
                 "school": "Lugwardine Brook Primary School", "worker": AV_WORKER},
        meta={"service": "Children in Care (kinship, special guardianship assessment)", "child_age_years": 7,
              "author": "AV",
              "features": ["first_person", "narrative", "reflective", "indirect_speech", "sos_language",
                           "subtle_worry", "word_name", "kinship_care", "young_carer", "spoken_dob", "dob_in_text",
                           "local_club", "postcode", "phone_in_text", "scaling"]},
        body="""
o | I visited [P:Clover] at her grandparents' bungalow, [A:6 Perrystone Close] in Tupsley, [PC:HR1 1QS], after school on {date:Wednesday the second of December}, as part of the special guardianship assessment for {kin:Nanna} [P:Glenys] and {kin:Gramps} [P:Huw Wathen].
o | For the record, [P:Clover] was born on the [DOB:eleventh of March twenty nineteen], and she has lived here since her {kin:mum}, [P:Kayleigh Preece], went into rehab {dur:two years} ago.
cv,wf,ww | [P:Clover] took me straight out to the field behind the garden to show me where she looks for a four-leaf {word:clover}, and she told me, very seriously, that she has found one already and keeps it pressed in her reading book for luck.
cv,wf,ww | When we sat down with her drawings she told me that she likes living with Nanna and Gramps because nobody shouts and because Gramps lets her feed the hens before school.
cv,wf,ww | She said that she goes to [O:1st Holmer Rainbows] on a Tuesday and that her best thing there is the campfire songs, and [P:Glenys] confirmed she has not missed a week.
w | I noticed that when I asked [P:Huw] about the school run he could not remember which day the school finishes early, and [P:Glenys] answered for him, gently but quickly.
cv,wf,w | Later, in her bedroom, [P:Clover] told me that Gramps "gets muddled" sometimes and that she is the one who reminds him to take his tablets at teatime, which she said with some pride.
cv,wf,w | She also told me that she had to fetch Nanna from next door one evening last week because Gramps had left a pan on and the kitchen was full of smoke, and she said she was not scared, though she twisted her hair the whole time she told me.
w | Neither grandparent had mentioned the pan, and [P:Glenys] told me afterwards that [P:Huw] is "waiting on the memory clinic" and that she did not want it to count against them.
cv,wf,o | [P:Clover] said that she sees her mum at the family centre on Saturdays and that she would like longer, "a whole day, with a picnic".
ww | What is working well here is plain to see: [P:Clover] is settled, loved, well cared for and doing well at [S:Lugwardine Brook Primary], and her grandparents have kept her safe through a very hard time.
w | The danger, as I see it, is not in how they care for her but in how long [P:Huw]'s health allows them to, and a seven-year-old quietly taking on the job of remembering for him.
o | [P:Glenys] put herself at an {scale:eight} on a scale of nought to ten, and I would put things at about a {scale:six} until we know more about the memory clinic.
ns | I will ask [P:Glenys] and [P:Huw] for consent to speak to their GP, and I will talk with them next week about who in the family could step in if [P:Huw] becomes unwell.
ns | I will also ask the school to keep a gentle eye on [P:Clover] and to let me know if she seems tired or worried, and [P:Glenys]'s number is [PH:07700 900966].
"""),
    dict(
        id="AV02",
        context={"child": {"name": "Zarghona Sultani", "dob": "2017-06-01"},
                 "people": [{"name": "Mariam Sultani", "role": "mother"},
                            {"name": "Farhad Sultani", "role": "brother"},
                            {"name": "Olive Marston", "role": "volunteer, refugee welcome group"},
                            {"name": "Mr Haidari", "role": "Dari interpreter"}],
                 "address": "Flat 3, 11 Corve Terrace, Ludlow SY8 1QJ",
                 "school": "Whitcliffe Primary School", "worker": AV_WORKER},
        meta={"service": "Child in Need (resettled family)", "child_age_years": 9, "author": "AV",
              "features": ["first_person", "narrative", "reflective", "indirect_speech", "interpreter",
                           "sibling_voice", "relayed_voice", "negative_wish", "nickname", "word_name",
                           "sos_language", "bullying", "community_group", "gp_surgery", "nhs_number", "postcode",
                           "phone_in_text", "names_not_in_context"]},
        body="""
o | I visited the [P:Sultani] family at their flat, [A:Flat 3, 11 Corve Terrace], Ludlow, [PC:SY8 1QJ], on {date:Tuesday the first of December}, with a Dari interpreter, Mr [P:Haidari], on speakerphone, and with [P:Olive Marston] from [O:Teme Valley Welcome] who has supported the family since they arrived.
o | [P:Zarghona], whom everyone calls [P:Zari], is {age:nine}, and her brother [P:Farhad] is {age:fifteen} and speaks good English, so at first he translated for his sister and his mother before I asked that we use the interpreter for everyone.
cv,wf,w | [P:Farhad] told me that [P:Zari] did not want to go back to school because she "has a tummy ache in the mornings", but when Mr [P:Haidari] put my question to [P:Zari] directly she said, through him, that two girls in her class pull at her headscarf and call her a name she would not repeat.
w | I was struck that [P:Farhad] had softened what his sister said, and I think he may be protecting his mother from worry, or protecting the family from how this might look.
cv,wf,w | [P:Zari] told us, through Mr [P:Haidari], that she has not told her teacher because she thought the teacher would be cross with the girls and then the girls would be crosser with her.
cv,wf,w | She said that she does not want to go back to [S:Whitcliffe] until they stop, and that she would rather stay home and help her mother, which she has done for four days this week.
o | [P:Mariam] told me, through the interpreter, that she had believed it was the tummy ache and that she is ashamed not to have known, and she cried for a while.
ww | What is working well is that the family are close, [P:Mariam] is warm and attentive with both children, and the flat is clean and homely, with the smell of bread and {word:olive} oil from the kitchen.
cv,wf,ww | [P:Zari] showed me her English workbook and, through the interpreter, told me that she likes reading and that her favourite teacher is the lady who does phonics with her in a small group.
cv,wf,ww | [P:Farhad] said that he likes his college course and plays cricket with a team on Sundays, and that he thinks [P:Zari] is "the clever one" in the family.
ww | [P:Olive] has been taking [P:Mariam] to her appointments at [O:Castle Lodge Surgery], and [P:Zari]'s NHS number, [NHS:999 918 5843], is now on her school record.
ns | With [P:Mariam]'s agreement, I will meet the head teacher {date:tomorrow} about the bullying, and we agreed that a Dari interpreter, not [P:Farhad], will be booked for every meeting from now on.
cv,wf,ns | [P:Zari] agreed to go back on {date:Monday} if she can sit with her phonics teacher at lunchtime for the first week, which the school have already said they can do.
ns | [P:Olive] will walk [P:Zari] and her mother to the gate on {date:Monday}, and her number for the school is [PH:07700 900745].
"""),
    dict(
        id="AV03",
        context={"child": {"name": "Charlotte Yeandle", "dob": "2023-08-19"},
                 "people": [{"name": "Kerrie-Ann Yeandle", "role": "mother"},
                            {"name": "Brody Yeandle", "role": "brother"},
                            {"name": "Scott Coombe", "role": "mother's partner"},
                            {"name": "Rosalind Hembrow", "role": "health visitor"}],
                 "address": "27 Parrett Way, Bridgwater TA6 4QZ",
                 "school": "Sydenham Sprouts Nursery", "worker": AV_WORKER},
        meta={"service": "Child in Need (early years)", "child_age_years": 3, "author": "AV",
              "features": ["first_person", "narrative", "reflective", "indirect_speech", "non_verbal",
                           "toddler_voice", "pre_verbal", "nickname", "word_name", "subtle_worry",
                           "relayed_voice", "sos_language", "home_conditions", "nursery", "email_in_text",
                           "nhs_email", "dob_in_text", "postcode", "names_not_in_context"]},
        body="""
o | I made an announced visit to [P:Kerrie-Ann Yeandle] and her two children at [A:27 Parrett Way], Bridgwater, [PC:TA6 4QZ], on the morning of {date:Thursday the third of December}, together with the health visitor, [P:Rosalind Hembrow].
o | [P:Charlotte], who is {age:three} and is known to everyone as [P:Cherry], has very few words yet, and her brother [P:Brody], born on [DOB:14 January 2026], is {age:ten months} old.
ww | [P:Kerrie-Ann] had tidied for our visit, the living room was warm, and [P:Brody] was clean, fed and sitting up well on a play mat, reaching for his toys and smiling at us.
o | [P:Brody] babbled happily through most of the visit and took his bottle from his mother without fuss.
cv,w | [P:Cherry] did not speak to me, but after a while she took my hand and led me to the bottom of the stairs, where she pointed at the stair gate, which is hanging off one hinge, and then pointed at her own forehead, where there is a small yellowing bruise.
w | [P:Kerrie-Ann] said that [P:Cherry] fell on the stairs {dur:a week} ago and that [P:Scott] has been meaning to fix the gate, and she had not taken her to be seen.
cv,wf,ww | In the kitchen [P:Cherry] climbed onto a chair, pointed at a bowl of {word:cherry} tomatoes and said "more, more", and she ate them one after another with great satisfaction while her mother laughed.
w | I noticed that each time a car pulled up outside [P:Cherry] went to the window and stood very still until it drove away, and that she did this three times in the hour we were there.
w | [P:Kerrie-Ann] said that [P:Scott] works away and comes back most weekends, and when I asked how [P:Cherry] gets on with him she said "she's fine with him, she's just clingy with me".
wf,w | [P:Rosalind] told me afterwards that at her last visit [P:Cherry] had hidden behind the sofa and put her hands over her ears when [P:Scott] came in and raised his voice about the dog.
w | I do not know what [P:Cherry]'s watching of the window means, and it may be nothing more than a little girl waiting for someone she loves, but taken with the bruise, the gate and what [P:Rosalind] saw, I cannot set it aside.
ww | What is working well is that [P:Kerrie-Ann] is loving and playful with both children, she has kept every health visiting appointment, and [P:Cherry] is happy and settled at [S:Sydenham Sprouts Nursery] three mornings a week.
ns | I will ask the nursery to record any marks or changes in [P:Cherry]'s behaviour, and I will visit again next week when [P:Scott] is home so that I can meet him.
ns | [P:Kerrie-Ann] agreed that the stair gate will be replaced this weekend, and [P:Rosalind] will visit next {date:Thursday} to check it and to weigh [P:Brody].
ns | [P:Rosalind] asked that any updates go to her at [E:rosalind.hembrow@somersetft.nhs.uk], and I have shared my own number with her.
"""),
    dict(
        id="AV04",
        context={"child": {"name": "Demi Pengelly", "dob": "2012-06-24"},
                 "people": [{"name": "Merry Chugg", "role": "foster carer"},
                            {"name": "Alan Chugg", "role": "foster carer"},
                            {"name": "Sharon Pengelly", "role": "mother"}],
                 "address": "Higher Pottington Farm, Pottington, Barnstaple EX31 1QN",
                 "school": "Torridge Vale Academy", "worker": AV_WORKER},
        meta={"service": "Children in Care (foster care)", "child_age_years": 14, "author": "AV",
              "features": ["first_person", "narrative", "reflective", "indirect_speech", "negative_wish",
                           "relayed_voice", "word_name", "subtle_worry", "online_risk", "foster_care", "contact",
                           "sos_language", "local_club", "dob_in_text", "nhs_number", "postcode", "phone_in_text",
                           "names_not_in_context", "building_address"]},
        body="""
o | I visited [P:Demi] at her foster home, [A:Higher Pottington Farm], near Barnstaple, [PC:EX31 1QN], on {date:Monday the thirtieth of November}, and spent most of the visit with her on her own in the old tack room she has made into a den.
o | [P:Demi] was born on [DOB:24.06.2012], and her NHS number, which her carers asked me to check for the dentist, is [NHS:999 648 2146].
cv,wf,w | She told me that she did not want to go back to her mum's in Plymouth for the Christmas overnight that had been talked about at her review, and that she would only go for the day, "and only if I can come back here for tea".
cv,wf,w | When I asked what made the night different from the day, she said that she did not like who was around at her mum's at night, and then that she did not want to talk about it "yet".
cv,wf,ww | She said that she likes living with [P:Merry] and [P:Alan] because "they don't make a big thing of stuff", and that [P:Alan] is teaching her to drive the quad bike in the yard, which she has not told her mum about.
cv,w | Towards the end she mentioned, almost in passing, that her mum's new friend [P:Jase] has started messaging her on Instagram to say she looks older than fourteen in her photos.
w | She laughed when she said it and changed the subject, and I am aware that a man in his thirties messaging a fourteen-year-old about how old she looks is not a small thing, whatever she makes of it.
cv,wf,w | [P:Merry] told me afterwards that [P:Demi] had come down on {date:Saturday} morning and said she "felt sick about Christmas", and that she had been very quiet since her mum's phone call on {date:Friday}.
ww | What is working well is that [P:Demi] has been with [P:Merry] and [P:Alan] for {dur:nineteen months}, she is at [S:Torridge Vale Academy] every day, and she has found her place at [O:Pottington Youth Theatre], where she has a part in the pantomime.
cv,wf,ww | She told me that she is playing the cat in the pantomime and that she wants me to come, and she made me promise to sit at the front.
w | The danger, as I see it, is that [P:Demi] is being contacted by an adult she hardly knows who has access to her mother's home, and that her wish to please her mother may make it hard for her to say no to the overnight.
ns | I will speak to [P:Sharon] this week about [P:Jase] and about Christmas, and I will make a referral to the police online safety team today.
cv,wf,ns | [P:Demi] agreed that I could show [P:Merry] the messages, "as long as you don't tell mum I grassed".
ns | [P:Merry] will help her block and report the account tonight, and I will ring [P:Merry] on [PH:07700 900283] on {date:Wednesday} to check in.
cv,wf,o | As I left [P:Merry] called "{word:Merry} Christmas if I don't see you", and [P:Demi] said it back to me, laughing at her carer's name.
"""),
]

AW_NOTES = [
    dict(
        id="AW01",
        context={"child": {"name": "Lennon Askew", "dob": "2015-10-03"},
                 "people": [{"name": "Shaun Askew", "role": "father"},
                            {"name": "Tilly-Mae Askew", "role": "sister"},
                            {"name": "Gail Walmsley", "role": "mother"}],
                 "address": "58 Schneider Walk, Barrow-in-Furness LA14 2QN",
                 "school": "Walney Channel Academy", "worker": AW_WORKER},
        meta={"service": "Child in Need", "child_age_years": 11, "author": "AW",
              "features": ["spoken_headings", "inconsistent_case", "quoted_child_voice", "sibling_voice",
                           "nickname", "word_name", "dialect", "parental_alcohol", "subtle_worry",
                           "local_club", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | right, visit to [P:lennon] and [P:tilly-mae] at dad's, [A:58 Schneider Walk], Barrow, [PC:LA14 2QN], {date:Monday 30th} after school.
o | Who was there.
o | {kin:Dad} [P:Shaun], [P:Lennon] ({age:11}), [P:tilly-mae] ({age:8}), and dad's mate who everyone calls [P:Spud], who was asleep on the settee when I got there at {time:quarter to four}.
o | Worries then.
w | there were two crates of empties by the back door and the front room smelt of drink and weed.
cv,w | [P:Shaun] said [P:Spud]'s "only stopping a few nights" but [P:Lennon] says he's been there since bonfire night.
w | Dad told me "I'm not on it like I was, I'm just having a few at weekends", it was a monday.
o | What the kids said.
cv,wf,w | [P:Lennon] said "me dad's sound when it's just us but when [P:Spud]'s here they're up all night and I can't sleep for the telly".
cv,wf,w | he said he's been going to school "knackered" and got a detention for falling asleep in maths.
cv,w | [P:tilly-mae] told me [P:Lennon] does her packed lunch and "he does it proper, with a yoghurt".
cv,wf,w | [P:Tilly-Mae] said she "doesn't want [P:Spud] to stay any more" because he "takes up the whole settee and shouts at the football".
cv,wf,ww | [P:lennon] said the best bit of the week is rugby at [O:Hindpool Hawks] on a thursday "cos me {dial:marra} [P:Ollie]'s there and the coach says I'm dead quick".
cv,wf,o | When I asked about {kin:mam} he said "I'm not bothered about seeing her" and then asked if she'd rung.
o | WHAT'S GOING OK.
ww | Kids were clean, both had had a jacket {word:spud} and beans for tea which Dad made.
ww | Dad got [P:Spud] up and out to the shop while I talked to the kids, so he did listen.
ww | School say attendance is ok for both, [S:Walney Channel Academy] say [P:Lennon]'s "a good lad, just tired".
o | Plan then.
ns | Dad to tell [P:Spud] he's to go by the weekend, he said he will, I'll ring on {date:Friday} to check.
cv,wf,ns | I'm going to ask [P:Gail] (mam) about the kids stopping at hers in Ulverston some weekends, [P:Lennon] said "aye, if I can still do rugby".
ns | Dad's mobile [PH:07700 900432], I'm back {date:next Monday}.
"""),
    dict(
        id="AW02",
        context={"child": {"name": "Rory Postlethwaite", "dob": "2019-07-30"},
                 "people": [{"name": "Jenna Postlethwaite", "role": "mother"},
                            {"name": "Bertie Postlethwaite", "role": "brother"}],
                 "address": "12 Kentrigg Ginnel, Kendal LA9 4QW",
                 "school": "Sandgate Fell School", "worker": AW_WORKER},
        meta={"service": "Children with Disabilities (Child in Need)", "child_age_years": 7, "author": "AW",
              "features": ["spoken_headings", "inconsistent_case", "non_verbal", "pecs", "makaton", "autism",
                           "negative_wish", "nickname", "word_name", "sibling_voice", "toddler_voice",
                           "short_breaks", "subtle_worry", "spoken_dob", "dob_in_text", "nhs_number", "postcode",
                           "names_not_in_context"]},
        body="""
o | Home visit to [P:Rory] and {kin:mum} [P:Jenna] at [A:12 Kentrigg Ginnel], Kendal, [PC:LA9 4QW], {date:Wednesday 2nd December}, {time:10 o'clock}.
o | [P:Rory]'s {age:seven}, born the [DOB:thirtieth of July twenty nineteen], autistic, no spoken words, uses {tool:PECS} and a bit of Makaton.
o | Little brother [P:Bertie] ({age:4}) was there too, everyone calls him [P:Bug].
o | what [P:rory] told me.
cv,wf,ww | [P:Rory] brought me his PECS book and built "I want" plus "swing" and pulled me to the back door.
cv,wf,w | When mum got his coat out for the short break he put the "no" card on top of the picture of [O:Nether Bridge House] and pushed the book off the table.
cv,wf,o | he did the Makaton sign for "finish" three times and went under his weighted blanket.
cv,wf,w | Mum said that's what he's done every tuesday for a month, he screams in the car and won't get out.
wf,ww | Under the blanket he was humming and calm within about {dur:ten minutes}.
cv,wf,ww | He handed me his toy bear and then took it back and gave me a big grin, mum said "that's him being friendly, you're honoured".
o | Worries then.
w | [P:Jenna] is on her own with both boys, they've all had a sickness {word:bug}, no sleep, she said "I'm running on empty, [P:Deb], honest".
w | Mum said staff at [O:Nether Bridge House] changed in {date:October} and he came home with a scratch on his neck one week, nobody wrote it down.
cv,wf,w | [P:Bug] said "[P:Rory] cried at the big house and the man shouted".
w | School diary says [P:Rory]'s been biting his hand again at [S:Sandgate Fell] since half term.
o | GOING OK.
ww | Mum's brilliant with him, she reads him like a book and he's calm with her.
ww | Home's set up for him, swing in the garden, locks on the doors, visual timetable on the fridge.
cv,wf,ww | [P:Bug] says [P:Rory] is "my best friend in the whole world" and they had a game of chase round the kitchen.
o | plan.
ns | I'll ring [O:Nether Bridge House] manager {date:today} about the scratch and the shouting, and put it to the {term:LADO} for advice.
ns | No short breaks there till I've looked into it, mum agreed, we'll look at a sitter at home instead.
ns | Carers assessment for mum, I'll book it this week.
o | [P:Rory]'s NHS number [NHS:999 479 0609] for the paediatric letter.
"""),
    dict(
        id="AW03",
        context={"child": {"name": "Sienna Tolley", "dob": "2013-04-09"},
                 "people": [{"name": "Nikki Tolley", "role": "mother"},
                            {"name": "Gary Griffin", "role": "stepfather"},
                            {"name": "Corey Tolley", "role": "brother"},
                            {"name": "Harpreet Sandhu", "role": "school nurse"}],
                 "address": "9 Habberley Mews, Kidderminster DY11 6QR",
                 "school": "Habberley Brook Academy", "worker": AW_WORKER},
        meta={"service": "Child in Need (self-harm)", "child_age_years": 13, "author": "AW",
              "features": ["spoken_headings", "inconsistent_case", "quoted_child_voice", "self_harm",
                           "negative_wish", "nickname", "word_name", "dialect", "relayed_voice", "spoken_dob",
                           "dob_in_text", "subtle_worry", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | Visit to [P:sienna] at home, [A:9 Habberley Mews], Kidderminster, [PC:DY11 6QR], {date:Thursday 3rd}, after the school nurse rang on {date:Tuesday}.
o | dob's the [DOB:ninth of April twenty thirteen], she's {age:thirteen}.
o | right, why I went.
w | School nurse [P:Harpreet Sandhu] at [S:Habberley Brook] saw cuts on the top of [P:Sienna]'s left arm in PE, some old, two fresh.
cv,wf,w | [P:Sienna] told [P:Harpreet] "it's only when my head gets too loud" and said she'd been doing it "since the summer holidays".
o | What [P:Sienna] said to me.
cv,wf,w | She said "I'm not going back to that school, they've all seen my arms now, everyone's talking".
cv,wf,w | she said she cuts "when I'm in my room and it's all kicking off downstairs".
cv,w | asked what kicks off, she said "just {kin:mum} and [P:Gary], it's nothing, it's normal".
o | Worries.
w | Mum said she had no idea about the cuts and got upset, then said "she's always been dramatic".
w | [P:Gary] wasn't in, mum said he's "on lates", she didn't want me coming back when he's here.
cv,wf,w | Brother [P:Corey] ({age:16}) calls her "[P:Ginger]" and she said "I hate it, he knows I hate it".
cv,w | [P:Corey] said to me on the doorstep "she's alright {kin:ar kid}, she just needs to stop being a baby".
o | Going OK.
ww | [P:Sienna] let me see her arms, the cuts are clean and mum's got dressings in.
cv,wf,ww | She likes art and baking, she showed me {word:ginger} biscuits she'd made for her nan, "they're the only thing I'm good at".
ww | mum booked a GP appointment while I was there, for {date:Monday}.
cv,wf,ww | [P:sienna] said she'd talk to [P:Harpreet] again "but not in the office where everyone can see you go in".
o | Plan.
ns | Referral to {natl:CAMHS} today with mum's consent.
ns | I'll meet mum and [P:Gary] together next week, evening visit, to talk about the arguing.
ns | School to meet [P:Sienna] somewhere private, not the medical room, she chose the library office.
ns | Mum's number [PH:07700 900861].
"""),
    dict(
        id="AW04",
        context={"child": {"name": "Philippa Hinks", "dob": "2021-02-15"},
                 "people": [{"name": "Toni Garside", "role": "mother"},
                            {"name": "Kyle Hinks", "role": "father"},
                            {"name": "Brandon Hinks", "role": "brother"},
                            {"name": "Mr Adebayo", "role": "probation officer"}],
                 "address": "41 Coton Fold, Nuneaton CV11 4QH",
                 "school": "Weddington Brook Primary School", "worker": AW_WORKER},
        meta={"service": "Child in Need (parent released from prison)", "child_age_years": 5, "author": "AW",
              "features": ["spoken_headings", "inconsistent_case", "quoted_child_voice", "sibling_voice",
                           "nickname", "word_name", "parent_in_prison", "subtle_worry", "secret",
                           "spoken_numbers", "phone_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Home visit to [P:Pip] and [P:Brandon] at mum's, [A:41 Coton Fold], Nuneaton, [PC:CV11 4QH], {date:Tuesday 1st December}, {time:half three}.
o | [P:Pip]'s real name is [P:Philippa], she's {age:5}, nobody calls her that except school.
o | Why I'm going: dad [P:Kyle Hinks] released from HMP {date:three weeks ago}, licence says no contact with the kids without probation's say-so.
o | what the kids said.
cv,wf,w | [P:Pip] was drawing at the table and said "my daddy's a secret" then put her hand over her mouth and giggled.
cv,w | I asked what she meant and she said "we went to the park with him and I'm not allowed to say".
cv,wf,w | [P:brandon] ({age:10}) went red and said "she's only five, she makes stuff up", then went upstairs.
cv,wf,w | Later [P:Brandon] came back down and asked me "would dad go back to prison if someone saw him".
cv,wf,ww | [P:pip] showed me her drawing of "me and mummy and [P:Brandon] at the seaside" and said she wants to go again "when it's hot".
o | WORRIES.
w | Mum said the park thing was "a coincidence, he was just there", then said she can't stop him "bumping into us".
w | [P:Brandon]'s been wetting the bed again since {date:half term} per mum.
w | The licence condition is there because of what happened to mum before, she had a broken jaw.
o | what's going OK.
ww | mum's honest about how hard it is, and she rang me herself last month when [P:Kyle] turned up at the school gate.
ww | Kids clean, fed, going to school, [S:Weddington Brook] have no worries about attendance.
cv,wf,ww | [P:Pip] was eating an orange and told me she swallowed a {word:pip} and "a tree's going to grow in my tummy", laughing her head off.
o | Plan.
ns | I'll ring probation {date:today}, Mr [P:Adebayo], about the park.
ns | mum agreed she'll not take the kids anywhere she knows [P:Kyle] will be, and she'll ring me or {emerg:999} if he turns up.
cv,wf,ns | I'll see [P:Brandon] at school on his own {date:Thursday}, he said "ok but not in front of my mates".
o | Mum's new number, she said it out as "[PH:oh seven seven double oh, nine double oh, four five two]".
"""),
]

NOTES = AU_NOTES + AV_NOTES + AW_NOTES
