"""fresh21's 15 marked-up notes (see make_fresh21.py). Everything invented: phones in Ofcom's drama ranges,
NHS numbers in the 999 range, NI numbers with never-issued prefixes (QQ, BG), names, addresses, schools, clubs,
homes and surgeries made up. Authors: x (an independent reviewing officer, formal, long reported speech of
teenagers), y (a north-east family support worker, fast lower-case dictation), z (a child protection social
worker, Signs of Safety loosely, young children and direct work)."""

X_WORKER = "Gillian Pattinson"
Y_WORKER = "Kerry-Ann Lumsden"
Z_WORKER = "Dominic Ashworth"

NOTES = [
    dict(
        id="x01",
        context={"child": {"name": "Keeley Raine", "dob": "2010-03-14"},
                 "people": [{"name": "Donna Raine", "role": "mother"},
                            {"name": "Steven Hogarth", "role": "foster carer"},
                            {"name": "Julie Hogarth", "role": "foster carer"},
                            {"name": "Priya Kaur", "role": "social worker"}],
                 "address": "14 Wensleydale Road, Brandon, Durham DH7 8QT",
                 "school": "Sniperley Vale Academy", "worker": X_WORKER},
        meta={"service": "Children in Care", "child_age_years": 15,
              "features": ["review_consultation", "reported_speech", "subtle_worry", "dob_in_text", "participation"]},
        body="""
o | This is [P:Gillian Pattinson], {term:independent reviewing officer}, recording my consultation with [P:Keeley Raine] before her {term:looked-after review}, which took place at her foster carers' home, [A:14 Wensleydale Road], Brandon, [PC:DH7 8QT], on {date:Monday the 9th of November} between {time:four} and {time:half past five}.
o | [P:Keeley] is {age:fifteen} and has lived with [P:Steven] and [P:Julie Hogarth] for {dur:just over two years}; I saw her alone in the conservatory for the first part, and [P:Julie] joined us towards the end at [P:Keeley]'s invitation.
cv,wf,ww | [P:Keeley] told me that she feels settled, saying, 'It's the first place I've unpacked properly, I don't live out of a bin bag any more,' and she described [P:Julie] as 'the one who actually listens'.
cv,ww | She explained that she now catches the bus to [S:Sniperley Vale] with a girl from her street, and that she moved up a set in English in {date:September}.
cv,wf,o | When we turned to family time her manner changed, and she said, 'I don't want to go to the contact centre any more, it's like being watched in a zoo,' adding that she would rather meet her mother 'somewhere normal, like {place:Costa} in town'.
w | Her mother, [P:Donna Raine], has cancelled three of the last five sessions, each time by text less than an hour beforehand, and [P:Julie] tells me [P:Keeley] is usually dressed and waiting by the door when the message arrives.
cv,wf,w | [P:Keeley] said she is 'not bothered' about the cancellations, but she then asked me whether her mother had said anything about her at all, and she picked at the sleeve of her jumper for the rest of that conversation.
cv,wf,o | She also said she does not want her social worker to change again, telling me, 'I've had four, I'm not telling the whole story to a fifth.'
ww | [P:Julie] confirmed there have been no missing episodes since {date:the spring} and that [P:Keeley] is home by the agreed {time:nine o'clock} on school nights without reminders.
cv,wf,ns | Asked how she wished to take part in her review, [P:Keeley] said she would like to attend the first half only, and that she wants to read out something she has written on her phone rather than answer questions.
ns | I have agreed that the review on {date:the 26th of November} will be held here rather than at {place:County Hall}, and that [P:Keeley] will open it with my support.
ns | [P:Priya Kaur] will ask [P:Donna] before then whether she can commit to a fortnightly meeting in a café supervised by [P:Julie], and will tell [P:Keeley] the answer herself by {date:Friday}.
ns | The care plan gives the wrong date of birth, and [P:Priya] will correct it to the [DOB:14th of March 2010] before the papers go out.
"""),
    dict(
        id="x02",
        context={"child": {"name": "Kaden Wilkinson", "dob": "2009-07-22"},
                 "people": [{"name": "Lisa Wilkinson", "role": "mother"},
                            {"name": "Craig Mountford", "role": "key worker, Hollybrook House"},
                            {"name": "Anthony Beales", "role": "social worker"},
                            {"name": "Tyrese", "role": "friend"}],
                 "address": "Hollybrook House, 3 Tern Close, Stockton-on-Tees TS19 0XE",
                 "school": "Elm Tree Vale Academy", "worker": X_WORKER},
        meta={"service": "Children in Care", "child_age_years": 16,
              "features": ["residential", "reported_speech", "subtle_worry", "ni_in_text", "nickname", "pathway"]},
        body="""
o | Independent reviewing officer's visit by [P:Gillian Pattinson] to [P:Kaden Wilkinson], aged {age:sixteen}, at [O:Hollybrook House], [A:3 Tern Close], Stockton, on {date:Tuesday the 17th of November}, in advance of his second review since moving there.
o | I met [P:Kaden] in the kitchen, where he was making toast for himself and another young person, and we then talked in the quiet room for around {dur:forty minutes}, with his key worker [P:Craig Mountford] joining us for the last ten.
cv,wf,ww | [P:Kaden] said the home is 'alright, better than the last one', that he gets on with [P:Craig] because 'he doesn't talk to me like I'm a case', and that he is proud of passing his CSCS card test at the first attempt.
cv,w | He told me, without being asked, that he now spends most evenings at his friend [P:Tyrese]'s flat near the high street and that he gets a lift back from 'a lad called [P:Dee]' who is about {age:twenty}.
w | Staff have recorded that he returned after his curfew on four occasions this month, each time dropped off by a dark car which does not stop at the gate, and on one of those nights he had two new phones and a pair of trainers he could not explain.
cv,wf,w | When I raised the trainers, [P:Kaden] said, 'People can't just be nice to us now, is that it?', and then that he would rather I 'left it', which I have not done.
cv,wf,o | About his mother, [P:Lisa], he said he would like to see her on his own terms and does not want the social worker there, because 'it turns into a meeting every time'.
w | [P:Lisa] was unable to say on the telephone this week whether she has kept the new tenancy in Thornaby, and she has not attended the last two planning meetings.
cv,wf,ns | He wants to stay at [O:Hollybrook] until he is {age:eighteen} and then move into a flat near his college, and he asked that this be written into his pathway plan 'in proper words, not maybe'.
ww | [P:Craig] reports that [P:Kaden]'s attendance at [S:Elm Tree Vale Academy] has risen to ninety one per cent and that he has been chosen for the construction taster week at the college in {date:January}.
ns | [P:Anthony Beales] will make a referral to the exploitation panel by {date:the end of the week} and will share the car's description with the police, and I will raise the pathway plan at the review on {date:the 3rd of December}.
ns | For his bank account [P:Kaden] needs his National Insurance number, which [P:Craig] read to me from his letter as [NI:QQ 41 27 90 D], and [P:Craig] will help him take it to the branch.
"""),
]

NOTES += [
    dict(
        id="x03",
        context={"child": {"name": "Seren Pritchard", "dob": "2012-05-03"},
                 "people": [{"name": "Glenys Pritchard", "role": "maternal grandmother, kinship carer"},
                            {"name": "Owain Pritchard", "role": "brother"},
                            {"name": "Nia Hughes", "role": "social worker"},
                            {"name": "Dr Mehta", "role": "GP"}],
                 "address": "22 Heol y Felin, Bargoed CF81 8PZ",
                 "school": "Ysgol Gynradd Pant-y-Brain", "worker": X_WORKER},
        meta={"service": "Children in Care (kinship)", "child_age_years": 13,
              "features": ["wales", "kinship", "siblings_disagree", "reported_speech", "carer_health", "gp_surgery"]},
        body="""
o | Review consultation visit by [P:Gillian Pattinson], out-of-area IRO, to [P:Seren] and [P:Owain Pritchard] at their grandmother's home, [A:22 Heol y Felin], Bargoed, on {date:Thursday the 12th of November}, with their Welsh social worker [P:Nia Hughes] present for part of the visit.
o | [P:Seren] is {age:thirteen} and [P:Owain] {age:eleven}; both have lived with their {kin:mamgu}, [P:Glenys Pritchard], under a {term:kinship fostering} arrangement since {date:last February}.
cv,wf,ww | [P:Seren] spoke warmly about her {kin:mamgu}, telling me, 'She does my hair for school and she never shouts, even when I'm being a nightmare,' and she said she feels safe in the house.
cv,wf,o | She was equally clear that she does not want to move back to Durham, saying, 'Everything bad happened there, I'm not going back, you can write that down twice.'
cv,wf,o | [P:Owain] sees it differently; he told me he would like to live with his dad again 'when dad's better', and he asked me whether he could at least spend the Christmas holidays in Peterlee.
cv,o | He also explained, quite factually, that he walks to [S:Ysgol Gynradd Pant-y-Brain] on his own, that he plays for the under twelves at [O:Gilfach Rovers], and that training is on a Tuesday.
w | [P:Glenys] mentioned in passing that she has had two falls since the summer and is waiting for a heart appointment, and she has not told Dr [P:Mehta] at [O:Gelli Haf Surgery] about the second fall.
w | I noticed that [P:Seren] now makes the evening meal most nights, and when I asked, she said it was 'no big deal', though [P:Nia] tells me her homework has slipped this term.
ww | The household is warm, organised and full of the children's things, and both children's attendance is above ninety five per cent.
ns | [P:Nia Hughes] will ask the carers' assessment team for a review of [P:Glenys]'s support within {dur:two weeks}, and will ring Dr [P:Mehta]'s surgery with [P:Glenys]'s agreement.
ns | I will make sure each child's view about Durham is recorded separately in the review minutes, and [P:Owain]'s wish about Christmas will be discussed with his father's worker before {date:the 1st of December}.
"""),
    dict(
        id="x04",
        context={"child": {"name": "Miles Coulson", "dob": "2011-01-30"},
                 "people": [{"name": "Abbie Coulson", "role": "sister"},
                            {"name": "Tanya Coulson", "role": "mother"},
                            {"name": "Graham Stobbart", "role": "foster carer"},
                            {"name": "Wendy Stobbart", "role": "foster carer"},
                            {"name": "Jordan Ellis", "role": "social worker"}],
                 "address": "41 Kirkleatham Lane, Redcar TS10 4NB",
                 "school": "Coatham Bay Academy", "worker": X_WORKER},
        meta={"service": "Children in Care", "child_age_years": 14,
              "features": ["siblings_disagree", "word_name", "reported_speech", "phone_in_text", "subtle_worry"]},
        body="""
o | Midway review visit, [P:Gillian Pattinson], IRO, to [P:Miles] and [P:Abbie Coulson] at the home of their foster carers [P:Graham] and [P:Wendy Stobbart], [A:41 Kirkleatham Lane], Redcar, on {date:Wednesday the 18th of November} at {time:quarter to five}.
o | [P:Miles] is {age:fourteen} and [P:Abbie] {age:twelve}, and I spoke with each of them alone, [P:Miles] on the seafront walk with the dog and [P:Abbie] in her bedroom.
cv,wf,o | [P:Miles] said straight away that he wants to go home to his mum, that 'she's sorted now, she's off it', and that he thinks the social workers are 'dragging it out on purpose'.
w | Their mother, [P:Tanya Coulson], has had one negative test out of the three requested since {date:September}, and the last session of family time ended early when she became upset and left.
cv,wf,o | [P:Abbie]'s view is different; she told me she likes seeing her mum but does not want to live there yet, and that she would like her brother to stop 'going on about it every night'.
cv,wf,w | She then said, very quietly, that she sometimes hears [P:Miles] crying in his room and that she does not know whether to tell [P:Wendy].
cv,o | [P:Miles] told me his school is {word:miles} away now, that the taxi picks him up at {time:ten to eight}, and that he has been moved into the nurture group at [S:Coatham Bay] for the mornings.
ww | [P:Graham] and [P:Wendy] have kept both children together, they take [P:Miles] to boxing twice a week at [O:Coatham Sands ABC], and school describe him as polite and well liked.
cv,wf,ww | [P:Miles] said boxing is 'the only time my head goes quiet', which I thought was an important thing for him to be able to say.
ns | [P:Jordan Ellis] will arrange for [P:Miles] to see the school counsellor and will ask [P:Tanya] to complete the remaining tests before the review on {date:the 14th of January}.
ns | [P:Wendy] will ring me on [PH:07700 900381] if [P:Miles]'s mood worsens before then, and I will write to each child separately explaining what I have recorded.
"""),
    dict(
        id="x05",
        context={"child": {"name": "Shannon Tait", "dob": "2008-09-11"},
                 "people": [{"name": "Grant Foster", "role": "support worker, Wearside Lodge"},
                            {"name": "Marie Tait", "role": "mother"},
                            {"name": "Callum Dodds", "role": "personal adviser"}],
                 "address": "Flat 6, Wearside Lodge, 18 Hylton Bank, Sunderland SR4 7DJ",
                 "school": "Wearmouth Bank College", "worker": X_WORKER},
        meta={"service": "Care Leavers", "child_age_years": 17,
              "features": ["supported_accommodation", "pathway", "word_name", "dob_spoken", "ni_in_text", "money"]},
        body="""
o | Pathway plan review meeting chaired by [P:Gillian Pattinson] with [P:Shannon Tait], aged {age:seventeen}, at her supported accommodation, [A:Flat 6], [O:Wearside Lodge], [A:18 Hylton Bank], Sunderland, [PC:SR4 7DJ], on {date:Friday the 20th of November}, with her support worker [P:Grant Foster] and her personal adviser [P:Callum Dodds].
cv,wf,ww | [P:Shannon] opened the meeting herself and said she is 'actually happy for once', that she loves her hair and beauty course at [S:Wearmouth Bank College], and that she wants to be running her own salon by twenty five.
cv,wf,w | She went on to say that she is 'skint by {date:Tuesday} every week' and that she does not want anyone managing her money for her, 'because that's what they did in care and I'm not a {kin:bairn}'.
w | [P:Grant] explained that she has {money:two hundred and forty pounds} of rent arrears and owes money on a catalogue account, and that her ex-boyfriend has been seen waiting outside the lodge twice this month.
cv,wf,w | Asked about him, [P:Shannon] said he is 'just a mate now', but she added that she has changed her number and would rather the staff did not let him in.
cv,o | She described her week in detail: college on Monday, Wednesday and Thursday, shifts at the bakery on Saturdays, and family time with her mother, [P:Marie], in a café on Sunday afternoons.
ww | She has kept every appointment with [P:Callum] since {date:August} and passed her first-aid module with a merit.
cv,wf,ns | She said she would like to apply for the setting-up-home {word:grant} now rather than at eighteen, so that she can 'buy things slowly and not all in one go', and we agreed to start the form.
ns | [P:Callum Dodds] will apply for the {word:grant} and a hardship payment by {date:the 4th of December}, and [P:Grant] will complete a budgeting session with her each {date:Monday}.
ns | For the application [P:Shannon] gave her date of birth as the [DOB:eleventh of September two thousand and eight] and her National Insurance number as [NI:BG 73 05 18 A], and [P:Grant] will update the trespass notice with the police.
"""),
]

NOTES += [
    dict(
        id="y01",
        context={"child": {"name": "Kayden Hume", "dob": "2014-04-19"},
                 "people": [{"name": "Stacey Hume", "role": "mother"},
                            {"name": "Ellie-Mae Hume", "role": "sister"},
                            {"name": "Lewis Hume", "role": "brother"},
                            {"name": "Mrs Tindle", "role": "class teacher"}],
                 "address": "27 Sixth Row, Ashington NE63 8JW",
                 "school": "Garden Row Primary School", "worker": Y_WORKER},
        meta={"service": "Early Help", "child_age_years": 11,
              "features": ["no_punctuation", "lower_case", "dialect", "young_carer", "spoken_numbers", "spoken_email"]},
        body="""
o | right this is [P:kerry-ann lumsden] family support home visit to [P:stacey hume] and the {kin:bairns} at [A:twenty seven sixth row] ashington {date:tuesday} after school so about {time:quarter to four}
o | [P:kayden]'s {age:eleven} [P:ellie-mae]'s {age:seven} and the baby [P:lewis] is {age:fourteen months}
w | {kin:mam} was still in her dressing gown and said her back's been {dial:proper} bad all week she's been on the settee most days and the sink was full and no tea on
cv,w | [P:kayden] said he done the {kin:bairns}' breakfast and walked [P:ellie-mae] to school then went back home to check on {kin:mam} at dinner because she wasn't answering her phone
cv,wf,w | he said he doesn't mind but he gets in bother off mrs [P:tindle] for being late back and he said i just want one day where i don't have to think about it
cv,wf,ww | [P:ellie-mae] showed us her reading book and said she likes it when [P:kayden] does the voices and she wants him to come to her assembly on {date:friday}
cv,o | [P:kayden] told us the baby's milk is in the top cupboard now cos [P:lewis] can climb on the chair
ww | {kin:mam} was dead honest she said i know he's doing too much and i hate it and she's rung the doctor's herself for an appointment on {date:thursday}
ww | the house is warm and there's food in, the {kin:bairns} were clean and happy and {kin:mam} was lovely with the baby the whole time
cv,wf,ns | [P:kayden] says he'd like to go to the young carers on a {date:wednesday} if his mate goes, the one from [O:wansbeck bridge juniors], so i'm going to ring them tomorrow
ns | i'll do the referral to young carers and ask school for a late pass for him, {kin:mam}'s number for them is [PH:oh seven seven double oh nine hundred four one two]
ns | and she wants the leaflet emailed so it's [E:stacey hume two two at gmail dot com] all lower case
ns | next visit {date:next tuesday} same time and i'll check if she got to the doctor's
"""),
    dict(
        id="y02",
        context={"child": {"name": "Penny Armstrong", "dob": "2022-08-06"},
                 "people": [{"name": "Jodie Armstrong", "role": "mother"},
                            {"name": "Tyler Armstrong", "role": "brother"},
                            {"name": "Darren Shiel", "role": "mother's partner"},
                            {"name": "Lorna", "role": "health visitor"}],
                 "address": "9 Plessey Terrace, Blyth NE24 2RH",
                 "school": "Cowpen Links Nursery", "worker": Y_WORKER},
        meta={"service": "Early Help", "child_age_years": 3,
              "features": ["no_punctuation", "lower_case", "word_name", "dob_spoken", "gp_surgery", "dialect", "money"]},
        body="""
o | [P:kerry-ann] here visit to [P:jodie] and the two {kin:bairns} at [A:nine plessey terrace] blyth {date:monday the sixteenth} {time:half nine} in the morning
o | [P:penny] is {age:three} and [P:tyler] is {age:eight} he was off school with a cough so both of them were in
cv,wf,ww | [P:penny] was running up and down with her doll shouting look look and she brought it over and said baby sad baby want cuddle and then give it a big cuddle herself
ww | nursery at [S:cowpen links] say she's come on loads with her talking and she's settled lovely in the mornings
cv,wf,w | [P:tyler] said he doesn't want to go back to school cos the big lads in year six call him names about his trainers and he doesn't want {kin:mam} to go up because it'll make it worse
w | {kin:mam} says she hasn't a {word:penny} till friday the electric's on the emergency and [P:darren]'s not paying {dial:owt} towards the {kin:bairns} even though he's there most nights
cv,o | [P:tyler] told us [P:darren] takes him to football on a saturday and he plays for [O:cowpen wanderers juniors] in the under nines
w | i noticed a hole in the bedroom door about fist height that wasn't there last time {kin:mam} said [P:darren] kicked it cos he was locked out but she changed the subject quick
ww | {kin:mam} had the {kin:bairns}' {term:red book} out and [P:penny]'s jabs are all up to date and she's registered now at [O:bebside mill surgery]
ns | i'll do a food bank voucher today and the warm home discount form with her, she gave [P:penny]'s date of birth as the [DOB:sixth of august twenty twenty two] for it
ns | i'll ring school about [P:tyler] and the name calling with {kin:mam}'s permission which she gave and i'll talk to [P:lorna] the health visitor about the door
ns | i'll see {kin:mam} on her own {date:thursday} at the children's centre to talk about [P:darren] properly
"""),
]

NOTES += [
    dict(
        id="y03",
        context={"child": {"name": "Lacey Dunn", "dob": "2014-02-27"},
                 "people": [{"name": "Gary Dunn", "role": "father"},
                            {"name": "Storm Dunn", "role": "brother"},
                            {"name": "Michelle Dunn", "role": "mother"},
                            {"name": "Mr Rahman", "role": "head of year"}],
                 "address": "56 Fewster Road, Felling, Gateshead NE10 0PL",
                 "school": "Leam Vale Academy", "worker": Y_WORKER},
        meta={"service": "Child in Need", "child_age_years": 11,
              "features": ["no_punctuation", "lower_case", "word_name", "dialect", "anxiety", "phone_in_text"]},
        body="""
o | visit to [P:gary dunn] and the kids at [A:fifty six fewster road] felling {date:wednesday} {time:four o'clock} this is [P:kerry-ann]
o | [P:lacey]'s {age:eleven} and just started at [S:leam vale] in {date:september} and [P:storm] her little brother's {age:six}
cv,wf,w | [P:lacey] was quiet to start with then she said she's been getting bad belly aches every morning and she said i can't breathe when i get to the gate i just want to stay home with dad
w | she's missed eleven days since {date:half term} and [P:gary]'s been letting her stop off cos he says he can't bear to see her upset
cv,o | she told us she goes in the side door now with a girl called [P:tilly] and they sit in the library at dinner time
cv,wf,ww | she said the library's the best bit cos it's quiet and mr [P:rahman] lets her help with the books
cv,wf,w | when i asked about her {kin:mam} she went red and said she doesn't want to talk about it and went upstairs, [P:gary] said [P:michelle] hasn't rung since the summer
cv,wf,ww | [P:storm] was showing us the fence that come down in the {word:storm} last week and he said me and dad fixed it with nails and he was dead proud of himself
ww | [P:gary] is doing everything on his own and doing it well, the house was spotless and he'd made a chart on the fridge for the {kin:bairns}' jobs
ww | [P:lacey] still goes to [O:wardley wanderers girls] on a {date:saturday} and [P:gary] says that's the one morning she's never poorly
cv,wf,ns | she said she'd like to try a shorter day to start, just mornings, if she can go in with [P:tilly]
ns | i'll ring mr [P:rahman] {date:tomorrow} about a part time timetable and a time out card and i'll ask the school nurse about a {term:CAMHS} referral for the anxiety
ns | [P:gary]'s mobile for school is [PH:0191 498 0273] and he's happy for them to ring him any time
ns | back out {date:next wednesday} after school
"""),
    dict(
        id="y04",
        context={"child": {"name": "Connor Maddison", "dob": "2011-10-08"},
                 "people": [{"name": "Angela Maddison", "role": "mother"},
                            {"name": "Brenda Maddison", "role": "maternal grandmother"},
                            {"name": "Phil", "role": "youth worker"},
                            {"name": "Ms Hutchinson", "role": "attendance officer"}],
                 "address": "12 Laburnum Avenue, Blackhill, Consett DH8 5RE",
                 "school": "Derwentside Moor Academy", "worker": Y_WORKER},
        meta={"service": "Early Help", "child_age_years": 14,
              "features": ["no_punctuation", "lower_case", "dialect", "school_refusal", "spoken_nhs", "youth_club"]},
        body="""
o | [P:kerry-ann lumsden] family support {date:friday the thirteenth} home visit to [P:connor] {age:fourteen} and his {kin:mam} [P:angela] at [A:twelve laburnum avenue] blackhill consett, {kin:nana} [P:brenda] was there an all
o | [P:connor] was in bed when i got there at {time:eleven} and {kin:mam} had to shout him three times
w | he's not been in school for {dur:three weeks} now, ms [P:hutchinson] from [S:derwentside moor] has sent the second letter and there's talk of a fine
cv,wf,w | [P:connor] come down in the end and said he's not going back there, there's no point, everyone thinks i'm thick and the teachers just shout
cv,wf,w | he said he's up all night on the xbox cos he can't sleep anyway and his head's just full
cv,o | he told us he used to go to [O:moorside youth project] on a {date:thursday} night but he stopped when [P:phil] left
w | {kin:mam} said she's at her wits end and she's had to go on the sick from the care home with her nerves, and {kin:nana}'s worried about money
cv,wf,ww | when we got talking about the motorbikes he lit right up and said he wants to be a mechanic like his {kin:grandad} was and he'd love to do a course
ww | {kin:nana} takes him fishing at the reservoir on a sunday and says he's a different lad when he's out
ww | {kin:mam} and him were laughing together by the end and she give him a hug when i was going
cv,wf,ns | he said he'd go and look at the motor vehicle taster at the college if i took him and not his {kin:mam}
ns | i'll ring the college {date:monday} and ask ms [P:hutchinson] to hold off the fine while we try the taster and a reduced timetable
ns | {kin:mam} wants a {term:CAMHS} referral for his sleep so i'll go to the gp with her, his nhs number off his letter is [NHS:nine nine nine four oh two seven seven one three]
ns | i'll find out if [O:moorside youth project] has a new worker on a {date:thursday}
"""),
    dict(
        id="y05",
        context={"child": {"name": "Ava-Rose Pounder", "dob": "2019-06-02"},
                 "people": [{"name": "Chelsea Pounder", "role": "mother"},
                            {"name": "Kian Pounder", "role": "baby brother"},
                            {"name": "Liam Hart", "role": "mother's partner"},
                            {"name": "Sandra", "role": "midwife"}],
                 "address": "31 Brierton Walk, Hartlepool TS25 4HU",
                 "school": "Fens Moor Primary School", "worker": Y_WORKER},
        meta={"service": "Early Help", "child_age_years": 6,
              "features": ["no_punctuation", "lower_case", "subtle_worry", "spoken_postcode", "spoken_email", "baby", "dialect"]},
        body="""
o | visit this afternoon {date:tuesday the twenty fourth} to [P:chelsea] [P:ava-rose] and the new baby [P:kian] at [A:thirty one brierton walk] hartlepool [PC:t s two five four h u]
o | [P:kian]'s {age:nine days} old [P:ava-rose] is {age:six} she was in from school cos it was an inset day
ww | the baby was feeding well off the bottle, {kin:mam} had him on a routine written on the fridge and [P:sandra] the midwife was pleased with his weight
cv,wf,ww | [P:ava-rose] was doing her sticker book and she said i'm a big sister now and i'm allowed to hold him on the settee with a cushion
cv,o | she told us [P:liam] took her to the park on {date:sunday} and she went on the big slide on her own
w | [P:liam] answered his phone in the kitchen while i was there and {kin:mam} went quiet and kept looking at the door till he come back in
w | she said he checks her phone cos he's had his fingers burnt before and he doesn't like her going to her {kin:mam}'s without him, she laughed it off
cv,wf,w | [P:ava-rose] said when they shout she goes under her quilt with her tablet and puts it loud, then she went back to her stickers
w | {kin:mam} said she hasn't been sleeping and she's crying all the time but it's just the baby blues
ns | i've given her the number for the health visitor and said i'll let the gp at [O:kesteven road medical centre] know about her low mood if she wants me to, she said {dial:aye}
ns | i'll come back {date:friday} when [P:liam]'s at work to talk to her about the shouting on her own
ns | she wants the baby group details sent to [E:chelsea pounder nineteen at hotmail dot co dot uk] so i'll do that tonight
ns | i'll discuss with my manager about whether this needs stepping up
"""),
]

NOTES += [
    dict(
        id="z01",
        context={"child": {"name": "Harvey Spence", "dob": "2019-03-21"},
                 "people": [{"name": "Nicole Spence", "role": "mother"},
                            {"name": "Jamie Corner", "role": "mother's partner"},
                            {"name": "Poppy Spence", "role": "sister"},
                            {"name": "Irene Spence", "role": "maternal grandmother"}],
                 "address": "7 Heathfield Close, Park End, Middlesbrough TS3 0RW",
                 "school": "Beechwood Fields Primary School", "worker": Z_WORKER},
        meta={"service": "Child Protection", "child_age_years": 6,
              "features": ["spoken_headings", "three_houses", "scaling", "drawing", "several_children", "pre_verbal"]},
        body="""
o | [P:Dominic Ashworth], {term:child protection} visit to [P:Harvey] and [P:Poppy Spence] at [A:7 Heathfield Close], Park End, {date:Monday the 23rd}, {time:ten past four}.
o | [P:Harvey] is {age:six} and [P:Poppy] is {age:ten months}; {kin:mam} [P:Nicole] was in, [P:Jamie] came in from work about twenty minutes before I left.
o | I did the {tool:three houses} with [P:Harvey] at the kitchen table with his felt tips while [P:Nicole] fed the baby.
cv,wf,ww | In his house of good things he drew his {kin:nana}'s dog, a pizza and his bike, and said '{kin:nana} [P:Irene] lets me sleep in the big bed when I stay'.
cv,wf,w | In the house of worries he drew a door with a big black scribble on it and said 'that's when they're shouting and I have to stay in my room', and he pressed so hard the pen went through the paper.
cv,w | He said the shouting is 'mostly at night when [P:Jamie]'s been at the pub' and that one time the telly got smashed.
cv,wf,ns | In the house of dreams he drew everybody at the beach and said he wants 'no more shouting and a dog of our own'.
w | Worries.
w | The police were called on {date:the 14th} after a neighbour heard screaming, [P:Nicole] had a cut lip and [P:Harvey] told the officer he'd been 'hiding behind the settee with [P:Poppy]'s blanket'.
w | [P:Nicole] now says she fell, and she's let [P:Jamie] back in the house even though the safety plan said he'd stay at his brother's.
ww | What's working well.
ww | [P:Poppy] is thriving and was babbling and pulling herself up on the sofa, and [P:Harvey]'s attendance at [S:Beechwood Fields] is ninety eight per cent.
ww | [P:Irene] has [P:Harvey] every {date:Friday} night and says she'll have both of them any time they need to go.
w | Scaling, [P:Nicole] put herself at an {scale:eight}, I'm at a {scale:three}, I didn't ask [P:Jamie] as he wouldn't sit down.
ns | Next steps.
ns | I'll speak to my manager today about the safety plan breaking down, and we'll look at [P:Harvey] and [P:Poppy] staying with [P:Irene] while [P:Jamie] is in the house.
ns | I'll refer [P:Nicole] to the domestic abuse service and see [P:Harvey] on his own in school on {date:Thursday} to go through his pictures again.
"""),
    dict(
        id="z02",
        context={"child": {"name": "Ollie Rutherford", "dob": "2021-11-15"},
                 "people": [{"name": "Sarah Rutherford", "role": "mother"},
                            {"name": "Mia Rutherford", "role": "sister"},
                            {"name": "Jenny Clough", "role": "nursery key worker"}],
                 "address": "15 Ryhope Street South, Sunderland SR2 0AB",
                 "school": "Hendon Brook Nursery", "worker": Z_WORKER},
        meta={"service": "Child in Need", "child_age_years": 4,
              "features": ["non_verbal", "autism", "pecs", "sibling_voice", "nhs_in_text", "parent_voice"]},
        body="""
o | Visit to [P:Ollie Rutherford], {age:four}, and his sister [P:Mia], {age:nine}, with their {kin:mam} [P:Sarah] at [A:15 Ryhope Street South], Sunderland, [PC:SR2 0AB], on {date:Wednesday} afternoon, [P:Dominic Ashworth] {term:child in need} visit.
o | [P:Ollie] is autistic and doesn't use words yet, he uses some {tool:PECS} cards and takes you by the hand to what he wants.
cv,wf,ww | When I came in he took me straight to the fridge and handed me the picture card for yoghurt, and when [P:Sarah] gave him one he flapped his hands and squealed, which she says is him being happy.
cv,wf,w | When the hoover started next door he put his hands over his ears and went under the table and wouldn't come out till [P:Mia] brought him his blue blanket.
ww | [P:Sarah] knows him inside out, she has a visual timetable on the wall with photos of every bit of his day and she's done the {tool:Makaton} course at the library.
cv,wf,ww | [P:Mia] showed me his favourite train and said 'he likes it when I line them up for him, he laughs', and she said she loves being his big sister.
cv,wf,w | Then she said quietly that she never gets to go to her friend's house because {kin:mam} can't take [P:Ollie] anywhere, and 'I just want one day that's just mine'.
w | [P:Sarah] told me she hasn't slept more than four hours a night since {date:the summer} because [P:Ollie] is up from two, and she cried when she talked about it.
w | The nursery key worker, [P:Jenny Clough], rang me before the visit to say [P:Ollie] came in twice last week with the same nappy on from the night before.
cv,w | [P:Mia] told me she gets [P:Ollie] his breakfast when {kin:mam}'s asleep and that she knows how to put the telly on for him.
ns | I'll request a short breaks assessment and a sleep referral through his paediatrician; his NHS number from the {term:red book} is [NHS:999 618 2034].
ns | I'll refer [P:Mia] to the young carers service and ask [S:Hendon Brook] to let me know the same day about any more nappy concerns.
ns | Next visit in {dur:two weeks}, {date:Wednesday the 9th}, at {time:half three}.
"""),
]

NOTES += [
    dict(
        id="z03",
        context={"child": {"name": "Lily McGregor", "dob": "2018-07-09"},
                 "people": [{"name": "Dawn McGregor", "role": "mother"},
                            {"name": "Ross Findlay", "role": "father"},
                            {"name": "Carol Brodie", "role": "class teacher"},
                            {"name": "Isla McGregor", "role": "sister"}],
                 "address": "3/2, 48 Arklay Street, Dundee DD3 7PN",
                 "school": "Fairmuir Bank Primary School", "worker": Z_WORKER},
        meta={"service": "Child Protection (Scotland)", "child_age_years": 7,
              "features": ["scotland", "relayed_voice", "teacher_account", "word_name", "drawing", "phone_in_text"]},
        body="""
o | [P:Dominic Ashworth], visit to [S:Fairmuir Bank Primary] on {date:Tuesday the 1st of December} at {time:ten o'clock}, following the {term:Interagency Referral Discussion} yesterday about [P:Lily McGregor], aged {age:seven}.
o | I met first with her class teacher, [P:Carol Brodie], who is also the school's {term:named person} contact, in the head teacher's office.
cv,w | [P:Carol] told me that on {date:Friday} during the {word:carol} service rehearsal [P:Lily] said to her, 'My dad put his hands on mum's neck and she went a funny colour,' and that it happened 'after the football on the telly'.
cv,w | [P:Lily] also told her that she and her little sister [P:Isla] were in the living room at the time and that her mum went next door to Mrs [P:Kerr]'s afterwards.
cv,wf,w | [P:Carol] said [P:Lily] then asked her, 'Will my dad get in trouble, because I don't want him to go away,' and cried for a few minutes before going back to the hall.
ww | She described [P:Lily] as bright, kind and a good reader, and said her mum, [P:Dawn], brings both girls to the gate every morning and is 'never late, never'.
o | I then saw [P:Lily] in the nurture room with [P:Carol] present.
cv,wf,ww | She drew her family holding hands with a big yellow sun and said she likes it best when it's 'just me, mum and [P:Isla] having a pamper night'.
cv,wf,w | When I asked about her dad she put her pen down, turned her chair away from me and said she didn't want to talk about that today, and I did not press her.
w | [P:Ross Findlay] is not on the tenancy at [A:48 Arklay Street] but [P:Dawn] told police he stays most weekends, and there is an older report from {date:2023} about a smashed window.
ns | Danger statement and safety planning to be done with [P:Dawn] on her own this afternoon; I'll ring her first on [PH:01632 960 418] to arrange somewhere safe to meet.
ns | School will keep [P:Lily] in the nurture group at lunchtimes this week and [P:Carol] will write down anything she says, word for word, without asking questions.
ns | The {term:child protection planning meeting} is to be set for within {dur:twenty eight days}, and I'll ask police for an update on [P:Ross] by {date:Thursday}.
"""),
    dict(
        id="z04",
        context={"child": {"name": "Mason Thirlwell", "dob": "2017-01-25"},
                 "people": [{"name": "Evie Thirlwell", "role": "sister"},
                            {"name": "Gemma Thirlwell", "role": "mother"},
                            {"name": "Karl Thirlwell", "role": "father"},
                            {"name": "Bev Allison", "role": "family support worker"}],
                 "address": "64 Windermere Road, Hardwick, Stockton-on-Tees TS19 8HJ",
                 "school": "Marsh Wood Primary School", "worker": Z_WORKER},
        meta={"service": "Child Protection", "child_age_years": 8,
              "features": ["no_headings", "drawing", "worry_dolls", "several_children", "dob_in_text", "parental_substance_use"]},
        body="""
o | Home visit by [P:Dominic Ashworth] to [P:Mason], {age:eight}, and [P:Evie], {age:five}, at [A:64 Windermere Road], Hardwick, on {date:Thursday} between {time:half three} and {time:five}, with {kin:mum} [P:Gemma] and {kin:dad} [P:Karl] both at home.
ww | The house was tidy and warm, there was a pan of mince on the cooker, and both children were in clean school uniform.
o | I took the {tool:worry dolls} and some paper, and [P:Evie] and I sat on the living room floor while [P:Mason] finished his tea.
cv,wf,ww | [P:Evie] gave one doll a pink dress and said 'this one is me and I'm happy because I got a sticker for counting'.
cv,wf,w | She held another doll and whispered 'this one is sad cos {kin:daddy} falls asleep on the floor and won't wake up'.
cv,o | [P:Mason] drew a picture of the back garden with a trampoline and told me his dad built it from a kit and it took all day.
cv,wf,w | When I asked him what he worries about, he drew a bottle with a cross on it, then scribbled over it and said he didn't want me to show anyone.
cv,wf,o | He said he'd like his {kin:nan} to come and stay more and that he wants to go to football club on a {date:Saturday} like his friends.
w | [P:Karl] had slurred speech and smelled of drink at {time:four in the afternoon}, and he said he'd had 'a couple' because his back was bad.
w | [P:Gemma] said she's tipping bottles away and is exhausted, and that she's worried he's going to lose his job at the depot.
ww | [P:Gemma] has been working with [P:Bev Allison] on routines and she has got both children to [S:Marsh Wood] on time every day this half term.
ns | [P:Karl] agreed to a referral to the alcohol service and [P:Bev] will take him to the first appointment on {date:Monday}.
ns | [P:Gemma] will ring {emerg:999} if [P:Karl] becomes aggressive when he's been drinking, and she's agreed the children won't be left alone with him until the core group on {date:the 11th}.
ns | I'll ask about a place for [P:Mason] at [O:Hardwick Hornets] on {date:Saturdays}, and the form needs his date of birth, [DOB:25/01/2017].
"""),
    dict(
        id="z05",
        context={"child": {"name": "Frankie Lowther", "dob": "2022-05-30"},
                 "people": [{"name": "Rebecca Lowther", "role": "mother"},
                            {"name": "Bill Lowther", "role": "maternal grandfather"},
                            {"name": "Arlo Lowther", "role": "brother"},
                            {"name": "Hayley Storey", "role": "health visitor"}],
                 "address": "19 Normanby Road, Eston, Middlesbrough TS6 9QD",
                 "school": "Little Wrens Nursery", "worker": Z_WORKER},
        meta={"service": "Child Protection", "child_age_years": 3,
              "features": ["word_name", "play_based", "pre_verbal", "neglect", "postcode", "spoken_headings_partial"]},
        body="""
o | [P:Dominic Ashworth], unannounced {term:child protection} visit to [P:Frankie], {age:three}, and [P:Arlo], {age:seven months}, at [A:19 Normanby Road], Eston, [PC:TS6 9QD], {date:Friday} morning.
w | Worries first, the front door was unlocked and the living room had an open packet of tablets on the arm of the chair, [P:Rebecca] said they were her period painkillers.
w | There was an electric {word:bill} on the mantelpiece in red with a disconnection warning on it, and no food in the fridge apart from milk and butter.
w | [P:Arlo] was asleep in his car seat on the floor and his bottle had been propped on a rolled-up towel.
cv,wf,w | When I sat down [P:Frankie] brought me a toy cup and said 'hungry, I'm hungry', then went to the kitchen and pulled at the fridge door.
cv,wf,ww | We played tea parties with her teddies and she gave {kin:grandad}'s teddy the biggest cup and said 'that's [P:Bill]'s, he's my best'.
cv,w | She told me '{kin:mammy} sleeping' and pointed upstairs when I asked where {kin:mum} was when I first came in.
ww | Working well, [P:Rebecca]'s {kin:dad}, [P:Bill Lowther], came round as I was there with shopping and a gas top up, and he's offering to have the children three days a week.
ww | [P:Arlo] had a good weight at clinic last week and [P:Hayley Storey] says [P:Rebecca] has been to every appointment.
w | [P:Rebecca] told me she's 'just tired' and didn't want to talk about how she's feeling, she said she's not depressed and doesn't need her GP.
ns | Next steps, I'll bring forward the core group to {date:next Wednesday} and ask [P:Bill] to come.
ns | [P:Rebecca] agreed to let me book her in with the GP at [O:Wilton Dene Surgery] and the health visitor will come {date:Monday}.
ns | I'll get [P:Frankie]'s nursery place at [S:Little Wrens] moved to five mornings and chase the food bank and the electric with her this afternoon.
"""),
]
