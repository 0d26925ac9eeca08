"""LoRA in plain PyTorch: low-rank adapters on chosen linear layers, a switch to turn them off, and a merge.

`apply_lora` wraps the named nn.Linear layers in place and leaves only the adapters trainable. With adapters
off (`disabled_adapters`) the model is exactly the base model, which is how the frozen reference is obtained
without a second copy. `merged_state_dict` gives plain weights for export. This file must not save files.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager

import torch
import torch.nn.functional as F
from torch import nn

# Every linear layer of a Llama block: attention projections and the MLP.
DEFAULT_TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")

# A transformer block's index in a module's qualified name: model.layers.7.mlp.up_proj -> 7 (Llama, Qwen2, ...).
_BLOCK = re.compile(r"(?:^|\.)layers\.(\d+)\.")


def block_index(module_name: str) -> int | None:
    """The transformer block a module belongs to, from its qualified name; None outside the blocks."""
    match = _BLOCK.search(module_name)
    return int(match.group(1)) if match else None


def top_blocks(model: nn.Module, count: int) -> list[int]:
    """The indices of the model's last `count` transformer blocks (all of them when count exceeds their number).

    Adapting only the top blocks makes the update cheaper: nothing below the lowest adapted block needs a
    gradient, so backpropagation stops there and the activations under it are not kept.
    """
    blocks = sorted({i for name, _ in model.named_modules() if (i := block_index(name)) is not None})
    if not blocks:
        raise ValueError("this model has no modules named like 'layers.N.'; adapt every layer instead")
    return blocks[-count:] if count > 0 else blocks


class LoRALinear(nn.Module):
    """y = W x + b + (alpha / rank) * B A dropout(x), with W, b the wrapped layer's own (frozen) parameters.

    The base weight and bias keep their names (`weight`, `bias`), so the model's state-dict keys for them
    do not change. B starts at zero, so a freshly wrapped model computes exactly what the base model did.
    """

    def __init__(self, base: nn.Linear, rank: int, alpha: float, dropout: float = 0.0):
        super().__init__()
        if rank < 1:
            raise ValueError(f"LoRA rank must be at least 1, got {rank}")
        self.in_features, self.out_features = base.in_features, base.out_features
        self.weight = base.weight
        self.bias = base.bias
        self.rank, self.alpha = rank, alpha
        self.scaling = alpha / rank
        factory = dict(device=base.weight.device, dtype=base.weight.dtype)
        self.lora_A = nn.Parameter(torch.empty(rank, self.in_features, **factory))
        self.lora_B = nn.Parameter(torch.zeros(self.out_features, rank, **factory))
        nn.init.kaiming_uniform_(self.lora_A, a=math.sqrt(5))  # nn.Linear's own initialisation, as in the LoRA paper
        self.lora_dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        self.adapters_enabled = True
        # a new module starts in train mode; take the wrapped layer's, so a model in eval mode (sampling,
        # scoring π_old) stays there and its dropout stays off
        self.train(base.training)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        output = F.linear(x, self.weight, self.bias)
        if self.adapters_enabled:
            output = output + F.linear(F.linear(self.lora_dropout(x), self.lora_A), self.lora_B) * self.scaling
        return output

    def delta_weight(self) -> torch.Tensor:
        """The adapter's contribution as a dense weight: scaling * B A."""
        return (self.lora_B @ self.lora_A) * self.scaling

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, rank={self.rank}, alpha={self.alpha}"


def apply_lora(
    model: nn.Module,
    rank: int = 8,
    alpha: float = 16.0,
    dropout: float = 0.0,
    target_modules: Sequence[str] = DEFAULT_TARGET_MODULES,
    blocks: Collection[int] | None = None,
) -> nn.Module:
    """Wrap every nn.Linear whose attribute name is in target_modules, in the transformer blocks numbered in
    `blocks` (None: everywhere); freeze everything but the adapters.

    Returns the same model, modified in place. Dropout defaults to 0 because PPO's probability ratios need
    the policy to be deterministic. Raises ValueError if no layer matches.
    """
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    targets = set(target_modules)
    wrapped = 0
    for parent_name, parent in list(model.named_modules()):
        if blocks is not None and block_index(f"{parent_name}.") not in blocks:
            continue
        for child_name, child in list(parent.named_children()):
            if child_name in targets and isinstance(child, nn.Linear):
                setattr(parent, child_name, LoRALinear(child, rank, alpha, dropout))
                wrapped += 1
    if wrapped == 0:
        names = sorted({name.rsplit(".", 1)[-1] for name, m in model.named_modules() if isinstance(m, nn.Linear)})
        where = "" if blocks is None else f" in blocks {sorted(blocks)}"
        raise ValueError(f"no linear layer{where} is named any of {sorted(targets)}; this model's linear layers: {names}")
    return model


def adapted_blocks(names: Collection[str]) -> list[int]:
    """The indices of the blocks that hold adapters, from the names of their tensors (`lora_state_dict` keys)."""
    return sorted({i for name in names if (i := block_index(name)) is not None})


def lora_layers(model: nn.Module) -> list[LoRALinear]:
    return [module for module in model.modules() if isinstance(module, LoRALinear)]


def has_lora(model: nn.Module) -> bool:
    return any(isinstance(module, LoRALinear) for module in model.modules())


def lora_parameters(model: nn.Module) -> Iterator[nn.Parameter]:
    for layer in lora_layers(model):
        yield layer.lora_A
        yield layer.lora_B


@contextmanager
def disabled_adapters(model: nn.Module) -> Iterator[nn.Module]:
    """Inside the block the model computes its base (pre-LoRA) function; the previous switches are restored after."""
    layers = lora_layers(model)
    previous = [layer.adapters_enabled for layer in layers]
    for layer in layers:
        layer.adapters_enabled = False
    try:
        yield model
    finally:
        for layer, enabled in zip(layers, previous):
            layer.adapters_enabled = enabled


@torch.no_grad()
def merged_state_dict(model: nn.Module, state: dict[str, torch.Tensor] | None = None) -> dict[str, torch.Tensor]:
    """The state dict of the model with adapters folded into the base weights, without the adapter tensors.

    Its keys are the base model's keys, so it loads into an unwrapped model. The model itself is unchanged.
    `state` is the model's state dict to merge (e.g. gathered from FSDP shards); None reads the model's own.
    A model without adapters gives its state dict as it is.
    """
    state = dict(model.state_dict() if state is None else state)
    for name, module in model.named_modules():
        if isinstance(module, LoRALinear):
            prefix = f"{name}." if name else ""
            weight, lora_A, lora_B = state[f"{prefix}weight"], state.pop(f"{prefix}lora_A"), state.pop(f"{prefix}lora_B")
            state[f"{prefix}weight"] = weight + ((lora_B @ lora_A) * module.scaling).to(weight.dtype)  # W + (α/r) B A
    return state


@torch.no_grad()
def merge_lora(model: nn.Module) -> nn.Module:
    """Fold the adapters into the base weights and put plain nn.Linear layers back, in place."""
    for parent in list(model.modules()):
        for child_name, child in list(parent.named_children()):
            if isinstance(child, LoRALinear):
                linear = nn.Linear(child.in_features, child.out_features, bias=child.bias is not None, device="meta")
                merged = child.weight + child.delta_weight().to(child.weight.dtype)
                linear.weight = nn.Parameter(merged, requires_grad=child.weight.requires_grad)
                if child.bias is not None:
                    linear.bias = child.bias
                setattr(parent, child_name, linear)
    return model


def lora_state_dict(model: nn.Module) -> dict[str, torch.Tensor]:
    """Only the adapter tensors (for resuming LoRA training on top of the unchanged base model)."""
    return {name: tensor for name, tensor in model.state_dict().items() if name.endswith((".lora_A", ".lora_B"))}


def load_lora_state_dict(model: nn.Module, state: dict[str, torch.Tensor]) -> None:
    """Load adapter tensors saved by `lora_state_dict` into a model that `apply_lora` prepared the same way."""
    expected = set(lora_state_dict(model))
    if set(state) != expected:
        missing, unexpected = sorted(expected - set(state)), sorted(set(state) - expected)
        raise ValueError(
            f"LoRA tensors do not match this model (missing {missing[:3]}, unexpected {unexpected[:3]}): "
            "apply_lora with the same rank and target_modules as when they were saved"
        )
    model.load_state_dict(state, strict=False)
