"""bench/ppo_bench.py runs PPO iterations end to end and prints its figures, bench/linear_kernels.py times the
packed layers against nn.Linear (speed is not asserted)."""

import pytest
import torch

from bench import ppo_bench
from models.packed import packing_available


def test_ppo_bench_prints_each_stage(capsys):
    argv = ["--model", "tiny", "--dataset", "builtin:train", "--prompts-per-step", "2", "--samples-per-prompt", "2",
            "--minibatches", "2", "--max-new-tokens", "6", "--warmup", "--iterations", "2", "--reward-workers", "1"]
    assert ppo_bench.main(argv) == 0
    out = capsys.readouterr().out
    for stage in ("iteration", "generation", "reward", "forward", "update", "peak RSS"):
        assert f"\n{stage} " in out or out.startswith(stage)
    assert "2 timed, after a warm-up" in out


def test_ppo_bench_refuses_more_iterations_than_problems():
    with pytest.raises(SystemExit, match="fewer than"):
        ppo_bench.main(["--model", "tiny", "--dataset", "builtin:ood", "--prompts-per-step", "64", "--iterations", "9"])


@pytest.mark.skipif(not packing_available(torch.device("cpu")), reason="this torch has no oneDNN packing on the CPU")
def test_linear_kernels_prints_both_timings_and_their_difference(capsys):
    from bench import linear_kernels

    argv = ["--layers", "q_proj / o_proj", "--rows", "1", "3", "--number", "1", "--repeats", "1"]
    assert linear_kernels.main(argv) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("q_proj")]
    assert [line.split()[4] for line in lines] == ["1", "3"]  # one line per row count
    assert all(float(line.split()[-1]) < 1e-4 for line in lines)  # the same product
