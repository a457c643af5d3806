"""The service's settings extend the pipeline's: one object, the same CASENOTE_* names a council's deployment sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

ROOT = Path(__file__).resolve().parents[2]


def readme_variables() -> list[str]:
    """The variables in the README's "Configuration" table."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Configuration", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(CASENOTE_[A-Z0-9_]+)`", section, flags=re.M)


def test_every_documented_variable_is_read_by_the_service_settings():
    from service.settings import Settings
    from transcribe.settings import PipelineSettings

    documented = readme_variables()
    assert "CASENOTE_MODEL" in documented and "CASENOTE_REDIS_URL" in documented
    read = {f"CASENOTE_{name.upper()}" for name in Settings.model_fields}
    assert set(documented) <= read, f"documented but not read: {sorted(set(documented) - read)}"
    assert set(PipelineSettings.model_fields) < set(Settings.model_fields)


def test_the_service_reads_the_pipeline_settings_from_the_same_environment(monkeypatch, tmp_path):
    from service.settings import Settings
    from transcribe.pipeline import pipeline_options

    monkeypatch.setenv("CASENOTE_MODEL", "tiny.en")
    monkeypatch.setenv("CASENOTE_REDACTION_OPERATOR", "mask")
    monkeypatch.setenv("CASENOTE_REDIS_URL", "redis://127.0.0.1:6379/9")
    monkeypatch.setenv("CASENOTE_DATA_DIR", str(tmp_path))
    settings = Settings(_env_file=None)
    options = pipeline_options(settings)
    assert (options.model, options.redaction.operator) == ("tiny.en", "mask")
    assert settings.redis_url == "redis://127.0.0.1:6379/9"
    assert settings.effective_database_url == f"sqlite:///{(tmp_path / 'casenote.db').resolve()}"


def test_a_bad_service_setting_stops_the_service_but_not_the_pipeline(monkeypatch):
    from service.settings import Settings
    from transcribe.settings import PipelineSettings

    monkeypatch.setenv("CASENOTE_WEBHOOK_URL", "http://cms.example.org/hook")
    with pytest.raises(ValidationError, match="CASENOTE_WEBHOOK_URL must be https"):
        Settings(_env_file=None)
    assert PipelineSettings(_env_file=None).model == "base"  # `casenote process` needs no service
