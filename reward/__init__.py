"""Execution reward for ACECode: run generated code in a sandbox, check it, time it against the reference, score it.

The processes, from the caller down: `pool` (Rewarder: a thread per worker) -> `executor` (one fork server per
worker) -> the sandbox: `server` (the fork server, which is the `judge`), its zygote and sample processes
(`sandbox`), each under the defences of `isolation` -> `harness` (what runs around a solution in a sample).
`protocol` frames what crosses between them, `codec` the values, `timing` is paired timing on both sides,
`scoring` turns a verdict into a reward, `settings` holds every constant a run may set.

Threat model. Candidates are untrusted model output that may loop, exhaust memory, fork, print, exit early,
rig comparisons, patch clocks, search their own memory or attack the sandbox; PPO rewards any trick that pays.
Defended, each with tests in the file named:
- verdicts: the candidate never shares a process with the tests, expected answers, judge, reference or another
  sample; answers cross as plain data and are compared in the judge, so forged messages, trace hooks, patched
  builtins, rigged `__eq__` and early exits gain nothing (tests/test_reward_sandbox.py, test_reward_attacks.py);
- answers the judge can afford: decoding costs at most what crossed the pipe, nothing is parsed from a string
  the candidate chose, floats agree within a stated tolerance (tests/test_reward_codec.py, test_reward_attacks.py);
- timings: CPU clocks read from outside, in interleaved pairs; threads counted, new processes refused; a fresh
  module per pass; calls sent after the loads; no garbage collection outside the clock; answers of random
  passes checked; a module changed while timed earns no bonus (`timing.no_bonus_for_shared_state`); state
  carried between passes is timed on cold runs (`timing.timed_on_cold_runs`) (tests/test_reward_attacks.py,
  test_reward_sandbox.py);
- limits and isolation, from outside the sample: wall clock, rlimits, capped output, user `nobody`, seccomp,
  and where allowed PID, network, IPC, UTS and mount namespaces with a private /proc, /tmp and hidden project
  and home folders (tests/test_reward_sandbox.py, test_reward_judge_limits.py);
- the rewarder itself: malformed or oversized messages, deep folder trees and judge errors end in that
  sample's verdict; the judge has its own CPU and memory bounds and a watchdog (tests/test_reward_attacks.py,
  test_reward_judge_limits.py).
Not defended: state carried between the passes of one batch on microsecond workloads (the cold-run check needs
milliseconds); a hostile message costing the judge up to its CPU bound; untrusted problem data (tests,
workloads and references run in the judge); kernel exploits and side channels (run untrusted code at scale in a
VM or container too); without namespaces, no private /proc, mounts or network (sockets refused in Python only).
"""

from reward.executor import STATUSES, Executor, Verdict
from reward.pool import Rewarder, default_workers
from tasks import DatasetError, Problem, load_problems
from reward.scoring import step_reward
from reward.settings import Limits, RewardConfig, RewardSettings, TimingConfig

__all__ = [
    "STATUSES", "DatasetError", "Executor", "Limits", "Problem", "RewardConfig", "RewardSettings", "Rewarder",
    "TimingConfig", "Verdict", "default_workers", "load_problems", "step_reward",
]
