"""Timing quality: how repeatable one program's measured runtime is, and how reliably a faster program wins.

For builtin tasks with slow solutions (`load_problems("builtin")`), each reference and its first slow solution
are measured `--trials` times in fresh samples. Prints the median coefficient of variation (stdev / mean of a
program's runtimes across trials) and the share of (reference, slow) pairs differing at least 2x that are
ordered correctly. A benchmark, not a test: run it on a quiet machine, e.g. `python bench/timing_bench.py`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reward import Executor, Limits, Problem, TimingConfig, load_problems  # noqa: E402

# Used when the builtin task set is absent: (problem, slow solution) pairs with a known gap.
FALLBACK_PAIRS = [
    (Problem(id="sum-range", prompt="", entry_point="f", reference="def f(n):\n    return n * (n - 1) // 2\n",
             tests="def check(candidate):\n    assert candidate(5) == 10\n",
             workload="def workload(candidate):\n    for n in range(20000, 20010):\n        candidate(n)\n"),
     "def f(n):\n    return sum(range(n))\n"),
    (Problem(id="has-duplicate", prompt="", entry_point="f", reference="def f(xs):\n    return len(set(xs)) < len(xs)\n",
             tests="def check(candidate):\n    assert candidate([1, 2, 1]) is True\n",
             workload="def workload(candidate):\n    candidate(list(range(600)))\n"),
     "def f(xs):\n    return any(xs[i] == xs[j] for i in range(len(xs)) for j in range(i))\n"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=5, help="fresh measurements per program (default 5)")
    parser.add_argument("--limit", type=int, default=30, help="at most this many tasks (default 30)")
    parser.add_argument("--repeats", type=int, default=TimingConfig.repeats)
    parser.add_argument("--min-duration", type=float, default=TimingConfig.min_duration)
    args = parser.parse_args()
    timing = TimingConfig(repeats=args.repeats, min_duration=args.min_duration)
    try:
        pairs = [(p, p.slow_solutions[0]) for p in load_problems("builtin") if p.slow_solutions][: args.limit]
    except ValueError:
        pairs = []
    source = "builtin tasks" if pairs else "fallback pairs defined in this bench"
    pairs = pairs or FALLBACK_PAIRS
    cvs, ordered, compared = [], 0, 0
    with Executor(Limits(timeout=30.0)) as executor:
        for problem, slow in pairs:
            medians, trials = {}, {}
            for name, code in (("reference", problem.reference), ("slow", slow)):
                runtimes = trials[name] = []
                for _ in range(args.trials):
                    verdict = executor.run(problem, code, timing)
                    if verdict.runtime is None:
                        print(f"{problem.id} {name}: {verdict.status} {verdict.message}")
                        break
                    runtimes.append(verdict.runtime)
                if len(runtimes) == args.trials:
                    cvs.append(statistics.stdev(runtimes) / statistics.mean(runtimes))
                    medians[name] = statistics.median(runtimes)
            if len(medians) == 2 and max(medians.values()) >= 2 * min(medians.values()):
                # The reference is the efficient one by construction. Each trial is one independent comparison,
                # as in training, where a sample is timed once.
                compared += args.trials
                ordered += sum(fast < slow for fast, slow in zip(trials["reference"], trials["slow"]))
    print(f"{len(pairs)} {source}; {args.trials} trials each; repeats={timing.repeats}, "
          f"min_duration={timing.min_duration}s, clock={timing.clock}")
    print(f"median coefficient of variation: {100 * statistics.median(cvs):.2f}%  (max {100 * max(cvs):.2f}%)")
    print(f"correctly ordered (reference, slow) comparisons, pairs >=2x apart: {ordered}/{compared} = "
          f"{100 * ordered / max(compared, 1):.0f}%")


if __name__ == "__main__":
    main()
