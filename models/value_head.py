"""The critic: a value head on the policy's last hidden state, shared trunk by default (TRL's classic layout).

`PolicyWithValue.forward(input_ids, attention_mask)` returns the policy's logits and one value per token.
With `separate_critic=True` the values come from a second trunk copied from the policy (the paper's
Actor/Critic setup). This file must not compute losses, advantages or log-probs of sampled tokens.
"""

from __future__ import annotations

import copy

import torch
from torch import nn
from transformers import PreTrainedModel

from models.lower_blocks import BlockInput, run_from_block
from models.shared_prompt import forward_packed, position_ids_from_mask

# Initial values must sit near 0 (rewards lie in [-1, 1]) so that the first value-loss gradients flowing into
# a shared trunk are small and do not disturb the pretrained policy. A small random weight instead of exact
# zeros keeps values distinct across tokens from step one, so explained variance is defined. SmolLM2's final
# hidden state has an RMS of about 2, so std 1e-3 over 576 features gives values of about ±0.05.
VALUE_HEAD_INIT_STD = 1e-3

VALUE_HEAD_FILE = "value_head.safetensors"
"""The value head's file in a checkpoint or an adapter folder (its tensors, safetensors)."""


class ValueHead(nn.Module):
    """A linear map from a hidden state to a scalar value, kept in float32 whatever the trunk's dtype."""

    def __init__(self, hidden_size: int, init_std: float = VALUE_HEAD_INIT_STD, device: torch.device | None = None):
        super().__init__()
        self.summary = nn.Linear(hidden_size, 1, dtype=torch.float32, device=device)
        nn.init.normal_(self.summary.weight, std=init_std)
        nn.init.zeros_(self.summary.bias)

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        """hidden_states [B, T, H] -> values [B, T], in float32 even under bf16 autocast."""
        with torch.autocast(hidden_states.device.type, enabled=False):
            return self.summary(hidden_states.to(self.summary.weight.dtype)).squeeze(-1)


class PolicyWithValue(nn.Module):
    """A causal LM (`.policy`) plus a value head (`.value_head`), optionally on a separate critic trunk (`.critic`)."""

    def __init__(self, policy: PreTrainedModel, separate_critic: bool = False, init_std: float = VALUE_HEAD_INIT_STD):
        super().__init__()
        self.policy = policy
        # The critic trunk is the decoder without the LM head: a value needs hidden states, not logits.
        self.critic = copy.deepcopy(policy.get_decoder()) if separate_critic else None
        self.value_head = ValueHead(policy.config.hidden_size, init_std, device=policy.device)

    @property
    def separate_critic(self) -> bool:
        return self.critic is not None

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        position_ids: torch.Tensor | None = None,
        logits_to_keep: int = 0,
        with_values: bool = True,
        prompt_length: int = 0,
        block_input: BlockInput | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """input_ids, attention_mask [B, T] (left padding allowed) -> (logits [B, T, V], values [B, T]).

        Position t's logits predict token t+1, and its value estimates the return from state t (the prefix
        up to and including token t). `logits_to_keep` > 0 computes logits for the last that many positions
        only: scoring a response needs no LM head over its prompt. `with_values=False` skips the critic and
        returns None for the values (the LoRA reference pass). `prompt_length` > 0 (the first P columns are
        left-padded prompts, the rest right-padded responses) scores the responses alone: logits [N, V] and
        values [N] for the batch's N response tokens, packed in the order of the response mask row by row,
        with each distinct prompt computed once and no padding computed (models/shared_prompt.py; `unpack`
        lays them out as [B, T]). `position_ids` are not used then: packing assigns its own. With a prompt length,
        `block_input` (the input of block k at every position of this batch, models/lower_blocks.py) runs the
        policy from block k on, the blocks below it skipped: for a policy whose blocks below k are frozen.
        """
        if prompt_length:
            return self._score_responses(input_ids, attention_mask, prompt_length, with_values, block_input)
        if position_ids is None:
            position_ids = position_ids_from_mask(attention_mask)
        inputs = dict(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids, use_cache=False)
        if not with_values:
            return self.policy(**inputs, logits_to_keep=logits_to_keep).logits, None
        if self.critic is None:
            output = self.policy(**inputs, output_hidden_states=True, logits_to_keep=logits_to_keep)
            hidden = output.hidden_states[-1]  # after the final norm: what the LM head reads
        else:
            output = self.policy(**inputs, logits_to_keep=logits_to_keep)
            hidden = self.critic(**inputs).last_hidden_state
        return output.logits, self.value_head(hidden)

    def _score_responses(self, input_ids, attention_mask, prompt_length, with_values, block_input=None):
        hidden_too = with_values and self.critic is None

        def run_policy(ids, mask, positions, keep):
            output = self.policy(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=False,
                                 logits_to_keep=keep, output_hidden_states=hidden_too)
            return (output.logits, output.hidden_states[-1][:, keep]) if hidden_too else (output.logits,)

        def run_upper_blocks(ids, mask, positions, keep, hidden):
            hidden = run_from_block(self.policy, hidden, mask, positions, block_input.block)[:, keep]
            return (self.policy.lm_head(hidden), hidden) if hidden_too else (self.policy.lm_head(hidden),)

        batch = (input_ids, attention_mask, prompt_length)
        if block_input is not None:
            if self.critic is not None:
                raise ValueError("block_input skips blocks the separate critic has its own copies of")
            outputs = forward_packed(run_upper_blocks, *batch, self.policy.config, self.policy.dtype,
                                     inputs=block_input.hidden)
        else:
            outputs = forward_packed(run_policy, *batch, self.policy.config, self.policy.dtype)
        if not with_values:
            return outputs[0], None
        if self.critic is None:
            return outputs[0], self.value_head(outputs[1])

        def run_critic(ids, mask, positions, keep):
            hidden = self.critic(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=False)
            return (hidden.last_hidden_state[:, keep],)

        (hidden,) = forward_packed(run_critic, *batch, self.critic.config, self.critic.dtype)
        return outputs[0], self.value_head(hidden)
