"""fresh46's 12 marked-up notes (see make_fresh46.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx), NHS numbers in the 999 range with a valid modulus-11 check digit, NI numbers with the
QQ prefix, names, nicknames, addresses, postcodes, emails (example.com / example.co.uk), schools, colleges, GP
surgeries, clubs, churches, young carers' groups and other local organisations made up.
Authors: AI (a Northumberland and North Tyneside child in need worker who dictates into her phone's own
speech-to-text and pastes it in unedited: auto-punctuated, commas in odd places, numbers as digits, the odd run-on
sentence, a north-east voice (mam, bairn, canny, howay, hinny, bait), children's words reported without quotation
marks as often as with), AJ (a student social worker on placement in Newcastle writing long reflective visit notes
with theory and reflection, "On reflection ...", "Using the Signs of Safety framework ...", the child's words
carefully quoted, worries hedged), AK (a kinship (connected persons) and pre-birth assessment worker in Gateshead
and South Tyneside who records direct work as Q and A lines, the three houses and wizards and fairies, a child's
scaling, an unborn baby's parents' histories)."""

AI_WORKER = "Gillian Fairlamb"
AJ_WORKER = "Tom Haswell"
AK_WORKER = "Bernadette Rowell"

AI_NOTES = [
    dict(
        id="AI01",
        context={"child": {"name": "Riley Tait", "dob": "2017-04-18"},
                 "people": [{"name": "Nicole Tait", "role": "mother"},
                            {"name": "Mark Hindmarsh", "role": "mother's partner"},
                            {"name": "Ava-Grace Tait", "role": "sister"},
                            {"name": "Janice Dodd", "role": "class teacher"}],
                 "address": "14 Coquetdale Avenue, Ashington NE63 8PL",
                 "school": "Kenmore Lea First School", "worker": AI_WORKER},
        meta={"service": "Child in Need (Northumberland)", "child_age_years": 9, "author": "AI",
              "features": ["speech_to_text", "odd_commas", "digits", "run_on", "dialect",
                           "reported_speech_unquoted", "quoted_child_voice", "subtle_worry", "word_name", "initials", "injury",
                           "alcohol", "drawing", "sibling_voice", "nickname", "local_club", "gp_surgery", "nursery",
                           "dob_in_text", "phone_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Child in need visit to [P:Riley] and [P:Ava-Grace] at [A:14 Coquetdale Avenue], Ashington, [PC:NE63 8PL] on {date:Tuesday 24th November} at {time:3:45 p.m.}, {kin:mam} [P:Nicole] was in, and [P:Mark] was at work.
o | [P:Riley] is {age:9}, date of birth [DOB:18/04/2017], he's in year 5 at [S:Kenmore Lea First School].
cv,wf,ww | He showed us his new Newcastle top, he said, it's the best thing ever, and [P:Mark] got it him for being good at school.
w | When he pulled it over his head, I noticed a {word:mark} on his neck, the size of a 50p, yellowy green.
cv,w | I asked him about it and he said, me and [P:Mark] were play fighting, then he went quiet and asked for his Xbox.
w | {kin:Mam} said the same, before I'd even asked, that they were carrying on and it was nothing.
w | She said [P:Mark] has his cans on a Friday, but, he's {dial:canny} with the {kin:bairns} and he's never laid a finger on them.
cv,wf,w | On my own with [P:Riley] in his room he said, "[P:Mark]'s alright but he shouts when he's had a drink, and I don't like it," so he puts his headphones on.
cv,wf,ww | He said the best bit of the week is football at [O:Hirst Welfare Juniors] on a Saturday, with his mate [P:KJ], and his coach [P:Stevo] says he's a {dial:canny} little defender.
cv,wf,o | [P:Ava-Grace] is {age:4}, she goes to [S:Tiddlers] nursery, she drew me a picture of everybody holding hands, and said, that's {kin:mam}, that's [P:Riley], that's me, and that's [P:Marky] in his work van.
ww | The house was clean, and warm, there was food in, and {kin:mam} had the {kin:bairns}' school letters stuck on the fridge.
ww | School say [P:Riley]'s attendance is 96%, Mrs [P:Dodd]'s really pleased.
w | [P:Nicole] did say she's been struggling with her nerves again and she's not been to the doctors since the summer.
ns | I've asked her to book in at [O:Lintonville Medical Group], and she said, she would ring them in the morning.
ns | I'll ask school to tell me if they see any more marks, and see [P:Riley] on his own at school next week.
ns | I need to meet [P:Mark] as well, his mobile is [PH:07700 900618], I'll ring him tomorrow.
ns | Next visit {date:8th December}, I'll do the {tool:3 houses} with [P:Riley] then.
"""),
    dict(
        id="AI02",
        context={"child": {"name": "Tegan Lumsden", "dob": "2014-01-09"},
                 "people": [{"name": "Stacey Lumsden", "role": "mother"},
                            {"name": "Joy Lumsden", "role": "maternal grandmother"},
                            {"name": "Harvey Lumsden", "role": "brother"},
                            {"name": "Funmi Adeyemi", "role": "head of year"}],
                 "address": "Flat 2, 38 Percy Chare, North Shields NE29 6QB",
                 "school": "Linskill Bank Academy", "worker": AI_WORKER},
        meta={"service": "Child in Need (North Tyneside)", "child_age_years": 12, "author": "AI",
              "features": ["speech_to_text", "odd_commas", "digits", "run_on", "dialect",
                           "reported_speech_unquoted", "quoted_child_voice", "subtle_worry", "self_harm",
                           "school_avoidance", "text_message", "sibling_voice", "parent_low_mood", "word_name",
                           "local_club", "gp_surgery", "nhs_number", "postcode", "names_not_in_context"]},
        body="""
o | Home visit to [P:Tegan], {date:Thursday 19th November}, {time:4:15 p.m.}, at {kin:mam}'s flat, [A:Flat 2, 38 Percy Chare], North Shields, [PC:NE29 6QB], {kin:mam} [P:Stacey] and {kin:nana} [P:Joy] were both there.
w | [P:Tegan] has been off school 11 days out of the last 20, mostly Mondays, and [S:Linskill Bank] have sent the attendance letter.
cv,wf,w | She said, she gets a sore belly on a Sunday night and when she gets to the gate she just can't go in, it's like my legs won't work.
wf,w | {kin:Nana} kept saying, {dial:howay} {dial:hinny} tell the lady what you told me, and [P:Tegan] went red and pulled her sleeves down over her hands.
cv,wf,w | On her own she said, "it's not bullying, it's just everyone's in groups, and I'm not in one."
cv,wf,ww | She said the only thing she looks forward to is [O:Sparks] youth club on a Wednesday because [P:Becca] who runs it doesn't make a big deal of stuff.
cv,w | Her brother [P:Harvey] who's {age:16} shouted through from his room, she cries every night, you know, and [P:Tegan] threw a cushion at the door.
w | She had long sleeves on even though the flat was roasting, and when she reached for her phone I thought I saw thin lines on her wrist, but couldn't be sure.
cv,wf,w | After I left she texted my work phone, can u not tell school about my arms its not a big deal im fine.
cv,w | I rang her from the car, and she told me she'd been scratching with the blade out of a pencil sharpener, but not for {dur:2 weeks}.
ww | I went back up, [P:Tegan] let me tell {kin:mam} with her sitting there, and [P:Stacey] cuddled her, and said she'd get rid of the sharpeners tonight.
w | [P:Stacey] said she's been low herself since she lost her job, and her and [P:Tegan] have been falling out over nothing.
ns | I had no {word:joy} getting through to {natl:CAMHS} before {time:5}, so I'll ring first thing and do the referral, [P:Tegan]'s NHS number is [NHS:999 160 9938].
cv,wf,ns | [P:Tegan] said I can speak to Ms [P:Adeyemi] her head of year, as long as it's not in front of her form, I'll ring her tomorrow.
ns | {kin:Mam} has booked in at [O:Redburn Surgery] for {date:Monday}, and I've given [P:Tegan] the {natl:Childline} number, next visit {date:Tuesday 1st December}.
"""),
    dict(
        id="AI03",
        context={"child": {"name": "Kit Craggs", "dob": "2019-06-30"},
                 "people": [{"name": "Lee Craggs", "role": "father"},
                            {"name": "Maisie Craggs", "role": "sister"},
                            {"name": "Jodie Craggs", "role": "mother (lives in Scotland)"},
                            {"name": "Graham Hall", "role": "Maisie's form tutor"}],
                 "address": "2 Low Hauxley Cottages, near Amble NE65 0JT",
                 "school": "Coquet Haven First School", "worker": AI_WORKER},
        meta={"service": "Child in Need (Northumberland, rural)", "child_age_years": 7, "author": "AI",
              "features": ["speech_to_text", "odd_commas", "digits", "run_on", "dialect",
                           "reported_speech_unquoted", "neglect", "young_carer", "sibling_voice", "absent_parent",
                           "word_name", "nickname", "pet_name", "local_club", "young_carers_group", "money",
                           "dob_in_text", "ni_number", "phone_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Visit to [P:Kit] and [P:Maisie] at [A:2 Low Hauxley Cottages] near Amble, [PC:NE65 0JT], {date:Wednesday 25th November}, {time:4:30 p.m.}, {kin:dad} [P:Lee Craggs] was in from work.
w | The referral came from [S:Coquet Haven First School], they said, [P:Kit] has come in 3 times this month with no PE {word:kit}, with nits, and saying he's had no breakfast.
o | [P:Kit] is {age:7}, born [DOB:30th of June 2019], [P:Maisie] is {age:11} and in year 7 at [S:Hadston Moor Middle].
w | {kin:Dad} starts at the farm at {time:5}, so it's [P:Maisie] that gets [P:Kit] up, makes the {dial:bait} and walks him to the bus, and she's late herself most days.
cv,wf,w | [P:Maisie] said, I don't mind doing it I'm used to it, but I get wrong off Mr [P:Hall] for being late and nobody listens.
cv,wf,ww | [P:Kit] said "[P:Maisie]'s like a {kin:mam}, she does my hair and reads me the dinosaur book," he calls her [P:Mais] and she calls him [P:Kit-Kat].
cv,wf,w | When I asked about {kin:mam}, [P:Kit] went under the table with the dog, {pet:Skip}, and [P:Maisie] said, we don't talk about her she's in Dundee with her boyfriend.
ww,w | [P:Lee] was honest, he said he's trying his best, but he's on his own, and he's knackered and he didn't know the nits were back.
ww,w | The house was cold, but tidy, there was food in the fridge, and [P:Kit]'s bed had clean covers on.
ww,wf | {kin:Dad} loves the {kin:bairns} you could see it, [P:Kit] sat on his knee the whole time I was talking to him.
ns | {kin:Dad} is going to ask the farm about a {time:7 o'clock} start 2 days a week, and I'll ask school about breakfast club, it's {money:£1} a day.
cv,wf,ns | I'll do a young carers referral for [P:Maisie] to [O:Coquet Young Carers], she said she'd go, if her friend [P:Lacey-Jo] can go as well.
ns | {kin:Dad}'s NI number is [NI:QQ 27 48 91 D] for the free school meals and the {natl:Universal Credit} childcare, his mobile [PH:07700 900274].
cv,wf,ns | [P:Kit] asked, can you come back on a Thursday because that's swimming with the [O:Coquet Otters] and you can watch, so next visit {date:Thursday 10th December}.
"""),
    dict(
        id="AI04",
        context={"child": {"name": "Lexi Brannigan", "dob": "2021-10-03"},
                 "people": [{"name": "Shannon Marr", "role": "mother"},
                            {"name": "Drew Brannigan", "role": "father"},
                            {"name": "Oakley Brannigan", "role": "brother"},
                            {"name": "Chloe Wardle", "role": "reception teacher"},
                            {"name": "Gemma Laidler", "role": "health visitor"}],
                 "address": "46 Plessey Crescent, Blyth NE24 4RD",
                 "school": "Newsham Lea Primary School", "worker": AI_WORKER},
        meta={"service": "Child in Need (Northumberland, domestic abuse notification)", "child_age_years": 5,
              "author": "AI",
              "features": ["quoted_child_voice", "speech_to_text", "odd_commas", "digits", "run_on", "dialect",
                           "reported_speech_unquoted", "domestic_abuse", "drawing", "pre_verbal", "word_name",
                           "subtle_worry", "family_hub", "dob_in_text", "nhs_number", "email_in_text", "postcode",
                           "emergency_number"]},
        body="""
o | Visit after the police notification, [A:46 Plessey Crescent], Blyth [PC:NE24 4RD], {date:Friday 20th November}, {time:3:30 p.m.}, {kin:mam} [P:Shannon] and the {kin:bairns} were in, {kin:dad} [P:Drew] is stopping at his {kin:mam}'s in Cramlington.
w | Police were called at {time:11:40 p.m.} on {date:Saturday the 14th} by a neighbour, there was shouting, and the telly had been smashed, [P:Drew] had gone by the time they got there.
w | [P:Shannon] said it was 1 argument, he's never touched her, he just loses it, and it was the first time in front of the {kin:bairns}.
cv,wf,w | [P:Lexi] showed me a picture from school, she {word:drew} the telly with a big crack in it, and her in bed, and she said, that's me being brave, and that's {kin:daddy} being loud.
cv,wf,w | I asked how she felt and she said "my tummy went funny and I put my hands on my ears," then she said can {kin:daddy} come home for Christmas.
w | [P:Lexi] is {age:5}, she's in reception at [S:Newsham Lea Primary], Miss [P:Wardle] says she's been quiet, and she's wet herself twice this week which she never does.
ww | [P:Oakley] was born [DOB:2/9/26], he's {age:11 weeks}, he was clean and content, feeding well, and he followed {kin:mam}'s face when she talked to him.
ww | [P:Shannon] goes to baby massage at [O:Cowpen Quay Family Hub], and the {role:health visitor} [P:Gemma] says she's doing {dial:canny}.
w | [P:Shannon] said she doesn't want to split up, [P:Drew]'s going to do an anger course, but she didn't know what it's called, or when it starts.
ns | I've explained we need to see [P:Drew], and do a safety plan, and he's not to stop over till we've spoken, she agreed, and said she will ring {emerg:999} if he kicks off.
ns | {kin:Mam}'s email for the safety plan is [E:shannonmarr21@example.co.uk], and [P:Oakley]'s NHS number is [NHS:999 829 8008] for the {role:health visitor}.
ns | Joint visit with [P:Drew] {date:next Thursday}, and I'll see [P:Lexi] at school with Miss [P:Wardle] before that.
"""),
]

AJ_NOTES = [
    dict(
        id="AJ01",
        context={"child": {"name": "Esi Asante", "dob": "2016-07-12"},
                 "people": [{"name": "Patience Asante", "role": "mother"},
                            {"name": "Kofi Asante", "role": "brother"},
                            {"name": "Grace Boateng", "role": "family friend"},
                            {"name": "Helen Carr", "role": "class teacher"},
                            {"name": "Hazel Dunn", "role": "practice educator"}],
                 "address": "33 Ashdale Crescent, Fenham, Newcastle NE4 9QT",
                 "school": "Brunton Dene Primary School", "worker": AJ_WORKER},
        meta={"service": "Child in Need assessment (Newcastle, student placement)", "child_age_years": 10,
              "author": "AJ",
              "features": ["student_reflective", "theory", "signs_of_safety", "quoted_child_voice", "hedged_worry",
                           "young_carer", "parent_illness", "written_voice", "sibling_voice",
                           "kinship_word_non_english", "word_name", "local_club", "place_of_worship",
                           "young_carers_group", "phone_in_text", "postcode"]},
        body="""
o | Joint home visit with my {role:practice educator}, [P:Hazel Dunn], to [P:Esi] ({age:10}) and [P:Kofi] ({age:6}) at [A:33 Ashdale Crescent], Fenham, [PC:NE4 9QT], on {date:Monday 23rd November} after school.
cv,w | The referral came from [S:Brunton Dene Primary] after [P:Esi] told her teacher, Mrs [P:Carr], that she had stayed up past midnight because "{kin:Maame} was in pain and somebody has to do the hot water bottles".
w | [P:Patience] has sickle cell disease and has had three admissions to the {place:RVI} since {date:August}; during the last one the children stayed with a friend from church, {kin:Auntie} [P:Grace].
cv,wf,w | [P:Esi] showed me a list in her planner headed "My jobs", which included "hot water bottles", "[P:Kofi]'s reading" and "praying for {kin:Maame}", and she said, "I like helping, it makes me feel grown up."
cv,wf,w | When I asked what happens when she is tired at school, she said, "I just put my head down and Mrs [P:Carr] lets me," and then, more quietly, "I don't want {kin:Maame} to go back in the hospital."
cv,wf,ww | [P:Kofi] showed us his medal from [O:Fenham Phoenix] and said, "Saturday football is the best day because {kin:Maame} comes to watch."
cv,w | He also told me, "[P:Esi] is the boss of me when {kin:Maame} is sleeping."
w | On reflection, I wonder whether [P:Esi]'s helpfulness may be hiding how much she is carrying, and it is possible that school see the tiredness but not the reason for it.
ww | Using the {term:Signs of Safety} framework, what is working well is that [P:Patience] is open about her illness, the children are warm, fed and proud of their home, and the congregation at [O:Bethel Rock Fellowship] is a real safety network.
o | Reflecting afterwards with {term:Gibbs' reflective cycle}, I noticed that I rushed to fill the silences, and I think I needed more {word:patience} to let [P:Esi] finish her thoughts in her own time.
cv,wf,ns | With [P:Esi]'s agreement I will refer her to [O:Kinfolk Young Carers]; she said she would go "if there are other girls my age".
ns | [P:Hazel] and I will ask [P:Patience]'s haematology nurse about a plan for the children during any future admission, and I will ring [P:Patience] on [PH:0191 498 0632] on {date:Friday} to agree it.
"""),
    dict(
        id="AJ02",
        context={"child": {"name": "Jayden Fenwick", "dob": "2018-02-26"},
                 "people": [{"name": "Kerry Fenwick", "role": "mother"},
                            {"name": "Ross Pattison", "role": "father"},
                            {"name": "Natasha Cairns", "role": "father's partner"},
                            {"name": "Lorraine Bell", "role": "class teacher"},
                            {"name": "Hazel Dunn", "role": "practice educator"}],
                 "address": "7 Lightfoot Walk, Walker, Newcastle NE6 4XB",
                 "school": "Welbeck Green Primary School", "worker": AJ_WORKER},
        meta={"service": "Child in Need assessment (Newcastle, student placement)", "child_age_years": 8,
              "author": "AJ",
              "features": ["student_reflective", "theory", "signs_of_safety", "quoted_child_voice", "hedged_worry",
                           "subtle_worry", "separated_parents", "food", "drawing", "written_voice", "child_scaling",
                           "scaling", "word_name", "initials", "nickname", "pet_name", "dob_in_text", "phone_in_text", "postcode"]},
        body="""
o | Second visit to [P:Jayden] (date of birth [DOB:26.02.2018]) at {kin:Mum}'s house, [A:7 Lightfoot Walk], Walker, [PC:NE6 4XB], on {date:Wednesday 18th November}, straight after school.
w | The visit was arranged after his class teacher at [S:Welbeck Green], Mrs [P:Bell], found two bread rolls and a yoghurt from the dinner hall wrapped in tissue in his book bag on a Monday, the day after a weekend at {kin:Dad}'s.
wf,w | Mrs [P:Bell] also said that on Fridays, when the {word:bell} goes, he is often the last to get his coat on and "drags his feet" out to {kin:Dad}'s car.
cv,wf,ww | Using the {term:Signs of Safety} framework, I asked [P:Jayden] to draw his house of good things first: he drew {kin:Mum}, his cat {pet:Socks} and his PlayStation, and told me, "{kin:Mum} lets me have toast whenever I want."
cv,wf,w | In his house of worries he drew a kitchen door and said, "At {kin:Dad}'s you're not allowed in the kitchen after tea because of the baby, and sometimes my belly rumbles in bed."
cv,wf,w | He then added, "But I love {kin:Dad}, he does the best voices on FIFA," and asked me not to tell him, because "[P:Tash] will go mad".
cv,wf,w | On a scaling line he marked {scale:4} for {kin:Dad}'s house and {scale:9} for {kin:Mum}'s, and wrote underneath, "more snacks at Dads and no shouting".
w | I am aware that I have only heard one side, and it may be that the rule is about a sleeping baby rather than about food, but the hidden food and the low score would worry me if they continued.
o | Thinking about the {term:ecological model}, [P:Jayden] moves every other weekend between two households with different rules, and it is possible that the rules at {kin:Dad}'s feel confusing to him rather than unkind.
cv,ww,w | [P:Kerry] was calm and child-focused, said she does not want to stop contact, and has been sending him with a bag of snacks, which [P:Jayden] told me he "hides under the bed" at {kin:Dad}'s.
ns | With [P:Jayden]'s agreement, I will ring his dad, [P:Ross Pattison], on [PH:07700 900731] and visit the flat at [A:9 Beaumont House], Byker, before the next contact weekend.
ns | I will ask Mrs [P:Bell] to keep a note of anything similar, and take my own uncertainty about whose account to weigh to supervision with [P:HD] on {date:Friday}.
"""),
    dict(
        id="AJ03",
        context={"child": {"name": "Kai Robson", "dob": "2011-09-03"},
                 "people": [{"name": "Leanne Robson", "role": "mother"},
                            {"name": "Lily-Rose Robson", "role": "sister"},
                            {"name": "Maureen Robson", "role": "maternal grandmother"},
                            {"name": "Daniel Young", "role": "head of year"},
                            {"name": "Hazel Dunn", "role": "practice educator"}],
                 "address": "51 Cragside Row, Heaton, Newcastle NE6 5XR",
                 "school": "Ouseburn Vale Academy", "worker": AJ_WORKER},
        meta={"service": "Child in Need assessment (Newcastle, student placement)", "child_age_years": 15,
              "author": "AJ",
              "features": ["student_reflective", "theory", "signs_of_safety", "quoted_child_voice", "hedged_worry",
                           "young_carer", "parental_alcohol", "sibling_voice", "written_voice", "relayed_voice",
                           "word_name", "local_club", "gp_surgery", "nhs_number", "postcode"]},
        body="""
o | Visit to [P:Kai] ({age:15}) and [P:Lily-Rose] ({age:9}) at home, [A:51 Cragside Row], Heaton, [PC:NE6 5XR], on {date:Thursday 26th November} at {time:4.30pm}, with their mum, [P:Leanne Robson], present for the first part.
o | The referral was made by [P:Kai]'s head of year at [S:Ouseburn Vale Academy], Mr [P:Young], who described him as "a {word:young} man carrying more than he lets on".
cv,w | Mr [P:Young] reported that [P:Kai] has been late fourteen times this term, has fallen asleep in lessons, and told a friend that he "does the shopping because Mum can't be trusted with the card".
w | [P:Leanne] was warm towards both children, but her speech seemed slightly slurred at {time:4.30pm}, there were several empty wine bottles in the recycling, and she said she "only has a glass with tea".
cv,wf,w | In his room, [P:Kai] said, "I'm not a {word:young} carer, I just do what needs doing," and then, "If I tell you stuff, will we get split up?"
cv,wf,ww | He told me the best part of his week is band practice at [O:Ouseburn Noise] on Thursdays, where he plays bass: "It's the only {dur:two hours} I don't have to think."
cv,wf,w | It is possible that he is checking on [P:Lily-Rose] at night, as he said he "sleeps with one ear open", and I wonder whether his fear of being split up is why he has not told school more.
cv,wf,w | As I was leaving, [P:Lily-Rose] pressed a folded note into my hand: "Please don't tell Mum I gave you this. [P:Kai] makes my tea when Mum is poorly. I want Mum to stop the wine."
o | On reflection, I was aware of my own anxiety about getting this wrong, and of the power I hold as the person writing the assessment, which [P:Kai] named himself when he asked about being split up.
ww | Using the {term:Signs of Safety} framework, the strengths are the children's closeness, [P:Leanne]'s openness to the visit, and {kin:Nana} [P:Maureen], who lives two streets away and has them for Sunday dinner.
ns | Discussed with my {role:practice educator}: I will offer [P:Kai] a {term:young carers assessment}, and ask [P:Leanne] whether she would see her GP at [O:Shieldfield Road Surgery] about her drinking.
ns | I will also speak to [S:Stotts Green Primary] about [P:Lily-Rose], and ask the school nurse to see [P:Kai], NHS number [NHS:999 527 7174].
"""),
    dict(
        id="AJ04",
        context={"child": {"name": "Demi Charlton", "dob": "2010-05-08"},
                 "people": [{"name": "Toni Charlton", "role": "mother"},
                            {"name": "Wayne Tully", "role": "stepfather"},
                            {"name": "Ethan Tully", "role": "half-brother"},
                            {"name": "Chase Dobson", "role": "boyfriend"},
                            {"name": "Michelle Dobson", "role": "boyfriend's mother"},
                            {"name": "Nasreen Rahman", "role": "college tutor"}],
                 "address": "18 Tarn Close, Kenton, Newcastle NE3 3QL",
                 "school": "Kenton Lodge College", "worker": AJ_WORKER},
        meta={"service": "16-17 homelessness assessment (Newcastle, student placement)", "child_age_years": 16,
              "author": "AJ",
              "features": ["student_reflective", "signs_of_safety", "quoted_child_voice", "hedged_worry",
                           "subtle_worry", "homeless_16_17", "older_boyfriend", "coercive_control", "sibling_voice",
                           "text_message", "word_name", "college", "ni_number", "email_in_text", "phone_in_text",
                           "postcode"]},
        body="""
o | Visit to [P:Demi] ({age:16}) at her boyfriend's mum's house, [A:18 Tarn Close], Kenton, [PC:NE3 3QL], where she has been staying since she left home on {date:9 November}.
o | This was my first visit as the lead worker under the {term:16-17 joint protocol}, and I tried to let [P:Demi] set the pace.
cv,wf,w | [P:Demi] told me she left after a row with her stepdad, [P:Wayne Tully], and said, "I'm not going back while he's there, he makes me feel like a guest in my own house."
w | Her mum, [P:Toni], told me on the phone that [P:Demi] is "welcome home any time" but "has to respect the rules", and I could not find out what they are.
cv,wf,w | [P:Demi] showed me a text from her half-brother, [P:Ethan] ({age:7}), sent from their mum's phone: "when r u coming home [P:demi] i miss u".
cv,wf,ww | She is on a childcare course at [S:Kenton Lodge College] and said, "College is the one thing I'm not messing up," and her tutor, Ms [P:Rahman], confirmed her attendance is 94%.
w | Her boyfriend, [P:Chase Dobson], is {age:19} and stayed in the room for most of the visit; he answered two of my questions for her and held on to her phone when it rang.
cv,wf,w | When [P:Chase] went to the shop, [P:Demi] said quickly, "He's just protective, he's been through a lot," and asked whether we could help her "get a flat with him".
cv,w | I may be reading too much into one visit, but she checked her phone each time it buzzed and said she had "better reply or he'll think I'm ignoring him".
ww | [P:Chase]'s mum, [P:Michelle], was kind and practical, has given [P:Demi] her own room, and said she can stay "as long as she needs".
o | On reflection, the {term:Signs of Safety} framework helped me keep what I saw apart from what I fear, but I found it hard to hold [P:Demi]'s view that she is "fine, honestly" alongside my own unease, and I will take this to supervision.
ns | I will {word:chase} her {natl:Universal Credit} claim with her, for which she gave me her NI number, [NI:QQ 64 03 17 A], and her email, [E:demi.charlton08@example.com].
ns | I will offer [P:Demi] time on her own at college next week, and ask to meet her mum without [P:Wayne] there; [P:Demi]'s mobile is [PH:07700 900155].
"""),
]

AK_NOTES = [
    dict(
        id="AK01",
        context={"child": {"name": "Tyler Armstrong", "dob": "2019-01-22"},
                 "people": [{"name": "Rose Armstrong", "role": "maternal grandmother, connected person"},
                            {"name": "Dennis Kell", "role": "grandmother's partner"},
                            {"name": "Kayleigh Armstrong", "role": "mother"},
                            {"name": "Poppy Armstrong", "role": "sister"}],
                 "address": "5 Heworth Rise, Felling, Gateshead NE10 8PJ",
                 "school": "Felling Burn Primary School", "worker": AK_WORKER},
        meta={"service": "Kinship care: connected persons assessment (Gateshead)", "child_age_years": 7,
              "author": "AK",
              "features": ["q_and_a", "three_houses", "child_scaling", "scaling", "quoted_child_voice",
                           "sibling_voice", "drawing", "kinship_care", "parental_substance_misuse", "carer_history",
                           "word_name", "nickname", "local_club", "gp_surgery", "dob_in_text", "ni_number",
                           "postcode"]},
        body="""
o | {term:Connected persons} assessment with {kin:nana} [P:Rose Armstrong] at [A:5 Heworth Rise], Felling, [PC:NE10 8PJ], {date:Tuesday 17th November}, {time:3.45pm} to {time:6pm}.
o | Present: [P:Rose], her partner [P:Dennis Kell] ("{kin:Grandad} [P:Den]"), [P:Tyler] ({age:7}) and [P:Poppy] ({age:4}).
o | [P:Rose], born [DOB:11 March 1968], has cared for the children under {term:Regulation 24} since {date:August}, when [P:Kayleigh] went into residential rehab.
o | Direct work with [P:Tyler] at the kitchen table, {tool:three houses}, his words as he said them.
cv,wf,ww | Q: What goes in your house of good things? A: "{kin:Nana}'s dinners, {kin:Grandad} [P:Den]'s shed, and [P:Poppy] when she's not annoying."
cv,wf,w | Q: And your house of worries? A: "{kin:Mam} not picking up the phone. When the police came to our old house."
cv,wf,o | Q: What's in your house of dreams? A: "{kin:Mam} gets better and lives next door to {kin:Nana} so I can see her every day."
cv,wf,ww | Q: If 10 is really safe and 0 is not safe at all, how safe do you feel at {kin:Nana}'s? A: "{scale:10}. No, {scale:9}, because [P:Poppy] takes my Lego."
cv,wf,w | Q: What about when you lived with {kin:Mam}? A: "{scale:3}. She was always asleep and I made the toast."
cv,wf,o | [P:Poppy] joined in and drew a rainbow "for {kin:Mammy} at the getting-better place", and asked me to post it.
ww | Since the move [P:Tyler]'s attendance at [S:Felling Burn Primary] {word:rose} from 81% to 97%, and he has started at [O:Heworth Juniors] football on Saturdays.
ww,wf | [P:Dennis] does the school run and the baths, and [P:Tyler] followed him out to the shed for most of my visit.
o | [P:Rose]'s history: she raised [P:Kayleigh] and her brother alone after her husband left, worked as a dinner lady for {dur:twenty years}, and has no social care history of her own.
w | She was open that [P:Kayleigh]'s drug use started at {age:15}, that she "missed the signs and then made excuses for her", and that she still lends her money.
w | [P:Rose] is {age:58} with arthritis in both hands, the house has two bedrooms, and [P:Tyler] shares with [P:Poppy] and has wet the bed twice this week.
ns | Next: medicals for [P:Rose] and [P:Dennis] at [O:Windy Nook Surgery], {term:DBS} checks and references, and [P:Rose]'s NI number [NI:QQ 19 72 66 B] for the allowance form.
ns | I will talk with [P:Rose] about saying no to money for [P:Kayleigh]; next session {date:Tuesday 1st December}, {time:4pm}.
"""),
    dict(
        id="AK02",
        context={"child": {"name": "Archie Pearson", "dob": "2020-08-14"},
                 "people": [{"name": "Layla Pearson", "role": "sister"},
                            {"name": "Kirsty Pearson", "role": "mother"},
                            {"name": "Louise Nixon", "role": "maternal aunt, connected person"},
                            {"name": "Bill Nixon", "role": "uncle, connected person"},
                            {"name": "Ellis Nixon", "role": "cousin"}],
                 "address": "27 Cleadon Vale, South Shields NE34 7TW",
                 "school": "Harton Moor Primary School", "worker": AK_WORKER},
        meta={"service": "Kinship care: connected persons assessment (South Tyneside)", "child_age_years": 6,
              "author": "AK",
              "features": ["quoted_child_voice", "q_and_a", "wizards_and_fairies", "child_scaling", "scaling", "makaton", "non_verbal",
                           "pointing", "written_voice", "sibling_voice", "parent_in_prison", "kinship_care",
                           "carer_history", "money", "word_name", "initials", "nickname", "pet_name", "local_club",
                           "dob_in_text", "phone_in_text", "postcode"]},
        body="""
o | {term:Connected persons} assessment of {kin:aunt} [P:Louise Nixon] and {kin:uncle} [P:Bill Nixon] at [A:27 Cleadon Vale], South Shields, [PC:NE34 7TW], {date:Thursday 12th November}, {time:4pm}.
w | [P:Archie] ({age:6}) and [P:Layla] ({age:11}) have lived here since their mum, [P:Kirsty Pearson], was remanded to {place:HMP Low Newton} in {date:September}.
o | [P:Archie] has a speech delay and uses {term:Makaton}, so we did {tool:wizards and fairies} on the floor, with [P:Louise] helping me read his signs.
o | Their social worker, [P:KR], joined us for the second half.
cv,wf,ww | Q: What does the good fairy like about living here? A: He pointed at the photo of [P:Bill], signed "dog" and "play", and said "{pet:Bobby}!", their spaniel.
cv,wf,w | Q: What makes the bad fairy cross? A: He signed "sad", then "{kin:Mummy}", and turned the fairy face down on the mat.
cv,wf,o | Q: If the wizard could make one wish come true? A: He signed "home" and "{kin:Mummy}" and pointed at the front door.
o | [P:Layla] did her own scaling.
cv,wf,ww | Q: Out of 10, how settled do you feel at {kin:Aunty} [P:Lou]'s? A: "{scale:7}. It's good but I share with [P:Ellis] and he snores."
cv,wf,w | Q: What would make it a {scale:10}? A: She wrote on a post-it, "if mam wasnt in there and if I didnt have to be the one who tells [P:Archie] stuff".
w | [P:Bill]'s history: a caution for drink-driving in {date:2009}, which he told me about himself before the checks came back, and he says he has not drunk since {date:2015}.
ww | [P:Louise] and [P:Bill] have been together {dur:eighteen years}, both work, [P:Louise] at the hospital and [P:Bill] on the {place:Metro}, and they have one son, [P:Ellis] ({age:13}).
cv,wf,ww | [P:Ellis] told me the cousins are "alright, apart from the bathroom queue".
w | Money is tight: [P:Louise] showed me the electric {word:bill}, {money:£312} for the quarter, and they have had no allowance yet.
ww | [P:Archie] has settled at [S:Harton Moor Primary] with {role:SALT} in school, and [P:Layla] goes to [O:Trow Point Dance Academy] on Tuesdays, which [P:Bill] pays for.
ns | I will ask finance to backdate the allowance, and have requested the full police check on [P:Bill], with [P:Louise]'s date of birth, [DOB:04/10/1981], for hers.
cv,wf,ns | [P:Layla] asked to see her {kin:mam}, so I will ask the prison about a family visit; [P:Louise]'s mobile is [PH:07700 900846].
"""),
    dict(
        id="AK03",
        context={"child": {"name": "Unborn baby of Chantelle Hewitt", "dob": ""},
                 "people": [{"name": "Chantelle Hewitt", "role": "mother (expectant), care leaver"},
                            {"name": "Guy Thornton", "role": "father (expectant)"},
                            {"name": "Mia Thornton", "role": "father's daughter (half-sister)"},
                            {"name": "Jade Pringle", "role": "Mia's mother"},
                            {"name": "Ruth Gill", "role": "leaving care personal adviser"},
                            {"name": "Angela Reay", "role": "community midwife"}],
                 "address": "Flat 14, Tyneview Court, Gateshead NE8 1RB",
                 "school": "", "worker": AK_WORKER},
        meta={"service": "Pre-birth assessment (Gateshead)", "child_age_years": 0, "author": "AK",
              "features": ["quoted_child_voice", "q_and_a", "pre_birth", "parents_histories", "care_leaver",
                           "domestic_abuse_history", "parent_low_mood", "sibling_voice", "drawing", "subtle_worry",
                           "word_name", "childrens_home", "gp_surgery", "dob_in_text", "nhs_number", "ni_number",
                           "phone_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Pre-birth assessment, session 2, at [A:Flat 14, Tyneview Court], Gateshead, [PC:NE8 1RB], with [P:Chantelle Hewitt] ({age:19}) and [P:Guy Thornton] ({age:24}), {date:Friday 13th November}, {time:10am}.
o | Baby due {date:14th February 2027}; [P:Chantelle]'s date of birth [DOB:28.03.2007], NHS number [NHS:999 150 0286], booked with the community midwife, [P:Angela Reay], at [O:Saltwell View Surgery].
o | Histories taken as Q and A, their answers written as they said them.
w | Q ([P:Chantelle]): What do you remember about being little? A: "Hiding under the stairs when {kin:Mam}'s boyfriends kicked off. Then foster care from {age:11}."
ww | Q: Who was good to you growing up? A: "[P:Bev] and [P:Kash] at [O:Lindisfarne House]. I still text [P:Bev] on my birthday."
w | Q: How do you look after your mood? A: "I was on sertraline. I stopped when I found out I was pregnant."
w | She has not told the midwife.
o | Q: How did you two meet? A: "At a mate's party. He was the only {word:guy} who texted to check I got home."
w | Q ([P:Guy]): What happened with [P:Mia]'s mum? A: "We were young, we both threw stuff, the police came out twice."
ww | He completed the {term:Caring Dads} programme in {date:2023}, and has [P:Mia] ({age:8}) every other Saturday with no concerns raised by her mum, [P:Jade Pringle].
cv,wf,ww | [P:Mia] arrived for the last half hour, drew the baby in a pram with herself holding the handle, and said, "I'm the big sister, I'm going to teach it to say [P:Mia] first."
w | Q: Who will you ring at {time:3am} when the baby won't settle? A: "My {role:PA}? Or [P:Guy]'s {kin:mam}."
w | I noticed [P:Guy] answered for [P:Chantelle] twice, and she looked at him before she answered about the police.
ww | The flat is clean and warm, the cot is already up, and [P:Guy] has a steady job driving a forklift.
ns | With consent I will ask the midwife about the sertraline and refer to the {natl:Family Nurse Partnership}; [P:Chantelle]'s {role:PA}, [P:Ruth Gill], will join session 3.
ns | [P:Guy]'s NI number is [NI:QQ 81 55 20 C] and his mobile [PH:07700 900389], and I will ask for the police logs from [P:Jade]'s old address.
"""),
    dict(
        id="AK04",
        context={"child": {"name": "Sunita Kaur", "dob": "2017-08-05"},
                 "people": [{"name": "Surinder Kaur", "role": "paternal grandmother, special guardian"},
                            {"name": "Mohinder Singh", "role": "paternal grandfather, special guardian"},
                            {"name": "Jaswinder (Jas) Singh", "role": "father"},
                            {"name": "Gemma Rutter", "role": "mother (expectant)"}],
                 "address": "12 Hedworth Close, Jarrow NE32 4LS",
                 "school": "Monkton Fell Primary School", "worker": AK_WORKER},
        meta={"service": "Pre-birth assessment and connected persons viability (South Tyneside)",
              "child_age_years": 9, "author": "AK",
              "features": ["q_and_a", "pre_birth", "parents_histories", "special_guardianship", "child_scaling",
                           "scaling", "quoted_child_voice", "relayed_voice", "kinship_word_non_english",
                           "parental_substance_misuse", "subtle_worry", "word_name", "nickname", "local_club",
                           "gp_surgery", "dob_in_text", "nhs_number", "email_in_text", "postcode"]},
        body="""
o | Pre-birth assessment for [P:Gemma Rutter] and [P:Jas Singh]'s unborn baby, due {date:late March}, with a {term:connected persons} viability of [P:Jas]'s parents, at their house, [A:12 Hedworth Close], Jarrow, [PC:NE32 4LS], {date:Monday 16th November}.
o | [P:Sunita] ("[P:Sunny]", {age:9}, born [DOB:5th August 2017]) has lived here with her {kin:Dadi} and {kin:Dada} under a {term:special guardianship order} since she was {age:2}.
w | [P:Jas]'s history: heroin use from {age:19} to {age:25}, two short sentences for theft, and a methadone script for {dur:four years}; he says he used "once, at my mate's funeral" in {date:2024}.
w | [P:Gemma]'s history: [P:Sunny] was removed in {date:2019} when both parents were using, and she then spent {dur:three years} with a violent ex-partner before she went into a refuge.
ww | Both have had clear hair strand tests since {date:June}, and [P:Jas] has not missed a {term:family time} session with [P:Sunny] in {dur:two years}.
o | Direct work with [P:Sunny] in her bedroom, Q and A, her answers written as she said them.
cv,wf,ww | Q: What's a good day? A: "When it's {word:sunny} and {kin:Dadi} lets me help with the rotis and {kin:Papa} takes me to the park."
cv,wf,w | Q: What's a bad day? A: "When {kin:Mum} says she's coming and then she doesn't."
cv,wf,o | Q: What do you think about the baby? A: "I want it to live with {kin:Mum} and {kin:Papa}, but if it can't it can have my room at {kin:Dadi}'s."
cv,wf,ww | Q: How safe do you feel here, from 0 to 10? A: "{scale:10}. {kin:Dada} checks the locks every night."
cv,wf,w | Q: And at {kin:Mum}'s flat? A: "{scale:6}, because sometimes {kin:Mum} cries and I don't know what to do."
cv,wf,w | {kin:Dadi} told me that in the car after family time last week [P:Sunny] asked her, "If the baby is good, will they keep it and not me?"
ww,w | {kin:Dadi}, [P:Surinder Kaur], said they would care for the baby "if God asks us", but [P:Mohinder] is {age:70} and waiting for a knee operation.
ww | [S:Monkton Fell Primary] say [P:Sunny] is "thriving", and she plays netball for [O:Springwell Swifts] on Wednesdays.
ns | I will ask [O:Bede Burn Surgery] for [P:Mohinder]'s medical report, and send [P:Sunny]'s NHS number, [NHS:999 485 1675], with the paediatric request.
ns | [P:Jas] asked for the written plan by email, [E:jas.singh.jarrow@example.co.uk]; next visit with [P:Gemma] and [P:Jas] at their flat on {date:Wednesday 9th December}.
"""),
]

NOTES = AI_NOTES + AJ_NOTES + AK_NOTES
