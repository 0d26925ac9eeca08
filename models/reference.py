"""The frozen reference policy that PPO's KL penalty compares against.

Without LoRA it is a frozen copy of the initial policy. With LoRA it is the policy itself with its adapters
switched off, so no second copy of the weights exists; it is then given the PolicyWithValue that holds the
policy, the module FSDP shards as its root, so that a forward through it gathers the root's parameters.
`ReferenceModel.logits` hides the difference.
This file must not compute KL terms or log-probs of sampled tokens; the trainer does that from the logits.
"""

from __future__ import annotations

import copy

import torch
from torch import nn
from transformers import PreTrainedModel

from models.lora import disabled_adapters, has_lora
from models.lower_blocks import BlockInput
from models.shared_prompt import forward_packed, position_ids_from_mask
from models.value_head import PolicyWithValue


def freeze(model: nn.Module) -> nn.Module:
    """Eval mode and no gradients, in place."""
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    return model.eval()


class ReferenceModel:
    """Logits of the reference policy for a batch. Build it before the first update of the policy.

    `shares_weights` tells which kind it is: True when it is the LoRA policy with adapters disabled.
    """

    def __init__(self, policy: PreTrainedModel | PolicyWithValue):
        """`policy`: the policy, or (with LoRA) the PolicyWithValue around it, which the reference then shares."""
        self.shares_weights = has_lora(policy)
        if not self.shares_weights and isinstance(policy, PolicyWithValue):
            raise ValueError("a frozen reference copies the policy alone: pass PolicyWithValue.policy, not the whole model")
        self.model = policy if self.shares_weights else freeze(copy.deepcopy(policy))

    @torch.no_grad()
    def logits(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        position_ids: torch.Tensor | None = None,
        logits_to_keep: int = 0,
        prompt_length: int = 0,
        block_input: BlockInput | None = None,
    ) -> torch.Tensor:
        """input_ids, attention_mask [B, T] -> logits [B, T, V] (the last `logits_to_keep` positions if > 0);
        the same position convention as PolicyWithValue, and the same `prompt_length` (logits [N, V] for the
        N response tokens, packed, each distinct prompt computed once) and `block_input` (a LoRA reference
        alone: the pass starts at that block, whose input below the adapters the policy and the reference share)."""
        if block_input is not None and not self.shares_weights:
            raise ValueError("block_input needs a LoRA reference: a frozen copy shares no blocks with the policy")
        if position_ids is None:
            position_ids = position_ids_from_mask(attention_mask)
        with disabled_adapters(self.model):
            if isinstance(self.model, PolicyWithValue):
                logits, _ = self.model(input_ids, attention_mask, position_ids, logits_to_keep, with_values=False,
                                       prompt_length=prompt_length, block_input=block_input)
                return logits
            if prompt_length:
                def run(ids, mask, positions, keep):
                    return (self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=False,
                                       logits_to_keep=keep).logits,)

                return forward_packed(run, input_ids, attention_mask, prompt_length, self.model.config,
                                      self.model.dtype)[0]
            output = self.model(
                input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids, use_cache=False,
                logits_to_keep=logits_to_keep,
            )
        return output.logits
