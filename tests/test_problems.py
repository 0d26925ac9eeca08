"""The Problem loaders: every supported format, auto-detection, .gz, and clear errors on malformed files."""

import gzip
import json
from pathlib import Path

import pytest

from tasks import DatasetError, Problem, load_problems, save_problems

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "leetcodedataset"
LEETCODE_TEST = SHARED / "LeetCodeDataset-v0.2.0-test.jsonl.gz"

TWO_SUM = (
    "class Solution:\n"
    "    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
    "        seen = {}\n"
    "        for i, x in enumerate(nums):\n"
    "            if target - x in seen:\n"
    "                return [seen[target - x], i]\n"
    "            seen[x] = i\n"
)


def own_row(**overrides):
    row = {
        "id": "sums/range",
        "prompt": "def total(n: int) -> int:\n    \"\"\"Sum of 0..n-1.\"\"\"\n",
        "entry_point": "total",
        "reference": "def total(n):\n    return n * (n - 1) // 2\n",
        "tests": "def check(candidate):\n    assert candidate(4) == 6\n",
        "preamble": "",
        "workload": "def workload(candidate):\n    candidate(10**6)\n",
        "slow_solutions": ["def total(n):\n    return sum(range(n))\n"],
    }
    row.update(overrides)
    return row


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_own_format_round_trip(tmp_path):
    problems = load_problems(write_jsonl(tmp_path / "p.jsonl", [own_row(), own_row(id="sums/other", workload=None)]))
    assert [p.id for p in problems] == ["sums/range", "sums/other"]
    assert problems[0].slow_solutions == ("def total(n):\n    return sum(range(n))\n",)
    assert problems[1].workload is None
    save_problems(problems, tmp_path / "again.jsonl")
    assert load_problems(tmp_path / "again.jsonl") == problems


def test_gzip_is_accepted(tmp_path):
    path = tmp_path / "p.jsonl.gz"
    with gzip.open(path, "wt") as f:
        f.write(json.dumps(own_row()) + "\n")
    assert load_problems(path)[0].entry_point == "total"


def test_humaneval_loads_offline_with_complete_references():
    problems = load_problems("humaneval")
    assert len(problems) == 164
    first = problems[0]
    assert first.id == "HumanEval/0" and first.entry_point == "has_close_elements"
    assert first.reference.startswith(first.prompt)  # prompt + canonical body is a whole program
    assert first.preamble == "from typing import List"


@pytest.mark.skipif(not LEETCODE_TEST.exists(), reason="../shared/data is not beside this checkout")
def test_leetcodedataset_maps_fields():
    problems = load_problems(LEETCODE_TEST)
    assert len(problems) == 200
    first = problems[0]
    assert first.entry_point.startswith("Solution().")
    assert "class Solution" in first.reference
    assert first.tests.lstrip().startswith("def check(candidate):")
    assert "from typing import *" in first.preamble


def test_effibench_json_becomes_check_and_workload(tmp_path):
    row = {
        "problem_idx": 1,
        "markdown_description": "Return the indices of the two numbers that add up to target.",
        "completion": TWO_SUM,
        "small_test_cases": "assert solution.twoSum([2, 7, 11, 15], 9) == [0, 1]\n",
        "test_case": "for _ in range(3):\n    assert solution.twoSum([1, 2], 3) == [0, 1]\n",
    }
    path = tmp_path / "effibench.json"
    path.write_text(json.dumps([row]))
    problem = load_problems(path)[0]
    assert problem.id == "1" and problem.entry_point == "Solution()"
    assert problem.prompt.endswith("def twoSum(self, nums: List[int], target: int) -> List[int]:")
    # The generated check and workload run against the reference.
    namespace = {}
    exec(problem.preamble + problem.reference + "\n" + problem.tests + "\n" + problem.workload, namespace)
    candidate = eval(problem.entry_point, namespace)
    namespace["check"](candidate)
    namespace["workload"](candidate)


def test_builtin_names_resolve():
    train, test, ood, hard = (load_problems(f"builtin:{split}") for split in ("train", "test", "ood", "hard"))
    assert train and test and ood and hard
    assert load_problems("builtin") == train + test + ood + hard
    assert {p.id for p in load_problems("builtin:solvable")} < {p.id for p in train}  # a part, not a split
    assert {p.id for p in load_problems("builtin:demo")} < {p.id for p in load_problems("builtin:solvable")}
    with pytest.raises(DatasetError, match="builtin:validation.*builtin:solvable"):
        load_problems("builtin:validation")


def test_unknown_name_says_what_exists():
    with pytest.raises(DatasetError, match=r"'no-such-set'.*builtin, builtin:train, builtin:test, builtin:ood, builtin:hard, builtin:solvable, builtin:demo, humaneval"):
        load_problems("no-such-set")


@pytest.mark.parametrize(
    "row, message",
    [
        ({k: v for k, v in own_row().items() if k != "tests"}, r"p\.jsonl:2 \(id 'sums/range'\): missing required field 'tests'"),
        (own_row(entry_point=7.5), r"p\.jsonl:2: field 'entry_point' must be a string"),
        (own_row(reference="def total(:\n"), r"p\.jsonl:2 \(id 'sums/range'\): field 'reference' is not valid Python"),
        (own_row(slow_solutions="def f(): pass"), r"field 'slow_solutions' must be a list of strings"),
        (own_row(colour="red"), r"p\.jsonl:2: unknown field\(s\) \['colour'\]"),
        (own_row(id="sums/first"), r"p\.jsonl:2: duplicate id 'sums/first' \(first at .*p\.jsonl:1\)"),
    ],
)
def test_malformed_rows_name_file_line_and_field(tmp_path, row, message):
    path = write_jsonl(tmp_path / "p.jsonl", [own_row(id="sums/first"), row])
    with pytest.raises(DatasetError, match=message):
        load_problems(path)


def test_invalid_json_line_is_reported(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(own_row()) + "\n{not json\n")
    with pytest.raises(DatasetError, match=r"p\.jsonl:2: invalid JSON"):
        load_problems(path)


def test_unrecognised_format_and_empty_file(tmp_path):
    with pytest.raises(DatasetError, match="unrecognised dataset format"):
        load_problems(write_jsonl(tmp_path / "q.jsonl", [{"question": "?", "answer": 42}]))
    (tmp_path / "empty.jsonl").write_text("\n")
    with pytest.raises(DatasetError, match="empty"):
        load_problems(tmp_path / "empty.jsonl")


def test_problem_is_immutable():
    problem = Problem(id="a", prompt="p", entry_point="f", reference="def f(): pass", tests="def check(c): pass")
    with pytest.raises(AttributeError):
        problem.id = "b"
