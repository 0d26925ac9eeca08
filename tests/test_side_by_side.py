"""bench/side_by_side.py: which problems a model solves faster than the baseline, and its code beside theirs."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import side_by_side  # noqa: E402


def sample(ratio, code="def f(): pass", passed=True):
    return {"code": code, "verdict": {"passed": passed, "ratio": ratio if passed else None}}


def problem(pid, *samples):
    return {"id": pid, "samples": list(samples)}


def test_problems_both_solve_are_split_by_the_median_ratio_and_the_largest_speed_up_is_shown():
    results = {"settings": {"dataset": "toy", "baseline": "original"}, "models": {
        "original": {"per_problem": [
            problem("a", sample(40.0, "slow a"), sample(50.0, "slower a"), sample(None, passed=False)),
            problem("b", sample(1.0)), problem("c", sample(2.0)), problem("d", sample(None, passed=False))]},
        "trained": {"per_problem": [
            problem("a", sample(1.0, "fast a"), sample(2.0, "fast a too"), sample(1.2, "median a")),
            problem("b", sample(1.02)), problem("c", sample(4.0)), problem("d", sample(1.0))]},
    }}
    mine = side_by_side.solved(results["models"]["trained"]["per_problem"])
    theirs = side_by_side.solved(results["models"]["original"]["per_problem"])
    assert mine["a"].ratio == 1.2 and mine["a"].code == "median a"  # the sample at the median ratio
    assert theirs["a"].ratio == 45.0 and "d" not in theirs  # no correct sample: not solved
    groups, speedups = side_by_side.compare(mine, theirs)
    assert groups == {"faster": ["a"], "as fast": ["b"], "slower": ["c"]}
    assert speedups[0] == (45.0 / 1.2, "a")
    text = side_by_side.report(results, "trained", "original", examples=2)
    assert "both 3" in text and "| trained faster | 1 | 33% |" in text
    assert "## a: 37.5x faster" in text and "slow a" in text and "median a" in text
    assert "## c" not in text  # slower: not an example of a speed-up
