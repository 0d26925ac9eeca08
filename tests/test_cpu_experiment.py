"""bench/cpu_experiment.sh end to end on the tiny model (one step per run, two held-out problems): it trains the
three runs, evaluates and writes the side-by-side, and a second call finds every stage done and repeats none."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_experiment(tmp_path: Path) -> str:
    env = {**os.environ, "PY": sys.executable, "RUNS": str(tmp_path / "runs"), "OUT": str(tmp_path / "results"),
           "BASE": "tiny", "STAGES": "test",
           "TRAIN_ARGS": "--model tiny --steps 1 --max-new-tokens 8 --prompts-per-step 1 --samples-per-prompt 2 "
                         "--limit-problems 2 --reward-workers 1 --threads 1",
           "EVAL_ARGS": "--limit 2 --max-new-tokens 8"}
    done = subprocess.run(["bash", "bench/cpu_experiment.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def test_the_experiment_runs_every_stage_once_and_a_second_call_repeats_none(tmp_path):
    first = run_experiment(tmp_path)
    for run in ("ppo", "sft", "pie"):
        assert f"runs/{run}: training" in first
        assert (tmp_path / "runs" / run / "done.json").exists()
        assert (tmp_path / "results" / "runs" / run / "metrics.jsonl").exists()
    test = tmp_path / "results" / "builtin-test"
    for label in ("original", "ACECode", "SFT", "PIE"):
        assert (test / label / "generated").exists()
    assert (test / "results.json").exists() and (test / "side-by-side.md").exists()

    second = run_experiment(tmp_path)
    assert "training" not in second.replace("training took", "") and "generating" not in second
    assert second.count("finished, skipped") == 3 and second.count("generated, skipped") == 4
    assert "scored, skipped" in second
