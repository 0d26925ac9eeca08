"""The reward: ACECode's step function over a verdict and the reference runtime.

A correct program earns 0.5 + 0.5 · min(T_ref / T_gen, 1), with T_gen / T_ref measured in pairs by the judge; an
incorrect one a penalty by kind of failure. The paper's available text does not give its penalty constants, so
the defaults are CodeRL's (`reward.settings.RewardConfig`). This file only does
arithmetic on a verdict: it never runs code and never decides a status (the judge does: `reward.judge.run_tests`).
"""

from __future__ import annotations

from reward.settings import RewardConfig


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
