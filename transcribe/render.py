"""The case note as plain text, ready to paste into a case record; unsure passages read [? ... ?].

    render_text(note)
"""

from __future__ import annotations

from .note import CaseNote, Doubt, Excerpt, NextStep


def _clock(s: float | None) -> str:
    if s is None:
        return "--:--"
    s = int(round(s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def _marked(ex: Excerpt, doubts: list[Doubt]) -> str:
    """The excerpt with unsure stretches wrapped in [? ... ?] so a reader checks them."""
    spans = sorted((max(d.start, ex.start), min(d.end, ex.end)) for d in doubts if d.start < ex.end and d.end > ex.start)
    if not spans:
        return ex.text
    out, pos = [], ex.start
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in merged:
        out.append(ex.text[pos - ex.start:a - ex.start])
        out.append("[? " + ex.text[a - ex.start:b - ex.start] + " ?]")
        pos = b
    out.append(ex.text[pos - ex.start:])
    return "".join(out)


def _line(ex: Excerpt, doubts: list[Doubt], extra: str = "") -> str:
    when = f"[{_clock(ex.start_s)}–{_clock(ex.end_s)}] " if ex.start_s is not None else ""
    flag = f"  (CHECK AUDIO: {', '.join(r.replace('_', ' ') for r in ex.doubt)})" if ex.doubt else ""
    return f"  - {when}{_marked(ex, doubts)}{extra}{flag}"


_EVIDENCE_WORDS = {"yes": "Yes", "no": "No", "not_appropriate": "Not appropriate"}
_QUESTIONS = {
    1: "How well do you understand why I am worried about you and your family?",
    2: "How well do you feel I listened to you and understand what you want to happen?",
    3: "How much do you agree with the plans we've talked about to keep you safe and looked after well?",
    4: "How much do you feel I am helping you and your family make things better?",
}


def render_text(note: CaseNote) -> str:
    """The note as plain text, ready to paste into a case record. Unsure passages read [? ... ?]."""
    s, doubts = note.sections, note.doubts
    v = s.visit
    out: list[str] = []
    out.append("VISIT NOTE" + (f" - case {note.case_ref}" if note.case_ref else ""))
    if not note.transcript.speech_detected:
        out.append(
            f"No speech was detected in this recording ({note.transcript.duration_s:.0f} s). "
            "Nothing has been transcribed; record the dictation again."
        )
        return "\n".join(out) + "\n"
    out.append(f"Date of visit: {v.date or v.date_text or 'not stated'}")
    if v.seen:
        out.append("Seen: " + ", ".join(f"{p.name} ({p.role})" if p.role and p.role != p.name else p.name for p in v.seen))
    alone = {True: "Yes", False: "No", None: "Not stated"}[v.seen_alone]
    out.append(f"Child seen alone: {alone}")
    if doubts:
        out.append(f"Note: {len(doubts)} passage(s) marked [? ... ?] were unclear in the recording; check the audio before signing off.")

    def section(title: str, items: list[Excerpt], render=None) -> None:
        out.append("")
        out.append(title)
        if not items:
            out.append("  - None recorded.")
        for ex in items:
            out.append(render(ex) if render else _line(ex, doubts))

    section("CHILD'S VOICE (what the child said, showed or communicated)", s.child_voice)
    section("WISHES AND FEELINGS", s.wishes_feelings)
    section("WHAT'S WORKING WELL", s.working_well)
    section("WORRIES", s.worries)

    def step_line(st: NextStep) -> str:
        bits = []
        if st.owner:
            bits.append(f"owner: {st.owner_role or st.owner}" + (f" ({st.owner})" if st.owner_role and st.owner.lower() not in {"i", "we", st.owner_role} else ""))
        if st.due:
            bits.append(f"due: {st.due_date or st.due}")
        return _line(st, doubts, (" - " + "; ".join(bits)) if bits else "")

    section("NEXT STEPS", s.next_steps, step_line)
    section("OTHER OBSERVATIONS", s.observations)

    ev = s.evidence
    out.append("")
    out.append("VOICE OF THE CHILD (recommended data set)")
    out.append(f"  2a Child's voice evidenced: {_EVIDENCE_WORDS[ev.child_voice_evidenced]} - {ev.child_voice_reason}")
    if ev.feedback_sought:
        out.append("  2c Feedback sought from the child: Yes")
        for a in ev.feedback:
            out.append(f"     Q{a.question} {_QUESTIONS[a.question]} " + (f"Score {a.score}/5" if a.score else "No score recorded"))
    else:
        out.append("  2c Feedback sought from the child: No (not recorded in this dictation)")
    if ev.about_review:
        code = ev.participation_code or "not determined"
        out.append(f"  2b Suggested participation code: {code} - {ev.participation_reason} (chair to confirm)")
    if doubts:
        out.append("")
        out.append("PASSAGES TO CHECK AGAINST THE AUDIO")
        for d in doubts:
            out.append(f"  - [{_clock(d.start_s)}–{_clock(d.end_s)}] {d.reason.replace('_', ' ')}: \"{_doubt_text(note, d)}\"")
    return "\n".join(out) + "\n"


def _doubt_text(note: CaseNote, d: Doubt) -> str:
    """What a passage to check says: its stretch of the transcript, or, for text taken out of it (a zero-width doubt
    where the removal was), the words that were removed, so the practitioner knows what to listen for."""
    return note.transcript.text[d.start:d.end].strip() or d.text.strip()
