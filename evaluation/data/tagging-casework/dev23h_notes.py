"""dev23h's 12 marked-up notes (see make_dev23h.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx), NHS numbers in the 999 range, NI numbers with the never-issued QQ prefix, names,
addresses, postcodes, schools, surgeries, clubs, homes and emails (example.com domains or invented) made up.
Authors: L (a tired dictation as a speech recogniser outputs it: all lower case, little punctuation, run-ons,
fillers, self-corrections, numbers in digits and words, names that are also ordinary words used both ways),
M (terse bullet-style notes with labels and abbreviations, initials for people, surnames alone, names after
"c/o", "w/", "re:" and "cc:")."""

L_WORKER = "Steph Garside"
M_WORKER = "Ravinder Sandhu"

NOTES_L = [
    dict(
        id="L01",
        context={"child": {"name": "Kacie Dunn", "dob": "2014-05-09"},
                 "people": [{"name": "Donna Dunn", "role": "mother"},
                            {"name": "Pat Dunn", "role": "maternal grandmother"},
                            {"name": "Will Dunn", "role": "maternal uncle"},
                            {"name": "Jordan Speirs", "role": "mother's former partner"},
                            {"name": "Hope Carr", "role": "friend"}],
                 "address": "14 Hylton Road, Sunderland SR4 7ZX",
                 "school": "Castle View Academy", "worker": L_WORKER},
        meta={"service": "Child in Need (parental mental health)", "child_age_years": 11,
              "features": ["no_punctuation", "lower_case", "word_name", "self_correction", "spoken_numbers",
                           "dob_in_text", "postcode", "phone_in_text", "nickname"]},
        body="""
o | right this is erm [P:steph garside] from the {term:cin} team sorry the {term:child in need} team visit {date:thursday the ninth} {time:about four o'clock} to [P:kacie] and her {kin:mam} [P:donna] at [A:14 hylton road] [PC:sr4 7zx]
o | [P:kacie]'s date of birth for the record is [DOB:the ninth of may two thousand and fourteen] so she's {age:eleven} now
o | {kin:nana} [P:pat] was there as well and {kin:uncle} [P:will] popped in with a bag of shopping then went again
w | mam said things have been like really hard since [P:jordan] left she's not sleeping and she was crying when i got there erm she's not been out the house for {dur:two weeks} apart from the school run
w | no food in the kitchen apart from bread and a bit of cheese and mam said the money ran out monday she gets paid {date:friday}
ww | but the house was warm and clean and [P:kacie]'s been having her tea at nana's every night which is what we agreed at the {term:taf}
cv,wf,ww | saw [P:kacie] in her room on her own she showed me her gloves from [O:boldon boxing] she goes {date:tuesdays} and {date:thursdays} and she said it's the best bit of her week cos coach [P:gazza] lets her do the pads
cv,wf,w | she said she worries about mam when she's at school like she thinks mam {word:will} just stay in bed all day so she texts her at dinner to check she's up
cv,wf,ww | her best mate is [P:hope] they were at [S:hylton dene primary] together no sorry they're both at [S:castle view] now year seven and [P:kacie] said there's still {word:hope} cos mam's started the tablets
w | mam said she's had a couple of drinks of a night to get to sleep like two or three cans i asked about [P:kacie] being in and she said [P:kacie]'s always in bed by then
ns | mam's agreed to ring the gp at [O:hylton medical centre] {date:tomorrow} about her mood and nana said she'll take [P:kacie] to boxing {date:tuesday}
ns | i'll do a food bank voucher today and ring school about a check in for [P:kacie] in the mornings and mam's mobile is [PH:07700 900 218]
ns | i'll ask [P:pat] if she can come to the next {term:taf} on {date:the twenty second} and next visit is {date:thursday the sixteenth}
"""),
    dict(
        id="L02",
        context={"child": {"name": "Rowan Okafor-Bell", "dob": "2019-03-12"},
                 "people": [{"name": "Dawn Bell", "role": "mother"},
                            {"name": "Chidi Okafor", "role": "father"},
                            {"name": "Ngozi Okafor", "role": "paternal grandmother"}],
                 "address": "Flat 2, 17 Dene Crescent, Ryhope, Sunderland SR2 0ZQ",
                 "school": "Ryhope Village Infants", "worker": L_WORKER},
        meta={"service": "Early Help (parental mental health)", "child_age_years": 6,
              "features": ["no_punctuation", "lower_case", "word_name", "self_correction", "spoken_numbers",
                           "spoken_phone", "dob_in_text", "pet"]},
        body="""
o | home visit {date:monday} to [P:rowan] he's {age:six} and his mam [P:dawn bell] at [A:flat two seventeen dene crescent] ryhope [PC:sr2 0zq] erm it was {time:twenty past nine} in the morning
o | [P:rowan]'s dob is [DOB:twelve three nineteen] just for the file
o | his dad [P:chidi okafor] wasn't there he's working away in aberdeen till {date:the end of the month}
w | mam said [P:rowan] was up before {word:dawn} again like half four he's been up most nights since they moved and she's shattered
w | she said she shouted at him {date:sunday} and threw a cup at the wall not at him she said but he saw it and he cried
cv,wf,w | [P:rowan] told me mammy was cross and the cup went smash and he hid behind the settee with the dog {pet:pickle} cos he was scared
ww | the flat was tidy there was fruit in and [P:rowan] had his uniform on ready for [S:ryhope infants] erm sorry it's called [S:ryhope village infants] now
o | we sat out the back there's a {word:rowan} tree by the bins and he told me it's his tree cos it's got his name
cv,wf,ww | he said he likes it when mam reads him the dinosaur book at bedtime and when {kin:grandma} [P:ngozi] comes on the video call from london
w | mam said her anxiety is like through the roof and she's stopped taking the sertraline cos it made her feel sick and she didn't tell the gp
ww | she did ring {natl:one one one} herself on {date:saturday} night when she felt bad which is a good thing and she said she'd never hurt him
ns | i've booked mam in with the gp at [O:ryhope health centre] for {date:wednesday} at {time:ten to eleven} and she said she'd go
ns | mam's number is [PH:oh seven seven oh oh nine oh oh three four one] and i'll text her the parenting group details
ns | i'll ring [P:chidi] about coming home sooner and next visit {date:next monday} same time
"""),
    dict(
        id="L03",
        context={"child": {"name": "Joy Ridley", "dob": "2011-11-02"},
                 "people": [{"name": "Mark Ridley", "role": "father"},
                            {"name": "Leanne Cowans", "role": "father's partner"},
                            {"name": "Kirsty Ridley", "role": "mother"},
                            {"name": "Julie Pattison", "role": "designated safeguarding lead"}],
                 "address": "6 Coquet View, Amble NE65 0ZR",
                 "school": "Coquet Dale Academy", "worker": L_WORKER},
        meta={"service": "Child in Need (self-harm)", "child_age_years": 14,
              "features": ["no_punctuation", "lower_case", "word_name", "self_harm", "spoken_email",
                           "dob_in_text", "postcode", "phone_in_text", "safety_plan"]},
        body="""
o | visit to [P:joy] at dad's {date:wednesday} after school {time:about half three} that's [A:6 coquet view] amble [PC:ne65 0zr] and dad [P:mark ridley] and his partner [P:leanne] were in
o | [P:joy]'s {age:fourteen} dob [DOB:2 11 2011] and she's at [S:coquet dale academy] erm [S:coquet dale] they all call it
w | school rang on {date:monday} cos a teacher saw a {word:mark} on her arm in pe like a long scratch and [P:joy] said it was the cat
cv,wf,w | on her own [P:joy] said it wasn't the cat she did it with a sharpener blade {dur:a couple of weeks} ago when she was upset about her {kin:mam}
cv,wf,w | she said she hardly sees her mam [P:kirsty] now since she moved to blyth with her new fella and it's like she doesn't even care
ww | she said she hasn't done it since and she showed me her arm it was healing no new ones
ww | dad was calm when i told him he said he'd had no idea but he wasn't angry with her he gave her a hug
cv,wf,ww | [P:joy] said talking to [P:leanne] helps more than talking to dad cos [P:leanne] just listens and doesn't go on
w | dad said he rang {natl:camhs} last year about her anxiety and got no {word:joy} there's a waiting list of like a year
cv,wf,ns | she wants to go to the [O:amble youth hub] on {date:fridays} with her mate [P:tia] and she'd rather see a counsellor in school than go to {natl:camhs}
ns | i gave dad and [P:joy] the kooth info and the {emerg:999} and samaritans numbers and we did a safety plan together at the kitchen table
ns | referral to the school counsellor through the {role:dsl} mrs [P:pattison] i'll email her at [E:j pattison at coquetdale dot sch dot uk]
ns | dad's mobile is [PH:07700 900 552] i'll ring him {date:friday} and see [P:joy] again {date:next week}
"""),
    dict(
        id="L04",
        context={"child": {"name": "William Tait", "dob": "2024-04-14"},
                 "people": [{"name": "Shannon Tait", "role": "mother"},
                            {"name": "Frank Tait", "role": "maternal grandfather"},
                            {"name": "Carol Nesbitt", "role": "health visitor"}],
                 "address": "33 The Crescent, Seaton Delaval NE25 0ZY",
                 "school": "Little Acorns Nursery", "worker": L_WORKER},
        meta={"service": "Child in Need (neglect)", "child_age_years": 1,
              "features": ["no_punctuation", "lower_case", "word_name", "pre_verbal", "neglect", "nhs_number",
                           "dob_in_text", "self_correction", "nickname", "pet"]},
        body="""
o | home visit sorry unannounced home visit {date:tuesday} {time:eleven o'clock} to baby [P:william] who everyone calls [P:bill] or [P:billy bear] he's {age:twenty two months}
o | mam [P:shannon tait] and {kin:grandad} [P:frank] were in at [A:3 the crescent] no [A:33 the crescent] seaton delaval [PC:ne25 0zy]
o | [P:bill]'s nhs number is [NHS:999 738 2041] and dob [DOB:the 14th of april 24]
w | mam said the electric's been off {dur:two days} cos she couldn't top up and the gas {word:bill} came in at like three hundred quid
w | the flat was cold and [P:bill] was just in a vest and nappy and the nappy was heavy and there was dog mess on the kitchen floor from the staffy {pet:tyson}
w | to be {word:frank} mam looked like she'd not slept she said she's been up with [P:bill]'s chest he's been coughing all week
ww | {kin:grandad} [P:frank] has been coming every day and he topped up the meter while i was there and went to get nappies from {place:the heron}
ww | [P:bill] was babbling away and pulling himself up on the settee and he went straight to mam for a cuddle when i came in
o | he goes to [S:little acorns] {date:monday} and {date:wednesday} mornings but mam said he's missed {dur:the last two weeks} with his chest
w | mam said she's been feeling low since christmas and some days she can't face getting dressed but she said she loves him to bits
ns | mam agreed i'd speak to the health visitor [P:carol] about his chest and she's taking him to the gp at [O:delaval surgery] {date:this afternoon}
ns | i'll apply for the household support fund today and mam's phone is [PH:0191 498 0673] if anyone needs it
ns | next visit {date:friday} unannounced and i'll ring nursery about his attendance
"""),
    dict(
        id="L05",
        context={"child": {"name": "Rose Mensah", "dob": "2008-07-01"},
                 "people": [{"name": "Debbie Ord", "role": "key worker"},
                            {"name": "Kai Lamb", "role": "boyfriend"},
                            {"name": "Grace Mensah", "role": "grandmother"},
                            {"name": "Imran Siddiqui", "role": "personal adviser"}],
                 "address": "Harbour House, 42 Ocean Road, South Shields NE33 2ZH",
                 "school": "Shields Riverside College", "worker": L_WORKER},
        meta={"service": "Leaving Care (supported accommodation)", "child_age_years": 17,
              "features": ["no_punctuation", "lower_case", "word_name", "care_leaver", "ni_number", "spoken_email",
                           "dob_in_text", "exploitation", "money"]},
        body="""
o | erm pathway visit {date:friday the third} to [P:rose mensah] {age:seventeen} at [O:harbour house] the supported flats at [A:42 ocean road] south shields [PC:ne33 2zh]
o | her keyworker [P:deb] was there for the first bit then left us to it
o | [P:rose] gave me her ni number for the college form it's [NI:qq 12 34 56 c] and her dob is [DOB:first of the seventh oh eight]
w | she said the rent {word:rose} in {date:april} and her universal credit doesn't cover the top up so she's {money:forty quid} short every month
w | she's been seeing a lad called [P:kai] who's {age:twenty four} and [P:deb] says he's in the flat most nights which isn't allowed
cv,wf,w | [P:rose] said he's sound and he buys her food and she doesn't want anyone checking up on her like she's a kid
cv,wf,ww | she said she's proud she's kept the flat {dur:six months} and she's doing her level two childcare at [S:shields riverside college] sorry [S:riverside] they call it
ww | the flat was tidy she had food in the fridge and she showed me her budget sheet on her phone
w | she said she's had some panic attacks again and stopped going to her {date:wednesday} class cos [P:kai]'s mate is in the same class
cv,wf,ns | she wants to move to a council flat near her {kin:nan} [P:grace] in jarrow and put her name down
ns | i'll ask her personal adviser [P:imran] to sort the rent top up and the {natl:dwp} appointment and we'll talk about [P:kai] properly next time
ns | her email is [E:rosiem zero eight at example dot com] and phone [PH:07700 900 809] for the housing form
ns | next visit {date:the seventeenth} at [O:harbour house] {time:after two}
"""),
    dict(
        id="L06",
        context={"child": {"name": "Tyler Hunter", "dob": "2016-02-23"},
                 "people": [{"name": "Jade Hunter", "role": "mother"},
                            {"name": "Lee Pringle", "role": "mother's partner"},
                            {"name": "Craig Hunter", "role": "father"},
                            {"name": "Mo Rashid", "role": "football coach"}],
                 "address": "27 Alnmouth Drive, Cramlington NE23 6ZU",
                 "school": "Hartford Bridge Primary", "worker": L_WORKER},
        meta={"service": "Child in Need (domestic abuse)", "child_age_years": 9,
              "features": ["no_punctuation", "lower_case", "word_name", "self_correction", "spoken_phone",
                           "dob_in_text", "phone_in_text", "domestic_abuse"]},
        body="""
o | right visit for [P:tyler hunter] {age:nine} {date:saturday} morning {time:ten thirty} at his mam's [A:27 alnmouth drive] cramlington [PC:ne23 6zu] with mam [P:jade] and her partner [P:lee]
o | dob for the record [DOB:twenty third of february twenty sixteen] and he goes to [S:eastfield] no [S:hartford bridge primary] sorry
w | mam said [P:tyler] has been kicking off at bedtime and he punched a hole in his bedroom door {date:last week}
w | [P:lee] said [P:tyler] needs a firm hand and he took the xbox off him for {dur:a month} and mam said [P:lee] shouted at him like really loud
cv,wf,w | [P:tyler] said he doesn't like it when [P:lee] shouts cos it makes his belly go funny and he goes under the duvet with his headphones on
cv,wf,ww | he said he loves football at [O:hartford harriers] on a {date:saturday} and his coach [P:mo] says he's the best defender in the team
cv,wf,o | he said when he's big he wants to be a dinosaur {word:hunter} like on the telly and he showed me his fossils
ww | mam said she'd already asked school for help and she's done the parenting course online and she's trying the reward chart
o | his dad [P:craig hunter] has him every other weekend in morpeth and [P:tyler] said dad's house is quiet
w | mam said [P:lee] had a caution for a fight in town in {date:march} but she said it's nothing to worry about and it was years since the last one
ns | i'll speak to [P:lee] on his own {date:next week} and share this with the {role:dsl} at school and mam will keep a bedtime diary
ns | mam's number [PH:07700 900 127] and dad's is [PH:oh one nine one four nine eight oh two nine four]
ns | next {term:cin} review is {date:the twelfth of june} at school
"""),
]

NOTES_M = [
    dict(
        id="M01",
        context={"child": {"name": "Kian Brennan", "dob": "2015-04-03"},
                 "people": [{"name": "Donna Brennan", "role": "mother"},
                            {"name": "Irene Brennan", "role": "maternal grandmother"},
                            {"name": "Aaliyah Okoro", "role": "designated safeguarding lead"},
                            {"name": "Farhan Amin", "role": "GP"},
                            {"name": "Rebecca Hussain", "role": "team manager"}],
                 "address": "5 Elm Court, Pelaw, Gateshead NE10 0ZA",
                 "school": "St Aidan's RC Primary", "worker": M_WORKER},
        meta={"service": "Child in Need (school refusal, bullying)", "child_age_years": 10,
              "features": ["terse_labels", "initials", "abbreviations", "dob_in_text", "phone_in_text",
                           "postcode", "cc_line", "nickname"]},
        body="""
o | Date: {date:14/05}. Time: {time:16:00}. Type: {term:CIN} home visit.
o | Present: M ({kin:mum}), [P:KB] (child), {role:SW}.
o | Child: [P:Kian Brennan], DOB [DOB:03/04/15], {age:10y}.
o | Addr: [A:5 Elm Ct], Pelaw [PC:NE10 0ZA].
o | Tel: [PH:07700 900 123] (M); [PH:0191 498 0456] ({kin:MGM}).
o | GP: Dr [P:Amin], [O:Marsden Rd Surgery].
o | Sch: [S:St Aidan's RC], Yr 5.
o | Club: [O:Tigers ABC] {date:Tues}.
w | Worries: M reports [P:KB] refusing sch 3x this wk, c/o stomach ache {time:a.m.} only.
w | Attendance 84% this term; late x4.
cv,wf,w | [P:KB] seen alone in bedroom: "don't like dinner time, [P:Tyler M] and [P:Deano] call me fat and nick my chips".
cv,wf,w | Says he has not told teacher, "it makes it worse".
cv,wf,ww | Likes boxing: "coach [P:Stevo] says I'm getting fast", wants to do a bout in summer.
ww | Home warm, food in, [P:KB] clean and dressed, good rapport w/ M.
w | M low mood, on waiting list for {natl:NHS Talking Therapies} since {date:Feb}, tearful during visit.
w | M says she has let [P:KB] stay home "to keep the peace".
ww | {kin:MGM} ([P:Brennan]) does sch run {date:Mon/Wed}, reliable.
o | Pet dog {pet:Rocky} in home, friendly, well cared for.
ns | Actions: {role:SW} to call sch {role:DSL} Mrs [P:Okoro] re: bullying by {date:Fri}.
ns | M to book GP appt re: mood w/ Dr [P:Amin] this wk.
ns | {role:SW} to ask [O:Tigers ABC] re: extra session {date:Sat}.
ns | Next visit {date:28/05}; {term:CIN} review {date:11/06} at sch.
ns | cc: [P:R. Hussain] (TM).
"""),
    dict(
        id="M02",
        context={"child": {"name": "Amara Lewis-Ndlovu", "dob": "2011-09-17"},
                 "people": [{"name": "Thandi Ndlovu", "role": "aunt, kinship carer"},
                            {"name": "Tendai Lewis-Ndlovu", "role": "brother"},
                            {"name": "Kerry Lewis", "role": "mother"},
                            {"name": "Gill Varley", "role": "form tutor"},
                            {"name": "Parminder Sandhu", "role": "IRO"},
                            {"name": "Neil Hall", "role": "team manager"}],
                 "address": "12 Birchwood Avenue, Hebburn NE31 2ZB",
                 "school": "Hebburn Lakes Academy", "worker": M_WORKER},
        meta={"service": "Looked After (kinship placement)", "child_age_years": 13,
              "features": ["terse_labels", "abbreviations", "c/o", "cc_line", "nhs_number", "dob_in_text",
                           "sibling_voice", "online_risk", "pet", "nickname"]},
        body="""
o | {term:LAC} visit. {date:Thurs 22/05}, {time:17:15-18:00}.
o | {term:YP}: [P:Amara Lewis-Ndlovu] ("[P:Mar]"), DOB [DOB:17.09.2011], {age:13}.
o | Placement: {kin:aunt}, c/o Mrs [P:T. Ndlovu], [A:12 Birchwood Ave], Hebburn [PC:NE31 2ZB].
o | Tel (carer): [PH:07700 900 674].
o | Sch: [S:Hebburn Lakes Acad.], Yr 9; form tutor [P:Gill].
o | Health: NHS [NHS:999 214 6680]; GP [O:Campbell Park Surgery]; dentist overdue.
o | Seen alone: yes, in bedroom w/ cat {pet:Mango}.
cv,wf,ww | {term:YP} says "I like it here, auntie's strict but fair", room personalised, photos of bro on wall.
cv,wf,w | Misses bro [P:Tendai] (at [O:Westfield House] resi), "I only see him once a month, it's not enough".
cv,wf,ns | Wants more contact w/ [P:Tendai]; asked for {date:Sat} contact at {place:the Metrocentre}.
w | {kin:Mum} ([P:Lewis]) missed last 2 contacts; {term:YP} said "not bothered" but went quiet.
w | Carer re: {term:YP} on phone late, messages from unknown older male "[P:Jayzo]" on Snapchat.
cv,w | {term:YP} showed {role:SW} messages; says "he's just a mate from town".
ww | Carer has set wifi off at {time:10pm}, {term:YP} agreed; carer open and child-focused.
ww | Sch report good progress, attendance 97%.
o | Carer asked re: respite over summer; to be discussed at review.
ns | {role:SW} to do online safety work w/ {term:YP} and refer to sch {role:DSL}.
ns | Dentist appt to be booked by carer.
ns | {term:IRO} [P:Sandhu] informed; {term:LAC} review {date:03/07}.
ns | Contact w/ bro: {role:SW} to ask [O:Westfield House] re: {date:Sat} pm.
ns | cc: [P:Hall] (TM), [P:Sandhu] ({term:IRO}).
"""),
    dict(
        id="M03",
        context={"child": {"name": "Lily-Grace Watson", "dob": "2025-01-02"},
                 "people": [{"name": "Chloe Watson", "role": "mother"},
                            {"name": "Ryan Deakin", "role": "mother's partner"},
                            {"name": "Sue Ferry", "role": "health visitor"},
                            {"name": "Asma Qureshi", "role": "team manager"}],
                 "address": "Flat 4, 9 Mill Lane, Gateshead NE8 4ZD",
                 "school": "", "worker": M_WORKER},
        meta={"service": "Child Protection (neglect, domestic abuse)", "child_age_years": 0,
              "features": ["terse_labels", "initials", "abbreviations", "pre_verbal", "nhs_number", "dob_in_text",
                           "email_in_text", "cc_line", "money", "domestic_abuse"]},
        body="""
o | {term:CP} visit (unannounced). {date:Mon 09/06}, {time:10:40}.
o | Present: M ([P:CW]), baby [P:LW], M's partner [P:Deakin] (arrived {time:11:05}), {role:SW}.
o | Baby: [P:Lily-Grace Watson], DOB [DOB:2 Jan 2025], NHS [NHS:999 563 0917].
o | Addr: [A:Flat 4, 9 Mill Lane], Gateshead [PC:NE8 4ZD].
o | {role:HV}: [P:Sue Ferry]; GP: [O:Bensham Grove MC].
w | Flat cold, heating off; M says "saving it for the baby's bath".
w | Bottle of formula made up on side, unclear when; M unsure of feed times.
w | [P:Deakin] smelled of cannabis; denies use; left room when asked about it.
ww | Baby clean, alert, good eye contact, feeding well; weight on 50th centile per {role:HV}.
ww | M responsive, picked [P:LW] up when she cried, talked to her gently, knew her routine for naps.
w | M: bruise R forearm, says "caught it on the door"; would not discuss w/ [P:Deakin] in room.
w | Hx: police callout {date:April}, verbal argument, no charges.
ww | Baby settled in M's arms, no distress seen during visit; cot clean and made up.
ns | {role:SW} to see M alone at {place:the children's centre} {date:Weds} re: bruise and safety.
ns | Hardship fund applied for; heating top-up {money:£49} paid today.
ns | {role:HV} joint visit {date:Thurs}; {term:core group} {date:19/06}.
ns | M to attend GP w/ baby re: nappy rash; {role:SW} to check.
ns | Tel M: [PH:07700 900 905]; email [E:c.watson95@example.com].
ns | cc: [P:Ferry] ({role:HV}), [P:Qureshi] (TM), {term:CP} chair.
"""),
    dict(
        id="M04",
        context={"child": {"name": "Reece Falconer", "dob": "2009-10-29"},
                 "people": [{"name": "Marcus Adebayo", "role": "key worker"},
                            {"name": "Joanne Ellison", "role": "home manager"},
                            {"name": "Kyle Robson", "role": "friend"},
                            {"name": "Tamsin Greaves", "role": "return home interview worker"},
                            {"name": "Zahid Bashir", "role": "IRO"}],
                 "address": "Oakfield House, 88 Whitley Road, Benton NE12 9ZR",
                 "school": "Longbenton Vale School", "worker": M_WORKER},
        meta={"service": "Looked After (residential)", "child_age_years": 15,
              "features": ["terse_labels", "abbreviations", "residential", "missing", "exploitation",
                           "dob_in_text", "cc_line", "nickname"]},
        body="""
o | Statutory visit ({term:LAC}). {date:Wed 04/06}, {time:15:30}.
o | {term:YP}: [P:Reece Falconer] ("[P:Falc]"), DOB [DOB:29/10/09], {age:15}.
o | Placement: [O:Oakfield House] (resi), [A:88 Whitley Rd], Benton [PC:NE12 9ZR].
o | Key worker: [P:Marcus]; Mgr: [P:J. Ellison].
o | Sch: [S:Longbenton Vale Sch], attending 3 days/wk on reduced timetable.
w | 2 missing episodes since last visit ({date:24/05}, {date:31/05}), returned by police {time:02:00} and {time:03:30}.
o | {term:RHI} done by [P:Tamsin] both times; {term:YP} would not say where.
cv,wf,w | {term:YP} to {role:SW}: "I go to [P:Kyle]'s in Wallsend, it's calm there, nobody's on my back".
w | Staff found £200 cash and 2 phones in room {date:01/06}; {term:YP} says "looking after them for a mate".
w | Older males seen waiting in car outside home x3.
ww | {term:YP} engaged w/ {role:SW} for {dur:40 mins}, made us both a brew.
cv,wf,ww | Says he likes [P:Marcus], "he doesn't go mental at me".
cv,wf,ns | Wants to go back to boxing at [O:Benton Boxing] {date:Thurs}; wants own phone contract.
cv,wf,w | Re: {kin:mum}: "she's not picking up again", upset, left room briefly.
ww | Sch report good effort in construction course.
o | Room tidy, new posters up; {term:YP} asked for a lock on his drawer.
ns | Strategy disc. re: {term:CCE} concerns to be requested today.
ns | {role:SW} to share car regs w/ police via [O:Oakfield House] mgr.
ns | {term:PLO} re: younger sibs ongoing; {term:YP} aware, will be updated.
ns | Boxing: {role:SW} to contact [O:Benton Boxing] re: {date:Thurs} session.
ns | {term:IRO} [P:Bashir] cc'd; {term:LAC} review {date:15/07}.
"""),
    dict(
        id="M05",
        context={"child": {"name": "Aisha Rahman", "dob": "2017-03-21"},
                 "people": [{"name": "Nasreen Rahman", "role": "mother"},
                            {"name": "Mark Teasdale", "role": "stepfather"},
                            {"name": "Sameer Rahman", "role": "brother"},
                            {"name": "Helen Collins", "role": "designated safeguarding lead"},
                            {"name": "Paul Hetherington", "role": "police officer"}],
                 "address": "31 Roker Avenue, Sunderland SR6 0ZN",
                 "school": "Roker Vale Primary", "worker": M_WORKER},
        meta={"service": "Section 47 (physical abuse)", "child_age_years": 8,
              "features": ["terse_labels", "initials", "abbreviations", "word_name", "s47", "dob_in_text",
                           "sibling_voice", "cc_line", "postcode"]},
        body="""
o | {term:s47} joint visit w/ {natl:Northumbria Police}, DC [P:Hetherington]. {date:12/06}, {time:14:00}.
o | Child: [P:Aisha Rahman] ([P:AR]), DOB [DOB:21st March 2017], {age:8}.
o | Sibs: [P:Sameer] ({age:5}).
o | Addr: [A:31 Roker Ave], Sunderland [PC:SR6 0ZN].
o | Household: M [P:Nasreen Rahman]; stepdad [P:Mark Teasdale].
o | Referral: sch {role:DSL} Mrs [P:Collins], [S:Roker Vale Primary], {time:09:50} today.
cv,wf,w | [P:AR] to {role:DSL}: "dad hit me with the slipper cos I spilt juice"; red {word:mark} L thigh approx 5cm.
cv,wf,w | Seen alone at sch by {role:SW} and DC: repeated account, said "he does it when mam's at work".
cv,wf,w | Said she is "scared to go home if he's there".
cv,w | [P:Sameer] said "daddy shouts at [P:Aisha]", no disclosure re: self.
w | [P:Teasdale] denies, says "she fell off the bunk bed".
ww | M shocked, believed [P:AR], agreed [P:Teasdale] to leave home tonight.
ww | M protective, has {kin:sister} nearby; sibs warm, fed, well cared for.
o | House clean and organised; both children's rooms seen, bunk beds intact.
w | Sch note prior bruise {date:Jan}, explained as PE fall, not referred at the time.
o | No interpreter needed; M prefers English.
ns | Child protection medical at {place:Sunderland Royal} {time:16:30} today, M to attend w/ [P:AR].
ns | Safety plan: [P:Teasdale] to stay w/ his bro at [A:7 Fulwell Rd] until strategy review; no unsupervised contact.
ns | M to call {emerg:999} if he returns.
ns | Strategy review {date:Fri}; consider {term:ICPC}.
ns | Tel M: [PH:0191 498 0382].
ns | cc: [P:Collins] ({role:DSL}), DC [P:Hetherington].
"""),
    dict(
        id="M06",
        context={"child": {"name": "Kofi Asante-Brown", "dob": "2006-12-09"},
                 "people": [{"name": "Hope Adeyemi", "role": "personal adviser"},
                            {"name": "Will Dodds", "role": "team manager"},
                            {"name": "Efua Asante", "role": "mother"},
                            {"name": "Danny Shotton", "role": "housing officer"},
                            {"name": "Beverley Pearson", "role": "former foster carer"}],
                 "address": "Flat 12, Cowpen Court, Blyth NE24 5ZT",
                 "school": "Northumberland Skills Centre", "worker": M_WORKER},
        meta={"service": "Leaving Care (pathway plan)", "child_age_years": 18,
              "features": ["terse_labels", "abbreviations", "word_name", "care_leaver", "ni_number", "email_in_text",
                           "dob_in_text", "cc_line", "money"]},
        body="""
o | Pathway plan review. {date:17/06}, {time:11:00}, {place:Blyth library}.
o | {term:YP}: [P:Kofi Asante-Brown] ("[P:KAB]"), DOB [DOB:09-Dec-2006], {age:18}.
o | NI: [NI:QQ 48 21 73 D]; Tel [PH:07700 900 388]; Email [E:kofi.ab06@example.co.uk].
o | Addr: [A:Flat 12, Cowpen Court], Blyth [PC:NE24 5ZT].
o | PA: [P:Hope Adeyemi]; Housing: [P:D. Shotton].
o | Edu: [S:N'land Skills Centre], Level 2 motor vehicle, {date:Mon-Wed}.
ww | Tenancy held {dur:8 months}; rent paid to date; flat clean per [P:Shotton].
w | Arrears on gas {money:£312}; {term:YP} "didn't open letters".
cv,wf,w | {term:YP}: "I get low in the winter, on my own too much".
cv,wf,ww | {term:YP}: "I {word:hope} to get the apprenticeship at the garage, that's all I want".
cv,wf,ns | Wants contact w/ {kin:mum} ([P:Asante]) in Leeds; asked {role:PA} to help.
w | Lost job at car wash {date:May}; UC claim made {date:03/06}.
ww | Attends {place:the gym} 4x/wk; mates from course supportive.
w | Cannabis use "weekends only", spends approx {money:£40}/wk.
ww | Keeps in touch w/ former foster carers [P:Pearsons], Sunday dinner most weeks.
cv,wf,ww | Says "they're like family, {kin:Auntie} [P:Bev] always texts me on a Friday".
w | Missed 2 GP appts re: low mood; not registered w/ dentist.
ns | {role:PA} [P:Adeyemi] to set up gas repayment plan, {term:YP} {word:will} bring letters next visit.
ns | {role:PA} to ask {natl:DWP} re: advance payment.
ns | Referral to young people's drug service, {term:YP} agreed.
ns | {role:PA} to contact [P:Asante] re: contact, w/ {term:YP} consent.
ns | Next review {date:Dec}; {role:PA} visit {date:01/07}.
ns | cc: [P:Will Dodds] (TM), [P:Shotton] (housing).
"""),
]

NOTES = NOTES_L + NOTES_M
