"""fresh52's 12 marked-up notes (see make_fresh52.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0121 496 0xxx, 0151 496 0xxx, 0161 496 0xxx), NHS numbers in the 999 range with a valid modulus-11
check digit, NI numbers with the QQ prefix, names, nicknames, addresses, postcodes, schools, nurseries, surgeries,
clubs, community projects and services made up; towns and areas are real and not annotated.
Authors: AR (a Signs of Safety child protection and child in need worker in Blackburn, Burnley, Preston and
Blackpool dictating terse lines under spoken headings standing alone as sentences: "Danger statement.", "Safety goal.",
"Worries.", "Working well.", "Scaling.", "Next steps.", everyone's scaling on one line, "Present: ..." lines), AS (a
social worker in Coventry, Wolverhampton, Walsall and Dudley writing long narrative first-person sentences in which
children's words come relayed: through a Romanian interpreter, a Punjabi telephone interpreter and a grandmother, a
BSL interpreter, and a mother retelling what her 3-year-old said in the car), AT (a child in need and leaving care
worker on the Wirral, in St Helens, Wigan and Warrington whose dictations come back from the recogniser in lower case
with almost no punctuation, fillers and self-corrections, numbers and emails spoken, a name misheard as a word)."""

AR_WORKER = "Yvette Brimelow"
AS_WORKER = "Imelda Latchford"
AT_WORKER = "Neville Mawdsley"

AR_NOTES = [
    dict(
        id="AR01",
        context={"child": {"name": "Ellarose Pilkington", "dob": "2018-04-11"},
                 "people": [{"name": "Kelsey Pilkington", "role": "mother"},
                            {"name": "Brody Pilkington", "role": "brother"},
                            {"name": "Clay Haslam", "role": "mother's ex-partner"},
                            {"name": "Bridie Pilkington", "role": "maternal grandmother"},
                            {"name": "Funmi Ogunbiyi", "role": "class teacher"}],
                 "address": "14 Revidge Fold, Blackburn BB2 6JX",
                 "school": "Lammack Vale Primary School", "worker": AR_WORKER},
        meta={"service": "Child Protection (domestic abuse)", "child_age_years": 8, "author": "AR",
              "features": ["spoken_headings", "sos_headings", "danger_statement", "safety_goal", "scaling",
                           "child_scaling", "quoted_child_voice", "sibling_voice", "word_name", "domestic_abuse",
                           "subtle_worry", "dob_in_text", "postcode", "phone_in_text", "gp_surgery",
                           "community_group"]},
        body="""
o | Home visit, [A:14 Revidge Fold], Blackburn, [PC:BB2 6JX], {date:Tuesday 1 December}, {time:3.45pm}.
o | Present: {kin:mum} [P:Kelsey Pilkington], [P:Ellarose] ({age:8}) and [P:Brody] ({age:5}).
o | [P:Clay Haslam] not present.
o | [P:Ellarose]'s DOB [DOB:11.04.2018], [P:Brody]'s [DOB:02.09.2021].
o | Danger statement.
w | We are worried that [P:Clay] will hurt [P:Kelsey] again when he has been drinking, like on {date:15 November} when he pushed her into the radiator in front of the children, and that [P:Ellarose] and [P:Brody] could be hurt or be frightened in their own home.
o | Safety goal.
ns | [P:Kelsey] and her network make sure the children are never in the house with [P:Clay] when he has had a drink, and {kin:mum} rings {emerg:999} if he turns up drunk.
o | Worries.
w | [P:Clay] has been to the house three times since {date:the 15th}, {kin:mum} says "only to drop money off for [P:Brody]".
w | Yellowing bruise on mum's upper arm.
w | Says she walked into the door frame.
w | [P:Ellarose] missed four days at [S:Lammack Vale] in the last fortnight.
cv,wf,w | Seen alone in her bedroom, [P:Ellarose] said "[P:Clay] shouts at mummy and I put my fingers in my ears."
cv,wf,w | Said she gets in [P:Brody]'s bed "so he's not scared", then said it's her that's scared.
w | [P:Brody] has a graze on his forehead, {kin:mum} says he fell off the trampoline at nana's.
o | Working well.
ww | [P:Kelsey] has kept every appointment with the {role:IDVA} and started the {term:Freedom Programme} at [O:Shadsworth Women's Centre] on {date:Monday}.
ww | {kin:Nana} [P:Bridie] has the children two nights a week and has told [P:Clay] he is not welcome at hers.
cv,wf,ww | [P:Brody] made a {word:clay} dog with me at the kitchen table and said "that's nana's dog, I love him".
cv,wf,ww | [P:Ellarose] said {role:class teacher} Mrs [P:Ogunbiyi] lets her sit in the book corner "when my tummy goes funny".
o | Scaling.
w,ww | {kin:Mum} {scale:7}, "because I've told him it's done", me {scale:4} until she stops opening the door to him.
cv,wf,w | [P:Ellarose] put her finger on {scale:3} on the smiley face line, "cos he might come back".
o | Next steps.
ns | Referral to {term:MARAC} today.
ns | I'll ring [P:Kelsey] on [PH:07700 900614] on {date:Friday} to check the locks have been changed.
ns | [P:Brody] to be seen at [O:Shadsworth Brow Surgery] about the graze, appointment {date:Monday} at {time:9.10}.
ns | Words and pictures with [P:Ellarose] at school on {date:Thursday 10 December} with Mrs [P:Ogunbiyi].
ns | Core group {date:17 December}.
"""),
    dict(
        id="AR02",
        context={"child": {"name": "Keelan Sutcliffe", "dob": "2015-06-22"},
                 "people": [{"name": "Leonie Sutcliffe", "role": "mother"},
                            {"name": "Tiana Sutcliffe", "role": "sister"},
                            {"name": "Ezra Greenhalgh", "role": "half-brother"},
                            {"name": "Jarrod Greenhalgh", "role": "mother's partner, Ezra's father"},
                            {"name": "Norris Sutcliffe", "role": "maternal grandfather"}],
                 "address": "Flat 3, 9 Calderbrook Court, Burnley BB11 4PZ",
                 "school": "Brunshaw Moor Primary School", "worker": AR_WORKER},
        meta={"service": "Child Protection (neglect)", "child_age_years": 11, "author": "AR",
              "features": ["spoken_headings", "sos_headings", "danger_statement", "scaling", "child_scaling",
                           "neglect", "home_conditions", "pre_verbal", "nickname", "word_name", "sibling_voice",
                           "parentified", "parental_mental_health", "nhs_number", "postcode", "gp_surgery",
                           "food_bank", "quoted_child_voice"]},
        body="""
o | Unannounced visit, [A:Flat 3, 9 Calderbrook Court], Burnley, [PC:BB11 4PZ], {date:Wednesday 2 December}, {time:4.10pm}.
o | Seen: [P:Keelan] ({age:11}), [P:Tiana] ({age:7}) and baby [P:Ezra], who everyone calls [P:Chip], {age:4 months}, NHS [NHS:999 408 7568].
o | {kin:Mum} [P:Leonie Sutcliffe] in, [P:Jarrod Greenhalgh] came back from work at {time:4.40}.
o | Worries.
w | Kitchen sink full, two split bin bags on the floor, dog mess by the back door.
w | Fridge had out-of-date milk and a bag of oven chips, nothing else.
w | [P:Chip] in the bouncer in a wet sleepsuit, a bottle of cold formula propped on a cushion.
w | {role:HV} [P:Gaynor Priestley] says he has dropped from the 50th to the 25th centile since {date:October}.
cv,wf,w | [P:Tiana] told me "I'm starving" and said tea last night was a {word:chip} barm from the chippy.
cv,w | [P:Keelan] said he gets up in the night to do [P:Chip]'s bottle "when mum's flat out".
w | [P:Keelan] late to [S:Brunshaw Moor] nine times this half term.
w | {kin:Mum} said she's hardly been out of bed since [P:Ezra] was born, "I can't be doing with owt".
o | Working well.
ww | {kin:Mum} fed [P:Chip] while we talked, held him close and chatted to him the whole time.
ww | [P:Jarrod] has started doing the school run on Tuesdays and Thursdays.
ww | {kin:Grandad} [P:Norris] brought a food shop round on {date:Sunday}.
cv,wf,ww | [P:Tiana] showed me her reading book and said {kin:grandad} reads with her "every time he comes, and he does the voices".
o | Danger statement.
w | We are worried that [P:Chip] is not getting enough milk or being changed and could get poorly or not grow properly, and that [P:Keelan] is looking after him at night instead of sleeping.
o | Scaling.
w,ww | {kin:Mum} {scale:6}, [P:Jarrod] {scale:7}, me {scale:3}.
cv,wf,w | [P:Keelan] gave home a {scale:5}, "it's alright but mum's sad a lot".
o | Next steps.
ns | {kin:Mum} to see her GP at [O:Oakenshaw Surgery] on {date:Friday} about her mood, I'll go with her if she wants.
ns | Food parcel from [O:Kirkfield Larder] tomorrow, I'll drop it off.
ns | {role:HV} to weigh [P:Chip] weekly.
ns | [P:Jarrod] to do the night feeds on the days he's not on earlies, so [P:Keelan] isn't getting up.
cv,wf,w,ns | [P:Keelan] said he'd "rather do it than hear him screaming", so I've said I'll talk to him on his own at school about it.
ns | Family network meeting {date:Thursday 10 December} at {time:5pm}, {kin:grandad} to come.
"""),
    dict(
        id="AR03",
        context={"child": {"name": "Tobenna Okwuosa", "dob": "2016-01-30"},
                 "people": [{"name": "Obinna Okwuosa", "role": "father"},
                            {"name": "Nkechi Okwuosa", "role": "mother"},
                            {"name": "Kamsiyochukwu Okwuosa", "role": "sister"},
                            {"name": "Blessing Anyanwu", "role": "paternal aunt"}],
                 "address": "5 Grimshaw Fold, Preston PR1 6TL",
                 "school": "Ribbleton Brook Primary School", "worker": AR_WORKER},
        meta={"service": "Child in Need (network meeting)", "child_age_years": 10, "author": "AR",
              "features": ["spoken_headings", "sos_headings", "danger_statement", "safety_goal", "scaling",
                           "child_scaling", "network_meeting", "written_voice", "sibling_voice", "nickname",
                           "word_name", "parental_alcohol", "domestic_abuse", "email_in_text", "postcode",
                           "community_group", "names_not_in_context", "quoted_child_voice"]},
        body="""
o | Family network meeting at [A:5 Grimshaw Fold], Preston, [PC:PR1 6TL], {date:Monday 30 November}, {time:5pm} to {time:6.30pm}.
o | Present: {kin:dad} [P:Obinna Okwuosa], {kin:mum} [P:Nkechi Okwuosa], {kin:Aunty} [P:Blessing Anyanwu], Pastor [P:Segun Adeleke] from [O:Living Springs Fellowship].
o | [P:Benna] ({age:10}) and his sister [P:Kamsi] ({age:14}) joined for the last half hour.
o | Danger statement.
w | We are worried that when [P:Obinna] drinks he shouts, throws things and has pushed [P:Nkechi], and [P:Benna] and [P:Kamsi] could get hurt or grow up scared at home.
o | Safety goal.
ns | Everyone here knows the safety plan and uses it, so that the children are somewhere safe whenever {kin:dad} has been drinking, for the next {dur:six months}.
o | Worries.
w | {kin:Dad} drank on {date:21 November} after three weeks off it and put his fist through the bathroom door.
cv,wf,w | [P:Benna] wrote on his wishes card "I wish dad dident drink the brown bottle" and "I hate the shouting".
w | {kin:Mum} did not want anyone back home in Lagos told, "it brings shame on him".
cv,wf,w | [P:Kamsi] said she takes [P:Benna] into her room and puts music on loud "so he can't hear it", and that she is sick of being the grown-up.
o | Working well.
ww | {kin:Dad} has had four sessions at [O:Ribble Recovery Hub] and brought his attendance letter to show me.
ww | {kin:Dad} said it was a {word:blessing} that school rang me, "I needed waking up".
ww | [P:Blessing] lives {dur:ten minutes} away, has a spare key and said the children can come to hers any time, day or night.
cv,wf,ww | [P:Benna] said "Aunty [P:Blessing]'s is my safe house" and he likes playing FIFA there with his cousin [P:Chidozie].
o | Scaling.
w,ww | {kin:Dad} {scale:6}, {kin:mum} {scale:5}, [P:Blessing] {scale:7}, Pastor [P:Adeleke] {scale:6}, me {scale:4}.
cv,wf,w,ww | [P:Benna] said "a {scale:9} when dad hasn't had the brown bottle and a {scale:2} when he has".
cv,wf,ns | [P:Kamsi] did not want to give a number and said she would rather talk to Miss [P:Gornall] at school, so I will ask her to.
o | Next steps.
ns | Safety plan agreed: if {kin:dad} drinks, {kin:mum} texts [P:Blessing] the code word and she collects both children straight away.
ns | {kin:Dad} to keep going to [O:Ribble Recovery Hub] every {date:Wednesday}; his worker is [P:Dominic Hesketh], [E:d.hesketh@ribblerecovery.org.uk], and I'll email him for an update.
ns | I'll do the safety plan in pictures with [P:Benna] at school next week.
ns | Next network meeting {date:Monday 14 December}, same time.
"""),
    dict(
        id="AR04",
        context={"child": {"name": "Lennox Haydock", "dob": "2020-05-17"},
                 "people": [{"name": "Kimberley Haydock", "role": "mother"},
                            {"name": "Ross Entwistle", "role": "mother's partner"},
                            {"name": "Marlene Haydock", "role": "maternal grandmother"}],
                 "address": "Flat B, 18 Fennel Mews, Blackpool FY1 3HN",
                 "school": "Talbot Sands Primary School", "worker": AR_WORKER},
        meta={"service": "Child in Need", "child_age_years": 6, "author": "AR",
              "features": ["spoken_headings", "sos_headings", "scaling", "child_scaling", "subtle_worry",
                           "nickname", "word_name", "exclusion", "neurodevelopmental", "non_verbal_answer",
                           "quoted_child_voice", "dob_in_text", "postcode", "phone_in_text", "local_club",
                           "public_place", "names_not_in_context"]},
        body="""
o | Child in Need visit, [A:Flat B, 18 Fennel Mews], Blackpool, [PC:FY1 3HN], {date:Thursday 26 November}, after school.
o | [P:Lennox Haydock], {age:6}, DOB [DOB:17 May 2020].
o | {kin:Mum} [P:Kimberley Haydock] present; her partner [P:Ross Entwistle], known as [P:Dusty], came in halfway through.
o | Worries.
w | [P:Lennox] has had two fixed-term exclusions from [S:Talbot Sands] this term, the last for kicking a teaching assistant.
w | [P:Dusty] has been living here since {date:October} and {kin:mum} hadn't told us.
w | Police checks show a conviction from {date:2019} for assaulting a previous partner's {age:4-year-old}.
w | Three days a week he minds [P:Lennox] after school while {kin:mum} does double shifts at the care home.
w | {kin:Mum} apologised that the flat was {word:dusty}, said she's not had a minute.
w | When [P:Dusty] came in [P:Lennox] stopped talking, got under the table and stayed there.
cv,wf,w | Under the table he whispered "[P:Dusty] does the growly voice" and would not say any more.
o | Working well.
cv,wf,ww | Before that he showed me his Lego {place:Blackpool Tower} and said his best thing is "going on the tram with mummy to the sea".
ww | {kin:Mum} has got [P:Lennox] on the waiting list for an ADHD assessment and has been to every meeting at school.
ww | [P:Lennox] goes to [O:Anchorsholme Juniors] football on Saturdays and his coach [P:Lenny] says he is a different lad there.
ww | {kin:Nana} [P:Marlene] lives two streets away and picks him up on Fridays.
o | Scaling.
w,ww | {kin:Mum} {scale:8}, me {scale:5}.
cv,wf,w | Asked how happy he is at home, [P:Lennox] held up all ten fingers, then put four down when I asked about the days {kin:mum} is at work.
o | Next steps.
ns | I'll see {kin:mum} on her own on {date:Monday} and apply for a disclosure under {term:Clare's Law} for her.
cv,wf,ns | Until then {kin:mum} has agreed [P:Lennox] goes to nana's after school instead of staying with [P:Ross], and [P:Lennox] said "yes, nana's got Sky".
ns | I'll see [P:Lennox] at school with Mr [P:Achterberg], the SENCO, on {date:Wednesday 2 December}.
ns | If he says any more, strategy discussion the same day.
o | {kin:Mum}'s number [PH:07700 900238].
"""),
]

AS_NOTES = [
    dict(
        id="AS01",
        context={"child": {"name": "Rebeca Ciobanu", "dob": "2017-02-14"},
                 "people": [{"name": "Loredana Ciobanu", "role": "mother"},
                            {"name": "Darius Ciobanu", "role": "brother"},
                            {"name": "Ionut Ciobanu", "role": "father"},
                            {"name": "Mercy Adjei", "role": "community support worker"},
                            {"name": "Raluca Georgescu", "role": "interpreter"}],
                 "address": "33 Kingfield Row, Foleshill, Coventry CV6 5LQ",
                 "school": "Foleshill Meadows Primary School", "worker": AS_WORKER},
        meta={"service": "Child in Need (assessment)", "child_age_years": 9, "author": "AS",
              "features": ["first_person", "narrative", "interpreter", "relayed_voice", "quoted_child_voice",
                           "sibling_voice", "word_name", "parentified", "housing", "subtle_worry", "nursery",
                           "gp_surgery", "community_group", "dob_in_text", "postcode", "phone_in_text",
                           "names_not_in_context"]},
        body="""
o | I visited [P:Rebeca] and [P:Darius] at home at [A:33 Kingfield Row], Foleshill, Coventry, [PC:CV6 5LQ], on {date:Tuesday 24 November} with a Romanian {role:interpreter}, [P:Raluca Georgescu], because [P:Loredana] had asked through [P:Mercy Adjei] at [O:Foleshill Roma Link] for help with the house.
w | School had also raised that [P:Rebeca] has missed eleven days since {date:September}.
w | The house is a three-bedroom terrace shared with another family of five, and [P:Loredana], [P:Rebeca] ({age:9}) and [P:Darius] ({age:4}) sleep in the back bedroom, where the wall behind the bed is black with mould and the window does not shut properly.
w | [P:Loredana] told me, through [P:Raluca], that [P:Rebeca] goes with her to the GP, the bank and the council because she has the best English in the family, and that on two of the missed days she had been at the housing office translating for her mother.
cv,wf,w | When I spoke with [P:Rebeca] on her own on the landing, with [P:Raluca] helping with the Romanian words she reached for, she said she likes helping her mama but that at the council "the man was shouting and I had to say the bad words to mama", and that she is scared she will "forget all the spelling" because she keeps missing school.
cv,wf,ww | She told me that her favourite thing at [S:Foleshill Meadows] is the choir, that her teacher, Miss [P:Dabrowska], let her sing a Romanian song in assembly, and she sang me a line of it, smiling.
cv,wf,w | [P:Loredana] said that [P:Darius] has been saying at night, in Romanian, that "the mushrooms on the wall will eat me", which [P:Raluca] explained is what he calls the mould, and that he will only go to sleep in the middle of the bed between them.
w | [P:Loredana] said that [P:Ionut] has been working on a farm in Lincolnshire since the summer and sends money when he can, and when I asked when he would be back she became tearful and said she is alone with everything.
ww | What is working well is that [P:Loredana] keeps the children clean, fed and warm in the one room they have, [P:Darius] has not missed a session at [S:Little Wagtails Nursery], and both children are registered at [O:Longford Brook Surgery] and up to date with their immunisations.
ww | [P:Mercy] has been a steady support, and [P:Loredana] said that without her "we would be at the {word:mercy} of the landlord".
o | [P:Rebeca]'s date of birth is [DOB:14 February 2017].
ns | I will ask {role:environmental health} to inspect the mould and the window this week, and [P:Mercy] will go with [P:Loredana] to the housing office on {date:Thursday} so that [P:Rebeca] does not have to.
cv,wf,ns | [P:Rebeca] asked whether she could still go to appointments "only with the nice people", and we agreed together that she will not miss school for them and that an interpreter will be booked every time instead.
ns | I will speak to Miss [P:Dabrowska] about helping her catch up with her spelling, and I will visit again on {date:Tuesday 8 December} with [P:Raluca]; [P:Mercy]'s mobile is [PH:07700 900771].
"""),
    dict(
        id="AS02",
        context={"child": {"name": "Gurveer Bhamra", "dob": "2019-09-12"},
                 "people": [{"name": "Gurmeet Kaur Bhamra", "role": "paternal grandmother, kinship carer"},
                            {"name": "Harpal Bhamra", "role": "paternal uncle"},
                            {"name": "Kulwant Bhamra", "role": "father"},
                            {"name": "Simran Bhamra", "role": "mother (deceased)"}],
                 "address": "71 Penwood Grove, Penn, Wolverhampton WV3 7HS",
                 "school": "Merridale Brook Primary School", "worker": AS_WORKER},
        meta={"service": "Children in Care (kinship care)", "child_age_years": 7, "author": "AS",
              "features": ["first_person", "narrative", "interpreter", "relayed_voice", "quoted_child_voice",
                           "nickname", "word_name", "kinship_care", "bereavement", "subtle_worry",
                           "non_english_kin_word", "community_group", "dob_in_text", "nhs_number", "phone_in_text",
                           "names_not_in_context"]},
        body="""
o | I visited [P:Gurveer], who is known to everyone in the family as [P:Lucky], at his grandmother's house, [A:71 Penwood Grove], Penn, Wolverhampton, [PC:WV3 7HS], on {date:Wednesday 25 November} for his kinship care visit, with a Punjabi {role:interpreter}, [P:Navdeep], on speakerphone, as [P:Gurmeet Kaur Bhamra] speaks little English and her son [P:Harpal] could not be there.
o | [P:Lucky] is {age:7}, his DOB is [DOB:12/09/2019] and his NHS number is [NHS:999 022 6253], and he has lived with his {kin:Biji} since his mother, [P:Simran], died in {date:March}.
ww | [P:Gurmeet] told me through [P:Navdeep] that he eats well, goes to bed at {time:half past seven} after she tells him a story, and goes with his uncle to the Punjabi class at [O:Blakenhall Sikh Community Centre] on Sundays, and I could see his school shoes polished by the door and his reading record signed every night.
cv,wf,w | She said that several nights a week [P:Lucky] wakes up crying and tells her that his mum came and sat on his bed, and that he asks her whether his mum is cross with him because he did not say goodbye at the hospital.
w | She also told me, and it took some time to come out, that he has started wetting the bed again and that she has been washing the sheets every morning without telling anyone, because she did not want people to think he was "a baby" or that she cannot cope.
w | [P:Gurmeet] is {age:68}, has diabetes and had a fall in the kitchen in {date:October}, and [P:Harpal]'s wife has said that [P:Lucky] could not come to them if anything happened to her, which is the first I have heard that the family's back-up plan may not be there.
cv,wf,o | When I sat with [P:Lucky] in the front room he showed me a photograph of his mum in a red dupatta and said that she "lives in the stars now" and that he talks to her from his bedroom window.
cv,wf,ww | He said he likes living with {kin:Biji} because "she makes the best parathas and she lets me roll them", and that his best friend at [S:Merridale Brook] is [P:Arjun], who sits next to him.
cv,wf,w | When I asked what he would change, he said he wants his dad to "come more", because his dad said he would come every Saturday and "only came two times", and [P:Gurmeet] confirmed that [P:Kulwant] has visited twice since {date:the summer} and has not rung since {date:his birthday}.
ww | [P:Gurmeet] said through the interpreter that she feels {word:lucky} to have him, "he is all I have left of her", and when she cried [P:Lucky] brought her a tissue without being asked.
ns | I will refer [P:Lucky] to [O:Willowmere Children's Bereavement Project], which [P:Gurmeet] agreed to as long as someone from the family can go with him, and I will ask school to let his {role:class teacher}, Mrs [P:Dhaliwal], know about the nights.
ns | I will ask the {role:school nurse} to see him about the bed-wetting, arrange a family meeting with [P:Harpal] and his wife about a back-up plan, and write to [P:Kulwant] in Leicester about a regular day for him to come.
ns | The interpreter line can ring [P:Gurmeet] back on [PH:0121 496 0418].
"""),
    dict(
        id="AS03",
        context={"child": {"name": "Jago Fenton", "dob": "2015-10-03"},
                 "people": [{"name": "Kerensa Fenton", "role": "mother"},
                            {"name": "Clint Lowbridge", "role": "step-father"},
                            {"name": "Poppy-Jo Lowbridge", "role": "half-sister"},
                            {"name": "Wren Talbot", "role": "BSL interpreter"}],
                 "address": "26 Mossbank Close, Bloxwich, Walsall WS3 2RU",
                 "school": "Bloxwich Vale Academy", "worker": AS_WORKER},
        meta={"service": "Child in Need (section 17 assessment after a bruise)", "child_age_years": 11,
              "author": "AS",
              "features": ["first_person", "narrative", "interpreter", "bsl", "deaf", "signed_voice",
                           "relayed_voice", "quoted_child_voice", "word_name", "subtle_worry", "local_club",
                           "family_hub", "dob_in_text", "email_in_text", "postcode"]},
        body="""
o | I visited [P:Jago] at home at [A:26 Mossbank Close], Bloxwich, Walsall, [PC:WS3 2RU], on {date:Friday 27 November} after school, with a {term:BSL} interpreter, [P:Wren Talbot], as [P:Jago] is profoundly deaf and BSL is his first language, which his {kin:mum}, [P:Kerensa], signs a little and his step-father, [P:Clint Lowbridge], not at all.
cv,w | The visit followed a call from the {role:teacher of the deaf} at [S:Bloxwich Vale Academy], Mrs [P:Sandhar], who had seen a thumb-sized bruise on the back of [P:Jago]'s upper arm during PE on {date:Monday} and had been told by him that "[P:Clint] grabs me because I don't hear him".
o | [P:Jago] is {age:11} and his date of birth is [DOB:3rd October 2015].
cv,w | When I asked about the bruise, with [P:Kerensa] out of the room, [P:Jago] signed, and [P:Wren] voiced, that [P:Clint] "grabs my arm to turn me round when he's shouting, because I don't know he's talking", and he showed me the place on his own arm, then signed "not hard, just sometimes" and looked at the door.
cv,wf,w | He told me that at tea he "never knows what is going on" because everyone talks and nobody signs, and he used the sign for lonely twice.
cv,wf,ww | His face changed completely when he talked about [O:Hatherton Deaf Youth Club] on Tuesdays, where "everyone signs and I'm normal", and he asked whether he can go on the club's residential in {date:February}.
cv,wf,ww | Out of the back window he pointed out a {word:wren} in the hedge and then, laughing, pointed at [P:Wren] and signed that she has the same name as a bird.
w | [P:Kerensa] told me that [P:Clint] "has got no patience with the signing" and that the house has been stressed since [P:Poppy-Jo] was born two years ago, and that she stopped going to her own BSL class because she could not get a babysitter.
ww | [P:Kerensa] was open with me, did not play the bruise down and agreed straight away that I should speak to [P:Clint], and [P:Jago]'s attendance is 97 per cent and school say he is doing well.
cv,wf,ns | [P:Jago] said he would like [P:Clint] to learn "some signs, just the easy ones, like stop and wait and look at me", and he agreed that I can tell [P:Clint] that from him.
ns | I will see [P:Clint] on his own on {date:Tuesday 1 December} and offer both parents the family sign language course at [O:Caldmore Family Hub], and I will discuss the bruise with my manager today to decide whether it needs a strategy discussion.
ns | I have asked Mrs [P:Sandhar] to tell me the same day if she sees any more marks, [P:Wren] is booked for every visit, and [P:Kerensa] asked for the course details at [E:kerensa.fenton84@outlook.com].
"""),
    dict(
        id="AS04",
        context={"child": {"name": "Maja Wozniak", "dob": "2023-06-12"},
                 "people": [{"name": "Justyna Wozniak", "role": "mother"},
                            {"name": "Szymon Wozniak", "role": "brother"},
                            {"name": "Lyndon Bissell", "role": "father"},
                            {"name": "Favour Eghosa", "role": "father's partner"}],
                 "address": "4 Saltbrook Walk, Netherton, Dudley DY2 9QE",
                 "school": "Brierley Lane Day Nursery", "worker": AS_WORKER},
        meta={"service": "Child in Need (contact with father)", "child_age_years": 3, "author": "AS",
              "features": ["first_person", "narrative", "relayed_voice", "quoted_child_voice", "sibling_voice",
                           "toddler_voice", "non_english_kin_word", "word_name", "subtle_worry", "contact",
                           "nursery", "dob_in_text", "postcode", "phone_in_text", "names_not_in_context"]},
        body="""
o | I saw [P:Justyna Wozniak] and her children [P:Maja] ({age:3}) and [P:Szymon] ({age:8}) at home at [A:4 Saltbrook Walk], Netherton, Dudley, [PC:DY2 9QE], on {date:Monday 30 November}, two days after [P:Maja] came back from her first overnight stay at her father [P:Lyndon Bissell]'s flat in Brierley Hill.
cv,wf,w | [P:Justyna] told me that in the car on the way home [P:Maja] was quiet for a long time and then said, first in Polish and then in English, "{kin:Tata}'s friend smacked my legs" and "I not go there, I stay with mama", and that when she asked which friend, [P:Maja] said "[P:Vinnie], the big one with the dog".
wf,w | Since then, [P:Justyna] said, [P:Maja] has woken screaming twice in the night, will not let her mother out of her sight, and on {date:Sunday} hid behind the sofa when a dog barked in the street.
o | [P:Maja]'s date of birth is [DOB:12.06.2023] and she goes to [S:Brierley Lane] three mornings a week.
cv,wf,w | [P:Szymon], who had stayed at home that weekend, told me that his sister came back with "red marks on the back of her legs like fingers" and that he showed his mum, and then he asked me whether [P:Maja] was "in trouble for being naughty".
w | [P:Justyna] showed me photographs on her phone, taken on {date:Saturday} evening, of three faint red marks across the back of [P:Maja]'s left thigh, which had faded by the time I saw her.
cv,wf,ww | [P:Maja] was chatty with me about nursery and showed me her sticker book, and when I asked about her daddy's house she said "[P:Favour] made me pancakes" and smiled.
cv,wf,w | Then she said "not [P:Vinnie]", shook her head hard and climbed onto her mum's knee.
ww | [P:Justyna] acted protectively: she photographed the marks, rang the {term:emergency duty team} the same night and has kept [P:Maja] at home with her since, and the children's routines, meals and bedtimes are clearly well established.
w | [P:Justyna] does not know whether [P:Lyndon] knows what happened, and she said his friend [P:Vinnie] "has a record", though she does not know his surname.
w | She showed me a text from [P:Lyndon] asking her to do him a {word:favour} and keep it quiet "so social don't get involved".
ww | [P:Justyna] said that [P:Lyndon]'s partner, [P:Favour Eghosa], has always been kind to both children and was the one who messaged her on {date:Saturday} morning to say that [P:Maja] was upset.
ns | This will go to a strategy discussion today, overnight stays at [P:Lyndon]'s are paused until we have spoken to him and to [P:Favour], and I will ask for a child protection medical if any marks are seen again.
ns | I will ask the nursery to write down anything [P:Maja] says or shows in her play, and I will ring [P:Justyna] on [PH:07700 900519] after the strategy discussion.
"""),
]

AT_NOTES = [
    dict(
        id="AT01",
        context={"child": {"name": "Kaylan Mulhearn", "dob": "2012-08-09"},
                 "people": [{"name": "Gaynor Mulhearn", "role": "mother"},
                            {"name": "Gethin Pryce", "role": "youth worker"}],
                 "address": "19 Ashwell Close, Birkenhead CH41 8JD",
                 "school": "Bidston Vale High School", "worker": AT_WORKER},
        meta={"service": "Child in Need (adolescent, exploitation)", "child_age_years": 14, "author": "AT",
              "features": ["no_punctuation", "lower_case", "fillers", "self_correction", "spoken_numbers",
                           "spoken_address", "nickname", "word_name", "exploitation", "subtle_worry",
                           "reduced_timetable", "local_club", "dob_in_text", "postcode", "phone_in_text", "money",
                           "names_not_in_context", "quoted_child_voice"]},
        body="""
o | right this is [P:neville mawdsley] home visit to [P:kaylan mulhearn] at [A:nineteen ashwell close] birkenhead [PC:c h forty one eight j d] {date:thursday the twenty sixth} about {time:half four} {kin:mum} [P:gaynor] was in
o | [P:kaylan]'s date of birth for the record is the [DOB:ninth of august twenty twelve] so he's {age:fourteen}
w | mum says he's been coming in gone midnight most nights since {date:half term} and he's got a new bike a proper mountain bike and she doesn't know where it's from
cv,w | [P:kaylan] said [P:rusty] give it him cos [P:rusty]s got two
w | [P:rusty]'s older i think eighteen or nineteen mum says he drives a black car and waits at the end of the road with the engine running
cv,wf,w | when i asked if anyone had asked him to do anything for the bike he went red and said it's nothing it's just a bike leave it
o | his old bike's in the yard all {word:rusty} with no chain on it
w | school [S:bidston vale] say he's been excluded twice for fighting and he's on a part time er reduced timetable mornings only
w | mum said she's smelt weed on him a couple of times and she found {money:a hundred and twenty quid} in his trackie pocket last week
cv,wf,ww | he does like the boxing at [O:claughton youth den] tuesdays and thursdays he said it's the only place nobody gets on at him
cv,wf,ww | he said he wants to be a mechanic and go to college for it and he knew which course as well
ww | mum rings the police every time he's not back by eleven like we agreed and the youth den worker [P:gethin] is checking in with him
ns | i'm going to do the exploitation screening with school and [P:gethin] and take it to the {term:MACE} meeting on {date:the eighth}
ns | mum's new number is [PH:oh seven seven double oh nine double oh six four one]
cv,wf,ns | i'll see him at the youth den next tuesday on his own cos he said he's not talking in front of his mum
"""),
    dict(
        id="AT02",
        context={"child": {"name": "Paige Rimmer", "dob": "2020-01-21"},
                 "people": [{"name": "Stacey-Ann Rimmer", "role": "mother"},
                            {"name": "Harlan Rimmer", "role": "brother"},
                            {"name": "Trina Rimmer", "role": "maternal aunt"}],
                 "address": "52 Bolderstone Road, Sutton, St Helens WA9 3NX",
                 "school": "Parr Fold Primary School", "worker": AT_WORKER},
        meta={"service": "Child Protection (neglect)", "child_age_years": 6, "author": "AT",
              "features": ["no_punctuation", "lower_case", "fillers", "spoken_numbers", "misrecognised_name",
                           "word_name", "neglect", "home_conditions", "parental_mental_health", "toddler_voice",
                           "sibling_voice", "parentified", "nhs_number", "nursery", "gp_surgery",
                           "quoted_child_voice"]},
        body="""
o | child protection visit to [P:stacey-ann rimmer] and the kids at [A:fifty two bolderstone road] sutton st helens on {date:monday the thirtieth} [P:paige] is {age:six} and [P:harlan] is {age:two}
w | house is worse than last time there's washing piled up the stairs the kitchen floor's sticky and there's bags of nappies in the yard
w | [P:harlan] was in just a nappy and a t shirt and it was freezing the heating wasn't on mum said the meter ran out on saturday
cv,wf,w | [P:page] said we're cold all the time and i sleep in my coat
cv,wf,ww | [P:paige] got her reading book out of her bag and read me the first {word:page} and she was dead proud of herself
w | mum was still in her dressing gown she said she's been really low since her nan died in {date:september} and some days she doesn't see the point
w | she's stopped taking her tablets she says they make her like a zombie
cv,w | [P:page] told me mummy cries in the bath and i give her cuddles
cv,wf,o | [P:harlan] kept bringing me his digger and going digger digger and laughing his head off
ww | mum has got [P:paige] to school every day this half term no lates and the nursery at [S:sutton brook tots] say [P:harlan]'s speech is coming on
ww | auntie [P:trina] comes round most teatimes and does the kids tea and bath
o | [P:harlan]'s NHS number is [NHS:nine nine nine oh three one two two seven three]
ns | i've topped the meter up with a fuel voucher today and mum said yes to a referral to [O:mindworks st helens] this time
ns | mum to see the gp at [O:parr stocks surgery] on {date:wednesday} about her tablets
ns | [P:trina] said she'll have the kids {date:friday} night so mum can get some sleep
ns | i'll see [P:paige] at [S:parr fold primary] on {date:thursday} and i'm back here {date:next monday} same time
"""),
    dict(
        id="AT03",
        context={"child": {"name": "Jorja Ashurst", "dob": "2011-03-27"},
                 "people": [{"name": "Tracy-Lee Ashurst", "role": "mother"},
                            {"name": "Colette Prendergast", "role": "learning mentor"}],
                 "address": "11 Thornleigh Drive, Pemberton, Wigan WN5 8QG",
                 "school": "Pemberton Brook Academy", "worker": AT_WORKER},
        meta={"service": "Return home interview (missing, exploitation)", "child_age_years": 15, "author": "AT",
              "features": ["no_punctuation", "lower_case", "fillers", "self_correction", "spoken_numbers",
                           "spoken_email", "return_home_interview", "missing", "cse", "nickname", "word_name",
                           "subtle_worry", "public_place", "dob_in_text", "email_in_text", "postcode",
                           "names_not_in_context"]},
        body="""
o | return home interview with [P:jorja ashurst] at her mum's [A:eleven thornleigh drive] pemberton wigan [PC:w n five eight q g] {date:tuesday the first of december} about {time:four o'clock}
o | her date of birth is [DOB:twenty seventh of march twenty eleven]
w | she was reported missing {date:saturday} at {time:ten pm} and police found her {date:sunday} afternoon at {place:wigan bus station}
cv,w | [P:jorja] said she was at a mate's in leigh er no ashton she said ashton and she wouldn't say whose
cv,w | she said she was with [P:major] which is what she calls her boyfriend she says he's nineteen but she doesn't know his real name and she said it's not a {word:major} thing everyone just calls him that
w | mum says [P:major] picks her up outside [S:pemberton brook] in a white van and she's come home with a new phone and her nails done
cv,wf,w | when i asked if she feels safe with him she said course i do he's the only one who listens to me and then she said mum just shouts
w | mum's found messages on [P:jorja]'s phone from older men asking for pictures
cv,wf,ww | [P:jorja] said she loves art and wants to do hair and beauty at college and she showed me her drawings on her phone and they're really good
ww | mum reported her missing straight away and rang me on monday and she's been really open with me
ww | she's got a learning mentor at school miss [P:prendergast] who she says she trusts
cv,wf,ns | [P:jorja] agreed to see miss [P:prendergast] once a week as long as it's not in front of her mates
ns | i'm doing a {term:CSE} screening today and taking it to the multi agency meeting on {date:friday} and i'll pass the van details to the police
ns | mum wants the safety plan emailing to [E:tracy lee ashurst at hotmail dot co dot uk]
"""),
    dict(
        id="AT04",
        context={"child": {"name": "Ayomide Bamgbose", "dob": "2009-09-05"},
                 "people": [{"name": "Melody Bamgbose", "role": "sister"},
                            {"name": "Nathan Cropper", "role": "key worker"},
                            {"name": "Olufunke Bamgbose", "role": "mother"}],
                 "address": "Bewsey Lock House, 2 Cairnhill Road, Warrington WA5 1TB",
                 "school": "Sankey Bridge College", "worker": AT_WORKER},
        meta={"service": "Leaving care (17-year-old, supported accommodation)", "child_age_years": 17,
              "author": "AT",
              "features": ["no_punctuation", "lower_case", "fillers", "spoken_numbers", "care_leaver",
                           "supported_accommodation", "sibling", "word_name", "college", "ni_number", "money",
                           "subtle_worry", "quoted_child_voice", "names_not_in_context"]},
        body="""
o | pathway plan visit to [P:ayomide bamgbose] at [O:bewsey lock house] [A:two cairnhill road] warrington on {date:wednesday the second} dinner time his key worker [P:nathan cropper] sat in for the first bit
o | [P:ayo]'s {age:seventeen} his date of birth is [DOB:fifth of september two thousand and nine]
ww | room was tidy he's cooking for himself most nights [P:nathan] says and he's been at [S:sankey bridge college] every day this term doing his level two in music tech
cv,wf,ww | he played me a {word:melody} on his keyboard he'd made himself and said that's what i want to do like proper production
cv,wf,w | he said he misses [P:melody] loads she's {age:nine} and in foster care in runcorn and he's only seen her twice since {date:the summer} and he wants it every fortnight not every couple of months
w | [P:nathan] says there's a lad from upstairs [P:deshawn] who's always in [P:ayo]'s room and [P:ayo]'s been lending him money
cv,wf,w | [P:ayo] said it's fine he's just skint but then he said he's not rich he can't keep doing it and he looked fed up
w | [P:ayo]'s bank card went missing last week and there's {money:eighty quid} gone out that he says he didn't spend
cv,wf,w | he said he doesn't want to grass on anyone and please don't say it came from him
w | he's not heard from his mum [P:olufunke] since she went back to lagos and he went quiet when i asked
ns | his national insurance number came through it's [NI:q q four seven one nine three eight two c] so we can do his bank account and his bursary form
ns | i'll ring [P:melody]'s social worker about more family time and ask for it to be every fortnight
ns | [P:nathan]'s going to move [P:deshawn]'s visits to the lounge and i'll go with [P:ayo] to the bank on {date:friday} to cancel the card
cv,wf,ns | [P:ayo] said he's alright with that as long as [P:deshawn] doesn't find out it was him
"""),
]

NOTES = AR_NOTES + AS_NOTES + AT_NOTES
