"""Per-token rewards for PPO: the execution score at the last token, the KL penalty on every token.

r_t = −β (log π(a_t) − log π_ref(a_t))  for every generated token t, plus
r_T += score (+ missing-EOS penalty) at the last generated token T (EOS, or the length limit).
Optional: scale or whiten the scores across the batch before placing them (off by default).
This file must not run code or models; it turns numbers into the rewards GAE consumes.
"""

import torch

from ppo.kl import kl_per_token
from ppo.masking import global_mean_var


def normalise_scores(scores: torch.Tensor, mode: str) -> torch.Tensor:
    """'none' | 'scale' (divide by the batch std) | 'whiten' (subtract the mean, divide by the std)."""
    if mode == "none":
        return scores
    # statistics over every rank's responses, so the result does not depend on the number of ranks
    mean, var = global_mean_var(scores, torch.ones_like(scores))
    std = var.sqrt()
    if mode == "scale":
        return scores / (std + 1e-8)
    if mode == "whiten":
        return (scores - mean) / (std + 1e-8)
    raise ValueError(f"unknown reward normalisation {mode!r}; use none, scale or whiten")


def token_rewards(
    scores: torch.Tensor,
    logprobs: torch.Tensor,
    ref_logprobs: torch.Tensor,
    mask: torch.Tensor,
    kl_coef: float,
    truncated: torch.Tensor,
    missing_eos_penalty: float = 0.0,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Rewards [B, T] and the per-token KL [B, T].

    scores: [B] one execution score per response; truncated: [B] bool, True where no EOS was produced.
    """
    kl = kl_per_token(logprobs, ref_logprobs, mask)
    # per-token KL penalty: r_t = −β (log π − log π_ref)
    rewards = -kl_coef * kl
    # the sequence-level score (minus the penalty for running out of tokens) lands on the last valid token
    last_token = mask.sum(dim=1).long().clamp(min=1) - 1
    final_scores = scores - missing_eos_penalty * truncated.to(scores.dtype)
    rewards[torch.arange(len(scores), device=rewards.device), last_token] += final_scores
    return rewards * mask, kl
