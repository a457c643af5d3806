"""Audio on local (or shared) disk, content-addressed by SHA-256, encrypted, and written atomically.

An upload is spooled to ``<root>/tmp`` (hashing as it goes, capped), checked, then encrypted under the
council key (:mod:`store.crypto`) into ``<root>/audio/ab/<sha256>``: written to a temp file, fsynced,
renamed and the directory fsynced, so once :meth:`AudioStore.commit` returns the bytes survive a crash.
The name is the SHA-256 of the recording as uploaded. Directories are 0700 and files 0600. Several API
processes and workers may share the root (NFS or a mounted volume).
"""

from __future__ import annotations

import hashlib
import io
import os
import time
import uuid
from pathlib import Path
from typing import BinaryIO

from .crypto import Keyring, make_private_dir, open_private
from .errors import UploadTooLargeError

CHUNK = 1024 * 1024


class AudioStore:
    def __init__(self, root: str | Path, keyring: Keyring):
        self.root = Path(root)
        self.keyring = keyring
        self.audio_dir = self.root / "audio"
        self.tmp_dir = self.root / "tmp"
        self.uploads_dir = self.root / "uploads"
        for d in (self.root, self.audio_dir, self.tmp_dir, self.uploads_dir):
            make_private_dir(d)

    def path_for(self, sha256: str) -> Path:
        return self.audio_dir / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def open(self, sha256: str) -> io.BufferedReader:
        """The recording's bytes as uploaded, decrypted as they are read (seekable; nothing on disk in clear)."""
        return self.keyring.open_file(self.path_for(sha256))

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as f:
            return f.read()

    def new_temp(self) -> Path:
        return self.tmp_dir / f"{uuid.uuid4().hex}.part"

    def spool(self, src: BinaryIO, limit: int | None = None) -> tuple[Path, str, int]:
        """Copy a stream to a temp file (0600, under the data directory), hashing as it goes.
        Returns (temp path, sha256, size); raises :class:`store.errors.UploadTooLargeError` past ``limit`` bytes."""
        tmp = self.new_temp()
        h = hashlib.sha256()
        size = 0
        try:
            with open_private(tmp) as out:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise UploadTooLargeError(limit)
                    h.update(chunk)
                    out.write(chunk)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp, h.hexdigest(), size

    def commit(self, tmp: Path, sha256: str) -> Path:
        """Durably encrypt a spooled temp file into place under its hash (idempotent); the temp file is removed."""
        dest = self.path_for(sha256)
        try:
            if dest.is_file():
                return dest
            make_private_dir(dest.parent)
            sealed = self.new_temp()
            try:
                with open(tmp, "rb") as src, open_private(sealed) as out:
                    self.keyring.encrypt_stream(src, out)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(sealed, dest)
            except BaseException:
                sealed.unlink(missing_ok=True)
                raise
            _fsync_dir(dest.parent)
            return dest
        finally:
            tmp.unlink(missing_ok=True)

    def put_bytes(self, data: bytes) -> tuple[str, Path]:
        sha = hashlib.sha256(data).hexdigest()
        tmp = self.new_temp()
        with open_private(tmp) as out:
            out.write(data)
        return sha, self.commit(tmp, sha)

    def sweep_temp(self, older_than_s: float = 3600.0) -> int:
        """Remove temp files a crash left behind (audio in clear, mid-upload or mid-encryption)."""
        cutoff, removed = time.time() - older_than_s, 0
        for path in self.tmp_dir.iterdir():
            try:
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                pass
        return removed

    # -- resumable uploads: partial files live beside the store, in clear until the last byte arrives
    def part_path(self, upload_id: str) -> Path:
        return self.uploads_dir / f"{upload_id}.part"

    def new_part(self, upload_id: str) -> Path:
        """An empty partial upload file (0600); an existing one is kept."""
        path = self.part_path(upload_id)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        return path


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
