"""The evaluation report: results.json (everything, per sample), results.md (the paper's table) and results.png.

Rows are `metrics.summarize` dicts, one per model. This file formats and writes; it computes no metric.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
from pathlib import Path

from evaluation import intervals, metrics

METRIC_NOTES = {
    "pass@1": "unbiased pass@k estimator (Chen et al. 2021) with k=1, averaged over problems",
    "ecc": "share of samples, averaged over problems, that are correct with T_gen <= T_ref * tolerance",
    "get": "mean over problems the model solved of T_gen / T_ref (lower is better)",
    "net": "sum T_gen / sum T_ref over problems the model and the reference solved (EffiBench)",
    "nmu": "sum peak memory / sum reference peak memory over the same problems (EffiBench; peak RSS of the "
    "whole child process, so the interpreter's own footprint is included)",
    "ntmu": metrics.NTMU_ABSENT_REASON,
    "faster_than_baseline": "share of problems both this model and the baseline solve where this model's code is "
    "faster by more than the tolerance (median T_gen / T_ref below the baseline's / tolerance)",
    "runtime": "per problem, the median runtime over the model's correct samples",
    "reward": "mean over problems of the problem's mean reward from the rewarder, the score PPO maximises (no KL term)",
    "ecc_solved": "over the problems the model solved, the mean share of its correct samples that are efficient",
    "efficient_share": "efficient-correct samples / correct samples, pooled over problems",
    "intervals": f"[low, high]: {intervals.LEVEL:.0%} percentile bootstrap over problems ({intervals.RESAMPLES} "
    "resamples); differences from the baseline resample the same problems for both models",
}


def write_report(out: Path, settings: dict, rows: dict[str, dict], results: dict[str, list[metrics.ProblemResult]],
                 codes: dict[str, dict[str, list[str]]]) -> dict:
    """Write the three files into `out` and return the JSON report; `settings` gains the date and the machine."""
    baseline = settings["baseline"]
    settings = {**settings, "date": datetime.datetime.now().isoformat(timespec="seconds"),
                "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"}
    report = {
        "settings": settings,
        "metric_notes": METRIC_NOTES,
        "models": {name: {**row, "per_problem": per_problem_records(results[name], codes[name])}
                   for name, row in rows.items()},
    }
    (out / "results.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    write_markdown(out / "results.md", rows, baseline, settings)
    plot(out / "results.png", rows, baseline)
    return report


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


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{100 * value:.1f}" if percent else f"{value:.2f}"


def _with_interval(value: float | None, interval: list[float] | None, percent: bool = False) -> str:
    if value is None or interval is None:
        return _fmt(value, percent)
    return f"{_fmt(value, percent)} [{_fmt(interval[0], percent)}, {_fmt(interval[1], percent)}]"


def format_table(rows: dict[str, dict], baseline: str) -> str:
    """A markdown table in the shape of the paper's, one row per model, with 95% intervals in brackets."""
    header = ["model", "pass@1 %", "ECC %", "ECC among solved %", "efficient / correct %", "GET", "NET", "NMU",
              f"faster than {baseline} %", "reward"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, row in rows.items():
        ci = row.get("intervals") or {}
        cells = [name, _with_interval(row["pass@1"], ci.get("pass@1"), True), _with_interval(row["ecc"], ci.get("ecc"), True),
                 _fmt(row.get("ecc_solved"), True), _fmt(row.get("efficient_share"), True), _fmt(row["get"]),
                 _fmt(row["net"]), _fmt(row["nmu"]),
                 "(baseline)" if name == baseline else _fmt(row["faster_than_baseline"], True),
                 _with_interval(row["reward"], ci.get("reward"))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_differences(rows: dict[str, dict], baseline: str) -> str:
    """Each model minus the baseline, problem by problem, with the 95% bootstrap interval of the difference."""
    header = ["model", f"Δ pass@1 (points) vs {baseline}", "Δ ECC (points)", "Δ reward"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, row in rows.items():
        if name == baseline or not row.get("vs_baseline"):
            continue
        cells = [name]
        for metric, percent in (("pass@1", True), ("ecc", True), ("reward", False)):
            entry = row["vs_baseline"].get(metric)
            cells.append("—" if entry is None else _with_interval(entry["difference"], entry["interval"], percent))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_enamel(rows: dict[str, dict], baseline: str) -> str:
    """ENAMEL's eff@1 and pass@1 per model with 95% intervals, and each model's paired difference from
    `baseline` (evaluation.effk.compare's entries under each row's "enamel")."""
    header = ["model", "eff@1 %", "pass@1 %", f"Δ eff@1 vs {baseline} (points)", "Δ pass@1 (points)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, row in rows.items():
        enamel = row["enamel"]
        cells = [name] + [_with_interval(enamel[m], enamel["intervals"][m], True) for m in ("eff@1", "pass@1")]
        diff = enamel.get("vs_baseline")
        cells += (["(baseline)"] * 2 if diff is None else
                  [_with_interval(diff[m]["difference"], diff[m]["interval"], True) for m in ("eff@1", "pass@1")])
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_status_mix(rows: dict[str, dict]) -> str:
    header = ["model"] + [f"{name.replace('_', ' ')} %" for name in metrics.OUTCOMES]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, row in rows.items():
        lines.append("| " + " | ".join([name] + [_fmt(row["status_mix"][o], True) for o in metrics.OUTCOMES]) + " |")
    return "\n".join(lines)


def write_markdown(path: Path, rows: dict[str, dict], baseline: str, settings: dict) -> None:
    text = [
        f"# Evaluation on {settings['dataset']}",
        "",
        format_table(rows, baseline),
        "",
        *([f"Paired difference from {baseline} (same problems; 95% bootstrap interval, resampling problems):", "",
           format_differences(rows, baseline), ""] if len(rows) > 1 else []),
        "Status mix (share of all samples):",
        "",
        format_status_mix(rows),
        "",
        *([f"ENAMEL's eff@1 and pass@1 ({settings.get('eff_protocol')} timing; 95% bootstrap intervals over problems,"
           " differences paired by problem):", "", format_enamel(rows, baseline), ""]
          if all("enamel" in row for row in rows.values()) else []),
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
