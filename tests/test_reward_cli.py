"""`python -m reward score`: one JSON object for --code, one JSON line per row for --samples, clear errors."""

import json
import subprocess
import sys

import pytest

REQUIRED_KEYS = {"status", "passed", "reward", "runtime_s", "tests_passed", "tests_total", "peak_memory_mb"}


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "reward", *args], capture_output=True, text=True, timeout=240)


@pytest.fixture
def cache(tmp_path):
    return ["--cache-dir", str(tmp_path / "cache"), "--reward.timing.repeats", "5",
            "--reward.timing.min-duration", "0.002"]


def test_help_documents_every_option():
    result = run_cli("score", "--help")
    assert result.returncode == 0
    for option in ("--problems", "--code", "--samples", "--id", "--workers", "--reward.limits.timeout",
                   "--reward.limits.memory-mb", "--reward.timing.repeats", "--reward.timing.min-duration",
                   "--reward.limits.timeout-factor", "--no-time-candidates", "--reward.scoring.partial-credit",
                   "--cache-dir", "--output"):
        assert option in result.stdout


def test_score_one_file(tmp_path, cache):
    solution = tmp_path / "solution.py"
    solution.write_text("def sum_to_n(n):\n    return n * (n + 1) // 2 if n > 0 else 0\n")
    result = run_cli("score", "--problems", "builtin", "--id", "range-sums/sum-to-n", "--code", str(solution), *cache)
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert REQUIRED_KEYS <= set(verdict)
    assert verdict["status"] == "passed" and verdict["passed"] is True and verdict["runtime_s"] > 0


def test_score_a_samples_file_prints_one_line_per_row_in_order(tmp_path, cache):
    samples = tmp_path / "samples.jsonl"
    rows = [{"task_id": "HumanEval/0", "completion": "def has_close_elements(numbers, threshold):\n    return True\n"},
            {"task_id": "HumanEval/2", "completion": "def truncate_number(number):\n    return number % 1.0\n"},
            {"task_id": "HumanEval/2", "completion": "def truncate_number(number)\n"}]
    samples.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = run_cli("score", "--problems", "humaneval", "--samples", str(samples), "--workers", "2", *cache)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["task_id"], line["status"]) for line in lines] == [
        ("HumanEval/0", "failed"), ("HumanEval/2", "passed"), ("HumanEval/2", "syntax_error")]
    assert all(REQUIRED_KEYS <= set(line) for line in lines)


def test_unknown_task_id_is_named(tmp_path):
    solution = tmp_path / "solution.py"
    solution.write_text("x = 1\n")
    result = run_cli("score", "--problems", "humaneval", "--id", "HumanEval/9999", "--code", str(solution))
    assert result.returncode == 2 and "HumanEval/9999" in result.stderr


def test_malformed_samples_row_names_line_and_field(tmp_path):
    samples = tmp_path / "samples.jsonl"
    samples.write_text('{"task_id": "HumanEval/0", "completion": "x = 1"}\n{"task_id": "HumanEval/0"}\n')
    result = run_cli("score", "--problems", "humaneval", "--samples", str(samples))
    assert result.returncode == 2 and ":2:" in result.stderr and "completion" in result.stderr
