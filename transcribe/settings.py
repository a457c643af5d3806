"""The pipeline's settings, read once from CASENOTE_* environment variables (or a .env file).

Stage code never reads the environment: an adapter builds the settings once and turns them into stage
options with :func:`transcribe.pipeline.pipeline_options`. The service's own settings (database, Redis,
webhooks, sign-in, retention, keys) extend these in ``service/settings.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class PipelineSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASENOTE_", env_file=".env", extra="ignore")

    # --- speech recognition
    model: str = Field("base", description="Named model (tiny.en, base) or path to a CTranslate2 model directory")
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="auto picks CUDA when a GPU is visible to CTranslate2")
    compute_type: str = Field("auto", description="auto = int8 on CPU, float16 on CUDA; or any CTranslate2 type")
    cpu_threads: int = Field(0, description="CTranslate2 threads per worker; 0 lets it decide")
    blas_threads: int = Field(1, description="numpy BLAS threads (spaCy, audio features); 0 leaves the library's default")
    beam_size: int = Field(5, description="Whisper beam width (1 is faster, 5 more accurate)")
    check_kin_words: Literal["auto", "on", "off"] = Field(
        "auto", description="decode again without the case's names a chunk where they made Whisper write a relative "
        "unsure, taking back a relation written over other words; auto = on CUDA only (on CPU it costs up to 30% more)")
    model_cache_dir: Path | None = Field(None, description="Where split packaged models are joined; default ~/.cache/casenote/models")
    vocabulary_file: Path | None = Field(None, description="Per-council custom vocabulary, one term per line")
    spoken_roles: dict[str, str] = Field(
        default_factory=dict,
        description='What practitioners call a relative, by case-context role, over the north-east defaults: '
        '{"mother": "mum", "grandmother": "gran"}. The name follows that word in the recogniser\'s prompt.',
    )

    # --- limits
    max_audio_seconds: float = Field(30 * 60, description="Longest recording accepted (413 / AudioTooLongError beyond)")
    max_text_chars: int = Field(100_000, description="Largest text the text stages accept")

    # --- redaction
    redaction_operator: Literal["replace", "mask", "pseudonymise"] = Field("replace", description="replace = [ROLE] placeholders; mask; pseudonymise = reversible with CASENOTE_PSEUDONYM_KEY")
    pseudonym_key: str | None = Field(None, description="Secret for reversible per-case pseudonyms")

    # --- the filed note
    note_template: str = Field("signs-of-safety", description="The case note template: signs-of-safety, assessment-framework, or the path of a council's own JSON file (see transcribe/templates/)")

    @field_validator("model")
    @classmethod
    def _model_not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("CASENOTE_MODEL must name a model (tiny.en, base) or a model directory")
        return v.strip()
