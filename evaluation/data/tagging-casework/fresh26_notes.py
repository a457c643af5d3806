"""fresh26's 12 marked-up notes (see make_fresh26.py). Everything invented: phones in Ofcom's drama ranges,
NHS numbers in the 999 range, NI numbers with never-issued prefixes (QQ, NK), names, addresses, schools, clubs,
surgeries and organisations made up. Authors: e (a Sunderland family support worker, long run-on sentences joined
with "and" and "so", dialect, reported speech without quote marks), k (a hospital social worker in Durham,
clipped clinical notes, abbreviations), u (a children's guardian / IRO in Northumberland, reflective evaluative
paragraphs, the child's views at length, recommendations)."""

E_WORKER = "Tracey Hindmarch"
K_WORKER = "Priya Sandhu"
U_WORKER = "Alasdair Pringle"

NOTES = [
    dict(
        id="e01",
        context={"child": {"name": "Brooke Dinsdale", "dob": "2018-03-07"},
                 "people": [{"name": "Carly Dinsdale", "role": "mother"},
                            {"name": "Reece Dinsdale", "role": "brother"},
                            {"name": "Joyce Dinsdale", "role": "maternal grandmother"}],
                 "address": "14 Hylton Bank Terrace, Southwick, Sunderland SR5 2ZQ",
                 "school": "Castleview Primary School", "worker": E_WORKER},
        meta={"service": "Early Help", "child_age_years": 8,
              "features": ["dialect", "run_on", "reported_speech_no_quotes", "ended_concern_as_strength",
                           "phone_in_text", "scaling"]},
        body="""
o | Right so this is [P:Tracey] from the family support team and I went round to [P:Carly]'s at [A:14 Hylton Bank Terrace] on {date:Wednesday} about {time:half three} and [P:Brooke] and her brother [P:Reece] had just got in from [S:Castleview] so it was a bit mad to start with.
w | The house was a bit of a {dial:clarts} again and there was pots piled up in the sink and {kin:mam} said she's been on nights at the chicken factory so she's proper knackered and the washing's got away from her.
ww | She's got the {kin:bairns}' uniforms clean though and there was a pan of mince on and {kin:mam} was {dial:canny} with them, she sat [P:Brooke] on her knee and did her hair while we talked.
cv,wf,w | So [P:Brooke] was telling me she doesn't like it when {kin:mam} goes to work at night because {kin:nana} [P:Joyce] falls asleep on the settee and she gets scared of the noises and she comes in and sleeps in with [P:Reece].
cv,wf,ww | And then she said she loves her {kin:nana} though cos {kin:nana} lets her {dial:hoy} the bread to the ducks at {place:Roker Park} on a {date:Sunday} and that's her best thing.
cv,o | [P:Reece] is {age:eleven} and he just wanted to tell us about his Xbox and he said he'd got to level forty on something and I had no idea what he was on about.
ww | The shouting and the police coming out that we had last year has all stopped since [P:Carly] finished with [P:Gaz] and there's been {dial:nowt} since the {date:summer} and she's kept the injunction going.
w | I'm a bit worried that {kin:mam} is only getting about four hours' sleep and she said herself she's been snappy with the bairns and she's not been to the GP about her nerves.
ww | So we did the scaling and {kin:mam} put herself at a {scale:six} and I'd say about a {scale:six} as well which is up from a {scale:four} in {date:September}.
ns | I'm going to ring [S:Castleview] on {date:Friday} about getting [P:Brooke] into breakfast club so {kin:mam} can get her head down after nights, and {kin:mam} said she'll book in at [O:Southwick Green Surgery] herself this week.
ns | Next visit is {date:Tuesday the 8th} at {time:four}, and {kin:mam}'s new number is [PH:07700 900583] so I've put that on the system.
"""),
    dict(
        id="e02",
        context={"child": {"name": "Skye Fenwick", "dob": "2024-11-19"},
                 "people": [{"name": "Jade Fenwick", "role": "mother"},
                            {"name": "Liam Robbo Robinson", "role": "father"},
                            {"name": "Bernie Fenwick", "role": "maternal grandfather"}],
                 "address": "Flat 3, 61 Dene Street, Pallion, Sunderland SR4 6ZD",
                 "school": "Little Acorns Nursery", "worker": E_WORKER},
        meta={"service": "Child in Need", "child_age_years": 2,
              "features": ["dialect", "run_on", "pre_verbal", "nickname", "word_name", "spoken_dob",
                           "subtle_worry", "parent_worry_not_child"]},
        body="""
o | So I done the visit to [P:Jade] and the {kin:bairn} [P:Skye] at [A:Flat 3, 61 Dene Street] on {date:Monday the 30th} and I got there about {time:ten in the morning} and {kin:mam} was still in her dressing gown.
o | [P:Skye] was born on the [DOB:nineteenth of November twenty twenty four] so she's just turned {age:two} and she's got a few words now like {kin:mam} and dog and more.
cv,wf,ww | She kept bringing me her books and shouting more more and she was laughing her head off when I done the voices so she's a proper happy little thing.
w | [P:Jade] was telling me she's worried sick that [P:Skye] isn't talking as much as her cousin and she keeps thinking the bairn's got something wrong with her and she's been up half the night googling it.
w | And then she said [P:Robbo] has been ringing her again from his {kin:mam}'s and saying he wants to see the bairn and she's frightened he'll just turn up cos he did that before.
ww | Her {kin:dad} [P:Bernie] has been {dial:canny} good, he comes every morning and takes [P:Skye] to [S:Little Acorns] so {kin:mam} can get to college, and he's had a new lock put on the front door.
w | There was a strong smell of weed in the stairwell and I couldn't tell if it was coming from the flat or next door, so I'm not saying it's [P:Jade] but I'll keep an eye out for that.
ww | The drinking that was the big worry when we first got involved has stopped and {kin:mam} said she's not had a drink since {date:Easter}, and [P:Bernie] said the same without me asking.
o | The flat was warm and there was plenty of nappies and the cot was made up nice with a blanket that says [P:Skye] on it.
ns | I've said I'll refer [P:Skye] to the {role:health visitor} for a two year check on her talking, and that's me doing that by {date:next Friday}.
ns | [P:Jade] is going to ring the solicitor about contact with [P:Robbo] and she'll let me know what they say, and I'm back on {date:the 14th} in the afternoon.
"""),
    dict(
        id="e03",
        context={"child": {"name": "Tyler Ord", "dob": "2011-05-02"},
                 "people": [{"name": "Michelle Ord", "role": "mother"},
                            {"name": "Shane Ord", "role": "father"},
                            {"name": "Mr Bright", "role": "head of year"}],
                 "address": "8 Rosedale Walk, Hendon, Sunderland SR2 8ZJ",
                 "school": "Hendon Cliffe Academy", "worker": E_WORKER},
        meta={"service": "Early Help", "child_age_years": 15,
              "features": ["dialect", "run_on", "reported_speech_no_quotes", "word_name", "email_in_text",
                           "behaviour_as_voice", "worker_view"]},
        body="""
o | Right so I went to see [P:Tyler] at home at [A:8 Rosedale Walk] after school on {date:Thursday} and {kin:mam} [P:Michelle] was in and his {kin:dad} came in halfway through from work.
cv,wf,w | [P:Tyler] wouldn't come down for ages and when he did he sat with his hood up and his phone out and he said he's not going back to [S:Hendon Cliffe] cos they all think he's thick and there's no point.
cv,wf,w | He said the lads in his form have been {dial:hoying} stuff at him on the bus and calling him names and he's sick of it so he's been getting off at the shops and just walking about town till it's home time.
w | [P:Michelle] said school have been ringing every day and she's at the end of her tether and she said she feels like she's failing him, and she was crying when she said it.
w | His {kin:dad} [P:Shane] said he was exactly the same at that age and he turned out alright, and then he went out the back for a {dial:tab}.
cv,wf,o | When I asked [P:Tyler] what would make school a bit better he just shrugged and then he said maybe if he could do the bike mechanics thing at [O:Pallion Wheels] instead of science.
ww | He goes to [O:Pallion Wheels] on a {date:Saturday} and the {dial:fella} there says he's a {word:bright} lad and never misses, so he's not thick at all, that's just what he's been told.
w | To be honest I think there's more going on with the bus than he's letting on and I'm wondering if it's some older lads and not just his form.
ns | I'm going to email Mr [P:Bright], the head of year, at [E:d.bright@hendoncliffe.sch.uk] about the bus and about a part time timetable with the bike project, and I'll do that by {date:Monday}.
ns | [P:Michelle] said she'll go with him to the meeting at school and I'll come as well, and I'll bring the {tool:bright spots cards} so he can say what he thinks without having to talk.
ns | I've said to [P:Tyler] I'll text him before I come next and he said {dial:aye} alright, which is the most he's said to me in {dur:three weeks}.
"""),
    dict(
        id="e04",
        context={"child": {"name": "Amber Lumsden", "dob": "2013-09-23"},
                 "people": [{"name": "Dawn Lumsden", "role": "mother"},
                            {"name": "Kyle Lumsden", "role": "brother"},
                            {"name": "Pauline Herron", "role": "neighbour"}],
                 "address": "27 Grindon Close, Grindon, Sunderland SR4 8ZX",
                 "school": "Grindon Vale Academy", "worker": E_WORKER},
        meta={"service": "Child Protection", "child_age_years": 13,
              "features": ["dialect", "run_on", "word_name", "young_carer", "nhs_number", "postcode",
                           "relayed_voice", "reported_speech_no_quotes"]},
        body="""
o | So this was the {term:CP} visit to [P:Amber] and [P:Kyle] at [A:27 Grindon Close], [PC:SR4 8ZX], on {date:Tuesday the 1st}, I got there about {time:five} and [P:Dawn] was in bed and [P:Amber] let us in.
w | The {word:amber} light on the smoke alarm was flashing and there was no battery in it and [P:Amber] said it's been like that since the {date:bonfire night}.
cv,wf,w | [P:Amber] told us she does all the teas now cos {kin:mam}'s back is bad and she does [P:Kyle]'s reading with him and she said she doesn't mind but she's tired all the time and she fell asleep in maths.
w | [P:Dawn] said she's been in agony and she's run out of her tablets and she can't get an appointment, and she was slurring a bit so I'm not sure what she's taken.
cv,wf,o | [P:Kyle] is {age:seven} and he was stuck to me like glue and he said can you come every day cos you bring the good biscuits.
cv,wf,w | Then the neighbour [P:Pauline] came round and said [P:Amber] had told her last week that she was scared her {kin:mam} wasn't going to wake up one morning.
ww | [P:Pauline] has been having the bairns for their tea twice a week and she's got a key so she can check on them, and the bairns both said they like going there.
ww | The school say [P:Amber]'s attendance is up to ninety per cent and she's never been late once since she went on the young carers' list at [S:Grindon Vale].
o | [P:Dawn]'s NHS number for the GP letter is [NHS:999 274 6013] and she's with [O:Grindon Lane Medical Centre].
ns | I'm ringing the {role:GP} first thing {date:tomorrow} about [P:Dawn]'s medication and I'll ask for a home visit from the practice nurse.
ns | I'm going to refer [P:Amber] to the {term:young carers} service this week and I'll put a new battery in the alarm myself when I'm back on {date:Thursday}.
ns | Core group is {date:the 12th of December} at {time:ten}, and {kin:mam} said she'll come if her back lets her.
"""),
    dict(
        id="k01",
        context={"child": {"name": "Ivy Wearmouth", "dob": "2026-11-21"},
                 "people": [{"name": "Chelsea Wearmouth", "role": "mother"},
                            {"name": "Aaron Pickering", "role": "father"},
                            {"name": "Sister Okafor", "role": "neonatal unit nurse in charge"}],
                 "address": "5 Coalford Lane, Sherburn Hill, Durham DH6 1ZR",
                 "school": "none", "worker": K_WORKER},
        meta={"service": "Child Protection (pre-discharge)", "child_age_years": 0,
              "features": ["clipped", "abbreviations", "pre_verbal", "nhs_number", "dob_numeric", "phone_in_text",
                           "parent_feelings_not_child", "word_name"]},
        body="""
o | Hospital {role:SW} note, {place:neonatal unit}, {place:University Hospital of North Durham}, {date:30/11}, {time:1400}.
o | Baby [P:Ivy] [P:Wearmouth], DOB [DOB:21/11/26], NHS no. [NHS:999 381 2207], born at 36 weeks, withdrawal obs ongoing.
o | Present: {kin:mother} [P:Chelsea Wearmouth], {kin:father} [P:Aaron Pickering], Sister [P:Okafor], SW [P:P. Sandhu].
w | Maternal methadone 60ml daily, on script with {natl:Durham Recovery Service}; UDS on admission positive for cocaine.
w | Mother reports father's brother living at address since Oct, known to police for supply.
o | Baby settled in cot on observation, feeding 45ml 3-hourly, NAS scores 2-4 over last 24h.
ww | [P:Ivy]'s scores reducing; no morphine required since {date:day 4}.
ww | Both parents visiting daily, mother doing cares incl. cord care and bathing, observed calm and gentle handling.
w | Father left ward x2 during visit, agitated, told nurse he is {dial:skint} and can't afford the bus.
o | Mother tearful, stated she is terrified baby will be taken off her, wants to prove she can do it.
ww | Previous CP plan for older sibling ended {date:2023} when DV ended, no incidents since per police check.
w | Concern re: unknown adults at address and father's presentation; mother's recent use not explained.
ns | ICPC requested, date TBC, likely {date:w/c 7/12}; SW to chase with {term:MASH} {date:today}.
ns | Discharge on hold pending {term:strategy discussion} {date:tomorrow} {time:0930}; Sister [P:Okafor] to inform parents.
ns | SW to complete home visit at [A:5 Coalford Lane] with {term:CP} SW before any discharge, and to request GP records from [O:Sherburn Road Surgery].
ns | Mother's mobile [PH:07700 900731], father no phone, contact via mother.
ns | Parents to be offered {term:parenting assessment} on ward; midwife [P:Jenny Hall] to update drug screen by {date:Wed}.
ww | Note: [P:Ivy] cannot express views ({age:9 days} old); observed alert, good eye contact with mother during feed.
"""),
    dict(
        id="k02",
        context={"child": {"name": "Macey Teasdale", "dob": "2012-02-14"},
                 "people": [{"name": "Nicola Teasdale", "role": "mother"},
                            {"name": "Rob Teasdale", "role": "stepfather"},
                            {"name": "Dr Varghese", "role": "paediatric registrar"}],
                 "address": "19 Aykley Vale, Framwellgate Moor, Durham DH1 5ZW",
                 "school": "St Cuthbert's Moor School", "worker": K_WORKER},
        meta={"service": "Child in Need (hospital)", "child_age_years": 14,
              "features": ["clipped", "abbreviations", "quoted_child", "self_harm", "scaling",
                           "parent_worry_not_child", "school_in_text"]},
        body="""
o | SW assessment, {place:Ward 7 paeds}, {date:30.11.26}, {time:1130}.
o | [P:Macey], {age:14}, admitted overnight after paracetamol OD (approx 16 tabs), medically fit per Dr [P:Varghese].
o | Seen alone on ward then with {kin:mother} [P:Nicola]; {kin:stepdad} [P:Rob] at work.
cv,wf,w | YP stated: "I didn't want to die, I just wanted everything to stop for a bit."
cv,wf,w | Said she has been cutting arms since Sept, hides it with hoodies, nobody at home knows.
cv,wf,w | Reports group chat from [S:St Cuthbert's Moor] sharing photo of her, "everyone's seen it, I can't go back."
cv,wf,ww | Named {kin:nana} as safe person; "I can tell her anything, she doesn't go mental."
cv,wf,o | Asked re: scaling, YP put her mood at {scale:3/10} today, {scale:1/10} on Friday.
w | Mother very distressed, states she is worried YP is "doing it for attention" and worried about school finding out.
w | Mother's {term:MH}: on sertraline, recently signed off work.
ww | No previous {term:SH} or {term:CP} history; good attendance to date per school.
ww | Mother and {kin:stepdad} supportive of {natl:CAMHS} referral; mother stayed overnight.
w | Photo: possible image of child — police/school need to be informed, YP anxious about this.
cv,wf,w | YP asked for SW not to tell stepdad about the photo; explained limits of confidentiality, YP agreed after discussion.
ns | {natl:CAMHS} crisis team assessment booked {date:today} {time:1500}.
ns | SW to contact school DSL Mrs [P:Aldous] re: image, and to notify police via {term:MASH} by {time:1700}.
ns | Safety plan with YP and mother before discharge; meds locked away at home, mother to action {date:tonight}.
ns | Follow-up call to mother {date:Wed}; mother's mobile [PH:07700 900846].
"""),
    dict(
        id="k03",
        context={"child": {"name": "Oliver Brass", "dob": "2022-07-04"},
                 "people": [{"name": "Gemma Brass", "role": "mother"},
                            {"name": "Connor Mack", "role": "mother's partner"},
                            {"name": "Dr Lindqvist", "role": "consultant paediatrician"},
                            {"name": "Ellie Brass", "role": "sister"}],
                 "address": "42 Tudhoe Moor Road, Spennymoor DL16 6ZB",
                 "school": "Little Wrens Nursery", "worker": K_WORKER},
        meta={"service": "Child Protection (Section 47)", "child_age_years": 4,
              "features": ["clipped", "abbreviations", "word_name", "relayed_voice", "sibling_voice",
                           "dob_written", "postcode", "subtle_worry"]},
        body="""
o | SW note, {place:Children's ED}, {place:Darlington Memorial Hospital}, {date:Sun 29 Nov}, {time:2210}.
o | [P:Oliver] [P:Brass], DOB [DOB:4 July 2022], {age:4y}, presented with {kin:mother} [P:Gemma] with spiral fracture L humerus.
w | Mother's account: fell off sofa approx {time:1800}; mother's partner [P:Connor Mack] caring at the time, mother at work.
w | Account changed at triage to "he jumped off the bed"; delay of approx {dur:4 hrs} in presenting.
o | CP medical by Dr [P:Lindqvist], consultant paediatrician; skeletal survey requested for {date:Monday}.
o | Dr [P:Lindqvist]'s opinion: injury not consistent with fall from sofa height, awaiting survey.
cv,wf,w | [P:Oliver] quiet, clinging to mother; when nurse asked what happened he hid face and said "[P:Con] was cross".
cv,w | {kin:Sister} [P:Ellie], {age:9}, relayed via triage nurse: she told nurse [P:Oliver] "was crying in the bathroom and [P:Connor] shut the door".
cv,wf,o | [P:Ellie] told SW she wants to go to {kin:nanna}'s tonight "cos {kin:nanna}'s got the dog".
w | Mother says she has no {word:brass} for a taxi home and partner has the car; she became upset and said she has no one else.
ww | Maternal {kin:nanna} [P:Sheila] [P:Brass] attended {time:2300}, calm, protective, agreed children stay with her.
ww | No previous injuries on record; GP [O:Tudhoe Colliery Surgery] confirms immunisations up to date.
w | Partner not present at ED, not answering phone; not known to {term:CSC}, police check pending.
ns | {term:Strategy discussion} held {time:2330} with police and {natl:EDT}: {term:Section 47} to be initiated.
ns | Children to stay with {kin:nanna} at [A:3 Croft Gardens], [PC:DL16 7ZS], under safety plan; no contact with partner.
ns | {kin:Nanna}'s landline [PH:0191 498 0562]; EDT to visit {date:tomorrow} {time:AM}.
ns | SW to update [S:Little Wrens] and [S:Middlestone Primary] {date:Monday} {time:0900}; Dr [P:Lindqvist] to send medical report within {dur:24 hrs}.
"""),
    dict(
        id="k04",
        context={"child": {"name": "Summer-Rose Kell", "dob": "2009-01-30"},
                 "people": [{"name": "Angela Kell", "role": "mother"},
                            {"name": "Dr Osei", "role": "adolescent psychiatrist"},
                            {"name": "Kirsten Moody", "role": "personal adviser"}],
                 "address": "Room 4, Eden House, 11 Claypath, Durham DH1 1ZT",
                 "school": "New College Durham", "worker": K_WORKER},
        meta={"service": "Child in Need (16-17, hospital)", "child_age_years": 17,
              "features": ["clipped", "abbreviations", "ni_number", "email_in_text", "quoted_child",
                           "wishes_through_behaviour", "worker_view", "parent_worry_not_child"]},
        body="""
o | Hospital SW review, {place:Ward 10 adult medical}, {place:UHND}, {date:30/11/26}, {time:1000}.
o | {term:YP} [P:Summer-Rose] [P:Kell], {age:17}, {term:CIN}, admitted {date:26/11} with low weight, BMI 14.8.
o | Lives at [O:Eden House] supported accommodation, [A:Room 4, 11 Claypath]; {kin:mum} [P:Angela] lives in Stanley.
w | Refusing meals; staff found food in bin x3; NG feeding discussed.
cv,wf,w | YP said: "I'm not ill, I just want to go home and be left alone."
cv,wf,w | Turned to wall when {kin:mum}'s name mentioned; later told SW she doesn't want {kin:mum} visiting "because she cries and it makes it worse".
w | Mother on phone very worried, says YP "is wasting away" and blames the hostel; mother's own {term:MH} a worry, recent crisis team contact.
ww | YP engaging with dietitian, completed food diary, agreed weight check.
ww | PA [P:Kirsten Moody] visiting every other day; YP describes her as "the only one who doesn't lecture me".
cv,wf,ww | YP keen to keep college place at [S:New College], asked SW to email tutor so she doesn't lose it.
w | SW view: YP's wish to go home may be about avoiding treatment rather than about [O:Eden House] itself.
o | NI number for benefits: [NI:QQ 41 77 23 C]; UC claim suspended while inpatient.
ns | MDT {date:Thurs 3/12} {time:1400}: Dr [P:Osei], dietitian, PA, SW, YP invited.
ns | SW to email tutor Mr [P:Gill] at [E:tgill@newcollege-durham.ac.uk] {date:today} re: attendance, with YP's consent.
ns | SW to discuss with [O:Eden House] manager whether placement can be held; PA to visit {date:Wed}.
"""),
    dict(
        id="u01",
        context={"child": {"name": "Rowan Tait", "dob": "2016-04-11"},
                 "people": [{"name": "Lisa Tait", "role": "mother"},
                            {"name": "Graham and Sue Hedley", "role": "foster carers"},
                            {"name": "Ms Charlton", "role": "class teacher"}],
                 "address": "Hollin Farm Cottage, Netherwitton, Morpeth NE61 4ZL",
                 "school": "Coquetside First School", "worker": U_WORKER},
        meta={"service": "Children in Care (review)", "child_age_years": 10,
              "features": ["reflective", "iro", "word_name", "child_views_at_length", "dob_spoken",
                           "recommendations", "indirect_wishes"]},
        body="""
o | This is the second review of [P:Rowan]'s care plan, held on {date:the 30th of November} at his foster home, [A:Hollin Farm Cottage], and chaired by me, [P:Alasdair Pringle], as his {term:Independent Reviewing Officer}.
o | [P:Rowan] was born on [DOB:the eleventh of April, two thousand and sixteen], and he has lived with [P:Graham] and [P:Sue] [P:Hedley] since {date:June}.
cv,wf,ww | I met [P:Rowan] on his own beforehand, in the barn, because he wanted to show me the lambs, and he told me, with real pride, that he is allowed to bottle-feed the one with the black ear and that he named her [P:Rowan] too, because {word:rowan} trees are lucky.
cv,wf,ww | He said he likes it here because it is quiet and nobody shouts, and that [P:Sue] makes porridge with golden syrup, and that he would like to stay until he is "big enough to drive the quad".
cv,wf,w | When I asked about his {kin:mum} he went back to stroking the lamb for a long time and then said only that she forgets to come sometimes, and that he keeps her birthday card in his school bag so it doesn't get lost.
wf,w | I read his silence, and the card he carries with him, as a boy who misses his mother very much and who has learned not to count on her.
w | [P:Lisa] has missed three of the last six family time sessions, and she told me on the telephone that she feels judged by everyone and that she is frightened of letting him down again.
ww | It is to her credit that the heroin use which brought [P:Rowan] into care has, on her account and on the tests, stopped since {date:the spring}, and she is engaging with {natl:Change Grow Live}.
ww | His teacher Ms [P:Charlton] at [S:Coquetside First] reports that he has settled, that his reading age has caught up by a year, and that he has a firm friend in the class.
ns | I recommend that family time moves to [O:Morpeth Family Centre] on {date:Saturday mornings} so that [P:Lisa] does not have to travel on a school day, with the social worker to arrange it by {date:the 14th of December}.
ns | I also recommend that [P:Rowan] is offered life story work before the next review, and that the carers' request for him to join [O:Netherwitton Young Farmers] is agreed; the next review will be on {date:the 25th of May}.
"""),
    dict(
        id="u02",
        context={"child": {"name": "Lily Charlton", "dob": "2019-12-02"},
                 "people": [{"name": "Stacey Charlton", "role": "mother"},
                            {"name": "Dominic Riley", "role": "father"},
                            {"name": "Archie Charlton", "role": "brother"},
                            {"name": "Maureen Riley", "role": "paternal grandmother"}],
                 "address": "22 Cresswell Chase, Cowpen, Blyth NE24 3ZP",
                 "school": "Cowpen Haven Primary", "worker": U_WORKER},
        meta={"service": "Care proceedings (children's guardian)", "child_age_years": 6,
              "features": ["reflective", "guardian", "child_views_at_length", "sibling_wishes_differ",
                           "pre_verbal", "word_name", "parent_feelings_not_child", "postcode"]},
        body="""
o | This note records my second visit as children's guardian to [P:Lily], who is {age:six}, and her brother [P:Archie], who is {age:fourteen months}, at their paternal {kin:grandmother}'s home, [A:22 Cresswell Chase], [PC:NE24 3ZP], on {date:Friday the 27th}.
cv,wf,ww | [P:Lily] chose to talk to me in the garden, and she began by telling me, quite matter-of-factly, that {kin:Grandma} [P:Mo] lets her have a {word:lily} in a pot of her own and she has to water it every day or it will die.
cv,wf,o | She then asked me whether I was the lady who decides, and when I explained the judge decides she said, "Then tell the judge I want to live with {kin:Grandma} [P:Mo] and see {kin:Mammy} on {date:Saturdays}."
cv,wf,w | When I asked about living with {kin:Mammy} again, she said the old house was too noisy at night and that she used to have to give [P:Archie] his bottle when {kin:Mammy} was asleep on the floor.
w,ww | [P:Archie] is too young to share his views, but I watched him pull himself up on [P:Maureen]'s knee and reach for her whenever a door banged.
w | [P:Stacey] told me she feels the whole process has been set up to take her children from her, and she was angry and tearful; these are her own feelings, and understandable ones, and I do not doubt her love for them.
w | Her alcohol use and the violence between her and [P:Dominic] are the reasons for these proceedings, and the hair strand test filed last week still shows sustained drinking.
ww | The violence itself has ended since [P:Dominic] moved to Hexham in {date:March}, and both parents have kept to the contact agreement without a single incident.
ww | [P:Maureen] has given these children a calm, predictable home, and [P:Lily]'s school, [S:Cowpen Haven], describes her as transformed, with full attendance since {date:September}.
ns | My recommendation to the court will be a special guardianship order to [P:Maureen] [P:Riley], with contact to [P:Stacey] fortnightly and supported until she has shown {dur:six months} of abstinence.
ns | I will file my final analysis by {date:the 18th of December}, and I have asked the local authority to complete the SGO support plan, including financial support of {money:£180 a week}, before then.
"""),
    dict(
        id="u03",
        context={"child": {"name": "Kayden Armstrong-Bell", "dob": "2010-08-16"},
                 "people": [{"name": "Toni Bell", "role": "mother"},
                            {"name": "Marcus Ewart", "role": "key worker"},
                            {"name": "Jordan Bell", "role": "brother"}],
                 "address": "Whinfell Lodge, 2 Station Bank, Haltwhistle NE49 9ZD",
                 "school": "Tynedale Pathways Centre", "worker": U_WORKER},
        meta={"service": "Children in Care (residential review)", "child_age_years": 16,
              "features": ["reflective", "iro", "nickname", "ni_number", "email_in_text", "scaling",
                           "child_views_at_length", "exploitation", "worker_view"]},
        body="""
o | I chaired [P:Kayden]'s review at [O:Whinfell Lodge] on {date:Thursday the 26th of November}; he is {age:sixteen} and has lived there for {dur:eight months}.
cv,wf,ww | [P:Kayden], who asked me to call him [P:KB] as everyone at the home does, attended the whole meeting for the first time, and he had written his views on his phone so he would not forget them.
cv,wf,ww | He said the thing that has gone best this year is the plastering course, and that for the first time he has something that is "mine, that nobody can take off us".
cv,wf,o | He wants to move to a flat in Hexham before his seventeenth birthday, he wants more time with his {kin:little brother} [P:Jordan], and he wants the staff to stop "going through my stuff like I'm a criminal".
cv,wf,w | When the missing episodes were discussed he went quiet and looked at his {role:key worker}, and then said the lads in Newcastle are "just mates", which I did not find convincing.
w | My own view is that the pull of those older young men is still strong, and that [P:KB]'s wish to move out quickly may partly be a wish to be less watched.
ww | There have been no missing episodes since {date:the 3rd of October}, and his key worker [P:Marcus Ewart] has built a relationship with him that [P:KB] describes as "{dial:sound}, he's alright, he doesn't chat rubbish".
ww | [P:Toni] spoke warmly of the change in her son, and the family time with [P:Jordan] at the leisure centre has gone well every week.
o | [P:Kayden] scaled his own safety at {scale:seven out of ten}; [P:Marcus] put it at {scale:five}, and the social worker at {scale:four}.
o | For his pathway plan his NI number is [NI:NK 62 18 90 A] and he has applied for a provisional licence.
ns | I recommend a {term:pathway plan} review by {date:the end of January} that sets out a staged move, starting with a trial week in the training flat at [O:Whinfell Lodge].
ns | The social worker will make a referral to the {natl:National Referral Mechanism} and ask the police to review the intelligence on the Newcastle group before {date:Christmas}.
ns | [P:Marcus] will send me his weekly summary at [E:marcus.ewart@whinfell-lodge.org.uk], and [P:Kayden]'s tutor at [S:Tynedale Pathways] will be invited to the next review on {date:the 22nd of April}.
"""),
    dict(
        id="u04",
        context={"child": {"name": "Ebony Wake", "dob": "2014-10-09"},
                 "people": [{"name": "Natalie Wake", "role": "mother"},
                            {"name": "Paul Wake", "role": "father"},
                            {"name": "Hunter Wake", "role": "brother"},
                            {"name": "Mrs Dodd", "role": "headteacher"}],
                 "address": "31 Bondgate Without, Alnwick NE66 1ZH",
                 "school": "Duchess Meadow Middle School", "worker": U_WORKER},
        meta={"service": "Child Protection (review conference)", "child_age_years": 12,
              "features": ["reflective", "iro", "word_name", "child_views_at_length", "relayed_voice",
                           "nhs_number", "dob_written", "ended_concern_as_strength", "wishes_through_drawing"]},
        body="""
o | This is my record of the second child protection review conference for [P:Ebony] and [P:Hunter] [P:Wake], held at {place:Alnwick Police Station} family room on {date:Monday the 30th of November} at {time:half past ten}.
o | [P:Ebony]'s date of birth is [DOB:09.10.2014] and her NHS number is [NHS:999 518 4472]; [P:Hunter] is {age:four}.
cv,wf,o | [P:Ebony] did not want to attend, but she sent a drawing with her {role:advocate} of herself and [P:Hunter] on the beach at Alnmouth with the sun out and both parents holding hands.
cv,wf,ww | Through her advocate she said that home feels "a hundred times better" since her {kin:dad} stopped drinking, that the rows have stopped, and that she now wants to be a vet.
cv,wf,w | She also told her advocate that she still listens at the top of the stairs in case it starts again, and she asked whether the social worker would stop coming, which I take as both a wish and a fear.
cv,o | [P:Hunter], her advocate reported, told her "{kin:Daddy} does the tickle monster now", which I record as his words.
w | [P:Natalie] told the conference she is worried about money since [P:Paul] lost his job, and that she feels she is the only one holding it together; these worries are hers, and real, but they are not [P:Ebony]'s.
ww | The domestic abuse that led to the plan ended in {date:May}, [P:Paul] has completed the {natl:Change Project} programme, and his drug and alcohol worker reports {dur:six months} of negative tests.
ww | Mrs [P:Dodd] at [S:Duchess Meadow] said [P:Ebony] is a different girl, with her attendance up to ninety-seven per cent and a place on the school council.
w | I am mindful that the family's {word:ebony} upright piano, which [P:Ebony] plays, was sold last month to cover rent arrears, and that financial pressure was a trigger for [P:Paul]'s drinking before.
ns | The conference agreed that the children no longer need a child protection plan and will be supported under a {term:Child in Need} plan for {dur:three months}.
ns | The social worker will make a referral to [O:Alnwick Money Matters] by {date:Friday}, and the first Child in Need meeting will be on {date:the 11th of January} at the school.
"""),
]
