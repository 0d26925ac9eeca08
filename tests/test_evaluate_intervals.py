"""Bootstrap intervals over problems: exact on small cases, the stated coverage on simulated benchmarks."""

import numpy as np
import pytest

from evaluation import intervals, metrics
from reward import Verdict


def results_from(samples: dict[str, list[tuple[str, float]]]) -> list[metrics.ProblemResult]:
    """Problems from (status, reward) samples; a passing sample is efficient when its reward is 1."""
    verdicts = {
        pid: [Verdict(status=status, ratio=1.0 if reward == 1.0 else 3.0, reward=reward, runtime=1.0,
                      reference_runtime=1.0) for status, reward in rows]
        for pid, rows in samples.items()
    }
    return metrics.problem_results(verdicts, {pid: 1.0 for pid in samples})


def test_interval_of_identical_values_is_that_value():
    assert intervals.percentile_interval(np.full(7, 0.25)) == (0.25, 0.25)


def test_interval_of_two_problems_matches_the_exact_bootstrap_distribution():
    # Resampling [0, 1] gives a mean of 0, 0.5 or 1 with probability 1/4, 1/2, 1/4: the 2.5% and 97.5%
    # quantiles are 0 and 1.
    assert intervals.percentile_interval(np.array([0.0, 1.0])) == (0.0, 1.0)


def test_interval_holds_the_mean_and_narrows_with_more_problems():
    rng = np.random.default_rng(1)
    small, large = rng.random(20), rng.random(2000)
    for values in (small, large):
        low, high = intervals.percentile_interval(values)
        assert low < values.mean() < high
    assert np.diff(intervals.percentile_interval(large)) < np.diff(intervals.percentile_interval(small)) / 5


def test_interval_covers_the_true_pass_rate_about_95_percent_of_the_time():
    rng = np.random.default_rng(2)
    true_rate, covered = 0.3, 0
    for _ in range(200):
        values = (rng.random(60) < true_rate).astype(float)  # one benchmark of 60 problems, 1 sample each
        low, high = intervals.percentile_interval(values, resamples=2000, seed=int(rng.integers(1 << 30)))
        covered += low <= true_rate <= high
    assert 0.88 <= covered / 200 <= 0.99


def test_paired_difference_cancels_what_both_models_share():
    original = results_from({f"p{i}": [("passed", 1.0)] * i + [("failed", -0.3)] * (4 - i) for i in range(5)})
    # the same model plus one more efficient-correct sample on every problem it did not fully solve
    better = results_from({f"p{i}": [("passed", 1.0)] * min(i + 1, 4) + [("failed", -0.3)] * (3 - i)
                           for i in range(5)})
    same = metrics.paired_differences(original, original)
    assert same["pass@1"] == {"difference": 0.0, "interval": [0.0, 0.0], "problems": 5}
    diff = metrics.paired_differences(better, original)
    assert diff["pass@1"]["difference"] == pytest.approx(4 * 0.25 / 5)
    low, high = diff["pass@1"]["interval"]
    assert 0 <= low <= 0.2 <= high <= 0.25  # every per-problem difference is 0 or 0.25
    assert diff["ecc"]["difference"] == pytest.approx(0.2)
    assert diff["reward"]["difference"] == pytest.approx(4 * 0.25 * 1.3 / 5)


def test_summary_carries_intervals_and_the_paired_difference():
    original = results_from({"a": [("failed", -0.3)] * 4, "b": [("passed", 1.0)] * 2 + [("failed", -0.3)] * 2})
    trained = results_from({"a": [("passed", 0.6)] * 4, "b": [("passed", 1.0)] * 4})
    summary = metrics.summarize(trained, original)
    assert summary["intervals"]["pass@1"] == [1.0, 1.0]
    assert summary["vs_baseline"]["pass@1"]["difference"] == pytest.approx(0.75)
    assert summary["vs_baseline"]["ecc"]["difference"] == pytest.approx(0.25)
    assert metrics.summarize(original)["vs_baseline"] is None
