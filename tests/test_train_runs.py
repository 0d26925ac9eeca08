"""Whole runs of train.py with the real rewarder: PPO on tiny and on SmolLM2, SFT and PIE, kill and resume.

A killed run resumed with --resume must end like an uninterrupted one: the same number of steps, one
metrics line per step (no gap, no duplicate), and, the tiny model being deterministic on CPU, the same weights.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

import train
from ppo.checkpoint import CHECKPOINT, DONE, METRICS, learning_summary

REPO = Path(__file__).resolve().parent.parent
TINY = [
    "--model", "tiny", "--max-new-tokens", "8", "--prompts-per-step", "2", "--samples-per-prompt", "2",
    "--epochs", "1", "--minibatches", "1", "--reward-workers", "1", "--threads", "1", "--limit-problems", "2",
]


def metrics_of(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / METRICS).read_text().splitlines()]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> Path:
    """Three PPO steps on tiny with the real rewarder, a checkpoint after each; the same 2 problems every step, so
    steps 2 and 3 draw problems an earlier step drew."""
    out = tmp_path_factory.mktemp("runs") / "uninterrupted"
    assert train.main([*TINY, "--steps", "3", "--save-every", "1", "--out", str(out)]) == 0
    return out


def test_one_ppo_run_on_tiny_with_the_real_rewarder_writes_a_finished_run(uninterrupted):
    from transformers import AutoModelForCausalLM

    rows = metrics_of(uninterrupted)
    assert [row["step"] for row in rows] == [1, 2, 3]
    for key in [
        "reward/mean", "reward/std", "reward/pass_rate", "reward/efficient_correct_rate", "reward/rate_syntax_error",
        "objective/kl", "objective/entropy", "ppo/policy_clipfrac", "ppo/value_clipfrac", "ppo/approx_kl",
        "loss/policy", "loss/value", "ppo/explained_variance", "response/length", "response/eos_rate",
        "time/generation", "time/reward", "time/update", "throughput/generated_tokens_per_s", "memory/peak_mb",
    ]:
        assert key in rows[0], key
    # each step logs its problems and their mean rewards; a problem drawn again is compared with its last draw
    history = {}
    for row in rows:
        assert len(row["data/problems"]) == len(row["data/problem_rewards"]) == 2
        again = [(p, r) for p, r in zip(row["data/problems"], row["data/problem_rewards"]) if p in history]
        if again:
            expected = sum(r - history[p] for p, r in again) / len(again)
            assert row["reward/change_on_revisit"] == pytest.approx(expected)
        else:
            assert "reward/change_on_revisit" not in row
        history.update(zip(row["data/problems"], row["data/problem_rewards"]))
    assert "reward/change_on_revisit" in rows[1] and "reward/change_on_revisit" in rows[2]
    rates = sum(rows[0][f"reward/rate_{s}"] for s in ["passed", "failed", "runtime_error", "timeout", "memory_exceeded", "syntax_error"])
    assert rates == pytest.approx(1.0)
    assert json.loads((uninterrupted / DONE).read_text())["step"] == 3
    assert (uninterrupted / "curves.png").stat().st_size > 0
    summary = learning_summary(rows)  # what the run prints at its end
    assert summary.startswith(f"by thirds of the run (steps 1-1 / 2-2 / 3-3): reward {rows[0]['reward/mean']:+.2f} / ")
    assert "reward change on problems drawn again" in summary
    # the checkpoint is a plain Hugging Face folder
    AutoModelForCausalLM.from_pretrained(uninterrupted / CHECKPOINT)


def test_killed_and_resumed_run_matches_the_uninterrupted_one(uninterrupted, tmp_path):
    out = tmp_path / "killed"
    command = [sys.executable, "train.py", *TINY, "--steps", "3", "--save-every", "1", "--out", str(out)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        # kill it hard once step 2 is logged: its checkpoint may or may not be written yet
        while not ((out / METRICS).is_file() and len((out / METRICS).read_text().splitlines()) >= 2):
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.2)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert not (out / DONE).exists()

    assert train.main(["--resume", str(out)]) == 0
    resumed, reference = metrics_of(out), metrics_of(uninterrupted)
    assert [row["step"] for row in resumed] == [1, 2, 3]
    assert [row["data/position"] for row in resumed] == [row["data/position"] for row in reference]
    assert [row["reward/mean"] for row in resumed] == [row["reward/mean"] for row in reference]
    # the resumed steps compare their problems with draws made before the kill
    assert [row.get("reward/change_on_revisit") for row in resumed] == [
        row.get("reward/change_on_revisit") for row in reference]
    weights, expected = load_file(out / CHECKPOINT / "model.safetensors"), load_file(uninterrupted / CHECKPOINT / "model.safetensors")
    for name in expected:
        assert torch.allclose(weights[name], expected[name], atol=1e-5), name
    # a finished run refuses a second resume unless asked for more steps
    assert train.main(["--resume", str(out)]) != 0


@pytest.mark.parametrize("algo", ["sft", "pie"])
def test_baselines_train_on_tiny(tmp_path, algo):
    out = tmp_path / algo
    argv = ["--model", "tiny", "--algo", algo, "--steps", "2", "--sft-batch-size", "2", "--microbatch-size", "1",
            "--limit-problems", "4", "--threads", "1", "--out", str(out)]
    assert train.main(argv) == 0
    rows = metrics_of(out)
    assert [row["step"] for row in rows] == [1, 2]
    assert all(row["sft/loss"] > 0 for row in rows)
    assert json.loads((out / DONE).read_text())["algo"] == algo


def test_one_ppo_iteration_on_smollm2(tmp_path):
    out = tmp_path / "smollm2"
    argv = ["--steps", "1", "--max-new-tokens", "48", "--prompts-per-step", "1", "--samples-per-prompt", "2",
            "--epochs", "1", "--minibatches", "1", "--out", str(out)]
    assert train.main(argv) == 0
    (row,) = metrics_of(out)
    assert row["step"] == 1 and -1.0 <= row["reward/mean"] <= 1.0
    assert 0 < row["response/length"] <= 48
    assert (out / CHECKPOINT / "trainer_state.pt").is_file()
