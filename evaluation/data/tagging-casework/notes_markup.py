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
