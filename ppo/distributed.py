"""Data-parallel training across processes: `torchrun --nproc_per_node N train.py ...`.

Each rank generates and scores its own share of the prompts, then gradients are averaged by
DistributedDataParallel (or sharded by FSDP for models that do not fit on one device).
Every helper here is a no-op in a single process, so the rest of `ppo/` reads the same either way.
This file must not decide anything about PPO itself; it only moves tensors between ranks.
"""

import contextlib
import os
from datetime import timedelta

import torch
import torch.distributed as dist


def setup(timeout_s: float = 900.0) -> tuple[int, int, torch.device]:
    """Join the process group started by torchrun; returns (rank, world_size, device).

    `timeout_s` bounds every collective: a rank that waits longer for the others (one stuck, or dead) raises
    instead of hanging the run. It must exceed the longest time ranks can drift apart within a step (their
    reward scoring, rank 0 writing a checkpoint).
    """
    if "RANK" not in os.environ:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        return 0, 1, device
    rank, world_size = int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"])
    local_rank = int(os.environ.get("LOCAL_RANK", rank))
    if torch.cuda.is_available():
        torch.cuda.set_device(local_rank)
        device, backend = torch.device("cuda", local_rank), "nccl"
    else:
        device, backend = torch.device("cpu"), "gloo"
    dist.init_process_group(backend, rank=rank, world_size=world_size, timeout=timedelta(seconds=timeout_s))
    return rank, world_size, device


def cleanup() -> None:
    """Leave the process group (at the end of a run); a no-op in a single process."""
    if dist.is_initialized():
        dist.destroy_process_group()


def is_initialized() -> bool:
    return dist.is_available() and dist.is_initialized()


def rank() -> int:
    return dist.get_rank() if is_initialized() else 0


def world_size() -> int:
    return dist.get_world_size() if is_initialized() else 1


def is_main() -> bool:
    return rank() == 0


def all_reduce_sum(tensor: torch.Tensor) -> torch.Tensor:
    """Sum of `tensor` over ranks (a copy on the input's device; the input is left alone).

    NCCL reduces only CUDA tensors and gloo is happiest with CPU ones: the reduction runs on the backend's
    own device, so a caller may pass a tensor from either.
    """
    if not is_initialized():
        return tensor.detach().clone()
    reduced = tensor.detach().to(communication_device(), copy=True)
    dist.all_reduce(reduced, op=dist.ReduceOp.SUM)
    return reduced.to(tensor.device)


def communication_device() -> torch.device:
    """Where the process group's collectives take their tensors: this rank's CUDA device under NCCL, else CPU."""
    if is_initialized() and dist.get_backend() == "nccl":
        return torch.device("cuda", torch.cuda.current_device())
    return torch.device("cpu")


def all_gather_floats(values: list[float]) -> list[float]:
    """Concatenate a list of floats from every rank, in rank order (lengths may differ)."""
    if not is_initialized():
        return list(values)
    gathered: list = [None] * world_size()
    dist.all_gather_object(gathered, list(values))
    return [value for part in gathered for value in part]


def barrier() -> None:
    if is_initialized():
        dist.barrier()


def wrap_for_training(model: torch.nn.Module, strategy: str, device: torch.device) -> torch.nn.Module:
    """DDP (each rank holds the whole model) or FSDP (parameters sharded across ranks).

    Returns `model` itself in a single process. Generation always uses the unwrapped module.
    """
    if not is_initialized():
        return model
    if strategy == "ddp":
        from torch.nn.parallel import DistributedDataParallel

        device_ids = [device.index] if device.type == "cuda" else None
        return DistributedDataParallel(model, device_ids=device_ids)
    if strategy == "fsdp":
        from torch.distributed.fsdp import fully_shard

        # Shard each transformer block, then the root: the usual FSDP2 recipe for decoder LMs. Every parameter
        # is a float32 master weight (bf16 compute comes from autocast, as with DDP and one process), so each
        # group holds one dtype, as FSDP requires.
        for module in model.modules():
            if type(module).__name__.endswith("DecoderLayer"):
                fully_shard(module)
        fully_shard(model)
        # One forward through the root fixes which module is FSDP's root; otherwise generate(), which calls the
        # inner policy directly, would make an inner block the root.
        with torch.no_grad():
            ids = torch.ones(1, 2, dtype=torch.long, device=device)
            model(ids, torch.ones_like(ids))
        # The root keeps its parameters gathered after a forward pass; shard them again, or the optimizer built
        # next would hold the gathered copies, which FSDP neither gives gradients to nor keeps.
        model.reshard()
        return model
    raise ValueError(f"unknown --parallel {strategy!r}; use ddp or fsdp")


def unwrap(model: torch.nn.Module) -> torch.nn.Module:
    """The PolicyWithValue inside a DistributedDataParallel wrapper (FSDP2 does not wrap)."""
    return model.module if hasattr(model, "module") else model


def is_fsdp(model: torch.nn.Module) -> bool:
    from torch.distributed.fsdp import FSDPModule

    return isinstance(model, FSDPModule)


@contextlib.contextmanager
def full_parameters(model: torch.nn.Module):
    """FSDP: gather every shard for the duration (generation, saving); a no-op for DDP and one process.

    Collective under FSDP: every rank must enter it.
    """
    if not is_fsdp(model):
        yield model
        return
    from torch.distributed.fsdp import FSDPModule

    sharded = [module for module in model.modules() if isinstance(module, FSDPModule)]
    for module in sharded:
        module.unshard()
    try:
        yield model
    finally:
        for module in sharded:
            module.reshard()


@contextlib.contextmanager
def gradient_sync(model: torch.nn.Module, enabled: bool):
    """Inside, backward passes average gradients over ranks (`enabled`) or only accumulate them on this rank.

    Gradient accumulation syncs once per optimizer step, on the last microbatch: DDP through `no_sync`,
    FSDP2 through `set_requires_gradient_sync` (it would otherwise reduce-scatter after every microbatch).
    """
    if enabled or not is_initialized():
        yield
    elif is_fsdp(model):
        model.set_requires_gradient_sync(False)
        try:
            yield
        finally:
            model.set_requires_gradient_sync(True)
    elif hasattr(model, "no_sync"):
        with model.no_sync():
            yield
    else:
        yield


def full_state_dict(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """The model's whole state dict, unsharded. Under FSDP it is gathered (a collective: every rank must call
    it) onto rank 0's CPU, and the other ranks get {}; otherwise it is `model.state_dict()`."""
    from torch.distributed.fsdp import FSDPModule

    if not any(isinstance(module, FSDPModule) for module in model.modules()):
        return model.state_dict()
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

    return get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))


def optimizer_state(model: torch.nn.Module, optimizer: torch.optim.Optimizer) -> dict:
    """The optimizer's state to save: a full (unsharded) one under FSDP. Collective under FSDP."""
    if not is_fsdp(model):
        return optimizer.state_dict()
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_optimizer_state_dict

    return get_optimizer_state_dict(model, optimizer, options=StateDictOptions(full_state_dict=True, cpu_offload=True))


def load_optimizer_state(model: torch.nn.Module, optimizer: torch.optim.Optimizer, state: dict) -> None:
    """Inverse of optimizer_state; under FSDP each rank keeps its own shard of the full state."""
    if not is_fsdp(model):
        optimizer.load_state_dict(state)
        return
    from torch.distributed.checkpoint.state_dict import StateDictOptions, set_optimizer_state_dict

    set_optimizer_state_dict(model, optimizer, optim_state_dict=state, options=StateDictOptions(full_state_dict=True))
