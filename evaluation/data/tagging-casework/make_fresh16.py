"""Build fresh16.jsonl: 12 held-out case notes for tagging and clean-text redaction (issue 19; written
by the helper `tagset16` on 2026-11-30; nobody tunes on it).

Written from ../shared/casework-dev/README.md's labelling rules and three of its notes only: the
writer did not read the product's code, word lists, lexicons, models or tagging rules, nor fresh11's
or fresh14's notes. This script imports nothing from the product; it only turns marked-up text into
exact offsets with notes_markup.py, in the same storage pattern as make_fresh14.py (notes in
fresh16_notes.py).

Markup inside a sentence:
  [X:text]  gold PII; X is P (PERSON), A (ADDRESS), PC (POSTCODE), PH (PHONE), NHS (NHS_NUMBER),
            NI (NI_NUMBER), DOB (DATE_OF_BIRTH), E (EMAIL), S (SCHOOL), O (ORGANISATION_LOCAL)
  {k:text}  a curated "keep" span; k is a key of KEEP_WHY below
Each note body is one sentence a line: "labels | sentence", labels short names from LABELS below,
comma separated. Sentences are joined with a single space.

Run:  python evaluation/data/tagging-casework/make_fresh16.py   (writes fresh16.jsonl beside it)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notes_markup import COMMON_KEEP_WHY, SOS, unmark, write_rows  # noqa: E402

KEEP_WHY = {
    **COMMON_KEEP_WHY,
    "comm": "communication system",
    "brand": "brand or product name",
}
LABELS = {"cv": "child_voice", "wf": "wishes_feelings", "w": "worry", "ww": "working_well",
          "ns": "next_step", "o": "observation"}


def build_note(note):
    """One jsonl row from a marked-up note; refuses bad label sets, overlapping spans and odd lengths."""
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
        plain, p, k = unmark(marked.strip(), offset, KEEP_WHY, leftover="[]{}|")
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
    if not 200 <= words <= 400:
        raise ValueError(f"{note['id']}: {words} words, want 200-400")
    return {"id": note["id"], "context": note["context"], "text": text, "pii": pii, "keep": keep,
            "sentences": sentences, "meta": note["meta"]}


def main():
    from fresh16_notes import NOTES
    rows = [build_note(n) for n in NOTES]
    out = Path(__file__).resolve().parent / "fresh16.jsonl"
    write_rows(rows, out)
    print(f"wrote {len(rows)} notes to {out}")


if __name__ == "__main__":
    main()
