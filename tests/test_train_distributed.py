"""train.py under torchrun with two gloo processes: FSDP in bf16, with and without LoRA, saved, killed, resumed;
and a rank that fails mid-step ending the whole run.

A resumed FSDP run must end like an uninterrupted one: one metrics line per step (none lost, none repeated)
and the same weights. Every launch runs under a generous time limit: a checkpoint save that hangs, or a rank
left waiting for a dead one, fails the test instead of blocking the suite.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from ppo.checkpoint import CHECKPOINT, DONE, METRICS, TRAINER_STATE

REPO = Path(__file__).resolve().parent.parent
TORCHRUN = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2"]
TINY = [
    "--model", "tiny", "--max-new-tokens", "4", "--prompts-per-step", "2", "--samples-per-prompt", "2",
    "--epochs", "1", "--minibatches", "1", "--reward-workers", "1", "--no-time-candidates", "--threads", "1",
    "--collective-timeout-s", "60",
]
LAUNCH_LIMIT_S = 240  # a run of two tiny steps takes well under a minute even on a loaded 2-core machine


def launch(args: list[str], script: str = "train.py") -> subprocess.Popen:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.Popen([*TORCHRUN, script, *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)


def finish(process: subprocess.Popen) -> tuple[int, str]:
    try:
        output, _ = process.communicate(timeout=LAUNCH_LIMIT_S)
    except subprocess.TimeoutExpired:
        output = kill_run(process)
        pytest.fail(f"the run did not end within {LAUNCH_LIMIT_S} s:\n{output[-3000:]}")
    return process.returncode, output


def kill_run(process: subprocess.Popen) -> str:
    """SIGKILL torchrun and its workers at once, as when a machine dies (torchrun starts each in its own session)."""
    import psutil

    workers = psutil.Process(process.pid).children(recursive=True)
    for each in [psutil.Process(process.pid), *workers]:
        try:
            each.kill()
        except psutil.NoSuchProcess:  # ended between the listing and the kill (a sandbox child, say)
            pass
    output, _ = process.communicate()
    psutil.wait_procs(workers, timeout=30)
    return output


def saved_step(out: Path) -> int:
    state = out / CHECKPOINT / TRAINER_STATE
    return torch.load(state, weights_only=False)["step"] if state.is_file() else 0


def weights(out: Path) -> dict[str, torch.Tensor]:
    tensors = load_file(out / CHECKPOINT / "model.safetensors")
    if (out / CHECKPOINT / "trainable.safetensors").is_file():
        tensors.update({f"trainable/{k}": v for k, v in load_file(out / CHECKPOINT / "trainable.safetensors").items()})
    return tensors


@pytest.mark.parametrize("lora", [[], ["--lora-rank", "4"]], ids=["full", "lora"])
def test_fsdp_bf16_run_saved_killed_and_resumed_matches_the_uninterrupted_one(tmp_path, lora):
    args = [*TINY, "--parallel", "fsdp", "--dtype", "bfloat16", *lora, "--steps", "2", "--save-every", "1"]
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    code, output = finish(launch([*args, "--out", str(whole)]))
    assert code == 0, output[-3000:]

    process = launch([*args, "--out", str(killed)])
    deadline = time.monotonic() + LAUNCH_LIMIT_S
    while saved_step(killed) < 1:  # kill every process hard once the first checkpoint is complete
        assert process.poll() is None, f"the run ended before it could be killed:\n{process.communicate()[0][-3000:]}"
        assert time.monotonic() < deadline, "no checkpoint within the time limit: the save hangs"
        time.sleep(0.2)
    kill_run(process)
    assert not (killed / DONE).exists()

    code, output = finish(launch(["--resume", str(killed)]))
    assert code == 0, output[-3000:]
    rows = [json.loads(line) for line in (killed / METRICS).read_text().splitlines()]
    reference = [json.loads(line) for line in (whole / METRICS).read_text().splitlines()]
    assert [row["step"] for row in rows] == [1, 2]
    assert [row["data/position"] for row in rows] == [row["data/position"] for row in reference]
    assert [row["reward/mean"] for row in rows] == [row["reward/mean"] for row in reference]
    resumed, expected = weights(killed), weights(whole)
    assert set(resumed) == set(expected)
    for name in expected:
        assert expected[name].dtype == torch.float32, name  # the master weights, not their bf16 rounding
        assert torch.allclose(resumed[name], expected[name], atol=1e-6), name


FAILING_RANK = '''
import sys
sys.path.insert(0, {repo!r})
import torch.distributed as dist
import ppo.trainer
import train

original = ppo.trainer.make_experience

def make_experience(*args, **kwargs):
    if dist.get_rank() == 1:
        raise RuntimeError("injected failure on rank 1")
    return original(*args, **kwargs)

ppo.trainer.make_experience = make_experience
sys.exit(train.record(train.main)())
'''


def test_a_rank_that_raises_mid_step_ends_the_whole_run_with_its_error(tmp_path):
    script = tmp_path / "failing_rank.py"
    script.write_text(FAILING_RANK.format(repo=str(REPO)))
    process = launch([*TINY, "--parallel", "fsdp", "--steps", "2", "--out", str(tmp_path / "run")], script=str(script))
    code, output = finish(process)
    assert code != 0
    assert "injected failure on rank 1" in output
    assert "rank 1 of 2 failed" in output
    assert not (tmp_path / "run" / DONE).exists()
