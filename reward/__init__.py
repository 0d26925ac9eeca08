"""Execution reward for ACECode: run generated code in a sandbox, check it, time it against the reference, score it.

Candidates are untrusted model output. What the sandbox and the judge defend against, and what they do not,
is stated once, in the README's "Threat model" (each line with its test).

Public API: `Rewarder` (score / score_batch / reference_runtime), `Verdict`, `RewardConfig`, `Limits`,
`TimingConfig`, and, for convenience, the problem loaders of `tasks` (`Problem`, `load_problems`).
"""

from reward.executor import STATUSES, Executor, Verdict
from reward.pool import Rewarder, default_workers
from tasks import DatasetError, Problem, load_problems
from reward.sandbox import Limits
from reward.scoring import RewardConfig, step_reward
from reward.timing import TimingConfig

__all__ = [
    "STATUSES", "DatasetError", "Executor", "Limits", "Problem", "RewardConfig", "Rewarder", "TimingConfig",
    "Verdict", "default_workers", "load_problems", "step_reward",
]
