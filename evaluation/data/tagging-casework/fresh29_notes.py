"""fresh29's 14 marked-up notes (see make_fresh29.py). Everything invented: phones in Ofcom's drama ranges
(07700 900xxx, 0191 498 0xxx, 0113 496 0xxx, 0121 496 0xxx), NHS numbers in the 999 range, NI numbers with
never-issued prefixes (QQ, NK), names, addresses, postcodes, schools, surgeries, youth clubs, food banks, children's
homes and organisations made up. Authors: a (an agency locum from the Midlands working in a County Durham team,
brisk clipped sentences that read like bullet points, heavy professional jargon and acronyms: LADO, PLO, CSE, ICPC),
b (a Teesside and Durham practitioner in strong dialect, long run-on sentences joined by "and", children quoted in
dialect: howay, gan, hadaway, our lass, mam, nowt), c (a newly qualified social worker writing tentatively, "I think",
"it seemed as though", "I wasn't sure whether", many relayed voices, subtle worries)."""

A_WORKER = "Harpreet Sandhu"
B_WORKER = "Lorraine Hepple"
C_WORKER = "Tobias Fenwick"

NOTES = [
    dict(
        id="A01",
        context={"child": {"name": "Keeley Marsden", "dob": "2011-09-17"},
                 "people": [{"name": "Nicola Marsden", "role": "mother"},
                            {"name": "Ashley Pratt", "role": "adult male of concern"},
                            {"name": "Bex Ord", "role": "friend"}],
                 "address": "22 Laburnum Terrace, Stanley DH9 7ZW",
                 "school": "Tanfield Lea Academy", "worker": A_WORKER},
        meta={"service": "Child Protection (exploitation)", "child_age_years": 15,
              "features": ["clipped_sentences", "jargon", "exploitation", "nickname", "dob_in_text", "phone_in_text",
                           "in_car", "subtle_worry"]},
        body="""
o | Visit {date:30.11.26}, {time:16:45}, seen alone in my car outside [A:22 Laburnum Terrace] at her request.
o | YP [P:Keeley] (goes by [P:Kee]), DOB [DOB:17/09/2011], {age:15} yrs, subject to {term:CP plan} under category of sexual abuse, {term:CSE} risk.
o | {term:NRM} referral outcome still awaited.
cv,wf,w | YP stated she is "sick of everyone going on" and that [P:Ash] is "just a mate who gives lifts".
w | Disclosed [P:Ash] is 23, drives a black Audi, collects her from the {place:bus station} most Fridays.
w | Phone pinged continuously during session; YP kept screen turned away, lock screen changed to a photo of a man I didn't recognise.
cv,wf,w | When asked re sleeping, YP stated she "stays at [P:Bex]'s" and that she "can look after herself".
w | Mum [P:Nicola] unable to name [P:Bex]'s surname or address.
w | Mum reports £60 cash found in school bag, new nails, new trainers.
ww | Protective factors: mum reporting all missing episodes to police within the hour, good engagement with {term:core group}.
ww | YP attending [S:Tanfield Lea] four days out of five, form tutor describes her as bright and funny.
cv,wf,ww | YP said she would like to go back to dance, used to attend [O:Studio Nine Dance Club] until Year 8, "was the only thing I was good at".
w | Overall: escalating pattern, risk assessed as significant.
ns | Actions: {term:MACE} referral today, strategy discussion to be convened by {date:Thursday}, share [P:Ashley Pratt]'s details and vehicle with police intel.
ns | Mum to continue reporting on 101 or {emerg:999}; mum's mobile [PH:07700 900381].
ns | Return home interview to be offered by the independent provider; explore funding for dance sessions via {term:TAF} budget.
ns | Next visit within {dur:ten working days}, again in the car as YP prefers.
"""),
    dict(
        id="A02",
        context={"child": {"name": "Jayden Cole", "dob": "2026-05-14"},
                 "people": [{"name": "Shannon Cole", "role": "mother"},
                            {"name": "Liam Hardy", "role": "father"},
                            {"name": "Maureen Cole", "role": "maternal grandmother"},
                            {"name": "Gill Atkinson", "role": "health visitor"}],
                 "address": "7 Beech Court, Consett DH8 5ZP",
                 "school": "", "worker": A_WORKER},
        meta={"service": "Child Protection (PLO)", "child_age_years": 0,
              "features": ["clipped_sentences", "jargon", "pre_verbal", "dob_numeric", "nhs_number",
                           "substance_misuse", "domestic_abuse"]},
        body="""
o | Statutory CP visit, {date:Mon 30th Nov}, {time:10:00}-{time:11:10}.
o | Present: mum [P:Shannon], MGM [P:Maureen], baby [P:Jayden] (DOB [DOB:14/05/2026], NHS [NHS:9994418207]).
o | Dad [P:Liam] not present, reported by mum to be "at work", not verified.
o | Context: family in {term:PLO} pre-proceedings since {date:September}; {term:letter before proceedings} issued, {term:PLO meeting} held {date:12th Oct}.
ww | [P:Jayden] observed in Moses basket, clean, appropriately dressed, settled.
ww | Mum fed and winded him competently, responsive to cues, good eye contact, warm tone.
ww | Weight tracking 25th centile per HV [P:Gill Atkinson]; all immunisations up to date.
w | Cot in main bedroom piled with washing; mum confirmed baby sleeps "in with us sometimes" on the sofa after late feeds.
w | Safe sleep advice given previously on three occasions; not embedded.
w | Strong smell of cannabis in hallway; mum denies use, attributes to neighbours.
w | Hole in living-room door at adult fist height, not present at last visit; mum says [P:Liam] "caught it with the hoover".
w | Mum avoided eye contact when asked, changed subject.
ww | MGM [P:Maureen] visiting daily, assertive, willing to be part of safety plan; has offered for mum and baby to stay with her at [A:31 Front Street] if needed.
ns | Plan: safe sleep re-visited today, leaflet left; HV to do joint visit {date:next week}.
ns | Hair strand testing both parents to be booked via legal.
ns | Manager consultation {date:today} re incident with door, consider {term:Section 47} / updated strategy discussion.
ns | {term:FGC} referral to explore MGM as alternative carer; assessment of [P:Maureen] to start if parents consent.
ns | Next visit unannounced, within {dur:5 working days}.
"""),
    dict(
        id="A03",
        context={"child": {"name": "Tyler Bainbridge", "dob": "2014-02-08"},
                 "people": [{"name": "Darren Quayle", "role": "residential support worker"},
                            {"name": "Jo Whitfield", "role": "home manager"},
                            {"name": "Mrs Lacey", "role": "LADO"}],
                 "address": "Rowan House, 4 Carr Lane, Chester-le-Street DH3 2ZS",
                 "school": "Pelton Fell Primary", "worker": A_WORKER},
        meta={"service": "Children in Care (residential)", "child_age_years": 12,
              "features": ["clipped_sentences", "jargon", "lado", "childrens_home", "email_in_text", "word_name"]},
        body="""
o | Visit to [O:Rowan House] {date:27/11}, {time:17:30}, following notification from RM [P:Jo Whitfield] re allegation made by YP against staff member.
o | YP [P:Tyler], {age:12}, {term:S20}, placed since {date:March}.
cv,wf,w | Account per YP, seen alone in his bedroom: staff member [P:Darren] "grabbed my arm and shoved us into the wall" during an incident on {date:Tuesday night}.
cv,w | YP showed me bruising to upper left arm, approx. three fingermarks, yellowing.
cv,wf,o | YP stated he "doesn't want [P:Darren] sacked", just "doesn't want him on my shifts".
o | RM reports incident log records a physical intervention, approved hold, recorded as lasting under {dur:two minutes}.
w | Log not countersigned; body map not completed at the time.
w | Second YP in home reportedly witnessed; not yet spoken to.
ww | RM acted promptly: staff member removed from rota pending outcome, {term:LADO} notified within {dur:one working day}.
ww | YP has a good relationship with key worker, says he "can tell [P:Mel] anything".
cv,wf,ww | YP asked whether he could still go to [O:Pelton Boxing Academy] on {date:Saturday}; he clearly values this, talks about his coach a lot.
o | The home's deputy, [P:Frank Lowther], was not on shift.
cv,wf,o | YP said he wanted me to be "dead {word:frank}" with him about what happens next; I agreed.
ns | {term:LADO} [P:Mrs Lacey] contacted {date:today}, referral emailed to [E:lado.referrals@durham-example.gov.uk]; initial evaluation meeting {date:Wed 2nd Dec}.
ns | Request photos of bruising and body map to be completed {date:tonight}.
ns | Inform IRO and [P:Tyler]'s mum by phone; advocacy offer made, YP accepted.
ns | [P:Tyler] to continue boxing; transport confirmed with RM.
ns | Follow-up visit after LADO meeting.
"""),
    dict(
        id="A04",
        context={"child": {"name": "Oliwia Zielinska", "dob": "2020-06-03"},
                 "people": [{"name": "Katarzyna Zielinska", "role": "mother"},
                            {"name": "Tomasz Zielinski", "role": "father"},
                            {"name": "Marek Nowicki", "role": "Polish interpreter"},
                            {"name": "Filip Zielinski", "role": "brother"}],
                 "address": "15 Station Road, Crook DL15 8ZA",
                 "school": "Crook Hall Primary School", "worker": A_WORKER},
        meta={"service": "Child Protection (ICPC preparation)", "child_age_years": 6,
              "features": ["clipped_sentences", "jargon", "interpreter", "sibling_voice", "ni_number",
                           "domestic_abuse", "postcode_in_text"]},
        body="""
o | Home visit {date:Fri 27 Nov}, {time:15:30}, pre-{term:ICPC} (conference booked {date:8th December}).
o | Polish interpreter [P:Marek Nowicki] present throughout; mum [P:Katarzyna] and both children seen.
o | Referral via police {term:DAN} following incident {date:21/11}; dad [P:Tomasz] arrested, released on bail, conditions not to attend [A:15 Station Road], [PC:DL15 8ZA].
cv,wf,w | [P:Oliwia], {age:6}, seen in her room with interpreter; said in Polish that {kin:tata} "shouted very loud and broke the lamp" and she hid under the bed with [P:Filip].
cv,wf,o | Asked what she wished for, she said she wants {kin:tata} to come home "but be kind".
cv,wf,w | [P:Filip], {age:9}, said he "has to look after mama" and did not want to go to school in case something happened.
w | Mum reports previous incidents not reported, approx. monthly over last year; dad controls finances, mum has no bank card.
w | Mum's English limited; isolated, no family in UK.
ww | Mum protective since incident: called {emerg:999} herself, supports bail conditions, has changed the locks.
ww | School report good attendance; [P:Oliwia] described as settled and sociable at [S:Crook Hall].
ww | Mum engaging with {role:IDVA}; accepted referral to the local women's group.
o | Mum's NI number [NI:NK 55 01 93 B] given for benefits advice.
ns | Actions: refer to {natl:Citizens Advice} for own-name claim; {term:MARAC} referral submitted {date:today}.
ns | Interpreter to be booked for {term:ICPC}; report to be translated and shared with mum {dur:two working days} before.
ns | School to be asked for a {term:DSL} report and to keep a record of anything [P:Filip] says about home.
ns | Direct work with both children using {tool:three houses} before conference.
"""),
    dict(
        id="A05",
        context={"child": {"name": "Jordan-Lee Pattison", "dob": "2009-04-22"},
                 "people": [{"name": "Sam Etherington", "role": "personal adviser"},
                            {"name": "Tracey Pattison", "role": "mother"},
                            {"name": "Kaz Oyelaran", "role": "girlfriend"}],
                 "address": "Flat 3, Glenside Lodge, 19 Ravensworth Road, Birtley DH3 1ZG",
                 "school": "Derwentside Skills College", "worker": A_WORKER},
        meta={"service": "Leaving Care (pathway planning)", "child_age_years": 17,
              "features": ["clipped_sentences", "jargon", "dob_in_text", "phone_in_text", "postcode_in_text",
                           "ni_number", "nickname", "supported_accommodation"]},
        body="""
o | Pathway plan review visit, {date:25th Nov}, {time:2pm}, at [O:Glenside Lodge] supported accommodation, flat 3.
o | YP [P:Jordan-Lee] ("[P:JL]"), born [DOB:22nd April 2009], {age:17}, {term:relevant child}, {term:S20} until {date:September}.
o | PA [P:Sam Etherington] present; introduced as transition to leaving care team is planned for {date:April}.
cv,wf,ww | YP stated flat is "the best place I've lived", likes having his own key, showed me the kitchen he keeps tidy.
ww | Attending [S:Derwentside Skills] three days a week, Level 1 motor vehicle, tutor positive.
cv,wf,w | YP admitted he is "skint by Wednesday every week"; owes {money:£140} to a lad from the estate, would not name him.
w | Staff report visitors late at night and a smell of cannabis from the flat on two occasions this month.
w | Girlfriend [P:Kaz] staying most nights, not on tenancy; breach risk.
cv,wf,w | YP said his mum [P:Tracey] "only rings when she wants money" and that he feels guilty saying no.
ww | YP has registered with [O:Harraton Surgery] and kept his dental appointment, both for the first time.
o | NI number obtained: [NI:QQ558271D]; YP's mobile [PH:07700 900627]; correspondence address [A:19 Ravensworth Road], [PC:DH31ZG].
ns | Actions: PA to complete budgeting work, {dur:six sessions}, starting {date:next Tuesday}.
ns | Referral to young people's substance misuse service, YP consented.
ns | Discuss guest policy with [P:Kaz] and YP jointly, staff to lead.
ns | Setting-up-home allowance application to be submitted before {term:pathway plan} sign-off.
ns | YP wants to learn to drive; explore provisional licence via {natl:DVLA}.
ns | Review in {dur:three months} or sooner if debt escalates.
"""),
    dict(
        id="B01",
        context={"child": {"name": "Maisie Dobson", "dob": "2018-08-02"},
                 "people": [{"name": "Leanne Dobson", "role": "mother"},
                            {"name": "Corey Dobson", "role": "brother"},
                            {"name": "Brenda Dobson", "role": "maternal grandmother"}],
                 "address": "48 Eston Grange Road, Middlesbrough TS6 9ZJ",
                 "school": "Normanby Bank Primary", "worker": B_WORKER},
        meta={"service": "Child in Need", "child_age_years": 8,
              "features": ["dialect", "run_on", "child_dialect", "sibling_voice", "alcohol", "young_carer",
                           "subtle_worry", "food_bank"]},
        body="""
o | Went out to see [P:Maisie] at [A:48 Eston Grange Road] on {date:Tuesday} after school and {kin:mam} [P:Leanne] was in and her {kin:nana} [P:Brenda] had popped round an' all and [P:Maisie] come running to the door in her school jumper from [S:Normanby Bank] shouting {dial:howay} in, {dial:howay} in, like she'd been waiting on us.
cv,wf,ww | She took us up to her room and showed us her hamster, {pet:Nugget}, and she says "I feed him every day miss, me {kin:mam} doesn't have to do nowt" and she was dead proud of that.
cv,wf,w | When I asked her about {kin:mam} she went a bit quiet and then says "me mam's poorly on a Sunday cos of the wine, our [P:Corey] makes the toast" and she was picking at the duvet the whole time she said it.
cv,w | [P:Corey] is {age:twelve} and he come in and says "{dial:hadaway}, she's fine, we're fine" and told [P:Maisie] to stop {dial:gannin} on, and I thought he was looking after his {kin:mam} more than a lad his age should.
w | [P:Leanne] says she's cut right down and it's only at weekends now but there was a recycling bin by the back door full of cans and she couldn't look at us when I mentioned it.
ww | {kin:Nana} [P:Brenda] lives two streets away and she has the bairns most Saturdays and she says she'll have them every weekend if it helps and the bairns clearly love the bones of her.
ww | [P:Leanne] has been going to the [O:Grangetown Community Pantry] and there was food in the cupboards and the house was warm and clean enough.
cv,wf,ww | [P:Maisie] says she likes school and her teacher and she wants to be a vet "cos animals divn't shout".
ns | I'm gan to refer [P:Corey] to the young carers service and talk to [P:Leanne] about the drinking support at the {natl:NHS} alcohol clinic and ask {kin:nana} to be part of a plan for weekends, and I'll go back {date:next Tuesday}.
"""),
    dict(
        id="B02",
        context={"child": {"name": "Kyle Atherton", "dob": "2012-07-29"},
                 "people": [{"name": "Joanne Atherton", "role": "mother"},
                            {"name": "Gaz Lumsden", "role": "older male of concern"},
                            {"name": "Mr Pearce", "role": "head of year"}],
                 "address": "9 Thornaby Place, Stockton TS17 6ZF",
                 "school": "Bassleton Academy", "worker": B_WORKER},
        meta={"service": "Child Protection (exploitation)", "child_age_years": 14,
              "features": ["dialect", "run_on", "in_car", "no_punctuation", "nickname", "child_dialect",
                           "exploitation", "phone_in_text"]},
        body="""
o | Picked [P:Kyle] up from [S:Bassleton] at {time:twenty past three} on {date:Thursday} and took him for a drive down the {place:Tees Barrage} cos he won't talk in the house with his {kin:mam} there and he sat in the front with his hood up and his feet on the dash.
cv,wf,w | first he says nowt then he says "it's {dial:nee} bother, {dial:man}, I just gan to [P:Gaz]'s and play on the PlayStation" and he's had three new pairs of trainers since the summer
cv,wf,w | asked who [P:Gaz] was and he says "just a lad, he's {dial:canny}" and when I said how old he says "dunno, like twenty odd" and then went on his phone
w | his phone was going constantly and he had a second phone in his pocket an' all and he said it was his mate's and he was minding it for him
w | {kin:mam} [P:Joanne] rang us after and said he'd come in at two in the morning on {date:Sunday} and there was a cut on his hand and he wouldn't say how he got it
cv,wf,ww | On the way back he says "me {kin:nanna} used to take us fishing here" and he cheered right up and said he'd like to do that again and he asked if I could find him a fishing club.
ww | [P:Joanne] is reporting every time he's missing to the police and she's let us see his bank card statements and Mr [P:Pearce] at school says his attendance is still over ninety per cent.
w | Mr [P:Pearce] also says [P:Kyle] has been seen getting into a silver car at the school gate and there's a nickname "[P:Gazza]" written all over his planner.
ns | I'm gan to put in an exploitation screening {date:tomorrow} and pass [P:Gaz Lumsden] and the car to the police and I've give [P:Kyle] my work mobile [PH:07700 900754] to text us if he needs us, and I'll look up the angling club at the Barrage for him.
"""),
    dict(
        id="B03",
        context={"child": {"name": "Alfie Bell", "dob": "2022-11-03"},
                 "people": [{"name": "Danielle Bell", "role": "mother"},
                            {"name": "Stephen Bell", "role": "father"},
                            {"name": "Sue Ridley", "role": "nursery key worker"}],
                 "address": "2 Wingate Crescent, Peterlee SR8 4ZH",
                 "school": "Little Acorns Nursery", "worker": B_WORKER},
        meta={"service": "Child in Need (disability)", "child_age_years": 4,
              "features": ["dialect", "run_on", "non_verbal", "dob_in_text", "nhs_number", "food_bank",
                           "relayed_voice", "parental_stress"]},
        body="""
o | Home visit to [A:2 Wingate Crescent] on {date:Monday the 30th} and {kin:mam} [P:Danielle] and {kin:dad} [P:Stephen] were both in and [P:Alfie], born [DOB:3rd Nov 2022], NHS [NHS:999 730 1846], was lining his cars up along the skirting board and never looked up when I come in.
o | [P:Alfie]'s got his autism diagnosis now from the child development centre and he doesn't use words yet but he's got his own ways of telling you things.
cv,wf,ww | He come and took my hand and pulled us to the fridge and pointed at the yoghurts and then when [P:Danielle] give him one he did his flappy hands and squealed and she says that's him happy.
cv,wf,w | [P:Danielle] says when the bin wagon comes he screams and bangs his head on the floor and she's got to hold him and she showed us a bruise on her arm from where he'd kicked out and she was near enough crying telling us.
w | She says she's not slept proper in months and the neighbour says she hears him screaming at all hours and [P:Stephen] works nights so she's on her own with it and she says she's at the end of her tether.
w | There was nowt much in the cupboards bar pasta and they said money's dead tight since [P:Stephen]'s hours got cut.
ww | They'd been to the [O:Horden Food Bank] on {date:Friday} and they've applied for {natl:DLA} and [P:Stephen] says he's going to ask for days.
cv,wf,ww | [P:Sue] his key worker at [S:Little Acorns] told us on the phone that he's started bringing her the picture of the sandpit when he wants to go out and he's calmer on the days they do the sensory room.
ww | You can see they love the bones of him and [P:Stephen] says {kin:our lass} knows all his signs and she's done the {natl:Portage} sessions every week.
ns | I'm going to ask for a short breaks assessment and put in for a carer's assessment for [P:Danielle] and chase the {natl:DLA} and I'll ring [P:Sue] about a picture board for home, and I'll come back in {dur:a fortnight}.
"""),
    dict(
        id="B04",
        context={"child": {"name": "Will Raine", "dob": "2015-10-12"},
                 "people": [{"name": "Ronnie Raine", "role": "grandfather and special guardian"},
                            {"name": "Lisa Raine", "role": "mother"},
                            {"name": "Dazza Cook", "role": "youth club leader"}],
                 "address": "65 Redworth Road, Shildon DL4 2ZN",
                 "school": "Timothy Hackworth Juniors", "worker": B_WORKER},
        meta={"service": "Special Guardianship support", "child_age_years": 11,
              "features": ["dialect", "run_on", "word_name", "young_carer", "child_dialect", "youth_club",
                           "phone_in_text", "subtle_worry"]},
        body="""
o | Called in on [P:Will] and his {kin:grandad} [P:Ronnie] at [A:65 Redworth Road] on {date:Wednesday teatime} for the special guardianship support visit and [P:Ronnie] was sat in his chair with his oxygen on and [P:Will] was doing the pots.
cv,wf,w | [P:Will] says "I do the tea most nights cos {kin:grandad} gets puffed out, I can do beans on toast and a boiled egg" and he said it like it was nowt but he's only {age:eleven}.
w | [P:Ronnie] told us his COPD's got worse since the summer and he's been in the {place:hospital} twice and he says he doesn't know what'll happen to the lad if he ends up in again.
cv,wf,w | When I asked [P:Will] who he'd gan to if {kin:grandad} was poorly he says "me {kin:mam}'s not allowed, is she" and then he says he'd phone {emerg:999} and knock on for [P:Pat] next door.
cv,wf,o | He says his {kin:mam} [P:Lisa] still sends him messages on his tablet and he {word:will} answer them sometimes but he doesn't want to see her yet.
ww | He's at [O:Shildon Railway Youth Club] on a {date:Thursday} and [P:Dazza] who runs it says he's a smashing lad and dead good at pool and he's made proper mates there.
cv,wf,ww | [P:Will] showed us his certificate from [S:Timothy Hackworth] for being star of the week and he says "I'm canny good at maths, miss, better than {kin:grandad}" and they both had a laugh about that.
ww | [P:Ronnie]'s got a good neighbour and he's got his respiratory nurse coming every week and the house was spotless and he's done everything we asked of him.
ns | I'm going to refer [P:Will] to the young carers project and talk to [P:Ronnie] about a contingency plan for if he's admitted, with [P:Pat] as a name on it, and I've left him my number, [PH:0191 498 0327], and I'll be back in {dur:four weeks}.
"""),
    dict(
        id="B05",
        context={"child": {"name": "Chantelle Weatherill", "dob": "2010-01-19"},
                 "people": [{"name": "Mandy Weatherill", "role": "mother"},
                            {"name": "Ryan Stott", "role": "mother's partner"},
                            {"name": "Skye Weatherill", "role": "sister"}],
                 "address": "11 Coatham Avenue, Redcar TS10 1ZU",
                 "school": "Redcar Bay Sixth Form", "worker": B_WORKER},
        meta={"service": "Child Protection", "child_age_years": 16,
              "features": ["dialect", "run_on", "child_dialect", "sibling_voice", "domestic_abuse", "nhs_number",
                           "postcode_in_text", "email_in_text", "self_harm_hint"]},
        body="""
o | Visit to [P:Chantelle] at home at [A:11 Coatham Avenue], [PC:TS10 1ZU], on {date:Friday the 27th} at {time:half four} and [P:Mandy] was in and [P:Ryan] wasn't, which was the plan we'd agreed.
cv,wf,w | [P:Chantelle] says "{dial:howay} man, I'm not stopping in if he's coming back, I'll gan to me {kin:nana}'s" and she was dead firm about it and said she doesn't feel safe when he's had a drink.
cv,wf,w | She says he grabbed our [P:Skye]'s phone off her and threw it at the wall and {kin:mam} just stood there and said nowt.
cv,wf,w | Her little sister [P:Skye], she's {age:nine}, was listening on the stairs and she shouted down "he's a liar an' all, he says he's stopped but he hasn't".
w | [P:Chantelle] had her sleeves right down over her hands and when I asked her straight if she'd been hurting herself she said "not for ages" and wouldn't look at us.
ww | [P:Mandy] says she's told [P:Ryan] he's not moving back in and she's been to the women's centre twice and she's put [P:Chantelle]'s name down for the counselling at school.
ww | [P:Chantelle]'s going to [S:Redcar Bay] every day for her health and social care and her tutor says she's flying.
cv,wf,ww | She says she wants to be a midwife and she's got a part-time job at the chippy on the front and she loves it.
o | For the referral: NHS number [NHS:999 214 6605], and [P:Mandy] wants letters to [E:mandyweatherill@example.com].
ns | I'm going to refer [P:Chantelle] to {natl:CAMHS} with her say-so, get a safety plan written with her and [P:Mandy] about [P:Ryan], speak to [P:Skye]'s school, and take it to the {term:core group} on {date:the 10th}.
"""),
    dict(
        id="C01",
        context={"child": {"name": "Ruby Fairless", "dob": "2017-03-15"},
                 "people": [{"name": "Carly Fairless", "role": "mother"},
                            {"name": "Neil Fairless", "role": "father"},
                            {"name": "Miss Oduya", "role": "class teacher"},
                            {"name": "Mrs Hindmarsh", "role": "designated safeguarding lead"}],
                 "address": "30 Oakwood Avenue, Gateshead NE9 6ZD",
                 "school": "Lobley Hill Primary School", "worker": C_WORKER},
        meta={"service": "Child in Need", "child_age_years": 9,
              "features": ["tentative", "relayed_voice", "school_visit", "subtle_worry", "emotional_harm"]},
        body="""
o | I went to [S:Lobley Hill Primary] on {date:Tuesday 24th November} to see [P:Ruby], and before I saw her I met with her class teacher, Miss [P:Oduya], and the {role:DSL}, Mrs [P:Hindmarsh], in the staff room.
cv,wf,w | Miss [P:Oduya] said that [P:Ruby] had told her during circle time that she "has to be really quiet at home so {kin:daddy} doesn't get cross", and I think Miss [P:Oduya] was quite worried by the way she said it, almost like it was normal.
cv,wf,w | Mrs [P:Hindmarsh] also said that [P:Ruby] had asked the dinner lady whether she could stay in at lunchtime and do jobs instead of going home at the end of the day, which I wasn't sure how to read.
ww | I then spent about {dur:forty minutes} with [P:Ruby] in the library and she was polite and chatty and told me about her rabbit, {pet:Marshmallow}, and her swimming badges.
cv,wf,w | When we did the {tool:three houses} she drew her {tool:house of worries} with a big cross face in it and she said it was {kin:daddy} "when the football's on", but then she rubbed it out quite hard and I wasn't sure whether to go back to it.
cv,wf,ww | In her {tool:house of good things} she put {kin:mummy} and {kin:nana} and swimming, and she said she feels happiest at {kin:nana}'s because "nobody shouts there".
w | It seemed to me as though she was watching my face a lot, as if she was checking whether she had said the wrong thing.
w | The school said that she has lost some weight this term, and that she is often tired, though I don't know whether those things are linked.
ww | [P:Carly] has always come to parents' evening and the school said she seems warm with [P:Ruby] at pick-up.
ns | I think I need to talk this through with my supervisor {date:tomorrow}, and I will arrange a home visit to see both parents, and ask school to let me know straight away if [P:Ruby] says anything more.
"""),
    dict(
        id="C02",
        context={"child": {"name": "Dilan Rashid", "dob": "2013-06-21"},
                 "people": [{"name": "Shirin Rashid", "role": "mother"},
                            {"name": "Aram Karimi", "role": "Kurdish Sorani interpreter"},
                            {"name": "Hevi Rashid", "role": "sister"}],
                 "address": "Flat 6, 88 Westgate Road, Newcastle NE4 9ZR",
                 "school": "Westgate Hill Academy", "worker": C_WORKER},
        meta={"service": "Child in Need (asylum-seeking family)", "child_age_years": 13,
              "features": ["tentative", "interpreter", "relayed_voice", "sibling_voice", "subtle_worry", "dob_numeric",
                           "nhs_number", "young_carer"]},
        body="""
o | Home visit on {date:Thursday 26 November} at {time:4pm} to [P:Dilan] and his family at their flat on [A:88 Westgate Road], with [P:Aram Karimi] interpreting in Sorani for his {kin:mother}, [P:Shirin].
o | [P:Dilan] speaks good English, so I spoke with him directly, although I wasn't sure whether having the interpreter in the room made it harder for him to say some things.
cv,wf,w | He told me that he does all the phone calls and letters for his {kin:mum} because "she can't read English and the {natl:Home Office} letters make her cry", and I think he said it as though he was proud, but he looked tired.
cv,wf,w | His sister [P:Hevi], who is {age:seven}, said through [P:Aram] that [P:Dilan] "doesn't play any more, he just does the papers".
w | [P:Shirin] told me through [P:Aram] that she has pain in her back and that some days she cannot get out of bed, and it seemed as though [P:Dilan] was doing a lot of the cooking as well.
cv,wf,w | His form tutor had emailed me to say that [P:Dilan] told her he sometimes can't sleep because he is worried they will be sent back, and that he has fallen asleep in lessons twice.
ww | He is doing well at [S:Westgate Hill] and plays football at the [O:Elswick Wanderers Junior Club] on {date:Saturdays}, which he said is "the only time I forget".
ww | The flat was clean and warm and [P:Shirin] was clearly very fond of both children, stroking [P:Hevi]'s hair the whole time.
o | For the GP letter, [P:Dilan]'s date of birth is [DOB:21.06.2013] and his NHS number is [NHS:999 381 0052].
ns | I will refer [P:Dilan] to the young carers service, ask the {natl:Refugee Council} about support with letters so that it doesn't all fall on him, and talk to my manager about whether we need a carer's assessment.
ns | I will also ask for an interpreter at the next visit so that [P:Shirin] can speak to me on her own.
"""),
    dict(
        id="C03",
        context={"child": {"name": "Poppy-Grace Hewitt", "dob": "2021-02-09"},
                 "people": [{"name": "Jade Hewitt", "role": "mother"},
                            {"name": "Connor Ives", "role": "mother's new partner"},
                            {"name": "Hayley Burn", "role": "nursery practitioner"}],
                 "address": "17 Hawthorn Way, Blyth NE24 3ZB",
                 "school": "Cowpen Early Years Centre", "worker": C_WORKER},
        meta={"service": "Early Help step-up (Child in Need)", "child_age_years": 5,
              "features": ["tentative", "spoken_headings", "no_punctuation", "relayed_voice", "subtle_worry",
                           "nickname", "postcode_in_text", "phone_in_text"]},
        body="""
o | Home visit {date:Monday 30th November}, {time:9.30}, to [P:Poppy-Grace], who everyone calls [P:Pops], at [A:17 Hawthorn Way], [PC:NE24 3ZB], with her {kin:mum} [P:Jade] present.
w | What are we worried about. [P:Jade] has a new partner, [P:Connor], who I think has been staying most nights, though she said he doesn't live there and I wasn't sure whether to push it.
cv,wf,w | [P:Hayley] at nursery told me on the phone that [P:Pops] had said "[P:Con] locks me in my room when I'm naughty" and [P:Hayley] wasn't sure if she meant a game
w | there was a bolt on the outside of her bedroom door quite high up and [P:Jade] said it was from the last tenants
w | [P:Pops] has had three bumps to her head recorded by nursery since {date:October} and each time there was an explanation
ww | What's working well. [P:Jade] was open with me and showed me round the whole house without being asked, and [P:Pops]'s room was lovely, with a unicorn duvet and lots of books.
cv,wf,ww | [P:Pops] showed me her drawing of her family and she put {kin:mummy} and herself and her {kin:nanna} holding hands, and she said "{kin:nanna}'s house has got a trampoline".
cv,wf,o | I asked her where [P:Connor] was in the picture and she said "he's not in it, he's at work", and I didn't know what to make of that.
ww | nursery attendance is good and she is meeting her milestones
ns | What needs to happen. I will talk to my manager {date:today} about the bolt and the bumps and whether this needs a strategy discussion rather than staying as {term:Child in Need}.
ns | I will ask [P:Jade] if I can meet [P:Connor] and do checks on him, and I will ring [P:Hayley] back on [PH:0191 498 0614].
"""),
    dict(
        id="C04",
        context={"child": {"name": "Hope Lindqvist-Adams", "dob": "2016-09-05"},
                 "people": [{"name": "Gemma Adams", "role": "foster carer"},
                            {"name": "Rob Adams", "role": "foster carer"},
                            {"name": "Natalie Lindqvist", "role": "birth mother"}],
                 "address": "4 Sycamore Rise, Morpeth NE61 2ZT",
                 "school": "Chantry Middle School", "worker": C_WORKER},
        meta={"service": "Children in Care", "child_age_years": 10,
              "features": ["tentative", "relayed_voice", "word_name", "foster_placement", "dob_in_text",
                           "email_in_text", "pet", "subtle_worry"]},
        body="""
o | Statutory visit to [P:Hope] at her foster placement with [P:Gemma] and [P:Rob] at [A:4 Sycamore Rise] on {date:Saturday 28th November}, in the morning.
o | [P:Hope] was born [DOB:2016-09-05], she is {age:ten} and has been with [P:Gemma] and [P:Rob] for about {dur:eighteen months}.
cv,wf,ww | She showed me her new bike and the dog, {pet:Pepper}, and she said she likes it here "because it's calm and I get my own room".
cv,wf,w | [P:Gemma] told me that after the last video call with her {kin:birth mum}, [P:Natalie], [P:Hope] said to her "mum says I'll be home by Christmas", which isn't the plan, and I think [P:Hope] may half believe it.
cv,wf,w | When I asked [P:Hope] about it she shrugged and said "I don't care", but then she asked me twice whether Christmas was in four weeks, so I wasn't sure whether she really didn't care.
w | [P:Rob] mentioned that she has started taking food up to her room and hiding it under the bed, which they haven't seen since she first arrived.
cv,wf,w | Her teacher at [S:Chantry] had told [P:Gemma] that [P:Hope] wrote in her diary at school that she was "a bad girl so nobody keeps me".
ww | The carers are very attuned to her and dealt with the food kindly, leaving a snack box by her bed so she doesn't need to hide it.
ww | I think I have some {word:hope} that the life story work will help, as she really enjoyed the first session.
cv,wf,o | [P:Hope] said she would like to keep seeing her mum but "not on the video, in real life, at the park".
ns | I will speak to [P:Natalie] about what she says on calls, ask the {term:IRO} whether the {term:LAC review} can be brought forward, and talk to the {role:virtual school} about her diary.
ns | I will email [P:Gemma] the contact plan at [E:gemma.adams.fc@example.org.uk] on {date:Monday} and come back in {dur:three weeks}.
"""),
]
