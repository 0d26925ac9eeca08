"""With LoRA on the top blocks only, compute the frozen blocks below them once per rollout, not once per pass.

`--lora-layers N` adapts the last N transformer blocks. The blocks under the lowest adapted one are then the
same function in the policy, in the reference (adapters off) and in every update pass, and their output at a
token does not depend on which rows share its forward pass. So the trainer records the input of the lowest
adapted block during the reference pass (`record_block_input`), and the update runs the adapted blocks alone
from it (`run_from_block`): its forward pass skips the frozen blocks, which its backward pass never reached.
On the coder with 12 of 24 blocks adapted, that is half of the update's forward pass.

`run_from_block` re-states the top of a decoder's forward (rotary embedding, the blocks, the final norm, the LM
head) for the architectures whose forward is exactly that (`SUPPORTED`); tests/test_models_lower_blocks.py
checks it against the model's own forward for each. Other models, full fine-tuning, LoRA on every block and a
separate critic return 0 from `frozen_blocks`, and the trainer runs whole passes as before.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, NamedTuple

import torch
from torch import nn

from models.lora import block_index, has_lora

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
    """How many blocks lie under the lowest adapted one in a PolicyWithValue (0: no pass can skip any)."""
    policy = model.policy
    if model.critic is not None or policy.config.model_type not in SUPPORTED or not has_lora(policy):
        return 0  # (without LoRA the reference is a copy of its own, so nothing is shared with it)
    trained = [block_index(name) for name, parameter in policy.named_parameters() if parameter.requires_grad]
    return 0 if not trained or None in trained else min(trained)  # None: something trains outside the blocks


@contextmanager
def record_block_input(model: nn.Module, block: int) -> Iterator[list[torch.Tensor]]:
    """Inside, every forward pass through the policy appends the input of its block `block` to the yielded list."""
    recorded: list[torch.Tensor] = []

    def hook(module, args, kwargs):
        recorded.append((args[0] if args else kwargs["hidden_states"]).detach())

    handle = model.policy.get_decoder().layers[block].register_forward_pre_hook(hook, with_kwargs=True)
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
