"""RewardSettings: the reward's constants, timing and limits as one nested field of a run's config."""

import dataclasses
import json
from dataclasses import dataclass, field

import pytest
import tyro

from reward import Limits, RewardConfig, RewardSettings, Rewarder, TimingConfig


@dataclass
class RunConfig:
    """A run's config as train.py's would hold the reward."""

    steps: int = 1
    """training steps"""
    reward: RewardSettings = field(default_factory=RewardSettings)
    """the reward the run optimises"""


def test_tyro_parses_nested_reward_flags():
    config = tyro.cli(RunConfig, args=["--reward.scoring.syntax-error", "-0.8", "--reward.timing.repeats", "7",
                                        "--reward.limits.memory-mb", "2048", "--reward.scoring.partial-credit"])
    assert config.reward.scoring.syntax_error == -0.8 and config.reward.scoring.partial_credit
    assert config.reward.timing.repeats == 7 and config.reward.timing.max_repeats == TimingConfig().max_repeats
    assert config.reward.limits.memory_mb == 2048 and config.reward.limits.timeout == Limits().timeout


def test_defaults_without_flags_are_the_rewarders_defaults():
    assert tyro.cli(RunConfig, args=[]).reward == RewardSettings(RewardConfig(), TimingConfig(), Limits())


def test_help_shows_each_fields_docstring(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")  # one line per docstring, so none is wrapped inside the box
    with pytest.raises(SystemExit):
        tyro.cli(RunConfig, args=["--help"])
    text = " ".join(capsys.readouterr().out.replace("│", " ").split())
    assert "the reward's constants: penalties per failure" in text  # the group's own docstring
    for flag, doc in [("--reward.scoring.syntax-error FLOAT", "Reward of a program that does not compile."),
                      ("--reward.timing.min-duration FLOAT", "CPU seconds one batch lasts at least;"),
                      ("--reward.limits.judge-cpu-seconds FLOAT", "CPU seconds the judge (the fork server)")]:
        assert f"{flag} {doc}" in text, flag


def test_settings_survive_json_and_rebuild():
    settings = RewardSettings(RewardConfig(failed=-0.2, partial_credit=True), TimingConfig(repeats=7, max_repeats=11),
                              Limits(timeout=3.0, namespaces=False))
    text = json.dumps(dataclasses.asdict(settings))
    assert RewardSettings.from_dict(json.loads(text)) == settings
    assert RewardSettings.from_dict({}) == RewardSettings()  # a config written before the field existed


def test_unknown_or_invalid_settings_raise_with_their_name():
    with pytest.raises(ValueError, match="sandbox"):
        RewardSettings.from_dict({"sandbox": {}})
    with pytest.raises(ValueError, match="timout"):
        RewardSettings.from_dict({"limits": {"timout": 3}})
    with pytest.raises(ValueError, match="repeats"):
        RewardSettings.from_dict({"timing": {"repeats": 0}})


def test_a_rewarder_built_from_settings_uses_them(tmp_path):
    settings = RewardSettings(RewardConfig(syntax_error=-0.9), TimingConfig(repeats=3), Limits(timeout=4.0))
    with Rewarder.from_settings(settings, workers=1, cache_dir=tmp_path, time_candidates=False) as rewarder:
        assert (rewarder.reward_config, rewarder.timing, rewarder.limits) == (settings.scoring, settings.timing,
                                                                             settings.limits)
        assert rewarder.workers == 1 and not rewarder.time_candidates
        from tests.conftest import make_problem

        assert rewarder.score(make_problem(), "def f(x) return x\n").reward == -0.9
    with Rewarder.from_settings(RewardSettings(), workers=1, cache_dir=tmp_path) as rewarder, \
            Rewarder(workers=1, cache_dir=tmp_path) as default:
        assert (rewarder.reward_config, rewarder.timing, rewarder.limits, rewarder.time_candidates) == \
            (default.reward_config, default.timing, default.limits, default.time_candidates)
