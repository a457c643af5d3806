"""Vocabulary stage: the words this dictation is likely to contain, handed to the recogniser.

Three sources, in order of weight:

1. the case context: the child's, family's and worker's names, the school, the street and town;
2. the council's own vocabulary file (``PipelineSettings.vocabulary_file``: one term per line);
3. the maintained lexicon in ``transcribe/lexicon/`` (social-care terms, north-east places, dialect).

How the terms reach Whisper. faster-whisper (1.2.1, ``WhisperModel.generate_segments``) adds an
``initial_prompt`` to the decoding context of the first 30-second window only: with
``condition_on_previous_text=False`` (our setting, so one misheard window cannot seed the next) the
prompt is dropped after the first window, and with it on, the prompt is soon pushed out by the
previous window's text. ``hotwords``, by contrast, are put before ``<|startoftranscript|>`` in
*every* window (``get_prompt``), truncated to ``max_length // 2 - 1`` = 223 tokens. So the
vocabulary travels as ``hotwords`` and no ``initial_prompt`` is sent (it would only repeat the same
words in window one). The prompt is kept within :attr:`VocabularyOptions.max_prompt_tokens`, counted
with the model's own tokenizer, case names first so that they are never the ones cut.
"""

from __future__ import annotations

import re
from itertools import zip_longest
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .context import CaseContext
from .errors import VocabularyError
from .language.kinship import SAID_AS

LEXICON_DIR = Path(__file__).parent / "lexicon"
# Packaged lexicon files, in the order their terms are offered to the prompt.
DEFAULT_LEXICON_FILES = ("social_care.txt", "towns_north_east.txt", "dialect.txt")
WHISPER_PROMPT_LIMIT = 223  # faster-whisper truncates hotwords to max_length // 2 - 1 tokens
PROMPT_SEPARATOR = ", "


# A relative's role in the case context -> what a north-east practitioner calls them in a dictation (the
# ``said`` column of ``language.kinship``). A role not there ("foster carer", "teacher") goes to the prompt
# as the name alone; "mother's partner" is looked up by its last word.
SPOKEN_ROLES = SAID_AS


@dataclass(frozen=True)
class Term:
    text: str
    source: str  # case | council | lexicon
    kind: str = "term"  # name | place | school | street | term | dialect
    said_after: str = ""  # the kin word a practitioner says before this name: "dad" for the child's father


@dataclass(frozen=True)
class Lexicon:
    """Terms loaded once from the packaged lexicon files and the council's vocabulary file."""

    terms: tuple[Term, ...] = ()
    council_terms: tuple[Term, ...] = ()


@dataclass
class VocabularyOptions:
    lexicon_dir: Path = LEXICON_DIR
    lexicon_files: tuple[str, ...] = DEFAULT_LEXICON_FILES
    council_file: Path | None = None
    max_prompt_tokens: int = 120  # of Whisper's 223: case names first, so they are never the ones cut
    # The lexicon's share of the prompt. Off by default: measured on the dictation set, lexicon terms in
    # the prompt did not lower WER but made Whisper echo them over pauses, failing its own quality
    # checks and re-decoding at higher temperatures (+30-60% decoding time). The lexicon still
    # reaches the transcript through post-correction (place names) and the prompt-echo filter.
    max_lexicon_terms: int = 0
    use_lexicon_in_prompt: bool = True
    # Each relative's name goes to the prompt after the word a practitioner calls them by ("mam Kerri
    # Pescod", "dad Graham Brunskill"), read from their role in the case context through this table.
    spoken_roles: dict[str, str] = field(default_factory=lambda: dict(SPOKEN_ROLES))
    kin_in_prompt: bool = True
    # Each surname goes to the prompt once, with the first person who bears it ("Cleo Jobson, mam Lowri"); False
    # gives every full name ("Cleo Jobson, mam Lowri Jobson"). Having written a first name, the decoder can copy
    # the surname the prompt gives after it over other speech ("Lowri Jobson is expecting" for "mam Lowri is
    # expecting"): measured in spoken round nineteen (evaluation/redaction/README.md), a case surname written where
    # none was said is the largest part of what redaction takes beyond the identifiers.
    surname_once: bool = True


@dataclass
class Vocabulary:
    """One dictation's vocabulary: every term, and the prompt that goes to the recogniser."""

    terms: list[Term] = field(default_factory=list)  # case terms first, then council, then lexicon
    prompt: str = ""  # the hotwords text, within the token budget
    prompt_tokens: int = 0
    dropped: list[Term] = field(default_factory=list)  # terms that did not fit the prompt
    # the prompt's terms as said in full ("nana Joan Ashby"), where the prompt gave a surname once ("nana Joan"):
    # what post-correction may snap a heard word to
    entries: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[Term]:
        """Terms from the case context (names, school, street, town): the ones post-correction may snap to."""
        return [t for t in self.terms if t.source == "case"]

    @property
    def hotwords(self) -> str | None:
        return self.prompt or None

    @property
    def prompt_entries(self) -> list[str]:
        """The prompt's entries as :func:`_prompt_text` joined them: "Kyla Ramshaw", "dad Paul Ramshaw", ..."""
        return [e for e in self.prompt.split(PROMPT_SEPARATOR) if e]


TokenCounter = Callable[[str], int]


def estimate_tokens(text: str) -> int:
    """A tokenizer-free upper estimate (Whisper's BPE averages about 3.5 characters per token on names)."""
    return max(1, len(text) // 3 + text.count(",") + text.count("-")) if text else 0


def read_terms(path: Path, source: str, kind: str = "term") -> list[Term]:
    """Read one term per line; ``#`` starts a comment; blank lines and duplicates are skipped."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise VocabularyError(
            f"Vocabulary file {path} does not exist. Fix CASENOTE_VOCABULARY_FILE or create the file "
            "(one term per line, # for comments)."
        ) from exc
    except UnicodeDecodeError as exc:
        raise VocabularyError(f"Vocabulary file {path} is not UTF-8 text. Save it as UTF-8, one term per line.") from exc
    except OSError as exc:
        raise VocabularyError(f"Cannot read vocabulary file {path}: {exc.strerror}. Check its permissions.") from exc
    out: list[Term] = []
    for line in raw.splitlines():
        text = line.split("#", 1)[0].strip()
        if text:
            out.append(Term(text, source, kind))
    return _dedupe(out)


def load_lexicon(options: VocabularyOptions | None = None) -> Lexicon:
    """Load the packaged lexicon files and the council's vocabulary file. Call once per process."""
    options = options or VocabularyOptions()
    files: list[list[Term]] = []
    for name in options.lexicon_files:
        kind = "place" if "place" in name or "town" in name else "dialect" if "dialect" in name else "term"
        files.append(read_terms(Path(options.lexicon_dir) / name, "lexicon", kind))
    # Interleave the files (each in its own priority order) so that a short prompt still carries
    # the top social-care terms, the top places and the top dialect words.
    terms = [t for row in zip_longest(*files) for t in row if t is not None]
    council = read_terms(options.council_file, "council") if options.council_file else []
    return Lexicon(terms=tuple(_dedupe(terms)), council_terms=tuple(council))


def context_terms(context: CaseContext, spoken_roles: dict[str, str] | None = None) -> list[Term]:
    """Names and places from the case context, the child first, then family, worker, school, street, town.

    With ``spoken_roles``, a relative's name carries the kin word their role is said as (``said_after``).
    """
    out: list[Term] = []
    for name, role in context.named_people():
        if name.strip():
            out.append(Term(name, "case", "name", _said_after(role, spoken_roles or {})))
    if context.school:
        out.append(Term(context.school, "case", "school"))
    if context.address:
        out.extend(Term(p, "case", k) for p, k in _address_parts(context.address))
    return _dedupe(out)


def build_vocabulary(
    context: CaseContext | None,
    lexicon: Lexicon | None = None,
    options: VocabularyOptions | None = None,
    count_tokens: TokenCounter = estimate_tokens,
) -> Vocabulary:
    """Gather this dictation's terms and build a hotwords prompt within the token budget.

    ``count_tokens`` should be the loaded model's tokenizer (:func:`transcribe.asr.token_counter`);
    the default estimate over-counts, so a prompt built with it stays within budget.
    """
    options = options or VocabularyOptions()
    lexicon = lexicon or Lexicon()
    case = context_terms(context, options.spoken_roles if options.kin_in_prompt else None) if context else []
    prompt_case = _surnames_once(case) if options.surname_once else case
    council = list(lexicon.council_terms)
    lex = list(lexicon.terms)
    terms = _dedupe(case + council + lex)

    budget = min(options.max_prompt_tokens, WHISPER_PROMPT_LIMIT)
    offered = _dedupe(prompt_case + council + (lex[: options.max_lexicon_terms] if options.use_lexicon_in_prompt else []))
    chosen: list[Term] = []
    dropped: list[Term] = []
    for term in offered:
        candidate = _prompt_text(chosen + [term])
        if count_tokens(" " + candidate) <= budget:
            chosen.append(term)
        else:
            dropped.append(term)
    prompt = _prompt_text(chosen)
    in_full = {id(short): full for short, full in zip(prompt_case, case)}  # _surnames_once keeps order and length
    said = [in_full.get(id(t), t) for t in chosen]
    return Vocabulary(
        terms=terms,
        prompt=prompt,
        prompt_tokens=count_tokens(" " + prompt) if prompt else 0,
        dropped=dropped,
        entries=_prompt_text(said).split(PROMPT_SEPARATOR) if said else [],
    )


def _prompt_text(terms: Iterable[Term]) -> str:
    # A plain comma-separated list in the record's own spelling; Whisper copies spelling and
    # capitalisation from its prompt, so "Kayleigh" and "behaviour" here steer the output. A relative's
    # name follows the word they are called by, as it is said: a name straight after "dad" or "mam" is
    # the one most often lost, run into the kin word ("dark brave" for "dad Graham").
    return PROMPT_SEPARATOR.join(f"{t.said_after} {t.text}" if t.said_after else t.text for t in terms)


def _surnames_once(terms: list[Term]) -> list[Term]:
    """The case's terms with each person's surname (a name's last word) kept only where no earlier person's name
    ended in it: later bearers go to the prompt by their first names."""
    seen: set[str] = set()
    out: list[Term] = []
    for t in terms:
        words = t.text.split()
        if t.kind == "name" and len(words) >= 2:
            last = words[-1].casefold()
            if last in seen:
                t = Term(" ".join(words[:-1]), t.source, t.kind, t.said_after)
            seen.add(last)
        out.append(t)
    return out


def _said_after(role: str, spoken_roles: dict[str, str]) -> str:
    role = role.strip().lower()
    if role in spoken_roles:
        return spoken_roles[role]
    possessive = "'s " in role or "’s " in role  # "mother's partner": looked up as "partner"
    return spoken_roles.get(role.split()[-1], "") if possessive else ""


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)


def _address_parts(address: str) -> list[tuple[str, str]]:
    """'14 Elm Terrace, Gateshead NE8 3QP' -> [('Elm Terrace', 'street'), ('Gateshead', 'place')]."""
    out = []
    parts = [p.strip() for p in _POSTCODE.sub("", address).split(",")]
    for i, part in enumerate(p for p in parts if p):
        part = re.sub(r"^(flat|apartment|unit)\s+\w+\s*", "", part, flags=re.IGNORECASE)
        part = re.sub(r"^\d+[a-zA-Z]?\s+", "", part).strip()
        if not part or part.isdigit():
            continue
        out.append((part, "street" if i < len(parts) - 1 and _looks_like_street(part) else "place"))
    return out


def _looks_like_street(part: str) -> bool:
    return bool(
        re.search(
            r"\b(street|road|terrace|avenue|lane|close|drive|way|court|crescent|place|gardens|grove|view|walk|"
            r"square|row|park|green|mews|rise|hill|bank|dene|vale)\b",
            part,
            re.IGNORECASE,
        )
    )


def _dedupe(terms: Iterable[Term]) -> list[Term]:
    seen: set[str] = set()
    out = []
    for t in terms:
        key = t.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out
