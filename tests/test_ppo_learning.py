"""The PPO loop learns: on the tiny model, a synthetic reward rises within a few iterations.

The reward is the fraction of response tokens drawn from a fixed tenth of the vocabulary: the tokens whose
output embedding points most along one random direction. The policy can raise it by turning its last hidden
state towards that direction. Sampling at a low temperature makes the tiny random model's near-uniform
logits distinct enough to learn in a handful of steps; the log-probs use the same temperature.
"""

import pytest
import torch

from ppo.config import Config
from ppo.kl import KLController
from ppo.run import build_models, make_optimizer
from ppo.trainer import ppo_step
from tasks import Problem

PROBLEM = Problem(
    id="synthetic/identity", prompt="def identity(x):\n    \"\"\"Return x.\"\"\"\n", entry_point="identity",
    reference="def identity(x):\n    return x\n", tests="def check(candidate):\n    assert candidate(1) == 1\n",
)


def test_ppo_raises_a_synthetic_reward_on_the_tiny_model():
    config = Config(
        model="tiny", prompts_per_step=2, samples_per_prompt=8, max_new_tokens=8, temperature=0.1, lr=2e-3,
        kl_coef=0.0, epochs=2, minibatches=1, microbatch_size=16, vf_coef=0.1,
    )  # these settings pass for seeds 0-4 (at lr 5e-3 the reward reached 1.0, then some seeds collapsed)
    torch.manual_seed(0)
    model, reference, tokenizer = build_models(config, torch.device("cpu"))
    embeddings = model.policy.get_output_embeddings().weight.detach()
    projection = embeddings @ torch.randn(embeddings.shape[1], generator=torch.Generator().manual_seed(1))
    target = projection > projection.quantile(0.9)

    def score_fn(problems, rollout):
        in_target = target[rollout.responses].float() * rollout.response_mask
        return in_target.sum(1) / rollout.response_mask.sum(1), None

    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.lr, eps=config.adam_eps)
    kl_controller = KLController(config.kl_coef)
    generator = torch.Generator().manual_seed(0)
    rewards = []
    for _ in range(8):
        metrics = ppo_step(model, reference, tokenizer, optimizer, kl_controller, [PROBLEM] * 2, score_fn, config, generator)
        rewards.append(metrics["reward/mean"])
        assert metrics["ppo/optimizer_steps"] == 2
    # each step's reward is measured on the rollout before its update
    assert sum(rewards[-3:]) / 3 > sum(rewards[:2]) / 2 + 0.2, rewards
    assert rewards[-1] > 0.7, rewards


@pytest.mark.parametrize("separate_critic", [False, True])
def test_critic_lr_gives_the_critic_its_own_learning_rate(separate_critic):
    config = Config(model="tiny", lr=1e-5, critic_lr=1e-3, separate_critic=separate_critic)
    model, _, _ = build_models(config, torch.device("cpu"), with_reference=False)
    policy_group, critic_group = make_optimizer(model, config).param_groups
    critic = {id(p) for name, p in model.named_parameters() if name.startswith(("value_head.", "critic."))}
    assert {id(p) for p in critic_group["params"]} == critic and critic_group["lr"] == 1e-3
    assert not critic & {id(p) for p in policy_group["params"]} and policy_group["lr"] == 1e-5
    assert len(policy_group["params"]) + len(critic) == len(list(model.parameters()))
    # without --critic-lr: one group, so checkpoints keep the optimizer layout they always had
    (group,) = make_optimizer(model, Config(model="tiny", lr=1e-5)).param_groups
    assert group["lr"] == 1e-5 and len(group["params"]) == len(list(model.parameters()))
