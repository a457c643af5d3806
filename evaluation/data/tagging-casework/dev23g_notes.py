"""dev23g's 12 marked-up development notes (see make_dev23g.py). Everything invented: phones in Ofcom's drama
ranges (07700 900xxx, 0191 498 0xxx), NHS numbers in the 999 range, NI numbers with the never-issued QQ prefix,
names, nicknames, addresses, postcodes, emails, schools, colleges, clubs, homes and organisations made up.
Authors: J (a school-based family support worker in Gateshead, Sunderland and Newcastle primaries: many named
staff and pupils, breakfast clubs, holiday schemes, youth projects, mentoring, food larders, dance and karate
clubs, Sure Start centres, schools in full and short forms), K (a key worker in residential children's homes:
named staff and nicknames, other young people by first name or initials, the home's own name, boxing gyms,
colleges, supported lodgings, advocacy, takeaways, tattoo studios, social workers, IROs, police by rank)."""

J_WORKER = "Shazia Mahmood"
K_WORKER = "Rhiannon Teasdale"

NOTES = [
    dict(
        id="J01",
        context={"child": {"name": "Zainab Hussein", "dob": "2016-04-14"},
                 "people": [{"name": "Hodan Hussein", "role": "mother"},
                            {"name": "Mrs Okonjo", "role": "class teacher"},
                            {"name": "Gareth Milburn", "role": "designated safeguarding lead"},
                            {"name": "Priya Lakhani", "role": "educational psychologist"}],
                 "address": "41 Tanfield Gardens, Gateshead NE9 6QX",
                 "school": "St Cuthbert's RC Primary School", "worker": J_WORKER},
        meta={"service": "Early Help (school-based family support)", "child_age_years": 9,
              "features": ["many_names", "organisation_no_kind_word", "word_name", "dob_in_text", "nhs_number",
                           "phone_in_text", "email_in_text", "school_short_form", "initial_as_name"]},
        body="""
o | Visit to [S:St Cuthbert's RC Primary School] on {date:Thursday the 6th}, starting at {time:quarter to nine} once [O:Rise and Shine] had finished.
cv,wf,ww | [P:Zainab] told me she likes breakfast club because [P:Pauline] the dinner lady saves her the last crumpet and they all say {word:grace} before they eat.
cv,wf,w | She said her best friend [P:Grace] has moved to a different table and now she sits on her own at dinner, which makes her "feel like a ghost".
w | Her class teacher, Mrs [P:Okonjo], said [P:Zainab] has been tearful in the afternoons and there were two incidents with a boy called [P:Hunter] on the yard.
o | Mr [P:P], who takes Year 4 for PE, said [P:Hunter] had been playing a {word:hunter} and prey chasing game that got out of hand, and both children had time out.
w | The SENCo, Miss [P:Adeyemi-Clarke], is worried that [P:Zainab]'s reading is about two years behind and that she looks shattered most mornings.
ww | The DSL, [P:Gareth Milburn], confirmed there have been no new safeguarding logs since the half-term meeting.
w | {kin:Mum} [P:Hodan] rang me on [PH:07700 900418] {date:last Friday} to say the electric had been cut off again and the kids were doing their homework by torchlight.
ns | I have referred the family to [O:St Aidan's Larder] for food parcels and given [P:Hodan] the number for the energy fund.
ns | The educational psychologist, Dr [P:Priya Lakhani], will observe [P:Zainab] in class on {date:the 20th}, and the school nurse, [P:Bev Thorburn], will check her eyes and weight.
o | For the nurse's form I confirmed her date of birth as [DOB:14/04/2016], NHS number [NHS:999 384 2216], and the address as [A:41 Tanfield Gardens], [PC:NE9 6QX].
ww | [P:Zainab] goes to [O:Kirsty Dowd School of Dance] on Saturdays and showed me a medal she won at a show at the {place:Metro Centre}.
cv,wf,ww | She said Miss [P:Kirsty] told her she is "the best at the spins", and she wants to be a dancer on {place:Strictly} when she is {age:grown up}.
ns | {kin:Mum}'s email for the newsletter is [E:hodan.hussein77@mailbox-example.co.uk], and I will send her the [O:Summer Stars] forms for the holidays.
ns | I will ask [S:St Cuthbert's] to seat [P:Zainab] with [P:Grace] for the reading group and I will visit the family at home in {dur:two weeks}.
"""),
    dict(
        id="J02",
        context={"child": {"name": "Deshawn Mensah", "dob": "2015-02-02"},
                 "people": [{"name": "Abena Mensah", "role": "mother"},
                            {"name": "Kwame Mensah", "role": "brother"},
                            {"name": "Lorna Pringle", "role": "designated safeguarding lead"},
                            {"name": "Steven McAllister", "role": "football coach"}],
                 "address": "7 Bevan Court, Jarrow NE32 4TZ",
                 "school": "Fellgate Vale Primary School", "worker": J_WORKER},
        meta={"service": "Early Help (school-based family support)", "child_age_years": 10,
              "features": ["many_names", "organisation_no_kind_word", "nickname", "dob_in_text", "ni_number",
                           "phone_in_text", "email_in_text", "school_short_form", "landline"]},
        body="""
o | I met [P:Deshawn] at [S:Fellgate Vale] on {date:Monday} at {time:10.15}, with the DSL [P:Lorna Pringle] joining for the last {dur:twenty minutes}.
w | [P:Lorna] said [P:Deshawn] was sent out of assembly twice last week for swearing at [P:Kai] and [P:Oscar], and Mrs [P:Jeavons] on dinners says he has been eating on his own.
cv,wf,w | [P:Deshawn] told me the other lads keep saying his trainers are from the market and he "just flipped".
cv,wf,ww | He lit up talking about [O:Redhill Rovers U11s], where he plays left back, and said the coach, [P:Stevie Mac], calls him "the Wall".
o | [P:Stevie]'s real name is [P:Steven McAllister] and he emailed me from [E:s.mcallister@redhillrovers-example.org.uk] to say [P:Deshawn] has missed three training sessions because there is nobody to walk him to the pitches.
w | {kin:Mum} [P:Abena] works split shifts at the care home and his {kin:big brother} [P:Kwame], {age:fifteen}, is meant to take him but has been going to the [O:Hive] instead.
ww | Staff at the [O:Hive] youth project, [P:Dele] and [P:Marianne], said [P:Kwame] is doing well on their music course and is welcome to bring his brother along.
ww | [P:Deshawn] also still goes to [O:Golden Tiger Karate] on {date:Wednesday} nights and has his orange belt grading next month.
o | {kin:Mum} asked me to help with a council tax reduction form, so I noted her NI number [NI:QQ 48 21 67 C], her mobile [PH:07700 900572] and the landline [PH:0191 498 0634].
o | His date of birth, which was wrong on the form, is [DOB:2nd February 2015], and the address is [A:7 Bevan Court], [PC:NE32 4TZ].
ns | I will ask [P:Dele] whether the [O:Hive] minibus can drop [P:Deshawn] at the [O:Rovers] pitches on training nights.
ns | [P:Lorna] will speak to [P:Kai]'s and [P:Oscar]'s parents, and Mr [P:Fairbairn], the class teacher, will run a circle time on kindness this week.
ns | I will refer [P:Deshawn] to [O:Bright Futures] mentoring, and I will check with [O:Bede Fields Sure Start Centre] about the uniform swap shop for new trainers.
cv,wf,ww | When I asked him for one word about today he said "better", and gave me a thumbs up on his way back to class.
"""),
    dict(
        id="J03",
        context={"child": {"name": "Summer Lawson", "dob": "2017-08-30"},
                 "people": [{"name": "Kerry Lawson", "role": "mother"},
                            {"name": "Jayden Lawson", "role": "brother"},
                            {"name": "Marek Szymanski", "role": "class teacher"},
                            {"name": "Louise Hedley", "role": "teaching assistant"}],
                 "address": "Flat 2, 18 Wearside View, Sunderland SR4 7JT",
                 "school": "Washington Grange Primary School", "worker": J_WORKER},
        meta={"service": "Child in Need (school-based family support)", "child_age_years": 8,
              "features": ["many_names", "organisation_no_kind_word", "word_name", "dob_in_text", "nhs_number",
                           "phone_in_text", "school_short_form", "teacher_by_first_name"]},
        body="""
o | Visit to [S:Washington Grange Primary School] on {date:the 3rd of June}, {time:1.30pm}, to plan the {word:summer} holidays with [P:Summer] and her {kin:mam}.
o | [P:Summer] is in Mr [P:Szymanski]'s class but spends most afternoons with Miss [P:Lou], the teaching assistant, whose full name is [P:Louise Hedley].
cv,wf,ww | [P:Summer] said Miss [P:Lou] is "kind and smells of strawberries" and she likes doing her sums at the little table by the window.
w | {kin:Mam} [P:Kerry] said the {word:summer} holidays last year were "a nightmare", with no money, no routine and [P:Summer] up till {time:midnight} on her tablet.
ww | We agreed [P:Summer] will go to [O:Summer Stars] at the community centre three days a week, which costs nothing for families on free school meals.
cv,wf,w | [P:Summer] said she does not want to go if [P:Tegan] from Year 5 is there, because [P:Tegan] told everyone her {kin:mam} drinks.
w | {kin:Mam} admitted she has been drinking more since {kin:her dad} died in March, and she has not been to the GP.
o | Her {kin:big brother} [P:Jayden], {age:thirteen}, is at [S:Castleview Academy] and has just started [O:Bright Futures] mentoring with a mentor called [P:Tunde].
ww | [P:Tunde] texted me from [PH:07700 900236] to say [P:Jayden] has turned up every week and wants to help look after [P:Summer] in the holidays.
o | For the [O:Summer Stars] consent form I took [P:Summer]'s date of birth as [DOB:30.08.17], NHS number [NHS:999 710 5532], and the address, [A:Flat 2, 18 Wearside View], [PC:SR4 7JT].
w | The DSL at the [S:Grange], [P:Nasreen Akhtar], has logged two mornings when [P:Summer] arrived without breakfast.
ns | [P:Nasreen] will put [P:Summer] on the [O:Rise and Shine] list from {date:Monday}, and I will take {kin:Mam} to the {place:Sunderland Royal} drop-in for alcohol advice.
ns | I will ask the [O:Summer Stars] lead, [P:Gemma Robbins], to keep [P:Summer] and [P:Tegan] in different groups.
cv,wf,ww | [P:Summer] drew a sun with a smiley face and said that was "the {word:summer} I want".
"""),
    dict(
        id="J04",
        context={"child": {"name": "Aarav Sharma", "dob": "2018-11-09"},
                 "people": [{"name": "Pooja Sharma", "role": "mother"},
                            {"name": "Rohan Sharma", "role": "father"},
                            {"name": "Fiona McTeer", "role": "educational psychologist"},
                            {"name": "Harjit Bhatti", "role": "SENCo"}],
                 "address": "23 Larchwood Avenue, Fenham, Newcastle NE4 9RB",
                 "school": "Fenham Beck Primary School", "worker": J_WORKER},
        meta={"service": "Early Help (SEND, school-based family support)", "child_age_years": 7,
              "features": ["many_names", "organisation_no_kind_word", "non_english_kin", "dob_in_text",
                           "nhs_number", "phone_in_text", "email_in_text", "school_short_form", "nursery"]},
        body="""
o | Meeting at [S:Fenham Beck Primary] on {date:Tuesday 14 October} at {time:nine o'clock} about [P:Aarav]'s autism assessment, with {kin:mum} [P:Pooja], {kin:dad} [P:Rohan] and {kin:Dadi}.
o | Present from school were the SENCo, Mrs [P:Bhatti], his teacher Miss [P:Ng], and the educational psychologist, Dr [P:Fiona McTeer].
w | Dr [P:McTeer] said [P:Aarav] finds the noise of the hall very hard, covers his ears at dinner and has hidden under the coats twice.
o | [P:Maureen], the dinner lady, now lets him eat in the library with [P:Leo] and [P:Ruby], which he manages well.
ww | Mrs [P:Bhatti] said he reads above his age, knows every flag in the world and has started to say hello to Nurse [P:Jackie] in the mornings.
cv,wf,o | [P:Aarav] told me, without looking up from his dinosaur book, that "the bell is too shouty" and he likes the library "because it's quiet and has [P:Leo]".
w | {kin:Mum} said she is exhausted because his little brother [P:Vihaan] does not sleep and {kin:Dadi} is not well enough to help much.
ns | [P:Vihaan] is on the waiting list at [S:Little Acorns Nursery], and I will ask [O:Cowgate Sure Start Centre] about a sleep clinic in the meantime.
ww | {kin:Dad} takes [P:Aarav] to [O:Shin Kan Karate] on {date:Saturdays}, where the sensei lets him stand at the back near the door.
o | I checked his date of birth, [DOB:9th November 2018], NHS number [NHS:999 251 6047], and the address, [A:23 Larchwood Avenue], [PC:NE4 9RB], for the paediatric letter.
o | {kin:Mum}'s mobile is [PH:07700 900883] and her email is [E:pooja.sharma.fenham@inbox-example.com], which Dr [P:McTeer] will use for the report.
ns | The school nurse, [P:Jackie Gilroy], will refer to the community paediatrician, and Miss [P:Ng] will make a visual timetable for the classroom.
ns | I will look for a quiet place on [O:Summer Stars] for the holidays and will bring the forms on my home visit {date:next Thursday}.
"""),
    dict(
        id="J05",
        context={"child": {"name": "Kayleigh-Mae Dobson", "dob": "2014-05-21"},
                 "people": [{"name": "Danielle Dobson", "role": "mother"},
                            {"name": "Sandra Pike", "role": "lunchtime supervisor"},
                            {"name": "Callum Rafferty", "role": "designated safeguarding lead"},
                            {"name": "Tendai Moyo", "role": "Bright Futures mentor"}],
                 "address": "112 Clavering Road, Blaydon NE21 5PL",
                 "school": "Blaydon West Primary School", "worker": J_WORKER},
        meta={"service": "Child in Need (school-based family support)", "child_age_years": 11,
              "features": ["many_names", "organisation_no_kind_word", "word_name", "transition", "dob_in_text",
                           "phone_in_text", "school_short_form", "church_larder"]},
        body="""
o | Transition meeting on {date:Wednesday the 2nd of July} at [S:Blaydon West Primary], about [P:Kayleigh-Mae]'s move up to [S:Derwent Heights Academy] in September.
o | [P:Kayleigh-Mae], who everyone calls [P:KM], was there with {kin:mam} [P:Danielle], the DSL [P:Callum Rafferty], and Mrs [P:Oyelaran] from [S:Derwent Heights].
w | Mr [P:Rafferty] said [P:KM] has missed eleven days this term, mostly Mondays, and [P:Danielle] says it is because of stomach aches.
cv,wf,w | [P:KM] told me she is scared of the big school because [P:Millie] and [P:Faith] are going to [S:St Joseph's] and she will not know anybody.
cv,wf,w | She said she has "lost {word:faith} in having friends" since the falling out at Easter.
ww | [P:Sandra], the lunchtime supervisor, has been running a girls' club at dinnertime and says [P:KM] is the one who tidies up without being asked.
ww | [P:KM] has been going to the [O:Hive] on Tuesdays with her cousin [P:Brooke] and has started [O:Bright Futures] mentoring with [P:Tendai Moyo].
cv,wf,ww | She said [P:Tendai] is "dead canny" because they go to {place:Greggs} and talk about {place:Love Island} instead of school.
w | [P:Danielle] said money is very tight and she has been using the food larder at [O:Holy Trinity Pantry] since her hours were cut.
o | [P:Danielle] gave her mobile as [PH:07700 900127] and asked for help with the uniform grant, so I took [P:KM]'s date of birth, [DOB:21/5/2014], and the address, [A:112 Clavering Road], [PC:NE21 5PL].
ns | Mrs [P:Oyelaran] will arrange three extra visits to [S:Derwent Heights] for [P:KM] with a buddy called [P:Amira] from Year 8.
ns | [P:Tendai] will keep seeing her through the {word:summer}, and I will book her a place on [O:Summer Stars] for two weeks in August.
ns | I will apply for the uniform grant this week and review attendance with Mr [P:Rafferty] on {date:the 16th}.
"""),
    dict(
        id="J06",
        context={"child": {"name": "Ellis Carr", "dob": "2019-01-17"},
                 "people": [{"name": "Stacey Carr", "role": "mother"},
                            {"name": "Liam Carr", "role": "brother"},
                            {"name": "Imran Qureshi", "role": "designated safeguarding lead"},
                            {"name": "Gary Tait", "role": "son of mother's partner"}],
                 "address": "5 Hawthorn Terrace, Lemington NE15 8HX",
                 "school": "Benwell Hill Primary School", "worker": J_WORKER},
        meta={"service": "Early Help (school-based family support)", "child_age_years": 6,
              "features": ["many_names", "organisation_no_kind_word", "word_name", "pet", "dob_in_text",
                           "nhs_number", "phone_in_text", "school_short_form", "sure_start", "nickname"]},
        body="""
o | School-based visit at [S:Benwell Hill Primary School] on {date:Friday} {time:morning}, seeing [P:Ellis], {age:six}, in the nurture room with Mrs [P:Abernethy].
w | The DSL, Mr [P:Qureshi], asked for the visit because [P:Ellis] came in {date:on Monday} with a bruise on his cheek and said "[P:Gaz] did it".
o | {kin:Mam} [P:Stacey] told Mr [P:Qureshi] that [P:Gaz] is her new partner's son, [P:Gary Tait], who is {age:twelve}, and that the boys were play fighting.
cv,wf,w | [P:Ellis] told me he does not like it when [P:Gaz] sleeps over because he takes the top bunk and "squashes" him.
cv,wf,ww | He said his best friend is [P:Hope] and they play dogs on the yard, and his own dog {pet:Biscuit} is "the best dog in the world".
cv,wf,ww | He said he has {word:hope} that {pet:Biscuit} can come to school for the pet show, and asked me twice if I would come and see.
ww | [P:Ellis] has been at [O:Rise and Shine] every morning this half term, and [P:Irene] who runs it says he eats well and helps set out the bowls.
o | His {kin:big brother} [P:Liam], {age:ten}, plays for [O:Redhill Rovers U11s] and goes to [O:Kaizen Karate Club] in Lemington on {date:Thursdays}.
ww | [P:Stacey] has been going to the [O:Lemington Sure Start Centre] stay-and-play with the baby and says the worker there, [P:Siobhan], has been "a lifesaver".
w | [P:Stacey] admitted [P:Gaz] can be rough and that her partner, [P:Craig], tells her she is "too soft" on her own boys.
o | For the referral I confirmed [P:Ellis]'s date of birth, [DOB:the seventeenth of January 2019], NHS number [NHS:999 603 1178], and the address, [A:5 Hawthorn Terrace], [PC:NE15 8HX].
o | [P:Stacey]'s phone is [PH:07700 900349], and the school office at [S:Benwell Hill] is on [PH:0191 498 0217].
ns | Mr [P:Qureshi] will keep a body map on file and will talk to the school nurse, [P:Anita Kaur], about the bruise.
ns | I will visit at home {date:next Tuesday} when [P:Craig] is in, and agree a sleeping plan so the boys are not sharing with [P:Gaz].
ns | I will also get [P:Ellis] a place at [O:Summer Stars] with [P:Hope] and [P:Liam], and a taster session at [O:Step in Time Dance Academy] that he asked about.
"""),
    dict(
        id="K01",
        context={"child": {"name": "Jordan Dunn", "dob": "2009-03-12"},
                 "people": [{"name": "Nadia Farooq", "role": "social worker"},
                            {"name": "Clive Ashby", "role": "independent reviewing officer"},
                            {"name": "Dave Henderson", "role": "residential support worker"},
                            {"name": "Tracey Dunn", "role": "mother"}],
                 "address": "Oakwood, 3 Elmfield Road, Gosforth NE3 4ZB",
                 "school": "Tyne Valley College", "worker": K_WORKER},
        meta={"service": "Looked After Children (residential)", "child_age_years": 16,
              "features": ["residential", "key_work", "nickname", "initials_as_name", "police", "home_name",
                           "dob_in_text", "nhs_number", "ni_number", "phone_in_text"]},
        body="""
o | Key work session at [O:Oakwood] on {date:Sunday the 9th}, {time:after tea}, with [P:Jordan], known in the home as [P:JD], and [P:Big Dave] sitting in.
cv,wf,ww | [P:JD] said the best thing this month has been [O:Ironworks ABC], where the coach, [P:Micky Stobbart], has said he can spar at the club show if he stays out of bother.
cv,wf,w | He said he is fed up with [P:JT] going in his room and taking his vapes, and he "will end up lamping him".
o | [P:JT] is {age:fourteen} and moved in last month; staff [P:Shaz] and [P:Marcus] have started doing separate key times for the two of them.
w | On {date:the 4th}, [P:JD] was reported missing at {time:11pm} and was brought back by PC [P:Hussain] from the {place:Metro Centre} bus station at {time:2am}.
cv,wf,o | [P:JD] said he went to see his {kin:mam}, [P:Tracey], in Byker because it was her birthday and "nobody would take us".
ww | [P:Big Dave], whose real name is [P:Dave Henderson], has agreed to drive him to see his {kin:mam} every other {date:Saturday} so he does not run.
cv,wf,o | [P:JD] said he wants a tattoo of his {kin:nana}'s name from [O:Black Rose Ink] for his birthday, and I explained they will not do it until he is {age:eighteen}.
o | His social worker, [P:Nadia Farooq], and the IRO, [P:Clive Ashby], are coming to his review on {date:the 23rd} at {time:four o'clock}.
o | For his college bursary I checked his date of birth, [DOB:12 March 2009], NI number [NI:QQ 73 10 45 B], and NHS number [NHS:999 118 4409].
o | [P:JD]'s new phone number is [PH:07700 900765], and he has given it to [P:Nadia] and to the home's office on [PH:0191 498 0551].
ww | [S:Tyne Valley College] said he has been in every day on the bricklaying course and his tutor, [P:Olu], calls him "the grafter".
ns | [P:Shaz] will speak to [O:Voice Forward] advocacy so [P:JD] has someone of his own at the review.
ns | I will ask [P:Nadia] to put the Saturday visits to {kin:mam} in the care plan, and we will do the next key work session on {date:Thursday}.
"""),
    dict(
        id="K02",
        context={"child": {"name": "Tia-Louise Embleton", "dob": "2010-10-27"},
                 "people": [{"name": "Gemma Embleton", "role": "mother"},
                            {"name": "Kwabena Asante", "role": "social worker"},
                            {"name": "Ruth Kilbride", "role": "independent reviewing officer"},
                            {"name": "Kelly Marsden", "role": "residential support worker"}],
                 "address": "The Lodge, 27 Ravensworth Lane, Whickham NE16 4QD",
                 "school": "Whickham Fell Academy", "worker": K_WORKER},
        meta={"service": "Looked After Children (residential, exploitation)", "child_age_years": 15,
              "features": ["residential", "key_work", "nickname", "missing", "exploitation", "police", "home_name",
                           "dob_in_text", "email_in_text", "phone_in_text", "advocacy"]},
        body="""
o | Return conversation at the [O:Lodge] on {date:Tuesday the 18th} at {time:half ten} with [P:Tia-Louise], who asked to be called [P:Tia] and not the nickname [P:Duchess] that [P:Kelly] gave her.
w | [P:Tia] was missing from {time:four o'clock} {date:Monday} until DS [P:Kowalski] found her in {place:Eldon Square} at {time:1am} with two older males.
cv,wf,w | She said the lads are "just mates" who give her free chips at [O:Golden Dragon] on Westgate Road and buy her vapes.
w | She has a new phone that staff did not buy her, and she said a lad she called [P:Deeks] put £40 on it.
cv,wf,o | She told me she hates the [O:Lodge] because "everyone knows your business" and [P:Kenzie] and [P:RB] wind her up at tea.
ww | She said [P:Kelly] is the only staff she trusts because she plaited her hair and sat up with her when she couldn't sleep.
ww | She has been to [S:Whickham Fell] three days out of five this week, which is the best since Easter.
cv,wf,o | She asked for an advocate, so I have given her the number for [O:Speak Up Tyneside] and told her about {natl:Childline} as well.
o | Her social worker, [P:Kwabena Asante], known as [P:Kobby], and the IRO, [P:Ruth Kilbride], have been told and a strategy discussion is booked.
o | For the police record I gave her date of birth as [DOB:27th October 2010] and [P:Kobby]'s email as [E:kwabena.asante@gateshead-example.gov.uk].
w | {kin:Mum}, [P:Gemma], rang from [PH:07700 900914] asking to have [P:Tia] for the weekend at [A:19 Derwent Crescent], [PC:NE16 5AB], where the same lads have been seen.
ns | Weekend at {kin:mum}'s is on hold until the strategy discussion on {date:Thursday}, and DS [P:Kowalski] will visit [O:Golden Dragon] with the licensing team.
ns | [P:Kelly] will do the next key work with [P:Tia], and we will get her a referral to {natl:NSPCC} and the local exploitation team.
"""),
    dict(
        id="K03",
        context={"child": {"name": "Hunter Reid", "dob": "2008-06-05"},
                 "people": [{"name": "Mandy Reid", "role": "mother"},
                            {"name": "Femi Ogunleye", "role": "personal adviser"},
                            {"name": "Siobhan Rowntree", "role": "independent reviewing officer"},
                            {"name": "Tommy Carling", "role": "residential support worker"}],
                 "address": "Oakwood, 3 Elmfield Road, Gosforth NE3 4ZB",
                 "school": "Tynebridge College", "worker": K_WORKER},
        meta={"service": "Leaving Care (residential)", "child_age_years": 17,
              "features": ["residential", "key_work", "word_name", "supported_lodgings", "work", "home_name",
                           "dob_in_text", "ni_number", "email_in_text", "phone_in_text", "nickname"]},
        body="""
o | Pathway plan key work with [P:Hunter] at [O:Oakwood] on {date:Wednesday}, {time:late afternoon}, before his shift at [O:Sizzlers Peri Peri].
ww | [P:Hunter] has a viewing at [O:Harbour Lights Lodgings] on {date:Friday}, with a host called [P:Margaret Pye], who has had two care leavers before.
cv,wf,ww | He said he is "well up for it" because he is sick of the rules at [O:Oakwood] and wants his own key.
cv,wf,w | He said he will miss [P:Tommo] and [P:Big Dave], and that [P:Tommo] is "basically the nearest thing to a {kin:dad}" he has had.
o | [P:Tommo]'s real name is [P:Tommy Carling] and he has said he will help [P:Hunter] move his stuff in the minibus.
ww | [P:Hunter] is on the level two chef course at [S:Tynebridge College] and his tutor, Chef [P:Anwar], says he is a natural.
o | He works three nights a week at [O:Sizzlers], and his manager, [P:Baz], has offered him more hours in the {word:summer}.
o | He called himself a "bargain {word:hunter}" because he got a knife set for £15 at {place:Home Bargains} for the new place.
w | He still sends money to his {kin:mam}, [P:Mandy], and has been lending it to a lad at work called [P:Reuben], which worries his personal adviser.
o | The personal adviser, [P:Femi Ogunleye], emailed from [E:femi.ogunleye@leavingcare-example.org.uk] and asked me to get his documents together.
o | I have copied his date of birth, [DOB:5/6/2008], NI number [NI:QQ 30 88 19 A], and his bank details for the lodgings agreement.
o | His mobile is [PH:07700 900458] and [P:Margaret Pye]'s number is [PH:0191 498 0772].
ns | [P:Femi] will do a budgeting session with [P:Hunter] on {date:the 12th}, and the IRO, [P:Siobhan Rowntree], will chair his review on {date:the 30th}.
ns | [P:Tommo] will go with [P:Hunter] to the viewing, and I will ask [O:Speak Up Tyneside] whether he wants an advocate at the review.
"""),
    dict(
        id="K04",
        context={"child": {"name": "Precious Adeyemi", "dob": "2011-09-14"},
                 "people": [{"name": "Funmilayo Adeyemi", "role": "mother"},
                            {"name": "Grace Adeyemi", "role": "maternal grandmother"},
                            {"name": "Owen Laidlaw", "role": "social worker"},
                            {"name": "Bernadette Oduya", "role": "independent reviewing officer"}],
                 "address": "Willow House, 8 Lingey Lane, Felling NE10 0TQ",
                 "school": "Heworth Grange Academy", "worker": K_WORKER},
        meta={"service": "Looked After Children (residential)", "child_age_years": 14,
              "features": ["residential", "key_work", "family_time", "word_name", "non_english_kin",
                           "home_name", "dob_in_text", "nhs_number", "phone_in_text", "nickname", "camhs"]},
        body="""
o | Key work with [P:Precious] at [O:Willow House] on {date:Saturday the 21st}, after family time with {kin:mum} [P:Funmilayo] and {kin:grandma} at {place:Saltwell Park}.
cv,wf,ww | [P:Precious] said the best bit was feeding the ducks with {kin:Mama Agba}, and she wants to see her every week.
o | {kin:Mama Agba}'s first name is [P:Grace], and she said {word:grace} before the picnic, which [P:Precious] copied.
w | {kin:Mum} arrived forty minutes late and smelt of alcohol, and [P:Precious] went quiet and asked [P:Ade] to take her back early.
o | [P:Ade] is the night worker, [P:Adebayo Salami], who the young people call "Uncle [P:A]".
cv,wf,w | In the car she said she was "embarrassed" and that [P:Lily] and [P:TJ] at the home would laugh if they found out.
ww | She has been going to [O:Phoenix Boxing Gym] with [P:Ade] twice a week, and the trainer, [P:Shona], says she has "fast hands".
w | She is still self-harming on her arms and is on the {natl:CAMHS} waiting list, which staff at [O:Willow House] are worried about.
o | Her social worker, [P:Owen Laidlaw], and the IRO, [P:Bernadette Oduya], have been sent the family time record.
o | For the GP I gave her date of birth as [DOB:14-09-2011], NHS number [NHS:999 826 3351], and the surgery as [O:Felling Square Medical Practice].
o | {kin:Mum}'s mobile is [PH:07700 900602], and {kin:grandma} lives at [A:30 Chowdene Bank], [PC:NE9 6JR].
cv,wf,o | [P:Precious] asked if she could ring {natl:Childline} "if it gets bad at night", and I told her yes and that staff are always up.
ns | I will ask [P:Owen] about weekly family time with {kin:grandma} alone, and [P:Ade] will keep going to the gym with her.
ns | [P:Shona] at [O:Phoenix Boxing Gym] and [S:Heworth Grange] will be told about the cuts so she is not made to wear short sleeves.
"""),
    dict(
        id="K05",
        context={"child": {"name": "Kai Nguyen", "dob": "2009-12-01"},
                 "people": [{"name": "Linh Nguyen", "role": "mother"},
                            {"name": "Becca Thornton", "role": "social worker"},
                            {"name": "Mark Hindhaugh", "role": "independent reviewing officer"},
                            {"name": "Tom Ellison", "role": "residential support worker"}],
                 "address": "The Lodge, 27 Ravensworth Lane, Whickham NE16 4QD",
                 "school": "Gateshead Riverside College", "worker": K_WORKER},
        meta={"service": "Looked After Children (residential)", "child_age_years": 15,
              "features": ["residential", "key_work", "word_name", "nickname", "initials_as_name", "police",
                           "home_name", "hospital", "dob_in_text", "nhs_number", "email_in_text", "phone_in_text"]},
        body="""
o | Key work with [P:Kai] at the [O:Lodge] on {date:Monday} {time:evening}, after he came back from the {place:RVI} with a cut lip and a sprained wrist.
w | On {date:Saturday night} he was in a fight outside a chippy in Dunston, and Sergeant [P:Lumsden] rang the home at {time:midnight}.
cv,wf,w | [P:Kai] said a lad called [P:Biscuit] started it by calling his {kin:mum} names, and he "wasn't going to just stand there".
o | [P:Biscuit] is the nickname of [P:Callum Dodds], who lived at the [O:Lodge] last year, and it was given because he once ate a whole packet of {word:biscuit}s in the office.
ww | [P:Tommo], the day worker, sat with [P:Kai] for four hours in A&E and made sure he ate.
cv,wf,ww | [P:Kai] said [P:Tommo] is "sound" and is the reason he has not run this month.
w | He may lose his place at [O:Steel City Boxing] because the coach, [P:Gaz Wray], has a rule about fighting outside the ring.
cv,wf,o | He asked me to speak up for him because "boxing is the only thing keeping me right".
o | [P:Kai]'s social worker, [P:Becca Thornton], and IRO, [P:Mark Hindhaugh], were emailed, and [P:Becca] replied from [E:becca.thornton@childrens-example.gov.uk].
o | For the hospital I gave his date of birth as [DOB:1st December 2009], NHS number [NHS:999 547 0982], and his {kin:mum} [P:Linh]'s number, [PH:07700 900190].
w | [P:MJ] and [P:Deano], the two other lads in the home, have been winding him up about the fight and calling him "[P:Rocky]".
ww | [S:Gateshead Riverside College] said he has not missed a day on his motor vehicle course since he started.
ns | I will ring [P:Gaz Wray] {date:tomorrow} and ask if [P:Kai] can keep training on a final warning, and [P:Tommo] will take him.
ns | Sergeant [P:Lumsden] will let us know by {date:Friday} whether there will be any further action, and I will talk to [P:MJ] and [P:Deano] separately.
"""),
    dict(
        id="K06",
        context={"child": {"name": "Amira Haddad", "dob": "2012-07-19"},
                 "people": [{"name": "Rania Haddad", "role": "mother"},
                            {"name": "Sami Haddad", "role": "maternal uncle"},
                            {"name": "Joanne Beckwith", "role": "social worker"},
                            {"name": "Peter Anand", "role": "independent reviewing officer"}],
                 "address": "Oakwood, 3 Elmfield Road, Gosforth NE3 4ZB",
                 "school": "Gosforth Park Academy", "worker": K_WORKER},
        meta={"service": "Looked After Children (residential)", "child_age_years": 13,
              "features": ["residential", "key_work", "nickname", "initials_as_name", "non_english_kin",
                           "home_name", "advocacy", "tattoo", "dob_in_text", "nhs_number", "phone_in_text",
                           "address_in_text", "police"]},
        body="""
o | Key work at [O:Oakwood] on {date:Thursday the 11th} at {time:seven o'clock}, with [P:Amira], who the staff call [P:Mimi], and her favourite worker [P:Jen].
w | Night staff found a homemade stick and poke tattoo on her ankle, and [P:Amira] said a girl called [P:Paris] from [S:Gosforth Park] did it with a sewing needle.
cv,wf,o | [P:Amira] said it says "[P:Yasmin]", which is her little sister's name, because "I don't get to see her so I want her on me".
o | [P:Jen] took her to the nurse at [O:Regent Road Surgery], who cleaned it and said it looks infected.
cv,wf,o | [P:Amira] said she wants a proper one from [O:Inkwell Studio] when she is {age:eighteen} and has already drawn the design.
w | She has not seen her {kin:mum}, [P:Rania], since the family time in May was stopped after [P:Rania] turned up with her partner.
ww | Her {kin:khalo}, [P:Sami], phones every {date:Sunday} from [PH:07700 900527] and she says he is "the only one who never lets me down".
w | [P:KB] and [P:Tayla] at the home have been calling her "[P:Tattoo Girl]" and she threw a plate at [P:KB] on {date:Tuesday}.
o | PC [P:Ferguson] came out but no further action was taken, and [P:Big Dave] sat with her afterwards in the lounge.
o | Her social worker, [P:Joanne Beckwith], and the IRO, [P:Peter Anand], want to hear from her before the review on {date:the 25th}.
o | For the surgery I confirmed her date of birth as [DOB:19/07/2012], NHS number [NHS:999 462 7715], and her {kin:khalo}'s address, [A:44 Stannington Place], [PC:NE6 3XY], for her emergency contact.
cv,wf,ww | She said she wants [O:Voice Forward] advocacy at the review and she wants to ask for letterbox contact with [P:Yasmin].
ns | [P:Jen] will take her back to the nurse on {date:Monday}, and I will talk to [P:KB] and [P:Tayla] about the name-calling.
ns | I will ask [P:Joanne] to look at contact with [P:Yasmin] and with {kin:khalo} [P:Sami] at the review.
"""),
]
