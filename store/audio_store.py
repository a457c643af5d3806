"""Audio on local (or shared) disk, content-addressed by SHA-256 and written atomically.

A file is written to ``<root>/tmp``, fsynced, then renamed to ``<root>/audio/ab/<sha256>``
and the directory fsynced, so once :meth:`AudioStore.put` returns the bytes survive a crash.
Several API processes and workers may share the root (NFS or a mounted volume).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024


class UploadTooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(f"upload exceeds {limit} bytes")
        self.limit = limit


class AudioStore:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.audio_dir = self.root / "audio"
        self.tmp_dir = self.root / "tmp"
        self.uploads_dir = self.root / "uploads"
        for d in (self.audio_dir, self.tmp_dir, self.uploads_dir):
            d.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.audio_dir / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def new_temp(self) -> Path:
        return self.tmp_dir / f"{uuid.uuid4().hex}.part"

    def spool(self, src: BinaryIO, limit: int | None = None) -> tuple[Path, str, int]:
        """Copy a stream to a temp file, hashing as it goes. Returns (temp path, sha256, size)."""
        tmp = self.new_temp()
        h = hashlib.sha256()
        size = 0
        try:
            with open(tmp, "wb") as out:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise UploadTooLarge(limit)
                    h.update(chunk)
                    out.write(chunk)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp, h.hexdigest(), size

    def commit(self, tmp: Path, sha256: str) -> Path:
        """Durably move a spooled temp file into place under its hash (idempotent)."""
        dest = self.path_for(sha256)
        if dest.is_file():
            tmp.unlink(missing_ok=True)
            return dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
        return dest

    def put_bytes(self, data: bytes) -> tuple[str, Path]:
        sha = hashlib.sha256(data).hexdigest()
        tmp = self.new_temp()
        tmp.write_bytes(data)
        return sha, self.commit(tmp, sha)

    # -- resumable uploads: partial files live beside the store
    def part_path(self, upload_id: str) -> Path:
        return self.uploads_dir / f"{upload_id}.part"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
