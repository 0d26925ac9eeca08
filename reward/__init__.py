"""Execution reward for ACECode: run generated code in a sandbox, check it, time it against the reference, score it.

Threat model: candidates are untrusted model output that may loop, exhaust memory, fork, print, exit early, rig
comparisons, patch clocks or search their own memory, by accident or as reward hacking. The tests and expected
answers stay in a judge process (`reward.judge`, the fork server of `reward.sandbox`) that never runs candidate
code: answers cross as plain data (`reward.codec`) and are compared there. Timings are the judge's readings of
each timed batch's CPU clock, in batches that alternate reference and candidate, each a fresh process forked
from a zygote that never held a request; batch answers are checked too. Samples run as `nobody` (the
reference's as a user of its own) under rlimits and a seccomp filter (no new processes, ptrace, IPC, keyrings
or AF_UNIX sockets), in private PID, network, IPC and mount namespaces where the OS allows (fresh /proc,
read-only /tmp, the project and homes hidden).
Not defended: within one batch of several passes, state hidden outside the solution's namespace (other than new
names in builtins, the preamble's scope and sys.modules) or edits to the harness's own loop can make later
passes look cheaper; problem data (tests, workloads, references) is trusted; kernel exploits and side channels.
The README has the details.

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
