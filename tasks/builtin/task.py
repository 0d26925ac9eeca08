"""How a built-in task is written (`Task`, `task`) and how it becomes the `Problem` the rest of the project reads.

The family modules beside this file hold the tasks as data; `tasks/builtin/__init__.py` lists the families and
builds the splits. This file must not execute or time solutions (tests/test_builtin_tasks.py does that through
the rewarder).
"""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass

from tasks.problems import Problem

TYPING_NAMES = ("List", "Tuple")


@dataclass(frozen=True)
class Task:
    """One task as written in a family module; `to_problem` turns it into a `Problem`."""

    name: str
    """The part of the id after the family, e.g. "range-sum-queries"."""
    doc: str
    """The docstring the model sees under the signature: the task in a sentence or two and one example."""
    reference: str
    """An efficient solution; its last top-level `def` is the entry point and gives the prompt's signature."""
    slow: tuple[str, ...]
    """Correct, asymptotically worse solutions."""
    tests: str
    """Assert lines over `candidate`, wrapped into `def check(candidate):` (one assert per line)."""
    workload: str
    """Code defining `workload(candidate)`: heavier deterministic inputs; module-level set-up is not timed."""


def task(name: str, doc: str, reference: str, slow: str | list[str], tests: str, workload: str) -> Task:
    """A `Task` from indented triple-quoted strings (dedented and stripped here)."""
    slow_list = [slow] if isinstance(slow, str) else slow
    return Task(
        name=name,
        doc=_clean(doc),
        reference=_clean(reference),
        slow=tuple(_clean(code) for code in slow_list),
        tests=_clean(tests),
        workload=_clean(workload),
    )


def _clean(code: str) -> str:
    return textwrap.dedent(code).strip("\n") + "\n"


def task_id(family: str, item: Task) -> str:
    """The problem id of a task: `family/task-name`."""
    return f"{family}/{item.name}"


def to_problem(family: str, item: Task) -> Problem:
    """Build the `Problem`: the prompt is the signature and docstring, like HumanEval's."""
    entry_point, signature = _entry_point(item.reference)
    typing_names = [name for name in TYPING_NAMES if re.search(rf"\b{name}\[", signature)]
    preamble = f"from typing import {', '.join(typing_names)}\n" if typing_names else ""
    docstring = textwrap.indent(item.doc, "    ")
    prompt = (preamble + "\n\n" if preamble else "") + f'{signature}\n    """{docstring.lstrip()}    """\n'
    tests = "def check(candidate):\n" + textwrap.indent(item.tests, "    ")
    return Problem(
        id=task_id(family, item),
        prompt=prompt,
        entry_point=entry_point,
        reference=item.reference,
        tests=tests,
        preamble=preamble,
        workload=item.workload,
        slow_solutions=item.slow,
    )


def _entry_point(code: str) -> tuple[str, str]:
    """The name and the one-line `def` of the last top-level function in `code`."""
    functions = [node for node in ast.parse(code).body if isinstance(node, ast.FunctionDef)]
    if not functions:
        raise ValueError(f"reference has no top-level function:\n{code}")
    last = functions[-1]
    signature = code.splitlines()[last.lineno - 1].strip()
    if not signature.endswith(":"):
        raise ValueError(f"the signature of {last.name!r} must fit on one line, got {signature!r}")
    return last.name, signature
