"""95% bootstrap intervals for the headline metrics, resampling problems, and for paired differences.

Every interval here treats the problems as the sample: a benchmark of 40 problems says little about the next
40, and that uncertainty is larger than the sampling noise within a problem. Each metric is a mean over
problems of a per-problem value (pass@1: c/n; ECC: efficient/n; reward: the problem's mean reward), so one
bootstrap replicate draws the problems with replacement and averages their values (Efron & Tibshirani 1993,
percentile interval). A paired difference resamples the same problems for both models, so the difficulty they
share cancels; that is the comparison that can show a trained model beats the original on 40 problems.
Pure functions over `metrics.ProblemResult`s; nothing here runs code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

if TYPE_CHECKING:
    from evaluation.metrics import ProblemResult

LEVEL = 0.95
RESAMPLES = 10_000
SEED = 0  # fixed: the same results always print the same interval


def _mean_reward(r: ProblemResult) -> float | None:
    rewards = [v.reward for v in r.verdicts]
    return None if any(x is None for x in rewards) else float(np.mean(rewards))


# The per-problem value behind each metric that gets an interval; the metric is their mean over problems.
PER_PROBLEM: dict[str, Callable[[ProblemResult], float | None]] = {
    "pass@1": lambda r: r.num_correct / r.n,
    "ecc": lambda r: r.num_efficient / r.n,
    "reward": _mean_reward,
}


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


def _values(results: Sequence[ProblemResult], name: str) -> np.ndarray | None:
    values = [PER_PROBLEM[name](r) for r in results]
    return None if not values or any(v is None for v in values) else np.array(values, dtype=float)


def metric_intervals(results: Sequence[ProblemResult]) -> dict[str, list[float] | None]:
    """{metric: [low, high]} for pass@1, ECC and mean reward (None where the metric is not defined)."""
    intervals = {}
    for name in PER_PROBLEM:
        values = _values(results, name)
        intervals[name] = None if values is None else list(percentile_interval(values))
    return intervals


def paired_differences(results: Sequence[ProblemResult], baseline: Sequence[ProblemResult]) -> dict[str, dict | None]:
    """{metric: {"difference": model − baseline, "interval": [low, high]}} over the problems both were scored on.

    The two models' per-problem values are subtracted problem by problem, then the differences are bootstrapped.
    An interval entirely above 0 says the model beats the baseline on this benchmark at the 95% level.
    """
    mine = {r.problem_id: r for r in results}
    common = [b for b in baseline if b.problem_id in mine]
    differences = {}
    for name in PER_PROBLEM:
        ours, theirs = _values([mine[b.problem_id] for b in common], name), _values(common, name)
        if ours is None or theirs is None:
            differences[name] = None
            continue
        delta = ours - theirs
        differences[name] = {"difference": float(delta.mean()), "interval": list(percentile_interval(delta)),
                             "problems": len(common)}
    return differences
