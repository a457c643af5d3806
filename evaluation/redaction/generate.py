"""Generate the development set: dictation-style UK social-care visit notes with
labelled identifier spans, never-redact spans and a case context per note.

    python -m evaluation.redaction.generate   # rewrites evaluation/data/redaction/dev.jsonl

Names come from Faker's en_GB locale mixed with north-east favourites; misspellings are
both listed variants and random edits; numbers are written or spoken. Seeded, so the
file is reproducible, but the set is meant to be regenerated with other seeds too
(``--seed``) to check the pipeline is not tuned to one draw.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from .markup import ident, keep, parse

OUT = Path(__file__).resolve().parents[1] / "data" / "redaction" / "dev.jsonl"

NE_GIRLS = "Kayleigh Chantelle Courtney Bethany Demi Paige Shannon Jade Abbie Keeley Leah Tegan Caitlin Mia Isla Ava Amelia Lacey-Mae Ellie-Mae Skye Brooke Chloe Sophie Lily Freya Millie Darcy Evie Harper Macy".split()
NE_BOYS = "Jayden Tyler Kyle Brandon Callum Liam Connor Kieran Reece Jordan Dylan Mason Alfie Riley Harley Kian Lewis Jack Charlie Ethan Logan Corey Ryan Bailey Leo Finley Cody Oscar Archie".split()
NE_SURNAMES = "Robson Charlton Milburn Armstrong Dodds Elliott Heslop Pattinson Forster Younger Tait Common Hedley Ridley Bewick Wilkinson Nixon Gibson Bell Hall Scott Thompson Wright Davison Bainbridge Shields Lowes Turnbull Errington Fenwick".split()
# Listed spelling variants a recogniser might produce (first is the case system's spelling).
VARIANTS = [
    ["Kayleigh", "Kaylee", "Kayley", "Kaylie"], ["Jayden", "Jaden", "Jaiden"], ["Shaun", "Sean", "Shawn"],
    ["Leanne", "Leeanne", "Lee-Anne"], ["Stephen", "Steven"], ["Mackenzie", "McKenzie"],
    ["Chantelle", "Shantelle"], ["Aimee", "Amy"], ["Connor", "Conor"], ["Megan", "Meghan"],
    ["Zoe", "Zoey"], ["Caitlin", "Katelyn", "Caitlyn"], ["Tegan", "Teagan"], ["Brandon", "Brandan"],
    ["Keeley", "Keely", "Keighley"], ["Courtney", "Kourtney"], ["Abbie", "Abby"], ["Jordan", "Jordon"],
    ["Isla", "Islah"], ["Kieran", "Kieron", "Ciaran"], ["Reece", "Rhys", "Reese"], ["Robson", "Robsen"],
    ["Elliott", "Elliot"], ["Heslop", "Heslopp"], ["Pattinson", "Pattison"], ["Darren", "Daren"],
    ["Nicola", "Nichola"], ["Stacey", "Stacy"], ["Tracey", "Tracy"], ["Lindsey", "Lindsay"],
]
# The generator's own short forms, written for it from common English usage (the product's nickname
# table is not imported: a set drawn from the table the product matches with would score itself).
SHORT_FORMS = {
    "christopher": ("chris", "kit"), "jonathan": ("jon", "jonny"), "rebecca": ("becky", "bex"),
    "nicola": ("nicky", "nic"), "samantha": ("sam", "sammie"), "stephen": ("steve", "stevie"),
    "matthew": ("matty", "mat"), "daniel": ("danny", "dan"), "joseph": ("joe", "joey"), "thomas": ("tommy", "tom"),
    "elizabeth": ("lizzie", "beth", "libby"), "jessica": ("jess", "jessie"), "victoria": ("vicky", "tori"),
    "michael": ("mikey", "mick"), "anthony": ("tony", "ant"), "kimberley": ("kim", "kimmy"),
    "katherine": ("kate", "katie"), "catherine": ("cath", "cathy"), "alexander": ("alex", "alfie"),
    "william": ("billy", "will"), "charlotte": ("lottie", "charlie"), "deborah": ("debbie", "debs"),
    "jacqueline": ("jackie", "jacqui"), "margaret": ("maggie", "peggy"), "patricia": ("trish", "patsy"),
    "susan": ("sue", "susie"), "richard": ("richie", "rick"), "robert": ("robbie", "bob"), "kayleigh": ("kay", "kayls"),
    "bethany": ("beth", "bethy"), "kieran": ("kie", "kez"), "natalie": ("nat", "tally"), "gemma": ("gem", "gemz"),
    "darren": ("daz", "dazza"), "gareth": ("gaz", "gazza"), "sharon": ("shaz", "shazza"), "leanne": ("lee", "leigh"),
}
NAME_WORDS = ["Hope", "Grace", "Will", "Faith", "Rose"]  # children named after ordinary words
STREET_TYPES = "Terrace Road Close Gardens Crescent Walk Avenue Street Drive Grove Lane Court Way Place View".split()
STREET_NAMES = "Elm Oak Ash Beech Rowan Hawthorn Coronation Victoria Albert Sunderland Durham Ravensworth Saltwell Kells Windy Nook Heworth Bensham Coatsworth Shipcote Whickham Chowdene Askew Rectory Hexham Alnwick Bamburgh Tynedale Wansbeck Coquet".split()
SCHOOL_KINDS = ["Primary School", "Primary", "Academy", "Infant School", "Junior School", "High School", "RC Primary School", "Community Primary"]
NURSERY_KINDS = ["Nursery", "Day Nursery", "Pre-School", "Children's Centre"]
GP_KINDS = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice"]
SCHOOL_NAMES = [
    "Bede", "St Mary's", "St Joseph's", "Oakfield", "Kelvin Grove", "Windy Nook", "Fellside", "Lobley Hill",
    "Harlow Green", "Emmaville", "Highfield", "Glynwood", "Larkspur", "Riverside", "Hillside", "Eastfield",
    "Westwood", "Thomas Hepburn", "Cardinal Hume", "Joseph Swan", "Heworth Grange", "Whickham Parochial",
]
NURSERY_NAMES = ["Little Acorns", "Busy Bees", "Sunflowers", "Tiny Tots", "Rainbow", "Teddy Bears", "Little Stars", "Bright Horizons"]
GP_NAMES = ["Elm Road", "Oxford Terrace", "Bensham", "Teams", "Wrekenton", "Saltwell", "Blaydon", "Riverside", "Glenpark"]
TOWNS = ["Gateshead", "Sunderland", "Newcastle", "Byker", "Walker", "Felling", "Jarrow", "Hebburn", "Blaydon", "Washington", "Heworth", "Wrekenton", "Low Fell", "Dunston", "Consett", "Hartlepool"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "live.co.uk"]
SPOKEN_DOMAINS = {"gmail.com": "gmail dot com", "hotmail.co.uk": "hotmail dot co dot uk", "outlook.com": "outlook dot com",
                  "yahoo.co.uk": "yahoo dot co dot uk", "icloud.com": "icloud dot com", "btinternet.com": "btinternet dot com",
                  "live.co.uk": "live dot co dot uk"}
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
       "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n: int) -> str:
    if n < 20:
        return NUM_WORDS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + NUM_WORDS[u])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spoken_year(y: int) -> str:
    if y >= 2000 and y < 2010:
        return random.choice([f"two thousand and {NUM_WORDS[y - 2000]}", f"two thousand {NUM_WORDS[y - 2000]}"])
    hi, lo = divmod(y, 100)
    return f"{num_words(hi)} {num_words(lo)}"


def spoken_digits(digits: str) -> str:
    words, i = [], 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and random.random() < 0.7:
            words.append("double " + DIGIT_WORDS[int(d)])
            i += 2
        else:
            words.append(DIGIT_WORDS[int(d)] if d != "0" or random.random() < 0.8 else "zero")
            i += 1
    # group like a speaker: 5 + 6 or 4 + 3 + 4
    out = " ".join(words)
    if random.random() < 0.5:
        parts = out.split(" ")
        cut = min(len(parts) - 1, random.randint(3, 5))
        out = " ".join(parts[:cut]) + ", " + " ".join(parts[cut:])
    return out


def nhs_number() -> str:
    while True:
        digits = [random.randint(0, 9) for _ in range(9)]
        digits[0] = random.choice([4, 6, 7])
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits)) + str(check)
            return s


def format_nhs(s: str) -> tuple[str, bool]:
    style = random.random()
    if style < 0.6:
        return f"{s[:3]} {s[3:6]} {s[6:]}", False
    if style < 0.8:
        return s, False
    return spoken_digits(s).replace(", ", " "), True


def ni_number() -> str:
    first = random.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = random.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        second = random.choice("ABCEGHJKLMNPRSTWXYZ")
    d = "".join(random.choice(string.digits) for _ in range(6))
    suffix = random.choice("ABCD")
    style = random.random()
    if style < 0.5:
        return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}"
    if style < 0.8:
        return f"{first}{second}{d}{suffix}"
    return f"{first}{second}{d} {suffix}".lower() if random.random() < 0.5 else f"{first}{second} {d} {suffix}"


def ne_postcode() -> str:
    area = random.choice(["NE", "SR", "DH", "TS", "DL", "NE", "NE"])
    district = random.randint(1, 40)
    inward = f"{random.randint(0, 9)}{random.choice('ABDEFGHJLNPQRSTUWXYZ')}{random.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return f"{area}{district} {inward}" if random.random() < 0.85 else f"{area}{district}{inward}"


def phone(fake: Faker) -> tuple[str, bool]:
    r = random.random()
    if r < 0.35:
        digits = "07" + "".join(random.choice(string.digits) for _ in range(9))
        if random.random() < 0.5:
            digits = "07700900" + "".join(random.choice(string.digits) for _ in range(3))
        return spoken_digits(digits), True
    if r < 0.5:
        digits = "0191" + "".join(random.choice(string.digits) for _ in range(7))
        return spoken_digits(digits), True
    if r < 0.75:
        digits = "07" + "".join(random.choice(string.digits) for _ in range(9))
        return random.choice([f"{digits[:5]} {digits[5:]}", digits, f"{digits[:5]} {digits[5:8]} {digits[8:]}"]), False
    if r < 0.85:
        d = "".join(random.choice(string.digits) for _ in range(7))
        return random.choice([f"0191 {d[:3]} {d[3:]}", f"(0191) {d}", f"0191{d}"]), False
    return fake.phone_number(), False


def misspell(name: str) -> str:
    for group in VARIANTS:
        if name in group:
            others = [v for v in group if v != name]
            return random.choice(others)
    ops = [
        lambda s: s.replace("ie", "y", 1) if "ie" in s else None,
        lambda s: s.replace("y", "ie", 1) if s.endswith("y") else None,
        lambda s: s.replace("ph", "f") if "ph" in s else None,
        lambda s: s.replace("C", "K", 1) if s.startswith("C") else None,
        lambda s: s.replace("K", "C", 1) if s.startswith("K") else None,
        lambda s: re.sub(r"([lnrst])\1", r"\1", s, count=1) if re.search(r"([lnrst])\1", s) else None,
        lambda s: re.sub(r"(?<![lnrt])([lnrt])([aeiouy])", r"\1\1\2", s, count=1) if len(s) > 4 else None,
        lambda s: s[:-1] + "e" if s.endswith("a") else None,
        lambda s: s[:-2] + "ey" if s.endswith("ie") else None,
    ]
    random.shuffle(ops)
    for op in ops:
        out = op(name)
        if out and out != name:
            return out
    return name


class NoteBuilder:
    """One case: a context and the mention forms its names can take."""

    def __init__(self, fake: Faker, visit: date):
        self.fake = fake
        self.visit = visit
        self.pronoun = random.choice(["he", "she", "she", "he", "they"])
        girl = self.pronoun == "she" or (self.pronoun == "they" and random.random() < 0.5)
        surname = random.choice(NE_SURNAMES) if random.random() < 0.6 else fake.last_name()
        if random.random() < 0.08:
            first = random.choice(NAME_WORDS)
        elif random.random() < 0.55:
            first = random.choice(NE_GIRLS if girl else NE_BOYS)
        else:
            first = fake.first_name_female() if girl else fake.first_name_male()
        age = random.randint(1, 16)
        self.dob = visit - timedelta(days=365 * age + random.randint(0, 360))
        self.age = age
        self.child = (f"{first} {surname}", "child")
        mother = (f"{fake.first_name_female()} {surname}", "mother")
        dad_surname = surname if random.random() < 0.5 else fake.last_name()
        father_role = random.choice(["father", "stepfather", "mum's partner"])
        father = (f"{fake.first_name_male()} {dad_surname}", father_role)
        nan = (f"{fake.first_name_female()} {random.choice(NE_SURNAMES)}", random.choice(["nan", "maternal grandmother", "nana"]))
        sib_girl = random.random() < 0.5
        sibling = (f"{(random.choice(NE_GIRLS) if sib_girl else random.choice(NE_BOYS))} {surname}", "sister" if sib_girl else "brother")
        teacher = (f"{random.choice(['Mrs', 'Miss', 'Mr'])} {fake.last_name()}", "class teacher")
        hv = (f"{fake.first_name_female()} {fake.last_name()}", "health visitor")
        self.worker = f"{fake.first_name()} {fake.last_name()}"
        self.people = [mother, father, nan, sibling] + random.sample([teacher, hv], k=random.randint(0, 2))
        street = f"{random.randint(1, 120)} {random.choice(STREET_NAMES)} {random.choice(STREET_TYPES)}"
        self.town = random.choice(TOWNS)
        self.postcode = ne_postcode() if random.random() < 0.7 else fake.postcode()
        self.street = street
        kind = random.choice(SCHOOL_KINDS)
        self.school = f"{random.choice(SCHOOL_NAMES)} {kind}"
        self.nursery = f"{random.choice(NURSERY_NAMES)} {random.choice(NURSERY_KINDS)}"
        self.gp = f"{random.choice(GP_NAMES)} {random.choice(GP_KINDS)}"
        self.strangers = [f"{fake.first_name()} {fake.last_name()}" if random.random() < 0.5 else fake.first_name() for _ in range(3)] + [
            f"{random.choice(NE_BOYS + NE_GIRLS)} {random.choice(NE_SURNAMES)}"
        ]
        self.email_owner = mother[0]
        self.in_context_school = random.random() < 0.7
        self.in_context_address = random.random() < 0.7

    def context(self) -> dict:
        ctx = {
            "case_ref": f"CN-{random.randint(10000, 99999)}",
            "child": {"name": self.child[0], "dob": self.dob.isoformat(), "pronouns": self.pronoun},
            "people": [{"name": n, "role": r} for n, r in self.people],
            "worker": self.worker,
        }
        if self.in_context_address:
            ctx["address"] = f"{self.street}, {self.town}, {self.postcode}"
        if self.in_context_school:
            ctx["school"] = self.school
        if random.random() < 0.15:  # a context that knows only the child
            ctx = {"case_ref": ctx["case_ref"], "child": {"name": self.child[0]}}
        return ctx

    # -- mentions ----------------------------------------------------------------
    def mention(self, person: tuple[str, str], allow_full: bool = True) -> str:
        full, role = person
        parts = full.split()
        first, last = parts[0], parts[-1]
        if first in ("Mrs", "Miss", "Mr"):
            return f"{first} " + ident("PERSON", last)
        r = random.random()
        if r < 0.15 and allow_full:
            return ident("PERSON", full)
        if r < 0.30:
            return ident("PERSON", misspell(first))
        if r < 0.38 and first not in NAME_WORDS:
            return ident("PERSON", first.lower())
        if r < 0.44:
            forms = [f for f in SHORT_FORMS.get(first.lower(), ()) if len(f) >= 3]
            if forms:
                return ident("PERSON", random.choice(forms).capitalize())
        if r < 0.50 and role != "child":
            title = "Ms" if role in ("mother", "nan", "nana", "maternal grandmother", "sister", "health visitor") else "Mr"
            return f"{title} " + ident("PERSON", last)
        return ident("PERSON", first)

    def child_m(self) -> str:
        return self.mention(self.child)

    def person_m(self, role_prefix: str) -> str:
        for p in self.people:
            if p[1].startswith(role_prefix) or role_prefix in p[1]:
                return self.mention(p)
        return ident("PERSON", self.fake.first_name())

    def stranger(self) -> str:
        return ident("PERSON", random.choice(self.strangers))


def slots(b: NoteBuilder, fake: Faker) -> dict:
    pr = b.pronoun
    obj = {"he": "him", "she": "her", "they": "them"}[pr]
    poss = {"he": "his", "she": "her", "they": "their"}[pr]
    visit = b.visit
    d = b.dob
    dob_forms = [
        d.strftime("%d/%m/%Y"), f"{d.day}/{d.month}/{d.year}", f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
        f"{ORD[d.day]} of {MONTHS[d.month - 1]} {spoken_year(d.year)}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        d.strftime("%d.%m.%y"),
    ]
    vdate = random.choice([
        f"{ordinal(visit.day)} {MONTHS[visit.month - 1]}", f"{visit.day}/{visit.month:02d}/{visit.year}",
        f"{visit.strftime('%A')} {ordinal(visit.day)} {MONTHS[visit.month - 1]} {visit.year}",
        f"the {ORD[visit.day]} of {MONTHS[visit.month - 1]}", visit.strftime("%A"),
    ])
    nxt = visit + timedelta(days=random.choice([7, 10, 14, 28, 42]))
    ndate = random.choice([f"{ordinal(nxt.day)} {MONTHS[nxt.month - 1]}", nxt.strftime("%d/%m/%Y"), f"{nxt.strftime('%A')} the {ORD[nxt.day]}"])
    nhs, _ = format_nhs(nhs_number())
    ph, _ = phone(fake)
    user = re.sub(r"[^a-z]", "", b.email_owner.split()[0].lower())
    surname = re.sub(r"[^a-z]", "", b.email_owner.split()[-1].lower())
    dom = random.choice(EMAIL_DOMAINS)
    num = random.choice(["", str(random.randint(1, 99)), str(random.randint(1980, 2005))])
    local = random.choice([f"{user}.{surname}", f"{user}{num}", f"{user}_{surname}{num}", f"{surname}{user[0]}"])
    email_written = f"{local}@{dom}"
    spoken_local = local.replace(".", " dot ").replace("_", " underscore ")
    email_spoken = f"{spoken_local} at {SPOKEN_DOMAINS[dom]}"
    house_no = int(b.street.split()[0])
    street_words = b.street.split(" ", 1)[1]
    addr_forms = [b.street, f"{num_words(house_no)} {street_words}" if house_no < 100 else b.street, f"Flat {random.randint(1, 9)}, {b.street}"]
    age = b.age
    return {
        "C": lambda: b.child_m(), "M": lambda: b.person_m("mother"),
        "F": lambda: b.person_m("father") if any(p[1] == "father" for p in b.people) else b.person_m("step") if any("step" in p[1] for p in b.people) else b.person_m("partner"),
        "N": lambda: b.person_m("na") if any(p[1].startswith("na") for p in b.people) else b.person_m("maternal"),
        "S": lambda: b.person_m("sister") if any(p[1] == "sister" for p in b.people) else b.person_m("brother"),
        "X": lambda: b.stranger(), "W": lambda: ident("PERSON", b.worker.split()[0] if random.random() < 0.5 else b.worker),
        "pr": lambda: pr, "Pr": lambda: pr.capitalize(), "obj": lambda: obj, "poss": lambda: poss, "Poss": lambda: poss.capitalize(),
        "nhs": lambda: ident("UK_NHS", nhs), "ni": lambda: ident("UK_NINO", ni_number()),
        "pc": lambda: ident("UK_POSTCODE", b.postcode), "phone": lambda: ident("PHONE_NUMBER", ph),
        "email": lambda: ident("EMAIL_ADDRESS", email_written), "email_spoken": lambda: ident("EMAIL_ADDRESS", email_spoken),
        "dob": lambda: ident("DATE_OF_BIRTH", random.choice(dob_forms)),
        "addr": lambda: ident("STREET_ADDRESS", random.choice(addr_forms)),
        "street": lambda: ident("STREET_ADDRESS", street_words),
        "town": lambda: b.town,
        "school": lambda: ident("INSTITUTION", b.school), "nursery": lambda: ident("INSTITUTION", b.nursery),
        "gp": lambda: ident("INSTITUTION", b.gp),
        "vdate": lambda: keep(vdate, "visit_date"), "ndate": lambda: keep(ndate, "visit_date"),
        "age": lambda: keep(random.choice([num_words(age), str(age)]), "age"),
        "agey": lambda: keep(random.choice([f"{age}-year-old", f"{num_words(age)} year old", f"aged {age}"]), "age"),
        "dur": lambda: keep(random.choice(["two weeks", "ten working days", "six weeks", "three months", "a fortnight", "twenty minutes", "an hour", "the last six months", "45 minutes"]), "duration"),
        "time": lambda: keep(random.choice(["3pm", "half past four", "10:30", "after school", "teatime", "first thing in the morning", "about 9 o'clock", "4.15pm"]), "time"),
        "place": lambda: keep(random.choice(["the park", "the Metro", "Asda", "Greggs", "the Metro Centre", "the beach", "Tesco", "the library", "McDonald's", "the leisure centre", "the Quayside", "Aldi"]), "place"),
        "rel": lambda: keep(random.choice(["Mum", "mum", "Mam", "Dad", "Nan", "nana", "our kid", "the bairn", "Grandad", "her mam", "me mam"]), "relationship"),
        "term": lambda: keep(random.choice(["Section 47", "Child in Need", "Early Help", "Signs of Safety", "MASH", "IRO", "core group", "the three houses", "child protection plan", "Section 17", "strategy meeting", "PN1", "PN 23", "LADO", "CAMHS", "Early Help Assessment"]), "term"),
    }


TEMPLATES = {
    "open": [
        "Home visit to {C} on {vdate} at {time}. Present were {C}, <<relationship|Mum>> {M} and {S}.",
        "Announced visit on {vdate}. I saw {C} at the family home, {addr}, {town} {pc}.",
        "Unannounced visit, {vdate}, {time}. {M} answered the door and let me in.",
        "Visit completed as part of the <<term|Child in Need>> plan on {vdate}. {C} was seen alone in {poss} bedroom.",
        "This was a <<term|Section 47>> visit following the <<term|strategy meeting>> on {vdate}. I visited {C} at {addr}.",
        "I visited {C}, {agey}, at {poss} <<relationship|nan>>'s house on {vdate}.",
        "Joint visit with {W} on {vdate} to see {C} and {S}.",
        "Right, visit note for {C}, {vdate}. Went out at {time}, {M} and <<relationship|the bairn>> were in.",
    ],
    "body": [
        "{C} told me {pr} wants to live with {poss} <<relationship|nan>> {N} because it is calmer there.",
        "{C} said {pr} misses <<relationship|Dad>> and would like to see {F} at weekends.",
        "{M} said {F} has not been round for {dur}.",
        "{C} showed me {poss} drawings using <<term|the three houses>>: the house of worries had {F} in it.",
        "We completed <<term|Signs of Safety>> work together; {C} put {N} in the house of good things.",
        "{C} was playing out at {place} with {X} from next door.",
        "{M} said her new partner {X} has been staying over most nights.",
        "A neighbour called {X} rang the police on {vdate} about shouting.",
        "{C} attends {school} and {poss} teacher reports attendance of 92 percent.",
        "{S} goes to {nursery} three mornings a week.",
        "{C} is registered with {gp}; {pr} has not been seen by the GP for {dur}.",
        "{C}'s NHS number is {nhs}.",
        "For the record, NHS number {nhs}, date of birth {dob}.",
        "{C} was born on {dob} and is now {age}.",
        "DOB {dob}. {C} is {agey} and in Year {age2}.",
        "{M}'s National Insurance number is {ni}.",
        "NI number for {M}: {ni}.",
        "{M} gave me her new mobile, {phone}, and asked that we use that.",
        "{M} said to ring her on {phone} if we can't get hold of her.",
        "{N}'s landline is {phone}.",
        "Her email address is {email}.",
        "{M} said the best email is {email_spoken}.",
        "The family moved to {addr}, {pc} {dur} ago.",
        "{M} is hoping to move nearer to {N} on {street}.",
        "The new address is {addr}, {town}, {pc}.",
        "Postcode for the new flat is {pc}.",
        "<<relationship|Our kid>> was upstairs on the Xbox the whole time.",
        "{M} said <<relationship|me mam>> helps with the school run most mornings.",
        "I <<word|hope>> that {C} will settle once the routine is back in place.",
        "{C} took the news with good <<word|grace>> and said {pr} <<word|will>> try harder at school.",
        "{M} <<word|will>> ring the school on Monday.",
        "There is some <<word|hope>> that things are improving at home.",
        "{C} said {X} at school has been calling {obj} names.",
        "{C} and {X} went to {place} after school with {S}.",
        "{F} is now living with {X} in {town}.",
        "{C} said, I don't like it when <<relationship|Dad>> shouts, it makes me feel scared.",
        "{C} was chatty and showed me {poss} room; {pr} has a fish called {pet}.",
        "{M} reported that {C} has been wetting the bed for {dur}.",
        "The <<term|core group>> will meet on {ndate} at {time}.",
        "The case was discussed at <<term|MASH>> and the <<term|IRO>> has been informed.",
        "The <<term|Early Help>> worker {X} has closed her involvement.",
        "Recorded under <<term|PN1>> as agreed in supervision.",
        "{N} said she can have {C} every weekend and on Wednesdays after school.",
        "Dr {Xs} at {gp} has referred {C} to <<term|CAMHS>>.",
        "{C}'s teacher, {T}, said {pr} had been tired and hungry in class.",
        "Howay, {M} said, she's doing her best, pet.",
        "<<relationship|Mam>> was upset and said {F} had been drinking again.",
        "We went for a walk to {place} and {C} talked about {poss} friend {X}.",
        "{S} said {C} is being bullied by {X} on the bus.",
        "Mum's friend {X} was present for part of the visit.",
        "{C} wants {X} to come to {poss} birthday party.",
        "Contact with {F} is supervised at the family centre every Tuesday.",
    ],
    "close": [
        "Next visit booked for {ndate} at {time}.",
        "I will visit again in {dur} and speak to {C} alone.",
        "Actions: refer to <<term|Early Help>>, update the plan, next <<term|core group>> on {ndate}.",
        "Plan: I <<word|will>> contact {school} and speak to {T2}.",
        "I left at {time}. Review in {dur}.",
        "Agreed with {M} that the <<term|Child in Need>> plan continues; review on {ndate}.",
    ],
}

PETS = ["Nemo", "Bubbles", "Goldie", "Dory", "Sharky"]  # not identifiers


def render(template: str, fill: dict, b: NoteBuilder) -> str:
    template = re.sub(r"<<([a-z_]+)\|([^>]*)>>", lambda m: keep(m.group(2), m.group(1)), template)
    extra = {
        "age2": lambda: str(max(1, b.age - 4)),
        "pet": lambda: random.choice(PETS),
        "Xs": lambda: ident("PERSON", b.fake.last_name()),
        "T": lambda: b.person_m("class") if any(p[1] == "class teacher" for p in b.people) else f"Miss {ident('PERSON', b.fake.last_name())}",
        "T2": lambda: b.person_m("class") if any(p[1] == "class teacher" for p in b.people) else "the head",
    }

    def sub(m):
        key = m.group(1)
        fn = fill.get(key) or extra.get(key)
        return fn()

    return re.sub(r"\{([A-Za-z0-9_]+)\}", sub, template)


def make_note(i: int, fake: Faker) -> dict:
    visit = date(2024, 1, 1) + timedelta(days=random.randint(0, 500))
    b = NoteBuilder(fake, visit)
    fill = slots(b, fake)
    sentences = [random.choice(TEMPLATES["open"])]
    sentences += random.sample(TEMPLATES["body"], k=random.randint(6, 11))
    # every note carries a couple of never-redact fillers
    sentences.append(random.choice(["{rel} was there for the visit.", "We talked about {term} and what it means.", "{C} goes to {place} with {rel} at the weekend."]))
    sentences.append(random.choice(TEMPLATES["close"]))
    marked = " ".join(render(s, fill, b) for s in sentences)
    if random.random() < 0.2:  # transcripts without final punctuation or casing at the start
        marked = marked[0].lower() + marked[1:]
    text, spans, keeps = parse(marked)
    return {"id": f"dev-{i:04d}", "text": text, "context": b.context(), "spans": spans, "keep": keeps}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("-n", type=int, default=160)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    random.seed(args.seed)
    fake = Faker("en_GB")
    fake.seed_instance(args.seed)
    notes = [make_note(i, fake) for i in range(args.n)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(note, ensure_ascii=False) + "\n")
    print(f"wrote {len(notes)} notes to {args.out}")


if __name__ == "__main__":
    main()
