"""Doubt stage: find where the recogniser was unsure, and say so in the note.

Never hides anything: a doubtful stretch stays in the transcript and is listed with its
reason and timestamps, so the practitioner checks it against their memory of the visit.
"""

from __future__ import annotations

from dataclasses import dataclass

from .note import Doubt, Transcript


@dataclass
class DoubtOptions:
    min_avg_logprob: float = -1.0  # Whisper's own fallback threshold
    max_compression_ratio: float = 2.4  # above this a segment is probably a repetition loop
    max_no_speech_prob: float = 0.6
    min_word_probability: float = 0.4


def find_doubts(transcript: Transcript, options: DoubtOptions | None = None) -> list[Doubt]:
    """Flag low-confidence segments, repetition loops, likely non-speech and low-probability words."""
    options = options or DoubtOptions()
    doubts: list[Doubt] = []
    for seg in transcript.segments:
        reasons = []
        if seg.avg_logprob < options.min_avg_logprob:
            reasons.append(("low_confidence", f"average log-probability {seg.avg_logprob:.2f}"))
        if seg.compression_ratio > options.max_compression_ratio:
            reasons.append(("repetition", f"compression ratio {seg.compression_ratio:.2f}"))
        if seg.no_speech_prob > options.max_no_speech_prob and seg.avg_logprob < -0.5:
            reasons.append(("no_speech", f"no-speech probability {seg.no_speech_prob:.2f}"))
        for reason, detail in reasons:
            doubts.append(Doubt(seg.char_start, seg.char_end, seg.start, seg.end, reason, seg.text, detail))
        doubts.extend(_word_doubts(transcript, seg, options))
    return sorted(doubts, key=lambda d: (d.start, d.end))


def _word_doubts(transcript: Transcript, seg, options: DoubtOptions) -> list[Doubt]:
    out = []
    cursor = seg.char_start
    for w in seg.words:
        token = w.word.strip()
        if not token:
            continue
        at = transcript.text.find(token, cursor, seg.char_end)
        if at < 0:
            continue
        cursor = at + len(token)
        if w.probability < options.min_word_probability:
            out.append(
                Doubt(at, at + len(token), w.start, w.end, "low_word_probability", token, f"word probability {w.probability:.2f}")
            )
    return out
