"""What a service process (the API or a worker) holds for its whole life: settings, database, audio store and the
loaded pipeline; built once at start by :func:`build_runtime` and handed to ``worker/`` (it is what
``worker.runtime.WorkerRuntime`` names: ``service.lifecycle`` passes it on).

The pipeline loads once per process (on first use or at start with ``preload``); a job never reloads it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from store import make_engine, make_sessionmaker, migrate
from store.audio_store import AudioStore
from store.crypto import CouncilKeyError, Keyring, RotationResult, default_key_path, generate_key, load_keyring, rotate, verify, write_key_file
from transcribe.errors import CasenoteError

from .settings import Settings

log = logging.getLogger(__name__)


class ConfigurationError(CasenoteError):
    """The settings cannot run a service as given."""


_text_stages: dict[tuple, tuple] = {}  # per process, by the settings that shape them
_text_lock = threading.Lock()


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    store: AudioStore
    _pipeline: object | None = None
    _load_lock: threading.Lock = field(default_factory=threading.Lock)
    # the loaded models are shared by every thread of the process; one dictation at a time runs through them
    run_lock: threading.Lock = field(default_factory=threading.Lock)
    _other_asr: dict = field(default_factory=dict)  # Whisper models clips asked for by name, beside the pipeline's

    @property
    def pipeline(self):
        if self._pipeline is None:
            with self._load_lock:
                if self._pipeline is None:
                    from transcribe.pipeline import Pipeline, pipeline_options

                    log.info("loading models (%s)", self.settings.model)
                    self._pipeline = Pipeline.load(pipeline_options(self.settings))
        return self._pipeline

    def asr_for(self, model: str | None = None):
        """The Whisper model a clip asks for by name (one of :func:`transcribe.models.loadable_models`) and
        its options: the pipeline's own for ``None`` or the configured model, else loaded once per process."""
        from transcribe.errors import ModelNotFoundError
        from transcribe.models import loadable_models, resolve_model

        cache = self.settings.model_cache_dir
        if model is None or model == resolve_model(self.settings.model, cache).name:
            return self.pipeline.asr, self.pipeline.options.asr
        with self._load_lock:
            if model not in self._other_asr:
                from transcribe.asr import load_asr
                from transcribe.pipeline import pipeline_options

                info = next((m for m in loadable_models(self.settings.model, cache) if m.name == model), None)
                if info is None:
                    raise ModelNotFoundError(f"Model {model!r} is not installed here; GET /v1/models lists those that are.")
                options = pipeline_options(self.settings).asr
                log.info("loading model %s for clips", model)
                self._other_asr[model] = (load_asr(info, options), options)
        return self._other_asr[model]

    @property
    def text_stages(self):
        """(redactor, tagger) for running an edited note through redaction and tagging again: the loaded
        pipeline's when this process has one, else loaded once per process without the speech model."""
        p = self._pipeline
        if p is not None and hasattr(p, "redactor"):
            return p.redactor, p.tagger
        key = (self.settings.redaction_operator, self.settings.pseudonym_key, self.settings.max_text_chars)
        with _text_lock:
            if key not in _text_stages:
                from transcribe.pipeline import load_text_stages, pipeline_options

                log.info("loading the text stages (spaCy, Presidio, tagger)")
                _text_stages[key] = load_text_stages(pipeline_options(self.settings))
            return _text_stages[key]

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None

    def close(self) -> None:
        self.engine.dispose()


def check_settings(settings: Settings) -> None:
    if settings.webhook_url and not settings.webhook_secret:
        raise ConfigurationError(
            "CASENOTE_WEBHOOK_URL is set but CASENOTE_WEBHOOK_SECRET is not: webhooks must be signed. "
            "Set a long random CASENOTE_WEBHOOK_SECRET and share it with the receiving system."
        )


def keyring_from(settings: Settings) -> Keyring:
    """The council keys for encryption at rest (generated under the data directory on first start when
    neither CASENOTE_KEY_FILE nor CASENOTE_KEY is set)."""
    keyring = load_keyring(settings.key, settings.key_file, settings.data_dir)
    log.info("council key %s from %s", keyring.current.key_id.hex(), keyring.source)
    if settings.redis_url and not (settings.key or settings.key_file):
        log.warning("production mode with the council key kept beside the data (%s): set CASENOTE_KEY_FILE to a key "
                    "on another volume or from a secret store", keyring.source)
    return keyring


def build_runtime(settings: Settings, *, run_migrations: bool = True, pipeline=None) -> Runtime:
    check_settings(settings)
    keyring = keyring_from(settings)
    store = AudioStore(settings.data_dir, keyring)  # the data directory and its folders, 0700
    store.sweep_temp()
    engine = make_engine(settings.effective_database_url, keyring)
    if run_migrations:
        migrate(engine)
    verify(engine, store.audio_dir, _metadata())  # the wrong key stops the process here, saying what to do
    return Runtime(
        settings=settings,
        engine=engine,
        sessions=make_sessionmaker(engine),
        store=store,
        _pipeline=pipeline,
    )


def rotate_council_key(settings: Settings, *, new_key: bool = False, keep_old: bool = False) -> RotationResult:
    """Re-wrap every stored data key under the first council key (``casenote rotate-key``). With ``new_key``,
    a fresh key is put first in the key file, everything is re-wrapped, then the old keys are dropped from the
    file (unless ``keep_old``). Data stored before encryption at rest is encrypted on the way."""
    path = settings.key_file or default_key_path(settings.data_dir)
    if new_key:
        if settings.key:
            raise CouncilKeyError("CASENOTE_KEY is set: put a new key first yourself (CASENOTE_KEY=new,old), run "
                                  "'casenote rotate-key', then drop the old key. --new rewrites key files only.")
        old = keyring_from(settings)
        write_key_file(path, [generate_key()] + [_b64(k.secret) for k in old.keys])
    rt = build_runtime(settings)
    try:
        result = rotate(rt.engine, rt.store.audio_dir, _metadata())
    finally:
        rt.close()
    if new_key and not keep_old:
        write_key_file(path, [_b64(rt.store.keyring.current.secret)])
    log.info("re-wrapped %d of %d audio files and %d of %d values under council key %s", result.files_changed,
             result.files, result.values_changed, result.values, rt.store.keyring.current.key_id.hex())
    return result


def _metadata():
    from store.models import Base

    return Base.metadata


def _b64(secret: bytes) -> str:
    import base64

    return base64.b64encode(secret).decode("ascii")

