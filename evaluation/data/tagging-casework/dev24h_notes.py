"""dev24h's 12 marked-up notes (see make_dev24h.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0113 496 0xxx, 0191 498 0xxx), NHS numbers in the 999 range, NI numbers with the never-issued QQ
prefix, names, nicknames, addresses, postcodes (real-looking outward codes), schools, clubs, surgeries, children's
homes, fostering agencies, contact centres and other organisations made up. Authors: U (an early help family support
worker in South Tyneside, Gateshead and Sunderland dictating into her phone without correcting it: all lower case,
names and places included, hardly any punctuation and no full stops, local groups and services by name, some with no
kind word ("the tin shed", "warm hearth", "the lookout"), nicknames, a few phone numbers, dates of birth said as
numbers or words), V (an independent reviewing officer writing looked-after children's review minutes: formal,
headed paragraphs (Present, Placement, Family time, Education, Health, Recommendations), many professionals named with
their role and then by initials (SW, key worker, foster carers, supervising social worker, virtual school head,
CAMHS clinician), placements named (a children's home by its house name, an independent fostering agency, supported
lodgings), schools, contact centres, health appointments)."""

U_WORKER = "Rebecca Harbottle"
V_WORKER = "Catriona Lumsden"

U_NOTES = [
    dict(
        id="U01",
        context={"child": {"name": "Kacey-Leigh Dunn", "dob": "2019-08-12"},
                 "people": [{"name": "Tasha Dunn", "role": "mother"},
                            {"name": "Rio Dunn", "role": "brother"},
                            {"name": "Brenda Dunn", "role": "maternal grandmother"},
                            {"name": "Grace Okonjo", "role": "learning mentor"},
                            {"name": "Mr Gascoigne", "role": "private landlord"}],
                 "address": "14 Cragside Walk, Jarrow NE32 5TJ",
                 "school": "Saltwell Burn Primary School", "worker": U_WORKER},
        meta={"service": "Early Help (family support, poverty and housing)", "child_age_years": 7,
              "features": ["lower_case", "no_punctuation", "local_groups", "group_no_kind_word", "nickname",
                           "dob_in_text", "phone_in_text", "postcode", "money"]},
        body="""
o | {term:early help} home visit by [P:bex harbottle] family support, went to [P:tasha]s at [A:14 cragside walk] [PC:ne32 5tj] at {time:half 9}
o | {kin:mam} was in with [P:rio] who is {age:3}, [P:kacey-leigh] was at school
w | [P:tasha] said the gas has been on emergency credit since {date:friday} and she has been putting both kids in her bed with the oven door open for the heat, i said thats not safe
w | there is black mould all up the wall in the kids room and [P:rio] has had a chesty cough for weeks, the landlord mr [P:gascoigne] is not answering her texts
ww | she has been going to the pantry at [O:st ninians] on tuesdays and thursdays its {money:£3.50} for a bag and she says its a lifesaver
ww | [P:rio] goes to [O:little sprouts] at the family hub on a monday and his talking has come on loads
ns | i rang [O:warm hearth] the energy advice lot while i was there and they are phoning her back {date:tomorrow} about a fuel voucher and the debt advice
o | saw [P:kacey-leigh] at [S:saltwell burn primary] in the nurture room at {time:1 o clock} with miss [P:okonjo] her learning mentor
cv,wf,w | she said she hates bedtime cos its freezing and she has to go in with {kin:mam} and [P:rio] kicks her all night
cv,wf,ww | she said the best bit of the week is {kin:nana} [P:brenda] picking her up on a {date:friday} and going to {place:the chippy} for a battered sausage
cv,wf,o | she told me everyone at school calls her [P:kc] but {kin:nana} calls her [P:kizzy-moo] and she likes that one best
w | miss [P:okonjo] said her attendance is 88 percent and she has been late most mondays and came in without a coat twice last week
ww | she said [P:kacey-leigh] is flying with her reading and has been picked for the christmas choir
ns | plan is i go back {date:next wednesday} with a letter for the landlord, [P:tasha] to ring [O:warm hearth] if they have not rung by {date:thursday} and i will ask {kin:nana} [P:brenda] about the monday drop off
o | [P:tasha]s new number is [PH:07700 900263] and dob for [P:kacey-leigh] is [DOB:12 8 2019] for the referral
"""),
    dict(
        id="U02",
        context={"child": {"name": "Jayden Kirkup", "dob": "2012-04-03"},
                 "people": [{"name": "May Kirkup", "role": "mother"},
                            {"name": "Lee Kirkup", "role": "father (lives apart)"},
                            {"name": "Neil Pattinson", "role": "head of year 9"},
                            {"name": "Dale Yeats", "role": "youth worker, the Tin Shed"}],
                 "address": "27 Tennyson Terrace, Hebburn NE31 1HD",
                 "school": "Hebburn Riverside Academy", "worker": U_WORKER},
        meta={"service": "Early Help (team around the family, exploitation risk)", "child_age_years": 14,
              "features": ["lower_case", "no_punctuation", "local_groups", "group_no_kind_word", "word_name",
                           "nickname", "dob_in_text", "phone_in_text", "postcode", "subtle_worry"]},
        body="""
o | {term:taf} meeting at [S:hebburn riverside academy] this morning, me, [P:may], [P:jayden], mr [P:pattinson] {role:head of year 9} and [P:dale] from the [O:tin shed]
w | school said [P:jayden] has had 3 suspensions since {date:september}, the last one for throwing a chair in science, and his attendance is down to 71 percent
w | mr [P:pattinson] said he has been seen at {place:the metro station} after school with older lads and at least one of them is known to police for dealing
cv,wf,w | [P:jayden] said theyre just his mates and they look out for him which is more than anybody at school does, he said the teachers have had it in for him since year 7
w | [P:may] said he has been coming in after {time:11} and she can smell weed on his hoodie, she {word:may} have to ring the police next time and she is at her wits end with him
o | she calls him [P:jinx] cos he broke everything he touched when he was little and he did smile at that
ww | [P:dale] said [P:jayden] has been at the [O:tin shed] every thursday since the summer holidays and is brilliant with the younger ones, he helped fix up the bikes for the [O:dunston wheelers] ride out
cv,wf,ww | [P:jayden] said the [O:tin shed] is the only place nobody shouts at him and he wants to do motor vehicle at college
cv,wf,w | when i asked what would make things better he said for his {kin:dad} to actually turn up, he said [P:lee] promised to take him to the match three times and never came
ww | [P:may] and [P:jayden] agreed a curfew of {time:9} on school nights and {time:half 10} at weekends and he will text her where he is
ns | mr [P:pattinson] is going to look at two afternoons a week at [S:kickstart motors] the alternative provision, that {word:may} help keep him in school
ns | i will do the referral to the {role:youth justice prevention team} today and ring {kin:dad} on [PH:0191 498 0577] to ask him to come to the next {term:taf} in {dur:6 weeks}
o | for the referral [P:jayden kirkup] dob [DOB:03/04/2012], {kin:mam} [P:may kirkup] same address [A:27 tennyson terrace] [PC:ne31 1hd]
"""),
    dict(
        id="U03",
        context={"child": {"name": "Aria Tulip", "dob": "2026-03-02"},
                 "people": [{"name": "Keeley Tulip", "role": "mother"},
                            {"name": "Will Sowerby", "role": "father"},
                            {"name": "Gemma Lisle", "role": "health visitor"}],
                 "address": "Flat 3, 61 Coatsworth Road, Gateshead NE8 1QE",
                 "school": "", "worker": U_WORKER},
        meta={"service": "Early Help (baby, parental low mood)", "child_age_years": 0,
              "features": ["lower_case", "no_punctuation", "pre_verbal", "word_name", "subtle_worry",
                           "local_groups", "dob_in_text", "phone_in_text", "postcode"]},
        body="""
o | visit to [P:keeley] and baby [P:aria] at [A:flat 3 61 coatsworth road] [PC:ne8 1qe], {kin:dad} [P:will] was in bed after a night shift and got up halfway through
o | [P:aria] is {age:9 months} now dob [DOB:2 3 26], she was on her play mat rolling about and babbling away
ww,wf | she was clean and dressed and giggled when [P:keeley] blew raspberries on her tummy, the flat was warm and there was food in the fridge
w | [P:keeley] looked really tired and flat, she said she cries most days and does not see anybody now her mates have dropped off since the baby
w | she said [P:will] gets snappy when [P:aria] wakes him in the day and he punched the bathroom door last week, there is a hole in it, she said he would never touch her or the baby
w | the ashtray on the windowsill was full and [P:keeley] said they smoke out the window but i could smell it in the room
w,ww | [P:will] said he {word:will} smoke on the balcony from now on and said the door was him being stupid, he is knackered on nights and it is getting to him
ww | [P:keeley] has been going to [O:milk and natter] at the childrens centre on a wednesday and said the other mams there are nice, and she goes to her {kin:nan}s in felling every sunday for dinner
ns | i {word:will} ring [P:gemma] the {role:health visitor} today to ask for a visit about [P:keeley]s mood and i {word:will} tell her about the smoking
ns | [P:keeley] agreed to book in at [O:larchwood medical practice] to talk about how she is feeling, she said she {word:will} do it while i am here and she did, its {date:thursday} at {time:10 past 10}
ns | [P:will] is going to ask his work about going on days and i {word:will} put them both down for the {term:triple p} baby course at the hub
o | [P:keeley]s mobile is [PH:07700 900 514] and [P:will] gave me his as [PH:07700 900 651]
o | next visit {date:tuesday week}
"""),
    dict(
        id="U04",
        context={"child": {"name": "Andrei Munteanu", "dob": "2015-06-19"},
                 "people": [{"name": "Mihaela Munteanu", "role": "mother"},
                            {"name": "Costel Munteanu", "role": "father (working away)"},
                            {"name": "Ioana Preda", "role": "telephone interpreter (Romanian)"}],
                 "address": "8 Dene Street, Sunderland SR4 7LP",
                 "school": "Pallion Vale Primary School", "worker": U_WORKER},
        meta={"service": "Early Help (young carer)", "child_age_years": 11,
              "features": ["lower_case", "no_punctuation", "interpreter", "young_carer", "local_groups",
                           "group_no_kind_word", "nickname", "ni_number", "phone_in_text", "postcode"]},
        body="""
o | home visit to [P:andrei] and his {kin:mama} [P:mihaela] at [A:8 dene street] [PC:sr4 7lp], i booked a romanian interpreter on the phone so [P:andrei] did not have to translate for his {kin:mam}
o | {kin:tata} [P:costel] is working away in peterborough on the farms and comes back every {dur:3 weeks}
w | [P:mihaela] had a stroke in {date:june} and her left side is still weak, she cannot do the stairs on her own or cut up her food
w | [P:andrei] is doing her tablets in the morning and helping her to the toilet before school and he is doing most of the cooking and he is only {age:11}
w | through the interpreter [P:mihaela] said [P:andrei] is a good boy and she is ashamed he has to do it, she cried
cv,wf,w | i saw [P:andrei] in his room and he said he does not mind helping but he worries all day at school that {kin:mama} will fall and nobody will be there
cv,wf,ww | he said the best thing is the [O:lookout] on a tuesday night its young carers, they did bowling last week and he won
cv,wf,o | he said he wants to be a footballer or a dentist and his {kin:mam} calls him [P:andreiut] when she is happy with him
ww | [P:mihaela] goes to [O:casa noastra] on the hendon road on a friday with a friend from church and they help her fill in forms
w | school [S:pallion vale primary] said he has been falling asleep in class and was late 6 times this half term
ns | i have done a young carers assessment referral to the council and asked for an {role:occupational therapy} visit for a stair rail and a perching stool
ns | i will ask the gp at [O:wearside lodge surgery] about a care package so [P:andrei] is not doing her personal care
o | for the forms her ni number is [NI:qq 52 81 47 d] and {kin:tata}s phone is [PH:07700 900 782]
"""),
    dict(
        id="U05",
        context={"child": {"name": "Hope Lambton", "dob": "2011-02-27"},
                 "people": [{"name": "Dionne Lambton", "role": "mother"},
                            {"name": "Kobe Lambton", "role": "brother"},
                            {"name": "Sharon Quigley", "role": "youth worker, Girls Allowed"},
                            {"name": "Ifeoma Achebe", "role": "pastoral lead"}],
                 "address": "5 Lindisfarne Close, Washington NE38 8UX",
                 "school": "Ravensworth Heights Academy", "worker": U_WORKER},
        meta={"service": "Early Help (emotional health, school non-attendance)", "child_age_years": 15,
              "features": ["lower_case", "no_punctuation", "word_name", "subtle_worry", "self_harm",
                           "local_groups", "group_no_kind_word", "nickname", "pet", "phone_in_text", "postcode"]},
        body="""
o | saw [P:hope] at home after school at [A:5 lindisfarne close] [PC:ne38 8ux], her {kin:mum} [P:dionne] was at work till {time:6} and [P:hope]s brother [P:kobe] was on the xbox
o | she made me a cup of tea and we sat in the kitchen, she had her sleeves pulled down over her hands the whole time
cv,wf,w | she said she has not been in school since {date:half term} because her chest goes tight at the gate and she thinks she is going to be sick, she said there is no {word:hope} of catching up now anyway
cv,wf,w | she said some girls in year 10 made a group chat about her and she does not want to talk about what is in it
w | she said she sleeps in the day and is up most of the night on tiktok, i {word:hope} thats all it is but she would not say why the sleeves
ww | she still goes to [O:girls allowed] on a wednesday at the community centre with [P:shaz] the youth worker and that is the one night she goes out
cv,wf,ww | she said [P:shaz] is the only adult who gets it and she would let [P:shaz] come to a meeting with her
cv,wf,ww | she wants to do animal care at college and she showed me their staffy {pet:nala}, she said {pet:nala} is the only one who listens
o | her {kin:nana} calls her [P:hopey-bop] which she pretended to hate
w | [P:dionne] rang me after, she said she found blood on the bedding last week and [P:hope] told her it was her period but [P:dionne] does not believe her
ns | i will see [P:hope] on her own next week to talk about keeping safe and tell her about {natl:kooth} and the school nurse drop in
ns | i rang the {role:pastoral lead} mrs [P:achebe] at [S:ravensworth heights] who is going to set up a part time timetable starting with mornings in the inclusion room
cv,wf,ns | i asked [P:hope] if i can refer her to {natl:camhs} and she said she would think about it, {kin:mum} is ringing the gp at [O:oxclose park surgery] {date:tomorrow}
o | [P:dionne]s number is [PH:0191 498 0342] and next visit is {date:monday}
"""),
    dict(
        id="U06",
        context={"child": {"name": "Leo Pringle", "dob": "2017-05-19"},
                 "people": [{"name": "Craig Pringle", "role": "father"},
                            {"name": "Millie-Mae Pringle", "role": "sister"},
                            {"name": "Jolene Pringle", "role": "mother (left the family home)"},
                            {"name": "Terry Hume", "role": "football coach"}],
                 "address": "112 Hylton Bank, Sunderland SR5 3NG",
                 "school": "Hylton Ridge Primary School", "worker": U_WORKER},
        meta={"service": "Early Help (closing visit, step down)", "child_age_years": 9,
              "features": ["lower_case", "no_punctuation", "direct_work", "scaling", "sibling_voice",
                           "local_groups", "nickname", "pet", "dob_in_text", "phone_in_text", "postcode"]},
        body="""
o | closing visit to [P:craig] and the kids at [A:112 hylton bank] [PC:sr5 3ng], {time:4 o clock} after school, [P:leo] {age:9} and [P:millie-mae] {age:6} both in
ww | house was tidy and tea was on, [P:craig] has kept the routine going with the chart on the fridge and bedtime at {time:half 7}
ww | [P:leo] goes to [O:fellside colts] under 10s on a saturday morning and the coach [P:tez] says he is a different lad, no red cards since {date:october}
ww | [P:craig] goes to [O:brew and build] the dads group at the church hall on a thursday and he said talking to the other dads has stopped him going to the pub after work
o | i did the {tool:three houses} with both kids at the kitchen table
cv,wf,w | in his {tool:house of worries} [P:leo] drew the teachers shouting and his {kin:mam} not ringing on his birthday
cv,wf,ww | in his good things house he put football, {pet:pickle} the cat and {kin:dad} making pancakes on a sunday
cv,wf,o | in his dream house he wants his {kin:mam} to come and watch him play and to get into the juniors at the big club
cv,wf,ww | [P:millie-mae] drew her and {kin:daddy} and {pet:pickle} holding hands and said {kin:daddy} is the best at plaits now, [P:craig] calls her [P:mimsy] and she made me call her that too
w | [P:jolene] has not been in touch since {date:august} and [P:craig] thinks she is in newcastle with a new fella, [P:leo] still asks about her at bedtime
o | [P:craig] scaled things at {scale:8 out of 10} and i would say {scale:7}, the worries at the start were [P:leo]s behaviour at school and [P:craig] not coping after [P:jolene] left
ww | school [S:hylton ridge primary] say [P:leo] has been on green every day this half term and the {term:senco} has him on the list for the adhd assessment
ns | we agreed to step down to universal services, school will keep an eye through the {term:senco} and [P:craig] knows he can ring back in, his number for the closing letter is [PH:07700 900 938]
o | closing form needs [P:leo]s dob which is [DOB:19th may 2017] and [P:millie-mae]s is [DOB:30th jan 2020]
"""),
]

V_NOTES = [
    dict(
        id="V01",
        context={"child": {"name": "Kiera Maddison", "dob": "2013-07-22"},
                 "people": [{"name": "Sharon Maddison", "role": "mother"},
                            {"name": "Gareth Milburn", "role": "social worker"},
                            {"name": "Tiffany Osei", "role": "key worker, Hollins House"},
                            {"name": "Lorraine Cuthbertson", "role": "virtual school head"},
                            {"name": "Anjali Venkat", "role": "CAMHS clinical psychologist"}],
                 "address": "Hollins House, 9 Whinfell Close, Consett DH8 7QP",
                 "school": "Knitsley Vale Academy", "worker": V_WORKER},
        meta={"service": "Children in Care (residential, looked-after review)", "child_age_years": 13,
              "features": ["review_minutes", "formal", "initials", "professionals_named", "placement_named",
                           "contact_centre", "health_appointments", "quoted_child_voice", "dob_in_text"]},
        body="""
o | {term:Looked After Review} for [P:Kiera Maddison], {date:18 November 2026}, at [O:Hollins House]; chair [P:Catriona Lumsden], {term:IRO}.
o | Present: [P:Gareth Milburn], social worker ([P:GM]); [P:Tiffany Osei], key worker ([P:TO]); [P:Lorraine Cuthbertson], {role:virtual school head} ([P:LC]); Dr [P:Anjali Venkat], {natl:CAMHS} psychologist ([P:AV]); Ms [P:Sharon Maddison], {kin:mother}, for the second part.
cv,wf,o | [P:Kiera] met the {term:IRO} alone beforehand in the garden room and chose to attend for {dur:the first twenty minutes} only.
o | Placement: [P:Kiera] has lived at the "[O:Hollins]", as she calls it, since {date:March 2026}.
ww | [P:TO] reported that [P:Kiera] has settled, is close to the night staff and has not been missing since {date:July}.
w | There were two incidents of damage in {date:October}, both after phone calls with her {kin:mother}, and a lighter was found in her room.
cv,wf,w | [P:Kiera] told the {term:IRO} that phone calls with her {kin:mum} "always end up in a row about {kin:dad}" and that she would rather see her face to face.
cv,wf,ww | She said she likes [P:TO] "because she doesn't talk to me like I'm a case" and asked that [P:TO] stays her key worker.
w | Family time: fortnightly and supervised at [O:Greenside Family Time Centre]; Ms [P:Maddison] cancelled two of the last five sessions at short notice.
w | Education: [P:LC] reported attendance at [S:Knitsley Vale Academy] of 82%, two suspensions this term and attainment below expected in English and maths.
ww | The {term:PEP} on {date:4 November} agreed tutoring funded through {term:Pupil Premium Plus}, and [P:Kiera] has started bronze Duke of Edinburgh with [S:Knitsley Vale].
w | Health: the {term:review health assessment} is overdue, as [P:Kiera] missed the appointment at [O:Leadgate Lane Surgery] on {date:22 October}; the dentist is outstanding.
ww | Dr [P:Venkat] reported that [P:Kiera] has attended six of eight trauma-focused sessions and is beginning to name feelings before they escalate.
cv,wf,o | [P:Kiera] said the sessions are "boring but they help a bit" and wants them to stay at school rather than the clinic.
ns | Recommendations: [P:GM] to ask the centre for Saturday sessions, as Ms [P:Maddison]'s shifts have changed; [P:TO] to book the {term:review health assessment} and dentist within {dur:four weeks}; [P:LC] to review tutoring at the next {term:PEP}; long-term residential care to continue.
o | Date of birth recorded as [DOB:22/07/2013]; next review due by {date:18 May 2027}.
"""),
    dict(
        id="V02",
        context={"child": {"name": "Ellis Lowrie", "dob": "2017-02-10"},
                 "people": [{"name": "Lisa Lowrie", "role": "mother"},
                            {"name": "Amelia Lowrie", "role": "sister (separate placement)"},
                            {"name": "Frank Hedley", "role": "foster carer"},
                            {"name": "Denise Hedley", "role": "foster carer"},
                            {"name": "Priya Bansal", "role": "supervising social worker, Northern Lantern Fostering"},
                            {"name": "Owen Trewhitt", "role": "social worker"},
                            {"name": "Hamid Qureshi", "role": "virtual school head"}],
                 "address": "Greystones, 4 Low Burnhall Lane, Durham DH1 3TB",
                 "school": "Brancepeth Moor Primary School", "worker": V_WORKER},
        meta={"service": "Children in Care (independent fostering agency, looked-after review)", "child_age_years": 9,
              "features": ["review_minutes", "formal", "initials", "professionals_named", "placement_named",
                           "contact_centre", "health_appointments", "relayed_voice", "word_name", "nickname",
                           "nhs_number", "dob_in_text", "postcode"]},
        body="""
o | Review for [P:Ellis Lowrie] ({age:9}), chaired by the {term:IRO}, [P:Catriona Lumsden], on {date:20 November 2026} at the foster home, [A:Greystones, 4 Low Burnhall Lane], Durham [PC:DH1 3TB].
o | Attending: foster carers [P:Frank] and [P:Denise Hedley] ([P:FH] and [P:DH]); [P:Priya Bansal], supervising social worker, [O:Northern Lantern Fostering] ([P:PB]); [P:Owen Trewhitt], social worker ([P:OT]); and [P:Ellis] for the first part.
cv,wf,ww | [P:Ellis] had made a "my review" booklet with [P:DH] and read out that he likes "[P:Frank]'s bacon sandwiches and the tractor at the farm park".
cv,wf,o | He told the {term:IRO} he wants to stay with "[P:Frankie] and [P:Dee]" until he is "a grown-up" and asked whether he can have a dog.
ww | [P:FH] and [P:DH] reported that [P:Elbo], as they call him, sleeps through most nights and wets the bed far less.
w | [P:FH] was {word:frank} that the days after each family time are hard: [P:Ellis] lashes out at [P:DH], refuses school and has twice hidden food in his room.
w | Family time with his {kin:mother}, Ms [P:Lisa Lowrie], is monthly at [O:Bowburn Family Contact Centre]; the supervisor records her arriving late and talking about court in front of him.
cv,wf,w | [P:Ellis] told [P:DH] afterwards that "{kin:mam} says I'm coming home for Christmas" and asked the {term:IRO} today whether that was true.
ww | Time with his sister [P:Amelia] ({age:12}), placed in Spennymoor, is now every {dur:three weeks} at {place:the trampoline park}, which both enjoy.
w | Education: [P:Ellis] is in Year 5 at [S:Brancepeth Moor Primary]; the {term:PEP} records reading at Year 3 level and a request for an {term:EHC needs assessment} has been made.
ww | The {role:virtual school head}, Mr [P:Hamid Qureshi] ([P:HQ]), sent a report confirming funding for a reading intervention.
o | Health: the {term:review health assessment} was completed on {date:2 October}; immunisations are up to date; [P:Ellis] is registered at [O:Mountjoy Fields Surgery], NHS No. [NHS:999 604 2187], date of birth [DOB:10 February 2017].
ns | Plan: long-term fostering with [P:FH] and [P:DH] remains the plan, and [P:OT] will take the match to the permanence panel in {date:January 2027}.
ns | [P:OT] to speak with Ms [P:Lowrie] about what is said at family time, and to explain the court's decision to [P:Ellis] with [P:DH] present, using his {tool:life story book}.
"""),
    dict(
        id="V03",
        context={"child": {"name": "Sayed Zia Hotak", "dob": "2010-01-01"},
                 "people": [{"name": "Farid Noorzai", "role": "Pashto interpreter"},
                            {"name": "Naomi Fairless", "role": "social worker"},
                            {"name": "Callum Reay", "role": "key worker, Scotswood Brae Lodgings"},
                            {"name": "Ruth Kamara", "role": "immigration solicitor"}],
                 "address": "Scotswood Brae Lodgings, 30 Denhill Park, Newcastle NE15 6QL",
                 "school": "Tyneside Riverside College", "worker": V_WORKER},
        meta={"service": "Children in Care (unaccompanied asylum-seeking child, looked-after review)",
              "child_age_years": 16,
              "features": ["review_minutes", "formal", "initials", "professionals_named", "placement_named",
                           "interpreter", "health_appointments", "quoted_child_voice", "dob_in_text",
                           "phone_in_text"]},
        body="""
o | {term:Looked After Review} for [P:Sayed Zia Hotak], an {term:unaccompanied asylum-seeking child}, held on {date:24 November 2026} at [O:Scotswood Brae Lodgings] and chaired by [P:Catriona Lumsden], {term:IRO}.
o | A Pashto interpreter, Mr [P:Farid Noorzai], attended; [P:Sayed] confirmed that he understood him.
o | Also present: [P:Naomi Fairless], {role:SW} ([P:NF]); [P:Callum Reay], key worker ([P:CR]); and by telephone for the asylum item, his solicitor, Ms [P:Ruth Kamara].
cv,wf,ww | [P:Sayed] said through the interpreter that he feels safe at the lodgings, that [P:CR] "is like an older brother" and that he cooks for the other boys on Fridays.
w | [P:CR] reported that [P:Sayed] sleeps badly, wakes shouting most nights and has lost weight since his {natl:Home Office} interview was postponed.
cv,wf,w | [P:Sayed] said he thinks every day about his {kin:mother} and two sisters and does not know whether they are alive; he became tearful and the review paused for {dur:ten minutes}.
w | The asylum claim remains outstanding; Ms [P:Kamara] said the substantive interview is now listed for {date:January} and that she will prepare him for it.
ww | Education: [P:Sayed] attends ESOL Entry 3 at [S:Tyneside Riverside College] four days a week; his tutor calls him "first in, last out".
ww | He plays for [O:Elswick Eagles] under-18s on Sundays and goes to Friday prayers at {place:the mosque} with two other residents.
cv,wf,o | He told the {term:IRO} he wants to be an electrician and to "have a normal life, go to college, have a job, pay tax".
w | Health: the {term:initial health assessment} found latent TB, and he has missed two follow-up appointments at {place:the RVI} chest clinic because he did not want to miss college.
cv,wf,o | He asked for the appointments to be after {time:3pm} and said he would go if [P:CR] came with him.
ns | Recommendations: [P:NF] to refer [P:Sayed] to {natl:the Refugee Council}'s therapeutic service and to {natl:the Red Cross} family tracing service; [P:CR] to rebook and attend the chest clinic with him.
ns | [P:NF] to complete the {term:pathway plan} by {date:15 January 2027}; [P:Sayed]'s new mobile number, [PH:07700 900127], to be added to the record.
o | Date of birth recorded as [DOB:1 January 2010], following the local authority's age assessment.
"""),
    dict(
        id="V04",
        context={"child": {"name": "Oakley Barrass", "dob": "2025-05-29"},
                 "people": [{"name": "Chelsea Barrass", "role": "mother"},
                            {"name": "Dean Armstrong", "role": "father"},
                            {"name": "Jean Elstob", "role": "foster carer"},
                            {"name": "Malcolm Elstob", "role": "foster carer"},
                            {"name": "Aisha Mensah", "role": "social worker"},
                            {"name": "Tobias Rennison", "role": "children's guardian"},
                            {"name": "Lynne Parkin", "role": "health visitor"},
                            {"name": "Margaret Barrass", "role": "maternal grandmother"}],
                 "address": "17 Etherley Moor Road, Bishop Auckland DL14 0HW",
                 "school": "", "worker": V_WORKER},
        meta={"service": "Children in Care (baby, care proceedings, looked-after review)", "child_age_years": 1,
              "features": ["review_minutes", "formal", "initials", "professionals_named", "toddler",
                           "contact_centre", "health_appointments", "nhs_number", "dob_in_text", "postcode",
                           "phone_in_text"]},
        body="""
o | Second {term:Looked After Review} for [P:Oakley Barrass], date of birth [DOB:29.05.2025], held on {date:26 November 2026} at the foster carers' home, [A:17 Etherley Moor Road], Bishop Auckland [PC:DL14 0HW].
o | Present: [P:Catriona Lumsden], {term:IRO} (chair); [P:Aisha Mensah], social worker ([P:AM]); foster carers Mrs [P:Jean Elstob] ([P:JE]) and Mr [P:Malcolm Elstob]; {kin:mother} Ms [P:Chelsea Barrass] ([P:CB]); {kin:father} Mr [P:Dean Armstrong] ([P:DA]) joined by phone.
o | [P:Oakley] was present for the start, on [P:JE]'s knee.
o | Legal: [P:Oakley] is subject to an {term:interim care order}; the final hearing is listed for {date:March 2027}, and the {term:children's guardian}, Mr [P:Tobias Rennison] ({natl:Cafcass}), sent apologies.
ww | Placement: [P:JE] reported that [P:Oakley] is walking, has six or seven words and sleeps from {time:7pm} to {time:6am}.
wf,ww | When he is tired or hurt he reaches for [P:JE] and settles quickly in her arms.
ww | Family time: [P:CB] attends family time three times a week at [O:Woodhouses Family Time Centre] and has missed only one session since the last review.
ww | The supervisor describes warm, attuned play, and [P:CB] now brings snacks and changes him unprompted.
wf,w | [P:JE] reported that [P:Oakley] is unsettled for a day or two after family time, with broken sleep and clinging.
w | [P:DA] has attended two of twelve sessions and failed a hair strand test in {date:October}; he said he is "sorting himself out" and wants family time on his own.
w | [P:CB] remains with [P:DA]; the parenting assessment is negative about her ability to protect [P:Oakley] while the relationship continues.
ww | A connected person assessment of {kin:maternal grandmother} Mrs [P:Margaret Barrass] is under way and is due to report in {date:January}.
o | Health: the health visitor, [P:Lynne Parkin], completed his {age:one-year} review; development is within normal range, with a referral to audiology at {place:Bishop Auckland Hospital} for glue ear.
o | [P:Oakley] is registered at [O:Cockton Hill Lane Surgery], NHS No. [NHS:999 318 5064].
ns | Recommendations: [P:AM] to review the frequency of family time with [P:DA] and to share the parenting assessment with both parents; [P:JE] to attend the audiology appointment on {date:9 December}.
ns | [P:AM] to confirm [P:DA]'s current contact number, given today as [PH:07700 900 416]; next review by {date:26 May 2027}.
"""),
    dict(
        id="V05",
        context={"child": {"name": "Isla Haswell", "dob": "2014-09-08"},
                 "people": [{"name": "Claire Haswell", "role": "mother"},
                            {"name": "Beth Cowell", "role": "social worker"},
                            {"name": "Ruth Fenwick", "role": "registered manager, Rowan Brae"},
                            {"name": "Jordan Eke", "role": "key worker, Rowan Brae"},
                            {"name": "Marcus Adeyemi", "role": "CAMHS learning disability nurse"},
                            {"name": "Nicola Sturrock", "role": "class teacher"}],
                 "address": "Rowan Brae, 2 Hawthorn Rise, Leeds LS16 7PF",
                 "school": "Aireside Park School", "worker": V_WORKER},
        meta={"service": "Children in Care (out-of-area residential, disability, looked-after review)",
              "child_age_years": 12,
              "features": ["review_minutes", "formal", "initials", "professionals_named", "placement_named",
                           "non_verbal", "relayed_voice", "health_appointments", "phone_in_text"]},
        body="""
o | {term:Looked After Review} for [P:Isla Haswell] ({age:12}), held on {date:25 November 2026} at [O:Rowan Brae], Leeds, chaired by [P:Catriona Lumsden], {term:IRO}.
o | Present: [P:Beth Cowell], social worker ([P:BC]); [P:Ruth Fenwick], registered manager ([P:RF]); [P:Jordan Eke], key worker ([P:JE]); [P:Marcus Adeyemi], {natl:CAMHS} learning disability nurse ([P:MA]); [P:Isla]'s {kin:mother}, Ms [P:Claire Haswell], by video from Durham.
o | [P:Isla] is autistic and does not use speech; she communicates with PECS and a symbol talker on her tablet.
o | The {term:IRO} saw [P:Isla] beforehand in the sensory room with [P:JE], using symbol cards prepared with her class teacher, Mrs [P:Nicola Sturrock].
cv,wf,o | Asked about home, [P:Isla] pressed "swing", "bath" and "[P:Jordan]" on her talker, and pushed away the card for the minibus.
cv,wf,w | [P:JE] explained that the minibus to school has been a flashpoint since the escort changed, and that [P:Isla] now hands staff the "stop" card at the door.
cv,wf,ww | When the {term:IRO} showed a photograph of her {kin:mother}, [P:Isla] smiled, touched it and pressed "{kin:mummy}" twice.
ww | [P:RF] reported a fall in restraint, from eleven holds last period to two, since staff started a visual timetable.
w | [P:RF] also reported that [P:Isla] has been biting her wrist at bedtime, and [P:MA] has begun a functional assessment of this behaviour.
wf,w | [P:MA]'s view is that the biting is linked to pain or to the change in routine rather than to anything in the home.
w | Ms [P:Haswell] said she struggles with the journey to Leeds and has visited twice since {date:July}; she asked for more video calls.
ww | Education: [P:Isla] attends [S:Aireside Park School] full time and her teacher reports that she now uses eight symbols on her own, up from three.
w | Health: a dental appointment under sedation at {place:Leeds Dental Institute} is outstanding, and she has not yet been seen by a Leeds {role:paediatrician} since the move.
ns | Recommendations: [P:BC] to arrange a paediatric review and the dental appointment through the home's GP practice, [O:Tinshill Road Medical Centre]; [P:RF] to speak with the transport team about the escort.
ns | [P:BC] to fund travel for Ms [P:Haswell] to visit monthly, with video calls on Sundays at {time:5pm} through the home's number, [PH:0113 496 0281].
"""),
    dict(
        id="V06",
        context={"child": {"name": "Tayla Charlton", "dob": "2009-10-14"},
                 "people": [{"name": "Gail Armitage", "role": "foster carer"},
                            {"name": "Keith Armitage", "role": "foster carer"},
                            {"name": "Sunil Chaudhry", "role": "advocate"},
                            {"name": "Kerry Nixon", "role": "personal adviser"},
                            {"name": "Joanne Bell", "role": "social worker"},
                            {"name": "Kyle Brannigan", "role": "boyfriend"}],
                 "address": "41 Milburn Crescent, Ashington NE63 8RW",
                 "school": "Wansbeck Valley College", "worker": V_WORKER},
        meta={"service": "Children in Care (17-year-old, staying put, pathway plan, looked-after review)",
              "child_age_years": 17,
              "features": ["review_minutes", "formal", "initials", "professionals_named", "relayed_voice",
                           "subtle_worry", "declined", "ni_number", "email", "phone_in_text", "dob_in_text"]},
        body="""
o | {term:Looked After Review} and {term:pathway plan} review for [P:Tayla Charlton], held on {date:27 November 2026} at the foster home, [A:41 Milburn Crescent], Ashington, chaired by [P:Catriona Lumsden], {term:IRO}.
o | Present: foster carers Mrs [P:Gail Armitage] ([P:GA]) and Mr [P:Keith Armitage] ([P:KA]); [P:Joanne Bell], social worker ([P:JB]); [P:Kerry Nixon], personal adviser ([P:KN]); and [P:Sunil Chaudhry], advocate, {natl:NYAS} ([P:SC]).
cv,wf,o | [P:Tayla] chose not to attend; she went to work and asked [P:SC] and [P:GA] to put her views.
cv,wf,ww | [P:SC] read from a statement written with [P:Tayla]: she wants to stay with [P:GA] and [P:KA] after she is {age:18} and says they are "the first people who never gave up on me".
cv,wf,o | She wants to finish her childcare course at [S:Wansbeck Valley College] and does not want her {kin:dad} to be told where she works.
ww | [P:GA] said [P:Tayla] is doing well on the course and works three evenings at {place:the Co-op}, saving for driving lessons.
w | [P:GA] added that [P:Tayla] has a new boyfriend, [P:Kyle], whom she has not met, said by [P:Tayla] to be {age:23}, and that she has twice come home after {time:2am} in a car she did not recognise.
cv,w | [P:Tayla] had told [P:GA] that [P:Kyle] "pays for everything" and that she does not need her own money at the minute.
w | [P:KN] noted that [P:Tayla] asked last month for her savings account details and for help to move out "with a friend", which is not like her.
w | [P:JB] had not been told about [P:Kyle]; [P:Tayla]'s phone has been off when [P:JB] has tried to ring.
ww | [P:GA] and [P:KA] are willing to offer {term:Staying Put} and the fostering service has agreed it in principle.
ns | Recommendations: [P:JB] to see [P:Tayla] alone within {dur:two weeks} to talk about [P:Kyle], and to complete a {term:CSE} screening tool; [P:KN] to help her open an account in her own name.
ns | [P:KN] to help her apply for her provisional licence using her NI number, [NI:QQ 61 48 27 A], and date of birth, [DOB:14 October 2009].
ns | Minutes to go to [P:Tayla] by email at [E:tayla.charlton09@example.com], with a copy for her to keep at home; [P:SC] to go through them with her.
o | Her new mobile number is [PH:07700 900 859].
"""),
]

NOTES = U_NOTES + V_NOTES
