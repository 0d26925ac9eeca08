"""Prompts for chat and base models, and code extraction, on hand-made cases and real SmolLM2 answers."""

import ast
import copy
import json
from pathlib import Path

import pytest
import torch

from models import load_tokenizer
from models.stopping import CodeBlockStop
from tasks import Problem
from tasks.prompting import build_prompt, code_block_closed, extract_code

OUTPUTS = json.loads((Path(__file__).parent / "data" / "smollm2_outputs.json").read_text())["outputs"]

PROBLEM = Problem(
    id="duplicates/has-duplicate",
    prompt='def has_duplicate(nums: list[int]) -> bool:\n    """Return True if a value appears twice."""\n',
    entry_point="has_duplicate",
    reference="def has_duplicate(nums):\n    return len(set(nums)) < len(nums)\n",
    tests="def check(candidate):\n    assert candidate([1, 1])\n",
)


@pytest.fixture(scope="module")
def chat_tokenizer():
    return load_tokenizer("smollm2-135m-instruct")


def test_chat_prompt_uses_the_template_and_asks_for_one_python_block(chat_tokenizer):
    prompt = build_prompt(PROBLEM, chat_tokenizer)
    assert prompt.startswith("<|im_start|>system")
    assert prompt.endswith("<|im_start|>assistant\n")
    assert "def has_duplicate(nums: list[int]) -> bool:" in prompt
    assert "```python" in prompt and "efficient" in prompt and "correct" in prompt
    assert len(chat_tokenizer(prompt).input_ids) < 150  # short: every prompt token costs CPU time in PPO


def test_base_model_prompt_opens_a_python_block(chat_tokenizer):
    base_tokenizer = copy.deepcopy(chat_tokenizer)
    base_tokenizer.chat_template = None
    prompt = build_prompt(PROBLEM, base_tokenizer)
    assert "<|im_start|>" not in prompt
    assert prompt.endswith("```python\n")
    assert "def has_duplicate" in prompt
    completion = "def has_duplicate(nums):\n    return len(set(nums)) < len(nums)\n```\nDone."
    expected = "def has_duplicate(nums):\n    return len(set(nums)) < len(nums)"
    assert extract_code(completion, "has_duplicate") == expected


def test_class_entry_points_are_described():
    problem = Problem(id="x", prompt="class Solution: ...", entry_point="Solution().twoSum", reference="", tests="")

    class NoChat:
        chat_template = None

    assert "class `Solution` with method `twoSum`" in build_prompt(problem, NoChat())


FENCED = "Here is my solution:\n\n```python\ndef f(x):\n    return x + 1\n```\n\nIt adds one."


@pytest.mark.parametrize(
    ("text", "entry_point", "expected"),
    [
        (FENCED, None, "def f(x):\n    return x + 1"),
        ("```py\ndef f(x):\n    return 1\n```", None, "def f(x):\n    return 1"),
        ("```\ndef f(x):\n    return 2\n```", None, "def f(x):\n    return 2"),
        ("Sure!\n```python\ndef f(x):\n    return 3\n", None, "def f(x):\n    return 3"),  # unclosed fence
        ("def f(x):\n    return 4\n", None, "def f(x):\n    return 4"),  # no fence: the raw text
        ("Use:\n```bash\npip install x\n```\n```python\ndef f():\n    pass\n```", None, "def f():\n    pass"),
        (  # several blocks: the one defining the entry point wins over the first one
            "```python\ndef helper():\n    return 0\n```\nThen:\n```python\ndef g():\n    return helper()\n```",
            "g",
            "def g():\n    return helper()",
        ),
        (  # without an entry point: the first block that defines something, not a usage example
            "```python\nprint(f(2))\n```\n```python\ndef f(x):\n    return x\n```",
            None,
            "def f(x):\n    return x",
        ),
        (  # a class entry point
            "```python\nx = Solution()\n```\n```python\nclass Solution:\n    def twoSum(self):\n        return []\n```",
            "Solution().twoSum",
            "class Solution:\n    def twoSum(self):\n        return []",
        ),
        (  # a broken definition of the entry point still beats a usage example
            "```python\ndef f(x)\n    return x\n```\n```python\nprint(f(1))\n```",
            "f",
            "def f(x)\n    return x",
        ),
        ("1. Code:\n   ```python\n   def f():\n       return 5\n   ```", None, "def f():\n    return 5"),  # indented
    ],
)
def test_extract_code_cases(text, entry_point, expected):
    assert extract_code(text, entry_point) == expected


@pytest.mark.parametrize("record", OUTPUTS, ids=[f"{i}-{r['task_id']}" for i, r in enumerate(OUTPUTS)])
def test_extract_code_on_real_smollm2_answers(record):
    code = extract_code(record["answer"], record["entry_point"])
    assert "```" not in code
    assert code.strip() and code == code.strip("\n")
    first_line = code.splitlines()[0]
    # Every answer in the fixture starts its code with a definition or an assignment, never with prose.
    assert first_line.startswith(("def ", "class ", "sums = ")), first_line


# Reviewed by eye: the answers whose extracted code is complete, valid Python, and what each defines.
PARSEABLE = {
    1: "is_duplicate_by_signature",
    7: "two_sum",
    10: "has_duplicate",
    11: "range_sums",
    12: "count_primes",
    14: "fib",
}


@pytest.mark.parametrize("index", sorted(PARSEABLE))
def test_real_answers_with_valid_code_extract_to_that_code(index):
    record = OUTPUTS[index]
    code = extract_code(record["answer"], record["entry_point"])
    tree = ast.parse(code)
    assert PARSEABLE[index] in {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert not any(line.startswith(("This ", "The ", "###")) for line in code.splitlines())


def test_prose_after_code_and_a_second_unfenced_attempt_are_dropped():
    record = OUTPUTS[12]  # a fenced solution, then "### Test the solution" and more code outside any fence
    code = extract_code(record["answer"], record["entry_point"])
    assert code.count("def count_primes") == 1 and "### Test" not in code and code.endswith("return count")


@pytest.mark.parametrize(
    "text, closed",
    [
        ("```python\ndef f():\n    return 1\n```", True),
        ("Sure:\n```py\nx = 1\n```\nThis sets x.", True),
        ("```python\ndef f():\n    return 1\n``", False),  # the closing fence is not there yet
        ("```python\ndef f():\n    return 1\n", False),
        ("def f():\n    return 1\n```", True),  # began with code: the first fence closes it
        ("def f(x) -> None:\n```\nSee below.\n```python\ndef f(x):\n    return x\n", False),  # broken, then open
        ("def f(x) -> None:\n```\nSee below.\n```python\ndef f(x):\n    return x\n```", True),
        ("```\n\n```", False),  # an empty block is not an answer
        ("```text\nhello\n```", False),  # another language
        ("```text\nhello\n```\n```python\nx = 1\n```", True),
        ("no fences at all", False),
    ],
)
def test_code_block_closed(text, closed):
    assert code_block_closed(text) == closed


@pytest.mark.parametrize("record", OUTPUTS, ids=[f"{i}-{r['task_id']}" for i, r in enumerate(OUTPUTS)])
def test_stopping_at_the_closing_fence_keeps_the_extracted_code(record, chat_tokenizer):
    """Feed a real answer to CodeBlockStop token by token: it fires on the token that closes the block (or
    never), and the code extracted from what was generated up to there is the code of the whole answer."""
    ids = chat_tokenizer(record["answer"], add_special_tokens=False).input_ids
    stop = CodeBlockStop(chat_tokenizer)
    fired_at = next((n for n in range(1, len(ids) + 1) if stop.closed(ids[:n])), None)
    kept = chat_tokenizer.decode(ids[:fired_at]) if fired_at else record["answer"]
    if fired_at:
        assert kept.rstrip().endswith("```") and not code_block_closed(chat_tokenizer.decode(ids[: fired_at - 1]))
    assert extract_code(kept, record["entry_point"]) == extract_code(record["answer"], record["entry_point"])


def test_code_block_stop_fires_on_several_of_the_recorded_answers(chat_tokenizer):
    closed = [record for record in OUTPUTS if code_block_closed(record["answer"])]
    assert len(closed) >= 5  # the property above is not vacuous
