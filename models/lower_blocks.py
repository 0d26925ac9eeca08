"""With LoRA on the top blocks only, run the frozen blocks below them once per rollout, not once per pass.

A float32 sampling pass, or else the reference pass, records the input of the lowest adapted block
(`record_block_input`); the reference pass and the update run the adapted blocks alone from it (`run_from_block`,
which re-states the top of a `SUPPORTED` decoder's forward).
Must not apply when anything below that block differs between policy and reference or between passes
(`frozen_blocks` then returns 0 and the trainer runs whole passes).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, NamedTuple

import torch
from torch import nn

from models.lora import LoRALinear, block_index

# Decoders whose forward is embed → blocks (one mask kind, rotary positions) → norm → lm_head, nothing else.
SUPPORTED = ("llama", "qwen2", "mistral")


class BlockInput(NamedTuple):
    """The hidden states entering block `block` at every input position of a batch, [B, P + T, H]."""

    block: int
    hidden: torch.Tensor

    def rows(self, index: torch.Tensor, end: int) -> BlockInput:
        """The given rows' states, up to column `end`."""
        return BlockInput(self.block, self.hidden[index, :end])


def frozen_blocks(model: nn.Module) -> int:
    """How many blocks lie under the lowest adapted one in a PolicyWithValue (0: no pass can skip any).

    Below that block the policy must compute what the reference (adapters off) computes, in every pass: no
    adapter there, trained or not, nothing trained, and no attention dropout (the reference pass runs in eval
    mode, the update in train mode)."""
    policy = model.policy
    if (model.critic is not None or policy.config.model_type not in SUPPORTED
            or getattr(policy.config, "attention_dropout", 0.0)):
        return 0
    adapted = [block_index(name) for name, module in policy.named_modules() if isinstance(module, LoRALinear)]
    if not adapted:
        return 0  # without LoRA the reference is a copy of its own, so nothing is shared with it
    trained = [block_index(name) for name, parameter in policy.named_parameters() if parameter.requires_grad]
    lowest = adapted + trained
    return 0 if None in lowest else min(lowest)  # None: an adapter or a weight outside the blocks


@contextmanager
def record_block_input(policy: nn.Module, block: int) -> Iterator[list[torch.Tensor]]:
    """Inside, every forward pass through a causal LM `policy` appends the input of its block `block` to the
    yielded list."""
    recorded: list[torch.Tensor] = []

    def hook(module, args, kwargs):
        recorded.append((args[0] if args else kwargs["hidden_states"]).detach())

    handle = policy.get_decoder().layers[block].register_forward_pre_hook(hook, with_kwargs=True)
    try:
        yield recorded
    finally:
        handle.remove()


def run_from_block(policy: nn.Module, hidden: torch.Tensor, attention_mask: torch.Tensor,
                   position_ids: torch.Tensor, block: int) -> torch.Tensor:
    """The decoder's final hidden states (after its norm) from the input of block `block` on: hidden [1, S, H],
    a 4D additive attention mask and position ids as for the whole model."""
    decoder = policy.get_decoder()
    position_embeddings = decoder.rotary_emb(hidden, position_ids)
    for layer in decoder.layers[block:]:
        hidden = layer(hidden, attention_mask=attention_mask, position_ids=position_ids,
                       position_embeddings=position_embeddings)
    return decoder.norm(hidden)
