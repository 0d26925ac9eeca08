"""Evaluation metrics over verdicts: pass@k, ECC, GET, NET, NMU, faster-than-baseline and the status mix,
with 95% bootstrap intervals over problems and paired differences between models (evaluation/intervals.py).

Pure functions: they read `Verdict`-shaped objects (status, runtime, peak_memory_mb) and reference
measurements, and return numbers. They never run code, time anything or load models; evaluation/compare.py
does that and hands the results here. `is_efficient_correct` is the one definition of efficient-correct, for
the training metrics too. Every formula is stated next to the function computing it.
A metric that cannot be computed (no correct solution, nothing measured) is None, never a guessed 0.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from evaluation import intervals

# A correct solution counts as efficient when T_gen <= T_ref * EFFICIENCY_TOLERANCE, in training metrics and in
# evaluation alike. The 5% margin absorbs timing noise, so a candidate identical to the reference is not called
# slow because of a noisy pair of timings.
EFFICIENCY_TOLERANCE = 1.05

# Outcome kinds of one sample, in the order tables show them. "timeout" also covers memory_exceeded.
OUTCOMES = ("syntax_error", "runtime_error", "timeout", "wrong_answer", "slow_correct", "efficient_correct")

_STATUS_TO_OUTCOME = {
    "syntax_error": "syntax_error",
    "runtime_error": "runtime_error",
    "timeout": "timeout",
    "memory_exceeded": "timeout",
    "failed": "wrong_answer",
}


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from n samples of which c are correct (Chen et al. 2021, eq. 1).

    pass@k = 1 - C(n-c, k) / C(n, k), computed as the numerically stable product
    1 - prod_{i=n-c+1}^{n} (1 - k / i), which never forms a large binomial coefficient.
    """
    if not 0 <= c <= n:
        raise ValueError(f"pass_at_k needs 0 <= c <= n, got n={n}, c={c}")
    if not 1 <= k <= n:
        raise ValueError(f"pass_at_k needs 1 <= k <= n (n samples per problem), got n={n}, k={k}")
    if n - c < k:  # every set of k samples contains a correct one
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))


def is_correct(verdict: Any) -> bool:
    return verdict.status == "passed"


def is_efficient_correct(verdict: Any, reference_runtime: float | None = None,
                         tolerance: float = EFFICIENCY_TOLERANCE) -> bool:
    """Efficient-correct: correct, and T_gen <= T_ref * tolerance.

    T_gen / T_ref is the ratio the rewarder measured in paired timing (the one the reward uses); a verdict
    without one falls back to runtime / reference_runtime. Without either it cannot be called efficient.
    """
    if not is_correct(verdict):
        return False
    ratio = getattr(verdict, "ratio", None)
    if ratio is None and verdict.runtime is not None and reference_runtime:
        ratio = verdict.runtime / reference_runtime
    return ratio is not None and ratio <= tolerance


def carries_signal(samples: int, correct: int, efficient: int, slower: int) -> bool:
    """Whether a reward can choose among a problem's samples: they differ in correctness, or some correct ones
    are efficient (`is_efficient_correct`) and some slower. Decided on outcomes, not on the shaped score:
    penalties that differ among wrong samples, or timing noise among equally fast ones, are no signal."""
    return 0 < correct < samples or (efficient > 0 and slower > 0)


def outcome(verdict: Any, reference_runtime: float | None, tolerance: float = EFFICIENCY_TOLERANCE) -> str:
    """Classify one verdict into one of OUTCOMES.

    A passing verdict is efficient_correct when `is_efficient_correct`, otherwise slow_correct.
    """
    if is_correct(verdict):
        return "efficient_correct" if is_efficient_correct(verdict, reference_runtime, tolerance) else "slow_correct"
    if verdict.status not in _STATUS_TO_OUTCOME:
        raise ValueError(f"unknown verdict status {verdict.status!r}; expected 'passed' or one of {sorted(_STATUS_TO_OUTCOME)}")
    return _STATUS_TO_OUTCOME[verdict.status]


def _median_or_none(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


@dataclass
class ProblemResult:
    """All samples of one model on one problem, reduced to what the metrics need.

    runtime and peak_memory_mb are the medians over the *correct* samples only: a model that
    solves a problem in 3 of 5 samples is judged on the code that works, and the median keeps one
    unusually slow or fast sample from deciding the problem. Both are None when no sample is correct.
    """

    problem_id: str
    verdicts: list[Any]
    reference_runtime: float | None = None
    reference_peak_memory_mb: float | None = None
    tolerance: float = EFFICIENCY_TOLERANCE
    outcomes: list[str] = field(init=False)

    def __post_init__(self) -> None:
        if not self.verdicts:
            raise ValueError(f"problem {self.problem_id!r} has no verdicts; every evaluated problem needs at least one sample")
        self.outcomes = [outcome(v, self.reference_runtime, self.tolerance) for v in self.verdicts]

    @property
    def n(self) -> int:
        return len(self.verdicts)

    @property
    def num_correct(self) -> int:
        return sum(is_correct(v) for v in self.verdicts)

    @property
    def num_efficient(self) -> int:
        return self.outcomes.count("efficient_correct")

    @property
    def solved(self) -> bool:
        return self.num_correct > 0

    @property
    def runtime(self) -> float | None:
        return _median_or_none(v.runtime for v in self.verdicts if is_correct(v))

    @property
    def peak_memory_mb(self) -> float | None:
        return _median_or_none(v.peak_memory_mb for v in self.verdicts if is_correct(v))

    @property
    def ratio(self) -> float | None:
        """T_gen / T_ref: the median over correct samples of the paired ratio the rewarder measured (the one
        the reward uses), or runtime / reference_runtime for verdicts without one."""
        paired = _median_or_none(getattr(v, "ratio", None) for v in self.verdicts if is_correct(v))
        if paired is not None:
            return paired
        if self.runtime is not None and self.reference_runtime:
            return self.runtime / self.reference_runtime
        return None


def mean_pass_at_k(results: Sequence[ProblemResult], k: int = 1) -> float | None:
    """pass@k averaged over problems; None when some problem has fewer than k samples or there are none."""
    if not results or any(r.n < k for r in results):
        return None
    return float(np.mean([pass_at_k(r.n, r.num_correct, k) for r in results]))


def efficient_correct_rate(results: Sequence[ProblemResult]) -> float | None:
    """ECC: the share of problems whose generated code is correct and T_gen <= T_ref * tolerance.

    With n samples per problem each problem contributes its share of efficient-correct samples,
    the same unbiased estimate pass@1 uses; with one sample this is exactly the share of problems.
    """
    values = _per_problem(results, "ecc")
    return None if values is None else float(values.mean())


def _timed(results: Sequence[ProblemResult]) -> list[ProblemResult]:
    """Problems both the model and the reference solved, with both runtimes measured."""
    return [r for r in results if r.solved and r.runtime is not None and r.reference_runtime]


def get_ratio(results: Sequence[ProblemResult]) -> float | None:
    """GET: mean over solved problems of T_gen / T_ref (lower is better; 1.0 = as fast as the reference)."""
    timed = _timed(results)
    if not timed:
        return None
    return float(np.mean([r.ratio for r in timed]))


def net_ratio(results: Sequence[ProblemResult]) -> float | None:
    """NET (EffiBench): sum T_gen / sum T_ref over problems both the model and the reference solved."""
    timed = _timed(results)
    if not timed:
        return None
    return float(sum(r.runtime for r in timed) / sum(r.reference_runtime for r in timed))


def nmu_ratio(results: Sequence[ProblemResult]) -> float | None:
    """NMU (EffiBench): sum peak memory / sum reference peak memory over problems both solved."""
    measured = [r for r in results if r.solved and r.peak_memory_mb is not None and r.reference_peak_memory_mb]
    if not measured:
        return None
    return float(sum(r.peak_memory_mb for r in measured) / sum(r.reference_peak_memory_mb for r in measured))


# NTMU (EffiBench's memory-time integral ratio) needs memory sampled over the run. The rewarder
# measures only peak memory and runtime, so NTMU is reported as absent with this reason.
NTMU_ABSENT_REASON = "not measured: the rewarder records peak memory and runtime, not a memory-time integral"


def speed_comparison(ratio: float, baseline_ratio: float, tolerance: float = EFFICIENCY_TOLERANCE) -> str:
    """"faster", "as fast" or "slower": one program's T_gen / T_ref against another's on the same problem.

    Two equal programs time a few percent apart, so ratios within `tolerance` of each other are as fast, as for
    ECC; counting any lower runtime as faster would report that noise as a gain."""
    if baseline_ratio > ratio * tolerance:
        return "faster"
    return "slower" if ratio > baseline_ratio * tolerance else "as fast"


def faster_than_baseline(results: Sequence[ProblemResult], baseline: Sequence[ProblemResult],
                         tolerance: float = EFFICIENCY_TOLERANCE) -> tuple[float | None, int]:
    """Share of problems, among those both models solve, where the model's code is faster than the baseline's by
    more than `tolerance` (`speed_comparison` of each side's median paired ratio T_gen / T_ref).
    Returns (share, number of problems both solve); share is None when they solve no problem in common.
    """
    baseline_by_id = {r.problem_id: r for r in baseline}
    common = [
        (r.ratio, baseline_by_id[r.problem_id].ratio)
        for r in results
        if r.problem_id in baseline_by_id and r.ratio is not None and baseline_by_id[r.problem_id].ratio is not None
    ]
    if not common:
        return None, 0
    faster = sum(speed_comparison(mine, theirs, tolerance) == "faster" for mine, theirs in common)
    return faster / len(common), len(common)


def mean_reward(results: Sequence[ProblemResult]) -> float | None:
    """Mean over problems of each problem's mean reward (the quantity PPO maximises; KL penalty not included).

    With the same number of samples per problem this is the mean over all samples; averaging per problem first
    makes it a mean of one value per problem, like pass@1 and ECC, which is what the bootstrap resamples.
    """
    values = _per_problem(results, "reward")
    return None if values is None else float(values.mean())


def _problem_reward(result: ProblemResult) -> float | None:
    rewards = [v.reward for v in result.verdicts]
    return None if any(reward is None for reward in rewards) else float(np.mean(rewards))


# The per-problem value behind each metric that gets an interval; the metric is their mean over problems.
PER_PROBLEM = {
    "pass@1": lambda r: pass_at_k(r.n, r.num_correct, 1),
    "ecc": lambda r: r.num_efficient / r.n,
    "reward": _problem_reward,
}


def _per_problem(results: Sequence[ProblemResult], name: str) -> np.ndarray | None:
    values = [PER_PROBLEM[name](r) for r in results]
    return None if not values or any(v is None for v in values) else np.array(values, dtype=float)


def metric_intervals(results: Sequence[ProblemResult]) -> dict[str, list[float] | None]:
    """{metric: [low, high]} for pass@1, ECC and mean reward (None where the metric is not defined)."""
    intervals_by_metric = {}
    for name in PER_PROBLEM:
        values = _per_problem(results, name)
        intervals_by_metric[name] = None if values is None else list(intervals.percentile_interval(values))
    return intervals_by_metric


def paired_differences(results: Sequence[ProblemResult], baseline: Sequence[ProblemResult]) -> dict[str, dict | None]:
    """{metric: {"difference": model − baseline, "interval": [low, high], "problems": n}} over the problems both
    were scored on (`intervals.paired_difference`)."""
    mine = {r.problem_id: r for r in results}
    common = [b for b in baseline if b.problem_id in mine]
    differences = {}
    for name in PER_PROBLEM:
        ours, theirs = _per_problem([mine[b.problem_id] for b in common], name), _per_problem(common, name)
        differences[name] = None if ours is None or theirs is None else intervals.paired_difference(ours, theirs)
    return differences


def ecc_among_solved(results: Sequence[ProblemResult]) -> float | None:
    """ECC among solved problems: over the problems the model solved at least once, the mean share of its correct
    samples that are efficient. It separates "writes fast code when it can write correct code" from pass@1."""
    solved = [r for r in results if r.solved]
    if not solved:
        return None
    return float(np.mean([r.num_efficient / r.num_correct for r in solved]))


def efficient_share_of_correct(results: Sequence[ProblemResult]) -> float | None:
    """Efficient-correct samples / correct samples, pooled over all problems (None when no sample is correct)."""
    correct = sum(r.num_correct for r in results)
    return sum(r.num_efficient for r in results) / correct if correct else None


def status_mix(results: Sequence[ProblemResult]) -> dict[str, float]:
    """Share of all samples in each of OUTCOMES (sums to 1; every outcome key is present)."""
    outcomes = [o for r in results for o in r.outcomes]
    if not outcomes:
        return {name: 0.0 for name in OUTCOMES}
    return {name: outcomes.count(name) / len(outcomes) for name in OUTCOMES}


def summarize(results: Sequence[ProblemResult], baseline: Sequence[ProblemResult] | None = None) -> dict[str, Any]:
    """Every headline metric of one model as a JSON-able dict (None where not computable)."""
    faster, common = faster_than_baseline(results, baseline) if baseline is not None else (None, 0)
    return {
        "problems": len(results),
        "samples": sum(r.n for r in results),
        "pass@1": mean_pass_at_k(results, 1),
        "ecc": efficient_correct_rate(results),
        "ecc_solved": ecc_among_solved(results),
        "efficient_share": efficient_share_of_correct(results),
        "get": get_ratio(results),
        "net": net_ratio(results),
        "nmu": nmu_ratio(results),
        "ntmu": None,
        "ntmu_note": NTMU_ABSENT_REASON,
        "faster_than_baseline": faster,
        "solved_by_both": common,
        "status_mix": status_mix(results),
        "reward": mean_reward(results),
        "intervals": metric_intervals(results),
        "vs_baseline": paired_differences(results, baseline) if baseline is not None else None,
    }


def problem_results(
    verdicts_by_problem: Mapping[str, Sequence[Any]],
    reference_runtimes: Mapping[str, float | None],
    reference_peak_memory_mb: Mapping[str, float | None] | None = None,
    tolerance: float = EFFICIENCY_TOLERANCE,
) -> list[ProblemResult]:
    """Build ProblemResult objects, in the mapping's order, from verdicts grouped by problem id."""
    memory = reference_peak_memory_mb or {}
    return [
        ProblemResult(pid, list(verdicts), reference_runtimes.get(pid), memory.get(pid), tolerance)
        for pid, verdicts in verdicts_by_problem.items()
    ]
