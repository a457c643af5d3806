"""Build fresh11.jsonl: 16 held-out case notes for tagging and redaction (written in round 9 of this
session by the helper `tagset11`, 2026-11-30, before that round's tagging change; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling rules only: the writer did not read the
product's code, word lists, lexicons or tagging rules, nor the project's other evaluation data.
This script imports nothing from the product; it only turns marked-up text into exact offsets.

Markup inside a sentence:
  [X:text]  gold PII; X is P (PERSON), A (ADDRESS), PC (POSTCODE), PH (PHONE), NHS (NHS_NUMBER),
            NI (NI_NUMBER), DOB (DATE_OF_BIRTH), E (EMAIL), S (SCHOOL), O (ORGANISATION_LOCAL)
  {k:text}  a curated "keep" span; k is a key of KEEP_WHY below
Each note body is one sentence a line: "labels | sentence", labels from LABELS below.
Sentences are joined with a single space.

Run:  python evaluation/data/tagging-casework/make_fresh11.py   (writes fresh11.jsonl beside it)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ENTITY = {"P": "PERSON", "A": "ADDRESS", "PC": "POSTCODE", "PH": "PHONE", "NHS": "NHS_NUMBER",
          "NI": "NI_NUMBER", "DOB": "DATE_OF_BIRTH", "E": "EMAIL", "S": "SCHOOL",
          "O": "ORGANISATION_LOCAL"}
KEEP_WHY = {
    "kin": "relationship or kinship word, not a name",
    "date": "visit, meeting or event date (not a date of birth)",
    "term": "social-care process or term",
    "time": "time of day",
    "age": "age (not a date of birth)",
    "dur": "duration",
    "dial": "dialect word, not a name",
    "place": "generic or public place, not an address",
    "natl": "public service or national body, not a local identifier",
    "word": "ordinary word used as a word; the same word is a personal name in this case",
    "tool": "Signs of Safety direct-work tool",
    "scale": "scaling score",
    "lang": "language name",
    "app": "app name",
    "999": "emergency number, not a personal phone number",
    "money": "sum of money, not an identifier",
    "pet": "pet's name",
    "sign": "signing system",
}
LABELS = {"o": "observation", "w": "worry", "ww": "working_well", "ns": "next_step",
          "cv": "child_voice", "wf": "wishes_feelings"}
SOS = {"worry", "working_well", "next_step"}
MARK = re.compile(r"\[(P|A|PC|PH|NHS|NI|DOB|E|S|O):([^\]]+)\]|\{(\w+):([^}]+)\}")


def unmark(sentence, base):
    """Return plain text and the PII and keep spans (offsets from base) of one marked-up sentence."""
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(sentence):
        out.append(sentence[pos:m.start()])
        start = base + sum(len(x) for x in out)
        if m.group(1):
            text = m.group(2)
            pii.append({"start": start, "end": start + len(text), "entity": ENTITY[m.group(1)]})
        else:
            text = m.group(4)
            keep.append({"start": start, "end": start + len(text), "why": KEEP_WHY[m.group(3)]})
        out.append(text)
        pos = m.end()
    out.append(sentence[pos:])
    plain = "".join(out)
    if any(c in plain for c in "[]{}"):
        raise ValueError(f"unbalanced markup in: {sentence!r}")
    return plain, pii, keep


def build(note):
    text, pii, keep, sentences = "", [], [], []
    for line in note["body"].strip().splitlines():
        codes, _, marked = line.partition(" | ")
        labels = sorted(LABELS[c] for c in codes.split())
        sos = [lab for lab in labels if lab in SOS]
        if "observation" in labels and sos:
            raise ValueError(f"{note['id']}: observation with {sos}: {marked[:60]}")
        if not sos and "observation" not in labels:
            raise ValueError(f"{note['id']}: no observation/worry/working_well/next_step: {marked[:60]}")
        if text:
            text += " "
        plain, p, k = unmark(marked.strip(), len(text))
        sentences.append({"start": len(text), "end": len(text) + len(plain), "labels": labels})
        text += plain
        pii += p
        keep += k
    words = len(text.split())
    if not 200 <= words <= 700:
        raise ValueError(f"{note['id']}: {words} words, want 200-700")
    return {"id": note["id"], "context": note["context"], "text": text, "pii": pii, "keep": keep,
            "sentences": sentences, "meta": note["meta"]}


def main():
    from fresh11_notes import NOTES
    rows = [build(n) for n in NOTES]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate ids: {ids}")
    out = HERE / "fresh11.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in rows:
        print(r["id"], len(r["text"].split()), "words", len(r["sentences"]), "sentences",
              len(r["pii"]), "pii", len(r["keep"]), "keep")
    print(f"wrote {out} ({len(rows)} notes)")


if __name__ == "__main__":
    main()
