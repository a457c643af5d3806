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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import COMMON_KEEP_WHY, SOS, unmark, write_rows  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    "dial": "dialect word, not a name",
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
        plain, p, k = unmark(marked.strip(), len(text), KEEP_WHY)
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
    out = Path(__file__).resolve().parent / "fresh11.jsonl"
    write_rows(rows, out)
    for r in rows:
        print(r["id"], len(r["text"].split()), "words", len(r["sentences"]), "sentences",
              len(r["pii"]), "pii", len(r["keep"]), "keep")
    print(f"wrote {out} ({len(rows)} notes)")


if __name__ == "__main__":
    main()
