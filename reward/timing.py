"""Timing: how a correct program's runtime is measured, and how the parent checks the child's figures.

`measure` runs inside the sample process: one warm-up call, an autorange (like `timeit`) so a batch of calls
lasts at least `min_duration`, then `repeats` timed batches; the runtime is their median per call. The clocks
are bound when this module is imported, before any candidate code exists, so patching `time.*` changes nothing.
`timings_are_plausible` runs in the parent and must not trust anything the child says beyond the numbers.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from dataclasses import asdict, dataclass

# Bound at import, in the fork server, before candidate code runs in any forked sample.
# "cpu" is the main thread's CPU clock: the process-wide one turns coarse (scheduler ticks) once RLIMIT_CPU arms
# a process CPU timer. Work moved to other threads or processes is not credited, and the parent's cross-check
# (which counts every thread and child) rejects timings that leave it out.
CLOCKS = {"cpu": time.thread_time, "wall": time.perf_counter}

# The parent's cross-check: the child's reported timed seconds must cover at least this fraction of the CPU
# time the parent saw the sample spend while timing (the rest is loop control, messages and process exit), minus a
# slack. An honest sample measures 0.87-1.05 of it on a loaded machine; a rigged clock runs at most 25% slow.
PLAUSIBLE_FRACTION = 0.75
PLAUSIBLE_SLACK_S = 0.015


@dataclass(frozen=True)
class TimingConfig:
    """How candidates and references are timed. Both must use the same settings to be comparable."""

    repeats: int = 5
    """Timed batches after the warm-up and the autorange; the runtime is their median."""
    min_duration: float = 0.01
    """Seconds one batch must last at least; microsecond workloads are repeated in a batch until it does."""
    clock: str = "cpu"
    """'cpu': the sample's main-thread CPU time (robust to other load on the machine); 'wall': perf_counter."""
    max_loops: int = 100_000
    """Upper bound on calls per batch, so a near-empty workload cannot make a batch endless."""

    def __post_init__(self):
        if self.repeats < 1:
            raise ValueError(f"TimingConfig.repeats={self.repeats}: need at least 1 (5 or more for stable medians)")
        if not self.min_duration > 0:
            raise ValueError(f"TimingConfig.min_duration={self.min_duration}: must be a positive number of seconds")
        if self.clock not in CLOCKS:
            raise ValueError(f"TimingConfig.clock={self.clock!r}: use one of {sorted(CLOCKS)}")
        if self.max_loops < 1:
            raise ValueError(f"TimingConfig.max_loops={self.max_loops}: must be at least 1")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Measurement:
    runtimes: list[float]
    """Seconds per call, one figure per timed batch."""
    loops: int
    """Calls per batch chosen by the autorange."""
    timed_total: float
    """All seconds spent inside timed regions (warm-up, autorange and garbage collection included), for the
    parent's cross-check."""


def measure(call, config: TimingConfig, on_warm=None) -> Measurement:
    """Warm up, autorange, then time `config.repeats` batches of `call()`."""
    clock = CLOCKS[config.clock]
    warm, timed_total = _batch(call, 1, clock)
    if on_warm is not None:
        on_warm(warm)
    loops = 1 if warm >= config.min_duration else min(config.max_loops, math.ceil(config.min_duration / max(warm, 1e-7)))
    while True:  # autorange: grow the batch until it lasts min_duration (also a second warm-up)
        elapsed, spent = _batch(call, loops, clock)
        timed_total += spent
        if elapsed >= config.min_duration or loops >= config.max_loops:
            break
        loops = min(config.max_loops, max(2 * loops, math.ceil(1.2 * loops * config.min_duration / max(elapsed, 1e-9))))
    runtimes = []
    for _ in range(config.repeats):
        elapsed, spent = _batch(call, loops, clock)
        timed_total += spent
        runtimes.append(elapsed / loops)
    return Measurement(runtimes, loops, timed_total)


def _batch(call, loops: int, clock) -> tuple[float, float]:
    """(seconds for `loops` calls, seconds for the calls plus collecting their garbage).

    The collector is paused during the calls, as `timeit` does. The garbage they leave is collected before the
    clock stops, so that work falls inside what `timed_total` reports and the parent's cross-check can count
    it: left to the next allocation, it would run where no clock sees it and make honest samples look rigged.
    A paused collector puts every new object in the youngest generation, so collecting that one suffices.
    """
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = clock()
        for _ in range(loops):
            call()
        calls_done = clock()
    finally:
        if gc_was_enabled:
            gc.enable()
    gc.collect(0)
    return calls_done - start, clock() - start


def median(runtimes: list[float]) -> float | None:
    return statistics.median(runtimes) if runtimes else None


def timings_are_plausible(timed_total: float, cpu_seconds_seen: float) -> bool:
    """Whether the child's reported timed seconds can be true, given the CPU time the parent measured.

    A child whose clock was tampered with reports far less time than it spent; an honest one reports about
    what it spent (its timed regions are nearly all of the timing phase).
    """
    return timed_total >= PLAUSIBLE_FRACTION * cpu_seconds_seen - PLAUSIBLE_SLACK_S
