"""Doubt stage: find where the recogniser was unsure, and say so in the note.

Never hides anything: a doubtful stretch stays in the transcript and is listed with its reason and
timestamps, so the practitioner checks it against their memory of the visit. What the correction
stage removed (a looped phrase, prompt words echoed after the speech) or changed to a case name is
listed here too, so the note shows every place the text is not simply what the recogniser heard.

Reasons:

- ``low_confidence``: the segment's average log-probability is below Whisper's own fallback threshold;
- ``repetition``: the segment compresses too well (gzip ratio), the mark of a repetition loop;
- ``no_speech``: the model thought the window held no speech yet produced text (a likely hallucination);
- ``low_word_probability``: a run of words each heard with low probability;
- ``hallucination_removed``: text the correction stage removed (zero-width at where it was), and case words the
  recogniser copied from its prompt where the audio does not bear them out, which it dropped
  (:func:`transcribe.asr.drop_read_back`: "Obadiah Grimwade" for "Obadiah attends"; and
  :func:`transcribe.asr.drop_past_the_end`: the prompt read back after the recording's end);
- ``name_corrected``: a word the correction stage snapped to a case-context name;
- ``foreign_script``: words written in another script (Whisper forced to English sometimes emits
  Chinese or Cyrillic characters where it could not make out the speech): never what was said;
- ``read_from_case``: two or more of the case's names written one after another, as the recogniser's
  prompt lists them ("Ollie Wanless, dad Stuart Wanless,"), or a case name standing alone as a sentence
  ("...a walk to the shop. Coulthard. Harrison said..."): biasing can make Whisper copy the case's
  names in where they were not said, and copy them with confidence, so no probability flags them; and a case
  surname the recogniser copied after the first name said, which the recording hardly bears out
  (:func:`transcribe.asr.drop_read_back`: "Obadiah Grimwade" for "Obadiah attends").
- ``unheard_speech``: a stretch of the recording in which voice activity detection found speech but the recogniser
  wrote no word (:func:`transcribe.asr.unheard_speech`; Whisper can skip a sentence outright, with nothing unsure
  left to flag): zero-width, where the text resumes, so nothing is lost silently; or the words written there
  when the stretch was decoded again on its own (:func:`transcribe.asr.hear_again`), to check against the recording;
- ``case_word_taken_back``: words where the decode with the case's names wrote a relation of its prompt ("nan
  Maureen") and the same chunk decoded without the names heard another ("dad more often"), whose words were taken
  (:func:`transcribe.asr.check_kin_words`): what the unbiased decode heard, to check against the recording;
- ``identifier_unclear``: a redacted identifier (a date of birth, an NHS number, a name...) holding words
  heard with low probability (:func:`add_identifier_doubts`, after redaction): it is redacted all the same,
  and the practitioner checks the recording for what was said, since no one else will see it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .context import name_words
from .correction import Correction
from .note import Doubt, Redaction, Segment, Transcript, Word
from .vocabulary import Vocabulary


@dataclass
class DoubtOptions:
    min_avg_logprob: float = -1.0  # Whisper's own fallback threshold
    max_compression_ratio: float = 2.4  # above this a segment is probably a repetition loop
    max_no_speech_prob: float = 0.6
    no_speech_max_logprob: float = -0.5  # ...and only when the text itself was not confidently decoded
    min_word_probability: float = 0.4
    flag_name_corrections: bool = True
    flag_foreign_script: bool = True  # letters outside the Latin script, in a transcript of English speech
    flag_read_from_case: bool = True  # the prompt's names written back to back, as the prompt lists them
    flag_unclear_identifiers: bool = True  # a redacted identifier holding low-probability words
    flag_unheard_speech: bool = True  # speech the recogniser wrote no word for
    flag_case_words_taken_back: bool = True  # words taken from the unbiased decode over an unsure case word


def find_doubts(
    transcript: Transcript,
    options: DoubtOptions | None = None,
    corrections: Iterable[Correction] = (),
    vocabulary: Vocabulary | None = None,
    unheard: Iterable[tuple[float, float]] = (),
    reheard: Iterable[tuple[float, float]] = (),
    unbiased: Iterable[tuple[float, float]] = (),
    read_back: Iterable[tuple[float, float, str]] = (),
    copied: Iterable[tuple[float, float]] = (),
) -> list[Doubt]:
    """Flag low-confidence segments, repetition loops, likely non-speech, low-probability words, and
    every removal (and name snap) the correction stage made; with the dictation's ``vocabulary``, also
    the case's names written back to back as its prompt lists them; each ``unheard`` (start s, end s)
    stretch of speech no word was written for, and the words of each ``reheard`` one
    (:class:`transcribe.asr.Recognition`), and the words of each ``unbiased`` span, taken from the decode without
    the case's names where the biased one wrote another relation; and where each ``read_back`` run of case words the
    recogniser copied from its prompt was dropped, and the words of each ``copied`` (start s, end s) span it copied and
    kept (a case surname written after the first name said)."""
    options = options or DoubtOptions()
    doubts: list[Doubt] = _read_back_doubts(transcript, read_back)
    if options.flag_read_from_case:
        doubts.extend(_copied_doubts(transcript, copied))
    if options.flag_unheard_speech:
        doubts.extend(_unheard_doubts(transcript, unheard, reheard))
    if options.flag_case_words_taken_back:
        doubts.extend(_taken_back_doubts(transcript, unbiased))
    if options.flag_read_from_case and vocabulary is not None:
        doubts.extend(_read_from_case_doubts(transcript, vocabulary))
    for seg in transcript.segments:
        reasons = []
        if seg.avg_logprob < options.min_avg_logprob:
            reasons.append(("low_confidence", f"average log-probability {seg.avg_logprob:.2f}"))
        if seg.compression_ratio > options.max_compression_ratio:
            reasons.append(("repetition", f"compression ratio {seg.compression_ratio:.2f}"))
        if seg.no_speech_prob > options.max_no_speech_prob and seg.avg_logprob < options.no_speech_max_logprob:
            reasons.append(("no_speech", f"no-speech probability {seg.no_speech_prob:.2f}"))
        for reason, detail in reasons:
            doubts.append(Doubt(seg.char_start, seg.char_end, seg.start, seg.end, reason, seg.text, detail))
        doubts.extend(_word_doubts(transcript, seg, options))
        if options.flag_foreign_script:
            doubts.extend(_foreign_script_doubts(transcript, seg))
    for c in corrections:
        if c.kind == "hallucination_removed":
            doubts.append(Doubt(c.start, c.end, c.start_s, c.end_s, "hallucination_removed", c.before, f"removed: {c.detail}"))
        elif c.kind == "name" and options.flag_name_corrections:
            doubts.append(Doubt(c.start, c.end, c.start_s, c.end_s, "name_corrected", c.after, c.detail))
    return sorted(doubts, key=lambda d: (d.start, d.end, d.reason))


def word_spans(transcript: Transcript, seg: Segment) -> list[tuple[int, int]]:
    """Character span in ``transcript.text`` of each of ``seg.words`` (see :meth:`Transcript.word_spans`)."""
    return transcript.word_spans(seg)


def placed_words(transcript: Transcript) -> list[tuple[int, int, Word]]:
    """Every word of the transcript that can be placed in its text: (start, end, word), in order."""
    return [(a, b, w) for seg in transcript.segments for w, (a, b) in zip(seg.words, word_spans(transcript, seg))
            if a >= 0 and w.word.strip()]


def unsure_spans(transcript: Transcript, below: float) -> list[tuple[int, int]]:
    """Character spans of the words heard with probability below ``below``."""
    return [(a, b) for a, b, w in placed_words(transcript) if w.probability < below]


def add_identifier_doubts(
    doubts: list[Doubt], transcript: Transcript, redactions: Iterable[Redaction], options: DoubtOptions | None = None
) -> list[Doubt]:
    """``doubts`` and one ``identifier_unclear`` doubt per redaction that holds a low-probability word:
    the identifier stays redacted, and the practitioner listens to what was said there."""
    options = options or DoubtOptions()
    if not options.flag_unclear_identifiers:
        return doubts
    from .redaction.entities import PLACEHOLDER_LABEL  # the redaction stage's names for what it redacts

    words = [(a, b, w) for a, b, w in placed_words(transcript) if w.probability < options.min_word_probability]
    out = list(doubts)
    for r in redactions:
        inside = [w for a, b, w in words if a < r.end and b > r.start]
        if not inside:
            continue
        start_s, end_s = transcript.time_of(r.start, r.end) or (0.0, 0.0)
        label = PLACEHOLDER_LABEL.get(r.entity, r.entity).replace("DOB", "DATE OF BIRTH")
        what = " ".join(w if w in ("NHS", "NI") else w.lower() for w in label.split())
        out.append(Doubt(r.start, r.end, start_s, end_s, "identifier_unclear", transcript.text[r.start:r.end],
                         f"{what} with {len(inside)} word(s) heard at probability {min(w.probability for w in inside):.2f}"
                         ": redacted; check what was said"))
    return sorted(out, key=lambda d: (d.start, d.end, d.reason))


def _unheard_doubts(transcript: Transcript, unheard: Iterable[tuple[float, float]],
                    reheard: Iterable[tuple[float, float]] = ()) -> list[Doubt]:
    """One zero-width doubt per stretch of speech with no words, at the first word after it (else the text's end);
    one over the words of each stretch decoded again on its own."""
    words = placed_words(transcript)
    out = []
    for start_s, end_s in unheard:
        at = next((a for a, b, w in words if w.start >= end_s - 0.05), len(transcript.text))
        out.append(Doubt(at, at, start_s, end_s, "unheard_speech", "",
                         f"speech from {start_s:.1f} s to {end_s:.1f} s with no words written: listen to the recording"))
    for start_s, end_s in reheard:
        inside = [(a, b) for a, b, w in words if start_s - 0.05 <= w.start and w.end <= end_s + 0.05]
        if inside:
            a, b = inside[0][0], inside[-1][1]
            out.append(Doubt(a, b, start_s, end_s, "unheard_speech", transcript.text[a:b],
                             "the first decode wrote nothing here; decoded again on its own: check it against the recording"))
    return out


def _read_back_doubts(transcript: Transcript, read_back: Iterable[tuple[float, float, str]]) -> list[Doubt]:
    """One zero-width doubt per run of copied case words dropped by the recogniser, at the first word after it (else
    the text's end), as the correction stage's removals are."""
    words = placed_words(transcript)
    out = []
    for start_s, end_s, text in read_back:
        at = next((a for a, b, w in words if w.start >= end_s - 0.05), len(transcript.text))
        out.append(Doubt(at, at, start_s, end_s, "hallucination_removed", text,
                         f"removed: '{text}', case names the recogniser copied from its prompt (the list of the case's "
                         "names) where the recording does not bear them out: listen if they were said"))
    return out


def _words_within(words, start_s: float, end_s: float) -> tuple[int, int] | None:
    """The text span of the placed words heard between ``start_s`` and ``end_s`` (50 ms either side), or None."""
    inside = [(a, b) for a, b, w in words if start_s - 0.05 <= w.start and w.end <= end_s + 0.05]
    return (inside[0][0], inside[-1][1]) if inside else None


def _copied_doubts(transcript: Transcript, copied: Iterable[tuple[float, float]]) -> list[Doubt]:
    """One doubt over the words of each span the recogniser copied from its prompt and kept."""
    words = placed_words(transcript)
    out = []
    for start_s, end_s in copied:
        if (span := _words_within(words, start_s, end_s)) is not None:
            a, b = span
            out.append(Doubt(a, b, start_s, end_s, "read_from_case", transcript.text[a:b],
                             "copied from the case's names after the name before it, as the recogniser's prompt has "
                             "it, and the recording hardly bears it out: check it was said"))
    return out


def _taken_back_doubts(transcript: Transcript, unbiased: Iterable[tuple[float, float]]) -> list[Doubt]:
    """One doubt over the words of each span taken from the decode without the case's names (zero-width where none
    of them can be placed)."""
    words = placed_words(transcript)
    out = []
    for start_s, end_s in unbiased:
        if (span := _words_within(words, start_s, end_s)) is not None:
            a, b = span
        else:
            a = b = next((a for a, _, w in words if w.start >= end_s - 0.05), len(transcript.text))
        out.append(Doubt(a, b, start_s, end_s, "case_word_taken_back", transcript.text[a:b],
                         "the decode with the case's names wrote another relative here; the decode without them "
                         "heard these words: check against the recording"))
    return out


def _word_doubts(transcript: Transcript, seg: Segment, options: DoubtOptions) -> list[Doubt]:
    """One doubt per run of adjacent low-probability words."""
    out: list[Doubt] = []
    run: list[tuple[int, int, float, float, float]] = []

    def flush():
        if run:
            a, b = run[0][0], run[-1][1]
            probs = [r[4] for r in run]
            detail = (
                f"word probability {probs[0]:.2f}" if len(probs) == 1
                else f"word probabilities {min(probs):.2f}-{max(probs):.2f}"
            )
            out.append(Doubt(a, b, run[0][2], run[-1][3], "low_word_probability", transcript.text[a:b], detail))
            run.clear()

    for w, (a, b) in zip(seg.words, word_spans(transcript, seg)):
        if a < 0 or not w.word.strip():
            flush()
            continue
        if w.probability < options.min_word_probability:
            run.append((a, b, w.start, w.end, w.probability))
        else:
            flush()
    flush()
    return out


def _read_from_case_doubts(transcript: Transcript, vocabulary: Vocabulary) -> list[Doubt]:
    """One doubt per run of two or more prompt entries joined only by commas ("Kyla Ramshaw, dad Paul Ramshaw"),
    and one per sentence that is nothing but words of the case's names ("Coulthard.", "Harrison Coulthard.")."""
    out = []
    people = [t.text for t in vocabulary.names if t.kind == "name"]
    entries = sorted(set(vocabulary.prompt_entries), key=len, reverse=True)
    if len(entries) >= 2:
        one = "(?:" + "|".join(re.escape(e) for e in entries) + ")"
        listed = re.compile(rf"(?<![\w-]){one}(?:,\s+{one})+(?![\w-])", re.IGNORECASE)
        # a run with a person's name in it: a street and its town ("Owton Manor, Hartlepool") are said that way
        out += [_case_doubt(transcript, m, "the case's names one after another, as the recogniser's prompt lists them: check they were said")
                for m in listed.finditer(transcript.text) if any(p.casefold() in m.group(0).casefold() for p in people)]
    words = sorted({w for p in people for w in name_words(p)}, key=len, reverse=True)  # "Mrs." is no name on its own
    if words:
        name = "(?:" + "|".join(re.escape(w) for w in words) + ")"
        # a sentence of one to three name words, from the text's start or a sentence's end to a full stop
        alone = re.compile(rf"(?:^|(?<=[.!?]\s))({name}(?:\s+{name}){{0,2}})[.!?](?=\s|$)")
        out += [_case_doubt(transcript, m, "a case name on its own, as the recogniser's prompt gives it: check it was said", group=1)
                for m in alone.finditer(transcript.text)]
    return sorted(out, key=lambda d: d.start)


def _case_doubt(transcript: Transcript, m: re.Match, detail: str, group: int = 0) -> Doubt:
    start, end = m.span(group)
    start_s, end_s = transcript.time_of(start, end) or (0.0, 0.0)
    return Doubt(start, end, start_s, end_s, "read_from_case", m.group(group), detail)


def is_foreign_letter(ch: str) -> bool:
    """A letter from a script other than Latin ("比", "Ж"); digits, punctuation and accented Latin pass."""
    return ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN")


def _foreign_script_doubts(transcript: Transcript, seg: Segment) -> list[Doubt]:
    """One doubt per run of adjacent words holding letters of another script."""
    if not any(is_foreign_letter(ch) for ch in seg.text):
        return []
    spans = word_spans(transcript, seg)
    words = [(a, b, w.start, w.end) for w, (a, b) in zip(seg.words, spans) if a >= 0 and w.word.strip()]
    if not words:  # no word timestamps: the whole segment
        words = [(seg.char_start, seg.char_end, seg.start, seg.end)]
    out: list[Doubt] = []
    run: list[tuple[int, int, float, float]] = []
    for word in [*words, None]:
        if word is not None and any(is_foreign_letter(ch) for ch in transcript.text[word[0] : word[1]]):
            run.append(word)
            continue
        if run:
            a, b = run[0][0], run[-1][1]
            out.append(Doubt(a, b, run[0][2], run[-1][3], "foreign_script", transcript.text[a:b],
                             "letters in another script: the recogniser could not make out these words"))
            run = []
    return out
