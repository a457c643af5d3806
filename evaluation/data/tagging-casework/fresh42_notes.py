"""fresh42's 12 marked-up notes (see make_fresh42.py). HELD OUT: written to measure, not to tune on.

Everything invented: phones in Ofcom's drama ranges (07700 900xxx, 0191 498 0xxx, 01632 960xxx), NHS numbers in
the 999 range with valid check digits, NI numbers with the QQ prefix, names, nicknames, addresses, postcodes,
schools, colleges, clubs, surgeries, groups, homes and organisations made up (towns, hospitals, stations, shopping
centres and national services are real public places and bodies, kept).

Authors:
  AC  a child in need social worker in south-east Northumberland and North Tyneside (Ashington, Blyth, North
      Shields, Amble) typing long run-on sentences joined by commas, reported speech without quotation marks
      ("he said he doesn't like it when ..."), dialect (bairn, mam, canny, hoyed, clarts, clarty, ganning, bait,
      lasses, owt, nowt), nicknames, a child's scaling reported in passing.
  AD  a hospital and court-facing social worker (Gateshead, Sunderland, Houghton, Wallsend) writing formal,
      third-person, assessment-style records with inline headings ("Presenting issue:", "Child's views:",
      "Background:", "Analysis:", "Plan:"), "the writer", titles and surnames, quoted child speech, a pre-verbal
      baby, a sibling's account, a Sorani interpreter, a Makaton-signing child, court and PLO terms.
  AE  a residential support worker at a South Tyneside children's home who also covers outreach and a short-breaks
      house, dictating short first-person lines and fragments with spoken Signs of Safety headings ("What's working
      well.", "Worries.", "Next steps."), children's words through texts, a drawing, scaling on fingers and on a
      whiteboard, a talker, a now-and-next board and a symbol pushed away.
"""

AC_WORKER = "Lindsay Hedley"
AD_WORKER = "Fiona Raeburn"
AE_WORKER = "Kieran Doyle"

AC_NOTES = [
    dict(
        id="AC01",
        context={"child": {"name": "Tyler-James Purvis", "dob": "2018-05-14"},
                 "people": [{"name": "Kirsty Purvis", "role": "mother"},
                            {"name": "Wesley Crozier", "role": "mother's partner"},
                            {"name": "Irene Purvis", "role": "maternal grandmother"},
                            {"name": "Gail Dunn", "role": "class teacher"}],
                 "address": "14 Kielder Row, Ashington NE63 0TW",
                 "school": "Linton Burn Primary School", "worker": AC_WORKER},
        meta={"service": "Child in Need", "child_age_years": 8, "author": "AC",
              "features": ["long_run_on", "reported_speech_unquoted", "dialect", "nickname", "home_conditions",
                           "domestic_abuse", "subtle_worry", "child_scaling", "scaling", "family_hub", "pet_name",
                           "phone_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Home visit to [P:Tyler-James] at {kin:mam}'s, [A:14 Kielder Row], [PC:NE63 0TW], {date:Tuesday} after school about {time:half three}, {kin:mam} [P:Kirsty] was in with her partner [P:Wes] and {kin:nana} [P:Irene] came round with the dog, {pet:Tyson}.
w | The house was in a right state again, {dial:clarts} all up the hall from the dog, pots piled in the sink and nowt in the fridge but milk, {kin:mam} said she'd go to {place:Asda} when her money went in on {date:Thursday}.
cv,wf,w | [P:TJ] took me up to show us his Lego and when I asked how things were at home he said he doesn't like it when [P:Wes] shouts at {kin:mam} cos it makes his belly go funny, and he said he puts his pillow over his head till it stops.
w | I asked {kin:mam} about it on the doorstep and she said [P:Wes] just has a loud voice and the {dial:bairn} is making more of it, she said there's been nowt physical, but she wouldn't look at us.
w | School rang me {date:last Wednesday}, [P:TJ] {dial:hoyed} a chair across the classroom when he got told off and Mrs [P:Dunn] said he's been {dial:canny} teary most mornings.
cv,wf,ww | {kin:Nana} [P:Irene] has him every {date:Friday} night and he told me he loves it cos she lets him stay up for the football, and [P:Irene] said she'd have him more if needed.
ww | {kin:Mam} has kept going to the parenting group at [O:Hirst Park Family Hub], {dur:four weeks} out of five, she said it's helped her not to shout as much.
cv,wf,w | When I asked [P:TJ] what would make things better he said he wants [P:Wes] to gan back to his own flat so it's just him and {kin:mam} and {pet:Tyson}, and he said he'd give home a {scale:five} cos it's alright when it's quiet.
ns | I've said I'll come back {date:next Tuesday} to go through the house with {kin:mam}, and I'll ring the housing officer about the broken back door.
ns | I'm going to ask [P:Wes] to come into the office on his own about the shouting, and I'll do the {tool:three houses} with [P:TJ] at school.
ns | I'll ask Mrs [P:Dunn] if [P:TJ] can have mornings with the learning mentor Mr [P:Abbas].
o | {kin:Mam}'s new number is [PH:07700 900582] and {kin:nana}'s landline is [PH:0191 498 0736].
"""),
    dict(
        id="AC02",
        context={"child": {"name": "Kacey Armstrong", "dob": "2012-07-03"},
                 "people": [{"name": "Donna Armstrong", "role": "mother"},
                            {"name": "Summer Bell", "role": "friend"},
                            {"name": "Neil Tait", "role": "head of year"}],
                 "address": "27 Seaforth Terrace, Blyth NE24 2HX",
                 "school": "Cowpen Moor Academy", "worker": AC_WORKER},
        meta={"service": "Child in Need", "child_age_years": 14, "author": "AC",
              "features": ["long_run_on", "reported_speech_unquoted", "dialect", "word_name", "subtle_worry",
                           "exploitation", "older_male", "school_refusal", "bullying_online", "gp_surgery",
                           "dob_in_text", "phone_in_text", "email_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Visit to [P:Kacey] and {kin:mam} [P:Donna] at [A:27 Seaforth Terrace], [PC:NE24 2HX], {date:Monday} about {time:dinner time}, [P:Kacey] was still in her pyjamas and {kin:mam} had to shout her down twice.
w | She's not been into [S:Cowpen Moor] since the {date:October half term}, school have sent two letters and {kin:mam} says she can't get her out the door, she's tried taking her phone, taking the wifi off, the lot.
cv,wf,w | [P:Kacey] said she's not {dial:ganning} back cos the {dial:lasses} in her year are horrible to her, she said they put a picture of her on a group chat with stuff written on it, and the teachers don't do owt.
cv,wf,o | She said she's fine at home and she just wants to do her work online, she said she'd do it every day if they sent it.
w | What's worrying me more is {kin:mam} said a lad called [P:Dylan] picks her up in a car most nights about {time:ten} and brings her back after midnight, {kin:mam} thinks he's about nineteen, she doesn't know his second name, and [P:Kacey] has got new trainers and a vape that {kin:mam} didn't buy her.
cv,wf,w | When I asked [P:Kacey] about him she went red and said he's just a mate of her friend [P:Summer]'s brother and he's {dial:canny}, he just drives them about, and then she said can we stop talking about it now.
ww | [P:Summer] has been her best friend since primary and {kin:mam} knows her family well, the two of them have been in each other's pockets since the {word:summer} and {kin:mam} says she's a nice lass.
ww | {kin:Mam} is doing her best, she got [P:Kacey] to the doctors at [O:Croftside Surgery] and they've referred her to {natl:CAMHS}, and she'll ring me if [P:Kacey] isn't back in by eleven.
ns | I've told {kin:mam} I'll send a referral to the exploitation team today for a {term:MACE} screening, and I'll see [P:Kacey] on her own next week about who [P:Dylan] is, I'll take her for a hot chocolate at {place:Keel Row} so it's not so heavy.
ns | I'm going to ring the head of year Mr [P:Tait] about the group chat and ask for a part time timetable and a {term:TAF} meeting before Christmas.
o | [P:Kacey]'s date of birth is [DOB:3rd of July 2012], {kin:mam}'s mobile is [PH:07700 900146] and her email is [E:donna.armstrong84@example.co.uk].
"""),
    dict(
        id="AC03",
        context={"child": {"name": "Harley Scott", "dob": "2024-09-30"},
                 "people": [{"name": "Chantelle Scott", "role": "mother"},
                            {"name": "Liam Nesbitt", "role": "father"},
                            {"name": "Olivia-Grace Scott", "role": "sister"},
                            {"name": "Holly Scott", "role": "maternal aunt"},
                            {"name": "Janine Pringle", "role": "health visitor"}],
                 "address": "Flat 3, 61 Stanhope Walk, North Shields NE29 6QD",
                 "school": "Little Puffins Nursery", "worker": AC_WORKER},
        meta={"service": "Child in Need", "child_age_years": 2, "author": "AC",
              "features": ["long_run_on", "reported_speech_unquoted", "dialect", "pre_verbal", "word_name",
                           "subtle_worry", "postnatal_mood", "alcohol", "toddler_voice", "gp_surgery",
                           "nhs_number", "phone_in_text"]},
        body="""
o | Visit to [P:Harley] and the new baby at [A:Flat 3, 61 Stanhope Walk], North Shields, {date:Wednesday} morning about {time:ten}, {kin:mam} [P:Chantelle] was in on her own, {kin:dad} [P:Liam] was on an early down at {place:the Fish Quay}.
ww | The baby, [P:Olivia-Grace], is {age:six weeks} old now, she was asleep in the Moses basket for most of the visit and woke for a bottle near the end, she took it all and {kin:mam} winded her nicely.
w | {kin:Mam} was in her dressing gown and looked shattered, she said she's hardly slept since the baby came home and she's been crying most days, she said she feels like she's not a proper mam cos she couldn't feed her herself, and she said sometimes she just sits on the stairs when the baby's screaming.
w | She said she hasn't told the health visitor [P:Janine] how bad it is cos she's frightened we'll take the {dial:bairns}, I told her that isn't how it works and that asking for help is a good thing.
cv,wf,o | [P:Harley] was running about in his nappy shouting hiya at me, then he brought me his tractor and said mine, and when the baby cried he went over and patted the basket and said shh babba.
w | The kitchen was {dial:clarty}, bottles left on the side with milk still in them and the steriliser wasn't plugged in, and there were five empty cans of cider in the recycling, {kin:mam} said they were [P:Liam]'s from the weekend.
ww | Her sister [P:Holly] comes every afternoon after work and does the tea and baths [P:Harley], she'd put a bit of {word:holly} and tinsel round the front window so it looks {dial:canny} and Christmassy.
ww | [P:Harley] is doing grand at [S:Little Puffins] {dur:three mornings} a week and they've got no worries about him, they say he's always clean and he's a happy {dial:bairn}.
ns | With {kin:mam}'s agreement I rang [P:Janine] from the car and she's coming out {date:tomorrow} to do the mood questionnaire, and {kin:mam} said she'll ring [O:Priory View Surgery] this week to see the doctor about her mood.
ns | I'll ring [P:Liam] tonight about the cans and him doing the night feeds at the weekend, and I'll see them both together {date:next Monday}.
o | The baby's NHS number is [NHS:999 104 3322] and {kin:mam}'s mobile is [PH:07700 900618].
"""),
    dict(
        id="AC04",
        context={"child": {"name": "Jayden Pattison", "dob": "2016-04-21"},
                 "people": [{"name": "George Pattison", "role": "paternal grandfather and kinship carer"},
                            {"name": "Lexi Pattison", "role": "sister"},
                            {"name": "Ryan Pattison", "role": "father"},
                            {"name": "Nicole Hall", "role": "mother"},
                            {"name": "Robin Straughan", "role": "family friend"}],
                 "address": "5 Braid Terrace, Amble NE65 0QF",
                 "school": "Warkworth Lane First School", "worker": AC_WORKER},
        meta={"service": "Child in Need (closing visit, kinship care)", "child_age_years": 10, "author": "AC",
              "features": ["long_run_on", "reported_speech_unquoted", "dialect", "word_name", "kinship_care",
                           "parent_in_prison", "child_scaling", "scaling", "drawing", "non_verbal", "sibling_voice",
                           "pet_name", "local_club", "ni_number", "phone_in_text"]},
        body="""
o | Last visit before closing the {term:child in need} plan, saw [P:Jayden] and [P:Lexi] at {kin:grandad} [P:George]'s, [A:5 Braid Terrace], Amble, {date:Friday the 27th} about {time:four o'clock}, the {dial:bairns} were having a bit of {dial:bait} at the table.
ww | The house was warm and tidy, {kin:grandad} had the tea on, and there's a jobs chart on the fridge, [P:Lexi] feeds the budgie and [P:Jayden] takes the bins out.
cv,wf,ww | [P:Jayden] said living with {kin:grandad} is mint cos he takes him fishing off the pier and they went to see the match at {place:St James' Park}, and he said he'd give it a {scale:nine} at {kin:grandad}'s, it would be ten if he had his own room.
cv,wf,w | He said he still misses his {kin:dad} and he worries about him being in {place:HMP Northumberland}, he said he gets upset when the phone calls cut off before he can say ta-ra.
cv,wf,ww | [P:Lexi] didn't want to say much, she drew me the house with her, {kin:grandad}, [P:Jayden] and the budgie {pet:Kiwi} in the window and a big {word:robin} on the fence, and when I asked who she'd tell if she was sad she pointed at {kin:grandad}.
ww | {kin:Grandad}'s friend [P:Robin] from the allotments picks them up from school on {date:Wednesdays} when {kin:grandad} is at the hospital.
w | The only thing still on my mind is {kin:mam}, [P:Nicole] rang {kin:grandad} twice {date:last month} asking for money and he said she sounded like she'd been using, and [P:Lexi] was on the landing and heard him shouting down the phone.
w,ww | {kin:Grandad} handled it well and he's changed his number, but he told us he's {age:seventy-one} with a bad chest and he does worry what'll happen to the {dial:bairns} if he gets poorly.
ww | School say both are doing {dial:canny} at [S:Warkworth Lane], and [P:Jayden] plays for [O:Coquet Juniors] on a {date:Sunday} morning.
ns | We agreed at the review {date:last week} that the plan can close with the family hub keeping an eye, and I've given {kin:grandad} the details for [O:Coquetside Kinship Carers], who meet at the library every {date:second Tuesday}.
ns | I'll send {kin:grandad} the closing summary and ask the kinship team to chase up his {term:special guardianship} assessment, his NI number for the allowance form is [NI:QQ 41 27 65 B].
o | {kin:Grandad}'s new number is [PH:01632 960418].
"""),
]

AD_NOTES = [
    dict(
        id="AD01",
        context={"child": {"name": "Freya Maddison", "dob": "2026-08-04"},
                 "people": [{"name": "Jade Maddison", "role": "mother"},
                            {"name": "Callum Reay", "role": "father"},
                            {"name": "Oscar Maddison", "role": "brother"},
                            {"name": "Lorraine Maddison", "role": "maternal grandmother"},
                            {"name": "Angela Kerr", "role": "named nurse for safeguarding"},
                            {"name": "Priya Venkataraman", "role": "consultant paediatrician"}],
                 "address": "22 Lindisfarne Court, Gateshead NE8 4PD",
                 "school": "Saltwell Vale Primary School", "worker": AD_WORKER},
        meta={"service": "Hospital social work (child protection)", "child_age_years": 0, "author": "AD",
              "features": ["formal_headings", "third_person", "hospital", "pre_verbal", "sibling_voice",
                           "quoted_child_voice", "non_accidental_injury", "section_47", "dob_in_text",
                           "nhs_number", "postcode", "names_not_in_context"]},
        body="""
o | Hospital social work record: [P:Freya Maddison], aged {age:four months}, {place:Great North Children's Hospital}, seen on {date:2 December 2026} at {time:11:30}.
o | Date of birth [DOB:04/08/2026]; NHS number [NHS:999 181 9606].
w | Presenting issue: [P:Freya] was brought to the emergency department by her mother, Ms [P:Jade Maddison], at approximately {time:21:00} on {date:30 November} because she screamed whenever her left arm was moved.
w | A skeletal survey has identified a spiral fracture of the left humerus and two healing rib fractures, which the consultant paediatrician, Dr [P:Venkataraman], advises are not consistent with the account that [P:Freya]'s arm became caught in the bars of her cot.
o | On the ward [P:Freya] fixed on her mother's face, fed well and settled when held.
o | Child's views: [P:Freya] is pre-verbal and her views cannot be sought directly; her brother, [P:Oscar], aged {age:six}, was spoken to alone at [S:Saltwell Vale Primary School] on {date:1 December}, with his teacher, Ms [P:Iqbal], nearby.
cv,wf,w | [P:Oscar] said, "[P:Freya] cries all the time and it makes {kin:Daddy} cross", and when asked what {kin:Daddy} does when he is cross he said, "He shouts shut up [P:Freya] and he shakes the cot", before asking to go back to his class.
cv,wf,ww | He described his mother as "the best at cuddles" and said he feels safe at home "when {kin:Mammy} is there".
w | Background: the family have been known to {term:Early Help} since {date:March} following a neighbour's report of arguments, and Mr [P:Reay] received a caution for common assault in {date:2021}.
w | Analysis: two injuries of different ages in a non-mobile infant, with no accidental explanation, indicate a likelihood of significant harm, and [P:Oscar]'s account of his father's anger at the baby's crying adds weight to this concern.
ww | Both parents have cooperated with ward staff, and the maternal grandmother, Mrs [P:Lorraine Maddison], has offered for both children to stay with her at [A:9 Marsden Grove], [PC:NE9 6TJ].
ns | Plan: following the strategy discussion, a {term:Section 47} enquiry is under way jointly with DC [P:Halliday] of the police child abuse investigation team.
ns | [P:Freya] will be discharged to her grandmother's care under a written agreement, with parental contact supervised by Mrs [P:Maddison].
ns | The named nurse for safeguarding, [P:Angela Kerr], will share the skeletal survey report, and an initial child protection conference will be requested within {dur:15 working days}.
"""),
    dict(
        id="AD02",
        context={"child": {"name": "Maisie Lamb", "dob": "2017-02-11"},
                 "people": [{"name": "Rachael Hindmarsh", "role": "mother"},
                            {"name": "Adam Lamb", "role": "father"},
                            {"name": "Chloe Dent", "role": "father's partner"},
                            {"name": "Tariq Mahmood", "role": "drug and alcohol key worker"}],
                 "address": "3 Holmlands Drive, Houghton-le-Spring DH4 5RW",
                 "school": "Fellside Park Primary School", "worker": AD_WORKER},
        meta={"service": "Private law (section 7 report)", "child_age_years": 9, "author": "AD",
              "features": ["formal_headings", "third_person", "court", "quoted_child_voice", "word_name",
                           "child_scaling", "scaling", "alcohol", "wishes_feelings_booklet", "local_club",
                           "dob_in_text", "email_in_text", "postcode", "names_not_in_context"]},
        body="""
o | Section 7 report, child arrangements: [P:Maisie Lamb], date of birth [DOB:11 February 2017].
o | Home visit to the mother's address, [A:3 Holmlands Drive], [PC:DH4 5RW], on {date:18 November 2026}; [P:Maisie] was seen alone in her bedroom for {dur:40 minutes}.
w | Presenting issue: the father, Mr [P:Adam Lamb], has applied for a child arrangements order for alternate weekends including overnight stays, and the mother, Ms [P:Rachael Hindmarsh], opposes overnight stays, citing his alcohol use and an incident in {date:June} when he collected [P:Maisie] from school after drinking.
o | District Judge [P:Oyelaran] directed this report on {date:2 October} and asked specifically for [P:Maisie]'s wishes and feelings.
o | Child's views: [P:Maisie] completed a {tool:wishes and feelings booklet} with the writer and chose to write some of the answers herself.
cv,wf,ww | She said, "I love {kin:Daddy} and I want to see him on Saturdays, we go to the farm and feed the {word:lambs}."
cv,wf,w | Asked about sleeping at her father's home, she said, "Not yet, because sometimes he has the funny drinks and then he falls asleep on the settee and I can't wake him up."
cv,wf,w,ww | She placed herself at {scale:seven} out of ten for how worried she would be staying overnight, then added, "But if [P:Chloe] is there it's a {scale:three}."
ww | Mr [P:Lamb]'s partner, Ms [P:Dent], reports that he has not drunk alcohol since {date:August} and attends [O:Wearside Recovery Hub] weekly, which his key worker, Mr [P:Tariq Mahmood], has confirmed.
w | Hair strand testing has not yet taken place, as Mr [P:Lamb] has cancelled the appointment twice.
ww | [P:Maisie]'s school, [S:Fellside Park Primary School], describes her as a settled and able pupil and reports that both parents attend parents' evenings.
ww | She attends [O:Houghton Hornets] gymnastics on {date:Thursday} evenings.
wf,w,ww | Analysis: [P:Maisie] loves both of her parents and wants to spend time with her father, but her specific and unprompted account of being unable to wake him indicates a risk that cannot yet be discounted.
ns | Plan: it is recommended that daytime contact with Mr [P:Lamb] on alternate Saturdays begins now, with overnight stays considered after {dur:three months} of negative hair strand test results.
ns | The writer will share this report with both parties' legal representatives and will explain its recommendations to [P:Maisie] in a letter written for her.
o | Mr [P:Lamb] asked that correspondence be sent to [E:adamlamb.joinery@example.co.uk].
"""),
    dict(
        id="AD03",
        context={"child": {"name": "Shilan Ahmadi", "dob": "2011-09-22"},
                 "people": [{"name": "Nasrin Ahmadi", "role": "mother"},
                            {"name": "Kamal Ahmadi", "role": "father"},
                            {"name": "Aram Ahmadi", "role": "brother"},
                            {"name": "Megan Tindle", "role": "CAMHS liaison nurse"}],
                 "address": "41 Ravensworth Close, Sunderland SR4 7LN",
                 "school": "Hylton Dene Academy", "worker": AD_WORKER},
        meta={"service": "Hospital social work (self-harm admission)", "child_age_years": 15, "author": "AD",
              "features": ["formal_headings", "third_person", "hospital", "quoted_child_voice", "interpreter",
                           "kinship_word_non_english", "self_harm", "subtle_worry", "older_male", "sibling_voice",
                           "gp_surgery", "dob_in_text", "phone_in_text", "names_not_in_context"]},
        body="""
o | Hospital social work assessment: [P:Shilan Ahmadi], aged {age:15}, date of birth [DOB:22.09.2011], paediatric ward, {place:Sunderland Royal Hospital}, {date:1 December 2026}.
w | Presenting issue: [P:Shilan] was admitted at {time:02:40} on {date:30 November} having taken about 24 paracetamol tablets at home; she told her mother within the hour and an ambulance was called.
ww | She has completed treatment, her blood results are now normal and she is medically fit for discharge.
o | [P:Shilan] was seen alone on the ward in English; her parents were seen separately, with a Sorani interpreter, Mr [P:Hiwa Rasul], by telephone.
cv,wf,w | Child's views: [P:Shilan] said, "I didn't want to die, I just wanted everything to stop for a bit," and described feeling "like two different people, one at home and one at school".
cv,wf,w | She said her father took her phone on the evening of the overdose after reading messages from a friend called [P:Kyle], who she said is "eighteen or nineteen, I don't know, he's just nice to me".
cv,wf,ww | She said the person she trusts most is her {kin:dayk}, her mother, and that she wants her {kin:dayk} to be told everything but not her {kin:bawk} "yet".
cv,wf,w | She said her brother [P:Aram], {age:11}, "saw the ambulance and he was crying", and asked the writer whether her father would be "angry that I told Mum".
w | Mrs [P:Ahmadi] said through the interpreter that [P:Shilan] had been "quiet and sleeping all day" since {date:September}, and Mr [P:Ahmadi] said that his daughter "has too much freedom in this country".
ww | Both parents stayed at the bedside overnight and have agreed to remove or lock away all medication at home.
w | Analysis: this appears to have been an impulsive overdose in the context of low mood, conflict at home about independence and a possible relationship with an adult male, which requires exploring given her age.
ns | Plan: the {natl:CAMHS} liaison nurse, [P:Megan Tindle], has completed a risk assessment and will see [P:Shilan] at home within {dur:seven days}.
ns | The writer will share the information about [P:Kyle] with the police and the exploitation team today and will speak with [P:Aram] at home.
ns | With [P:Shilan]'s consent, [S:Hylton Dene Academy] and the family's GP at [O:Millfield Green Surgery] will be informed before she returns to school.
o | Mrs [P:Ahmadi]'s mobile number is [PH:07700 900903]; an interpreter will be booked for every contact with the parents.
"""),
    dict(
        id="AD04",
        context={"child": {"name": "Ellis Thornton", "dob": "2020-04-16"},
                 "people": [{"name": "Stacey Thornton", "role": "mother"},
                            {"name": "Dean Thornton", "role": "father"},
                            {"name": "Gemma Rowell", "role": "parents' advocate"},
                            {"name": "Naomi Fairbairn", "role": "speech and language therapist"},
                            {"name": "Samuel Okafor", "role": "class teacher"}],
                 "address": "12 Allendale Walk, Wallsend NE28 7HJ",
                 "school": "Hadrian Fields School", "worker": AD_WORKER},
        meta={"service": "Child Protection (pre-proceedings)", "child_age_years": 6, "author": "AD",
              "features": ["formal_headings", "third_person", "court", "non_verbal", "makaton", "symbols",
                           "quoted_child_voice", "word_name", "nickname", "health_neglect",
                           "parent_learning_disability", "advocate", "dob_in_text", "ni_number", "phone_in_text"]},
        body="""
o | Pre-proceedings summary for the legal gateway meeting on {date:9 December 2026}: [P:Ellis Thornton], aged {age:6}, date of birth [DOB:16 April 2020].
w | Presenting issue: [P:Ellis] has Down syndrome and a heart condition and has missed five of his last eight cardiology appointments at the {place:Freeman Hospital}, and he has lost weight since {date:the summer}.
w | At an unannounced visit on {date:24 November}, the home at [A:12 Allendale Walk] had no working heating, dog faeces on his bedroom floor and no food suitable for his softened diet.
ww | Mr and Mrs [P:Thornton] are affectionate and gentle with [P:Ellis], and Mrs [P:Thornton], who has a mild learning disability, has worked well with her advocate, [P:Gemma Rowell] of [O:Tynebank Advocacy], who attends every meeting.
cv,wf,ww | Child's views: [P:Ellis] uses about twenty Makaton signs and a few single words; seen at [S:Hadrian Fields School] on {date:26 November}, he signed "home" and "{kin:mam}" and smiled broadly when shown a photograph of his parents.
cv,wf,w | Asked with symbols what he eats at home, he pointed to "biscuits" and "crisps", and when shown the dog symbol he covered his ears and turned away.
wf,ww | [P:Ellis] is called [P:Buddy] at home, which is what his father calls him, and his reading {word:buddy} from Year 6 is, in Mr [P:Okafor]'s words, "his favourite person"; he runs to her at the gate each morning.
w | The speech and language therapist, Ms [P:Fairbairn], reports that his communication book has not been used at home since {date:September}, as his parents "find it hard to know what the pictures are for".
w,ww | Analysis: the parents' love for [P:Ellis] is not in doubt, but his health needs are not being met and he cannot easily tell anyone when he is hungry, cold or unwell, which increases the risk to him.
ns | Plan: it is proposed that the case enters the {term:Public Law Outline}, with a letter before proceedings and a parenting assessment adapted for parents with a learning disability.
ns | The writer will book the next cardiology appointment with the family and ask the community nurse to attend.
ns | Ms [P:Fairbairn] will run two sessions at home to show the parents how to use the communication book at mealtimes.
o | Mr [P:Thornton]'s National Insurance number, for the legal aid application, is [NI:QQ 63 18 42 D], and Mrs [P:Thornton]'s mobile is [PH:07700 900327].
"""),
]

AE_NOTES = [
    dict(
        id="AE01",
        context={"child": {"name": "Kai Lister", "dob": "2013-03-08"},
                 "people": [{"name": "Tracey Lister", "role": "mother"},
                            {"name": "Sophie Adair", "role": "social worker"},
                            {"name": "Pat Hewison", "role": "night care worker"}],
                 "address": "Larchfield House, 2 Beacon Lane, Jarrow NE32 3TD",
                 "school": "Hedworth Grange Academy", "worker": AE_WORKER},
        meta={"service": "Looked after (children's home key work)", "child_age_years": 13, "author": "AE",
              "features": ["first_person", "fragments", "spoken_headings", "signs_of_safety", "childrens_home",
                           "child_scaling", "scaling", "text_message", "written_voice", "drawing", "word_name",
                           "initials_young_people", "financial_exploitation", "local_club", "dob_in_text",
                           "phone_in_text"]},
        body="""
o | Key work with [P:Kai], {date:Sunday}, {time:3pm}, his room then out in the garden at [O:Larchfield].
o | Did the {tool:three questions} on his whiteboard.
ww | What's working well.
cv,wf,ww | [P:Kai] put how settled he feels here at a {scale:seven}, up from a {scale:four} in {date:September}.
cv,wf,ww | Says the best bit is [P:Pat] on nights, cos she "doesn't make a big deal" when he can't sleep.
ww | {dur:Three weeks} now with no missing episodes.
wf,ww | Gave him a {word:pat} on the back for going in to [S:Hedworth Grange] every day this week, he made out he hated it but he was grinning.
w | Worries.
cv,wf,w | Texted me {time:11.48} {date:Thursday} night: "cant sleep mams not answering".
w | {kin:Mam} [P:Tracey] has missed family time twice now, no call either time.
cv,wf,w | Drew me a picture today, him on one side of a river and {kin:mam} on the other, no bridge, said "that's just how it is".
w | [P:RJ], one of the older lads here, keeps asking to borrow his bank card.
cv,w | [P:Kai] says it's fine, [P:RJ]'s his mate, he'll get it back.
w | I'm not so sure, he's been short of money both weekends.
ns | Next steps.
ns | Ring [P:Sophie Adair], his social worker, {date:Monday} about family time and {kin:mam}.
ns | Speak to the manager about [P:RJ] and the card, safeguarding log done tonight.
cv,wf,ns | [P:Kai] asked to start at [O:Slake Road Boxing Club] on {date:Tuesdays}, I'll ring them tomorrow.
ns | Form needs his DOB, [DOB:08/03/2013], and a consent signature from {term:the local authority}.
o | His mobile number's changed again, new one is [PH:07700 900774].
"""),
    dict(
        id="AE02",
        context={"child": {"name": "Shay Dunleavy", "dob": "2011-06-19"},
                 "people": [{"name": "Gavin Dunleavy", "role": "father"},
                            {"name": "Joan Dunleavy", "role": "paternal grandmother"},
                            {"name": "Aoife Brennan", "role": "social worker"},
                            {"name": "Marta Kowalski", "role": "art teacher"}],
                 "address": "18 Wenlock Gardens, South Shields NE33 4RP",
                 "school": "Brinkburn Hill Academy", "worker": AE_WORKER},
        meta={"service": "Edge of care outreach", "child_age_years": 15, "author": "AE",
              "features": ["first_person", "fragments", "spoken_headings", "signs_of_safety", "child_scaling",
                           "scaling", "non_verbal", "text_message", "word_name", "nickname", "exploitation",
                           "subtle_worry", "money", "local_club", "postcode", "phone_in_text", "email_in_text",
                           "names_not_in_context"]},
        body="""
o | Outreach with [P:Shay], {date:Wed 25th}, {time:4 till half 5}.
o | Picked him up from {kin:dad}'s, [A:18 Wenlock Gardens], [PC:NE33 4RP].
o | Chips on the wall at {place:Sandhaven}, his choice.
ww | What's working well.
cv,wf,ww | Full days at [S:Brinkburn Hill] for {dur:three weeks}, says he likes the new art teacher, Miss [P:Kowalski], "she doesn't shout".
ww | {kin:Dad} [P:Gavin] off the drink {dur:five months} now, still going to [O:Lighthouse Recovery Café] on a Friday.
cv,wf,ww | [P:Shay] scaled home at an {scale:eight}, said "it's boring but boring's good".
w | Worries.
w | Phone went six times in the car, he wouldn't answer with me there.
w | Read one out by mistake then stopped, "where u at need u tonight".
cv,wf,w | Says it's just [P:Cash], a lad off the estate, about twenty, and they call him that cos "he's always got {word:cash} on him".
w | New coat, the badge kind, must be {money:£300}.
cv,w | Says {kin:nana} [P:Joan] bought it, but she's on {natl:Pension Credit}.
cv,wf,w | Asked him how safe he feels out at night, nought to ten, he shrugged then held up {scale:five} fingers.
w | Went quiet and turned the radio up when I said [P:Cash]'s name again.
ns | Next steps.
ns | Intelligence form to police about [P:Cash] tonight, ring [P:Aoife Brennan], his social worker, first thing.
ns | Ask her about a strategy discussion if he goes missing or the phone keeps going.
cv,wf,ns | He wants to do his card for the building sites, I'll look at the course at [S:Westoe Crown College] for {date:January}.
o | {kin:Dad}'s mobile [PH:0191 498 0912], [P:Shay]'s email for the college form [E:shay.d2011@example.com].
"""),
    dict(
        id="AE03",
        context={"child": {"name": "Niamh Corrigan", "dob": "2016-01-25"},
                 "people": [{"name": "Orla Corrigan", "role": "mother"},
                            {"name": "Sean Corrigan", "role": "father"},
                            {"name": "Fionn Corrigan", "role": "brother"},
                            {"name": "Tom Elwood", "role": "duty social worker"}],
                 "address": "7 Kestrel Mews, Hebburn NE31 2XJ",
                 "school": "Fellgate Hall School", "worker": AE_WORKER},
        meta={"service": "Short breaks (overnight, children with disabilities)", "child_age_years": 10,
              "author": "AE",
              "features": ["first_person", "fragments", "spoken_headings", "signs_of_safety", "non_verbal", "aac",
                           "now_and_next", "symbols", "subtle_worry", "bruising", "short_breaks", "pet_name",
                           "kinship_word", "nhs_number", "names_not_in_context"]},
        body="""
o | Overnight short break, [P:Niamh], at [O:Brambles], {date:Fri 27th} to {date:Sat 28th}.
o | Dropped off by {kin:mam}, [P:Orla], at {time:5.15pm}.
o | Melatonin at {time:7.30pm} as per chart, NHS number [NHS:999 013 3891] checked against the MAR sheet.
cv,wf,o | Went straight to the sensory room and pulled my hand to the bubble tube, that's her way of saying more.
cv,wf,o | Now and next board at tea, pushed the bath card off the table twice and handed me the iPad card.
ww | Bath done after iPad time, no upset.
cv,wf,ww | On her talker at tea she pressed "{kin:Mammy}", then "[P:Fionn]", then "happy".
cv,wf,o | Pressed "{pet:Pickle}" too, the cat at home, and laughed when I did a meow.
w | Worries.
w | Four small round bruises on her left upper arm, like fingertips, seen when I changed her for bed.
w | Body map done, photos taken with {role:shift lead} [P:Jess]'s phone per policy.
wf,w | When I went near her arm she flinched and did her loud upset hum.
w | {kin:Mam} said at drop off [P:Niamh] had "a hard week", {kin:dad}'s been doing bedtimes while {kin:mam} works nights.
cv,wf,w | When I showed her the home symbol for tomorrow she pushed it away and pressed "[O:Brambles]" on her talker.
ww | Slept {time:8pm} to {time:6am}, one wake at {time:2}, settled again with her weighted blanket.
ns | Next steps.
ns | Rang duty, spoke to [P:Tom Elwood] at {time:9.40pm}, he'll ring the manager about a strategy discussion.
ns | Ring [S:Fellgate Hall] first thing {date:Monday} to ask if they've seen marks.
ns | Not raising it with parents at pick up unless duty say to.
w | Picked up by {kin:dad}, [P:Sean], at {time:10am}, not {kin:mam} as planned, he said she was on a late.
wf,ww | [P:Niamh] went straight to him and held his hand all the way to the car.
"""),
    dict(
        id="AE04",
        context={"child": {"name": "Dawit Tesfay", "dob": "2009-01-01"},
                 "people": [{"name": "Leanne Marsh", "role": "personal adviser"},
                            {"name": "Yonas Gebre", "role": "mentor"},
                            {"name": "Ruth Okwu", "role": "immigration solicitor"}],
                 "address": "Flat 6, 40 Saltmeadows Road, Gateshead NE8 3DX",
                 "school": "Derwentside Skills College", "worker": AE_WORKER},
        meta={"service": "Looked after (16-17, supported accommodation; unaccompanied asylum seeker)",
              "child_age_years": 17, "author": "AE",
              "features": ["first_person", "fragments", "spoken_headings", "signs_of_safety", "scaling",
                           "child_scaling", "text_message", "drawing", "uasc", "kinship_word_non_english",
                           "money", "nickname", "supported_accommodation", "local_club", "community_group",
                           "dob_in_text", "ni_number", "phone_in_text", "email_in_text"]},
        body="""
o | Visit to [P:Dawit] at [O:Grange Court], [A:Flat 6, 40 Saltmeadows Road], {date:Tue 1st Dec}, {time:2pm}.
o | First week since he moved over from [O:Larchfield].
cv,wf,w,ww | Scaled how he feels about the flat at a {scale:six}, said "good to have my own door, too quiet at night".
w | Worries.
cv,wf,w | Texted me at {time:1am} {date:Sunday}, a photo of the empty fridge and "no money till thursday".
w | His allowance is {money:£65} a week and he sent {money:£40} of it to his brother.
cv,wf,w | Says his {kin:hawey}, his brother, is stuck in Ethiopia "and has nothing, so I have to".
cv,wf,w | Can't sleep for thinking about the {natl:Home Office} interview in {date:January}, he says they will "think I am lying about my age".
cv,wf,o | Showed me a drawing he did at college of his {kin:adey}'s kitchen in Asmara, said "I forget her face a bit now".
ww | What's working well.
ww | Full attendance at [S:Derwentside Skills College] this term, he's moving up to ESOL level 2 in {date:January}.
cv,wf,ww | Plays football {date:Sundays} with [O:Saltwell Lions], laughed and said "they call me [P:Dawi] there".
ww | His mentor [P:Yonas] from [O:Habesha Community North East] rings him most nights.
ww | Kept his flat clean, ate with me, pasta he made himself.
ns | Next steps.
ns | Got him a {money:£30} supermarket voucher from the leaving care team today.
ns | Budgeting session {date:Thursday} with his {role:PA}, [P:Leanne Marsh], and ask her about sending money home safely.
ns | Ring his solicitor, [P:Ruth Okwu], about preparing him for the interview.
o | Date of birth on his papers [DOB:01/01/2009], NI number came through, [NI:QQ 27 84 13 A].
o | New mobile [PH:07700 900251], college email [E:dawit.tesfay@student.example.ac.uk].
"""),
]

NOTES = AC_NOTES + AD_NOTES + AE_NOTES
