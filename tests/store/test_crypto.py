"""Envelope encryption under the council key: values, seekable audio files, key loading and rotation."""

from __future__ import annotations

import io
import os
import stat

import pytest
from sqlalchemy import text

from store import make_engine, make_sessionmaker, migrate
from store import dictations as dictation_store
from store.crypto import (
    HEADER_BYTES,
    SEGMENT,
    Keyring,
    generate_key,
    load_keyring,
    parse_keys,
    rotate,
)
from store.errors import CouncilKeyError, TamperedDataError
from store.models import Base

NAME = "Kayleigh Robson"


def _keyring(*secrets: bytes) -> Keyring:
    return Keyring(list(secrets) or [os.urandom(32)], "test")


@pytest.mark.parametrize("size", [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT + 17])
def test_file_round_trip_and_random_access(tmp_path, size):
    kr, data = _keyring(), os.urandom(size)
    path = tmp_path / "a"
    with open(path, "wb") as out:
        assert kr.encrypt_stream(io.BytesIO(data), out) == size
    if size >= 64:
        assert data[:64] not in path.read_bytes()
    with kr.open_file(path) as f:
        assert f.read() == data
        for at in {0, size // 3, max(0, size - 5)}:
            f.seek(at)
            assert f.read(7) == data[at:at + 7]


def test_cut_or_altered_files_fail_their_check(tmp_path):
    kr, data = _keyring(), os.urandom(3 * SEGMENT)
    buf = io.BytesIO()
    kr.encrypt_stream(io.BytesIO(data), buf)
    cut = tmp_path / "cut"
    cut.write_bytes(buf.getvalue()[: HEADER_BYTES + 2 * (SEGMENT + 16)])  # whole segments dropped from the end
    with pytest.raises(TamperedDataError), kr.open_file(cut) as f:
        f.read()
    flipped = bytearray(buf.getvalue())
    flipped[HEADER_BYTES + 10] ^= 1
    (tmp_path / "flip").write_bytes(bytes(flipped))
    with pytest.raises(TamperedDataError), kr.open_file(tmp_path / "flip") as f:
        f.read()


def test_values_hide_the_text_and_a_missing_key_says_what_to_do():
    kr = _keyring()
    stored = kr.encrypt_value(NAME)
    assert NAME not in stored and stored != kr.encrypt_value(NAME)  # a fresh data key and nonce each time
    assert kr.decrypt_value(stored) == NAME
    with pytest.raises(CouncilKeyError, match="CASENOTE_KEY_FILE"):
        _keyring().decrypt_value(stored)


def test_rotation_rewraps_the_data_key_and_keeps_the_ciphertext(tmp_path):
    old = _keyring()
    new = _keyring(os.urandom(32), old.current.secret)
    stored = old.encrypt_value(NAME)
    moved = new.rewrap_value(stored)
    assert moved != stored and new.decrypt_value(moved) == NAME
    assert moved[-40:] == stored[-40:]  # the note's ciphertext is untouched; only the wrapped key changed
    assert new.rewrap_value(moved) == moved
    with pytest.raises(CouncilKeyError):
        old.decrypt_value(moved)
    path = tmp_path / "f"
    with open(path, "wb") as out:
        old.encrypt_stream(io.BytesIO(b"RIFF" + bytes(1000)), out)
    body = path.read_bytes()[HEADER_BYTES:]
    assert new.rewrap_file(path) and path.read_bytes()[HEADER_BYTES:] == body
    assert _keyring(new.current.secret).open_file(path).read() == b"RIFF" + bytes(1000)


def test_keys_from_environment_file_or_generated(tmp_path, caplog):
    a, b = generate_key(), generate_key()
    assert len(load_keyring(f"{a},{b}", None, tmp_path).keys) == 2
    (tmp_path / "k").write_text(f"# council key\n{a}\n")
    assert load_keyring(None, tmp_path / "k", tmp_path).current == parse_keys(a, "x").current
    with pytest.raises(CouncilKeyError, match="does not exist"):
        load_keyring(None, tmp_path / "missing", tmp_path)
    with pytest.raises(CouncilKeyError, match="32 bytes of base64"):
        parse_keys("not-a-key", "CASENOTE_KEY")
    with caplog.at_level("WARNING"):
        first = load_keyring(None, None, tmp_path / "data")
    path = tmp_path / "data" / "keys" / "council.key"
    assert str(path) in caplog.text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_keyring(None, None, tmp_path / "data").current == first.current  # kept, not regenerated


def test_engine_without_a_key_refuses_to_write_identified_columns(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    migrate(engine)
    with pytest.raises(Exception, match="no council key"):
        dictation_store.create_dictation(make_sessionmaker(engine), id="d", case_ref="CN-1", context_json='{"x": 1}',
                                         audio_sha256="a" * 64, audio_bytes=1, idempotency_key=None)
    engine.dispose()


def _plain_row(engine) -> None:
    with engine.begin() as conn:  # a row as the code before encryption at rest wrote it
        conn.execute(text("INSERT INTO dictations (id, case_ref, context_json, audio_sha256, audio_bytes, audio_filename,"
                          " status, progress, attempts, created_at, updated_at) VALUES ('d', 'CN-1', :c, :s, 1, :f,"
                          " 'queued', 0, 0, '2026-01-01', '2026-01-01')"),
                     {"c": f'{{"child": {{"name": "{NAME}"}}}}', "s": "a" * 64, "f": f"{NAME} visit.m4a"})


def test_rows_stored_before_encryption_are_encrypted_by_the_migration(tmp_path):
    """The one-off path for existing data: migration 0004 encrypts plain rows with the service's key."""
    kr = _keyring()
    url = f"sqlite:///{tmp_path / 'c.db'}"
    migrate(url, "0003_access_log")
    engine = make_engine(url, kr)
    _plain_row(engine)
    migrate(engine)
    raw = engine.connect().execute(text("SELECT context_json, audio_filename FROM dictations")).one()
    assert NAME not in "".join(raw)
    with make_sessionmaker(engine)() as s:
        d = dictation_store.get_dictation(s, "d")
    assert NAME in d.context_json and d.audio_filename == f"{NAME} visit.m4a"
    assert rotate(engine, tmp_path / "audio", Base.metadata).values_changed == 0  # nothing left in clear
    engine.dispose()
    on_disk = b"".join(p.read_bytes() for p in tmp_path.glob("c.db*"))
    assert NAME.encode() not in on_disk  # the replaced plain text is not left in the file or its WAL


def test_service_with_the_wrong_key_stops_at_start(tmp_path):
    from tests.conftest import make_settings
    from worker.runtime import build_runtime

    settings = make_settings(tmp_path / "data")
    rt = build_runtime(settings)
    dictation_store.create_dictation(rt.sessions, id="d", case_ref="CN-1", context_json='{"case_ref": "CN-1"}',
                                     audio_sha256="a" * 64, audio_bytes=1, idempotency_key=None)
    rt.close()
    with pytest.raises(CouncilKeyError, match="CASENOTE_KEY_FILE"):
        build_runtime(make_settings(tmp_path / "data", key=generate_key()))


def test_migrated_without_a_key_rotate_key_encrypts_later(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    migrate(url, "0003_access_log")
    _plain_row(make_engine(url))
    migrate(url)  # a tool with no key: the rows wait, readable, for rotate-key
    engine = make_engine(url, _keyring())
    with make_sessionmaker(engine)() as s:
        assert NAME in dictation_store.get_dictation(s, "d").context_json
    assert rotate(engine, tmp_path / "audio", Base.metadata).values_encrypted == 2
    assert NAME not in "".join(engine.connect().execute(text("SELECT context_json, audio_filename FROM dictations")).one())
    engine.dispose()
