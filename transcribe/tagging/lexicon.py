"""Declarative word lists the tagging rules read. Lemmas unless said otherwise (lower case).

The rules in ``voice.py`` and ``signs.py`` combine these with the dependency parse (who is the
subject of which verb); a word here is never enough on its own to attribute words to the child.
Since the learned sentence model (``model.py``) decides the labels, these lists reach the output
only as the rules' findings among its features.

The rule each list is to be complete by, and the reference the rule follows:

- people (roles, child nouns, pronouns): the kinship and care roles of a child in England
  (parents, step-parents, grandparents, aunts and uncles, siblings, carers, the professionals of
  Working Together to Safeguard Children 2023) in standard English and the north-east forms in
  the Survey of English Dialects / Northumbrian glossaries (mam, da, nana, granda, bairn, lass);
  English personal pronouns in full.
- the child communicating: English verbs of saying (Levin 1993, classes 37.1-37.7), the
  non-verbal means named in the SEND Code of Practice and RCSLT guidance (pointing, signing,
  PECS exchanges, Makaton, symbols, drawing, rating scales), and the direct-work tools of
  Signs of Safety (Three Houses, Wizards and Fairies, scaling).
- wishes and feelings: English verbs of desire and emotion (Levin classes 31.2, 32.1) and the
  feeling words of the emotion-literacy scales used in direct work with children (happy, sad,
  scared, angry, worried, safe... and their north-east forms: narked, mardy, gutted, chuffed).
- the reported clause's feeling, wish or preference (``REPORTED_FEELING_VERBS``, read by
  ``features.reported_features``): every member of Levin 1993's verb classes of psychological state
  and desire, 31.2 (admire verbs), 32.1 (want verbs) and 32.2 (long verbs), as lemmas (the parse
  gives the lemma of every inflection), with this module's WISH_VERBS and FEELING_VERBS; the
  adjectives are FEELING_ADJ and EVALUATIVE_ADJ above; "would rather" and a rating given ("gave it a
  four", with a number) are forms, not words.
- Signs of Safety: harm, danger and complicating-factor words for the categories of abuse and
  neglect in Working Together 2023 (physical, emotional, sexual abuse, neglect, domestic abuse,
  substance misuse, exploitation, parental mental health) and strength/safety words for the
  "what's working well" column; next-step verbs are the actions a plan records (refer, book,
  visit, review...).
- spoken headings: see the note above ``SPOKEN_HEADINGS``.

Provenance, honestly: the lists were written by hand with the rules, which were tuned on
``evaluation/data/tagging`` (the project's own sentences). Nothing here was taken from
``../shared/casework-dev``; words added in its light would make its figures optimistic. A word
the rule above admits but the list lacks is a gap to fill, not a tuning choice.
"""

from __future__ import annotations

from ..language.kinship import FEMININE, MASCULINE, SIBLINGS, UNSEXED

# -- people ------------------------------------------------------------------
# The family words, by the sex they imply, are language.kinship's (its rule and sources there).
FEMININE_ROLES = FEMININE
MASCULINE_ROLES = MASCULINE
OTHER_ROLES = frozenset(
    "carer teacher interpreter worker visitor nurse doctor gp officer partner sibling parent parents "
    "family kid midwife advocate iro chair manager keyworker therapist".split()
)
# A child's brothers and sisters (a role in the case context or a word in the text).
SIBLING_ROLES = SIBLINGS
# Other family and carers who are not named by a gendered word ("foster" and "kinship" carers).
FAMILY_ROLES = (UNSEXED - SIBLINGS) | frozenset("family kinship foster".split())
# Nouns that mean the child themself when no other child is named.
CHILD_NOUNS = frozenset("child bairn baby infant toddler yp youngster".split())

PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "n", "them": "n", "their": "n", "theirs": "n", "themselves": "n", "themself": "n",
}
FIRST_PERSON = frozenset("i me my mine myself".split())
FIRST_PLURAL = frozenset("we us our ours ourselves".split())

# -- the child communicating ------------------------------------------------
# Verbs of saying: their subject is the source of the words.
SPEECH_VERBS = frozenset(
    "say tell explain state share disclose report mention describe express answer reply respond "
    "ask add comment confirm deny admit agree disagree insist complain shout whisper yell talk "
    "speak chat repeat announce joke claim write type sign communicate indicate request beg plead "
    "suggest chatter open confide voice raise name list identify call declare gan_on".split()
)
# Non-verbal ways of communicating (the child's voice, not only their words).
NONVERBAL_VERBS = frozenset(
    "point nod gesture draw sketch paint colour color circle choose pick select show mime wave tap "
    "vocalise vocalize sign lead rate score mark stick".split()
)
# Verbs that communicate only with a telling object: "gave a thumbs up", "put a sticker", "used PECS".
OBJECT_NONVERBAL = {
    "give": frozenset("thumb thumbs score mark rating number answer sign smile hug one two three four five six "
                      "seven eight nine ten 1 2 3 4 5 6 7 8 9 10".split()),
    "put": frozenset("sticker cross tick face counter smiley star mark hand".split()),
    "place": frozenset("sticker cross tick face counter smiley star card mark".split()),
    "use": frozenset("pecs makaton symbol symbols card cards device tablet ipad sign signs app gaze talker "
                     "board communication".split()),
    "shake": frozenset("head".split()),
    "hold": frozenset("card sign picture".split()),
    "push": frozenset("away".split()),
    "turn": frozenset("away".split()),
    "reach": frozenset("for".split()),
    "take": frozenset("hand".split()),
    "look": frozenset("card picture face symbol".split()),
    "hand": frozenset("card cards symbol symbols picture pictures sticker photo".split()),  # a PECS exchange
}
# Expressive behaviour counts as the child's voice when it answers a prompt ("when I showed her").
EXPRESSIVE_VERBS = frozenset("smile laugh cry clap frown giggle grin squeal scream babble beam sob shrug".split())
# The worker prompting, which turns expressive behaviour into a response.
PROMPT_VERBS = frozenset("ask show mention talk say offer hold read explain give name play bring".split())
# Verbs under which a child's act has not (yet) happened: "I asked him to draw".
REQUEST_VERBS = frozenset("ask encourage invite prompt want try plan hope offer expect need persuade".split())
# Nouns that carry the child's words when the child owns them: "Jayden's words were".
VOICE_NOUNS = frozenset(
    "word words view views response answer account feedback voice drawing picture choice rating "
    "score comment comments opinion message letter".split()
)
# Report verbs whose subject owns what follows (hearsay when that subject is not the child).
REPORT_VERBS = SPEECH_VERBS | frozenset("think believe feel know worry hear".split())

# -- wishes and feelings ----------------------------------------------------
WISH_VERBS = frozenset("want wish hope prefer dream long miss love hate like dislike enjoy fancy".split())
FEELING_VERBS = frozenset("feel fear worry panic dread adore scare frighten upset".split())
FEELING_ADJ = frozenset(
    "happy sad scared frightened afraid worried anxious nervous upset angry cross mad lonely safe unsafe "
    "excited calm relaxed content confused embarrassed ashamed proud jealous frustrated bored fed hurt "
    "gutted chuffed buzzing unhappy miserable distressed overwhelmed stressed loved terrified petrified "
    "comfortable uncomfortable uneasy glad pleased tearful teary down low worried shy guilty hopeful "
    "homesick heartbroken furious annoyed livid mardy narked scary nervy fine okay ok alright".split()
)
# Evaluative words that voice a feeling when the child is the one speaking ("she said school is boring").
EVALUATIVE_ADJ = frozenset(
    "boring fun scary horrible nice rubbish great good bad mint canny class awful brilliant best worst "
    "amazing annoying unfair strict minging lush champion favourite mean kind horrid".split()
)
# Levin (1993), English Verb Classes and Alternations: 31.2 admire verbs, 32.1 want verbs, 32.2 long verbs
# (all members), with WISH_VERBS and FEELING_VERBS (the rule at the top of this module).
LEVIN_ADMIRE = frozenset(
    "abhor admire adore appreciate bear cherish deify deplore despise detest disdain dislike distrust dread "
    "enjoy envy esteem exalt fancy favor favour fear idolize idolise lament like loathe love mind miss mourn "
    "pity prize regret relish resent respect revere rue savor savour stand support tolerate treasure trust "
    "value venerate worship".split()
)
LEVIN_WANT = frozenset("covet crave desire fancy need want".split())
LEVIN_LONG = frozenset("ache crave hanker hope hunger itch long lust pine pray thirst wish yearn".split())
REPORTED_FEELING_VERBS = LEVIN_ADMIRE | LEVIN_WANT | LEVIN_LONG | WISH_VERBS | FEELING_VERBS
# Verbs under which a number the child gives is a rating of how they feel ("gave it a four", "scored it ten").
RATING_VERBS = frozenset("give rate score scale put mark".split())
FEELING_NOUNS = frozenset(
    "worry worries fear fears wish wishes dream dreams feeling feelings hope hopes happiness sadness "
    "anger feelings wishes".split()
)
# "miss" is an absence, not a feeling, with these objects.
ABSENCE_OBJECTS = frozenset(
    "school day days appointment appointments lesson lessons session sessions bus class visit visits "
    "meeting meetings dose doses medication contact week weeks".split()
)
# Tools that elicit a child's views: drawing in one is the child communicating.
ELICITATION_NOUNS = frozenset(
    "house houses wizard wizards scale scales jigsaw bubble bubbles island islands cards faces "
    "questionnaire worksheet".split()
)

# -- Signs of Safety --------------------------------------------------------
WORRY_WORDS = frozenset(
    "concern concerned concerning worry worried worrying risk risky harm harmful hurt injury injure "
    "injured bruise bruised bruising burn scratch cut bleed bleeding hit smack slap punch kick "
    "push pushed shove shoved strangle choke violence violent abuse abusive argument argue arguing row rowing shout shouting "
    "scream fight fighting threaten threat threatening police arrest arrested alcohol drunk drinking "
    "drug drugs cannabis cocaine heroin weed neglect neglected dirty unkempt smelly soiled hungry mould "
    "mouldy damp unsafe danger dangerous exploitation exploit grooming groom missing self-harm suicidal "
    "assault assaulted frighten overdose aggressive aggression absence absent late arrears eviction debt depression depressed "
    "sad unhappy lonely struggle struggling isolated isolation scared frightened afraid terrified nightmare nightmares "
    "bedwetting  refuse refused refusing bray brayed braying leather leathered battered belt mortal "
    "steaming hammered paggered hoy hoyed kick-off bullied bully bullying tired exhausted crying "
    "upset distressed fear frightening injuries marks  unexplained disclosure disclose  "
    "controlling  coercive jealous stalk sexual smoking vape vaping deteriorate worsen worse "
    "escalate escalating incident incidents  unwell poorly ill hospital overcrowded chaotic "
    "clutter cluttered unwashed head-lice lice sores rash underweight relapse relapsed "
    "boozing bevvy bevvied skint strain stressed low mood anxious anxiety anger angry throw threw smash "
    "smashed overwhelmed smoke smokes smoked wetting soil older exploited exploit secret secrets "
    "mess cold freezing unsupervised scratched sore temper tantrum tantrums  "
    " difficult    slap".split()
)
WORKING_WELL_WORDS = frozenset(
    "good well positive positively warm warmly loving lovingly affectionate affection caring attentive "
    "appropriate appropriately clean tidy safe safely settled stable support supportive supported "
    "strength strengths protective bond bonded attachment engage engaged engaging cooperative "
    "co-operative attend attended attending attendance improve improved improving improvement "
    "progress proud praise praised calm nurturing responsive sober abstinent  routine routines "
    "manage managing thriving thrive milestone milestones gaining healthy bonny canny champion mint "
    "lush grand smashing happy happily content relaxed comfortable enjoy enjoyed enjoys love loved "
    "lovely kind gentle help helped helpful helping confident confidence great excellent brilliant "
    "fed stocked plenty nice clean-shaven dressed presented comforted comfort reassured reassure "
    "consistent consistently reliable reliably protect protected playing played laughing smiling "
    "smile smiled laughed cuddle cuddled cuddles hug hugged friend friends friendly achieve achieving "
    "achieved succeed success successful benefit benefited benefiting  ".split()
)
# Multi-word cues (matched on lower-cased text).
WORRY_PHRASES = (
    "domestic abuse", "domestic violence", "no food", "empty fridge", "not attending", "not brought",
    "missed appointment", "mental health", "low mood", "kicking off", "kicked off", "kick off",
    "off his face", "off her face", "worse for wear", "went missing", "gone missing", "self harm",
    "not eating", "not sleeping", "call her names", "call him names", "calls her names", "calls him names",
    "called her names", "called him names", "cannot cope", "can't cope", "not coping", "clip round",
    "smell of cannabis", "smelled of alcohol", "smelt of alcohol", "smelled of cannabis", "smelt of cannabis",
    "left alone", "home alone", "on his own at home", "on her own at home", "red flag",
    "out all night", "stayed out", "stays out", "staying out", "wits' end", "wits end", "let down",
    "laughed at", "picked on", "still in bed", "curtains were closed", "curtains closed", "go mental",
    "goes mental", "went mental", "finding things hard", "finding it hard", "not in school",
    "wet the bed", "wets the bed", "older lads", "older boys", "older men", "gannin oot", "gan oot",
    "has a go", "had a go", "have a go", "on at him", "on at her", "no gas", "no electric",
)
WORKING_WELL_PHRASES = (
    "working well", "going well", "well cared for", "well presented", "no concerns", "no concern",
    "food in the", "up to date", "meeting her milestones", "meeting his milestones", "good bond",
    "good relationship", "warm relationship", "attends school", "attending school", "doing well",
    "getting on well", "gets on well", "strong bond", "safety plan", "safe adult", "safe person",
    "well fed", "clean and tidy", "clean and warm", "has been sober", "stayed sober", "negative for",
)
# Words after which a worry word speaks of safety ("no marks", "no concerns").
NEGATORS = frozenset("no not n't never without nothing none neither nor free nobody noone no-one".split())
# Verbs that end a worry: "has stopped drinking", "cut down on cannabis".
CESSATION = frozenset("stop quit cease reduce abstain finish".split())
# Heads of noun phrases that name help for a worry, not the worry: "the domestic abuse service".
HELP_NOUNS = frozenset("service services programme program course group team worker support meeting unit clinic "
                       "project charity assessment referral plan session sessions class classes".split())
ATTEND_OBJECTS = frozenset("school nursery college appointment appointments session sessions meeting meetings group "
                           "programme program course class classes clinic contact".split())

NEXT_STEP_VERBS = frozenset(
    "refer arrange book contact phone ring call visit email send complete update share liaise chase "
    "convene schedule review monitor apply provide offer undertake seek explore request organise "
    "organize support attend check meet speak write continue start discuss ask make see".split()
)
FUTURE_AUX = frozenset("will 'll shall wo sha".split())
# -- the record of who someone is ---------------------------------------------
# A sentence that only records an identifier ("Mam's mobile is 07700 900417", "For the file, his NHS number is
# 999 287 5106", "Present were ...") is an observation, not a next step, wherever it sits in the note.
# Complete by this rule: the structured identifiers a casework record holds about a person (issue 19's list
# for redaction: NHS and National Insurance numbers, phones, emails, postcodes, dates of birth, addresses), by
# the words that name them, and the attendance line of a meeting's record ("present were"). Digits, written
# or read out, are found as runs (``DIGIT_RUN_MIN``), with the digit words of ``redaction.spoken_numbers``.
IDENTIFIER_CUES = (
    "nhs number", "national insurance", "ni number", "date of birth", "d.o.b", "dob", "postcode", "post code",
    "email", "e-mail", "email address", "present were", "those present",
)
DIGIT_RUN_MIN = 6  # digits in a row (a phone number has 11, an NHS number 10, a date of birth in figures 6-8)
# The verbs such a record is stated with: being and having ("is", "has"), an updated detail ("has changed") and
# birth ("born on"). A sentence with any other verb does something (rings, refers, agrees, wants) and the model
# decides it.
RECORD_VERBS = frozenset("be have change bear".split())
# -- spoken headings ----------------------------------------------------------
# Complete by this rule: the parts of a Signs of Safety assessment and plan as the framework names
# them (Turnell and Edwards, "Signs of Safety", 1999, and the Signs of Safety assessment and
# planning form: what are we worried about - harm, danger statements, complicating factors; what's
# working well - existing strengths and safety; grey areas; what needs to happen - safety goals,
# bottom lines, next steps; scaling), its child-work tool (the Three Houses), and the headings of a
# recording template (observations, actions, the plan). Regular expressions over lower-case text;
# the label is the section the heading opens (observation: a heading that opens no Signs of
# Safety column).
SPOKEN_HEADINGS = (
    (r"next steps?|actions?|the plan|plans?|to do|what needs to happen(?: next)?|what (?:is|are) going to happen|"
     r"what will happen next|safety plan|safety goals?|bottom lines?|recommendations?", "next_step"),
    (r"worries|worry|concerns?|what (?:are|am) (?:we|i) worried about|danger statements?|complicating factors|"
     r"risks?|harm|grey areas?|gray areas?", "worry"),
    (r"what'?s working well|what is working well|working well|strengths?|safety|existing safety|positives?", "working_well"),
    (r"observations?|visit details|background|child'?s voice|wishes and feelings|the child'?s views|"
     r"home conditions|scaling|three houses|the three houses", "observation"),
)
# Headings recognised at the start of a longer sentence ("Danger statement, children's services
# are worried...", "next steps I'll ring..."): the framework's own phrases of two words or more
# open a sentence before anything; its one-word headings only before punctuation or a word that
# starts a clause ("Worries, mam told us", not "worries about money").
LEADING_HEADINGS = (
    r"next steps?|what needs to happen(?: next)?|safety goals?|safety plan|bottom lines?|"
    r"what (?:are|am) (?:we|i) worried about|danger statements?|complicating factors|grey areas?|"
    r"what'?s working well|what is working well|existing safety|three houses|the three houses"
)
LEADING_ONE_WORD_HEADINGS = r"worries|strengths|scaling|the plan"
