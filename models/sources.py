"""Every source a --model names, behind one `load_policy` and one `load_tokenizer`.

A built-in name, a `save_pretrained` folder or a hub id goes to models/loading.py; a LoRA adapter folder (one
with adapter_config.json) to models/adapter.py, which loads its base through models/loading.py and merges the
adapters in. Callers import these two from `models` and never need to know which kind they were given.
"""

from __future__ import annotations

import os

import torch
from transformers import PreTrainedModel, PreTrainedTokenizerBase

from models import loading
from models.adapter import is_adapter_folder, load_adapter, load_adapter_tokenizer
from models.loading import DEFAULT_MODEL


def load_policy(
    name_or_path: str | os.PathLike = DEFAULT_MODEL,
    dtype: torch.dtype = torch.float32,
    device: str | torch.device = "cpu",
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """A causal LM and its tokenizer from any source (models/loading.py's `load_policy` says how each loads;
    an adapter folder gives its base model with the adapters merged in)."""
    if is_adapter_folder(name_or_path):
        return load_adapter(name_or_path, dtype=dtype, device=device)
    return loading.load_policy(name_or_path, dtype=dtype, device=device)


def load_tokenizer(name_or_path: str | os.PathLike = DEFAULT_MODEL) -> PreTrainedTokenizerBase:
    """The tokenizer alone, configured like `load_policy`'s; for an adapter folder, its base model's, once the
    folder's config and weights file are checked."""
    if is_adapter_folder(name_or_path):
        return load_adapter_tokenizer(name_or_path)
    return loading.load_tokenizer(name_or_path)
