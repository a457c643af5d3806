"""The database: the source of truth for dictations, notes and webhook deliveries.

Every table is in :mod:`store.models`; one module per noun holds its reads and writes (``dictations``, ``notes``
with their versions, ``uploads``, ``deliveries``, ``approvals`` with audits, ``access_log``, ``voice``, ``photos``,
``retention``); ``session`` makes the engine and runs the Alembic migrations (no alembic.ini); ``crypto`` and
``audio_store`` encrypt what is stored; ``errors`` names what the store refuses.
"""

from .models import Base, DeliveryAttempt, Dictation, DictationStatus, Note, Upload, WebhookDelivery
from .session import make_engine, make_sessionmaker, migrate

__all__ = [
    "Base",
    "DeliveryAttempt",
    "Dictation",
    "DictationStatus",
    "Note",
    "Upload",
    "WebhookDelivery",
    "make_engine",
    "make_sessionmaker",
    "migrate",
]
