"""The rows of the comparison and their verdicts: which models and files to evaluate, their code, their scores.

A row is a model (generated with `ppo.rollout.generate`, the function training samples with) or a samples
file of code generated elsewhere. All rows are scored on one rewarder pool, next to the references'
measurements. This file must not compute metrics (metrics.py) or write reports (report.py).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from common import DEFAULT_MODEL
from evaluation import metrics
from reward.settings import RewardSettings
from tasks import Problem

# Row labels of train.py's runs in their default folders (runs/<algo>), in the paper's order.
ALGO_LABELS = {"sft": "SFT", "pie": "PIE", "ppo": "ACECode"}


class EvaluationError(Exception):
    """A problem with the user's request (unknown model or row name); evaluate.py prints it and exits with 2."""


@dataclass
class Contender:
    """One row of the table: a model to generate with, or a file of completions generated elsewhere."""

    name: str
    source: str
    kind: str  # "model" or "samples"


def contenders(models: list[str], samples_files: list[str], runs_dir: Path, baseline: str | None) -> list[Contender]:
    """The rows asked for (`LABEL=SOURCE` names a row); with none, the default model plus every train.py run."""
    rows = [Contender(*_label(spec, spec.rstrip("/")), "model") for spec in models]
    rows += [Contender(*_label(spec, Path(spec).stem), "samples") for spec in samples_files]
    if not rows:
        checkpoints = train_runs(runs_dir)
        if not checkpoints:
            print(f"no train.py checkpoints under {runs_dir}/: evaluating the original model only", file=sys.stderr)
        rows = [Contender("original", DEFAULT_MODEL, "model")] + checkpoints
    names = [row.name for row in rows]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise EvaluationError(f"two rows share the name(s) {duplicates}; give each its own label with LABEL=MODEL")
    if baseline is not None and baseline not in names:
        raise EvaluationError(f"--baseline {baseline!r} is not one of the evaluated rows {names}")
    return rows


def train_runs(runs_dir: Path) -> list[Contender]:
    """The latest checkpoint of every run train.py wrote below runs_dir, labelled SFT, PIE or ACECode in its
    default place (runs/<algo>) and by its folder otherwise. An unfinished run is evaluated with a warning."""
    from ppo.checkpoint import find_checkpoints

    found = []
    for checkpoint, finished in find_checkpoints(runs_dir):
        relative = str(checkpoint.parent.relative_to(runs_dir))
        if not finished:
            print(f"warning: {checkpoint.parent} is an unfinished run (no done.json); evaluating its latest checkpoint",
                  file=sys.stderr)
        found.append(Contender(ALGO_LABELS.get(relative, relative), str(checkpoint), "model"))
    order = list(ALGO_LABELS.values())
    return sorted(found, key=lambda c: (order.index(c.name) if c.name in order else len(order), c.name))


def _label(spec: str, default: str) -> tuple[str, str]:
    """'LABEL=SOURCE' -> (LABEL, SOURCE); a plain SOURCE is labelled `default`."""
    label, sep, source = spec.partition("=")
    if sep and label and "/" not in label:
        return label, source
    return default, spec


def samples_code(path: str, problems: list[Problem]) -> dict[str, list[str]]:
    """Solution code per problem id, in file order, from a samples file (`tasks.samples.read_samples`)."""
    from tasks.samples import read_samples

    codes: dict[str, list[str]] = {}
    for problem, code in read_samples(path, problems):
        codes.setdefault(problem.id, []).append(code)
    return codes


def check_models(rows: list[Contender]) -> None:
    """Fail before any slow step if a model cannot be found (loading its tokenizer is cheap and says why)."""
    from models import BUILTIN_MODELS, ModelLoadError, load_tokenizer

    for row in rows:
        if row.kind == "model" and row.source not in BUILTIN_MODELS:
            try:
                load_tokenizer(row.source)
            except ModelLoadError as error:
                raise EvaluationError(f"unknown model {row.source!r} (row {row.name!r}): {error}") from error


def generate_code(source: str, problems: list[Problem], samples: int, *, temperature: float, top_p: float,
                  max_new_tokens: int, batch_size: int, seed: int, device: str,
                  dtype: str = "float32", packed: bool = True) -> dict[str, list[str]]:
    """`samples` solutions per problem from one model (temperature 0: greedy), in batches, with a progress bar;
    `dtype` is the precision the model decodes in ('bfloat16' halves the bytes each step reads); `packed`, on a
    CPU that can, decodes with its linear weights prepacked for oneDNN (models/packed.py)."""
    import torch
    from tqdm import tqdm

    from models import load_policy
    from models.packed import packed_for_decoding, packing_available
    from ppo.rollout import generate
    from tasks.prompting import build_prompt, extract_code

    device = device if device != "auto" else ("cuda" if torch.cuda.is_available() else "cpu")
    model, tokenizer = load_policy(source, dtype=getattr(torch, dtype), device=device)
    if packed and packing_available(torch.device(device), getattr(torch, dtype)):
        model = packed_for_decoding(model.requires_grad_(False))
    torch.manual_seed(seed)
    prompts = [build_prompt(problem, tokenizer) for problem in problems]
    # One job per sample; longest prompts first, so each batch pads little and memory peaks at once.
    jobs = sorted((i for i in range(len(problems)) for _ in range(samples)), key=lambda i: -len(prompts[i]))
    codes: dict[str, list[str]] = {problem.id: [] for problem in problems}
    with tqdm(total=len(jobs), desc=f"generate {source}", unit="sample") as bar:
        for start in range(0, len(jobs), batch_size):
            batch = jobs[start : start + batch_size]
            # A response ends at EOS or at the fence closing its code block, as in training.
            rollout = generate(model, tokenizer, [prompts[i] for i in batch], max_new_tokens, temperature, top_p)
            for i, text in zip(batch, rollout.texts):
                codes[problems[i].id].append(extract_code(text, problems[i].entry_point))
            bar.update(len(batch))
    return codes


def score(rows: list[Contender], problems: list[Problem], codes: dict[str, dict[str, list[str]]], *,
          workers: int | None, tolerance: float, timings: dict[str, dict],
          settings: RewardSettings | None = None) -> dict[str, list[metrics.ProblemResult]]:
    """Every row's code scored on one rewarder pool, reduced to per-problem results (scoring time in `timings`).

    `settings`: the reward's constants, timing and limits (None: the rewarder's defaults)."""
    import time

    from reward import Rewarder

    results = {}
    with Rewarder.from_settings(settings or RewardSettings(), workers=workers) as rewarder:
        reference_runtimes, reference_memory = reference_measurements(rewarder, problems)
        by_id = {p.id: p for p in problems}
        for row in rows:
            start = time.perf_counter()
            pairs = [(by_id[pid], code) for pid, samples in codes[row.name].items() for code in samples]
            verdicts = iter(rewarder.score_batch(pairs, progress=True))
            grouped = {pid: [next(verdicts) for _ in samples] for pid, samples in codes[row.name].items()}
            timings.setdefault(row.name, {})["scoring_s"] = time.perf_counter() - start
            results[row.name] = metrics.problem_results(grouped, reference_runtimes, reference_memory, tolerance)
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
