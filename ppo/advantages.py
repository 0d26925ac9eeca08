"""Generalised Advantage Estimation (Schulman et al., 2016) over the tokens of a response.

Each generated token is one action; the episode ends at the last valid token (EOS or the length
limit), so nothing is bootstrapped past it and padding never leaks into an advantage.
This file computes advantages and returns only; it knows nothing about models or rewards' origin.
"""

import torch


def gae(
    rewards: torch.Tensor,
    values: torch.Tensor,
    mask: torch.Tensor,
    gamma: float,
    lam: float,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Advantages and returns, both [batch, response_length], zero on padding.

    rewards, values: per-token, aligned with the generated tokens; mask: 1 on valid tokens.
    """
    rewards, values = rewards * mask, values * mask
    length = rewards.shape[1]
    advantages = torch.zeros_like(rewards)
    last_gae_lam = torch.zeros_like(rewards[:, 0])
    for t in reversed(range(length)):
        # the state after the last valid token is terminal: its value and advantage count as 0
        next_valid = mask[:, t + 1] if t + 1 < length else torch.zeros_like(mask[:, 0])
        next_values = values[:, t + 1] if t + 1 < length else torch.zeros_like(values[:, 0])
        # GAE: δ_t = r_t + γ V(s_{t+1}) − V(s_t)
        delta = rewards[:, t] + gamma * next_values * next_valid - values[:, t]
        # GAE: A_t = δ_t + γλ A_{t+1}
        last_gae_lam = delta + gamma * lam * next_valid * last_gae_lam
        advantages[:, t] = last_gae_lam
    advantages = advantages * mask
    # value target: R_t = A_t + V(s_t)
    returns = advantages + values
    return advantages, returns

