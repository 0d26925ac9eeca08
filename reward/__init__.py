"""Execution reward for ACECode: run generated code in a sandbox, check it, time it, and score it.

Threat model: candidates are untrusted model output that may loop, exhaust memory, fork, print, exit early,
rig comparisons or patch clocks, by accident or as reward hacking. Each runs in a forked child of a fork server
(`reward.sandbox`) with every limit enforced from outside: private PID and network namespaces where the OS
allows (else a subreaper sweep and Python-level socket/signal blocks), user `nobody` when started as root,
rlimits, a wall clock, a fresh temporary directory, and a tokened result pipe that prints cannot reach. Not
defended: a candidate that reads or rewrites the harness's own memory from inside its process (the tests run
in that process), kernel exploits, and side channels; run untrusted code at scale inside a VM or container.

Public API: `Rewarder` (score / score_batch / reference_runtime), `Verdict`, `RewardConfig`, `Limits`,
`TimingConfig`, and the problem loaders from `reward.problems`.
"""

from reward.executor import STATUSES, Executor, Verdict
from reward.pool import Rewarder, default_workers
from reward.problems import DatasetError, Problem, load_problems
from reward.sandbox import Limits
from reward.scoring import RewardConfig, step_reward
from reward.timing import TimingConfig

__all__ = [
    "STATUSES", "DatasetError", "Executor", "Limits", "Problem", "RewardConfig", "Rewarder", "TimingConfig",
    "Verdict", "default_workers", "load_problems", "step_reward",
]
