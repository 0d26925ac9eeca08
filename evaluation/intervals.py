"""95% bootstrap intervals for the headline metrics, resampling problems, and for paired differences.

Every interval here treats the problems as the sample: a benchmark of 40 problems says little about the next
40, and that uncertainty is larger than the sampling noise within a problem. Each metric is a mean over
problems of a per-problem value (pass@1: c/n; ECC: efficient/n; reward: the problem's mean reward), so one
bootstrap replicate draws the problems with replacement and averages their values (Efron & Tibshirani 1993,
percentile interval). A paired difference resamples the same problems for both models, so the difficulty they
share cancels; that is the comparison that can show a trained model beats the original on 40 problems.
Pure functions over arrays of per-problem values (evaluation/metrics.py says what each metric's value is);
nothing here runs code.
"""

from __future__ import annotations

import numpy as np

LEVEL = 0.95
RESAMPLES = 10_000
SEED = 0  # fixed: the same results always print the same interval


def percentile_interval(values: np.ndarray, level: float = LEVEL, resamples: int = RESAMPLES,
                        seed: int = SEED) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of `values` (one per problem), resampling them with replacement."""
    values = np.asarray(values, dtype=float)
    if values.size == 0:
        raise ValueError("a bootstrap interval needs at least one value")
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, values.size, size=(resamples, values.size))
    means = values[draws].mean(axis=1)
    tail = (1 - level) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return float(low), float(high)


def paired_difference(ours: np.ndarray, theirs: np.ndarray) -> dict:
    """{"difference": mean of ours − theirs, "interval": [low, high], "problems": n} for two models' values on
    the same problems, in the same order: the per-problem differences are bootstrapped, so the difficulty the
    two share cancels. An interval entirely above 0 says `ours` is higher at the 95% level."""
    delta = np.asarray(ours, dtype=float) - np.asarray(theirs, dtype=float)
    return {"difference": float(delta.mean()), "interval": list(percentile_interval(delta)), "problems": len(delta)}
