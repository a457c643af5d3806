"""Reversible, deterministic pseudonyms keyed per case.

A token is ``[LABEL~<base32>]``: a synthetic IV (HMAC of label and value) followed by the
value XOR-ed with an HMAC-SHA256 keystream. The same value in the same case always gives
the same token (consistent within and across that case's notes); different cases give
unrelated tokens; only the holder of the key can turn a token back (``reidentify``),
and any change to a token is detected. Standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from ..errors import ReidentificationError

_IV_BYTES = 8
TOKEN_RE = re.compile(r"\[(?P<label>[A-Z0-9 ]+)~(?P<token>[a-z2-7]+)\]")


def case_key(master_key: bytes, case_ref: str | None) -> bytes:
    """The per-case key: HMAC(master key, case reference)."""
    return hmac.new(master_key, b"casenote/case/" + (case_ref or "").encode(), hashlib.sha256).digest()


def _keystream(key: bytes, iv: bytes, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hmac.new(key, b"ks" + iv + counter.to_bytes(4, "big"), hashlib.sha256).digest()
        counter += 1
    return out[:n]


def _iv(key: bytes, label: str, value: bytes) -> bytes:
    return hmac.new(key, b"iv" + label.encode() + b"\0" + value, hashlib.sha256).digest()[:_IV_BYTES]


def pseudonymise(key: bytes, label: str, value: str) -> str:
    raw = value.encode("utf-8")
    iv = _iv(key, label, raw)
    ct = bytes(a ^ b for a, b in zip(raw, _keystream(key, iv, len(raw))))
    token = base64.b32encode(iv + ct).decode().rstrip("=").lower()
    return f"[{label}~{token}]"


def depseudonymise(key: bytes, label: str, token: str) -> str:
    try:
        blob = base64.b32decode(token.upper() + "=" * (-len(token) % 8))
    except ValueError as exc:
        raise ReidentificationError(f"Token {token!r} is not a pseudonym this system wrote. Check it was copied whole.") from exc
    iv, ct = blob[:_IV_BYTES], blob[_IV_BYTES:]
    raw = bytes(a ^ b for a, b in zip(ct, _keystream(key, iv, len(ct))))
    if not hmac.compare_digest(iv, _iv(key, label, raw)):
        raise ReidentificationError(
            "A pseudonym does not match this key and case. Use the key and case reference "
            "the note was redacted with; the token may also have been altered."
        )
    return raw.decode("utf-8")


def reidentify(redacted_text: str, master_key: bytes, case_ref: str | None) -> str:
    """Turn every pseudonym in ``redacted_text`` back into the original words.

    For authorised re-identification only: needs the same master key and case reference
    the note was redacted with.
    """
    key = case_key(master_key, case_ref)
    return TOKEN_RE.sub(lambda m: depseudonymise(key, m.group("label"), m.group("token")), redacted_text)
