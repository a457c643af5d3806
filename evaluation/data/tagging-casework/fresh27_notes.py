"""fresh27's 14 marked-up notes (see make_fresh27.py). Everything invented: phones in Ofcom's drama ranges,
NHS numbers in the 999 range, NI numbers with never-issued prefixes (QQ, NK), names, addresses, schools, clubs,
surgeries, contact centres and organisations made up. Authors: g (a long-winded narrative writer, long multi-clause
sentences, reported speech mostly indirect), m (a practitioner dictating in short fragments with Signs of Safety
headings said aloud, some sentences without punctuation or capitals), w (a family-support worker in a warm informal
north-east voice, dialect, the child's words quoted)."""

G_WORKER = "Imogen Lathbury"
M_WORKER = "Dev Mistry"
W_WORKER = "Shirley Charlton"

NOTES = [
    dict(
        id="g01",
        context={"child": {"name": "Kieran Ashworth", "dob": "2015-03-04"},
                 "people": [{"name": "Dawn Ashworth", "role": "mother"},
                            {"name": "Shane Molloy", "role": "mother's former partner"},
                            {"name": "Poppy Ashworth", "role": "sister"}],
                 "address": "27 Calder Vale Road, Mirfield WF14 8ZX",
                 "school": "Holme Lane Academy", "worker": G_WORKER},
        meta={"service": "Child Protection", "child_age_years": 11,
              "features": ["long_sentences", "indirect_speech", "dob_in_text", "domestic_abuse", "sibling_voice"]},
        body="""
o | I visited the family home at [A:27 Calder Vale Road] on the afternoon of {date:Thursday the 26th of November}, arriving at around {time:ten past four}, which was shortly after [P:Kieran], who was born on the [DOB:4th of March 2015] and is now {age:eleven}, had come in from [S:Holme Lane Academy] with his younger sister [P:Poppy], and their {kin:mother} [P:Dawn] let me in and made a point of saying that she had tidied especially because she knew I was coming.
cv,wf,w | When I spoke with [P:Kieran] on his own in the front room, which took a little while because he was reluctant to leave his game, he told me that he still thinks about the night in {date:August} when the police came, and that he sometimes lies awake listening for the car because he is not sure whether [P:Shane] knows where they live now.
cv,wf,w,ww | He went on to say that he would rather nobody mentioned [P:Shane] at all, because talking about him makes his stomach hurt, although he did add, after some thought, that he feels safer now that there is a new lock on the back door.
cv,wf,ww | [P:Poppy], who is {age:six}, came in part way through and told me, without my asking, that {kin:mummy} reads to her every night now and that she likes it best when they do the funny voices.
w | [P:Dawn] acknowledged, when I asked her directly, that [P:Shane] had sent her two messages in the last fortnight, which is in breach of the non-molestation order, and that she had not reported them because she worried that it would only make things worse.
ww | It is to her credit, however, that she showed me the messages on her phone without hesitation, that she has kept every appointment with the {natl:IDVA} service, and that the children's attendance at school has been above ninety five percent since {date:September}.
ns | I agreed with [P:Dawn] that she would report the messages to the police by {date:tomorrow}, that I would speak to the school's safeguarding lead, Mr [P:Brannigan], about [P:Kieran]'s sleep, and that the {term:core group} will meet on {date:the 9th of December} as planned.
"""),
    dict(
        id="g02",
        context={"child": {"name": "Tia-Mae Roberts", "dob": "2010-07-19"},
                 "people": [{"name": "Hope Roberts", "role": "mother"},
                            {"name": "Dean Varley", "role": "adult male known to the child"},
                            {"name": "Carmel Quigley", "role": "youth worker"}],
                 "address": "Flat 12, Ashgrove House, Byron Street, Bradford BD3 0ZT",
                 "school": "Thornbury Park College", "worker": G_WORKER},
        meta={"service": "Child Protection (exploitation)", "child_age_years": 16,
              "features": ["long_sentences", "indirect_speech", "in_car", "nickname", "word_name", "phone_in_text",
                           "email_in_text", "exploitation", "subtle_worry"]},
        body="""
o | I collected [P:Tia-Mae], who prefers to be called [P:Tee] and has asked that we all use that name, from outside [S:Thornbury Park College] at {time:half past three} on {date:Monday}, and we drove out towards the {place:retail park} because she has said before that she finds it easier to talk in the car where she does not have to look at me.
cv,wf,w | For the first ten minutes or so she said very little, but when I asked how things had been since our last visit she told me that she was fine, that everyone was making a big deal out of nothing, and that she did not see why she had to keep talking to social workers when she was nearly an adult.
cv,w | She then mentioned, almost in passing, that [P:Deano] had bought her a new phone and some trainers, and when I asked who was paying for her taxis home at night she said that he sorted all that out and that she did not have to worry about it.
w | I noticed that she had two phones with her and that the second one buzzed repeatedly throughout the journey, and that each time it did she turned it face down on her knee and became noticeably quieter and more watchful.
cv,wf,ww | Towards the end, when we had stopped for chips, she told me that she liked her youth worker, [P:Carmel], because she does not lecture her, and that she would like to do the hair and beauty course next year if she can get her grades up.
w | Her {kin:mum}, [P:Hope], told me on the phone afterwards that she had all but given up {word:hope} of getting [P:Tee] home before midnight and that she had found cash in her coat that she could not explain.
ww | [P:Hope] has nonetheless reported each missing episode promptly, and [P:Tee] has gone to every session with [O:Base Camp Youth Project] since {date:October}.
ns | I will refer to the {term:exploitation panel} {date:this week}, share [P:Deano]'s details with the police, and ask [P:Carmel] to keep in touch; [P:Hope] can be reached on [PH:07700 900214] or at [E:hope.roberts77@example.co.uk].
"""),
    dict(
        id="g03",
        context={"child": {"name": "Oskar Nowak", "dob": "2022-06-12"},
                 "people": [{"name": "Agnieszka Nowak", "role": "mother"},
                            {"name": "Janet Burrows", "role": "foster carer"},
                            {"name": "Colin Burrows", "role": "foster carer"}],
                 "address": "8 Kestrel Close, Pudsey LS28 9ZB",
                 "school": "Sunnybank Nursery", "worker": G_WORKER},
        meta={"service": "Children in Care", "child_age_years": 4,
              "features": ["long_sentences", "indirect_speech", "non_verbal", "foster_placement", "dob_numeric",
                           "nhs_number", "relayed_voice", "pet"]},
        body="""
o | This was a statutory visit to [P:Oskar] in his foster placement with [P:Janet] and [P:Colin Burrows] at [A:8 Kestrel Close], carried out on {date:Tuesday 24 November} in the late morning, and I should record at the outset that [P:Oskar], whose date of birth is [DOB:12.06.2022] and whose NHS number is [NHS:999 402 7718], does not use spoken words and communicates through a handful of Makaton signs, pointing and his picture cards.
cv,wf,ww | When I arrived he took me by the hand to the kitchen and pointed at the picture of the garden, and once we were outside he signed more several times while [P:Janet] pushed him on the swing, laughing each time she did so.
cv,wf,o | [P:Janet] told me that at bedtime he now brings her the card with the picture of his {kin:mum} on it, and that on the evenings after contact he sometimes holds onto that card and will not let go of it until he falls asleep.
wf,w | She also described, and I think this is important, that for a day or so after each contact he becomes distressed at bath time, screaming and pushing her away, which she has not been able to link to anything in particular.
ww | The carers have clearly worked hard to learn his signs, they keep a daily diary for his {kin:mother} [P:Agnieszka], and he was relaxed with both of them and with their dog, {pet:Biscuit}, whom he followed around the garden.
ns | He attends [S:Sunnybank Nursery] three mornings a week and his key worker has been asked to keep a note of any words or signs he uses.
ns | I will ask for an interpreter to be booked for the next review so that [P:Agnieszka] can take part fully, and I will speak to the {role:speech and language therapist} about a communication passport before {date:the end of the month}.
"""),
    dict(
        id="g04",
        context={"child": {"name": "Lacey-Jo Pickersgill", "dob": "2019-01-30"},
                 "people": [{"name": "Gemma Pickersgill", "role": "mother"},
                            {"name": "Mrs Okafor", "role": "class teacher"},
                            {"name": "Brandon Pickersgill", "role": "brother"}],
                 "address": "3 Moorside Walk, Keighley BD21 4ZN",
                 "school": "St Aidan's CE Primary School", "worker": G_WORKER},
        meta={"service": "Child in Need", "child_age_years": 7,
              "features": ["long_sentences", "indirect_speech", "relayed_voice", "school_visit", "neglect",
                           "subtle_worry"]},
        body="""
o | I saw [P:Lacey-Jo] at [S:St Aidan's] on {date:Wednesday morning} in the small room next to the library, having first spoken with her class teacher, Mrs [P:Okafor], who had contacted us the previous week with a number of concerns that she felt had been building up over the half term.
cv,wf,w | Mrs [P:Okafor] told me that [P:Lacey-Jo] had said to her on {date:Monday} that there had been no tea at home on {date:Sunday} because {kin:mummy} was poorly in bed, and that she and her brother [P:Brandon] had eaten dry cereal out of the box for their supper.
w | She added that [P:Lacey-Jo] has come in wearing the same clothes for several days in a row, that she has had head lice on and off since {date:September}, and that she is often the first to the breakfast club and eats whatever she is given very quickly.
cv,wf,w | When I spoke with [P:Lacey-Jo] herself she was chatty and bright, and she told me that her favourite thing at school is the reading corner, that she likes {kin:mummy} best when she is not tired, and that she sometimes worries that {kin:mummy} will not wake up.
cv,ww | She also said that her {kin:nan} comes round on a {date:Saturday} and brings fish fingers, which she clearly enjoys, and she drew me a picture of the three of them at the {place:park}.
ww | The school have been very supportive, they have put her on the free breakfast list and washed her uniform on two occasions, and her reading has come on well.
w | I have not yet been able to establish why [P:Gemma] is so tired or whether there is any alcohol or medication involved, and two planned home visits have been missed.
ns | I will make an unannounced visit to [A:3 Moorside Walk] {date:this week}, speak with the {kin:nan}, and ask [P:Gemma]'s consent to contact her GP at [O:Cavendish Street Medical Practice].
"""),
    dict(
        id="g05",
        context={"child": {"name": "Reuben Castellano", "dob": "2013-05-22"},
                 "people": [{"name": "Marco Castellano", "role": "father"},
                            {"name": "Linda Haigh", "role": "mother"},
                            {"name": "Ruth Ellery", "role": "contact supervisor"}],
                 "address": "41 Bankfield Drive, Shipley BD18 2ZR",
                 "school": "Saltaire Grange School", "worker": G_WORKER},
        meta={"service": "Children in Care (contact)", "child_age_years": 13,
              "features": ["long_sentences", "indirect_speech", "contact_centre", "self_harm_hint", "subtle_worry",
                           "ni_number"]},
        body="""
o | I observed the second half of [P:Reuben]'s supervised contact with his {kin:father}, [P:Marco], at the [O:Brambles Family Contact Centre] on {date:Saturday the 28th}, the contact having been supervised throughout by [P:Ruth Ellery], who kindly stayed on afterwards to talk with me.
ww | [P:Marco] arrived on time, had brought a pizza and the football magazine that [P:Reuben] likes, and for most of the session the two of them sat side by side talking about the match and laughing at videos on [P:Marco]'s phone.
w | It was very warm in the room and yet [P:Reuben] kept his hoodie on with the sleeves pulled down over his hands the whole time, and when his {kin:father} playfully tugged at his cuff he pulled away sharply and went quiet for several minutes.
cv,wf,w | In the car park afterwards he told me that there was no point in him going back to school because nobody there would notice if he was gone anyway, and then he laughed and said that he was only joking.
cv,wf,o | He said that he looks forward to seeing his {kin:dad} more than anything else in the week and that he would like contact to be at his {kin:dad}'s flat rather than at the centre, because the centre feels like a waiting room.
w | [P:Marco] mentioned that he is between jobs and gave his National Insurance number, [NI:QQ 48 21 77 C], for the travel claim, and I noted that he seemed anxious about money.
ns | I will speak to [P:Reuben]'s carers and to the designated teacher at [S:Saltaire Grange] {date:on Monday} about his mood and his sleeves, make a referral to {natl:CAMHS} if he agrees, and raise the question of contact at his {kin:dad}'s at the {term:LAC review}.
"""),
    dict(
        id="m01",
        context={"child": {"name": "Ellie-Rose Tapsell", "dob": "2024-04-23"},
                 "people": [{"name": "Kayleigh Tapsell", "role": "mother"},
                            {"name": "Jordan Jackson", "role": "father"},
                            {"name": "Sandra Tapsell", "role": "maternal grandmother"}],
                 "address": "16 Larch Grove, Worksop S80 7ZL",
                 "school": "Tiny Steps Day Nursery", "worker": M_WORKER},
        meta={"service": "Child Protection", "child_age_years": 2,
              "features": ["spoken_headings", "no_punctuation", "fragments", "pre_verbal", "spoken_dob",
                           "substance_misuse", "nickname", "nhs_number"]},
        body="""
o | home visit {date:thirtieth November} {time:eleven hundred} present mum [P:Kayleigh] dad [P:Jordan] known as [P:JJ] and [P:Ellie-Rose]
o | child DOB [DOB:two three oh four twenty four] NHS [NHS:nine nine nine six one two four four oh eight]
o | [P:Ellie-Rose] not yet talking much. few words. dada, ball, no.
w | what are we worried about. foil and a lighter on the windowsill in the kitchen within reach
w | mum says it was [P:JJ]'s mate's, [P:JJ] says he doesn't know whose it is
w | [P:Ellie-Rose] nappy very full on arrival, rash, mum says she ran out of cream
w | dad's methadone script lapsed two weeks ago, not gone back to {natl:the drug and alcohol service}
cv,wf,ww | what's working well. {kin:nan} [P:Sandra] has her three nights a week, [P:Ellie-Rose] clearly attached, reached for nan's photo on the fridge
ww | attending [S:Tiny Steps] four days, nursery say she is clean and fed and meeting milestones
ww | mum engaged with health visitor, weight on the 50th centile
ww | mum honest about her own use last year, says clean since {date:June}, tests have backed that up
ww | scaling mum says {scale:seven} I'd put it at {scale:four}
ns | what needs to happen. foil removed today in front of me, done
ns | dad to re-engage with script by {date:Friday}, I'll ring the service
ns | hair strand tests both parents, {term:core group} {date:10th Dec}
ns | unannounced visit within {dur:two weeks}, check nursery attendance {date:weekly}
"""),
    dict(
        id="m02",
        context={"child": {"name": "Yusuf Haddad", "dob": "2017-02-11"},
                 "people": [{"name": "Rania Haddad", "role": "mother"},
                            {"name": "Samir Haddad", "role": "father"},
                            {"name": "Nadia Karim", "role": "Arabic interpreter"},
                            {"name": "Lina Haddad", "role": "sister"}],
                 "address": "52 Westfield Road, Rotherham S65 1ZQ",
                 "school": "Ferham Primary School", "worker": M_WORKER},
        meta={"service": "Child in Need", "child_age_years": 9,
              "features": ["spoken_headings", "no_punctuation", "fragments", "interpreter", "domestic_abuse",
                           "sibling_voice", "phone_in_text"]},
        body="""
o | CIN visit {date:Tuesday 24th} {time:four pm} at [A:52 Westfield Road]
o | interpreter [P:Nadia Karim] for mum [P:Rania], Arabic, by phone on speaker, [P:Yusuf] and [P:Lina] present, dad at work
o | [P:Yusuf] speaks English well, seen on his own in his bedroom, interpreter not needed for him
w | worries. school report [P:Yusuf] told his teacher dad threw the remote at mum last week
cv,wf,w | [P:Yusuf] to me: when {kin:baba} shouts I take [P:Lina] upstairs and put the telly up loud
cv,wf,w | says he's scared dad will go back to how it was before, wants dad to stop shouting not to leave
w | mum through interpreter says it was an accident, then says she doesn't want police involved, family will be shamed
w | mum has no English classes, no friends nearby, doesn't know the number for {emerg:999} works without credit
cv,wf,ww | strengths. [P:Lina] age {age:five} showed me her drawing, mum and her and [P:Yusuf] holding hands, said happy
ww | children well presented, good attendance at [S:Ferham Primary], mum warm and affectionate
ww | mum agreed to speak to the women's worker at Amal Women's Centre with interpreter
cv,wf,w | [P:Yusuf] wants a worker to talk to on his own at school, said please don't tell {kin:baba} I said
ns | next steps. safety plan with mum via interpreter {date:Thursday}, go through {emerg:999} and the silent solution
ns | meet [P:Samir] separately {date:next week}, book interpreter again
ns | school to start weekly sessions with [P:Yusuf], learning mentor
ns | mum's mobile [PH:07700 900476], ring only between {time:ten and two}
"""),
    dict(
        id="m03",
        context={"child": {"name": "Maisie Holroyd", "dob": "2011-09-03"},
                 "people": [{"name": "Claire Holroyd", "role": "mother"},
                            {"name": "Paula Denby", "role": "school nurse"},
                            {"name": "Amber Lister", "role": "friend"}],
                 "address": "9 Ryecroft Lane, Barnsley S75 3ZW",
                 "school": "Penistone Road Academy", "worker": M_WORKER},
        meta={"service": "Child in Need", "child_age_years": 15,
              "features": ["spoken_headings", "no_punctuation", "fragments", "self_harm", "school_visit",
                           "relayed_voice", "email_in_text", "word_name", "scaling"]},
        body="""
o | school visit [S:Penistone Road Academy] {date:Friday 27 Nov} {time:1.15}, seen with school nurse [P:Paula Denby] then alone
o | [P:Maisie] {age:15}, referred by school after friend disclosure
cv,wf,w | what we are worried about. friend [P:Amber] told the nurse [P:Maisie] showed her cuts on her thigh and said she deserves it
cv,wf,w | [P:Maisie] to me: it's not that deep, I only do it when my head gets too loud
w | cuts seen by nurse, superficial, some healing, some new, dressed
w | stopped eating lunch per canteen staff, lost weight since summer
cv,wf,w | says she hates being at home since mum's new partner moved in, feels like a visitor in her own house
w | mum [P:Claire] not answering school calls {date:this week}
cv,wf,ww | what's working well. [P:Maisie] chose to talk, said she trusts [P:Paula] and wants to keep seeing her
ww | good friendships, [P:Amber] looking out for her, on the {word:amber} list for attendance not red
cv,wf,ww | says art club is the best bit of her week, going again {date:Tuesday}
cv,wf,ww | scaling. [P:Maisie] puts her safety at a {scale:five}, last month a {scale:three}
ns | next steps. urgent referral {natl:CAMHS} today, done with her consent
ns | school nurse daily check in, safety plan written with [P:Maisie], card with the {natl:Shout} text number
ns | home visit to mum {date:Monday}, mum's email [E:claire.holroyd@example.com] if no answer
"""),
    dict(
        id="m04",
        context={"child": {"name": "Callum Birtwistle", "dob": "2009-12-14"},
                 "people": [{"name": "Tracey Birtwistle", "role": "mother"},
                            {"name": "Jason Reid", "role": "key worker"}],
                 "address": "Room 4, Ashlea House, 71 Holgate Street, Doncaster DN1 2ZF",
                 "school": "Doncaster North College", "worker": M_WORKER},
        meta={"service": "Leaving Care", "child_age_years": 17,
              "features": ["spoken_headings", "no_punctuation", "fragments", "supported_accommodation", "ni_number",
                           "phone_in_text", "substance_misuse", "written_dob"]},
        body="""
o | pathway plan visit [O:Ashlea House] supported accommodation room 4 {date:Wed 25th} {time:2pm}
o | [P:Callum] DOB [DOB:14th December 2009], NI number [NI:NK 62 13 90 A] now through, letter seen
o | key worker [P:Jason Reid] present for first part
w | worries. room smelt strongly of cannabis, grinder on the desk
cv,w | [P:Callum] says it helps him sleep, says everyone smokes, it's not a big deal
w | missed three days at college this month, [P:Jason] says up till 4am gaming
w | owes twenty quid to someone called [P:Kai], didn't want to say more
w | staff log shows older lads visiting late at night twice this month, buzzed in by [P:Callum]
cv,wf,o | asked what he wants: his own flat by summer, a job at the garage, see his little brother more
ww | good stuff. kept his tenancy for six months no warnings
ww | [P:Jason] says he's polite with staff, cooks for himself, room tidy apart from the smell
cv,wf,ww | proud of his {money:£200} savings, showed me the app, says he's never had money before
ww | back in contact with mum [P:Tracey], phones her {date:Sundays}
ns | next. [P:Jason] to look at {natl:Talk to Frank} stuff with him and refer to young people's substance service
ns | me to chase college [S:Doncaster North College] about a catch up plan
ns | ask him again about [P:Kai] when [P:Jason] not there
ns | new mobile [PH:07700 900862], updated on system
"""),
    dict(
        id="m05",
        context={"child": {"name": "Harley Dunn", "dob": "2021-08-08"},
                 "people": [{"name": "Stacey Dunn", "role": "mother"},
                            {"name": "Ray Dunn", "role": "maternal grandfather"},
                            {"name": "Jack Dunn", "role": "brother"}],
                 "address": "112 Coronation Avenue, Scunthorpe DN16 3ZP",
                 "school": "Brumby Infant School", "worker": M_WORKER},
        meta={"service": "Child Protection", "child_age_years": 5,
              "features": ["spoken_headings", "no_punctuation", "fragments", "neglect", "pet", "postcode_in_text",
                           "word_name", "subtle_worry"]},
        body="""
o | CP visit [A:112 Coronation Avenue] [PC:DN16 3ZP] {date:Monday} {time:half eight am} before school
o | present mum [P:Stacey], [P:Harley] {age:5}, [P:Jack] {age:8}, dog {pet:Tyson}
w | worried about. no food in fridge except milk and sauce, cupboards mostly empty
w | dog mess in the back bedroom and on the landing
cv,wf,w | [P:Harley] said I'm hungry when I came in, asked if I had any biscuits
w | [P:Harley] in yesterday's clothes, no coat, it was three degrees
w | mum says the money ran out, benefits sanction, didn't tell anyone
cv,ww | [P:Harley] showed me {pet:Tyson}'s new lead and said him and mum take him to the {place:rec} every day
cv,wf,w | [P:Jack] said he doesn't like bringing friends home cos of the smell
cv,wf,ww | [P:Jack] said grandad [P:Ray] makes the best beans on toast and he likes staying there
ww | working well. mum got both boys up and dressed, walked them to [S:Brumby Infant] and juniors
ww | boys clean, teeth brushed, both attending over ninety percent
ww | [P:Ray] rang while I was there, offering to have them for tea every night this week, {word:ray} of sunshine mum called him
ns | what needs to happen. food bank voucher given today, {place:Trussell food bank} at the church hall
ns | mum to ring {natl:DWP} with me {date:Tuesday} about the sanction
ns | dog to be kept downstairs, mess cleared by {date:Wednesday}, I'll check
ns | {term:core group} {date:next Thursday}, grandad invited
"""),
    dict(
        id="w01",
        context={"child": {"name": "Ruby Thirlwell", "dob": "2018-10-02"},
                 "people": [{"name": "Kerry Thirlwell", "role": "mother"},
                            {"name": "Maureen Thirlwell", "role": "maternal grandmother"}],
                 "address": "23 Heworth Crescent, Gateshead NE10 8ZS",
                 "school": "Windy Nook Primary School", "worker": W_WORKER},
        meta={"service": "Early Help", "child_age_years": 8,
              "features": ["dialect", "quoted_child", "young_carer", "substance_misuse", "phone_in_text",
                           "subtle_worry"]},
        body="""
o | Popped in to see [P:Ruby] and her {kin:mam} [P:Kerry] at [A:23 Heworth Crescent] after school on {date:Thursday}, it was blowing a gale and the {kin:bairn} was proper soaked from the walk back from [S:Windy Nook].
cv,wf,w | [P:Ruby] said to us, "I do mam's tea when she's poorly, I can do beans and I can do noodles," and she was right proud of herself, bless her.
w | Thing is {kin:mam} was poorly again, well she says poorly, there were cans in the recycling and she was a bit slurry with us, so I think the drink's creeping back.
cv,wf,w | When I asked [P:Ruby] what she worries about she went quiet and then she said, "I don't like it when mam sleeps on the settee and won't wake up."
cv,wf,ww | She said her {kin:nana} [P:Maureen] is "the best in the whole world" cos she does her plaits and takes her to the dancing on a {date:Saturday}.
ww | {kin:Nana} [P:Maureen] lives two streets away and she's {dial:canny} switched on, she said she'll have [P:Ruby] any time and she's got a key.
ww | Fair play to [P:Kerry], she told us herself she'd had a few this week, she didn't try to hide it, and she said she wants to go back to Gateshead Recovery Partnership.
ww | The house was warm and tidy enough and there was bread and milk in.
cv,wf,o | [P:Ruby] gave us a hug at the door and said, "will you come back next week, man?"
ns | I'm going to help {kin:mam} ring the recovery lot {date:Monday}, and I'll talk to school about the {term:young carers} group.
ns | [P:Maureen]'s number is [PH:0191 498 0347] if we can't get hold of {kin:mam}.
"""),
    dict(
        id="w02",
        context={"child": {"name": "Alfie Robson", "dob": "2023-03-17"},
                 "people": [{"name": "Chantelle Robson", "role": "mother"},
                            {"name": "Lee Hedley", "role": "mother's partner"},
                            {"name": "Pat Robson", "role": "maternal grandmother"}],
                 "address": "Flat 6, Tyne View Court, Byker, Newcastle NE6 2ZH",
                 "school": "Little Pickles Nursery", "worker": W_WORKER},
        meta={"service": "Child in Need", "child_age_years": 3,
              "features": ["dialect", "quoted_child", "in_car", "domestic_abuse", "spoken_dob", "subtle_worry"]},
        body="""
o | Took [P:Chantelle] and little [P:Alfie] to [S:Little Pickles] in the car this morning cos the buses were off, picked them up from [A:Tyne View Court] about {time:quarter to nine}.
o | He's {age:three} now, born on the [DOB:seventeenth of March twenty twenty three], and he's chatting away these days, {dial:canny} little lad.
cv,wf,o | In the car he was shouting "bus! big bus!" at everything and singing the wheels on the bus, happy as {dial:owt}.
w | [P:Chantelle] had a mark on her cheek, poor {dial:lass}, she'd tried to cover with make up, and when I asked she said she'd walked into the cupboard door.
cv,wf,w | Then [P:Alfie] piped up from the back, "[P:Lee] shouted and mammy cried," and she went bright red and changed the subject.
w | She said [P:Lee] isn't living there but his trainers were by the door when I picked them up.
cv,wf,o | When we got to nursery [P:Alfie] didn't want to get out and kept saying "no, nana house, nana house."
ww | Her {kin:mam} [P:Pat] has him two days a week and nursery say he's come on loads, his speech is spot on for his age.
ww | [P:Chantelle] always gets him to nursery and he's clean and fed, she's a good mam in lots of ways.
w | She's dead isolated though, she's stopped going to her {kin:mam}'s since [P:Lee] came on the scene.
ns | I'm going to talk to my manager today about the mark and about what [P:Alfie] said, and ring [P:Pat] to see if she knows {dial:owt}.
ns | I'll see [P:Chantelle] on her own {date:Friday} and take the leaflets for Byker Women's Aid, and nursery will keep us posted.
"""),
    dict(
        id="w03",
        context={"child": {"name": "Tyler Cuthbertson", "dob": "2012-04-29"},
                 "people": [{"name": "Lorraine Cuthbertson", "role": "mother"},
                            {"name": "Gary Cuthbertson", "role": "father"},
                            {"name": "Mikey Storey", "role": "older youth"}],
                 "address": "88 Marsden Road, South Shields NE34 6ZU",
                 "school": "Harton Vale Academy", "worker": W_WORKER},
        meta={"service": "Child Protection (exploitation)", "child_age_years": 14,
              "features": ["dialect", "quoted_child", "exploitation", "missing", "email_in_text", "nickname",
                           "postcode_in_text"]},
        body="""
o | Went to see [P:Tyler] at home, [A:88 Marsden Road], [PC:NE34 6ZU], on {date:Sunday afternoon} after he'd come back from being missing since {date:Friday night}.
o | His {kin:mam} [P:Lorraine] was in bits and his {kin:dad} [P:Gary] was out looking for him all weekend with the police.
cv,wf,w | [P:Ty] wouldn't look at us at first, hood up, and he just said "I'm not grassing, so don't bother asking."
cv,w | Later on he said he'd been "at a mate's in Sunderland", but he had a brand new coat on and two hundred quid in his pocket that his {kin:mam} found.
w | His {kin:mam} says he's been hanging round with an older lad, [P:Mikey Storey], who picks him up in a car outside [S:Harton Vale].
w | He's been excluded twice this term and she thinks he's been smoking weed an' all.
cv,wf,o | When I asked what he'd like to be different he said, "I just want everyone to stop going on at us, man, I'm fine."
cv,wf,ww | But then he said he misses the boxing and he'd go back "if [P:Gaz] the coach would have us."
ww | His {kin:mam} and {kin:dad} are solid, they reported him missing straight away and they're working together on it.
ww | He did come home himself, and he ate his dinner and had a shower and let his {kin:mam} give him a cuddle.
ns | Return home interview booked for {date:Tuesday} with the {term:missing} worker, and I'll pass [P:Mikey]'s name and the car on to the police.
ns | I'll ring [O:Tyneside Amateur Boxing Club] about getting him back in, and {kin:mam}'s email is [E:lcuthbertson@example.net] for the meeting invites.
"""),
    dict(
        id="w04",
        context={"child": {"name": "Sophie Milburn", "dob": "2016-01-05"},
                 "people": [{"name": "Dean Milburn", "role": "father"},
                            {"name": "Karen Milburn", "role": "stepmother"},
                            {"name": "Angela Forster", "role": "BSL interpreter"}],
                 "address": "4 Chester Road, Stanley DH9 0ZE",
                 "school": "Catchgate Primary School", "worker": W_WORKER},
        meta={"service": "Child in Need", "child_age_years": 10,
              "features": ["dialect", "quoted_child", "interpreter", "non_verbal", "signing", "nhs_number"]},
        body="""
o | Visit to [P:Sophie] at her {kin:dad}'s at [A:4 Chester Road] on {date:Wednesday} after school, with [P:Angela Forster] the BSL interpreter cos [P:Sophie] is profoundly deaf and signs.
o | Her NHS number's [NHS:999 517 3046] for the audiology letter, her {kin:dad} [P:Dean] wanted it on the file.
cv,wf,ww | [P:Sophie] signed to us that she loves her new bedroom cos it's purple and she's got her own telly with subtitles.
cv,wf,w | Then she signed that nobody at home signs to her apart from {kin:dad}, and that [P:Karen] just talks at her and gets cross when she doesn't understand.
cv,wf,w | [P:Angela] said [P:Sophie] signed "lonely" twice and pointed at her chest, poor {kin:bairn}.
w | [P:Karen] told us she finds it hard, she never learned to sign and she feels left out when the two of them are chatting.
w | {kin:Dad} works long shifts so [P:Sophie] is with [P:Karen] most teatimes, and there's not much talking going on at all.
ww | She's doing {dial:canny} at [S:Catchgate Primary], she's got a signing teaching assistant and she's on the school council.
cv,wf,ww | She wrote on her whiteboard "I want [P:Karen] to learn" and then she drew a smiley face and gave it to [P:Karen], which was lovely.
ww | [P:Karen] said she'd give it a go, and {kin:dad} is going to pay for the course, bless him, and he said he'll learn more himself an' all.
ns | I'll look up the BSL class at Stanley Deaf Centre and send [P:Karen] the dates, and book [P:Angela] again for {date:the 16th}.
"""),
]
