"""dev23m's 12 marked-up notes (see make_dev23m.py): development material, seen and tuned on, never held out.
Everything invented: phones in Ofcom's drama ranges (07700 900xxx, 0191 498 0xxx), NHS numbers in the 999 range,
NI numbers with the never-issued QQ prefix, names, addresses, postcodes, schools, nurseries, surgeries, groups,
employers, shops and services named as local made up. Authors: N (an early help / family hub worker in Hexham,
Morpeth, Alnwick and Barnard Castle; families using many local services and groups, named with and without a kind
word, in lower case, short forms after first mention) and O (a hospital social worker / paediatric liaison; named
doctors and nurses, wards kept, staff initials, surnames alone)."""

N_WORKER = "Hannah Charlton"
O_WORKER = "Tariq Siddiqui"

NOTES = [
    dict(
        id="N01",
        context={"child": {"name": "Poppy Armstrong", "dob": "2022-05-14"},
                 "people": [{"name": "Jade Armstrong", "role": "mother"},
                            {"name": "Rory Armstrong", "role": "brother"},
                            {"name": "Liam Telfer", "role": "mother's partner"},
                            {"name": "Carol Armstrong", "role": "maternal grandmother"}],
                 "address": "12 Priestpopple Court, Hexham NE46 9QZ",
                 "school": "Sele Rise Nursery", "worker": N_WORKER},
        meta={"service": "Early Help", "child_age_years": 3,
              "features": ["local_groups", "groups_without_kind_word", "short_forms", "employer", "food_bank",
                           "taxi_firm", "gp_surgery", "postcode", "phone_in_text", "public_places"]},
        body="""
o | Early help visit on {date:Tuesday the 4th} at {time:ten o'clock} to [A:12 Priestpopple Court], Hexham, [PC:NE46 9QZ], to see [P:Poppy], who is {age:three}, her {kin:baby brother} [P:Rory] and {kin:mum} [P:Jade].
ww | [P:Jade] has kept going to [O:Wriggle Room] on a {date:Monday} and says [P:Poppy] now joins in the singing at the end instead of hiding behind her legs.
cv,wf,ww | [P:Poppy] told me "I like the bubbles and Auntie [P:Shaz]," who runs it, and she sang me the goodbye song.
o | They also go to the [O:St Wilfrid's Church Hall toddlers] on {date:Thursday mornings}, which [P:Jade] just calls "[O:Wilf's]".
w | [P:Jade] said money is very tight since her partner [P:Liam] lost shifts at [O:Dodd's Creamery], and she has used the [O:Tyne Valley Pantry] twice this month.
w | The cupboards held pasta and tins but no fresh food, and the gas meter was on emergency credit.
w | [P:Rory] has had a cough for {dur:a fortnight} and [P:Jade] rang {natl:NHS 111} at the weekend because she could not get through to [O:Beaumont Park Surgery].
ww | She took him to {place:Hexham General} in a taxi from [O:Abbey Cars] and was told it was viral, which shows she acts quickly when she is worried about the bairns.
ww | Her own {kin:mam}, [P:Carol], cares for {kin:grandad} and gets help from the [O:Tynedale Carers Centre], and still collects [P:Poppy] from [S:Sele Rise Nursery] on {date:Fridays}.
cv,wf,o | [P:Poppy] showed me a drawing of a sheep and said "that's from the [O:Young Farmers] day, I fed the lamb," meaning the [O:Hexham Young Farmers] open day in the summer.
o | [P:Jade] shops at {place:Sainsbury's} when she can get a lift and has not been into town {dur:since October}.
w | She said she feels "stuck in the flat" and cried when she talked about the bills.
ns | I will make a referral to {natl:Home-Start} for a volunteer and ask the [O:Pantry] for a further voucher this week.
ns | I will chase the health visitor about [P:Rory]'s weight, and [P:Jade] gave me her new number, [PH:07700 900218], for the next visit on {date:the 18th}.
"""),
    dict(
        id="N02",
        context={"child": {"name": "Oskar Kowalczyk", "dob": "2019-10-02"},
                 "people": [{"name": "Ewa Kowalczyk", "role": "mother"},
                            {"name": "Marek Kowalczyk", "role": "father"},
                            {"name": "Zuzanna Kowalczyk", "role": "sister"},
                            {"name": "Janet Hogg", "role": "speech and language volunteer"}],
                 "address": "7 Wansbeck Rise, Morpeth NE61 2XW",
                 "school": "Chantry Mill First School", "worker": N_WORKER},
        meta={"service": "Early Help", "child_age_years": 6,
              "features": ["local_groups", "groups_without_kind_word", "word_name", "nickname", "employer",
                           "dentist", "pharmacy", "dob_in_text", "email_in_text", "short_forms", "non_english_kin"]},
        body="""
o | I saw [P:Oskar], known at home as [P:Ossie], with {kin:mama} [P:Ewa] and his little sister [P:Zuzia] at [A:7 Wansbeck Rise], [PC:NE61 2XW], on {date:Wednesday} after school.
ww | [P:Ewa] has taken [P:Oskar] to [O:Chatterbox] every {date:Saturday} since {date:September}, and the volunteer there, [P:Janet Hogg], says his sentences are getting longer.
cv,wf,ww | [P:Oskar] told me "at [O:Chatterbox] we play the shop game and I was the boss," and grinned.
ww | [P:Ewa] herself has started [O:Next Steps], the English and job skills course at the library, and says the {word:next steps} for her are a food hygiene certificate and part-time work.
o | [P:Marek] works long hours at [O:Wansbeck Valley Motors] and was on shift, so I did not see him.
w | [P:Ewa] said [P:Oskar] has toothache and wakes in the night holding his face, and they have been unable to register with a dentist since moving.
ww | I rang [O:Castle Smiles Dental] with her and they will see both children as new patients.
o | For the form [P:Ewa] gave [P:Zuzia]'s date of birth as [DOB:the ninth of June 2023] and [P:Oskar]'s as [DOB:02/10/2019].
w | In the meantime she has been giving him children's paracetamol from [O:Collingwood Pharmacy] most nights, and she was not sure of the right dose.
ns | I went through the dose on the bottle with her and she will ask the pharmacist at [O:Collingwood] if unsure.
cv,wf,w | [P:Oskar] said his tooth "is hurting like a monster bite" and he did not want his tea.
cv,wf,ww | [P:Zuzia], who is {age:two}, pointed at the photo of {kin:babcia} on the fridge and said "babcia", and [P:Ewa] said they video call {kin:grandma} in Gdansk every {date:Sunday}.
w | [P:Ewa] said she sometimes feels lonely as [P:Marek] is out from {time:six} till {time:seven at night}.
ns | I will send her the details of [O:The Knitting Nook], a mums' craft group at the church, by email to [E:ewa.kowalczyk88@example.com].
ns | Review at the school, [S:Chantry Mill First], in {dur:six weeks}.
"""),
    dict(
        id="N03",
        context={"child": {"name": "Mason Reid", "dob": "2017-03-08"},
                 "people": [{"name": "Shannon Reid", "role": "mother"},
                            {"name": "Lily-Grace Reid", "role": "sister"},
                            {"name": "Dean Carr", "role": "father, alleged perpetrator"},
                            {"name": "Bev Lilico", "role": "refuge support worker"}],
                 "address": "Harbour House refuge (address withheld), Alnwick",
                 "school": "Aln Bank Primary School", "worker": N_WORKER},
        meta={"service": "Early Help (domestic abuse)", "child_age_years": 8,
              "features": ["local_groups", "groups_without_kind_word", "word_name", "refuge", "taxi_firm",
                           "ni_number", "domestic_abuse", "sibling_voice", "phone_in_text", "public_places"]},
        body="""
o | I met [P:Shannon] and the children at [O:Harbour House], the women's refuge, on {date:Friday the 21st} at {time:half past three}.
o | [P:Mason] is {age:eight} and [P:Lily-Grace] is {age:four}; they came in on {date:the 9th} after the police were called to the family home.
w | [P:Shannon] said [P:Dean] has been messaging her friends to find out where she is, and she is frightened he will turn up at [S:Aln Bank Primary].
cv,wf,w | [P:Mason] told me "I don't want Dad to come to my school," and said he checks the window at night.
ww | The refuge worker, [P:Bev], has got [P:Mason] into [O:The Lantern], a youth group at the Baptist church, and he went twice this week.
cv,wf,ww | He said "[O:Lantern] is good, there's pool and a lad called [P:Kai] who is my mate now."
ww | [P:Lily-Grace] has been going to [O:Hugs and Hops] with her mam, and [P:Shannon] says she sleeps better after it.
cv,wf,o | [P:Lily-Grace] showed me a paper crown from there and said "I'm a princess," then climbed on her mam's knee.
ns | [P:Shannon] has been offered a place on [O:Step Forward], the freedom programme run locally, and said she is ready to {word:step forward} with it now that the children are settled.
o | They travel to school with [O:Aln Valley Taxis], paid by the council, as the refuge is out of town.
ww | On {date:Sunday} they went to {place:the Alnwick Garden} with the refuge group and [P:Shannon] said it was the first day out in years.
o | [P:Shannon] gave her national insurance number, [NI:QQ 48 31 72 C], for the Universal Credit change of address.
w | She said she has not been sleeping, still jumps at doors, and feels guilty for taking the children away from their {kin:nana}.
ns | I will talk to school about the safety plan and who can collect, and ask {natl:the police} about a marker.
ns | I will ring [P:Shannon] on [PH:07700 900463] on {date:Monday}, and we will meet at the refuge again in {dur:two weeks}.
"""),
    dict(
        id="N04",
        context={"child": {"name": "Anish Gurung", "dob": "2015-07-19"},
                 "people": [{"name": "Sunita Gurung", "role": "mother"},
                            {"name": "Bikash Gurung", "role": "father"},
                            {"name": "Pabitra Gurung", "role": "sister"},
                            {"name": "Mrs Langstaff", "role": "class teacher"}],
                 "address": "3 Galgate Mews, Barnard Castle DL12 8ZQ",
                 "school": "Startforth Primary School", "worker": N_WORKER},
        meta={"service": "Early Help (young carer)", "child_age_years": 10,
              "features": ["local_groups", "lowercase_group", "groups_without_kind_word", "employer", "nickname",
                           "young_carer", "pharmacy", "email_in_text", "postcode", "public_places"]},
        body="""
o | Home visit to [A:3 Galgate Mews], Barnard Castle, [PC:DL12 8ZQ], on {date:Thursday} at {time:four o'clock}, seeing [P:Anish], {age:ten}, his sister [P:Pabitra], who everyone calls [P:Pabi], and their {kin:aama}, [P:Sunita].
w | [P:Sunita] has had a back operation and cannot lift, and [P:Bikash] works days at [O:Startforth Joinery] and evenings at [O:Teesdale Timber Yard], so [P:Anish] does a lot of the caring.
cv,wf,w | [P:Anish] said "I get [P:Pabi] dressed and do her breakfast, and sometimes I'm late and Mrs [P:Langstaff] gets cross."
ww | He now goes to [O:Teesdale Young Carers] on a {date:Tuesday} and said it is "the only place where nobody asks why I'm tired."
ww | [P:Pabi] stays for the [O:Lunchbox club] at school and then goes to [O:Bright Sparks] after school, which gives [P:Anish] an hour off.
cv,wf,ww | [P:Pabi] told me she likes [O:Sparks] "because they have a bouncy castle on Fridays."
o | [P:Sunita]'s medication is delivered weekly by [O:Galgate Pharmacy], and she showed me the blister packs were up to date.
w | [P:Anish] said he worries about his {kin:aama} falling when he is at school, and he had a stomach ache every morning {dur:last week}.
ww | The family went to {place:the Bowes Museum} on {date:Saturday} for the free family day, and [P:Anish] drew me the silver swan.
o | [P:Bikash] served in the Gurkhas and the family gets help from {natl:the Royal British Legion} with a grant.
w | The house is cold upstairs and the boiler has been reported to the landlord twice.
ns | I will complete a young carer's assessment with [P:Anish] and make an adult social care referral for [P:Sunita] with her consent.
ns | I will ask {natl:Citizens Advice} about carer's allowance and email the school at [E:office@startforth-pri.example.sch.uk] about a late arrival plan.
"""),
    dict(
        id="N05",
        context={"child": {"name": "Harley Dodd", "dob": "2024-11-27"},
                 "people": [{"name": "Keeley Dodd", "role": "mother"},
                            {"name": "Connor Pattison", "role": "father"},
                            {"name": "Tina Dodd", "role": "maternal grandmother"},
                            {"name": "Rachel Forster", "role": "community midwife"}],
                 "address": "Flat 4, 18 Tyne Green Road, Hexham NE46 3ZS",
                 "school": "", "worker": N_WORKER},
        meta={"service": "Early Help (young parent, pre-birth)", "child_age_years": 1,
              "features": ["local_groups", "lowercase_group", "groups_without_kind_word", "word_name", "employer",
                           "nhs_number", "dob_in_text", "pre_verbal", "brands", "public_places"]},
        body="""
o | I visited [P:Keeley], who is {age:nineteen} and {dur:thirty weeks} pregnant, and her son [P:Harley] at [A:Flat 4, 18 Tyne Green Road] on {date:Monday the 10th}.
o | [P:Harley] was born on [DOB:27 November 2024] and his NHS number is [NHS:999 614 2083], which [P:Keeley] read off his red book for the nursery waiting list.
ww | [P:Keeley] goes to the [O:Bumps and Babies group] at the Methodist hall every {date:Wednesday} and to [O:Tiddlywinks] on {date:Fridays}, and says the other mams are "canny".
ww | [P:Harley] was babbling and pulling himself up on the settee, and [P:Keeley] got down on the floor and played peekaboo with him.
o | {natl:CBeebies} was on and he bounced to the music.
w | [P:Connor], the baby's dad, works for [O:Fellside Motors] in the week and [P:Keeley] said he "goes out on the drink" at weekends and they argue.
w | She said she sometimes leaves [P:Harley] with her {kin:mam} [P:Tina] because she cannot cope, and [P:Tina] has her own health problems.
ww | The midwife, [P:Rachel Forster], has seen her every {dur:two weeks} and says the pregnancy is going well.
o | [P:Keeley] said if it is a girl she will be called [P:Willow], and she showed me the {word:willow} tree stencil she has put on the cot.
ww | On {date:Saturday} they went on the train to {place:the Sage} for a free baby concert, and she said [P:Harley] clapped the whole way through.
w | She has used the [O:Hexham Community Larder] {dur:three times} since {date:Christmas} and her gas was cut off for a day.
ns | I will refer her to {natl:Home-Start} and to the [O:Young Mums Together] group at the family hub, which meets on {date:Thursdays}.
ns | I will ask the midwife to share the birth plan and visit again {date:next Monday}.
"""),
    dict(
        id="N06",
        context={"child": {"name": "Tegan Oliver", "dob": "2011-09-03"},
                 "people": [{"name": "Nicola Oliver", "role": "mother"},
                            {"name": "Gary Oliver", "role": "father"},
                            {"name": "Ruby Oliver", "role": "sister"},
                            {"name": "Mr Amadi", "role": "head of year"}],
                 "address": "22 Coquet View, Morpeth NE61 5ZL",
                 "school": "King Edward Grange Academy", "worker": N_WORKER},
        meta={"service": "Early Help (young carer, parental illness)", "child_age_years": 14,
              "features": ["local_groups", "lowercase_group", "groups_without_kind_word", "employer", "taxi_firm",
                           "dentist", "nickname", "sibling_voice", "email_in_text", "phone_in_text"]},
        body="""
o | After-school visit to [A:22 Coquet View], Morpeth, on {date:the 2nd of March} to see [P:Tegan], {age:fourteen}, known as [P:Teggy], her {kin:little sister} [P:Ruby] and their {kin:mam}, [P:Nicola], who has MS.
w | [P:Nicola] has had a relapse and spent {dur:a week} at {place:Wansbeck General}, and [P:Gary] drives for [O:Hallgarth Haulage] and is away three nights a week.
cv,wf,w | [P:Tegan] said "I do the tea and the tablets and I put [P:Ruby] to bed, it's fine," but then said she hasn't done any homework for {dur:a month}.
ww | [P:Ruby], who is {age:three}, goes to the [O:Tiny Tots stay and play] at the leisure centre with her {kin:nana} on {date:Tuesdays}.
cv,wf,ww | [P:Ruby] told me "I did painting at [O:Tiny Tots]" and showed me the paint on her sleeve.
ww | [P:Tegan] has started at [O:Coquet Young Carers] and went on their trip to {place:Whitley Bay}, and she said she "actually laughed for once".
o | [P:Nicola] gets to her appointments with [O:Wansbeck Cabs], who know her and help with the wheelchair.
w | [P:Tegan] missed her brace appointment at [O:Sanderson's Dental Practice] because there was nobody to take her.
cv,wf,o | She said she wants to go to [O:Bridge Dance Academy] again, which she stopped in the summer, and she crossed the {word:bridge} into town to show me the hall.
w | Her head of year, Mr [P:Amadi], emailed to say her attendance is down to eighty-one per cent and she has fallen asleep in maths.
ns | I will complete a young carer's assessment with [P:Tegan] at school, [S:King Edward Grange], next week.
ns | I will ask [O:Coquet Young Carers] about a respite activity and email Mr [P:Amadi] at [E:j.amadi@kega.example.sch.uk] to agree a homework plan.
ns | [P:Nicola]'s mobile is [PH:07700 900571] and I will phone her on {date:Friday}.
"""),
    dict(
        id="O01",
        context={"child": {"name": "Zayn Mahmood", "dob": "2025-08-02"},
                 "people": [{"name": "Nadia Mahmood", "role": "mother"},
                            {"name": "Imran Mahmood", "role": "father"},
                            {"name": "Aisha Mahmood", "role": "sister"},
                            {"name": "Dr Chidi Okafor", "role": "paediatric consultant"},
                            {"name": "Sister Helen Bell", "role": "ward sister"}],
                 "address": "41 Stanhope Street, Newcastle upon Tyne NE4 5ZJ",
                 "school": "", "worker": O_WORKER},
        meta={"service": "Hospital social work (faltering growth)", "child_age_years": 0,
              "features": ["hospital", "named_staff", "staff_initials", "surname_alone", "ward_name", "mosque",
                           "gp_surgery", "nhs_number", "dob_in_text", "pre_verbal", "sibling_voice"]},
        body="""
o | I was asked to see the [P:Mahmoods] on {place:Puffin Ward} at {place:the RVI} on {date:Monday the 3rd} by Dr [P:Okafor], the consultant paediatrician, after baby [P:Zayn] was admitted with faltering growth.
o | [P:Zayn] was born on [DOB:2 August 2025], NHS number [NHS:999 731 5520], and has dropped from the 50th to below the 9th centile.
ww | {role:Sister} [P:Bell] said Mrs [P:Mahmood] has been on the ward day and night, feeding him every three hours and writing every feed down.
w | Dr [P:Okafor] said there is no medical cause found yet and that he gains weight steadily when the nurses feed him, which raises a question about the amounts at home.
w | [P:Nadia] told me she has been "so tired I can't think" since the birth and that her husband [P:Imran] works nights as a taxi driver.
ww | [P:Imran] came in at {time:two o'clock} and held [P:Zayn] skin to skin, and was gentle and attentive.
o | The family's GP is at [O:Elswick Park Medical Group] and the health visitor had raised concerns {dur:three weeks} ago.
cv,wf,o | Their daughter [P:Aisha], who is {age:four}, attends [S:Little Lanterns Nursery] and told the play specialist "baby [P:Zayn] is poorly, I want him home."
ww | [P:Nadia]'s {kin:ammi} and the women from [O:Masjid al-Noor] have been bringing meals to the ward.
w | {role:Staff Nurse} [P:Priya] noted on the chart (SN [P:PK]) that one bottle was made up with too much water on {date:Sunday}.
ns | I will hold a discharge planning meeting with the health visitor on {date:Thursday}, and a dietitian will go through making up feeds with both parents.
ns | The [P:Mahmoods] agreed to daily weights at [O:Elswick Park] for {dur:two weeks} after discharge.
"""),
    dict(
        id="O02",
        context={"child": {"name": "Mylo Wilkinson", "dob": "2024-06-11"},
                 "people": [{"name": "Chloe Wilkinson", "role": "mother"},
                            {"name": "Reece Graham", "role": "mother's partner"},
                            {"name": "Pauline Wilkinson", "role": "maternal grandmother"},
                            {"name": "Geoff Wilkinson", "role": "maternal grandfather"},
                            {"name": "Dr Funmi Adeyemi", "role": "paediatric consultant"}],
                 "address": "9 Hylton Terrace, Gateshead NE10 8ZR",
                 "school": "Tiddlers Day Nursery", "worker": O_WORKER},
        meta={"service": "Hospital social work (child protection medical)", "child_age_years": 1,
              "features": ["hospital", "named_staff", "staff_initials", "ward_name", "nursery", "gp_surgery",
                           "nhs_number", "dob_in_text", "phone_in_text", "pre_verbal", "section_47"]},
        body="""
o | Child protection medical on {place:Ward 15} at {place:the Great North Children's Hospital} on {date:the 12th}, requested by the registrar [P:Tom] after [P:Mylo], {age:eighteen months}, came in through {place:children's A&E} with a swollen leg.
o | His date of birth is [DOB:11.06.24] and his NHS number is [NHS:999 208 4417].
w | The X-ray shows a spiral fracture of the left femur, and Dr [P:Adeyemi], the consultant, said the explanation given, that he fell off the settee, does not fit a child of his age.
w | {kin:Mum}, [P:Chloe], said she was in the shower and her partner [P:Reece] was watching him; [P:Reece] left the hospital before I arrived and is not answering his phone.
ww | [P:Chloe] stayed with [P:Mylo] all night and {role:Staff Nurse} [P:Priya] said she settled him well when he was distressed.
o | [P:Mylo] attends [S:Tiddlers Day Nursery] three days a week, and the nursery told me they have no previous concerns.
o | The GP practice, [O:Leam Lane Surgery], confirmed one earlier attendance at {place:the QE} for a bruised cheek in {date:April}.
w | That earlier bruise was not followed up, which is a worry alongside this injury.
ww | {kin:Grandparents} [P:Pauline] and [P:Geoff Wilkinson] arrived at {time:eleven} and offered to have [P:Mylo] and [P:Chloe] stay with them.
o | The nurse in charge (NIC, [P:JR]) recorded that [P:Mylo] was feeding and smiling by the evening.
ns | A {term:strategy discussion} was held at {time:4pm} and a {term:Section 47} enquiry agreed, with police to speak to [P:Reece].
ns | [P:Mylo] will stay on the ward until a skeletal survey is done, and I will assess [P:Pauline]'s home as an interim plan.
ns | [P:Pauline]'s number is [PH:0191 498 0327].
"""),
    dict(
        id="O03",
        context={"child": {"name": "Lucas Chen", "dob": "2019-12-20"},
                 "people": [{"name": "Mei Ling Chen", "role": "mother"},
                            {"name": "Wei Chen", "role": "father"},
                            {"name": "Grace Chen", "role": "sister"},
                            {"name": "Dr Alastair Fairbairn", "role": "paediatric oncologist"},
                            {"name": "Ros Tindall", "role": "palliative care nurse specialist"}],
                 "address": "5 Jesmond Vale Gardens, Newcastle upon Tyne NE2 1ZT",
                 "school": "Heaton Burn Primary School", "worker": O_WORKER},
        meta={"service": "Hospital social work (palliative care)", "child_age_years": 6,
              "features": ["hospital", "named_staff", "staff_initials", "hospice", "bereavement_group", "word_name",
                           "sibling_voice", "ward_name", "email_in_text", "postcode"]},
        body="""
o | I met [P:Mei Ling] and [P:Wei Chen] on {place:Ward 4} at {place:the RVI} on {date:Friday afternoon} with Dr [P:Fairbairn] and the nurse specialist [P:Ros Tindall] ([P:RT]), to plan [P:Lucas]'s move to hospice care.
w | [P:Lucas], who is {age:six}, has relapsed and Dr [P:Fairbairn] explained that treatment is no longer working and that he may have {dur:weeks rather than months}.
ww | The family want [P:Lucas] to go to [O:Cheviot View Children's Hospice], where he had respite in the summer and knows the staff.
cv,wf,o | [P:Lucas] told [P:Ros] "I want to go to the place with the fish tank and the big bath."
cv,wf,w | His sister [P:Grace], {age:nine}, told me she knows he is "not getting better" and asked if it was her fault because she had a cold.
o | The family say {word:grace} before meals, and [P:Wei] said they are drawing on their church, [O:Heaton Chinese Christian Fellowship], who visit daily.
w | [P:Mei Ling] is not sleeping, has lost weight and said she "cannot imagine after".
ww | The parents have been open with both children, in age-appropriate words, with help from the play team.
o | [P:Grace] goes to [S:Heaton Burn Primary], where her teacher has been told.
ns | I will refer [P:Grace] to [O:Forget-Me-Not], the sibling bereavement group at the hospice, which meets on {date:Tuesdays}; she chose {word:forget-me-nots} for the garden there last summer.
ns | I will apply for a grant from {natl:Children with Cancer UK} for travel, and email the school at [E:admin@heatonburn.example.sch.uk] with the family's consent.
ns | Transfer is planned for {date:Wednesday the 15th} by ambulance, and [P:RT] will ring me after the handover.
o | The family home is [A:5 Jesmond Vale Gardens], [PC:NE2 1ZT], and the parents asked that letters go there rather than to the hospice.
"""),
    dict(
        id="O04",
        context={"child": {"name": "Sophie Heron", "dob": "2010-04-23"},
                 "people": [{"name": "Leanne Heron", "role": "mother"},
                            {"name": "Brian Heron", "role": "maternal grandfather"},
                            {"name": "Maureen Heron", "role": "maternal grandmother"},
                            {"name": "Dr Ines Carvalho", "role": "paediatric registrar"}],
                 "address": "16 Monkton Lane, Jarrow NE32 5ZD",
                 "school": "Bede's Burn Academy", "worker": O_WORKER},
        meta={"service": "Hospital social work (self-harm)", "child_age_years": 15,
              "features": ["hospital", "named_staff", "staff_initials", "ward_name", "nickname", "brands",
                           "gp_surgery", "dob_in_text", "ni_number", "phone_in_text", "self_harm_worry"]},
        body="""
o | Seen on {place:Ward 2A} at {place:South Tyneside District Hospital} on {date:Saturday morning} following an overdose the night before; referral from Dr [P:Carvalho], the registrar.
o | [P:Sophie], known as [P:Soph], gave her date of birth as [DOB:the twenty-third of April 2010] and asked for her {kin:nana} to stay.
cv,wf,w | When seen alone she said "I took them because everyone at school hates me and there's no point," and that she had been planning it for {dur:about a week}.
cv,wf,w | She said girls in her year at [S:Bede's Burn] have been sharing photos of her on {natl:Snapchat}.
w | {kin:Mum}, [P:Leanne], arrived at {time:half ten}; she smelled of alcohol and became angry with the nurses.
w | [P:Sophie] said her mam "drinks every night" and that she mostly lives at her {kin:grandparents'}.
ww | [P:Brian] and [P:Maureen Heron] have cared for her most weekdays since {date:last Easter}, and [P:Maureen] sat with her all night.
cv,wf,ww | [P:Sophie] said "{kin:Nana} [P:Mo] is the only one who gets it," and that she would like to live with them properly.
ww | {role:Staff Nurse} [P:Priya] said she has eaten and talked about her art.
o | The GP is [O:Fellgate Medical Centre], who had referred her to {natl:CAMHS} {dur:two months} ago; she is still on the waiting list.
o | She is on a {natl:Kooth} account and uses {natl:Childline}, which she said helped.
o | [P:Brian] gave his national insurance number, [NI:QQ 61 27 53 A], for the kinship form.
ns | {natl:CAMHS} crisis assessment before discharge, arranged by CN [P:DW] for {time:2pm} on {date:Monday}.
ns | I will discuss with the [P:Herons] a safety plan and temporary care with the grandparents, and contact school about the bullying.
ns | [P:Maureen]'s number is [PH:07700 900395].
"""),
    dict(
        id="O05",
        context={"child": {"name": "baby Scott", "dob": "2026-02-03"},
                 "people": [{"name": "Amber Scott", "role": "mother"},
                            {"name": "Kyle Hetherington", "role": "father"},
                            {"name": "Bev Scott", "role": "maternal grandmother"},
                            {"name": "Dr Kwame Mensah", "role": "neonatologist"},
                            {"name": "Sister Joanne Hall", "role": "neonatal sister"}],
                 "address": "Flat 11, Roker Heights, 3 Dock Road, Sunderland SR6 0ZN",
                 "school": "", "worker": O_WORKER},
        meta={"service": "Hospital social work (neonatal, substance misuse)", "child_age_years": 0,
              "features": ["hospital", "named_staff", "ward_name", "pharmacy", "nhs_number", "dob_in_text",
                           "address_in_text", "postcode", "pre_verbal", "substance_misuse", "nickname"]},
        body="""
o | Visit to {place:the neonatal unit} at {place:Sunderland Royal} on {date:the 6th} to see baby [P:Scott], born at {time:3.40am} on [DOB:3rd Feb 2026], NHS number [NHS:999 480 1136].
w | The baby is being treated for withdrawal, and Dr [P:Mensah] said the scores went up overnight and morphine has been started.
o | {kin:Mum}, [P:Amber Scott], is on a methadone script collected daily from [O:Roker Pharmacy] and is supported by {natl:Turning Point}.
w | Her partner, [P:Kyle Hetherington], has a conviction for supplying and was asked to leave the unit on {date:Wednesday} after shouting at staff.
ww | {role:Sister} [P:Hall] said [P:Amber] has been in every day, does the cares herself and has been trying to breastfeed.
w | [P:Amber] admitted using heroin on top of her methadone until {dur:six weeks} before the birth.
ww | Her {kin:mam}, [P:Bev], known to everyone as {kin:Nana} [P:Bev], has offered to move into the flat to help.
o | The address is [A:Flat 11, Roker Heights, 3 Dock Road], [PC:SR6 0ZN], a first-floor flat with a lift.
w | [P:Amber] said [P:Kyle] still has a key and comes and goes.
ns | A {term:pre-discharge planning meeting} is booked for {date:Tuesday} at {time:ten}, and I will complete a parenting assessment with [P:Amber] and [P:Bev].
ns | Drug testing will be requested for both parents, and I will ask {natl:the police} for information on [P:Kyle].
"""),
    dict(
        id="O06",
        context={"child": {"name": "Yusuf Abdi", "dob": "2014-09-30"},
                 "people": [{"name": "Sahra Abdi", "role": "mother"},
                            {"name": "Mohamed Abdi", "role": "father"},
                            {"name": "Ilhan Abdi", "role": "sister"},
                            {"name": "Dr Marta Kowalski", "role": "paediatric diabetes consultant"},
                            {"name": "Sister Carol Nixon", "role": "diabetes nurse specialist"},
                            {"name": "Hibaaq Yusuf", "role": "Somali interpreter"}],
                 "address": "27 Wingrove Avenue, Newcastle upon Tyne NE4 9ZB",
                 "school": "Fenham Ridge Academy", "worker": O_WORKER},
        meta={"service": "Hospital social work (diabetes, neglect of health needs)", "child_age_years": 11,
              "features": ["hospital", "named_staff", "staff_initials", "interpreter", "mosque", "word_name",
                           "ward_name", "surname_alone", "email_in_text", "phone_in_text", "sibling_voice"]},
        body="""
o | I saw [P:Yusuf], {age:eleven}, on {place:Ward 1C} at {place:the Great North Children's Hospital} on {date:Thursday}, his third admission with diabetic ketoacidosis since {date:the summer}.
o | A Somali interpreter, [P:Hibaaq], attended in person for his parents, [P:Sahra] and [P:Mohamed Abdi].
w | Dr [P:Kowalski] said his blood sugars are very high most days and he appears to be missing insulin doses at home and at school.
w | {role:Sister} [P:Nixon], the diabetes nurse specialist ([P:CN]), said the family have missed two clinic appointments and the school nurse has had no care plan back.
cv,wf,w | [P:Yusuf] told me "I don't do the injection at school because the boys laugh," and said he throws his lunch away so he does not need it.
ww | [P:Sahra] said she did not understand the carbohydrate counting in English, and cried when the interpreter explained it again.
cv,wf,ww | His sister [P:Ilhan], {age:fourteen}, said she can help with his readings and showed me the app on her phone.
o | The family go to [O:Masjid Ar-Rahma] on {date:Fridays}, and [P:Mohamed] said the imam, Sheikh [P:Abdullahi], has offered to help.
w | [P:Mohamed] works long shifts at [O:Benwell Halal Meats] and said "my wife does the medicine," which leaves it to one person.
ww | Both parents practised a full injection with {role:Sister} [P:Nixon] today, patiently, and were praised.
o | The [P:Abdis] asked for {natl:Diabetes UK}'s leaflets in Somali, which I printed off the ward computer.
ns | I will arrange a diabetes education session with an interpreter, ask for a school health care plan from [S:Fenham Ridge], and email the head at [E:head@fenhamridge.example.sch.uk].
ns | I will ring [P:Mohamed] on [PH:07700 900842] to arrange a home visit with the nurse after discharge on {date:Monday}.
"""),
]
