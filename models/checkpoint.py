"""Checkpoints: a `save_pretrained` folder that stock Hugging Face tools load, plus the critic's tensors.

Layout: config.json, generation_config.json, model.safetensors (the policy, LoRA merged), tokenizer files,
value_head.safetensors, critic.safetensors (separate critic only), and any extra files the caller adds
(optimizer state, RNG state...). The whole folder is written atomically. This file must not decide what
training state to keep; the trainer passes it in as `extra`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from transformers import PreTrainedTokenizerBase

from common.atomic import previous_version_hint, write_folder_atomically
from models.loading import ModelLoadError
from models.lora import merged_state_dict
from models.sources import load_policy
from models.value_head import VALUE_HEAD_FILE, PolicyWithValue

CRITIC_FILE = "critic.safetensors"

# What an extra file may be: raw bytes, text, a dict of tensors (written with safetensors), or a function
# that writes the file itself at the path it is given (e.g. `lambda path: torch.save(state, path)`).
ExtraFile = bytes | str | Mapping[str, torch.Tensor] | Callable[[Path], None]


def save_checkpoint(
    path: str | os.PathLike,
    model: PolicyWithValue,
    tokenizer: PreTrainedTokenizerBase,
    extra: Mapping[str, ExtraFile] | None = None,
    state_dict: Mapping[str, torch.Tensor] | None = None,
) -> Path:
    """Write the checkpoint folder atomically, replacing an existing one only once the new one is complete.

    `extra` maps file names (no folders) to their content; they land in the same folder, in the same atomic
    write. A failure anywhere leaves the previous checkpoint at `path` untouched. `state_dict` is `model`'s
    whole state with plain tensors, to use instead of `model.state_dict()` (whose tensors FSDP shards).
    """
    extra = dict(extra or {})
    for name in extra:
        if not name or Path(name).name != name or name.startswith("."):
            raise ValueError(f"extra file name {name!r} must be a plain file name, without folders")

    state = dict(model.state_dict() if state_dict is None else state_dict)

    def part(prefix: str) -> dict[str, torch.Tensor]:
        return {name.removeprefix(prefix): tensor for name, tensor in state.items() if name.startswith(prefix)}

    def write(folder: Path) -> None:
        policy = model.policy
        policy.save_pretrained(folder, state_dict=merged_state_dict(policy, part("policy.")))
        tokenizer.save_pretrained(folder)
        save_file(_contiguous(part("value_head.")), folder / VALUE_HEAD_FILE)
        if model.critic is not None:
            save_file(_contiguous(merged_state_dict(model.critic, part("critic."))), folder / CRITIC_FILE)
        for name, content in extra.items():
            target = folder / name
            if target.exists():
                raise ValueError(f"extra file name {name!r} clashes with a checkpoint file: choose another name")
            _write_extra(target, content)

    return write_folder_atomically(path, write, replace=True)


def load_checkpoint(
    path: str | os.PathLike,
    dtype: torch.dtype = torch.float32,
    device: str | torch.device = "cpu",
) -> tuple[PolicyWithValue, PreTrainedTokenizerBase]:
    """Load a folder written by save_checkpoint (or any save_pretrained or adapter folder) as a PolicyWithValue.

    The value head (and the separate critic) are restored when their files are present; a plain model
    folder gets a freshly initialised value head. Extra files are the caller's to read from the folder.
    """
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise ModelLoadError(f"no checkpoint folder at {str(folder)!r}.{previous_version_hint(folder)}")
    policy, tokenizer = load_policy(folder, dtype=dtype, device=device)
    model = PolicyWithValue(policy, separate_critic=(folder / CRITIC_FILE).is_file())
    if model.critic is not None:
        model.critic.load_state_dict(load_file(folder / CRITIC_FILE, device=str(policy.device)), strict=True)
    if (folder / VALUE_HEAD_FILE).is_file():
        model.value_head.load_state_dict(load_file(folder / VALUE_HEAD_FILE, device=str(policy.device)), strict=True)
    return model, tokenizer


def _contiguous(state: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    return {name: tensor.detach().contiguous() for name, tensor in state.items()}


def _write_extra(target: Path, content: ExtraFile) -> None:
    if isinstance(content, bytes):
        target.write_bytes(content)
    elif isinstance(content, str):
        target.write_text(content)
    elif isinstance(content, Mapping):
        save_file(_contiguous(content), target)
    elif callable(content):
        content(target)
    else:
        raise TypeError(
            f"extra file {target.name!r} has content of type {type(content).__name__}: "
            "pass bytes, str, a dict of tensors, or a function that writes the file at the path it receives"
        )
