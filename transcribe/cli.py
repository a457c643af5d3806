"""The pipeline's commands: a thin adapter over the stages.

    casenote process AUDIO [--context CASE.json] [--model NAME|PATH] [--json]
    casenote transcribe AUDIO [AUDIO ...] [--context CASE.json] [--model NAME|PATH] [--json]
    casenote redact TEXTFILE [--context CASE.json] [--json]
    casenote tag TEXTFILE [--context CASE.json] [--json]
    casenote models [--json]
    casenote schema [--check] [--out FILE]     (the case note's JSON schema, generated from its dataclasses)

The ``casenote`` console command is ``service.cli:main``: these commands plus the service's (``serve``,
``worker``, ``rotate-key``). ``python -m transcribe.cli`` runs the pipeline's commands alone.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from .errors import CasenoteError, TextInputError

EXIT_INPUT = 3


AddCommand = Callable[[str, Callable, str], argparse.ArgumentParser]


def main(argv: list[str] | None = None, more_commands: Callable[[AddCommand], None] | None = None) -> int:
    """Run one command; ``more_commands(add)`` adds an adapter's own (``add(name, func, help)`` returns the
    subcommand's parser). A :class:`CasenoteError` is printed and exits with status 3."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = _parser(more_commands)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except CasenoteError as exc:
        print(f"casenote: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


def _parser(more_commands: Callable[[AddCommand], None] | None = None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="casenote", description="Dictated visit notes in, structured case notes out.")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, func, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.set_defaults(func=func)
        return sp

    sp = add("process", cmd_process, "Run the whole pipeline on a recording and print the structured note.")
    sp.add_argument("audio", type=Path)
    sp.add_argument("--context", type=Path, help="case context JSON file")
    sp.add_argument("--model", help="tiny.en, base, or a CTranslate2 model directory (default: CASENOTE_MODEL or base)")
    sp.add_argument("--json", action="store_true", help="print the note as JSON")
    sp.add_argument("--redacted", action="store_true", help="print the redacted variant (for sharing beyond the case)")

    sp = add("transcribe", cmd_transcribe, "Transcribe recordings (the model loads once; --json prints one object per line).")
    sp.add_argument("audio", type=Path, nargs="+")
    sp.add_argument("--context", type=Path, help="case context JSON file (biases the recogniser towards its names)")
    sp.add_argument("--model")
    sp.add_argument("--json", action="store_true")

    for name, func, help_ in (
        ("redact", cmd_redact, "Redact identifiers from a text file."),
        ("tag", cmd_tag, "Tag child's voice, wishes and feelings, and Signs of Safety headings in a text file."),
    ):
        sp = add(name, func, help_)
        sp.add_argument("textfile", type=Path)
        sp.add_argument("--context", type=Path)
        sp.add_argument("--json", action="store_true")

    sp = add("models", cmd_models, "List the speech models available here.")
    sp.add_argument("--json", action="store_true")

    sp = add("schema", cmd_schema, "Write the case note's JSON schema, generated from its dataclasses "
             "(--check: exit 1 if the committed file is out of date).")
    sp.add_argument("--check", action="store_true", help="exit 1 if the file is out of date; write nothing")
    sp.add_argument("--out", type=Path, default=None, help="the schema file (default: schema/case-note.schema.json)")

    if more_commands is not None:
        more_commands(add)
    return p


# -- helpers -------------------------------------------------------------------
def _settings():
    from .settings import PipelineSettings

    return PipelineSettings()


class _Progress:
    """Progress on stderr, only when attached to a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.started = time.perf_counter()

    def __call__(self, stage: str, fraction: float) -> None:
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.started
        end = "\n" if stage == "done" else ""
        sys.stderr.write(f"\r{stage:<13} {fraction * 100:5.1f}%  {elapsed:6.1f}s" + end)
        sys.stderr.flush()


def _read_text(path: Path, limit: int) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TextInputError(f"Cannot read {path}: {exc.strerror}. Check the path.") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextInputError(
            f"{path} is not UTF-8 text (bad byte at position {exc.start}). Save it as UTF-8 and try again."
        ) from exc
    if not text.strip():
        raise TextInputError(f"{path} is empty. Give a file with the note's text.")
    if len(text) > limit:
        raise TextInputError(
            f"{path} has {len(text)} characters; the limit is {limit}. Split it, or raise CASENOTE_MAX_TEXT_CHARS."
        )
    return text


def _emit(obj, as_json: bool, human) -> None:
    if as_json:
        print(json.dumps(obj if isinstance(obj, dict) else asdict(obj), indent=2, ensure_ascii=False))
    else:
        print(human())


# -- commands -------------------------------------------------------------------
def cmd_process(args) -> int:
    from .context import load_context
    from .pipeline import Pipeline, pipeline_options
    from .redaction.view import case_identifiers, redacted_view
    from .render import render_text

    settings = _settings()
    context = load_context(args.context)
    progress = _Progress()
    if progress.enabled:
        sys.stderr.write("loading models...\n")
    pipeline = Pipeline.load(pipeline_options(settings, model=args.model), wait=False)  # spaCy loads while Whisper decodes
    note = pipeline.process(args.audio, context, progress=progress)
    if args.redacted:
        view = redacted_view(note, case_identifiers(context, note.case_ref))
        if args.json:
            print(json.dumps(view, indent=2, ensure_ascii=False))
        else:
            print(f"REDACTED VISIT NOTE - case {note.case_ref or '(no case reference)'}\n")
            print(view["transcript"]["text"] or "(no speech detected in this recording)")
        return 0
    _emit(note, args.json, lambda: render_text(note))
    return 0


def cmd_transcribe(args) -> int:
    """Transcribe one or more recordings with the model loaded once; with --json, one JSON object per line."""
    from .asr import load_asr
    from .audio import decode_audio
    from .context import load_context
    from .models import resolve_model
    from .pipeline import pipeline_options, transcribe_dictation
    from .vocabulary import load_lexicon

    settings = _settings()
    opts = pipeline_options(settings, model=args.model)
    context = load_context(args.context)
    first = decode_audio(args.audio[0], opts.audio)  # a bad first file fails before the model loads
    model = load_asr(resolve_model(opts.model, opts.model_cache_dir), opts.asr)
    lexicon = load_lexicon(opts.vocabulary)
    several = len(args.audio) > 1
    failed = 0
    for n, path in enumerate(args.audio):
        try:
            audio = first if n == 0 else decode_audio(path, opts.audio)
        except CasenoteError as exc:
            if not several:
                raise
            failed += 1  # the rest of the folder is still transcribed; the exit status says one failed
            print(f"casenote: {path}: {exc}", file=sys.stderr)
            if args.json:
                print(json.dumps({"audio": str(path), "error": str(exc)}, ensure_ascii=False), flush=True)
            continue
        progress = _Progress()
        speech = transcribe_dictation(
            audio, model, lexicon, context, opts, progress=lambda f: progress("transcribing", f)
        )
        if progress.enabled:
            progress("done", 1.0)
        if args.json:
            out = {"audio": str(path), "transcript": asdict(speech.transcript), "doubts": [asdict(d) for d in speech.doubts]}
            print(json.dumps(out, ensure_ascii=False), flush=True)
        else:
            print((f"== {path}\n" if several else "") + _render_speech(speech), flush=True)
    return EXIT_INPUT if failed else 0


def _render_speech(speech) -> str:
    transcript = speech.transcript
    if not transcript.speech_detected:
        return "(no speech detected in this recording)"
    lines = [f"[{s.start:7.2f} -> {s.end:7.2f}] {s.text}" for s in transcript.segments]
    if speech.doubts:
        lines.append("")
        lines.append("Unsure (check against the audio):")
        lines += [f"  [{d.start_s:7.2f}] {d.reason}: {d.text!r}" for d in speech.doubts]
    return "\n".join(lines)


def cmd_redact(args) -> int:
    from .context import load_context
    from .models import load_spacy
    from .pipeline import pipeline_options
    from .redaction import build_redactor, redact_text

    settings = _settings()
    text = _read_text(args.textfile, settings.max_text_chars)
    context = load_context(args.context)
    redactor = build_redactor(load_spacy(), pipeline_options(settings).redaction)
    result = redact_text(text, context, redactor)
    _emit(result, args.json, lambda: result.redacted_text)
    return 0


def cmd_tag(args) -> int:
    from .context import load_context
    from .models import load_spacy
    from .tagging import build_tagger, tag_text

    settings = _settings()
    text = _read_text(args.textfile, settings.max_text_chars)
    context = load_context(args.context)
    tags = tag_text(text, context, build_tagger(load_spacy()))

    def human() -> str:
        return "\n".join(f"{t.label:<16} [{t.start}:{t.end}] {t.text}" for t in tags) or "(no tags)"

    _emit({"tags": [asdict(t) for t in tags]}, args.json, human)
    return 0


def cmd_models(args) -> int:
    from .models import list_models

    settings = _settings()
    rows = list_models(settings.model_cache_dir)

    def human() -> str:
        lines = [f"{'name':<10} {'installed':<9} {'size':>9} {'precision':<10} location"]
        for r in rows:
            size = f"{r['size_bytes'] / 1e6:.0f} MB" if r.get("size_bytes") else "-"
            where = r.get("path") or r.get("problem", "")
            lines.append(f"{r['name']:<10} {str(r['installed']):<9} {size:>9} {r.get('precision') or '-':<10} {where}")
        lines.append("Any CTranslate2 Whisper directory (e.g. large-v3) also works: --model /path/to/dir")
        return "\n".join(lines)

    _emit({"models": rows}, args.json, human)
    return 0


def cmd_schema(args) -> int:
    from .errors import NoteSchemaError
    from .schema import SCHEMA_PATH, check_schema_file, schema_text

    out = args.out or SCHEMA_PATH
    if args.check:
        try:
            check_schema_file(out)
        except NoteSchemaError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
