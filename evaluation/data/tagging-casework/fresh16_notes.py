"""fresh16's 12 notes, marked up for make_fresh16.py (see its docstring for the markup).

Everything is invented: phone numbers in Ofcom's drama ranges, NHS numbers in the 999 range, NI
numbers with the never-issued QQ prefix; names, addresses, schools and local organisations made up.
Three authors (the id's letter), four notes each:
  e  a hospital social worker, discharge-planning visits: a baby and a teenage parent (the parent's
     own voice as a child beside the baby's non-verbal cues)
  f  a children's home key worker, shift-style notes on two looked-after teenagers, paraphrased voice
     ("he reckons", "she was adamant that"), subtle worries (missing episodes, new older friends)
  g  a disabled children's team worker: children using Makaton or eye-gaze, parents' voices dominant,
     the child's preferences shown by behaviour
"""

NOTES = []


def note(id, context, meta, body):
    NOTES.append({"id": id, "context": context, "meta": meta, "body": body})


# ------------------------------------------------- e: hospital social worker, baby and teenage parent

note("e01",
     {"child": {"name": "Hope Mellors", "dob": "2026-11-21"},
      "people": [{"name": "Jade Mellors", "role": "mother, aged 16"},
                 {"name": "Tina Mellors", "role": "maternal great-grandmother"},
                 {"name": "Kyle Bestwick", "role": "father, aged 19"}],
      "address": "7 Cinderhill Walk, Bulwell, Nottingham NG6 8RJ",
      "school": "Bulwell Academy (mother's school)", "worker": "Sarah Pennington"},
     {"service": "Child in Need", "child_age_years": 0,
      "features": ["pre_verbal", "teenage_parent", "hospital", "word_name", "domestic_abuse"]},
     """
o | Discharge planning visit to baby [P:Hope] and her {kin:mum} [P:Jade Mellors] on the postnatal ward at {place:Nottingham City Hospital}, {date:Thursday 26 November}, from {time:two o'clock} for about {dur:an hour}.
o | [P:Hope] was born on [DOB:21 November 2026] at thirty four weeks and was on the neonatal unit until {date:Monday}; her NHS number is [NHS:999 402 7713].
ww | [P:Jade] was feeding her when I arrived, holding her close and talking to her the whole time, and [P:Hope] fed well and settled against her chest.
cv, wf, ww | [P:Jade] told me 'I know everyone thinks I'm too young, but I'm not giving her up, she's mine', and she said she wants to go home to her {kin:nan}'s rather than a {term:mother and baby placement}.
w | Ward staff have noted that [P:Jade] gets overwhelmed at night and twice left [P:Hope] crying for long spells while she was on her phone.
cv, wf, w | When I asked about that she went quiet and then said 'I'm just so tired, nobody tells you it's this hard'.
w | [P:Hope]'s {kin:dad} [P:Kyle Bestwick] is {age:nineteen} and the police were called last year after he pushed [P:Jade] during an argument at his flat at [A:14 Bestwood Park Drive].
cv, wf, w | [P:Jade] said she still sees him and 'he's changed, he's dead excited about the baby', but she did not want him told the discharge date.
ww | Her {kin:nan} [P:Tina Mellors] came in at {time:half two} and has cleared the back bedroom at [A:7 Cinderhill Walk], [PC:NG6 8RJ], with a cot and a steriliser.
ww, ns | [P:Tina] will do the night feeds at weekends so that [P:Jade] can go back to [S:Bulwell Academy] part time after Easter.
ww | When [P:Tina] took [P:Hope] for a cuddle the baby startled and cried, and she quietened as soon as [P:Jade] spoke to her.
w | I {word:hope} this works, but [P:Jade] is leaning on her {kin:nan} for everything and has not yet bathed the baby or done a night on her own.
ns | Plan is a {term:discharge planning meeting} on {date:Tuesday} with the {natl:Family Nurse Partnership}, a referral to [O:Cinderhill Young Parents Group], and registration with [O:Bulwell Riverside Medical Centre].
ns | [P:Jade]'s number is [PH:07700 900318] and I will ring her on {date:Monday} to check she has the car seat.
""")

note("e02",
     {"child": {"name": "Mason Oldroyd", "dob": "2026-11-18"},
      "people": [{"name": "Kayleigh Oldroyd", "role": "mother, aged 15, looked after"},
                 {"name": "Denise Hague", "role": "foster carer"},
                 {"name": "Lorraine Oldroyd", "role": "maternal grandmother"},
                 {"name": "Priya Raval", "role": "neonatal nurse"}],
      "address": "31 Wadsley Lane, Hillsborough, Sheffield S6 4EN",
      "school": "Hillsborough Park School (mother's school)", "worker": "Sarah Pennington"},
     {"service": "Child Protection", "child_age_years": 0,
      "features": ["pre_verbal", "teenage_parent", "looked_after_parent", "hospital", "parent_childhood"]},
     """
o | Visit to [P:Mason] and his {kin:mum} [P:Kayleigh] on the neonatal unit at the {place:Jessop Wing}, {date:Friday 27 November}, {time:ten till eleven}, with her foster carer [P:Denise Hague].
w | [P:Mason] was born on [DOB:18/11/2026] and has been treated for withdrawal because [P:Kayleigh] was using cannabis and sometimes pills until about {dur:six months} into the pregnancy.
w | He is still jittery, he cried with a high-pitched cry when the nurse changed him and arched his back away from the light.
ww | [P:Kayleigh] swaddled him the way nurse [P:Priya] showed her and he calmed within a couple of minutes, and she was gentle and patient with him.
cv, wf, ww | [P:Kayleigh] said she has been clean since she moved to [P:Denise]'s and 'I want him to have what I never had'.
cv, wf, w | She told me that when she was little her own {kin:mum} used to leave her and her brother on their own for days, and she said 'I'm not being like her, I'd rather die'.
w | Her {kin:mum} [P:Lorraine Oldroyd] turned up on the unit on {date:Wednesday} shouting and security had to ask her to leave.
cv, wf, w | [P:Kayleigh] was adamant she does not want [P:Lorraine] to know where she and the baby will live.
ww | [P:Denise] has fostered teenage mums before and has a cot already up at [A:31 Wadsley Lane], [PC:S6 4EN].
ww, ns | She said she will sit up with [P:Kayleigh] for the first few nights but wants her to do the feeds herself.
w | My worry is that [P:Kayleigh] is {age:fifteen}, has missed most of Year 10 at [S:Hillsborough Park School], and has said twice this week that she 'can't be bothered with all these meetings'.
ns | [P:Mason] stays on the unit until he has gone {dur:three days} without medication, then home to [P:Denise]'s under a {term:child protection plan}.
ns | The {term:initial child protection conference} is on {date:the 9th}, and I will ask the {term:IRO} for [P:Kayleigh]'s review to be held on the same day so she is not pulled in twice.
ns | [P:Denise] can be reached on [PH:0114 496 0527] and [P:Mason]'s NHS number is [NHS:999 617 3390].
""")

note("e03",
     {"child": {"name": "Ava-Rose Pickering", "dob": "2026-11-10"},
      "people": [{"name": "Chloe Pickering", "role": "mother, aged 17"},
                 {"name": "Dean Rudd", "role": "father, aged 18"},
                 {"name": "Maxine Rudd", "role": "paternal grandmother"}],
      "address": "Flat 3, 22 Holderness Road, Hull HU9 1EG",
      "school": "Hull College (mother's college)", "worker": "Sarah Pennington"},
     {"service": "Child in Need", "child_age_years": 0,
      "features": ["pre_verbal", "teenage_parent", "hospital", "medical_needs", "young_father"]},
     """
o | Discharge planning visit at the {place:Women and Children's Hospital} in Hull, {date:Monday 23 November} at {time:eleven}, with [P:Chloe], {age:seventeen}, and [P:Dean], {age:eighteen}, baby [P:Ava-Rose] in her cot between them.
o | [P:Ava-Rose] was born on the [DOB:10th of November] with a cleft palate and is fed through a nasogastric tube while she waits for surgery.
ww | [P:Chloe] has done every tube feed herself since {date:Friday} and the nurses say she checks the position properly each time.
ww | [P:Ava-Rose] was awake and alert, she turned towards [P:Chloe]'s voice and kept hold of her finger.
cv, wf, w | [P:Chloe] said 'I'm scared I'll do it wrong at home when there's no nurse', and she asked if someone could come out the first night.
cv, wf, w | She told me she had no one to ask when she was a kid because her {kin:dad} was always drinking, and 'I don't want her growing up with nobody'.
w | [P:Dean] was quieter and said he has lost his apprenticeship because he has been up here every day.
ww | He said he wants to be the one doing the nights so [P:Chloe] can keep going to [S:Hull College], and 'I'm her {kin:dad}, I'm not going anywhere'.
w | The flat at [A:Flat 3, 22 Holderness Road], [PC:HU9 1EG] has damp in the bedroom and no cot yet, and they are behind on the rent.
ww | [P:Dean]'s {kin:mum} [P:Maxine Rudd] has offered her spare room on [A:Preston Road] until the flat is sorted, and the couple agreed.
ns | I have applied to the {natl:Family Fund} for a cot and steriliser and sent a referral to [O:East Hull Young Families Hub].
ns | The community nursing team will visit on the day of discharge, and I will join the health visitor on {date:Thursday}.
ns | Contact for [P:Chloe] is [PH:07700 900744], or [P:Maxine] on [PH:01482 496 0193].
""")

note("e04",
     {"child": {"name": "Lily Bentley", "dob": "2026-11-24"},
      "people": [{"name": "Demi Bentley", "role": "mother, aged 16"},
                 {"name": "Callum Shaw", "role": "father, aged 16"},
                 {"name": "Angela Bentley", "role": "maternal grandmother"},
                 {"name": "Gemma Forrester", "role": "ward midwife"}],
      "address": "58 Chell Heath Road, Stoke-on-Trent ST6 6PD",
      "school": "Chell Heath Academy (parents' school)", "worker": "Sarah Pennington"},
     {"service": "Early Help", "child_age_years": 0,
      "features": ["pre_verbal", "teenage_parent", "hospital", "both_parents_children", "relayed_voice"]},
     """
o | Visit to the postnatal ward at {place:Royal Stoke}, {date:Saturday 28 November} at {time:half nine}, to plan discharge for baby [P:Lily] and her parents [P:Demi Bentley] and [P:Callum Shaw], who are both {age:sixteen}.
o | [P:Lily] was born on [DOB:24.11.26] weighing six pounds two, and her NHS number is [NHS:999 205 8841].
ww | [P:Demi] changed her while I was there and talked her through it, and [P:Lily] stopped crying and watched her face.
w | Midwife [P:Gemma Forrester] told me [P:Lily] was dropped onto the bed on {date:Thursday} when [P:Demi] fell asleep feeding her, and was checked and not hurt.
cv, wf, w | [P:Demi] said she was 'mortified' and 'I keep thinking what if it had been the floor'.
cv, wf, o | She said she wants to stay at her {kin:mum}'s at [A:58 Chell Heath Road], [PC:ST6 6PD], and she does not want to go to a unit where 'they watch you all the time'.
cv, wf, ww | [P:Callum] told me he wants to be there for every visit and to learn to bath her, but his {kin:mum} has said he has to finish his exams at [S:Chell Heath Academy] first.
cv, w | [P:Gemma] said [P:Callum] told her on the ward that he gets shouted at at home for 'wasting his life', and that he has been sleeping at a mate's.
ww | [P:Demi]'s {kin:mum} [P:Angela Bentley] has taken leave from work for {dur:two weeks} and has done a safe sleep session with the midwife.
w | [P:Angela] said 'she's a baby herself, I'll be doing it all', which worries me because [P:Demi] needs the chance to learn.
ns | We agreed discharge on {date:Monday} to [P:Angela]'s, a {term:TAF} meeting in {dur:two weeks}, and a referral to [O:Chell Heath Baby Steps Group].
ns | I will ask the school nurse to see [P:Callum] on his own about home, and the health visitor can be reached on [PH:01782 496 0352].
""")

# ------------------------------------------- f: children's home key worker, two looked-after teenagers

_HOME = {"address": "Larkfield House, 12 Larkfield Rise, Ossett, Wakefield WF5 0HT",
         "worker": "Marcus Greenwood"}

note("f01",
     {"child": {"name": "Chase Whitfield", "dob": "2011-04-02"},
      "people": [{"name": "Ellie-May Grant", "role": "other young person in the home"},
                 {"name": "Tanya Whitfield", "role": "mother"},
                 {"name": "Paul Dyson", "role": "residential support worker"}],
      "school": "Ossett Horizon Academy", **_HOME},
     {"service": "Children Looked After", "child_age_years": 15,
      "features": ["residential_key_work", "paraphrased_voice", "subtle_worry", "word_name", "exploitation"]},
     """
o | Late shift, {date:Tuesday 17 November}, {time:3 till 11}, key work with [P:Chase] at [O:Larkfield House].
o | [P:Chase] got back from [S:Ossett Horizon Academy] at {time:ten to four} and went straight up for a shower.
cv, wf, ww | Over tea he reckons school is 'alright at the minute' and he is happy with his new maths teacher.
cv, w | He asked if he could go into Wakefield after tea to meet 'a mate from football', and when I asked who, he said I would not know him.
w | [P:Chase] has not played for the team since {date:October} and this is the third new name this month.
w | He came back at {time:ten past nine}, forty minutes after his curfew, smelling of cannabis and with a new bag, and said it was borrowed.
cv, wf, w | He was adamant that he had not done anything wrong and said staff '{word:chase} me about everything', then laughed at his own name.
o | I said we do not {word:chase} him to wind him up but because we want him home safe.
ww | [P:Chase] did sit with me in the kitchen for about {dur:twenty minutes} afterwards and made us both a brew.
cv, wf, o | He told me he misses his {kin:mum} and wants his contact with her moved to Saturdays so it does not clash with football.
ww | [P:Ellie-May] was kind to him at supper and they played {brand:FIFA} together until bed, which settled him.
w | Staff on the early shift said a silver car was parked at the end of [A:Larkfield Rise] twice last week with two older lads in it.
ns | I have logged the car and the late return, and [P:Paul] will pass it on to the {natl:police} missing persons coordinator tomorrow.
ns | I will raise the new friends at {term:LAC review} and ask his social worker to do a {term:CSE and CCE screening}.
""")

note("f02",
     {"child": {"name": "Ellie-May Grant", "dob": "2012-08-19"},
      "people": [{"name": "Chase Whitfield", "role": "other young person in the home"},
                 {"name": "Kerry Grant", "role": "mother"},
                 {"name": "Jess Lockwood", "role": "residential support worker"},
                 {"name": "Abdul Rahman", "role": "social worker"}],
      "school": "Horbury Bridge Academy", **_HOME},
     {"service": "Children Looked After", "child_age_years": 14,
      "features": ["residential_key_work", "paraphrased_voice", "subtle_worry", "missing_episode", "older_friends", "names_not_in_context"]},
     """
o | Early shift, {date:Saturday 21 November}, {time:7 till 3}, with [P:Ellie-May] and [P:Chase], [P:Jess] on with me.
w | [P:Ellie-May] was reported missing at {time:11pm} last night and came back by taxi at {time:half one} this morning; the night staff did not know who paid for it.
o | She slept until {time:eleven} and came down for toast in a hoodie I have not seen before.
cv, wf, w | She was adamant that she was 'just at [P:Shannon]'s' and said she is sick of everyone treating her like a baby.
cv, w | She reckons [P:Shannon] is {age:nineteen} and has her own flat in Dewsbury, and she 'looks after' her.
w | [P:Ellie-May] has had three missing episodes in {dur:four weeks}, all on a Friday, and each time she has come back with something new.
cv, wf, ww | When I asked how she felt about being here, she said it is better than her last placement and she likes her room, but it is 'dead boring' at weekends.
cv, wf, o | She said she wants to see her {kin:mum} [P:Kerry] more and that she would 'go straight home tomorrow if they let me'.
ww | She agreed to do her {term:return home interview} with [P:Abdul Rahman] rather than someone new, which she has refused the last two times.
ww | She helped [P:Jess] bake for the home's fundraiser and was chatty and funny for most of the afternoon.
w | Her phone kept buzzing and she took it into the garden each time, and she would not say who was messaging.
ns | I have told the on-call manager and updated the missing persons log and the {term:Philomena Protocol} form with the hoodie and the taxi.
ns | [P:Abdul] is on [PH:01924 496 0716] and is coming on {date:Monday}; I will ask him to check [P:Shannon]'s details with the police.
""")

note("f03",
     {"child": {"name": "Chase Whitfield", "dob": "2011-04-02"},
      "people": [{"name": "Ellie-May Grant", "role": "other young person in the home"},
                 {"name": "Tanya Whitfield", "role": "mother"},
                 {"name": "Paul Dyson", "role": "residential support worker"},
                 {"name": "Karen Mitchell", "role": "social worker"}],
      "school": "Ossett Horizon Academy", **_HOME},
     {"service": "Children Looked After", "child_age_years": 15,
      "features": ["residential_key_work", "paraphrased_voice", "subtle_worry", "family_time", "sibling_voice"]},
     """
o | Key work session and family time, {date:Sunday 22 November}, {time:1 till 6}, [P:Chase] and I drove to meet his {kin:mum} [P:Tanya] at {place:Xscape} in Castleford.
o | His date of birth for the family time record is the [DOB:second of April 2011] and his NHS number is [NHS:999 730 4428].
ww | [P:Tanya] was on time, which has not happened since {date:September}, and she had brought his younger sister [P:Macy].
cv, wf, ww | [P:Chase] lit up when he saw [P:Macy] and he said afterwards it was 'the best Sunday in ages'.
cv, wf, o | [P:Macy] told me in the queue for bowling that she wants [P:Chase] to come home for Christmas and she has saved him a present.
w | [P:Tanya] said she has a new partner and was vague about whether he is living at [A:41 Flanshaw Lane], [PC:WF2 9JS].
cv, wf, w | [P:Chase] reckons the new partner is 'a dick' and said he will not go home if he is there.
w | In the car back he got three calls from a withheld number and turned his phone off, and said it was 'just the lads'.
cv, wf, w | He told me he would like to go back to football at [O:Ossett Albion Juniors] but that he 'owes a couple of people' first.
w | I did not get him to say any more about who he owes or what, and he changed the subject to his trainers.
ns | I will pass the calls and the comment about owing people to [P:Karen Mitchell] tomorrow and ask for a strategy discussion if she agrees.
ns | [P:Paul] will ring the football coach on [PH:07700 900562] to ask about training on Thursdays.
""")

note("f04",
     {"child": {"name": "Ellie-May Grant", "dob": "2012-08-19"},
      "people": [{"name": "Chase Whitfield", "role": "other young person in the home"},
                 {"name": "Jess Lockwood", "role": "residential support worker"},
                 {"name": "Abdul Rahman", "role": "social worker"},
                 {"name": "Lynne Carter", "role": "registered manager"}],
      "school": "Horbury Bridge Academy", **_HOME},
     {"service": "Children Looked After", "child_age_years": 14,
      "features": ["residential_key_work", "paraphrased_voice", "subtle_worry", "education", "health"]},
     """
o | Late shift, {date:Wednesday 25 November}, {time:3 till 11}, [P:Ellie-May] and [P:Chase] both in.
w | [S:Horbury Bridge] rang to say [P:Ellie-May] left at lunch and did not come back, and a Year 11 girl said she got into a car outside the chip shop.
o | It was the attendance officer at [S:Horbury Bridge Academy] who rang, at {time:quarter past one}.
ww | She came back to [O:Larkfield House] by herself at {time:six}, before anyone had reported her missing.
cv, w | She was adamant that she only went to the doctor's at [O:Orchard Croft Surgery] because she had a sore throat and did not want to miss it.
w | The surgery confirmed she had an appointment, but she was there at {time:two} and was out for another {dur:four hours}.
cv, wf, w | She said she was upset because girls at school were saying things about her online and she just wanted to get away.
cv, wf, ww | She reckons nobody here would understand, but she let me sit with her in the lounge and said I was 'alright for staff'.
ww | [P:Chase] made her a hot chocolate and told her to 'ignore them, they're nobodies', which made her laugh.
w | She had a new eyeliner and a vape and said an older friend she met in town 'gives her stuff'.
w | This is the same pattern as her missing episodes, and I am worried someone is grooming her.
ns | [P:Lynne Carter] has asked for an urgent meeting with [P:Abdul Rahman] and school, and we will do a {term:MACE} referral.
ns | I will go through the online safety stuff with her tomorrow and ask if she will show me the messages.
""")

# ---------------------------------------- g: disabled children's team, Makaton and eye-gaze, parents' voices

note("g01",
     {"child": {"name": "Robin Ashworth", "dob": "2016-02-14"},
      "people": [{"name": "Helen Ashworth", "role": "mother"},
                 {"name": "Stuart Ashworth", "role": "father"},
                 {"name": "Nadia Ashworth", "role": "sister, aged 12"}],
      "address": "19 Mickleover Close, Derby DE3 9LW",
      "school": "Ivy Bank Special School", "worker": "Fiona Dale"},
     {"service": "Child in Need", "child_age_years": 10,
      "features": ["non_verbal", "eye_gaze", "parent_voice_dominant", "behaviour_as_preference", "word_name", "sibling_voice"]},
     """
o | Child in Need visit to [P:Robin Ashworth] at home, [A:19 Mickleover Close], [PC:DE3 9LW], {date:Tuesday 10 November}, {time:4pm}, with {kin:mum} [P:Helen] and {kin:dad} [P:Stuart].
o | [P:Robin] has cerebral palsy and uses an {comm:eye-gaze} device with about sixty symbols, and he was in his chair by the window when I arrived.
w | [P:Helen] did most of the talking and said she is 'running on empty', she has had no {term:short breaks} since the summer and [P:Stuart] works away four nights a week.
w | [P:Stuart] said the hoist in the bathroom has been broken for {dur:three weeks} and they are lifting [P:Robin] between them, which is hurting [P:Helen]'s back.
ww | Both parents were warm with him and [P:Helen] knew every sound he made, she told me 'that one means he's bored of us'.
cv, wf, o | When I asked [P:Robin] about school he looked at the {comm:eye-gaze} screen and chose 'happy' and then 'swimming'.
cv, wf, ww | He then chose 'friend' and the photo of a boy in his class, which [P:Helen] said he has never done before.
wf, ww | He was smiling and kicking his legs when a {word:robin} landed on the bird feeder outside, and [P:Stuart] said he watches it every morning.
cv, wf, w | When [P:Helen] mentioned the respite unit he turned his head away from the screen and pushed his hand against the tray, which she said is how he says no.
cv, wf, w | His sister [P:Nadia] told me that [P:Robin] cried all the way home last time he went and she thinks he doesn't like the night staff there.
w | [P:Helen] said she knows he doesn't like it but 'we can't do this without it'.
ns | I will chase the occupational therapy referral for the hoist today and ask [O:Hazelwood Short Breaks] whether [P:Robin] can try day sessions first.
ns | I will visit [S:Ivy Bank Special School] to see how he uses his device there and speak to his teacher about the friend he chose.
ns | [P:Helen]'s mobile is [PH:07700 900931].
""")

note("g02",
     {"child": {"name": "Maisie Holt", "dob": "2018-06-30"},
      "people": [{"name": "Donna Holt", "role": "mother"},
                 {"name": "Carl Holt", "role": "father"},
                 {"name": "Brenda Holt", "role": "paternal grandmother"}],
      "address": "6 Bracebridge Mews, Lincoln LN5 8QE",
      "school": "Fosse Way Academy", "worker": "Fiona Dale"},
     {"service": "Child in Need", "child_age_years": 8,
      "features": ["non_verbal", "makaton", "parent_voice_dominant", "behaviour_as_preference", "parental_conflict"]},
     """
o | Visit to [P:Maisie Holt] at [A:6 Bracebridge Mews], [PC:LN5 8QE] on {date:Thursday 12 November} after school, with [P:Donna] and [P:Carl].
o | [P:Maisie] has Down's syndrome and a hearing loss and uses {comm:Makaton} signs and a few spoken words.
w | The parents disagreed in front of me about almost everything, [P:Carl] said [P:Donna] 'babies her' and [P:Donna] said he is never here to see how hard it is.
w | [P:Donna] said they row most nights and [P:Maisie] puts her hands over her ears and goes under the table.
w | [P:Carl] said 'she's fine, she doesn't understand any of it'.
cv, wf, w | When I asked [P:Maisie] how home was, she signed 'sad' and then 'shout', and pointed at both of them.
cv, wf, ww | She signed '{kin:nanny}' and 'biscuit' and took my hand to the window to show me where [P:Brenda] parks her car.
ww | [P:Donna] said her {kin:nan} [P:Brenda] has her every Saturday and [P:Maisie] is always calm when she comes back.
wf, ww | [P:Maisie] was giggling and relaxed while she showed me her sticker book and let me sign the animals with her.
cv, wf, o | When her {kin:dad} offered to help she pushed the book towards {kin:mum} instead and signed 'mummy'.
ww | School at [S:Fosse Way Academy] report she is doing well and they use {comm:Makaton} in class every day.
ns | I have offered both parents a referral to [O:Lincoln Parents Together] and [P:Carl] agreed to think about it.
ns | I will share the signing with her teacher and ask school to watch for any change in her mood.
ns | Her NHS number is [NHS:999 483 1106] and the family number is [PH:01522 496 0884].
""")

note("g03",
     {"child": {"name": "Oliver Kowalski", "dob": "2013-09-05"},
      "people": [{"name": "Agnieszka Kowalski", "role": "mother"},
                 {"name": "Tomasz Kowalski", "role": "father"},
                 {"name": "Zofia Kowalski", "role": "sister, aged 9"}],
      "address": "2 Heworth Green, York YO31 7TQ",
      "school": "Fulford Vale School", "worker": "Fiona Dale"},
     {"service": "Child in Need", "child_age_years": 13,
      "features": ["non_verbal", "eye_gaze", "parent_voice_dominant", "behaviour_as_preference", "polish", "transition", "ni_number"]},
     """
o | Review visit to [P:Oliver] at [A:2 Heworth Green], [PC:YO31 7TQ], {date:Monday 16 November}, with {kin:mama} [P:Agnieszka] and {kin:tata} [P:Tomasz].
o | [P:Oliver] was born on the [DOB:5th of September 2013], has a rare genetic condition and epilepsy, and uses an {comm:eye-gaze} board and facial expression.
w | [P:Agnieszka] said his seizures have gone from two a month to two a week and she sleeps on a mattress on his floor.
w | [P:Tomasz] said 'we are tired, but he is our son, we do not want him to go anywhere else'.
ww | Both parents know his seizure plan well and [P:Agnieszka] showed me the log she keeps for the consultant at {place:York Hospital}.
cv, wf, o | I asked [P:Oliver] using the board whether he liked his new school bus, and he looked at 'yes' and then 'music'.
wf, ww | [P:Tomasz] put his Polish folk songs on and [P:Oliver] laughed and rocked, and he kept looking back to the speaker when it stopped.
cv, wf, w | When I asked about going to the new college in September, he closed his eyes and would not look at the board.
w | [P:Agnieszka] said he did the same when they visited and he cried in the car.
cv, wf, ww | His sister [P:Zofia] told me he likes it when she reads to him and that he 'smiles with his eyes' for her.
w | [P:Tomasz] lost his job in {date:October} and they have not claimed {natl:Disability Living Allowance} because they thought it was only for British families.
ns | I will help [P:Tomasz] with the claim this week; for the form his National Insurance number is [NI:QQ 47 82 19 C].
ns | I will ask [S:Fulford Vale School] to plan more visits to the college so [P:Oliver] can get used to it slowly.
ns | I will ask the {natl:Council for Disabled Children} about a trained Polish-speaking advocate, and [P:Agnieszka] is on [PH:07700 900276].
""")

note("g04",
     {"child": {"name": "Jayden Barraclough", "dob": "2015-01-22"},
      "people": [{"name": "Michelle Barraclough", "role": "mother"},
                 {"name": "Lee Barraclough", "role": "stepfather"},
                 {"name": "Sophie Barraclough", "role": "half-sister, aged 3"}],
      "address": "44 Bentley Road, Doncaster DN5 9RB",
      "school": "Hawthorn Green School", "worker": "Fiona Dale"},
     {"service": "Child in Need", "child_age_years": 11,
      "features": ["non_verbal", "makaton", "parent_voice_dominant", "behaviour_as_preference", "challenging_behaviour", "email"]},
     """
o | Home visit to [P:Jayden] at [A:44 Bentley Road], [PC:DN5 9RB], {date:Friday 20 November}, {time:half four till six}, with {kin:mum} [P:Michelle] and stepdad [P:Lee].
o | [P:Jayden] is autistic with a learning disability and uses {comm:Makaton}, a few words and a picture timetable.
w | [P:Michelle] said his behaviour has got worse since [P:Sophie] started walking, he has pushed her over twice and bitten [P:Lee].
w | [P:Lee] said 'we're at the end of our rope, he needs to go somewhere that can handle him'.
w | [P:Michelle] was tearful and said she does not agree but she cannot keep them both safe on her own after school.
cv, wf, w | When [P:Sophie] went near his cars [P:Jayden] signed 'no' and 'mine' and then screamed and hit the floor.
cv, wf, ww | He calmed when [P:Michelle] showed him the timetable and he took the 'trampoline' card off it and gave it to her.
wf, ww | He spent twenty minutes on the trampoline in the garden smiling and bouncing, and came in calm.
cv, wf, o | He signed 'finish' when I tried to join in and went back to his cars.
ww | [P:Michelle] has started using the visual timer the school gave her, and she said the mornings are easier.
ww | [S:Hawthorn Green School] say he has had no incidents there this half term.
ns | I will refer for a positive behaviour support assessment and ask [O:Bentley Sunflower Club] about an after-school place.
ns | [P:Michelle] asked me to email the plan to [E:michelle.barraclough@example.com] rather than post it.
ns | I will come back with the {natl:Contact} family worker on {date:the 4th} to look at the house and keeping [P:Sophie] safe.
""")
