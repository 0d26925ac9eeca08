"""Timing: how a correct program's speed is measured against the reference's.

Candidate and reference are timed in the same scoring call, in pairs of batches, each batch a fresh process
forked from the sandbox's clean zygote and running the same recorded calls (`reward.judge.time_paired`). The
two batches of a pair take turns of about a millisecond (reference, candidate, candidate, reference, ...),
so a slow spell of the machine slows both alike. The judge reads a batch's CPU clock from outside, so patching
clocks, or moving work to threads, changes nothing. A batch repeats the calls `loops` times so that it lasts
at least `min_duration`; the loop counts come from a calibration batch of each side.

The speed ratio T_gen / T_ref is the median of the per-pair ratios: the median drops a pair that one slow
process (caches, memory placement) put off.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class TimingConfig:
    """How candidates are timed against references."""

    repeats: int = 5
    """Pairs of batches (one reference, one candidate) at most; the ratio is the median over pairs."""
    min_repeats: int = 3
    """Pairs always measured, even past `max_seconds`."""
    max_repeats: int = 9
    """Pairs at most: past `repeats`, pairs are added while the per-pair ratios are spread wider than
    `spread`."""
    spread: float = 0.08
    """Largest interquartile range of the per-pair ratios, relative to their median, accepted after `repeats`."""
    min_duration: float = 0.005
    """CPU seconds one batch lasts at least; a microsecond workload is repeated in a batch until it does."""
    max_loops: int = 100_000
    """Upper bound on passes per batch, so a near-empty workload cannot make a batch endless."""
    max_seconds: float = 5.0
    """Wall seconds of timing per sample after which no further pair starts (beyond `min_repeats`)."""
    collect_garbage: bool = True
    """Leave Python's garbage collector on in timed batches, so collecting what a solution allocates is part of
    its cost. Off (as in `timeit`) measured no steadier on LeetCodeDataset's references against themselves."""

    def __post_init__(self):
        if self.repeats < 1:
            raise ValueError(f"TimingConfig.repeats={self.repeats}: need at least 1 (5 or more for stable medians)")
        if not 1 <= self.min_repeats <= self.repeats:
            raise ValueError(f"TimingConfig.min_repeats={self.min_repeats}: must lie between 1 and repeats")
        if self.max_repeats < self.repeats:
            raise ValueError(f"TimingConfig.max_repeats={self.max_repeats}: must be at least repeats")
        if not self.min_duration > 0:
            raise ValueError(f"TimingConfig.min_duration={self.min_duration}: must be a positive number of seconds")
        if self.max_loops < 1:
            raise ValueError(f"TimingConfig.max_loops={self.max_loops}: must be at least 1")
        if not self.max_seconds > 0:
            raise ValueError(f"TimingConfig.max_seconds={self.max_seconds}: must be a positive number of seconds")

    def to_dict(self) -> dict:
        return asdict(self)


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def pair_ratios(reference: list[float], candidate: list[float]) -> list[float]:
    """T_gen / T_ref of each pair (pairs whose reference time is 0 are left out)."""
    return [c / r for r, c in zip(reference, candidate) if r > 0]


def median_of_ratios(reference: list[float], candidate: list[float]) -> float | None:
    """T_gen / T_ref as the median of per-pair ratios (what the reward uses)."""
    return median(pair_ratios(reference, candidate))


def too_spread(reference: list[float], candidate: list[float], spread: float = 0.08) -> bool:
    """Whether the per-pair ratios disagree so much that more pairs are worth measuring."""
    ratios = sorted(pair_ratios(reference, candidate))
    if len(ratios) < 4:
        return False
    quartiles = statistics.quantiles(ratios, n=4)
    return (quartiles[2] - quartiles[0]) > spread * statistics.median(ratios)
