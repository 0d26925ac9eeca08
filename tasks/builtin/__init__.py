"""The built-in efficiency task set: short functions with a fast reference and a slower correct solution.

One module per family of one algorithmic idea. A training family's `TRAIN` tasks form `builtin:train`, except
those `selection.py` lists as too hard for the default model, which form `builtin:hard`; its `TEST` tasks (other
problems on the same idea) form `builtin:test`; the `OOD` tasks of the held-out families form `builtin:ood`.
`builtin:solvable` is the part of `builtin:train` where the default model's correct samples differ in speed, and
`builtin:demo` (the default run's tasks) the few of those where they differ most clearly; `selection.py` lists
both. `python -m tasks.builtin` rewrites the six JSONL files beside this file.
This package defines data only and must not execute or time solutions.
"""

from __future__ import annotations

from tasks.builtin import (
    array_dp, binary_search, counting, divisors, duplicates, grids, hash_lookups, memoised_recursion,
    number_theory, prefix_sums, primes, queues, range_sums, sliding_window, sorting, stack_matching,
    string_building, two_pointers,
)
from tasks.builtin.selection import DEMO, HARD, SOLVABLE
from tasks.builtin.task import Task, task, task_id, to_problem
from tasks.problems import BUILTIN_DIR, Problem, save_problems

__all__ = ["TRAIN_FAMILIES", "OOD_FAMILIES", "HARD", "SOLVABLE", "DEMO", "Task", "build_problems", "task", "task_id",
           "to_problem", "training_ids"]

# The training families (their TRAIN and TEST lists) and the held-out ones (OOD), each in a fixed order.
TRAIN_FAMILIES = (
    range_sums, duplicates, counting, prefix_sums, two_pointers, string_building, memoised_recursion, array_dp,
    primes, divisors, binary_search, hash_lookups, sorting, queues,
)
OOD_FAMILIES = (sliding_window, number_theory, stack_matching, grids)


def training_ids() -> list[str]:
    """The ids of every training family's `TRAIN` tasks, `builtin:train` and `builtin:hard` alike, in source order."""
    return [task_id(family.FAMILY, item) for family in TRAIN_FAMILIES for item in family.TRAIN]


def build_problems() -> dict[str, list[Problem]]:
    """The problems of each split, and of `builtin:solvable` and `builtin:demo`, in family order."""
    training = [to_problem(family.FAMILY, item) for family in TRAIN_FAMILIES for item in family.TRAIN]
    unknown = (HARD | SOLVABLE | DEMO) - {problem.id for problem in training}
    misplaced = (HARD & SOLVABLE) | (DEMO - SOLVABLE)
    if unknown or misplaced:
        raise ValueError(f"tasks/builtin/selection.py lists {sorted(unknown | misplaced)}, which are not tasks of "
                         "builtin:train; rerun `python bench/calibrate_tasks.py --select-train 100` after "
                         "calibrating the training tasks")
    return {
        "train": [problem for problem in training if problem.id not in HARD],
        "test": [to_problem(family.FAMILY, item) for family in TRAIN_FAMILIES for item in family.TEST],
        "ood": [to_problem(family.FAMILY, item) for family in OOD_FAMILIES for item in family.OOD],
        "hard": [problem for problem in training if problem.id in HARD],
        "solvable": [problem for problem in training if problem.id in SOLVABLE],
        "demo": [problem for problem in training if problem.id in DEMO],
    }


def main() -> None:
    for split, problems in build_problems().items():
        path = BUILTIN_DIR / f"{split}.jsonl"
        save_problems(problems, path)
        print(f"wrote {len(problems)} problems to {path}")
