"""bf16 compute over float32 master weights: a GPU-preset learning rate still moves the weights.

A bf16 weight of magnitude 0.02 has a spacing of about 1e-4 between representable values, so an AdamW
step of 1e-6 applied to bf16 parameters rounds back to the same value almost everywhere. The optimizer
must update float32 master weights, with bf16 only in the forward passes. (With LoRA, B starts at zero,
so A's gradient is zero at the first step and tiny after it: A moves by less than float32 resolves at
lr 1e-6 whatever the precision. The check there is on B and the value head, which carry the first update.)
"""

import pytest
import torch

from ppo.config import Config
from ppo.rollout import generate
from ppo.run import build_models, make_optimizer
from ppo.trainer import make_experience, ppo_update


@pytest.mark.parametrize("lora_rank", [0, 4])
def test_a_bf16_run_at_lr_1e_6_changes_almost_every_trained_weight(lora_rank):
    config = Config(model="tiny", dtype="bfloat16", lr=1e-6, epochs=3, minibatches=1, microbatch_size=4,
                    max_new_tokens=6, temperature=1.0, lora_rank=lora_rank)
    model, reference, tokenizer = build_models(config, torch.device("cpu"))
    trained = {name: p for name, p in model.named_parameters() if p.requires_grad}
    assert all(p.dtype == torch.float32 for p in trained.values())
    trained = {name: p for name, p in trained.items() if not name.endswith("lora_A")}
    before = {name: p.detach().clone() for name, p in trained.items()}
    optimizer = make_optimizer(model, config)
    torch.manual_seed(0)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        rollout = generate(model.policy, tokenizer, ["def add(a, b):", "def is_prime(n):"] * 2, 6, 1.0)
    experience, _ = make_experience(model, reference, rollout, torch.tensor([1.0, -0.5, 0.25, -1.0]), 0.05, config)
    stats = ppo_update(model, optimizer, experience, config, torch.Generator().manual_seed(0))
    assert stats["ppo/optimizer_steps"] == 3
    changed = sum(int((p.detach() != before[name]).sum()) for name, p in trained.items())
    total = sum(p.numel() for p in trained.values())
    assert changed / total >= 0.95, f"only {changed / total:.1%} of the trained weights changed"
