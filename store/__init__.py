"""The database: the source of truth for dictations, notes and webhook deliveries.

SQLAlchemy models, a session factory, Alembic migrations (run programmatically, no
alembic.ini), and small repository functions that the API and worker call.
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

from . import review  # noqa: E402,F401  registers the review tables (approvals, audits) on Base.metadata
from . import access_log  # noqa: E402,F401  registers the access_log table on Base.metadata
from . import voice  # noqa: E402,F401  registers the voice-of-the-child tables (feedback, 2a, 2b)
from . import retention  # noqa: E402,F401  registers legal_holds and retention_runs on Base.metadata
from . import photos  # noqa: E402,F401  registers dictation_photos (photos of direct work) on Base.metadata
