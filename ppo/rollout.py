"""Rollout: sample responses to prompts, then the log-probs under π and π_ref and the values V of every sampled token.

`generate` uses Hugging Face `generate` (KV cache) with left-padded prompts, sampled for training and greedy or
sampled for evaluation. A response ends at its first end token (`models.end_token_ids`: EOS and the chat turn's
end) or, by default, at the fence that closes its code block; tokens after the end are masked. Log-probs use
logits / temperature, the same distribution the tokens were sampled from: `generate` ignores the sampling
settings a model's own generation_config ships (repetition penalty, min_new_tokens...), which would make it
sample from another one. Position ids come from the attention mask.
This file must not compute rewards or losses; it returns tensors and decoded text.
"""

import warnings
from dataclasses import dataclass

import torch
from transformers import GenerationConfig

from models import end_token_ids, position_ids_from_mask
from models.shared_prompt import distinct_prompts, shared_prompt_cache
from models.stopping import CodeBlockStop
from ppo.losses import logprobs_from_logits


@dataclass
class Rollout:
    """B responses; T = longest response in the batch, P = padded prompt length."""

    query_responses: torch.Tensor  # [B, P+T] prompt tokens (left padded) then response tokens (right padded)
    attention_mask: torch.Tensor  # [B, P+T] 1 on real prompt tokens and valid response tokens
    prompt_length: int  # P
    response_mask: torch.Tensor  # [B, T] float, 1 on response tokens up to and including the one that ends it
    truncated: torch.Tensor  # [B] bool, True where the response hit max_new_tokens without ending
    texts: list[str]  # decoded responses (special tokens removed)

    @property
    def responses(self) -> torch.Tensor:
        return self.query_responses[:, self.prompt_length :]


def response_mask(
    responses: torch.Tensor, stop_token_ids: list[int], ends: dict[int, int] | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """1 on tokens up to and including the one that ends a response, 0 after it; and which responses never ended.

    A response ends at its first stop token, or after `ends[row]` tokens when a stopping criterion ended it
    there (a closed code block); whichever comes first.
    """
    is_stop = torch.isin(responses, torch.tensor(stop_token_ids, device=responses.device))
    stops_before = torch.cumsum(is_stop.long(), dim=1) - is_stop.long()  # stop tokens strictly before t
    mask = (stops_before == 0).float()
    truncated = ~is_stop.any(dim=1)
    for row, length in (ends or {}).items():
        mask[row, length:] = 0
        truncated[row] = False
    return mask, truncated


# Settings of a model's generation_config that reshape the distribution tokens are drawn from.
DISTRIBUTION_SETTINGS = (
    "repetition_penalty", "encoder_repetition_penalty", "no_repeat_ngram_size", "min_new_tokens", "min_length",
    "typical_p", "min_p", "top_k", "top_p", "epsilon_cutoff", "eta_cutoff", "bad_words_ids", "suppress_tokens",
    "begin_suppress_tokens", "forced_bos_token_id", "forced_eos_token_id", "sequence_bias",
    "exponential_decay_length_penalty", "guidance_scale", "watermarking_config", "renormalize_logits",
)


def ignored_generation_settings(model_config: GenerationConfig, used: GenerationConfig) -> dict:
    """The distribution-changing settings of a model's generation_config that `used` leaves at their defaults."""
    defaults = GenerationConfig()
    ignored = {}
    for name in DISTRIBUTION_SETTINGS:
        value = getattr(model_config, name, None)
        if value is not None and value != getattr(defaults, name, None) and value != getattr(used, name, None):
            ignored[name] = value
    return ignored


@torch.no_grad()
def generate(
    policy,
    tokenizer,
    prompts: list[str],
    max_new_tokens: int,
    temperature: float,
    top_p: float = 1.0,
    batch_size: int = 0,
    stop_at_code_end: bool = True,
) -> Rollout:
    """One response per prompt string (repeat a prompt to get several samples); training and evaluation both use it.

    temperature > 0 samples from the whole temperature-scaled distribution (top_k=0), as PPO's log-probs assume,
    nucleus-filtered when top_p < 1; temperature 0 decodes greedily. `batch_size` prompts go through each
    `policy.generate` call (0: all at once). Nothing else shapes the distribution: the model's generation_config
    is set aside during the call (Hugging Face would fill every unset field from it), with a warning naming
    what it would have changed.
    """
    stop_ids = end_token_ids(tokenizer, policy)
    if not stop_ids:
        raise ValueError("the tokenizer and the model define no EOS token; responses could never stop")
    device = next(policy.parameters()).device
    encoded = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
    batch_size = batch_size or len(prompts)
    if temperature == 0:
        decoding = {"do_sample": False}
    else:  # top_k=0: sample from the whole (temperature-scaled) distribution
        decoding = {"do_sample": True, "temperature": temperature, "top_p": top_p, "top_k": 0}
    generation_config = GenerationConfig(
        **decoding, max_new_tokens=max_new_tokens, eos_token_id=stop_ids, pad_token_id=tokenizer.pad_token_id
    )
    own_config = policy.generation_config
    ignored = ignored_generation_settings(own_config, generation_config)
    if ignored:
        warnings.warn(
            f"ignoring the model's generation_config settings {ignored}: they would sample from another "
            "distribution than the logits / temperature that PPO's log-probs score",
            stacklevel=2,
        )
    chunks, code_ends = [], {}  # code_ends: row -> length of a response that closed its code block
    policy.generation_config = GenerationConfig(bos_token_id=own_config.bos_token_id)  # nothing to inherit
    try:
        for start in range(0, len(prompts), batch_size):
            criteria = [CodeBlockStop(tokenizer, encoded.input_ids.shape[1])] if stop_at_code_end else []
            input_ids = encoded.input_ids[start : start + batch_size]
            attention_mask = encoded.attention_mask[start : start + batch_size]
            chunk = policy.generate(
                input_ids=input_ids,
                attention_mask=attention_mask,
                generation_config=generation_config,
                stopping_criteria=criteria,
                past_key_values=shared_prompt_cache(policy, input_ids, attention_mask),  # a repeated prompt once
            )
            chunks.append(chunk)
            for criterion in criteria:
                code_ends.update({start + row: length for row, length in criterion.lengths.items()})
    finally:
        policy.generation_config = own_config
    prompt_length = encoded.input_ids.shape[1]
    # chunks may stop at different lengths: right-pad their responses to the longest one
    longest = max(chunk.shape[1] for chunk in chunks)
    query_responses = torch.cat(
        [torch.nn.functional.pad(c, (0, longest - c.shape[1]), value=tokenizer.pad_token_id) for c in chunks]
    )
    responses = query_responses[:, prompt_length:]
    mask, truncated = response_mask(responses, stop_ids, code_ends)
    responses.masked_fill_(mask == 0, tokenizer.pad_token_id)  # in place: tidy the tokens after the end
    attention_mask = torch.cat([encoded.attention_mask, mask.long()], dim=1)
    texts = [
        tokenizer.decode(tokens[: int(length)], skip_special_tokens=True)
        for tokens, length in zip(responses.tolist(), mask.sum(1).tolist())
    ]
    return Rollout(query_responses, attention_mask, prompt_length, mask, truncated, texts)


def forward_response(model, query_responses, attention_mask, prompt_length, temperature):
    """One forward pass of a PolicyWithValue: (logits / temperature, values) at the response positions.

    The logits at position t predict token t+1, so the response's tokens are scored by positions P−1..end−2,
    and V(s_t) is the value at the position just before token t is generated. Rows that share a prompt share
    its computation (models/shared_prompt.py): the LM head and the prompt run once per distinct prompt.
    """
    logits, values = model(query_responses, attention_mask, position_ids_from_mask(attention_mask),
                           prompt_length=prompt_length)
    return logits.float() / temperature, values.float()


def microbatch_order(prompt_ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """Rows ordered by prompt, then by response length: cut into microbatches, each holds few distinct prompts
    (each computed once) and rows of similar length (each microbatch is cut at its own longest response)."""
    return torch.argsort(prompt_ids * (int(lengths.max()) + 1) + lengths, stable=True)


def grouped_microbatches(rollout: Rollout, microbatch_size: int):
    """(row indices, end column) per microbatch of a rollout, in `microbatch_order`."""
    lengths = rollout.response_mask.sum(1).long()
    _, prompt_ids = distinct_prompts(rollout.query_responses[:, : rollout.prompt_length])
    for rows in torch.split(microbatch_order(prompt_ids, lengths), microbatch_size):
        yield rows, rollout.prompt_length + max(int(lengths[rows].max()), 1)


@torch.no_grad()
def logprobs_and_values(model, rollout: Rollout, temperature: float, microbatch_size: int):
    """Log-probs and values of the sampled response tokens, in microbatches: [B, T] each."""
    logprobs = torch.zeros_like(rollout.response_mask)
    values = torch.zeros_like(rollout.response_mask)
    for rows, end in grouped_microbatches(rollout, microbatch_size):
        logits, row_values = forward_response(
            model, rollout.query_responses[rows, :end], rollout.attention_mask[rows, :end], rollout.prompt_length,
            temperature,
        )
        width = end - rollout.prompt_length
        logprobs[rows, :width] = logprobs_from_logits(logits, rollout.responses[rows, :width])
        values[rows, :width] = row_values
        del logits
    return logprobs * rollout.response_mask, values * rollout.response_mask


@torch.no_grad()
def reference_logprobs(reference, rollout: Rollout, temperature: float, microbatch_size: int) -> torch.Tensor:
    """log π_ref of the sampled tokens; `reference` is a models.ReferenceModel (frozen copy or adapters off)."""
    logprobs = torch.zeros_like(rollout.response_mask)
    for rows, end in grouped_microbatches(rollout, microbatch_size):
        attention_mask = rollout.attention_mask[rows, :end]
        width = end - rollout.prompt_length
        logits = reference.logits(rollout.query_responses[rows, :end], attention_mask,
                                  position_ids_from_mask(attention_mask), prompt_length=rollout.prompt_length)
        logits = logits.float() / temperature
        logprobs[rows, :width] = logprobs_from_logits(logits, rollout.responses[rows, :width])
        del logits
    return logprobs * rollout.response_mask
