"""The PPO objective for a language model: clipped policy loss, clipped value loss, entropy.

Each function takes per-token tensors [batch, response_length] plus the 0/1 mask of valid tokens.
Losses are *sums* over valid tokens divided by `num_tokens`, the number of valid tokens in the whole
minibatch (over all microbatches and ranks); summing microbatch losses then gives the exact
token-mean of the minibatch. Diagnostics are plain means over this microbatch's valid tokens.
"""

import torch

from ppo.masking import masked_mean, masked_var


def logprobs_from_logits(
    logits: torch.Tensor, tokens: torch.Tensor, logsumexp: torch.Tensor | None = None
) -> torch.Tensor:
    """log π(token) for each position: logits [..., V], tokens [...] -> [...] (per token, padded or packed).

    `logsumexp` is torch.logsumexp(logits, -1) when the caller has it already (the update shares it with the
    entropy: one pass over the vocabulary fewer)."""
    if logsumexp is None:
        logsumexp = torch.logsumexp(logits, dim=-1)
    # log softmax(l)[k] = l_k − logsumexp(l), without materialising the whole log-softmax
    return logits.gather(-1, tokens.unsqueeze(-1)).squeeze(-1) - logsumexp


def entropy_from_logits(logits: torch.Tensor, logsumexp: torch.Tensor | None = None) -> torch.Tensor:
    """Entropy of the token distribution at each position: [..., V] -> [...] (`logsumexp` as above)."""
    if logsumexp is None:
        logsumexp = torch.logsumexp(logits, dim=-1)
    # H = logsumexp(l) − Σ_k softmax(l)_k · l_k
    return logsumexp - (torch.softmax(logits, dim=-1) * logits).sum(-1)


def truncated_importance_weights(
    old_logprobs: torch.Tensor, sampler_logprobs: torch.Tensor, cap: float
) -> torch.Tensor:
    """w_t = min(π_old(a_t | s_t) / π_sampler(a_t | s_t), C) per token: truncated importance sampling (veRL's TIS;
    Yao et al. 2025, "Your efficient RL framework secretly brings you off-policy RL training").

    The tokens were drawn from π_sampler, a lower-precision copy of the policy, while PPO's ratio r_t is taken
    against π_old, the trainer's float32 policy. Weighting the clipped objective by π_old / π_sampler makes it
    an expectation under π_old again; the cap C bounds the variance that a rare token with a large ratio would
    add, at the price of a small bias. On-policy (equal log-probs) every weight is exactly 1. cap = 0: no weight.
    """
    if cap == 0:
        return torch.ones_like(old_logprobs)
    return torch.exp(old_logprobs - sampler_logprobs).clamp(max=cap)


def policy_loss(
    logprobs: torch.Tensor,
    old_logprobs: torch.Tensor,
    advantages: torch.Tensor,
    mask: torch.Tensor,
    clip_range: float,
    num_tokens: float,
    is_weights: torch.Tensor | None = None,
) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
    """Clipped surrogate objective L^CLIP (Schulman et al., 2017, eq. 7), as a loss to minimise; `is_weights`
    (`truncated_importance_weights`, none on-policy) weight each token's term when another policy sampled."""
    logratio = logprobs - old_logprobs
    ratio = torch.exp(logratio)
    # L^CLIP = −min(r_t A_t, clip(r_t, 1−ε, 1+ε) A_t) = max of the two negated terms
    pg_loss1 = -advantages * ratio
    pg_loss2 = -advantages * torch.clamp(ratio, 1.0 - clip_range, 1.0 + clip_range)
    pg_losses = torch.max(pg_loss1, pg_loss2)
    if is_weights is not None:  # L^TIS = w_t L^CLIP_t, w_t = min(π_old / π_sampler, C), a constant
        pg_losses = pg_losses * is_weights.detach()
    pg_loss = (pg_losses * mask).sum() / num_tokens
    with torch.no_grad():
        # k3 estimator of KL(π_old || π): (r − 1) − log r, http://joschu.net/blog/kl-approx.html
        approx_kl = masked_mean((ratio - 1) - logratio, mask)
        clipfrac = masked_mean(((ratio - 1.0).abs() > clip_range).float(), mask)
    return pg_loss, {"approx_kl": approx_kl, "policy_clipfrac": clipfrac}


def value_loss(
    values: torch.Tensor,
    old_values: torch.Tensor,
    returns: torch.Tensor,
    mask: torch.Tensor,
    clip_range_value: float,
    num_tokens: float,
) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
    """Clipped value loss: ½ max((V − R)², (V_clip − R)²), V_clip = V_old + clip(V − V_old, ±ε_v)."""
    v_clipped = old_values + torch.clamp(values - old_values, -clip_range_value, clip_range_value)
    v_loss_unclipped = (values - returns) ** 2
    v_loss_clipped = (v_clipped - returns) ** 2
    v_loss = 0.5 * (torch.max(v_loss_unclipped, v_loss_clipped) * mask).sum() / num_tokens
    with torch.no_grad():
        clipfrac = masked_mean((v_loss_clipped > v_loss_unclipped).float(), mask)
    return v_loss, {"value_clipfrac": clipfrac}


def explained_variance(values: torch.Tensor, returns: torch.Tensor, mask: torch.Tensor) -> float:
    """1 − Var(R − V) / Var(R) over valid tokens: 1 is a perfect critic, ≤ 0 no better than a constant."""
    var_returns = masked_var(returns, mask)
    if var_returns.item() == 0:
        return float("nan")
    return (1 - masked_var(returns - values, mask) / var_returns).item()
