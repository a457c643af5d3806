"""The people around a child named by what they do, said right before or after their name ("his coach
Gowens", "the health visitor, Jan", "her new partner Wayne").

Complete by this rule, each list from its own source:

- ``PROFESSIONAL_ROLES``: the head noun, in everyday English, of every role in the agencies that Working Together
  to Safeguard Children 2023 (chapter 2, "relevant agencies") names around a child: education (teacher, head,
  headteacher, tutor, SENCO, mentor, keyworker, childminder), health (doctor, Dr, GP, nurse, health visitor,
  therapist, counsellor), police (officer, PC), youth justice, social care and early help (worker, practitioner,
  manager, coordinator, advocate, interpreter), and voluntary, sport and faith groups (volunteer,
  befriender, coach, leader, pastor, vicar, priest, imam); "key" for "key worker" said as two words.
- ``PERSONAL_ROLES``: the people in a child's or parent's life who are neither family nor professionals, as
  English names the relationship: friend, mate, fella, neighbour. Family and carers, partners and spouses
  included ("partner", "boyfriend", "wife", "carer"), are ``kinship.KIN_WORDS``, not repeated here.
"""

from __future__ import annotations

PROFESSIONAL_ROLES = frozenset(
    """
    teacher head headteacher tutor senco mentor keyworker key childminder
    doctor dr gp nurse visitor therapist counsellor
    officer pc
    worker practitioner manager coordinator co-ordinator advocate interpreter
    volunteer befriender coach leader pastor vicar priest imam
    """.split()
)
PERSONAL_ROLES = frozenset("friend mate fella neighbour".split())
ROLE_WORDS = PROFESSIONAL_ROLES | PERSONAL_ROLES
# Nouns for one person by age, sex or place among others, neither kin nor role: what a note calls a young person it
# names after a comma ("another girl, TB, told staff") or owns with a name ("JT's mate"). Complete as English's
# everyday words for a person of either sex and any age (woman, man, girl, boy, lad, lass, child, kid, baby,
# toddler, teenager, youngster) and for one of a group in a home or a school (resident, pupil, student, peer), with
# their plurals.
PERSON_NOUNS = frozenset("""
woman women man men girl girls boy boys lad lads lass lasses child children kid kids baby babies toddler toddlers
teenager teenagers youngster youngsters resident residents pupil pupils student students peer peers
""".split())
# Nouns for the people a surname stands for ("the Lauder family", "the dunmore children"): the English words for a
# household and its members in the plural.
HOUSEHOLD_NOUNS = frozenset("""
family families household households children kids boys girls lads lasses brothers sisters twins siblings
parents grandparents cousins relatives lot clan
""".split())
# As written before a name in a typed note: capitalised abbreviations keep their capitals ("SENCO", "GP").
ROLE_WORDS_WRITTEN = tuple(sorted(w.upper() if w in {"senco", "gp", "pc"} else w for w in ROLE_WORDS))
# As a terse note writes a professional's role before their initials ("HV LM", "OT MR", "DSN PK"): the abbreviations
# of the roles above that children's services, health and school records use, complete by this rule: social worker
# (SW), personal adviser (PA), key worker (KW), family support worker (FSW), independent reviewing officer (IRO),
# designated safeguarding lead (DSL), teaching assistant (TA), SENCO and SENDCo, health visitor (HV), school nurse (SN), midwife
# (MW), children's community nurse (CCN), community psychiatric nurse (CPN), diabetes and epilepsy specialist nurses
# (DSN, ESN), occupational therapist (OT), speech and language therapist (SALT, SLT), physiotherapist (physio),
# paediatrician (paed), general practitioner (GP), police constable, detective constable and sergeant (PC, DC, DS).
ROLE_ABBREVIATIONS = frozenset(
    "SW PA KW FSW IRO DSL TA SENCO SENDCo HV SN MW CCN CPN DSN ESN OT SALT SLT physio paed GP PC DC DS".split())
