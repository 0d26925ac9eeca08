"""Each evaluation metric against values computed by hand on a small fixed set of real Verdict objects."""

import math
from fractions import Fraction

import pytest

from evaluation import metrics
from reward import Verdict


def verdict(status, runtime=None, memory=None):
    return Verdict(
        status=status, tests_passed=1 if status == "passed" else 0, tests_total=1, message="",
        runtimes=[runtime] * 5 if runtime is not None else [], runtime=runtime, peak_memory_mb=memory,
        reward=0.0, reference_runtime=None,
    )


# Reference runtimes (s) and peak memory (MB) of three problems.
REFERENCE_RUNTIME = {"a": 1.0, "b": 2.0, "c": 0.5}
REFERENCE_MEMORY = {"a": 10.0, "b": 20.0, "c": 10.0}

# A model with three samples per problem.
#   a: correct twice (0.5 s efficient, 1.2 s slow), wrong once  -> median correct runtime 0.85 s, memory 13 MB
#   b: correct once at 2.08 s (within 5% of 2.0 s: efficient), a syntax error, a timeout
#   c: never correct: runtime error, memory exceeded (counted as timeout), wrong answer
MODEL = {
    "a": [verdict("passed", 0.5, 12.0), verdict("passed", 1.2, 14.0), verdict("failed")],
    "b": [verdict("passed", 2.08, 20.0), verdict("syntax_error"), verdict("timeout")],
    "c": [verdict("runtime_error"), verdict("memory_exceeded"), verdict("failed")],
}
# A baseline that solves every problem once: faster than the model on b, slower on a.
BASELINE = {
    "a": [verdict("passed", 1.0, 10.0)],
    "b": [verdict("passed", 2.0, 20.0)],
    "c": [verdict("passed", 0.5, 10.0)],
}


@pytest.fixture
def results():
    return metrics.problem_results(MODEL, REFERENCE_RUNTIME, REFERENCE_MEMORY)


def test_pass_at_k_matches_the_binomial_definition():
    for n in range(1, 12):
        for c in range(n + 1):
            for k in range(1, n + 1):
                exact = 1 - Fraction(math.comb(n - c, k), math.comb(n, k))
                assert metrics.pass_at_k(n, c, k) == pytest.approx(float(exact), abs=1e-12)


def test_pass_at_k_is_stable_for_large_n():
    # C(1000, 500) overflows a float; the product form does not.
    exact = 1 - Fraction(math.comb(990, 500), math.comb(1000, 500))
    assert metrics.pass_at_k(1000, 10, 500) == pytest.approx(float(exact), rel=1e-9)
    assert metrics.pass_at_k(1000, 0, 500) == 0.0
    assert metrics.pass_at_k(5, 1, 1) == pytest.approx(0.2)


def test_pass_at_k_rejects_impossible_counts():
    with pytest.raises(ValueError, match="c <= n"):
        metrics.pass_at_k(3, 4, 1)
    with pytest.raises(ValueError, match="k <= n"):
        metrics.pass_at_k(3, 1, 4)


def test_per_problem_medians_use_correct_samples_only(results):
    a, b, c = results
    assert (a.n, a.num_correct, a.num_efficient) == (3, 2, 1)
    assert a.runtime == pytest.approx(0.85)
    assert a.peak_memory_mb == pytest.approx(13.0)
    assert b.runtime == pytest.approx(2.08)
    assert c.runtime is None and c.peak_memory_mb is None and not c.solved


def test_pass_at_1_and_pass_at_2(results):
    assert metrics.mean_pass_at_k(results, 1) == pytest.approx((2 / 3 + 1 / 3 + 0) / 3)
    # a: 1 - C(1,2)/C(3,2) = 1; b: 1 - C(2,2)/C(3,2) = 2/3; c: 0
    assert metrics.mean_pass_at_k(results, 2) == pytest.approx((1 + 2 / 3 + 0) / 3)
    assert metrics.mean_pass_at_k(results, 4) is None  # only 3 samples per problem


def test_ecc_counts_correct_and_within_tolerance(results):
    assert metrics.efficient_correct_rate(results) == pytest.approx((1 / 3 + 1 / 3 + 0) / 3)
    strict = metrics.problem_results(MODEL, REFERENCE_RUNTIME, REFERENCE_MEMORY, tolerance=1.0)
    assert metrics.efficient_correct_rate(strict) == pytest.approx((1 / 3 + 0 + 0) / 3)


def test_tolerance_boundary():
    assert metrics.outcome(verdict("passed", 1.05), 1.0) == "efficient_correct"
    assert metrics.outcome(verdict("passed", 1.06), 1.0) == "slow_correct"
    assert metrics.outcome(verdict("passed", 0.2), None) == "slow_correct"  # no reference time: cannot claim efficient


def test_get_net_nmu(results):
    assert metrics.get_ratio(results) == pytest.approx((0.85 / 1.0 + 2.08 / 2.0) / 2)
    assert metrics.net_ratio(results) == pytest.approx((0.85 + 2.08) / (1.0 + 2.0))
    assert metrics.nmu_ratio(results) == pytest.approx((13.0 + 20.0) / (10.0 + 20.0))


def test_faster_than_baseline_over_problems_both_solve(results):
    baseline = metrics.problem_results(BASELINE, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    share, common = metrics.faster_than_baseline(results, baseline)
    assert (share, common) == (0.5, 2)  # a: 0.85 < 1.0 / 1.05 faster; b: 2.08 > 2.0 slower; c: the model fails
    assert metrics.faster_than_baseline(results[2:], baseline) == (None, 0)


def test_faster_than_baseline_ignores_differences_within_the_tolerance():
    """1.98 s against 2.0 s is the noise between two runs of one program, not a faster program."""
    close = metrics.problem_results({"b": [verdict("passed", 1.98, 20.0)]}, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    clearly = metrics.problem_results({"b": [verdict("passed", 1.8, 20.0)]}, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    baseline = metrics.problem_results(BASELINE, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    assert metrics.faster_than_baseline(close, baseline) == (0.0, 1)
    assert metrics.faster_than_baseline(clearly, baseline) == (1.0, 1)


def test_status_mix(results):
    mix = metrics.status_mix(results)
    assert list(mix) == list(metrics.OUTCOMES)
    expected = {"syntax_error": 1, "runtime_error": 1, "timeout": 2, "wrong_answer": 2,
                "slow_correct": 1, "efficient_correct": 2}
    assert mix == pytest.approx({k: v / 9 for k, v in expected.items()})


def test_summarize_reports_ntmu_as_absent(results):
    baseline = metrics.problem_results(BASELINE, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    summary = metrics.summarize(results, baseline)
    assert summary["pass@1"] == pytest.approx(1 / 3)
    assert summary["faster_than_baseline"] == 0.5
    assert summary["ntmu"] is None and "not measured" in summary["ntmu_note"]
    assert (summary["problems"], summary["samples"]) == (3, 9)


def test_metrics_without_any_correct_solution_are_none():
    nothing = metrics.problem_results({"c": MODEL["c"]}, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    assert metrics.mean_pass_at_k(nothing, 1) == 0.0
    assert metrics.efficient_correct_rate(nothing) == 0.0
    assert metrics.get_ratio(nothing) is None
    assert metrics.net_ratio(nothing) is None
    assert metrics.nmu_ratio(nothing) is None


def test_unknown_status_is_rejected():
    with pytest.raises(ValueError, match="'exploded'"):
        metrics.outcome(verdict("exploded"), 1.0)


def test_mean_reward_averages_each_problem_then_the_problems():
    def rewarded(status, reward):
        return Verdict(status=status, tests_passed=0, tests_total=1, message="", runtimes=[], runtime=None,
                       peak_memory_mb=None, reward=reward, reference_runtime=None)

    results = metrics.problem_results(
        {"a": [rewarded("passed", 0.9), rewarded("failed", -0.3)], "b": [rewarded("syntax_error", -1.0)]},
        REFERENCE_RUNTIME,
    )
    assert metrics.mean_reward(results) == pytest.approx(((0.9 - 0.3) / 2 - 1.0) / 2)
    assert metrics.summarize(results)["reward"] == pytest.approx(((0.9 - 0.3) / 2 - 1.0) / 2)


def test_ecc_among_solved_problems_and_the_efficient_share_of_correct_samples(results):
    # a: 2 correct, 1 of them efficient; b: 1 correct, efficient; c: unsolved, left out
    assert metrics.ecc_among_solved(results) == pytest.approx((1 / 2 + 1 / 1) / 2)
    assert metrics.efficient_share_of_correct(results) == pytest.approx(2 / 3)
    nothing = metrics.problem_results({"c": MODEL["c"]}, REFERENCE_RUNTIME, REFERENCE_MEMORY)
    assert metrics.ecc_among_solved(nothing) is None and metrics.efficient_share_of_correct(nothing) is None


def test_training_metrics_and_evaluation_share_one_definition_of_efficient_correct():
    from ppo.trainer import reward_metrics

    within_noise = Verdict(status="passed", ratio=1.03, runtime=1.03, reference_runtime=1.0)
    slower = Verdict(status="passed", ratio=1.2, runtime=1.2, reference_runtime=1.0)
    assert metrics.outcome(within_noise, 1.0) == "efficient_correct"
    assert metrics.outcome(slower, 1.0) == "slow_correct"
    training = reward_metrics([1.0, 0.9], [within_noise, slower], [False, False], samples_per_prompt=2)
    assert training["reward/efficient_correct_rate"] == 0.5


def test_training_logs_the_correct_samples_mean_runtime_ratio_only_when_there_are_some():
    from ppo.trainer import reward_metrics

    correct = [Verdict(status="passed", ratio=ratio) for ratio in (1.0, 3.0)]
    wrong = Verdict(status="failed")
    metrics = reward_metrics([1.0, 0.67, -0.3], [*correct, wrong], [False] * 3, samples_per_prompt=3)
    assert metrics["reward/correct_runtime_ratio"] == 2.0
    assert "reward/correct_runtime_ratio" not in reward_metrics([-0.3], [wrong], [False], samples_per_prompt=1)


def test_speed_comparison_is_symmetric_around_the_tolerance():
    """The same line decides faster and slower: swapping the two programs swaps the answer."""
    assert metrics.speed_comparison(1.0, 1.2) == "faster"
    assert metrics.speed_comparison(1.2, 1.0) == "slower"
    assert metrics.speed_comparison(1.0, 1.04) == metrics.speed_comparison(1.04, 1.0) == "as fast"
