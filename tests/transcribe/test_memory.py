"""transcribe/models/memory.py: freed memory stays in the process instead of going back to the kernel.

Each check runs in a fresh interpreter: in a process that has already freed a lot (the rest of the suite), a large
block is served from what the heap holds and the figures say nothing about the setting."""

import platform
import subprocess
import sys
import textwrap

import pytest

from transcribe.models.memory import keep_freed_memory

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the setting is glibc's malloc's")

_PROBE = textwrap.dedent("""
    import ctypes, sys

    class MallInfo2(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                     "keepcost")]

    if sys.argv[1] == "keep":
        from transcribe.models.memory import keep_freed_memory
        assert keep_freed_memory() is True
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.mallinfo2.restype = MallInfo2
    size = 96 << 20  # larger than any mmap threshold glibc would pick by itself (32 MiB at most)
    before = libc.mallinfo2()
    block = libc.malloc(size)
    assert block
    during = libc.mallinfo2()
    libc.free(block)
    after = libc.mallinfo2()
    again = libc.malloc(size)
    assert again
    arena_again = libc.mallinfo2().arena
    libc.free(again)
    print(during.hblkhd - before.hblkhd, after.fordblks - before.fordblks, arena_again - after.arena)
""")


def _probe(mode: str) -> tuple[int, int, int]:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    mapped, freed_into_heap, arena_growth = (int(v) for v in done.stdout.split())
    return mapped, freed_into_heap, arena_growth


@glibc
def test_a_large_freed_block_stays_in_the_heap():
    size = 96 << 20
    mapped, freed_into_heap, arena_growth = _probe("keep")
    assert mapped == 0  # not mmap-ed: from the heap
    assert freed_into_heap >= size - (1 << 20)  # freed into the heap, not handed back to the kernel
    assert arena_growth == 0  # and the same memory serves the next request


@glibc
def test_without_the_setting_glibc_maps_the_block_and_hands_it_back():
    # the behaviour the setting changes: what the test above would see without it
    size = 96 << 20
    mapped, freed_into_heap, _ = _probe("default")
    assert mapped >= size
    assert freed_into_heap < size


@glibc
def test_keeping_freed_memory_twice_is_harmless():
    assert keep_freed_memory() is True
    assert keep_freed_memory() is True
