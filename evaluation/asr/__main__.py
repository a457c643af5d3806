"""Bare faster-whisper against the casenote transcription stages, on the same audio, per accent group.

    .venv/bin/python -m evaluation.asr [--model base] [--threads 2] [--device cpu] [--set all|read|dictation|heldout|heldout2|heldout3|long|accent|accent2|accent3|unsaid ...]
                                       [--manifest FILE ...] [--no-speed] [--json OUT]

Systems, all on the same loaded model:

(a) ``bare``: ``WhisperModel.transcribe(audio, language="en")``, faster-whisper's sequential decoder with its defaults;
(b) ``batched``: ``BatchedInferencePipeline.transcribe(audio, language="en")`` with its defaults (batch 8, VAD);
(c) ``casenote``: the pipeline's transcription stages as ``Pipeline.process`` runs them, with the
    options ``pipeline_options(PipelineSettings())`` builds: vocabulary from the clip's case context and the
    lexicon (hotwords), then post-correction and doubt-finding.

For the speed cost a fourth pass, ``casenote`` without vocabulary or correction, is timed; the cost
of biasing and post-correction is (c - that) / that. Passes are interleaved clip by clip and timed
in process CPU seconds as well as wall seconds, so other work on a shared machine skews them alike;
each is run ``--repeat`` times per clip and its fastest run kept (timing noise only ever adds). The
batched passes casenote made (one, plus one per retry) are counted too: a figure no timing noise touches.

Sets: ``read`` is ``../shared/speech-dev`` and its ``regional/`` folder (103 real VCTK read clips, no case
context, grouped by the speaker's region as the manifests give it: ``region`` in the top folder's, ``region_group``
in the regional one's);
``dictation`` is ``evaluation/data/asr`` (synthetic espeak-ng dictations with case contexts, grouped
by voice); ``heldout`` is ``evaluation/data/asr-heldout`` (20 more dictations, written after the
tuning was done and never used for it); ``heldout2`` is ``evaluation/data/asr-heldout2`` (15 more, written
after fixes prompted by the first held-out set, scored once on the code that followed); ``heldout3`` is
``evaluation/data/asr-heldout3`` (20 more, written at the start of the next session before any of its changes
was tried, and scored once on its final code); ``long`` is ``evaluation/data/asr-long`` (6 whole dictations of
about a minute each, two or three 30-second windows apiece, written after the change they were the blind check
of); ``accent`` is ``evaluation/data/asr-accent`` (12 dictations, four voices, written for issue 20 before the
batched decoder was tried, scored once on its final code); ``accent2`` is ``evaluation/data/asr-accent2`` (15
dictations, five voices, written for issue 20's third round before any of its changes was tried, scored once on its
final code); ``accent3`` is ``evaluation/data/asr-accent3`` (15 more, the fourth round's, likewise); ``unsaid`` is
``evaluation/data/asr-unsaid`` (15 dictations whose case context names relatives not named where they are spoken
of: where biasing can write a name that was not said; written before the change it measures, scored once). ``all`` runs every set; ``--set`` may be given more than once.

``--manifest FILE`` (repeatable) scores your own recordings instead (with ``--set`` too, both): a
``.jsonl`` file with one object per recording, ``{"audio": "rec1.m4a", "reference": "...", "context":
{...case context as the API takes it...}, "id": "rec1", "group": "north-east"}`` (``id``, ``group`` and
``context`` optional), or a ``.tsv`` with columns ``audio`` and ``transcript`` (optional ``id``, ``region``).
Audio paths are relative to the manifest's folder; any format ffmpeg reads. WER and CER use :func:`evaluation.asr.normalise.normalise` on reference and hypothesis.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jiwer

from transcribe.asr import load_asr, transcribe_audio
from transcribe.audio import decode_audio
from transcribe.context import CaseContext, name_words, parse_context
from transcribe.models import resolve_model
from transcribe.pipeline import pipeline_options, transcribe_dictation
from transcribe.settings import PipelineSettings
from transcribe.vocabulary import load_lexicon

from .insertions import count_insertions, words_said
from .normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
READ_DIR = ROOT / ".." / "shared" / "speech-dev"
DICTATION_DIR = ROOT / "evaluation" / "data" / "asr"
HELDOUT_DIR = ROOT / "evaluation" / "data" / "asr-heldout"
HELDOUT2_DIR = ROOT / "evaluation" / "data" / "asr-heldout2"
HELDOUT3_DIR = ROOT / "evaluation" / "data" / "asr-heldout3"
LONG_DIR = ROOT / "evaluation" / "data" / "asr-long"
ACCENT_DIR = ROOT / "evaluation" / "data" / "asr-accent"
ACCENT2_DIR = ROOT / "evaluation" / "data" / "asr-accent2"
ACCENT3_DIR = ROOT / "evaluation" / "data" / "asr-accent3"
UNSAID_DIR = ROOT / "evaluation" / "data" / "asr-unsaid"
DICTATION_SETS = (
    ("dictation", DICTATION_DIR), ("heldout", HELDOUT_DIR), ("heldout2", HELDOUT2_DIR), ("heldout3", HELDOUT3_DIR),
    ("long", LONG_DIR), ("accent", ACCENT_DIR), ("accent2", ACCENT2_DIR),
    ("accent3", ACCENT3_DIR), ("unsaid", UNSAID_DIR),
)
SET_NAMES = ["all", "read", *(name for name, _ in DICTATION_SETS)]


@dataclass
class Clip:
    id: str
    set: str
    group: str
    path: Path
    reference: str
    context: CaseContext
    duration_s: float | None  # None: measured when the audio is decoded


@dataclass
class Result:
    hyp: str
    wall_s: float
    cpu_s: float
    passes: int = 0  # casenote: batched passes over the clip (1, plus one per retry; free of timing noise)
    retried: int = 0  # casenote: chunks whose biased decode was replaced (loop-guarded or without hotwords)
    unheard: list = field(default_factory=list)  # casenote: (start s, end s) of each speech-with-no-words flag
    checked: int = 0  # casenote: chunks decoded again alone for an unsure prompt kin word (transcribe.asr.check_kin_words)
    taken: int = 0  # casenote: spans whose words were taken from that decode


@dataclass
class Row:
    clip: Clip
    results: dict[str, Result] = field(default_factory=dict)


class ManifestError(ValueError):
    """A manifest of recordings that cannot be read as one; the message says what to fix."""


def load_manifest(path: Path) -> list[Clip]:
    """The recordings a ``.jsonl`` or ``.tsv`` manifest lists (see the module docstring for the fields)."""
    if not path.is_file():
        raise ManifestError(f"{path} does not exist. Give the path of a .jsonl or .tsv manifest of recordings.")
    set_name = f"manifest:{path.stem}"
    clips: list[Clip] = []
    if path.suffix == ".jsonl":
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                raise ManifestError(f"{path} line {n} is not JSON ({e.msg}). Write one JSON object per line.") from e
        for n, r in rows:
            reference = r.get("reference", r.get("transcript"))
            if not isinstance(r, dict) or "audio" not in r or reference is None:
                raise ManifestError(f"{path} line {n} needs \"audio\" and \"reference\" fields.")
            context = parse_context(r["context"]) if r.get("context") else CaseContext()
            clips.append(Clip(str(r.get("id", n)), set_name, r.get("group", path.stem), path.parent / r["audio"],
                              reference, context, r.get("duration_s")))
    elif path.suffix == ".tsv":
        with open(path, encoding="utf-8") as f:
            reader = csv.DictReader(f, delimiter="\t")
            if not {"audio", "transcript"} <= set(reader.fieldnames or []):
                raise ManifestError(f"{path} needs a header row with the columns audio and transcript (tab-separated).")
            for n, r in enumerate(reader, 2):
                clips.append(Clip(r.get("id") or str(n), set_name, r.get("region") or path.stem, path.parent / r["audio"],
                                  r["transcript"], CaseContext(), float(r["duration_s"]) if r.get("duration_s") else None))
    else:
        raise ManifestError(f"{path}: a manifest is a .jsonl or .tsv file.")
    missing = [c.path for c in clips if not c.path.is_file()]
    if missing:
        raise ManifestError(f"{path} lists {len(missing)} recording(s) that do not exist, e.g. {missing[0]}. "
                            "Audio paths are relative to the manifest's folder.")
    if not clips:
        raise ManifestError(f"{path} lists no recordings.")
    return clips


def load_clips(which: str | Iterable[str] | None) -> list[Clip]:
    """The clips of the named sets (``"all"`` for every one), in the order of :data:`SET_NAMES`."""
    which = {which} if isinstance(which, str) else set(which or ())
    if "all" in which:
        which = set(SET_NAMES)
    clips: list[Clip] = []
    if "read" in which:
        manifest = READ_DIR / "manifest.tsv"
        if not manifest.exists():
            sys.exit(f"{manifest} is missing: the read-speech set lives in ../shared/speech-dev beside the repository.")
        with open(manifest, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                clips.append(Clip(r["id"], "read", r["region"], READ_DIR / r["audio"], r["transcript"], CaseContext(), float(r["duration_s"])))
        regional = READ_DIR / "regional" / "manifest.tsv"
        if regional.exists():  # 62 more clips, 28 speakers of six regions; grouped by the manifest's region_group
            with open(regional, encoding="utf-8") as f:
                for r in csv.DictReader(f, delimiter="\t"):
                    clips.append(Clip(Path(r["clip"]).stem, "read", r["region_group"], regional.parent / r["clip"], r["text"],
                                      CaseContext(), float(r["duration_s"])))
    for name, folder in DICTATION_SETS:
        if name not in which:
            continue
        with open(folder / "manifest.jsonl", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                clips.append(Clip(r["id"], name, r["group"], folder / r["audio"], r["reference"], parse_context(r["context"]), r["duration_s"]))
    return clips


def _timed(fn):
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w0, time.process_time() - c0


def run(args) -> dict:
    settings = PipelineSettings(model=args.model, cpu_threads=args.threads, device=args.device)
    opts = pipeline_options(settings)
    info = resolve_model(opts.model, opts.model_cache_dir)
    model = load_asr(info, opts.asr)
    lexicon = load_lexicon(opts.vocabulary)
    clips = load_clips(args.set) + [c for m in args.manifest for c in load_manifest(m)]
    print(f"model {info.name} ({model.device}, {model.compute_type}, {args.threads} threads); {len(clips)} clips", file=sys.stderr)

    rows: list[Row] = []
    for n, clip in enumerate(clips, 1):
        audio = decode_audio(clip.path, opts.audio)
        if clip.duration_s is None:
            clip.duration_s = audio.duration_s
        row = Row(clip)

        def bare():  # faster-whisper's sequential decoder with its defaults
            segments, _ = model.whisper.transcribe(audio.samples, language="en")
            return " ".join(s.text.strip() for s in segments)

        def batched():  # faster-whisper's BatchedInferencePipeline with its defaults
            segments, _ = model.batched.transcribe(audio.samples, language="en")
            return " ".join(s.text.strip() for s in segments if s.text.strip())

        flagged: list = []

        def casenote():  # the speech half of Pipeline.process
            result = transcribe_dictation(audio, model, lexicon, clip.context, opts)
            flagged[:] = [(d.start_s, d.end_s) for d in result.doubts if d.reason == "unheard_speech"]
            return result.transcript.text

        def unbiased():
            return transcribe_audio(audio, model, opts.asr).text

        passes = [("bare", bare), ("batched", batched), ("casenote", casenote)]
        passes += [] if args.no_speed else [("unbiased", unbiased)]
        if n % 2 == 0:  # alternate the order so warm caches favour no system
            passes.reverse()
        for name, fn in passes:
            st = model.stats
            before = (st.passes, st.guarded + st.plain, st.checked, st.unbiased)
            hyp, wall, cpu = _timed(fn)
            row.results[name] = Result(hyp, wall, cpu, st.passes - before[0], st.guarded + st.plain - before[1],
                                       list(flagged) if name == "casenote" else [], st.checked - before[2],
                                       st.unbiased - before[3])
        for _ in range(args.repeat - 1):  # timing only: each system's fastest run is kept
            for name, fn in passes:
                _, wall, cpu = _timed(fn)
                res = row.results[name]
                res.wall_s, res.cpu_s = min(res.wall_s, wall), min(res.cpu_s, cpu)
        rows.append(row)
        print(f"  [{n}/{len(clips)}] {clip.id}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return summarise(rows, args)


def name_tokens(context: CaseContext) -> list[str]:
    """The people's names in a case context, word by word ("Tyler-Jay", "Charlton"), titles left out."""
    out = []
    for name, _ in context.named_people():
        out.extend(name_words(name))
    return list(dict.fromkeys(out))


def _count(word: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags=re.IGNORECASE))


def name_hits(clip: Clip, hyp: str) -> tuple[int, int]:
    """(names written exactly right, names said) for one clip: each name occurrence in the reference
    counts once; a hit is the same spelling (case aside, hyphen included) in the hypothesis."""
    said = right = 0
    for name in name_tokens(clip.context):
        n_ref = _count(name, clip.reference)
        said += n_ref
        right += min(n_ref, _count(name, hyp))
    return right, said


def _names(clip: Clip) -> list[str]:
    """The people's names in the clip's own case context (the set's data), for :mod:`evaluation.asr.insertions`."""
    return [name for name, _ in clip.context.named_people()]


def summarise(rows: list[Row], args) -> dict:
    systems = ["bare", "batched", "casenote"]
    report: dict = {"model": args.model, "threads": args.threads, "repeat": args.repeat, "sets": {}}
    for set_name in dict.fromkeys(r.clip.set for r in rows):
        set_rows = [r for r in rows if r.clip.set == set_name]
        if not set_rows:
            continue
        groups = defaultdict(list)
        for r in set_rows:
            groups[r.clip.group].append(r)
        groups["ALL"] = set_rows
        table = {}
        for g, grows in groups.items():
            refs = [normalise(r.clip.reference) for r in grows]
            entry = {"clips": len(grows), "audio_s": round(sum(r.clip.duration_s for r in grows), 1)}
            for s in systems:
                hyps = [normalise(r.results[s].hyp) for r in grows]
                right = said = 0
                for r in grows:
                    a, b = name_hits(r.clip, r.results[s].hyp)
                    right, said = right + a, said + b
                entry[s] = {
                    "wer": jiwer.wer(refs, hyps),
                    "cer": jiwer.cer(refs, hyps),
                    "names_right": right,
                    "names_said": said,
                }
            table[g] = entry
        timing = {}
        for s in systems + ([] if args.no_speed else ["unbiased"]):
            timing[s] = {
                "wall_s": sum(r.results[s].wall_s for r in set_rows),
                "cpu_s": sum(r.results[s].cpu_s for r in set_rows),
                "passes": sum(r.results[s].passes for r in set_rows),
                "retried": sum(r.results[s].retried for r in set_rows),
                "unheard": sum(len(r.results[s].unheard) for r in set_rows),
                "unheard_clips": sum(bool(r.results[s].unheard) for r in set_rows),
                "checked": sum(r.results[s].checked for r in set_rows),
                "taken": sum(r.results[s].taken for r in set_rows),
            }
        if not args.no_speed:  # per clip, so one slow clip (a retried chunk) shows as such
            costs = sorted((r.results["casenote"].cpu_s - r.results["unbiased"].cpu_s) / r.results["unbiased"].cpu_s for r in set_rows)
            timing["median_clip_cost"] = costs[len(costs) // 2]
        inserted = {"said": sum(words_said(r.clip.reference, _names(r.clip)) for r in set_rows)}
        for s in systems:
            found = [count_insertions(r.clip.reference, r.results[s].hyp, _names(r.clip)) for r in set_rows]
            inserted[s] = {"total": sum(f.total for f in found), "names": sum(sum(f.names.values()) for f in found),
                           "kin": sum(sum(f.kin.values()) for f in found)}
        report["sets"][set_name] = {"groups": table, "timing": timing, "inserted": inserted}
    report["clips"] = [
        {"id": r.clip.id, "set": r.clip.set, "group": r.clip.group, "reference": r.clip.reference}
        | {s: r.results[s].hyp for s in systems}
        | {"cpu_s": {s: round(res.cpu_s, 3) for s, res in r.results.items()}}
        | {"inserted": {s: dict(count_insertions(r.clip.reference, r.results[s].hyp, _names(r.clip)).names
                                + count_insertions(r.clip.reference, r.results[s].hyp, _names(r.clip)).kin)
                        for s in systems}}
        | {"passes": r.results["casenote"].passes, "retried": r.results["casenote"].retried,
           "checked": r.results["casenote"].checked, "taken": r.results["casenote"].taken,
           "unheard": r.results["casenote"].unheard}
        for r in rows
    ]
    return report


def print_report(report: dict) -> None:
    print(f"\nmodel {report['model']}, {report['threads']} CPU threads, fastest of {report['repeat']} timed runs. WER/CER on Whisper-normalised text; "
          "names = case-context names written exactly right.\n")
    for set_name, data in report["sets"].items():
        label = {
            "read": "READ SPEECH (VCTK, real speakers)",
            "dictation": "DICTATION (synthetic espeak-ng voices, with case contexts)",
            "heldout": "HELD-OUT DICTATION (written after tuning, never tuned on)",
            "heldout2": "SECOND HELD-OUT DICTATION (written after the fixes the first prompted, never tuned on)",
            "heldout3": "THIRD HELD-OUT DICTATION (written before the next session's changes were tried, never tuned on)",
            "long": "WHOLE DICTATIONS (about a minute each, several 30-second windows; never tuned on)",
            "accent": "ACCENT SET (issue 20: written before the batched decoder was tried, scored once)",
            "accent2": "SECOND ACCENT SET (issue 20, round 3: written before that round's changes were tried, scored once)",
            "accent3": "THIRD ACCENT SET (issue 20, round 4: written before that round's changes were tried, scored once)",
            "unsaid": "UNSAID SET (relatives in the context not named where spoken of: written before the change, scored once)",
        }.get(set_name) or f"YOUR RECORDINGS ({set_name.split(':', 1)[1]})"
        print(label)
        print(f"  {'group':<18}{'clips':>5}{'audio':>7} | {'WER bare':>8} {'batched':>8} {'ours':>8} {'change':>7} |"
              f" {'CER bare':>8} {'batched':>8} {'ours':>8} | {'names bare':>10} {'batched':>10} {'ours':>10}")
        for g, e in data["groups"].items():
            b, q, c = e["bare"], e["batched"], e["casenote"]
            change = (c["wer"] - b["wer"]) / b["wer"] * 100 if b["wer"] else 0.0
            names = lambda x: f"{x['names_right']}/{x['names_said']}" if x["names_said"] else "-"
            pct = lambda x: f"({x['names_right'] / x['names_said']:.0%})" if x["names_said"] else ""
            print(
                f"  {g:<18}{e['clips']:>5}{e['audio_s']:>6.0f}s | {b['wer']:>8.1%} {q['wer']:>8.1%} {c['wer']:>8.1%} {change:>+6.0f}% |"
                f" {b['cer']:>8.1%} {q['cer']:>8.1%} {c['cer']:>8.1%} | {names(b) + pct(b):>10} {names(q) + pct(q):>10} {names(c) + pct(c):>10}"
            )
        ins = data["inserted"]
        if ins["said"]:
            print(f"  case-name and kin words written beyond what was said ({ins['said']} said): "
                  + ", ".join(f"{s} {ins[s]['total']} ({ins[s]['names']} name, {ins[s]['kin']} kin)"
                              for s in ("bare", "batched", "casenote")))
        t = data["timing"]
        line = (f"  time (CPU s / wall s): bare {t['bare']['cpu_s']:.1f}/{t['bare']['wall_s']:.1f},"
                f" batched {t['batched']['cpu_s']:.1f}/{t['batched']['wall_s']:.1f},"
                f" casenote {t['casenote']['cpu_s']:.1f}/{t['casenote']['wall_s']:.1f}"
                f"\n  casenote: {t['casenote']['passes']} batched passes, {t['casenote']['retried']} chunks retried,"
                f" {t['casenote']['unheard']} speech-with-no-words flags on {t['casenote']['unheard_clips']} clips;"
                f" {t['casenote']['checked']} chunks checked for an unsure prompt kin word, {t['casenote']['taken']} spans taken"
                " from the decode without names")
        if "unbiased" in t:
            u = t["unbiased"]
            cost = (t["casenote"]["cpu_s"] - u["cpu_s"]) / u["cpu_s"] * 100
            line += (f"\n  casenote without biasing/correction {u['cpu_s']:.1f}/{u['wall_s']:.1f}; cost of biasing +"
                     f" post-correction: {cost:+.1f}% CPU (casenote vs bare batched engine:"
                     f" {(t['casenote']['cpu_s'] / t['batched']['cpu_s'] - 1) * 100:+.1f}%); median per clip {t['median_clip_cost'] * 100:+.1f}%")
        print(line + "\n")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    p = argparse.ArgumentParser(prog="python -m evaluation.asr", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="base", help="tiny.en, base, or a CTranslate2 model directory (default base)")
    p.add_argument("--threads", type=int, default=2, help="CPU threads for CTranslate2 (default 2)")
    p.add_argument("--set", choices=SET_NAMES, action="append",
                   help="a repository set to score (repeatable; default all, or none when --manifest is given)")
    p.add_argument("--manifest", type=Path, action="append", default=[],
                   help="score the recordings this .jsonl or .tsv manifest lists (repeatable; fields in the module docstring)")
    p.add_argument("--device", default="cpu", choices=["auto", "cpu", "cuda"], help="where the model runs (default cpu)")
    p.add_argument("--no-speed", action="store_true", help="skip the third (timing-only) pass")
    p.add_argument("--repeat", type=int, default=2, help="time each system this many times per clip and keep the fastest (default 2)")
    p.add_argument("--json", type=Path, help="also write figures and every hypothesis to this file")
    args = p.parse_args(argv)
    if args.set is None and not args.manifest:
        args.set = ["all"]
    try:
        for m in args.manifest:
            load_manifest(m)  # fail before the model loads, with what to fix
    except ManifestError as e:
        p.error(str(e))
    report = run(args)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
