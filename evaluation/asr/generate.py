"""Regenerate the synthetic dictation clips (a developer tool; the clips are committed).

    .venv/bin/python -m evaluation.asr.generate [--heldout | --heldout2 | --heldout3 | --long | --accent | --accent2 | --accent3 | --unsaid]

Without ``--heldout`` it writes the tuning set to evaluation/data/asr/; with it, the held-out set
(:data:`evaluation.asr.clips.HELDOUT`) to evaluation/data/asr-heldout/; with ``--heldout2``, the second
held-out set to evaluation/data/asr-heldout2/; with ``--heldout3``, the third to evaluation/data/asr-heldout3/;
with ``--long``, the whole dictations (about a minute each) to evaluation/data/asr-long/; with ``--accent``,
the set written for issue 20 (:data:`evaluation.asr.clips.ACCENT`) to evaluation/data/asr-accent/; with ``--accent2``,
the second one (:data:`evaluation.asr.clips.ACCENT2`, five voices) to evaluation/data/asr-accent2/; with
``--accent3``, the third (:data:`evaluation.asr.clips.ACCENT3`) to evaluation/data/asr-accent3/; with ``--unsaid``, the set of relatives
not named where they are spoken of (:data:`evaluation.asr.clips.UNSAID`) to evaluation/data/asr-unsaid/.

Needs Debian's espeak-ng (encoding is PyAV's, :mod:`evaluation.asr.codecs`; sets made before issue 20 were
encoded with Debian's ffmpeg, with the same Opus settings). Each clip in :data:`evaluation.asr.clips.CLIPS` is read by one
of espeak-ng's British voices at its own speed and pitch, resampled to 16 kHz mono and stored as
Opus in Ogg (24 kbit/s, as small as a phone's voice memo). ``manifest.jsonl`` gets one line per
clip: id, audio path, voice (the accent group), speed, pitch, duration, reference text and case context.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from pathlib import Path

from .clips import (
    ACCENT, ACCENT2, ACCENT2_VOICES, ACCENT3, ACCENT3_VOICES, ACCENT_VOICES, CLIPS, HELDOUT, HELDOUT2, HELDOUT2_VOICES, HELDOUT3, HELDOUT3_VOICES, HELDOUT_VOICES, LONG,
    LONG_VOICES, UNSAID, UNSAID_VOICES, VOICES,
)
from .codecs import OPUS_24K, encode

DATA = Path(__file__).resolve().parents[1] / "data" / "asr"
HELDOUT_DATA = DATA.with_name("asr-heldout")
HELDOUT2_DATA = DATA.with_name("asr-heldout2")
HELDOUT3_DATA = DATA.with_name("asr-heldout3")
LONG_DATA = DATA.with_name("asr-long")
ACCENT_DATA = DATA.with_name("asr-accent")
ACCENT2_DATA = DATA.with_name("asr-accent2")
ACCENT3_DATA = DATA.with_name("asr-accent3")
UNSAID_DATA = DATA.with_name("asr-unsaid")
# --flag: (folder, clips, voices, clip id prefix)
SETS = {
    "": (DATA, CLIPS, VOICES, "dict"),
    "--heldout": (HELDOUT_DATA, HELDOUT, HELDOUT_VOICES, "held"),
    "--heldout2": (HELDOUT2_DATA, HELDOUT2, HELDOUT2_VOICES, "fresh"),
    "--heldout3": (HELDOUT3_DATA, HELDOUT3, HELDOUT3_VOICES, "blind"),
    "--long": (LONG_DATA, LONG, LONG_VOICES, "long"),
    "--accent": (ACCENT_DATA, ACCENT, ACCENT_VOICES, "accent"),
    "--accent2": (ACCENT2_DATA, ACCENT2, ACCENT2_VOICES, "accent2"),
    "--accent3": (ACCENT3_DATA, ACCENT3, ACCENT3_VOICES, "accent3"),
    "--unsaid": (UNSAID_DATA, UNSAID, UNSAID_VOICES, "unsaid"),
}

# How a practitioner says an acronym that espeak-ng would otherwise read as a word (or spell oddly).
# Only the audio uses these; the reference keeps the written form.
SPOKEN = {
    "IRO": "I R O",
    "EHCP": "E H C P",
    "LADO": "lay doe",
    "CAMHS": "cams",
}


def spoken_form(text: str) -> str:
    for written, said in SPOKEN.items():
        text = re.sub(rf"\b{written}\b", said, text)
    return text


def generate(out_dir: Path = DATA, clips=CLIPS, voice_settings=VOICES, prefix: str = "dict") -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    voices = list(voice_settings)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (text, context) in enumerate(clips):
            voice = voices[i % len(voices)]
            speed, pitch = voice_settings[voice][i // len(voices) % len(voice_settings[voice])]
            clip_id = f"{prefix}_{i + 1:02d}"
            wav = Path(tmp) / f"{clip_id}.wav"
            ogg = out_dir / f"{clip_id}.ogg"
            subprocess.run(
                ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(wav), spoken_form(text)],
                check=True,
            )
            duration = encode(wav, ogg, OPUS_24K)
            rows.append(
                {
                    "id": clip_id,
                    "audio": ogg.name,
                    "group": voice,
                    "speed_wpm": speed,
                    "pitch": pitch,
                    "duration_s": round(duration, 2),
                    "reference": text,
                    "context": context,
                }
            )
    with open(out_dir / "manifest.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    import sys

    flags = [a for a in sys.argv[1:] if a in SETS] or [""]
    out, clips, voices, prefix = SETS[flags[0]]
    rows = generate(out, clips, voices, prefix)
    total = sum(r["duration_s"] for r in rows)
    print(f"{len(rows)} clips, {total:.0f} s of audio, in {out}")
