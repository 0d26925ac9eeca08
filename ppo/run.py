"""The run skeleton that PPO (ppo/trainer.py) and the SFT/PIE baselines (ppo/sft.py) share.

`start` picks the device, joins the process group and seeds this rank; `build_models` and `restore_weights`
give the models a run starts or resumes from (float32 master weights; `autocast` gives the --dtype compute);
`run_steps` is the loop: each step's share of the data, the algorithm's own step, metrics.jsonl (with each
step's problems and, where the step reports them, their rewards compared with their previous draw), a
checkpoint every --save-every steps and at the end (with LoRA, its adapters alone in adapter/ as well), a clean
stop on Ctrl-C or SIGTERM, and the finished run folder. This file must not know what a step does: the caller
passes it.
"""

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch.distributed.tensor import DTensor

from common.allocator import keep_freed_memory
from ppo import distributed
from ppo.checkpoint import (
    ADAPTER_FOLDER,
    CHECKPOINT,
    METRICS,
    TRAINABLE_FILE,
    RunFolderError,
    append_metrics,
    finish_run,
    report_stop,
    save,
    seed_everything,
)
from ppo.config import ConfigError
from ppo.interrupt import GracefulStop
from ppo.plot import read_metrics


def fast_cpu_numerics() -> None:
    """Process-wide settings that make training faster on a CPU and change no result that matters.

    glibc keeps freed memory (`keep_freed_memory`), so a microbatch's tensors reuse pages instead of faulting in
    new ones. Denormal floats (below 1.2e-38) are flushed to zero: the gradient that flows back through the LM
    head, (one-hot − softmax) times a small coefficient over the whole vocabulary, is mostly denormal, and on an
    Intel Xeon (AVX2 kernels) a product with denormal inputs ran 6-8x slower (the coder's LM-head backward: 3-4 s
    a microbatch, where the same product on normal numbers takes 0.5 s; the update 46 -> 30 s at 4 x 8).
    Call it before the first parallel operation, so that torch's worker threads start with the setting.
    """
    keep_freed_memory()
    torch.set_flush_denormal(True)


def start(config, batch_size: int, batch_flag: str) -> tuple[int, int, torch.device]:
    """Join the process group (under torchrun), pick this rank's device, set the threads and seed this rank.

    Returns (rank, world_size, device). `batch_size` (the value of --`batch_flag`) must split evenly over ranks.
    """
    fast_cpu_numerics()
    rank, world_size, device = distributed.setup(config.collective_timeout_s)
    if config.device != "auto":  # under torchrun, keep this rank's CUDA device
        device = torch.device(config.device, device.index if config.device == "cuda" else None)
    if config.threads:
        torch.set_num_threads(config.threads)
    if batch_size % world_size:
        raise ConfigError(f"--{batch_flag} {batch_size} must be a multiple of the number of processes ({world_size})")
    seed_everything(config.seed + rank)  # each rank samples different responses
    return rank, world_size, device


def training_problems(config) -> list:
    """The problems of --dataset, or its first --limit-problems."""
    from tasks import load_problems

    problems = load_problems(config.dataset)
    return problems[: config.limit_problems] if config.limit_problems else problems


def build_models(config, device, with_reference: bool = True):
    """(PolicyWithValue, ReferenceModel or None, tokenizer) as at the start of training.

    The parameters are float32 whatever --dtype says: they are the master weights the optimizer updates
    (a bf16 weight cannot take a 1e-6 step), and `autocast` runs the forward passes in --dtype. Random
    initialisation (value head, LoRA's A) draws from --seed alone, so every rank, and a run on any number
    of ranks, starts from the same weights. The reference is built from the initial policy before any
    update: a frozen copy, or with LoRA the same weights with adapters switched off.
    """
    from models import PolicyWithValue, ReferenceModel, apply_lora, load_policy, top_blocks

    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
        torch.manual_seed(config.seed)
        policy, tokenizer = load_policy(config.model, dtype=torch.float32, device=device)
        if config.lora_rank:
            targets = [name.strip() for name in config.lora_target_modules.split(",") if name.strip()]
            blocks = top_blocks(policy, config.lora_layers) if config.lora_layers else None
            apply_lora(policy, config.lora_rank, config.lora_alpha, config.lora_dropout, targets, blocks)
        frozen_copy = None if config.lora_rank or not with_reference else ReferenceModel(policy)
        model = PolicyWithValue(policy, separate_critic=config.separate_critic)
    # With LoRA the reference is the policy itself, entered through PolicyWithValue: under FSDP that is the
    # sharded root, whose forward gathers the embeddings, final norm and LM head that the blocks do not hold.
    reference = (ReferenceModel(model) if config.lora_rank else frozen_copy) if with_reference else None
    return model, reference, tokenizer


def autocast(config, device: torch.device):
    """The forward passes' precision: --dtype bfloat16 computes in bf16 over the float32 master weights (the
    same on one device, under DDP and under FSDP); float32 turns it off. Backward passes stay outside."""
    dtype = getattr(torch, config.dtype)
    return torch.autocast(device.type, dtype=dtype, enabled=dtype != torch.float32)


def trainable_state(model) -> dict[str, torch.Tensor]:
    """The parameters the optimizer updates, by name (for LoRA: adapters, value head)."""
    return {name: p.detach().contiguous() for name, p in model.named_parameters() if p.requires_grad}


def restore_weights(model, folder: Path, config) -> None:
    """Load the checkpoint's weights into a model built by build_models."""
    from safetensors.torch import load_file

    checkpoint = folder / CHECKPOINT
    if config.lora_rank:
        # the checkpoint's model.safetensors holds merged weights (for export); the adapters themselves are here
        state = load_file(checkpoint / TRAINABLE_FILE, device=str(next(model.parameters()).device))
        missing = set(trainable_state(model)) - set(state)
        if missing:
            raise RunFolderError(f"{checkpoint} lacks trained tensors {sorted(missing)[:3]}...; it is not this run's")
        model.load_state_dict(state, strict=False)
        return
    from models import load_checkpoint

    loaded, _ = load_checkpoint(checkpoint, dtype=torch.float32, device=next(model.parameters()).device)
    model.load_state_dict(loaded.state_dict(), strict=True)


def problems_for_step(problems: list, position: int, count: int, seed: int) -> list:
    """Problems at positions [position, position + count) of an endless stream: a fresh shuffle per pass."""
    chosen = []
    for index in range(position, position + count):
        data_epoch, offset = divmod(index, len(problems))
        order = np.random.default_rng([seed, data_epoch]).permutation(len(problems))
        chosen.append(problems[order[offset]])
    return chosen


def revisit_change(history: dict[str, float], ids: list[str], rewards: list[float]) -> float | None:
    """The mean change of a problem's reward since the last step that drew it, over this step's problems that
    an earlier step drew (None if none); then records this step's rewards in `history` (id -> latest reward).

    A step's mean reward follows which problems it drew, and the problems differ far more in difficulty than
    a few updates change the policy; comparing each problem with itself shows the learning.
    """
    changes = [reward - history[problem] for problem, reward in zip(ids, rewards) if problem in history]
    history.update(zip(ids, rewards))
    return float(np.mean(changes)) if changes else None


def rewards_history(folder: Path) -> dict[str, float]:
    """The `history` of `revisit_change` after the steps metrics.jsonl holds (a resumed run's earlier steps)."""
    history: dict[str, float] = {}
    path = Path(folder) / METRICS
    for row in read_metrics(path) if path.is_file() else []:
        if "data/problem_rewards" in row:
            history.update(zip(row["data/problems"], row["data/problem_rewards"]))
    return history


def make_optimizer(model: torch.nn.Module, config) -> torch.optim.Optimizer:
    """AdamW over what the run trains, the critic (value head, separate critic) at --critic-lr when given.
    Build it after wrapping: FSDP replaces the parameters with sharded ones."""
    trained = [(name, p) for name, p in model.named_parameters() if p.requires_grad]
    groups = [{"params": [p for _, p in trained]}]
    if config.critic_lr:  # a second group; without it, one group (and checkpoints) as before
        groups = [{"params": [p for name, p in trained if not _is_critic(name)]},
                  {"params": [p for name, p in trained if _is_critic(name)], "lr": config.critic_lr}]
    # The fused kernel updates all parameters in one pass over memory: on 2 CPU cores it took 1.8-2.7 s per step
    # for SmolLM2-135M where the per-parameter loop took 5.5-11.7 s. FSDP's sharded parameters keep the default.
    fused = not any(isinstance(p, DTensor) for _, p in trained)
    return torch.optim.AdamW([group for group in groups if group["params"]], lr=config.lr, eps=config.adam_eps,
                             weight_decay=config.weight_decay, fused=fused)


def _is_critic(name: str) -> bool:
    """Whether a parameter name (under any wrapper's prefix) belongs to PolicyWithValue's critic."""
    return any(part in ("value_head", "critic") for part in name.split("."))


def peak_memory_mb(device) -> float:
    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**20
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def step_row(metrics: dict, batch: list, history: dict, step: int, data_position: int, seconds: float,
             device: torch.device) -> dict:
    """A step's line of metrics.jsonl: its metrics, with the problems' ids and `reward/change_on_revisit` where
    it reports each problem's reward (PPO), its time, the peak memory over ranks and the data position."""
    if "data/problem_rewards" in metrics:
        metrics["data/problems"] = [problem.id for problem in batch]
        change = revisit_change(history, metrics["data/problems"], metrics["data/problem_rewards"])
        if change is not None:
            metrics["reward/change_on_revisit"] = change
    return {
        "step": step,
        **metrics,
        "time/step": seconds,
        "memory/peak_mb": max(distributed.all_gather_floats([peak_memory_mb(device)])),
        "data/position": data_position,
    }


def write_checkpoint(folder: Path, config, saved: torch.nn.Module, tokenizer, weights: dict,
                     trainer_state: dict) -> None:
    """The checkpoint from the gathered `weights` (every rank calls it, rank 0 writes): with LoRA the trained
    tensors beside it (what a resume loads), and the adapters alone in adapter/, a few MB that --model loads
    onto the base (ppo/export.py), rewritten with every checkpoint so that the two always hold the same step."""
    main = distributed.is_main()
    trained = [name for name, p in saved.named_parameters() if p.requires_grad]
    extra = {name: weights[name] for name in trained} if config.lora_rank and main else None
    save(folder, saved, tokenizer, trainer_state, extra_tensors=extra, state_dict=weights)
    if config.lora_rank and main:
        from ppo.export import save_run_adapter

        save_run_adapter(folder / ADAPTER_FOLDER, weights, config.to_dict())


def run_steps(
    config,
    folder: Path,
    state: dict,
    data: list,
    per_step: int,
    step_fn: Callable[[list], dict],
    *,
    wrapped: torch.nn.Module,
    saved: torch.nn.Module,
    tokenizer,
    optimizer: torch.optim.Optimizer,
    device: torch.device,
    extra_state: Callable[[], dict] = dict,
    postfix: Callable[[dict], dict] = lambda metrics: {},
) -> int:
    """Train until config.steps: the loop both algorithms share. Returns the process exit code.

    Each step takes `per_step` items of `data` (a fresh shuffle per pass over it), gives this rank its share
    to `step_fn`, which returns the step's metrics, and appends them to metrics.jsonl. Metrics may include
    `data/problem_rewards`, the mean reward of each of the step's problems in order: the row then also gets
    `data/problems` (their ids) and `reward/change_on_revisit` (`revisit_change`). `wrapped` is the module
    being trained (DDP/FSDP or not), `saved` the PolicyWithValue the checkpoint holds, `extra_state()` what
    the algorithm adds to trainer_state.pt. `state` is open_run's trainer state ({} for a fresh run).
    """
    from tqdm import tqdm

    rank, world_size = distributed.rank(), distributed.world_size()
    step, data_position = state.get("step", 0), state.get("data_position", 0)

    def save_checkpoint():
        # Every rank takes part in gathering the weights and the optimizer state (collectives under FSDP); only
        # rank 0 then touches tensors and files, and it must not start a collective of its own.
        weights = distributed.full_state_dict(saved)
        trainer_state = {
            "step": step,
            "data_position": data_position,
            "optimizer": distributed.optimizer_state(wrapped, optimizer),
            "config": config.to_dict(),
            **extra_state(),
        }
        write_checkpoint(folder, config, saved, tokenizer, weights, trainer_state)

    per_rank = per_step // world_size
    history = rewards_history(folder)  # problem id -> its reward when last drawn, for `revisit_change`
    progress = tqdm(total=config.steps, initial=step, desc=config.algo, unit="step", disable=not distributed.is_main())
    with GracefulStop() as stop:
        while step < config.steps:
            step_start = time.perf_counter()
            batch = problems_for_step(data, data_position, per_step, config.seed)
            metrics = step_fn(batch[rank * per_rank : (rank + 1) * per_rank])
            step, data_position = step + 1, data_position + per_step
            metrics = step_row(metrics, batch, history, step, data_position, time.perf_counter() - step_start, device)
            if distributed.is_main():
                append_metrics(folder, metrics)
                progress.update(1)
                progress.set_postfix(postfix(metrics))
            interrupted = stop.requested()
            if interrupted or step == config.steps or (config.save_every and step % config.save_every == 0):
                save_checkpoint()
            if interrupted:
                progress.close()
                report_stop(folder, step)
                return stop.exit_code()
    progress.close()
    finish_run(folder, step, config.algo)
    return 0
