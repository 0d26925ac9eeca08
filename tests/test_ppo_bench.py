"""bench/ppo_bench.py runs PPO iterations end to end and prints its figures (speed is not asserted)."""

import pytest

from bench import ppo_bench


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
