"""Readings of a note's text that several recognisers make, made once per note.

Presidio hands every recognizer the same text: the phone, NHS and cue recognisers each read its
digit runs; the case-context, digit-run and heard-NI recognisers its heard characters; the two
date-of-birth recognisers (the standing one and the case's) its dates; the person and institution
recognisers and the resolution step its never-redact spans; the three rules of :mod:`nearby_numbers` its groups of
digits read out (a reading of that module's, kept here by :func:`reading`). Each reading is a pure function of the
text, so the first asker makes it and the others are given the same (a tuple: they only read it).
:meth:`Redactor.detect` calls :func:`forget_readings` when a note is done, so each note pays for its
readings once and none is kept between notes.
"""

from __future__ import annotations

from functools import lru_cache

from ..language.dates import DateMention, find_dates
from . import lexicon
from .spoken_numbers import DigitRun, HeardToken, find_digit_runs, heard_characters

_TEXTS_KEPT = 4  # a note's readings are asked of within its redaction; a few cover concurrent threads
_READINGS: list = []  # every reading, to forget


def reading(read):
    """``read`` (a pure function of a note's text) made once per note: kept until :func:`forget_readings`. For the
    readings of modules this one cannot import (they import it), as :func:`nearby_numbers.read_number_groups`."""
    kept = lru_cache(maxsize=_TEXTS_KEPT)(read)
    _READINGS.append(kept)
    return kept


@reading
def heard_tokens(text: str) -> tuple[HeardToken, ...]:
    """:func:`spoken_numbers.heard_characters` of ``text``."""
    return tuple(heard_characters(text))


@reading
def heard_starts(text: str) -> tuple[int, ...]:
    """Where each of :func:`heard_tokens` starts, in order (to find the heard tokens of a stretch by bisection)."""
    return tuple(h.start for h in heard_tokens(text))


@reading
def _every_digit_run(text: str) -> tuple[DigitRun, ...]:
    """:func:`spoken_numbers.find_digit_runs` of ``text``, every run (a run's extent does not depend on the
    least number of digits asked for: only which runs are kept)."""
    return tuple(find_digit_runs(text, min_digits=1))


def digit_runs(text: str, min_digits: int) -> tuple[DigitRun, ...]:
    """:func:`spoken_numbers.find_digit_runs` of ``text`` with at least ``min_digits`` (one or more) digits."""
    return tuple(run for run in _every_digit_run(text) if len(run.digits) >= min_digits)


@reading
def date_mentions(text: str) -> tuple[DateMention, ...]:
    """:func:`language.dates.find_dates` of ``text``."""
    return tuple(find_dates(text))


@reading
def protected_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`lexicon.protected_spans` of ``text``."""
    return tuple(lexicon.protected_spans(text))


def forget_readings() -> None:
    """Drop every kept reading (a note's redaction is done)."""
    for kept in _READINGS:
        kept.cache_clear()
