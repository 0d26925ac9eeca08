"""Two processes (gloo, CPU) make the same PPO update as one process holding the whole batch.

The rollout is generated once and fed to both set-ups, so the test isolates what data parallelism
changes: advantage whitening over all ranks, the token-count normaliser, and the gradient averaging of
DDP, or FSDP's reduce-scatter over sharded parameters.
"""

import socket

import pytest
import torch
import torch.multiprocessing as mp

from ppo import distributed
from ppo.config import Config
from ppo.rollout import Rollout, generate
from ppo.run import build_models
from ppo.trainer import make_experience, ppo_update

WORLD_SIZE = 2
CONFIG = dict(
    model="tiny", prompts_per_step=2, samples_per_prompt=4, max_new_tokens=6, epochs=2, minibatches=1,
    microbatch_size=2, lr=1e-3, kl_coef=0.05, temperature=1.0,
)


def _models(config, initial_state):
    torch.manual_seed(0)
    model, reference, tokenizer = build_models(config, torch.device("cpu"))
    model.load_state_dict(initial_state)
    return model, reference, tokenizer


def _rows(rollout: Rollout, rows: slice) -> Rollout:
    return Rollout(
        rollout.query_responses[rows], rollout.attention_mask[rows], rollout.prompt_length,
        rollout.response_mask[rows], rollout.truncated[rows], rollout.texts[rows],
    )


def _update(config, initial_state, rollout, scores):
    """make_experience + ppo_update on this process's rows; returns the updated parameters."""
    model, reference, _ = _models(config, initial_state)
    model = distributed.wrap_for_training(model, config.parallel, torch.device("cpu"))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.lr, eps=config.adam_eps)
    experience, _ = make_experience(model, reference, rollout, scores, config.kl_coef, config)
    stats = ppo_update(model, optimizer, experience, config, torch.Generator().manual_seed(0))
    # FSDP's parameters are DTensor shards: gather each one (collective) to compare whole tensors
    full = {name: p.full_tensor() if hasattr(p, "full_tensor") else p for name, p in model.named_parameters()}
    return {name: p.detach().clone() for name, p in full.items()}, stats


def _worker(rank, port, path, parallel):
    import os

    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank), WORLD_SIZE=str(WORLD_SIZE))
    torch.set_num_threads(1)
    distributed.setup()
    try:
        data = torch.load(path, weights_only=False)
        share = len(data["scores"]) // WORLD_SIZE
        rows = slice(rank * share, (rank + 1) * share)
        config = Config(**CONFIG, parallel=parallel)
        params, stats = _update(config, data["initial"], _rows(data["rollout"], rows), data["scores"][rows])
        if rank == 0:
            torch.save({name.removeprefix("module."): p for name, p in params.items()}, path + ".parallel")
    finally:
        distributed.cleanup()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("parallel", ["ddp", "fsdp"])
def test_two_gloo_processes_make_the_same_update_as_one_process(tmp_path, parallel):
    config = Config(**CONFIG)
    torch.manual_seed(0)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    initial = {name: t.clone() for name, t in model.state_dict().items()}
    prompts = ["def add(a, b):", "def is_prime(n):"]
    rollout = generate(model.policy, tokenizer, [p for p in prompts for _ in range(4)], config.max_new_tokens,
                       config.temperature)
    scores = torch.tensor([1.0, -0.3, 0.5, -1.0, 0.75, -0.6, 0.0, 0.9])
    path = str(tmp_path / "rollout.pt")
    torch.save({"initial": initial, "rollout": rollout, "scores": scores}, path)

    single, stats = _update(config, initial, rollout, scores)
    assert stats["ppo/optimizer_steps"] == 2
    mp.spawn(_worker, args=(_free_port(), path, parallel), nprocs=WORLD_SIZE, join=True)
    spread = torch.load(path + ".parallel")

    assert set(spread) == set(single)
    moved = max((single[name] - initial[name]).abs().max().item() for name in single)
    assert moved > 1e-4  # the update did something, so agreeing is not trivial
    for name in single:
        assert torch.allclose(spread[name], single[name], atol=2e-5, rtol=1e-4), name

