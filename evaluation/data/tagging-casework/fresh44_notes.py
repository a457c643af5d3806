"""fresh44's 12 marked-up notes (see make_fresh44.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in the 999 range with a valid modulus-11 check digit, NI
numbers with the QQ prefix, names, nicknames, addresses, postcodes, emails, schools, nurseries, colleges, surgeries,
hospices, clubs, youth projects, children's homes, food banks, family hubs and agencies made up.

Authors (three new ones, four notes each):
  AF (AF01-AF04): a family support worker in an early help team on Teesside and in County Durham (Stockton, Peterlee,
     Hartlepool, Crook), writing chatty first-person notes in full sentences ("Popped round to see ...", "I'm a bit
     worried ..."), a light Teesside and Durham voice (aye, nowt, owt, pet, our kid, mammy), lots of direct speech in
     quotation marks, children's words verbatim, toddlers and siblings included ("biccy, biccy, me hungy", "bubbles for
     Miwes!"): neglect, a young carer, a mother on a stroke ward, a bereavement.
  AG (AG01-AG04): an independent child protection chair and reviewing officer in Middlesbrough, Redcar, Thornaby and
     Darlington writing minutes: "Present:" and "Apologies:" lines, hyphen bullets, each professional named once with
     a role and then by initials ("- HS: ...", "- TA: ..."), Signs of Safety scaling with the question written out and
     each person's number in a row, "Decision:" and "Actions:" lines: a fabricated or induced illness conference, a
     county lines review conference, a looked-after review of a 14-year-old with anorexia, an adoption support child
     in need review.
  AH (AH01-AH04): a worker in a Sunderland disabled children's team who also runs youth sessions, typing fast in lower
     case (names, places, schools and clubs too), few full stops, text-speak and abbreviations (w, abt, b4, tmrw, thru,
     wk, bf, yr 9, mam, sw, CiN, LAC, RHI, EHCP, BSL), a young person's texts and voice notes relayed word for word:
     a transition to adult services, a 15-year-old's pregnancy, a missing-from-home return interview, a private
     fostering arrangement for a deaf 15-year-old who signs.
"""

AF_WORKER = "Kirsty Halliwell"
AG_WORKER = "Jennifer Ashcroft"
AH_WORKER = "Jamie Heslop"

AF_NOTES = [
    dict(
        id="AF01",
        context={"child": {"name": "Tayla Lumsden", "dob": "2017-04-02"},
                 "people": [{"name": "Stacey Lumsden", "role": "mother"},
                            {"name": "Riley Lumsden", "role": "brother"},
                            {"name": "Ellis-Jay Lumsden", "role": "brother"},
                            {"name": "Penny Carr", "role": "neighbour"}],
                 "address": "31 Millbeck Close, Stockton-on-Tees TS19 8QW",
                 "school": "Quarry Beck Primary School", "worker": AF_WORKER},
        meta={"service": "Early help family support (Stockton)", "child_age_years": 9, "author": "AF",
              "features": ["first_person", "quoted_child_voice", "toddler_voice", "sibling_voice", "subtle_worry",
                           "word_name", "neglect", "home_conditions", "food_bank", "family_hub", "gp_surgery",
                           "nursery", "names_not_in_context", "phone_in_text", "dialect",
                           "parent_low_mood", "relayed_voice"]},
        body="""
o | Popped round to see [P:Stacey] and the kids at [A:31 Millbeck Close] on {date:Tuesday} about {time:quarter to four}, just as [P:Tayla] and [P:Riley] got in from [S:Quarry Beck].
w | First thing I noticed was the smell, the bin was overflowing and there were full nappies bagged up by the back door that had been there {dur:a good few days}.
cv, wf, w | [P:Ellis-Jay] toddled straight over, pulled at my bag and said "biccy, biccy, me hungy", and he had a rice cake gone in about two seconds.
w | [P:Stacey] said "he's just greedy him, he's had his dinner", but there was {dial:nowt} in the fridge but milk and sauces.
cv, w | [P:Tayla] told me "we had toast for tea yesterday and the day before", dead matter of fact.
cv, wf, w | Asked for a wish, she said "for {kin:mam} to get up in the mornings and for our [P:Riley] to stop wetting the bed cos our room stinks".
cv, w | Breakfast club told school she's been wrapping toast in a napkin for her bag, and when asked she said "it's for {kin:our kid}".
cv, wf, ww | [P:Riley] showed me his reading book, "Mrs [P:Dinsdale] gives me a sticker when I read to her, I've got four now", he was beaming.
w | [P:Stacey] was still in her dressing gown at {time:four o'clock} and said "I just can't be bothered with {dial:owt} at the minute", and she's not seen the doctor about her mood.
w | Her {natl:Universal Credit} got sanctioned {date:last month} and she says there's "not a {word:penny} left till Thursday".
ww | Her neighbour [P:Penny Carr] has the kids for tea on Fridays and lends her for the electric, "she's a godsend, is [P:Penny]".
ns | I took a food parcel round from the [O:Cornerstone Pantry] on {date:Wednesday} and referred her to their money advice worker.
ns | [P:Stacey] agreed I can book her in at [O:Redhill Medical Practice] about her mood, and I'll go with her if she wants.
ns | I'm asking [O:Oakwood Family Hub] about a funded place for [P:Ellis-Jay] at [S:Little Acorns] so she gets a few mornings to herself.
o | [P:Stacey]'s mobile is [PH:07700 900581] but it's mostly out of credit so school ring [P:Penny] on [PH:07700 900734].
ns | Next visit {date:Tuesday the 1st}, we'll do a home conditions plan together, she said "{dial:aye} go on then, I know it's a state".
"""),
    dict(
        id="AF02",
        context={"child": {"name": "Kacey Wetherell", "dob": "2015-03-03"},
                 "people": [{"name": "Joanne Wetherell", "role": "mother"},
                            {"name": "Alfie Wetherell", "role": "brother"},
                            {"name": "Dennis Wetherell", "role": "maternal grandfather"}],
                 "address": "12 Pinedale Crescent, Peterlee SR8 2NW",
                 "school": "Shotton Dene Academy", "worker": AF_WORKER},
        meta={"service": "Early help family support (East Durham), young carers", "child_age_years": 11,
              "author": "AF",
              "features": ["first_person", "quoted_child_voice", "sibling_voice", "young_carer", "subtle_worry",
                           "word_name", "names_not_in_context", "non_verbal", "parent_disability", "local_club",
                           "postcode", "dob_in_text", "ni_number", "phone_in_text"]},
        body="""
o | Visit to [P:Kacey], [P:Alfie] and {kin:mam} [P:Joanne] at [A:12 Pinedale Crescent], [PC:SR8 2NW], {date:Thursday} teatime, first visit since the young carers referral from [S:Shotton Dene].
o | [P:Joanne] has MS and has been in the wheelchair full time since {date:the summer}, "it's gone downhill fast".
w | [P:Kacey] does {kin:mam}'s tablets in the morning, gets [P:Alfie] dressed and walks him to [S:Eden Moor] before her own bus.
cv, wf, w | She said "I don't mind doing it, it's just what we do, but sometimes I fall asleep in maths and Mr [P:Hind] shouts".
cv, w | She said when the stairlift light goes {word:amber} it's not charged, and she helps {kin:mam} up the stairs herself "with my shoulder under her arm".
cv, wf, w | She said her best mate [P:Amber] has stopped asking her out "cos I always say no, I've got to get back".
w | [P:Joanne] said twice "she's my right hand, I don't know what I'd do without her", and I don't think she sees how much that is for an {age:eleven-year-old}.
wf, w | Asked about night times, [P:Kacey] went quiet and picked at her sleeve, and [P:Joanne] said she's up "now and again" if she needs the toilet.
cv, wf, ww | [P:Alfie] climbed on my knee and said "our [P:Kacey] makes the best noodles in the whole world and she does the voices when she reads".
ww | {kin:Grandad} [P:Dennis] does a big shop on {date:Sundays}, and an agency carer comes for {dur:an hour} every morning.
ww | [P:Joanne] was really open, "I want her to be a kid, I just need the help in place first".
cv, wf, o | Asked what she'd do with a free afternoon, [P:Kacey] said straight away "go to the trampoline park with [P:Amber] and not have my phone on loud".
ns, cv | I've put her forward for [O:Lighthouse] young carers on {date:Tuesdays} at the leisure centre, she asked "can [P:Alfie] come?" but it's {age:over eights}.
ns | I'll ask adult social care about a carer's assessment for [P:Joanne], do a {term:young carer's needs assessment} with [P:Kacey] and tell pastoral at [S:Shotton Dene] why she's tired.
o | For the forms, [P:Kacey]'s date of birth is the [DOB:3rd of March 2015], [P:Joanne]'s NI number [NI:QQ 40 28 71 B].
ns | {kin:Grandad}'s landline is [PH:0191 498 0627], ring him rather than worry {kin:mam}, next visit {date:Thursday 10th}.
"""),
    dict(
        id="AF03",
        context={"child": {"name": "Miles Garside", "dob": "2019-08-22"},
                 "people": [{"name": "Danielle Garside", "role": "mother"},
                            {"name": "Lee Garside", "role": "father"},
                            {"name": "Poppy-Rae Garside", "role": "sister"},
                            {"name": "Carol Hebbron", "role": "maternal grandmother"}],
                 "address": "22 Kestrel Way, Hartlepool TS26 0QF",
                 "school": "Greatham Beck Primary School", "worker": AF_WORKER},
        meta={"service": "Early help family support (Hartlepool)", "child_age_years": 7, "author": "AF",
              "features": ["first_person", "quoted_child_voice", "toddler_voice", "sibling_voice",
                           "parent_in_hospital", "kinship_care", "word_name", "written_voice", "misspelt_name",
                           "subtle_worry", "alcohol", "nursery", "gp_surgery", "nhs_number", "phone_in_text",
                           "names_not_in_context", "money", "dialect"]},
        body="""
o | Went to see [P:Miles] and [P:Poppy-Rae] at their {kin:nana}'s, [A:5 Greenlee Terrace], on {date:Monday} after school; {kin:nana} [P:Carol] has had them {dur:nine days}, since {kin:mam} went into hospital.
o | [P:Danielle] had a bleed on the brain on the {date:21st} and she's still on the stroke ward at {place:James Cook}, the nurses told [P:Carol] it'll be "weeks not days".
w | [P:Carol] is {age:seventy-one} and has COPD, breathless getting up off the settee, and she said "I'm doing my best {dial:pet} but I'm on my knees".
w | She's taxiing them to school as it's {word:miles} from hers, {money:£14} a day.
cv, wf, w | [P:Miles] asked me straight out "is {kin:mammy} going to die like {kin:Grandad} [P:Ray] did?" and then went back to his Lego before I'd answered.
cv, wf, o | He said he doesn't want to visit "cos of the tubes and the beeping", but he wants to do a video call "when her face is better".
cv, wf, w | [P:Poppy-Rae] kept going to the front door saying "{kin:mammy} coming? {kin:mammy} coming?", and [P:Carol] said she's been wetting again at night.
cv, wf, ww | When I got the bubbles out she sat on my knee and blew them at her brother shouting "bubbles for [P:Miwes]!", and the pair of them were giggling.
ww | [P:Lee] is home from the rigs on {date:Friday} for {dur:three weeks} and says he'll have them at the house, he's already rung school himself.
ww | School have been brilliant, Miss [P:Oyelaran] lets [P:Miles] make a card for {kin:mam} every day in golden time.
cv, wf, o | He showed me the cards, one said "get well {kin:mammy} I love you to the moon I am being good for {kin:nana}".
w | [P:Carol] let slip that [P:Lee] "has his moments with a drink" when he's home, and she's not sure he'll manage [P:Poppy-Rae]'s bedtimes on his own.
ns | I've asked the ward's play specialist to help with a video call, and I'll sort the taxi through the family support fund till [P:Lee]'s home.
ns | I'll see [P:Lee] on his own once he's back, and I'll check [P:Poppy-Rae] is still getting to [S:Tiddlywinks] as [P:Carol] can't manage the walk.
o | For the GP letter, [P:Poppy-Rae]'s NHS number is [NHS:999 340 3199] and they're with [O:Seaton Lane Medical Centre].
o | [P:Carol]'s number is [PH:01632 960418], [P:Danielle] can't use her phone yet.
"""),
    dict(
        id="AF04",
        context={"child": {"name": "Kai Pallister", "dob": "2018-06-09"},
                 "people": [{"name": "Natalie Pallister", "role": "mother"},
                            {"name": "Scott Pallister", "role": "father (deceased)"},
                            {"name": "Autumn Pallister", "role": "sister"},
                            {"name": "Gemma Tarn", "role": "maternal aunt"}],
                 "address": "17 Foxton Rise, Crook DL15 9RB",
                 "school": "Bankfoot Primary School", "worker": AF_WORKER},
        meta={"service": "Early help family support (Wear Valley)", "child_age_years": 8, "author": "AF",
              "features": ["first_person", "quoted_child_voice", "sibling_voice", "bereavement", "memory_box",
                           "written_voice", "non_verbal", "subtle_worry", "word_name", "alcohol", "local_club",
                           "hospice", "email_in_text", "dob_in_text", "names_not_in_context", "emergency_number",
                           "relayed_voice"]},
        body="""
o | Third visit since [P:Scott] died, [A:17 Foxton Rise], {date:Wednesday} {time:4.30}, [P:Natalie] and both kids in.
w | [P:Natalie] looks shattered, she said "I'm not sleeping, I have a couple of glasses of wine just to get off", and there were four empties on the side.
cv, wf, o | [P:Kai] had his football kit on and told me "{kin:Daddy}'s in the sky with {kin:Grandad} [P:Ken] watching me play for [O:Dene Valley]".
cv, wf, w | Then he asked "will {kin:Daddy} be back for my birthday though?", so I don't think he's got that dead means forever yet.
cv, wf, ww | We did the {tool:memory box} and he put in a Sunderland ticket, a photo of them at Seaham and one of his dad's socks "cos it still smells like him".
wf, w | [P:Autumn] stayed in her room at first, and when she came down she had her dad's hoodie on with the sleeves over her hands and wouldn't look at me.
cv, wf, o | She didn't want to talk but she wrote in my notebook "I'm fine. Stop asking. Everyone keeps asking".
cv, wf, w | [P:Natalie] said [P:Autumn] gave her Xbox to [P:Kai] {date:last week} and her make-up bag to her friend [P:Lacey], "she says she doesn't want any of it now".
w | School say she's not eating lunch and has stopped netball, which was her thing.
ww | Her form tutor Mr [P:Whitfield] has given her a time-out card and she can go to the library at dinner instead of the canteen.
ww | The {word:autumn} term has been awful for them, but [P:Natalie]'s sister [P:Gemma] is round every night and takes [P:Kai] to training on {date:Saturdays}.
ns | I've referred both kids to the [O:Little Oaks] group at [O:Hallgarth Hospice], and [P:Autumn] can have one to one there if she'd rather.
ns | I'm going to ask [S:Kings] about the school counsellor, and I'll talk to [P:Natalie] about seeing the GP for herself.
ns, cv, wf | Before I left I asked [P:Autumn] if I could text her and she nodded, so I'll message her on {date:Friday} about the group.
w, ns | Because of the things she's giving away I've flagged [P:Autumn] to the {term:DSL} at [S:Kings Weardale] today, and told [P:Natalie] to ring me, or {emerg:999} if she's ever worried for her safety.
o | [P:Natalie]'s email for the hospice form is [E:nat.pallister87@outlook.com] and [P:Autumn]'s date of birth is [DOB:05/10/2013].
"""),
]

AG_NOTES = [
    dict(
        id="AG01",
        context={"child": {"name": "Phoebe Garbutt", "dob": "2019-05-30"},
                 "people": [{"name": "Nicola Garbutt", "role": "mother"},
                            {"name": "Stephen Garbutt", "role": "father"},
                            {"name": "Kelly Brack", "role": "social worker"},
                            {"name": "Helen Sharp", "role": "consultant paediatrician"},
                            {"name": "Tom Agar", "role": "designated safeguarding lead"},
                            {"name": "Bev Hume", "role": "school nurse"}],
                 "address": "46 Hemlington Vale, Middlesbrough TS8 9QE",
                 "school": "Ormesby Bank Primary School", "worker": AG_WORKER},
        meta={"service": "Child protection conference (Middlesbrough)", "child_age_years": 7, "author": "AG",
              "features": ["minutes", "bullets", "staff_initials", "fii", "child_protection_conference",
                           "scaling", "signs_of_safety", "word_name", "quoted_child_voice", "relayed_voice",
                           "gp_surgery", "nhs_number", "phone_in_text", "email_in_text", "names_not_in_context"]},
        body="""
o | Initial child protection conference, [P:Phoebe Garbutt], {date:Thursday 26 November 2026}, {time:10.00}, Middlesbrough.
o | Present: [P:Nicola Garbutt] ({kin:mother}), [P:Stephen Garbutt] ({kin:father}), [P:Kelly Brack] ({role:social worker}, [P:KB]), Dr [P:Helen Sharp] ({role:consultant paediatrician}, [P:HS]), [P:Tom Agar] ({role:DSL}, [P:TA]), [P:Bev Hume] ({role:school nurse}, [P:BH]), [P:Jennifer Ashcroft] ({role:chair}).
o | Apologies: Dr [P:Naylor], GP, [O:Marton Moor Surgery], report received.
o | Purpose: to consider whether [P:Phoebe] ({age:7}) is likely to suffer significant harm through {term:fabricated or induced illness}, following a {term:Section 47} enquiry.
w | - [P:HS]: 31 attendances in {dur:two years} at {place:James Cook} and {place:North Tees}, a {word:sharp} rise since {date:January}; no cause found for the reported vomiting and collapses.
w | - [P:HS]: [P:Nicola] has twice asked for a feeding tube and brings [P:Phoebe] in a wheelchair, though on the ward she was seen running to the playroom.
w | - [P:TA]: attendance 61%; [P:Nicola] sent letters saying [P:Phoebe] must not do PE "on consultant advice", which [P:HS] says was never given.
cv, wf, w | - [P:BH]: at a health check [P:Phoebe] said "{kin:Mammy} says my tummy is broken but it doesn't hurt at school, only at home".
cv, wf, ww | - [P:TA]: she eats all her dinner, has joined the choir and told her teacher "I want to be a star in the Christmas play, not a poorly girl".
w | - [P:Nicola] said professionals "don't see her at night" and she was "made out to be a liar", and left for {dur:ten minutes}.
ww | - [P:Stephen], alternate weekends in Redcar: never sick at his, eats "like a horse", rides her bike.
o | Scaling, zero: [P:Phoebe] keeps being put through tests and treatment she does not need; ten: everyone is confident she is well and safe with {kin:mam}:
w, ww | [P:Nicola] {scale:9}, [P:Stephen] {scale:3}, [P:KB] {scale:2}, [P:HS] {scale:2}, [P:TA] {scale:3}, [P:BH] {scale:3}, chair {scale:2}.
ns | Decision: [P:Phoebe] to be subject to a {term:child protection plan}, category physical abuse; [P:Nicola] disagreed and asked for her view to be minuted.
ns | Actions: [P:HS] to be the single named paediatrician and to write a health chronology by {date:11 December}; [P:KB] to see [P:Phoebe] alone at school weekly.
ns | [P:TA] to share attendance fortnightly; no new referrals without [P:HS]'s agreement.
o | {term:Core group} {date:Thursday 10 December}, {time:1.30}, at [S:Ormesby Bank]; review conference {date:Thursday 18 February 2027}.
o | [P:Phoebe]'s NHS number [NHS:999 688 1261]; minutes to [P:Nicola] at [E:nicolagarbutt@btinternet.com], mobile [PH:07700 900926].
"""),
    dict(
        id="AG02",
        context={"child": {"name": "Kian Errington", "dob": "2011-07-14"},
                 "people": [{"name": "Lisa Errington", "role": "mother"},
                            {"name": "Macie Errington", "role": "sister"},
                            {"name": "Darren Pounder", "role": "social worker"},
                            {"name": "Anna Lowther", "role": "police constable"},
                            {"name": "Callum Teasdale", "role": "youth justice worker"},
                            {"name": "Derek Mace", "role": "youth worker (known as Del)"}],
                 "address": "9 Laverock Walk, Eston TS6 9QZ",
                 "school": "The Beacon Centre", "worker": AG_WORKER},
        meta={"service": "Child protection review conference (Redcar and Cleveland)", "child_age_years": 15,
              "author": "AG",
              "features": ["minutes", "bullets", "staff_initials", "county_lines", "exploitation", "missing",
                           "scaling", "child_scaling", "signs_of_safety", "word_name", "nickname",
                           "quoted_child_voice", "sibling_voice", "relayed_voice", "local_club",
                           "alternative_provision", "phone_in_text", "dob_in_text", "dialect", "money"]},
        body="""
o | Review child protection conference, [P:Kian Errington] ({age:15}), {date:Tuesday 24 November 2026}, Redcar.
o | Present: [P:Lisa Errington] ({kin:mother}), [P:Kian] (first {dur:20 minutes}), [P:Darren Pounder] ({role:SW}, [P:DP]), PC [P:Anna Lowther], [P:Callum Teasdale] ({role:youth justice}, [P:CT]), [P:Del Mace] ([O:Streetwise] youth project), [P:Jennifer Ashcroft] ({role:chair}).
w | Plan since {date:July}: [P:Kian] found with {money:£600} and two phones at {place:Middlesbrough bus station}.
w | - [P:DP]: three missing episodes since last conference, the longest {dur:four days}; found {date:9 November} at an address in Hull with an older male.
w | - PC [P:Lowther]: intelligence links [P:Kian] to a line run out of Leeds; a man known as "[P:Rich]" collects him by car from the shop on the corner.
cv, wf, w | - [P:Kian] said he "owes nobody {dial:nowt}" and that [P:Rich] "isn't even {word:rich}, he's just a lad with a car", and said no more.
cv, wf, w | - [P:Kian] scaled himself an {scale:8} because "I know what I'm doing", then left: "you lot are just waiting for me to get stabbed".
cv, wf, w | - [P:DP]: sister [P:Macie] ({age:9}) told him "I don't like the men in the car, they beep outside our house at night".
w | - [P:Lisa] has stopped reporting him missing "because he just goes again", and flushed a bag of white powder found in his room.
ww | - [P:CT]: every appointment kept; a music project at [O:Streetwise] with [P:Del] on {date:Thursdays}.
cv, wf, ww | - [P:Del]: [P:Kian] recorded a track about his {kin:nan}, who died in {date:2024}, and asked "can I play it to my {kin:mam}?"
ww | - [S:Beacon Centre]: attendance up to 80% this half term; he likes the motor vehicle course.
o | Scaling, zero: [P:Kian] is seriously hurt or arrested while being used to sell drugs; ten: he is at home, in education and away from those exploiting him:
w, ww | [P:Lisa] {scale:4}, [P:DP] {scale:2}, PC [P:Lowther] {scale:1}, [P:CT] {scale:3}, [P:Del] {scale:4}, chair {scale:2}.
ns | Decision: plan to continue; the {term:NRM} referral made {date:last week} to be chased with the {natl:Home Office}.
ns | Actions: [P:DP] and PC [P:Lowther] to hold a {term:contextual safeguarding} meeting about the shop.
ns | [P:Lisa] to report every missing episode at once; given {natl:Missing People}'s number and [P:DP]'s line, [PH:01632 960771].
ns | [P:Del] to collect [P:Kian] for [O:Streetwise] sessions so he avoids the shop.
o | Next review {date:Tuesday 23 February 2027}; [P:Kian]'s date of birth, [DOB:14.07.11], to be corrected on the police system.
"""),
    dict(
        id="AG03",
        context={"child": {"name": "Jasmine Okafor", "dob": "2012-09-08"},
                 "people": [{"name": "Precious Okafor", "role": "mother"},
                            {"name": "Tobi Okafor", "role": "brother"},
                            {"name": "Grace Hutchinson", "role": "foster carer"},
                            {"name": "Peter Hutchinson", "role": "foster carer"},
                            {"name": "Hannah Lister", "role": "social worker"},
                            {"name": "Mo Rahman", "role": "CAMHS eating disorders nurse"}],
                 "address": "62 Larkspur Avenue, Thornaby TS17 0GF",
                 "school": "Marton Grange Academy", "worker": AG_WORKER},
        meta={"service": "Looked after review (Stockton)", "child_age_years": 14, "author": "AG",
              "features": ["minutes", "bullets", "staff_initials", "eating_disorder", "looked_after", "foster_care",
                           "scaling", "child_scaling", "signs_of_safety", "word_name", "nickname",
                           "quoted_child_voice", "written_voice", "sibling_voice", "drawing", "non_verbal",
                           "subtle_worry", "local_club", "gp_surgery", "nhs_number", "postcode", "pet_name",
                           "names_not_in_context", "relayed_voice"]},
        body="""
o | Looked after review (third), [P:Jasmine Okafor], known as [P:Jazz], {date:Friday 20 November 2026}, at the foster home.
o | Present: [P:Jazz] (part), [P:Grace] and [P:Peter Hutchinson] ({role:foster carers}), [P:Hannah Lister] ({role:SW}, [P:HL]), [P:Mo Rahman] ({natl:CAMHS} eating disorders nurse, [P:MR]), [P:Jennifer Ashcroft] ({role:IRO}).
o | Apologies: [P:Precious Okafor] ({kin:mother}), views given by phone to [P:HL] beforehand.
w | - [P:MR]: anorexia diagnosed in {date:September}; weight down again since half term, now seen weekly at {natl:CAMHS}.
w | - [P:Grace]: meals take over {dur:an hour}; food found wrapped in tissue in [P:Jazz]'s blazer pockets and bedroom bin.
cv, wf, w | - [P:Grace]: the floor "goes" in her room at {time:midnight} most nights; she has asked for a lock on her door.
cv, wf, w | - [P:Jazz] wrote on the {natl:Mind of My Own} app: "I know everyone is scared but I'm not as ill as you think, I just want to eat what I want when I want".
cv, wf, o | - She said she wants to go back to [O:Step Up] dance on {date:Saturdays}: "it's not fair that's the thing you take off me".
cv, wf, o | - When her weight was discussed she put her hood up, pushed her chair back from the table and asked to leave.
ww, wf | - [P:Peter]: they eat together nightly, she walks the dog, {pet:Bramble}, with him and laughed properly at Strictly last weekend.
ww | - [P:HL]: [S:Marton Grange] have given her a quiet lunch room with a teacher she trusts, Miss [P:Kaur].
cv, wf, ww | - [P:HL]: brother [P:Tobi] ({age:6}) sent a drawing of them both on a trampoline and said "tell [P:Jazz] she's the best at flips".
ww | - [P:Precious] told [P:HL] family time is "the most {word:precious} hour of my week" and asked for it to carry on at the contact centre.
o | Scaling, zero: [P:Jazz] needs a hospital admission; ten: she eats enough to stay well at home with [P:Grace] and [P:Peter]:
w, ww | [P:Grace] {scale:4}, [P:Peter] {scale:5}, [P:MR] {scale:3}, [P:HL] {scale:4}, IRO {scale:3}.
cv, wf, w | [P:Jazz], from the doorway: "{scale:7}, and that's me being honest".
ns | Recommendations: [P:MR] to arrange a family meal session at {natl:CAMHS} before {date:Christmas}, with [P:Precious] invited.
ns | [P:HL] to ask the GP at [O:Acklam Green Surgery] for monthly bloods (NHS number [NHS:999 012 8464]); return to [O:Step Up] agreed with [P:MR], watching first.
o | Placement address withheld from [P:Precious] by agreement: [A:62 Larkspur Avenue], Thornaby, [PC:TS17 0GF].
"""),
    dict(
        id="AG04",
        context={"child": {"name": "Oliver Brannigan", "dob": "2016-04-19"},
                 "people": [{"name": "Helen Brannigan", "role": "adoptive mother"},
                            {"name": "Jonathan Brannigan", "role": "adoptive father"},
                            {"name": "Evie Brannigan", "role": "sister"},
                            {"name": "Ivy Brannigan", "role": "paternal grandmother (adoptive)"},
                            {"name": "Rachel Dunn", "role": "adoption support social worker"},
                            {"name": "Kerry-Ann Tate", "role": "birth mother"}],
                 "address": "4 Brankin Mews, Darlington DL3 9TW",
                 "school": "Cockerton Vale Primary School", "worker": AG_WORKER},
        meta={"service": "Adoption support, child in need review (Darlington)", "child_age_years": 10,
              "author": "AG",
              "features": ["minutes", "bullets", "staff_initials", "adoption_support", "child_to_parent_violence",
                           "scaling", "child_scaling", "signs_of_safety", "word_name", "nickname",
                           "quoted_child_voice", "written_voice", "drawing", "sibling_voice", "non_verbal",
                           "subtle_worry", "phone_in_text", "email_in_text", "names_not_in_context", "relayed_voice"]},
        body="""
o | {term:Child in Need} review, [P:Oliver Brannigan] ([P:Olly]), {date:Monday 30 November 2026}, chaired independently at the parents' request.
o | Present: [P:Helen] and [P:Jonathan Brannigan] ({kin:adoptive parents}), [P:Olly] (first half, with his fidget cube), [P:Rachel Dunn] ({role:SW}, [O:Skerne Adoption], [P:RD]), Mrs [P:Petch] ({role:SENCO}), [P:Jennifer Ashcroft] ({role:chair}).
o | Background: [P:Olly] and [P:Evie] placed together for adoption in {date:2019}; support since {date:March}, when [P:Olly] began hitting [P:Helen].
w | - [P:Helen]: four incidents in {dur:six weeks}, the last on {date:Sunday}, a thrown chair bruising her arm; she now locks herself in the bathroom.
w | - [P:Jonathan] held [P:Olly] on the floor "a good few minutes" last time, "not proud of it"; [P:RD] advised against restraint.
cv, wf, w | - [P:Olly] said "I don't mean it, my brain goes red and then it goes black and I can't stop it".
cv, wf, o | - He drew a volcano and said the top was "when {kin:Mum} says no screens" and the bottom was "the baby house" ([P:RD]: his first foster home).
cv, wf, ww | - Before leaving he stuck a post-it on [P:Helen]'s mug: "I want to stay here forever, sorry".
cv, wf, w | - [P:Evie] ({age:7}), via [P:RD]: "[P:Olly] broke my door but he said sorry and gave me his shiny Pikachu"; she now sleeps with her light on.
w | - [P:Olly] has twice climbed the {word:ivy} onto the garage roof when upset {date:this month}.
ww | - [P:Jonathan]'s mum, [P:Ivy], has both children every other Saturday and [P:Olly] is "an angel" at hers.
ww | - Mrs [P:Petch]: no incidents at [S:Cockerton Vale]; a safe-space tent in class and a key adult, Mr [P:Bainbridge].
ww | - Both parents finished the therapeutic parenting course and use "connect before correct" most days.
o | Scaling, zero: the adoption breaks down or someone is badly hurt; ten: the family feel safe and stay together:
w, ww | [P:Helen] {scale:3}, [P:Jonathan] {scale:5}, [P:RD] {scale:4}, Mrs [P:Petch] {scale:6}, chair {scale:4}.
cv, wf, ww | [P:Olly] held up ten fingers, then changed it to nine "because of the chair".
ns | Actions: [P:RD] to apply to the {natl:Adoption Support Fund} for {term:DDP} therapy by {date:14 December}.
ns | [P:Helen] to keep an incident log; [P:Jonathan] to call the post-adoption line, [PH:0191 498 0385], rather than hold him.
ns, cv, wf | Letterbox: [P:Olly] has asked to write to his birth mother, [P:Kerry-Ann], himself this year; [P:RD] to help him.
o | Minutes to [E:brannigan.family@gmail.com]; next review {date:Monday 1 March 2027}.
"""),
]

AH_NOTES = [
    dict(
        id="AH01",
        context={"child": {"name": "Connor Bewick", "dob": "2009-02-04"},
                 "people": [{"name": "Michelle Bewick", "role": "mother"},
                            {"name": "Kyle Foster", "role": "friend"},
                            {"name": "Trish Waugh", "role": "adult social care worker"}],
                 "address": "58 Hollycarrside Road, Sunderland SR2 0NB",
                 "school": "Hylton Dene School", "worker": AH_WORKER},
        meta={"service": "Disabled children's team, transition (Sunderland)", "child_age_years": 17,
              "author": "AH",
              "features": ["lower_case", "text_speak", "abbreviations", "no_punctuation", "transition",
                           "learning_disability", "autism", "voice_note", "text_message", "quoted_child_voice",
                           "non_verbal", "subtle_worry", "financial_exploitation", "word_name", "nickname",
                           "short_breaks", "college", "dob_in_text", "ni_number", "phone_in_text",
                           "names_not_in_context", "pet_name"]},
        body="""
o | visit to [P:connor] at home w {kin:mam} [P:michelle] {date:tues} {time:4-5pm}, transition visit as hes {age:17} and moving over to adult services in {date:feb}
o | [P:connor] has autism and a moderate LD, yr 13 at [S:hylton dene] sixth form, has an {term:EHCP} and is open as {term:CiN} for the transition
cv, wf, o | he had a voice note ready on his phone and played it me "i want to live in a flat with [P:kyle] and have a dog called {pet:dexter} and work at the cinema"
cv, wf, ww | says hes "well excited" for [S:northgate college] in {date:sept}, he went on the taster day and liked the bakery room best
ww | {kin:mam} has done loads, she got him travel training thru school and he gets the bus to {place:the bridges} on his own now
cv, wf, w | he said [P:lucky] is "my best mate now", hes a lad in his {age:20s} from {place:the bridges}, and [P:connor] bought him a maccies and a vape "cos hes skint this week"
w | {kin:mam} didnt know abt the vape and says its the 3rd time [P:connor] has come home w no money left
wf, w | i said hes {word:lucky} to have a mate but does [P:lucky] ever ask for stuff, and he went quiet and started rocking and humming
w | his {natl:PIP} goes into his own acc from {date:feb} and {kin:mam} isnt his appointee yet
ww | short breaks at [O:dovecote] every other wkend still going well, staff say hes "the life and soul"
ns | rang adult social care after, [P:trish] is doing his {term:care act assessment} on {date:the 9th} at school
ns | need {kin:mam} to do the appointee form w DWP and we need to talk abt {term:mental capacity} and money, ill bring the forms thurs
ns | ill raise [P:lucky] w his sw at the {term:CiN} meeting & ask the {role:PCSO} at {place:the bridges} if they know him
o | for the adult team: dob [DOB:04.02.09], NI [NI:QQ 19 82 63 A], {kin:mam}s mob [PH:07700 900152]
cv, wf, o | b4 i left he sent me a text "thanks [P:jamie] ur sound c u at college x"
"""),
    dict(
        id="AH02",
        context={"child": {"name": "Leah Shotton", "dob": "2011-06-12"},
                 "people": [{"name": "Crystal Shotton", "role": "mother"},
                            {"name": "Kayla Shotton", "role": "sister"},
                            {"name": "Tyler Gibbon", "role": "boyfriend"}],
                 "address": "27 Grindon Gardens, Sunderland SR4 8PW",
                 "school": "Ryhope Grange Academy", "worker": AH_WORKER},
        meta={"service": "Youth work and child in need (Sunderland)", "child_age_years": 15, "author": "AH",
              "features": ["lower_case", "text_speak", "abbreviations", "no_punctuation", "teenage_pregnancy",
                           "older_male", "subtle_worry", "quoted_child_voice", "text_message", "sibling_voice",
                           "word_name", "youth_project", "local_club", "dob_in_text", "phone_in_text", "email_in_text",
                           "names_not_in_context"]},
        body="""
o | saw [P:leah] at the [O:box] {date:weds} aft, shes {dur:19 wks} pregnant now and {kin:mam} knows
cv, wf, o | she showed me the scan pic on her phone and was smiling her head off, said "look its got {kin:mam}s nose already"
cv, wf, o | she says shes keeping it "100%" and doesnt want anyone to "keep going on abt options"
w | she says the dad is [P:tyler] who is {age:17}, but his fb says hes {age:20} and he has his own flat in hendon
cv, wf, w | when i asked how they met she said "at a party at his mates", then "dont tell social hes older pls" and laughed it off
w, ns, cv | shes {age:15} so this needs a {term:strategy discussion} whatever she says, i told her that straight and she said "i knew u would"
w | {kin:mam} [P:crystal] was {age:16} when she had [P:leah] and told the midwife "history repeats itself dunnit", she hasnt been to any appts w her
cv, w | shes missed 2 antenatal appts at {place:sunderland royal}, [P:leah] said "i was in bed, im always tired"
cv, wf, ww | little sister [P:kayla] ({age:8}) texted her while i was there "is the baby sleeping in my room i will do the bottles" and [P:leah] read it out and laughed
cv, wf, ww | [P:leah] said she "defo" wants to sit her GCSEs "so the baby knows im not thick"
ww | school ([S:ryhope grange]) have been good, her head of yr mrs [P:appleby] has set up a reduced timetable
ns | ive referred to the {natl:family nurse partnership} and the midwife [P:sam] says theyll take her
ns | ill do the {term:strategy discussion} referral today w my manager, told [P:crystal] on the phone after and made it {word:crystal} clear its safeguarding not a telling off
o | [P:leah]s dob [DOB:12th june 2011], her mob [PH:07700 900468], {kin:mam}s email [E:crystal.shotton@yahoo.co.uk]
cv, wf, o | her text after: "thanks for not being weird abt it. can u come to the scan in jan x"
"""),
    dict(
        id="AH03",
        context={"child": {"name": "Rocco Hindmarch", "dob": "2012-03-27"},
                 "people": [{"name": "Leanne Hindmarch", "role": "mother"},
                            {"name": "Shelley Oates", "role": "key worker, children's home"},
                            {"name": "Gavin Rowe", "role": "social worker"}],
                 "address": "Elmfield House, 3 Thornholme Road, Sunderland SR2 7QA",
                 "school": "Wearmouth Bridge Academy", "worker": AH_WORKER},
        meta={"service": "Return home interview, looked after (Sunderland)", "child_age_years": 14,
              "author": "AH",
              "features": ["lower_case", "text_speak", "abbreviations", "no_punctuation", "return_home_interview",
                           "missing", "exploitation", "looked_after", "childrens_home", "voice_note",
                           "quoted_child_voice", "non_verbal", "subtle_worry", "word_name", "nickname",
                           "initials_young_people", "local_club", "adhd", "phone_in_text", "dob_in_text",
                           "nhs_number", "money", "dialect"]},
        body="""
o | {term:RHI} w [P:rocco] ([P:rocky]) at [O:elmfield] {date:fri 27th} {time:10am}, he went missing {date:weds} nite and was found {date:thurs} eve at {place:central station} by {natl:BTP}
o | {dur:abt 40 hrs} missing in total, 2nd time this month, hes {age:14} yr 9, {term:LAC} on a care order
cv, wf, w | he sent me a voice note at {time:3am} weds nite "im safe im safe dont ring the feds ill come back when i want"
cv, w | said he was "at a mates in gateshead", wouldnt give a name or address, then said "just [P:T], hes sound"
cv, w | came back w a new north face jacket and {money:£40} in his sock and said [P:T] "just gave it me"
wf, w | when i asked more abt [P:T] he turned his phone face down and pulled his hood up and went quiet
cv, wf, w | said he went cos "{kin:mam} didnt turn up to contact again and i just wanted to get out", he wants to go back home to {kin:mam}s in pennywell
cv, wf, w | things have been {word:rocky} w {kin:mam} since her new bf moved in, he said the bf "calls me a waste of space" and he "isnt allowed round when hes there"
w | missed his adhd meds both days and had no sleep
ww | he let key worker [P:shelley] run him a bath, ate 2 pot noodles and slept {dur:14 hrs}, staff said he was "like a little boy again"
cv, wf, ww | said [O:elmfield] is "alright" and staff are "{dial:sound} except the new one", and hes "proper gutted" he missed boxing at [O:hendon ABC]
ns | ive flagged to his sw [P:gavin] & the exploitation team and told police abt [P:T] and the jacket
ns | staff will give him a lift to boxing tues & thurs and hes agreed a phone check in at {time:9pm} when hes out
cv, w | new number for the missing file [PH:07700 900309], he says the old one got "lost"
cv, wf, o | at the end he said "can u tell my {kin:mam} im ok" and did a thumbs up when i said i would
o | dob [DOB:27/03/2012], NHS [NHS:999 965 5157]
"""),
    dict(
        id="AH04",
        context={"child": {"name": "Kiera Wilkinson", "dob": "2011-06-19"},
                 "people": [{"name": "Tracey Wilkinson", "role": "mother"},
                            {"name": "Sharon Ruddick", "role": "private foster carer"},
                            {"name": "Mia Ruddick", "role": "friend, private foster carer's daughter"},
                            {"name": "Pearl Ruddick", "role": "private foster carer's mother"},
                            {"name": "Wayne Tully", "role": "private foster carer's partner"}],
                 "address": "40 Alston Crescent, Sunderland SR6 9LB",
                 "school": "Barnes Vale School", "worker": AH_WORKER},
        meta={"service": "Disabled children's team, private fostering (Sunderland)", "child_age_years": 15,
              "author": "AH",
              "features": ["lower_case", "text_speak", "abbreviations", "no_punctuation", "private_fostering",
                           "deaf", "bsl", "interpreter", "non_verbal", "pointing", "text_message",
                           "quoted_child_voice", "subtle_worry", "word_name", "local_club", "gp_surgery",
                           "postcode", "dob_in_text", "nhs_number", "phone_in_text", "email_in_text",
                           "names_not_in_context", "money", "relayed_voice"]},
        body="""
o | {term:private fostering} visit, [P:kiera] at [P:sharon ruddick]s [A:40 alston crescent] [PC:SR6 9LB] {date:mon 23rd} {time:5.15}, w BSL interpreter [P:nadine]
o | [P:kiera] is {age:15}, profoundly deaf, uses BSL and text, shes been at [P:sharon]s since {date:early oct} so well over {dur:28 days}, and it wasnt notified till school rang us
w | {kin:mam} [P:tracey] went to tenerife w her new partner in {date:sept} and left [P:kiera] w {money:£50} and a bag, she hasnt sent money since
cv, wf, ww | thru [P:nadine] [P:kiera] signed she likes it here, "[P:sharon] is sound, she learnt some signs off youtube for me"
cv, wf, w | then she signed "{kin:mam} doesnt even ring, she cant video call me cos she never learnt to sign" and stopped and wiped her eyes
cv, wf, o | when i asked where she wants to live she pointed at [P:mia] and then at the floor, "here", and signed "till im 16 at least"
ww | [P:sharon] has three kids of her own, house warm and tidy, [P:kiera] has her own room in the loft w a flashing doorbell light and a vibrating alarm
w | [P:sharon] says shes "skint" and gets nothing for [P:kiera], no {natl:child benefit}, and [P:kiera]s hearing aid batteries ran out {date:last wk}
cv, wf, w | [P:sharon]s bf [P:wayne] stays 3 nights a wk and hasnt had any checks, [P:kiera] signed he "watches telly and ignores me" and looked at the floor
cv, wf, ww | she texted me after w a pic of her and [P:mia] at [O:wearside deaf youth] "best nite ever this club is class"
ww | school ([S:barnes vale]) say her attendance is up since she moved, she has a {role:CSW} in every lesson
cv, w | {kin:nana} [P:pearl] ([P:sharon]s {kin:mam}) lives there too and doesnt sign, [P:kiera] says she "just shouts louder"
ww | but [P:pearl] did buy her {word:pearl} earrings for her bday
ns | private fostering assessment started, need {term:DBS} checks on [P:sharon] & [P:wayne] and a home visit from the fostering team within {dur:7 days}
ns | ill email [P:tracey] for consent and abt money, her email is [E:traceyw_1978@hotmail.com]
ns | referral to audiology at {place:sunderland royal} for batteries and register [P:kiera] w [O:seaburn dene surgery]
o | [P:kiera] dob [DOB:19 june 2011], NHS [NHS:999 492 1819], [P:sharon]s mob [PH:0191 498 0554]
"""),
]

NOTES = AF_NOTES + AG_NOTES + AH_NOTES
