"""Per-sample cost of the sandboxed executor against a plain `subprocess.run([python, file])` baseline.

Runs HumanEval's canonical solutions (tests only, no timing) one after another and on the Rewarder's pool, and
prints wall and CPU ms/sample for each. CPU is everything spent for the samples: this process (all threads), the
fork servers and every sample process, so it is the figure to compare on a busy machine. Overhead = executor
ms/sample minus the time the same programs take when executed directly in this process. A benchmark, not a
test: run it on a quiet machine, e.g. `python bench/executor_bench.py --limit 164`.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from reward import Executor, Limits, Rewarder, load_problems  # noqa: E402


def program(problem) -> str:
    return f"{problem.preamble}\n{problem.reference}\n{problem.tests}\ncheck({problem.entry_point})\n"


def in_process_seconds(problems) -> tuple[float, float]:
    """(wall, CPU) seconds to run every program directly in this process: the work any executor must do."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for problem in problems:
        exec(compile(program(problem), "<bench>", "exec"), {"__name__": "bench"})
    return time.perf_counter() - start, time.process_time() - start_cpu


def server_cpu(server) -> float:
    """CPU seconds of the fork server and every sample it has reaped (less sensitive to load than wall time)."""
    total = 0.0
    for process in [server] + server.children(recursive=True):
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:  # a sample that exited between listing and reading
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def own_cpu() -> float:
    """CPU seconds of this process, all threads (the client side: requests, replies, verdicts, the pool)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def total_cpu(servers) -> float:
    return own_cpu() + sum(server_cpu(server) for server in servers)


def subprocess_seconds(problems) -> tuple[float, float]:
    """(wall, CPU) seconds for running every program as `python file.py`."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, problem in enumerate(problems):
            path = os.path.join(folder, f"p{index}.py")
            Path(path).write_text(program(problem))
            paths.append(path)
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        for path in paths:
            subprocess.run([sys.executable, path], check=True, timeout=60, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter() - start, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=164, help="how many HumanEval problems (default all 164)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the problems; the best is reported")
    parser.add_argument("--workers", type=int, default=None, help="pool size (default: physical cores)")
    args = parser.parse_args()
    problems = load_problems("humaneval")[: args.limit]
    count = len(problems)
    direct_runs = [in_process_seconds(problems) for _ in range(args.rounds)]
    direct, direct_cpu = min(run[0] for run in direct_runs), min(run[1] for run in direct_runs)
    baseline, baseline_cpu = min(subprocess_seconds(problems) for _ in range(args.rounds))
    with Executor(Limits()) as executor:
        print(f"isolation: {executor.isolation}; {count} HumanEval canonical solutions; best of {args.rounds}")
        servers = [psutil.Process(executor._process.pid)]
        sequential, cpu = [], []
        for _ in range(args.rounds):
            before, start = total_cpu(servers), time.perf_counter()
            verdicts = [executor.run(problem, problem.reference) for problem in problems]
            sequential.append(time.perf_counter() - start)
            cpu.append(total_cpu(servers) - before)
        failed = [p.id for p, v in zip(problems, verdicts) if not v.passed]
    with Rewarder(workers=args.workers, time_candidates=False) as rewarder:
        rewarder.score_batch([(problems[0], problems[0].reference)] * rewarder.workers)  # start the fork servers
        servers = [psutil.Process(executor._process.pid) for executor in rewarder._executors]
        pooled, pooled_cpu = [], []
        for _ in range(args.rounds):
            before, start = total_cpu(servers), time.perf_counter()
            rewarder.score_batch([(p, p.reference) for p in problems])
            pooled.append(time.perf_counter() - start)
            pooled_cpu.append(total_cpu(servers) - before)
        workers = rewarder.workers

    def ms(seconds: float) -> str:
        return f"{1000 * seconds / count:7.2f} ms/sample"

    print(f"programs run in-process (work only)    {ms(direct)}   CPU {ms(direct_cpu)}")
    print(f"subprocess.run([python, file])         {ms(baseline)}   CPU {ms(baseline_cpu)}")
    print(f"executor, sequential                   {ms(min(sequential))}   CPU {ms(min(cpu))}   "
          f"overhead wall {ms(min(sequential) - direct)}   CPU {ms(min(cpu) - direct_cpu)}")
    print(f"rewarder pool, {workers} workers              {ms(min(pooled))}   CPU {ms(min(pooled_cpu))}   "
          f"overhead CPU {ms(min(pooled_cpu) - direct_cpu)}")
    if failed:
        print(f"WARNING: {len(failed)} canonical solutions did not pass: {failed[:5]}")


if __name__ == "__main__":
    main()
