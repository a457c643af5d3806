"""fresh31's 14 marked-up notes (see make_fresh31.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx, 0113 496 0xxx, 0161 496 0xxx), NHS numbers in the 999 range, NI numbers with the
never-issued QQ prefix, names, addresses, postcodes, schools, surgeries, clubs and organisations made up. Authors:
D (a practitioner dictating in verbless fragments with few full stops, mostly lower case, like a recogniser's
output, children's words without quotation marks), E (a Cumbrian / North Yorkshire rural family support worker,
warm long sentences, reported speech from children and grandparents, farming and village life, kinship care,
Signs of Safety headings spoken inside sentences), F (a hospital liaison / youth offending social worker in formal
third-person report prose, "the writer", "the young person", children quoted with quotation marks, interpreters,
professional meetings)."""

D_WORKER = "Callum Threlfall"
E_WORKER = "Bryony Dixon"
F_WORKER = "Adaeze Okonkwo"

NOTES = [
    dict(
        id="D01",
        context={"child": {"name": "Tayla-Rose Hindmarsh", "dob": "2025-10-03"},
                 "people": [{"name": "Jodie Hindmarsh", "role": "mother"},
                            {"name": "Reece Lowther", "role": "mother's partner"},
                            {"name": "Angela Fry", "role": "health visitor"}],
                 "address": "14 Cragside Walk, Gateshead NE8 9ZQ",
                 "school": "", "worker": D_WORKER},
        meta={"service": "Child Protection (neglect)", "child_age_years": 1,
              "features": ["no_punctuation", "fragments", "pre_verbal", "neglect", "nhs_number", "dob_in_text",
                           "postcode"]},
        body="""
o | cp visit {date:tuesday} {time:half two} [A:14 cragside walk] [PC:ne8 9zq] baby [P:tayla-rose] nhs [NHS:999 402 7716] dob [DOB:3rd october 2025]
w | nappy very full on arrival mum [P:jodie] on phone throughout, kitchen cluttered no food in fridge bar milk and a tub of butter
w | steriliser not in use bottles in the sink from what looked like yesterday
o | [P:reece] asleep upstairs per mum, not seen, mum says works nights at the warehouse not verified
w | baby in same vest as last visit, red raw nappy area, mum says cream ran out {dur:last week}
ww | baby smiled at me babbling, good head control, reaching for keys, mum picked her up when she cried and settled her quick
ww | mum says {kin:her nana} comes {date:sundays} and brings a food shop, nana has been a help
w | hv [P:angela fry] not got in last two times, door not answered
w | mum tired flat said she can't be arsed with all this, said she's not slept properly since the baby came
w | home smells of cannabis in the hallway mum denies, says it's next door
ns | food bank voucher today, hv joint visit booked {date:friday} {time:ten o'clock}
ns | gp appointment for nappy rash to be made by mum today, i'll ring to check
ns | raise at {term:core group} {date:the 14th}, ask [P:reece] to attend and for a drug test
ns | unannounced visit within {dur:the week}
"""),
    dict(
        id="D02",
        context={"child": {"name": "Brandon Kettlewell", "dob": "2018-06-22"},
                 "people": [{"name": "Leanne Kettlewell", "role": "mother"},
                            {"name": "Darren Kettlewell", "role": "father"},
                            {"name": "Mia Kettlewell", "role": "sister"},
                            {"name": "Sue Brannigan", "role": "class teacher"}],
                 "address": "9 Foxglove Rise, Rotherham S65 4ZT",
                 "school": "Ferham Park Primary School", "worker": D_WORKER},
        meta={"service": "Child in Need (domestic abuse)", "child_age_years": 8,
              "features": ["no_punctuation", "fragments", "unquoted_child_voice", "sibling_voice", "domestic_abuse",
                           "seen_at_school", "tool", "phone_in_text", "nickname"]},
        body="""
o | seen at school [S:ferham park primary] in the quiet room {time:after dinner} [P:brandon] known as [P:bran] {age:eight}
cv,wf,w | {tool:three houses} done, house of worries he said he doesn't like it when dad shouts at mam in the kitchen and the dog barks
cv,wf,w | said he puts his pillow on his head and waits, said it's loud and he gets a tummy ache
cv,wf,ww | house of good things, his bike, his sister [P:mia], nana's chips on a {date:saturday}, football at [O:dearne valley juniors]
cv,wf,o | house of dreams, dad stops shouting and they all go to the seaside at {place:bridlington}
o | teacher [P:sue brannigan] says quiet some mornings, tired, but always in on time and uniform clean
ww | mum [P:leanne] says dad [P:darren] has moved to his brother's since the weekend, says she's done with it
w | but dad's van outside the house {date:monday} per the neighbour, mum says only for the dog
cv,wf,w | [P:mia] {age:five} at home told me daddy made mammy cry, then went to play
w | mum not sure about domestic abuse service, said it's not like that, he's never hit me
ww | mum took the leaflet and put it on the fridge
ns | referral to {natl:the police} domestic abuse team discussed with mum and agreed
ns | mum's number [PH:07700 900614] school to ring mum if [P:bran] upset
ns | {term:child in need} review {date:next month}, see [P:brandon] again in school in {dur:two weeks}
"""),
    dict(
        id="D03",
        context={"child": {"name": "Kacper Nowicki", "dob": "2010-02-11"},
                 "people": [{"name": "Agnieszka Nowicka", "role": "mother"},
                            {"name": "Tomasz Nowicki", "role": "brother"},
                            {"name": "Gary Pybus", "role": "youth worker"}],
                 "address": "flat 3, 41 Commercial Road, Hull HU1 2ZX",
                 "school": "Riverside Academy Hull", "worker": D_WORKER},
        meta={"service": "Child in Need (exploitation)", "child_age_years": 16,
              "features": ["no_punctuation", "fragments", "unquoted_child_voice", "exploitation", "missing",
                           "ni_number", "email_in_text", "spoken_numbers"]},
        body="""
o | home visit after missing episode {dur:two nights} found by police at {place:the interchange} {date:sunday} {time:early hours}
o | [P:kacper] {age:sixteen} in his room hood up, mum [P:agnieszka] in the kitchen, brother [P:tomasz] at work
cv,wf,w | said he was just at a mate's, won't say who, said it's none of your business
cv,wf,w | said he doesn't want to be at home cos mum nags him about college
w | new trainers and a second phone on the bed, he put it in the drawer when i looked
w | mum says money going missing from her purse, says he comes in smelling of weed
ww | mum calm with him today, made him food, said she loves him but she's frightened
cv,wf,ww | said he likes the boxing at [O:humber street boxing club] and [P:gary] the coach is sound
cv,wf,o | said he'd go back if they let him train more than twice a week
w | college [S:riverside academy] attendance sixty per cent this term
o | he's got his ni number now [NI:q q one two three four five six c] asked me to write it down for his job application
ns | return home interview offered by the independent service, he said maybe
ns | email mum the boxing club timetable [E:aga dot nowicka at inbox dot com]
ns | exploitation screening tool to be completed and to {term:MACE} panel {date:thursday}
ns | next visit {date:friday} after college, he chose the time {time:four}
"""),
    dict(
        id="D04",
        context={"child": {"name": "Skye Armitage", "dob": "2008-12-30"},
                 "people": [{"name": "Marcus Ellery", "role": "personal adviser"},
                            {"name": "Chantelle Armitage", "role": "sister"}],
                 "address": "Room 6, Holbeck House, 12 Tarn Street, Leeds LS11 8ZD",
                 "school": "Park Lane College", "worker": D_WORKER},
        meta={"service": "Leaving Care", "child_age_years": 17,
              "features": ["no_punctuation", "fragments", "unquoted_child_voice", "care_leaver", "dob_in_text",
                           "supported_accommodation", "gp_surgery", "postcode"]},
        body="""
o | pathway plan visit [P:skye] at [O:holbeck house] room six, [A:12 tarn street] [PC:ls11 8zd]
o | dob [DOB:thirtieth december two thousand and eight] for the housing form, she read it off her provisional licence
ww | room tidy, food in the cupboard, she'd made a pasta bake and offered me some
ww | on time for [S:park lane college] childcare course most days, tutor pleased
w | behind on service charge {money:forty pounds}, says her bank card was blocked
cv,wf,o | said she wants her own flat by the summer, said she's sick of the fire alarm going off at three in the morning
cv,wf,w | said she feels lonely on a night, doesn't really talk to the other girls
w | said she's not sleeping and her head's been bad again since her sister [P:chantelle] stopped answering
ww | registered at [O:beeston hill medical practice] and has seen the gp, on a waiting list for talking therapy
cv,wf,o | said she wants to see her sister at christmas but only if sister messages first
o | pa [P:marcus ellery] joining next time, couldn't make today, off sick
cv,wf,ww | said the key worker on lates is kind and sits with her when she can't settle, she likes that
ns | budgeting session with [P:marcus] {date:the 9th}, housing register form to be done together
ns | ask staff to check in on her on an evening, she agreed
ns | review pathway plan before {date:her birthday}
"""),
    dict(
        id="D05",
        context={"child": {"name": "Alfie Dunwell", "dob": "2021-04-08"},
                 "people": [{"name": "Kirsty Dunwell", "role": "mother"},
                            {"name": "Hope Dunwell", "role": "sister"},
                            {"name": "Pat Renshaw", "role": "nursery key worker"}],
                 "address": "27 Moorland Crescent, Burnley BB11 5ZR",
                 "school": "Little Acorns Nursery", "worker": D_WORKER},
        meta={"service": "Early Help", "child_age_years": 5,
              "features": ["no_punctuation", "fragments", "unquoted_child_voice", "word_name", "relayed_voice",
                           "sibling_voice", "phone_in_text"]},
        body="""
o | early help visit {date:wednesday} {time:nine thirty} [P:alfie] {age:five} and sister [P:hope] {age:seven} before school run
w | mum [P:kirsty] says struggling with his behaviour, hitting out, bedtime a battle every night
w | toys everywhere no routine, tv on in the bedroom till late per mum
ww | mum honest about it, wants help, said she'd do the parenting course if there's a creche
cv,wf,o | [P:alfie] showed me his dinosaur and said it's a t rex and it's angry like me
cv,wf,w | said he's sad when mum goes out, said he doesn't like the dark
cv,w | [P:hope] told me he kicks her and she hides in the bathroom
cv,wf,ww | [P:hope] said she likes brownies on a {date:tuesday} and her teacher
o | nursery key worker [P:pat renshaw] at [S:little acorns] says settled there, likes the sand tray, upset at pick up
ww | mum says there's still {word:hope}, said at least he listens to his nana
ww | nana has them {date:saturdays}, good with them, takes them to the park and feeds the ducks, mum gets a lie in
w | mum says her own mental health not great, on the list for the gp, crying a lot since dad left {date:last spring}
w | house cold, heating off, mum says the meter's on emergency credit till payday
cv,wf,o | [P:alfie] said he wants a big boy bed with a rocket on it
ns | parenting course referral today, creche place asked for
ns | bedtime chart made with [P:alfie], stickers left
ns | mum's number [PH:01632 960217] for the family hub to ring
ns | {term:TAF} meeting at nursery in {dur:four weeks}
"""),
    dict(
        id="E01",
        context={"child": {"name": "Isla Fallowfield", "dob": "2016-03-19"},
                 "people": [{"name": "Margaret Fallowfield", "role": "paternal grandmother, kinship carer"},
                            {"name": "John Fallowfield", "role": "paternal grandfather, kinship carer"},
                            {"name": "Lewis Fallowfield", "role": "brother"},
                            {"name": "Danielle Wharton", "role": "mother"}],
                 "address": "Low Birks Farm, Ravenstonedale, Kirkby Stephen CA17 4ZN",
                 "school": "Ravenstonedale Endowed School", "worker": E_WORKER},
        meta={"service": "Children in Care (kinship, connected carers)", "child_age_years": 10,
              "features": ["long_sentences", "spoken_headings", "kinship", "farming", "relayed_voice",
                           "sibling_voice", "postcode", "dob_in_text", "dialect"]},
        body="""
o | I went up to [A:Low Birks Farm] on {date:Thursday afternoon}, which is a fair old drive up past the cattle grid, and [P:Isla] and her brother [P:Lewis] were just in from [S:Ravenstonedale school] with {kin:Granny} [P:Margaret] and {kin:Grandad} [P:John] in the big kitchen with the Aga going and two collie pups under the table.
ww | What's working well is that both children are plainly settled here, [P:Margaret] told me [P:Isla] has slept right through every night for {dur:a month} now, and she's started calling the spare room her room and has put her own drawings up on the wall.
cv,wf,ww | [P:Isla] took me out to the {dial:byre} to see the calves and told me she's named the smallest one {pet:Bramble}, and she said "I like it here because Granny doesn't shout and there's always tea on the table."
cv,wf,ww | [P:Lewis], who is {age:seven}, told me he helps Grandad with the quad bike and he's "going to be a farmer", and he did a little dance when I asked him what the best bit of his week was and said "lambing".
w | The worry for me is the contact with their mam, [P:Danielle], because she missed the last two sessions in Penrith without ringing, and [P:John] said the bairns sat in the car park in their best coats for {dur:an hour} and [P:Isla] cried all the way home.
cv,wf,w | [P:Margaret] said [P:Isla] told her afterwards "I don't think Mammy wants us anymore," and that she had a wet bed that night for the first time in weeks.
w | [P:John] also told me, quietly when [P:Margaret] was out of the room, that his knees are bad and he's worried about how long they can keep the farm and the children both going.
ns | What needs to happen next is that I'll ring [P:Danielle] this week about confirming contact the day before, I'll talk to the {term:IRO} about the connected carers assessment and respite, and I'll ask school to keep an eye on [P:Isla] on a {date:Monday} after contact.
"""),
    dict(
        id="E02",
        context={"child": {"name": "Archie Metcalfe", "dob": "2013-07-02"},
                 "people": [{"name": "Gemma Metcalfe", "role": "mother"},
                            {"name": "Ronnie Metcalfe", "role": "maternal grandfather"},
                            {"name": "Will Stainsby", "role": "mother's ex-partner"},
                            {"name": "Mrs Thwaite", "role": "head teacher"}],
                 "address": "3 Chapel Row, Reeth, Richmond DL11 6ZP",
                 "school": "Richmond School", "worker": E_WORKER},
        meta={"service": "Child Protection (domestic abuse)", "child_age_years": 13,
              "features": ["long_sentences", "spoken_headings", "word_name", "domestic_abuse", "rural",
                           "relayed_voice", "phone_in_text", "scaling"]},
        body="""
o | Visit to [A:3 Chapel Row] in Reeth on {date:the 27th}, the dale was thick with fog and [P:Archie] was sat in the window seat with his grandad [P:Ronnie], who'd come down from his place at Healaugh to be there for the visit as he usually is.
w | The worry for me is still [P:Will], because [P:Gemma] admitted he'd been sending her messages again through a friend, and though she hasn't replied she did say "he knows where we are, everybody knows everybody up here."
cv,wf,w | [P:Archie] told me he'd seen the pickup go past the Buck twice last weekend and that he "doesn't sleep proper when it's been by", and he keeps his school bag packed by the door just in case.
ww | What's working well is that [P:Gemma] showed me the messages straight away, rang the police the same day and has kept to the safety plan, and the neighbours at the post office know to ring if they see the pickup.
cv,wf,ww | [P:Ronnie] told me [P:Archie] had said to him on the tractor "I {word:will} look after Mam, Grandad, but I don't want to have to," which [P:Ronnie] said near broke his heart.
cv,wf,ww | When I asked [P:Archie] where he'd put things on a scale where ten is safe, he said {scale:a seven}, because "Grandad's here most days and Mam's stronger now."
ww | Mrs [P:Thwaite] at [S:Richmond School] told me on the phone he's doing well in maths and has joined the young farmers at [O:Swaledale Young Farmers Club] on a {date:Wednesday} night.
ns | What needs to happen is a {term:core group} on {date:the 10th}, I'll chase the police about the non-molestation order, and [P:Gemma]'s number [PH:07700 900288] goes on the risk marker so the control room knows the address is rural.
"""),
    dict(
        id="E03",
        context={"child": {"name": "Poppy Hebblethwaite", "dob": "2023-01-26"},
                 "people": [{"name": "Kayleigh Hebblethwaite", "role": "mother"},
                            {"name": "Sam Dinsdale", "role": "father"},
                            {"name": "Brenda Dinsdale", "role": "paternal grandmother"}],
                 "address": "Riverside Cottage, 2 Mill Lane, Hawes DL8 3ZS",
                 "school": "Little Lambs Playgroup", "worker": E_WORKER},
        meta={"service": "Early Help", "child_age_years": 3,
              "features": ["long_sentences", "spoken_headings", "rural_isolation", "parental_mental_health",
                           "nhs_number", "dob_in_text", "gp_surgery", "nickname"]},
        body="""
o | I called in at [A:Riverside Cottage] in Hawes on {date:Tuesday morning} for the early help plan, and little [P:Poppy], who they all call [P:Pops], was in her wellies stamping in the puddles by the beck with her nana [P:Brenda] while mum [P:Kayleigh] made us a brew.
o | For the record, [P:Kayleigh] gave me [P:Poppy]'s date of birth as [DOB:the twenty-sixth of January twenty twenty-three] and her NHS number as [NHS:999 761 2085] for the two-year check that got missed.
w | The worry for me is how low [P:Kayleigh] is, she said "I haven't been further than the Co-op since October, there's no bus on a Sunday and [P:Sam]'s on the lorries all week," and she said some days she doesn't get dressed.
cv,wf,ww | [P:Poppy] came in and climbed on my knee and said "me got a pony," and then told me the pony was really Nana's old dog {pet:Nell} and laughed her head off.
ww | What's working well is [P:Brenda], who lives just up the road at Gayle and has [P:Poppy] three mornings a week, and [P:Kayleigh] said "I couldn't do it without her, she's my rock."
ww | [P:Kayleigh] has been honest with her doctor at [O:Wensleydale Medical Practice] and has started on tablets, and she's agreed to try the online group for new mums.
w | [P:Poppy] isn't saying many words yet for her age, and [P:Brenda] said "she just points and grunts for her juice," which has been on [P:Kayleigh]'s mind.
ns | What needs to happen next is I'll book the health visitor for the missed check, get [P:Poppy] a funded place at [S:Little Lambs Playgroup] two days a week, and look into the community transport for [P:Kayleigh] to get into Leyburn.
"""),
    dict(
        id="E04",
        context={"child": {"name": "Ellie Rigg", "dob": "2011-11-14"},
                 "people": [{"name": "Joan Rigg", "role": "great-aunt, special guardian"},
                            {"name": "Stephen Rigg", "role": "father"},
                            {"name": "Faith Rigg", "role": "cousin"}],
                 "address": "Fell View, Caldbeck, Wigton CA7 8ZE",
                 "school": "Caldew School", "worker": E_WORKER},
        meta={"service": "Special Guardianship support", "child_age_years": 15,
              "features": ["long_sentences", "spoken_headings", "word_name", "kinship", "self_harm_worry",
                           "email_in_text", "postcode", "relayed_voice"]},
        body="""
o | I visited [P:Ellie] and her great-aunt [P:Joan] at [A:Fell View] in Caldbeck, [PC:CA7 8ZE], on {date:Monday the 30th} after school, with the fell white over and the sheep brought down to the in-bye land.
cv,wf,w | [P:Joan] told me she'd found plasters in the bathroom bin and when she asked, [P:Ellie] said "it's nothing, Auntie, I just scratched it," but she's been wearing long sleeves even in the house.
cv,wf,w | When I saw [P:Ellie] on her own in her room she was quiet at first and then said "I don't want to talk about my arm," and that she's been feeling "like I'm a weight on everybody" since her dad stopped phoning.
w | The worry for me is her low mood and those marks, which she didn't explain, and [P:Joan] being {age:seventy-four} and on her own up here with it all.
ww | What's working well is that [P:Ellie] said she trusts her cousin [P:Faith], and that she goes to [O:Caldbeck Young Musicians] on a {date:Thursday} and loves playing the fiddle.
cv,wf,ww | She said "Auntie [P:Joan] is the only one who's never let me down," and she wants to stay here until she's grown.
o | [P:Ellie] had a friend called [P:Faith] at [S:Caldew School], she said, but they fell out, and she keeps {word:faith} in her cousin instead, which she said as a joke.
ns | What needs to happen next is a referral to {natl:CAMHS} today with [P:Joan]'s agreement, I'll email the school's safeguarding lead at [E:dsl@caldew-sch.example.org.uk], and [P:Joan] and [P:Ellie] will go over the safety plan together tonight.
ns | I'll ring [P:Joan] on {date:Wednesday} and visit again {date:next week}.
"""),
    dict(
        id="E05",
        context={"child": {"name": "Tyler Raine", "dob": "2009-05-05"},
                 "people": [{"name": "Dorothy Raine", "role": "maternal grandmother"},
                            {"name": "Mason Raine", "role": "brother"},
                            {"name": "Craig Lishman", "role": "farmer, employer"}],
                 "address": "4 Low Green Cottages, Kirkoswald, Penrith CA10 1ZG",
                 "school": "Ullswater Community College", "worker": E_WORKER},
        meta={"service": "Child in Need (young carer)", "child_age_years": 17,
              "features": ["long_sentences", "spoken_headings", "young_carer", "farming", "ni_number",
                           "sibling_voice", "phone_in_text"]},
        body="""
o | I met [P:Tyler] at his nana [P:Dorothy]'s at [A:4 Low Green Cottages] in Kirkoswald on {date:Friday}, he'd come straight from the milking at [P:Craig Lishman]'s where he works weekends, still smelling of the parlour and apologising for it.
cv,wf,w | He told me "I'm up at five for the cows, then college, then I do Nana's tablets and tea and get [P:Mason] to bed," and he said he's "knackered but it's fine".
w | The worry for me is that he's carrying the house, because [P:Dorothy]'s COPD is worse and she can't manage the stairs, and his college said he's missed eight mornings at [S:Ullswater Community College].
cv,wf,ww | [P:Mason], who's {age:eleven}, told me "our [P:Tyler] makes the best chips in Cumbria," and that they watch the football together on a {date:Saturday} night.
ww | What's working well is how much they love one another, [P:Dorothy] said "that lad's been a man since he was twelve and I'm proud of him," and [P:Craig] has told [P:Tyler] he'll take him on full-time as an apprentice.
cv,wf,o | [P:Tyler] said he wants to do his agriculture course properly and "not be the one who has to sort everything".
o | He gave me his national insurance number, [NI:QQ 71 48 26 D], for the apprenticeship paperwork, and his mobile, [PH:07700 900735].
ns | What needs to happen next is a young carers assessment, an adult social care referral for [P:Dorothy] with her consent, and a call to college about a later start on his milking days, which I'll do {date:Monday}.
"""),
    dict(
        id="F01",
        context={"child": {"name": "Amira Hassan", "dob": "2012-08-09"},
                 "people": [{"name": "Fadumo Hassan", "role": "mother"},
                            {"name": "Abdirahman Hassan", "role": "father"},
                            {"name": "Dr Priya Nair", "role": "paediatric registrar"},
                            {"name": "Hodan Warsame", "role": "Somali interpreter"}],
                 "address": "58 Granby Street, Manchester M14 4ZL",
                 "school": "Whalley Range High School", "worker": F_WORKER},
        meta={"service": "Child in Need (hospital liaison, self-harm)", "child_age_years": 14,
              "features": ["formal_prose", "third_person", "hospital", "interpreter", "self_harm_worry",
                           "nhs_number", "dob_numeric", "phone_in_text", "address_in_text"]},
        body="""
o | The writer attended the paediatric ward at {place:the Royal Manchester Children's Hospital} on {date:1 December 2026} following a referral from the hospital liaison team.
o | The young person, [P:Amira Hassan] (date of birth [DOB:09.08.2012], NHS number [NHS:999 318 4472]), was admitted overnight after taking an overdose of paracetamol at the family home, [A:58 Granby Street].
o | Her parents, [P:Fadumo] and [P:Abdirahman Hassan], were present, and a Somali interpreter, Ms [P:Warsame], was booked through the hospital for the parents.
ww | Dr [P:Nair], the registrar, advised that the young person is medically fit and that blood levels have returned to a safe range.
cv,wf,w | When seen alone, [P:Amira] told the writer, "I didn't want to die, I just wanted everything to stop for a bit," and said she had been feeling "invisible" at home and at school.
cv,wf,w | She stated that she had been "called names every day" at [S:Whalley Range High] and that she had not told anyone because she "didn't want to worry {kin:Hooyo}".
w | The young person did not say whether she has hurt herself before, and the writer did not press the point; this remains unknown.
ww | Through the interpreter, Mrs [P:Hassan] said she had not known her daughter was unhappy and that the family would do "anything" to keep her safe, and both parents agreed to remove medicines from the home.
cv,wf,ww | [P:Amira] said she would like to speak to someone "who isn't family" and that her aunt is the person she trusts most.
ns | Actions: {natl:CAMHS} crisis team assessment before discharge, a safety plan agreed with the family in Somali, and a strategy for the bullying to be raised with the school's designated safeguarding lead.
ns | The writer will hold a professionals' meeting within {dur:five working days}; the father's contact number is [PH:0161 496 0382].
"""),
    dict(
        id="F02",
        context={"child": {"name": "Connor Birtwistle", "dob": "2009-09-23"},
                 "people": [{"name": "Tracey Birtwistle", "role": "mother"},
                            {"name": "PC Imran Qureshi", "role": "police officer"},
                            {"name": "Jake Mulvey", "role": "co-defendant"}],
                 "address": "11 Whinfell Close, Preston PR1 6ZJ",
                 "school": "Preston College", "worker": F_WORKER},
        meta={"service": "Youth Justice (referral order)", "child_age_years": 17,
              "features": ["formal_prose", "third_person", "youth_offending", "ni_number", "dob_in_text",
                           "email_in_text", "postcode"]},
        body="""
o | The writer met the young person, [P:Connor Birtwistle], at the youth justice office on {date:27 November 2026} for the first meeting of his {term:referral order}, with his mother, Ms [P:Birtwistle], present.
o | [P:Connor] confirmed his date of birth as [DOB:the twenty-third of September two thousand and nine] and his address as [A:11 Whinfell Close], [PC:PR1 6ZJ].
o | The order of {dur:nine months} was made by the youth court following an offence of theft from a motor vehicle committed with an older co-defendant, [P:Jake Mulvey].
cv,wf,w | When asked about the offence, [P:Connor] said, "I just went along with it, [P:Jake] said nobody would be bothered," and acknowledged that he had been drinking.
w | The writer notes that the young person presented as flat and avoided eye contact, and his mother reported that he has been staying in his room and not eating with the family.
cv,wf,w | [P:Connor] said, "Sometimes I think there's no point to anything," but denied any thoughts of harming himself when asked directly.
ww | He has attended [S:Preston College] consistently on his motor vehicle course and his tutor describes him as "a grafter".
cv,wf,ww | [P:Connor] said he wants to "pay it back properly" and would like his reparation hours to be at [O:Fishwick Community Garage], where he could use his skills.
ww | Ms [P:Birtwistle] has been supportive throughout and attended both court hearings.
o | For the purposes of the employment scheme, his national insurance number was recorded as [NI:QQ 52 19 84 B].
ns | The writer will refer the young person to the youth justice health worker for a mental health screening, and PC [P:Qureshi], the police officer on the panel, will be invited to the first panel meeting.
ns | The writer will send the contract to Ms [P:Birtwistle] at [E:t.birtwistle@example.co.uk] by {date:Friday}.
"""),
    dict(
        id="F03",
        context={"child": {"name": "Kieran Oduya", "dob": "2011-01-17"},
                 "people": [{"name": "Lorna Craddock", "role": "residential manager"},
                            {"name": "Dr Simon Heywood", "role": "CAMHS psychiatrist"},
                            {"name": "Rachel Oduya", "role": "mother"},
                            {"name": "Deb Yeadon", "role": "IRO"}],
                 "address": "Brook Lodge, 19 Pinfold Lane, Sheffield S6 2ZW",
                 "school": "Hillsborough Bridge School", "worker": F_WORKER},
        meta={"service": "Children in Care (residential)", "child_age_years": 15,
              "features": ["formal_prose", "third_person", "professionals_meeting", "residential", "word_name",
                           "nickname", "nhs_number", "phone_in_text"]},
        body="""
o | This note records a professionals' meeting held at [O:Brook Lodge] children's home on {date:30 November 2026} regarding [P:Kieran Oduya], known as [P:Kez], who is looked after under {term:Section 31}.
o | Present were the writer, the registered manager Ms [P:Craddock], Dr [P:Heywood] from {natl:CAMHS}, the {term:IRO} Ms [P:Yeadon] and, for the second half, the young person himself.
w | Ms [P:Craddock] reported three incidents in {dur:the past fortnight} in which [P:Kieran] damaged property in the home, and one occasion on which he was missing overnight and returned by the police.
w | Dr [P:Heywood] advised that the young person's sleep has deteriorated and that his medication is under review; he did not report any new risk to himself.
ww | School staff at [S:Hillsborough Bridge] report that [P:Kieran] has achieved full attendance for {dur:three weeks} and has been given a role as a reading buddy for the younger pupils.
cv,wf,w | On joining the meeting, [P:Kieran] said, "Everyone talks about me like I'm a problem to be solved," and that he kicked the door because "nobody listens until something breaks."
cv,wf,o | He stated that he misses his mother and wants to "see Mum at her house, not in a contact room with someone writing."
cv,wf,ww | He said the night worker he calls "[P:Sunny]" is the one adult in the home he trusts, adding, "she's always {word:sunny}, even at three in the morning."
o | For completeness, his NHS number, [NHS:9993847261], was confirmed for the health assessment.
ns | It was agreed that the writer will assess whether contact with Mrs [P:Oduya] can move to her home, and that the {term:LAC review} on {date:14 December} will consider this.
ns | Ms [P:Craddock] will arrange a keyworking session on missing episodes, and the home's number, [PH:0114 496 0571], will be given to his mother.
"""),
    dict(
        id="F04",
        context={"child": {"name": "unborn baby Lungu", "dob": ""},
                 "people": [{"name": "Ioana Lungu", "role": "expectant mother"},
                            {"name": "Florin Dobre", "role": "father of the unborn baby"},
                            {"name": "Carmen Stoica", "role": "Romanian interpreter"},
                            {"name": "Bethan Lloyd", "role": "specialist midwife"}],
                 "address": "Flat 2, 7 Sefton Terrace, Bradford BD7 1ZF",
                 "school": "", "worker": F_WORKER},
        meta={"service": "Child Protection (pre-birth)", "child_age_years": 0,
              "features": ["formal_prose", "third_person", "pre_birth", "interpreter", "hospital",
                           "dob_in_text", "nhs_number", "email_in_text", "domestic_abuse"]},
        body="""
o | The writer attended the antenatal clinic at {place:Bradford Royal Infirmary} on {date:1 December 2026} to meet Ms [P:Ioana Lungu], who is {dur:thirty-two weeks} pregnant, together with the specialist midwife, Ms [P:Lloyd].
o | A Romanian interpreter, Mrs [P:Stoica], attended in person; Ms [P:Lungu] confirmed that she understood the interpreter and was content to proceed.
o | Ms [P:Lungu] gave her date of birth as [DOB:4 March 2003] and her NHS number as [NHS:999 205 6619], and confirmed her address as [A:Flat 2, 7 Sefton Terrace].
o | A pre-birth assessment was requested after the police attended the address twice in {date:October} following reports of shouting.
w | Ms [P:Lungu] stated, through the interpreter, that her partner, Mr [P:Dobre], "gets angry when he drinks" and had pushed her against the wall in {date:the summer}.
w | She said she had no family in the country and that Mr [P:Dobre] holds her passport, which the writer considers a significant concern.
ww | Ms [P:Lungu] has attended every antenatal appointment, has bought a cot and clothes for the baby, and spoke warmly about becoming a mother.
ww | She has been attending [O:Manningham Mums Together], a local group for new mothers, and said the group leader "is like a sister".
w | The writer noted that Ms [P:Lungu] looked at her phone frequently and became anxious when it rang; she did not answer it.
ns | The writer will convene a strategy discussion with the police and health colleagues this week, and an {term:ICPC} will be considered before {dur:thirty-six weeks}.
ns | The midwife will offer a referral to the independent domestic violence adviser service, and correspondence will go to Ms [P:Lloyd] at [E:bethan.lloyd@bthft-midwifery.example.nhs.uk].
"""),
]
