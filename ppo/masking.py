"""Statistics over the valid tokens of a padded batch.

Every per-token tensor in `ppo/` has shape [batch, response_length] and comes with a 0/1 `mask`
(1 for a generated token up to and including EOS; 0 for padding and anything after EOS).
These helpers make sure padding never enters a mean, a variance or a whitening step.
When torch.distributed is initialised, `whiten` uses statistics over all ranks' tokens.
"""

import torch

from ppo import distributed


def masked_mean(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return (values * mask).sum() / mask.sum().clamp(min=1)


def masked_var(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    mean = masked_mean(values, mask)
    return masked_mean((values - mean) ** 2, mask)


def global_mean_var(values: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean and (biased) variance over the valid entries of every rank.

    Global sums, so that two ranks with half the batch each get exactly what one rank with all of it gets; two
    passes (the mean first, then the squared deviations), which stays accurate where E[x^2] - E[x]^2 would not.
    """
    total = distributed.all_reduce_sum(torch.stack([(values * mask).sum(), mask.sum()]))
    mean = total[0] / total[1].clamp(min=1)
    squared = distributed.all_reduce_sum(((values - mean) ** 2 * mask).sum())
    return mean, squared / total[1].clamp(min=1)


def whiten(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """(x - mean) / std over the valid tokens of every rank; padding stays 0."""
    mean, var = global_mean_var(values, mask)
    return (values - mean) * torch.rsqrt(var + 1e-8) * mask
