"""Two processes (gloo, CPU) make the same PPO update as one process holding the whole batch.

The rollout is generated once and fed to every set-up, so the test isolates what data parallelism
changes: advantage whitening over all ranks, the token-count normaliser, the minibatch split over ranks,
gradient accumulation without a sync on all but the last microbatch, and the gradient averaging of DDP or
FSDP's reduce-scatter over sharded parameters. Every case (DDP, FSDP) x (float32, bf16 compute) x (full, LoRA),
and LoRA on the top block alone in float32, runs in one pair of processes, each rank seeded differently, with
models built as a run builds them: so the initial weights must agree across ranks too.
"""

import faulthandler
import itertools
import os
import socket
from pathlib import Path

import pytest
import torch
import torch.multiprocessing as mp

from ppo import distributed
from ppo.checkpoint import seed_everything
from ppo.config import Config
from ppo.rollout import Rollout, generate
from ppo.run import build_models, make_optimizer
from ppo.trainer import make_experience, ppo_update

WORLD_SIZE = 2
CONFIG = dict(
    model="tiny", prompts_per_step=2, samples_per_prompt=4, max_new_tokens=6, epochs=2, minibatches=2,
    microbatch_size=1, lr=1e-3, kl_coef=0.05, temperature=1.0,
)
# (parallel, dtype, LoRA rank, LoRA blocks): full and LoRA updates, and LoRA on the top block alone, whose update
# starts at that block from the reference pass's record (models/lower_blocks.py; FSDP runs whole passes)
CASES = [*((parallel, dtype, rank, 0) for parallel, dtype, rank in itertools.product(["ddp", "fsdp"],
                                                                                    ["float32", "bfloat16"], [0, 4])),
         ("ddp", "float32", 4, 1), ("fsdp", "float32", 4, 1)]


def _config(dtype="float32", lora_rank=0, parallel="ddp", lora_layers=0) -> Config:
    return Config(**CONFIG, dtype=dtype, lora_rank=lora_rank, parallel=parallel, lora_layers=lora_layers)


def _rows(rollout: Rollout, rows: slice) -> Rollout:
    return Rollout(
        rollout.query_responses[rows], rollout.attention_mask[rows], rollout.prompt_length,
        rollout.response_mask[rows], rollout.truncated[rows], rollout.texts[rows],
    )


def _update(config, rollout, scores):
    """build_models + make_experience + ppo_update on this process's rows; (initial, updated) trained tensors."""
    model, reference, _ = build_models(config, torch.device("cpu"))
    initial = {name: p.detach().clone() for name, p in model.named_parameters() if p.requires_grad}
    wrapped = distributed.wrap_for_training(model, config.parallel, torch.device("cpu"))
    optimizer = make_optimizer(wrapped, config)
    experience, _ = make_experience(wrapped, reference, rollout, scores, config.kl_coef, config)
    stats = ppo_update(wrapped, optimizer, experience, config, torch.Generator().manual_seed(0))
    assert stats["ppo/optimizer_steps"] == config.epochs * config.minibatches
    # FSDP's parameters are DTensor shards: gather each one (collective) to compare whole tensors
    updated = {}
    for name, p in model.named_parameters():
        if p.requires_grad:
            updated[name] = (p.full_tensor() if hasattr(p, "full_tensor") else p).detach().clone()
    assert all(p.dtype == torch.float32 for p in updated.values())  # master weights, whatever the compute dtype
    return initial, updated, wrapped, experience


def _fsdp_accumulates_without_syncing(wrapped, experience, config):
    """With gradient sync off, FSDP2 keeps the gradient to itself (no reduce-scatter, so no sharded .grad)."""
    from ppo.rollout import forward_response

    mb = experience.rows(torch.arange(1))
    trained = [p for p in wrapped.parameters() if p.requires_grad]
    for p in trained:
        p.grad = None  # the update's last gradients
    for sync in (False, True):
        with distributed.gradient_sync(wrapped, enabled=sync):
            logits, values = forward_response(wrapped, mb.query_responses, mb.attention_mask, mb.prompt_length, 1.0)
            (logits.mean() + values.mean()).backward()
        assert all((p.grad is not None) == sync for p in trained), f"sync={sync}"


def _worker(rank, port, path):
    # A rank that dies in C++ (gloo aborts on some errors) leaves no Python traceback: its stack goes to a file
    # that the fixture shows if the rank fails.
    with open(f"{path}.rank{rank}.log", "w") as log:
        faulthandler.enable(log, all_threads=True)
        _work(rank, port, path)
        print(f"rank {rank}: done", file=log, flush=True)
    # Leave without tearing gloo down. Both ranks have passed the final barrier, so nothing is pending, and the
    # teardown is the one step that may abort a rank in C++ with the other closing its connections at the same
    # time (a rank died of SIGABRT once on a loaded CI machine; 8 runs under load did not reproduce it).
    os._exit(0)


def _work(rank, port, path):
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), RANK=str(rank), WORLD_SIZE=str(WORLD_SIZE))
    torch.set_num_threads(1)
    distributed.setup(timeout_s=120)
    data = torch.load(path, weights_only=False)
    share = len(data["scores"]) // WORLD_SIZE
    rows = slice(rank * share, (rank + 1) * share)
    results = {}
    for parallel, dtype, lora_rank, lora_layers in CASES:
        seed_everything(100 + rank)  # as run.start does: each rank its own sampling stream
        config = _config(dtype, lora_rank, parallel, lora_layers)
        _, updated, wrapped, experience = _update(config, _rows(data["rollout"], rows), data["scores"][rows])
        results[parallel, dtype, lora_rank, lora_layers] = updated
        if parallel == "fsdp" and dtype == "float32":
            _fsdp_accumulates_without_syncing(wrapped, experience, config)
    if rank == 0:
        torch.save(results, path + ".parallel")
    distributed.barrier()  # leave together: the other rank may still be reading from this one


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def spread_and_single(tmp_path_factory):
    """The rollout, one process's updates for each (dtype, LoRA), and two processes' for every case."""
    config = _config()
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    prompts = ["def add(a, b):", "def is_prime(n):"]
    torch.manual_seed(0)
    rollout = generate(model.policy, tokenizer, [p for p in prompts for _ in range(4)], config.max_new_tokens,
                       config.temperature)
    scores = torch.tensor([1.0, -0.3, 0.5, -1.0, 0.75, -0.6, 0.0, 0.9])
    path = str(tmp_path_factory.mktemp("gloo") / "rollout.pt")
    torch.save({"rollout": rollout, "scores": scores}, path)
    single = {}
    for dtype, lora_rank, lora_layers in sorted({case[1:] for case in CASES}):
        torch.manual_seed(100)
        initial, updated, _, _ = _update(_config(dtype, lora_rank, lora_layers=lora_layers), rollout, scores)
        single[dtype, lora_rank, lora_layers] = initial, updated
    try:
        mp.spawn(_worker, args=(_free_port(), path), nprocs=WORLD_SIZE, join=True)
    except mp.ProcessExitedException as error:  # killed by a signal: say where each rank was
        logs = [Path(f"{path}.rank{rank}.log") for rank in range(WORLD_SIZE)]
        logs = "\n".join(log.read_text() if log.exists() else f"{log.name}: none" for log in logs)
        raise AssertionError(f"{error}; the ranks' last words (faulthandler):\n{logs}") from error
    return single, torch.load(path + ".parallel")


@pytest.mark.parametrize("parallel,dtype,lora_rank,lora_layers", CASES)
def test_two_gloo_processes_make_the_same_update_as_one_process(spread_and_single, parallel, dtype, lora_rank,
                                                                lora_layers):
    single, spread = spread_and_single
    initial, expected = single[dtype, lora_rank, lora_layers]
    got = spread[parallel, dtype, lora_rank, lora_layers]
    assert set(got) == set(expected)
    moved = max((expected[name] - initial[name]).abs().max().item() for name in expected)
    assert moved > 1e-4  # the update did something, so agreeing is not trivial
    if dtype == "float32":
        for name in expected:
            assert torch.allclose(got[name], expected[name], atol=2e-5, rtol=1e-4), name
        return
    # bf16 compute: 8 significant bits, and the two set-ups pad their microbatches differently, so compare the
    # whole update: it must agree to a few percent (a mistake in the split or the normaliser moves it by far more)
    delta_got = torch.cat([(got[name] - initial[name]).flatten() for name in expected])
    delta_expected = torch.cat([(expected[name] - initial[name]).flatten() for name in expected])
    assert (delta_got - delta_expected).norm() / delta_expected.norm() < BF16_RELATIVE_TOLERANCE


BF16_RELATIVE_TOLERANCE = 0.05
