"""Score responses with each distinct prompt run once: a prompt's KV cache is shared by all its samples.

PPO samples N responses per prompt, and on a code task the prompt (system turn, instructions, signature and
docstring) is usually longer than the response. A forward pass over prompt + response for every row computes
each prompt N times. Here the distinct prompts run once, their key/value cache is repeated for the rows that
share them, and the responses run on top of it. Causal attention makes this the same computation, up to
floating-point rounding: a prompt token's keys and values never depend on what follows it, so they are the
same in every row that shares the prompt, and the gradient through them is the sum over those rows, which
autograd computes through the repeat.

Outputs cover the positions that score a response, P−1 … P+T−2: position t's logits predict token t+1, so the
last prompt position scores the first response token and the last response token is never an input.
Columns that are padding in every row of the batch are cut first (position ids come from the attention mask,
so nothing else changes). `prompt_cache` builds the same shared cache for the decoding loop
(`ppo.rollout.decode`), where nothing needs gradients: the prompts run through the decoder alone, no LM head.
"""

from __future__ import annotations

from typing import Callable

import torch
from transformers import DynamicCache


def position_ids_from_mask(attention_mask: torch.Tensor) -> torch.Tensor:
    """Positions that count only real tokens, so a left-padded row sees the same positions as an unpadded one.

    Pad positions get 1, exactly as `generate` assigns them; their values never matter because they are masked.
    """
    position_ids = attention_mask.long().cumsum(-1) - 1
    return position_ids.masked_fill(attention_mask == 0, 1)


def distinct_prompts(prompts: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(first row of each distinct prompt, index of each row's prompt among them) for prompts [B, P]."""
    _, inverse = torch.unique(prompts, dim=0, return_inverse=True)
    rows = torch.arange(len(prompts), device=prompts.device)
    first = torch.full((int(inverse.max()) + 1,), len(prompts), device=prompts.device, dtype=torch.long)
    first = first.scatter_reduce(0, inverse, rows, reduce="amin")
    return first, inverse


def padding_columns(attention_mask: torch.Tensor, prompt_length: int) -> int:
    """How many leading columns are padding in every row (left-padded prompts of a batch that lacks the longest)."""
    attended = attention_mask[:, :prompt_length].any(dim=0)
    return int(attended.long().argmax()) if bool(attended.any()) else 0


def forward_shared_prompts(
    run: Callable[..., tuple[torch.Tensor, ...]],
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    position_ids: torch.Tensor,
    prompt_length: int,
    cache_config,
) -> tuple[torch.Tensor, ...]:
    """The outputs of `run` at positions P−1 … end−2 of every row, each distinct prompt computed once.

    `run(input_ids, attention_mask, position_ids, past_key_values, logits_to_keep)` is one forward pass of a
    decoder returning per-position tensors [rows, positions, ...] (logits, hidden states); it is called twice:
    on the distinct prompts (keeping their last position), then on the responses over the repeated cache.
    The prompt pass keeps an output, the last position's, that the loss uses: under FSDP a block gathers its
    weights for the backward pass when a gradient reaches its output, and a prompt pass whose output went
    unused (its keys and values reaching the loss through the cache alone) would leave them sharded.
    """
    lead = padding_columns(attention_mask, prompt_length)
    input_ids, attention_mask, position_ids = input_ids[:, lead:], attention_mask[:, lead:], position_ids[:, lead:]
    prompt_length -= lead
    first, inverse = distinct_prompts(input_ids[:, :prompt_length])
    cache = DynamicCache(config=cache_config)
    prompt_outputs = run(input_ids[first, :prompt_length], attention_mask[first, :prompt_length],
                         position_ids[first, :prompt_length], cache, 1)
    prompt_outputs = [output[inverse] for output in prompt_outputs]  # position P−1 of every row
    if input_ids.shape[1] - prompt_length < 2:  # a one-token response is scored by the prompt alone
        return tuple(prompt_outputs)
    cache.batch_select_indices(inverse)  # each row gets its prompt's keys and values
    end = input_ids.shape[1] - 1  # the last token is never an input that scores anything
    response_outputs = run(input_ids[:, prompt_length:end], attention_mask[:, :end],
                           position_ids[:, prompt_length:end], cache, 0)
    return tuple(torch.cat([p, r], dim=1) for p, r in zip(prompt_outputs, response_outputs))


def prompt_cache(decoder: torch.nn.Module, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                 position_ids: torch.Tensor) -> DynamicCache:
    """The key/value cache of every row's prompt [rows, P], each distinct prompt computed once by `decoder`
    (a transformer body, no LM head) and repeated for the rows that share it; empty when P is 0."""
    cache = DynamicCache(config=decoder.config)
    if input_ids.shape[1] == 0:
        return cache
    first, inverse = distinct_prompts(input_ids)
    decoder(input_ids=input_ids[first], attention_mask=attention_mask[first], position_ids=position_ids[first],
            past_key_values=cache, use_cache=True)
    cache.batch_select_indices(inverse)  # each row gets its prompt's keys and values
    return cache
