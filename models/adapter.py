"""LoRA adapter folders: a run's trained adapters alone, a few MB to commit, loadable wherever a model name is.

Layout: adapter_config.json (format, base model, rank, alpha, target modules, the adapted blocks, the tensors'
dtype),
adapter_model.safetensors (each wrapped layer's lora_A and lora_B, under PEFT's tensor names) and, when given,
value_head.safetensors. `load_adapter` loads the base with models/loading.py, applies and loads the adapters, and
merges them into plain weights; models/sources.py hands it every folder `is_adapter_folder` recognises.
This file must not train, or know a run folder's layout: ppo/export.py writes a run's adapters.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file
from torch import nn
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from common.atomic import write_folder_atomically
from models import loading
from models.loading import BUILTIN_MODELS, ModelLoadError
from models.lora import adapted_blocks, apply_lora, load_lora_state_dict, lora_state_dict, merge_lora
from models.value_head import VALUE_HEAD_FILE

ADAPTER_CONFIG = "adapter_config.json"
ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_FORMAT = "acecode-lora-adapter"
ADAPTER_FORMAT_VERSION = 1
STORAGE_DTYPES = ("bfloat16", "float16", "float32")
# PEFT names a tensor by the wrapped layer's path under its own wrapper, with the adapter as a Linear's weight:
# model.layers.0.self_attn.q_proj.lora_A  ->  base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight
PEFT_PREFIX, PEFT_SUFFIX = "base_model.model.", ".weight"
REWRITE_HINT = "write the folder again with `python -m ppo.export RUN_FOLDER`"


@dataclass(frozen=True)
class AdapterConfig:
    """What adapter_config.json records: how to rebuild the model the adapters were trained on."""

    base_model: str  # the name or path the run trained from, as load_policy takes it
    rank: int
    alpha: float
    target_modules: tuple[str, ...]
    dtype: str  # the dtype adapter_model.safetensors stores the tensors in
    blocks: tuple[int, ...] | None = None  # the transformer blocks that hold adapters; None: every one

    def to_dict(self) -> dict:
        return {"format": ADAPTER_FORMAT, "format_version": ADAPTER_FORMAT_VERSION, "base_model": self.base_model,
                "rank": self.rank, "alpha": self.alpha, "target_modules": list(self.target_modules),
                "layers_to_transform": None if self.blocks is None else list(self.blocks), "dtype": self.dtype}


def is_adapter_folder(path: str | os.PathLike) -> bool:
    """Whether `path` is a folder with an adapter_config.json (the file `load_policy` dispatches on)."""
    return (Path(path).expanduser() / ADAPTER_CONFIG).is_file()


def peft_name(state_key: str) -> str:
    return f"{PEFT_PREFIX}{state_key}{PEFT_SUFFIX}"


def save_adapter(
    folder: str | os.PathLike,
    policy: nn.Module | Mapping[str, torch.Tensor],
    base_model: str,
    rank: int,
    alpha: float,
    target_modules: Sequence[str],
    value_head_state: Mapping[str, torch.Tensor] | None = None,
    dtype: torch.dtype = torch.bfloat16,
) -> Path:
    """Write the adapter folder atomically (an existing one is replaced only once the new one is complete).

    `policy` is the policy `apply_lora` wrapped, or its state dict (only the `.lora_A`/`.lora_B` entries are kept;
    e.g. gathered from FSDP shards). `value_head_state` is `PolicyWithValue.value_head`'s state dict, kept in
    float32. Raises ValueError when the policy has no adapters or their shapes do not have rank `rank`.
    """
    state = lora_state_dict(policy) if isinstance(policy, nn.Module) else dict(policy)
    lora = {key: tensor for key, tensor in state.items() if key.endswith((".lora_A", ".lora_B"))}
    if not lora:
        raise ValueError("the policy has no LoRA adapters (a full fine-tuning run?): an adapter folder holds only "
                         "adapters; save the whole model with models.save_checkpoint instead")
    for key, tensor in lora.items():
        found = tensor.shape[0] if key.endswith(".lora_A") else tensor.shape[1]
        if found != rank:
            raise ValueError(f"adapter tensor {key} has shape {tuple(tensor.shape)}, whose rank is {found}, not {rank}")
    dtype_name = str(dtype).removeprefix("torch.")
    if dtype_name not in STORAGE_DTYPES:
        raise ValueError(f"cannot store adapters as {dtype_name}; choose one of {STORAGE_DTYPES}")
    targets = tuple(name.strip() for name in target_modules if name.strip())
    config = AdapterConfig(str(base_model), int(rank), float(alpha), targets, dtype_name,
                           tuple(adapted_blocks(lora)) or None)
    # bf16 keeps 8 bits of mantissa, a relative error of at most 2^-9 on each entry of A and B. The adapters
    # are a small correction (α/r)·B·A added to the base weights, so that error moves the merged weight by a
    # fraction of the correction alone, far below the rounding the base weights themselves get in bf16.
    tensors = {peft_name(key): tensor.detach().to("cpu", dtype).contiguous() for key, tensor in lora.items()}

    def write(tmp: Path) -> None:
        (tmp / ADAPTER_CONFIG).write_text(json.dumps(config.to_dict(), indent=2) + "\n")
        save_file(tensors, tmp / ADAPTER_WEIGHTS, metadata={"format": "pt"})
        if value_head_state is not None:
            head = {key: tensor.detach().to("cpu").contiguous() for key, tensor in value_head_state.items()}
            save_file(head, tmp / VALUE_HEAD_FILE)

    return write_folder_atomically(folder, write, replace=True)


def read_adapter_config(folder: str | os.PathLike) -> AdapterConfig:
    """adapter_config.json, checked field by field; a ModelLoadError names the file and the offending value."""
    path = Path(folder).expanduser() / ADAPTER_CONFIG
    try:
        raw = json.loads(path.read_text())
    except FileNotFoundError as error:
        raise ModelLoadError(f"{path} is missing: {Path(folder)} is not an adapter folder") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelLoadError(f"{path} is not readable JSON ({error}); {REWRITE_HINT}") from error

    def bad(field: str, expected: str) -> ModelLoadError:
        found = raw.get(field, "nothing") if isinstance(raw, dict) else raw
        return ModelLoadError(f"{path}: {field!r} is {found!r}, expected {expected}; {REWRITE_HINT}")

    if not isinstance(raw, dict) or raw.get("format") != ADAPTER_FORMAT:
        raise bad("format", f"{ADAPTER_FORMAT!r} (a folder written by models/adapter.py)")
    if raw.get("format_version") != ADAPTER_FORMAT_VERSION:
        raise bad("format_version", f"{ADAPTER_FORMAT_VERSION} (a newer version of this project wrote it?)")
    base, rank, alpha = raw.get("base_model"), raw.get("rank"), raw.get("alpha")
    targets, dtype = raw.get("target_modules"), raw.get("dtype")
    if not isinstance(base, str) or not base:
        raise bad("base_model", "the name or path of the model the adapters were trained on")
    if not isinstance(rank, int) or isinstance(rank, bool) or rank < 1:
        raise bad("rank", "a positive integer, the LoRA rank")
    if not isinstance(alpha, (int, float)) or isinstance(alpha, bool):
        raise bad("alpha", "a number, the LoRA scaling numerator")
    if not isinstance(targets, list) or not targets or not all(isinstance(name, str) and name for name in targets):
        raise bad("target_modules", "a list of linear layer names, e.g. ['q_proj', 'v_proj']")
    if dtype not in STORAGE_DTYPES:
        raise bad("dtype", f"one of {list(STORAGE_DTYPES)}")
    blocks = raw.get("layers_to_transform")  # absent in folders written before runs could adapt some blocks only
    if blocks is not None and (not isinstance(blocks, list) or not blocks or not all(
            isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in blocks)):
        raise bad("layers_to_transform", "null (every block) or a list of block indices, e.g. [20, 21, 22, 23]")
    return AdapterConfig(base, rank, float(alpha), tuple(targets), dtype, None if blocks is None else tuple(blocks))


def load_adapter(
    folder: str | os.PathLike,
    dtype: torch.dtype = torch.float32,
    device: str | torch.device = "cpu",
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """The base model with the folder's adapters merged into its weights, and the base's tokenizer.

    The result is a plain transformers model (no LoRA layers, every parameter trainable, eval mode), as fast to
    generate with as the base. The merge runs in float32, then the model is cast to `dtype`. Every tensor must
    match: a missing, unexpected or misshapen one is a ModelLoadError naming the file and the tensor.
    """
    folder = Path(folder).expanduser()
    config = read_adapter_config(folder)
    if config.base_model not in BUILTIN_MODELS and Path(config.base_model).expanduser().resolve() == folder.resolve():
        raise ModelLoadError(f"{folder / ADAPTER_CONFIG}: base_model points to the adapter folder itself")
    try:
        policy, tokenizer = loading.load_policy(config.base_model, dtype=torch.float32, device=device)
    except ModelLoadError as error:
        raise _base_error(folder, config, error) from error
    try:
        apply_lora(policy, config.rank, config.alpha, dropout=0.0, target_modules=config.target_modules,
                   blocks=config.blocks)
    except ValueError as error:
        message = (f"{folder / ADAPTER_CONFIG}: target_modules and layers_to_transform do not fit "
                   f"{config.base_model!r}: {error}")
        raise ModelLoadError(message) from error
    state = _read_weights(folder / ADAPTER_WEIGHTS, device)
    load_lora_state_dict(policy, _match_tensors(policy, state, folder / ADAPTER_WEIGHTS, config))
    merge_lora(policy)
    for parameter in policy.parameters():
        parameter.requires_grad_(True)  # as load_policy gives a model: ready for full fine-tuning or new adapters
    return policy.to(dtype=dtype).eval(), tokenizer


def load_adapter_tokenizer(folder: str | os.PathLike) -> PreTrainedTokenizerBase:
    """The base model's tokenizer (adapters do not change it), after checking the config and the weights file's
    header: the cheap check evaluate.py runs on every model before generating."""
    folder = Path(folder).expanduser()
    config = read_adapter_config(folder)
    weights = folder / ADAPTER_WEIGHTS
    try:
        with safe_open(weights, framework="pt") as handle:
            handle.keys()
    except (OSError, SafetensorError) as error:
        raise ModelLoadError(f"cannot read {weights} ({error}); {REWRITE_HINT}") from error
    try:
        return loading.load_tokenizer(config.base_model)
    except ModelLoadError as error:
        raise _base_error(folder, config, error) from error


def _base_error(folder: Path, config: AdapterConfig, error: ModelLoadError) -> ModelLoadError:
    return ModelLoadError(
        f"the adapters in {folder} need their base model {config.base_model!r} (base_model in "
        f"{folder / ADAPTER_CONFIG}), which cannot be loaded: {error}. Make that model available, or set base_model "
        f"to a name or save_pretrained folder of the same model"
    )


def _read_weights(path: Path, device) -> dict[str, torch.Tensor]:
    try:
        return load_file(path, device=str(device))
    except (OSError, SafetensorError) as error:
        raise ModelLoadError(f"cannot read the adapter tensors in {path} ({error}); {REWRITE_HINT}") from error


def _match_tensors(policy: nn.Module, state: dict[str, torch.Tensor], path: Path,
                   config: AdapterConfig) -> dict[str, torch.Tensor]:
    """The file's tensors under the policy's state-dict names, once each name and shape is checked."""
    expected = {peft_name(key): (key, tuple(tensor.shape)) for key, tensor in lora_state_dict(policy).items()}
    missing, unexpected = sorted(set(expected) - set(state)), sorted(set(state) - set(expected))
    if missing or unexpected:
        raise ModelLoadError(
            f"{path} does not match {config.base_model!r} with target_modules {list(config.target_modules)}: "
            f"{len(missing)} tensors missing (first: {missing[:2]}), {len(unexpected)} unexpected (first: "
            f"{unexpected[:2]}). Was it saved from another base model, or is {ADAPTER_CONFIG} not its own? "
            f"{REWRITE_HINT}"
        )
    for name, (_, shape) in expected.items():
        if tuple(state[name].shape) != shape:
            raise ModelLoadError(
                f"{path}: tensor {name} has shape {tuple(state[name].shape)}, but rank {config.rank} "
                f"({ADAPTER_CONFIG}) on {config.base_model!r} needs {shape}: the rank or the base model differs "
                f"from the training run's. {REWRITE_HINT}"
            )
    return {key: state[name] for name, (key, _) in expected.items()}
