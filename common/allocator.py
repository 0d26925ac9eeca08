"""Keep freed memory inside the process on Linux, where glibc's malloc would give it back to the kernel.

A CPU training step allocates and frees tensors of the same few sizes over and over: every microbatch's
gradient of every weight (3.5 MB for a SmolLM2 MLP weight, 113 MB for its tied embedding), the logits, the
activations. By default glibc serves a large block with its own `mmap` and unmaps it when freed, and trims
the top of its heap, so the next tensor of that size faults in fresh zeroed pages from the kernel. On a 2-core
VM that page faulting was a quarter of PPO's update (`bench/ppo_bench.py`, README "Benchmarks"). Serving
every block from the heap and never trimming it makes a freed block's pages reusable at no cost; the price is
that the process keeps its peak memory until it exits, which a training or evaluation process does anyway.

Other allocators (musl, macOS) are left as they are. CUDA tensors are not affected: PyTorch caches those.
"""

from __future__ import annotations

import ctypes
import platform
import sys

M_TRIM_THRESHOLD = -1  # mallopt parameters, from glibc's <malloc.h>
M_MMAP_MAX = -4


def keep_freed_memory() -> bool:
    """Make glibc's malloc keep freed memory for reuse (no mmap'd blocks, no heap trimming); True if it did.

    Call it once, early in a process that trains or evaluates a model; it changes nothing on other C libraries.
    """
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    libc = ctypes.CDLL("libc.so.6")
    # Every block from the heap (no mmap threshold to cross), and the heap is never trimmed: the largest value
    # mallopt takes for the threshold is a C int.
    return bool(libc.mallopt(M_MMAP_MAX, 0)) and bool(libc.mallopt(M_TRIM_THRESHOLD, 2**31 - 1))
