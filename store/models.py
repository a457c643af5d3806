"""Tables. The database, not Redis, is the source of truth: a dictation row exists only once its
audio is safely on disk, and a note row (unique per dictation) exists only once it is finished.

Identified content (case context, file names, transcripts, notes, webhook payloads) is stored encrypted
(:class:`store.crypto.EncryptedText`); ``case_ref`` stays in clear because lookups, the feed's index and
idempotency compare it: it is the case system's opaque reference, not a name."""

from __future__ import annotations

import enum
from datetime import datetime, timezone

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text
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
    redacted_json: Mapped[str] = mapped_column(EncryptedText)
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
