"""Model management: Whisper models from packages or local directories, and the spaCy pipeline."""

from .registry import PACKAGED, ModelInfo, list_models, loadable_models, resolve_model, verify_model
from .spacy_model import load_spacy

__all__ = ["PACKAGED", "ModelInfo", "list_models", "loadable_models", "load_spacy", "resolve_model", "verify_model"]
