"""fresh14's 16 notes, marked up for make_fresh14.py (see its docstring for the markup).

Everything is invented: phone numbers in Ofcom's drama ranges, NHS numbers in the 999 range, NI
numbers with the never-issued QQ prefix; names, addresses, schools and local organisations made up.
Four authors (the id's letter), four notes each:
  t  a Welsh practitioner, looked-after-child visits and reviews, lots of quoted speech from teenagers
  u  a terse duty and assessment worker, spoken headings joined to the sentence ("Worries, ...")
  v  a family support worker: long warm sentences, relayed voice, non-verbal children, an interpreter
  w  a north-east England practitioner in dialect, worries implied rather than stated
"""

NOTES = []


def note(id, context, meta, body):
    NOTES.append({"id": id, "context": context, "meta": meta, "body": body})


# ----------------------------------------------------------------- t: Welsh, LAC, quoted teenagers

note("t01",
     {"child": {"name": "Seren Llewellyn", "dob": "2012-03-09"},
      "people": [{"name": "Gareth Pritchard", "role": "foster carer"},
                 {"name": "Bethan Pritchard", "role": "foster carer"},
                 {"name": "Kerry Llewellyn", "role": "mother"},
                 {"name": "Summer Llewellyn", "role": "sister"}],
      "address": "27 Heol Gwenallt, Rhiwbina, Cardiff CF14 6QZ",
      "school": "Ysgol Gyfun Bryn Derwen", "worker": "Rhian Morgan"},
     {"service": "Children Looked After", "child_age_years": 14,
      "features": ["quoted_speech", "welsh", "word_name", "names_not_in_context", "statutory_visit",
                   "nhs_number"]},
     """
o | Statutory visit to [P:Seren] at her foster placement with [P:Gareth] and [P:Bethan Pritchard], [A:27 Heol Gwenallt], Rhiwbina, [PC:CF14 6QZ], on {date:Wednesday the eighteenth} {time:after school}, I'm [P:Rhian Morgan], her social worker.
cv, wf, ww | I saw [P:Seren] on her own in her bedroom first and she said 'it's proper nice here to be honest, [P:Bethan] calls me {welsh:cariad} and she doesn't go mental if I'm late down for breakfast'.
cv, wf, w | When I asked about her {kin:mam} she went quiet and then said 'she promised she'd come to family time and she never, I sat in that room for {dur:an hour} like a lemon'.
w | Family time with {kin:mam}, [P:Kerry Llewellyn], is fortnightly and supervised at the family centre in Ely, and [P:Kerry] has missed two of the last four.
cv, wf, o | [P:Seren] said 'I want to see {kin:Mam} in {place:McDonald's} in {place:St David's}, not in a room with a woman writing everything down', and she wants her {kin:little sister} [P:Summer] to come too, like they did in the {word:summer} holidays.
cv, wf, ww | She also said 'I don't want to move again, [P:Rhian], I've had four placements and this is the first one where I've actually unpacked'.
ww | [P:Gareth] told me her attendance at [S:Bryn Derwen] is up to ninety four percent and she's started going to [O:Llanishen Youth Theatre] on a {date:Tuesday} night.
w | He also said she's been on her phone into the early hours and a lad called [P:Kai] who is {age:nineteen} has been messaging her, [P:Bethan] saw his name come up.
cv, wf, w | When I brought it up [P:Seren] rolled her eyes and said 'he's just a mate from [P:Summer]'s dad's side, it's not like that, why does everyone always think the worst'.
o | Her health assessment was done at {place:the Heath} in {date:October} and her NHS number on the file is [NHS:999 481 2267].
ns | I'll talk to [P:Kerry] about committing to family time before the next one on the {date:second of December}, and I'll ask the {term:IRO} about moving it somewhere less formal.
cv, wf, ns | I'll start some work on safe relationships with [P:Seren] next visit, and [P:Bethan] will keep the phone downstairs at night, which [P:Seren] agreed to as long as 'it's not a full on ban'.
""")


note("t02",
     {"child": {"name": "Dylan Rees", "dob": "2011-07-22"},
      "people": [{"name": "Will Harries", "role": "key worker, Ffynnon House"},
                 {"name": "Anwen Bowen", "role": "independent reviewing officer"},
                 {"name": "Lee Rees", "role": "father"}],
      "address": "Ffynnon House, 4 Ffordd y Mor, Sketty, Swansea SA2 8PL",
      "school": "Heol Fawr Learning Centre", "worker": "Rhodri Jenkins"},
     {"service": "Children Looked After", "child_age_years": 15,
      "features": ["review", "participation", "quoted_speech", "welsh", "word_name", "residential",
                   "nhs_number"]},
     """
o | Looked after review for [P:Dylan] at [O:Ffynnon House], his children's home in Sketty, on {date:Monday the twenty third of November}, chaired by [P:Anwen Bowen], his {term:IRO}, and I'm [P:Rhodri Jenkins], his social worker, writing it up.
cv, wf, o | [P:Dylan] chose to come in for the first half and he read out what he'd written on his phone with his key worker [P:Will]: 'I want people to stop talking about me like I'm a file.'
cv, wf, ww | He said 'this place is alright now, the staff actually listen, [P:Will] took me fishing off the pier in Mumbles and I caught nothing but it was a laugh'.
cv, wf, w | He was clear that he's still angry with his {kin:dad}, he said 'he chose the drink over me so I'm not ringing him, end of', and he doesn't want phone contact for now.
w | [P:Will] reported two incidents since the last review, one where [P:Dylan] punched a door after a phone call from his {kin:nan} and one where he came back at {time:two in the morning} smelling of cannabis.
cv, wf, ww | Education, he's been on full days at [S:Heol Fawr] since {date:half term} and his {term:PEP} has him on track for five GCSEs, and he said 'I'm not thick, I just couldn't be bothered before'.
o | He is registered at [O:Uplands Road Surgery] and his NHS number is [NHS:999 306 7718].
w | His dental check is {dur:eight months} overdue.
cv, wf, o | He asked if he could start his {term:Pathway Plan} early and go to the open day at [S:Tawe Valley College] because he wants to do motor mechanics.
cv, wf, ns | Actions, [P:Will] to book the dentist and the open day, and I'm to speak to his {kin:dad}, [P:Lee Rees], about writing a letter instead of ringing, as [P:Dylan] said he 'might read a letter, maybe, if it's not all sorry sorry sorry'.
ns | The next review is in {date:May}, and [P:Anwen] {word:will} see [P:Dylan] on his own beforehand.
cv, wf, ww | At the end [P:Dylan] asked me to write down 'tell them I'm doing better, {welsh:diolch}', and he went off to play pool with [P:Will].
""")

note("t03",
     {"child": {"name": "Jac Powell", "dob": "2008-08-04"},
      "people": [{"name": "Sian Davies", "role": "former foster carer"},
                 {"name": "Huw Davies", "role": "former foster carer"},
                 {"name": "Connor Powell", "role": "brother"}],
      "address": "9 Bryn Road, Ystrad Mynach CF82 7AB",
      "school": "Coleg Cwm Rhymni", "worker": "Nia Thomas"},
     {"service": "Care Leavers", "child_age_years": 18,
      "features": ["care_leaver", "quoted_speech", "welsh", "spoken_numbers", "ni_number", "dob",
                   "subtle_worry"]},
     """
o | Pathway visit to [P:Jac] at [A:9 Bryn Road], Ystrad Mynach, [PC:CF82 7AB], where he's staying on with his former foster carers [P:Sian] and [P:Huw Davies] under {term:When I'm Ready}, visit by me, [P:Nia Thomas], personal adviser.
cv, wf, ww | [P:Jac] said straight away 'I'm not going anywhere, this is home, [P:Sian]'s stuck with me till I'm {age:twenty one}'.
ww | He's passed his first year on the plumbing course at [S:Coleg Cwm Rhymni] and [P:Huw] has been taking him out on jobs on a {date:Saturday}.
cv, wf, w | Money is the problem, he said 'I got paid and it was gone in {dur:three days}, I don't even know where it goes, {welsh:duw}, it's embarrassing'.
w | [P:Sian] told me he's lent money to his {kin:older brother} [P:Connor] twice and never had it back, and [P:Connor] has been turning up at the house late asking for him.
cv, w | When I asked [P:Jac] about [P:Connor] he said 'he's my brother, what am I supposed to do, say no', and then 'he owes some people, that's all I know'.
o | For the passport form, his date of birth is the [DOB:fourth of August two thousand and eight] and his National Insurance number is [NI:QQ 71 40 28 B].
cv, wf, ww | He still plays for [O:Ystrad Rovers] on a {date:Sunday} and said it's 'the only time my head goes quiet'.
ns | We agreed I'll set up a budgeting session with him and the council's money adviser, and he'll open a second account for his rent so it's gone before he sees it.
cv, wf, ns | He doesn't want his {term:Pathway Plan} to name [P:Connor], he said 'I'm not grassing on him', so I explained I have to record it and I'll go through the wording with him before his review.
ns | His mobile is [PH:07700 900412] if anyone needs him, and I'll see him again {date:the week after next}.
""")

note("t04",
     {"child": {"name": "Elin Hughes", "dob": "2011-05-30"},
      "people": [{"name": "Meinir Parry", "role": "private foster carer (family friend)"},
                 {"name": "Lowri Parry", "role": "private foster carer's daughter"},
                 {"name": "Donna Hughes", "role": "mother"},
                 {"name": "Hope Hughes", "role": "sister"}],
      "address": "12 Ffordd Caergybi, Bangor LL57 2TD",
      "school": "Ysgol Glan Menai", "worker": "Gwenllian Owen"},
     {"service": "Private Fostering", "child_age_years": 15,
      "features": ["private_fostering", "quoted_speech", "welsh", "word_name", "names_not_in_context",
                   "sibling"]},
     """
o | First {term:private fostering} visit to [P:Elin] at [P:Meinir Parry]'s house, [A:12 Ffordd Caergybi], Bangor, [PC:LL57 2TD], where she's lived since {date:the end of September} with [P:Meinir] and her daughter [P:Lowri], who is in [P:Elin]'s year at [S:Ysgol Glan Menai].
o | [P:Meinir] is a friend of the family, not a relative, and I'm [P:Gwenllian Owen], the social worker for the assessment.
cv, wf, w | [P:Elin] said 'I'm not going back to {kin:Mam}'s while [P:Darren]'s there, he screams at her and then he starts on me'.
cv, wf, ww | She said it in Welsh first, '{welsh:dw i'n hapus yma}', then again in English for me, I'm happy here, and she said [P:Meinir] treats her 'like one of her own, she even makes me do the dishes'.
ww | Her room is small but clean, she has her own bed, and [P:Meinir] has registered her at [O:Glan Adda Surgery] and sorted her bus pass.
w | [P:Meinir] said she can manage for now, but she's had nothing towards [P:Elin]'s keep and {kin:Mam} hasn't sent any money or even her winter coat.
w | I rang [P:Donna Hughes], [P:Elin]'s {kin:mam}, on [PH:07700 900287], and she said [P:Elin] was 'welcome back any time once she learns some respect', and she denied [P:Darren] had ever raised his voice.
cv, wf, o | [P:Elin] wants to stay with [P:Meinir] at least until her GCSEs, and she'd like to see her {kin:nain} in Bethesda on {date:Sundays} and her {kin:little sister} [P:Hope], who is {age:eight}.
w | [P:Hope] is still living at home with {kin:Mam} and [P:Darren].
ns | I'll share what [P:Elin] told me with the duty team today so that someone looks at [P:Hope]'s situation, and I'll ask about a financial allowance for [P:Meinir].
ns | I'll visit again within {dur:six weeks}, and I told [P:Elin] I {word:hope} to see her at school next time so she can talk without [P:Lowri] around.
""")


# ------------------------------------------------- u: terse duty worker, spoken headings joined on

note("u01",
     {"child": {"name": "Tyler Barker", "dob": "2018-06-03"},
      "people": [{"name": "Jade Barker", "role": "mother"},
                 {"name": "Liam Foster", "role": "mother's partner"},
                 {"name": "Pauline Barker", "role": "maternal grandmother"},
                 {"name": "Mark Holt", "role": "detective constable"}],
      "address": "14 Ashby Mount, Bramley, Leeds LS13 3JH",
      "school": "Westfield Lane Primary School", "worker": "Sam Okoro"},
     {"service": "Child Protection", "child_age_years": 8,
      "features": ["spoken_headings", "section_47", "word_name", "terse", "nhs_number", "dob"]},
     """
o | {term:Section 47} home visit, joint with DC [P:Mark Holt], {time:14:40}, [A:14 Ashby Mount], [PC:LS13 3JH], re [P:Tyler Barker], {age:8}, [P:Sam Okoro] duty social worker.
w | Reason, school saw four fingertip bruises on his left upper arm at PE, and a red {word:mark} on his neck.
cv, wf, w | Seen alone in his bedroom, [P:Tyler] said '[P:Liam] grabbed me cos I wouldn't get off the Xbox', said it hurt and he cried.
cv, wf, w | Asked how he feels about [P:Liam], shrugged, then said 'he's alright when he's not shouting'.
w | Worries, {kin:mum} [P:Jade] says the bruises are from rough play with his {kin:cousin}, [P:Liam] says he wasn't in, stories don't match.
w | [P:Liam] has a caution for assaulting an ex partner in {date:2023}, per DC [P:Holt].
ww | Strengths, [P:Jade] let us straight in, house warm and clean, food in, [P:Tyler] clean and dressed, good attendance at [S:Westfield Lane Primary].
cv, wf, ww | [P:Tyler] said his {kin:nana} [P:Pauline] is 'the best' and he goes to hers {time:after school} on {date:Thursdays}.
ww, ns | Safety, [P:Jade] agreed [P:Liam] stays at his own flat while enquiries go on and [P:Tyler] sleeps at {kin:nana}'s, [A:6 Fairfield Gardens], tonight.
ns | Plan, {term:child protection medical} at {place:Leeds General Infirmary} {date:tomorrow} {time:10:00}, strategy reconvenes {date:Thursday}, check with [O:Bramley Lane Medical Centre] for previous injuries.
ns | Ring {kin:nana} on [PH:0113 496 0582] to confirm she'll take him to the medical.
o | [P:Tyler]'s NHS number [NHS:999 524 0193], DOB [DOB:03/06/2018].
""")

note("u02",
     {"child": {"name": "Andrei Popescu", "dob": "2013-01-17"},
      "people": [{"name": "Elena Dumitru", "role": "private foster carer (family friend)"},
                 {"name": "Mirela Popescu", "role": "mother"},
                 {"name": "Florin Dumitru", "role": "carer's son"}],
      "address": "52 Belchers Lane, Bordesley Green, Birmingham B9 5RT",
      "school": "Cherrywood Park Academy", "worker": "Sam Okoro"},
     {"service": "Private Fostering", "child_age_years": 13,
      "features": ["spoken_headings", "private_fostering", "terse", "spoken_email", "names_not_in_context"]},
     """
o | {term:Private fostering} notification visit, {date:Monday} {time:4pm}, [A:52 Belchers Lane], Bordesley Green, [PC:B9 5RT].
o | Background, [P:Andrei Popescu], {age:13}, here since {date:August} with family friend [P:Elena Dumitru], parents in Romania, {kin:mum} [P:Mirela] working in Italy.
o | Notified by the admissions officer at [S:Cherrywood Park Academy], not by carer or parents.
w | Worries, no written consent from parents, [P:Elena] unsure how long he's staying, says 'until his mother comes back for him'.
w | Three adult men lodging in the front room, [P:Elena] doesn't know their surnames, [P:Andrei] shares a bedroom with her son [P:Florin], {age:19}.
w | Not registered with a GP.
ww | Strengths, [P:Elena] warm with him, knows his timetable, packed lunch ready on the side, new uniform.
cv, wf, ww | Child's view, seen alone, [P:Andrei] said he likes school and has 'a lot of friends', plays for [O:Small Heath Juniors] on {date:Saturdays}.
cv, wf, w | Said he misses his {kin:mum} 'every day' and doesn't know when she's coming back, went quiet after that.
cv, wf, o | Wants to stay with [P:Elena] 'for now' and to video call {kin:mum} more often.
ns | Plan, ring {kin:mum} [P:Mirela] with a Romanian interpreter for consent and her plan for him.
ns | DBS checks on all adults in the house, [P:Elena] to register him at [O:Yardley Green Medical Centre] this week, {term:private fostering} assessment to start, next visit within {dur:six weeks}.
o | Carer's mobile [PH:07700 900631], {kin:mum}'s email [E:mirela dot popescu79 at gmail dot com].
""")

note("u03",
     {"child": {"name": "Kayla Hobbs", "dob": "2021-04-12"},
      "people": [{"name": "Chantelle Hobbs", "role": "mother"},
                 {"name": "Reggie Hobbs", "role": "brother, baby"},
                 {"name": "Jordan Lacey", "role": "father"},
                 {"name": "Dawn Pearce", "role": "health visitor"},
                 {"name": "Sandra Hobbs", "role": "maternal grandmother"}],
      "address": "7 Filton Grove, Lockleaze, Bristol BS7 0PN",
      "school": "Lockleaze Park Primary School", "worker": "Sam Okoro"},
     {"service": "Child in Need", "child_age_years": 5,
      "features": ["spoken_headings", "no_punctuation", "lower_case", "word_name", "spoken_numbers",
                   "domestic_abuse", "pre_verbal", "drawing", "subtle_worry", "nhs_number"]},
     """
o | {term:child in need} visit to [P:kayla] and baby [P:reggie] at [A:7 filton grove] lockleaze [PC:bs7 0pn] today {time:half ten} {kin:mum} [P:chantelle] in
w | worries neighbour rang duty saying [P:jordan] was outside the house at {word:dawn} on {date:sunday} banging on the door and he's got bail conditions not to come here
w | [P:chantelle] says she didn't let him in but there was a man's jacket on the bannister and two mugs on the side
w | she looked exhausted said [P:reggie] is up every two hours and she's not sleeping
cv, w | [P:kayla] showed me her drawing of the house with a big black scribble on the door and said that's {kin:daddy} being loud
cv, wf, w | then she said i don't like it when he's loud i hide under my bed with [P:reggie]'s blanket
ww | strengths [P:reggie] is gaining weight and hv [P:dawn] is happy with him [P:chantelle] is breastfeeding and the house is warm and clean
ww | [P:kayla]'s attendance at [S:lockleaze park primary] is good and {kin:nan} [P:sandra] picks her up three days a week
o | [P:reggie]'s nhs number [NHS:999 617 3402] [P:kayla]'s [NHS:nine nine nine two oh eight five five one six]
ns | plan i'll speak to police about the bail breach today and ask [P:chantelle] to ring {num:999} if he comes back
ns | refer [P:chantelle] to the domestic abuse outreach worker and ask [P:dawn] to do a joint visit next week and i'll see [P:kayla] at school on her own {date:thursday}
o | [P:chantelle]'s mobile is [PH:oh seven seven double oh nine hundred four one nine]
""")

note("u04",
     {"child": {"name": "Kacey Reed", "dob": "2011-02-14"},
      "people": [{"name": "Lisa Reed", "role": "mother"},
                 {"name": "Gemma Pike", "role": "youth worker, Larkman Youth Project"}],
      "address": "31 Larkman Lane, Norwich NR5 8AB",
      "school": "Earlham Vale High School", "worker": "Sam Okoro"},
     {"service": "Child in Need", "child_age_years": 15,
      "features": ["spoken_headings", "return_home", "missing_episodes", "exploitation", "word_name",
                   "names_not_in_context", "dob"]},
     """
o | {term:Return home conversation} with [P:Kacey Reed], {age:15}, {date:Tuesday} {time:after school}, at [O:Larkman Youth Project] as she chose, {kin:mum} not present.
w | Missing episode, reported by {kin:mum} [P:Lisa] {time:11pm} {date:Saturday}, found {time:3am} by police at a flat off Dereham Road with two adult males.
cv, w | Her account, went with her mate [P:Amber] to 'chill at [P:Deano]'s', said 'nothing happened, he's just older, he buys us food'.
cv, wf, w | Said she went because 'home is stressful, {kin:mum}'s always on at me', feels nobody at home listens.
w | Worries, new phone she wouldn't say who bought, three missing episodes in {dur:two months}, grades dropping at [S:Earlham Vale].
w | Exploitation screening tool done, rated {word:amber}.
ww | Strengths, she came and stayed the full hour, good relationship with youth worker [P:Gemma Pike], {kin:mum} reports every missing episode straight away and answers when school ring.
cv, wf, ww | Said [P:Gemma] is 'the only adult who doesn't lecture me' and she'd tell her if something happened.
cv, wf, o | Wants her curfew moved to {time:ten} at weekends and wants {kin:mum} to stop going through her phone.
ns | Plan, share [P:Deano] and the flat with police and the exploitation hub, [P:Gemma] to do weekly sessions.
ns | Family meeting at home with [P:Lisa] and [P:Kacey] about the curfew {date:next week}.
o | [P:Kacey]'s mobile [PH:07700 900854], DOB [DOB:14th of February 2011].
""")


# ------------------------------------- v: family support worker, warm long sentences, relayed voice

note("v01",
     {"child": {"name": "Theo Marsh", "dob": "2024-06-09"},
      "people": [{"name": "Amy Marsh", "role": "mother"},
                 {"name": "Jasmine Reid", "role": "key person, Little Acorns Day Nursery"},
                 {"name": "Claire Dunne", "role": "health visitor"}],
      "address": "Flat 3, 48 Gooding Avenue, Braunstone, Leicester LE3 1JR",
      "school": "Little Acorns Day Nursery", "worker": "Hollie Green"},
     {"service": "Early Help", "child_age_years": 2,
      "features": ["non_verbal", "toddler", "relayed_voice", "parent_low_mood", "dob", "subtle_worry"]},
     """
o | I visited [P:Amy] and little [P:Theo] at their flat, [A:Flat 3, 48 Gooding Avenue], [PC:LE3 1JR], on {date:Thursday morning}, and it was lovely to be welcomed in with a cup of tea even though [P:Amy] told me straight away that it had been 'a rotten week'.
w | [P:Amy] shared that she has been struggling to get out of bed most days since her own {kin:mum} passed away in {date:the summer}, and she said she has stopped going to the stay and play at the children's centre because she 'can't face people'.
wf, w | [P:Theo], who is {age:two} and has only a handful of words, stayed very close to the sofa for the first part of my visit, and when a door banged upstairs he startled and hid his face in the cushion, which I gently mentioned to [P:Amy].
cv, wf, o | After a while he brought me his favourite book about a tractor, climbed up next to me and pointed at each picture saying 'more, more', which was a real joy to see.
cv, wf, w | When [P:Amy] went into the kitchen he stood at the stair gate and cried 'mama, mama' until she came back, and she said he does this every time she leaves the room now.
ww | It was clear how much [P:Amy] loves him, she got down on the floor to play, she knew exactly which song would settle him, and his cot, his clothes and the kitchen cupboards were all well stocked.
cv, wf, ww, w | His key person at [S:Little Acorns], [P:Jasmine], told me on the phone that he settles well most mornings and 'runs to the sand tray shouting tractor', though she has noticed he's been much more clingy at pick up.
w | [P:Amy]'s partner works away on the rigs and is only home every other fortnight, so she has very little support in between, and her sister lives over in Coventry.
ns | We agreed together that I will help [P:Amy] book an appointment at [O:Hockley Farm Medical Practice] about her low mood, and come with her if she would like me to, and that I'll find out about a bereavement group near her.
ns | I'll also ask the health visitor, [P:Claire Dunne], to do [P:Theo]'s two year review using the {assess:ASQ}, and I'll visit again on {date:the fourteenth}.
o | [P:Theo]'s date of birth is the [DOB:ninth of June 2024] and [P:Amy]'s mobile is [PH:07700 900175].
""")

note("v02",
     {"child": {"name": "Zainab Hussain", "dob": "2017-10-05"},
      "people": [{"name": "Nasreen Hussain", "role": "mother"},
                 {"name": "Imran Hussain", "role": "father"},
                 {"name": "Yusuf Hussain", "role": "brother"},
                 {"name": "Farah Patel", "role": "class teacher, Fernside Primary"}],
      "address": "7 Leylands Lane, Heaton, Bradford BD9 5QT",
      "school": "Fernside Primary School", "worker": "Hollie Green"},
     {"service": "Child in Need", "child_age_years": 9,
      "features": ["non_verbal", "autism", "symbols", "pointing_faces", "relayed_voice", "teacher_relay",
                   "sibling_voice", "word_name", "names_not_in_context"]},
     """
o | I went to see [P:Zainab] at home, [A:7 Leylands Lane], Heaton, [PC:BD9 5QT], {time:after school} on {date:Tuesday}, with {kin:mum} [P:Nasreen] and her {kin:big brother} [P:Yusuf], who is {age:twelve}, and {kin:dad} [P:Imran] came in from work towards the end.
o | [P:Zainab] is autistic and doesn't use spoken words, she communicates with a picture board and {comm:PECS} cards that school made for her, and [P:Nasreen] had the board ready on the table for me.
cv, wf, o | When I asked, using the board, what she likes doing, she pointed to the swing and the bath, and then she handed me the card for the iPad and laughed.
cv, wf, w | I asked how she feels at bedtime and she pointed at the scared face and then at the picture of the window, and [P:Nasreen] explained that lads have been throwing stones at the house at night.
w | [P:Nasreen] told me the front windows have been smashed twice since {date:September} and the family have been shouted at in the street, and she feels it's because of how [P:Zainab] screams when she's overwhelmed.
cv, wf, w | Her teacher, Mrs [P:Patel], rang me last week and said that [P:Zainab]'s teaching assistant, [P:Joy], had told her that [P:Zainab] spent the whole morning covering her ears and signing 'home' and 'no', which Mrs [P:Patel] said was very unlike her.
cv, wf, ww | [P:Yusuf] told me he helps his sister by fetching her ear defenders and that she 'only lets me do her shoes', and he said she's been much happier since she started going to [O:Sunflower Saturday Club].
cv, wf, w | [P:Yusuf] also said, quite quietly, that he doesn't like walking home on his own any more because of the lads.
ww | It was a {word:joy} to see how gently both parents handled [P:Zainab] when she became upset, [P:Imran] sat with her under a weighted blanket and hummed until she calmed, and they have kept every appointment at {place:Bradford Royal Infirmary}.
ns | I'll contact the police and the housing officer about the anti-social behaviour and ask about a move, and I'll ask school to keep a log of what [P:Zainab] tells them on her board each morning.
ns | [P:Nasreen] would like a carer's assessment, so I'll refer her this week, and I'll come back in {dur:two weeks} with some new cards with pictures of the house and the street.
""")

note("v03",
     {"child": {"name": "Aram Ahmed", "dob": "2015-03-21"},
      "people": [{"name": "Shilan Ahmed", "role": "mother"},
                 {"name": "Lana Ahmed", "role": "sister"},
                 {"name": "Rebwar Ahmed", "role": "father"}],
      "address": "Flat 5, 60 Gladstone Street, Peterborough PE1 2BN",
      "school": "Millfield Academy", "worker": "Hollie Green"},
     {"service": "Child Protection", "child_age_years": 11,
      "features": ["interpreter", "child_offers_to_interpret", "sibling_voice", "drawing", "ni_number",
                   "domestic_abuse", "names_not_in_context"]},
     """
o | This was a {term:child protection} visit to [P:Shilan] and her children [P:Aram], who is {age:eleven}, and [P:Lana], who is {age:six}, at [A:Flat 5, 60 Gladstone Street], [PC:PE1 2BN], on {date:Wednesday}, and because [P:Shilan] speaks Sorani Kurdish we used a telephone interpreter from {natl:LanguageLine}, Mr [P:Karim].
cv, wf, o | [P:Aram] speaks good English and offered to translate for his {kin:mum}, but I thanked him and explained that it isn't fair on him to do that job, and he seemed relieved and went off to play with [P:Lana].
w | Through the interpreter, [P:Shilan] told me that her husband [P:Rebwar] has been back to the flat three times since the last {term:core group}, and that she let him in because the children 'need their father'.
w | This goes against the written agreement that he would only see the children at the contact centre, and she knows this.
ww | She said he has not shouted at or hit anyone on these visits and that he brought food and helped [P:Aram] with his homework, and the flat was warm and tidy and full of the children's drawings.
cv, wf, w | When I spoke with [P:Aram] on his own in his bedroom he told me, in English, that {kin:baba} was 'nice this time' but that he still gets a bad feeling in his stomach when he hears his voice on the stairs.
cv, wf, ww | He said the things that help most are his football club, [O:Gladstone Park Rangers], and his teacher at [S:Millfield], and that he wants to carry on living with his {kin:mum}.
cv, wf, o | [P:Lana] didn't want to talk, but she drew me a picture of her family all holding hands under a big sun, and she pointed at her dad and said '{kin:baba} come home, please'.
ns | I explained to [P:Shilan], with the interpreter's help, that I have to share this with the conference chair and the police, and we agreed that if [P:Rebwar] comes again she won't let him in and will ring me or {num:999}.
ns | I'll ask the domestic abuse service for a Sorani-speaking worker for [P:Shilan], and we'll hold a {term:core group} before the review conference on {date:the ninth}.
o | [P:Shilan]'s phone is [PH:07700 900966] and her NI number is [NI:QQ 39 82 17 A].
""")

note("v04",
     {"child": {"name": "Lily-Mae Connolly", "dob": "2019-03-02"},
      "people": [{"name": "Natalie Connolly", "role": "mother"},
                 {"name": "Sean Connolly", "role": "father"},
                 {"name": "Finn Connolly", "role": "brother"},
                 {"name": "Rachel Abbott", "role": "class teacher, Stockwood Infant School"}],
      "address": "15 Cranleigh Gardens, Luton LU3 1LP",
      "school": "Stockwood Infant School", "worker": "Hollie Green"},
     {"service": "Child in Need", "child_age_years": 7,
      "features": ["relayed_voice", "teacher_relay", "double_relay", "parental_alcohol", "three_wishes",
                   "dob", "nhs_number"]},
     """
o | I visited [P:Natalie] and [P:Lily-Mae] at home, [A:15 Cranleigh Gardens], [PC:LU3 1LP], on {date:Friday} {time:after school}, following a call from [P:Lily-Mae]'s class teacher, Miss [P:Abbott], on {date:Wednesday}.
cv, wf, w | Miss [P:Abbott] said that [P:Lily-Mae] had been tearful all morning, and when she sat with her at break time she told her that {kin:daddy} 'was poorly on the kitchen floor again' and that she'd had to make her own toast and her brother's before school.
cv, wf, w | She said [P:Lily-Mae] had also told the teaching assistant, who passed it on, that she 'hides in the wardrobe with [P:Finn] when {kin:daddy} and {kin:mummy} are shouting', and that she'd asked if she could stay at school for her tea.
w | When I gently shared this with [P:Natalie] she cried and told me that [P:Sean] has been drinking heavily since he lost his job at the airport in {date:the spring}, and that she has found him asleep on the kitchen floor twice.
w | She said he has never hurt the children but that the arguments have got louder, and she admitted that he drove the children to {place:the Mall} after drinking last {date:Saturday}.
ww, ns | [P:Natalie] was open and honest with me, she has already asked [P:Sean] to stay at his brother's for a while, which he did on {date:Thursday}, and her own {kin:mum} is coming to stay this weekend.
cv, wf, ww | [P:Lily-Mae] showed me her badge from [O:4th Stopsley Brownies] and told me she loves it there because 'nobody shouts', and she wanted me to see her bedroom, which was clean and full of teddies.
cv, wf, w | When we did {tool:three wishes} she wished that {kin:daddy} would 'stop drinking the smelly drink', that she could have a puppy, and that she could go to {place:Wardown Park} with {kin:mummy} and [P:Finn] on {date:Sunday}.
ns | [P:Natalie] agreed that I can speak to [P:Sean] about a referral to the alcohol service, and I'll ask school to keep offering [P:Lily-Mae] time with the teaching assistant at break.
ns | I'll arrange a {term:Child in Need} meeting within {dur:two weeks} and I'll visit again next {date:Friday}.
o | [P:Lily-Mae]'s date of birth is [DOB:2 March 2019] and her NHS number is [NHS:999 735 0428].
""")


# ------------------------------------ w: north-east England dialect, worries implied, not stated

note("w01",
     {"child": {"name": "Harper Dodds", "dob": "2023-08-14"},
      "people": [{"name": "Jodie Dodds", "role": "mother"},
                 {"name": "Stevie Gill", "role": "mother's partner"},
                 {"name": "Brenda Dodds", "role": "maternal grandmother"}],
      "address": "Flat 2, 17 Rectory Road, Bensham, Gateshead NE8 4RX",
      "school": "Saltwell Tots Nursery", "worker": "Kath Ridley"},
     {"service": "Child Protection", "child_age_years": 3,
      "features": ["dialect", "subtle_worry", "coercive_control", "non_verbal", "nhs_number"]},
     """
o | {term:Child protection} visit to {dial:wor} [P:Harper] at [A:Flat 2, 17 Rectory Road], Bensham, [PC:NE8 4RX], {date:Monday} {time:dinnertime}, this is [P:Kath Ridley] on the dictaphone.
w | [P:Stevie] answered the door and said {kin:mam} was having a lie down, he'd get her, and I waited in the passage {dur:a good five minutes} before [P:Jodie] came through.
w | She was in a big hoodie with the hood up, said she had the cold, and she looked at [P:Stevie] before she answered most things I asked, and he kept saying '{kin:our lass} is just tired'.
ww | The flat was {dial:canny}, clean and warm, there was shopping in and the {kin:bairn}'s cot had fresh sheets on.
wf, w | [P:Harper] was sat on the mat with her dolly, and when [P:Stevie] shouted at the telly she went dead still and didn't move till he'd gone in the kitchen.
cv, wf, o | She fetched us her painting from nursery and said 'me did it, for {kin:nana}', smiling away.
w | [P:Jodie] said she's not been up to her {kin:mam}'s in Felling for {dur:a few weeks}, '[P:Stevie] says she just stirs it', and nursery at [S:Saltwell Tots] say [P:Harper]'s been in two days out of the last ten.
w | [P:Stevie] said they've put a new chain on the door 'for the druggies on the landing', and [P:Jodie]'s phone was on his side of the settee the whole visit.
ww | To be fair [P:Jodie] was lovely with the {kin:bairn}, she got down on the floor with her, and she's kept all the appointments at [O:Bewick Road Surgery] for her jabs.
ns | I'll ring nursery about the attendance and ask them to let us know straight away if she's not in, and I'll try and see [P:Jodie] on her own, at nursery drop off or up {place:Saltwell Park}, without ringing first.
ns | I'll speak to {kin:nana}, [P:Brenda Dodds], on [PH:0191 498 0736], and bring it all to {term:core group} {date:next Wednesday}.
o | [P:Harper]'s NHS number is [NHS:999 843 1175].
""")

note("w02",
     {"child": {"name": "Callum Straughan", "dob": "2007-04-26"},
      "people": [{"name": "Terry Lamb", "role": "boxing coach, Hirst Park Boxing Club"}],
      "address": "Kenmore House, 12 Milburn Road, Ashington NE63 0PR",
      "school": "Wansbeck Valley College", "worker": "Shaun Dobson"},
     {"service": "Care Leavers", "child_age_years": 19,
      "features": ["dialect", "subtle_worry", "care_leaver", "supported_accommodation", "exploitation",
                   "spoken_email", "quoted_speech"]},
     """
o | {term:Pathway} visit to [P:Callum] at [O:Kenmore House], his supported flat in Ashington, {date:Thursday} {time:half two}, [P:Shaun Dobson], {term:personal adviser}.
cv, wf, w | He was in a {dial:canny} mood, said 'I'm grand man, [P:Shaun], stop fussing', and showed us his new trainers, proper dear ones, and a new phone.
cv, w | When I asked how he's affording them he said 'a mate sorted us', and that he's been 'doing a bit of driving' for him.
w | His money went on the rent arrears again this month and he's not been to [S:Wansbeck Valley College] since {date:the October half term}.
w | Staff said he's had a lot of visitors late on, lads they don't know, and he's lost weight, his joggers were hanging off him.
cv, wf, w | He said he's not sleeping, 'me head's mashed, I'm just gaming till four', and that his {kin:mam} hasn't answered his calls since her birthday.
ww | He's still going to [O:Hirst Park Boxing Club] on a {date:Tuesday} and the coach, [P:Terry], rates him, says he's first in and last out.
cv, wf, ww | He said the boxing's 'the only thing keeping us right' and he'd like to do his coaching badge.
cv, wf, o | He wants to stop at [O:Kenmore] till he's {age:twenty one} and then get his own flat near his {kin:nana} in Newbiggin, 'somewhere quiet, aye'.
ns | I'll see him on his own {date:next week} about the driving, and I'll let the exploitation lead know what he's said.
ns | I'll ring the college about getting him back on the course, and I'll ask [P:Terry] about the coaching badge.
o | His new number's [PH:07700 900508] and his email is [E:callumstraughan07 at hotmail dot co dot uk].
""")

note("w03",
     {"child": {"name": "Skye Thornton", "dob": "2016-05-20"},
      "people": [{"name": "Irene Thornton", "role": "maternal grandmother, connected person foster carer"},
                 {"name": "Rachel Thornton", "role": "mother"},
                 {"name": "Joan Pearson", "role": "great aunt"}],
      "address": "6 Catcote Walk, Hartlepool TS25 4HD",
      "school": "Greatham Road Primary School", "worker": "Andrea Kell"},
     {"service": "Children Looked After", "child_age_years": 10,
      "features": ["dialect", "subtle_worry", "kinship_care", "three_houses", "word_name", "dob"]},
     """
o | Statutory visit to [P:Skye] at her {kin:nana} [P:Irene]'s, [A:6 Catcote Walk], [PC:TS25 4HD], {date:Saturday morning}, she's been placed with {kin:nana} as a {term:connected carer} since {date:March}.
ww | The house was spotless as always and [P:Irene] had a bacon sandwich on for the {kin:bairn}, she's done a {dial:canny} job with her.
cv, wf, ww | [P:Skye] said she likes living at {kin:nana}'s 'cos she lets us have the dog on me bed', and she's moved up a group at [O:Seaton Carew Dance Academy].
w | [P:Irene] said her hip's been giving her gyp and she can't get up the stairs some nights, so she's been sleeping on the settee.
w | She mentioned, just in passing, that [P:Rachel] had 'popped in for her tea' on {date:Sunday} and stopped over because it was late, and that she was 'much better, {dial:pet}, honest'.
cv, wf, w | [P:Skye] didn't mention her {kin:mam} at all, and when I asked about the weekend she said 'it was fine' and went up to her room, which isn't like her.
cv, wf, o | We did her {tool:three houses} and in her house of dreams she drew herself, {kin:nana} and the dog under a big blue {word:sky}, and she wrote 'mam visits at the cafe'.
cv, wf, w | In her {tool:house of worries} she wrote 'nana being poorly' and 'mam shouting at nana'.
ww | [P:Irene] says school at [S:Greatham Road] are dead pleased with her and her reading's come on a bundle.
ns | I'll talk to [P:Irene] on her own about [P:Rachel] stopping over, and I'll ask for an OT assessment for a stair rail and maybe a bed downstairs.
ns | I'll also look at some respite with [P:Irene]'s sister [P:Joan] and raise family time at the {term:LAC review} on {date:the fifteenth}.
o | [P:Skye]'s date of birth for the OT form is the [DOB:twentieth of the fifth, two thousand and sixteen].
""")

note("w04",
     {"child": {"name": "Kyle Armstrong", "dob": "2014-09-11"},
      "people": [{"name": "Tracy Armstrong", "role": "mother"},
                 {"name": "Lacey Armstrong", "role": "sister"}],
      "address": "14 Delves Lane, Consett DH8 7ES",
      "school": "Derwent Heights Academy", "worker": "Stephen Cairns"},
     {"service": "Child in Need", "child_age_years": 12,
      "features": ["dialect", "subtle_worry", "young_carer", "word_name", "names_not_in_context",
                   "worker_feelings"]},
     """
o | {term:Child in Need} visit to [P:Kyle] and his {kin:little sister} [P:Lacey] at [A:14 Delves Lane], Consett, [PC:DH8 7ES], {date:Wednesday} {time:teatime}, [P:Stephen Cairns], social worker.
cv, w | [P:Kyle] let us in, he said {kin:mam} was having a lie down, she'd had a bad day with her legs.
w | He was doing fish fingers and beans for [P:Lacey] and he knew where everything was, proper little man about it.
cv, wf, w | He said he doesn't mind, 'somebody's got to, me {kin:mam} can't help it', and he does the big shop at {place:the Tesco} in town on a {date:Saturday} on his bike.
w | [P:Tracy] came down after a bit, {dial:canny} pleased to see us, and said her MS has been bad since {date:the summer} and the carers stopped coming when the agency folded.
ww | She's dead proud of him, she said '{kin:our} [P:Kyle]'s a diamond, I'd be lost without him', and the house was clean and the {kin:bairns} were fed and dressed.
w | School at [S:Derwent Heights] say he's been late most mornings and fell asleep in maths, but he's never in any bother.
cv, wf, ww | [P:Kyle] still plays for [O:Consett Celtic Juniors] on a {date:Sunday}, [P:Frank] next door runs him there, and he said 'it's the best bit of the week, I'm centre back'.
cv, wf, o | When I asked what would make things better he said 'if me {kin:mam} had someone in to help, so I could {dial:gan} to me mate's after school'.
ns | I'll do a carer's assessment for [P:Tracy] and refer [P:Kyle] to the young carers service, and I'll get on to adult social care about a care package.
ns | I'll ring school to explain, and I'll ask [P:Tracy] about her GP at [O:Delves Lane Surgery] reviewing her medication.
w | I'll be {word:frank}, I came away thinking he's carrying a lot for {age:twelve}.
o | [P:Tracy]'s mobile is [PH:07700 900392].
""")
