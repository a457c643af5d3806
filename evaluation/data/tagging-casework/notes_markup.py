"""The marked-up sentence format the held-out casework-style sets are written in (fresh11, fresh14, fresh16).

Markup inside a sentence:
  [X:text]  gold PII; X is P (PERSON), A (ADDRESS), PC (POSTCODE), PH (PHONE), NHS (NHS_NUMBER),
            NI (NI_NUMBER), DOB (DATE_OF_BIRTH), E (EMAIL), S (SCHOOL), O (ORGANISATION_LOCAL)
  {k:text}  a curated "keep" span; k is a key of the set's KEEP_WHY
Each note body is one sentence a line: "labels | sentence"; fresh14 and fresh16 (``build_note``) write the labels as
:data:`LABELS`' short names, comma separated; fresh11 (its own maker) space separated. Sentences are joined with a
single space. Imports nothing from the product: it only turns marked-up text into exact offsets.
"""
import json
import re

ENTITY = {"P": "PERSON", "A": "ADDRESS", "PC": "POSTCODE", "PH": "PHONE", "NHS": "NHS_NUMBER",
          "NI": "NI_NUMBER", "DOB": "DATE_OF_BIRTH", "E": "EMAIL", "S": "SCHOOL",
          "O": "ORGANISATION_LOCAL"}
COMMON_KEEP_WHY = {  # the keep reasons both sets use; each set adds its own
    "kin": "relationship or kinship word, not a name",
    "date": "visit, meeting or event date (not a date of birth)",
    "term": "social-care process or term",
    "time": "time of day",
    "age": "age (not a date of birth)",
    "dur": "duration",
    "place": "generic or public place, not an address",
    "natl": "public service or national body, not a local identifier",
    "word": "ordinary word used as a word; the same word is a personal name in this case",
}
# the keep reasons fresh21, fresh23 and fresh26 add alike
LATER_KEEP_WHY = {
    "scale": "scaling score",
    "tool": "direct-work tool",
    "emerg": "emergency number",
    "money": "amount of money",
}
LABELS = {"cv": "child_voice", "wf": "wishes_feelings", "w": "worry", "ww": "working_well",
          "ns": "next_step", "o": "observation"}
SOS = {"worry", "working_well", "next_step"}
MARK = re.compile(r"\[(P|A|PC|PH|NHS|NI|DOB|E|S|O):([^\]]+)\]|\{(\w+):([^}]+)\}")


def unmark(marked, offset, keep_why, leftover="[]{}"):
    """Plain text of one marked-up sentence, with its pii and keep spans shifted by ``offset``."""
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = offset + sum(len(x) for x in out)
        inner = m.group(2) if m.group(1) else m.group(4)
        out.append(inner)
        if m.group(1):
            pii.append({"start": start, "end": start + len(inner), "entity": ENTITY[m.group(1)]})
        else:
            keep.append({"start": start, "end": start + len(inner), "why": keep_why[m.group(3)]})
        pos = m.end()
    out.append(marked[pos:])
    plain = "".join(out)
    if any(c in plain for c in leftover):
        raise ValueError(f"unparsed markup left in: {marked!r}")
    return plain, pii, keep


def write_rows(rows, out):
    """Refuse repeated ids, then write one JSON object a line."""
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate ids: {ids}")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build_note(note, keep_why, words_range=(200, 400)):
    """One jsonl row from a note written "cv, wf | sentence" a line (fresh14, fresh16, fresh17); refuses bad label
    sets, keep spans over identifiers and notes outside ``words_range`` words (200-400 unless a set says)."""
    pieces, pii, keep, sentences, offset = [], [], [], [], 0
    for line in note["body"].strip().splitlines():
        labels_part, marked = line.split(" | ", 1)
        labels = [LABELS[x.strip()] for x in labels_part.split(",")]
        if len(set(labels)) != len(labels):
            raise ValueError(f"{note['id']}: repeated label in {line!r}")
        if ("observation" in labels) == bool(SOS.intersection(labels)):
            raise ValueError(f"{note['id']}: need observation alone or worry/working_well/next_step: {line!r}")
        if pieces:
            offset += 1
        plain, p, k = unmark(marked.strip(), offset, keep_why, leftover="[]{}|")
        pieces.append(plain)
        pii += p
        keep += k
        sentences.append({"start": offset, "end": offset + len(plain), "labels": labels})
        offset += len(plain)
    text = " ".join(pieces)
    assert len(text) == offset
    for k in keep:
        if any(k["start"] < p["end"] and p["start"] < k["end"] for p in pii):
            raise ValueError(f"{note['id']}: keep span overlaps PII: {text[k['start']:k['end']]!r}")
    words = len(text.split())
    if not words_range[0] <= words <= words_range[1]:
        raise ValueError(f"{note['id']}: {words} words, want {words_range[0]}-{words_range[1]}")
    return {"id": note["id"], "context": note["context"], "text": text, "pii": pii, "keep": keep,
            "sentences": sentences, "meta": note["meta"]}


# -- a whole set (fresh21, fresh23, fresh26): one note a dict of id, context, meta and a body of "labels | sentence"
# lines, its sentences joined with one space


class NoteFormatError(ValueError):
    """A note breaks the format; the message names the note and what to fix in its notes file."""


def unmark_sentence(marked, offset, note_id, keep_why):
    """Plain text of one marked-up sentence and its PII and keep spans, shifted by ``offset`` (:func:`unmark`, with
    the set's keep reasons and its errors naming the note)."""
    for m in MARK.finditer(marked):
        if not m.group(1) and m.group(3) not in keep_why:
            raise NoteFormatError(f"{note_id}: keep key {m.group(3)!r} is not in keep_why; add it or fix the markup")
    try:
        return unmark(marked, offset, keep_why)
    except ValueError as e:
        raise NoteFormatError(f"{note_id}: {e}; close the bracket or use a known tag") from e


def parse_labels(field, note_id):
    labels = []
    for short in (x.strip() for x in field.split(",")):
        if short not in LABELS:
            raise NoteFormatError(f"{note_id}: unknown label {short!r}; use one of {sorted(LABELS)}")
        labels.append(LABELS[short])
    return labels


def build_row(note, keep_why):
    """One jsonl row from a marked-up note."""
    nid = note["id"]
    parts, pii, keep, sentences, offset = [], [], [], [], 0
    for line in (x.strip() for x in note["body"].strip().splitlines()):
        if not line:
            continue
        if " | " not in line:
            raise NoteFormatError(f"{nid}: line without 'labels | sentence': {line[:60]!r}")
        field, marked = line.split(" | ", 1)
        if parts:
            offset += 1
        text, p, k = unmark_sentence(marked.strip(), offset, nid, keep_why)
        sentences.append({"start": offset, "end": offset + len(text), "labels": parse_labels(field, nid)})
        parts.append(text)
        pii += p
        keep += k
        offset += len(text)
    return {"id": nid, "context": note["context"], "text": " ".join(parts), "pii": pii, "keep": keep,
            "sentences": sentences, "meta": note["meta"]}


def check_rows(rows, words_range, authors):
    """Sentences tile the text in order, each with observation alone or some of worry / working_well /
    next_step (plus the voice layer); spans inside the text, not blank at their edges, PII and keep never
    overlapping; ``words_range`` words; context and meta complete; ids unique, their leading letters one of
    ``authors`` (one letter or more: "S", "AA")."""
    seen = set()
    for r in rows:
        nid, text = r["id"], r["text"]
        author = re.match(r"[A-Za-z]*", nid).group()  # the id's leading letters: "S" of S01, "AA" of AA01
        if nid in seen or author not in authors:
            raise NoteFormatError(f"{nid}: duplicate id or author letters {author!r} not in {sorted(authors)}")
        seen.add(nid)
        pos = 0
        for s in r["sentences"]:
            if s["start"] != pos:
                raise NoteFormatError(f"{nid}: sentences do not tile the text at {pos}")
            pos = s["end"] + 1
            sos = set(s["labels"]) & (SOS | {"observation"})
            if not sos or ("observation" in sos and len(sos) > 1) or len(set(s["labels"])) != len(s["labels"]):
                raise NoteFormatError(f"{nid}: sentence at {s['start']} needs observation alone or worry/working_well/"
                                   f"next_step, no repeats: {s['labels']}")
        if pos - 1 != len(text):
            raise NoteFormatError(f"{nid}: sentences end at {pos - 1}, text at {len(text)}")
        mask = [None] * len(text)
        for kind, spans in (("pii", r["pii"]), ("keep", r["keep"])):
            for sp in spans:
                frag = text[sp["start"]:sp["end"]]
                if not frag or frag != frag.strip():
                    raise NoteFormatError(f"{nid}: {kind} span {frag!r} empty or blank at an edge")
                for i in range(sp["start"], sp["end"]):
                    if mask[i] is not None:
                        raise NoteFormatError(f"{nid}: {kind} span {frag!r} overlaps a {mask[i]} span")
                    mask[i] = kind
        words = len(text.split())
        if not words_range[0] <= words <= words_range[1]:
            raise NoteFormatError(f"{nid}: {words} words, outside {words_range}; lengthen or shorten the note")
        ctx, meta = r["context"], r["meta"]
        if not (ctx.get("child", {}).get("name") and "dob" in ctx["child"] and ctx.get("worker")
                and "people" in ctx and "address" in ctx and "school" in ctx):
            raise NoteFormatError(f"{nid}: context needs child name and dob, people, address, school, worker")
        if not (meta.get("service") and "child_age_years" in meta and meta.get("features")):
            raise NoteFormatError(f"{nid}: meta needs service, child_age_years and features")


def build_set(notes, keep_why, words_range, authors, out):
    """Every note's row, checked (:func:`check_rows`), written to ``out`` one JSON object a line; the rows.

    Each note's body is one sentence a line, "labels | sentence" (labels: :data:`LABELS`' short names, comma
    separated); sentences are joined with a single space. Markup: [X:text] gold PII, {k:text} a keep span whose
    reason is ``keep_why[k]``."""
    rows = [build_row(n, keep_why) for n in notes]
    check_rows(rows, words_range, authors)
    write_rows(rows, out)
    print(f"wrote {len(rows)} notes to {out}")
    return rows


# The keep reasons of the sets written from fresh26 on (dialect, pets, roles beside the shared ones).
PLAIN_WORDS_KEEP_WHY = {
    **COMMON_KEEP_WHY,
    **LATER_KEEP_WHY,
    "dial": "dialect word (north-east or Cumbrian), not a name",
    "pet": "pet's name",
    "role": "professional role or agency, not a name",
}


def build_named_set(name: str, authors: set[str], words_range=(200, 400)):
    """``{name}_notes.NOTES`` (beside this file) built into ``{name}.jsonl`` with :data:`PLAIN_WORDS_KEEP_WHY`."""
    import importlib
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    notes = importlib.import_module(f"{name}_notes").NOTES
    return build_set(notes, PLAIN_WORDS_KEEP_WHY, words_range, authors, here / f"{name}.jsonl")

