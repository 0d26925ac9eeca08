"""A PNG of a run's main curves, drawn from its metrics.jsonl (matplotlib, Agg backend: no display needed).

This file must not compute any metric; it only draws what the trainer logged.
"""

import json
import math
from pathlib import Path

PANELS = (
    ("reward/mean", "reward (mean over responses)"),
    ("reward/change_on_revisit", "reward change since the problem's last draw"),
    ("reward/pass_rate", "pass rate"),
    ("reward/efficient_correct_rate", "efficient-correct rate"),
    ("reward/correct_runtime_ratio", "T_gen / T_ref of correct samples (mean)"),
    ("objective/kl", "KL(π || π_ref) per response"),
    ("response/length", "response length (tokens)"),
    ("loss/value", "value loss"),
    ("sft/loss", "SFT loss (response tokens)"),
)


def read_metrics(path) -> list[dict]:
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def plot_curves(metrics_path, png_path) -> Path | None:
    """Draw every panel whose metric the run logged; returns the PNG path (None if nothing to draw)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = read_metrics(metrics_path)
    panels = [(key, title) for key, title in PANELS if any(key in row for row in rows)]
    if not rows or not panels:
        return None
    columns = min(3, len(panels))
    lines = math.ceil(len(panels) / columns)
    figure, axes = plt.subplots(lines, columns, figsize=(4.5 * columns, 3.2 * lines), squeeze=False)
    for axis, (key, title) in zip(axes.flat, panels):
        steps = [row["step"] for row in rows if key in row]
        values = [row[key] for row in rows if key in row]
        axis.plot(steps, values, marker="o", markersize=3, linewidth=1, label="per step")
        if len(values) >= 4:
            window = max(2, len(values) // 5)
            smooth = [sum(values[max(0, i - window + 1) : i + 1]) / len(values[max(0, i - window + 1) : i + 1]) for i in range(len(values))]
            axis.plot(steps, smooth, linewidth=2, label=f"mean of last {window}")
            axis.legend(fontsize=7)
        axis.set_title(title, fontsize=10)
        axis.set_xlabel("step")
        axis.grid(alpha=0.3)
    for axis in list(axes.flat)[len(panels) :]:
        axis.axis("off")
    figure.tight_layout()
    png_path = Path(png_path)
    figure.savefig(png_path, dpi=100)
    plt.close(figure)
    return png_path
