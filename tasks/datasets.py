"""Datasets by name: `load_problems("builtin:train")`, `"humaneval"`, `"enamel:test"` or a file's path.

The one place that knows every dataset name; each format's loader lives beside its type (`tasks.problems` for
the project's JSONL, LeetCodeDataset, HumanEval and EffiBench files, `tasks.enamel` for ENAMEL's CSV).
"""

from __future__ import annotations

from pathlib import Path

from tasks import enamel
from tasks.problems import BUILTIN_DIR, BUILTIN_SETS, BUILTIN_SPLITS, DatasetError, Problem, humaneval_path, load_file

NAMES = ("builtin", *(f"builtin:{name}" for name in BUILTIN_SETS), "humaneval", "enamel", "enamel:train",
         "enamel:test")


def load_problems(source: str | Path) -> list[Problem]:
    """Load problems from a file path or a dataset name (`builtin`, `builtin:train`, `builtin:test`, `builtin:ood`,
    `builtin:hard`, `builtin:solvable`, `humaneval`, `enamel`, `enamel:train`, `enamel:test`; an enamel.csv path
    also takes `:train` or `:test`); `builtin` is the four built-in splits, in that order."""
    source = str(source)
    if source == "builtin":
        return [p for split in BUILTIN_SPLITS for p in load_problems(f"builtin:{split}")]
    if source.startswith("builtin:"):
        split = source.split(":", 1)[1]
        if split not in BUILTIN_SETS:
            raise DatasetError(f"unknown dataset {source!r}: the builtin sets are builtin, "
                               + ", ".join(f"builtin:{name}" for name in BUILTIN_SETS))
        return load_file(BUILTIN_DIR / f"{split}.jsonl")
    if source == "humaneval":
        return load_file(humaneval_path())
    if enamel.enamel_source(source):  # enamel, enamel:test, path/to/enamel.csv, path/to/enamel.csv:train
        return enamel.load_enamel_problems(source)
    path = Path(source).expanduser()
    if not path.exists():
        raise DatasetError(f"dataset {source!r} is neither a file nor a known name; use a path to a "
                           f".jsonl/.json(.gz) or enamel.csv file or one of: {', '.join(NAMES)}")
    return load_file(path)
