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
# As written before a name in a typed note: capitalised abbreviations keep their capitals ("SENCO", "GP").
ROLE_WORDS_WRITTEN = tuple(sorted(w.upper() if w in {"senco", "gp", "pc"} else w for w in ROLE_WORDS))
# As a terse note writes a professional's role before their initials ("HV LM", "OT MR", "DSN PK"): the abbreviations
# of the roles above that children's services, health and school records use, complete by this rule: social worker
# (SW), personal adviser (PA), key worker (KW), family support worker (FSW), independent reviewing officer (IRO),
# designated safeguarding lead (DSL), teaching assistant (TA), SENCO, health visitor (HV), school nurse (SN), midwife
# (MW), children's community nurse (CCN), community psychiatric nurse (CPN), diabetes and epilepsy specialist nurses
# (DSN, ESN), occupational therapist (OT), speech and language therapist (SALT, SLT), physiotherapist (physio),
# paediatrician (paed), general practitioner (GP), police constable, detective constable and sergeant (PC, DC, DS).
ROLE_ABBREVIATIONS = frozenset(
    "SW PA KW FSW IRO DSL TA SENCO HV SN MW CCN CPN DSN ESN OT SALT SLT physio paed GP PC DC DS".split())
