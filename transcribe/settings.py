"""One settings object, read once from CASENOTE_* environment variables (or a .env file).

Stage code never reads the environment: adapters (CLI, API, worker) build a Settings once
and turn it into stage options with :func:`pipeline_options`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASENOTE_", env_file=".env", extra="ignore")

    # --- speech recognition
    model: str = Field("base", description="Named model (tiny.en, base) or path to a CTranslate2 model directory")
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="auto picks CUDA when a GPU is visible to CTranslate2")
    compute_type: str = Field("auto", description="auto = int8 on CPU, float16 on CUDA; or any CTranslate2 type")
    cpu_threads: int = Field(0, description="CTranslate2 threads per worker; 0 lets it decide")
    beam_size: int = Field(5, description="Whisper beam width (1 is faster, 5 more accurate)")
    model_cache_dir: Path | None = Field(None, description="Where split packaged models are joined; default ~/.cache/casenote/models")
    vocabulary_file: Path | None = Field(None, description="Per-council custom vocabulary, one term per line")

    # --- limits
    max_audio_seconds: float = Field(30 * 60, description="Longest recording accepted (413 / AudioTooLongError beyond)")
    max_upload_bytes: int = Field(200 * 1024 * 1024, description="Largest upload accepted (413 beyond)")
    max_text_chars: int = Field(100_000, description="Largest text the text stages accept")

    # --- redaction
    redaction_operator: Literal["replace", "mask", "pseudonymise"] = Field("replace", description="replace = [ROLE] placeholders; mask; pseudonymise = reversible with CASENOTE_PSEUDONYM_KEY")
    pseudonym_key: str | None = Field(None, description="Secret for reversible per-case pseudonyms")

    # --- service
    data_dir: Path = Field(Path("var"), description="Audio store and embedded database live here")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default sqlite:///<data_dir>/casenote.db")
    redis_url: str | None = Field(None, description="redis://...; unset = embedded mode (in-process worker)")
    queue_name: str = Field("casenote", description="RQ queue name")
    job_timeout_s: int = Field(3600, description="RQ job timeout")
    job_retries: int = Field(3, description="RQ retries for a failed job")
    reconcile_interval_s: int = Field(60, description="How often the reconciler re-enqueues accepted dictations with no note")
    webhook_url: str | None = Field(None, description="Where finished notes are POSTed (signed); unset = pull only")
    webhook_secret: str | None = Field(None, description="HMAC-SHA256 key for webhook signatures (required with webhook_url)")
    webhook_max_attempts: int = Field(6, description="Delivery attempts before a webhook is marked failed (replayable)")
    retention_days: int | None = Field(None, description="Delete audio and notes older than this; unset keeps them")
    api_tokens: str | None = Field(None, description="Comma-separated token=role pairs; unset = open (embedded use)")
    job_retry_backoff_s: list[int] = Field([10, 60, 300], description="Seconds before each job retry (RQ Retry intervals)")
    job_heartbeat_s: float = Field(10.0, description="How often a running job marks its dictation alive")
    job_stale_after_s: float = Field(120.0, description="A running dictation silent this long is re-enqueued by the reconciler")
    webhook_backoff_s: float = Field(10.0, description="First webhook retry delay; doubles per attempt")
    webhook_timeout_s: float = Field(10.0, description="Per-attempt timeout for a webhook POST")
    webhook_poll_s: float = Field(2.0, description="How often a process looks for webhook deliveries that are due")
    clip_max_seconds: float = Field(600.0, description="Longest clip /v1/audio/transcriptions accepts")
    clip_wait_s: float = Field(300.0, description="How long /v1/audio/transcriptions waits for a worker")

    @field_validator("model")
    @classmethod
    def _model_not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("CASENOTE_MODEL must name a model (tiny.en, base) or a model directory")
        return v.strip()

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'casenote.db').resolve()}"
