"""fresh17's 14 notes, marked up for make_fresh17.py (markup and line format: notes_markup.py's docstring).

Everything is invented: phone numbers in Ofcom's drama ranges, NHS numbers in the 999 range, NI
numbers with the never-issued QQ prefix; names, addresses, schools and local organisations made up.
Three authors (the id's letter):
  h  a North Tyneside / Gateshead child-in-need worker: chatty, dialect (mam, our lass, bairn, canny,
     hoy, gan), first names alone, children's words relayed by nanas and teachers (5 notes)
  j  a children-in-care worker, residential key worker and IRO: reviews and direct work (three
     houses, wizard and fairy, scaling 0-10, worries / good things / wishes), teenagers, a care
     leaver (5 notes)
  k  a duty and child protection worker: section 47 visits, terse, adults' words about the children,
     parents' own feelings, subtle worries, siblings with different views, a baby, an interpreter,
     one note unpunctuated and lower case (4 notes)

Labelling calls used throughout: a spoken heading ("Worries.") is kept inside the first sentence of
its section; a child's fear or upset about the harm is worry + voice; a child liking something about
their care is working_well + voice; a neutral wish is observation + voice; a parent's or worker's
feelings carry no voice label; a baby's sounds or movements carry no voice label.
"""

NOTES = []


def note(id, context, meta, body):
    NOTES.append({"id": id, "context": context, "meta": meta, "body": body})


# ---------------------------------------------------------------- h: North Tyneside / Gateshead CIN worker

note("h01",
     {"child": {"name": "Tyler Hedley", "dob": "2018-03-09"},
      "people": [{"name": "Jodie Hedley", "role": "mother"},
                 {"name": "Macy Hedley", "role": "sister, aged 4"},
                 {"name": "Pauline Hedley", "role": "maternal grandmother"},
                 {"name": "Dale Crozier", "role": "father"},
                 {"name": "Karen Armstrong", "role": "class teacher"}],
      "address": "14 Kirkwood Gardens, Wallsend NE28 9QX",
      "school": "Rosehill Vale Primary School", "worker": "Lindsay Carr"},
     {"service": "Child in Need", "child_age_years": 8,
      "features": ["dialect", "relayed_voice", "sibling_voice", "domestic_abuse", "parent_feelings",
                   "worker_feelings", "names_not_in_context"]},
     """
o | Home visit to [P:Jodie] and the {kin:bairns} at [A:14 Kirkwood Gardens], [PC:NE28 9QX], on {date:Tuesday the 24th}, got there about {time:half three} just as [P:Tyler] come in from school.
ww | [P:Jodie]'s {kin:mam} [P:Pauline] was there an' all, she's round most days now and does the school run, which is a canny help.
ww | House was warm and clean and there was food in, {kin:mam} had a pan of mince on.
ww, cv, wf | [P:Tyler] took us up to show us his room and said he loves his new bunk bed cos his {kin:nana} got it him.
w, cv, wf | He told us he doesn't like it when his {kin:dad} comes to the door shouting, he said he hides under the covers with his hands over his ears.
w | [P:Jodie] said [P:Dale] has turned up twice since the half term, both times with a drink in him, and she didn't let him in but she didn't ring the police either.
w, cv, wf | His {kin:nana} said that on Sunday [P:Tyler] told her he was scared his {kin:dad} would kick the door in and take him away.
ww | [P:Jodie] said she feels canny proud of herself for keeping the door shut, she said a year ago she would've just let him in to keep the peace.
o, cv, wf | [P:Macy] kept hoying her dolly at us and shouting again, again, and giggling her head off.
o | [P:Jodie]'s got a new number, it's [PH:07700 900418], and I've put [P:Macy]'s date of birth right on the system, it's [DOB:the 2nd of June 2022] not the 6th.
ww | She has done five of the twelve weeks of the {natl:Freedom Programme} and says it's opened her eyes.
w | Mrs [P:Armstrong] at [S:Rosehill Vale] rang us last week and said [P:Tyler]'s attendance is down to 86 percent and he's been falling asleep in class on a Monday.
w, cv | She said he told the teaching assistant he was up late cos his {kin:mam} was crying on the phone.
o, cv, wf | When I asked [P:Tyler] what would make things better he said he still wants to see his {kin:dad} but only at his {kin:nana}'s house.
ns | I've asked [P:Jodie] to ring {emerg:999} if [P:Dale] comes to the door again and I'll speak to school about Monday mornings.
ns | Next visit {date:Thursday the 10th of December} and {term:core group} on the {date:15th}.
w | I came away a bit worried about how tired [P:Jodie] looked, to be honest, she's holding a lot.
""")

note("h02",
     {"child": {"name": "Kacey Robson", "dob": "2012-07-21"},
      "people": [{"name": "Shaun Robson", "role": "father"},
                 {"name": "Gemma Robson", "role": "stepmother"},
                 {"name": "Ellie-May Robson", "role": "half-sister, aged 2"},
                 {"name": "Dr Nadia Farooq", "role": "GP"}],
      "address": "Flat 3, 6 Brightman Road, Felling, Gateshead NE10 0TU",
      "school": "Heworth Grange Academy", "worker": "Lindsay Carr"},
     {"service": "Child in Need", "child_age_years": 14,
      "features": ["dialect", "subtle_worry", "word_name", "parent_feelings", "names_not_in_context"]},
     """
o | Visit to [P:Kacey] at her {kin:dad}'s, [A:Flat 3, 6 Brightman Road], Felling, {date:Monday 23rd November}, after tea.
o | [P:Shaun] let us in and said {kin:our lass} is at the bingo so it's just me and the {kin:bairns} the night.
ww | [P:Ellie-May] was bathed and in her jamas and [P:Shaun] was reading her a story on the settee, he was gentle with her and she was snuggled right in.
ww, cv, wf | [P:Kacey] was in her room and came down when her {kin:dad} shouted, she sat on the arm of the chair and said it's alright here, it's better than {kin:mam}'s.
w | [P:Shaun] said she's been staying out till gone ten and coming in smelling of vapes, and he doesn't know who half her mates are now.
w | He said a lad called [P:Reece] picks her up in a car and he reckons the lad must be eighteen or nineteen.
w, cv, wf | When I asked [P:Kacey] about [P:Reece] she went red and said he's just a mate and he's canny, and then she said she didn't want to talk about it, she wanted to gan back upstairs.
w | She had a new phone that [P:Shaun] said he didn't buy her, a big one, and she put it face down on the table when it buzzed.
ww, cv, wf | She did say she likes it at [S:Heworth Grange] now cos she's in the same form as her best mate [P:Summer] and she's doing hair and beauty next year.
o, cv | She had a {word:summer} tan on in November, fake, she said, out of a bottle.
w | [P:Shaun] said he feels like he's lost her and he's at the end of his tether, he said he hasn't slept properly for a week.
ww | He has taken her to Dr [P:Farooq] at [O:Sunderland Road Surgery] about her periods and kept the appointment, which she went to.
ns | I have explained to [P:Shaun] what we're worried about with older lads and cars, and I'll make a referral to the {term:exploitation panel} and ask school to keep an eye.
ns | I'll see [P:Kacey] on her own at school on {date:Friday} and [P:Shaun] is going to ring me on [PH:0191 498 0732] if she's out past ten again.
o, cv, wf | [P:Kacey] said she'd rather see us at school than at home cos she doesn't want [P:Gemma] earwigging.
""")

note("h03",
     {"child": {"name": "Alfie Lowther", "dob": "2020-01-30"},
      "people": [{"name": "Stacey Lowther", "role": "mother"},
                 {"name": "Jean Lowther", "role": "maternal great-grandmother"},
                 {"name": "Callum Lowther", "role": "brother, aged 9"},
                 {"name": "Mrs Deborah Wake", "role": "nursery manager"}],
      "address": "27 Tynemouth Road, North Shields NE30 1JB",
      "school": "Little Acorns Nursery, Chirton", "worker": "Lindsay Carr"},
     {"service": "Child in Need", "child_age_years": 6,
      "features": ["dialect", "relayed_voice", "non_verbal", "sibling_voice", "spoken_headings",
                   "names_not_in_context"]},
     """
o | Right, this is the visit to [P:Stacey] and the lads, [A:27 Tynemouth Road], North Shields, {date:Wednesday 25th}, {dur:about an hour}.
o | [P:Alfie] doesn't really talk yet, he has a handful of words and he's on the waiting list for the {natl:autism assessment}.
ww, cv, wf | Worries first, actually no, what's working well. [P:Alfie] took my hand and pulled us into the kitchen and pointed at the biscuit tin, then when [P:Stacey] gave him one he signed thank you like they've been practising.
ww | [P:Stacey] has set the kitchen up with pictures on the cupboards and she uses them all the time now, the nursery showed her how.
ww | The nursery, [S:Little Acorns], say he's settled and he's in every day, Mrs [P:Wake] said he's a different bairn since September.
w | Worries. [P:Stacey]'s {kin:nana} [P:Jean] is eighty-seven and has been having [P:Alfie] two afternoons a week but she had a fall last month and she can't lift him.
w, cv, wf | [P:Callum] told us that when [P:Alfie] goes to his great {kin:nana}'s he bangs his head on the door cos he wants to come home, he said he hates seeing it.
w | [P:Stacey] said she's been low again and some days she doesn't get dressed, she said she feels like she's failing both of them.
o, cv, wf | [P:Callum] said the thing he wants most is to go to the football at [O:Wallsend Boys Club] on a Saturday like his mates but there's nobody to take him.
o, cv, wf | When [P:Stacey] went upstairs [P:Alfie] stood at the gate crying and pointing up the stairs and saying mam, mam, till she came back down.
ww, wf | He calmed as soon as he saw her and climbed on her knee.
ns | Next steps. I'll chase the assessment, his NHS number is [NHS:999 205 7713], and I'll ask the carers' centre about a break for [P:Stacey] and talk to the health visitor.
ns | [P:Stacey] has agreed to ring the doctor's on Monday about her mood, she's with [O:Collingwood Medical Practice].
ns | I'll ask if anyone at the club can give [P:Callum] a lift.
""")

note("h04",
     {"child": {"name": "Jayden Fairley", "dob": "2015-11-04"},
      "people": [{"name": "Lisa Fairley", "role": "mother"},
                 {"name": "Kev Dodds", "role": "mother's partner"},
                 {"name": "Brenda Fairley", "role": "maternal grandmother"}],
      "address": "9 Cragside Court, Whitley Bay NE26 3PL",
      "school": "Marden Bridge Middle School", "worker": "Lindsay Carr"},
     {"service": "Child in Need", "child_age_years": 11,
      "features": ["no_punctuation", "dialect", "relayed_voice", "spoken_numbers", "subtle_worry",
                   "names_not_in_context"]},
     """
o | visit to [P:jayden] at his {kin:nana}s on thursday ive just come out its about ten past five
w | he was meant to be at home with {kin:mam} but [P:brenda] rang this morning and said hes been stopping with her since saturday cos of a row
o | so [A:nine cragside court] whitley bay [PC:n e twenty six three p l] is still [P:lisa]s address but hes at [P:brenda]s which is [A:forty one marden avenue]
w, cv, wf | [P:brenda] said he come to her door on saturday night in his slippers and said {kin:nana} can i stop here [P:kev] was shouting at {kin:mam} and i dont want to go back
w | [P:brenda] said she rang [P:lisa] and [P:lisa] said it was nothing and [P:kev] was just a bit merry
w, cv | [P:jayden] wouldnt say much to me he kept his hood up and just shrugged and then he said its always like that when [P:kev] drinks
w, cv, wf | i asked him on a scale of nought to ten how safe he feels at {kin:mams} and he held up four fingers and at {kin:nanas} he said ten obviously
ww, cv, wf | he said he likes it at his {kin:nanas} cos its quiet and she makes him a proper breakfast and he can walk to [S:marden bridge] with his mate
ww | [P:brenda] is happy to have him for now and she took him to school every day this week
w | she said shes on her own and her chest is bad and shes not sure how long she can keep it up
o | [P:brenda]s number is [PH:oh seven seven double oh nine double oh three two one]
ns | ive rang [P:lisa] and left a message and i will see her and [P:kev] together on monday
ns | ill speak to my manager about whether this needs a {term:strategy discussion} and ive let school know hes at his {kin:nanas} for now
""")

note("h05",
     {"child": {"name": "Poppy Gallagher", "dob": "2019-05-17"},
      "people": [{"name": "Danielle Gallagher", "role": "mother"},
                 {"name": "Ryan Gallagher", "role": "father"},
                 {"name": "Nathan Gallagher", "role": "brother, aged 12"},
                 {"name": "Sue Purvis", "role": "family support worker"}],
      "address": "52 Durham Road, Birtley DH3 2QF",
      "school": "St Joseph's Birtley Primary", "worker": "Lindsay Carr"},
     {"service": "Child in Need", "child_age_years": 7,
      "features": ["dialect", "sibling_voice", "word_name", "drawing", "names_not_in_context"]},
     """
o | Joint visit with [P:Sue] from family support to [P:Danielle] and [P:Ryan] at [A:52 Durham Road], Birtley, {date:Friday 27th November}, {time:4 o'clock}.
o | Both parents in, [P:Ryan] just back off a shift at the warehouse.
ww | The house has come on a canny bit since last time, the back bedroom's been cleared and [P:Poppy] has her own bed now instead of sharing with her {kin:mam}.
ww, cv, wf | [P:Poppy] drew us a picture of her new room with a big rainbow on the wall and wrote her name on it and said it's the best room in the whole world.
o, cv, wf | She drew her {kin:mam}, her {kin:dad}, [P:Nathan] and the dog, and when I asked who's missing she drew her {kin:nana} [P:Rose] up in the clouds and said she lives with the angels now and she misses her.
w | [P:Danielle] said her {kin:mam} died in the summer and it hit them all hard.
w | [P:Danielle] said she's been struggling since, she can't be bothered with anything and she's been letting [P:Nathan] have his tea in his room cos it's easier.
w, cv, wf | [P:Nathan] said he gets fed up cos nobody talks in this house any more, everyone's just on their phones, and he said he misses his {kin:nana} more than anyone.
ww | [P:Ryan] said he's been doing the bedtimes and school runs so [P:Danielle] can have a lie in.
o, cv, wf | [P:Poppy] said she wants to go to the grief group at [S:St Joseph's] that her friend [P:Hope] goes to, where you make memory boxes.
ww | [P:Danielle] said she'd {word:hope} so and she put the date on the calendar straight away.
ns | [P:Sue] will come weekly on a {date:Wednesday} to help with routines and mealtimes.
ns | I'll speak to school about the bereavement group and give [P:Danielle] the number for {natl:Cruse}.
ns | Review at the {term:Child in Need} meeting on {date:the 14th of December}.
""")


# ---------------------------------------------------------------- j: children in care, key work, reviews, care leaver

note("j01",
     {"child": {"name": "Kayla Nicholson", "dob": "2011-09-02"},
      "people": [{"name": "Irene Nicholson", "role": "paternal grandmother"},
                 {"name": "Dionne Wright", "role": "residential support worker"},
                 {"name": "Gary Whitfield", "role": "shift manager"}],
      "address": "Oakfield House, 3 Beech Grove, Cramlington NE23 6LT",
      "school": "Bede Valley School", "worker": "Marcus Okafor"},
     {"service": "Looked After", "child_age_years": 15,
      "features": ["three_houses", "non_verbal", "written_voice", "children_home", "worker_feelings",
                   "online_harm"]},
     """
o | Key work session with [P:Kayla] at [O:Oakfield House] on {date:Sunday 22nd November}, {dur:about forty minutes} in the quiet room, using the {tool:three houses}.
o, cv, wf | [P:Kayla] chose to do the drawing herself and asked me to do the writing, and she wanted the door left open.
w, cv, wf | In her {tool:house of worries} she drew a phone with a cracked screen and I wrote people screenshotting stuff for her, and she told me girls from her old school, [S:Hartford Bridge Academy], have been sharing a photo of her in a group chat.
w, cv, wf | She said it makes her feel sick going past her old school on the bus and she has stopped going to [O:Cramlington Phoenix Swimming Club] because two of the girls train there.
ww, cv, wf | In her {tool:house of good things} she put her {kin:gran}'s cat, the staff here and especially [P:Dionne], her art coursework, and being able to lock her own bedroom door.
o, cv, wf | In her {tool:house of dreams} she asked me to write that she wants to live with her {kin:gran} in Blyth by the time she's sixteen and she wants to be a tattoo artist.
w | Her {kin:gran}, [P:Irene], is seventy-four and the {term:viability assessment} last year said she could not care for [P:Kayla] full time.
o, cv, wf | When I asked if she wanted the police told about the photo she shook her head, then after a while she took the pen and wrote only if [P:Dionne] comes with me.
ww | [P:Kayla] has settled well at [S:Bede Valley] and her head of year says she has not missed a day since the summer.
ns | I have told the manager on shift, [P:Gary Whitfield], and we have agreed to report the image to the police with [P:Dionne] present and to ask [S:Hartford Bridge] to deal with the girls.
ns | I will raise her wish to live with her {kin:gran} at her {term:looked after review} on {date:the 9th of December} so the {term:IRO} hears it from her.
ns, cv, wf | [P:Kayla] asked to write a letter to her {kin:gran} about it first and we will post it on Monday.
w, wf | My own worry is that she seemed flatter than I have seen her for months and she hardly touched her tea.
""")

note("j02",
     {"child": {"name": "Connor Bell", "dob": "2011-02-14"},
      "people": [{"name": "Angela Telford", "role": "foster carer"},
                 {"name": "Mick Telford", "role": "foster carer"},
                 {"name": "Tracey Bell", "role": "mother"},
                 {"name": "Priya Shah", "role": "social worker"},
                 {"name": "David Oduya", "role": "designated teacher"}],
      "address": "11 Larch Close, Hexham NE46 2RS",
      "school": "Tynedale Vale School", "worker": "Marcus Okafor"},
     {"service": "Looked After", "child_age_years": 15,
      "features": ["spoken_headings", "participation", "scaling", "review", "parent_words_about_child",
                   "email", "domestic_abuse"]},
     """
o | Second {term:looked after review} for [P:Connor], held at his carers' home, [A:11 Larch Close], Hexham [PC:NE46 2RS], on {date:Thursday 26th November}, which I chaired as {term:IRO}.
o | Present were [P:Connor], his carers [P:Angela] and [P:Mick Telford], his social worker [P:Priya Shah], his {kin:mam} [P:Tracey Bell] by phone, and Mr [P:Oduya], designated teacher from [S:Tynedale Vale School].
o, cv, wf | [P:Connor] chose to be in for the first half and then leave, which we had agreed with him beforehand.
ww, cv, wf | Good things. [P:Connor] said the best thing about living with [P:Angela] and [P:Mick] is that there's no shouting, and that [P:Mick] takes him fishing at {place:Kielder}.
ww | Mr [P:Oduya] said his attendance is 97 percent since September and he has been picked for the school five-a-side team.
ww | [P:Angela] said he's a lovely lad who helps with the dog and tidies up without being asked.
w, cv, wf | Worries. [P:Connor] said his worry is his {kin:mam}, he said when she rings she is sometimes slurring and then he can't sleep.
w | [P:Tracey] told the meeting she is doing well and has been sober since August, but she has missed two of the four {term:family time} sessions since the last review.
o | [P:Tracey] said [P:Connor] is angry with her and he'll come round once she is properly well.
ww, cv, wf | Wishes. [P:Connor] put himself at a nine out of ten for how settled he feels here and said he wants to stay with [P:Angela] and [P:Mick] till he is eighteen.
o, cv, wf | He said he wants to see his {kin:mam} once a month rather than every week, and at the {place:family centre} rather than at her flat.
o, cv, wf | He asked again whether he can visit his {kin:dad} in prison, and went quiet when I said I would find out.
w | His {kin:dad} is serving a sentence for a serious assault on [P:Tracey], and probation do not support contact at present.
ns | Recommendations: [P:Connor] to remain with [P:Angela] and [P:Mick], with {term:Staying Put} to be explored before he turns eighteen.
ns | {term:Family time} with his {kin:mam} to move to monthly at the {place:family centre}, [P:Priya] to arrange by {date:the end of December}.
ns | [P:Priya] to ask probation about letters from his {kin:dad} and report back to me before the next review in {date:May}.
ns | I will write to [P:Connor] with the outcome and copy it to his carers at [E:angela.telford@example.net].
""")

note("j03",
     {"child": {"name": "Shannon Douglas", "dob": "2007-06-19"},
      "people": [{"name": "Jordan Pearce", "role": "ex-partner"},
                 {"name": "Carol Douglas", "role": "maternal grandmother"}],
      "address": "Flat 12, 40 Western Road, Jarrow NE32 3DT (Harbour Lodge supported accommodation)",
      "school": "Tyneside Riverside College (applying)", "worker": "Marcus Okafor"},
     {"service": "Care Leaver", "child_age_years": 19,
      "features": ["care_leaver", "subtle_worry", "spoken_numbers", "worker_feelings", "names_not_in_context"]},
     """
o | Pathway plan visit to [P:Shannon], born [DOB:nineteenth of June two thousand and seven], at her flat, [A:Flat 12, 40 Western Road], Jarrow [PC:NE32 3DT], on {date:Tuesday 24th November}.
o | [P:Shannon] is nineteen and has been at [O:Harbour Lodge] since {date:March}, it's supported accommodation with staff on site in the day.
ww, cv, wf | She said she loves having her own front door and showed me the plants on her windowsill, she calls them her babies.
ww | The flat was clean, there was food in the fridge and the staff say her rent account is up to date.
w, cv, wf | She said the thing stressing her out is money, her Universal Credit was cut after a sanction and she has been skipping meals to keep her phone on.
w, cv | She owes her ex, [P:Jordan], two hundred pounds, and she showed me his messages about it, some of which are threatening.
o | Her national insurance number for the appeal is [NI:Q Q four seven two nine one eight B], which she read out from her letter.
o, cv, wf | She said she wants to go to [S:Tyneside Riverside College] in September to do childcare because she's always been good with little ones.
o, cv, wf | When I asked about her {kin:mam} she said she is happy not seeing her and she does not want her address passed on, but she still sees her {kin:nan} [P:Carol] every Sunday.
ww, wf | [P:Carol] rang while I was there to check she'd eaten, which [P:Shannon] rolled her eyes at but clearly liked.
ns | I will help her with the sanction appeal and ring the {natl:DWP} with her on Monday, her number is [PH:07700 900556].
ns | [P:Shannon] agreed to keep screenshots of what [P:Jordan] sends and to ring {emerg:999} if he turns up at the flat.
ns | I will ask [O:Harbour Lodge] staff not to let [P:Jordan] in and to tell me if he is seen near the building.
ns, cv, wf | She asked me to come with her to the college open evening on {date:the 12th of January} and I said I would.
w | I am worried she is minimising [P:Jordan], she laughed it off twice and changed the subject when I asked if he has ever hurt her.
ww | I left feeling proud of how far she has come since her {term:pathway plan} review last year, when she was sofa surfing.
""")

note("j04",
     {"child": {"name": "Lily-Rose Pattinson", "dob": "2019-04-08"},
      "people": [{"name": "Margaret Hall", "role": "foster carer"},
                 {"name": "Ray Hall", "role": "foster carer"},
                 {"name": "Kai Pattinson", "role": "brother, aged 10, placed separately"},
                 {"name": "Kirsty Pattinson", "role": "mother"}],
      "address": "5 Greenlea Avenue, Morpeth NE61 2XW",
      "school": "Abbeyfields First School", "worker": "Marcus Okafor"},
     {"service": "Looked After", "child_age_years": 7,
      "features": ["wizard_and_fairy", "three_wishes", "drawing", "relayed_voice", "sibling_voice",
                   "non_verbal", "carer_words_about_child"]},
     """
o | Direct work with [P:Lily-Rose] at her foster home, [A:5 Greenlea Avenue], Morpeth, after school on {date:Wednesday 18th November}.
o, cv, wf | I used the {tool:wizard and fairy} sheets and [P:Lily-Rose] picked the fairy straight away and wanted to colour her in purple.
ww, cv, wf | On the good fairy's side she said she is happy when [P:Margaret] plaits her hair and when they go to {place:Carlisle Park} to feed the ducks.
w, cv, wf | On the wizard's side she drew a big black cloud and said that's night-time, because that's when she remembers the shouting at her {kin:mummy}'s.
w | [P:Margaret] said she still wakes most nights, has wet the bed four times this week and comes into their room at about {time:three in the morning}.
o, cv | When I asked who lives in her house she counted on her fingers, [P:Margaret], [P:Ray], the dog, and me.
o, cv, wf | She asked if [P:Kai] could come for a sleepover and stay in the top bunk.
o, cv, wf | [P:Margaret] told me [P:Kai] said on the phone last week that he wants [P:Lily-Rose] to come to his school when she's big enough.
w, cv, wf | For her three wishes she said a unicorn, for [P:Kai] to live here too, and for her {kin:mummy} to get better so she can stop being poorly.
o, cv | She then drew a line under the wishes and handed me the pen, which [P:Margaret] says is how she tells you she's finished.
ww | Her teacher at [S:Abbeyfields First] told [P:Margaret] she has moved up two reading bands this term and has a best friend, [P:Esme].
ww, wf | [P:Margaret] and [P:Ray] are warm with her and she was relaxed and chatty on [P:Ray]'s knee for her story before I left.
ns | I will ask for a referral to the {natl:CAMHS} looked after children team about the night-times, and set up a video call between [P:Lily-Rose] and [P:Kai] every Sunday.
ns | [P:Margaret] will keep a sleep diary till my next visit on {date:the 2nd of December}, and I will bring the cloud drawing to supervision.
""")

note("j05",
     {"child": {"name": "Ethan Mills", "dob": "2010-10-27"},
      "people": [{"name": "Leanne Scott", "role": "night residential worker"},
                 {"name": "Carl Jobson", "role": "registered manager"}],
      "address": "Ravensworth Lodge, 88 Kells Lane, Low Fell, Gateshead NE9 5XQ",
      "school": "Lowfell College (bricklaying course)", "worker": "Marcus Okafor"},
     {"service": "Looked After", "child_age_years": 16,
      "features": ["scaling", "spoken_headings", "subtle_worry", "written_voice", "children_home",
                   "worker_feelings", "exploitation"]},
     """
o | Key work with [P:Ethan], [O:Ravensworth Lodge], {date:Saturday 28th November}, {time:two till three}.
o | His new college email, for the course tutor, is [E:ethan.mills27 at example dot com].
o, cv, wf | [P:Ethan] didn't want to sit face to face so we did it in the car on the way to {place:the Metro Centre}, which is what he asked for.
ww, cv, wf | Scaling. I asked where he is out of ten for living here, nought rubbish and ten brilliant, and he said a six, up from a three in September.
ww, cv, wf | He said what's got it up is [P:Leanne] on nights, the gym, and that nobody goes through his stuff any more.
o, cv, wf | He said to get it to a seven he'd want his own key and his curfew moved to ten at weekends.
w | Worries. He was missing overnight on {date:Tuesday} and came back at {time:eleven the next morning} with a new jacket and about two hundred pounds on him.
w, cv | When I asked where he'd been he said at a mate's in Gateshead and the money was from his {kin:uncle}, but he wouldn't give a name.
w | Staff have seen the same grey car drop him at the end of [A:Kells Lane] three times this month and the driver never gets out.
w, cv, wf | He said he's not scared of anyone and he can look after himself, then he said people round here have long memories.
w, cv, wf | He typed something on his phone and showed me rather than saying it, don't tell the police anything I said.
w | He has missed four days of his bricklaying course at [S:Lowfell College] this month after full attendance in October.
ns | Next steps. I've told the manager, [P:Carl Jobson], and we will complete the {term:exploitation screening tool} and ask for a {term:strategy meeting}.
ns | The car's details have gone to the {term:missing from home} coordinator.
ns, cv, wf | I'll do his {term:return home interview} myself because he said he would only talk to me.
w | I'm worried and a bit frustrated, to be honest, because he was doing so well on the course.
""")


# ---------------------------------------------------------------- k: duty and child protection worker

note("k01",
     {"child": {"name": "Ava Kerr", "dob": "2026-07-12"},
      "people": [{"name": "Chantelle Kerr", "role": "mother"},
                 {"name": "Lee Swales", "role": "mother's partner"},
                 {"name": "Lewis Kerr", "role": "brother, aged 10"},
                 {"name": "Mia Kerr", "role": "sister, aged 7"},
                 {"name": "PC Imran Hussain", "role": "police officer"}],
      "address": "8 Fern Street, Stockton-on-Tees TS18 2HN",
      "school": "Ropner Park Primary (Lewis and Mia)", "worker": "Rachel Dunn"},
     {"service": "Child Protection", "child_age_years": 0,
      "features": ["pre_verbal", "sibling_voice", "siblings_disagree", "parent_feelings",
                   "parent_words_about_child", "injury", "worker_feelings"]},
     """
o | {term:S47} joint visit with PC [P:Hussain], [A:8 Fern Street], Stockton [PC:TS18 2HN], {date:Saturday 28/11}, {time:10.15}.
o | Present: [P:Chantelle] (mum), [P:Lee] (partner, not the children's father), [P:Ava], [P:Lewis] and [P:Mia].
o | [P:Ava] is {age:four months}, DOB [DOB:12/07/2026], NHS no. [NHS:999 431 8826].
w | Referral from the {natl:health visitor}, who saw a bruise about 2cm on [P:Ava]'s left cheek on {date:Thursday}; mum told her it was the bouncer.
w | Today the bruise is fading and yellow; no other marks seen when [P:Ava] was undressed for a nappy change.
ww | [P:Ava] babbling on the mat, reaching for mum's hair, good eye contact with [P:Chantelle] and settled quickly when picked up.
w | [P:Chantelle]'s account today is that [P:Ava] rolled off the settee on {date:Wednesday} night while she was in the kitchen, which is not what the HV was told.
w | [P:Lee] first said he was at work, then that he was upstairs asleep.
w | [P:Chantelle] said she is terrified the kids will be taken off her and she has not slept since the HV rang.
o | She said [P:Lewis] is a good lad and would tell her if anything was wrong.
w, cv | Seen [P:Lewis] alone in his room: he said [P:Lee] shouts at the baby when she cries and once shook the bouncer, hard.
w, cv, wf | [P:Lewis] said he doesn't want [P:Lee] living here and he wants to go to his {kin:dad}'s in Thornaby.
o, cv, wf | Seen [P:Mia] alone: she said she likes [P:Lee] because he buys her sweets and lets her play on his PlayStation.
o, cv | [P:Mia] said nobody hurts the baby, then said [P:Lewis] tells lies.
ww | Home warm, food in, cot in mum's room and safe sleep advice being followed.
ns | Plan: [P:Ava] to have a {term:child protection medical} at {place:James Cook} this afternoon, mum agreed.
ns | [P:Lee] to stay at his brother's pending the outcome; [P:Chantelle] signed the safety plan, her mobile is [PH:01632 960418].
ns | {term:Strategy discussion} to reconvene {date:Monday}, GP records to be requested from [O:Fernbank Surgery] and school to be told.
w | My view: two accounts of the injury and [P:Lewis]'s account of the bouncer mean the bruise is not explained, and [P:Mia]'s view does not change that.
""")

note("k02",
     {"child": {"name": "Destiny Lowe", "dob": "2013-05-04"},
      "people": [{"name": "Sharon Lowe", "role": "mother"},
                 {"name": "Wayne Cuthbert", "role": "mother's boyfriend"},
                 {"name": "Riley Lowe", "role": "brother, aged 9"},
                 {"name": "Maureen Lowe", "role": "maternal grandmother"}],
      "address": "22 Grange Road, Middlesbrough TS1 2LR",
      "school": "Linthorpe Vale Academy", "worker": "Rachel Dunn"},
     {"service": "Child Protection", "child_age_years": 13,
      "features": ["no_punctuation", "spoken_numbers", "relayed_voice", "sibling_voice", "siblings_disagree",
                   "non_verbal", "parent_words_about_child", "domestic_abuse", "worker_feelings"]},
     """
o | duty visit to [A:twenty two grange road] middlesbrough after school rang about [P:destiny] at twenty past three
w, cv | school said she came in with a cut lip and said she walked into a door and then told her friend {kin:mams} boyfriend did it
o | [P:destiny] date of birth [DOB:fourth of may twenty thirteen] nhs number [NHS:nine nine nine two six eight four one five two] she is at [S:linthorpe vale]
o | {kin:mam} [P:sharon] there when i got there the boyfriend [P:wayne] wasnt and she said he doesnt live there
w | [P:sharon] smelt of drink at half three and was slurring a bit and there were cans on the side
w, cv, wf | seen [P:destiny] in her room she said she didnt want to talk to me cos it makes it worse then she said [P:wayne] pushed her into the door when she stuck up for her {kin:mam}
w, cv, wf | she said shes scared to go to sleep when hes there and she puts a chair against her bedroom door
w | [P:sharon] said [P:destiny] is a drama queen and makes things up for attention
o, cv, wf | [P:riley] said he wants to stay at home and he likes [P:wayne] cos he takes him to the {place:boro}
w, cv | [P:riley] nodded when i asked if he heard shouting on sunday night but wouldnt say any more
ww | [P:destiny]s {kin:nan} [P:maureen] lives round the corner at [A:six hollis court] and said both kids can stop with her tonight
ww, cv, wf | [P:destiny] said she wants to go to her {kin:nan}s and she packed her bag straight away
o | [P:maureen]s number is [PH:oh one six three two nine six oh five five one]
ns | safety plan agreed [P:wayne] not to come to the house and [P:sharon] signed it
ns | police informed and {term:strategy discussion} booked for {time:nine tomorrow} with school and police
ns | i will start {term:section forty seven} enquiries and see both kids at their {kin:nan}s tomorrow after school
w | i am worried [P:sharon] will let him back tonight she kept checking her phone the whole time i was there
""")

note("k03",
     {"child": {"name": "Rawa Aziz", "dob": "2014-01-21"},
      "people": [{"name": "Karwan Aziz", "role": "father"},
                 {"name": "Shilan Aziz", "role": "mother"},
                 {"name": "Dilan Aziz", "role": "brother, aged 8"},
                 {"name": "Hawre Karim", "role": "Sorani interpreter"},
                 {"name": "Ms Joanne Pickering", "role": "form tutor"}],
      "address": "31 Victoria Road, Darlington DL1 5JQ",
      "school": "Brinkburn Vale Academy", "worker": "Rachel Dunn"},
     {"service": "Child Protection", "child_age_years": 12,
      "features": ["interpreter", "relayed_voice", "sibling_voice", "non_verbal", "parent_feelings",
                   "worker_feelings", "kin_non_english"]},
     """
o | {term:S47} visit with a Sorani interpreter, [P:Hawre Karim], to [A:31 Victoria Road], Darlington [PC:DL1 5JQ], {date:Wednesday 25/11}, {time:4pm}.
w, cv, wf | Referral: [P:Rawa] told his form tutor Ms [P:Pickering] that his {kin:baba} hits him with a belt when he gets bad marks, and he was scared to go home with his report.
o, cv, wf | [P:Rawa] said he didn't want the interpreter for his part and spoke to me in English in the front room with the door shut.
w, cv | He said it has happened two times since the summer, on his legs, and showed me the back of his left leg, where there is a faded linear mark.
w, cv, wf | He said he doesn't want his {kin:baba} to go to prison, he just wants him to stop.
o | Parents seen together with [P:Hawre] interpreting.
w | [P:Karwan] said in his country a father must discipline his son, and that he has only used his hand, once.
w | He said he is ashamed that the school has called social services and he feels people here think he is a bad father.
ww | [P:Shilan] said she has told [P:Karwan] that hitting is not allowed here and she wants help for the family; she asked for a parenting course.
ww, cv, wf | [P:Dilan] seen with the interpreter, he said he likes [S:Skerne Bank Primary] and his best friend is [P:Josh].
w, cv, wf | He said nobody hits him but his {kin:baba} shouts at [P:Rawa] about homework and [P:Rawa] cries in the bathroom.
o, cv | [P:Hawre] said the word [P:Dilan] used means shouting, not hitting.
ns | Both boys to remain at home with a written agreement of no physical chastisement; [P:Shilan] to ring me on [PH:07700 900873] if anything happens.
ns | Referral to a parenting programme with a Sorani interpreter, and I will see [P:Rawa] again at [S:Brinkburn Vale] on {date:Monday} without his parents.
ns | Outcome to go to my manager; likely a {term:Child in Need} plan rather than an {term:initial child protection conference}, to be decided by {date:Friday}.
w | I am uneasy that the father's account moved between never and once during the hour.
""")

note("k04",
     {"child": {"name": "Holly Hart", "dob": "2011-08-30"},
      "people": [{"name": "Nicola Hart", "role": "mother"},
                 {"name": "Finn Hart", "role": "brother, aged 12"},
                 {"name": "Ruby Hart", "role": "sister, aged 6 weeks"},
                 {"name": "Dean Hart", "role": "mother's ex-partner"}],
      "address": "17 Seaton Road, Hartlepool TS25 1BX",
      "school": "Clavering Heights School", "worker": "Rachel Dunn"},
     {"service": "Child Protection", "child_age_years": 15,
      "features": ["spoken_headings", "subtle_worry", "pre_verbal", "sibling_voice", "non_verbal",
                   "parent_feelings", "exploitation", "names_not_in_context"]},
     """
o | {term:Section 47} follow-up visit, [A:17 Seaton Road], Hartlepool [PC:TS25 1BX], {date:Friday 27 November}, {time:16.00 to 17.10}.
o | Seen: [P:Holly] ({age:15}, DOB [DOB:30.08.2011]), [P:Finn] ({age:12}), baby [P:Ruby] ({age:6 weeks}) and mum [P:Nicola].
ww | What's working well. Mum has been in for every visit and the {natl:health visitor} says [P:Ruby] is gaining weight and well cared for.
ww | [P:Ruby] cooed and kicked on her play mat while [P:Finn] talked to her and pulled faces.
ww, cv, wf | [P:Finn] said home is better since [P:Dean] left, he can have his mates round now.
w, cv | Worries. School report [P:Holly] is picked up most days by a man in his twenties in a white van, and she has told staff he's her cousin.
w | [P:Nicola] said she has met him, he is called [P:Jamie], he is nineteen and a nice lad, and she doesn't see the problem.
w | [P:Holly] has a new phone and new trainers; mum said her {kin:nana} bought them.
w, cv, wf | [P:Holly] seen alone: said [P:Jamie] is her boyfriend, he is twenty-one not nineteen, she loves him and nobody is going to stop her seeing him.
w, cv | She shrugged and looked away when asked if he or his mates had ever asked her to carry anything.
w | [P:Nicola] said she is exhausted with the baby and can't watch [P:Holly] every minute, and she feels judged.
w, cv, wf | [P:Finn] said he doesn't like [P:Jamie] because [P:Holly] goes quiet after she's been with him and he has heard her crying in the bathroom.
ns | Next steps. Share with police, request a {term:strategy meeting} about exploitation, and complete the screening tool with [P:Holly].
ns | School to log who collects [P:Holly] and the van's details.
ns, cv, wf | [P:Holly] said she would talk to me again but not at school, so I will see her at [O:Headland Juniors Boxing Club] on {date:Tuesday}, where she trains.
w | I am concerned that mum's view of [P:Jamie] leaves [P:Holly] unprotected.
""")
