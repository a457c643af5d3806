"""Named local organisations a child attends or lives in: schools, nurseries, GP surgeries,
children's homes, youth groups and clubs.

Found by the word that ends the name (the kinds below, each family complete by its rule) and by
cue ("plays for X", "the coach at X", "goes to X on a Tuesday"). Kinds, by rule:
- schools and early years: the establishment types of the DfE's Get Information about Schools;
- NHS primary care: the words GP practices in England use for themselves (Surgery, Medical
  Centre, Health Centre, Medical Practice, Medical Group, "Dr X and Partners"), dental practices (Dental, Dental
  Practice, Surgery, Care, Centre, Clinic) and community pharmacies (Pharmacy, Chemist, Chemists); childcare Ofsted registers outside schools (Childcare, Childminding,
  Childminders, Day Care);
- where a looked-after child lives: children's homes and supported accommodation as Ofsted
  registers them, named "X House", "X Lodge", "X Children's Home";
- youth groups: every section of The Scout Association (Squirrels, Beavers, Cubs, Scouts,
  Explorers) and of Girlguiding (Rainbows, Brownies, Guides, Rangers), the Boys' and Girls' Brigade, the cadet
  forces, Young Farmers, carers' services and groups by whom they serve (Young, Kinship, Foster, Parent Carers),
  independent advocacy services ("X Advocacy"), and youth clubs, hubs, projects and theatres, with a section's number ("1st X Brownies");
  choirs, youth orchestras and brass, silver and pipe bands;
- children's hospices (Together for Short Lives' members), named "X Children's Hospice" (a hospice alone is a public place);
- grassroots sport: a combat sport's club by its sport alone ("Steel City Boxing", "Golden Tiger Karate"), schools and
  academies of dance, ballet, music and theatre ("X School of Dance"); the words that mark a junior or amateur side (Colts, Juniors, JFC, Youth, FC, ABC, RFC, and the
  Gaelic games' GAC, GFC and CLG, as the GAA's clubs name themselves), the
  running clubs' Harriers and Striders, and any named "X Club". Professional clubs (Newcastle United, Sunderland
  AFC) are public, not local;
- community services, by the words they name themselves with: Project, Hub, a Family, Community, Youth,
  Recovery, Wellbeing, Resource, Contact, Learning, Activity or Carers' Centre, Foodbank, Pupil Referral Unit,
  Alternative Provision, toddler, parenting and support groups, Stay and Play, Playgroup; centres named by whom
  they serve or what they offer (Women's, Men's, Young People's, Advice, Drop-in, Day, Counselling Centre) and
  Recovery, Community, Youth, Memory or Wellbeing Cafés; food aid of every kind the Independent Food Aid Network
  names (food bank, pantry, larder, community fridge, kitchen or cupboard, social supermarket);
- a local branch of a national charity, where the name before it is no English word ("Calderdale Women's Aid";
  "Contact Women's Aid" is the national one); Youth Zones;
- firms a parent works for, by their trade as small firms name themselves (Taxis, Private Hire, Motors, Garage,
  Joinery, Builders, Barbers), by the endings Companies House requires of a company's name (Ltd, Limited, LLP, PLC,
  CIC), and by cue: the name after the verb of working for it ("drives a taxi for Hollinwood Cars", "works at
  Gremista Garage", a job or placement with or at; never a first name, a brand, a generic or public place);
- where a young person or a parent and baby live: Foyer, Supported Lodgings or Accommodation, Hostel, Mother and
  Baby Unit; places of worship a family attends (Church and Church Hall, Chapel, Mosque, Masjid, Gurdwara,
  Mandir, Temple, Synagogue, Kingdom Hall, Madrassa, and the free churches' Fellowship, Tabernacle, Assembly,
  Ministries, Pentecostal; Methodist, Baptist and URC after a church's place). A kind's generic words alone ("the Family Hub",
  "Homework Club", "the Catholic Church") name no one place and are left.
Terse notes: the short kinds they write ("Oakfield Pri", "St Brigid's PS", "Kingsway HC", "Moorside High"), after
a name of no English word only, and the name after a label for a kind of place ("GP: Kingsway", "Church: St
Luke's", "Youth club: The Den"; never a single English word: "GP: Seen last week").
By cue, besides: the place a worker is at or from ("the counsellor at the Bluebell Centre", "the support worker
from Pathways"; never a generic service, "Children's Services", "the Leaving Care Team"), and a club said as its name
and its sport after going to it ("goes to Castlefield netball"), and a kind said plainly and then named between
commas ("she goes to church, Victory Outreach, on a Sunday"; never a first name or a title: "at school, Kyle, ..."),
a name and then, after a comma, the kind of place it is ("Heatherbank, a children's home in Fife"), "care at" /
"placement at" before a name, and in lower case a home's "X house/lodge" after a placement cue or before "the
children's home" ("placed at brookfield lodge", "cedar house the childrens home"; never "nans house").
Public places (parks, hospitals, stations, shopping centres, beaches) are never local organisations.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from ...language.dates import WEEKDAYS
from ...language.kinship import KIN_WORDS
from ...language.roles import ROLE_WORDS
from ...language.titles import NAME_TITLES_WRITTEN, RANK_TITLES_WRITTEN
from ..entities import INSTITUTION
from ..lexicon import PUBLIC_PLACE_HEADS, PUBLIC_PLACE_KINDS, TIME_WORDS, is_place, is_protected_word
from ..nlp_engine import is_lower_case_style
from ..text_reads import protected_spans
from .result import make_result
from .person_name_recognizer import first_names, world_names
from .street_address_recognizer import NAMED_STREET
from .trimming import trim_leading
from ..uncased import is_english, name_shaped
from spacy.lang.en.stop_words import STOP_WORDS

# a capitalised word, in any of the UK's languages' letters ("Móna", "Dŵr", "Àird")
_WORD = r"(?-i:(?:St\.?|Saint|RC|CE|C\sof\sE|[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-])+))"
# the small words inside a name: English's, and the articles of Irish, Scottish Gaelic and Welsh ("Gort na Móna",
# "Ysgol y Graig")
_LINK = r"(?:\s(?:of|the|and|&|on|upon|in|na|an|nan|y|yr)\s|\s)"
_KIND = (
    r"(?-i:(?:(?:Primary|Infant|Infants|Junior|First|Middle|High|Secondary|Community|Catholic|"
    r"Church|Special|Grammar|Free|Nursery|Day|Pre)\s)?"
    r"(?:(?:School|Academy)\sof\s(?:Dance|Dancing|Ballet|Performing\sArts|Music|Theatre)|"
    r"School|Academy|College|Nursery|Pre-?[Ss]chool|Children's\sCentre|Childrens\sCentre|Family\sHub|Sure\sStart(?:\sCentre)?|"
    r"Surgery|Medical\sCentre|Medical\sPractice|Health\sCentre|Medical\sGroup|Practice|Primary|(?:and|&)\sPartners|"
    r"Dental(?:\s(?:Practice|Surgery|Care|Centre|Clinic))?|Pharmacy|Chemists?|"
    r"Childcare|Childminding|Childminders|Day\sCare|Daycare|"
    r"Infants|Juniors|House|Lodge|Cottage|Children's\sHome|(?:Care|Nursing)\sHome|Dojo|Refuge|"
    r"Soft\sPlay|Adventure\sPlayground|"
    # carers' services and groups by whom they serve, as they name themselves: young carers, kinship carers (the
    # charity Kinship's local groups), foster carers' associations, parent carers
    r"(?:Young|Kinship|Foster|Parent)\sCarers(?:'?\s(?:Group|Association|Service|Project))?|"
    # independent advocacy services, as they name themselves ("X Advocacy", "X Advocacy Service")
    r"Advocacy(?:\sService)?|"
    r"Squirrels|Beavers|Cubs|Scouts|Explorers|Rainbows|Brownies|Guides|Rangers|(?:Sea\s|Army\s|Air\s)?Cadets|"
    r"Boys'?\sBrigade|Girls'?\sBrigade|"
    r"Choir|Youth\sOrchestra|Brass\sBand|Silver\sBand|Pipe\sBand|"
    # firms, by the endings Companies House requires of a company's name
    r"Ltd|Limited|LLP|PLC|plc|CIC|"
    r"Young\sFarmers|Youth\s(?:Club|Centre|Hub|Project|Theatre|Group|Zone)|Youth\sFootball\sClub|"
    r"Colts|JFC|Harriers|Striders|(?:Football|Cricket|Rugby|Boxing|Swimming|Gymnastics|Dance|Athletics|Running)\sClub|"
    r"Boxing\sGym|"
    # a combat sport's gym or club named by its sport alone after its name ("Steel City Boxing", "Ironstone Youth
    # Boxing", "Golden Tiger Karate"): the combat sports of the Olympic and Commonwealth programmes and the martial arts
    # Sport England funds clubs for
    r"(?:Youth\s)?(?:Boxing|Kickboxing|Judo|Karate|Taekwondo|Jiu[\s\-]Jitsu|Muay\sThai|Wrestling)|"
    r"(?:Dance|Stage|Drama)\sSchool|"
    # a children's hospice (Together for Short Lives' members): a small local charity a few families use for respite,
    # named "X Children's Hospice"; a hospice alone ("X Hospice") is a public place like a hospital
    # (lexicon.PUBLIC_PLACE_KINDS)
    r"Children's\sHospice|"
    # a small firm a parent works for or a child is driven by, named by its trade as such firms name themselves
    r"Taxis|Private\sHire|Motors|Garage|Joinery|Builders|Barbers|Barbershop|"
    # community services, by the words they name themselves with
    r"Project|Hub|(?:Family|Community|Youth|Recovery|Wellbeing|Resource|Contact|Learning|Activity|Carers'?|"
    r"Women's|Womens|Men's|Mens|Young\sPeople's|Advice|Drop-?[Ii]n|Day|Counselling)\sCentre|"
    r"(?:Recovery|Community|Youth|Memory|Wellbeing)\sCaf[eé]|"
    r"Foodbank|Food\sBank|(?:Community\s|Food\s)?(?:Pantry|Larder)|Community\s(?:Fridge|Kitchen|Cupboard)|Social\sSupermarket|"
    # baby banks (the charities that give baby clothes and equipment name themselves "X Baby Bank"), and the NHS's
    # community paediatric units by the name they use, Child Development Centre, and its short form
    r"Baby\sBank|Child\sDevelopment\sCentre|CDC|"
    # where a looked-after child sees their family, as councils name the venues of supervised contact ("X Contact
    # Centre", "X Family Time Centre"), and the independent fostering agencies Ofsted registers, which name themselves
    # "X Fostering" or "X Foster Care"
    r"Family\sTime\sCentre|Fostering|Foster\sCare|"
    r"Pupil\sReferral\sUnit|Alternative\sProvision|Women'?s\sAid|"
    # a disabled child's services by their statutory names: short breaks (the Breaks for Carers of Disabled Children
    # Regulations 2011) and a parent carer forum (the SEND Code of Practice)
    r"Short\sBreaks|Parent\sCarers?'?\sForum|"
    r"(?:Toddler|Parent\sand\sToddler|Parenting|Parents'?|Support|Youth|Women'?s|Men'?s|Mums'?|Dads'?)\sGroup|"
    r"Stay\sand\sPlay|Playgroup|"
    # where a young person or a parent and baby live
    r"Foyer|Supported\sLodgings|Supported\sAccommodation|Supported\sHousing|Hostel|Mother\sand\sBaby\sUnit|"
    # places of worship a family attends
    r"Church\sHall|Church|Chapel|Mosque|Masjid|Gurdwara|Mandir|Temple|Synagogue|Kingdom\sHall|Madrassa|Madrasa|"
    # and the words free churches name themselves with
    r"Fellowship|Tabernacle|Assembly|Ministries|Pentecostal|"
    # and a church named by its denomination after its place, as the Methodist, Baptist and United Reformed churches
    # name their local churches ("Abbey Road Methodist", "Gateshead URC")
    r"Methodist|Baptist|URC|"
    # any named club or amateur side
    r"Club|FC|ABC|RFC|GAC|GFC|CLG|"
    # the short forms terse notes write (a name of no English word before them: "Oakfield Pri", "Kingsway HC")
    r"Pri|Prim|PS|Acad|High|HC|MC))"
)
# the kinds a writer or a recogniser puts in lower case after a capitalised name: schools, nurseries and colleges, GP
# and dental practices, youth clubs, hubs and centres, the centres of _KIND named by whom they serve, sports clubs (a
# side's age or sex before the sport: "Southwick girls football club") and junior sides, food and baby banks (never
# one before the voucher or parcel it gives: "I've given Donna food bank vouchers"), children's homes and places of
# worship
_KIND_WRITTEN_LOWER = (
    r"(?-i:school|nursery|pre-?school|academy|college|surgery|medical\scentre|health\scentre|youth\s(?:club|hub|centre)|"
    r"(?:family|medical|dental)\spractice|(?:family|community|young\speople'?s|children'?s)\s(?:centre|hub)|"
    r"(?:(?:girls'?|boys'?|ladies'?|junior|youth|amateur)\s)?"
    r"(?:football|boxing|swimming|rugby|cricket|gymnastics|dance|netball|athletics)\sclub|"
    # a side's junior section, with the word of its name that marks a side ("Scarborough athletic juniors")
    r"(?:(?:athletic|wanderers|united|rovers|town|city|albion|celtic|rangers|county)\s)?(?:juniors|colts)|"
    r"youth\sproject|(?:food|baby)\sbank(?!\s(?:vouchers?|parcels?|referrals?|tokens?))|"
    r"children's\shome|church|mosque|gurdwara)"
)
_SHORT_KIND = re.compile(r"(?:Pri|Prim|PS|Acad|High|HC|MC)$")
# a terse note's label for a kind of place, and the name after it: "GP: Kingsway", "Church: St Luke's", "Youth club -
# The Den"
_LABEL = re.compile(
    r"(?:^|(?<=[\n\-•*;(]\s)|(?<=[\n•*;(]))\s*(?i:school|sch|nursery|gp|church|mosque|chapel|youth\sclub|club|food\sbank|"
    r"football|placement|children's\shome|ch\.\shome|dentist|college|contact\scentre|hub|group|"
    # round eleven: what a child attends, respite and counselling as terse notes label them
    r"attends|respite|short\sbreaks|counselling|activities|after\sschool|holiday\sclub)\s?[:\-–]\s"
    r"(?P<name>(?:The\s)?(?:St\.?\s)?[A-Z][a-zA-Z'’\-]*(?:\s(?:St\.?|[A-Z][a-zA-Z'’\-]*)){0,3})",
    re.M,
)
_NATIONAL_KIND = re.compile(r"(?i:women'?s\said)")
_POSSESSOR = re.compile(r"^[\w-]+['’]s\s+[a-z]")  # "Tom's school", "Mum's church": someone's, not a name
# a named GP practice, or a school by its phase, in lower case: every phase England's and Wales's school
# statistics name a school by (DfE "phase of education": nursery, primary, infant, junior, first, middle, secondary,
# high, upper) with "school" after it ("marden bridge middle school")
_SCHOOL_PHASE = r"(?:primary|infant|infants|junior|first|middle|secondary|high|upper|nursery)\sschool"
_LOWER_KIND = rf"(?:surgery|medical\scentre|health\scentre|medical\spractice|{_SCHOOL_PHASE})"
# all-lower-case dictation: the same kinds, each after the one or two words that name it ("pool youth hub")
_LOWER_STYLE_KIND = re.compile(
    r"\b(?:youth\s(?:club|hub|centre|project)|family\s(?:hub|centre)|children'?s\s(?:centre|home)|project|foodbank|"
    r"(?:football|boxing|swimming|gymnastics|rugby|cricket|sailing|dance|running)\sclub|juniors|colts|fc|abc|"
    r"mosque|masjid|church\shall|church|gurdwara|foyer|supported\slodgings|recovery\scentre|community\s(?:hub|centre)|"
    r"(?:toddler|parenting)\sgroup|sea\scadets|army\scadets|scouts|brownies|guides|cubs|beavers|rainbows|"
    # the cased kinds added for clean text (issue 19, clean9), in lower case: GP groups and practices, cafés and
    # zones for young people and for recovery, food aid, women's and men's centres and groups, mums' groups, a
    # sixth form, and a local branch of Women's Aid ("calderdale women's aid")
    r"medical\sgroup|medical\spractice|health\scentre|medical\scentre|youth\s(?:cafe|café|zone)|"
    r"(?:recovery|community)\s(?:cafe|café)|(?:community\s|food\s)?(?:pantry|larder)|community\s(?:fridge|kitchen)|baby\sbank|"
    r"(?:women'?s|men'?s)\s(?:centre|group|circle|project)|(?:mums'?|mothers'?|dads'?)\sgroup|sixth\sform(?:\scollege)?|"
    r"women'?s\said|"
    # round eleven's service kinds said after a name (refuges, holiday and breakfast clubs, playschemes, soft plays,
    # adventure playgrounds, dojos): "little rascals holiday club", "safe harbour refuge"
    r"(?:holiday|breakfast|after\sschool)\sclub|play\s?scheme|soft\splay|adventure\splayground|refuge|dojo|"
    # the schools' and clubs' own kinds, said without "school": "treslothan primary", "kingfisher club"
    r"primary|infants|nursery|academy|college|learning\scentre|club|hub|stay\sand\splay)\b"
)
# all-lower-case dictation: the side or club after the verb of playing or training for it ("plays for illogan
# rovers", "boxes at foundry abc"), up to three words, which must hold one that is no English word
_LOWER_SPORT_CUE = re.compile(
    r"\b(?:(?:play(?:s|ed|ing)?|sign(?:s|ed)?)\s(?:[a-z]+\s)?for|(?:boxes|boxing|trains?|training|swims?|swimming)\s"
    r"(?:at|with|for)|member\sof|attends|attended|attending)\s(?P<name>[a-z][a-z'’\-]*(?:\s[a-z][a-z'’\-]*){0,2})"
)
_LOWER_SCHOOL_END = re.compile(rf"\s{_SCHOOL_PHASE}$")
_LOWER_SAINT = re.compile(r"\b(?:st|saint)\s+$")
_LOWER_NAME_WORD = re.compile(r"([a-z][a-z'’\-]+)\s+$")
_NAME = r"(?-i:[A-Z][a-zA-Z'’\-]+)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# cue-anchored: the name after "plays for", "the coach at", or "goes to X on a Tuesday"
_CUED = [
    re.compile(rf"\b(?:play(?:s|ed|ing)?|sign(?:s|ed)?)\s(?:\w+\s)?for\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"),
    re.compile(rf"\b(?:coach|coaches|manager|leader|leaders|captain)\s(?:at|of|from)\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"),
    # "trains with Tyne Valley Harriers", "swims at Kestrel Bay", "a member of Castle Vale Panthers"
    re.compile(rf"\b(?:trains?|training|swims?|swimming|dances?|dancing|boxes|boxing|rides|riding|sails|sailing|"
               rf"sings|singing|member)\s(?:with|at|of|for)\s(?:the\s)?(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"),
    re.compile(rf"\b(?:at|to|for)\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})\s(?:on\s(?:a\s)?{_DAY}s?|every\s{_DAY})"),
    # round twelve: the same in a terse note, which writes the days short ("Tia at Busy Otters Mon-Weds am",
    # "at Oak Tree Farm Tues/Thurs", and round twenty-four's "goes to Shed Talk Thurs nights")
    re.compile(rf"\b(?:at|to)\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})\s(?=(?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)"
               r"(?:[\-–/](?-i:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)|\s(?:am|pm|mornings?|afternoons?|evenings?|nights?)\b))"),
]
# round twenty-four: a group named as held at a community building, the buildings groups meet in (a youth,
# children's, community, family, leisure, sports, village, church or parish centre, club, hall or hub, a library):
# "goes to Friday Lot at the youth centre", "takes them to Busy Bodies at the children's centre"; a name that names
# one place, two or three words (one word is as often an activity: "Zumba at the leisure centre"; ``_proper``: never a
# generic section or kind)
_HELD_AT_A_VENUE = re.compile(
    rf"\b(?:at|to)\s(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})\s(?:at|in)\s(?:the|a)\s(?:(?:local|new|old)\s)?"
    rf"(?:(?i:youth|children['’]?s|community|family|leisure|sports?|village|church|parish)\s(?i:centre|center|club|hall|hub)"
    rf"|(?i:library))\b")
# round twelve: a school or nursery named by its kind first, as Welsh-, Gaelic- and Irish-medium ones are on the
# Welsh Government's, Scottish Government's and Northern Irish schools lists (Ysgol, Ysgol Gynradd/Uwchradd, Cylch
# Meithrin, Meithrinfa; Sgoil, Bun-sgoil, Àrd-sgoil, Sgoil-àraich; Gaelscoil, Bunscoil, Scoil, Coláiste,
# Gaelcholáiste, Naíscoil): the kind and up to four words after it that name it ("ysgol bryn y mor", "Ysgol Gymraeg
# Llanfair"), up to a stop, never-redact or time word, or, in cased text, a lower-case word. Round twenty-four: so are
# the places of worship named by their kind first, a mosque as Masjid or Jamia Masjid and a gurdwara as Gurdwara
# ("Masjid Al-Furqan", "Gurdwara Sri Guru Nanak"), as the Charity Commission's register names them
_KIND_FIRST_SCHOOL = re.compile(
    r"\b(?i:ysgol(?:\s(?:gynradd|uwchradd|feithrin))?|cylch\smeithrin|meithrinfa|sgoil(?:-?\s?[àa]raich)?|bun-?\s?sgoil|"
    r"[àa]rd-?\s?sgoil|gaelscoil|gaelchol[áa]iste|bunscoil|na[íi]scoil|scoil|col[áa]iste|(?:jamia\s)?masjid|gurdwara)\s"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){0,3})"
)
# all-lower-case dictation: a school said by one word and "high" after going to it ("goes to castlebrae high", "at
# brookfield high"); the word is no stop, never-redact or generic word ("at a high", "is at very high")
_LOWER_HIGH = re.compile(r"\b(?:at|to|attends|attending|attended|starts|started)\s(?P<name>[a-z][a-z'’\-]+\shigh)\b")
# what a child goes to on a weekly pattern: "at Treetops every morning", "goes to Little Puffins three mornings a
# week" (never a generic word: "Breakfast Club every morning")
_WEEKLY = re.compile(rf"\b(?:at|to)\s(?P<name>{_NAME}(?:\s{_NAME}){{0,2}})\s(?:every\s(?:morning|afternoon|evening|"
               rf"weekday|week|weekend)|(?:one|two|three|four|five|\d)\s(?:mornings|afternoons|days|sessions|times)"
               rf"\s(?:a|per)\sweek)\b")
# one capitalised word after "the", before a weekly day: a place known by its own name ("goes to the Bridge on
# Tuesdays", "at the Haven every Thursday"); never a kind, a generic or public word ("the Hub", "the Library"), nor
# where one learns, works or prays, a sport or pastime, or Scouting's and Girlguiding's sections (national movements)
_THE_ONE_WORD_WEEKLY = re.compile(
    rf"\b(?:at|to)\sthe\s(?P<name>(?-i:[A-Z][a-z'’\-]+))\s(?:on\s(?:a\s)?{_DAY}s?|every\s{_DAY})"
)
_GENERIC_KINDS = frozenset(
    """
    hub club centre center group gym church chapel mosque masjid mandir madrassa madrasa temple gurdwara synagogue school
    nursery college academy
    surgery clinic practice hospital library pool baths park market shop shops office unit ward project cafe café
    pub hall playgroup foodbank pantry larder refuge hostel home house cinema theatre
    rec prom seafront front beach coast river woods allotment allotments field fields common green moor match game
    pictures flicks
    university work town bed court training
    football rugby cricket netball hockey swimming dance dancing ballet boxing gymnastics karate judo taekwondo drama music
    scouts cubs beavers explorers brownies guides rainbows mass service services prayers worship
    """.split()
)
# a name with its kind after it in brackets: "St Aldric's (Catholic church)", "Little Puffins (nursery)"
_BRACKETED_KIND = re.compile(
    rf"(?-i:(?<![\w'’])(?P<name>(?:St\.?\s)?[A-Z][a-zA-Z'’\-]*(?:\s(?:of\s|the\s)?[A-Z][a-zA-Z'’\-]*){{0,3}}))\s\("
    r"(?i:(?:[a-z'’\-]+\s){0,3}(?:church|chapel|mosque|gurdwara|temple|mandir|synagogue|nursery|pre-?school|school|"
    r"academy|college|club|surgery|practice|gp|charity|refuge|hub|group|project|food\s?bank|pantry|soft\splay|"
    r"playgroup|children'?s\shome|unit|hostel|foyer|centre|service|drop-in|provision))\)"
)
# a place's own people after its name: "Little Acorns staff said", "Rainbow Corner workers noticed"; never a
# statutory or NHS team named by what it does (``_TEAM_WORDS``: "the Leaving Care team", "Health Visiting staff")
_NAME_THEN_STAFF = re.compile(
    rf"(?-i:(?<![\w'’])(?P<name>{_NAME}(?:\s{_NAME}){{0,2}}))\s(?:staff|workers|volunteers|practitioners|key\sworkers?|"
    r"manager|leaders|coaches)\b"
)
# what councils' and the NHS's own teams and services are named by (their function), never a local place's name
_TEAM_WORDS = frozenset(
    """
    health visiting mental care leaving duty intake assessment safeguarding fostering adoption housing education
    social services children's childrens adult adults edge family intervention support disability disabilities
    therapy speech language occupational nursing midwifery midwife emergency court legal probation youth justice
    offending exploitation missing substance drug alcohol recovery domestic abuse violence early help virtual school
    hospital ward clinic team unit office council authority agency department police nhs camhs
    """.split()
)
# a junior side by its age group: "Wrenfield Girls U12s", "Ashgate Vale under 11s"
_AGE_GROUP_SIDE = re.compile(
    rf"(?-i:(?<![\w'’])(?P<name>{_NAME}(?:\s{_NAME}){{0,2}}))\s(?:U|u|[Uu]nder[\s-]?)\d{{1,2}}'?s?\b"
)
_HOSPITAL_SHORT = frozenset(("general", "royal"))
# a person's first name (and surname) then "of" at the start of a name found by its kind: who works there, not the
# organisation's name ("Gemma Rowell of Tynebank Advocacy"; "Duke of York House" has no first name first)
_PERSON_OF = re.compile(r"(?P<first>[A-Z][a-z]+)(?:\s[A-Z][\w'’\-]+)?\sof\s(?=[A-Z])")
# the words after a side's own name that say who plays in it ("Wrenfield Girls U12s")
_SIDE_SECTIONS = frozenset("girls boys youth ladies juniors".split())
# a numbered Scout, Guide or Brigade group: "Cubs at 2nd Hollybank", "3rd Oxley Beavers" (the section kinds take
# the last form); the name after the ordinal is no English, time or street word
_MONTH_SHORT = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec".split())
_NUMBERED_GROUP = re.compile(rf"(?-i:\b(?P<name>\d{{1,2}}(?:st|nd|rd|th)\s{_NAME}(?:\s{_NAME})?))\b")
# ...named beside its section: the section just before ("Cubs at 2nd Hollybank") or after it; a numbered word with
# no section near is most often a reading of a chart or a list ("the 25th Centil", the recogniser's "centile")
_SECTION = re.compile(r"\b(?:squirrel|beaver|cub|scout|explorer|rainbow|brownie|guide|ranger|cadet|brigade|troop|pack|"
                      r"colony|unit|group)s?\b", re.IGNORECASE)
# an organisation takes a plural verb in British English: "help from Pathfinders, who run a parenting course"
_WHO_RUN = re.compile(
    rf"(?-i:\b(?:from|at|with|by|to)\s(?:the\s)?(?P<name>{_NAME}(?:\s{_NAME}){{0,2}}),\swho\s"
    r"(?:run|provide|offer|deliver|support|are|have|help)\b)"
)
# where a child lives or is placed, and the practice a family is registered with, name the place even without its
# kind ("placed at Brambles", "lives at the Beeches", "registered with Riverside"): one to three capitalised words
# after the cue, a single word only where it is not an English word
_PLACED_CUED = re.compile(
    rf"\b(?:(?:lives|living|lived|placed|staying|stays|moved\sin|care|placement|respite|secure)\sat|"
    rf"registered\s(?:with|at)|"
    rf"(?:home|unit|placement|hostel|club|group|church|mosque|practice|surgery|charity|project|service|centre|nursery|"
    rf"playgroup|cafe|café|organisation|hub|refuge|scheme)\s(?:called|named)|"
    # "the charity Safe Spaces", "a local organisation, Open Arms": the kind said first, the name straight after
    rf"(?:the|a|local)\s(?:local\s|small\s)?(?:charity|organisation)\s?,?)\s(?:the\s)?"
    rf"(?P<name>{_NAME}(?:\s{_NAME}){{0,2}})"
)
# all-lower-case dictation: "goes to aelwyd aber on thursdays", the cased "at X on a Tuesday" rule's lower-case form,
# with a weekly day ("on thursdays", "every thursday"): a trip "to great yarmouth on saturday" is to a town
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# all-lower-case dictation: a saint's name after going to it is a church or a school ("youth club at st marys",
# "goes to st aidans"); a street or public place ("st james park", "st johns road") ends in its kind and is left
_LOWER_SAINT_CUE = re.compile(r"\b(?:at|to|from|attends|attending)\s(?P<name>(?:st|saint)\s[a-z]+(?:'s|’s|s)?)\b")
# cased text: a saint's name in the possessive after going to it ("is in Year 4 at St Joseph's", "goes to Saint
# Mary's"): how churches and the schools named after them are called in the UK, the kind word left unsaid
_SAINT_CUE = re.compile(r"\b(?:at|to|from|attends|attending|attended)\s(?P<name>(?-i:(?:St\.?|Saint)\s[A-Z][a-z]+(?:'s|’s|s'|s’)))(?!\w)")
_LOWER_SAINT_AFTER = re.compile(r"(?:\s[a-z]+){1,2}")
_SAINT_AFTER = re.compile(r"(?:\s[A-Za-z]+){1,2}")
_PLACE_AFTER_SAINT = frozenset("town city road street lane way avenue close drive terrace crescent place".split())
_LOWER_DAY_CUE = re.compile(
    rf"\b(?:at|to|for)\s(?P<name>[a-z][a-z'’\-]*(?:\s[a-z][a-z'’\-]*){{0,2}})\s(?:on\s{_DAYS}s|every\s{_DAYS}|"
    # round twelve: "on a friday" is as weekly as "on fridays" in British English ("goes to kirkgate wanderers on a friday")
    rf"on\sa\s{_DAYS})\b"
)
# the adjectives of the Christian denominations that name UK churches (Catholic, Methodist, Baptist, Anglican,
# Pentecostal, Evangelical, Orthodox, Reformed, Congregational, Presbyterian, Apostolic, Episcopal, Adventist): in
# lower-case text, between a church's own name and its kind ("brannoch evangelical church"); alone they name no one
# church ("the catholic church")
_DENOMINATIONS = frozenset(
    "catholic methodist baptist anglican pentecostal evangelical orthodox reformed congregational presbyterian "
    "apostolic episcopal adventist".split()
)
# a worker "at" or "from" a named place works for it: "the counsellor at the Bluebell Centre", "the support worker
# from Pathways", "her key worker at Kinmel Court"; one to three words, the last no generic word of a public service
_ROLE_AT = re.compile(
    r"\b(?i:worker|workers|counsellor|counsellors|nurse|teacher|coach|leader|leaders|manager|officer|adviser|advisor|"
    r"volunteer|volunteers|staff|tutor|mentor|keyworker|therapist|practitioner|mentors|"
    # round twelve: a school's own posts ("his head of year at Bryn Celyn", "the SENCO at Brynmawr")
    r"head\sof\syear|headteacher|head\steacher|senco|sendco)\s(?:(?:is|was|are|were)\s"
    r"(?:based\s)?)?(?:at|from)\s(?:the\s)?"
    r"(?P<name>[A-Za-z][a-zA-Z'’\-]*(?:\s[A-Za-z][a-zA-Z'’\-]*){0,2})"
)
_SERVICE_WORDS = frozenset(
    """
    services service team teams department council authority trust unit office ward home school college university
    police agency hospital project nhs camhs housing community family children's social care practice surgery
    """.split()
)
# a parent's employer after the verb of working for it: "drives a taxi for Hollinwood Cars", "works at Gremista
# Garage", "a job with Tamar Scaffolding", "a placement at Carse Motor Repairs"; lower case "drives for black country cabs"
_EMPLOYER = re.compile(
    r"\b(?i:works?|working|worked|job|jobs|drives|driving|drove|apprenticeship|employed|shifts|placement)"
    r"(?:\s(?:a|an)\s[a-z]+)?\s(?:at|for|with)\s(?:the\s)?"
    r"(?P<name>[A-Za-z][a-zA-Z'’\-]*(?:\s[A-Za-z][a-zA-Z'’\-]*){0,3})"
)
# one attends an institution: "Dad attends Aspire Wellbeing on a Monday", "Mum is attending Freedom Pathways"; its name
# may hold "for", "to" or "of" before a capitalised word (round twelve: "has been attending Room to Grow"; "and" joins
# two things attended: "attends Mosque and Madrassa")
_ATTENDS = re.compile(
    r"\b(?:attends|attending|attended)\s(?:the\s)?(?P<name>[A-Z][a-zA-Z'’\-]*(?:\s(?:(?:for|to|of)\s)?[A-Z][a-zA-Z'’\-]*){0,2})"
)
# a club named by its place or its own name and its sport, after going to it: "goes to Castlefield netball",
# "has started at rushden boxing", "does judo at Sakura Judo"
_SPORTS = (
    r"netball|football|rugby|boxing|judo|karate|gymnastics|swimming|dance|dancing|cheer|cheerleading|camogie|hurling|"
    r"shinty|hockey|cricket|athletics|taekwondo|kickboxing|ballet|majorettes|wrestling|climbing|cycling|tennis|"
    r"basketball|badminton|archery|fencing|rowing|sailing|diving|trampolining|skating"
)
# a sport in lower case after a side's name, not after a word that joins it into the name ("Academy of Dance")
_SPORT_AFTER_NAME = re.compile(rf"(?<!\bof)(?<!\band)(?<!&)(?<!\bfor)(?<=\S)\s+(?:{_SPORTS})$")
_SPORT_CUE = re.compile(
    rf"\b(?i:goes|go|going|went|started|starts|joined|joins|attends|attended|attending|training|trains)\s(?:back\s)?(?:to|at|with)\s"
    rf"(?P<name>[A-Za-z][a-zA-Z'’\-]*(?:\s[A-Za-z][a-zA-Z'’\-]*)?)\s(?P<sport>(?i:{_SPORTS}))\b"
    rf"|\b(?i:{_SPORTS})\s(?i:at|with)\s(?P<name2>[A-Z][a-zA-Z'’\-]*(?:\s[A-Z][a-zA-Z'’\-]*)?\s(?i:{_SPORTS}))\b"
    # ... and a side of two or three capitalised words after its sport and "at", "with" or "for": "rugby at Hindpool
    # Hawks on a thursday", "netball for Castle Vale Comets"
    rf"|\b(?i:{_SPORTS})\s(?:at|with|for)\s(?P<name3>[A-Z][a-zA-Z'’\-]*(?:\s[A-Z][a-zA-Z'’\-]*){{1,2}})\b(?!\s[A-Z])"
)
# (a _CUED rule written here, after the sports) "plays football Sundays with Saltwell Lions": the sport and when
# between the verb and the side
_CUED.append(re.compile(rf"(?i:\bplay(?:s|ed|ing)?\s(?:{_SPORTS})\s(?:(?:on\s)?{_DAY}s?\s)?(?:with|for)\s)"
                        rf"(?P<name>{_NAME}(?:\s{_NAME}){{1,2}})"))
# a kind of place said plainly and then named between commas: "she goes to church, Victory Outreach, on a Sunday",
# "the nursery, Little Explorers, said"
_APPOSITIVE_KIND = re.compile(r"church|chapel|mosque|gurdwara|temple|nursery|school|club|gym|group|surgery|practice|gp|"
                               r"doctors|food\sbank|foodbank|college|academy|hostel|placement|home")
_APPOSITIVE = re.compile(
    r"\b(?i:church|chapel|mosque|gurdwara|temple|nursery|school|club|gym|group|surgery|practice|gp|doctors|youth\sclub|"
    r"food\sbank|foodbank|college|academy|hostel|placement|children's\shome)\s?,\s"
    r"(?P<name>(?:St\.?\s)?[A-Z][a-zA-Z'’\-]*(?:\s(?:of\s|the\s|and\s)?[A-Z][a-zA-Z'’\-]*){0,3})\s?[,.;]"
)
# a name, then what kind of place it is, after a comma: "Heatherbank, a children's home in Fife", "Orchard View, a
# semi-independent unit"; in lower case, "cedar house the childrens home"
_KIND_AFTER = (
    r"(?:children'?s\shome|residential\shome|home|unit|placement|hostel|foyer|refuge|charity|project|nursery|"
    r"school|club|practice|surgery|centre|group|service|drop-in|provision|playgroup|soft\splay|counselling|"
    # and where a child trains or plays, and a parents' or carers' forum
    r"gym|team|academy|forum)"
)
# a capitalised name, then in lower case the kind of service it is, where the kind is one a family attends or stays
# at and never a public place: refuges, counselling, holiday, breakfast and after-school clubs, playschemes,
# adventure playgrounds, soft plays, dojos, care and nursing homes, community food aid, drop-ins, peer support and
# toddler groups ("Safe Harbour refuge", "Bright Minds counselling", "Oakdale adventure playground"); the name is
# up to three capitalised words, none a never-redact, time or generic word
_SERVICE_KIND_LOWER = (
    r"refuge|counselling|mentoring|advocacy|befriending|(?:holiday|breakfast|after[\s-]school|homework|lunch)\sclub|play\s?scheme|"
    r"stay\sand\splay|toddlers|"
    r"adventure\splayground|soft\splay|dojo|(?:care|nursing|residential)\shome|"
    r"community\s(?:pantry|larder|fridge|kitchen|cupboard)|food\s(?:bank|pantry|larder)|foodbank|drop-in|"
    r"(?:peer\s)?support\sgroup|toddler\sgroup|young\scarers(?:\sgroup|\sservice)?|family\scentre|"
    # a bare "group" or "cafe" names a place only after two words or one that is no English word ("Sure Steps group";
    # "the Polish group", "Reading group" stay)
    r"group|cafe|café"
)
_BARE_KINDS = frozenset(("group", "cafe", "café"))
_NAME_THEN_SERVICE_KIND = re.compile(
    rf"(?-i:(?<![\w'’])(?P<name>(?:St\.?\s)?[A-Z][a-zA-Z'’\-]*(?:\s[A-Z][a-zA-Z'’\-]*){{0,2}})\s(?P<kind>{_SERVICE_KIND_LOWER}))\b"
)
_NAME_THEN_KIND = re.compile(
    rf"(?-i:\b(?P<name>(?:St\.?\s)?[A-Z][a-zA-Z'’\-]*(?:\s[A-Z][a-zA-Z'’\-]*){{0,2}})),\s(?:a|an)\s"
    rf"(?:[a-z'’\-]+\s){{0,4}}?(?i:{_KIND_AFTER})\b"
)
# the same after a preposition, with "the": "support from Starfish, the local domestic abuse service"; only a
# service's kinds, and the name must follow "from/at/to/with/by" so that "Overall, the service ..." stays
_NAME_THEN_THE_KIND = re.compile(
    rf"(?-i:\b(?:from|at|to|with|by|attends|attended|attending)\s(?P<name>[A-Z][a-zA-Z'’\-]*(?:\s[A-Z][a-zA-Z'’\-]*){{0,2}})),"
    rf"\sthe\s(?:[a-z'’\-]+\s){{0,4}}?(?i:service|charity|project|refuge|drop-in|provision|group)\b"
)
# round twelve (clean text): an organisation is named by what it is to the family, the relation a case note records
# between a family and a body outside it: being supported, helped, advised, counselled or mentored by it, having
# sessions or a course with it, owing it (arrears, debts, a tenancy), getting parcels or grants from it, working (or
# being "on nights") at it, volunteering or playing for or with it ("support from Larkspur Young Families", "rent
# arrears with Calderbrook Homes", "sessions with Room to Breathe", "works part time at Hollybush Bakery"). The
# relation word comes first, at most four lower-case words before the preposition. The name is its capitalised
# words, which may be joined by "and", "&", "for", "to" or "of" where a capitalised word follows ("Space for You",
# "Rigby and Marsh Joinery"), never where a family word, first name or title follows ("Stagecoach and Mum works").
# It is never a person (a first name, title or family word first), a town, a public place, a body that is never
# redacted, a council's or the NHS's own team named by its function ("support from Leaving Care"), a national body
# (``_NATIONAL_FIRST``), a utility (``_UTILITY_KINDS``), someone's ("help from Kyle's mum"), or one word unless a
# capitalised "The" comes before it ("help from Pathways", "volunteers at Oxfam", "sessions with CAMHS"; "been to
# The Lantern").
_LINKED_NAME = r"(?-i:(?:The\s)?[A-Z][a-zA-Z'’\-]*(?!\w)(?:\s(?:(?:and|&|for|to|of)\s)?[A-Z][a-zA-Z'’\-]*(?!\w)){0,4})"
# the words of time that end a name's run ("Busy Otters Mon-Weds", "Hollybush Bakery Sat", "cylch meithrin glan y mor
# mornings")
_TIME_WORD = re.compile(r"(?i:(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?s?|(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)"
                        r"[\-–/].*|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
                        r"july|august|september|october|november|december|am|pm|mornings?|afternoons?|evenings?|nights?|weekends?|"
                        r"today|tomorrow|yesterday|weekly|daily)")
_RELATION = (
    r"support|supported|supporting|help|helped|helping|advice|advised|counselling|counselled|therapy|mentoring|"
    r"mentored|sessions?|course|classes|arrears|debts?|owes|owed|tenancy|parcels?|vouchers?|grant|"
    r"works|working|worked|job|apprenticeship|placement|volunteers|volunteering|plays|played|playing|"
    r"on\s(?:nights|days|shifts|earlies|lates)"
)
_SERVICE_RELATION = re.compile(
    rf"\b(?i:{_RELATION})(?:\s[a-z][a-z\-]*){{0,4}}?\s(?:from|by|with|at|for)\s(?P<name>{_LINKED_NAME})"
)
# ... and a place gone to for what it gives or teaches: "has been to The Lantern for a food parcel", "goes to Studio
# Twelve for street dance" (a service or a sport after "for"; a trip "to Skegness for the day" names a town)
_GONE_TO_FOR = re.compile(
    rf"\b(?:to|at)\s(?P<name>{_LINKED_NAME})\sfor\s(?:(?:a|an|her|his|their|some)\s)?(?:[a-z][a-z\-]*\s)?"
    r"(?i:parcels?|advice|help|support|counselling|lessons|classes|sessions|training|practice|"
    r"netball|football|rugby|boxing|judo|karate|gymnastics|swimming|dance|dancing|cheer|ballet|drama|singing|music)\b"
)
# ... and a side named with its sport and the word for a side: "the Ashvale Hornets basketball squad"
_SIDE_OF_SPORT = re.compile(
    r"(?-i:(?<![\w'’])(?P<name>[A-Z][a-zA-Z'’\-]*(?:\s[A-Z][a-zA-Z'’\-]*){1,2}))\s"
    r"(?i:netball|football|rugby|basketball|hockey|cricket|hurling|camogie|shinty|volleyball|handball|water\spolo|"
    r"five-a-side|futsal|lacrosse|baseball|softball)\s(?i:squad|team|side)\b"
)
# ... and the service a worker refers or signposts someone to ("I have referred Mum to Bright Horizons Family Support",
# "signposted to Moving On Together"); a national programme or course ("the Freedom Programme") is no local body
_REFERRED = re.compile(
    rf"\b(?i:referred|referral|refer|refers|referring|signposted|signposting)(?:\s[\w'’\-]+){{0,3}}?\sto\s(?:the\s)?"
    rf"(?P<name>{_LINKED_NAME})"
)
# ... and a body that does for the family what only an organisation is said to do, with the plural verb British
# English gives a body ("Bright Futures have been supporting Mum", "Tyneside Carers Network have offered Nan a break")
_PLURAL_SERVICE = re.compile(
    rf"(?<![\w'’])(?P<name>{_LINKED_NAME})\s(?:have|are|were)\s(?:been\s|now\s|also\s|kindly\s)?"
    r"(?:supporting|supported|helping|helped|offered|agreed|provided|providing|arranged|working\swith|funded|funding)\b"
)
# all-lower-case dictation: the same relation words and referral, then two to four words of which one is no English
# word ("gets support from penhallow young carers", "referred him to kernow compass"); one word alone may be a person
_LOWER_RELATION = re.compile(
    rf"\b(?:{_RELATION}|referred|referral|signposted)(?:\s[a-z][a-z\-]*){{0,3}}?\s(?:from|by|with|at|for|to)\s(?:the\s)?"
    r"(?P<name>[a-z][a-z'’\-]*(?:\s[a-z][a-z'’\-]*){1,3})"
)
# the last words of what a case is referred to that is a process or a programme, not a body ("the Freedom Programme",
# "Legal Gateway", "Channel Panel", "the Initial Child Protection Conference"), as the statutory guidance names them
_PROGRAMME_WORDS = frozenset("programme program course gateway panel conference meeting outline plan assessment review "
                             "order hearing court".split())
_RELATION_LINKS = frozenset(("and", "&", "for", "to", "of"))
# the forms of "be", "have" and "do", the modals and the verbs of saying, which take a subject before them
_CLAUSE_VERB = re.compile(r"\s+(?:is|was|has|had|have|are|were|does|did|will|would|can|could|should|might|must|said|says|"
                          r"told|tells)\b")
# a body named first by the United Kingdom or one of its four nations, or as national or royal, serves the nation,
# not one place ("arrears with British Gas", "Scottish Power", "Welsh Water", "National Grid", "Royal Mail")
_NATIONAL_FIRST = frozenset("british english scottish welsh irish northern uk national royal great".split())
# the kinds of the regulated utilities and public transport operators a household pays or travels with, as Ofwat,
# Ofgem, Ofcom and the Office of Rail and Road name them (water, gas, electricity, energy, power, telecoms, broadband,
# rail, trains, buses, trams): a regional company, never a local place ("arrears with Northumbrian Water")
_UTILITY_KINDS = frozenset("water gas electric electricity energy power telecom telecoms broadband rail railway trains "
                           "buses bus trams metro".split())
_LOWER_HOME_THEN_KIND = re.compile(
    rf"\b(?P<name>[a-z][a-z'’\-]+\s(?:house|lodge|court|view|hall|grange|cottage))\s(?:the|a)\s"
    rf"(?:[a-z'’\-]+\s)?(?:children'?s\shome|residential(?:\shome|\sunit)?|unit|home|placement)\b"
)
_LOWER_HOME_AFTER_CUE = re.compile(
    r"\b(?:placed|living|lives|lived|staying|stays|moved)\s(?:at|to|into)\s(?P<name>[a-z][a-z'’\-]+\s(?:house|lodge))\b"
)
_STREET_TYPES = re.compile(NAMED_STREET.pattern + "$")
_TITLES_LOWER = frozenset(t.lower().rstrip(".") for t in NAME_TITLES_WRITTEN + RANK_TITLES_WRITTEN)
_NOT_A_NAME = {
    "the", "a", "an", "at", "to", "her", "his", "their", "my", "our", "your", "this", "that",
    "local", "new", "old", "went", "goes", "go", "from", "primary", "secondary", "high",
    "nursery", "school", "and", "same", "next", "last", "other", "special",
    "in", "on", "after", "before", "breakfast", "forest", "sunday", "she", "he", "they",
    "gp", "gp's", "doctors", "doctor's", "dental", "dentist", "own", "usual", "local", "baby", "weekly", "ring", "rang",
    "with", "for", "is", "was", "about", "called", "of", "by", "into",
    # the generic words before a kind ("the Family Hub", "Homework Club", "the Catholic Church") name no one place
    "family", "community", "youth", "homework", "holiday", "kids", "lunch", "book", "art", "chess", "film", "lego",
    "sports", "toddler", "parent", "parents", "parenting", "support", "catholic", "methodist", "baptist", "anglican",
    "pentecostal", "evangelical", "orthodox", "parish", "football", "cricket", "rugby", "boxing", "swimming",
    "golf", "tennis", "netball", "hockey", "gym", "judo", "karate", "drama", "music", "craft", "coding", "sixth", "form",
    "after", "school", "night", "social", "private", "sports",
    "women's", "womens", "men's", "mens", "advice", "day", "counselling", "dental", "memory", "wellbeing", "food",
    "young", "people's", "drop-in", "boys", "boys'", "girls", "girls'", "brass", "silver", "pipe", "church",
    # the styles a combat sport is named by ("Olympic Boxing", "Thai Boxing", "Kick Boxing"), which name no club
    "olympic", "thai", "kick", "mixed", "martial", "freestyle", "brazilian", "japanese",
} | KIN_WORDS | frozenset(WEEKDAYS) | frozenset(d + "s" for d in WEEKDAYS)
# a family word, as language.kinship lists them, starts no institution's name ("mum Bede Primary"), nor does a day
# ("on Tuesdays and Kirsty Dowd School of Dance")


# the words of a side's name that are also never-redact words on their own ("wisbech town colts")
_SIDE_WORDS = frozenset("town city united county rovers athletic".split())
_STOP = _NOT_A_NAME | {"get", "got", "been", "back", "went", "going", "the", "a", "her", "his", "their", "our",
                       # the verbs of going somewhere, before a place's kind: "attends church", "joined cubs"
                       "attends", "attended", "attending", "visits", "visited", "joined", "joins", "started", "starts",
                       "plays", "played", "left", "leaves", "loves", "likes", "misses", "enjoys", "hates"}


class InstitutionRecognizer(PatternRecognizer):
    """"Bede Primary School", "St Mary's RC Primary", "Little Acorns Nursery",
    "Elm Road Surgery", "Saltwell Medical Centre". Lower-case "the school" is left alone."""

    PATTERNS = [
        # a numbered section or troop ("1st Tupsley Brownies", "12th Aberdeen Boys' Brigade") keeps its number
        Pattern("Named institution", rf"\b(?:\d{{1,3}}(?:st|nd|rd|th)\s)?{_WORD}(?:{_LINK}{_WORD}){{0,3}}\s{_KIND}\b", 0.75),
        # a capitalised name with its kind in lower case: "Kingfisher nursery", "St Anne's school"
        Pattern("Named institution (kind in lower case)", rf"\b{_WORD}(?:{_LINK}{_WORD}){{0,2}}\s{_KIND_WRITTEN_LOWER}\b", 0.6),
        # lower-case dictation: "ring hawthorn lea surgery"
        Pattern("Named institution (lower case)", rf"\b(?-i:[a-z]+\s(?:[a-z]+\s)?){_LOWER_KIND}\b", 0.5),
    ]
    CONTEXT = ["school", "nursery", "gp", "surgery", "attends", "teacher", "doctor"]

    def __init__(self, supported_language: str = "en", english: frozenset[str] = frozenset(),
                 irregular: frozenset[str] = frozenset()):
        self.english = english  # English words (nlp_engine.english_words): "lives at Home" names no place
        self.irregular = irregular  # their irregular forms (nlp_engine.inflected_forms): "GP: Seen last week"
        super().__init__(
            supported_entity=INSTITUTION,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name="InstitutionRecognizer",
        )

    def _lower_named(self, span: str) -> bool:
        """A lower-case name before its kind ("ring hawthorn lea surgery", "marden bridge middle school"): no stop word
        among the words before the kind; before a school's phase, one of them no English word ("says primary school",
        "the old secondary school" name none)."""
        school = _LOWER_SCHOOL_END.search(span)
        words = (span[:school.start()] if school else span).split()
        if _STOP.intersection(words if school else span.split()):
            return False
        return not school or any(not is_english(w.strip("'’"), self.english) for w in words)

    def _opening_word(self, text: str, start: int, end: int) -> bool:
        """Before a kind in lower case, a never-redact word ("the Monday school") or an English word capitalised
        only because it opens the sentence ("Good school report"): no name."""
        words = text[start:end].split()
        if len(words) == 2 and words[-1].islower() and is_protected_word(words[0]):
            return True  # "the Monday school", "Nan's church": a day or a family word, never a name
        opens = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:"
        return opens and len(words) == 2 and words[-1].islower() and words[0].lower() in self.english

    def _opens_sentence(self, text: str, start: int, lows: list[str]) -> bool:
        """A single English word capitalised only because it opens the sentence or a line ("Weekly support group")."""
        before = text[:start].rstrip()
        return len(lows) == 1 and (not before or before[-1] in ".!?:-*•\n") and lows[0] in self.english

    @staticmethod
    def _public_or_guarded(text: str, start: int, end: int, name: str, guarded) -> bool:
        """A cued name that is a public place, a town, only never-redact words, or inside a never-redact phrase."""
        words = name.split()
        return (
            words[-1].lower() in PUBLIC_PLACE_HEADS
            # an NHS district general hospital called by its town and "General" or "Royal" ("Airedale General",
            # "Harrogate Royal"), as the NHS's own site names shorten them
            or (len(words) >= 2 and words[-1].lower() in _HOSPITAL_SHORT)
            or is_place(name)
            or all(is_protected_word(w) or is_place(w) for w in words)
            or any(s <= start and end <= e for s, e in guarded)
        )

    def _proper(self, words: list[str], lower: bool, one_word: bool = False) -> bool:
        """Words that name one place: in cased text all capitalised, with a non-English word, two or more words, or
        one where the cue allows it ("at the Warehouse"); in lower-case text, one of them no English word. Never a stop,
        never-redact, public-place or generic service word ("the Leisure Centre", "Children's Services")."""
        lows = [w.lower() for w in words]
        if (any(w in STOP_WORDS or w in _NOT_A_NAME or is_protected_word(w) or w in PUBLIC_PLACE_KINDS for w in lows)
                or lows[-1] in _SERVICE_WORDS or (lows[-1] in PUBLIC_PLACE_HEADS and lows[-1] not in ("centre", "center"))):
            return False
        not_english = any(not is_english(w.strip("'’"), self.english) and not w.endswith(("'s", "’s")) for w in lows)
        if lower:
            return not_english
        return all(w[:1].isupper() for w in words) and (not_english or len(words) > 1 or one_word)

    def _own_name_after_kind(self, words: list[str], lower: bool) -> bool:
        """After its kind said plainly and a comma ("the after-school club, Kids Kingdom, ..."), a name of two or more
        capitalised words may begin with a generic word, since the kind is already said: its last word is no
        generic, kind, stop or never-redact word ("the youth club, Youth Club, ..." names nothing)."""
        if lower or len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False
        last = words[-1].lower().strip("'’")
        return not (last in _NOT_A_NAME or last in STOP_WORDS or is_protected_word(last) or last in PUBLIC_PLACE_KINDS
                    or last in _SERVICE_WORDS or last in PUBLIC_PLACE_HEADS or last in _TEAM_WORDS
                    or _APPOSITIVE_KIND.fullmatch(last) is not None)

    def _trailing_cut(self, words: list[str], lower: bool) -> list[str]:
        """The name's words up to where the sentence goes on ("bluebell centre has been" -> "bluebell centre")."""
        while words and (words[-1].lower() in STOP_WORDS or (not lower and not words[-1][:1].isupper())):
            words = words[:-1]
        return words

    def _role_or_sport_cued(self, text: str, guarded, lower: bool) -> list:
        """The place a worker is at or from, and a club said as its name and its sport."""
        out = []
        for m in _ROLE_AT.finditer(text):
            words = self._trailing_cut(m.group("name").split(), lower)
            # in cased text a capitalised word mid-sentence after "at"/"from" is the place's own name ("from Pathways")
            if not words or not self._proper(words, lower, one_word=True):
                continue
            start = m.start("name")
            name = " ".join(words).rstrip("'’")
            end = start + len(name)
            if not is_place(name) and not any(s <= start and end <= e for s, e in guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "where a worker is from"))
        for m in _EMPLOYER.finditer(text):
            words = []
            for w in m.group("name").split():  # up to where the sentence goes on: "wensum poultry on nights"
                if w.lower() in STOP_WORDS or is_protected_word(w) or (not lower and not w[:1].isupper()):
                    break
                words.append(w)
            if not words or words[0].lower().strip("'’") in first_names() or words[0].lower() in world_names():
                continue  # "works with Kyle", a person
            if words[-1].endswith(("'s", "’s")) or not self._proper(words, lower):
                continue
            if lower and len(words) == 1 and text[m.start("name") - 4:m.start("name")] == "the ":
                continue  # "works at the packhouse": in lower case one word after "the" is a common noun
            start = m.start("name")
            end = start + len(" ".join(words))
            if not self._public_or_guarded(text, start, end, text[start:end], guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.55, "an employer"))
        for m in _ATTENDS.finditer(text):
            words = self._trailing_cut(m.group("name").split(), lower)
            if not words or words[0].lower().strip("'’") in first_names() or words[0].lower() in world_names():
                continue  # "attends Kyle's parties"
            if words[-1].endswith(("'s", "’s")) or not self._proper([w for w in words if w not in _RELATION_LINKS], lower):
                continue  # "attends Mum's appointments"
            start = m.start("name")
            end = start + len(" ".join(words))
            if not self._public_or_guarded(text, start, end, text[start:end], guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "what someone attends"))
        for m in _APPOSITIVE.finditer(text):
            words = m.group("name").split()
            first = words[0].lower().strip("'’")
            if (first in first_names() or first in world_names() or first in _TITLES_LOWER
                    or first in STOP_WORDS or re.search(r"['’](?:m|re|ve|ll|d)$", first)
                    or not (self._proper([w for w in words if w not in ("of", "the", "and")], lower, one_word=True)
                            or self._own_name_after_kind(words, lower))):
                continue  # "at school, Kyle, who is nine": a person; "after school, I'm Jo Bell, ...": a pronoun and
                # its verb run together (a contraction) or a stop word never starts a place's name
            start, end = m.span("name")
            if not is_place(m.group("name")) and not any(a <= start and end <= b for a, b in guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "a kind of place, then its name"))
        for m in (*_NAME_THEN_SERVICE_KIND.finditer(text), *_NAME_THEN_THE_KIND.finditer(text)):
            words = m.group("name").split()
            lows = [w.lower().strip("'’") for w in words]
            if m.re is _NAME_THEN_SERVICE_KIND and lows[0] == "the":
                words, lows = words[1:], lows[1:]
            if (not words or lows[0] in first_names() or lows[0] in world_names() or lows[0] in _TITLES_LOWER
                    or is_place(" ".join(words)) or self._opens_sentence(text, m.start("name"), lows)
                    or any(is_protected_word(w) or w in STOP_WORDS or w in _NOT_A_NAME for w in lows)):
                continue  # "Kyle counselling", "Christmas holiday club", "Newcastle refuge", "Good support group"
            if m.re is _NAME_THEN_SERVICE_KIND and words[-1].endswith(("'s", "’s")) and not lows[0].startswith("st"):
                continue  # "Kayleigh’s café", "Nan's group": whose it is, not its name ("St Anne's group" is one)
            if m.re is _NAME_THEN_SERVICE_KIND and len(words) == 1 and (
                    words[0].isupper() or (m.group("kind") in _BARE_KINDS and is_english(lows[0], self.english))):
                continue  # "the DBT group", "CBT counselling": a kind of therapy; "the Polish group", "Reading group"
            # the name alone: a kind said in lower case after it is no part of it ("Hope Harbour refuge"); a
            # capitalised "The" is ("The Venture adventure playground")
            start = m.start("name") if m.group("name").startswith("The ") else m.end("name") - len(" ".join(words))
            end = m.end("name")
            if not self._public_or_guarded(text, start, m.end("name"), " ".join(words), guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "a name, then the service it is"))
        for m in (*_BRACKETED_KIND.finditer(text), *_AGE_GROUP_SIDE.finditer(text), *_WHO_RUN.finditer(text),
                  *_WEEKLY.finditer(text)):
            words = m.group("name").split()
            lows = [w.lower().strip("'’") for w in words]
            if (lows[0] in first_names() or lows[0] in world_names() or lows[0] in _TITLES_LOWER
                    or is_place(m.group("name")) or self._opens_sentence(text, m.start("name"), lows)
                    or any(is_protected_word(w) or w in STOP_WORDS or w in _NOT_A_NAME for w in lows[:1] + [
                        w for w in lows[1:] if w not in _SIDE_SECTIONS] if w not in ("st", "st."))):
                continue  # "Kyle (brother) U12s": a person; "Leeds (city)"; "Sunday (church)"
            start, end = m.span("name")
            if not self._public_or_guarded(text, start, end, m.group("name"), guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "a name and its kind, age group or verb"))
        for m in _THE_ONE_WORD_WEEKLY.finditer(text):
            low = m.group("name").lower()
            if (low in _GENERIC_KINDS or low in _NOT_A_NAME or low in _SERVICE_WORDS or low in STOP_WORDS
                    or is_protected_word(low) or low in PUBLIC_PLACE_HEADS or low in PUBLIC_PLACE_KINDS
                    or low in first_names() or is_place(m.group("name"))):
                continue  # "to the Hub on Mondays", "to the Library every Saturday", "to the Mosque on Fridays"
            start, end = m.span("name")
            if not any(a <= start and end <= b for a, b in guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.55, "a place by its own name, weekly"))
        for m in _NAME_THEN_STAFF.finditer(text):
            words = m.group("name").split()
            lows = [w.lower().strip("'’") for w in words]
            if lows[0] == "the":
                words, lows = words[1:], lows[1:]
            if (not words or lows[0] in first_names() or lows[0] in world_names() or lows[0] in _TITLES_LOWER
                    or any(w in _TEAM_WORDS or is_protected_word(w) or w in STOP_WORDS or w in _NOT_A_NAME for w in lows)
                    or is_place(" ".join(words)) or self._opens_sentence(text, m.start("name") + m.group("name").index(words[0]), lows)
                    or (len(words) == 1 and is_english(lows[0], self.english))):
                continue  # "Kyle staff", "the Leaving Care staff", "Leeds staff", "School staff"
            end = m.end("name")
            start = end - len(" ".join(words))
            if not self._public_or_guarded(text, start, end, " ".join(words), guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.55, "a place, then its staff"))
        for m in _NUMBERED_GROUP.finditer(text):
            words = m.group("name").split()[1:]
            lows = [w.lower().strip("'’") for w in words]
            if (any(is_protected_word(w) or w in STOP_WORDS or w in _NOT_A_NAME or is_english(w, self.english)
                    or w in self.irregular for w in lows) or _STREET_TYPES.search(m.group("name"))
                    or lows[0] in first_names() or lows[0] in _MONTH_SHORT):
                continue  # "2nd March", "22nd Jun", "1st Birthday", "3rd Avenue", "the 2nd Kayleigh"
            start, end = m.span("name")
            if not (_SECTION.search(text, max(0, start - 25), start) or _SECTION.match(text, end + 1)):
                continue
            if not self._public_or_guarded(text, start, end, m.group("name"), guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.55, "a numbered group"))
        for m in _NAME_THEN_KIND.finditer(text):
            words = m.group("name").split()
            lows = [w.lower().strip("'’") for w in words]
            if (lows[0] in first_names() or lows[0] in world_names() or lows[0] in _TITLES_LOWER or is_place(m.group("name"))
                    or lows[0] in STOP_WORDS or any(is_protected_word(w) or w in _NOT_A_NAME for w in lows)):
                continue  # "Kyle, a boy from school": a person; "Leeds, a city"; a capitalised function word after the
                # first is the name's own ("Manningham Mums Together, a local group")
            start, end = m.span("name")
            if not any(a <= start and end <= b for a, b in guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "a name, then the kind of place it is"))
        if lower:
            for pattern in (_LOWER_HOME_THEN_KIND, _LOWER_HOME_AFTER_CUE):
                for m in pattern.finditer(text):
                    first = m.group("name").split()[0]
                    if (first in _STOP or first in STOP_WORDS or is_protected_word(first) or is_place(first)
                            or (pattern is _LOWER_HOME_AFTER_CUE and is_english(first.rstrip("s"), self.english))):
                        continue  # "lives at nans house", "at his house"
                    start, end = m.span("name")
                    out.append(make_result(self, INSTITUTION, start, end, 0.5, "a home's name in lower case"))
        for m in _SPORT_CUE.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if m.group(g))
            start, end = m.span(group)
            if group == "name":
                end = m.end("sport")
                words = m.group("name").split()
            elif group == "name2":
                words = m.group("name2").split()[:-1]
            else:
                words = m.group("name3").split()
            if self._proper(words, lower) and not self._public_or_guarded(text, start, end, text[start:end], guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "a club by its name and its sport"))
        return out

    def _related(self, text: str, guarded) -> list:
        """Cased text: the organisation after a word of the family's relation with it (``_SERVICE_RELATION``), a
        place gone to for what it gives (``_GONE_TO_FOR``), a side said with its sport (``_SIDE_OF_SPORT``), the
        service someone is referred to (``_REFERRED``) and a body with a plural verb of service (``_PLURAL_SERVICE``)."""
        out = []
        for m in (*_SERVICE_RELATION.finditer(text), *_GONE_TO_FOR.finditer(text), *_SIDE_OF_SPORT.finditer(text),
                  *_REFERRED.finditer(text), *_PLURAL_SERVICE.finditer(text)):
            words = [(w.group(), m.start("name") + w.start()) for w in re.finditer(r"\S+", m.group("name"))]
            # up to a never-redact phrase inside the run ("Mindful Futures and Citizens Advice") or a word of time
            kept = []
            for k, (w, at) in enumerate(words):
                if any(s <= at < e for s, e in guarded) or _TIME_WORD.fullmatch(w.strip(".,;:")):
                    break
                nxt = words[k + 1][0].lower().strip("'’.,;:") if k + 1 < len(words) else ""
                if w.lower() in _RELATION_LINKS and (nxt in KIN_WORDS or nxt in first_names() or nxt in _TITLES_LOWER):
                    break  # "works for Stagecoach North East and Mum works ...": the sentence goes on
                if w.lower() == "and" and k + 2 == len(words) and _CLAUSE_VERB.match(text, m.end("name")):
                    break  # "a course at Coleg Glan Hafren and Aled has been ...": one word after "and", then a verb
                    # that needs a subject: that word starts a clause of its own
                kept.append((w, at))
            while kept and kept[-1][0].lower() in _RELATION_LINKS:
                kept.pop()
            the = bool(kept) and kept[0][0] == "The"
            core = [w for w, _ in kept[1:]] if the else [w for w, _ in kept]
            if not core or (the and m.re is _SIDE_OF_SPORT):
                continue
            lows = [w.lower().strip("'’") for w in core if w.lower() not in _RELATION_LINKS]
            if any(w.endswith(("'s", "’s", "s'", "s’")) for w in lows) or lows[0] in _NATIONAL_FIRST or lows[-1] in _UTILITY_KINDS:
                continue  # "help from Kyle's Mum": whose; "arrears with British Gas", "Northumbrian Water": a utility
            if (lows[0] in first_names() or lows[0] in world_names() or lows[0] in _TITLES_LOWER or lows[0] in KIN_WORDS
                    or lows[0] in _NOT_A_NAME or lows[0] in STOP_WORDS or core[-1].endswith(("'s", "’s"))):
                continue  # "help from Nan", "sessions with Dr Khan", "works with Kyle", "support from Family Group"
            last = lows[-1][:-1] if lows[-1].endswith("s") else lows[-1]
            if (lows[-1] in _PROGRAMME_WORDS or last in ROLE_WORDS or last.endswith(("ist", "ian"))
                    or lows[-1] in _TEAM_WORDS or lows[-1] in _SERVICE_WORDS):
                continue  # "the Freedom Programme", "Social Workers", "the Educational Psychologist" (a profession,
                # -ist or -ian), "Child and Adolescent Mental Health Services" (a service named by its function)
            before = text[:kept[0][1]].rstrip()
            if the and len(lows) == 1 and (not before or before[-1] in ".!?:-*•\n"):
                continue  # "The staff have offered": "The" opens the sentence, its capital says nothing
            if all(w in _TEAM_WORDS or w in _SERVICE_WORDS or is_protected_word(w) or is_place(w) for w in lows):
                continue  # "support from Leaving Care", "help from Children's Services", "with Gateshead Council"
            if len(lows) == 1 and (core[0].isupper() or not the):
                continue  # "help from Pathways", "volunteers at Oxfam", "sessions with CAMHS"; "been to The Lantern" is one
            start = kept[0][1]
            end = kept[-1][1] + len(kept[-1][0].rstrip("'’.,;:"))
            name = text[start:end]
            if not self._public_or_guarded(text, start, end, " ".join(core), guarded) and not is_place(name):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "an organisation by the family's relation with it"))
        return out

    def _lower_related(self, text: str, guarded) -> list:
        """In all-lower-case text, the organisation after a relation or referral word (``_LOWER_RELATION``): the
        words up to a stop, never-redact, time or irregular verb word, a contraction or a first name, two or more,
        one of them no English word, the first no family word or first name, the last no word of a function,
        profession or process."""
        out = []
        for m in _LOWER_RELATION.finditer(text):
            words = []
            for w in re.finditer(r"\S+", m.group("name")):
                low = w.group().strip("'’.,;:")
                if (low in STOP_WORDS or is_protected_word(low) or _TIME_WORD.fullmatch(low) or low in self.irregular
                        or (("'" in low or "’" in low) and not low.endswith(("'s", "’s")))
                        or (words and (low in first_names() or low in world_names()))):
                    break  # where the unpunctuated sentence goes on: "... hub came", "... aid siobhan said", "i'll"
                words.append((low, m.start("name") + w.start()))
            lows = [w for w, _ in words]
            if len(lows) < 2 or not any(name_shaped(w, self.english) for w in lows):
                continue
            last = lows[-1][:-1] if lows[-1].endswith("s") else lows[-1]
            if (lows[0] in first_names() or lows[0] in world_names() or lows[0] in KIN_WORDS or lows[0] in _TITLES_LOWER
                    or lows[0] in _STOP
                    or lows[-1] in _PROGRAMME_WORDS or last in ROLE_WORDS or last.endswith(("ist", "ian"))
                    or lows[-1] in _TEAM_WORDS or lows[-1] in _SERVICE_WORDS or lows[0] in _NATIONAL_FIRST
                    or lows[-1] in _UTILITY_KINDS):
                continue  # "support from jade smith": a person; "referred to kernow camhs team": a function
            start, end = words[0][1], words[-1][1] + len(lows[-1])
            if not self._public_or_guarded(text, start, end, text[start:end], guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.5, "an organisation by relation, lower case"))
        return out

    def _kind_first(self, text: str, guarded, lower: bool) -> list:
        """A school, nursery or place of worship named by its kind first (``_KIND_FIRST_SCHOOL``), and in lower case by one word and
        "high" after going to it (``_LOWER_HIGH``)."""
        out = []
        for m in _KIND_FIRST_SCHOOL.finditer(text):
            end = None
            for w in re.finditer(r"\S+", m.group("name")):
                word = w.group().rstrip(".,;:")
                low = word.lower()
                if (low in STOP_WORDS or is_protected_word(low) or _TIME_WORD.fullmatch(low)
                        or (not lower and not word[:1].isupper() and low not in ("y", "yr", "na", "an"))):
                    break
                end = m.start("name") + w.start() + len(word)
            if end is not None and not any(s <= m.start() and end <= e for s, e in guarded):
                out.append(make_result(self, INSTITUTION, m.start(), end, 0.6, "a school named by its kind first"))
        if lower:
            for m in _LOWER_HIGH.finditer(text):
                first = m.group("name").split()[0]
                if first in _STOP or first in STOP_WORDS or is_protected_word(first) or is_place(first) or first in _GENERIC_KINDS:
                    continue
                start, end = m.span("name")
                if not any(s <= start and end <= e for s, e in guarded):
                    out.append(make_result(self, INSTITUTION, start, end, 0.5, "a high school said short, lower case"))
        return out

    def _short_kind_alone(self, text: str, r) -> bool:
        """A short kind ("High", "PS", "HC") names a place only after a word that is no English word ("Moorside
        High"; "Very High" is a risk level)."""
        words = text[r.start:r.end].split()
        if not words or not _SHORT_KIND.search(words[-1]):
            return False
        return all(is_english(w.lower().strip("'’."), self.english) or w.lower() in ("st", "st.") for w in words[:-1])

    def _by_what_it_is(self, text: str, guarded) -> list:
        """A capitalised name that a note says a child or parent goes to regularly ("taken Oskar to Chatterbox every
        Saturday", "going to Hugs and Hops with her mam on Fridays", "goes to Bumps and Beyond at Owton Manor Family
        Hub"), or that it calls a group, club, programme or course between commas ("The Lantern, a youth group at the
        Baptist church", "Step Forward, the freedom programme"): a local provider by what the note says of it. Never a
        person's name, a place, a possessive ("goes to Kyle's on Fridays"), a public place or a never-redact name."""
        out = []
        for pattern in (_ATTENDED_REGULARLY, _NAMED_WHAT_IT_IS):
            for m in pattern.finditer(text):
                name = m.group("name")
                start, end = m.start("name"), m.end("name")
                words = name.split()
                if words[0] == "The" and len(words) > 1:
                    start, words = start + 4, words[1:]
                lows = [w.lower() for w in words]
                if (name.endswith(("'s", "’s")) or lows[0] in first_names() or lows[0] in world_names()
                        or lows[0] in KIN_WORDS or lows[0] in ROLE_WORDS or lows[0] in TIME_WORDS
                        or self._public_or_guarded(text, start, end, text[start:end], guarded)
                        or (len(words) == 1 and (lows[0] in _GENERIC_KINDS or lows[0] in STOP_WORDS))
                        or any(is_protected_word(w) or w in PUBLIC_PLACE_KINDS for w in lows)
                        or lows[-1] in _SERVICE_WORDS or lows[-1] in PUBLIC_PLACE_HEADS or lows[-1] in _GENERIC_KINDS
                        or (pattern is _NAMED_WHAT_IT_IS and len(words) == 1 and lows[0] in self.english
                            and (not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:;\n"))):
                    continue  # "Breakfast Club", "the Hub": a kind; "However, a group of lads": a sentence's first word
                out.append(make_result(self, INSTITUTION, start, end, 0.55, "a name the note says is attended, or a group"))
        return out

    def _labelled(self, text: str, guarded) -> list:
        """After a terse note's label ("GP: Kingsway HC", "Church: St Luke's"), the capitalised name."""
        out = []
        for m in _LABEL.finditer(text):
            words = m.group("name").split()
            the = words[0] == "The"
            if the:
                words = words[1:]
            if not words:
                continue
            lows = [w.lower().strip("'’") for w in words]
            if any(is_protected_word(w) or w in _NOT_A_NAME or w in STOP_WORDS for w in lows[:1] + [
                    w for w in lows[1:] if w not in _SIDE_SECTIONS] if w not in ("st", "st.")):
                continue  # ("Club - Ashvale Girls": who plays in a side, after its name, is part of it)
            if len(words) == 1 and (is_english(lows[0], self.english) or lows[0] in self.irregular) and not the:
                continue  # "School: Good attendance"; "Youth club: The Den" is a name
            start = m.start("name")
            end = start + len(m.group("name").rstrip("'’"))
            if not any(a <= start and end <= b for a, b in guarded) and not is_place(text[start:end]):
                out.append(make_result(self, INSTITUTION, start, end, 0.6, "name after a terse note's label"))
        return out

    def _national_name_alone(self, text: str, r) -> bool:
        """A national charity's name (Women's Aid) is a local branch only after a word that is no English word, a
        place's or the branch's own name ("Calderdale Women's Aid"); "Contact Women's Aid" is the national one."""
        words = text[r.start:r.end].split()
        if len(words) < 3 or not _NATIONAL_KIND.fullmatch(" ".join(words[-2:])):
            return False
        return all(w.lower().strip("'’") in self.english for w in words[:-2])

    def _lower_style(self, text: str, guarded) -> list:
        """In all-lower-case text, a kind with the one or two words before it that are neither stop nor generic
        words ("went to pool youth hub" -> "pool youth hub"; "the youth club" names no one place)."""
        out = []
        for m in _LOWER_STYLE_KIND.finditer(text):
            start = m.start()
            for _ in range(2):
                w = _LOWER_NAME_WORD.search(text, max(0, start - 30), start)
                if w and start == m.start() and w.group(1) in _DENOMINATIONS and m.group().startswith(("church", "chapel")):
                    name = _LOWER_NAME_WORD.search(text, max(0, w.start(1) - 30), w.start(1))
                    if name and name_shaped(name.group(1).rstrip("'’"), self.english) and name.group(1) not in _STOP:
                        start = name.start(1)  # "brannoch evangelical church"; "the catholic church" names none
                    break
                if not w or w.group(1) in _STOP or is_protected_word(w.group(1)) or is_place(w.group(1)):
                    break
                start = w.start(1)
            if start == m.start() or any(s <= start and m.end() <= e for s, e in guarded):
                continue
            saint = _LOWER_SAINT.search(text, max(0, start - 7), start)
            start = saint.start() if saint else start  # "st nicholas recovery hub": the saint's name is one word
            out.append(make_result(self, INSTITUTION, start, m.end(), 0.5, "local organisation in lower-case text"))
        return out

    def _lower_saints(self, text: str, guarded, cased: bool = False) -> list:
        """In all-lower-case text, "st marys" after going to it (``_LOWER_SAINT_CUE``); in cased text, "St Joseph's"
        with nothing capitalised after it (``_SAINT_CUE``: a longer name is the kind patterns')."""
        out = []
        for m in (_SAINT_CUE if cased else _LOWER_SAINT_CUE).finditer(text):
            start, end = m.span("name")
            after = (_SAINT_AFTER if cased else _LOWER_SAINT_AFTER).match(text, end)
            if cased and after and after.group().split()[0][:1].isupper():
                continue
            if after and any(w in PUBLIC_PLACE_HEADS or w in PUBLIC_PLACE_KINDS or w in _PLACE_AFTER_SAINT
                             for w in after.group().lower().split()):
                continue  # "st james park", "st johns road", "st helens town centre": a place, not who runs it
            if cased and any(s < end and start < e for s, e in guarded):
                continue  # "the match at St James'": a never-redact place ("St James") with its apostrophe
            if not any(s <= start and end <= e for s, e in guarded) and not is_place(m.group("name")):
                out.append(make_result(self, INSTITUTION, start, end, 0.5, "a saint's church or school, lower case"))
        return out

    def _lower_cued(self, text: str, guarded) -> list:
        """In all-lower-case text, the club or school after its cue ("plays for illogan rovers under twelves",
        "attends trent valley on a part time timetable") or before its day ("goes to aelwyd aber on thursdays"):
        the words up to the first stop, never-redact or time word, where one of them is no English word."""
        out = []
        for m in (*_LOWER_SPORT_CUE.finditer(text), *_LOWER_DAY_CUE.finditer(text)):
            words = []
            for w in re.finditer(r"[^\s]+", m.group("name")):
                low = w.group().lower()
                if low in _STOP or low in STOP_WORDS or (is_protected_word(low) and low not in _SIDE_WORDS):
                    break
                words.append(w)
            if not words or not any(name_shaped(w.group().rstrip("'’"), self.english) for w in words):
                continue
            if m.re is _LOWER_DAY_CUE and (len(words) < 2 or words[-1].end() != len(m.group("name"))):
                continue  # before its day, the whole run is the name, of two words or more (one is a town or a sport)
            start, end = m.start("name"), m.start("name") + words[-1].end()
            name = text[start:end]
            if not self._public_or_guarded(text, start, end, name, guarded):
                out.append(make_result(self, INSTITUTION, start, end, 0.5, "club or school after its cue, lower case"))
        return out

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        results = [
            r for r in trim_leading(results, text, _NOT_A_NAME, min_words=2)
            if (not text[r.start:r.end].islower() or self._lower_named(text[r.start:r.end]))
            and not _POSSESSOR.match(text[r.start:r.end]) and not self._opening_word(text, r.start, r.end)
        ]
        for r in results:
            if (person := _PERSON_OF.match(text, r.start, r.end)) and person["first"].lower() in first_names():
                r.start = person.end()  # "Gemma Rowell of Tynebank Advocacy": a person of the organisation, not its name
        guarded = protected_spans(text)
        # a never-redact place that ends the name found after a preposition ("Connor Lax in HMP Holme House"): its
        # kind word is that place's, so the words before it are no institution ("Calderdale Women's Aid" is one)
        results = [r for r in results if not any(r.start < s < r.end <= e and _PREPOSITION_BEFORE.search(text, r.start, s)
                                                 for s, e in guarded)]
        if nlp_artifacts is not None and nlp_artifacts.tokens is not None and is_lower_case_style(nlp_artifacts.tokens):
            results.extend(self._lower_style(text, guarded))
            results.extend(self._lower_cued(text, guarded))
            results.extend(self._lower_saints(text, guarded))
        else:
            results.extend(self._lower_saints(text, guarded, cased=True))
        results = [r for r in results if not self._national_name_alone(text, r) and not self._short_kind_alone(text, r)]
        results.extend(self._labelled(text, guarded))
        results.extend(self._by_what_it_is(text, guarded))
        for m in _PLACED_CUED.finditer(text):
            name = m.group("name").rstrip("'’")
            start, end = m.start("name"), m.start("name") + len(name)
            if (" " not in name and name.lower() in self.english) or _STREET_TYPES.search(name):
                continue  # "lives at Home", "lives at Elm Terrace" (the street recognizer's)
            if not self._public_or_guarded(text, start, end, name, guarded):
                results.append(make_result(self, INSTITUTION, start, end, 0.6, "where a child lives, by its cue"))
        lower = is_lower_case_style(nlp_artifacts.tokens) if nlp_artifacts is not None and nlp_artifacts.tokens is not None else False
        results.extend(self._role_or_sport_cued(text, guarded, lower))
        results.extend(self._lower_related(text, guarded) if lower else self._related(text, guarded))
        results.extend(self._kind_first(text, guarded, lower))
        for pattern in _CUED:
            for m in pattern.finditer(text):
                start, end = m.span("name")
                words = m.group("name").split()
                while len(words) > 1 and words[-1].lower().rstrip(".") in TIME_WORDS:
                    words.pop()  # "boxing at Benton Boxing Thurs": the day it meets is no part of its name
                name = " ".join(words).rstrip("'’")
                end = start + len(name)
                if self._public_or_guarded(text, start, end, name, guarded):
                    continue
                results.append(make_result(self, INSTITUTION, start, end, 0.6, "local organisation after its cue"))
        for m in _HELD_AT_A_VENUE.finditer(text):
            start, end = m.span("name")
            if self._proper(m.group("name").split(), lower=False) and not self._public_or_guarded(
                    text, start, end, m.group("name"), guarded):
                results.append(make_result(self, INSTITUTION, start, end, 0.6, "a group held at a community building"))
        for r in results:
            # a side's name said with its sport after it ("Bewbush Tigers netball", "steelstown camogie on a
            # wednesday"): the sport is what the child plays there, not the side's name
            m = _SPORT_AFTER_NAME.search(text, r.start, r.end)
            if m is not None and m.end() == r.end:
                r.end = m.start()
        return results


_PREPOSITION_BEFORE = re.compile(r"\s(?:in|at|from|to|of)\s$")


# A capitalised name (up to four words, "and" or "&" between) after going or being taken to it, then when or with whom
# it is done regularly: the places a child or parent attends (``InstitutionRecognizer._by_what_it_is``)
_CAP_NAME = r"(?P<name>(?:The\s)?[A-Z][\w'’\-]*(?:\s(?:and|&|[A-Z][\w'’\-]*)){0,3}?)"
_ATTENDED_REGULARLY = re.compile(
    r"\b(?i:go|goes|going|went|gone|take|takes|taking|took|taken|bring|brings|brought)\s(?:\w+\s)?to\s(?:the\s)?"
    + _CAP_NAME
    + r"(?=\s(?:every|each|on\s(?:" + "|".join(WEEKDAYS) + r")s?\b|on\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b"
    r"|twice|weekly|after\sschool|at\s(?:the\s)?[A-Z]|with\s(?:her|his|their)\s))")
# ... or a name said, then between commas what it is: a group, a club, a programme, a course, a project, a class
_NAMED_WHAT_IT_IS = re.compile(
    _CAP_NAME + r",\s(?:a|an|the)\s(?:[\w'’\-]+\s){0,4}?(?:group|club|programme|program|course|project|class|"
    r"session|scheme|service|charity|centre|café|cafe)\b")

