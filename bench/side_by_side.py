"""Where a trained model's speed-up comes from: its code beside the baseline's on the problems both solve.

Reads an `evaluate.py` results.json (plain or .gz) and, for one model against the baseline, prints markdown:
on the problems both solve, how often the model's correct code is faster, as fast (within ECC's 5%) or slower,
by each problem's median T_gen / T_ref over its correct samples (the paired ratio the reward uses), and the
`--examples` problems where its code gained most, with one correct answer of each model side by side (the
sample nearest each model's median ratio on that problem).

    python bench/side_by_side.py results/exp/builtin-test/results.json --model ACECode --examples 3
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import statistics
import sys
from pathlib import Path

import tyro

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.metrics import EFFICIENCY_TOLERANCE, speed_comparison  # noqa: E402


@dataclasses.dataclass
class Args:
    results: tyro.conf.Positional[str]
    """an evaluate.py results.json (or results.json.gz)"""
    model: str = "ACECode"
    """the row to explain"""
    baseline: str = ""
    """the row to compare with; empty: the results' own baseline"""
    examples: int = 3
    """problems to show side by side, those with the largest speed-up first"""


@dataclasses.dataclass
class Solved:
    """One model's correct samples on one problem."""

    ratio: float  # median T_gen / T_ref over the correct samples
    code: str  # the correct sample whose ratio is nearest that median


def solved(per_problem: list[dict]) -> dict[str, Solved]:
    """Problem id -> the model's correct samples there, for the problems where it has a timed correct one."""
    out = {}
    for problem in per_problem:
        correct = [(s["verdict"]["ratio"], s["code"]) for s in problem["samples"]
                   if s["verdict"].get("passed") and s["verdict"].get("ratio")]
        if correct:
            median = statistics.median(ratio for ratio, _ in correct)
            nearest = min(correct, key=lambda pair: abs(pair[0] - median))
            out[problem["id"]] = Solved(median, nearest[1])
    return out


def compare(model: dict[str, Solved], baseline: dict[str, Solved],
            tolerance: float = EFFICIENCY_TOLERANCE) -> tuple[dict[str, list[str]], list[tuple[float, str]]]:
    """The problems both solve, by whether the model is faster, as fast or slower (ratios within `tolerance` of
    each other are as fast), and (speed-up, id) for each, largest first."""
    groups: dict[str, list[str]] = {"faster": [], "as fast": [], "slower": []}
    speedups = []
    for pid in sorted(set(model) & set(baseline)):
        groups[speed_comparison(model[pid].ratio, baseline[pid].ratio, tolerance)].append(pid)
        speedups.append((baseline[pid].ratio / model[pid].ratio, pid))
    return groups, sorted(speedups, reverse=True)


def report(results: dict, name: str, baseline: str, examples: int) -> str:
    models = results["models"]
    for row in (name, baseline):
        if row not in models:
            raise SystemExit(f"error: no row {row!r} in the results; rows: {sorted(models)}")
    mine, theirs = solved(models[name]["per_problem"]), solved(models[baseline]["per_problem"])
    groups, speedups = compare(mine, theirs)
    both = sum(len(ids) for ids in groups.values())
    dataset = results["settings"].get("dataset", "?")
    lines = [f"# {name} against {baseline} on {dataset}", "",
             f"Problems with a correct sample: {name} {len(mine)}, {baseline} {len(theirs)}, both {both}.", ""]
    if both:
        lines += [f"On the {both} both solve, by the median T_gen / T_ref of their correct samples (as fast: within "
                  f"{EFFICIENCY_TOLERANCE:g}x of each other):", "",
                  "| | problems | share |", "|---|---|---|"]
        lines += [f"| {name} {group} | {len(ids)} | {len(ids) / both:.0%} |" for group, ids in groups.items()]
        lines.append("")
    for speedup, pid in [pair for pair in speedups if pair[0] > EFFICIENCY_TOLERANCE][:examples]:
        lines += [f"## {pid}: {speedup:.1f}x faster ({theirs[pid].ratio:.2f}x the reference -> {mine[pid].ratio:.2f}x)",
                  "", f"{baseline}:", "", "```python", theirs[pid].code.rstrip(), "```", "",
                  f"{name}:", "", "```python", mine[pid].code.rstrip(), "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = tyro.cli(Args, args=argv, description=__doc__.split("\n\n")[0])
    path = Path(args.results)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            results = json.load(f)
    except (OSError, json.JSONDecodeError) as error:
        raise SystemExit(f"error: cannot read {path} as an evaluate.py results file ({error})")
    print(report(results, args.model, args.baseline or results["settings"]["baseline"], args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
