"""UK recognizers for the redaction stage: one class per file, declarative where possible."""

from .birth_cue_date_recognizer import BirthCueDateRecognizer
from .case_context_recognizer import PERSON_INDEX_KEY, CaseContextRecognizer
from .cue_value_recognizer import CueValueRecognizer
from .date_of_birth_recognizer import DateOfBirthRecognizer
from .digit_run_recognizer import DigitRunRecognizer
from .email_recognizer import OfflineEmailRecognizer
from .heard_ni_number_recognizer import HeardNiNumberRecognizer
from .institution_recognizer import InstitutionRecognizer
from .nhs_number_recognizer import NhsNumberRecognizer, nhs_checksum_ok
from .ni_number_recognizer import NiNumberRecognizer
from .online_handle_recognizer import OnlineHandleRecognizer
from .person_name_recognizer import PersonNameRecognizer
from .spelt_name_recognizer import SpeltNameRecognizer
from .street_address_recognizer import StreetAddressRecognizer
from .uk_phone_recognizer import UkPhoneRecognizer
from .uk_postcode_recognizer import UkPostcodeRecognizer
from .uncased_name_recognizer import UncasedNameRecognizer

__all__ = [
    "PERSON_INDEX_KEY",
    "BirthCueDateRecognizer",
    "CaseContextRecognizer",
    "CueValueRecognizer",
    "DateOfBirthRecognizer",
    "DigitRunRecognizer",
    "HeardNiNumberRecognizer",
    "InstitutionRecognizer",
    "NhsNumberRecognizer",
    "NiNumberRecognizer",
    "OnlineHandleRecognizer",
    "OfflineEmailRecognizer",
    "PersonNameRecognizer",
    "SpeltNameRecognizer",
    "StreetAddressRecognizer",
    "UkPhoneRecognizer",
    "UkPostcodeRecognizer",
    "UncasedNameRecognizer",
    "nhs_checksum_ok",
]


def uk_recognizers(use_ner: bool = True, english: frozenset[str] = frozenset(), irregular: frozenset[str] = frozenset()) -> list:
    """The registry's standing recognizers (case-aware ones are added per note)."""
    return [
        NhsNumberRecognizer(),
        NiNumberRecognizer(),
        UkPostcodeRecognizer(),
        UkPhoneRecognizer(),
        OfflineEmailRecognizer(),
        OnlineHandleRecognizer(),
        SpeltNameRecognizer(),
        DateOfBirthRecognizer(),
        BirthCueDateRecognizer(),
        CueValueRecognizer(english=english),
        DigitRunRecognizer(),
        HeardNiNumberRecognizer(),
        StreetAddressRecognizer(),
        InstitutionRecognizer(english=english, irregular=irregular),
        PersonNameRecognizer(use_ner=use_ner, english=english),
    ]
