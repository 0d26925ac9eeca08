"""Calibrate a task set to a model: how often it writes a correct program, and how often a correct one is slow.

    python bench/calibrate_tasks.py --dataset builtin:train    # writes tasks/builtin/calibration.json
    python bench/calibrate_tasks.py --dataset builtin:test --family counting primes   # some families only
    python bench/calibrate_tasks.py --report tasks/builtin/calibration.json   # print the tables, run nothing
    python bench/calibrate_tasks.py --select-train 100   # rewrite tasks/builtin/selection.py from the results
    python bench/calibrate_tasks.py --dataset builtin --skip-measured --chunk 16   # resumable: kill and rerun

For each task it samples --samples completions from --model exactly as training does (the prompt of
tasks.prompting, `ppo.rollout.generate` through evaluation.compare.generate_code, the temperature, top_p and
max_new_tokens of ppo.config.Config), scores every sample with `reward.Rewarder`, and records the pass rate, the
correct samples, and the correct samples at least 2x slower than the reference (T_gen / T_ref >= 2, i.e. reward
<= 0.75: an efficiency reward has something to select among only where there are both). An existing --out file
is updated: the tasks measured now replace their old entries, entries of tasks whose text changed are dropped.
With --chunk K the tasks are generated and scored K at a time and the file is written after each chunk, so a
killed run loses at most one chunk, and --skip-measured then goes on where it stopped.
It must not be used to time the rewarder or the model: it measures the task set.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tyro  # noqa: E402

from common import DEFAULT_MODEL  # noqa: E402
from common.allocator import keep_freed_memory  # noqa: E402
from common.atomic import write_text_atomically  # noqa: E402
from evaluation import metrics  # noqa: E402
from ppo.config import Config  # noqa: E402

SLOW_RATIO = 2.0
"""A correct sample is slow when T_gen / T_ref >= this: its efficiency term min(T_ref / T_gen, 1) is <= 0.5."""
ECC_RATIO = 1.05
"""A correct sample is efficient when T_gen / T_ref <= this (evaluation.metrics' efficient-correct line)."""


def efficient(result: dict) -> int:
    """The task's efficient-correct samples (T_gen / T_ref <= ECC_RATIO)."""
    return sum(ratio is not None and ratio <= ECC_RATIO for ratio in result["ratios"])


def above_ecc_line(result: dict) -> int:
    """The task's correct samples slower than ECC's line (T_gen / T_ref > ECC_RATIO)."""
    return sum(ratio is not None and ratio > ECC_RATIO for ratio in result["ratios"])


def carries_signal(result: dict) -> bool:
    """Whether a reward can choose among the task's samples (`evaluation.metrics.carries_signal`, the rule
    training logs as reward/prompts_with_signal)."""
    return metrics.carries_signal(result["samples"], result["correct"], efficient(result), above_ecc_line(result))


@dataclasses.dataclass
class Args:
    dataset: str = "builtin:train"
    """the problems: builtin, builtin:train, builtin:test, builtin:ood, or a .jsonl/.json(.gz) file"""
    family: tuple[str, ...] = ()
    """only tasks of these families (the id's part before '/'); empty: every family"""
    id: tuple[str, ...] = ()
    """only these task ids; empty: every task (of --family)"""
    out: str = "tasks/builtin/calibration.json"
    """JSON file of per-task results; an existing one is updated, not replaced"""
    report: str = ""
    """print the tables of this results file and exit, without generating"""
    select_train: int = 0
    """rewrite tasks/builtin/selection.py from the --out results and exit: `builtin:train` keeps the N training tasks
    the model came closest to solving (and the two closest of every family), `builtin:hard` gets the others,
    `builtin:solvable` the kept tasks whose correct samples differ in speed, `builtin:demo` the clearest of those"""
    model: str = DEFAULT_MODEL
    """the model to calibrate to"""
    samples: int = 8
    """completions per task"""
    batch_size: int = 32
    """completions per generate() call"""
    seed: int = 0
    """torch seed of the sampling"""
    workers: int | None = None
    """rewarder sandboxes; None: one per physical core"""
    device: str = "auto"
    """'auto', 'cpu' or 'cuda'"""
    dtype: str = "float32"
    """precision the model decodes in: 'float32' as training, or 'bfloat16' (faster where the CPU has native bf16;
    on the coder its per-token KL to float32 is about 1e-4 nats); recorded with each run in the file"""
    chunk: int = 0
    """generate, score and write K tasks at a time (0: all at once)"""
    skip_measured: bool = False
    """leave out the tasks the --out file already holds with an unchanged text (resume a killed run)"""


def task_fingerprint(problem) -> str:
    """A hash of what the model sees and what the rewarder runs: a result is stale once any of it changes."""
    text = json.dumps([problem.prompt, problem.reference, problem.tests, problem.workload, problem.preamble])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def select(problems, families: tuple[str, ...], ids: tuple[str, ...]):
    """The problems of `families` and `ids` (all where empty); a name that matches nothing is an error."""
    known_families = {p.id.split("/", 1)[0] for p in problems}
    known_ids = {p.id for p in problems}
    unknown = sorted(set(families) - known_families) + sorted(set(ids) - known_ids)
    if unknown:
        raise SystemExit(f"error: {unknown} not in the dataset; its families are {sorted(known_families)}")
    return [
        p for p in problems
        if (not families or p.id.split("/", 1)[0] in families) and (not ids or p.id in ids)
    ]


def task_result(problem, verdicts) -> dict:
    """The calibration of one task from its samples' verdicts."""
    correct = [v for v in verdicts if v.passed]
    slow = [v for v in correct if v.ratio is not None and v.ratio >= SLOW_RATIO]
    return {
        "fingerprint": task_fingerprint(problem),
        "samples": len(verdicts),
        "correct": len(correct),
        "slow_correct": len(slow),
        "pass_rate": len(correct) / len(verdicts),
        "ratios": [round(v.ratio, 2) if v.ratio is not None else None for v in correct],
        "statuses": dict(Counter(v.status for v in verdicts)),
        # What went wrong, to tell a task the model cannot do from one whose prompt misleads it.
        "failures": sorted({v.message[:120] for v in verdicts if not v.passed})[:3],
    }


def summarise(results: dict[str, dict]) -> dict:
    """Totals over tasks: how many, the share with 0 < pass rate < 1, the correct samples and the slow share."""
    correct = sum(r["correct"] for r in results.values())
    slow = sum(r["slow_correct"] for r in results.values())
    samples = sum(r["samples"] for r in results.values())
    mixed = sum(0 < r["correct"] < r["samples"] for r in results.values())
    signal = sum(carries_signal(r) for r in results.values())
    above = sum(above_ecc_line(r) for r in results.values())
    return {
        "tasks": len(results),
        "pass_rate": correct / samples if samples else 0.0,
        "mixed_tasks": mixed,
        "mixed_share": mixed / len(results) if results else 0.0,
        "signal_tasks": signal,
        "signal_share": signal / len(results) if results else 0.0,
        "any_correct_tasks": sum(r["correct"] > 0 for r in results.values()),
        "correct": correct,
        "above_ecc": above,
        "above_ecc_share": above / correct if correct else 0.0,
        "slow_correct": slow,
        "slow_share": slow / correct if correct else 0.0,
    }


def by_family(results: dict[str, dict]) -> dict[str, dict]:
    families: dict[str, dict] = {}
    for task_id, result in results.items():
        families.setdefault(task_id.split("/", 1)[0], {})[task_id] = result
    return {family: summarise(tasks) for family, tasks in families.items()}


def report(data: dict) -> str:
    """Markdown tables, per split then per family, of a results file."""
    lines = [f"model {data['model']}, {data['samples']} samples per task, temperature {data['temperature']}, "
             f"top_p {data['top_p']}, max_new_tokens {data['max_new_tokens']}; signal: the samples differ in "
             f"correctness, or some correct ones are efficient (T_gen / T_ref <= {ECC_RATIO}) and some are not", ""]
    header = ("| {} | tasks | pass rate | 0 < pass < 1 | signal | correct samples | > 1.05x slower | >= 2x slower |\n"
              "|---|---|---|---|---|---|---|---|")
    row = ("| {} | {tasks} | {pass_rate:.1%} | {mixed_tasks} ({mixed_share:.0%}) | {signal_tasks} ({signal_share:.0%}) | "
           "{correct} | {above_ecc} ({above_ecc_share:.0%}) | {slow_correct} ({slow_share:.0%}) |")
    lines.append(header.format("split"))
    for split, tasks in data["splits"].items():
        lines.append(row.format(f"`{split}`", **summarise(tasks)))
    for split, tasks in data["splits"].items():
        lines += ["", header.format(f"`{split}` family")]
        for family, summary in by_family(tasks).items():
            lines.append(row.format(family, **summary))
    return "\n".join(lines)


SELECTION_FILE = Path(__file__).resolve().parent.parent / "tasks" / "builtin" / "selection.py"
SELECTION_TEMPLATE = '''"""Which training tasks go to `builtin:hard` instead of `builtin:train`, and which form `builtin:solvable`:
written by `python bench/calibrate_tasks.py --select-train {keep}` from tasks/builtin/calibration.json; edit by
rerunning it.

A reward can teach only where the model's samples differ, so `builtin:train` keeps the {keep} training tasks
ranked first in the default model's calibration: those whose samples carry signal (they differ in correctness,
or some correct ones are efficient and some are not), then those with a correct sample slower than ECC's line
(T_gen / T_ref > 1.05), then the closest to solved (most correct samples, most samples that ran to a wrong
answer, fewest syntax errors; ties in source order); and the two first of every family, so that every family of
`builtin:test` is trained on. The others form `builtin:hard`. `builtin:solvable` is the part of `builtin:train`
where the reward can teach speed: some correct samples were efficient and some slower than ECC's line.
`builtin:demo`, the default run's tasks, is the {demo_size} of them where it can teach speed most clearly: the
most samples on both sides (efficient, and 2x or more slower), then the most correct samples.
"""

HARD: frozenset[str] = frozenset({{
{hard}
}})

SOLVABLE: frozenset[str] = frozenset({{
{solvable}
}})

DEMO: frozenset[str] = frozenset({{
{demo}
}})
'''


def closeness(result: dict) -> tuple[bool, bool, int, int, int]:
    """How much a reward can teach on a task, for ranking: whether its samples carry signal, whether some correct
    sample is slower than ECC's line (room to get faster), then how near the model came to solving it (correct
    samples, samples that ran but answered wrongly, fewest syntax errors); larger is better."""
    statuses = result["statuses"]
    return (carries_signal(result), above_ecc_line(result) > 0, result["correct"], statuses.get("failed", 0),
            -statuses.get("syntax_error", 0))


def select_training(order: list[str], results: dict[str, dict], keep: int, per_family: int = 2) -> set[str]:
    """The ids `builtin:train` keeps: the `keep` closest to solved of `order` (all training tasks, in source
    order, which breaks ties), and the `per_family` closest of every family."""
    missing = [task_id for task_id in order if task_id not in results]
    if len(missing) == len(order):
        raise SystemExit("error: no training task is calibrated; run --dataset builtin:train and builtin:hard first")
    if missing:  # ranked last: nothing is known of them yet
        print(f"warning: {len(missing)} training tasks are not calibrated (e.g. {missing[:3]}) and rank last; "
              "calibrate them (--dataset builtin:hard --skip-measured) and select again", file=sys.stderr)
    unknown = (False, False, -1, -1, -1)
    ranked = sorted(order, key=lambda task_id: closeness(results[task_id]) if task_id in results else unknown,
                    reverse=True)  # sorted() is stable
    chosen = set(ranked[:keep])
    for family in dict.fromkeys(task_id.split("/", 1)[0] for task_id in order):
        chosen |= set([task_id for task_id in ranked if task_id.split("/", 1)[0] == family][:per_family])
    return chosen


def solvable(chosen: list[str], results: dict[str, dict]) -> list[str]:
    """The tasks of `chosen` where the reward can teach speed: of the calibration's correct samples, some were
    efficient and some slower than ECC's line, so the efficient-correct rate can rise by faster code alone."""
    return [task_id for task_id in chosen if efficient(results[task_id]) > 0 and above_ecc_line(results[task_id]) > 0]


DEMO_SIZE = 6
"""Tasks in `builtin:demo`: the default run draws 3 a step, so each third of its 6 steps sees every one once."""


def demo(solvable_ids: list[str], results: dict[str, dict], size: int = DEMO_SIZE) -> list[str]:
    """The `size` tasks of `solvable_ids` where the reward teaches speed most clearly: the most samples on both
    sides of the efficiency term (min of efficient and >= SLOW_RATIO slower), then the most correct samples;
    ties in the given order. Returned in the given order."""
    def both_sides(task_id: str) -> tuple[int, int]:
        result = results[task_id]
        return min(efficient(result), result["slow_correct"]), result["correct"]

    chosen = set(sorted(solvable_ids, key=both_sides, reverse=True)[:size])  # sorted() is stable
    return [task_id for task_id in solvable_ids if task_id in chosen]


def ids_lines(ids: list[str]) -> str:
    return "\n".join(f'    "{task_id}",' for task_id in ids)


def write_selection(out: Path, keep: int) -> None:
    """Rewrite tasks/builtin/selection.py from the calibration of every training task, and file each task's
    result under the split that now holds it."""
    import tasks.builtin

    data = load_results(out)
    if data is None:
        raise SystemExit(f"error: no results file {out}")
    splits = data["splits"]
    results = {**splits.get("builtin:hard", {}), **splits.get("builtin:train", {})}
    order = tasks.builtin.training_ids()
    chosen = select_training(order, results, keep)
    hard = [task_id for task_id in order if task_id not in chosen]
    solvable_ids = solvable([task_id for task_id in order if task_id in chosen and task_id in results], results)
    demo_ids = demo(solvable_ids, results)
    write_text_atomically(SELECTION_FILE, SELECTION_TEMPLATE.format(
        keep=keep, demo_size=DEMO_SIZE, hard=ids_lines(hard), solvable=ids_lines(solvable_ids), demo=ids_lines(demo_ids)))
    splits["builtin:train"] = {i: results[i] for i in order if i in chosen and i in results}
    splits["builtin:hard"] = {i: results[i] for i in order if i not in chosen and i in results}
    write_text_atomically(out, json.dumps(data, indent=1) + "\n")
    print(f"builtin:train keeps {len(chosen)} tasks ({len(solvable_ids)} of them solvable, {len(demo_ids)} in "
          f"builtin:demo), builtin:hard gets "
          f"{len(hard)}; wrote {SELECTION_FILE} and {out}. "
          "Now run `python -m tasks.builtin` to rewrite the JSONL files.")


def load_results(path: Path) -> dict | None:
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as error:
        raise SystemExit(f"error: {path} is not a calibration results file ({error}); remove it or choose --out")


def merge_results(data: dict, settings: dict, dataset: str, current: dict[str, str], measured: dict[str, dict],
                  run: dict) -> dict:
    """The results file with `measured` (task id -> result) entered under `dataset`: kept entries of tasks whose
    text is unchanged (`current`: id -> fingerprint), the new ones replacing theirs, and `run` appended."""
    splits = dict(data.get("splits", {}))
    kept = {tid: r for tid, r in splits.get(dataset, {}).items() if current.get(tid) == r["fingerprint"]}
    splits[dataset] = {tid: (measured.get(tid) or kept[tid]) for tid in current if tid in measured or tid in kept}
    return {**settings, "splits": splits, "runs": data.get("runs", []) + [run]}


def main(argv: list[str] | None = None) -> int:
    args = tyro.cli(Args, args=argv, description=__doc__.split("\n\n")[0])
    if args.report:
        data = load_results(Path(args.report))
        if data is None:
            raise SystemExit(f"error: no results file {args.report}")
        print(report(data))
        return 0
    if args.select_train:
        write_selection(Path(args.out), args.select_train)
        return 0
    if args.samples < 1:
        raise SystemExit(f"error: --samples must be at least 1, got {args.samples}")
    from evaluation.compare import generate_code
    from reward import Rewarder
    from tasks import load_problems

    keep_freed_memory()  # as train.py and evaluate.py do
    config = Config()  # the training run's sampling settings
    dataset = load_problems(args.dataset)
    problems = select(dataset, args.family, args.id)
    out = Path(args.out)
    data = load_results(out) or {}
    settings = {"model": args.model, "samples": args.samples, "temperature": config.temperature,
                "top_p": config.top_p, "max_new_tokens": config.max_new_tokens}
    if data and any(data.get(k) != v for k, v in settings.items()):
        raise SystemExit(f"error: {out} was measured with other settings ({ {k: data.get(k) for k in settings} }); "
                         "choose another --out")

    if args.skip_measured:
        done = data.get("splits", {}).get(args.dataset, {})
        problems = [p for p in problems if done.get(p.id, {}).get("fingerprint") != task_fingerprint(p)]
        print(f"{len(problems)} tasks left to measure")
    current = {p.id: task_fingerprint(p) for p in dataset}
    measured = {}
    step = args.chunk or max(len(problems), 1)
    for first in range(0, len(problems), step):
        chunk = problems[first : first + step]
        start = time.perf_counter()
        codes = generate_code(args.model, chunk, args.samples, temperature=config.temperature, top_p=config.top_p,
                              max_new_tokens=config.max_new_tokens, batch_size=args.batch_size,
                              seed=args.seed + first, device=args.device, dtype=args.dtype)
        generated = time.perf_counter()
        pairs = [(p, code) for p in chunk for code in codes[p.id]]
        with Rewarder(workers=args.workers) as rewarder:
            verdicts = iter(rewarder.score_batch(pairs, progress=True))
            now = {p.id: task_result(p, [next(verdicts) for _ in codes[p.id]]) for p in chunk}
        measured.update(now)
        data = merge_results(data, settings, args.dataset, current, now, {
            "dataset": args.dataset, "tasks": len(chunk), "generate_s": round(generated - start, 1),
            "score_s": round(time.perf_counter() - generated, 1), "dtype": args.dtype,
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        })
        write_text_atomically(out, json.dumps(data, indent=1) + "\n")
        print(f"{first + len(chunk)}/{len(problems)} tasks: generated in {generated - start:.0f} s, "
              f"scored in {time.perf_counter() - generated:.0f} s; wrote {out}", flush=True)
    for task_id, result in measured.items():
        print(f"{task_id}: {result['correct']}/{result['samples']} correct, {result['slow_correct']} >= 2x slower "
              f"{result['statuses']}")
    if data:
        print(report(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
