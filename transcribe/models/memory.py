"""Keep freed memory in the process, so CTranslate2 does not have the kernel zero it again for every batch.

CTranslate2 allocates its CPU buffers with ``posix_memalign`` (glibc's ``malloc``) and frees them after each
layer. With glibc's defaults the decoder's worker thread gets its own arena, and every buffer above a few
megabytes (the encoder's activations for a batch of 30-second chunks are tens of megabytes) is ``mmap``-ed and
handed back to the kernel when freed, so the next batch faults the same memory in again and the kernel zeroes
it page by page. On the 3-minute sample with ``base`` that was about 2 million page faults and 5-6 s of system
CPU time in a 20 s decode (evaluation/asr/README.md, speed section).

:func:`keep_freed_memory` sets glibc's ``malloc`` options once, before the model loads: one arena for every
thread, no ``mmap`` for large blocks, and freed memory kept unless more than ``trim_bytes`` is free at the top
of the heap. The process then keeps its peak memory (about what it needed anyway) instead of returning and
re-faulting it. The decode is the same arithmetic on the same numbers; only where its buffers live changes.
Elsewhere than glibc (macOS, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

# glibc's mallopt parameters (malloc.h).
M_TRIM_THRESHOLD = -1
M_TOP_PAD = -2
M_MMAP_MAX = -4
M_ARENA_MAX = -8

_done = False


def keep_freed_memory(trim_bytes: int = 1 << 30, top_pad_bytes: int = 64 << 20) -> bool:
    """Set glibc's malloc to keep freed memory (module docstring); True if it did. Call before any thread that
    decodes is started (:func:`transcribe.asr.load_asr` does). Idempotent; a no-op off glibc."""
    global _done
    if _done:
        return True
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # glibc only: musl has mallopt as a stub  # noqa: B018
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    ok = all(
        mallopt(param, value)
        for param, value in (
            (M_ARENA_MAX, 1),
            (M_MMAP_MAX, 0),
            (M_TRIM_THRESHOLD, min(trim_bytes, 2**31 - 1)),
            (M_TOP_PAD, min(top_pad_bytes, 2**31 - 1)),
        )
    )
    if not ok:
        log.warning("glibc mallopt refused a setting: freed memory may be returned to the kernel and faulted again")
    _done = ok
    return ok
