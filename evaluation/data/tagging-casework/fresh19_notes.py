"""fresh19's 14 notes, marked up for make_fresh19.py (markup and line format: notes_markup.py's docstring).

Everything is invented: phone numbers in Ofcom's drama ranges, NHS numbers in the 999 range (check digits
not always valid), NI numbers with never-issued prefixes (QQ, TN, BG, NK); names, addresses, schools and
local organisations made up. Three authors (the id's letter), used by no other set:
  l  a hospital and children's-disability social worker: long formal sentences, the child's voice relayed
     through parents, nurses, a speech and language therapist and a teaching assistant; eye-gaze, Makaton,
     PECS; siblings; parents' own feelings (5 notes: Newcastle, Sunderland, Sheffield, Durham, Leeds)
  m  a youth-offending and exploitation worker: teenage slang in quotes, contact by phone, WhatsApp and
     Snapchat, worries described but never called worries (5 notes: Sunderland, Middlesbrough,
     Manchester, Glasgow, Newcastle)
  n  a fostering supervising social worker: Signs of Safety headings spoken and sometimes run into the
     next sentence, scaling, three houses, wizard and fairy, lower-case unpunctuated passages
     (4 notes: Stockton, Blyth, Belfast, Hartlepool)

Labelling calls used throughout: a spoken heading is kept inside the first sentence of its section; a
child's fear or upset about the harm is worry + voice; a child liking something about their care is
working_well + voice; a neutral wish, choice or refusal is observation + voice; a wish that the harm stop
is worry + voice; a parent's, carer's or worker's own feelings carry no voice label; a baby's sounds and
movements carry no voice label; laughing or smiling alone is wishes_feelings without child_voice; a
deliberate gesture, look at a symbol or sign is child_voice.
"""

NOTES = []


def note(id, context, meta, body):
    NOTES.append({"id": id, "context": context, "meta": meta, "body": body})


# ---------------------------------------------------------------- l: hospital / children's disability social worker

note("l01",
     {"child": {"name": "Isla Charlton", "dob": "2017-05-19"},
      "people": [{"name": "Nicola Charlton", "role": "mother"},
                 {"name": "Stephen Charlton", "role": "father"},
                 {"name": "Oscar Charlton", "role": "brother, aged 12"},
                 {"name": "Priya Mistry", "role": "speech and language therapist"},
                 {"name": "Joanne Pattinson", "role": "family liaison worker, school"}],
      "address": "27 Whitethorn Crescent, Kenton, Newcastle upon Tyne NE3 3QD",
      "school": "Thornbury Lea School", "worker": "Frances Oduya"},
     {"service": "Child in Need", "child_age_years": 9,
      "features": ["hospital", "disability", "non_verbal", "eye_gaze", "relayed_voice", "sibling",
                   "parent_feelings", "worker_analysis", "nhs_number"]},
     """
o | This is [P:Frances Oduya], hospital social worker, recording a ward visit on {date:Wednesday 25 November} to [P:Isla Charlton], aged {age:nine}, who was admitted to the {place:Great North Children's Hospital} on {date:Saturday} with a chest infection, NHS number [NHS:999 274 1186].
ww | Her mother, [P:Nicola], had stayed overnight on the parent bed, and her father, [P:Stephen], joined us later having come straight from work.
o | [P:Isla] has four-limb cerebral palsy and does not use speech; she communicates through facial expression, vocalisation and an {comm:eye-gaze} board, which had been set up on her bed table.
ww, cv, wf | [P:Priya Mistry], the speech and language therapist, told me that, offered the choice between the music video and the story app, [P:Isla] looked deliberately and repeatedly at the music symbol and then held her gaze on "more" until it was replayed.
o, cv, wf | Ms [P:Mistry] also reported that when the nurse approached with the suction equipment [P:Isla] looked at the "stop" symbol and then at her mother, which she understood as [P:Isla] wanting her mother close when it happens.
ns | It was agreed with the nurse in charge that [P:Nicola] or [P:Stephen] will be asked to be present for suctioning wherever possible, and this has been added to the care plan.
w | [P:Nicola] told me, with some emotion, that she was "absolutely on her knees", that she had not slept properly in a fortnight and that "nobody at home sees how much it takes".
w | She explained that the overnight short breaks at [O:Cedar Lodge] have been suspended since {date:September} owing to staff shortages, and that the family has had no respite since.
ww, cv, wf | Asked by her mother through the board whether she wanted to go back to [O:Cedar Lodge], [P:Isla] looked at "yes" and smiled broadly, which her mother said is how she shows she is excited.
o, wf | [P:Isla]'s {kin:brother} [P:Oscar], who is {age:twelve}, had sent a voice note which his father played, and [P:Isla] laughed and vocalised loudly each time she heard her name.
w | [P:Stephen] said that [P:Oscar] has been "quiet and a bit off" and is staying at a friend's most evenings.
ww | Both parents were warm and attentive, [P:Nicola] reading her cues with evident skill.
o | For the discharge paperwork I reconfirmed the address as [A:27 Whitethorn Crescent], Kenton, [PC:NE3 3QD], and [P:Nicola]'s mobile as [PH:07700 900634].
ns | I will ask the short breaks team by {date:Friday} for interim overnight support, and I will ask Mrs [P:Pattinson], the family liaison worker at [S:Thornbury Lea], whether a young carers referral for [P:Oscar] would be welcome.
ns | A discharge planning meeting is arranged for {date:Tuesday 1 December} at {time:2pm} on the ward.
w | My own view is that the lack of respite, not the care [P:Isla] receives, is now the main risk to her staying at home.
""")

note("l02",
     {"child": {"name": "Grace Bewick", "dob": "2013-03-04"},
      "people": [{"name": "Lorraine Bewick", "role": "mother"},
                 {"name": "Gary Tulip", "role": "stepfather"},
                 {"name": "Kai Bewick", "role": "brother, aged 16"},
                 {"name": "Helen Corner", "role": "speech and language therapist"},
                 {"name": "Dr Amir Rahimi", "role": "community paediatrician"}],
      "address": "9 Larchwood Avenue, Grindon, Sunderland SR4 8PJ",
      "school": "Barnes Hill School", "worker": "Frances Oduya"},
     {"service": "Child in Need", "child_age_years": 13,
      "features": ["disability", "makaton", "relayed_voice", "word_name", "sibling_voice", "young_carer",
                   "spoken_dob", "parent_feelings", "subtle_worry"]},
     """
o | Home visit on {date:Monday 23 November} to [P:Grace Bewick] at [A:9 Larchwood Avenue], Grindon, [PC:SR4 8PJ], as part of the children's disability team's review of her child in need plan, her mother [P:Lorraine] and {kin:stepfather} [P:Gary] being present and her {kin:brother} [P:Kai] arriving home part way through.
o | For the record, [P:Grace] was born on the [DOB:fourth of March two thousand and thirteen], not the date shown on the referral, and her {age:thirteenth} birthday was celebrated at home with the family.
o | [P:Grace] has Down syndrome and a moderate learning disability, and she uses single words, short phrases and {comm:Makaton} signs, which she combines confidently with people she knows well.
ww, cv, wf | She greeted me at the door with the sign for "friend" and then said "dinner, chips", and [P:Lorraine] explained that [P:Grace] was telling me that [P:Gary] had made her favourite tea.
ww | The family say {word:grace} before their evening meal, and [P:Grace] led it herself with evident pride, signing as she spoke.
o, cv, wf | [P:Helen Corner], her speech and language therapist, had sent a short summary ahead of the visit, in which she records that [P:Grace] has repeatedly signed and said "disco, Friday, me go" during sessions in school.
o | I understand this refers to the Friday evening session at [O:Hylton Castle Youth Project], which several of her classmates attend.
w | [P:Lorraine] said she would not allow it, that [P:Grace] "has no sense of danger whatsoever" and that she lies awake picturing her being "taken off by some lad", and she became tearful when describing this.
o, cv, wf | When I asked [P:Grace] directly, using the symbols her therapist had provided, she pointed firmly at "disco" and at "friends", and when I pointed at "stay home" she pushed the card away and folded her arms.
w | [P:Kai], who is {age:sixteen}, told me that he does most of [P:Grace]'s evening care because [P:Gary] works nights and his mother "has her bad days", and that he has given up his own football on a Tuesday to do so.
w | He added that he does not mind, but he looked tired and said his college work is behind.
ww | [P:Lorraine] acknowledged that she relies on [P:Kai] more than she should, and said she would welcome help, which I take as a real strength.
ns | I will ask the youth project whether a trusted adult could support [P:Grace] on Friday evenings for a trial period, and I will share this with [P:Lorraine] before anything is agreed.
ns | I will make a referral to the young carers service for [P:Kai] this week, with his agreement, and I will write to Dr [P:Rahimi] about [P:Lorraine]'s request for advice on puberty and relationships education.
ns | The next review is on {date:the 14th of January}, at [S:Barnes Hill].
""")

note("l03",
     {"child": {"name": "Tomasz Nowak", "dob": "2011-07-14"},
      "people": [{"name": "Anna Nowak", "role": "mother"},
                 {"name": "Piotr Nowak", "role": "father"},
                 {"name": "Zofia Nowak", "role": "sister, aged 8"},
                 {"name": "Claire Whitehouse", "role": "diabetes specialist nurse"},
                 {"name": "Mr Dean Ashworth", "role": "head of year"}],
      "address": "Flat 12, Rowan Court, 88 Abbeydale Road, Sheffield S7 1FD",
      "school": "Sharrow Park Academy", "worker": "Frances Oduya"},
     {"service": "Child in Need", "child_age_years": 15,
      "features": ["hospital", "long_term_condition", "relayed_voice", "direct_quotes", "spoken_email",
                   "written_dob", "sibling_voice", "subtle_worry"]},
     """
o | Ward visit on {date:Thursday 26 November} to [P:Tomasz Nowak], DOB [DOB:14/07/2011], NHS number [NHS:999 602 3318], who was admitted to {place:Sheffield Children's Hospital} overnight in diabetic ketoacidosis for the third time since {date:the summer}.
o | The referral to me came from [P:Claire Whitehouse], the diabetes specialist nurse, who has known [P:Tomasz] since his diagnosis at the age of {age:eleven}.
w | Ms [P:Whitehouse] told me that his meter downloads show long periods with no readings at all, and that she believes he has been omitting insulin for some weeks.
w, cv, wf | She said that when she raised this with him yesterday he told her, "I'm sick of being the diabetic kid, I just want one week where I'm normal."
o | I saw [P:Tomasz] on his own, sitting up and playing on his phone, and he agreed to talk once I had explained that I was not there to tell him off.
w, cv, wf | He said the injections at school are "embarrassing" because he has to go to the medical room in front of everyone, and that he had started skipping his lunchtime dose so that his friends would not ask questions.
o, cv, wf | He said he would rather have a pump "so no one has to see", and that he does not want his dad coming to school about it.
ww, cv, wf | He said his {kin:mum} is "the only one who gets it" and that he trusts Ms [P:Whitehouse] because she does not lecture him.
w | [P:Anna], his mother, arrived later, and said she works two jobs and leaves the house at {time:six in the morning}, so she has not been able to check his readings as she used to.
w | She said, "I feel like I have failed him," and that his father [P:Piotr] believes [P:Tomasz] is "doing it for attention".
w, cv, wf | [P:Anna] told me that [P:Zofia], who is {age:eight}, had asked her whether her brother was going to die, and had drawn him a card that now sits on his locker.
ww | [P:Anna] was clear that she wants help, and she has already asked the school for a quieter place for his injections.
o | She asked that correspondence be sent to her by email, which she spelt out as [E:anna dot nowak eighty one at gmail dot com], and her address is [A:Flat 12, Rowan Court, 88 Abbeydale Road], [PC:S7 1FD].
ns | I will speak to Mr [P:Ashworth], head of year at [S:Sharrow Park], about a private space for injections, and Ms [P:Whitehouse] will raise the pump with the consultant before discharge.
ns | I will offer [P:Tomasz] a referral to the psychology service attached to the diabetes team rather than {natl:CAMHS}, as he asked, and I will see him again on {date:Monday}.
""")

note("l04",
     {"child": {"name": "Alfie Hope", "dob": "2019-10-02"},
      "people": [{"name": "Brenda Hope", "role": "maternal grandmother, special guardian"},
                 {"name": "Ronnie Hope", "role": "maternal grandfather, special guardian"},
                 {"name": "Shannon Hope", "role": "mother"},
                 {"name": "Mrs Tracey Wilkinson", "role": "teaching assistant"},
                 {"name": "Dr Sunita Rao", "role": "paediatric neurologist"}],
      "address": "3 Chapel Row, Sacriston, Durham DH7 6AB",
      "school": "Fernhill Park Primary School", "worker": "Frances Oduya"},
     {"service": "Child in Need", "child_age_years": 7,
      "features": ["hospital", "autism", "non_verbal", "pecs", "relayed_voice", "word_name", "kinship",
                   "special_guardianship", "parent_feelings", "ni_number"]},
     """
o | Visit on {date:Friday 27 November} to [P:Alfie Hope], aged {age:seven}, on the children's ward at the {place:University Hospital of North Durham}, where he has been since {date:Wednesday} following a prolonged seizure at school.
o | [P:Alfie] lives with his maternal grandparents, [P:Brenda] and [P:Ronnie], under a special guardianship order made in {date:2021}, and his mother [P:Shannon] has supervised contact once a month.
o | He is autistic and does not use spoken words, and he communicates through {comm:PECS}, a small number of signs and by leading adults to what he wants.
ww, cv, wf | [P:Brenda] showed me that he had made a sentence strip that morning, "I want" and the picture of the swing, and had handed it to her, which she understood as him asking to go home to the garden.
o, cv | When I sat beside him he took my hand and placed it on the bag of his toy trains, which his grandmother said means he wanted me to open it for him.
w, wf | When the phlebotomist arrived he covered his ears, rocked and screamed, and it took both grandparents some time to settle him.
o, cv, wf | Mrs [P:Wilkinson], his teaching assistant at [S:Fernhill Park], visited during my time on the ward and said that in class he has started bringing her the "sad" card whenever the fire door bangs, and then the "{kin:Nana}" card.
w | [P:Brenda] told me she is {age:sixty-eight}, that she has angina herself and that she "can't see how we'll manage if the fits keep coming".
w | [P:Ronnie] said little, but later told me privately that he has been sleeping in a chair beside [P:Alfie]'s bed at home because he is frightened of missing a seizure in the night.
ww | Both grandparents have kept every appointment and know [P:Alfie]'s routines in detail, and the nursing staff said he settles for them in a way he does not for anyone else.
o | [P:Ronnie] asked for the carer's allowance forms, and gave me his National Insurance number, [NI:QQ 71 39 48 C], to pass to the welfare rights adviser.
o | Dr [P:Rao] has started a new medication and intends to discharge on {date:Monday} if there are no further seizures.
w | The worker's view is that the family has real {word:hope} of managing at home, but that the grandparents' own health and the lack of any night-time support leave the arrangement fragile.
ns | I will refer to the community children's nursing team for a rescue medication plan and training before discharge, and I will ask the disability team about a night-sitting service.
ns | I will ring [P:Shannon] on {date:Saturday} to let her know about the admission, as [P:Brenda] has asked me to.
""")

note("l05",
     {"child": {"name": "Lily-Mae Crabtree", "dob": "2021-08-22"},
      "people": [{"name": "Kerry Crabtree", "role": "mother"},
                 {"name": "Lewis Crabtree", "role": "father"},
                 {"name": "Harvey Crabtree", "role": "brother, aged 8"},
                 {"name": "Sister Bernadette Okoye", "role": "ward sister"},
                 {"name": "Dr Hamish Calder", "role": "palliative care consultant"}],
      "address": "41 Moorside Grove, Bramley, Leeds LS13 2RT",
      "school": "Bramley Fold Primary School", "worker": "Frances Oduya"},
     {"service": "Child in Need", "child_age_years": 5,
      "features": ["hospital", "life_limiting", "non_verbal", "sibling_voice", "relayed_voice",
                   "parent_feelings", "ni_number", "phone", "worker_analysis"]},
     """
o | Joint visit on {date:Tuesday 24 November} with Dr [P:Hamish Calder], palliative care consultant, to [P:Lily-Mae Crabtree], aged {age:five}, on the high dependency unit at {place:Leeds General Infirmary}, together with her parents [P:Kerry] and [P:Lewis].
o | [P:Lily-Mae] has a life-limiting neurological condition, is fed by gastrostomy and does not speak, and her parents understand her mainly through her breathing, her colour and her eyes.
ww, wf | Sister [P:Okoye] told me that [P:Lily-Mae] visibly calms when her mother sings to her, her breathing slowing and her eyes following her mother's face.
o | The purpose of the meeting was to agree an advance care plan and to discuss short breaks at [O:Brambles House], the children's hospice, which the family has visited once.
w | [P:Kerry] said that she felt "torn in half" between the hospital and home, and that she had not left the unit for nine days.
w | [P:Lewis] has returned to work because the family had fallen two months behind with the rent, and he said quietly that he dreads his phone ringing.
w, cv, wf | Their son [P:Harvey], who is {age:eight}, had told his father on the phone the previous evening, "I don't want [P:Lily] to be poorly forever, I want her to come home and watch telly with me."
w, cv | [P:Kerry] said that his teacher at [S:Bramley Fold] had rung her because [P:Harvey] had written in his news book that his sister "lives at the hospital now".
o, cv, wf | [P:Harvey] has asked whether he can visit on his own with his {kin:grandma} at the weekend so he can read his sister a story.
ww | The family were open and emotionally honest throughout the meeting, and Dr [P:Calder] commented on how well they advocate for their daughter.
ww | [P:Kerry] had already written down [P:Lily-Mae]'s "likes and dislikes", including the lavender lotion she tolerates and the hoist she hates, which will go into the care plan.
o | [P:Lewis] asked for help with a claim and gave his National Insurance number as [NI:TN 62 48 19 A], and his mobile is [PH:0113 496 0572].
ns | I will complete the hospice referral for a planned short break in {date:December}, and I will refer [P:Harvey] to the hospice's sibling support group with his parents' agreement.
ns | Dr [P:Calder] will draft the advance care plan for the family to read before the next meeting on {date:8 December}.
ns | I will ask the welfare rights service to contact [P:Lewis] this week about the rent arrears and a discretionary housing payment.
""")


# ---------------------------------------------------------------- m: youth offending and exploitation worker

note("m01",
     {"child": {"name": "Jayden Purvis", "dob": "2010-12-09"},
      "people": [{"name": "Leanne Purvis", "role": "mother"},
                 {"name": "Kyra Purvis", "role": "sister, aged 11"},
                 {"name": "Mark Storey", "role": "boxing coach"},
                 {"name": "PC Dawn Heslop", "role": "police officer, youth justice"}],
      "address": "16 Tunstall Vale, Hendon, Sunderland SR2 9LE",
      "school": "Southmoor Ridge Academy", "worker": "Craig Lumsden"},
     {"service": "Youth Justice", "child_age_years": 15,
      "features": ["youth_justice", "slang", "exploitation", "online_contact", "worries_unnamed",
                   "word_name", "sibling_voice", "nickname"]},
     """
o | Referral order session with [P:Jayden] at the YOT office, {date:Tuesday} {time:4pm}, {dur:an hour}, {kin:mam} [P:Leanne] dropped him off and waited in the car.
o, cv, wf | He came in with his hood up and said "wagwan" and then "I'm only here cos I have to be, no offence".
w | New trainers, the grey ones, about {money:£180} a pair, and a second phone that kept lighting up in his pocket.
w, cv | I asked about the trainers and he said "my boy got them for me, it's calm, he's just a good lad", and when I asked who he said "just [P:Tank], you don't know him".
w | [P:Tank] is the name PC [P:Heslop] gave me last month for an older lad seen with the Hendon group outside the chippy on Villette Road.
w, cv | He said he's been "on the block" most nights till {time:eleven} and that he "doesn't have a curfew no more" because the court didn't give him one.
o, cv, wf | On the victim letter he said "I'll write it but I'm not saying sorry to his face, allow it", and he wrote three lines and signed it.
ww, cv, wf | He lit up when we talked about [O:Pallion ABC], he said coach [P:Mark] says he's got "a proper jab" and he wants to box for the club at the county championships.
ww | [P:Mark Storey] confirmed by text that [P:Jayden] has been three times a week since {date:October} and is never late.
w, cv | [P:Kyra] was in the car with her {kin:mam} and when I walked them out she said "he never comes home till late and {kin:mam} just cries".
w | [P:Leanne] said "I've lost him to them lot, I can't do nowt with him" and asked me not to tell his {kin:dad}.
o | School is [S:Southmoor Ridge], he's on a part-time timetable till {date:Christmas}, and his English teacher gave his last essay a good {word:mark}.
o | Mam's number changed, it's [PH:07700 900 812], and they're still at [A:16 Tunstall Vale], [PC:SR2 9LE].
ns | I'll share [P:Tank] and the second phone with PC [P:Heslop] and the exploitation lead today and ask for a {term:strategy discussion}.
ns | I'll ring [P:Jayden] on WhatsApp {date:Thursday} after boxing, and I'll see [P:Leanne] on her own {date:next week} about the {term:NRM} and about [P:Kyra].
""")

note("m02",
     {"child": {"name": "Kenzie Rowntree", "dob": "2012-06-30"},
      "people": [{"name": "Michelle Rowntree", "role": "mother"},
                 {"name": "Darren Rowntree", "role": "father"},
                 {"name": "Miss Faye Lister", "role": "pastoral lead, school"},
                 {"name": "Jordan", "role": "unknown male, about 20"}],
      "address": "58 Greystone Road, Park End, Middlesbrough TS3 0QP",
      "school": "Linthorpe Vale Academy", "worker": "Craig Lumsden"},
     {"service": "Child Protection", "child_age_years": 14,
      "features": ["exploitation", "missing", "return_home_interview", "phone_call", "slang",
                   "spoken_email", "worries_unnamed", "parent_feelings"]},
     """
o | Phone call with [P:Kenzie] on {date:Sunday 29 November} at {time:ten past two}, she rang me back on WhatsApp after being missing from {date:Friday night}, police found her at the {place:Premier Inn} by the {place:Riverside Stadium} {date:Saturday morning}.
w, cv, wf | She said "I'm fine, honestly, I was just with my mates, it's not deep" and laughed.
w, cv | She said she went to a party in a flat in Stockton with a lad called [P:Jordan], who she called "my man", and she said he's "like twenty but he's dead mature".
w, cv | She wouldn't say how she got there, she said "he got me an Uber" and then "why does everyone need to know my business".
w, cv | She said she'd had "a bit of a bag" and that her phone died, that's why she didn't answer, and her Snapchat location was off "cos {kin:mam} stalks me".
o, cv, wf | She said she doesn't want to go to the police station for the interview, she'll only talk to me and only on the phone.
ww, cv, wf | When I asked what's good at the minute she said her {kin:nana}'s, she goes there on a Wednesday and they make tea together and "nobody's on my case".
w | [P:Michelle] rang me after, she said she hadn't slept, that she was "going out of my mind" and that [P:Darren] had been out in the car all night looking.
w | She said [P:Kenzie] has got a new vape, new nails and a Pandora bracelet and "she's got no money, so where's that coming from".
w | Miss [P:Lister] at [S:Linthorpe Vale] emailed Friday saying [P:Kenzie] has missed eleven sessions this half term and was seen getting into a white car at the school gate.
ww | [P:Michelle] and [P:Darren] have kept a missing log and gave police a description and photo quickly, and they want to work with us.
o | Mam asked for the safety plan by email, she said it's [E:shell rowntree seventy four at hotmail dot co dot uk], address as before, [A:58 Greystone Road], [PC:TS3 0QP].
ns | I'll do the return home interview with [P:Kenzie] by phone {date:tomorrow} after school as she asked, and pass [P:Jordan]'s name and the flat to {natl:police} today.
ns | I've asked for a {term:strategy meeting} this week and I'll take the {term:exploitation screening tool} with me.
ns | [P:Kenzie] said she'd go to her {kin:nana}'s on Wednesday, so I'll ring her there.
""")

note("m03",
     {"child": {"name": "Deshawn Clarke", "dob": "2010-11-18"},
      "people": [{"name": "Marcia Clarke", "role": "mother"},
                 {"name": "Tyrese Clarke", "role": "brother, aged 19"},
                 {"name": "Imani Clarke", "role": "sister, aged 9"},
                 {"name": "Sgt Paul Brennan", "role": "police, exploitation team"},
                 {"name": "Rachel Okonjo", "role": "solicitor"}],
      "address": "Flat 4, Oakden House, 23 Hulme Walk, Manchester M15 5TG",
      "school": "Moss Lane Learning Centre", "worker": "Craig Lumsden"},
     {"service": "Youth Justice", "child_age_years": 16,
      "features": ["county_lines", "exploitation", "nrm", "slang", "spoken_phone", "dob_written",
                   "sibling_voice", "worries_unnamed", "police_custody"]},
     """
o | Seen [P:Deshawn] at Longsight custody suite {date:Saturday} with his solicitor [P:Rachel Okonjo], DOB on the custody record [DOB:18.11.10].
o | Arrested in Blackpool {date:Friday} in a flat with two older males, {money:£640} cash and a phone the police are calling "the line".
w, cv | He said "I was just chilling at my boy's yard, I don't know nothing about no food" and then "you lot always think it's a trap ting".
w, cv | When I asked how he got to Blackpool he said "train from {place:Piccadilly}, someone sorted the ticket, I'm not a snitch".
w, cv, wf | He asked if his {kin:mum} knows, and said "don't tell her nothing about Blackpool, she'll cry, man", and then he put his head down on the table.
w | He had a fresh cut across his knuckles and a bruise under his eye he said was "from football".
o, cv, wf | He said he wants to go home tonight, not to his {kin:aunty}'s, and he'll go back to college "if they let me back in".
ww, cv, wf | He said [S:Moss Lane] is the only school that "didn't treat me like a bad man" and he liked the music tech tutor.
w | [P:Marcia] on the phone said "I've lost one son to the roads already, I can't lose this one", and said [P:Tyrese] is on remand in {place:Forest Bank}.
w, cv, wf | She said [P:Imani] asked her {date:this morning} if [P:Deshawn] is going to jail like [P:Tyrese].
ww | [P:Marcia] has kept him in most nights since {date:September} and has been to every YOT meeting, and she picked up straight away when I called.
o | Mum's mobile is [PH:oh seven seven double oh nine double oh five two three], for the record, and the address is [A:Flat 4, Oakden House, 23 Hulme Walk], [PC:M15 5TG].
ns | I've told Sgt [P:Brennan] I'm making an {term:NRM} referral as first responder today, and I'll ask for the bail address to be mum's.
ns | I'll visit home {date:Monday} at {time:five} with the college and ask about a {natl:Reachable Moment} worker.
""")

note("m04",
     {"child": {"name": "Callum McGuire", "dob": "2011-09-03"},
      "people": [{"name": "Janice McGuire", "role": "mother"},
                 {"name": "Rory McGuire", "role": "brother, aged 7"},
                 {"name": "Mr Iain Drummond", "role": "guidance teacher"},
                 {"name": "PC Fiona Baird", "role": "police, online safety"}],
      "address": "7/2 Lochview Street, Dennistoun, Glasgow G31 2QN",
      "school": "Whitehill Braes High School", "worker": "Craig Lumsden"},
     {"service": "Child Protection", "child_age_years": 15,
      "features": ["online_harm", "sextortion", "gaming", "slang", "scots", "dob_written",
                   "sibling_voice", "worries_unnamed", "nickname"]},
     """
o | Home visit to [P:Callum], DOB [DOB:03.09.2011], at [A:7/2 Lochview Street], Dennistoun, {date:Wednesday} {time:after school}, with his {kin:maw} [P:Janice] and wee {kin:brother} [P:Rory] in.
o | Referral came from PC [P:Baird] after [P:Janice] found messages on his phone {date:on Sunday}.
w | Someone he met on a gaming server, calling himself "[P:Lexi_x]", got him talking on Discord and then on Snapchat, asked for pictures, and once she had them started asking for {money:£300} or she'd send them to his school group chat.
w, cv | [P:Callum] said "it was pure stupid, I thought she was a lassie my age" and that he'd sent {money:£40} from his Christmas money.
w, cv, wf | He said he'd been "bricking it" every time his phone went and hadn't slept, and "if that gets out at school I'm done, I'm no going back".
o, cv, wf | He said he doesn't want his {kin:da} told, and he doesn't want to give a statement, but he's fine with the police having the phone.
ww, cv, wf | He said his maw "didnae even shout, she just hugged me" and that made it easier to tell her the rest.
ww | [P:Janice] stayed calm, reported it the same night and hasn't paid anything, which is exactly right.
w | She said "I just feel sick, he's that soft, he's still a wean really", and that he's been in his room gaming till {time:three or four in the morning} since the summer.
w, cv | [P:Rory], who is {age:seven}, told me [P:Callum] "shouts at the telly and punches his pillow" and he's not allowed in the room any more.
o | Mr [P:Drummond], guidance at [S:Whitehill Braes], says attendance is fine but he's gone quiet and dropped out of the school football.
o | His online handle is "[P:Cal_McG]", and [P:Janice]'s number is [PH:0141 496 0387].
ns | PC [P:Baird] is taking the phone and the accounts {date:tomorrow}, and I've shown [P:Callum] and his maw how to use {natl:Report Remove}.
ns | I'll speak to Mr [P:Drummond] on {date:Friday} about a quiet check-in each morning and I'll see [P:Callum] on his own {date:next Tuesday}.
""")

note("m05",
     {"child": {"name": "Riley Dodds", "dob": "2013-04-17"},
      "people": [{"name": "Stacey Dodds", "role": "mother"},
                 {"name": "Kacie Dodds", "role": "sister, aged 10"},
                 {"name": "Wayne Dodds", "role": "father"},
                 {"name": "Lisa Ferry", "role": "youth worker"}],
      "address": "112 Raby Street, Byker, Newcastle upon Tyne NE6 2JS",
      "school": "Walker Riverside Academy", "worker": "Craig Lumsden"},
     {"service": "Early Help", "child_age_years": 13,
      "features": ["knife", "online_contact", "drill_music", "slang", "dialect", "sibling_voice",
                   "worries_unnamed", "no_punctuation", "spoken_dob", "nhs_number_spoken"]},
     """
o | Out-of-court disposal meeting and home visit to [P:Riley] at [A:112 Raby Street], Byker, {date:Thursday 26th}, {kin:mam} [P:Stacey] and {kin:little sister} [P:Kacie] in.
o | Background, he was stopped in the {place:Shields Road} {place:Aldi} car park with a kitchen knife in his waistband on {date:the 14th}.
w, cv | He said "it was for protection, everyone's got one, you'd get merked walking about Walker with nowt".
w, cv | He showed me a drill video on his phone with lads from Heaton in balaclavas and said "that's [P:Zeddy], he's sick, he's got like ten thousand followers".
w, cv | He said [P:Zeddy] messages him on Snap and said "he says I can be in the next one if I'm on it".
o, cv, wf | He said he'd rather do the reparation at the youth club than the litter picking cos "litter picking is embarrassing, man".
ww, cv, wf | He said he likes [O:Shieldfield Youth Hub] and [P:Lisa] the youth worker "is sound, she doesn't chat rubbish".
ww | [P:Lisa Ferry] texted that he's been in four nights out of five and helps set up the pool table.
w, cv, wf | [P:Kacie] said "he's got a knife under his mattress, I've seen it", then said "don't tell him I said".
w | mam said she took the one from the mattress and binned it this morning and she said her and [P:Wayne] haven't spoken in months and [P:Riley] won't go to his dad's since [P:Wayne]'s new partner moved in
w | she said "I'm frightened for him, I'm frightened of him sometimes an' all" and she went quiet
o | for the GP letter his date of birth is [DOB:seventeenth of April twenty thirteen] and his NHS number [NHS:nine nine nine three four one two six seven eight]
ns | I've asked mam to keep the knife block locked away and I'll ring the {natl:police} today about the knife in the house and [P:Zeddy].
ns | I'll see [P:Riley] at the youth hub {date:Monday} with [P:Lisa] to start the knife crime work, and I'll talk to [S:Walker Riverside] about him before {date:the panel}.
ns | I'll offer [P:Kacie] a session of her own {date:next week}.
""")


# ---------------------------------------------------------------- n: fostering supervising social worker

note("n01",
     {"child": {"name": "Amber Leighton", "dob": "2018-01-26"},
      "people": [{"name": "Tina Hodgson", "role": "foster carer"},
                 {"name": "Mick Hodgson", "role": "foster carer"},
                 {"name": "Courtney Leighton", "role": "mother"},
                 {"name": "Josh Hodgson", "role": "carers' son, aged 17"},
                 {"name": "Aisha Patel", "role": "child's social worker"}],
      "address": "5 Heron Close, Ingleby Barwick, Stockton-on-Tees TS17 0PW",
      "school": "Roseworth Dene Primary School", "worker": "Gillian Mounsey"},
     {"service": "Looked After", "child_age_years": 8,
      "features": ["supervising_social_worker", "spoken_headings", "headings_run_on", "three_houses",
                   "scaling", "word_name", "carer_relay", "household_member"]},
     """
o | Supervision visit to [P:Tina] and [P:Mick Hodgson] at [A:5 Heron Close], Ingleby Barwick, [PC:TS17 0PW], {date:Monday 23rd November}, {time:9.30}, [P:Amber] was at school so I saw her after, about {time:3.30}.
ww | What's working well [P:Tina] said [P:Amber] has settled right in, she sleeps through most nights now and she's stopped hiding food under the bed.
ww, cv, wf | [P:Tina] said [P:Amber] told her {date:last week} "I like it here cos [P:Mick] does the voices when he reads".
ww | School, [S:Roseworth Dene], say she's moved up from red to {word:amber} on the behaviour chart and she's got a best friend called [P:Ruby].
w | Worries the contact on {date:Thursday} didn't go well, mum [P:Courtney] turned up forty minutes late and was on her phone a lot, and [P:Amber] wet the bed that night for the first time in a month.
w, cv, wf | [P:Tina] said that at bedtime [P:Amber] asked her "is mummy cross with me cos I live here".
w | [P:Mick] said he's finding it hard, he said "I bite my tongue, but it's us that picks up the pieces after".
w | [P:Josh], their son, is {age:seventeen} and has a new girlfriend who's been stopping over, and she hasn't had a DBS.
o | Scaling, [P:Tina] put herself at a seven where ten is this placement is stable and [P:Amber] stays till she's grown up, and [P:Mick] said a six because of contact.
o | I did the {tool:three houses} with [P:Amber] at the kitchen table after school.
ww, cv, wf | In her house of good things she drew the trampoline, [P:Tina]'s dog Biscuit and [P:Mick]'s pancakes on a Saturday.
w, cv, wf | In the house of worries she drew a phone and said "mummy doesn't look at me when she's on it", and she drew herself crying.
o, cv, wf | In her house of dreams she drew her and mummy at the beach and said she wants to see mummy but "not at the boring centre".
ns | Next steps I'll speak to [P:Aisha Patel], [P:Amber]'s social worker, {date:tomorrow} about moving contact to the park and mum's phone use.
ns | [P:Josh]'s girlfriend can't stop over until her DBS is back, [P:Tina] has agreed, and I'll send the form {date:today}.
ns | [P:Tina] and [P:Mick] to go on the therapeutic parenting course starting {date:12th January}.
""")

note("n02",
     {"child": {"name": "Logan Armstrong", "dob": "2020-08-11"},
      "people": [{"name": "Evie Armstrong", "role": "sister, aged 4"},
                 {"name": "Denise Crowe", "role": "foster carer"},
                 {"name": "Nathan Armstrong", "role": "father"},
                 {"name": "Kelly Foster", "role": "mother"},
                 {"name": "Dr Yusuf Karim", "role": "GP"}],
      "address": "23 Cowpen Road, Blyth NE24 5HT",
      "school": "Newsham Lane Primary School", "worker": "Gillian Mounsey"},
     {"service": "Looked After", "child_age_years": 6,
      "features": ["supervising_social_worker", "no_punctuation", "lower_case", "wizard_and_fairy",
                   "siblings", "spoken_phone", "spoken_headings", "carer_feelings", "word_name"]},
     """
o | supervision visit to [P:Denise] at [A:23 Cowpen Road] blyth on {date:tuesday} {time:half ten} with [P:Logan] and [P:Evie] there as it's the school holiday
ww | whats working well the bairns are getting on better [P:Denise] says the fighting at bedtime has calmed right down since they got their own rooms
ww, cv, wf | [P:Logan] told me he likes his new room cos it's got dinosaurs and he said [P:Denise] lets him have the landing light on
w, cv, wf | worries [P:Logan] said he doesn't want to see his {kin:dad} on saturday he said {kin:daddy} shouts at [P:Evie] in the car
w | [P:Denise] said [P:Nathan] has been texting her late at night asking what school the kids go to and she hasn't answered
w | she said she's really tired and her back's bad again she's waiting on the physio and she said I love them to bits but I'm running on empty
o | I did the {tool:wizard and fairy} with [P:Logan], the wizard is for worries and the fairy is for wishes.
w, cv, wf | For the wizard he drew a car and said the wizard should "make daddy's car go away".
o, cv, wf | For the fairy he wished for a puppy and to stay with [P:Evie] "forever and ever".
o, cv, wf | [P:Evie] wanted a go and her fairy wish was for "pink pancakes" and for her mum, [P:Kelly Foster], to come to her birthday.
w | [P:Evie] has a cough that won't shift and hasn't been weighed since she came.
o | scaling [P:Denise] put herself at a five where ten is she can keep going with both of them long term she said it was an eight last month
ww | she's brilliant with them though, twenty years a {word:foster} carer and she knows every little thing about them and [P:Evie] was on her knee the whole time
o | [P:Denise]'s new mobile is [PH:oh seven seven oh oh nine oh oh seven four one]
ns | next steps I'll ring the social worker {date:today} about dad's texts and whether {date:saturday}'s contact goes ahead
ns | [P:Denise] to book [P:Evie] in with Dr [P:Karim] at [O:Wensleydale Medical Group] this week and I'll chase the respite carer for one weekend a month
ns | I'll bring the {natl:Fostering Network} support group details next visit and we'll look at [S:Newsham Lane] for [P:Evie] in {date:September}
""")

note("n03",
     {"child": {"name": "Aoife Donnelly", "dob": "2011-02-15"},
      "people": [{"name": "Siobhan Rooney", "role": "foster carer"},
                 {"name": "Declan Rooney", "role": "foster carer"},
                 {"name": "Ciara Donnelly", "role": "mother"},
                 {"name": "Cormac Donnelly", "role": "brother, aged 13, in another placement"},
                 {"name": "Grainne McAteer", "role": "child's social worker"}],
      "address": "14 Glenview Park, Andersonstown, Belfast BT11 9FX",
      "school": "St Brigid's Grammar School", "worker": "Gillian Mounsey"},
     {"service": "Looked After", "child_age_years": 15,
      "features": ["supervising_social_worker", "spoken_headings", "headings_run_on", "scaling",
                   "sibling_contact", "carer_relay", "direct_quotes", "ni_number", "spoken_phone",
                   "no_punctuation"]},
     """
o | Supervisory visit to [P:Siobhan] and [P:Declan Rooney], [A:14 Glenview Park], [PC:BT11 9FX], {date:Friday 27 November}, {time:after four}, [P:Aoife] came in from school {dur:half an hour} in and sat with us for part of it.
ww | What's working well, [P:Aoife]'s been with them {dur:two years} in {date:January}, she's doing her GCSEs at [S:St Brigid's] and she's predicted good grades in Irish and art.
ww, cv, wf | [P:Aoife] said herself "[P:Siobhan]'s the first person who's ever come to a parents' evening for me", and she went a bit red.
ww | [P:Declan] drives her to camogie twice a week at [O:Gort na Móna GAC] and stays to watch.
w | Worries the phone contact with mum [P:Ciara] has gone from Sundays to most nights and [P:Siobhan] says [P:Aoife] is often upset after, last week she came off the phone and locked herself in the bathroom for {dur:an hour}.
w, cv | [P:Aoife] said mum asks her for money and asks her to "tell the social you want to come home".
o, cv, wf | She said she doesn't want to stop the calls but she wants them to be "not every night, like, just at the weekend".
w, cv, wf | She said the worst thing is not seeing [P:Cormac], "he's my wee brother and I don't even know his new school".
o | Scaling, I asked [P:Aoife] where she'd put things on a nought to ten, ten being "this is home", and she said "an eight, maybe a nine if [P:Cormac] could stay over".
o | [P:Siobhan] said a nine and [P:Declan] a ten.
w | [P:Siobhan] said she feels "caught in the middle" and doesn't know whether she's allowed to end a call, and it's keeping her awake.
o | for the fostering allowance form [P:Declan]'s national insurance number is [NI:BG 31 75 62 D] and the house phone is [PH:028 9649 6218] and their email [E:s.rooney.fostering@outlook.com]
ns | Next steps I'll ring [P:Grainne McAteer] on {date:Monday} about a contact agreement for the calls and sibling time with [P:Cormac] before {date:Christmas}.
ns | [P:Siobhan] to keep a short log of the calls and how [P:Aoife] is after, and I'll book her on the {term:Keeping Foster and Kinship Carers Supported} session.
ns | Our next supervision is {date:Thursday 17 December} at {time:10am}.
""")

note("n04",
     {"child": {"name": "Skye Spence", "dob": "2020-05-08"},
      "people": [{"name": "Ollie Spence", "role": "brother, aged 10 months"},
                 {"name": "Maureen Spence", "role": "paternal grandmother, kinship carer"},
                 {"name": "Kieran Spence", "role": "father"},
                 {"name": "Jade Bell", "role": "mother"},
                 {"name": "Lauren Hewitson", "role": "health visitor"}],
      "address": "61 Brougham Terrace, Hartlepool TS24 8HQ",
      "school": "Clavering Sands Primary School", "worker": "Gillian Mounsey"},
     {"service": "Looked After", "child_age_years": 6,
      "features": ["supervising_social_worker", "kinship", "no_punctuation", "lower_case", "pre_verbal",
                   "spoken_dob", "spoken_nhs", "ni_number", "spoken_headings", "headings_run_on",
                   "word_name", "subtle_worry"]},
     """
o | kinship supervision visit to [P:Maureen] at [A:61 Brougham Terrace] [PC:TS24 8HQ] {date:wednesday} {time:about two} with [P:Skye] and [P:Ollie]
o | [P:Ollie] is {age:ten months} now date of birth [DOB:the twenty third of january twenty twenty six] and his NHS number for the health visitor is [NHS:nine nine nine five five one oh three eight two]
ww | what's working well [P:Ollie] was crawling round and pulling himself up on the settee and he babbled away and reached for [P:Maureen] whenever I picked him up
ww | {natl:health visitor} [P:Lauren] has been and he's on the fiftieth centile and his jabs are up to date
ww, cv, wf | [P:Skye] showed me her new school shoes and said "{kin:nanna} got me the sparkly ones cos I was good at reading"
o, cv, wf | she said she wants to go to her friend's party on saturday at the soft play in the {place:Middleton Grange}
w, cv, wf | worries [P:Skye] told me her {kin:daddy} came round on sunday and him and {kin:nanna} were shouting and she hid behind the {word:sky} blue curtains in the front room
w | [P:Maureen] said [P:Kieran] came round for his tea and she knows he's not supposed to be there unsupervised but "he's my son what am I supposed to do leave him on the step"
w | she said [P:Jade] has been messaging her on facebook calling her names and she doesn't feel safe going to the school gate at [S:Clavering Sands]
w | she's {age:seventy one} and she said "I'm fine pet" but she had her inhaler out three times while I was there
o | scaling [P:Maureen] put herself at a seven where ten is the bairns are safe and settled with her and she said it'd be a nine if [P:Kieran] sorted himself out
o | for the allowance she gave me her NI number as [NI:N K four oh two eight nine three B]
ns | next steps I'm going to talk to the social worker today about [P:Kieran]'s visits and we'll write a family safety plan with [P:Maureen] on {date:friday}
ns | I've asked [P:Maureen] to ring the police on {emerg:999} if he turns up drunk or won't leave and to screenshot [P:Jade]'s messages
ns | I'll ask about a referral to the kinship carers group at [O:Rift House Family Hub] and I'll ring the GP about her asthma review if she's happy for me to
""")
