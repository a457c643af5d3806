"""fresh56's 12 marked-up notes (see make_fresh56.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 01632 960xxx), NHS numbers in the 999 range with a valid modulus-11 check digit, NI numbers with the
QQ prefix, names, nicknames, addresses, postcodes, schools, nurseries, clubs, surgeries, family centres, supported
accommodation, short-breaks houses and community groups made up; towns and areas are real and not annotated.
Authors: AX (a child protection and child in need social worker in Great Yarmouth, Lowestoft, Thetford and Bury St
Edmunds dictating in the present tense under spoken headings introduced by the word "Heading" and standing alone as
sentences ("Heading, what are we worried about.", "Heading, scaling.", "Heading, next steps."), children's words in
single quotes, everyone's scaling on one line, and every note signed off "End of note."), AY (a looked-after
children and leaving care social worker in Ramsgate, Ashford, Hastings and Crawley writing past-tense narrative
with no headings, "we" for the visit and "I" for the actions, children's words in double quotes, longer sentences;
private fostering, an unaccompanied asylum-seeking 16-year-old through a Tigrinya interpreter, a 9-year-old in foster
care before her review (feedback sought), a pregnant 19-year-old care leaver), AZ (a child protection and child in
need worker in Mansfield, Ilkeston, Staveley and Skegness whose dictations come back from the recogniser with no
punctuation at all and lower-case sentence starts but capitalised names, fillers ("right", "erm", "er"), headings
folded into sentences ("right what's going well then", "so plan"), a self-correction, children's words reported
without quotation marks and in East Midlands dialect (duck, jitty, mardy, get wrong, mi mam), and addresses,
postcodes, dates of birth, phones, NHS numbers and an email spoken)."""

AX_WORKER = "Rachel Brundish"
AY_WORKER = "Tom Kemsley"
AZ_WORKER = "Donna Widdowson"

AX_NOTES = [
    dict(
        id="AX01",
        context={"child": {"name": "Marigold Goodrum", "dob": "2020-05-14"},
                 "people": [{"name": "Jade Goodrum", "role": "mother"},
                            {"name": "Alfie Goodrum", "role": "brother"},
                            {"name": "Lorna Pegg", "role": "health visitor"}],
                 "address": "9 Saltgrass Close, Gorleston, Great Yarmouth NR31 7TQ",
                 "school": "Gorleston Heath Primary School", "worker": AX_WORKER},
        meta={"service": "Child Protection (neglect)", "child_age_years": 6, "author": "AX",
              "features": ["spoken_headings", "sos_headings", "neglect", "home_conditions", "parental_mental_health",
                           "quoted_child_voice", "child_scaling", "scaling", "pre_verbal", "word_name",
                           "gp_surgery", "dob_in_text", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | This is [P:Rachel Brundish], {term:child protection} visit to [P:Marigold] and [P:Alfie Goodrum] at [A:9 Saltgrass Close], Gorleston, [PC:NR31 7TQ], {date:Tuesday the 24th of November}, arriving at {time:ten past four}.
o | [P:Alfie]'s date of birth for the record is [DOB:12/04/2026], he's {age:seven months}, and both children are registered at [O:Denes Medical Practice].
o | {kin:Mum} [P:Jade] is in, her friend [P:Stacey] leaves as I arrive.
o | Heading, what are we worried about.
w | The kitchen is worse than last visit, bin bags by the back door, dog mess on the lawn where [P:Marigold] plays, and the only food in the fridge is a tub of margarine and some yoghurts past their date.
w | [P:Alfie]'s bottle is on the sofa with the milk gone lumpy in it, and his cot has no sheet on it.
w | Mum says she's 'on top of it' but she's still in her dressing gown at {time:four in the afternoon} and tells me she hasn't been out of the house {dur:since Friday}.
cv,wf,w | [P:Marigold] takes me by the hand to her bedroom and says 'my bed's gone crunchy', and the mattress is stained and smells of wee.
cv,wf,w | She tells me she had 'crisps for tea and crisps for breakfast' and that she was 'a bit hungry at school'.
w | School say she's been taking food from other children's lunchboxes {dur:this last fortnight}.
o | Heading, what's working well.
ww | [P:Alfie] is alert, smiley and putting on weight, and the {role:health visitor} [P:Lorna Pegg] was happy with him at his check last month.
ww | Mum picks him up as soon as he cries and talks to him softly, and he settles on her chest straight away.
cv,wf,ww | [P:Marigold] says mummy 'does the best bath bubbles' and that she likes it when they watch Bluey together on mummy's bed.
ww | Her attendance at [S:Gorleston Heath Primary] is ninety-six per cent and she's never late.
ww | Mum's {kin:nan} lives round the corner and has said she'll help with the washing.
o | Heading, scaling.
w,ww | Mum puts herself at a {scale:seven}, I'm at a {scale:three} because this is the second time the house has got like this since the plan started.
cv,wf,w | [P:Marigold] wants a go, she puts her finger on {scale:ten} and says 'because I love mummy', then moves it to {scale:five} and says 'because of my bed'.
o | Heading, next steps.
ns | I'll order a new mattress and cot sheets through {term:section 17} today.
ns | Mum has agreed to go to the GP about her low mood and I've asked the surgery to see her {date:this week}.
ns | Mum and I will do the kitchen together on {date:Thursday}, she's already found the {word:marigolds} and the bin bags, and her {kin:nan} will come too.
ns | Next {term:core group} is {date:the 8th of December} at school.
o | Mum's mobile is [PH:07700 900316].
o | End of note.
"""),
    dict(
        id="AX02",
        context={"child": {"name": "Callum Larter", "dob": "2016-02-03"},
                 "people": [{"name": "Tina Larter", "role": "mother"},
                            {"name": "Paige Larter", "role": "sister"},
                            {"name": "Dean Larter", "role": "father"},
                            {"name": "Sheila Larter", "role": "paternal grandmother"}],
                 "address": "31 Marram Walk, Lowestoft NR32 4HU",
                 "school": "Kirkley Marsh Primary School", "worker": AX_WORKER},
        meta={"service": "Child Protection (domestic abuse)", "child_age_years": 10, "author": "AX",
              "features": ["spoken_headings", "sos_headings", "domestic_abuse", "quoted_child_voice",
                           "sibling_voice", "parentified", "three_houses", "nickname", "word_name",
                           "emergency_number", "nhs_number", "dob_in_text", "postcode", "names_not_in_context"]},
        body="""
o | This is [P:Rachel Brundish], {term:child protection} visit, {date:Thursday 26th November}, to [P:Paige] and [P:Callum Larter] at mum's, [A:31 Marram Walk], Lowestoft, [PC:NR32 4HU].
o | Mum [P:Tina Larter] is home, [P:Callum] is seen on his own in his room and [P:Paige] walks with me to the shop and back.
o | Heading, what are we worried about.
w | Police were called at {time:11.40pm} on {date:Saturday} after {kin:dad} [P:Dean Larter], who everyone calls [P:Duke], came to the house drunk and put his fist through the glass in the front door.
w | He is on bail not to come to the street and this is the second breach {date:this month}.
cv,wf,w | [P:Callum] tells me 'I hid in the airing cupboard with my headphones on so I couldn't hear it', and when I ask how he felt he says 'like my belly was full of bees'.
cv,w | [P:Paige] says she rang {emerg:999} herself because mum 'was just stood there frozen'.
cv,wf,w | She tells me she's 'the one who sorts everything' in this house and she's sick of it, and that she's stopped going out with her friends in case something happens.
w | Mum says she doesn't think [P:Duke] would ever hurt the kids, and she is still answering his calls.
o | Heading, what's working well.
ww | Mum let the police in and gave a statement, and she had the locks changed on {date:Monday}.
cv,wf,ww | In his {tool:three houses} [P:Callum] put his {kin:nanny} [P:Sheila], his dog and his best mate [P:Rio] in the house of good things, and said 'nanny's is the calmest place in the world'.
ww | [P:Paige]'s head of year, Mr [P:Ezeani], says she is still doing well in her mocks at [S:Oulton Carr Academy].
cv,wf,ww | [P:Paige] says her {word:Duke of Edinburgh} walking group on {date:Sundays} is 'the only time my head goes quiet'.
o | Heading, what needs to happen.
ns | I'll speak to the police today about the bail breach and ask for the family to be heard at {term:MARAC} in {date:December}.
ns | Mum has agreed to meet the {role:IDVA} on {date:Wednesday} and to stop answering [P:Dean]'s calls, and I'll ring her on {date:Friday}.
cv,wf,ns | [P:Callum] wants to stay at nanny's on {date:Saturday nights} for now and mum has agreed to that.
cv,wf,ns | [P:Paige] asked me not to tell school about the airing cupboard 'because that's [P:Callum]'s business', so we've agreed he can tell his teacher himself with me there.
ns | [S:Kirkley Marsh Primary] will be asked to let [P:Callum] use the nurture room at lunchtimes.
o | For the referrals, [P:Callum]'s NHS number is [NHS:999 807 8482] and [P:Paige]'s date of birth is [DOB:19th July 2013].
o | End of note.
"""),
    dict(
        id="AX03",
        context={"child": {"name": "Lily Seago", "dob": "2014-09-02"},
                 "people": [{"name": "Gemma Seago", "role": "mother"},
                            {"name": "Harvey Seago", "role": "brother"},
                            {"name": "Bethan Cole", "role": "short breaks key worker"}],
                 "address": "4 Pightle Way, Thetford IP24 3JR",
                 "school": "Brecklands Edge School", "worker": AX_WORKER},
        meta={"service": "Child in Need (disability)", "child_age_years": 12, "author": "AX",
              "features": ["spoken_headings", "sos_headings", "disability", "non_verbal", "aac",
                           "non_verbal_answer", "sibling_voice", "young_carer", "subtle_worry", "scaling",
                           "special_school", "short_breaks", "gp_surgery", "dob_in_text", "postcode",
                           "email_in_text"]},
        body="""
o | This is [P:Rachel Brundish], {term:child in need} visit to [P:Lily Seago] at home, [A:4 Pightle Way], Thetford, [PC:IP24 3JR], {date:Monday 30th November}, mum [P:Gemma] and brother [P:Harvey] ({age:8}) also there.
o | [P:Lily] is {age:twelve}, born [DOB:2nd September 2014], she has four-limb cerebral palsy and no speech, and she talks with her eye-gaze board and with yes and no, looking up for yes and away for no.
o | Heading, what's working well.
ww | [P:Lily]'s bedroom has the ceiling hoist in now and it's working properly.
cv,wf,ww | When I ask about school she looks at 'happy' on her board, then 'friends', then spells out D-I-S-C-O, and mum says she's been going on about the Christmas disco at [S:Brecklands Edge] all week.
cv,wf,ww | She looks up for yes when I ask if she still likes her overnights at [O:Avocet House], and she smiles at the photo of her key worker [P:Bethan] on her board.
ww | [P:Harvey] gets her drink and holds the cup for her, and it's clear how much they adore each other.
o | Heading, what are we worried about.
w | Mum is doing all the lifting on her own since her partner moved out in {date:October}, and she tells me her back 'went' twice last week.
w | There's a red mark on [P:Lily]'s hip that mum thinks is from the wheelchair, and nobody has looked at it yet.
cv,wf,w | When mum hoists her I ask [P:Lily] if it hurts and she looks up for yes, then goes to 'ouch' and 'tired' on her board.
cv,w | [P:Harvey] tells me 'mum cries in the bath, I can hear her through the wall', then goes back to his game.
w | Mum says she's fine and 'that's just what you do', but she's missed two of her own hospital appointments.
o | Heading, scaling.
w,ww | Mum is at a {scale:six} and I'm at a {scale:five}, and we both say the worry is mum's health, not her care of the children.
o | Heading, next steps.
ns | I'll refer to the {role:occupational therapist} today for a second carer on the morning hoist and a review of the chair.
ns | Mum will ring [O:Bridge Meadow Surgery] tomorrow about the mark on [P:Lily]'s hip and about her own back.
cv,wf,ns | [P:Lily] chooses 'yes' when I ask if she'd like an extra night at [O:Avocet House] so mum can rest, and mum agrees.
ns | I'll put [P:Harvey] forward for the young carers group and ask for a {term:carer's assessment} for mum.
o | Mum wants the paperwork by email, [E:gemma.seago.thetford@gmail.com].
o | End of note.
"""),
    dict(
        id="AX04",
        context={"child": {"name": "Maisie Thirtle", "dob": "2012-03-17"},
                 "people": [{"name": "Claire Thirtle", "role": "mother"},
                            {"name": "Jodie Ashdown", "role": "football coach"},
                            {"name": "Karen Brightwell", "role": "designated safeguarding lead"}],
                 "address": "18 Withypool Road, Bury St Edmunds IP32 6LW",
                 "school": "Hardwick Heath Academy", "worker": AX_WORKER},
        meta={"service": "Child in Need (online sexual exploitation)", "child_age_years": 14, "author": "AX",
              "features": ["spoken_headings", "sos_headings", "online_risk", "cse", "subtle_worry",
                           "quoted_child_voice", "relayed_voice", "non_verbal_answer", "local_club",
                           "names_not_in_context", "dob_in_text", "postcode", "phone_in_text"]},
        body="""
o | This is [P:Rachel Brundish], home visit {date:Wednesday 25th November} to [P:Maisie Thirtle], date of birth [DOB:17.03.2012], at [A:18 Withypool Road], Bury St Edmunds, [PC:IP32 6LW], following the referral from school.
o | Mum [P:Claire] is there at the start, then [P:Maisie] and I talk on our own in the conservatory.
o | Heading, what are we worried about.
w | The {role:DSL} at [S:Hardwick Heath Academy], Mrs [P:Brightwell], saw a message come up on [P:Maisie]'s phone in a lesson from someone saved as [P:Kai] asking her to 'send one more and I'll delete the others'.
cv,wf,w | [P:Maisie] tells me [P:Kai] is 'seventeen, eighteen maybe', that she met him on Snapchat through a girl from [O:Abbeygate Girls FC], and that 'he's not a creep, he's actually really nice to me'.
cv,wf,w | When I ask about the other pictures she pulls her sleeves over her hands and says 'can we not', and then 'I just want it all to go away'.
w | Mum says [P:Maisie] has been staying at her friend [P:Tegan]'s most weekends and has a new phone and trainers that she says [P:Tegan]'s mum bought.
w | Mum didn't know about the messages until school rang, and she says 'I thought she was just being a teenager'.
o | Heading, what's working well.
ww | Mum came home from work as soon as school rang and hasn't shouted, she told [P:Maisie] 'I'm not angry, I'm scared for you'.
cv,wf,ww | [P:Maisie] says she trusts her coach [P:Jodie] and would talk to her, and she loves football 'more than anything'.
ww | [P:Maisie] lets me look at the account with her and blocks it in front of me.
cv,wf,ww | She says 'I'm glad school found out, I didn't know how to tell anyone'.
o | Heading, next steps.
ns | I'll ring the police {term:CSE} lead today and we'll hold a strategy discussion {date:tomorrow morning}.
cv,wf,ns | The phone stays with mum overnight from tonight, which [P:Maisie] agrees to 'as long as I get it back for the group chat after school'.
ns | I'll do a Report Remove with [P:Maisie] to get the images taken down, and give mum the {natl:CEOP} details.
ns | I'll speak to [P:Jodie] at the club about the girl who introduced them, and school will keep [P:Maisie] on the {role:DSL}'s list.
o | Mum's work number is [PH:01632 960274].
o | End of note.
"""),
]

AY_NOTES = [
    dict(
        id="AY01",
        context={"child": {"name": "Tiago Figueira", "dob": "2013-06-08"},
                 "people": [{"name": "Lúcia Marques", "role": "private foster carer (family friend)"},
                            {"name": "Fernanda Figueira", "role": "mother"},
                            {"name": "Bia Marques", "role": "private foster carer's daughter"}],
                 "address": "Flat 2, 40 Foreness Crescent, Ramsgate CT11 9PZ",
                 "school": "Newington Vale Academy", "worker": AY_WORKER},
        meta={"service": "Private fostering", "child_age_years": 13, "author": "AY",
              "features": ["private_fostering", "narrative", "first_person", "quoted_child_voice",
                           "non_english_kin_word", "parentified", "subtle_worry", "housing", "local_club",
                           "dob_in_text", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | We visited [P:Tiago Figueira] at the home of [P:Lúcia Marques], a family friend he has lived with since {date:the end of August}, at [A:Flat 2, 40 Foreness Crescent], Ramsgate, [PC:CT11 9PZ], on {date:Friday 27 November} after school, as part of our {term:private fostering} assessment.
o | [P:Tiago] is {age:13} (date of birth [DOB:8 June 2013]) and came over from Madeira with [P:Lúcia] when his {kin:mum} [P:Fernanda] stayed behind to look after his grandmother, who is unwell.
ww | We found a warm, tidy flat with food in the cupboards, [P:Tiago]'s uniform washed and hung up, and his certificates from [S:Newington Vale Academy] stuck on the fridge.
cv,wf,ww | [P:Tiago] told us he likes living with [P:Lúcia] because "she cooks like my {kin:mãe} and she doesn't shout", and that he wants to stay in Ramsgate "at least until the summer, then we'll see".
cv,wf,w | When we talked about his mum he looked at the floor and said "we video call on Sundays but sometimes she's too tired", and that he worries his {kin:avó} will die before he sees her again.
w | [P:Tiago] sleeps on a sofa bed in the living room because the flat has one bedroom, which [P:Lúcia] shares with her daughter [P:Bia], who is {age:four}.
w | [P:Lúcia] works nights at a care home three times a week, and on those nights [P:Tiago] is in the flat with [P:Bia] until [P:Lúcia]'s sister arrives at about {time:half past ten}.
cv,wf,w | He said it "isn't a big deal, I just put [P:Bia] to bed and do my homework", but he also told us that once the sister didn't come and he was on his own with [P:Bia] all night and "didn't really sleep".
w | [P:Lúcia] had not told us about the arrangement herself, and it was the school's attendance officer who let us know in {date:October}.
ww | She has been open with us since, has given us [P:Fernanda]'s number in Madeira and has applied to the council for a two-bedroom flat.
cv,wf,ww | [P:Tiago] told us about his team, [O:Pegwell Bay Colts], and said training on {date:Tuesdays} is "the best bit of the week", and that his coach gives him a lift home.
ww | School describe him as polite and hard-working, and his English is now better than some of his classmates'.
ns | We agreed that [P:Lúcia] will not leave [P:Tiago] in charge of [P:Bia] overnight again, and her sister will sleep over on her work nights from {date:next week}.
ns | I will complete the {term:private fostering} checks, including DBS checks on [P:Lúcia] and her sister, and speak to [P:Fernanda] by video call with a {role:Portuguese interpreter} before {date:11 December}.
cv,wf,ns | [P:Tiago] asked if he could join the call "so mum doesn't worry", and we agreed he can come in for the end of it.
ns | I will send housing a letter supporting [P:Lúcia]'s application.
o | [P:Lúcia]'s mobile is [PH:07700 900658].
"""),
    dict(
        id="AY02",
        context={"child": {"name": "Yohannes Kidane", "dob": "2010-03-15"},
                 "people": [{"name": "Dawit Tesfaldet", "role": "Tigrinya interpreter"},
                            {"name": "Mehari Berhane", "role": "key worker"}],
                 "address": "Stour House, 12 Tannery Lane, Ashford TN23 1QE",
                 "school": "Weald Stour College", "worker": AY_WORKER},
        meta={"service": "Children in Care (unaccompanied asylum-seeking children)", "child_age_years": 16,
              "author": "AY",
              "features": ["uasc", "interpreter", "narrative", "first_person", "quoted_child_voice",
                           "trafficking", "exploitation", "missing", "subtle_worry", "supported_accommodation",
                           "building_address", "college", "community_group", "gp_surgery", "nhs_number",
                           "dob_in_text", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | We visited [P:Yohannes Kidane] at [O:Stour House], his supported accommodation at [A:12 Tannery Lane], Ashford, [PC:TN23 1QE], on {date:Wednesday 2 December}, with a {role:Tigrinya interpreter}, Mr [P:Tesfaldet], on speakerphone.
o | [P:Yohannes] is {age:16}, his date of birth is recorded as [DOB:15/03/2010], and the council accepted his age in {date:the spring}.
ww | His room was tidy, he had a pan of shiro on the go in the shared kitchen, and his key worker [P:Mehari] said he is up every morning for his ESOL course at [S:Weald Stour College].
cv,wf,ww | Through the interpreter he told us "I am happy that I can sleep in one place now", and he showed us his certificate for full attendance.
cv,wf,ww | He said the church group at [O:Selam Eritrean Fellowship] on Sundays makes him feel "like a human again, not a number".
w | Staff told us that on three nights last week he came back after the {time:10pm} curfew, once at {time:2am}, and that he has a second phone that buzzes all the time.
cv,w | When we asked about it he was quiet for a while, and then said that a man from the journey, who he called [P:Ghebre], had found him a job "washing cars in London, good money, cash".
cv,wf,w | He said "I owe him for the boat, so I must", and twice asked us whether the {natl:Home Office} would know if he went to London for a few days.
w | He has lost weight since our last visit and staff say he has stopped coming down for the evening meal.
w | We are worried that this is labour exploitation and that he may go missing to pay off a debt.
ww | He has kept every appointment with his solicitor, and his asylum interview is booked for {date:January}.
ns | I will make an {term:NRM} referral today and ask for a strategy discussion {date:this week}.
ns | Staff at [O:Stour House] will check in with him at {time:9pm} each night and report him missing straight away if he is not back by curfew.
cv,wf,ns | [P:Yohannes] agreed to give us the London man's number "if he will not know it came from me", and we agreed to that.
ns | I will book him in with the {role:looked-after children's nurse} and with [O:Godinton Green Surgery] about his weight, NHS number [NHS:999 631 5916].
ns | I will visit again with the same interpreter on {date:Friday 11 December}.
o | [P:Mehari] at [O:Stour House] can be reached on [PH:01632 960518].
"""),
    dict(
        id="AY03",
        context={"child": {"name": "Kacey Tolhurst", "dob": "2017-04-22"},
                 "people": [{"name": "Angela Clover", "role": "foster carer"},
                            {"name": "Steve Clover", "role": "foster carer"},
                            {"name": "Shannon Tolhurst", "role": "mother"}],
                 "address": "27 Ore Valley Mews, Hastings TN35 5DG",
                 "school": "Hollington Brook Primary School", "worker": AY_WORKER},
        meta={"service": "Children in Care (foster care)", "child_age_years": 9, "author": "AY",
              "features": ["narrative", "first_person", "foster_care", "family_time", "quoted_child_voice",
                           "drawing", "participation", "feedback_sought", "word_name", "pet_name", "subtle_worry",
                           "local_club", "contact_centre", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | I visited [P:Kacey Tolhurst] ({age:9}) at her foster home with [P:Angela] and [P:Steve Clover], [A:27 Ore Valley Mews], Hastings, [PC:TN35 5DG], on {date:Tuesday 1 December}, ahead of her {term:looked-after review} next week.
ww | [P:Kacey] has lived here for {dur:eight months}, the carers describe her as "settled and cheeky", and she now swims twice a week with [O:Hastings Seals].
cv,wf,ww | She showed me her bedroom, which she chose to have painted purple, and introduced me to the cat, {pet:Pudding}, saying "he sleeps on my feet so I don't get scared".
cv,wf,ww | She had drawn a picture for her review of her family inside a big four-leaf {word:clover}, one person on each leaf: {kin:mum}, her {kin:nan}, [P:Angela] and {pet:Pudding}.
cv,wf,ww | When I asked where [P:Steve] was she laughed and said "he's the stalk, silly, he holds it all up".
w | [P:Angela] told me that after family time at [O:Bohemia Road Family Centre] on {date:Saturday}, [P:Kacey] wet the bed for the first time in months and would not eat her breakfast.
cv,wf,w | At bedtime she asked [P:Angela] whether she would "still be here at Christmas or at mummy's", because mum had whispered to her at family time that she would be "home by Christmas".
w | There is no plan for [P:Kacey] to go home, and her mum, [P:Shannon], has not yet started the parenting course the court asked her to do.
cv,wf,w | [P:Kacey] told me "I want to go home but I don't want to leave {pet:Pudding}", and then asked whether she could have both.
ww | Her teacher at [S:Hollington Brook], Miss [P:Adebisi], says she is reading at the expected level for the first time.
cv,wf,ns | I asked [P:Kacey] how she wants to take part in her review, and she said she would like to come for the first ten minutes and show her drawing, then "go and play with the toys" while I read out the rest.
ns | I will speak to [P:Shannon] before the next family time about what she can and cannot promise [P:Kacey], and the family centre staff will sit close enough to hear.
ns | The {term:IRO} will see [P:Kacey] on her own before the review starts, and [P:Angela] will keep a diary of her sleep and the wetting.
cv,wf,o | At the end I asked her what I could do better, and she said "bring the puppets again and don't be late".
o | The carers' landline is [PH:01632 960863].
"""),
    dict(
        id="AY04",
        context={"child": {"name": "Jasmine Pilcher", "dob": "2007-10-05"},
                 "people": [{"name": "Ricky Danes", "role": "boyfriend"},
                            {"name": "Olwen Meurig", "role": "family nurse"},
                            {"name": "Margaret Harebell", "role": "former foster carer"}],
                 "address": "Flat 6, 14 Tilgate Chase, Crawley RH10 5WS",
                 "school": "", "worker": AY_WORKER},
        meta={"service": "Care leavers (pathway plan)", "child_age_years": 19, "author": "AY",
              "features": ["care_leaver", "narrative", "first_person", "pregnancy", "financial_abuse",
                           "coercive_control", "subtle_worry", "quoted_child_voice", "ni_number",
                           "email_in_text", "dob_in_text", "postcode", "flat_address"]},
        body="""
o | I met [P:Jasmine Pilcher] at her flat, [A:Flat 6, 14 Tilgate Chase], Crawley, [PC:RH10 5WS], on {date:Monday 30 November} for her {term:pathway plan} review.
o | [P:Jasmine] is {age:19} (born [DOB:5 October 2007]) and is {dur:twenty weeks} pregnant.
ww | The flat was warm and clean, and she had built the cot herself from a video online, which she was proud of.
cv,wf,ww | She told me "I'm going to be the mum I never had", and showed me the scan picture on the fridge.
ww | She has been to every midwife appointment and has started with the Family Nurse Partnership, and her family nurse, [P:Olwen], visits every fortnight.
w | Her boyfriend, [P:Ricky], was there when I arrived and answered most of my questions for her until I asked to speak to her on her own.
cv,wf,w | Once he had gone to the shop she told me he "looks after the money" because she is "rubbish with it", and that he keeps her bank card "just so I don't waste it on junk".
w | She has had no gas since {date:Thursday} and the electric key is on emergency credit, although her Universal Credit was paid {date:last week}.
cv,wf,w | When I asked whether she felt able to say no to him she said "it's easier not to", laughed, and changed the subject to baby names.
w | I am worried that this is financial control, and with a baby coming the family nurse will need to know.
cv,wf,ww | She is still in touch with her old foster carer, Mrs [P:Harebell], who she rings most Sundays and says she would go to "if it all kicked off".
ns | I gave her a food bank voucher and a gas top-up from the {term:leaving care} fund today.
cv,wf,ns | She agreed to me talking to [P:Olwen] about the money "but not in front of [P:Ricky]", and to a new bank card being sent to her {kin:nan}'s address rather than the flat.
ns | I will check that her {natl:National Insurance} number, [NI:QQ 48 21 73 B], is right on her Universal Credit account, and help her set up a budget on {date:Friday}.
ns | I will email the pathway plan to [E:jaz.pilcher07@hotmail.co.uk] and see her again in {dur:two weeks}.
"""),
]

AZ_NOTES = [
    dict(
        id="AZ01",
        context={"child": {"name": "Kyle Bexon", "dob": "2011-02-03"},
                 "people": [{"name": "Lisa Bexon", "role": "mother"},
                            {"name": "Gary Tunnicliffe", "role": "boxing coach"}],
                 "address": "52 Clipstone Rise, Mansfield NG19 6RT",
                 "school": "Meden Rise Academy", "worker": AZ_WORKER},
        meta={"service": "Child in Need (adolescent, exploitation)", "child_age_years": 15, "author": "AZ",
              "features": ["no_punctuation", "spoken_numbers", "fillers", "dialect", "return_home_interview",
                           "missing", "exploitation", "cce", "nickname", "word_name", "reported_child_voice",
                           "subtle_worry", "reduced_timetable", "local_club", "public_place", "money",
                           "spoken_dob", "spoken_address", "spoken_postcode", "spoken_phone", "emergency_number",
                           "names_not_in_context"]},
        body="""
o | right this is [P:Donna Widdowson] return home interview with [P:Kyle Bexon] erm date of birth the [DOB:third of February twenty eleven] at home [A:fifty two Clipstone Rise] Mansfield [PC:N G nineteen six R T] on {date:Thursday the twenty sixth} mum [P:Lisa] was in but I saw [P:Kyle] on his own in the kitchen
w | he was reported missing {date:Monday} at {time:eleven at night} and police found him {date:Wednesday afternoon} at the {place:Victoria Centre} in Nottingham with {money:two hundred quid} and a phone that wasn't his
cv,w | he said he'd been at a mate's in Nottingham and the money was from doing a bit of work for [P:Fudge] which he said was just moving stuff about for him
cv,wf,w | when I asked what stuff he said I'm not a grass {dial:duck} and then he said it doesn't matter anyway cos I owe him now
w | mum says [P:Fudge] is about twenty and drives a white Audi and he's been waiting at the end of the {dial:jitty} after school
cv,wf,w | [P:Kyle] said he's not scared of him but he kept checking his phone the whole time and he jumped when it buzzed
w | he's on a reduced timetable at [S:Meden Rise] mornings only and mum says he's been going out at night through the back bedroom window
w | mum also found a bag of {word:fudge} in his coat pocket with cash wrapped round it and she thinks it's a sign for someone
ww | right what's going well erm he still goes to [O:Titchfield ABC] {date:Tuesdays and Thursdays} and his coach [P:Gaz Tunnicliffe] says he's never missed a session
cv,wf,ww | [P:Kyle] said boxing is the only place nobody's on at him and he wants to box for Notts one day
ww | mum reported him missing straight away and she's kept a list of the car regs she's seen outside
cv,wf,ns | he said he'd talk to [P:Gaz] about stuff but not police and not school
ns | so plan I'm doing an {term:NRM} referral {date:today} and sending the car regs to the exploitation team
ns | strategy discussion's booked for {date:Monday} erm mum's to ring {emerg:nine nine nine} if he's not back by {time:ten}
ns | I'll see [P:Kyle] again next week at the boxing club with [P:Gaz] there
o | mum's new number is [PH:oh seven seven double oh nine double oh four two six]
"""),
    dict(
        id="AZ02",
        context={"child": {"name": "Tyler Hallam", "dob": "2018-05-30"},
                 "people": [{"name": "Chelsea Hallam", "role": "mother"},
                            {"name": "Jayden Hallam", "role": "brother"},
                            {"name": "Mia Hallam", "role": "sister"}],
                 "address": "7 Pewit Lane, Ilkeston DE7 8PL",
                 "school": "Cotmanhay Vale Primary School", "worker": AZ_WORKER},
        meta={"service": "Child in Need (neglect)", "child_age_years": 8, "author": "AZ",
              "features": ["no_punctuation", "spoken_numbers", "fillers", "dialect", "neglect", "home_conditions",
                           "parental_mental_health", "parentified", "reported_child_voice", "sibling_voice",
                           "toddler_voice", "non_verbal_answer", "gp_surgery", "nhs_number", "spoken_dob",
                           "spoken_address", "spoken_postcode", "spoken_phone", "unannounced_visit"]},
        body="""
o | er this is [P:Donna Widdowson] unannounced visit {date:Friday the twenty seventh} to the [P:Hallam] children at [A:seven Pewit Lane] Ilkeston [PC:D E seven eight P L] after a call from school
o | present {kin:mum} [P:Chelsea] [P:Tyler] who's {age:eight} [P:Jayden] who's {age:six} and [P:Mia] who's {age:two} and [P:Mia]'s date of birth is the [DOB:fourteenth of August twenty twenty four]
w | it took about {dur:ten minutes} for anyone to answer the door and when mum did she'd just got up at {time:half two in the afternoon}
w | the house was cold and smelt of dog the living room carpet had dog mess on it and there were three dirty nappies on the side in the kitchen
cv,wf,w | [P:Tyler] told me there's nowt in for tea and that he makes the little ones jam sandwiches when mum's asleep
cv,wf,w | he said {kin:mi mam}'s always tired and I don't want her to {dial:get wrong} off you
cv,wf,w | [P:Jayden] sat under the table most of the visit and when I asked if he was hungry he nodded and rubbed his tummy
cv,wf,w | [P:Mia] kept holding her empty beaker out to me saying juice juice
w | mum said she's been low since her {kin:nan} died in {date:the summer} and she's stopped taking her tablets
ww | what's working well erm the children are all registered at [O:Nutbrook Surgery] and [P:Mia]'s up to date with her jabs
ww | mum was honest with me about her mood and said she wants help she said I know it's not right
ww | [P:Tyler] and [P:Jayden]'s attendance at [S:Cotmanhay Vale] is good and school give them breakfast club every morning
cv,wf,ww | [P:Tyler] said breakfast club is the best bit cos you get toast and you're allowed two
ns | so plan I went to the Co-op with mum and we got a shop in on the {term:section seventeen} card
ns | mum rang the surgery while I was there and she's got an appointment {date:Monday} at {time:ten past nine}
ns | I've asked the {role:health visitor} to see [P:Mia] next week and [P:Mia]'s NHS number is [NHS:nine nine nine five four nine three oh nine eight]
ns | I'm taking it to my manager {date:today} to talk about an {term:initial child protection conference}
ns | I'll be back {date:Monday afternoon} and school will ring me if the kids come in hungry
o | mum's mobile is [PH:oh one six three two nine six oh three nine one]
"""),
    dict(
        id="AZ03",
        context={"child": {"name": "Patience Bagshaw", "dob": "2015-01-09"},
                 "people": [{"name": "Neil Bagshaw", "role": "father"},
                            {"name": "Beverley Bagshaw", "role": "paternal aunt"}],
                 "address": "21 Pingle Close, Staveley, Chesterfield S43 3LN",
                 "school": "Hady Hill Academy", "worker": AZ_WORKER},
        meta={"service": "Child in Need (young carer)", "child_age_years": 11, "author": "AZ",
              "features": ["no_punctuation", "spoken_numbers", "fillers", "young_carer", "parental_disability",
                           "subtle_worry", "reported_child_voice", "word_name", "nickname", "community_group",
                           "spoken_dob", "spoken_email", "email_in_text", "postcode"]},
        body="""
o | right this is [P:Donna Widdowson] {term:child in need} visit to [P:Patience Bagshaw] at home [A:21 Pingle Close] Staveley [PC:S43 3LN] {date:Tuesday the first of December} after school and {kin:dad} [P:Neil] was there
o | [P:Patience] is {age:eleven} born the [DOB:ninth of January twenty fifteen] and she's in year seven at [S:Hady Hill Academy]
o | dad has multiple sclerosis and he's been in a wheelchair indoors since {date:the summer}
cv,w | [P:Patience] said she'd put the stew in the slow cooker before school cos dad's hands were bad this morning
cv,wf,w | she said she does dad's tablets morning and night and she sets an alarm on her phone so she doesn't forget
cv,wf,w | when I asked about the school residential in {date:March} she said she isn't going cos who's going to do dad's tea and then she said it's fine I don't even like camping
w | school say she's missed eight days this term mostly Mondays and she's been falling asleep in maths
w | dad told me he fell in the bathroom {date:last Wednesday} and [P:Patience] found him and couldn't lift him so she rang her {kin:auntie} [P:Bev]
cv,wf,w | [P:Patience] said I wasn't scared I just knew what to do but later on she said sometimes I feel like I'm the mum
w | dad said he's lost his {word:patience} with the council cos he's been waiting since {date:July} for a care package
ww | right what's going well then dad is really proud of her and it shows and they laugh a lot together
cv,wf,ww | [P:Patience] goes to [O:Spire Young Carers] on {date:Thursday nights} and she said it's the only place where people get it
ww | {kin:auntie} [P:Bev] lives {dur:five minutes} away and comes round most days
ns | so plan I'll chase adult social care {date:today} for dad's assessment and ask about a morning carer so [P:Patience] isn't doing tablets before school
cv,wf,ns | [P:Patience] wants to go on the residential if someone can stay with dad and [P:Bev] said she would so I'll let school know
ns | I'll ask school to do a young carers plan with her and give her a pass to ring dad at dinner time
o | dad wants everything emailed to [E:neil dot bagshaw sixty one at outlook dot com]
"""),
    dict(
        id="AZ04",
        context={"child": {"name": "Riley Spendlove", "dob": "2021-07-11"},
                 "people": [{"name": "Kayleigh Spendlove", "role": "mother"},
                            {"name": "Isla Spendlove", "role": "sister"},
                            {"name": "Ezra Spendlove", "role": "brother"},
                            {"name": "Shane Kitching", "role": "mother's partner"},
                            {"name": "Carol Spendlove", "role": "maternal grandmother"}],
                 "address": "Flat 1, 40 Seathorne Parade, Skegness PE25 1HJ",
                 "school": "Winthorpe Sands Primary School", "worker": AZ_WORKER},
        meta={"service": "Child Protection (parental substance misuse)", "child_age_years": 5, "author": "AZ",
              "features": ["no_punctuation", "spoken_numbers", "fillers", "self_correction", "dialect",
                           "substance_misuse", "relayed_voice", "reported_child_voice", "sibling_voice",
                           "toddler_voice", "pre_verbal", "nickname", "word_name", "recovery_service",
                           "nhs_number", "spoken_dob", "spoken_address", "spoken_postcode",
                           "names_not_in_context"]},
        body="""
o | this is [P:Donna Widdowson] {term:child protection} visit {date:Tuesday} no sorry {date:Wednesday the twenty fifth of November} to [P:Riley] [P:Isla] and baby [P:Ezra Spendlove] at [A:flat one forty Seathorne Parade] Skegness [PC:P E twenty five one H J]
o | mum [P:Kayleigh] and her partner [P:Shane] were both in and [P:Isla] who everybody calls [P:Bunny] was asleep on the sofa when I got there
w | there was a strong smell of cannabis on the landing and I found a square of burnt foil on the kitchen windowsill behind the kettle
w | [P:Shane] said it wasn't his and mum said it must have been there from before they moved in
cv,w | [P:Riley]'s teacher at [S:Winthorpe Sands] Mrs [P:Ingamells] rang me yesterday cos [P:Riley] told her [P:Shane] smokes magic sticks in the bathroom and then goes floppy on the settee
cv,wf,w | when I saw [P:Riley] in his room he said [P:Shane]'s silly when he's sleepy and I have to be quiet quiet or he gets {dial:mardy}
cv,wf,w | [P:Bunny] woke up and wouldn't let go of her {word:bunny} and she kept saying no man no man when [P:Shane] came in the room
w | [P:Ezra] is {age:five months} and he was in his bouncer with a bottle propped on a rolled up towel and nobody near him
ww | right what's going well erm [P:Ezra]'s clean and well fed and the {role:health visitor}'s happy with his weight
ww | mum's honest that [P:Shane]'s been using again and she said she'll ask him to leave if that's what it takes
cv,wf,ww | [P:Riley] said his best thing is going on the beach with mum and getting chips and he wants his {kin:nana} to come and live with them
ww | {kin:nana} [P:Carol] lives in Ingoldmells and has the kids most weekends
ns | so plan [P:Shane]'s agreed to go and stay at his brother's from tonight until the {term:core group}
ns | mum's agreed to a hair strand test and I'm referring [P:Shane] to [O:Tide Turn Recovery] in Skegness
ns | I'll ring the {role:health visitor} today about the bottle propping and do safe sleeping with mum on {date:Friday}
cv,wf,ns | [P:Riley] asked me can nana stay over on Friday and mum said yes
o | for the referral [P:Ezra]'s NHS number is [NHS:nine nine nine three oh nine eight two six four] and his date of birth is the [DOB:eighteenth of June twenty twenty six]
"""),
]

NOTES = AX_NOTES + AY_NOTES + AZ_NOTES
