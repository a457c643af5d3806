"""fresh58's 12 marked-up notes (see make_fresh58.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 01632 960xxx, one written +44 7700 900xxx), NHS numbers in the 999 range with a valid modulus-11 check
digit (written with spaces, without, and with dashes, and spoken), NI numbers with the QQ prefix, names, nicknames,
addresses, postcodes, schools, nurseries, clubs, surgeries, family hubs, short-breaks houses and groups made up;
towns and areas are real and not annotated, as are public places (hospitals, stations, shopping centres, parks).
Authors: BA (a child protection and child in need social worker in Crewe, Macclesfield, Northwich and Winsford
writing terse bullet-like records: abbreviations (SW, M, MGM, DSL, approx, w/c, tel), "Present:" lines, Signs of
Safety headings in capitals standing alone as sentences ("WORRIES.", "WORKING WELL.", "SCALING.", "NEXT STEPS."),
numbered actions each a sentence, children's words in double quotes), BB (a social worker in Banbury, Bicester,
Aylesbury and Witney writing long flowing past-tense narrative with no headings, children's words reported at length,
in quotation marks and in indirect speech, relayed through an Arabic interpreter, a 12-year-old sister, foster
carers, a football coach; a non-verbal autistic 5-year-old using Makaton and symbols), BC (a child in need and child
protection worker in Chorley, Clitheroe, Haslingden and Rawtenstall whose dictations come back from the recogniser
all in lower case, names included, with no punctuation at all, fillers ("erm", "right", "so yeah"), headings spoken
and folded in ("worries then", "whats going well", "plan"), Lancashire words (our kid, nowt, mither, brew, mardy),
and addresses, postcodes, dates of birth, phones, NHS numbers and an email spoken)."""

BA_WORKER = "Kirsty Oultram"
BB_WORKER = "Helen Prewett"
BC_WORKER = "Shaun Whittam"

BA_NOTES = [
    dict(
        id="BA01",
        context={"child": {"name": "Summer Bebbington", "dob": "2018-07-09"},
                 "people": [{"name": "Chantelle Bebbington", "role": "mother"},
                            {"name": "Kai Bebbington", "role": "brother"},
                            {"name": "Mark Tulley", "role": "mother's partner"},
                            {"name": "Jean Bebbington", "role": "maternal grandmother"}],
                 "address": "14 Brindlestone Walk, Crewe CW2 6QX",
                 "school": "Marshfield Primary School", "worker": BA_WORKER},
        meta={"service": "Child Protection (domestic abuse)", "child_age_years": 8, "author": "BA",
              "features": ["spoken_headings", "sos_headings", "terse", "abbreviations", "quoted_child_voice",
                           "subtle_worry", "word_name", "domestic_abuse", "physical_injury", "child_scaling",
                           "scaling", "nhs_number", "dob_in_text", "gp_surgery", "phone_in_text", "postcode",
                           "public_place", "numbered_plan"]},
        body="""
o | {term:CP} visit, SW [P:Kirsty Oultram], {date:Mon 16/11/26}, {time:15:40} to {time:16:50}.
o | Address: [A:14 Brindlestone Walk], Crewe [PC:CW2 6QX].
o | Present: {kin:M} [P:Chantelle Bebbington], [P:Summer] ({age:8}), [P:Kai] ({age:4}).
o | [P:Summer] DOB [DOB:09.07.2018], NHS [NHS:999 933 3036], GP [O:Valley Brook Surgery].
o | WORRIES.
w | M's partner [P:Mark Tulley] moved in {date:w/c 2 Nov}, M did not tell SW or school.
cv,wf,w | [P:Summer] seen alone in her bedroom, said "I don't like it when [P:Mark] does shouting at mummy" and "I go under my duvet with [P:Kai] and we do whispering".
cv,w | Yellow {word:mark} approx 3cm on [P:Summer]'s left forearm, she said she "bumped it on the big slide" at {place:Queens Park}, M gave the same account.
cv,w | [P:Summer] asked SW twice what time [P:Mark] finishes work and whether he is "coming back for tea".
w | [P:Kai] jumped when the back door banged and went straight to M's legs, did not speak to SW.
w | M tearful re money, said [P:Mark] "sorts the bank card now" and she has to ask him for cash.
o | WORKING WELL.
ww | Home warm and tidy, food in the cupboards, both children clean and dressed for the weather.
ww | Attendance at [S:Marshfield Primary] 97% this term, no lates.
cv,wf,ww | [P:Summer] said "mummy does my hair in plaits every morning and it's the best" and showed SW her plaits.
ww | {kin:MGM} [P:Jean] collects both children from school Tue and Thu and M says she can go to hers "any time".
ww | M spoke openly about [P:Mark] once he was mentioned and did not minimise the shouting.
o | SCALING.
w,ww | M 8, SW {scale:4}.
cv,wf,w | [P:Summer] put herself at {scale:6} "cos sometimes it's shouty at night" and said she would like it "quiet like at {kin:nana}'s".
o | NEXT STEPS.
ns | 1) SW to request police checks on [P:Mark Tulley] today.
ns | 2) M to start the Freedom Programme at [O:Oakhanger Family Hub] on {date:Thu 26/11}.
ns | 3) SW to discuss the forearm {word:mark} with TM in the morning re strategy threshold.
cv,wf,ns | 4) [P:Summer] wants to keep seeing SW at school "not at home", agreed.
ns | Next visit {date:Mon 23/11}, unannounced.
o | M tel [PH:+44 7700 900581].
"""),
    dict(
        id="BA02",
        context={"child": {"name": "Hope Mottershead", "dob": "2012-03-03"},
                 "people": [{"name": "Lisa Mottershead", "role": "mother"},
                            {"name": "Gemma Pownall", "role": "designated safeguarding lead"},
                            {"name": "Connor Mottershead", "role": "brother"}],
                 "address": "3 Ridgegate Close, Macclesfield SK11 8LT",
                 "school": "Brocklehurst High School", "worker": BA_WORKER},
        meta={"service": "Child in Need (exploitation risk)", "child_age_years": 14, "author": "BA",
              "features": ["spoken_headings", "sos_headings", "terse", "abbreviations", "relayed_voice",
                           "quoted_child_voice", "subtle_worry", "word_name", "nickname", "names_not_in_context",
                           "missing", "cse", "local_club", "email_in_text", "phone_in_text", "postcode",
                           "public_place", "dob_in_text", "numbered_plan"]},
        body="""
o | {term:CIN} visit and school meeting, SW [P:Kirsty Oultram], {date:Wed 18/11/26}.
o | Seen: [P:Hope Mottershead] ({age:14}, DOB [DOB:3rd March 2012]) at [S:Brocklehurst High], then {kin:M} [P:Lisa] at home, [A:3 Ridgegate Close], [PC:SK11 8LT].
o | WORRIES.
w | [P:Hope] reported missing {date:Sat 14/11}, found by police at {place:Macclesfield station} at {time:01:20}.
cv,w | {role:DSL} Mrs [P:Pownall] said [P:Hope] told her on {date:Monday} that she had been "at a mate's flat in Stockport" and that an older lad called [P:Dezzy] gave her a lift back.
w | [P:Hope] has new trainers and a second phone, M did not buy either.
cv,w | [P:Hope] told SW [P:Dezzy] is "just a friend, he's nineteen, he's sound", and would not give his surname.
w | She has stopped going to [O:Weston Vale Netball Club] since {date:half term}, coach told M she "just stopped turning up".
w | M said she has no idea who [P:Hope] talks to at night, "she's in her room with the door locked".
o | WORKING WELL.
cv,wf,ww | [P:Hope] said she still feels safe with Mrs [P:Pownall] and "she's the only teacher who doesn't shout".
ww | M reported the missing episode straight away and went out looking with [P:Hope]'s brother [P:Connor].
cv,wf,ww | [P:Hope] said she "really misses netball" and would go back "if the new coach isn't weird".
ww | Attendance still 94%, she has not missed a lesson since the missing episode.
o | SCALING.
cv,wf,w | [P:Hope] gave herself {scale:9}, said "I'm fine, everyone's overreacting", then said she gets "a bit scared" when the lads at the {place:Grosvenor Centre} ask for her number.
w,ww | M {scale:3}, SW {scale:3}.
o | NEXT STEPS.
ns | 1) Referral to the exploitation team today, SW to complete the screening tool.
ns | 2) SW to share the name [P:Dezzy] and the car details with police.
ns | 3) M to keep a log of times out and who collects her.
cv,wf,ns | 4) [P:Hope] agreed to see SW weekly at school "as long as it's not in front of my mates".
ns | 5) SW to speak to the netball club about a restart in {date:January}.
ns | 6) Return home interview within {dur:72 hours} of any further missing episode, and I {word:hope} to have the screening back by {date:Friday}.
o | {role:DSL} email [E:g.pownall@brocklehurst-high.sch.uk], school tel [PH:01632 960 774].
"""),
    dict(
        id="BA03",
        context={"child": {"name": "William Dutton", "dob": "2020-05-21"},
                 "people": [{"name": "Stacey Dutton", "role": "mother"},
                            {"name": "Ava Dutton", "role": "sister"},
                            {"name": "Roy Dutton", "role": "maternal grandfather"},
                            {"name": "Nadia Kenyon", "role": "health visitor"}],
                 "address": "22 Saltersford Row, Winnington, Northwich CW8 4DP",
                 "school": "Anderton Lock Primary School", "worker": BA_WORKER},
        meta={"service": "Child Protection (neglect)", "child_age_years": 6, "author": "BA",
              "features": ["spoken_headings", "sos_headings", "terse", "abbreviations", "neglect",
                           "home_conditions", "parental_mental_health", "quoted_child_voice", "pre_verbal",
                           "word_name", "nickname", "nhs_number", "dob_in_text", "nursery", "phone_in_text",
                           "postcode", "emergency_number", "public_place", "numbered_plan"]},
        body="""
o | {term:CP} visit, SW [P:Kirsty Oultram], {date:Tue 24/11/26}, {time:09:30}, announced.
o | Present: {kin:M} [P:Stacey Dutton], [P:Bill] ([P:William], {age:6}), [P:Ava] ({age:9 months}), {kin:MGF} [P:Roy Dutton] arrived {time:10:05}.
o | [P:Ava] DOB [DOB:4th Feb 2026], NHS [NHS:9997654471].
o | WORRIES.
w | Kitchen: sink full, smell of bins, dog mess in the yard, no milk in the fridge for [P:Ava]'s cereal.
w | [P:Ava] in the same nappy since the night before per M, nappy rash, cot with no sheet.
w | M in bed when SW knocked, [P:Bill] opened the door in his pyjamas, he was not at school.
cv,w | [P:Bill] said "mummy's poorly in her head again so I do [P:Ava]'s bottle".
cv,wf,w | He said he was "hungry in my tummy" and had "crisps for breakfast".
w | M said she stopped her sertraline "a few weeks ago" and has not been to the GP.
w | Red letter on the table, the electric {word:bill} is three months behind, meter on emergency credit.
o | WORKING WELL.
ww | [P:Ava] smiley, babbling, reaching for M, and the {role:HV} [P:Nadia Kenyon] says her weight is on her line.
ww | M held [P:Ava] close and fed her once the milk came, talking to her the whole time.
cv,wf,ww | [P:Bill] said "grandad's the best, he does football with me at {place:Verdin Park}" and ran to the door when he heard the car.
ww | {kin:Grandad} [P:Roy] has offered to stay {dur:three nights a week} and do the school run.
ww | M agreed the house "isn't right" and asked for help herself.
o | SCALING.
w,ww | M {scale:5}, SW {scale:2}, {kin:grandad} {scale:4}.
o | NEXT STEPS.
ns | 1) SW to arrange an urgent GP appointment for M today at [O:Weaver Vale Medical Centre].
ns | 2) Section 17 money for food and electric today, SW to take a food parcel from the hub this afternoon.
ns | 3) [P:Bill] back to [S:Anderton Lock Primary] tomorrow, {kin:grandad} to take him.
ns | 4) [P:Ava] to restart at [S:Winnington Bumblebees Nursery] {dur:three mornings a week}.
cv,wf,ns | 5) [P:Bill] asked if grandad can sleep over "every single night", agreed for this week.
ns | 6) M told to ring {emerg:999} or go to {place:A&E} if she feels unsafe with herself.
o | M mob [PH:07700 900 263].
"""),
    dict(
        id="BA04",
        context={"child": {"name": "Rhys Tomkinson", "dob": "2010-09-22"},
                 "people": [{"name": "Nicola Tomkinson", "role": "mother"},
                            {"name": "Gary Bamford", "role": "mother's partner"},
                            {"name": "Dean Alcock", "role": "football coach"}],
                 "address": "no fixed address (previously 9 Dalefords Lane, Winsford CW7 2HG)",
                 "school": "Mid Cheshire College", "worker": BA_WORKER},
        meta={"service": "Child in Need (16-17 homeless)", "child_age_years": 16, "author": "BA",
              "features": ["spoken_headings", "sos_headings", "terse", "abbreviations", "homeless_16_17",
                           "quoted_child_voice", "negative_wish", "subtle_worry", "college", "local_club",
                           "ni_number", "email_in_text", "dob_in_text", "phone_in_text", "postcode",
                           "names_not_in_context", "numbered_plan"]},
        body="""
o | Homeless 16-17 assessment, SW [P:Kirsty Oultram], {date:Mon 30/11/26}, at the council offices.
o | YP: [P:Rhys Tomkinson], DOB [DOB:22-09-2010], {age:16}, NI [NI:QQ 48 21 73 B].
o | Last address: {kin:M}'s, [A:9 Dalefords Lane], Winsford [PC:CW7 2HG].
o | WORRIES.
cv,wf,w | [P:Rhys] said M's partner [P:Gary Bamford] told him to "get out and don't come back" on {date:Thu 26/11} and he has slept on a mate's sofa since.
cv,w | He said [P:Gary] "grabbed me by my hoodie and pushed me into the door", no marks seen.
cv,wf,w | [P:Rhys] said "I'm not going back there, not while he's there, I'll sleep in the park first".
w | He has {money:£4} left, no bank card, phone on 3% and says he has not eaten {date:since yesterday}.
w | M not answering SW's calls, texted "he's 16 he can sort himself out".
w | Mate's mum says he can only stay till {date:Friday}.
o | WORKING WELL.
ww | [P:Rhys] still going to [S:Mid Cheshire College] (Level 2 plumbing), tutor says he's "one of the keenest".
cv,wf,ww | He plays for [O:Over Wanderers FC] under-18s and said football is "the only thing keeping me sane".
ww | Coach [P:Dean Alcock] has offered him lifts to training and a meal on {date:Wednesdays}.
cv,wf,ww | [P:Rhys] said he'd like to live with his {kin:nan} in Middlewich "if she'll have me", she is 74 and on oxygen.
ww | He came to the council himself and was polite and open throughout.
o | SCALING.
cv,wf,w | [P:Rhys] {scale:3} "cos I've got nowhere to go tonight".
w | SW {scale:2}.
o | NEXT STEPS.
ns | 1) Emergency placement tonight, SW to ring the duty team at {time:14:00}.
ns | 2) SW to visit {kin:nan} {date:Wed 2/12} re kinship option.
ns | 3) SW to see M and [P:Gary] at home this week, police to be told about the push.
cv,wf,ns | 4) [P:Rhys] asked SW to email him not ring, "my phone's always dead", agreed.
ns | 5) Food voucher and phone charger given today.
o | YP email [E:rhys.tomko10@gmail.com], mob [PH:07700900418].
"""),
]

BB_NOTES = [
    dict(
        id="BB01",
        context={"child": {"name": "Rasha Al-Sabbagh", "dob": "2016-06-11"},
                 "people": [{"name": "Amal Al-Sabbagh", "role": "mother"},
                            {"name": "Omar Al-Sabbagh", "role": "brother"},
                            {"name": "Youssef Nassar", "role": "interpreter (Arabic)"},
                            {"name": "Fiona Stonebridge", "role": "class teacher"}],
                 "address": "Flat 6, 41 Farthingale Road, Banbury OX16 1RW",
                 "school": "Grimsbury Fields Primary School", "worker": BB_WORKER},
        meta={"service": "Child in Need (refugee family)", "child_age_years": 10, "author": "BB",
              "features": ["narrative", "first_person", "interpreter", "relayed_voice", "sibling_voice",
                           "reported_child_voice", "quoted_child_voice", "indirect_speech", "subtle_worry",
                           "non_english_kin_word", "bullying", "gp_surgery", "nhs_number", "flat_address",
                           "postcode", "phone_in_text", "public_place", "names_not_in_context"]},
        body="""
o | I visited [P:Rasha] and her brother [P:Omar] at home at [A:Flat 6, 41 Farthingale Road], Banbury, [PC:OX16 1RW], on the afternoon of {date:Thursday 19 November}, with [P:Youssef Nassar] interpreting in Arabic for their mother [P:Amal], who welcomed us with tea and dates.
w | The flat was clean and carefully kept but the heating had been off {dur:for most of the week}, and [P:Amal] explained through Mr [P:Nassar] that she was frightened of the meter and did not understand the letters from the energy company.
cv,wf,w | [P:Rasha], who is {age:ten}, answered me in English at first and told me that school was "fine, good, normal", but when Mr [P:Nassar] asked her the same question in Arabic she talked for a long time, and he told me she had said that some girls in her class call her "the bomb girl" and that she eats her lunch in the toilets so that they cannot see her.
cv,w | Her brother [P:Omar], who is {age:seven}, had been translating for his mother before we arrived, and when I asked him what [P:Rasha] had said he told me "she said the girls are a bit mean", which was much softer than Mr [P:Nassar]'s account.
w | I noticed that [P:Amal] looked at [P:Omar] each time before she answered, and I am not sure how much of what passes between school and home reaches her in words she understands.
cv,wf,w | [P:Rasha] said quietly that she did not want her {kin:mama} to know about the toilets because "she cries already about {kin:baba}", their father, who is still in Lebanon.
cv,wf,ww | When I asked what helps, she told me her teacher Miss [P:Stonebridge] lets her help in the library at lunchtime on {date:Tuesdays} and that those are "the good days", and she smiled properly for the first time when she talked about it.
cv,wf,ww | [P:Omar] showed me his football cards and said he wanted to go to the after-school club "with my friend [P:Kasim]" but that it costs money, and he told me he liked Banbury "because there is snow maybe".
ww | [P:Amal] told me through Mr [P:Nassar] that she walks both children to school every day, that they are registered at [O:Cherwell Bank Surgery], and that she attends English classes {dur:twice a week}, and the children were clean, well fed and clearly close to her.
o | For the record [P:Omar]'s NHS number is [NHS:999 964 9106], as his asthma inhaler prescription has lapsed and the surgery asked me to pass it on.
w | The danger, as I see it, is that [P:Rasha] is carrying the bullying alone and that [P:Omar], at seven, has become the family's voice with school and the energy company.
ns | I will speak to Miss [P:Stonebridge] and the head at [S:Grimsbury Fields] {date:tomorrow} about the name-calling and the toilets, and I asked that any letters home go through an interpreter rather than through [P:Omar].
cv,wf,ns | [P:Rasha] agreed that I could tell her teacher, as long as "the girls don't know it was me".
ns | I will ring the energy company with [P:Amal]'s permission, apply for the hardship fund {date:this week}, and book Mr [P:Nassar] again for {date:Thursday 3 December}.
ns | I will also give [P:Amal] the number for the refugee support worker at the {place:Horton Hospital} clinic, and my own number, [PH:01632 960 518], written in Arabic numerals by Mr [P:Nassar].
"""),
    dict(
        id="BB02",
        context={"child": {"name": "Theo Sherratt", "dob": "2021-01-15"},
                 "people": [{"name": "Rose Sherratt", "role": "mother"},
                            {"name": "Millie Sherratt", "role": "sister"},
                            {"name": "Lee Sherratt", "role": "father"},
                            {"name": "Janine Vicary", "role": "teacher"}],
                 "address": "7 Poundfield Mews, Bicester OX26 3NB",
                 "school": "Langford Brook School", "worker": BB_WORKER},
        meta={"service": "Child in Need (disability)", "child_age_years": 5, "author": "BB",
              "features": ["narrative", "first_person", "non_verbal", "non_verbal_answer", "makaton", "autism",
                           "disability", "special_school", "short_breaks", "relayed_voice", "sibling_voice",
                           "parentified", "subtle_worry", "contact", "word_name", "dob_in_text", "postcode",
                           "public_place", "email_in_text", "names_not_in_context"]},
        body="""
o | I visited [P:Theo], who is {age:five}, at home at [A:7 Poundfield Mews], Bicester, [PC:OX26 3NB], on {date:Friday 20 November}, with his mother [P:Rose Sherratt] and his sister [P:Millie], who is {age:twelve} and had come home early from school to be there.
o | [P:Theo] is autistic and does not use spoken words, and at [S:Langford Brook] he uses Makaton signs and a symbol book, which his mother had left open on the kitchen table for me.
cv,wf,o | When I came in he took my hand, led me to the window and signed "more" again and again while tapping the glass, and [P:Rose] explained that he loves watching the bin lorry and that this is how he asks for the window to be opened.
cv,wf,w | When I pointed to the symbol for "daddy's house" in his book he pushed the page away, put his hands over his ears and went under the table, and he would not come out until [P:Millie] sang to him.
cv,w | [P:Millie] told me later, when we sat on the step by the {word:rose} bush in the front garden, that [P:Theo] "screams the whole way there in the car" on contact weekends and that at her dad's he is put in his room "because dad can't cope with the noise", sometimes for the whole afternoon.
cv,wf,w | She said she ends up staying in with him "so he's not on his own", and that she does not mind really but she "never gets to go to the cinema with the others", and then she asked me not to tell her dad she had said so.
w | [P:Rose] said [P:Lee] will not use the signs and calls the symbol book "baby stuff", and she thinks [P:Theo] has come home twice with the same nappy on that he left in.
w | I noticed [P:Rose] herself looked exhausted, and she told me she had slept about four hours a night {dur:for a month}.
ww | School have told her, and his teacher Mrs [P:Vicary] confirmed to me by email, that [P:Theo] is settled, eats his lunch and has learned six new signs {date:this term}.
cv,wf,ww | At the end of my visit [P:Theo] brought me the symbol for "park" and then the one for "Mummy" and put them in my hand, and [P:Rose] laughed and said that means he wants us all to go to the play area at {place:Garth Park}, which is their Saturday treat.
ww | [P:Rose] gets a short break on {date:alternate Tuesdays} when [P:Theo] goes to [O:Tusmore House], and she told me he runs to the door when the minibus comes.
o | For the record [P:Theo]'s date of birth is [DOB:15/01/2021].
ns | I will ask [P:Lee] to meet me with the school's speech and language therapist so he can learn the main signs, and I will ask school to send the symbol book with [P:Theo] on contact weekends.
ns | I will refer [P:Millie] to the young carers service, with her agreement, and ask [O:Tusmore House] about an extra overnight.
cv,wf,ns | [P:Millie] said she would like that "if it's not just sitting in a circle talking about feelings".
o | Mrs [P:Vicary]'s email is [E:jvicary@langfordbrook.oxon.sch.uk].
"""),
    dict(
        id="BB03",
        context={"child": {"name": "Holly Pettigrew", "dob": "2017-10-02"},
                 "people": [{"name": "Carol Spenceley", "role": "foster carer"},
                            {"name": "Martin Spenceley", "role": "foster carer"},
                            {"name": "Kerry Pettigrew", "role": "mother"},
                            {"name": "Lola Pettigrew", "role": "sister"}],
                 "address": "foster placement, 18 Quilter Rise, Aylesbury HP21 9JT",
                 "school": "Hengrove Reach Primary School", "worker": BB_WORKER},
        meta={"service": "Looked After Children", "child_age_years": 9, "author": "BB",
              "features": ["narrative", "first_person", "foster_care", "family_time", "relayed_voice",
                           "reported_child_voice", "quoted_child_voice", "indirect_speech", "feedback_sought",
                           "participation", "word_name", "local_club", "dob_in_text", "phone_in_text",
                           "postcode", "public_place", "pet_name", "subtle_worry"]},
        body="""
o | I saw [P:Holly] at her foster home with [P:Carol] and [P:Martin Spenceley] at [A:18 Quilter Rise], Aylesbury, [PC:HP21 9JT], after school on {date:Wednesday 25 November}, ahead of her {term:looked after review} on {date:the 9th of December}.
cv,wf,ww | [P:Holly] met me at the door with the cat, {pet:Pickle}, in her arms and told me straight away that she had got her ten-metre badge at [O:Kingsbrook Marlins] on {date:Saturday} and that [P:Martin] had cried, "proper tears, not pretend".
cv,wf,ww | She showed me her room, which she has decorated with paper snowflakes and a sprig of {word:holly} from the garden, and told me that this was "the first bedroom that's just mine and nobody can come in".
cv,wf,w | When we talked about family time she went quiet and played with the cat's ears for a while, and then said she did not like it when her mum [P:Kerry] whispers "you'll be home soon" at the end, because "it makes my tummy go funny and then I can't sleep".
cv,w | [P:Carol] told me that after the last family time at the contact centre [P:Holly] wet the bed two nights running and asked at breakfast whether her mum was "allowed to take me from school".
w | [P:Carol] also said [P:Holly] has been hiding bread rolls in her school bag again, which she had stopped doing over the summer.
cv,wf,o | [P:Holly] said she misses her little sister [P:Lola] "the most in the whole world" and wants to see her more than once a month, and she asked whether [P:Lola] could come swimming with her one day.
cv,wf,o | She told me that she wants to go to her review but does not want to "sit at the big table", and she would like to show everyone her swimming badge and then go and play in the garden while the grown-ups talk.
cv,wf,ns | She asked me to tell the {term:IRO} that she wants to stay with [P:Carol] and [P:Martin] "until I'm grown up", and she wrote that on her review form herself in purple pen.
ww | Her teacher at [S:Hengrove Reach] reports that she is reading at the expected level for the first time and has made a friend, [P:Esme], who she now sits with at lunch.
ww | [P:Carol] and [P:Martin] are warm, patient and clearly attuned to her, and they have kept a diary of every night after family time to help us understand what she finds hard.
cv,wf,o | Before I left I asked [P:Holly] what I could do better, and she said I should "come on a Wednesday again because that's pancake day here" and that I talk "a bit too fast".
ns | I will share [P:Holly]'s wishes with the {term:IRO} before the review and ask for family time with [P:Lola] to be separate and more often.
ns | I will speak to [P:Kerry] about what she says to [P:Holly] at the end of family time, and agree a goodbye script with her.
o | For the file [P:Holly]'s date of birth is the [DOB:2nd of October 2017] and [P:Carol]'s mobile is [PH:07700 900 795].
"""),
    dict(
        id="BB04",
        context={"child": {"name": "Reuben Hollinshead", "dob": "2013-04-27"},
                 "people": [{"name": "Andy Hollinshead", "role": "father"},
                            {"name": "Tasha Brinklow", "role": "father's partner"},
                            {"name": "Beatrice Hollinshead", "role": "half-sister"},
                            {"name": "Steve Harwood", "role": "football coach"}],
                 "address": "26 Corndell Meadow, Witney OX28 5EA",
                 "school": "Windrush Bridge Academy", "worker": BB_WORKER},
        meta={"service": "Child in Need (parental substance misuse)", "child_age_years": 13, "author": "BB",
              "features": ["narrative", "first_person", "relayed_voice", "reported_child_voice", "indirect_speech",
                           "subtle_worry", "substance_misuse", "nickname", "toddler_voice", "local_club",
                           "gp_surgery", "nhs_number", "email_in_text", "phone_in_text", "postcode",
                           "names_not_in_context"]},
        body="""
o | I visited [P:Reuben], who is {age:thirteen}, at his father's home at [A:26 Corndell Meadow], Witney, [PC:OX28 5EA], on the evening of {date:Tuesday 1 December}, after his football coach had rung me.
cv,w | The coach, [P:Steve Harwood], who runs the under-14s at [O:Witney Swifts], told me that [P:Reuben] had said in the car on the way back from an away match that he "can't be bothered going home because it stinks of weed and [P:Tasha]'s mates are always there".
cv,w | Mr [P:Harwood] said [P:Reuben] had also asked him, almost as a joke, whether he could "just live in the clubhouse".
w | When I arrived the house smelt strongly of cannabis, there were two men I did not know in the back room who left as I came in, and [P:Andy Hollinshead] told me they were "just [P:Tash]'s cousins".
cv,wf,w | [P:Reuben] talked to me in his bedroom with his headphones round his neck, and at first he said everything was "alright, I guess", but after a while he told me that he stays up late because people come and go, and that he is tired all the time at school.
cv,wf,w | He said he worries about his little sister, who is {age:three} and who he calls [P:Bean], because the men "leave stuff on the table", and he said he now puts her cup and her dummy up on the shelf before he goes to bed.
cv,w | [P:Bean] came in while we were talking, climbed on [P:Reuben]'s knee, pointed at the door and said "man shout", and would not say any more.
cv,wf,ww | [P:Reuben] told me he loves football more than anything and that his coach is "basically the only adult who turns up when he says he will".
ww | [P:Andy] was embarrassed and a little defensive but listened, agreed that the men would not come to the house while the children are there, and said he wants to "sort it before it gets to that".
ww | [P:Reuben] is registered at [O:Deer Park Medical Centre] and his attendance at [S:Windrush Bridge Academy] is still above ninety per cent, though his head of year says he is falling asleep in lessons.
w | I am worried that [P:Reuben] has quietly taken on the job of keeping [P:Bean] safe, and that his wish to live at the clubhouse is less of a joke than he made it sound.
ns | I will complete a Child and Family Assessment for both children and ask the drug and alcohol service to contact [P:Andy] and [P:Tasha] {date:this week}.
cv,wf,ns | [P:Reuben] agreed I could talk to school as long as his form tutor "doesn't make a big thing of it in registration".
ns | I will also check with the health visitor about [P:Bean]'s development and whether her checks are up to date, her NHS number being [NHS:999-024-4294] according to the red book.
o | [P:Andy]'s email is [E:andy.hollinshead78@outlook.com] and his mobile [PH:07700 900 640].
"""),
]

BC_NOTES = [
    dict(
        id="BC01",
        context={"child": {"name": "River Heskin", "dob": "2016-08-30"},
                 "people": [{"name": "Dawn Heskin", "role": "mother"},
                            {"name": "Tyler Heskin", "role": "brother"},
                            {"name": "Marie Roocroft", "role": "aunt"}],
                 "address": "5 Lostock Fold, Chorley PR7 4YA",
                 "school": "Yarrow Gate Primary School", "worker": BC_WORKER},
        meta={"service": "Child in Need (neglect)", "child_age_years": 10, "author": "BC",
              "features": ["no_punctuation", "lower_case", "fillers", "spoken_headings", "spoken_numbers",
                           "spoken_dob", "spoken_nhs", "spoken_address", "spoken_postcode", "spoken_phone",
                           "reported_child_voice", "word_name", "dialect", "neglect", "parentified",
                           "subtle_worry", "names_not_in_context", "public_place", "nhs_number", "dob_in_text"]},
        body="""
o | right this is [P:shaun whittam] {term:child in need} visit to [P:river heskin] at home [A:five lostock fold] chorley [PC:p r seven four y a] {date:tuesday the seventeenth of november} about {time:half four}
o | {kin:mum} [P:dawn] was in and our kid [P:tyler] who's {age:fifteen} came in about ten minutes after
o | for the record [P:river]'s date of birth is [DOB:thirtieth of august twenty sixteen] and his n h s number is [NHS:nine nine nine two two two three zero four nine]
o | erm worries then
w | house is cold no gas on the meter mum says since {date:sunday} and theres a pile of washing on the landing that smells damp
cv,wf,w | [P:river] told me hes been wearing his p e kit under his uniform to keep warm and he said the other kids say he smells and it makes him feel rubbish
cv,w | he said [P:tyler] does the tea most nights and it's usually noodles cos mum's asleep on the settee
w | mum [P:dawn] says she works nights at the warehouse and is up before {word:dawn} with the little one next door she minds for cash and shes just shattered
w | she got a bit mardy with me when i asked about the gas and said it's nowt to do with social services
cv,w | [P:tyler] said to me on the doorstep dont tell her i said but there's been no money since {kin:dad} left
o | whats going well
ww | both lads clearly love their mum and she gave [P:river] a big hug when he came in from school
cv,wf,ww | [P:river] said his favourite thing is going down by the {word:river} at {place:astley park} with his auntie [P:marie] on a saturday to feed the ducks and he gets a hot chocolate after
ww | school at [S:yarrow gate] say hes bright and polite and his reading has come on loads
ww | auntie [P:marie roocroft] lives two streets away and has said she'll have the boys for tea twice a week
o | so plan
ns | i'll do a food bank voucher and the fuel voucher today and get an emergency top up on the meter this afternoon
ns | erm i'll ask school if they can do [P:river] a spare uniform and let him use the washer there
ns | mum to book a g p appointment about her sleep and i'll ring her {date:friday} to check
cv,wf,ns | [P:river] asked if he could go to the breakfast club so yeah i said i'll sort that with school
ns | next visit {date:wednesday the second of december} after school
o | mums number is [PH:oh seven seven double oh nine double oh three three seven]
"""),
    dict(
        id="BC02",
        context={"child": {"name": "Kayden Sagar", "dob": "2014-01-19"},
                 "people": [{"name": "Kelly Sagar", "role": "mother"},
                            {"name": "Lily-Mae Sagar", "role": "sister"},
                            {"name": "Darren Lathom", "role": "father"},
                            {"name": "Pam Sagar", "role": "maternal grandmother"}],
                 "address": "12 Salthill Rise, Clitheroe BB7 1QF",
                 "school": "Ribblesdale Vale Primary School; Pendleside Academy", "worker": BC_WORKER},
        meta={"service": "Child Protection (domestic abuse)", "child_age_years": 12, "author": "BC",
              "features": ["no_punctuation", "lower_case", "fillers", "spoken_headings", "spoken_numbers",
                           "spoken_dob", "spoken_address", "spoken_postcode", "reported_child_voice", "sibling_voice",
                           "word_name", "nickname",
                           "domestic_abuse", "subtle_worry", "three_houses", "gp_surgery", "dialect",
                           "emergency_number", "postcode", "phone_in_text", "dob_in_text"]},
        body="""
o | [P:shaun whittam] {term:child protection} visit {date:monday the twenty third} [A:twelve salthill rise] clitheroe [PC:b b seven one q f] seen [P:kayden] who's {age:twelve} and [P:lily-mae] who's {age:six} with {kin:mum} [P:kelly sagar]
o | [P:lily-mae]'s date of birth [DOB:fifth of october twenty twenty] [P:kayden]'s [DOB:nineteenth of january twenty fourteen]
o | worries then
w | dad [P:darren lathom] who everyone calls [P:tank] was at the house on {date:friday} night even though theres the safety plan saying he doesnt come round
w | mum said he only came to drop money off but [P:kayden] had told school on {date:monday} morning that [P:tank] and mum had been shouting and a plate got smashed
cv,wf,w | i saw [P:kayden] on his own in his bedroom and he said he heard dad say he'd put mum through the wall and he was scared so he put his headphones on and turned it right up
cv,wf,w | he said he didnt want to see his dad this weekend and then he said erm actually he did but only at {kin:nan}'s not here
cv,wf,w | [P:lily-mae] did the {tool:three houses} with me at the kitchen table and in her worry house she drew a big black scribble and said that's daddy when he's angry and she was holding her rabbit really tight
w | there was a new fish {word:tank} in the front room that mum said dad bought the kids last week and she said hes trying
w | mum kept checking her phone all through the visit and said its nowt i dont need to worry about it
o | whats going well then
ww | mum rang {emerg:nine nine nine} herself in {date:october} and gave a statement so she has done it before
cv,wf,ww | [P:lily-mae] put mum and [P:kayden] and {kin:nana} [P:pam] in her house of good things and said nana makes the best chips in the world
ww | [P:kayden] goes to [S:pendleside academy] every day and school say hes doing really well in maths
ww | {kin:nana} [P:pam] has said the kids can stay at hers whenever and she lives in the next street
o | plan
ns | i'm going to ring mum's probation officer erm no sorry dad's probation officer {date:tomorrow} about friday
ns | mum's agreed to go to the g p at [O:shireburn surgery] about her nerves and to look at the phone messages with me {date:thursday}
cv,wf,ns | [P:kayden] said he'd like any time with dad to be at nana's on a saturday for an hour and i said i'll put that to the core group
ns | {term:core group} on {date:the seventh of december} at [S:ribblesdale vale primary]
o | mums mobile [PH:07700 900 146]
"""),
    dict(
        id="BC03",
        context={"child": {"name": "Ellie Ainscough", "dob": "2011-05-08"},
                 "people": [{"name": "Joanne Ainscough", "role": "mother"},
                            {"name": "Kyle Ainscough", "role": "stepfather"},
                            {"name": "Becky Dewhirst", "role": "school nurse"}],
                 "address": "31 Flaxmoss Terrace, Haslingden BB4 6RZ",
                 "school": "Helmshore Brook High School", "worker": BC_WORKER},
        meta={"service": "Child in Need (emotional wellbeing)", "child_age_years": 15, "author": "BC",
              "features": ["no_punctuation", "lower_case", "fillers", "spoken_headings", "spoken_numbers",
                           "spoken_email", "spoken_postcode", "relayed_voice", "reported_child_voice",
                           "self_harm", "subtle_worry", "online_risk", "local_club", "names_not_in_context",
                           "dob_in_text", "email_in_text", "postcode", "public_place"]},
        body="""
o | right it's [P:shaun] doing a visit to [P:ellie ainscough] at [A:thirty one flaxmoss terrace] haslingden [PC:b b four six r z] {date:thursday the twenty sixth of november} after school
o | her date of birth is the [DOB:eighth of may two thousand and eleven] so shes {age:fifteen}
o | so this was after the school nurse [P:becky dewhirst] rang me on {date:tuesday}
cv,w | [P:becky] said [P:ellie] came to her at dinner time and showed her cuts on the top of her arm and said she'd been doing it since the summer and nobody knew
cv,wf,w | she told [P:becky] she does it when her head gets too loud and it's the only thing that makes it go quiet
o | worries then
cv,wf,w | when i saw [P:ellie] she said she doesnt want to talk about the cuts again cos shes already told the nurse and she said she just feels empty most of the time
w | she had her sleeves pulled right down over her hands the whole time and she wouldnt look at me
cv,w | she said theres a lad online called [P:jayden] who she's never met who she talks to till like three in the morning and he says he's seventeen
cv,wf,w | she said he's the only one who gets her and she got really upset and said dont you dare tell mum about him
w | mum [P:joanne] said [P:ellie] has stopped eating tea with them and stays in her room and she thought it was just being fifteen
w | stepdad [P:kyle] works away and mum says [P:ellie] goes quiet when hes home but she doesnt know why
o | right whats going well
ww | mum was really upset but she was calm with [P:ellie] and hugged her and said she's not in trouble
cv,wf,ww | [P:ellie] said she loves her drama group at the [O:rossendale playhouse youth company] on a wednesday and that's where she feels most like herself
cv,wf,ww | she said her best mate [P:tia] knows and has been checking on her every night and she's glad she told the nurse really
ww | school at [S:helmshore brook] have given her a time out pass and a safe space in the library
o | plan
ns | referral to {natl:camhs} today and i'll ask for it to be looked at urgently
cv,wf,ns | [P:ellie] agreed to mum being told about the cuts but not about [P:jayden] yet so i'll see her again {date:monday} about that
ns | i'll talk to the police online safety officer about the lad and ask [P:ellie] if she'll show me the chats
ns | safety plan done with mum tonight sharps locked away and the {natl:childline} number on her phone
o | mums email for the letters is [E:jo dot ainscough at hotmail dot co dot uk]
"""),
    dict(
        id="BC04",
        context={"child": {"name": "Ivy Kenworthy", "dob": "2022-06-12"},
                 "people": [{"name": "Shannon Kenworthy", "role": "mother"},
                            {"name": "Noah Kenworthy", "role": "brother"},
                            {"name": "Jordan Cribbin", "role": "father"},
                            {"name": "Gail Hartigan", "role": "health visitor"}],
                 "address": "Flat 2, 8 Cloughfold Court, Rawtenstall BB4 7PJ",
                 "school": "Little Acre Kiln Nursery", "worker": BC_WORKER},
        meta={"service": "Child Protection (neglect, parental mental health)", "child_age_years": 4, "author": "BC",
              "features": ["no_punctuation", "lower_case", "fillers", "spoken_headings", "spoken_numbers",
                           "spoken_dob", "spoken_nhs", "spoken_address", "spoken_phone", "non_verbal",
                           "toddler_voice", "pre_verbal", "word_name", "subtle_worry", "parental_mental_health",
                           "nursery", "flat_address", "nhs_number", "dob_in_text", "phone_in_text", "public_place",
                           "names_not_in_context"]},
        body="""
o | this is [P:shaun whittam] {term:child protection} visit {date:wednesday the second of december} to [P:ivy] who's {age:four} and baby [P:noah] who's {age:three months} at [A:flat two eight cloughfold court] rawtenstall
o | [P:noah]'s date of birth is [DOB:twenty eighth of august twenty twenty six] and his n h s number [NHS:nine nine nine four one seven eight nine four six]
o | mum [P:shannon] and dad [P:jordan] both in
o | erm so worries
w | curtains shut at {time:eleven in the morning} the flat was really warm and there was a bong on the windowsill that dad moved when i came in
w | mum said shes not slept properly since [P:noah] came and she cries most days and she hasnt told the health visitor
w | [P:noah] was in his bouncer the whole visit and his bottle was propped on a cushion
w | theres a mate of dads called [P:spider] sleeping on the settee {date:since last week} and mum didnt know his real name
cv,wf,w | [P:ivy] doesnt say many words yet but when [P:spider] came out of the bathroom she ran and hid behind mums legs and pointed at him and shook her head
cv,w | she took my hand and took me to her room and pointed at the lock on the outside of her door and said [P:ivy] bed [P:ivy] bed
cv,wf,w | she was really quiet and she kept patting the {word:ivy} pattern on her duvet and humming
o | whats going well then
ww | mum is warm with the kids she picked [P:noah] up straight away when he cried and talked to him lovely
cv,wf,ww | when i asked [P:ivy] what she likes she went and got her wellies and said duck duck park and mum said they go to {place:whitaker park} every day to see the ducks
ww | [S:little acre kiln nursery] say [P:ivy] goes every morning and is happy there and her key worker [P:aisha] is lovely with her
ww | dad [P:jordan] said he'll take the lock off today and he did it while i was there
o | plan
ns | i'll ring the health visitor [P:gail hartigan] today about mums mood and a g p appointment for postnatal depression
ns | [P:spider] has to leave the flat by {date:friday} and dad has agreed and i'll check on {date:monday}
ns | safe sleep and no propped bottles gone through with both of them
ns | unannounced visit next week and {term:core group} {date:the fourteenth}
o | dads number is [PH:oh seven seven double oh nine double oh eight five two] if mum doesnt answer
"""),
]

NOTES = BA_NOTES + BB_NOTES + BC_NOTES
