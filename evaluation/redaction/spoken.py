"""python -m evaluation.redaction spoken [--set own|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|dev11|dev9..dev9f] [--model base] [--work DIR] [--casework NOTES.jsonl] [--text-only]

Redaction of what the recogniser actually wrote (issue 25). Each note is read aloud by
espeak-ng in one of its British voices, run through the whole pipeline (``Pipeline.process``
with the note's case context), and every gold identifier is found in the transcript by
aligning the spoken text's words with the transcript's. An identifier **leaks** when, of its
stretch of transcript, what is left outside the redactions (what ``redacted_text`` shows there)
still holds a 3+ character run of its digits and letters (spoken digits and years read as
digits) or a word of it of 3+ letters that fuzzily matches (rapidfuzz ratio >= 80). Beside the
leak rate per type: the same notes' clean-text recall (the redactor on the written text).

Notes: ``evaluation/data/redaction-spoken/own.jsonl`` (12 notes written for this, committed before
the redaction changes they measure, then tuned on after their first run) plus :data:`CASEWORK` texts from
``../shared/casework-dev`` (skipped, with a message, where that folder is missing). ``--set fresh``:
``evaluation/data/redaction-spoken/fresh.jsonl`` alone (12 notes by another author, committed before
it was first scored; tuned on since). ``--set fresh2``: ``fresh2.jsonl`` alone (14 notes, committed before the
second round of changes, scored once at its end; seen since). ``--set fresh3``: ``fresh3.jsonl`` alone (14 notes,
committed before the third round of changes, scored once at its end; seen since). ``--set fresh4``:
``fresh4.jsonl`` alone (11 notes, committed before the fourth round of changes, scored once at its end; seen
since). ``--set fresh5``: ``fresh5.jsonl`` alone (7 notes, committed before the fifth round, scored once at its end; seen
since). ``--set fresh6``: ``fresh6.jsonl`` alone (8 notes, committed before the sixth round, scored once at its end; seen since). ``--set fresh7``:
``fresh7.jsonl`` alone (8 notes, committed before the seventh round of spoken changes, scored once at its end; seen since).
``--set fresh8``: ``fresh8.jsonl`` alone (6 notes, committed before the eighth round, scored once at its end; seen since).
``--set fresh9``: ``fresh9.jsonl`` alone (6 notes, committed before the ninth round, scored once at its end; seen since).
``--set fresh10``: ``fresh10.jsonl`` alone (4 notes, committed before spoken round ten, scored once at its end; seen since).
``--set fresh11``: ``fresh11.jsonl`` alone (8 notes, committed before spoken round eleven, scored once at its end; seen since).
``--set fresh12``: ``fresh12.jsonl`` alone (6 notes, committed before spoken round twelve, scored once at its end; seen since).
``--set fresh13``: ``fresh13.jsonl`` alone (6 notes, committed before spoken round thirteen, scored once at its end).
``--set fresh15``: ``fresh15.jsonl`` alone (5 notes, committed before the late spoken round of 2026-11-30, scored once at its end).
``--set fresh18``: ``fresh18.jsonl`` alone (6 notes, committed before spoken round sixteen, scored once at its end; seen since).
``--set fresh20``: ``fresh20.jsonl`` alone (6 notes, committed before spoken round seventeen, transcribed once, scored once at its end; seen since).
``--set fresh22``: ``fresh22.jsonl`` alone (8 notes, committed before spoken round eighteen, transcribed once, scored once at its end).
``--set fresh24``: ``fresh24.jsonl`` alone (9 notes, committed before spoken round nineteen, transcribed once, to be scored once at its end).
``--set fresh25``: ``fresh25.jsonl`` alone (8 notes, committed before spoken round nineteen's second part, transcribed once, to be scored once at its end).
``--set fresh28``: ``fresh28.jsonl`` alone (9 notes, committed before spoken round twenty, transcribed once, scored once at its end; seen since).
``--set fresh30``: ``fresh30.jsonl`` alone (9 notes, committed before spoken round twenty-one, transcribed once, scored once at its end; seen since).
``--set fresh32``: ``fresh32.jsonl`` alone (9 notes, committed before spoken round twenty-two, transcribed once, to be scored once at its end).
``--set fresh34``: ``fresh34.jsonl`` alone (9 notes, committed before spoken round twenty-three, transcribed once, to be scored once at its end).
``--set fresh36``: ``fresh36.jsonl`` alone (10 notes, committed before spoken round twenty-four, transcribed once before any change, scored once at its end; seen since).
``--set fresh37``: ``fresh37.jsonl`` alone (8 notes, committed before the second part of spoken round twenty-four, transcribed once before any change, to be scored once at its end; nobody tunes on it).
``--set dev11``: ``dev11.jsonl`` (4 notes written during round eleven after its changes, to see them on new notes; seen).
``--set dev23a``: ``dev23a.jsonl`` (10 notes written in spoken round twenty-three as development material: identifiers said in many ways; seen, tuned on, never held out).
``--set dev23b``: ``dev23b.jsonl`` (10 notes written in spoken round twenty-three as development material: names and places said in many ways; seen, tuned on, never held out).
``--set dev23c``: ``dev23c.jsonl`` (10 notes written in spoken round twenty-three as development material: identifiers given mid-sentence, in pieces, beside numbers that are not identifiers; seen, tuned on, never held out).
``--set dev23d``: ``dev23d.jsonl`` (10 notes written in spoken round twenty-three as development material: families with several children, each child's identifiers in turn; seen, tuned on, never held out).
``--set dev23e``: ``dev23e.jsonl`` (10 notes written in spoken round twenty-three as development material: records other than home visits; seen, tuned on, never held out).
``--set dev23f``: ``dev23f.jsonl`` (10 notes written in spoken round twenty-three as development material: short, dense, fast dictations with few cues; seen, tuned on, never held out).
``--set dev23k``: ``dev23k.jsonl`` (10 notes written in spoken round twenty-three as development material: NHS and phone numbers among other numbers; seen, tuned on, never held out).
``--set dev23i``: ``dev23i.jsonl`` (10 notes written in spoken round twenty-three as development material: dates of birth beside other dates; seen, tuned on, never held out).
``--set dev23j``: ``dev23j.jsonl`` (10 notes written in spoken round twenty-three as development material: emails, NI numbers and postcodes said every way; seen, tuned on, never held out).
``--set dev24b``: ``dev24b.jsonl`` (10 notes written in spoken round twenty-four as development material: identifiers said messily, corrected, read back twice, split by an aside, spelt in the phonetic alphabet, in pairs, with double and treble, landlines with area codes; seen, tuned on, never held out).
``--set dev24c``: ``dev24c.jsonl`` (10 notes written in spoken round twenty-four as development material: names and places said aloud, people named only in the text, local organisations of unusual kinds; seen and tuned on, never held out).
``--set dev24a``: ``dev24a.jsonl`` (10 notes written in spoken round twenty-four as development material: identifiers among many other numbers that must stay, dates of birth said every way; seen, tuned on, never held out).
``--set dev24d``: ``dev24d.jsonl`` (10 notes written in spoken round twenty-four as development material: emails, NI numbers and phones said the hard ways (dots, underscores, hyphens, digits as words, letters spelt, digits in pairs, oh and zero, double and treble, area codes, an extension, a number given twice) among ordinary numbers that must stay; seen and tuned on, never held out).
``--set echo11``: ``echo11.jsonl`` alone (4 notes, committed before ASR round 11's change to the prompt read back, scored once at its end).
``--set casework``: the 56 casework-dev notes the ``own`` set lacks, each in the next of eight British voices (their
texts seen in clean-text rounds; first transcribed and read in spoken round nineteen).
``--set dev9`` .. ``dev9f``: development sets written during the ninth round in fresh9's style (seen, never held out). Audio and
transcripts (with their words and probabilities) are kept under ``--work`` (default /tmp/casenote-spoken) so a
rerun rescores only. Redaction is given the transcript's words, as ``Pipeline.process`` gives them, and the
``identifier_unclear`` flags are counted; ``--text-only`` redacts the text alone, as before the two met.

This reader of digits and years is the evaluation's own, deliberately not the product's.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
from collections import Counter
from dataclasses import asdict
from difflib import SequenceMatcher
from pathlib import Path

from rapidfuzz import fuzz

from .markup import parse

HERE = Path(__file__).resolve()
SETS = {name: HERE.parents[1] / "data" / "redaction-spoken" / f"{name}.jsonl" for name in ("own", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh15", "fresh18", "fresh20", "fresh22", "fresh24", "fresh25", "fresh28", "fresh30", "fresh32", "fresh34", "fresh36", "fresh37", "fresh39", "fresh41", "fresh43", "fresh45", "fresh47", "fresh49", "fresh51", "fresh53", "fresh55", "fresh57", "dev11", "dev9", "dev9b", "dev9c", "dev9d", "dev9e", "dev9f", "dev23a", "dev23b", "dev23c", "dev23d", "dev23e", "dev23f", "dev23k", "dev23i", "dev23j", "dev24b", "dev24c", "dev24a", "dev24d")}
SETS["echo11"] = HERE.parents[1] / "data" / "redaction-spoken" / "echo11.jsonl"  # ASR round 11's held-out set (4 notes)
CASEWORK_GOLD = HERE.parents[3] / "shared" / "casework-dev" / "notes.jsonl"
CASEWORK = {"d05": "en-gb-x-rp", "d04": "en-gb-x-gbcwmd", "b09": "en-gb-scotland", "a12": "en-gb-x-gbclan"}
SETS["casework"] = CASEWORK_GOLD  # the other 56 casework-dev notes, each in a voice of CASEWORK_VOICES in turn
# espeak-ng's British voices the spoken sets use, taken in turn by the ``casework`` set's notes in id order
CASEWORK_VOICES = ("en-gb", "en-gb-x-rp", "en-gb-x-gbclan", "en-gb-x-gbcwmd", "en-gb-scotland", "en-gb+f3",
                   "en-gb+m3", "en-gb-x-rp+f2")
STRUCTURED = ("NHS_NUMBER", "NI_NUMBER", "POSTCODE", "PHONE", "EMAIL", "DATE_OF_BIRTH")
ORDER = STRUCTURED + ("PERSON", "ADDRESS", "SCHOOL", "ORGANISATION_LOCAL")

# -- the evaluation's own reading of spoken digits and years -----------------------------------
_DIGIT = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
          "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_TEEN = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# words that say nothing on their own about whose identifier it is
_GENERIC = set("""
dot at com co uk org net gmail hotmail outlook yahoo btinternet icloud live the of and flat road street close
avenue crescent drive terrace view lane court way place gardens grove walk primary school academy college nursery
surgery health centre medical practice house lodge club juniors colts united scouts brownies harriers youth hub
boxing running mrs miss mr ms dr first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth twenty thirty
january february march april may june july august september october november december thousand
""".split())


def words_of(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9]+(?:['’][a-z]+)?", text)]


def signature(text: str) -> str:
    """Digits and single letters in order: "N E 24 3 P Q" -> "ne243pq", "nine nine nine" -> "999",
    "twenty sixteen" -> "2016", "two thousand and nine" -> "2009", "double oh" -> "00"."""
    toks = [w for w, _, _ in words_of(text)]
    out: list[str] = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in ("double", "treble", "triple") and nxt in _DIGIT:
            out.append(_DIGIT[nxt] * (2 if w == "double" else 3))
            i += 2
        elif w == "two" and nxt == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            n = 0
            if j < len(toks) and (toks[j] in _TEEN or toks[j] in _TENS):
                n = _TEEN.get(toks[j]) or _TENS.get(toks[j])
                j += 1
            elif j < len(toks) and toks[j] in _DIGIT:
                n = int(_DIGIT[toks[j]])
                j += 1
            out.append(f"{2000 + n}")
            i = j
        elif w in _DIGIT and w != "o":
            out.append(_DIGIT[w])
            i += 1
        elif w in ("nineteen", "twenty") and (nxt in _TEEN or nxt in _TENS or nxt == "oh"):
            century = "19" if w == "nineteen" else "20"
            if nxt == "oh" and i + 2 < len(toks) and toks[i + 2] in _DIGIT:
                out.append(century + "0" + _DIGIT[toks[i + 2]])
                i += 3
                continue
            n = _TEEN.get(nxt) or _TENS.get(nxt)
            j = i + 2
            if nxt in _TENS and j < len(toks) and toks[j] in _DIGIT and toks[j] not in ("oh", "o", "zero"):
                n += int(_DIGIT[toks[j]])
                j += 1
            out.append(century + f"{n:02d}")
            i = j
        elif w in _TEEN or w in _TENS:
            n = _TEEN.get(w) or _TENS.get(w)
            if w in _TENS and nxt in _DIGIT and nxt not in ("oh", "o", "zero"):
                n += int(_DIGIT[nxt])
                i += 1
            out.append(str(n))
            i += 1
        elif w.isdigit() or (len(w) == 1 and w.isalpha()):
            out.append(w)
            i += 1
        elif re.fullmatch(r"[a-z]{1,2}\d+[a-z]*|\d+[a-z]{1,2}", w):  # "ne24", "3pq", "1st"
            out.append(re.sub(r"(st|nd|rd|th)$", "", w) if w[0].isdigit() else w)
            i += 1
        else:
            out.append(" ")
            i += 1
    return "".join(out)


def context_name_words(context: dict) -> set[str]:
    """The words of every name the case context gives (child, people, worker), lower case."""
    names = [(context.get("child") or {}).get("name") or "", context.get("worker") or ""]
    names += [p.get("name") or "" for p in context.get("people") or []]
    return {w for n in names for w, _, _ in words_of(n)}


def name_tokens(text: str) -> set[str]:
    return {w for w, _, _ in words_of(text) if len(w) >= 3 and w.isalpha() and w not in _GENERIC
            and w not in _DIGIT and w not in _TEEN and w not in _TENS and w not in ("double", "treble", "hundred")}


def digits_left(left: str) -> int:
    """How many digits (written or said) are left in an identifier's stretch of transcript, whichever they are."""
    return sum(c.isdigit() for c in signature(left))


def leaks(gold: str, left: str) -> bool:
    sig_gold = signature(gold)
    sig_left = signature(left)
    for run in sig_gold.split(" "):
        for k in range(len(run) - 2):
            if run[k:k + 3] in sig_left.replace(" ", ""):
                return True
    left_words = name_tokens(left) | {w for w, _, _ in words_of(left) if len(w) >= 3}
    return any(fuzz.ratio(g, w) >= 80 for g in name_tokens(gold) for w in left_words)


# -- notes ---------------------------------------------------------------------------------------
def load_notes(casework_gold: Path | None, which: str = "own") -> list[dict]:
    """The set's notes; casework-dev texts join the ``own`` set only (``fresh`` stands alone)."""
    if which == "casework":
        return casework_notes(casework_gold)
    notes = []
    for line in SETS[which].read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            text, spans, _ = parse(d["text"])
            notes.append({"id": d["id"], "voice": d["voice"], "context": d["context"], "text": text,
                          "pii": [{"start": s["start"], "end": s["end"], "entity": s["type"]} for s in spans]})
    if which != "own":
        return notes
    if casework_gold and casework_gold.exists():
        for line in casework_gold.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d["id"] in CASEWORK:
                notes.append({"id": d["id"], "voice": CASEWORK[d["id"]], "context": d["context"], "text": d["text"],
                              "pii": d["pii"]})
    else:
        print(f"casework-dev not found at {casework_gold}: own notes only", file=sys.stderr)
    return notes


def casework_notes(casework_gold: Path | None) -> list[dict]:
    """casework-dev's notes not in the ``own`` set, in id order, each given the next voice of
    :data:`CASEWORK_VOICES`: four outside authors' texts, spoken (issue 25's "casework-dev texts spoken with
    espeak-ng in several voices"). Their texts were read while tuning clean-text redaction; their transcripts were
    first read in spoken round nineteen."""
    if not (casework_gold and casework_gold.exists()):
        raise SystemExit(f"--set casework needs casework-dev's notes.jsonl; not found at {casework_gold} (--casework PATH)")
    rows = [json.loads(line) for line in casework_gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = sorted((d for d in rows if d["id"] not in CASEWORK), key=lambda d: d["id"])
    return [{"id": d["id"], "voice": CASEWORK_VOICES[k % len(CASEWORK_VOICES)], "context": d["context"],
             "text": d["text"], "pii": d["pii"]} for k, d in enumerate(rows)]


def spoken_form(text: str) -> str:
    """What the practitioner says: written numbers of 3+ digits digit by digit."""
    return re.sub(r"\d{3,}", lambda m: " ".join(m.group()), text)


def synthesize(note: dict, out: Path) -> Path:
    wav = out / f"{note['id']}.wav"
    if not wav.exists():
        subprocess.run(["espeak-ng", "-v", note["voice"], "-s", "160", "-w", str(wav), spoken_form(note["text"])],
                       check=True, capture_output=True)
    return wav


# -- alignment -----------------------------------------------------------------------------------
def locate(gold_text: str, spans: list[dict], transcript: str) -> list[tuple[int, int] | None]:
    """Each gold span's stretch of transcript (character offsets), found by aligning words."""
    gw, tw = words_of(gold_text), words_of(transcript)
    sm = SequenceMatcher(None, [w for w, _, _ in gw], [w for w, _, _ in tw], autojunk=False)
    to_t: dict[int, tuple[int, int]] = {}  # gold word -> transcript word range [a, b)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        for i in range(i1, i2):
            if tag == "equal":
                to_t[i] = (j1 + i - i1, j1 + i - i1 + 1)
            else:
                to_t[i] = (j1, j2)
    out = []
    for sp in spans:
        idx = [i for i, (_, s, e) in enumerate(gw) if s < sp["end"] and sp["start"] < e]
        ranges = [to_t[i] for i in idx if i in to_t and to_t[i][1] > to_t[i][0]]
        if not ranges:
            out.append(None)
            continue
        a, b = min(r[0] for r in ranges), max(r[1] for r in ranges)
        out.append((tw[a][1], tw[b - 1][2]))
    return out


def left_of(text: str, region: tuple[int, int], redactions) -> str:
    chars = list(text[region[0]:region[1]])
    for r in redactions:
        for i in range(max(r.start, region[0]), min(r.end, region[1])):
            chars[i - region[0]] = " "
    return "".join(chars)


def clean_recall(notes: list[dict], redactor) -> tuple[Counter, Counter]:
    from transcribe.context import parse_context
    from transcribe.redaction import redact_text

    caught, total = Counter(), Counter()
    for note in notes:
        res = redact_text(note["text"], parse_context(note["context"]), redactor)
        mask = bytearray(len(note["text"]))
        for r in res.redactions:
            mask[r.start:r.end] = b"\x01" * (r.end - r.start)
        for p in note["pii"]:
            total[p["entity"]] += 1
            caught[p["entity"]] += sum(mask[p["start"]:p["end"]]) >= 0.9 * (p["end"] - p["start"])
    return caught, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation.redaction spoken", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="which", choices=sorted(SETS), default="own",
                    help="own: the 12 notes written with the rules plus 4 casework-dev texts; fresh: 12 notes by another author (tuned on since); fresh2: 14 notes written for issue 25's second round (seen since); fresh3: 14 notes written for the third round (seen since); fresh4: 11 notes written for the fourth round (seen since); fresh5: 7 notes written for the fifth round (seen since); fresh6: 8 notes written for the sixth round (seen since); fresh7: 8 notes written for the seventh round (seen since); fresh8: 6 notes written for the eighth round (seen since); fresh9: 6 notes written for the ninth round (seen since); fresh10: 4 notes written for the tenth round (seen since); fresh11: 8 notes written for the eleventh round (seen since); fresh12: 6 notes written for the twelfth round (seen since); dev9..dev9f: the ninth round's development sets; dev11: the eleventh round's development set (written after its changes, seen)")
    ap.add_argument("--model", default="base")
    ap.add_argument("--work", type=Path, default=Path("/tmp/casenote-spoken"))
    ap.add_argument("--casework", type=Path, default=CASEWORK_GOLD)
    ap.add_argument("--show", action="store_true", help="print each leak with what was left, and each redaction with letters outside the identifiers")
    ap.add_argument("--transcribe-only", action="store_true", help="synthesize and transcribe into --work, score nothing")
    ap.add_argument("--text-only", action="store_true",
                    help="redact the transcript's text alone, without its word probabilities (as before issue 25's doubt item)")
    args = ap.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from transcribe.context import parse_context
    from transcribe.pipeline import Pipeline, PipelineOptions, load_text_stages
    from transcribe.doubt import add_identifier_doubts
    from transcribe.note import Redaction, Transcript

    notes = load_notes(args.casework, args.which)
    args.work.mkdir(parents=True, exist_ok=True)
    pipeline = redactor = None
    leaked, located, total = Counter(), Counter(), Counter()
    # stricter, for structured identifiers: a leak as above, or 3+ digits of any kind left in its stretch (a number
    # misheard, "477 double law" for "07700", keeps none of the gold's digit runs yet is what is left of it)
    strict = Counter()
    over_hit = over_all = 0
    over_case = 0  # of over_hit: letters of a word that is part of a case-context name (the recogniser wrote it there)
    flags = flags_on_gold = gold_flagged = 0  # identifier_unclear doubts: how many, how many on a gold identifier
    audio_s = 0.0
    for note in notes:
        cached = args.work / f"{note['id']}.{args.model}.json"
        out = json.loads(cached.read_text()) if cached.exists() else {}
        if "words" not in out:  # not transcribed yet, or cached before the words were kept
            if pipeline is None:
                pipeline = Pipeline.load(PipelineOptions(model=args.model))
            wav = synthesize(note, args.work)
            cn = pipeline.process(wav, parse_context(note["context"]))
            out = {"transcript": cn.transcript.text, "duration": cn.transcript.duration_s,
                   "words": asdict(cn.transcript)}
            cached.write_text(json.dumps(out))
        if args.transcribe_only:
            continue
        # redaction is rerun on the cached transcript, so a rescore measures today's redactor (and,
        # where every transcript is cached, loads only the text stages, not the recogniser)
        if redactor is None:
            redactor = pipeline.redactor if pipeline is not None else load_text_stages(PipelineOptions(model=args.model))[0]
        from transcribe.redaction import redact_text

        transcript = out["transcript"]
        words = None if args.text_only else Transcript.from_dict(out["words"])
        red = redact_text(transcript, parse_context(note["context"]), redactor, words=words)
        reds: list[Redaction] = red.redactions
        audio_s += out.get("duration") or 0.0
        regions = locate(note["text"], note["pii"], transcript)
        unclear = [] if words is None else add_identifier_doubts([], words, reds)
        gold_regions = [r for r in regions if r is not None]
        flags += len(unclear)
        flags_on_gold += sum(any(d.start < b and a < d.end for a, b in gold_regions) for d in unclear)
        gold_flagged += sum(any(d.start < b and a < d.end for d in unclear) for a, b in gold_regions)
        gold_mask = bytearray(len(transcript))
        for p, region in zip(note["pii"], regions):
            ent = p["entity"]
            total[ent] += 1
            if region is None:
                continue
            located[ent] += 1
            gold_mask[region[0]:region[1]] = b"\x01" * (region[1] - region[0])
            left = left_of(transcript, region, reds)
            leak = leaks(note["text"][p["start"]:p["end"]], left)
            if ent in STRUCTURED and (leak or digits_left(left) >= 3):
                strict[ent] += 1
                if args.show and not leak:
                    print(f"STRICT {note['id']} {ent:<18} gold {note['text'][p['start']:p['end']]!r} "
                          f"heard {transcript[region[0]:region[1]]!r} left {' '.join(left.split())!r}")
            if leak:
                leaked[ent] += 1
                if args.show:
                    print(f"LEAK {note['id']} {ent:<18} gold {note['text'][p['start']:p['end']]!r} "
                          f"heard {transcript[region[0]:region[1]]!r} left {' '.join(left.split())!r}")
        red_mask = bytearray(len(transcript))
        for r in reds:
            red_mask[r.start:r.end] = b"\x01" * (r.end - r.start)
            outside = sum(1 for i in range(r.start, r.end) if transcript[i].isalpha() and not gold_mask[i])
            if args.show and outside:
                print(f"OVER {note['id']} {r.entity:<18} {outside:>3} letters outside identifiers: "
                      f"{transcript[r.start:r.end]!r}")
        case_words = context_name_words(note["context"])
        for w, a, b in words_of(transcript):
            for i in range(a, b):
                if transcript[i].isalpha() and not gold_mask[i]:
                    over_all += 1
                    over_hit += red_mask[i]
                    over_case += red_mask[i] and re.sub(r"['’]s$", "", w) in case_words
    if args.transcribe_only:
        print(f"transcripts of {len(notes)} notes in {args.work}")
        return 0
    caught, clean_total = clean_recall(notes, redactor)
    print(f"{len(notes)} notes, {audio_s / 60:.1f} min of audio, model {args.model}, case context given")
    print(f"  {'type':<20}{'n':>5}{'located':>9}{'leaked':>8}{'leak rate':>11}{'clean recall':>14}")
    for group, types in [(t, (t,)) for t in ORDER] + [("STRUCTURED", STRUCTURED), ("ALL", ORDER)]:
        n = sum(total[t] for t in types)
        if not n:
            continue
        lk = sum(leaked[t] for t in types)
        print(f"  {group:<20}{n:>5}{sum(located[t] for t in types):>9}{lk:>8}{100 * lk / n:>10.1f}%"
              f"{100 * sum(caught[t] for t in types) / max(1, sum(clean_total[t] for t in types)):>13.1f}%")
    n_structured = sum(total[t] for t in STRUCTURED)
    print(f"  STRUCTURED, stricter (a leak, or 3+ digits of any kind left in the identifier's stretch): "
          f"{sum(strict.values())} of {n_structured} ({100 * sum(strict.values()) / max(1, n_structured):.1f}%)")
    print(f"  over-redaction (transcript letters outside located identifiers): {100 * over_hit / max(1, over_all):.2f}%"
          f"; of which words of a case-context name the transcript holds there: {100 * over_case / max(1, over_all):.2f}%"
          f"; the rest: {100 * (over_hit - over_case) / max(1, over_all):.2f}% ({over_hit} of {over_all} letters)")
    if not args.text_only:
        print(f"  identifier_unclear flags: {flags} ({flags_on_gold} on a gold identifier); "
              f"gold identifiers in a flagged redaction: {gold_flagged} of {sum(located.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
