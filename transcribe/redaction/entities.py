"""Entity names this stage emits, and the placeholder label each one gets."""

from __future__ import annotations

PERSON = "PERSON"
NHS_NUMBER = "UK_NHS"
NI_NUMBER = "UK_NINO"
POSTCODE = "UK_POSTCODE"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
STREET_ADDRESS = "STREET_ADDRESS"
INSTITUTION = "INSTITUTION"  # schools, nurseries, GP surgeries

ALL_ENTITIES = [
    PERSON,
    NHS_NUMBER,
    NI_NUMBER,
    POSTCODE,
    PHONE,
    EMAIL,
    DATE_OF_BIRTH,
    STREET_ADDRESS,
    INSTITUTION,
]

# Structured identifiers win over names and addresses where spans overlap.
PRIORITY = {
    NHS_NUMBER: 9,
    NI_NUMBER: 9,
    EMAIL: 9,
    POSTCODE: 8,
    PHONE: 8,
    DATE_OF_BIRTH: 7,
    INSTITUTION: 6,  # "Elm Road Surgery" is a surgery, not a street
    STREET_ADDRESS: 5,
    PERSON: 4,
}

PLACEHOLDER_LABEL = {
    PERSON: "PERSON",
    NHS_NUMBER: "NHS NUMBER",
    NI_NUMBER: "NI NUMBER",
    POSTCODE: "POSTCODE",
    PHONE: "PHONE",
    EMAIL: "EMAIL",
    DATE_OF_BIRTH: "DOB",
    STREET_ADDRESS: "ADDRESS",
    INSTITUTION: "PLACE",
}
