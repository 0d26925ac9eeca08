"""Regenerate smollm2_outputs.json: real answers of the default model, the fixture for extract_code's tests.

Run from the repository root: `python -m tests.data.generate_smollm2_outputs` (about a minute on 2 CPU cores).
The answers are sampled, so a new run gives different texts; the tests then need their expectations reviewed.
"""

import json
from pathlib import Path
from types import SimpleNamespace

import torch

from models import load_policy
from tasks.prompting import build_prompt

SEED = 1234
MAX_NEW_TOKENS = 200
# PPO samples at temperature 1; evaluation often samples cooler. Both kinds of text must extract well.
SAMPLES_PER_TEMPERATURE = {1.0: 2, 0.6: 1}

TASKS = [
    SimpleNamespace(
        id="duplicates",
        entry_point="has_duplicate",
        prompt=(
            "def has_duplicate(nums: list[int]) -> bool:\n"
            '    """Return True if any value appears at least twice in nums."""\n'
        ),
    ),
    SimpleNamespace(
        id="range-sums",
        entry_point="range_sums",
        prompt=(
            "def range_sums(nums: list[int], queries: list[tuple[int, int]]) -> list[int]:\n"
            '    """For each query (lo, hi), return sum(nums[lo:hi + 1]), in order."""\n'
        ),
    ),
    SimpleNamespace(
        id="count-primes",
        entry_point="count_primes",
        prompt='def count_primes(n: int) -> int:\n    """Return how many prime numbers are strictly less than n."""\n',
    ),
    SimpleNamespace(
        id="two-sum",
        entry_point="Solution().twoSum",
        prompt=(
            "Given an array of integers nums and an integer target, return indices of the two numbers such that "
            "they add up to target. Exactly one solution exists.\n\n"
            "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
        ),
    ),
    SimpleNamespace(
        id="fibonacci",
        entry_point="fib",
        prompt=(
            "def fib(n: int) -> int:\n"
            '    """Return the n-th Fibonacci number (fib(0) = 0, fib(1) = 1), for n up to 10**4."""\n'
        ),
    ),
]


def main() -> None:
    torch.manual_seed(SEED)
    model, tokenizer = load_policy("smollm2-135m-instruct")
    records = []
    for temperature, samples in SAMPLES_PER_TEMPERATURE.items():
        tasks = [task for task in TASKS for _ in range(samples)]
        batch = tokenizer([build_prompt(task, tokenizer) for task in tasks], return_tensors="pt", padding=True)
        with torch.no_grad():
            output = model.generate(**batch, max_new_tokens=MAX_NEW_TOKENS, do_sample=True, temperature=temperature)
        answers = tokenizer.batch_decode(output[:, batch.input_ids.shape[1]:], skip_special_tokens=True)
        records += [
            dict(task_id=task.id, entry_point=task.entry_point, prompt=task.prompt, temperature=temperature,
                 answer=answer)
            for task, answer in zip(tasks, answers)
        ]
    fixture = dict(model="smollm2-135m-instruct", seed=SEED, max_new_tokens=MAX_NEW_TOKENS, outputs=records)
    path = Path(__file__).with_name("smollm2_outputs.json")
    path.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {len(records)} answers to {path}")


if __name__ == "__main__":
    main()
