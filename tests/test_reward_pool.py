"""The Rewarder: input order, worker replacement, cached reference runtimes, and rewards that rank efficiency."""

import json

import psutil
import pytest

from reward import Limits, Rewarder, TimingConfig, load_problems
from reward.cache import RuntimeCache, default_cache_dir, reference_key
from tests.conftest import make_problem

FAST_TIMING = TimingConfig(repeats=5, min_duration=0.005)
LIMITS = Limits(timeout=5.0, memory_mb=512)

# A real workload: sum of a range of n numbers for a few n; the reference is O(1), the slow one O(n).
SUM_PROBLEM = make_problem(
    tests="def check(candidate):\n    assert candidate(4) == 6\n    assert candidate(1) == 0\n",
    reference="def f(n):\n    return n * (n - 1) // 2\n",
    workload="def workload(candidate):\n    for n in range(30000, 30005):\n        candidate(n)\n")


@pytest.fixture(scope="module")
def rewarder(tmp_path_factory):
    with Rewarder(workers=2, limits=LIMITS, timing=FAST_TIMING, cache_dir=tmp_path_factory.mktemp("cache")) as r:
        yield r


def test_results_come_back_in_input_order(rewarder):
    codes = ["def f(x):\n    return x\n", "def f(x)\n", "def f(x):\n    return 0\n", "def f(x):\n    raise ValueError\n"]
    problem = make_problem()
    verdicts = rewarder.score_batch([(problem, code) for code in codes * 3])
    assert [v.status for v in verdicts] == ["passed", "syntax_error", "failed", "runtime_error"] * 3
    assert [v.reward for v in verdicts[1:4]] == [-1.0, -0.3, -0.6]


def test_a_slow_sample_does_not_hold_up_the_others_beyond_its_limit(rewarder):
    problem = make_problem()
    verdicts = rewarder.score_batch([(problem, "def f(x):\n    while True:\n        pass\n")]
                                    + [(problem, "def f(x):\n    return x\n")] * 4)
    assert [v.status for v in verdicts] == ["timeout"] + ["passed"] * 4


def test_a_dying_worker_is_replaced(rewarder):
    problem = make_problem()
    rewarder.score_batch([(problem, "def f(x):\n    return x\n")] * 2)  # make sure both workers exist
    for executor in rewarder._executors:
        psutil.Process(executor._process.pid).kill()
    verdicts = rewarder.score_batch([(problem, "def f(x):\n    return x\n")] * 4)
    assert [v.status for v in verdicts] == ["passed"] * 4
    assert all(executor._process.poll() is None for executor in rewarder._executors)


def test_an_o_n_solution_earns_clearly_less_than_the_o_1_reference(rewarder):
    fast, slow = rewarder.score_batch([
        (SUM_PROBLEM, SUM_PROBLEM.reference),
        (SUM_PROBLEM, "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"),
    ])
    assert fast.status == slow.status == "passed"
    assert fast.reward >= 0.9
    assert slow.reward < 0.6 and slow.ratio > 10 and slow.runtime > 10 * slow.reference_runtime


def test_quadratic_solution_of_a_builtin_task_earns_less_than_its_linear_reference(rewarder):
    problems = [p for p in load_problems("builtin") if p.workload and p.slow_solutions]
    if not problems:
        pytest.skip("tasks/builtin has no task with a workload and a slow solution yet")
    problem = problems[0]
    reference, slow = rewarder.score_batch([(problem, problem.reference), (problem, problem.slow_solutions[0])])
    assert reference.status == slow.status == "passed", (reference.message, slow.message)
    assert reference.reward >= 0.9
    assert slow.reward < reference.reward - 0.15, (problem.id, slow.runtime, reference.runtime)


def test_reference_runtime_is_cached_on_disk(tmp_path):
    with Rewarder(workers=1, limits=LIMITS, timing=FAST_TIMING, cache_dir=tmp_path) as rewarder:
        first = rewarder.reference_runtime(SUM_PROBLEM)
    files = list(tmp_path.glob("*.json"))
    assert first > 0 and len(files) == 1
    entry = json.loads(files[0].read_text())
    assert entry["runtime"] == first and FAST_TIMING.repeats <= len(entry["runtimes"]) <= FAST_TIMING.max_repeats
    files[0].write_text(json.dumps({**entry, "runtime": 123.0}))  # a second rewarder must read, not re-time
    with Rewarder(workers=1, limits=LIMITS, timing=FAST_TIMING, cache_dir=tmp_path) as rewarder:
        assert rewarder.reference_runtime(SUM_PROBLEM) == 123.0


def test_cache_key_changes_with_code_workload_and_timing():
    base = reference_key(SUM_PROBLEM, FAST_TIMING.to_dict(), LIMITS.to_dict())
    other_code = make_problem(tests=SUM_PROBLEM.tests, workload=SUM_PROBLEM.workload, reference="def f(n):\n    return 0\n")
    other_workload = make_problem(tests=SUM_PROBLEM.tests, reference=SUM_PROBLEM.reference, workload=None)
    assert base != reference_key(other_code, FAST_TIMING.to_dict(), LIMITS.to_dict())
    assert base != reference_key(other_workload, FAST_TIMING.to_dict(), LIMITS.to_dict())
    assert base != reference_key(SUM_PROBLEM, TimingConfig(repeats=7).to_dict(), LIMITS.to_dict())


def test_cache_folder_defaults_under_acecode_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path))
    assert default_cache_dir() == tmp_path / "reference-runtimes"
    assert RuntimeCache().folder.is_dir()
    monkeypatch.delenv("ACECODE_CACHE")
    assert str(default_cache_dir()).endswith(".cache/acecode/reference-runtimes")


def test_a_failing_reference_has_no_runtime_and_says_why(rewarder):
    broken = make_problem(reference="def f(x):\n    return None\n")
    assert rewarder.reference_runtime(broken) is None
    assert rewarder.reference_failure(broken).startswith("failed")


def test_untimed_rewarder_gives_correct_programs_the_base_reward(tmp_path):
    with Rewarder(workers=1, limits=LIMITS, cache_dir=tmp_path, time_candidates=False) as rewarder:
        verdict = rewarder.score(SUM_PROBLEM, SUM_PROBLEM.reference)
    assert verdict.passed and verdict.runtime is None and verdict.reward == 0.5
    assert list(tmp_path.iterdir()) == []


def test_a_closed_rewarder_says_so(tmp_path):
    rewarder = Rewarder(workers=1, cache_dir=tmp_path)
    rewarder.close()
    with pytest.raises(RuntimeError, match="closed"):
        rewarder.score(SUM_PROBLEM, SUM_PROBLEM.reference)
