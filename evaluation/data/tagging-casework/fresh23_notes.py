"""fresh23's 15 marked-up notes (see make_fresh23.py). Everything invented: phones in Ofcom's drama ranges,
NHS numbers in the 999 range, NI numbers with never-issued prefixes (QQ, TN), names, addresses, schools, clubs,
homes, churches and surgeries made up. Authors: i (a newly qualified social worker in Carlisle and north Cumbria,
chatty first person, much paraphrase of what children said), o (an agency locum in Newcastle and North Tyneside,
terse clipped fragments, some unpunctuated, spoken headings), r (a residential key worker and family time
supervisor in Teesside: contact sessions, behaviour, non-verbal children, an interpreter)."""

I_WORKER = "Bethany Routledge"
O_WORKER = "Femi Okonjo"
R_WORKER = "Shelley Garbutt"

NOTES = [
    dict(
        id="i01",
        context={"child": {"name": "Hope Armstrong", "dob": "2016-06-12"},
                 "people": [{"name": "Kirsty Armstrong", "role": "mother"},
                            {"name": "Dean Lattimer", "role": "mother's partner"},
                            {"name": "Mrs Nixon", "role": "designated safeguarding lead"}],
                 "address": "23 Brunstock Close, Harraby, Carlisle CA1 3QZ",
                 "school": "Raffles Vale Primary School", "worker": I_WORKER},
        meta={"service": "Child in Need", "child_age_years": 9,
              "features": ["word_name", "nickname", "subtle_worry", "ended_concern_as_strength", "phone_in_text",
                           "pets", "paraphrase"]},
        body="""
o | So this was my first visit on my own to [P:Hope Armstrong] at [A:23 Brunstock Close], Harraby, on {date:Tuesday the 24th of November}, and I got there about {time:twenty to four}, just after [P:Hope] had got in from school.
o | [P:Hope] is {age:nine} and lives with her {kin:mum} [P:Kirsty] and her {kin:mum}'s partner [P:Dean Lattimer], who everyone calls [P:Deano], and he was still at work when I was there.
cv,wf,ww | [P:Hope] was really keen to show me her room, she told me she'd done it all herself with fairy lights and stickers and that it's her favourite place in the whole house because it's cosy and it smells of strawberries.
cv,wf,ww | She's been picked to be a shepherd in the nativity at [S:Raffles Vale] and she said she's nervous but the good kind of nervous, and she wanted to know if I'd come and watch.
cv,o | She then told me all about her guinea pigs, {pet:Pickle} and {pet:Sprout}, and which one is greedier, which took a good ten minutes.
cv,wf,w | When we got on to home she went a bit quiet and said she doesn't really like weekends because {kin:mum} and [P:Deano] have their friends round and it gets loud, so she puts her headphones on and stays upstairs.
cv,w | I asked what she does for tea on those nights and she said she just has crisps from her secret stash, and she showed me a carrier bag in her wardrobe full of crisps and biscuits.
w | [P:Kirsty] told me she's had a rough few months since losing her job at the call centre and she's drinking a bit more than she should, though she said it's never when [P:Hope] is up.
ww | The house was warm and clean, there was a casserole in the slow cooker, and [P:Kirsty] was lovely with [P:Hope], she plaited her hair the whole time we talked.
ww | The hitting [P:Hope] used to talk about when her {kin:dad} lived here stopped when he moved to Workington in {date:2022}, and there have been no police call-outs to the house since.
w | I'm a bit worried that nobody has actually checked who the weekend friends are, and [P:Kirsty] was vague when I asked for names.
ns | I've agreed with [P:Kirsty] that I'll come back on a {date:Saturday} afternoon, {date:the 5th of December}, and I {word:hope} to catch [P:Deano] then and see what weekends are really like.
ns | I'll ring Mrs [P:Nixon], the {term:designated safeguarding lead}, tomorrow to ask how [P:Hope] is on Monday mornings, and [P:Kirsty] said she'd look at the alcohol service leaflet I left.
ns | [P:Kirsty]'s mobile has changed again and the new one is [PH:07700 900268].
"""),
    dict(
        id="i02",
        context={"child": {"name": "Saoirse Devlin", "dob": "2011-10-02"},
                 "people": [{"name": "Siobhan Devlin", "role": "mother"},
                            {"name": "Oisin Devlin", "role": "brother"},
                            {"name": "Mr Thwaite", "role": "head of year"}],
                 "address": "8 Etterby Lea Crescent, Stanwix, Carlisle CA3 9JP",
                 "school": "Eden Fields Academy", "worker": I_WORKER},
        meta={"service": "Early Help", "child_age_years": 14,
              "features": ["irish_names", "relayed_voice", "scaling", "email_in_text", "anxiety",
                           "parent_worry_not_child", "paraphrase"]},
        body="""
o | Early help visit to [P:Saoirse Devlin], who's {age:fourteen}, at home at [A:8 Etterby Lea Crescent], Stanwix, on {date:Wednesday afternoon}, with her {kin:mum} [P:Siobhan] and her little brother [P:Oisín] about the place.
o | The referral came from [S:Eden Fields Academy] because [P:Saoirse] has missed {dur:eleven days} since {date:October half term}, mostly Mondays.
cv,wf,w | Her head of year, Mr [P:Thwaite], rang me last week and said [P:Saoirse] had told him in the corridor that her chest goes tight on the bus and she feels like everyone is looking at her.
cv,wf,w | When I talked to her on her own in the kitchen she said pretty much the same, that it starts on a Sunday night and she lies awake thinking about the bus, and by the morning she feels sick.
cv,wf,ww | She was really clear that she likes school once she's actually there, especially art, and she showed me a charcoal drawing of her {kin:granny}'s dog that her teacher put up in the corridor.
w | [P:Siobhan] is the one who's really worried about the fighting on the bus, she kept saying the older lads are animals and she'd rather [P:Saoirse] stayed home than got hurt.
cv,o | [P:Saoirse] said she's never actually seen a fight on the bus and her {kin:mum} heard about it on the village Facebook group.
cv,wf,o | [P:Oisín] came in halfway through and said [P:Saoirse] is the best at Mario Kart and he wants her to stay off school forever so they can play, which made her laugh.
cv,wf,ww | Scaling, [P:Saoirse] put herself at a {scale:four} out of ten for feeling okay about school, up from a {scale:two} in September, and she said the four is because of art and her friend [P:Layla].
ww | [P:Siobhan] walks her to the bus stop now on the days she does go, and she's been really honest with me about her own nerves.
ns | I'll ask school about a pass out of lessons and a quiet room at break, and Mr [P:Thwaite] is going to let [P:Saoirse] start at {time:nine fifteen} on Mondays for the next {dur:three weeks}.
cv,ns | I'll refer her to the school nurse and we'll do a worry plan together next time, which she chose to be {date:Tuesday the 8th} after school.
ns | [P:Siobhan] wants the notes emailed and gave me [E:shiv.devlin84@outlook.com].
"""),
    dict(
        id="i03",
        context={"child": {"name": "Wiktoria Kowalczyk", "dob": "2019-09-02"},
                 "people": [{"name": "Dawid Kowalczyk", "role": "father"},
                            {"name": "Agnieszka Kowalczyk", "role": "mother"},
                            {"name": "Mrs Dobson", "role": "class teacher"}],
                 "address": "Flat 3, 41 Botchergate Court, Carlisle CA1 1RY",
                 "school": "St Cuthbert's Lane Primary School", "worker": I_WORKER},
        meta={"service": "Early Help", "child_age_years": 6,
              "features": ["eastern_european_names", "parent_worry_not_child", "own_language_words", "dob_in_text",
                           "nhs_in_text", "gp_surgery"]},
        body="""
o | I visited [P:Wiktoria], who's {age:six}, at the family's flat, [A:Flat 3, 41 Botchergate Court], on {date:Thursday morning}, because her {kin:dad} [P:Dawid] had asked school for help and they passed it to us.
o | [P:Dawid] and [P:Agnieszka] both speak good English and didn't want an interpreter, and [P:Wiktoria] flipped between English and Polish the whole visit.
w | [P:Dawid] told me he's really worried she's being left out at school because she's the only Polish girl in her class, and he said he cries about it sometimes after she's gone to bed.
cv,wf,ww | [P:Wiktoria] herself didn't seem bothered at all, she told me her best friend is called [P:Maisie] and they play horses at dinner time and [P:Maisie] is always the horse.
cv,wf,ww | She said she likes her teacher Mrs [P:Dobson] because she says {lang:dzień dobry} to her every morning, and she counted to twenty for me in English and then in Polish to show off.
w | [P:Agnieszka] said money is really tight since [P:Dawid]'s hours at the warehouse were cut, and they've been to the food bank at the church twice this month.
w | [P:Wiktoria] has had toothache on and off for weeks and hasn't seen a dentist since they arrived, because they couldn't find one taking new patients.
cv,o | She pointed at her cheek and told me it's her wobbly tooth and the tooth fairy is coming, so she wasn't worried about it.
ww | The flat was spotless, she had a reading book in her bag with a comment from {kin:mama} every night, and she talks about her {kin:babcia} in Kraków on the video call every Sunday.
ns | I'll ask [O:Botcherby Mews Medical Practice] to help register her with an emergency dentist, and her NHS number is [NHS:999 402 7713].
ns | Her date of birth on the school system is wrong, it should be [DOB:2/9/2019], and I said I'd let the office know.
ns | I'll put [P:Dawid] and [P:Agnieszka] in touch with the welfare rights worker about the reduced hours, and I'll visit school to see [P:Wiktoria] at dinner time in {dur:two weeks} so I can tell her {kin:dad} honestly how she's getting on.
"""),
    dict(
        id="i04",
        context={"child": {"name": "Rowan Bell", "dob": "2023-07-20"},
                 "people": [{"name": "Jade Bell", "role": "mother"},
                            {"name": "Patricia Bell", "role": "maternal grandmother"},
                            {"name": "Gemma Tinnion", "role": "health visitor"}],
                 "address": "56 Currock Park Avenue, Carlisle CA2 4DL",
                 "school": "Tullie Tots Nursery", "worker": I_WORKER},
        meta={"service": "Child Protection", "child_age_years": 2,
              "features": ["toddler_words", "neglect", "nickname", "dob_spoken", "gp_surgery", "postcode",
                           "ended_concern_as_strength"]},
        body="""
o | Unannounced {term:child protection} visit to [P:Rowan Bell] at [A:56 Currock Park Avenue], [PC:CA2 4DL], on {date:Monday} at {time:about half ten}, {kin:mum} [P:Jade] answered the door in her dressing gown.
o | [P:Rowan] is {age:two} and has a handful of words, and she was in just a nappy and a t-shirt watching the telly when I went in.
w | The nappy was really heavy and her bottom was red raw when [P:Jade] changed her, and [P:Jade] said she'd been up since six so it had probably been a while.
w | The kitchen had dirty pots piled on every surface and a bin bag split open by the back door, which is the same as the last two visits.
cv,wf,ww | [P:Rowan] kept bringing me her books and saying "again, again", and when [P:Jade] sat on the floor with her she climbed right into her lap and said "mama" and gave her a big squeeze.
cv,wf,o | When [P:Jade] got up to make a bottle [P:Rowan] grabbed the kitchen door and screamed "no, no", and she didn't settle till [P:Jade] picked her up again.
ww | [P:Jade] isn't with [P:Rowan]'s {kin:dad} any more and the police haven't been called to the house since {date:March}, which was the main reason for the plan in the first place.
ww | Her {kin:nana}, [P:Patricia], who [P:Rowan] calls {kin:Nanna} [P:Pat], has her every Thursday and Friday and takes her to [S:Tullie Tots], and nursery say she's always clean and happy on those days.
w | [P:Jade] told me she's been feeling flat and can't get going in the mornings, and she hasn't been to see anyone at [O:Blackwell Lonning Surgery] about it since her tablets ran out.
ns | [P:Jade] agreed I'll make her a GP appointment today and go with her if she wants.
ns | [P:Gemma Tinnion], the {term:health visitor}, is going to do a visit on {date:Wednesday} to look at the nappy rash and [P:Rowan]'s weight.
ns | I'll ask nursery about adding a Tuesday for [P:Rowan], and they need her date of birth, which is the [DOB:twentieth of July twenty twenty-three].
ns | The {term:core group} is {date:Friday the 4th} at {time:two}, and [P:Patricia] wants to come.
"""),
    dict(
        id="i05",
        context={"child": {"name": "Will Pattinson-Reay", "dob": "2009-04-18"},
                 "people": [{"name": "Lorna Pattinson", "role": "mother"},
                            {"name": "Craig Reay", "role": "father"},
                            {"name": "Jonah", "role": "youth worker"}],
                 "address": "12 Mill Hill Terrace, Wigton CA7 9LB",
                 "school": "Wigton Fellside College", "worker": I_WORKER},
        meta={"service": "Child in Need", "child_age_years": 16,
              "features": ["word_name", "double_barrelled", "exploitation", "safety_planning", "worker_quotes_self",
                           "phone_in_text", "youth_project", "dialect"]},
        body="""
o | I saw [P:Will Pattinson-Reay] at the {place:McDonald's} on the bypass in Carlisle on {date:Friday the 27th} after college, because he didn't want me coming to the house again this week.
o | He's {age:sixteen} and he's on a mechanics course at [S:Wigton Fellside College], and he got the bus in on his own to meet me.
cv,wf,ww | [P:Will] told me college is the one thing going right, his tutor says he's a natural with engines, and he wants to get an apprenticeship at a garage next summer.
cv,w | He said he's been going through to Maryport most weekends with some lads he met at the skate park, his {dial:marras} he called them, and one of them, who he only called [P:Tank], is about {age:twenty-two} and drives them about.
cv,w | When I asked about the new phone he said [P:Tank] gave it him for doing a couple of favours, dropping bags at people's houses, but he said it was just clothes and stuff.
o | I said to him, "you're not in trouble with me, I just need to know you're safe", and he just looked at the table.
cv,wf,w | He then said he doesn't want to go any more but he thinks he owes [P:Tank] about {money:three hundred quid} for the phone and he doesn't know how to get out of it.
w | His {kin:mum} [P:Lorna] rang me on {date:Tuesday} to say he'd come home at {time:three in the morning} with a cut hand and wouldn't say what happened.
ww | [P:Will] still goes to the Thursday night group at [O:Solway Sidings Youth Hub] and his youth worker [P:Jonah] is the adult he says he trusts most.
cv,wf,ns | We did a safety plan on a napkin, and [P:Will] chose [P:Jonah], his {kin:mum} and his {kin:grandad} as the people he'd ring, and he said he {word:will} text me the word pizza if he needs picking up.
ns | I'll take this to the {term:exploitation panel} on {date:Wednesday} and share what I know about [P:Tank] with the police.
ns | [P:Lorna] will ring {emerg:999} if he's out past midnight and not answering, and [P:Will]'s own number is [PH:07700 900735] for the plan.
"""),
]

NOTES += [
    dict(
        id="o01",
        context={"child": {"name": "Tyler-Rae Dixon", "dob": "2018-05-14"},
                 "people": [{"name": "Chantelle Dixon", "role": "mother"},
                            {"name": "Lee McAllister", "role": "father"},
                            {"name": "Kayden Dixon", "role": "brother"},
                            {"name": "Ms Osei", "role": "class teacher"}],
                 "address": "31 Fossway Gardens, Walker, Newcastle upon Tyne NE6 4XU",
                 "school": "Fossdene Primary School", "worker": O_WORKER},
        meta={"service": "Child Protection", "child_age_years": 7,
              "features": ["spoken_headings", "fragments", "domestic_abuse", "nickname", "scaling", "relayed_voice",
                           "postcode", "sibling_voice", "dialect"]},
        body="""
o | [P:Femi Okonjo] locum SW, {term:CP} visit, [A:31 Fossway Gardens] Walker [PC:NE6 4XU], {date:Tues 24th}, {time:1545}.
o | Seen [P:Tyler-Rae] {age:7} and [P:Kayden] {age:4}, {kin:mam} [P:Chantelle] present throughout.
w | Worries.
w | Dad [P:Lee McAllister] known as [P:Macca] seen leaving as I parked, {kin:mam} says he only came for his post.
w | Non-mol in place since {date:August}, she says she didn't let him in, back door open, two mugs on the side.
cv,w | [P:Tyler-Rae] seen alone in her room, said dad was here "for his dinner" and she had to be quiet and not tell.
cv,wf,w | School report via class teacher Ms [P:Osei], [P:T-R] said in circle time Friday she's scared when the door bangs at night.
w | {kin:Mam} minimising, "it's not like before, he's {dial:canny} calmed down".
ww | What's going well.
ww | Both kids clean, fed, house warm.
ww | [P:T-R] attendance ninety six percent, reading well above age.
cv,wf,ww | [P:Kayden] showed me his Lego police station, said his {kin:mam} is "the best builder" and gave her a cuddle.
ww | {kin:Mam} engaging with {natl:Freedom Programme}, week six of twelve, not missed one.
w | Scaling, {kin:mam} {scale:seven}, me {scale:three}, gap is about dad being in the house.
ns | Next steps.
ns | Discuss with TM today re breach of non-mol, police to be informed by me {date:today}.
ns | Safety plan to be redone with {kin:mam} {date:Thurs}, she's to ring {emerg:999} not me if he turns up.
ns | Words and pictures with [P:T-R] so she knows it's not her job to keep secrets, me, {date:next week}.
ns | {term:Core group} {date:3rd Dec} at [S:Fossdene], {kin:mam} confirmed.
"""),
    dict(
        id="o02",
        context={"child": {"name": "Amira Begum", "dob": "2010-12-08"},
                 "people": [{"name": "Rokeya Begum", "role": "mother"},
                            {"name": "Yusuf Begum", "role": "brother"},
                            {"name": "Nasreen Akhtar", "role": "aunt"}],
                 "address": "Flat 9, Tynemouth View, 4 Saville Row, North Shields NE29 6QF",
                 "school": "Priory Haven Academy", "worker": O_WORKER},
        meta={"service": "Child in Need", "child_age_years": 14,
              "features": ["no_punctuation", "young_carer", "parental_mental_health", "email_spoken", "asian_names",
                           "spoken_headings", "lowercase_name"]},
        body="""
o | {term:CIN} visit [P:Amira] {age:14} and [P:Yusuf] {age:9} at [A:Flat 9, Tynemouth View, 4 Saville Row] North Shields {date:Weds} after school {kin:mum} [P:Rokeya] in bed when I arrived
o | [P:Amira] let me in made me a cup of tea before I could say no
w | worries
w | {kin:mum} not been out of the flat {dur:three weeks} per [P:Amira] low mood since the stillbirth in {date:the spring} not picking up meds from chemist
cv,wf,w | [P:Amira] said she does the shopping the washing and gets [P:Yusuf] to school and she's tired all the time but she doesn't want anyone thinking {kin:mum}'s a bad mum
cv,wf,w | [P:amira] says she's late most days and got a detention and she cried telling me that
cv,wf,w | [P:Yusuf] says he has cereal for tea sometimes and he likes it
w | nobody from the family has been to the last two parents evenings
ww | what's working
ww | {kin:aunty} [P:Nasreen] in Whitley Bay comes Sundays does a big cook for the week
cv,wf,ww | [P:Amira] loves netball plays for [O:Chirton Dene Netball Club] Tuesdays and she said it's the only bit of the week that's just hers
ww | [P:Rokeya] came through at the end apologised said she knows she needs help and agreed to GP
ns | next steps
ns | me to ring GP tomorrow with {kin:mum}'s consent re meds review and perinatal mental health
cv,wf,ns | young carers referral to be sent by me {date:Fri} [P:Amira] agreed as long as it's not at school
ns | ask [S:Priory Haven] to drop the detention and give her a named adult
ns | {kin:aunty} [P:Nasreen] happy to be in core group wants invites on email [E:nasreen dot akhtar seventy at gmail dot com]
ns | revisit {date:next Weds} {time:4pm}
"""),
    dict(
        id="o03",
        context={"child": {"name": "Summer Lowes", "dob": "2025-07-29"},
                 "people": [{"name": "Stacey-Leigh Lowes", "role": "mother"},
                            {"name": "Connor Heron", "role": "father"},
                            {"name": "Alfie Lowes", "role": "brother"},
                            {"name": "Karen Birkett", "role": "health visitor"}],
                 "address": "17 Hadrian Park Walk, Wallsend NE28 9TD",
                 "school": "Little Sparrows Day Nursery", "worker": O_WORKER},
        meta={"service": "Child Protection", "child_age_years": 0,
              "features": ["pre_verbal", "word_name", "nhs_in_text", "dob_in_text", "fragments", "spoken_headings",
                           "sibling_voice"]},
        body="""
o | Home visit, [A:17 Hadrian Park Walk], Wallsend, [PC:NE28 9TD], {date:Thursday} {time:10.30}.
o | Present {kin:mum} [P:Stacey-Leigh Lowes], dad [P:Connor Heron], baby [P:Summer] {age:4 months}, [P:Alfie] {age:3}.
o | Baby [P:Summer] DOB [DOB:29.07.25], NHS no [NHS:999 317 5520], for the record as the system has her twice.
w | Worries.
w | Bruise seen on baby's upper arm at clinic {date:last Friday}, size of a fingertip, {kin:mum} says caught it on the car seat buckle.
w | Non-mobile baby, explanation doesn't fit per paediatrician, {term:strategy discussion} held {date:Monday}, {term:section 47} ongoing.
w | [P:Connor] unemployed, smoking cannabis in the yard, says not in the house.
w | Flat cold, heating off to save money, baby in two vests and a cardigan.
ww | Good.
ww | Baby alert, smiley, good eye contact, feeding well, on the 50th centile.
ww | {kin:Mum} responsive, picked her up as soon as she grizzled, talked to her the whole time.
cv,wf,ww | [P:Alfie] showed me his drawing of "baby [P:Summer] in the bath" and said he's her big brother and he helps with the nappies.
cv,w | [P:Alfie] said his dad sleeps in the day and he plays with his cars quiet.
w | Parents say they've had a hard time since the {word:summer}, money mostly.
ns | Plan.
ns | Skeletal survey and bloods booked at the {place:RVI} {date:Tuesday}, {kin:mum} will take her, I'll meet them there.
ns | [P:Karen Birkett] HV to visit weekly, weigh and check skin.
ns | Warm home discount and fuel voucher application, me, by {date:Friday}.
ns | [P:Alfie]'s place at [S:Little Sparrows] to go up to three days, {kin:mum} agreed.
ns | {term:Initial child protection conference} to be booked within {dur:15 working days}.
"""),
    dict(
        id="o04",
        context={"child": {"name": "Brooklyn Carr", "dob": "2012-06-04"},
                 "people": [{"name": "Jodie Carr", "role": "mother"},
                            {"name": "Darren Carr", "role": "stepfather"},
                            {"name": "Ged Lisle", "role": "boxing coach"}],
                 "address": "5 Marden Road South, Whitley Bay NE26 2JS",
                 "school": "Monkseaton Links High School", "worker": O_WORKER},
        meta={"service": "Return home interview", "child_age_years": 13,
              "features": ["missing", "nickname", "dob_spoken", "no_punctuation", "local_club", "phone_spoken",
                           "adult_quotes_self", "dialect"]},
        body="""
o | return home interview [P:Brooklyn Carr] known as [P:Brook] {age:13} DOB [DOB:oh four oh six twenty twelve] seen at home [A:5 Marden Road South] {date:Sat} {time:11am} {kin:mam} [P:Jodie] in the kitchen not in the room
w | missing from {time:6pm} {date:Thurs} found by police {time:2am} on the beach near the {place:Spanish City}
cv,wf,w | [P:Brook] says he went because he had a row with his stepdad over his phone and just walked and walked
cv,w | said he was with older lads from Shiremoor drinking cans one of them had a car he didn't get in
cv,wf,w | said he doesn't feel like he belongs at home since the baby came and nobody notices if he's there or not
w | third missing episode since {date:September}
w | {kin:mam} says [P:Darren] is strict but fair says "I told him if he walks out that door again he needn't come back", she said that to me twice
cv,wf,ww | [P:Brook] lit up talking about boxing trains at [O:Cullercoats Harbour ABC] Mon and Weds coach [P:Ged] is "{dial:sound}" and he wants to fight in the novices in {date:March}
ww | no school concerns [S:Monkseaton Links] say attendance fine and he's polite
ww | he came to the door himself and talked for {dur:forty minutes} which is more than last time
cv,wf,ns | says he'd rather talk to [P:Ged] than a social worker and asked if [P:Ged] can be on his plan
ns | me to ask [P:Ged] and {kin:mam} about [P:Ged] being a trusted adult {date:this week}
ns | family mediation referral via early help me by {date:Weds}
ns | [P:Brook] has my number and [P:Ged]'s, he'll ring [P:Ged] on [PH:oh seven seven double oh nine double oh four one two] if it kicks off again instead of walking
"""),
    dict(
        id="o05",
        context={"child": {"name": "Faith Adeyemi", "dob": "2015-03-11"},
                 "people": [{"name": "Tunde Adeyemi", "role": "father"},
                            {"name": "Grace Adeyemi", "role": "stepmother"},
                            {"name": "Pastor Ojo", "role": "church leader"}],
                 "address": "88 Adelaide Terrace, Benwell, Newcastle upon Tyne NE4 8BW",
                 "school": "Benwell Hill Rise Primary School", "worker": O_WORKER},
        meta={"service": "Child in Need", "child_age_years": 10,
              "features": ["word_name", "church", "ni_in_text", "spoken_headings", "subtle_worry", "fragments",
                           "parent_quotes_child"]},
        body="""
o | [P:Femi Okonjo], {term:CIN} review visit, [P:Faith] {age:10}, [A:88 Adelaide Terrace], Benwell, {date:Sunday 29th} {time:2pm} after church.
o | Dad [P:Tunde], stepmum [P:Grace], [P:Faith], baby brother asleep upstairs.
ww | Going well.
ww | Physical chastisement concern from {date:last year} not repeated, school no marks, no disclosures since {date:February}, dad completed the parenting course.
cv,wf,ww | [P:Faith] sings in the children's choir at [O:Elswick Living Waters Fellowship] and told me she's got a solo at the carol service, "I'm scared but I'm doing it".
ww | Dad proud, came to her school assembly, first time.
cv,wf,o | [P:Tunde] said [P:Faith] told him she wants to be a doctor like her auntie in Lagos.
w | Worries.
w | Stepmum sharp with [P:Faith] at snack time, "you ate already, go and tidy".
cv,wf,w | [P:Faith] seen alone said "[P:Grace] loves the baby more, she doesn't say it but I know", then asked me not to tell.
cv,o | Said she gets her own breakfast and walks with her friend [P:Temi] to school.
w | Dad working nights at the depot, [P:Grace] on her own with the baby and [P:Faith] most evenings.
w | [P:Grace] said she's doing her best in good {word:faith} and nobody helps her.
ns | Next.
ns | Direct work with [P:Faith] on feelings about the baby, me, fortnightly.
ns | Ask Pastor [P:Ojo] about the church parents' group for [P:Grace].
ns | [P:Tunde] wants help with a childcare claim, his NI number is [NI:TN 48 21 07 B].
ns | Close in {dur:six weeks} if no new concerns.
"""),
]

NOTES += [
    dict(
        id="r01",
        context={"child": {"name": "Grace O'Neill", "dob": "2020-08-23"},
                 "people": [{"name": "Niamh O'Neill", "role": "mother"},
                            {"name": "Paddy O'Neill", "role": "maternal grandfather"},
                            {"name": "Jackie Swales", "role": "foster carer"},
                            {"name": "Ruth Appleton", "role": "social worker"}],
                 "address": "9 Lingfield Green, Coulby Newham, Middlesbrough TS8 0WE",
                 "school": "Hemlington Moor Primary School", "worker": R_WORKER},
        meta={"service": "Children in Care (family time)", "child_age_years": 5,
              "features": ["family_time", "word_name", "irish_names", "parent_worry_not_child", "drawing",
                           "phone_in_text"]},
        body="""
o | Supervised family time for [P:Grace O'Neill] with her {kin:mum} [P:Niamh O'Neill] at the family centre in Middlesbrough on {date:Wednesday the 25th of November}, {time:4pm} to {time:5.30pm}, supervised by [P:Shelley Garbutt].
o | [P:Grace] is {age:five} and was brought by her foster carer [P:Jackie Swales], and her {kin:grandad} [P:Paddy] joined for the last half hour as agreed.
ww | [P:Niamh] arrived ten minutes early, sober and well presented, with a packed tea she had made, and she had remembered [P:Grace]'s reading book.
cv,wf,ww | [P:Grace] ran straight to her shouting "{kin:Mammy}, {kin:Mammy}, I got a star for my letters", and they sat together on the beanbag reading for about fifteen minutes.
o | [P:Niamh] asked [P:Grace] to say {word:grace} before they ate, like they used to at home, and [P:Grace] did it with her eyes screwed shut and then giggled.
w | During tea [P:Niamh] asked [P:Grace] several times whether [P:Jackie] shouts at her and whether she gets enough to eat, and I had to redirect her twice.
cv,wf,ww | [P:Grace] answered "no, [P:Jackie] makes pancakes on Saturdays" and carried on with her sandwich, and she didn't seem upset by the questions.
w | [P:Niamh] became tearful and said she's frightened [P:Grace] will forget her, and she told me she hasn't been sleeping since her appeal was turned down.
cv,wf,o | [P:Grace] drew a picture of a house with three people in it and told me it was her, {kin:mammy} and {kin:grandad}, "and the dog we're going to get".
cv,wf,o | When it was time to go [P:Grace] clung to [P:Niamh]'s leg and said "I don't want the car, I want to stay with you", and she cried all the way out to the car park.
ww | [P:Niamh] managed the goodbye well, she told [P:Grace] she'd see her next week and didn't make promises she couldn't keep, which was a big change from {date:October}.
ns | I will pass on to [P:Ruth Appleton] that [P:Niamh] needs reminding again not to question [P:Grace] about her placement.
ns | [P:Jackie] is going to bring a transition toy for the car next week, and [P:Niamh] asked for a copy of [P:Grace]'s drawing to keep.
ns | [P:Paddy] asked to be told of any changes to the times on [PH:0191 498 0562].
"""),
    dict(
        id="r02",
        context={"child": {"name": "Michael Stainsby", "dob": "2011-01-07"},
                 "people": [{"name": "Mandy Stainsby", "role": "mother"},
                            {"name": "Aaron Pearce", "role": "residential support worker"},
                            {"name": "Wayne", "role": "registered manager"}],
                 "address": "Roseberry Brook House, 2 Kirkleatham Fold, Redcar TS10 5RJ",
                 "school": "Dormanstown Vale Academy", "worker": R_WORKER},
        meta={"service": "Children in Care (residential)", "child_age_years": 14,
              "features": ["residential", "key_work", "nickname", "behaviour", "scaling", "dob_in_text",
                           "adult_quotes_self", "dialect"]},
        body="""
o | Key work session with [P:Mikey Stainsby] in the lounge at [O:Roseberry Brook House] on {date:Sunday evening}, about {dur:forty-five minutes}, recorded by his key worker [P:Shelley Garbutt].
o | [P:Mikey] is {age:fourteen} and has been with us since {date:June}, and the session was to talk about the incident on {date:Friday} night.
w | On {date:Friday} at {time:about ten past nine} [P:Mikey] punched a hole in the hallway wall and threw a chair at the office door after [P:Aaron] told him he couldn't have his phone back until {time:ten}.
w | He then left the house and was reported missing at {time:ten}, and he was brought back by police at {time:half twelve} smelling of cannabis.
cv,wf,w | When we talked about it he said "I was {dial:radgie}, I just saw red, it's not even about the phone", and that he'd had a message from his {kin:mam} that afternoon saying she wasn't coming to see him at Christmas.
cv,wf,w | He said he feels like everybody gives up on him in the end and he was waiting for us to do the same.
o | I said to him, "nobody here is giving up on you, we're still here on a Monday", and he rolled his eyes but he didn't walk off.
cv,wf,ww | He scaled himself at a {scale:six} out of ten for how settled he feels here, and said it would be higher if he had his own telly.
ww | He apologised to [P:Aaron] himself on {date:Saturday} without being asked, and they spent the afternoon fixing his bike together.
ww | School report he's had {dur:three weeks} with no exclusions at [S:Dormanstown Vale], which is the longest run since he moved here.
cv,wf,ns | [P:Mikey] asked if he could ring his {kin:nana} on Christmas Day instead, and said he'd like her to come to his {term:LAC review}.
ns | I will speak to [P:Wayne] on {date:Monday} about a call to [P:Mandy] so that plans for Christmas are clear before the review.
ns | [P:Aaron] will agree a new phone plan with [P:Mikey] this week, and I'll ask for a referral to the young people's substance misuse service.
ns | The review papers have his date of birth wrong, it is [DOB:7 January 2011], I'll correct it.
"""),
    dict(
        id="r03",
        context={"child": {"name": "Ivy Lambert", "dob": "2017-11-30"},
                 "people": [{"name": "Scott Lambert", "role": "father"},
                            {"name": "Carly Lambert", "role": "stepmother"},
                            {"name": "Denise Hopper", "role": "foster carer"}],
                 "address": "44 Bishopton Lane, Stockton-on-Tees TS18 1HQ",
                 "school": "Hartburn Willows School", "worker": R_WORKER},
        meta={"service": "Children in Care (family time)", "child_age_years": 8,
              "features": ["non_verbal", "makaton", "family_time", "parent_words_about_child", "nhs_in_text",
                           "special_school"]},
        body="""
o | Family time for [P:Ivy Lambert], {age:eight}, with her {kin:dad} [P:Scott] at the contact room in Stockton on {date:Saturday the 28th}, {time:10am} to {time:12}, supervised by [P:Shelley Garbutt].
o | [P:Ivy] is autistic and non-verbal, she uses {tool:Makaton} signs and a communication book, and her foster carer [P:Denise Hopper] brought her and stayed for the handover.
cv,wf,ww | When [P:Ivy] saw her {kin:dad} she flapped her hands, ran to him and signed "dad" and "play", and she took him by the hand to the sensory corner.
ww | [P:Scott] got down on the floor with her and copied her lining up the bricks, and he has clearly been practising his signs since last time.
o | [P:Scott] said "she knows exactly who I am, she's always been a daddy's girl", and that she gets her stubbornness from him.
cv,wf,o | [P:Ivy] pointed to the picture of the swings in her book and then to the window, and when [P:Scott] signed "later" she stamped her feet and turned away from him for a minute.
wf,w | [P:Scott] then took his phone out and was on it for about ten minutes, and [P:Ivy] went and sat under the table rocking and humming until I prompted him.
cv,wf,ww | When he came back to her she signed "more" for the tickle game and laughed, and she put his hand on her head for him to stroke her hair.
w | [P:Scott] told me his new partner [P:Carly] doesn't want [P:Ivy] at the house overnight yet because "she doesn't sleep and she wrecks the place".
wf,w | At the end [P:Ivy] wouldn't put her coat on, she lay on the floor and bit her own hand, and it took [P:Denise] and me ten minutes to help her to the car.
ww | [P:Denise] says [P:Ivy] is usually settled within the hour after contact now, which is a lot better than in {date:the summer}.
ns | I'll share the picture of the swings with [P:Denise] so the next session can be at the park, if the social worker agrees.
ns | I'll speak to [P:Scott] before next time about keeping his phone in his pocket, and ask [S:Hartburn Willows] for a now-and-next board we can use at handover.
ns | For the park risk assessment her NHS number is [NHS:999 783 6041].
"""),
    dict(
        id="r04",
        context={"child": {"name": "Roj Ahmadi", "dob": "2013-04-16"},
                 "people": [{"name": "Shilan Ahmadi", "role": "mother"},
                            {"name": "Zana Ahmadi", "role": "sister"},
                            {"name": "Hemin Karimi", "role": "Kurdish Sorani interpreter"},
                            {"name": "Lisa Dunn", "role": "foster carer"}],
                 "address": "Flat 12, Lindisfarne Court, 60 Raby Road, Hartlepool TS24 8AP",
                 "school": "Rift House Vale Academy", "worker": R_WORKER},
        meta={"service": "Children in Care (family time)", "child_age_years": 12,
              "features": ["interpreter", "family_time", "siblings", "child_interprets", "email_in_text",
                           "own_language_words", "postcode"]},
        body="""
o | Supervised family time for [P:Roj] ({age:12}) and [P:Zana] ({age:7}) [P:Ahmadi] with their mother [P:Shilan] at the family centre in Hartlepool, {date:Thursday 26th November}, {time:3.45} to {time:5.15}.
o | [P:Shilan] speaks Kurdish Sorani and very little English, and [P:Hemin Karimi] interpreted in person for the whole session.
ww | [P:Shilan] brought rice and chicken she had cooked at home and laid a cloth on the floor so they could eat together, and both children ate well.
cv,wf,ww | [P:Zana] sat on her mother's knee for most of the session, called her {kin:daya} and stroked her face, and showed her the certificate she got for swimming.
cv,w | [P:Roj] kept translating for his mother before [P:Hemin] could, and when I asked him to let the interpreter do it he said "I'm faster, he's too slow".
w | [P:Shilan] told us through [P:Hemin] that she has been moved to a new room at [A:Flat 12, Lindisfarne Court], [PC:TS24 8AP], and that she is frightened because a man in the building knocks on her door at night.
cv,wf,w | [P:Roj] heard this and went very quiet, and later said to me in English, "I should be there to look after her, I'm the man now", and asked me not to tell the interpreter he'd said it.
o | [P:Hemin] said he would keep anything said in the session confidential to the professionals, and he explained that to [P:Shilan] again in Sorani.
cv,wf,ww | [P:Zana] said she likes her foster carer [P:Lisa] because "she lets me help with the cakes", and [P:Shilan] smiled and said that was good.
cv,wf,w | [P:Shilan]'s asylum appeal hearing is still not listed, and she cried when [P:Roj] asked her when they would live together again.
ww | The goodbye was calm, she hugged both children and told [P:Roj] in English "be good boy, do your homework".
ns | I will tell the social worker today about the man knocking on her door so the accommodation provider and police can be contacted.
ns | The next session is {date:Thursday the 3rd} at {time:3.45}, with the same interpreter booked, and [P:Shilan] asked that the children's school reports from [S:Rift House Vale] are sent to her support worker at [E:hpool.refugeehelp.kw12@outlook.com].
ns | I will ask [P:Roj]'s social worker about some one-to-one time so he can talk about feeling responsible for his mum.
"""),
    dict(
        id="r05",
        context={"child": {"name": "Tegan Hunter-Lowe", "dob": "2010-01-09"},
                 "people": [{"name": "Gail Hunter", "role": "mother"},
                            {"name": "Jordan Lowe", "role": "father"},
                            {"name": "Bex", "role": "residential support worker"}],
                 "address": "Eston Grange House, 15 Church Lane, Eston, Middlesbrough TS6 9EG",
                 "school": "Normanby Hall College", "worker": R_WORKER},
        meta={"service": "Children in Care (residential)", "child_age_years": 15,
              "features": ["residential", "double_barrelled", "word_name", "missing", "safety_planning", "scaling",
                           "dob_spoken", "ni_in_text"]},
        body="""
o | Key work and safety planning session with [P:Tegan Hunter-Lowe] at [O:Eston Grange House] on {date:Monday the 30th of November}, {time:half four} till {time:quarter to six}, with [P:Bex] sitting in at [P:Tegan]'s request.
o | [P:Tegan] is {age:fifteen}, and the session followed her going missing twice last week, once overnight.
cv,w | On the overnight she was found in a flat in North Ormesby with two men in their twenties and a girl from her old school, and she had bruising to her wrist she said she got at the gym.
cv,wf,w | She told me she goes because "they treat me like an adult, not like a case file", and that one of them, who she calls [P:Smiley], buys her vapes and lets her stay.
cv,wf,o | She said she doesn't want the police involved, "cos they just bring me back and nothing changes", and she wants her {kin:mam} to stop ringing her.
ww | [P:Tegan] has been going to the gym at [O:Ironstone Youth Boxing] three times a week, and the coach says she's one of the hardest workers there.
ww | She's not self-harmed since {date:August}, which is the longest she's gone, and she took her medication every day this week without prompting.
cv,wf,w,ww | She scaled how safe she feels in the house at an {scale:eight} and how safe she feels when she's out at a {scale:three}, and said the three is "because of who I'm with, not where".
cv,wf,ns | We did her safety plan together and she chose [P:Bex] and her {kin:nan} as the people she'll text, and she said she'll send a thumbs up every {dur:two hours} if she's out.
cv,o | I told her, "I'd rather you rang at {time:three in the morning} than didn't ring at all", and she said "yeah, I know, you say that every time".
ns | The manager will make a referral to the exploitation team tomorrow and share [P:Smiley]'s description and the flat's location with police.
ns | [P:Bex] will take [P:Tegan] to the sexual health clinic on {date:Thursday}, which she agreed to, and I'll chase her {term:PEP} with [S:Normanby Hall College].
ns | For her bank account she needs her NI number, which is [NI:QQ 90 44 17 C], and her date of birth, [DOB:the ninth of January, two thousand and ten].
"""),
]
