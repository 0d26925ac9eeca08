"""The KL penalty that keeps the policy near the reference model, and its coefficient β.

Per-token penalty: −β · (log π(a_t|s_t) − log π_ref(a_t|s_t)), the k1 estimator of KL(π || π_ref).
β is fixed, or adapted with the proportional controller of Ziegler et al. (2019, sec. 2.2):
e_t = clip(KL_t / KL_target − 1, −0.2, 0.2);  β ← β (1 + e_t · n / horizon), n = samples this step.
This file holds only β and the per-token KL; rewards are assembled in ppo/rewards.py.
"""

from dataclasses import asdict, dataclass

import torch


def kl_per_token(logprobs: torch.Tensor, ref_logprobs: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """k1 estimate of KL(π || π_ref) for each sampled token: log π − log π_ref, 0 on padding."""
    return (logprobs - ref_logprobs) * mask


@dataclass
class KLController:
    """β for the KL penalty. `target=None` keeps it fixed; otherwise Ziegler et al.'s adaptive rule."""

    value: float
    target: float | None = None
    horizon: int = 10000

    def update(self, current_kl: float, n_steps: int) -> None:
        """current_kl: mean over this step's responses of Σ_t KL_t; n_steps: number of responses."""
        if self.target is None:
            return
        # Ziegler et al.: e_t = clip(KL_t / KL_target − 1, −0.2, 0.2)
        proportional_error = min(max(current_kl / self.target - 1, -0.2), 0.2)
        # β_{t+1} = β_t (1 + K_β e_t), K_β = n / horizon
        self.value *= 1 + proportional_error * n_steps / self.horizon

    def state_dict(self) -> dict:
        return asdict(self)

    def load_state_dict(self, state: dict) -> None:
        self.value, self.target, self.horizon = state["value"], state["target"], state["horizon"]
