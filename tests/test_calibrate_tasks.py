"""bench/calibrate_tasks.py: a run on the tiny model writes a results file that updates and reads back; bad names fail."""

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import calibrate_tasks  # noqa: E402
from reward import Verdict  # noqa: E402
from tasks import load_problems  # noqa: E402


def test_a_run_writes_results_that_update_and_read_back(tmp_path, capsys):
    out = tmp_path / "calibration.json"
    first, second = "range-sums/sum-to-n", "range-sums/sum-of-squares"
    common = ["--dataset", "builtin:train", "--model", "tiny", "--samples", "2", "--workers", "1", "--out", str(out)]
    assert calibrate_tasks.main([*common, "--id", first]) == 0
    assert calibrate_tasks.main([*common, "--id", second]) == 0
    data = json.loads(out.read_text())
    tasks = data["splits"]["builtin:train"]
    assert list(tasks) == [first, second]  # the second run added to the first, in dataset order
    assert all(result["samples"] == 2 and result["correct"] <= 2 for result in tasks.values())
    assert (data["model"], data["samples"], data["temperature"]) == ("tiny", 2, 0.5)
    assert len(data["runs"]) == 2
    capsys.readouterr()
    assert calibrate_tasks.main(["--report", str(out)]) == 0
    assert "| range-sums | 2 |" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="other settings"):
        calibrate_tasks.main([*common[:-2], "--samples", "3", "--out", str(out), "--id", first])


def test_unknown_family_or_id_is_an_error_that_lists_the_families():
    problems = load_problems("builtin:train")
    with pytest.raises(SystemExit, match=r"\['no-such-family'\].*range-sums"):
        calibrate_tasks.select(problems, ("no-such-family",), ())
    with pytest.raises(SystemExit, match="range-sums/nope"):
        calibrate_tasks.select(problems, (), ("range-sums/nope",))
    prime = next(p.id for p in problems if p.id.startswith("primes/"))
    assert [p.id for p in calibrate_tasks.select(problems, ("primes",), (prime,))] == [prime]


def test_summary_counts_mixed_tasks_and_slow_correct_samples():
    problem = load_problems("builtin:train")[0]
    fast, slow, wrong = Verdict("passed", ratio=1.1), Verdict("passed", ratio=2.0), Verdict("failed")
    results = {
        "a/mixed": calibrate_tasks.task_result(problem, [fast, slow, wrong, wrong]),
        "a/all-correct": calibrate_tasks.task_result(problem, [slow, slow, fast, fast]),
        "b/none": calibrate_tasks.task_result(problem, [wrong] * 4),
    }
    summary = calibrate_tasks.summarise(results)
    assert (summary["tasks"], summary["mixed_tasks"], summary["correct"], summary["slow_correct"]) == (3, 1, 6, 3)
    assert summary["slow_share"] == 0.5 and summary["pass_rate"] == 0.5
    # 1.1 is above ECC's 1.05 line: every correct sample is slower than it, and only the mixed task carries signal
    assert (summary["above_ecc"], summary["signal_tasks"]) == (6, 1)
    assert calibrate_tasks.by_family(results)["b"]["correct"] == 0


def result(correct, failed=0, syntax_error=0, samples=8, ratios=None):
    """A calibration result; the correct samples run at the reference's speed unless `ratios` says otherwise."""
    statuses = {"passed": correct, "failed": failed, "syntax_error": syntax_error}
    statuses["runtime_error"] = samples - sum(statuses.values())
    ratios = ratios or [1.0] * correct
    slow = sum(ratio is not None and ratio >= calibrate_tasks.SLOW_RATIO for ratio in ratios)
    return {"correct": correct, "samples": samples, "statuses": statuses, "ratios": ratios, "slow_correct": slow}


def test_training_selection_ranks_signal_then_room_to_speed_up_then_closeness_and_keeps_two_of_every_family():
    results = {
        "a/all-fast": result(8), "a/runs": result(0, failed=6), "a/breaks": result(0, syntax_error=8),
        "a/all-slow": result(8, ratios=[30.0] * 8), "a/mixed": result(3, failed=5),
        "a/fast-and-slow": result(8, ratios=[1.0] * 4 + [30.0] * 4),
        "b/far": result(0, syntax_error=8), "b/farther": result(0, syntax_error=8), "b/farthest": result(0, syntax_error=8),
    }
    order = list(results)
    # the two that carry signal, then the two first of family b (ties in source order)
    assert calibrate_tasks.select_training(order, results, keep=2) == {"a/fast-and-slow", "a/mixed", "b/far", "b/farther"}
    # no signal: a correct sample slower than ECC's line (room to get faster) ranks before all-fast and never-correct
    assert "a/all-slow" in calibrate_tasks.select_training(order, results, keep=3)
    assert calibrate_tasks.select_training(order, results, keep=4) >= {"a/all-fast"}
    # a task not calibrated yet ranks last, with a warning
    assert "a/new" not in calibrate_tasks.select_training(order + ["a/new"], results, keep=8)
    with pytest.raises(SystemExit, match="no training task is calibrated"):
        calibrate_tasks.select_training(["c/new"], {}, keep=2)


def test_solvable_tasks_are_those_whose_correct_samples_differ_in_speed():
    results = {"a/some": result(3), "a/none": result(0, failed=8), "a/all": result(8), "a/one": result(1),
               "a/slow": result(8, ratios=[30.0] * 8), "a/both": result(8, ratios=[1.0, 30.0] * 4),
               "a/wrong-or-slow": result(2, failed=6, ratios=[1.0, 1.2])}
    assert calibrate_tasks.solvable(list(results), results) == ["a/both", "a/wrong-or-slow"]


def test_demo_tasks_have_the_most_samples_on_both_sides_of_the_efficiency_term():
    results = {"a/one-each": result(2, failed=6, ratios=[1.0, 30.0]),
               "a/balanced": result(8, ratios=[1.0, 30.0] * 4),   # 4 efficient, 4 slow
               "a/mostly-slow": result(8, ratios=[1.0] + [30.0] * 7),
               "a/barely-slow": result(8, ratios=[1.0, 1.5] * 4),  # slower than ECC's line, not 2x
               "a/two-each": result(4, failed=4, ratios=[1.0, 1.0, 30.0, 30.0])}
    ids = list(results)
    assert calibrate_tasks.demo(ids, results, size=2) == ["a/balanced", "a/two-each"]  # in the given order
    assert calibrate_tasks.demo(ids, results, size=3) == ["a/balanced", "a/mostly-slow", "a/two-each"]
