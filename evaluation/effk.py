"""eff@k, ENAMEL's efficiency metric (Qiu et al., ICLR 2025), measured through the rewarder.

Per sample and level l (ENAMEL's definitions): e_l = max(0, T - t_l) / (T - r_l), where t_l and r_l are the
candidate's and the reference's time on the level's slowest case and the time limit T = alpha * max_l r_l over
the scored levels (alpha = 2); a sample that fails any case scores 0 everywhere, one that exceeds the limit at a
level scores 0 there and at every later level. A sample's efficiency is the hardness-weighted mean of its e_l
(weights 0, 3, 3, 4: level 0 only decides correctness) and eff@k the unbiased estimator over n samples.
The arithmetic is pure; `measure` runs the samples on a `Rewarder` and never times anything itself.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Sequence

ALPHA = 2.0
"""ENAMEL's time-limit factor: a level's efficiency reaches 0 at alpha times the reference's slowest time."""
HARDNESS = (0.0, 3.0, 3.0, 4.0)
"""ENAMEL's weight of each level in a sample's efficiency."""
ENAMEL_REPEATS = 6
"""ENAMEL's repeats per test case; the ENAMEL protocol times each case in this many pairs."""
PROTOCOLS = ("paired", "enamel")


# ---------------------------------------------------------------------------------------------- the formulas

def hodges_lehmann(values: Sequence[float]) -> float:
    """The Hodges-Lehmann location estimate: the median of all Walsh averages (x_i + x_j) / 2, i <= j.

    ENAMEL's estimate of a case's time from its repeats: robust to a slow outlier like the median, less noisy.
    """
    if not values:
        raise ValueError("hodges_lehmann needs at least one value")
    walsh = [(values[i] + values[j]) / 2 for i in range(len(values)) for j in range(i, len(values))]
    return statistics.median(walsh)


def level_efficiency(ratio: float | None, heaviest: float, alpha: float = ALPHA) -> float:
    """e_l = max(0, T - t_l) / (T - r_l) with T = alpha * R, written in ratios to the level's reference time r_l:

    with rho = t_l / r_l (candidate over reference on this level) and q = R / r_l (the heaviest scored level's
    reference time over this level's, >= 1), e_l = max(0, alpha q - rho) / (alpha q - 1). None (not timed, over
    the limit) is 0. e_l is 1 at the reference's speed and above 1 for code faster than the reference.
    """
    if ratio is None:
        return 0.0
    limit = alpha * heaviest
    return max(0.0, limit - ratio) / (limit - 1.0)


def sample_efficiency(levels: Sequence[float], hardness: Sequence[float] = HARDNESS) -> float:
    """A sample's efficiency: the hardness-weighted mean of its level efficiencies."""
    return sum(w * e for w, e in zip(hardness, levels)) / sum(hardness)


def eff_at_k(efficiencies: Sequence[float], k: int) -> float:
    """Unbiased eff@k from n samples' efficiencies: E[max of k drawn without replacement].

    With e_(1) <= ... <= e_(n) sorted ascending, the i-th smallest is the best of a k-subset in C(i-1, k-1) of
    the C(n, k) subsets, so eff@k = sum_i C(i-1, k-1) / C(n, k) * e_(i) (ENAMEL's estimator; pass@k is the
    special case of 0/1 values).
    """
    n = len(efficiencies)
    if not 1 <= k <= n:
        raise ValueError(f"eff_at_k needs 1 <= k <= n (n samples per problem), got n={n}, k={k}")
    ordered = sorted(efficiencies)
    total = math.comb(n, k)
    return sum(math.comb(i - 1, k - 1) / total * e for i, e in enumerate(ordered, start=1) if i >= k)


# ---------------------------------------------------------------------------------------------- measuring

@dataclass
class SampleResult:
    """One sample under ENAMEL's rules."""

    passed: bool
    """ENAMEL's correctness: every case it ran was accepted, and level 0 ran within the limits."""
    levels: list[float]
    """e_l per level (0 at level 0, which is not timed)."""
    ratios: list[float | None]
    """t_l / r_l per level as measured (None: not timed)."""
    stopped: str = ""
    """Why the sample stopped early ('level 2: timeout', 'level 0: failed'), or empty."""

    @property
    def efficiency(self) -> float:
        return sample_efficiency(self.levels, HARDNESS)


@dataclass
class EffReport:
    """eff@k and pass@k under ENAMEL's rules, per problem and overall."""

    samples: dict[str, list[SampleResult]]
    heaviest: dict[str, list[float]]
    """Per problem, q_l = R / r_l per level (from the reference timed against itself)."""
    protocol: str
    metrics: dict[str, float] = field(default_factory=dict)
    contributions: list[float] = field(default_factory=list)
    """Each level's share of eff@1: mean over problems and samples of w_l e_l / sum(w); they sum to eff@1."""

    def per_problem(self, metric: str) -> dict[str, float]:
        """Each problem's value of `metric` ('eff@1', 'pass@1', ... any k its samples allow)."""
        return per_problem(self.samples, metric)

    def to_dict(self) -> dict:
        return {"protocol": self.protocol, "alpha": ALPHA, "hardness": list(HARDNESS), **self.metrics,
                "level_contributions_to_eff@1": self.contributions,
                "per_problem": {pid: [{"passed": s.passed, "levels": s.levels, "ratios": s.ratios,
                                       "stopped": s.stopped, "efficiency": s.efficiency} for s in samples]
                                for pid, samples in self.samples.items()}}


def per_problem(samples: dict[str, list[SampleResult]], metric: str) -> dict[str, float]:
    """Each problem's eff@k or pass@k (`metric` as 'eff@1', 'pass@10', ...) under ENAMEL's rules."""
    from evaluation.metrics import pass_at_k

    name, k = metric.split("@")
    if name not in ("eff", "pass"):
        raise ValueError(f"unknown metric {metric!r}; use eff@k or pass@k")
    k = int(k)
    if name == "eff":
        return {pid: eff_at_k([s.efficiency for s in results], k) for pid, results in samples.items()}
    return {pid: pass_at_k(len(results), sum(s.passed for s in results), k) for pid, results in samples.items()}


def summarize(samples: dict[str, list[SampleResult]], ks: Sequence[int] = (1, 10, 100)) -> tuple[dict, list]:
    """eff@k and pass@k (for every k no larger than the fewest samples of a problem) and eff@1 by level."""
    n_min = min(len(results) for results in samples.values())
    metrics = {}
    for k in [k for k in ks if k <= n_min]:
        for name in ("eff", "pass"):
            metrics[f"{name}@{k}"] = statistics.fmean(per_problem(samples, f"{name}@{k}").values())
    contributions = [statistics.fmean(statistics.fmean(w * s.levels[level] / sum(HARDNESS) for s in results)
                                      for results in samples.values())
                     for level, w in enumerate(HARDNESS)]
    return metrics, contributions


def measure(tasks, codes: dict[str, list[str]], rewarder, protocol: str = "paired",
            alpha: float = ALPHA) -> EffReport:
    """Score every sample of every ENAMEL task level by level on `rewarder`, with ENAMEL's rules.

    protocol "paired": each level is one problem (`EnamelTask.at_level`), timed as the rewarder times any
    problem (all the level's cases in one batch, median of paired ratios); the rewarder's own `TimingConfig`.
    protocol "enamel": each case is timed on its own (`at_case`) and a level's time is its slowest case's,
    each case's time the Hodges-Lehmann estimate over its pairs (give the rewarder `enamel_timing()` and one
    worker to follow ENAMEL fully). Level l runs only for samples still correct and within the limit.
    """
    if protocol not in PROTOCOLS:
        raise ValueError(f"unknown eff@k protocol {protocol!r}; use one of {PROTOCOLS}")
    by_id = {task.problem.id: task for task in tasks}
    missing = sorted(set(codes) - set(by_id))
    if missing:
        raise ValueError(f"samples for problems that are not ENAMEL tasks here: {missing[:5]}")
    samples = [(pid, code) for pid, sample_codes in codes.items() for code in sample_codes]
    results = [SampleResult(True, [0.0] * len(HARDNESS), [None] * len(HARDNESS)) for _ in samples]
    alive = list(range(len(samples)))
    timed_before = rewarder.time_candidates
    try:
        rewarder.time_candidates = True
        heaviest = reference_profiles([by_id[pid] for pid in codes], rewarder, protocol)
        for level, weight in enumerate(HARDNESS):
            rewarder.time_candidates = weight > 0  # level 0 only decides correctness: no timing
            units = [(index, unit) for index in alive
                     for unit in level_units(by_id[samples[index][0]], level, protocol)]
            verdicts = rewarder.score_batch([(problem, samples[index][1]) for index, problem in units],
                                            progress=True)
            per_sample: dict[int, list] = {}
            for (index, _), verdict in zip(units, verdicts):
                per_sample.setdefault(index, []).append(verdict)
            still = []
            for index in alive:
                result, pid = results[index], samples[index][0]
                failures = [v for v in per_sample[index] if v.status != "passed"]
                if failures:
                    status = failures[0].status
                    result.stopped = f"level {level}: {status}"
                    if level == 0 or not over_a_limit(failures[0]):
                        result.passed, result.levels = False, [0.0] * len(HARDNESS)  # wrong: 0 everywhere
                    continue  # over the limit: this level and the later ones stay 0
                if weight > 0:
                    ratio = level_ratio(per_sample[index], protocol)
                    result.ratios[level] = ratio
                    result.levels[level] = level_efficiency(ratio, heaviest[pid][level], alpha)
                    if result.levels[level] == 0.0:  # past T: ENAMEL's run would have hit its time limit here
                        result.stopped = f"level {level}: over the time limit ({ratio:.3g}x the reference)"
                        continue
                still.append(index)
            alive = still
    finally:
        rewarder.time_candidates = timed_before
    grouped: dict[str, list[SampleResult]] = {}
    for (pid, _), result in zip(samples, results):
        grouped.setdefault(pid, []).append(result)
    metrics, contributions = summarize(grouped)
    return EffReport(grouped, heaviest, protocol, metrics, contributions)


def over_a_limit(verdict) -> bool:
    """Whether a failure is one ENAMEL counts as exceeding a limit rather than as wrong: a timeout, memory, or
    an OverflowError (a number too large: ENAMEL's evaluator catches it with those two)."""
    return verdict.status in ("timeout", "memory_exceeded") or ": OverflowError" in verdict.message


def level_units(task, level: int, protocol: str) -> list:
    """What one level is scored as: one problem of all its cases, or one problem per case."""
    if protocol == "paired":
        return [task.at_level(level)]
    return [task.at_case(level, case) for case in range(len(task.cases[level]))]


def level_ratio(verdicts: list, protocol: str) -> float | None:
    """t_l / r_l of a sample at a level, from the paired verdicts of its units."""
    if protocol == "paired":
        return verdicts[0].ratio
    if any(not v.runtimes or not v.reference_runtimes for v in verdicts):
        return None
    slowest = max(hodges_lehmann(v.runtimes) for v in verdicts)
    slowest_reference = max(hodges_lehmann(v.reference_runtimes) for v in verdicts)
    return slowest / slowest_reference


def reference_profiles(tasks: list, rewarder, protocol: str) -> dict[str, list[float]]:
    """Per task, q_l = R / r_l per level: the heaviest scored level's reference time over each level's (1.0 where
    unscored). Each unit's r is the reference timed against itself in paired batches, all units in parallel."""
    units = [(task, level, unit) for task in tasks for level, weight in enumerate(HARDNESS) if weight > 0
             for unit in level_units(task, level, protocol)]
    verdicts = rewarder.score_batch([(unit, unit.reference) for _, _, unit in units], progress=True)
    times: dict[str, list] = {task.problem.id: [0.0] * len(HARDNESS) for task in tasks}
    for (task, level, unit), verdict in zip(units, verdicts):
        if not verdict.passed or verdict.reference_runtime is None:
            raise RuntimeError(f"{unit.id}: the reference fails its own tests ({verdict.status}: {verdict.message}); "
                               "eff@k needs its times (is the machine so loaded that it timed out?)")
        row = times[task.problem.id]
        row[level] = max(row[level], verdict.reference_runtime)  # a level's time is its slowest case's
    profiles = {}
    for pid, row in times.items():
        heaviest = max(row)
        profiles[pid] = [heaviest / t if t else 1.0 for t in row]
    return profiles


def enamel_timing():
    """The rewarder's timing settings for ENAMEL's protocol: exactly `ENAMEL_REPEATS` pairs per case."""
    from reward import TimingConfig

    return TimingConfig(repeats=ENAMEL_REPEATS, min_repeats=ENAMEL_REPEATS, max_repeats=ENAMEL_REPEATS)


def compare(reports: dict[str, EffReport], baseline: str, metrics: Sequence[str] = ("eff@1", "pass@1")) -> dict:
    """Per model, a 95% bootstrap interval over problems for each of `metrics`, and for every model but
    `baseline` the paired difference from it (evaluation/intervals.py): {model: {"intervals": {metric: [lo, hi]},
    "vs_baseline": {metric: {"difference", "interval", "problems"}}}}. Differences use the problems both have."""
    from evaluation.intervals import paired_difference, percentile_interval

    values = {name: {metric: report.per_problem(metric) for metric in metrics} for name, report in reports.items()}
    out: dict[str, dict] = {}
    for name, per_metric in values.items():
        out[name] = {"intervals": {metric: list(percentile_interval(list(v.values())))
                                   for metric, v in per_metric.items()}}
        if name == baseline or baseline not in values:
            continue
        out[name]["vs_baseline"] = {}
        for metric, ours in per_metric.items():
            theirs = values[baseline][metric]
            shared = [pid for pid in ours if pid in theirs]
            out[name]["vs_baseline"][metric] = paired_difference([ours[p] for p in shared], [theirs[p] for p in shared])
    return out


def format_report(name: str, report: EffReport) -> str:
    """A few lines for the console: eff@k, pass@k under ENAMEL's rules and eff@1 by level."""
    metrics = ", ".join(f"{key} {value:.3f}" for key, value in report.metrics.items())
    levels = ", ".join(f"level {level} {share:.3f}" for level, share in enumerate(report.contributions))
    return (f"{name} (ENAMEL rules, {report.protocol} timing, alpha {ALPHA:g}): {metrics}\n"
            f"  eff@1 by level: {levels}")
