"""Correction stage: mend what the recogniser got nearly right, and record every change.

Run on the transcript straight after recognition, before doubt-finding:

1. **Hallucinations removed**: a phrase looped three or more times, runs of bare punctuation,
   prompt words echoed after the speech has ended (a known failure of prompting Whisper), and a
   segment with more words than its audio could hold ("Thank you for watching, I'll see you in the
   next video" in the last half-second of a recording). Each
   removal is kept as a :class:`Correction` of kind ``hallucination_removed``; the doubt stage turns
   it into a visible flag, so nothing disappears silently.
2. **Case names**: a word (or two or three) snapped to a name or place *of the recogniser's prompt* (the
   case context's, or a lexicon place a council put in the prompt) only when it sounds
   alike (metaphone codes) *and* the recogniser was unsure of it (word probability below
   :attr:`CorrectionOptions.max_name_probability`) *and* Whisper wrote it as a name (capitalised).
   With no case context there is no prompt and nothing is snapped: on real speech a lexicon word that was
   never said must not replace what the recogniser heard (issue 20). Two more places the words around them
   settle: unsure words straight after a case first name that spell that person's surname apart ("Bobbi-Jo A
   They" for Athey), and a prompt entry's kin word and first name lost to another case name after a possessive
   ("Her Aiyana Cowie lives next door" where the prompt has "nana Ivy Cowie" and Aiyana is the child). The snapped word keeps its low
   probability, so the doubt stage still flags it for checking.
3. **UK conventions**: British spelling (behaviour, centre, organise), mum not mom, Section 47
   *enquiry*, and dates as case records write them ("14 March 2025").

Character offsets, segment texts and word lists stay consistent: every change is made on words
(merging words a change spans), and the segment and transcript texts and offsets are rebuilt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import jellyfish
from rapidfuzz.distance import JaroWinkler, Levenshtein

from .language.dates import MONTH_NAMES
from .language.kinship import KIN_WORDS
from .language.kinship import TITLE_WORDS
from .language.titles import NAME_TITLES
from .note import Segment, Transcript, Word
from .vocabulary import Term, Vocabulary


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported when first needed: importing spaCy here, at module import, would put it
    before Whisper's decode in ``casenote process``, where the text stages' thread imports it beside the decode."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@dataclass
class CorrectionOptions:
    snap_names: bool = True
    snap_places: bool = True  # also snap to lexicon place names the prompt carries (case names win a tie)
    max_name_probability: float = 0.7  # snap only words the recogniser was less sure of than this
    min_code_similarity: float = 0.75  # metaphone codes, normalised Levenshtein
    min_spelling_similarity: float = 0.75  # Jaro-Winkler on letters, unless the codes are identical
    # Where the words around it say a first name goes there (the case's surname straight after it,
    # "Emily Milburn"; or a kin word run into it, "mammurraine"), a looser match is enough.
    min_anchored_code_similarity: float = 0.6
    min_anchored_spelling_similarity: float = 0.7
    # Unsure words straight after a case first name that are that person's surname heard apart ("A They").
    snap_surname_after_first: bool = True
    # "Her <case name>" where the prompt has "<kin word> <another first name> <that surname>": the kin word and name.
    restore_lost_kin: bool = True
    british_spelling: bool = True
    uk_dates: bool = True
    remove_repetitions: bool = True
    min_repeats: int = 3  # a phrase said this many times in a row is a loop, not speech
    # A segment of at least 6 words placed in audio at more than this many words a second is invented:
    # fast speech is 4-5. Whisper writes such text over a fraction of a second at the end of a recording.
    max_words_per_second: float = 8.0
    remove_prompt_echo: bool = True
    max_echo_probability: float = 0.35
    # Where the decode without the prompt replaced a failed one (``unprompted``), case names may replace words
    # Whisper did not write as a name (the same sound and probability tests).
    snap_unprompted: bool = True


@dataclass
class Correction:
    """One change to the transcript. ``start``/``end`` index the corrected ``Transcript.text``
    (a removal is zero-width at the point where the text was)."""

    start: int
    end: int
    start_s: float
    end_s: float
    kind: str  # name | spelling | date | hallucination_removed
    before: str
    after: str
    detail: str = ""


@dataclass
class CorrectionResult:
    transcript: Transcript
    corrections: list[Correction] = field(default_factory=list)


def correct_transcript(
    transcript: Transcript,
    vocabulary: Vocabulary | None = None,
    options: CorrectionOptions | None = None,
    unprompted: Sequence[tuple[float, float]] = (),
) -> CorrectionResult:
    """Return a corrected copy of ``transcript`` and the list of changes made. The input is not modified.

    ``unprompted``: the (start s, end s) spans the recogniser decoded without the prompt after its decode with
    it failed (:class:`transcribe.asr.Recognition`). Whisper never had the case's names there, so it wrote them
    as ordinary words ("mark us" for Marcus): in those spans a case name may also replace unsure words it did not
    capitalise, and stop words after the first ("us").
    """
    options = options or CorrectionOptions()
    targets = _name_targets(vocabulary, options.snap_places)
    first_names = _first_names(vocabulary)
    surnames = _surnames(vocabulary) if options.snap_surname_after_first else {}
    kin_entries = _kin_entries(vocabulary) if options.restore_lost_kin else {}
    prompt_words = _prompt_words(vocabulary)
    pending: list[_Removal] = []
    segments: list[tuple[Segment, list[_Tok], list[_Removal]]] = []

    previous_text = None
    repeats = 0
    for seg in transcript.segments:
        # The same segment over and over is Whisper looping across windows.
        key = _letters(seg.text)
        repeats = repeats + 1 if key and key == previous_text else 0
        previous_text = key
        if options.remove_repetitions and repeats >= 1 and len(seg.text.split()) >= 4:
            pending.append(_Removal(seg.text, seg.start, seg.end, "the previous segment repeated word for word"))
            continue
        rate = _words_per_second(seg)
        if options.max_words_per_second and rate is not None and rate > options.max_words_per_second:
            pending.append(_Removal(seg.text, seg.start, seg.end,
                                    f"{len(seg.text.split())} words in {_audio_span(seg):.2f} s of audio, faster than anyone speaks"))
            continue
        toks = _tokens(seg)
        tail: list[_Removal] = []
        if pending:
            if toks:
                toks[0].removed_before.extend(pending)
            else:
                tail.extend(pending)
            pending = []
        if options.remove_repetitions:
            toks = _drop_loops(toks, options.min_repeats)
            toks = _drop_punctuation_runs(toks)
        if options.remove_prompt_echo and prompt_words:
            toks, echo = _drop_prompt_echo(toks, prompt_words, options.max_echo_probability)
            tail.extend(echo)
        if options.snap_names and targets and seg.words:
            fallback = options.snap_unprompted and any(a <= (seg.start + seg.end) / 2 <= b for a, b in unprompted)
            if surnames:  # before the single-name snaps, which would take "Lily-Mae Ash" for Lily-Mae alone
                toks = _snap_surnames_after_first(toks, surnames, options)
            toks = _snap_names(toks, targets, options, first_names, fallback)
            if kin_entries:
                toks = _restore_lost_kin(toks, kin_entries, options)
        if options.british_spelling:
            toks = _rewrite_words(toks, _british)
            toks = _rewrite_span(toks, _SECTION_ENQUIRY, lambda m: f"Section {m.group(1)} enquir{m.group(2)}", "spelling", "UK usage")
        if options.uk_dates:
            for pattern, fmt in _DATE_RULES:
                toks = _rewrite_span(toks, pattern, fmt, "date", "UK date style")
        segments.append((seg, toks, tail))
    if pending and segments:
        segments[-1][2].extend(pending)

    return _rebuild(transcript, segments, pending if not segments else [])


# -- tokens ------------------------------------------------------------------------------------------


@dataclass
class _Removal:
    text: str
    start_s: float
    end_s: float
    detail: str


@dataclass
class _Tok:
    word: Word
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, before, detail)
    removed_before: list[_Removal] = field(default_factory=list)
    removed_after: list[_Removal] = field(default_factory=list)
    synthetic: bool = False  # made from segment text (no word timestamps): not emitted as a Word


def _tokens(seg: Segment) -> list[_Tok]:
    if seg.words and "".join(w.word for w in seg.words).strip() == seg.text:
        return [_Tok(replace(w)) for w in seg.words]
    # No (or inconsistent) word list: work on the text, with full confidence so no name is snapped.
    pieces = re.findall(r"\s*\S+", seg.text)
    return [_Tok(Word(seg.start, seg.end, p, 1.0), synthetic=True) for p in pieces]


_WORD_CORE = re.compile(r"^(\s*[\"'“(\[]*)(.*?)([\"'”)\].,;:!?…]*)$", re.DOTALL)


def _core(text: str) -> tuple[str, str, str]:
    m = _WORD_CORE.match(text)
    return (m.group(1), m.group(2), m.group(3)) if m else ("", text, "")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


# -- hallucinations ----------------------------------------------------------------------------------


def _audio_span(seg: Segment) -> float:
    if seg.words:
        return max(0.0, seg.words[-1].end - seg.words[0].start)
    return max(0.0, seg.end - seg.start)


def _words_per_second(seg: Segment, min_words: int = 6) -> float | None:
    """Words per second of the audio the segment's words were placed in (None: too short to judge)."""
    n = len(seg.text.split())
    if n < min_words:
        return None
    return n / max(_audio_span(seg), 0.01)


def _drop_loops(toks: list[_Tok], min_repeats: int) -> list[_Tok]:
    """Keep one copy of an n-gram repeated ``min_repeats`` or more times in a row (n = 1..12)."""
    keys = [_letters(t.word.word) for t in toks]
    i = 0
    out: list[_Tok] = []
    while i < len(toks):
        best = None
        for n in range(1, 13):
            if i + n * min_repeats > len(toks):
                break
            unit = keys[i : i + n]
            if not any(unit):
                continue
            count = 1
            while keys[i + count * n : i + (count + 1) * n] == unit:
                count += 1
            needed = min_repeats + 1 if n == 1 else min_repeats  # "no, no, no" is speech; four is a loop
            if count >= needed and (best is None or count * n > best[0] * best[1]):
                best = (count, n)
        if best is None:
            out.append(toks[i])
            i += 1
            continue
        count, n = best
        out.extend(toks[i : i + n])
        dropped = toks[i + n : i + count * n]
        text = "".join(t.word.word for t in dropped).strip()
        removal = _Removal(text, dropped[0].word.start, dropped[-1].word.end, f"'{_join(toks[i:i + n])}' repeated {count} times in a row")
        removals = [r for t in dropped for r in (*t.removed_before, *t.removed_after)] + [removal]
        i += count * n
        if i < len(toks):
            toks[i].removed_before[:0] = removals
        else:
            out[-1].removed_after.extend(removals)
    return out


def _drop_punctuation_runs(toks: list[_Tok]) -> list[_Tok]:
    """Two or more words that are only punctuation ('. . . .') are noise Whisper emits over silence."""
    out: list[_Tok] = []
    run: list[_Tok] = []

    def flush(next_tok: _Tok | None):
        if len(run) >= 2:
            removal = _Removal(_join(run), run[0].word.start, run[-1].word.end, "punctuation with no words")
            removals = [r for t in run for r in (*t.removed_before, *t.removed_after)] + [removal]
            if next_tok is not None:
                next_tok.removed_before[:0] = removals
            elif out:
                out[-1].removed_after.extend(removals)
            else:  # nothing left in the segment: keep the removals on a bare token the rebuild drops
                out.append(_Tok(Word(run[0].word.start, run[-1].word.end, "", 0.0), removed_after=removals, synthetic=True))
        else:
            out.extend(run)
        run.clear()

    for t in toks:
        if _letters(t.word.word):
            flush(t)
            out.append(t)
        else:
            run.append(t)
    flush(None)
    return out


def _drop_prompt_echo(toks: list[_Tok], prompt_words: set[str], max_p: float) -> tuple[list[_Tok], list[_Removal]]:
    """Drop a run of prompt words that ends a segment after a sentence has ended, each either heard
    with low probability or given no audio at all by the word aligner (zero duration)."""
    i = len(toks)
    while i > 0:
        t = toks[i - 1]
        key = _letters(t.word.word)
        unplaced = t.word.end - t.word.start <= 0.02  # the aligner found no audio for it
        if not key or key not in prompt_words or (t.word.probability >= max_p and not unplaced):
            break
        i -= 1
    if i == len(toks):
        return toks, []
    if i > 0 and not toks[i - 1].word.word.rstrip().endswith((".", "?", "!")):
        return toks, []  # mid-sentence: a real (if unsure) word, left for the doubt stage
    run = toks[i:]
    inner = [r for t in run for r in (*t.removed_before, *t.removed_after)]  # earlier removals stay listed
    removal = _Removal(
        _join(run), run[0].word.start, run[-1].word.end,
        "words from the recogniser's prompt, repeated with low probability or no audio after the speech ended",
    )
    return toks[:i], inner + [removal]


def _prompt_words(vocabulary: Vocabulary | None) -> set[str]:
    if not vocabulary or not vocabulary.prompt:
        return set()
    return {_letters(w) for w in re.split(r"[\s,-]+", vocabulary.prompt) if _letters(w)}


def _join(toks: Iterable[_Tok]) -> str:
    return "".join(t.word.word for t in toks).strip()


# -- case names ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    text: str  # as the record spells it: "Tyler-Jay", "Robson", "Whitley Bay"
    letters: str
    code: str
    source: str = "case"  # case | lexicon
    parts: int = 1  # words it is said as: "Tyler-Jay" and "Whitley Bay" are 2


def _name_targets(vocabulary: Vocabulary | None, with_places: bool) -> list[_Target]:
    """Case names word by word (hyphenated names also whole); lexicon place names whole."""
    out: dict[str, _Target] = {}
    for term in _prompted(vocabulary, vocabulary.names if vocabulary else []):
        for word in term.text.split():
            word = word.strip(",.'")
            parts = [word] + (word.split("-") if "-" in word else [])
            for p in parts:
                letters = _letters(p)
                if len(letters) >= 3 and p[:1].isupper() and letters not in out:
                    out[letters] = _Target(p, letters, jellyfish.metaphone(letters), "case", _parts(p))
    if with_places:
        for term in _prompted(vocabulary, vocabulary.terms if vocabulary else []):
            letters = _letters(term.text)
            if term.kind == "place" and len(letters) >= 4 and letters not in out:
                out[letters] = _Target(term.text, letters, jellyfish.metaphone(letters), "lexicon", _parts(term.text))
    return list(out.values())


def _prompted(vocabulary: Vocabulary | None, terms: Iterable[Term]) -> list[Term]:
    """The terms the recogniser was prompted with: the only ones a heard word may be snapped to."""
    entries = [e.casefold() for e in vocabulary.entries] if vocabulary else []
    return [t for t in terms if any(t.text.casefold() in e for e in entries)]


def _parts(text: str) -> int:
    return len([p for p in re.split(r"[\s-]+", text) if p])


def _first_names(vocabulary: Vocabulary | None) -> dict[str, list[_Target]]:
    """The case's first names by the surname they go with: {"milburn": [Demi-Leigh, Michelle]}; "" holds them all."""
    out: dict[str, list[_Target]] = {"": []}
    for term in _prompted(vocabulary, vocabulary.names if vocabulary else []):
        words = [w.strip(",.'") for w in term.text.split() if w.rstrip(".").lower() not in NAME_TITLES]
        if term.kind != "name" or not words or len(_letters(words[0])) < 3:
            continue
        first = _Target(words[0], _letters(words[0]), jellyfish.metaphone(_letters(words[0])), "case", _parts(words[0]))
        keys = [""] + ([_letters(words[-1])] if len(words) > 1 else [])
        for key in keys:
            if first.letters not in {t.letters for t in out.setdefault(key, [])}:
                out[key].append(first)
    return out


def _snap_anchored(toks: list[_Tok], i: int, first_names: dict[str, list[_Target]], options: CorrectionOptions):
    """(replacement text, target) for a word the words around it place a first name in, or None.

    * "Emily Milburn" where the case has Demi-Leigh Milburn: a capitalised word the recogniser was
      unsure of, straight before a case surname, near enough to a first name that goes with it;
    * "mammurraine" where the case has Lorraine: a kin word run into a near-miss of a case first name.
    """
    tok = toks[i]
    lead, core, trail = _core(tok.word.word)
    if tok.word.probability >= options.max_name_probability or not core or _letters(core) != core.lower():
        return None
    if core.lower() in _stop_words():
        return None
    loose = replace(options, min_code_similarity=options.min_anchored_code_similarity,
                    min_spelling_similarity=options.min_anchored_spelling_similarity)
    if core[:1].isupper() and i + 1 < len(toks) and not trail:
        surname = _letters(_possessive(toks[i + 1])[0])
        candidates = first_names.get(surname, [])
        if candidates and core.lower() not in {t.letters for t in candidates}:
            target = _closest(core.lower(), candidates, loose)
            if target:
                return f"{lead}{target.text}{trail}", target
        return None
    if core[:1].islower():
        for kin in sorted(TITLE_WORDS, key=len, reverse=True):  # run into the name: "mammurraine"
            if not core.startswith(kin) or len(core) - len(kin) < 3:
                continue
            for rest in (core[len(kin):], core[len(kin) - 1:]):  # "mam|murraine": the m said once
                target = _closest(rest, first_names[""], loose)
                if target:
                    return f"{lead}{kin} {target.text}{trail}", target
            return None
    return None


def _snap_names(toks: list[_Tok], targets: list[_Target], options: CorrectionOptions,
                first_names: dict[str, list[_Target]] | None = None, fallback: bool = False) -> list[_Tok]:
    """Snap unsure near-misses to the prompt's names; ``fallback``: the segment was decoded without the prompt."""
    exact = {t.letters: t for t in targets}
    i = 0
    out: list[_Tok] = []
    while i < len(toks):
        anchored = _snap_anchored(toks, i, first_names, options) if first_names else None
        if anchored:
            text, target = anchored
            tok = toks[i]
            merged = _Tok(Word(tok.word.start, tok.word.end, text, tok.word.probability))
            merged.changes.extend(tok.changes)
            merged.removed_before.extend(tok.removed_before)
            merged.removed_after.extend(tok.removed_after)
            before = _join([tok])
            merged.changes.append(("name", before, f"heard '{before}' (probability {tok.word.probability:.2f}); "
                                   f"case name '{target.text}' where the words around it place a first name"))
            out.append(merged)
            i += 1
            continue
        match = None
        for n in (3, 2, 1):
            span = toks[i : i + n]
            if len(span) < n or not _can_snap(span, n, toks[i - 1] if i else None, fallback):
                continue
            letters = "".join(_letters(_core(t.word.word)[1]) for t in span[:-1]) + _letters(_possessive(span[-1])[0])
            if letters in exact:
                if n > 1 and exact[letters].parts == n:  # "Tyler Jay" for "Tyler-Jay": same letters, apart
                    match = (n, exact[letters])
                    break
                if n == 1:
                    break  # already the name (or differs only in case)
                continue
            if len(letters) < 3:
                continue
            whole = exact.get(_letters(_core(span[0].word.word)[1]))
            if n > 1 and whole is not None and whole.parts >= n:
                continue  # "Lily-Mae Ash": the first word is already a whole name; the words after it are not of it
            if min(t.word.probability for t in span) >= options.max_name_probability:
                continue
            lower = not _core(span[0].word.word)[1][:1].isupper()  # after "mum" etc.: case names only
            fits = [t for t in targets if t.parts == n and not (lower and t.source != "case")]
            if fallback:  # decoded without the prompt: a case name written as ordinary words, sound for sound
                code = jellyfish.metaphone(letters)
                if lower and not (n == 1 and _after_kin(toks[i - 1] if i else None)):
                    fits = [t for t in fits if t.code == code]
                if n > 1:  # a one-word name heard apart ("mark us")
                    fits += [t for t in targets if t.parts == 1 and t.source == "case" and t.code == code]
            target = _closest(letters, fits, options)
            if target:
                match = (n, target)
                break
        i = _take(out, toks, i, match, _name_reason)
    return out


def _name_reason(target: _Target) -> str:
    return f"{'case' if target.source == 'case' else 'place'} name '{target.text}'"


def _take(out: list[_Tok], toks: list[_Tok], i: int, match: tuple[int, _Target] | None, why) -> int:
    """Append what stands at ``toks[i]``: the token as heard when nothing matched, else the ``n`` matched tokens
    written as their target (``why(target)`` the change's reason). Returns the index after it."""
    if match is None:
        out.append(toks[i])
        return i + 1
    n, target = match
    out.append(_written_as(toks[i : i + n], target.text, why(target)))
    return i + n


def _people(vocabulary: Vocabulary | None) -> list[tuple[str, list[str]]]:
    """The prompt's people as (the word said before the name, or "", the name's words): ("nana", ["Ivy", "Cowie"])."""
    out = []
    for entry in vocabulary.entries if vocabulary else []:
        words = [w.strip(",.") for w in entry.split()]
        kin = words[0] if words and words[0].lower() in TITLE_WORDS | KIN_WORDS else ""
        name = [w for w in words[1 if kin else 0 :] if w.rstrip(".").lower() not in NAME_TITLES]
        if len(name) >= 2 and any(t.kind == "name" and t.text.casefold() == " ".join(name).casefold()
                                  for t in vocabulary.names):
            out.append((kin, name))
    return out


def _surnames(vocabulary: Vocabulary | None) -> dict[str, list[_Target]]:
    """Each case first name's surnames, by the first name's letters: {"bobbijo": [Athey]}."""
    out: dict[str, list[_Target]] = {}
    for _, name in _people(vocabulary):
        last = name[-1]
        target = _Target(last, _letters(last), jellyfish.metaphone(_letters(last)), "case", _parts(last))
        if len(target.letters) >= 3 and target not in out.get(_letters(name[0]), []):
            out.setdefault(_letters(name[0]), []).append(target)
    return out


def _snap_surnames_after_first(toks: list[_Tok], surnames: dict[str, list[_Target]], options: CorrectionOptions) -> list[_Tok]:
    """After a case first name ("Bobbi-Jo", written as one word or as "Bobbi" "-Jo"), one to three unsure words
    with no punctuation between them whose letters spell that person's surname, or sound as it does ("A They" for
    Athey): the surname. Stop words count here, since the first name says a surname comes next."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        first = _letters(_core(out[-1].word.word)[1]) if out and not _core(out[-1].word.word)[2] else ""
        if len(out) >= 2 and _core(out[-1].word.word)[1].startswith("-") and not _core(out[-2].word.word)[2]:
            first = _letters(_core(out[-2].word.word)[1]) + first
        match = None
        for n in (3, 2, 1) if surnames.get(first) else ():
            span = toks[i : i + n]
            if len(span) < n or any(_core(t.word.word)[2] for t in span[:-1]) or not all(_core(t.word.word)[1] for t in span):
                continue
            if max(t.word.probability for t in span) >= options.max_name_probability:
                continue
            letters = "".join(_letters(_core(t.word.word)[1]) for t in span[:-1]) + _letters(_possessive(span[-1])[0])
            code = jellyfish.metaphone(letters) if letters else ""
            for target in surnames[first]:
                if letters == target.letters and n == 1:
                    break  # already the surname
                if letters == target.letters or code == target.code and JaroWinkler.similarity(letters, target.letters) >= options.min_spelling_similarity:
                    match = (n, target)
                    break
            if match:
                break
        i = _take(out, toks, i, match,
                  lambda target: f"case name '{target.text}' straight after the first name it goes with")
    return out


def _kin_entries(vocabulary: Vocabulary | None) -> dict[str, list[tuple[str, str]]]:
    """The prompt's people named after a kin word, by surname: {"cowie": [("nana", "Ivy")]}."""
    out: dict[str, list[tuple[str, str]]] = {}
    for kin, name in _people(vocabulary):
        if kin:
            out.setdefault(_letters(name[-1]), []).append((kin, name[0]))
    return out


POSSESSIVES = frozenset({"her", "his", "their", "my", "our", "your"})


def _restore_lost_kin(toks: list[_Tok], kin_entries: dict[str, list[tuple[str, str]]], options: CorrectionOptions) -> list[_Tok]:
    """"Her Aiyana Cowie lives next door" where the prompt has "nana Ivy Cowie": a possessive straight before an
    unsure first name and a case surname is no way to say a name; where exactly one person of that surname is
    named after a kin word in the prompt, and by another first name, the kin word and that name were what was
    said, and the prompt's other name was written over them."""
    out: list[_Tok] = []
    for i, tok in enumerate(toks):
        out.append(tok)
        if i == 0 or i + 1 >= len(toks) or _core(toks[i - 1].word.word)[2]:
            continue
        if _core(toks[i - 1].word.word)[1].lower() not in POSSESSIVES:
            continue
        lead, core, trail = _core(tok.word.word)
        if trail or not core[:1].isupper() or tok.word.probability >= options.max_name_probability:
            continue
        entries = kin_entries.get(_letters(_possessive(toks[i + 1])[0]), [])
        if len(entries) != 1 or _letters(entries[0][1]) == _letters(core):
            continue
        kin, first = entries[0]
        out[-1] = _merged([tok], f"{lead}{kin} {first}",
                          f"case name '{kin} {first}' as the prompt gives it: a possessive before another case name")
    return out


def _written_as(span: list[_Tok], name: str, why: str) -> _Tok:
    """``span`` written as ``name``, keeping the punctuation before its first word and after its last (and a
    possessive): "(Fennwick's," -> "(Fenwick's,"."""
    lead, trail = _core(span[0].word.word)[0], _possessive(span[-1])[1] + _core(span[-1].word.word)[2]
    return _merged(span, f"{lead}{name}{trail}", why)


def _merged(span: list[_Tok], text: str, why: str) -> _Tok:
    """One token for ``span`` written as ``text``, keeping the span's changes and removals and its lowest probability."""
    prob = min(t.word.probability for t in span)
    merged = _Tok(Word(span[0].word.start, span[-1].word.end, text, prob))
    for t in span:
        merged.changes.extend(t.changes)
        merged.removed_before.extend(t.removed_before)
        merged.removed_after.extend(t.removed_after)
    before = _join(span)
    merged.changes.append(("name", before, f"heard '{before}' (probability {prob:.2f}); {why}"))
    return merged


def _possessive(tok: _Tok) -> tuple[str, str]:
    """("Fennwick", "'s") for "Fennwick's": a name is matched without its possessive, which is kept."""
    core = _core(tok.word.word)[1]
    m = re.match(r"^(.*?)(['’]s|s['’])$", core)
    return (m.group(1), m.group(2)) if m and len(m.group(1)) >= 3 else (core, "")


# A word straight after one of these (the family words of ``language.kinship``, and "baby") is in a name's
# place ("his mum Kerry", "her nan Maureen"), even where Whisper, unsure of it, wrote it in lower case ("his
# mum carry").
NAME_AFTER = KIN_WORDS | {"baby"}


def _after_kin(prev: _Tok | None) -> bool:
    """Is this the word after a kin word, in a name's place ("his mum carry")?"""
    return prev is not None and not _core(prev.word.word)[2] and _core(prev.word.word)[1].lower() in NAME_AFTER


def _can_snap(span: list[_Tok], n: int, prev: _Tok | None = None, fallback: bool = False) -> bool:
    """May these words be one name? ``fallback``: decoded without the prompt, so Whisper could not write the
    name as one; a lower-case first word and stop words after it ("mark us") may then be a case name, if
    they sound as it does (:func:`_snap_names`)."""
    first = _core(span[0].word.word)[1]
    if not first[:1].isupper() and not (n == 1 and _after_kin(prev)) and not fallback:
        return False  # Whisper did not take it for a name: leave it to the doubt flags
    if any(_core(t.word.word)[1].lower() in _stop_words() for t in (span[:1] if fallback else span)):
        return False  # "We also" is never "Wallsend"
    for t in span[:-1]:
        if _core(t.word.word)[2]:  # punctuation inside the span: separate words, not one name
            return False
    return all(_core(t.word.word)[1] for t in span)


def _closest(letters: str, targets: list[_Target], options: CorrectionOptions) -> _Target | None:
    code = jellyfish.metaphone(letters)
    best, best_score = None, 0.0
    for t in targets:
        code_sim = Levenshtein.normalized_similarity(code, t.code)
        spell_sim = JaroWinkler.similarity(letters, t.letters)
        if code_sim < options.min_code_similarity:
            continue
        if code != t.code and spell_sim < options.min_spelling_similarity:
            continue
        if spell_sim < 0.6:
            continue
        score = code_sim + spell_sim + (0.05 if t.source == "case" else 0.0)
        if score > best_score:
            best, best_score = t, score
    return best


# -- British spelling and UK conventions ---------------------------------------------------------------

_BRITISH = {
    "mom": "mum", "moms": "mums", "mom's": "mum's", "mommy": "mummy", "momma": "mum",
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "color": "colour", "colors": "colours", "colored": "coloured", "favorite": "favourite",
    "favorites": "favourites", "favor": "favour", "neighbor": "neighbour", "neighbors": "neighbours",
    "neighborhood": "neighbourhood", "honor": "honour", "humor": "humour", "rumor": "rumour",
    "labor": "labour", "harbor": "harbour", "odor": "odour", "vigor": "vigour", "savior": "saviour",
    "center": "centre", "centers": "centres", "theater": "theatre", "liter": "litre",
    "fiber": "fibre", "somber": "sombre", "program": "programme", "programs": "programmes",
    "defense": "defence", "offense": "offence", "pretense": "pretence",
    "mold": "mould", "moldy": "mouldy", "pajamas": "pyjamas", "diaper": "nappy",
    "diapers": "nappies", "aging": "ageing", "skeptical": "sceptical",
    "traveled": "travelled", "traveling": "travelling", "canceled": "cancelled", "canceling": "cancelling",
    "counseling": "counselling", "counselor": "counsellor", "labeled": "labelled", "modeling": "modelling",
    "fueled": "fuelled", "enroll": "enrol", "enrollment": "enrolment", "fulfill": "fulfil",
    "fulfillment": "fulfilment", "pediatric": "paediatric", "pediatrician": "paediatrician",
    "anemia": "anaemia", "anesthetic": "anaesthetic", "cozy": "cosy",
}
_IZE_EXCEPTIONS = {"size", "sized", "sizes", "seize", "seized", "seizes", "seizing", "prize", "prized", "prizes",
                   "capsize", "capsized", "maize", "baize", "resize", "resized", "downsize", "oversized", "citizen",
                   "citizens", "bizarre", "wizard", "belize", "brize"}
# Left alone on purpose: "meter" (a gas or electric meter is spelled so in the UK), "license" (the UK verb),
# "gray" (also a surname).
_IZE = re.compile(r"^([a-z]{3,})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$")


def _british(word: str) -> str | None:
    lower = word.lower()
    if lower in _BRITISH:
        new = _BRITISH[lower]
        return _match_case(word, new) if new and new != lower else None
    if lower in _IZE_EXCEPTIONS or "size" in lower or "sizing" in lower:
        return None
    m = _IZE.match(lower)
    if m:
        stem, z, end = m.groups()
        return _match_case(word, f"{stem}{'is' if z == 'iz' else 'ys'}{end}")
    return None


def _match_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _rewrite_words(toks: list[_Tok], fn) -> list[_Tok]:
    for t in toks:
        lead, core, trail = _core(t.word.word)
        new = fn(core) if core else None
        if new and new != core:
            t.changes.append(("spelling", core, "British spelling"))
            t.word = replace(t.word, word=f"{lead}{new}{trail}")
    return toks


_MONTHS = "|".join(m.capitalize() for m in MONTH_NAMES)
_SECTION_ENQUIRY = re.compile(r"\b[Ss]ection (\d{1,3}) inquir(y|ies)\b")
_DATE_RULES = [
    # March 14th, 2025 / March 14, 2025 -> 14 March 2025
    (re.compile(rf"\b({_MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b"), lambda m: f"{int(m.group(2))} {m.group(1)} {m.group(3)}"),
    # the 14th of March, 2025 / 14th March 2025 -> 14 March 2025
    (re.compile(rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTHS}),? (\d{{4}})\b"), lambda m: f"{int(m.group(1))} {m.group(2)} {m.group(3)}"),
    # the 14th of March / 14th March -> 14 March
    (re.compile(rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th) (?:of )?({_MONTHS})\b"), lambda m: f"{int(m.group(1))} {m.group(2)}"),
    (re.compile(rf"\bthe (\d{{1,2}}) of ({_MONTHS})\b"), lambda m: f"{int(m.group(1))} {m.group(2)}"),
    # March 14th -> 14 March
    (re.compile(rf"\b({_MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)\b"), lambda m: f"{int(m.group(2))} {m.group(1)}"),
]


def _rewrite_span(toks: list[_Tok], pattern: re.Pattern, fmt, kind: str, detail: str) -> list[_Tok]:
    """Apply a regex rewrite to the words' joined text, merging the words each match spans."""
    while True:
        text = "".join(t.word.word for t in toks)
        bounds = []
        pos = 0
        for t in toks:
            bounds.append((pos, pos + len(t.word.word)))
            pos += len(t.word.word)
        for m in pattern.finditer(text):
            new = fmt(m) if callable(fmt) else m.expand(fmt)
            if new == m.group(0):
                continue
            i = next(k for k, (a, b) in enumerate(bounds) if b > m.start())
            j = next(k for k, (a, b) in enumerate(bounds) if b >= m.end())
            a, b = bounds[i][0], bounds[j][1]
            merged_text = text[a : m.start()] + new + text[m.end() : b]
            span = toks[i : j + 1]
            merged = _Tok(
                Word(span[0].word.start, span[-1].word.end, merged_text, min(t.word.probability for t in span)),
                synthetic=span[0].synthetic,
            )
            for t in span:
                merged.changes.extend(t.changes)
                merged.removed_before.extend(t.removed_before)
                merged.removed_after.extend(t.removed_after)
            merged.changes.append((kind, m.group(0), detail))
            toks = toks[:i] + [merged] + toks[j + 1 :]
            break
        else:
            return toks


# -- rebuild ---------------------------------------------------------------------------------------------


def _rebuild(
    transcript: Transcript,
    segments: list[tuple[Segment, list[_Tok], list[_Removal]]],
    orphans: list[_Removal],
) -> CorrectionResult:
    out_segments: list[Segment] = []
    corrections: list[Correction] = []
    pieces: list[str] = []
    pos = 0
    carry: list[_Removal] = list(orphans)
    for seg, toks, tail in segments:
        text = "".join(t.word.word for t in toks).strip()
        if not text:
            carry.extend(r for t in toks for r in t.removed_before)
            carry.extend(r for t in toks for r in t.removed_after)
            carry.extend(tail)
            continue
        if pieces:
            pos += 1
        seg_start = pos
        lead_trim = len("".join(t.word.word for t in toks)) - len("".join(t.word.word for t in toks).lstrip())
        cursor = seg_start - lead_trim
        for r in carry:
            corrections.append(_removal(r, seg_start))
        carry = []
        for t in toks:
            a = max(cursor + (len(t.word.word) - len(t.word.word.lstrip())), seg_start)
            b = cursor + len(t.word.word.rstrip())
            for r in t.removed_before:
                corrections.append(_removal(r, a))
            lead, core, trail = _core(t.word.word)
            ca, cb = (a + len(lead.strip()), b - len(trail)) if core else (a, b)
            for kind, before, detail in t.changes:
                corrections.append(Correction(ca, cb, t.word.start, t.word.end, kind, before, core, detail))
            for r in t.removed_after:
                corrections.append(_removal(r, b))
            cursor += len(t.word.word)
        end = seg_start + len(text)
        for r in tail:
            corrections.append(_removal(r, end))
        words = [t.word for t in toks if not t.synthetic] if seg.words else []
        out_segments.append(replace(seg, text=text, char_start=seg_start, char_end=end, words=words))
        pieces.append(text)
        pos = end
    for r in carry:  # removed material after the last kept segment (or with nothing kept at all)
        corrections.append(_removal(r, pos))
    text = " ".join(pieces)
    new = replace(transcript, text=text, segments=out_segments, speech_detected=bool(out_segments))
    corrections.sort(key=lambda c: (c.start, c.end))
    return CorrectionResult(new, corrections)


def _removal(r: _Removal, at: int) -> Correction:
    return Correction(at, at, r.start_s, r.end_s, "hallucination_removed", r.text, "", r.detail)
