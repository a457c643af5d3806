"""Encryption at rest: envelope encryption under the council's key (AES-256-GCM, from ``cryptography``).

Every stored object (an audio file, one database value) gets its own random 256-bit data key. The object is
encrypted with its data key; the data key is wrapped (AES-256-GCM) by the council key and stored beside it,
with the council key's id. Rotating the council key re-wraps data keys (:func:`rotate`): the audio and the
note text are never re-encrypted.

Council keys come from ``CASENOTE_KEY_FILE`` (one base64 key a line) or ``CASENOTE_KEY`` (keys separated by
commas); the first key wraps new data keys, later ones only unwrap (old keys kept for a rotation). With neither
set, a key is generated on first start at ``<data_dir>/keys/council.key`` (0600) and its path is logged.

Formats:
    database value  ``cne1:`` + base64( wrapped data key | nonce(12) | ciphertext+tag )
    wrapped key     key id(8) | nonce(12) | AES-GCM(council key, data key)+tag  (68 bytes)
    audio file      MAGIC(8) | wrapped key(68) | nonce prefix(7) | segments
                    each segment: 64 KiB of audio (the last may be shorter) + tag, sealed with nonce
                    prefix | counter(4) | last(1), so a reader can seek (PyAV, HTTP ranges) and a cut-off
                    or reordered file fails its check.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

from .errors import CouncilKeyError, TamperedDataError

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEY_ID_BYTES = 8
NONCE_BYTES = 12
TAG_BYTES = 16
WRAPPED_BYTES = KEY_ID_BYTES + NONCE_BYTES + KEY_BYTES + TAG_BYTES
VALUE_PREFIX = "cne1:"
FILE_MAGIC = b"CNENC1\x00\x00"
PREFIX_BYTES = 7
HEADER_BYTES = len(FILE_MAGIC) + WRAPPED_BYTES + PREFIX_BYTES
SEGMENT = 64 * 1024
_WRAP_AAD = b"casenote data key"
_VALUE_AAD = b"casenote value"

FIX_KEY = (
    "Set CASENOTE_KEY_FILE to the council key file (or CASENOTE_KEY to the key itself) that this data was "
    "written with; during a rotation list the new key first and the old one after it"
)


@dataclass(frozen=True)
class CouncilKey:
    key_id: bytes
    secret: bytes = b""

    @classmethod
    def from_secret(cls, secret: bytes) -> CouncilKey:
        return cls(hashlib.sha256(b"casenote key id\x00" + secret).digest()[:KEY_ID_BYTES], secret)


class Keyring:
    """The council keys this process may use; the first one wraps every new data key."""

    def __init__(self, secrets_: list[bytes], source: str):
        if not secrets_:
            raise CouncilKeyError(f"No council key in {source}. {FIX_KEY}.")
        self.keys = [CouncilKey.from_secret(s) for s in secrets_]
        self.source = source

    @property
    def current(self) -> CouncilKey:
        return self.keys[0]

    def _find(self, key_id: bytes) -> CouncilKey:
        for k in self.keys:
            if k.key_id == key_id:
                return k
        raise CouncilKeyError(
            f"Data was encrypted with council key {key_id.hex()}, which is not among the keys from {self.source} "
            f"({', '.join(k.key_id.hex() for k in self.keys)}). {FIX_KEY}."
        )

    # -- data keys
    def wrap(self, data_key: bytes) -> bytes:
        k = self.current
        nonce = os.urandom(NONCE_BYTES)
        return k.key_id + nonce + AESGCM(k.secret).encrypt(nonce, data_key, _WRAP_AAD + k.key_id)

    def unwrap(self, wrapped: bytes) -> bytes:
        key_id, nonce, sealed = wrapped[:KEY_ID_BYTES], wrapped[KEY_ID_BYTES:KEY_ID_BYTES + NONCE_BYTES], wrapped[KEY_ID_BYTES + NONCE_BYTES:]
        k = self._find(key_id)
        try:
            return AESGCM(k.secret).decrypt(nonce, sealed, _WRAP_AAD + key_id)
        except InvalidTag as exc:
            raise TamperedDataError(f"A data key wrapped by council key {key_id.hex()} failed its check: "
                                    "the stored data was altered or damaged. Restore it from backup.") from exc

    def rewrap(self, wrapped: bytes) -> bytes:
        """The same data key, wrapped by the current council key (unchanged if it already is)."""
        if wrapped[:KEY_ID_BYTES] == self.current.key_id:
            return wrapped
        return self.wrap(self.unwrap(wrapped))

    # -- database values
    def encrypt_value(self, text: str) -> str:
        data_key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(data_key).encrypt(nonce, text.encode("utf-8"), _VALUE_AAD)
        return VALUE_PREFIX + base64.b64encode(self.wrap(data_key) + nonce + sealed).decode("ascii")

    def decrypt_value(self, stored: str) -> str:
        raw = _value_bytes(stored)
        wrapped, nonce, sealed = raw[:WRAPPED_BYTES], raw[WRAPPED_BYTES:WRAPPED_BYTES + NONCE_BYTES], raw[WRAPPED_BYTES + NONCE_BYTES:]
        try:
            return AESGCM(self.unwrap(wrapped)).decrypt(nonce, sealed, _VALUE_AAD).decode("utf-8")
        except InvalidTag as exc:
            raise TamperedDataError("An encrypted database value failed its check: it was altered. Restore it from backup.") from exc

    def rewrap_value(self, stored: str) -> str:
        """Re-wrap an encrypted value's data key under the current key; encrypt a value stored before encryption."""
        if not is_encrypted_value(stored):
            return self.encrypt_value(stored)
        raw = _value_bytes(stored)
        wrapped = self.rewrap(raw[:WRAPPED_BYTES])
        if wrapped == raw[:WRAPPED_BYTES]:
            return stored
        return VALUE_PREFIX + base64.b64encode(wrapped + raw[WRAPPED_BYTES:]).decode("ascii")

    # -- files
    def encrypt_stream(self, src: BinaryIO, dst: BinaryIO) -> int:
        """Encrypt everything readable from ``src`` into ``dst``. Returns the plaintext size."""
        data_key = AESGCM.generate_key(bit_length=256)
        prefix = os.urandom(PREFIX_BYTES)
        dst.write(FILE_MAGIC + self.wrap(data_key) + prefix)
        aead, size, index = AESGCM(data_key), 0, 0
        chunk = _read_full(src, SEGMENT)
        while True:
            following = _read_full(src, SEGMENT) if len(chunk) == SEGMENT else b""
            last = not following
            dst.write(aead.encrypt(_segment_nonce(prefix, index, last), chunk, FILE_MAGIC + prefix))
            size += len(chunk)
            if last:
                return size
            chunk, index = following, index + 1

    def open_file(self, path: str | Path) -> io.BufferedReader:
        """A seekable reader of an encrypted file's plaintext (for PyAV and HTTP byte ranges)."""
        return io.BufferedReader(DecryptingReader(self, path), buffer_size=SEGMENT)

    def rewrap_file(self, path: Path) -> bool:
        """Re-wrap an audio file's data key under the current key (a file written before encryption is
        encrypted). Atomic: a temp file beside it replaces it. Returns True when the file changed."""
        with open(path, "rb") as f:
            head = f.read(HEADER_BYTES)
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.rewrap")
            if head.startswith(FILE_MAGIC):
                wrapped = head[len(FILE_MAGIC):len(FILE_MAGIC) + WRAPPED_BYTES]
                new = self.rewrap(wrapped)
                if new == wrapped:
                    return False
                with open_private(tmp) as out:
                    out.write(FILE_MAGIC + new + head[len(FILE_MAGIC) + WRAPPED_BYTES:])
                    while chunk := f.read(SEGMENT):
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
            else:
                f.seek(0)
                with open_private(tmp) as out:
                    self.encrypt_stream(f, out)
                    out.flush()
                    os.fsync(out.fileno())
        os.replace(tmp, path)
        return True


class DecryptingReader(io.RawIOBase):
    """Random access to an encrypted file's plaintext, one authenticated 64 KiB segment at a time."""

    def __init__(self, keyring: Keyring, path: str | Path):
        self._f = open(path, "rb")
        head = self._f.read(HEADER_BYTES)
        if len(head) < HEADER_BYTES or not head.startswith(FILE_MAGIC):
            self._f.close()
            raise TamperedDataError(f"{path} is not an encrypted casenote file; run 'casenote rotate-key' to encrypt "
                                    "files stored before encryption at rest.")
        self._aead = AESGCM(keyring.unwrap(head[len(FILE_MAGIC):len(FILE_MAGIC) + WRAPPED_BYTES]))
        self._prefix = head[-PREFIX_BYTES:]
        body = os.fstat(self._f.fileno()).st_size - HEADER_BYTES
        self._segments = max(1, -(-body // (SEGMENT + TAG_BYTES)))
        self.size = body - TAG_BYTES * self._segments
        if self.size < 0:
            self._f.close()
            raise TamperedDataError(f"{path} is cut short: restore it from backup or upload the recording again.")
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _segment(self, index: int) -> bytes:
        if self._cached is None or self._cached[0] != index:
            self._f.seek(HEADER_BYTES + index * (SEGMENT + TAG_BYTES))
            sealed = self._f.read(SEGMENT + TAG_BYTES)
            last = index == self._segments - 1
            try:
                plain = self._aead.decrypt(_segment_nonce(self._prefix, index, last), sealed, FILE_MAGIC + self._prefix)
            except InvalidTag as exc:
                raise TamperedDataError("Stored audio failed its integrity check (altered, damaged or cut short). "
                                        "Restore it from backup or upload the recording again.") from exc
            self._cached = (index, plain)
        return self._cached[1]

    def readinto(self, buffer) -> int:
        if self._pos >= self.size:
            return 0
        index, within = divmod(self._pos, SEGMENT)
        data = self._segment(index)[within:within + len(buffer)]
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._f.close()
        super().close()


class EncryptedText(TypeDecorator):
    """A text column stored encrypted. The key comes from the engine (``make_engine(url, keyring=...)``),
    so callers read and write plain strings. Values written before encryption at rest read back as they are
    until the migration or ``casenote rotate-key`` encrypts them. Equality lookups cannot use these columns."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else keyring_for(dialect).encrypt_value(value)

    def process_result_value(self, value, dialect):
        if value is None or not is_encrypted_value(value):
            return value
        return keyring_for(dialect).decrypt_value(value)


class EncryptedString(EncryptedText):
    """An encrypted ``String(length)`` column (a file name): a value too long for its ciphertext to fit keeps
    its last characters (the extension), so the column needs no wider type."""

    impl = String

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        room = (self.impl.length - len(VALUE_PREFIX)) // 4 * 3 - WRAPPED_BYTES - NONCE_BYTES - TAG_BYTES
        while len(value.encode("utf-8")) > room:
            value = value[1:]
        return super().process_bind_param(value, dialect)


def keyring_for(dialect) -> Keyring:
    keyring = getattr(dialect, "casenote_keyring", None)
    if keyring is None:
        raise CouncilKeyError(f"This database connection has no council key, so notes cannot be encrypted or read. {FIX_KEY} "
                              "(code: pass keyring= to store.make_engine).")
    return keyring


def attach(engine, keyring: Keyring | None) -> None:
    """Give an engine's encrypted columns their key (each engine has its own dialect object)."""
    engine.dialect.casenote_keyring = keyring


def is_encrypted_value(value: str) -> bool:
    return value.startswith(VALUE_PREFIX)


def is_encrypted_file(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(FILE_MAGIC)) == FILE_MAGIC


# -- loading keys ---------------------------------------------------------------------------------------------
def generate_key() -> str:
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def parse_keys(text: str, source: str) -> Keyring:
    """Keys as base64 (standard or URL-safe), one a line or separated by commas; '#' starts a comment."""
    found: list[bytes] = []
    for line in text.splitlines():
        for item in line.split("#", 1)[0].replace(",", " ").split():
            try:
                secret = base64.b64decode(item + "=" * (-len(item) % 4), altchars=b"-_" if ("-" in item or "_" in item) else None, validate=True)
            except (binascii.Error, ValueError):
                secret = b""
            if len(secret) != KEY_BYTES:
                raise CouncilKeyError(
                    f"A council key in {source} is not 32 bytes of base64. Make one with "
                    "'python -c \"import base64,os; print(base64.b64encode(os.urandom(32)).decode())\"'."
                )
            found.append(secret)
    return Keyring(found, source)


def default_key_path(data_dir: Path) -> Path:
    return Path(data_dir) / "keys" / "council.key"


def load_keyring(key: str | None, key_file: Path | None, data_dir: Path, *, generate: bool = True) -> Keyring:
    """The council keys: ``key`` (CASENOTE_KEY) or ``key_file`` (CASENOTE_KEY_FILE); with neither, the key kept
    under the data directory, generated there on first start when ``generate``."""
    if key and key_file:
        raise CouncilKeyError("Both CASENOTE_KEY and CASENOTE_KEY_FILE are set: set one of them.")
    if key:
        return parse_keys(key, "CASENOTE_KEY")
    path = Path(key_file) if key_file else default_key_path(data_dir)
    if key_file is None and generate and not path.exists():
        _generate_key_file(path)
    try:
        text = path.read_text()
    except FileNotFoundError as exc:
        raise CouncilKeyError(f"The council key file {path} does not exist. {FIX_KEY}.") from exc
    except OSError as exc:
        raise CouncilKeyError(f"The council key file {path} cannot be read ({exc.strerror}). {FIX_KEY}.") from exc
    if path.stat().st_mode & 0o077:
        log.warning("council key file %s is readable by other users; chmod 600 it", path)
    return parse_keys(text, str(path))


def _generate_key_file(path: Path) -> None:
    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # several processes may start at once
    except FileExistsError:
        return
    with os.fdopen(fd, "w") as f:
        f.write(generate_key() + "\n")
        f.flush()
        os.fsync(f.fileno())
    log.warning("generated a council key at %s: back it up apart from the data (without it nothing stored can be "
                "read), or set CASENOTE_KEY_FILE to a key kept elsewhere", path)


def write_key_file(path: Path, keys: list[str]) -> None:
    """Replace a key file atomically (0600)."""
    make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    with open_private(tmp) as f:
        f.write("".join(k + "\n" for k in keys).encode())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# -- private files ----------------------------------------------------------------------------------------------
def make_private_dir(path: Path, *, tighten: bool = True) -> Path:
    """A directory only this user can enter (0700); an existing one is tightened unless ``tighten`` is False."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if tighten and path.stat().st_mode & 0o077:
        os.chmod(path, 0o700)
    return path


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> BinaryIO:
    """Open a file for writing that only this user can read (0600 whatever the umask)."""
    return os.fdopen(os.open(path, flags, 0o600), "wb")


# -- rotation -------------------------------------------------------------------------------------------------
@dataclass
class RotationResult:
    files: int = 0
    files_changed: int = 0
    values: int = 0
    values_changed: int = 0
    values_encrypted: int = 0  # of values_changed: stored in clear before encryption at rest


def encrypted_columns(metadata) -> list[tuple[str, str, dict[str, EncryptedText]]]:
    """(table, primary key column, {column: type}) for every table with an encrypted column."""
    out = []
    for table in metadata.sorted_tables:
        cols = {c.name: c.type for c in table.columns if isinstance(c.type, EncryptedText)}
        if cols:
            (pk,) = [c.name for c in table.primary_key.columns]
            out.append((table.name, pk, cols))
    return out


def rewrap_values(conn, columns: list[tuple[str, str, dict[str, EncryptedText]]], batch: int = 500) -> RotationResult:
    """Re-wrap every value of ``columns`` under the connection's current council key, through Core, in batches;
    a value stored before encryption at rest is encrypted."""
    from sqlalchemy import column, select, table, update

    keyring = keyring_for(conn.dialect)
    result = RotationResult()
    for table_name, pk, cols in columns:
        t = table(table_name, column(pk), *(column(c, Text) for c in cols))
        last = None
        while True:
            q = select(t).order_by(t.c[pk]).limit(batch)
            if last is not None:
                q = q.where(t.c[pk] > last)
            rows = conn.execute(q).mappings().all()
            if not rows:
                break
            for row in rows:
                changes = {}
                for name, type_ in cols.items():
                    old = row[name]
                    if old is None:
                        continue
                    result.values += 1
                    if is_encrypted_value(old):
                        new = keyring.rewrap_value(old)
                    else:
                        new = type_.process_bind_param(old, conn.dialect)
                        result.values_encrypted += 1
                    if new != old:
                        changes[name] = new
                if changes:
                    result.values_changed += len(changes)
                    conn.execute(update(t).where(t.c[pk] == row[pk]).values(**changes))
            last = rows[-1][pk]
    return result


def verify(engine, audio_dir: Path, metadata) -> None:
    """Fail at start, not on the first read, when the keys cannot open what is stored: one database value per
    encrypted table and one audio file are unwrapped."""
    from sqlalchemy import column, select, table

    keyring = keyring_for(engine.dialect)
    with engine.connect() as conn:
        for table_name, pk, cols in encrypted_columns(metadata):
            name = next(iter(cols))
            t = table(table_name, column(name, Text))
            value = conn.execute(select(t.c[name]).where(t.c[name].like(VALUE_PREFIX + "%")).limit(1)).scalar()
            if value is not None:
                keyring.unwrap(_value_bytes(value)[:WRAPPED_BYTES])
    for path in Path(audio_dir).glob("*/*"):
        if path.is_file() and not path.name.startswith("."):
            with open(path, "rb") as f:
                head = f.read(HEADER_BYTES)
            if head.startswith(FILE_MAGIC):
                keyring.unwrap(head[len(FILE_MAGIC):len(FILE_MAGIC) + WRAPPED_BYTES])
            break


def rotate(engine, audio_dir: Path, metadata) -> RotationResult:
    """Re-wrap every data key under the engine's current council key: each audio file under ``audio_dir``
    (header only, atomically) and each encrypted database value (one transaction). Anything stored before
    encryption at rest is encrypted on the way. Safe to rerun; the service may keep running."""
    keyring = keyring_for(engine.dialect)
    result = RotationResult()
    for path in sorted(Path(audio_dir).glob("*/*")):
        if path.is_file() and not path.name.startswith("."):
            result.files += 1
            result.files_changed += keyring.rewrap_file(path)
    with engine.begin() as conn:
        values = rewrap_values(conn, encrypted_columns(metadata))
    result.values, result.values_changed, result.values_encrypted = values.values, values.values_changed, values.values_encrypted
    if result.values_encrypted and engine.dialect.name == "sqlite":
        with engine.connect() as conn:  # rewrite the file so no free page keeps the old plain text
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
    return result


def _read_full(src: BinaryIO, n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        chunk = src.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _segment_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _value_bytes(stored: str) -> bytes:
    try:
        raw = base64.b64decode(stored[len(VALUE_PREFIX):], validate=True)
    except binascii.Error as exc:
        raise TamperedDataError("An encrypted database value is not valid base64: it was altered. Restore it from backup.") from exc
    if len(raw) < WRAPPED_BYTES + NONCE_BYTES + TAG_BYTES:
        raise TamperedDataError("An encrypted database value is cut short: it was altered. Restore it from backup.")
    return raw
