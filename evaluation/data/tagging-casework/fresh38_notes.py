"""fresh38's 12 marked-up notes (see make_fresh38.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0113 496 0xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in the 999 range, NI numbers with the
never-issued QQ prefix, names, nicknames, addresses, postcodes (real-looking outward codes), schools, clubs,
surgeries, children's homes and organisations made up; email addresses use example domains.

Authors: W (the registered manager of a West Yorkshire residential children's home, Hollinbrook House, writing
daily logs and incident reports about several young people at once: initials and first names side by side, staff by
name and role, missing-from-care and Philomena Protocol procedure, police, Regulation 40, times to the minute,
incident reports dictated under spoken headings "Incident.", "Action taken.", "Outcome."), X (a Scottish-born
social worker now in the Eden valley and north Cumbria writing child in need visits in a warm, first-person
narrative with Scots words in her own voice (dreich, wee, drookit, peely-wally, scunnered, messages, burn, bairns)
and Cumbrian ones in the children's: a hill-farming family after a TB breakdown, a Romany Gypsy family on a site
near Appleby, a ten-year-old young carer in Alston, a five-year-old who signs Makaton in a cottage near Wigton),
Y (a hospital and midwifery liaison social worker on Tyneside writing pre-birth assessments and neonatal discharge
planning notes: the unborn baby and its bump nickname, the mother's and partner's details, due dates and gestations
beside dates of birth, wards and units, midwives, neonatal nurses and health visitors by name, a Romanian
interpreter, some notes under spoken headings).
"""

W_WORKER = "Annette Skerritt"
X_WORKER = "Kirsteen Laidlaw"
Y_WORKER = "Donna Ferriday"

HOME = "Hollinbrook House, 27 Sowerby Rise, Leeds LS14 2QT"
HOME_PEOPLE = [{"name": "Dean Mulroy", "role": "senior residential support worker"},
               {"name": "Precious Nwankwo", "role": "residential support worker (waking night)"},
               {"name": "Gareth Pickersgill", "role": "residential support worker"}]

W_NOTES = [
    dict(
        id="W01",
        context={"child": {"name": "Kacey-Leigh Froggatt", "dob": "2010-07-02"},
                 "people": HOME_PEOPLE + [{"name": "Tyler Ambrose", "role": "young person in the home"},
                                          {"name": "Drew Halliwell", "role": "young person in the home"},
                                          {"name": "Oskar Wróbel", "role": "young person in the home"},
                                          {"name": "Joanne Kettlewell", "role": "social worker"},
                                          {"name": "Kieran Bottomley", "role": "adult male of concern"}],
                 "address": HOME, "school": "Austhorpe Park Academy", "worker": W_WORKER},
        meta={"service": "Looked After Children (residential daily log)", "child_age_years": 15,
              "features": ["residential", "daily_log", "several_young_people", "initials", "staff_names",
                           "quoted_child_voice", "relayed_voice", "exploitation", "subtle_worry", "nickname",
                           "local_club", "no_headings"]},
        body="""
o | Daily log for [O:Hollinbrook House], {date:Tuesday 4th November}, written up by [P:Annette Skerritt], registered manager.
o | On shift were [P:Dean Mulroy] as senior, [P:Precious Nwankwo] and [P:Gaz Pickersgill], with [P:Precious] staying on as waking night.
ww | [P:KL] got up first time for once, had toast and went off to [S:Austhorpe Park] on the minibus with [P:TA] at {time:8.15}.
cv,wf,ww | She told [P:Dean] on the way out "don't get used to it", but she was smiling when she said it.
w | School rang at {time:11.40} to say [P:KL] had walked out of maths after a row with another girl about something posted on Snapchat, and she was found by the gates on her phone.
w | [P:Kacey-Leigh] came back in at {time:3.30} very flat, went straight to her room and wouldn't come down for tea.
cv,wf,w | When [P:Precious] took a plate up she said "everyone at that school thinks I'm a charity case because I live in a care home", and she was crying.
cv,wf,w | She also told [P:Precious] that "[P:Kez] is the only one who actually listens to me", and [P:Kez] is [P:Kieran Bottomley], the older male we have flagged to police after her last two missing episodes.
w | Her phone was going constantly through tea and she kept going out to the back door to take calls, which staff noticed and logged.
ns | [P:Dean] has updated her risk assessment and her missing from care grab pack, and the photo in it has been replaced with a recent one.
ww | Later she came down in her onesie and did her nails with [P:Gaz] at the kitchen table, laughing at his attempt.
cv,wf,ww | She asked if she can go back to [O:Crossgate Youth Theatre] on Thursday because "it's the only place I'm not the care kid".
ns | I will ring her social worker [P:Joanne Kettlewell] in the morning about school and the phone calls, and [P:Precious] will do checks every {dur:half hour} tonight as per her plan.
o | [P:TA] was on the PlayStation all evening, [P:DH] was at the car wash until {time:7} and back on time at {time:10}, and [P:OW] was on family time in Bradford.
ww | All young people in bed by {time:11.15} and the house was quiet.
"""),
    dict(
        id="W02",
        context={"child": {"name": "Kacey-Leigh Froggatt", "dob": "2010-07-02"},
                 "people": HOME_PEOPLE + [{"name": "Tracey Froggatt", "role": "mother"},
                                          {"name": "Hollie Atack", "role": "police constable"},
                                          {"name": "Shay-Lee Ingham", "role": "friend"},
                                          {"name": "Kieran Bottomley", "role": "adult male of concern"}],
                 "address": HOME, "school": "Austhorpe Park Academy", "worker": W_WORKER},
        meta={"service": "Looked After Children (missing from care incident report)", "child_age_years": 15,
              "features": ["residential", "incident_report", "spoken_headings", "missing", "exploitation",
                           "police_present", "time_stamped", "initials", "staff_names", "quoted_child_voice",
                           "relayed_voice", "dob_in_text", "phone_in_text", "postcode", "address_in_text"]},
        body="""
o | Incident report, [O:Hollinbrook House], [A:27 Sowerby Rise], [PC:LS14 2QT].
o | Young person [P:Kacey-Leigh Froggatt], date of birth [DOB:2nd July 2010], {age:15}.
o | Incident.
w | At {time:19.50} on {date:Friday 7th November} [P:KL] said she was nipping to the shop on the corner and did not come back.
w | Staff rang her mobile, [PH:07700 900417], at {time:20.05}, {time:20.20} and {time:20.35}, it rang out twice and then went straight to voicemail.
w | [P:Gaz] drove round her usual places, the park behind the Co-op, the bus stop on the ring road and her friend [P:Shay-Lee]'s house, with no sighting.
o | Action taken.
ns | Reported missing to West Yorkshire Police at {time:21.00} under the {term:Philomena Protocol}, and the grab pack was handed to PC [P:Hollie Atack] when she attended at {time:22.10}.
ns | I informed the emergency duty team and left a message for mum [P:Tracey] on [PH:0113 496 0583].
w | At {time:00.40} [P:Precious] saw a Snapchat story of [P:KL] in what looked like the back of a car on the motorway with two older males, and police were updated straight away.
o | Outcome.
w | [P:KL] was found by {natl:British Transport Police} at {place:Sheffield station} at {time:03.15}, drunk and without her coat, and was brought back by police at {time:05.30}.
cv,wf,w | She told [P:Precious] "I'm not telling you where I was, it's nowt to do with you", then said "[P:Kez] looks after me, you lot just write stuff down".
ww | She let [P:Precious] make her a hot water bottle and a cup of tea, said "ta", and went to sleep.
ns | An independent {term:return home interview} has been requested within {dur:72 hours}, a strategy discussion has been requested about the {term:CSE} concerns, and {natl:Ofsted} has been notified under {term:Regulation 40}.
"""),
    dict(
        id="W03",
        context={"child": {"name": "Oskar Wróbel", "dob": "2012-03-14"},
                 "people": HOME_PEOPLE + [{"name": "Agnieszka Wróbel", "role": "mother"},
                                          {"name": "Jakub Wróbel", "role": "brother"},
                                          {"name": "Marta Zielińska", "role": "Polish interpreter"},
                                          {"name": "Callum Iredale", "role": "social worker"},
                                          {"name": "Tyler Ambrose", "role": "young person in the home"}],
                 "address": HOME, "school": "Austhorpe Park Academy", "worker": W_WORKER},
        meta={"service": "Looked After Children (residential daily log)", "child_age_years": 13,
              "features": ["residential", "daily_log", "several_young_people", "initials", "staff_names",
                           "interpreter", "relayed_voice", "quoted_child_voice", "family_time", "nickname",
                           "local_gp", "nhs_number", "dob_in_text", "email_in_text", "no_headings"]},
        body="""
o | Daily log, [O:Hollinbrook], {date:Sunday 9th November}, [P:Annette] on shift with [P:Dean] and [P:Precious].
o | [P:OW] has now been with us {dur:three weeks}.
ns | I registered him at [O:Whinmoor Lane Surgery] this week, his NHS number is [NHS:999 631 4087] and date of birth [DOB:14.03.2012], and his initial health assessment is booked for the {date:20th}.
o | His mum [P:Agnieszka] rang at {time:11} for her agreed weekly call and we had a Polish interpreter, [P:Marta], on speakerphone because mum's English is limited.
cv,wf,ww | [P:Oskar] spoke to her in Polish himself, and afterwards [P:Marta] told me he had said he was eating well and that he misses his {kin:babcia}'s pierogi.
w | Mum cried for most of the call and at one point asked him, through the interpreter, whether the staff hit him, which upset him.
cv,wf,w | [P:Oskar] said to me afterwards "she thinks this place is a prison, she doesn't understand", and he went quiet in his room for {dur:about an hour}.
w | Mum also said his older brother [P:Kuba] is back in Leeds and wants to see him, and [P:Kuba] is the reason given in the care plan for [P:Oskar] not living at home.
ns | I have told [P:Oskar] we need to check that with his social worker before anything is arranged, and I have emailed [P:Callum Iredale] at [E:callum.iredale@airevalleycs.example.org.uk].
ww | In the afternoon [P:Oskar] and [P:TA] played football on the field for {dur:two hours}, the first time he has joined in with anyone here.
cv,wf,ww | He came in and told [P:Dean] "[P:Tyler] is not bad at football, for an English", and [P:Tyler] thought that was hilarious.
cv,wf,ww | [P:Tyler] has started calling him [P:Ozzy-Wrob], and [P:Oskar] asked staff at tea if we would call him that too.
cv,wf,w | At bedtime he asked [P:Precious] to leave the landing light on and to look in on him in the night, which he has not asked before.
ns | To discuss at Tuesday's team meeting whether a Polish-speaking bank worker can cover some shifts, and to ask [P:Callum] about a referral for counselling.
"""),
    dict(
        id="W04",
        context={"child": {"name": "Drew Halliwell", "dob": "2010-01-22"},
                 "people": HOME_PEOPLE + [{"name": "Simone Ackroyd", "role": "social worker"},
                                          {"name": "Tyler Ambrose", "role": "young person in the home"}],
                 "address": HOME, "school": "", "worker": W_WORKER},
        meta={"service": "Looked After Children (incident report, physical intervention)", "child_age_years": 16,
              "features": ["residential", "incident_report", "spoken_headings", "physical_intervention",
                           "staff_names", "initials", "quoted_child_voice", "written_child_voice", "word_name",
                           "nickname", "nhs_number", "ni_number", "supported_accommodation", "leaving_care"]},
        body="""
o | Incident report, [O:Hollinbrook House], young person [P:Drew Halliwell], {age:16}, written by [P:Annette Skerritt], registered manager.
o | Background.
w | [P:Drew] has been unsettled all week since his social worker [P:Simone Ackroyd] told him his move to [O:Ashlar Court] has been put back to {date:January}.
o | Incident.
w | At {time:21.30} on {date:Wednesday 12th November} [P:Gaz] told him his mate couldn't stay over, and he kicked the office door and punched the wall, splitting his knuckles.
w | He then threw a dining chair across the lounge, and it only just missed [P:TA], who was on the settee.
ns | [P:Gaz] and [P:Dean] used a two-person hold for {dur:about two minutes} to move him away from the other young people, as set out in his behaviour support plan, and let go as soon as he was calmer.
cv,wf,w | Throughout he was shouting "you lot promised me, nobody in this place ever does what they say".
o | Outcome.
ww | After {dur:twenty minutes} in the garden with [P:Dean] he came back in, said sorry to [P:TA], and agreed to go to {place:Jimmy's} A and E with me to have his hand looked at.
o | At the hospital they took his NHS number, [NHS:9993085126], and an X-ray showed no break.
cv,wf,w | In the car back he said quietly "I just want my own place so I can stop being everybody's problem".
cv,wf,ww | The next morning he {word:drew} a sad face and wrote "soz" on the whiteboard in the office, and he has done a repair session with [P:Gaz], rehanging the office door.
o | The other lads call him [P:Dozza], and [P:TA] told staff he's "not bothered, [P:Dozza]'s alright really".
o | His National Insurance letter came the same day, [NI:QQ 48 27 61 D], and it has gone in his life-skills folder for the car wash paperwork.
ns | I have completed the physical intervention record and informed [P:Simone] and his {term:IRO}, and I'll chase the housing officer about the date for [O:Ashlar Court].
ns | [P:Drew] will meet his personal adviser on {date:Monday} to go over his move-on plan.
"""),
]

X_NOTES = [
    dict(
        id="X01",
        context={"child": {"name": "Jonty Armitstead", "dob": "2015-04-09"},
                 "people": [{"name": "Carys Armitstead", "role": "mother"},
                            {"name": "Rob Armitstead", "role": "father"},
                            {"name": "Ellie-Beth Armitstead", "role": "sister"},
                            {"name": "Heather Armitstead", "role": "paternal grandmother"}],
                 "address": "High Scarside Farm, Orton, Penrith CA10 3RW",
                 "school": "Eden Fells Academy", "worker": X_WORKER},
        meta={"service": "Child in Need (parental mental health, rural)", "child_age_years": 11,
              "features": ["narrative", "scots_words", "dialect", "farming_family", "rural", "quoted_child_voice",
                           "sibling_voice", "word_name", "nickname", "pet_names", "firearms", "local_club",
                           "local_gp", "postcode", "address_in_text", "no_headings"]},
        body="""
o | {term:Child in Need} visit to [P:Jonty] and [P:Ellie-Beth] at [A:High Scarside Farm], [PC:CA10 3RW], on a {dial:dreich} Thursday afternoon, the lane that muddy I near left the car at the cattle grid.
o | Mum [P:Carys] was in the kitchen with the Aga going, {kin:granny} [P:Heather] had come up from her bungalow and dad [P:Rob] was out at the sheep.
w | Mum told me the herd failed its TB test in {date:September}, they've lost forty-odd cows, and [P:Rob] has hardly spoken since.
w | He's no' eating, and twice she has found him sat in the Land Rover in the yard at night.
w | There's a shotgun in the cabinet, and when I asked, mum wasn't sure who has the key just now.
cv,wf,ww | [P:Jonty], who everybody calls [P:Midge] because he was a {dial:wee} {word:midge} of a thing in the infants, took me out to see the new pups, {pet:Fly} and {pet:Moss}, and told me "I do the feeding now, dad's ower busy".
w | He's been driving the quad to the top fields on his own at {age:eleven}, and he missed {dur:four days} of school at tupping time.
cv,wf,w | He said school doesn't matter because "I'm gonna farm anyway, what do I need French for", but he went quiet when I asked about his dad and said "he's just tired, he'll be reet after the mart".
cv,wf,w | [P:Ellie-Beth], {age:eight}, whispered to me that she gets frightened when dad shouts at the dogs and that she cries in bed "because mam cries".
ww | {kin:Granny} [P:Heather] is a rock, she has them after school three days a week and runs [P:Jonty] to [O:Orton Young Farmers] on a Monday night.
ww | She laughed that she was named for the {word:heather} on the fell and she said "we'll get him through this, {dial:lass}, we've had worse".
ww | Both {kin:bairns} are well turned out and [S:Ravenbeck Primary] have no worries about [P:Ellie-Beth].
ns | Mum is giving the gun cabinet key to granny tonight, and with her agreement I'll ring [O:Shap Road Surgery] about [P:Rob] and send her the {natl:Farming Community Network} number.
ns | I'll speak to [S:Eden Fells] about [P:Jonty]'s attendance, and I'll be back in {dur:two weeks} when [P:Rob] has said he'll try to be in.
"""),
    dict(
        id="X02",
        context={"child": {"name": "Levi Loveridge", "dob": "2014-06-30"},
                 "people": [{"name": "Roseanne Loveridge", "role": "mother"},
                            {"name": "Jimmy Loveridge", "role": "father"},
                            {"name": "Treena Loveridge", "role": "sister"},
                            {"name": "Jesse Loveridge", "role": "brother"},
                            {"name": "Nelly Loveridge", "role": "paternal grandmother"},
                            {"name": "Bernie Clough", "role": "Traveller education worker"}],
                 "address": "Plot 6, Brackenslack Travellers' Site, Appleby-in-Westmorland CA16 6QF",
                 "school": "Helm Edge Academy", "worker": X_WORKER},
        meta={"service": "Child in Need (domestic abuse history, school non-attendance)", "child_age_years": 12,
              "features": ["narrative", "scots_words", "gypsy_traveller", "rural", "quoted_child_voice",
                           "sibling_voice", "subtle_worry", "nickname", "pet_names", "bullying",
                           "phone_in_text", "postcode", "address_in_text", "no_headings"]},
        body="""
o | {term:Child in Need} visit to the [P:Loveridge] family at [A:plot 6 on the Brackenslack site], out on the Brough road, [PC:CA16 6QF].
o | {kin:Mammy} [P:Roseanne] was in the trailer with the baby, [P:Jesse], and [P:Levi] and [P:Treena] came in from the horses when they saw my car.
ww | The trailer was spotless as ever, the brasses polished and the kettle straight on, and [P:Roseanne] was warm and full of {dial:blether}.
w | We're involved because of the police call-out in {date:June}, when [P:Jimmy] was arrested after a fight at {place:Appleby Fair} and [P:Roseanne] had a black eye, though she's always said she got it pulling the men apart.
w | [P:Jimmy] is back on the plot and [P:Roseanne] told me "he's a different man off the drink", but she didn't look at me when she said it.
w | [P:Levi] hasn't been at [S:Helm Edge] since the {date:October} half term, and mum says the other boys call him a gyppo and she'd rather keep him home and teach him herself.
cv,wf,w | [P:Levi], or [P:Bandit] as his {kin:granny} [P:Nelly] calls him, told me "they spit at you on the bus, miss, I'm not going back there", and he was that angry his ears went red.
cv,wf,ww | He wants to work with his {kin:daddy} on the driveways and the horses, and he showed me how he's trained the piebald mare, {pet:Duchess}, to come to his whistle.
cv,wf,ww | [P:Treena], who's {age:six}, whispered to me that she loves [S:Crossfell Primary] because "Miss lets me do the register".
cv,wf,w | When I asked her about her {kin:daddy} she put her hands over her face and said "pass", which is what they say at circle time, and she didn't say any more.
ww | {kin:Granny} [P:Nelly] lives on the next plot and the {kin:chavvies} are in and out of her trailer all day.
ns | [P:Roseanne] agreed I can bring [P:Bernie Clough] from the Traveller education service out to talk about [P:Levi] and the bullying, and I'll take up the bus with [S:Helm Edge] myself.
ns | I've left her my mobile, [PH:07700 900286], and the domestic abuse helpline number, and I'll come back in {dur:three weeks} and ask to see [P:Jimmy] as well.
"""),
    dict(
        id="X03",
        context={"child": {"name": "Matilda Ashburner", "dob": "2015-08-14"},
                 "people": [{"name": "Gail Ashburner", "role": "mother"},
                            {"name": "Craig Ashburner", "role": "father"},
                            {"name": "Miles Ashburner", "role": "brother"},
                            {"name": "Rosie Tallentire", "role": "friend"}],
                 "address": "4 Fairhill Terrace, Alston CA9 3RB",
                 "school": "Garrigill Moor Primary School", "worker": X_WORKER},
        meta={"service": "Child in Need (young carer, parental disability)", "child_age_years": 10,
              "features": ["narrative", "scots_words", "young_carer", "rural", "quoted_child_voice",
                           "word_name", "nickname", "dob_in_text", "phone_in_text", "local_club",
                           "local_gp", "address_in_text", "no_headings"]},
        body="""
o | {term:Child in Need} visit to [P:Tilly] at home, [A:4 Fairhill Terrace] at the top of the town, on a day that {dial:drookit} the {dial:burn} was over the road at Nenthead.
o | [P:Tilly]'s full name is [P:Matilda Ashburner], born [DOB:14th August 2015], and she is {age:ten} going on forty.
w | Mum [P:Gail] has relapsing MS and this last {dur:month} has been the worst I've seen her, lying on the settee under a blanket and awful {dial:peely-wally}.
w | Dad [P:Craig] works offshore on the wind farms, {dur:two weeks} on and {dur:two weeks} off, so when he's away it's [P:Tilly] who gets mum up, does her tablets and makes the tea.
cv,wf,w | [P:Tilly] showed me the tablet chart on the fridge with all her wee ticks and said "I'm better at it than dad, he forgets the night ones".
cv,wf,w | She said she doesn't mind really, but she's {dial:scunnered} with being tired all the time and she's stopped going to [P:Rosie]'s after school "in case mum falls".
w | Her teacher at [S:Garrigill Moor] phoned me last week to say she had fallen asleep in class twice and her homework has stopped coming in.
w | The big supermarket is in Hexham, over twenty {word:miles} away, and mum can't drive just now, so the {dial:messages} get done by whoever has a car.
ww | Her big brother [P:Miles], {age:seventeen}, is at [S:Tynedale Vale College] and does the big shop on a Saturday, and he's a lovely, steady lad.
cv,wf,ww | [P:Tilly] goes to [O:Tynehead Young Carers] on a Wednesday and told me it's "the only place nobody asks about mum".
cv,wf,ww | She asked me to call her [P:Tattie], like the leaders there do, because she makes the best chips in the group.
ww | Mum was honest that she leans on [P:Tilly] too much and said "she shouldn't have to be the mam".
ns | I'll do a young carer's assessment with [P:Tilly] next week, and with mum's agreement I'll ask the MS nurse at [O:Nent Valley Surgery] about more help at home and a carer's assessment for [P:Craig].
ns | I'll ask school about a daily check-in with her and the homework club, and mum's house phone for arranging it is [PH:01632 960718].
"""),
    dict(
        id="X04",
        context={"child": {"name": "Alfie-Jay Tiffin", "dob": "2021-05-17"},
                 "people": [{"name": "Jodie Tiffin", "role": "mother"},
                            {"name": "Robin Sewell", "role": "mother's partner"},
                            {"name": "Ffion Rigg", "role": "speech and language therapist"}],
                 "address": "2 Moss Side Cottages, Waverton, Wigton CA7 0AY",
                 "school": "Thursby Moss Primary School", "worker": X_WORKER},
        meta={"service": "Child in Need (disabled child, new adult in the household)", "child_age_years": 5,
              "features": ["narrative", "scots_words", "non_verbal", "makaton", "disability", "rural",
                           "subtle_worry", "word_name", "nickname", "nhs_number", "email_in_text", "postcode",
                           "address_in_text", "no_headings"]},
        body="""
o | {term:Child in Need} visit to [P:Alfie-Jay] at [A:2 Moss Side Cottages], Waverton, [PC:CA7 0AY], with mum [P:Jodie] and her partner [P:Robin Sewell], who moved in over {date:the summer}.
o | [P:Alfie-Jay] is {age:five}, he has global developmental delay and no words yet, and he uses Makaton signs and a few picture cards.
o | Mum calls him [P:Bumble] because of the wee hum he makes when he's content.
ww | He was humming away at the window watching the birds on the feeder, and mum showed me the new sign he's learned for {word:robin}, a wee beak with his fingers.
cv,wf,ww | When I signed hello he signed it back, then took my hand and led me to his train track.
cv,wf,ww | He went to his card board and gave mum the crisps card and then signed "more", and mum laughed and said he does that twenty times a day.
wf,w | When [P:Robin] came in from the car [P:Alfie-Jay] stopped humming, went behind the settee and stayed there until [P:Robin] went out to the shed.
w | Mum said "he's like that with all men, he's no' used to them", and [P:Robin] said the boy "needs a firmer hand", which sat badly with me.
cv,wf,w | Later I asked him with a sign if he was happy and he signed "sad", then went back to his trains, so I can't say what it was about.
ww | [P:Ffion Rigg], his speech and language therapist, says he has picked up eleven new signs since {date:September} and that mum practises with him every day.
ww | He's settled well in reception at [S:Thursby Moss] with a one-to-one, and he's dry in the day now.
w | Mum is very cut off out here, with one bus a day and no licence, and she said she's "run out of steam" with the EHCP forms.
ns | I've taken his NHS number, [NHS:999 274 5168], for the referral to the community paediatrician, and I'll help mum finish the EHCP forms, which she's asked me to send to [E:jtiffin.mossside@example.co.uk].
ns | I'll see [P:Alfie-Jay] on his own at school with [P:Ffion] there to help with his signs, and I'd like to meet [P:Robin] on his own and do the usual checks.
"""),
]

Y_NOTES = [
    dict(
        id="Y01",
        context={"child": {"name": "Unborn baby Kell", "dob": ""},
                 "people": [{"name": "Shannon Kell", "role": "mother"},
                            {"name": "Liam Rutter", "role": "father"},
                            {"name": "Patience Ogunleye", "role": "safeguarding midwife"},
                            {"name": "Lucy Bewick", "role": "health visitor"},
                            {"name": "Ash Tennant", "role": "personal adviser"}],
                 "address": "Flat 3, 61 Wingrove Vale, Newcastle upon Tyne NE4 9QJ",
                 "school": "", "worker": Y_WORKER},
        meta={"service": "Pre-birth assessment (care leaver mother, domestic abuse history)", "child_age_years": 0,
              "features": ["pre_birth", "unborn", "spoken_headings", "subtle_worry", "care_leaver", "word_name",
                           "nickname", "dob_in_text", "due_date", "phone_in_text", "postcode", "address_in_text"]},
        body="""
o | Pre-birth assessment, second session, with [P:Shannon Kell] at [A:Flat 3, 61 Wingrove Vale], [PC:NE4 9QJ], on {date:Monday 10th November}.
o | [P:Shannon] is {age:19}, date of birth [DOB:11/06/2007], she is {age:31 weeks} and her due date is the {date:9th of January}.
ww | She calls the baby [P:Sprout] and already has a Moses basket and a pram that her nan bought.
o | Background.
w | [P:Shannon] was in care herself from {age:twelve} and is now a care leaver, with [P:Ash Tennant] as her personal adviser.
w | Her partner and the baby's father, [P:Liam Rutter], {age:24}, has two domestic abuse call-outs with an ex-partner in Gateshead and a caution for assault from {date:2023}.
ww | [P:Shannon] has been to every antenatal appointment, the safeguarding midwife [P:Patience Ogunleye] says the scans are normal, and she has stopped smoking since booking.
o | Today.
w | [P:Liam] answered most of the questions I put to [P:Shannon], and when I asked to see her on her own he said "anything you say to her you can say to me".
w | [P:Shannon] said she has no money left by the middle of the month because [P:Liam] "sorts the bank card", and she laughed it off.
ww | She was soft and excited talking about the baby, showing me the tiny vests she'd washed, and she said she wants [P:Sprout] to have "everything I never had".
w | [P:Liam] lost his {word:patience} when I brought up the police call-outs, said I was "digging", and went out for a smoke until I left.
o | Plan.
ns | I will see [P:Shannon] on her own at her next antenatal clinic at {place:the RVI}, where [P:Patience] can make it look like a routine check.
ns | Police checks on [P:Liam] and checks with Gateshead children's services, then a meeting with [P:Patience] and the health visitor [P:Lucy Bewick] before {age:34 weeks}.
ns | A pre-birth strategy discussion is booked for {date:20th November}, and [P:Shannon]'s mobile for texts, which she prefers, is [PH:07700 900653].
"""),
    dict(
        id="Y02",
        context={"child": {"name": "Harley-Rae Dunn", "dob": "2026-11-03"},
                 "people": [{"name": "Nicole Dunn", "role": "mother"},
                            {"name": "Darren Pyle", "role": "father"},
                            {"name": "Lorraine Dunn", "role": "maternal grandmother, special guardian of Kaiden"},
                            {"name": "Kaiden Dunn", "role": "brother"},
                            {"name": "Ruth Carrick", "role": "neonatal sister"},
                            {"name": "Shona Pattison", "role": "health visitor"}],
                 "address": "15 Hotspur Grove, Heaton, Newcastle upon Tyne NE6 5RT",
                 "school": "", "worker": Y_WORKER},
        meta={"service": "Neonatal discharge planning (substance misuse, neonatal abstinence)", "child_age_years": 0,
              "features": ["discharge_planning", "hospital", "pre_verbal", "relayed_voice", "sibling_voice",
                           "substance_misuse", "dob_in_text", "nhs_number", "local_gp", "postcode",
                           "address_in_text", "no_headings"]},
        body="""
o | Discharge planning meeting on the neonatal unit at {place:the RVI} for baby [P:Harley-Rae Dunn], born [DOB:3rd November 2026] at {age:38 weeks}, NHS number [NHS:999 550 3172].
w | [P:Harley-Rae] went into special care on day two with withdrawal symptoms, a high-pitched cry, poor feeding and sweating, and has been on oral morphine, which is now being weaned.
o | Present were mum [P:Nicole Dunn], {kin:maternal grandmother} [P:Lorraine Dunn], neonatal sister [P:Ruth Carrick] and me.
ww | Nursing staff say mum has been on the unit every day, does most of the cares herself and has done skin to skin for hours at a time.
w | Mum's methadone script is stable, but her {date:October} urine screen was positive for cocaine, which she says was "a one-off at a party".
w | Nurses recorded that on {date:Saturday night} mum was hard to wake when [P:Harley-Rae] needed a feed, and a nurse had to do it.
w | Dad, [P:Darren Pyle], isn't on the birth registration and mum says he's "out of the picture", but he has visited the unit twice.
ww | [P:Lorraine] has cared for mum's older boy [P:Kaiden] under a special guardianship order for {dur:three years}, and she has offered to have mum and baby live with her at [A:15 Hotspur Grove], [PC:NE6 5RT].
cv,wf,ww | [P:Lorraine] said [P:Kaiden], who is {age:seven}, has told her he wants the baby to "come to our house so I can show her my Lego", and he has made her a card.
cv,wf,w | She said he also asked her "is {kin:mammy} going to be poorly again", and she didn't know what to tell him.
ns | Agreed: no discharge until [P:Harley-Rae] is off morphine and feeding well for {dur:48 hours}, and a safety plan to be signed by mum and [P:Lorraine] before she goes.
ns | Safe sleep and the risk of co-sleeping on methadone were gone through with mum today, and a Moses basket is being arranged.
ns | The health visitor [P:Shona Pattison] will do the new birth visit at [P:Lorraine]'s within {dur:ten days}, and mum is to register with [O:Chillingham Grove Medical Centre].
ns | I'll update the assessment and tell the drug and alcohol team about the change of address before discharge.
"""),
    dict(
        id="Y03",
        context={"child": {"name": "Unborn baby Dumitrescu", "dob": ""},
                 "people": [{"name": "Ionela Dumitrescu", "role": "mother"},
                            {"name": "Marius Stanciu", "role": "father"},
                            {"name": "Sofia Stanciu", "role": "sister"},
                            {"name": "Vasile Pop", "role": "Romanian interpreter"},
                            {"name": "Rachael Ward", "role": "community midwife"}],
                 "address": "Flat 12, 88 Tyneview Parade, Gateshead NE8 4QH",
                 "school": "Saltwell Burn Nursery", "worker": Y_WORKER},
        meta={"service": "Pre-birth assessment (late booking, coercive control concerns)", "child_age_years": 0,
              "features": ["pre_birth", "unborn", "interpreter", "subtle_worry", "sibling_voice",
                           "quoted_child_voice", "relayed_voice", "word_name", "nickname", "dob_in_text", "due_date",
                           "ni_number", "local_gp", "postcode", "address_in_text", "no_headings"]},
        body="""
o | Pre-birth visit to [P:Ionela Dumitrescu] at [A:Flat 12, 88 Tyneview Parade], [PC:NE8 4QH], with a Romanian interpreter, Mr [P:Vasile Pop], there in person.
o | [P:Ionela] is {age:24}, date of birth [DOB:19.02.2002], and is {age:29 weeks} pregnant with her second baby, due {date:1st February}.
w | She only booked with maternity at {age:26 weeks}, after turning up at the maternity assessment unit with pains, and she isn't registered with a GP.
o | Her partner [P:Marius Stanciu] works nights at a car wash and was asleep when we arrived, then got up and sat in.
w | Every time I asked [P:Ionela] through the interpreter about support, [P:Marius] answered for her in English, and she looked at him before she said anything.
w | Mr [P:Pop] interpreted one aside from [P:Marius] to her, "don't talk about the money", and [P:Marius] laughed and said it was a joke.
w | [P:Marius] gave his National Insurance number for the housing benefit form as [NI:QQ 71 03 95 B], and said he keeps both their passports "so they don't get lost".
cv,wf,ww | Their daughter [P:Sofia], {age:four}, who they call [P:Pufi], goes to [S:Saltwell Burn Nursery] and told me in English, very proudly, "I am the big sister and I will share my unicorn".
cv,wf,w | When Mr [P:Pop] asked her in Romanian what happens when {kin:tata} is cross, she said "he shouts and {kin:mama} goes in the bathroom", and then ran off to her room.
ww | The flat was warm, clean and well stocked, the cot was already up, and [P:Ionela] was affectionate and patient with [P:Sofia].
ns | I'll arrange to see [P:Ionela] on her own with a female interpreter at her next antenatal appointment, and the community midwife [P:Rachael Ward] will book a room on the {word:ward} so it looks routine.
ns | I've helped her fill in the form to register with [O:Windmill Hills Surgery], and I'll ask for police checks on [P:Marius].
ns | I'll speak to [S:Saltwell Burn] about [P:Sofia] and what they've noticed, and see the family again in {dur:a fortnight}.
"""),
    dict(
        id="Y04",
        context={"child": {"name": "Albie Hails", "dob": "2026-10-28"},
                 "people": [{"name": "Ellie Roddam", "role": "mother"},
                            {"name": "Connor Hails", "role": "father"},
                            {"name": "Denise Hails", "role": "paternal grandmother"},
                            {"name": "Geraldine Foy", "role": "advocate"},
                            {"name": "Bethany Kerr", "role": "health visitor"}],
                 "address": "34 Ravensworth Crescent, Low Fell, Gateshead NE9 6JP",
                 "school": "", "worker": Y_WORKER},
        meta={"service": "Neonatal discharge planning (parent with a learning disability)", "child_age_years": 0,
              "features": ["discharge_planning", "hospital", "pre_verbal", "premature", "spoken_headings",
                           "parental_learning_disability", "advocate", "nickname", "dob_in_text", "nhs_number",
                           "email_in_text", "phone_in_text", "local_gp", "postcode", "address_in_text"]},
        body="""
o | Discharge planning note for baby [P:Albie Hails], born [DOB:28/10/2026] at {age:32 weeks}, on the special care baby unit at {place:the QE}.
o | Baby's health.
ww | [P:Albie] is off oxygen, in a cot, and taking feeds by bottle and breast, and the neonatal team expect him home at around {age:36 weeks} corrected.
o | His mum calls him [P:Albie-Doo] and his dad calls him "the little fella".
o | Parents.
o | Mum [P:Ellie Roddam], {age:22}, has a mild learning disability, and her advocate [P:Geraldine Foy] came with her to today's meeting.
ww | [P:Ellie] has done every bath and feed she has been here for, with prompts, and the nursery nurses say she is gentle and asks when she isn't sure.
w | She struggles with the feed chart and with measuring bottles, and twice the night staff found a bottle left in the warmer for {dur:over an hour}.
ww | Dad [P:Connor Hails], {age:23}, comes in every evening after his shift at the warehouse and has been putting the feed times in his phone for her.
w | The couple live with [P:Connor]'s mum [P:Denise] at [A:34 Ravensworth Crescent], [PC:NE9 6JP], where there are two big dogs and the back bedroom, which will be the baby's, is damp.
ww | [P:Denise] has already brought in a steriliser and says she'll be "on hand day and night".
ww | [P:Ellie] told me she wants to be "a better mam than I had", and she cried when [P:Albie] gripped her finger.
o | Discharge plan.
ns | [P:Ellie] is to room in on the unit for {dur:two nights} before discharge, and [P:Geraldine] will help her make a picture feed chart.
ns | A parenting assessment will start at home the week after discharge, and the health visitor [P:Bethany Kerr] will visit within {dur:48 hours} and then weekly.
ns | I'll send the plan in easy read to [P:Ellie] at [E:ellie.roddam.x@example.com] and by post, and go through it with both parents on [P:Connor]'s phone, [PH:0191 498 0362].
ns | [P:Albie]'s NHS number for registering with [O:Low Fell Lane Surgery] is [NHS:9995207846].
"""),
]

NOTES = W_NOTES + X_NOTES + Y_NOTES
