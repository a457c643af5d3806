"""fresh33's 14 marked-up notes (see make_fresh33.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 01632 960xxx), NHS numbers in the 999 range, NI numbers with the never-issued QQ prefix, names,
nicknames, addresses, postcodes, schools, clubs, surgeries and organisations made up. Authors: G (an out-of-hours
emergency duty social worker dictating at night, clipped and time-stamped, abbreviations, police present, Signs of
Safety headings absent), H (a Teesside family practitioner writing in strong dialect, long run-on sentences joined
with "and" and "so", children's words reported without quotation marks), I (a disabled children's team worker:
non-verbal children communicating through Makaton, PECS and eye-gaze, behaviour read as communication, parents and
siblings relaying; one unaccompanied asylum-seeking young person with an interpreter)."""

G_WORKER = "Siobhan Treloar"
H_WORKER = "Kelly-Ann Brunskill"
I_WORKER = "Morag Ellerby"

G_NOTES = [
    dict(
        id="G01",
        context={"child": {"name": "Kayden Wilkinson", "dob": "2017-02-14"},
                 "people": [{"name": "Dawn Wilkinson", "role": "mother"},
                            {"name": "Lexi-Jo Wilkinson", "role": "sister"},
                            {"name": "Jordan Medd", "role": "mother's partner"},
                            {"name": "Maureen Wilkinson", "role": "maternal grandmother"},
                            {"name": "Arif Hussain", "role": "police constable"}],
                 "address": "18 Larchfield Road, Norton, Stockton-on-Tees TS20 4QX",
                 "school": "Norton Brook Primary School", "worker": G_WORKER},
        meta={"service": "Child Protection (domestic abuse, out of hours)", "child_age_years": 9,
              "features": ["out_of_hours", "time_stamped", "abbreviations", "police_present", "quoted_child_voice",
                           "sibling_voice", "word_name", "nickname", "dob_in_text", "phone_in_text", "postcode"]},
        body="""
o | {term:EDT} visit, [P:Siobhan Treloar] dictating.
o | {time:22:40} arrived [A:18 Larchfield Road], [PC:TS20 4QX], PC [P:Arif Hussain] and a second officer already in the kitchen.
w | Police called by neighbour {time:21:55}, screaming heard, mum's partner [P:Jordan Medd] arrested for assault and taken to Middlesbrough custody.
w | Mum [P:Dawn] cut lip, red mark on neck, declined ambulance, said "it was just a push".
o | Children up, [P:Kayden] {age:9}, DOB [DOB:14/02/2017], and [P:Lexi-Jo] {age:4}, known at home as [P:Lexi-Lou-Moo].
cv,wf,w | [P:Kayden] seen alone on the landing, said "he pushed mam into the telly and it fell over", said he took his sister under the bunk bed and put his headphones on her.
cv,wf,w | Said "I hate it when he's here, he's always shouting", said it's happened "loads of times" but never with police before.
cv,wf,ww | Asked who makes him feel safe, "{kin:nana} [P:Moggie], she makes me toast and lets me stay up".
cv,wf,o | [P:Lexi-Jo] too sleepy to talk, cuddled her rabbit and said "mammy's got a poorly mouth".
w | Mum first said it was the first time, then said she'd "been up since {word:dawn} most days" waiting for him to kick off, looked exhausted.
w | Previous {term:CP} plan {date:2022}, closed {date:2023}, same partner.
ww | Mum agreed [P:Jordan] not to return to the address, police to apply for a {term:DVPN} in the morning.
ww | {kin:Maternal nan} [P:Maureen Wilkinson] arrived {time:23:30}, calm and warm with both kids, staying tonight, her mobile [PH:07700 900318].
ns | Safety plan written with mum and nan, children not to be left with [P:Jordan], mum to ring {emerg:999} if he turns up.
ns | Email to day team, {term:s47} strategy discussion to be convened tomorrow, school [S:Norton Brook Primary] to be told first thing for [P:Kayden].
o | Left {time:00:20}.
"""),
    dict(
        id="G02",
        context={"child": {"name": "Dominika Balážová", "dob": "2011-05-03"},
                 "people": [{"name": "Renáta Balážová", "role": "mother"},
                            {"name": "Tomáš Baláž", "role": "brother"},
                            {"name": "Shaun Keddle", "role": "adult male of concern"},
                            {"name": "Gemma Ruddick", "role": "police sergeant"},
                            {"name": "Jana Oláhová", "role": "emergency foster carer"}],
                 "address": "41 Parliament Road, Middlesbrough TS1 4JU",
                 "school": "Acklam Grange Academy", "worker": G_WORKER},
        meta={"service": "Child Protection (exploitation, missing, out of hours)", "child_age_years": 15,
              "features": ["out_of_hours", "time_stamped", "abbreviations", "police_present", "missing", "exploitation",
                           "quoted_child_voice", "nickname", "dob_in_text", "phone_in_text", "nhs_number",
                           "no_headings"]},
        body="""
o | {time:01:15} call from police, [P:Dominika Balážová] {age:15}, reported missing by mum {time:18:00}, found by patrol at {place:Middlesbrough bus station} in a car with an adult male.
w | Male named as [P:Shaun Keddle], {age:29}, known to police, car seized, he was released pending enquiries.
o | {time:01:50} seen at {place:Middlesbrough police station}, Sgt [P:Gemma Ruddick] present, [P:Dominika] in a side room wrapped in a foil blanket.
o | Goes by [P:Nikabee] with friends, DOB given as [DOB:3rd May 2011], NHS no. on the system [NHS:999 713 4420].
cv,wf,w | Said "[P:Shaun]'s my boyfriend, he's sound, he buys me stuff", would not say how they met.
cv,wf,w | Said she won't go home, "mama's just going to scream at me and lock my phone away again".
w | Had a second phone, not the one mum knows about, number [PH:07700 900542], messages from several older males per police.
w | Smelt of alcohol, slurring a little, no visible injuries, declined a medical.
o | {time:02:20} rang mum [P:Renáta], Slovak, interpreting by brother [P:Tomáš] {age:19} on speaker, not ideal.
w | Mum crying, said [P:Dominika] missing three nights in {date:November}, school [S:Acklam Grange] not attending since half term.
cv,wf,w | [P:Dominika] said she'd rather "sleep in the cells" than go home tonight.
ns | Agreed {term:s20} with mum's consent via [P:Tomáš], mum to confirm with a Slovak interpreter tomorrow.
ww | Emergency foster carer [P:Jana Oláhová] in Thornaby, Slovak speaker, [P:Dominika] relaxed a bit when she heard that.
cv,wf,ww | Said "ok, one night, if she's not weird", asked if she could keep her phone.
ns | Placed {time:03:40}, {term:CSE} risk assessment, strategy meeting in the morning, {term:MACE} referral, return home interview within {dur:72 hours}.
"""),
    dict(
        id="G03",
        context={"child": {"name": "Ruby-Mae Bainbridge", "dob": "2026-10-13"},
                 "people": [{"name": "Chantelle Rudd", "role": "mother"},
                            {"name": "Kyle Bainbridge", "role": "father"},
                            {"name": "Imogen Larkworthy", "role": "consultant paediatrician"},
                            {"name": "Bill Thwaites", "role": "detective constable"},
                            {"name": "Carol Rudd", "role": "maternal grandmother"}],
                 "address": "7 Hollybush Court, Thornaby, Stockton-on-Tees TS17 6PL",
                 "school": "", "worker": G_WORKER},
        meta={"service": "Child Protection (non-accidental injury, out of hours)", "child_age_years": 0,
              "features": ["out_of_hours", "time_stamped", "abbreviations", "police_present", "pre_verbal",
                           "hospital", "word_name", "dob_in_text", "nhs_number", "no_headings"]},
        body="""
o | {time:23:05} call from {place:James Cook} paediatric ward, baby [P:Ruby-Mae Bainbridge], {age:seven weeks}, DOB [DOB:13.10.26], NHS [NHS:999 208 6613].
w | Brought in {time:19:30} by parents, crying and floppy, bruising to both upper arms and a torn frenulum found on examination.
w | Consultant Dr [P:Imogen Larkworthy] says no medical explanation given, skeletal survey and CT head booked for the morning.
o | {time:23:50} arrived ward, DC [P:Bill Thwaites] of {role:CAIU} already there.
o | Mum [P:Chantelle Rudd] {age:19} and dad [P:Kyle Bainbridge] {age:23} both present, both said they don't know how it happened.
w | Dad said baby "rolled off the settee", baby too young to roll per Dr [P:Larkworthy].
w | Mum said she was asleep, dad was doing the night feed, then changed to saying she was in the bath.
w | Mum said she was worried about money, they can't pay {word:the bill} for the electric and [P:Kyle] has been "stressed out his head".
o | Baby asleep on mum, feeding ok from a bottle per nurses.
ww | Mum gentle with baby, changed her nappy with care, baby settled when held.
ww | Mum's mam [P:Carol Rudd] arrived {time:00:30}, lives at [A:22 Mandale Road], [PC:TS17 6PT], offered to have baby on discharge.
w | [P:Carol] said she's "never trusted him", dad shouted at her in the corridor, security called.
ns | {term:s47} agreed with EDT manager, police and hospital; no unsupervised contact for either parent on the ward.
ns | Ward to ring {term:EDT} on [PH:01632 960731] with any change overnight.
ns | Strategy discussion {date:tomorrow} {time:10:00} with day team, [P:Carol]'s house to be checked as a possible {term:PLO} kinship option.
o | Left {time:01:40}.
"""),
]

G_NOTES += [
    dict(
        id="G04",
        context={"child": {"name": "Jimmy-Joe Lee", "dob": "2012-08-21"},
                 "people": [{"name": "Absalom Lee", "role": "father"},
                            {"name": "Lena Lee", "role": "paternal grandmother"},
                            {"name": "Noah Lee", "role": "uncle"},
                            {"name": "Tawny Lee", "role": "sister"},
                            {"name": "Craig Pounder", "role": "police constable"}],
                 "address": "Plot 7, Maltby Lane Traveller Site, Ingleby Barwick TS17 0FJ",
                 "school": "Ingleby Manor Free School", "worker": G_WORKER},
        meta={"service": "Child Protection (physical harm, out of hours)", "child_age_years": 14,
              "features": ["out_of_hours", "time_stamped", "abbreviations", "police_present", "gypsy_traveller",
                           "quoted_child_voice", "reported_child_voice", "sibling_voice", "nickname", "local_club",
                           "dob_in_text", "postcode"]},
        body="""
o | {time:23:55} arrived [A:Plot 7, Maltby Lane site], [PC:TS17 0FJ], with PC [P:Craig Pounder], site quiet, dogs barking.
w | Police called by {kin:granny} [P:Lena Lee] {time:23:10}, dad [P:Absalom Lee] drunk, hit [P:Jimmy-Joe] across the face with a belt, cut under his eye.
o | [P:Jimmy-Joe] {age:14}, DOB [DOB:21st August 2012], known on the site as [P:Tinbox].
o | Dad gone before police arrived, believed at a cousin's in Darlington, police searching.
cv,wf,w | Seen alone in {kin:granny}'s trailer, said dad "goes mad on the drink" and this is the second time since the summer.
cv,wf,w | Said "I'm not going in no care, I'll run, I'm telling you now."
cv,wf,ww | Told me he wants to stay with his uncle [P:Noah] on the next plot, said [P:Noah] "never lifts a hand to nobody".
cv,wf,ww | Said the only place he feels right is the boxing at [O:Bishopton Road ABC], the coach is "like a second dad".
w | Not been in school since {date:Easter}, [S:Ingleby Manor] have him as elective home education, nobody's seen him since.
cv,wf,w | Little sister [P:Tawny] {age:8} told granny "daddy frightened me and I hid in the shower".
ww | {kin:Granny} calm, protective, said she rang the police herself because "enough's enough".
ww | Uncle [P:Noah Lee] sober, agreed both kids stay with him and his wife tonight, his mobile [PH:07700 900871].
w | Granny worried the family will "close ranks" and dad will be back on the site by the weekend.
ns | {term:s47} and strategy discussion tomorrow, police to arrest dad and seek bail conditions away from the site.
ns | Day team to see both children {date:tomorrow} with the site's {role:Traveller liaison officer}, {term:EHE} to be reviewed.
o | Left {time:01:30}.
"""),
    dict(
        id="G05",
        context={"child": {"name": "Aleena Rashid", "dob": "2010-06-09"},
                 "people": [{"name": "Tariq Rashid", "role": "father"},
                            {"name": "Nasreen Rashid", "role": "mother"},
                            {"name": "Sofia Kowalczyk", "role": "friend"},
                            {"name": "Ewa Kowalczyk", "role": "friend's mother"},
                            {"name": "Hamid Qureshi", "role": "police sergeant"}],
                 "address": "63 Waterloo Road, Middlesbrough TS1 3JB",
                 "school": "Linthorpe Fields Sixth Form College", "worker": G_WORKER},
        meta={"service": "Child Protection (forced marriage risk, out of hours)", "child_age_years": 16,
              "features": ["out_of_hours", "time_stamped", "abbreviations", "police_present", "forced_marriage",
                           "reported_child_voice", "quoted_child_voice", "nickname", "ni_number", "email_in_text",
                           "local_club", "no_headings"]},
        body="""
o | {time:20:30} call from police, [P:Aleena Rashid] {age:16} at a friend's house, [A:12 Cambridge Road], Linthorpe, asking not to go home.
o | {time:21:15} arrived, Sgt [P:Hamid Qureshi] present, friend [P:Sofia Kowalczyk] and her mum [P:Ewa] in the front room.
o | [P:Aleena] called [P:Leenu] by [P:Sofia], NI number on her college lanyard [NI:QQ 41 27 93 C].
cv,wf,w | Told me her dad has booked flights to Lahore for {date:the 19th} and she found out she's to be engaged to a cousin there.
cv,wf,w | Said "I'm not marrying anyone, I want to do my A levels and go to uni", crying.
cv,wf,w | Said mum took her passport and phone {date:Sunday} and she's not allowed out except college.
cv,wf,ww | Said she trusts the sister who runs the girls' group at [O:Masjid Al-Noor youth circle], she's who told her to ring police.
w | No physical harm reported, but she is frightened of what her dad will do now police are involved.
ww | [P:Aleena] clear and articulate, knows her rights, had already looked up {natl:the Forced Marriage Unit}.
ww | [P:Ewa] happy for her to stay tonight, spare room, two locks, her email for the day team [E:ewa.kowalczyk77@example.co.uk].
o | Police did not contact parents tonight at [P:Aleena]'s request and on advice, to avoid alerting the family.
ns | Police protection not needed tonight, {term:s47} strategy discussion {time:09:30} with police and {natl:the Forced Marriage Unit}.
ns | {term:FMPO} to be considered, college [S:Linthorpe Fields] safeguarding lead to be told she is not to be released to family.
cv,wf,ns | Sgt [P:Qureshi] to flag the flights, I rang [P:Aleena] back {time:23:10} to check she's settled, she said "yeah, I'm ok, thank you for believing me".
"""),
]

H_NOTES = [
    dict(
        id="H01",
        context={"child": {"name": "Joy Garbutt", "dob": "2019-04-27"},
                 "people": [{"name": "Stacey Garbutt", "role": "mother"},
                            {"name": "Tyler Garbutt", "role": "brother"},
                            {"name": "Dean Hebbron", "role": "mother's partner"},
                            {"name": "Pauline Garbutt", "role": "maternal grandmother"}],
                 "address": "29 Kildare Street, Grangetown, Middlesbrough TS6 7LP",
                 "school": "Grangetown St Hilda's Primary School", "worker": H_WORKER},
        meta={"service": "Child in Need (neglect, poverty)", "child_age_years": 7,
              "features": ["dialect", "run_on", "unquoted_child_voice", "sibling_voice", "word_name", "nickname",
                           "local_club", "food_bank", "phone_in_text"]},
        body="""
o | Home visit to [P:Joy] and her brother [P:Tyler], {dial:our kid} as [P:Stacey] calls him, at [A:29 Kildare Street] after school, so I got there about {time:half three} and me and the bairns sat in the front room.
w | House were freezing when I got there and [P:Stacey] says the meter's been on emergency since {date:Monday} and there were {dial:nowt} in the fridge but a bit of cheese and some squash, so I had {word:no joy} ringing the energy lot while I was sat there.
ww | [P:Stacey] had took both bairns to the foodbank at [O:St Columba's Pantry] on {date:Saturday} and she's been going every week so the cupboards had pasta and tins in and she were proper honest about it all.
cv,wf,ww | [P:Joy] who's {age:seven} and gets called [P:Joybug-Jelly] by her nana sat on me knee and told me she likes her new teacher and her best mate is called [P:Amber] and they play horses at dinner time.
cv,wf,w | She said she doesn't like it when [P:Dean] comes round cos he shouts at the telly and he took her tablet off her and broke it, and she went quiet after that and wanted to {dial:gan} upstairs.
cv,wf,ww | [P:Tyler] {age:11} says boxing at [O:Grangetown Gloves ABC] is the best thing ever and the coach lets him in for free, he says he's {dial:proper mint} at it now and he wants to fight for England.
cv,wf,w | He said he worries about his mam cos she cries in the bath when she thinks they cannot hear.
w | [P:Stacey] says [P:Dean] is not living there but his trainers and his vape were by the door so I'm not sure that's the whole story.
ww | {kin:Nana} [P:Pauline] lives two streets away and has the bairns Fridays and she were round while I was there, {dial:canny} woman, she says she'll help with the gas till payday.
ns | I've done a referral for the hardship fund and I'm ringing the energy company with [P:Stacey] {date:tomorrow} on her mobile [PH:07700 900264] so she doesn't have to sit on hold on her own.
ns | I'll ask [S:St Hilda's] about breakfast club for both of them and I'll speak to [P:Dean] next visit about being round the bairns.
"""),
    dict(
        id="H02",
        context={"child": {"name": "Kacper Nowicki", "dob": "2013-01-17"},
                 "people": [{"name": "Agnieszka Nowicka", "role": "mother"},
                            {"name": "Piotr Nowicki", "role": "father"},
                            {"name": "Zuzanna Nowicka", "role": "sister"},
                            {"name": "Lee Smurthwaite", "role": "academy coach"}],
                 "address": "5 Mandale Terrace, Thornaby, Stockton-on-Tees TS17 6BD",
                 "school": "Thornaby Riverside Academy", "worker": H_WORKER},
        meta={"service": "Child in Need (exploitation risk, school exclusion)", "child_age_years": 13,
              "features": ["dialect", "run_on", "unquoted_child_voice", "nickname", "polish_family", "local_club",
                           "dob_in_text", "postcode", "email_in_text", "kinship_word_non_english"]},
        body="""
o | Saw [P:Kacper] at home at [A:5 Mandale Terrace], [PC:TS17 6BD], with his mam [P:Agnieszka] and his little sister [P:Zuzia] who is {age:six}, dad [P:Piotr] were on nights at the plant so not in.
o | [P:Kacper] is {age:13}, born [DOB:17.1.13], and the lads at school call him [P:Kaz-Nova] which he thinks is hilarious.
w | He got a {dur:five day} exclusion from [S:Thornaby Riverside] last week for having a vape and a wad of cash in his bag and he wouldn't say where the money came from, so school are worried and so am I.
cv,wf,w | He told me some older lads from Mandale give him a tenner to gan to the shop for them and that's all it is, and then he said he doesn't want to talk about it no more and put his hood up.
cv,wf,ww | When I asked about football he perked right up and said he's been at [O:Teesside Lions Academy] since he were nine and it's the only thing he actually cares about and he would never mess it up.
w | Coach [P:Lee Smurthwaite] rang me before the visit and said [P:Kacper]'s missed three sessions and he's been seen down the shops late on with them same lads, so {dial:summat}'s going on.
w | [P:Agnieszka]'s English is canny good but she said she is tired and she doesn't know who his friends are any more and {kin:tata} is always working.
cv,wf,o | [P:Zuzia] came in with a drawing and said [P:Kacper] is a good brother cos he walks her to school, and he went a bit red.
ww | Mam's been ringing school every day and she took his phone off him at ten every night, so she is trying her best.
ww | [P:Kacper] agreed to do some work with me on who's a real mate and who's using you, and he said I could come to training and watch.
ns | I'm sending mam the details of the parents' group and the school's email [E:pastoral@thornabyriverside.example.org.uk] so she can ask for a reintegration meeting.
ns | I'll do an exploitation screening tool with [P:Kacper] {date:next Tuesday} and ring the coach, and I'll share what the lads' names are with {role:the police missing and exploitation team}.
"""),
]

H_NOTES += [
    dict(
        id="H03",
        context={"child": {"name": "Ellis Tweddle", "dob": "2023-03-02"},
                 "people": [{"name": "Shannon Tweddle", "role": "mother"},
                            {"name": "Marley Tweddle", "role": "sister (baby)"},
                            {"name": "Grace Tweddle", "role": "maternal grandmother"},
                            {"name": "Nadia Loughran", "role": "health visitor"}],
                 "address": "Flat 3, 88 Raby Road, Hartlepool TS24 8AH",
                 "school": "Rainbow Steps Nursery", "worker": H_WORKER},
        meta={"service": "Early Help (maternal low mood)", "child_age_years": 3,
              "features": ["dialect", "run_on", "unquoted_child_voice", "pre_verbal", "word_name", "nhs_number",
                           "dob_in_text", "postcode", "phone_in_text", "parent_mental_health"]},
        body="""
o | Visit to [A:Flat 3, 88 Raby Road], [PC:TS24 8AH], to see [P:Shannon] and her two bairns, [P:Ellis] who's {age:three} and the baby [P:Marley] who were born [DOB:28th August 2026] so she's only {age:three month}.
w | [P:Shannon] were still in her dressing gown at {time:two in the afternoon} and the curtains were shut and she said she's not been out the flat for {dur:over a week} cos she just cannot face it.
w | She said she feels like she's doing nowt right and she cries every night when the baby won't settle and she's not eating, so I asked straight out if she's had thoughts of hurting herself and she said no, she'd never leave her bairns.
ww | Baby [P:Marley] looked clean and well fed and [P:Shannon] knew exactly when her last bottle was, and she picked her up the second she grizzled.
o | Baby's NHS number for the health visitor's referral is [NHS:999 471 0358] and [P:Shannon] wrote it on the back of me hand cos I had no paper.
cv,wf,ww | [P:Ellis] showed me his dinosaurs and told me the big one is mammy and the little one is him and they were having a picnic.
cv,wf,w | He said mammy is sad and sleeps on the settee and he gets his own cereal, and he pointed at the cupboard where the coco pops go.
w | [P:Ellis] has missed a lot of nursery at [S:Rainbow Steps] cos there's no one to take him.
ww | [P:Shannon]'s mam [P:Grace] came in while I were there, and to be fair she took it all in with good {word:grace} when I said [P:Shannon] needs a bit more help than she's been letting on.
ww | [P:Grace] said she can do the nursery run on her way to work so [P:Ellis] can gan every morning again.
ns | I'm ringing health visitor [P:Nadia Loughran] today to bring the maternal mood check forward and [P:Shannon] agreed to an appointment with the GP {date:Thursday}.
ns | I'll pop back {date:Monday} and [P:Shannon] has me number and I've got hers, [PH:07700 900197], and she knows she can text even if it's just a sad face.
"""),
    dict(
        id="H04",
        context={"child": {"name": "Rojin Ahmadi", "dob": "2016-11-05"},
                 "people": [{"name": "Shilan Ahmadi", "role": "mother"},
                            {"name": "Rebwar Ahmadi", "role": "father"},
                            {"name": "Aram Ahmadi", "role": "brother"},
                            {"name": "Bethany Coulthard", "role": "young carers worker"}],
                 "address": "14 Ayresome Green Lane, Middlesbrough TS5 4DX",
                 "school": "Ayresome Park Primary School", "worker": H_WORKER},
        meta={"service": "Child in Need (young carer)", "child_age_years": 10,
              "features": ["dialect", "run_on", "unquoted_child_voice", "sibling_voice", "kurdish_family",
                           "young_carer", "local_club", "nickname", "ni_number", "kinship_word_non_english"]},
        body="""
o | Saw [P:Rojin] at home at [A:14 Ayresome Green Lane] with her {kin:daya} [P:Shilan] and her big brother [P:Aram] who is {age:fifteen}, and dad [P:Rebwar] came in from the car wash near the end.
w | Mam's MS has got a lot worse since the summer and she cannot manage the stairs now so she sleeps downstairs, and [P:Rojin] is doing the tablets and helping her get washed in a morning before school.
cv,wf,w | [P:Rojin] told me she's always tired and she gets told off for yawning in class, and she said she doesn't mind helping mam but she misses gan to her friend's house after school.
cv,wf,ww | She said her favourite bit of the week is the young carers club at [O:Tees Valley Young Carers] on a Wednesday cos nobody asks why you're late and they do baking.
cv,wf,w | [P:Aram] said [P:Rojin] worries summat'll happen to mam when she's at school so she sneaks her phone in to text her at dinner.
o | Dad calls her [P:Roji-Pop] and he says she's the boss of the house which made her laugh.
w | Dad works {dur:twelve hour} shifts and his English is not great so the letters from the council and the benefits are piling up, and they've had nowt sorted for a carers assessment.
w | Mam's PIP has been stopped while they look at it again, dad showed me the letter with mam's NI number on, [NI:QQ 73 18 55 D], and it's dated {date:the 4th of November}.
ww | Both parents are proper loving with the bairns and dad cooks every night, and [P:Aram] takes the bins out and does the shopping with dad on a {date:Sunday}.
cv,wf,ww | [P:Rojin] said when she's big she wants to be a nurse like the ones that come to see mam.
ns | I'm doing a young carers assessment for [P:Rojin] and asking adult social care to reassess mam for a care package so {kin:the bairn} isn't doing the personal care.
ns | I'll ring [P:Bethany Coulthard] at the young carers club and school to put some help in, and I've booked a Kurdish Sorani interpreter for next visit so dad can follow all of it.
"""),
    dict(
        id="H05",
        context={"child": {"name": "Chelsea-Leigh Hutchinson", "dob": "2011-09-30"},
                 "people": [{"name": "Brenda Hutchinson", "role": "paternal grandmother and special guardian"},
                            {"name": "Gemma Hutchinson", "role": "mother"},
                            {"name": "Kieran Dunn", "role": "boyfriend"},
                            {"name": "Ruth Oyelaran", "role": "school nurse"}],
                 "address": "3 Greenwood Avenue, Hartburn, Stockton-on-Tees TS18 5ES",
                 "school": "Hartburn Grange School", "worker": H_WORKER},
        meta={"service": "Special Guardianship support", "child_age_years": 15,
              "features": ["dialect", "run_on", "unquoted_child_voice", "subtle_worry", "nickname", "dob_in_text",
                           "email_in_text", "postcode", "phone_in_text", "kinship_care"]},
        body="""
o | Visit to [P:Chelsea-Leigh] at her {kin:nana}'s, [A:3 Greenwood Avenue], [PC:TS18 5ES], {date:Wednesday} teatime, [P:Brenda] made us a cuppa and then went out the back so we could talk.
o | [P:Chelsea-Leigh] were born [DOB:30 September 2011] so she's {age:fifteen} now and everyone in the family calls her [P:Chels-Bells-Hutch] which she says is cringe.
cv,wf,ww | She told me she's happy at her nana's and she's never going back to her mam's and she likes that nana does her tea on a tray when she's watching summat.
cv,wf,w | Then she said she's been feeling a bit rubbish and she's stopped gan to netball cos the other girls are two-faced, and she didn't want to say more than that.
w | She had her sleeves pulled right down over her hands the whole time and kept checking her phone and smiling at it and then going dead quiet.
cv,wf,o | She said she's got a boyfriend called [P:Kieran] who's at college and he's canny and he picks her up from school sometimes in his car.
w | [P:Brenda] said when she came back in that [P:Kieran] is {age:nineteen} and she doesn't like him and [P:Chelsea-Leigh] has been coming in late and telling lies about where she's been.
w | [P:Brenda] said she's at the end of her tether and she's {age:seventy-one} and she's not got the energy she had, so I could see she were worn out.
ww | [P:Brenda] has kept a calendar of when [P:Chels] comes in and what she says, which is canny useful, and school nurse [P:Ruth Oyelaran] has been seeing her every fortnight.
w | Mam [P:Gemma] has been messaging [P:Chelsea-Leigh] again off a new number [PH:07700 900933], nana doesn't know what about.
ns | I've emailed [P:Ruth] at [E:r.oyelaran@hartburngrange.example.sch.uk] about the sleeves and the boyfriend and we're meeting at [S:Hartburn Grange] {date:Friday}.
ns | I'll come back {date:next week} and do some work with [P:Chelsea-Leigh] on healthy relationships and I'm putting in for the special guardianship support group for [P:Brenda].
"""),
]

I_NOTES = [
    dict(
        id="I01",
        context={"child": {"name": "Mark Pearson", "dob": "2017-07-19"},
                 "people": [{"name": "Louise Pearson", "role": "mother"},
                            {"name": "Steven Pearson", "role": "father"},
                            {"name": "Hayley Grieveson", "role": "class teacher"},
                            {"name": "Femi Adeyemi", "role": "respite unit key worker"}],
                 "address": "62 Whinfield Road, Darlington DL1 3HF",
                 "school": "Beckfield Vale School", "worker": I_WORKER},
        meta={"service": "Child in Need (disability, short breaks)", "child_age_years": 9,
              "features": ["non_verbal", "makaton", "pecs", "behaviour_as_communication", "relayed_voice",
                           "word_name", "nickname", "local_club", "postcode", "dob_in_text", "phone_in_text"]},
        body="""
o | {term:Child in Need} visit to [P:Mark Pearson] at [A:62 Whinfield Road], [PC:DL1 3HF], with mum [P:Louise] and dad [P:Steven], {date:Tuesday} after school.
o | [P:Mark] is {age:nine}, born [DOB:19th July 2017], autistic and non-verbal, and the family call him [P:Marky-Moth] because he loves lights.
o | He uses Makaton signs and a PECS book with about forty symbols, and he goes to [S:Beckfield Vale], a specialist school.
cv,wf,ww | When I arrived he handed me the symbol for "trampoline" and led me by the hand to the garden, which mum says is how he says hello to people he likes.
wf,w | Mum says he has been biting his own hand more since the respite nights changed, and there was a red {word:mark} on his wrist when I saw him.
w | Mum and dad both feel the biting is him telling them something is wrong, and it is worst on the nights he should be at [O:Lilac Lodge Short Breaks].
cv,wf,w | His key worker there, [P:Femi Adeyemi], rang to say that on his last stay [P:Mark] put the PECS symbol for "home" on the door of his room and sat by it for {dur:an hour}.
cv,wf,ww | At home he signed "more" and "drink" and "biscuit" with mum, and laughed when dad did the sign for "bubbles" and blew them over him.
w | Mum is exhausted, she says she gets about four hours' sleep, and dad has had time off work with his back.
ww | Parents are skilled and calm with him, they read his signs quickly and the house is set up around what he needs.
cv,wf,o | Teacher [P:Hayley Grieveson] says in class he uses his PECS to choose sand play and music nearly every time.
ns | I will ask the short breaks team whether [P:Mark] can go back to his old nights with the same staff, and ask [P:Femi] for the unit's visual timetable to use at home.
ns | Mum's number for the review is [PH:01632 960482], and I'll bring a carers' assessment form next visit.
"""),
    dict(
        id="I02",
        context={"child": {"name": "Inaya Mahmood", "dob": "2020-02-11"},
                 "people": [{"name": "Saima Mahmood", "role": "mother"},
                            {"name": "Imran Mahmood", "role": "father"},
                            {"name": "Zubeida Mahmood", "role": "paternal grandmother"},
                            {"name": "Claire Ostler", "role": "speech and language therapist"}],
                 "address": "9 Crook Hall Road, Durham DH1 5TZ",
                 "school": "Whitesmocks Specialist Primary School", "worker": I_WORKER},
        meta={"service": "Child in Need (disability)", "child_age_years": 6,
              "features": ["non_verbal", "eye_gaze", "relayed_voice", "behaviour_as_communication", "nhs_number",
                           "dob_in_text", "email_in_text", "local_club", "nickname", "kinship_word_non_english"]},
        body="""
o | Visit to [P:Inaya] at home, [A:9 Crook Hall Road], [PC:DH1 5TZ], with mum [P:Saima], dad [P:Imran] and {kin:dadi} [P:Zubeida], {date:Thursday} {time:4pm}.
o | [P:Inaya], DOB [DOB:11/02/2020], NHS [NHS:999 562 8140], has cerebral palsy affecting all four limbs and no speech, and dad calls her [P:Nanhi-Jaan-Bulbul].
o | She uses an eye-gaze board with photos and symbols, which her speech therapist [P:Claire Ostler] set up with the family in {date:September}.
cv,wf,ww | I asked what she likes doing at the weekend and she looked at the photo of the park and then at {kin:dadi}, and smiled with her whole face.
cv,wf,w | When I asked about school she looked at the symbol for "tired" and then away, and mum said she has been doing that all week.
wf,w | Mum says [P:Inaya] cries and arches her back in the car on the way to [S:Whitesmocks], and they think it is the long journey and the new taxi escort she doesn't know.
cv,wf,o | Mum relayed that at night [P:Inaya] makes a particular humming sound when she wants to be turned, and she does it a few times before anyone is needed.
cv,wf,ww | {kin:Dadi} said [P:Inaya] looked at the picture of the tablet and the word "Nasheed" when she wanted her songs, and laughed when they came on.
w | Parents are doing all the lifting and hoisting themselves, the bathroom isn't adapted and dad has hurt his shoulder.
ww | The family are very close, {kin:dadi} does mornings, and mum has joined the [O:Durham Dales Parent Carer Forum] and says it has helped her feel less alone.
ns | I will refer for an occupational therapy assessment for bathroom adaptations and speak to school transport about keeping the same escort.
ns | I'll email [P:Claire] at [E:claire.ostler@nhs.example.net] to ask whether "journey" and "hurts" could be added to the eye-gaze board.
"""),
    dict(
        id="I03",
        context={"child": {"name": "Marek Horváth", "dob": "2014-12-02"},
                 "people": [{"name": "Jozef Horváth", "role": "father"},
                            {"name": "Monika Horváthová", "role": "mother"},
                            {"name": "Denisa Horváthová", "role": "sister"},
                            {"name": "Sue Ainsley", "role": "respite unit manager"}],
                 "address": "27 Marton Burn Road, Middlesbrough TS4 2SW",
                 "school": "Priory Woods School", "worker": I_WORKER},
        meta={"service": "Child in Need (disability, short breaks)", "child_age_years": 11,
              "features": ["non_verbal", "pecs", "makaton", "relayed_voice", "sibling_voice", "roma_slovak_family",
                           "local_club", "nickname", "phone_in_text", "postcode", "dob_in_text"]},
        body="""
o | Home visit to [P:Marek] at [A:27 Marton Burn Road], [PC:TS4 2SW], dad [P:Jozef] and sister [P:Denisa] {age:16} present, mum [P:Monika] at work at the packing factory.
o | [P:Marek] is {age:eleven}, born [DOB:December 2014], has Down syndrome and a learning disability, and uses PECS and a few Makaton signs.
o | Dad speaks good English and [P:Denisa] helped with some words in Slovak and Romani.
cv,wf,ww | [P:Marek] brought his PECS folder straight away and built "I want" and "swimming", then signed "please" and pointed at dad.
cv,wf,w | When I asked how school was he pulled out the "sad" symbol and then "bus", and dad thinks something is happening on the school bus.
cv,wf,w | [P:Denisa] said [P:Marek] told her in signs that a bigger boy takes his hat, and she showed me the sign he made, hand on head and pulling away.
w | [P:Marek] has come home twice this month without his hat and with a scratch on his cheek, and school [S:Priory Woods] did not know how it happened.
ww | Dad is very attentive and the home is warm and full of photos of the family, and [P:Marek] goes to [O:Acklam Splash Club] every {date:Saturday} with his cousin.
cv,wf,ww | [P:Marek], who everyone calls [P:Marecek-Bobo], was laughing and did the Makaton sign for "friend" when dad mentioned the respite unit.
w | Respite at [O:Hemlington Court] was cut from two nights a month to one in {date:the summer}, and dad says [P:Monika] is struggling with the night shifts.
ns | I'll ring [S:Priory Woods] and the transport team today about the bus and ask for an escort to watch who [P:Marek] sits with.
ns | I'll speak to [P:Sue Ainsley] at [O:Hemlington Court] about restoring two nights, and dad's number for her is [PH:07700 900756].
"""),
    dict(
        id="I04",
        context={"child": {"name": "Filmon Tesfamariam", "dob": "2010-01-01"},
                 "people": [{"name": "Yonas Habte", "role": "Tigrinya interpreter"},
                            {"name": "Margaret Oduya", "role": "supported lodgings host"},
                            {"name": "Senait Tesfamariam", "role": "mother (in Eritrea)"},
                            {"name": "Tomas Gebru", "role": "friend"}],
                 "address": "11 Cleveland Terrace, Darlington DL3 7HB",
                 "school": "Darlington Queen Elizabeth College", "worker": I_WORKER},
        meta={"service": "Children in Care (unaccompanied asylum-seeking child)", "child_age_years": 16,
              "features": ["interpreter", "uasc", "eritrean", "quoted_child_voice", "dob_in_text", "ni_number",
                           "email_in_text", "local_club", "food_bank", "postcode"]},
        body="""
o | Statutory visit to [P:Filmon Tesfamariam] at his supported lodgings, [A:11 Cleveland Terrace], [PC:DL3 7HB], interpreter [P:Yonas Habte] in Tigrinya, lodgings host [P:Margaret Oduya] downstairs.
o | [P:Filmon]'s date of birth is recorded as [DOB:1st January 2010], which he says the officials at the port gave him, and his age is still being assessed by {natl:the Home Office}.
o | He arrived in {date:August} after a journey through Sudan and Libya and crossed the Channel in a small boat.
cv,wf,w | He said through [P:Yonas] "I cannot sleep, every night I am on the boat again", and that he thinks about his mother [P:Senait] all the time.
cv,wf,w | He said he has had no news of his mother since {date:June} and that his phone was taken in Libya with all the numbers in it.
cv,wf,ww | He said the best day is Sunday, when he goes to the Eritrean Orthodox service and then the lunch at [O:St Hild's Community Larder], where people speak his language.
cv,wf,ww | He said his friend [P:Tomas Gebru] from college, who calls him [P:Fili-Tesh], is "like a brother", and they play football in {place:South Park} after English class.
ww | [P:Margaret] says he is polite and tidy and cooks injera for the household on Fridays.
w | [P:Margaret] has noticed he often does not eat and she hears him walking about at {time:3am}.
ww | He is attending ESOL at [S:Queen Elizabeth College] every day and his tutor says he is making quick progress.
o | His NI number has come through, [NI:QQ 62 09 41 A], and he has a bank card for the first time.
ns | I will refer him to the refugee mental health service and to {natl:the Red Cross} family tracing service to look for his mother.
ns | I'll email his solicitor's office at [E:casework@teesrefugeelaw.example.org] about the age assessment date, and see him again in {dur:two weeks} with [P:Yonas].
"""),
]
NOTES = G_NOTES + H_NOTES + I_NOTES
