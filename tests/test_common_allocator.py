"""glibc keeps freed memory for reuse once `keep_freed_memory` has run (common/allocator.py), and a training
process flushes denormal floats to zero."""

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


def test_training_flushes_denormal_floats_to_zero():
    """ppo.run.fast_cpu_numerics: a product whose exact value is below float32's smallest normal (1.2e-38) gives 0,
    so the LM head's backward never multiplies denormal numbers (many times slower on Intel CPUs)."""
    import torch

    from ppo.run import fast_cpu_numerics

    fast_cpu_numerics()
    tiny = torch.full((4,), 1e-30) * torch.full((4,), 1e-10)
    assert torch.equal(tiny, torch.zeros(4))
    assert (torch.full((4,), 1e-30) * 1e-5).min() > 0  # normal results are untouched
