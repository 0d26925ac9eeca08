"""Every tensor the training loop creates lives on the model's device: a check that runs on a CPU-only machine.

On a GPU a tensor made without a device lands on the CPU, and the first op that mixes it with the model's
CUDA tensors (or a NCCL collective given it) fails. CI has no GPU, so instead a TorchFunctionMode records
every factory call (torch.tensor, torch.zeros, ...) made from this project's code during a PPO step and an
SFT run, and the test fails on any that neither names a device nor copies an input tensor's. What it cannot
see: tensors created inside libraries (the model's forward, the tokenizer's return_tensors, which
`generate` moves with .to(device)), and a device named wrongly (e.g. "cpu" where "cuda" was meant).
"""

import sys
from pathlib import Path

import pytest
import torch
from torch.overrides import TorchFunctionMode

import train
from ppo.config import Config
from ppo.kl import KLController
from ppo.run import build_models, make_optimizer
from ppo.trainer import execution_score_fn, ppo_step
from reward.executor import Verdict
from tasks import load_problems

REPO = Path(__file__).resolve().parent.parent
PROJECT_FOLDERS = tuple(str(REPO / folder) + "/" for folder in ("ppo", "models", "tasks", "evaluation", "common"))
FACTORIES = {
    torch.tensor, torch.as_tensor, torch.scalar_tensor, torch.zeros, torch.ones, torch.full, torch.empty,
    torch.arange, torch.linspace, torch.eye, torch.rand, torch.randn, torch.randint, torch.randperm,
}


class StrayFactoryCalls(TorchFunctionMode):
    """Records 'file:line function' for each factory call from project code that does not place its result."""

    def __init__(self):
        super().__init__()
        self.stray: list[str] = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func in FACTORIES and kwargs.get("device") is None and not (args and isinstance(args[0], torch.Tensor)):
            frame = sys._getframe(1)
            while frame and "/torch/" in frame.f_code.co_filename:
                frame = frame.f_back
            if frame and frame.f_code.co_filename.startswith(PROJECT_FOLDERS):
                self.stray.append(f"{frame.f_code.co_filename.removeprefix(str(REPO) + '/')}:{frame.f_lineno} {func.__name__}")
        return func(*args, **kwargs)


def test_the_mode_sees_a_stray_factory_call():
    from ppo import masking

    with StrayFactoryCalls() as mode:
        masking.masked_mean(torch.ones(3, device="cpu"), torch.ones(3, device="cpu"))  # places everything
        exec(compile("torch.zeros(2)", str(REPO / "ppo" / "example.py"), "exec"), {"torch": torch})
    assert mode.stray == ["ppo/example.py:1 zeros"]


@pytest.mark.parametrize("lora_rank", [0, 4])
def test_a_ppo_step_creates_every_tensor_on_the_models_device(lora_rank):
    config = Config(model="tiny", prompts_per_step=2, samples_per_prompt=2, max_new_tokens=4, minibatches=2,
                    microbatch_size=1, reward_norm="whiten", target_kl=10.0, lora_rank=lora_rank)
    model, reference, tokenizer = build_models(config, torch.device("cpu"))
    optimizer = make_optimizer(model, config)
    problems = load_problems("builtin:train")[:2]

    class Rewarder:  # the sandbox's verdicts, without running code: the scores come back as plain floats
        def score_batch(self, pairs):
            return [Verdict(status="failed", reward=-0.5 + 0.3 * i) for i in range(len(pairs))]

    generator = torch.Generator().manual_seed(0)
    with StrayFactoryCalls() as mode:
        metrics = ppo_step(model, reference, tokenizer, optimizer, KLController(config.kl_coef), problems,
                           execution_score_fn(Rewarder()), config, generator)
    assert metrics["ppo/optimizer_steps"] == 2
    assert mode.stray == []


def test_an_sft_run_creates_every_tensor_on_the_models_device(tmp_path):
    argv = ["--model", "tiny", "--algo", "sft", "--steps", "1", "--sft-batch-size", "2", "--microbatch-size", "1",
            "--limit-problems", "2", "--threads", "1", "--out", str(tmp_path / "sft")]
    with StrayFactoryCalls() as mode:
        assert train.main(argv) == 0
    assert mode.stray == []
