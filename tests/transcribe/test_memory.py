"""transcribe/models/memory.py: freed memory stays in the process instead of going back to the kernel."""

import ctypes
import platform

import pytest

from transcribe.models.memory import keep_freed_memory

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the setting is glibc's malloc's")


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def _libc():
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.mallinfo2.restype = _MallInfo2
    return libc


@glibc
def test_a_large_freed_block_stays_in_the_heap():
    assert keep_freed_memory() is True
    libc = _libc()
    size = 96 << 20  # larger than any mmap threshold glibc would pick by itself (32 MiB at most)
    before = libc.mallinfo2()
    block = libc.malloc(size)
    assert block
    during = libc.mallinfo2()
    libc.free(block)
    after = libc.mallinfo2()
    assert during.hblkhd == before.hblkhd  # not mmap-ed: from the heap (glibc's default would mmap it)
    assert after.fordblks >= before.fordblks + size - (1 << 20)  # freed into the heap, not handed back to the kernel
    again = libc.malloc(size)  # and the same memory serves the next request
    assert again
    assert libc.mallinfo2().arena == after.arena
    libc.free(again)


@glibc
def test_keeping_freed_memory_twice_is_harmless():
    assert keep_freed_memory() is True
    assert keep_freed_memory() is True
