"""The reward step function: ACECode's efficiency term and CodeRL's penalties, with optional partial credit."""

import pytest

from reward import RewardConfig, step_reward

DEFAULT = RewardConfig()


@pytest.mark.parametrize("ratio, expected", [
    (1.0, 1.0),     # as fast as the reference
    (0.5, 1.0),     # faster: capped at 1
    (2.0, 0.75),    # twice as slow: 0.5 + 0.5 * 1/2
    (10.0, 0.55),
])
def test_correct_programs_earn_half_plus_the_efficiency_ratio(ratio, expected):
    assert step_reward("passed", ratio, DEFAULT) == pytest.approx(expected)


def test_a_correct_program_without_timings_gets_no_bonus():
    assert step_reward("passed", None, DEFAULT) == 0.5
    assert step_reward("passed", 0.0, DEFAULT) == 0.5


@pytest.mark.parametrize("status, expected", [
    ("syntax_error", -1.0), ("runtime_error", -0.6), ("timeout", -0.6), ("memory_exceeded", -0.6), ("failed", -0.3),
])
def test_coderl_penalties_by_kind_of_failure(status, expected):
    assert step_reward(status, None, DEFAULT, tests_passed=2, tests_total=4) == expected


def test_every_constant_is_configurable():
    config = RewardConfig(syntax_error=-2.0, failed=-0.1, timeout=-0.9, correct_base=0.0, efficiency_weight=1.0)
    assert step_reward("syntax_error", None, config) == -2.0
    assert step_reward("failed", None, config) == -0.1
    assert step_reward("timeout", None, config) == -0.9
    assert step_reward("passed", 4.0, config) == 0.25


def test_partial_credit_is_off_by_default_and_scales_between_failed_and_correct():
    assert step_reward("failed", None, DEFAULT, tests_passed=3, tests_total=4) == -0.3
    partial = RewardConfig(partial_credit=True)
    assert step_reward("failed", None, partial, tests_passed=0, tests_total=4) == pytest.approx(-0.3)
    assert step_reward("failed", None, partial, tests_passed=2, tests_total=4) == pytest.approx(0.1)
    assert step_reward("runtime_error", None, partial, tests_passed=2, tests_total=4) == -0.6


def test_unknown_status_is_rejected_by_name():
    with pytest.raises(ValueError, match="'crashed'"):
        step_reward("crashed", None, DEFAULT)
