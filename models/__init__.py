"""Models for PPO on code: policy loading, value head, reference policy, LoRA, checkpoints.

Everything other packages need is importable from here; `load_policy` and `load_tokenizer` take any source
(models/sources.py), an adapter folder included. The submodules each hold one idea.
This package must not run code, compute rewards or implement PPO's losses.
"""

from models.adapter import is_adapter_folder, load_adapter, save_adapter
from models.checkpoint import load_checkpoint, save_checkpoint
from models.loading import (
    BUILTIN_MODELS,
    CODER_MODEL,
    DEFAULT_MODEL,
    SMOLLM2_MODEL,
    ModelLoadError,
    build_tiny_model,
    configure_tokenizer,
    end_token_ids,
)
from models.lora import (
    LoRALinear,
    apply_lora,
    disabled_adapters,
    has_lora,
    load_lora_state_dict,
    lora_parameters,
    lora_state_dict,
    merge_lora,
    merged_state_dict,
    top_blocks,
)
from models.reference import ReferenceModel, freeze
from models.shared_prompt import position_ids_from_mask
from models.sources import load_policy, load_tokenizer
from models.value_head import PolicyWithValue, ValueHead

__all__ = [
    "BUILTIN_MODELS",
    "CODER_MODEL",
    "DEFAULT_MODEL",
    "SMOLLM2_MODEL",
    "LoRALinear",
    "ModelLoadError",
    "PolicyWithValue",
    "ReferenceModel",
    "ValueHead",
    "apply_lora",
    "build_tiny_model",
    "configure_tokenizer",
    "disabled_adapters",
    "end_token_ids",
    "freeze",
    "has_lora",
    "is_adapter_folder",
    "load_adapter",
    "load_checkpoint",
    "load_lora_state_dict",
    "load_policy",
    "load_tokenizer",
    "lora_parameters",
    "lora_state_dict",
    "merge_lora",
    "merged_state_dict",
    "position_ids_from_mask",
    "save_adapter",
    "save_checkpoint",
    "top_blocks",
]
