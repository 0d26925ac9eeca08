"""Timing quality of the paired efficiency reward: same code, ordering, accuracy and cost.

Prints, for the rewarder pool with its default workers:

1. **Same code.** The reward of every HumanEval canonical solution (164) and every LeetCodeDataset test-split
   solution (200, when `../shared/data` is there) scored against itself: min, 1st percentile, median, and the
   share at or above 0.95 (targets: at least 99.5% at or above 0.95, none below 0.9). Each set is swept twice;
   the figures are the second sweep's, whose reference profiles are cached as they are in training.
2. **Ordering.** How often the slower program of a pair is ranked slower: each built-in task's reference
   against its slow solutions, and constant-factor pairs written here (the same loop run 1.5x and 2x as many
   times), each scored `--trials` times (targets: 100% of pairs 2x apart or more, 95% of pairs 1.5x apart).
3. **Accuracy.** The share of scorings of a program doing k times the reference's work whose reward lies
   within 0.05 of 0.5 + 0.5 / k, on a workload of about 1 ms and one of a few microseconds (target: 90%);
   and the same against the ratio `timeit` measures for the pair in this process, since k times the loop's
   iterations is not exactly k times the time (the call and the loops' set-up are shared).
4. **Cost.** Samples per second on the second same-code sweep, and the same figure for the rewarder at
   `--baseline-commit` (the design that timed the candidate alone against a cached reference runtime), run in
   a subprocess from that commit's files in the same run.

`--load N` runs N CPU-burning processes beside it. A benchmark, not a test:
`python bench/timing_bench.py` and `python bench/timing_bench.py --load 2`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reward import Problem, Rewarder, load_problems  # noqa: E402

LEETCODE_TEST = ROOT.parent / "shared" / "data" / "leetcodedataset" / "LeetCodeDataset-v0.2.0-test.jsonl.gz"
BASELINE_COMMIT = "2fe2f46"
"""The last commit before paired timing: candidates timed alone, reference runtimes cached on disk."""

def constant_factor_problem(n: int) -> tuple[Problem, dict[float, str]]:
    """A problem whose reference runs one loop body n times, and candidates that run it k*n times."""
    reference = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
    candidates = {k: reference.replace("    return total\n", f"    extra = 0\n    for i in range(int({k} * n) - n):\n"
                                       "        extra += i\n    return total\n") for k in (1.5, 2.0, 3.0)}
    problem = Problem(
        id=f"constant-factor/n{n}", prompt="", entry_point="f", reference=reference,
        tests="def check(candidate):\n    assert candidate(10) == 45\n    assert candidate(0) == 0\n",
        workload=f"def workload(candidate):\n    candidate({n})\n")
    return problem, candidates


def in_process_ratio(problem: Problem, code: str, n: int, rounds: int = 30) -> float:
    """How many times slower `code` is than the reference in this process, by `timeit` (the median of
    interleaved rounds, on an otherwise quiet machine): what "k times slower" means for the accuracy figures,
    beside the nominal k."""
    functions = []
    for source in (problem.reference, code):
        namespace: dict = {}
        exec(source, namespace)
        functions.append(namespace[problem.entry_point])
    number = max(1, 20000 // n)
    times: list[list[float]] = [[], []]
    for _ in range(rounds):
        for side, function in enumerate(functions):
            times[side].append(timeit.timeit(lambda: function(n), number=number))
    return statistics.median(times[1]) / statistics.median(times[0])


def burn(stop) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10000))


def same_code(rewarder, name: str, problems) -> dict:
    pairs = [(p, p.reference) for p in problems]
    start = time.perf_counter()
    rewarder.score_batch(pairs, progress=True)  # the first sweep also records every reference's profile
    first_seconds = time.perf_counter() - start
    start = time.perf_counter()
    verdicts = rewarder.score_batch(pairs, progress=True)
    seconds = time.perf_counter() - start
    rewards = sorted(v.reward for v in verdicts if v.passed)
    return {"set": name, "problems": len(pairs), "passed": len(rewards), "min": rewards[0],
            "p1": rewards[max(0, int(0.01 * len(rewards)) - 1)] if len(rewards) >= 100 else rewards[0],
            "median": statistics.median(rewards), "at_least_0.95": sum(r >= 0.95 for r in rewards),
            "below_0.9": sum(r < 0.9 for r in rewards), "samples_per_s": len(pairs) / seconds,
            "first_sweep_samples_per_s": len(pairs) / first_seconds,
            "mean_pairs": statistics.mean(len(v.runtimes) for v in verdicts if v.passed),
            "lowest": sorted(((v.reward, p.id) for p, v in zip(problems, verdicts) if v.passed))[:3],
            "not_passed": [(p.id, v.status, v.message[:120]) for p, v in zip(problems, verdicts) if not v.passed]}


BASELINE_SCRIPT = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from reward import Rewarder, load_problems
out = {}
for name in sys.argv[3:]:
    problems = load_problems(name)
    pairs = [(p, p.reference) for p in problems]
    with Rewarder(cache_dir=sys.argv[2]) as rewarder:
        rewarder.score_batch(pairs)  # measures and caches every reference runtime
        start = time.perf_counter()
        rewarder.score_batch(pairs)
        out[name] = len(pairs) / (time.perf_counter() - start)
print(json.dumps(out))
"""


def baseline_throughput(commit: str, names: list[str]) -> dict | None:
    """Samples per second of the rewarder at `commit` (cached reference runtimes), or None without git."""
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "old.tar"
        made = subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), commit, "reward", "bench/builtin"],
                              capture_output=True)
        if made.returncode != 0:
            print(f"no baseline: git archive {commit} failed: {made.stderr.decode().strip()}")
            return None
        with tarfile.open(archive) as tar:
            tar.extractall(Path(folder) / "old", filter="data")
        result = subprocess.run([sys.executable, "-c", BASELINE_SCRIPT, str(Path(folder) / "old"),
                                 str(Path(folder) / "cache"), *names], capture_output=True, text=True)
        if result.returncode != 0:
            print("no baseline:", result.stderr[-500:])
            return None
        return json.loads(result.stdout.strip().splitlines()[-1])


def constant_factor(rewarder, problems: dict, in_process: dict, trials: int) -> dict:
    """Score each k-times-the-work candidate `trials` times: how often it ranks slower, and how close its reward
    comes to 0.5 + 0.5 / k (and to the in-process timeit ratio's reward)."""
    results = {}
    for label, (problem, candidates) in problems.items():
        for k, code in candidates.items():
            scored = rewarder.score_batch([(problem, code)] * trials)
            target = 0.5 + 0.5 / k
            close = sum(v.passed and abs(v.reward - target) <= 0.05 for v in scored)
            measured_k = in_process[label, k]
            close_measured = sum(v.passed and abs(v.reward - (0.5 + 0.5 / measured_k)) <= 0.05 for v in scored)
            slower = sum(v.passed and v.ratio is not None and v.ratio > 1 for v in scored)
            ratios = [round(v.ratio, 2) for v in scored if v.ratio is not None]
            results[f"{label}, {k}x"] = {"within_0.05": [close, len(scored)], "in_process_ratio": round(measured_k, 3),
                                         "within_0.05_of_in_process": [close_measured, len(scored)],
                                         "ranked_slower": [slower, len(scored)], "ratios": ratios}
            print(f"{label}, {k}x the work: ranked slower {slower}/{len(scored)}, reward within 0.05 of "
                  f"{target:.3f} in {close}/{len(scored)}; median ratio {statistics.median(ratios):.2f} "
                  f"(range {min(ratios):.2f}-{max(ratios):.2f}); in-process timeit ratio {measured_k:.2f}, "
                  f"reward within 0.05 of {0.5 + 0.5 / measured_k:.3f} in {close_measured}/{len(scored)}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--load", type=int, default=0, help="CPU-burning processes to run beside (default 0)")
    parser.add_argument("--trials", type=int, default=10, help="scorings per ordering/accuracy pair (default 10)")
    parser.add_argument("--baseline-commit", default=BASELINE_COMMIT,
                        help="commit whose rewarder gives the cost baseline ('' to skip)")
    parser.add_argument("--skip-same-code", action="store_true")
    args = parser.parse_args()
    stop = multiprocessing.Event()
    workloads = {"about 1 ms": 20000, "a few microseconds": 60}
    problems = {label: constant_factor_problem(n) for label, n in workloads.items()}
    # Measured before any burner starts: timeit in this process is not protected from their load.
    in_process = {}
    for label, n in workloads.items():
        problem, candidates = problems[label]
        for k, code in candidates.items():
            in_process[label, k] = in_process_ratio(problem, code, n)
    burners = [multiprocessing.Process(target=burn, args=(stop,), daemon=True) for _ in range(args.load)]
    for burner in burners:
        burner.start()
    report = {"load": args.load}
    try:
        with tempfile.TemporaryDirectory() as cache, Rewarder(cache_dir=cache) as rewarder:
            print(f"workers: {rewarder.workers}, CPU-burning processes beside: {args.load}")
            sets = [("humaneval", load_problems("humaneval"))]
            if LEETCODE_TEST.exists():
                sets.append(("leetcodedataset-test", load_problems(str(LEETCODE_TEST))))
            if not args.skip_same_code:
                report["same_code"] = [same_code(rewarder, name, problems) for name, problems in sets]
                for row in report["same_code"]:
                    print(f"same code, {row['set']}: {row['passed']}/{row['problems']} passed; reward min "
                          f"{row['min']:.3f}, p1 {row['p1']:.3f}, median {row['median']:.3f}; >= 0.95: "
                          f"{row['at_least_0.95']}/{row['passed']} ({100 * row['at_least_0.95'] / row['passed']:.1f}%)"
                          f"; < 0.9: {row['below_0.9']}; {row['samples_per_s']:.2f} samples/s "
                          f"({row['first_sweep_samples_per_s']:.2f} on the first sweep, which records the reference "
                          f"profiles); {row['mean_pairs']:.1f} pairs on average; lowest {row['lowest']}; not passed "
                          f"{row['not_passed']}")

            builtin = [p for p in load_problems("builtin") if p.slow_solutions]
            pairs = [(p, slow) for p in builtin for slow in p.slow_solutions]
            verdicts = rewarder.score_batch([pair for pair in pairs for _ in range(max(1, args.trials // 5))],
                                            progress=True)
            ordered = sum(v.passed and v.ratio is not None and v.ratio > 1 for v in verdicts)
            report["builtin_ordering"] = [ordered, len(verdicts)]
            print(f"built-in (reference, slow) pairs ranked correctly: {ordered}/{len(verdicts)}")

            report["constant_factor"] = constant_factor(rewarder, problems, in_process, args.trials)
        if args.baseline_commit and not args.skip_same_code:
            baseline = baseline_throughput(args.baseline_commit, [name if name == "humaneval" else str(LEETCODE_TEST)
                                                                  for name, _ in sets])
            if baseline:
                report["baseline_samples_per_s"] = baseline
                for (name, _), row in zip(sets, report["same_code"]):
                    old = list(baseline.values())[[n for n, _ in sets].index(name)]
                    print(f"cost, {name}: {row['samples_per_s']:.2f} samples/s paired against {old:.2f} at "
                          f"{args.baseline_commit} (cached references): {old / row['samples_per_s']:.2f}x the time per sample")
    finally:
        stop.set()
        for burner in burners:
            burner.join(timeout=5)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
