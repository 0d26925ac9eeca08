"""The reward: ACECode's step function over a verdict and the reference runtime.

A correct program earns 0.5 + 0.5 · min(T_ref / T_gen, 1), with T_gen / T_ref measured in pairs by the judge; an incorrect one a penalty by kind of failure. The
paper's available text does not give its penalty constants, so the defaults are CodeRL's. This file only does
arithmetic on a verdict: it never runs code and never decides a status (`reward.executor.classify` does).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class RewardConfig:
    """Reward constants. Defaults: CodeRL's penalties, ACECode's efficiency term, no partial credit."""

    syntax_error: float = -1.0
    """Reward of a program that does not compile."""
    runtime_error: float = -0.6
    """Reward of a program that raises, exits early, or crashes (CodeRL's runtime-error penalty)."""
    timeout: float = -0.6
    """Reward of a program that exceeds its time limit (CodeRL counts this as a runtime error)."""
    memory_exceeded: float = -0.6
    """Reward of a program that exceeds its memory limit (CodeRL counts this as a runtime error)."""
    failed: float = -0.3
    """Reward of a program that runs but fails at least one test."""
    partial_credit: bool = False
    """If True, a failing program earns failed + (0.5 - failed) · tests_passed / tests_total instead (between
    the failed penalty and the lowest reward of a correct program)."""
    correct_base: float = 0.5
    """Reward of a correct program before its efficiency bonus."""
    efficiency_weight: float = 0.5
    """Weight of min(T_ref / T_gen, 1) in a correct program's reward."""

    def penalty(self, status: str) -> float:
        if status not in PENALISED_STATUSES:
            raise ValueError(f"no penalty for status {status!r}; statuses with penalties: {PENALISED_STATUSES}")
        return getattr(self, status)

    def to_dict(self) -> dict:
        return asdict(self)


PENALISED_STATUSES = ("syntax_error", "runtime_error", "timeout", "memory_exceeded", "failed")


def step_reward(status: str, ratio: float | None, config: RewardConfig, tests_passed: int = 0,
                tests_total: int = 0) -> float:
    """ACECode's step function; `ratio` is T_gen / T_ref. A correct program without a ratio gets no bonus."""
    if status == "passed":
        if ratio is None or not ratio > 0:
            return config.correct_base
        # ACECode: r = 0.5 + 0.5 · min(T_ref / T_gen, 1)
        return config.correct_base + config.efficiency_weight * min(1.0 / ratio, 1.0)
    penalty = config.penalty(status)
    if status == "failed" and config.partial_credit and tests_total > 0:
        return penalty + (config.correct_base - penalty) * tests_passed / tests_total
    return penalty
