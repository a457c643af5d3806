"""Build fresh26.jsonl: 12 held-out case notes for tagging and clean-text redaction (written by the helper
`tagset26` on 2026-11-30, evening session; held out and scored once by the lead at the session's end; nobody
tunes on it).

Written from ../shared/casework-dev/README.md's labelling and redaction rules only (plus the format of its
first two notes): the writer did not read the product's code, word lists, lexicons, models, tests or tagging
and redaction rules, nor any other set's notes beyond fresh23_notes.py's first note (markup format). The
structure is make_fresh23.py's, copied; it imports only notes_markup's constants and unmark(). Imports nothing
from the product.

Each note body is one sentence a line, "labels | sentence" (labels: notes_markup.LABELS' short names, comma
separated); sentences are joined with a single space. Markup: [X:text] gold PII, {k:text} a keep span whose
reason is KEEP_WHY[k].

Run:  python evaluation/data/tagging-casework/make_fresh26.py   (writes fresh26.jsonl beside it)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fresh26_notes import NOTES  # noqa: E402
from notes_markup import COMMON_KEEP_WHY, LABELS, MARK, SOS, unmark  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    "dial": "dialect word (north-east or Cumbrian), not a name",
    "scale": "scaling score",
    "tool": "direct-work tool",
    "emerg": "emergency number",
    "money": "amount of money",
    "pet": "pet's name",
    "role": "professional role or agency, not a name",
}
WORDS = (200, 400)
AUTHORS = {"e", "k", "u"}
OUT = HERE / "fresh26.jsonl"


class Fresh26Error(ValueError):
    """A note breaks the format; the message names the note and what to fix in fresh26_notes.py."""


def unmark_sentence(marked, offset, note_id):
    """Plain text of one marked-up sentence and its PII and keep spans, shifted by ``offset`` (``notes_markup.unmark``,
    with this set's keep reasons and its errors naming the note)."""
    for m in MARK.finditer(marked):
        if not m.group(1) and m.group(3) not in KEEP_WHY:
            raise Fresh26Error(f"{note_id}: keep key {m.group(3)!r} is not in KEEP_WHY; add it or fix the markup")
    try:
        return unmark(marked, offset, KEEP_WHY)
    except ValueError as e:
        raise Fresh26Error(f"{note_id}: {e}; close the bracket or use a known tag") from e


def parse_labels(field, note_id):
    labels = []
    for short in (x.strip() for x in field.split(",")):
        if short not in LABELS:
            raise Fresh26Error(f"{note_id}: unknown label {short!r}; use one of {sorted(LABELS)}")
        labels.append(LABELS[short])
    return labels


def build_row(note):
    """One jsonl row from a marked-up note."""
    nid = note["id"]
    parts, pii, keep, sentences, offset = [], [], [], [], 0
    for line in (x.strip() for x in note["body"].strip().splitlines()):
        if not line:
            continue
        if " | " not in line:
            raise Fresh26Error(f"{nid}: line without 'labels | sentence': {line[:60]!r}")
        field, marked = line.split(" | ", 1)
        if parts:
            offset += 1
        text, p, k = unmark_sentence(marked.strip(), offset, nid)
        sentences.append({"start": offset, "end": offset + len(text), "labels": parse_labels(field, nid)})
        parts.append(text)
        pii += p
        keep += k
        offset += len(text)
    return {"id": nid, "context": note["context"], "text": " ".join(parts), "pii": pii, "keep": keep,
            "sentences": sentences, "meta": note["meta"]}


def check_rows(rows):
    """Sentences tile the text in order, each with observation alone or some of worry / working_well /
    next_step (plus the voice layer); spans inside the text, not blank at their edges, PII and keep never
    overlapping; 200-450 words; context and meta complete; ids unique and from the three authors."""
    seen = set()
    for r in rows:
        nid, text = r["id"], r["text"]
        if nid in seen or nid[0] not in AUTHORS:
            raise Fresh26Error(f"{nid}: duplicate id or author letter not in {sorted(AUTHORS)}")
        seen.add(nid)
        pos = 0
        for s in r["sentences"]:
            if s["start"] != pos:
                raise Fresh26Error(f"{nid}: sentences do not tile the text at {pos}")
            pos = s["end"] + 1
            sos = set(s["labels"]) & (SOS | {"observation"})
            if not sos or ("observation" in sos and len(sos) > 1) or len(set(s["labels"])) != len(s["labels"]):
                raise Fresh26Error(f"{nid}: sentence at {s['start']} needs observation alone or worry/working_well/"
                                   f"next_step, no repeats: {s['labels']}")
        if pos - 1 != len(text):
            raise Fresh26Error(f"{nid}: sentences end at {pos - 1}, text at {len(text)}")
        mask = [None] * len(text)
        for kind, spans in (("pii", r["pii"]), ("keep", r["keep"])):
            for sp in spans:
                frag = text[sp["start"]:sp["end"]]
                if not frag or frag != frag.strip():
                    raise Fresh26Error(f"{nid}: {kind} span {frag!r} empty or blank at an edge")
                for i in range(sp["start"], sp["end"]):
                    if mask[i] is not None:
                        raise Fresh26Error(f"{nid}: {kind} span {frag!r} overlaps a {mask[i]} span")
                    mask[i] = kind
        words = len(text.split())
        if not WORDS[0] <= words <= WORDS[1]:
            raise Fresh26Error(f"{nid}: {words} words, outside {WORDS}; lengthen or shorten the note")
        ctx, meta = r["context"], r["meta"]
        if not (ctx.get("child", {}).get("name") and "dob" in ctx["child"] and ctx.get("worker")
                and "people" in ctx and "address" in ctx and "school" in ctx):
            raise Fresh26Error(f"{nid}: context needs child name and dob, people, address, school, worker")
        if not (meta.get("service") and "child_age_years" in meta and meta.get("features")):
            raise Fresh26Error(f"{nid}: meta needs service, child_age_years and features")


def write_rows(rows, path=OUT):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows = [build_row(n) for n in NOTES]
    check_rows(rows)
    write_rows(rows)
    print(f"wrote {len(rows)} notes to {OUT}")


if __name__ == "__main__":
    main()
