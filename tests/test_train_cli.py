"""train.py's command line: every knob documented in --help, and bad input refused before any output.

Each bad input must give a message naming the offending value, a non-zero exit, and leave no folder
that looks like a finished (or even started) run.
"""

import ast
import dataclasses
import inspect
import json

import pytest

import train
from ppo.checkpoint import CONFIG, DONE
from ppo.config import Config, load_config, save_config
from reward.settings import RewardSettings


def field_docs() -> dict[str, str]:
    """The docstring under each field of Config, read from its source: what --help must show."""
    body = ast.parse(inspect.getsource(Config)).body[0].body
    return {
        node.target.id: following.value.value
        for node, following in zip(body, body[1:])
        if isinstance(node, ast.AnnAssign) and isinstance(following, ast.Expr)
        and isinstance(following.value, ast.Constant) and isinstance(following.value.value, str)
    }


def test_help_documents_every_config_field(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")  # one line per flag, so that no docstring is wrapped inside the box
    with pytest.raises(SystemExit) as exit_info:
        train.main(["--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.replace("│", " ").split())
    docs = field_docs()
    for f in dataclasses.fields(Config):
        assert f.name in docs, f"Config.{f.name} has no docstring"
        if f.name == "reward":  # a group of groups of flags: each flag is documented
            for group in dataclasses.fields(RewardSettings):
                for leaf in dataclasses.fields(getattr(RewardSettings(), group.name)):
                    assert f"--reward.{group.name}.{leaf.name.replace('_', '-')}" in text
            continue
        assert f"--{f.name.replace('_', '-')}" in text
        assert " ".join(docs[f.name].split())[:40] in text


def test_the_reward_settings_are_flags_recorded_in_config_json(tmp_path):
    config, given = train.parse_args(["--reward.scoring.syntax-error", "-0.7", "--reward.limits.timeout", "5"])
    assert (config.reward.scoring.syntax_error, config.reward.limits.timeout) == (-0.7, 5)
    assert "reward" in given  # so that a --resume beside them is checked against the saved run
    save_config(config, tmp_path / CONFIG)
    saved = json.loads((tmp_path / CONFIG).read_text())
    assert saved["reward"]["scoring"]["syntax_error"] == -0.7 and saved["reward"]["limits"]["timeout"] == 5
    assert load_config(tmp_path / CONFIG) == config
    del saved["reward"]  # a run saved before the reward was part of its config gets the default reward
    (tmp_path / CONFIG).write_text(json.dumps(saved))
    assert load_config(tmp_path / CONFIG).reward == RewardSettings()


def test_defaults_are_the_documented_ones():
    config, given = train.parse_args([])
    assert (config.model, config.dataset, config.algo) == ("qwen2.5-coder-0.5b-instruct", "builtin:demo", "ppo")
    assert given == set()
    assert config.reward_norm == "none"  # reward scaling is off by default
    assert (config.lora_rank, config.lr, config.lora_layers) == (16, 1e-4, 12)  # the coder's own (MODEL_DEFAULTS)


def test_a_models_defaults_apply_to_it_alone_and_flags_win():
    config, given = train.parse_args(["--model", "tiny"])
    assert (config.lora_rank, config.lr, config.lora_layers) == (0, 2e-5, 0)
    config, given = train.parse_args(["--lr", "3e-5"])
    assert (config.lora_rank, config.lr) == (16, 3e-5) and given == {"lr"}
    config, _ = train.parse_args(["--lora-layers", "0"])  # adapters in every block
    assert (config.lora_rank, config.lora_layers) == (16, 0)
    config, _ = train.parse_args(["--lora-rank", "0"])  # full fine-tuning: no blocks to choose
    assert (config.lora_rank, config.lr, config.lora_layers) == (0, 1e-4, 0)


def test_a_preset_sets_its_defaults_and_flags_beside_it_win():
    from ppo.config import PRESETS

    config, given = train.parse_args(["--preset", "cpu-long"])
    for name, value in PRESETS["cpu-long"].items():
        assert getattr(config, name) == value
    assert set(PRESETS["cpu-long"]) <= given
    config, _ = train.parse_args(["--preset", "cpu-long", "--steps", "3"])
    assert config.steps == 3 and config.samples_per_prompt == PRESETS["cpu-long"]["samples_per_prompt"]


def run(argv, capsys):
    code = train.main(argv)
    return code, capsys.readouterr().err


def test_unknown_model_is_refused_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "run"
    code, err = run(["--model", "./no/such/model", "--out", str(out)], capsys)
    assert code != 0
    assert "./no/such/model" in err
    assert not (out / CONFIG).exists() and not (out / DONE).exists()


@pytest.mark.parametrize("content", [None, "{not json\n"])
def test_unreadable_dataset_is_refused_and_writes_nothing(tmp_path, capsys, content):
    dataset = tmp_path / "problems.jsonl"
    if content is not None:
        dataset.write_text(content)
    out = tmp_path / "run"
    code, err = run(["--model", "tiny", "--dataset", str(dataset), "--out", str(out)], capsys)
    assert code != 0
    assert "problems.jsonl" in err
    assert not out.exists()


def test_out_holding_a_different_run_is_refused_and_left_alone(tmp_path, capsys):
    out = tmp_path / "run"
    out.mkdir()
    save_config(Config(model="tiny", lr=1e-4, out=str(out)), out / CONFIG)
    before = (out / CONFIG).read_text()
    code, err = run(["--model", "tiny", "--lr", "3e-4", "--out", str(out)], capsys)
    assert code != 0
    assert "different run" in err and "lr" in err
    assert (out / CONFIG).read_text() == before
    assert sorted(p.name for p in out.iterdir()) == [CONFIG]


def test_out_holding_unrelated_files_is_refused(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    code, err = run(["--model", "tiny", "--out", str(tmp_path)], capsys)
    assert code != 0 and "not empty" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_resume_without_checkpoint_is_refused(tmp_path, capsys):
    code, err = run(["--resume", str(tmp_path / "nothing")], capsys)
    assert code != 0 and "no run there" in err
    started = tmp_path / "started"
    started.mkdir()
    save_config(Config(model="tiny", out=str(started)), started / CONFIG)
    code, err = run(["--resume", str(started)], capsys)
    assert code != 0 and "no checkpoint" in err
    assert not (started / DONE).exists()


def test_resume_refuses_flags_that_change_the_run(tmp_path, capsys):
    run_folder = tmp_path / "run"
    (run_folder / "checkpoint").mkdir(parents=True)
    (run_folder / "checkpoint" / "trainer_state.pt").write_bytes(b"")
    save_config(Config(model="tiny", out=str(run_folder)), run_folder / CONFIG)
    code, err = run(["--resume", str(run_folder), "--lr", "1.0"], capsys)
    assert code != 0 and "--lr" in err


def test_invalid_knob_values_are_refused(capsys):
    code, err = run(["--temperature", "0"], capsys)
    assert code != 0 and "--temperature" in err
    code, err = run(["--minibatches", "64", "--prompts-per-step", "2", "--samples-per-prompt", "2"], capsys)
    assert code != 0 and "--minibatches" in err
    code, err = run(["--top-p", "0.9"], capsys)  # PPO's log-probs score the whole distribution
    assert code != 0 and "--top-p 0.9" in err
    code, err = run(["--model", "tiny", "--lora-layers", "1"], capsys)  # where adapters go, without adapters
    assert code != 0 and "--lora-layers 1" in err and "--lora-rank" in err
    with pytest.raises(SystemExit) as exit_info:  # the command line: unknown choice
        train.main(["--algo", "dpo"])
    assert exit_info.value.code != 0
    assert "dpo" in capsys.readouterr().err


def test_saved_config_is_plain_json(tmp_path):
    save_config(Config(), tmp_path / CONFIG)
    assert json.loads((tmp_path / CONFIG).read_text())["model"] == "qwen2.5-coder-0.5b-instruct"


def test_minibatches_must_split_every_ranks_share_of_the_batch():
    from ppo.config import ConfigError
    from ppo.trainer import check_batch_split

    config = Config(prompts_per_step=2, samples_per_prompt=1, minibatches=2)
    check_batch_split(config, world_size=1)  # one process holds 2 responses: two minibatches of one
    with pytest.raises(ConfigError, match="--minibatches 2 does not divide the 1 responses each of the 2"):
        check_batch_split(config, world_size=2)  # each rank holds 1 response: one of its minibatches would be empty
