"""glibc keeps freed memory for reuse once `keep_freed_memory` has run (common/allocator.py)."""

import ctypes
import platform
import sys

import pytest

from common.allocator import keep_freed_memory


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_a_large_block_comes_from_the_heap_and_stays_there_when_freed():
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.sbrk.restype, libc.sbrk.argtypes = ctypes.c_void_p, [ctypes.c_long]
    size = 64 * 2**20  # above any mmap threshold glibc allows: by default it gets its own mapping

    assert keep_freed_memory()
    block = libc.malloc(size)
    heap_end = libc.sbrk(0)
    assert block < heap_end  # inside the heap (a mapping of its own would lie far above the program break)
    libc.free(block)
    assert libc.sbrk(0) == heap_end  # the heap was not trimmed: the pages stay for the next tensor
