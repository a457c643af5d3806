"""Every table (SQLAlchemy ORM model); the Alembic migrations in ``migrations/`` make the same schema (a test
compares them). The database, not Redis, is the source of truth: a dictation row exists only once its
audio is safely on disk, and a note row (unique per dictation) exists only once it is finished.

Identified content (case context, file names, transcripts, notes, webhook payloads, comments) is stored encrypted
(:class:`store.crypto.EncryptedText`); ``case_ref`` stays in clear because lookups, the feed's index and
idempotency compare it: it is the case system's opaque reference, not a name."""

from __future__ import annotations

import enum
from datetime import date, datetime, timezone

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from .crypto import EncryptedString, EncryptedText


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on both SQLite (which drops the zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class DictationStatus(str, enum.Enum):
    queued = "queued"
    transcribing = "transcribing"
    redacting = "redacting"
    tagging = "tagging"
    structuring = "structuring"
    done = "done"
    failed = "failed"

    @classmethod
    def running(cls) -> tuple[str, ...]:
        return (cls.transcribing.value, cls.redacting.value, cls.tagging.value, cls.structuring.value)


class Base(DeclarativeBase):
    pass


# -- dictations, notes, uploads, webhook deliveries ----------------------------------------------------------------
class Dictation(Base):
    __tablename__ = "dictations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    case_ref: Mapped[str] = mapped_column(String(128), index=True)
    context_json: Mapped[str | None] = mapped_column(EncryptedText)
    audio_sha256: Mapped[str] = mapped_column(String(64))
    audio_bytes: Mapped[int] = mapped_column(Integer)
    audio_filename: Mapped[str | None] = mapped_column(EncryptedString(255))
    duration_s: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default=DictationStatus.queued.value, index=True)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(255))
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    audio_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # audio deleted under retention

    note: Mapped[Note | None] = relationship(back_populates="dictation", uselist=False)


class Note(Base):
    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_case_ref_created", "case_ref", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # unique: a note is inserted at most once per dictation, however many workers finish it
    dictation_id: Mapped[str] = mapped_column(ForeignKey("dictations.id"), unique=True)
    case_ref: Mapped[str] = mapped_column(String(128))
    note_json: Mapped[str] = mapped_column(EncryptedText)
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    dictation: Mapped[Dictation] = relationship(back_populates="note")


class Upload(Base):
    """A resumable (tus) upload in progress. Becomes a dictation when its last byte arrives."""

    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    dictation_id: Mapped[str] = mapped_column(String(64), unique=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    case_ref: Mapped[str] = mapped_column(String(128))
    context_json: Mapped[str | None] = mapped_column(EncryptedText)
    filename: Mapped[str | None] = mapped_column(EncryptedString(255))
    length: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))  # whole-file checksum the client promised
    completed: Mapped[bool] = mapped_column(default=False)
    error: Mapped[str | None] = mapped_column(EncryptedText)  # may quote the file's name
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class WebhookDelivery(Base):
    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dictation_id: Mapped[str] = mapped_column(String(64), index=True)
    event: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(EncryptedText)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=utcnow)
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    replay_of: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    attempt_log: Mapped[list[DeliveryAttempt]] = relationship(
        back_populates="delivery", order_by="DeliveryAttempt.number", cascade="all, delete-orphan"
    )


class DeliveryAttempt(Base):
    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[float] = mapped_column(Float, default=0.0)

    delivery: Mapped[WebhookDelivery] = relationship(back_populates="attempt_log")


# -- review: a note's versions, its approval, QA's audit judgements ------------------------------------------------
class Approval(Base):
    __tablename__ = "note_approvals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # cursor for the CMS feed
    dictation_id: Mapped[str] = mapped_column(ForeignKey("dictations.id"), unique=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), unique=True)
    case_ref: Mapped[str] = mapped_column(String(128), index=True)
    approved_by: Mapped[str] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(EncryptedText)
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    version: Mapped[int | None] = mapped_column(Integer)  # the version approved (null: approved before versions)


class NoteVersion(Base):
    __tablename__ = "note_versions"
    __table_args__ = (UniqueConstraint("dictation_id", "number", name="uq_note_versions_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dictation_id: Mapped[str] = mapped_column(ForeignKey("dictations.id"), index=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1 = the machine's draft
    kind: Mapped[str] = mapped_column(String(16))  # machine | edit | amendment
    based_on: Mapped[int | None] = mapped_column(Integer)
    note_json: Mapped[str] = mapped_column(EncryptedText)  # asdict(CaseNote) with its filing
    text: Mapped[str] = mapped_column(EncryptedText)  # the filed text in the council's template
    html: Mapped[str] = mapped_column(EncryptedText)
    created_by: Mapped[str] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(EncryptedText)  # why an approved note was amended (may name the child)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditJudgement(Base):
    __tablename__ = "audit_judgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), index=True)
    auditor: Mapped[str] = mapped_column(String(255))
    child_voice: Mapped[str] = mapped_column(String(16))  # yes | partly | no
    grade: Mapped[str] = mapped_column(String(32))  # outstanding | good | requires_improvement | inadequate
    comment: Mapped[str | None] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


# -- the access log ------------------------------------------------------------------------------------------------
class AccessLogEntry(Base):
    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)  # cursor
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    subject: Mapped[str | None] = mapped_column(String(255), index=True)  # the IdP's sub; none for static tokens
    name: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(32))
    via: Mapped[str] = mapped_column(String(16))  # oidc | token | open | webhook
    action: Mapped[str] = mapped_column(String(64))  # note.json, note.text, review.note, review.audio, note.approve...
    dictation_id: Mapped[str | None] = mapped_column(String(64), index=True)
    note_id: Mapped[int | None] = mapped_column(Integer)
    case_ref: Mapped[str | None] = mapped_column(String(128), index=True)


# -- the voice of the child (store.voice) --------------------------------------------------------------------------
class Feedback(Base):
    """One feedback form, answered by the child, young person or parent at the end of a meeting."""

    __tablename__ = "child_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)  # the phone's id: the same form twice is one
    case_ref: Mapped[str] = mapped_column(String(128), index=True)
    team: Mapped[str | None] = mapped_column(String(128), index=True)
    dictation_id: Mapped[str | None] = mapped_column(String(64), index=True)  # the visit it followed, if any
    respondent: Mapped[str] = mapped_column(String(16))
    wording: Mapped[str] = mapped_column(String(1))
    answers_json: Mapped[str] = mapped_column(Text)  # {"q1": 1..5, "q2": ..., "q3": ..., "q4": ...}
    comment: Mapped[str | None] = mapped_column(EncryptedText)  # the child's words
    asked_on: Mapped[date] = mapped_column(Date, index=True)
    recorded_by: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class VoiceConfirmation(Base):
    """2a: the manager's answer, at Assessment or Closure, whether the record evidences the child's voice."""

    __tablename__ = "voice_confirmations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_ref: Mapped[str] = mapped_column(String(128), index=True)
    team: Mapped[str | None] = mapped_column(String(128), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    answer: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(EncryptedText)
    confirmed_on: Mapped[date] = mapped_column(Date, index=True)
    confirmed_by: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReviewParticipation(Base):
    """2b: a plan review and the child's participation code, recorded (and always confirmed) by the chair."""

    __tablename__ = "review_participation"
    __table_args__ = (UniqueConstraint("case_ref", "plan_type", "review_on", name="uq_review_case_plan_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_ref: Mapped[str] = mapped_column(String(128), index=True)
    team: Mapped[str | None] = mapped_column(String(128), index=True)
    plan_type: Mapped[str] = mapped_column(String(32))
    review_on: Mapped[date] = mapped_column(Date, index=True)
    pn_code: Mapped[str] = mapped_column(String(4))
    suggested_code: Mapped[str | None] = mapped_column(String(4))  # the dictation's suggestion, if there was one
    recorded_by: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


# -- retention: legal holds and what each run deleted --------------------------------------------------------------
class LegalHold(Base):
    """Keep a dictation, or every dictation of a case, whatever retention says, until the hold is released."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_ref: Mapped[str | None] = mapped_column(String(128), index=True)
    dictation_id: Mapped[str | None] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(EncryptedText)  # may name people: encrypted like a note
    placed_by: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(32))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class RetentionRun(Base):
    """What one retention run deleted, as counts per table (and audio files), and whether it finished cleanly."""

    __tablename__ = "retention_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted_json: Mapped[str] = mapped_column(Text, default="{}")
    held: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[str | None] = mapped_column(Text)  # exception class names only, never messages


# -- photos of direct work -----------------------------------------------------------------------------------------
class Photo(Base):
    """A photo of direct work, attached to one visit (dictation)."""

    __tablename__ = "dictation_photos"
    __table_args__ = (UniqueConstraint("dictation_id", "sha256", name="uq_photo_dictation_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dictation_id: Mapped[str] = mapped_column(ForeignKey("dictations.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content_type: Mapped[str] = mapped_column(String(32))
    bytes: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(EncryptedText)  # "my three houses": may name the child
    added_by: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


VOICE_RECORDS = (Feedback, VoiceConfirmation, ReviewParticipation)  # by the day recorded, on the notes' clock
