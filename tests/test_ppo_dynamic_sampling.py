"""Dynamic sampling (--oversample k): a step samples k times its problems and trains on those whose samples the
reward can choose among, decided on correctness and speed, never on the shaped penalties of wrong samples."""

import json

import pytest
import torch

import train
from ppo.config import Config
from ppo.kl import KLController
from ppo.rollout import logprobs_and_values
from ppo.run import build_models, make_optimizer
from ppo.trainer import execution_score_fn, groups_with_signal, ppo_step, problems_to_train
from reward import Verdict
from tasks import load_problems


def test_problems_with_signal_come_first_then_the_others_in_draw_order():
    assert problems_to_train([0.0, 1.0, 0.0, 1.0], 2) == [1, 3]
    assert problems_to_train([0.0, 0.0, 1.0, 0.0], 2) == [0, 2]  # one with signal, topped up with the first other
    assert problems_to_train([1.0, 1.0, 1.0], 3) == [0, 1, 2]


def test_wrong_samples_whose_penalties_differ_carry_no_signal():
    syntax, wrong, right = (Verdict(status=s, reward=r) for s, r in
                            (("syntax_error", -1.0), ("failed", -0.3), ("passed", 1.0)))
    assert groups_with_signal([syntax, wrong, wrong, right], 2) == [0.0, 1.0]
    # a score_fn without verdicts: the scores decide
    assert groups_with_signal(None, 2, torch.tensor([0.5, 0.5, 0.1, 0.9])) == [0.0, 1.0]


def test_a_selected_rollout_scores_its_rows_as_the_whole_one_did():
    config = Config(model="tiny", prompts_per_step=2, samples_per_prompt=2, max_new_tokens=6, temperature=1.0)
    model, _, tokenizer = build_models(config, torch.device("cpu"), with_reference=False)
    from ppo.rollout import generate
    from tasks.prompting import build_prompt

    problems = load_problems("builtin:train")[:2]
    prompts = [build_prompt(p, tokenizer) for p in problems for _ in range(2)]
    torch.manual_seed(0)
    rollout = generate(model.policy, tokenizer, prompts, config.max_new_tokens, config.temperature)
    rows = torch.tensor([1, 2])
    part = rollout.select(rows)
    assert part.texts == [rollout.texts[1], rollout.texts[2]]
    assert part.response_mask.shape[1] == int(rollout.response_mask[rows].sum(1).max())
    whole_logprobs, whole_values = logprobs_and_values(model, rollout, config.temperature, 4)
    logprobs, values = logprobs_and_values(model, part, config.temperature, 4)
    width = part.response_mask.shape[1]
    torch.testing.assert_close(logprobs, whole_logprobs[rows, :width], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(values, whole_values[rows, :width], atol=1e-5, rtol=1e-5)


def test_a_step_trains_on_the_problems_with_signal_and_logs_every_problem_drawn():
    config = Config(model="tiny", prompts_per_step=2, oversample=2, samples_per_prompt=2, max_new_tokens=4,
                    minibatches=2, microbatch_size=2)
    model, reference, tokenizer = build_models(config, torch.device("cpu"))
    problems = load_problems("builtin:train")[:4]

    class Rewarder:  # problems 1 and 3 get one right and one wrong sample; 0 and 2 two wrong ones, penalised apart
        def score_batch(self, pairs):
            verdicts = {0: ("syntax_error", "failed"), 1: ("passed", "failed"), 2: ("failed", "runtime_error"),
                        3: ("failed", "passed")}
            return [Verdict(status=verdicts[i // 2][i % 2], reward={"passed": 1.0, "failed": -0.3}.get(
                verdicts[i // 2][i % 2], -0.8)) for i in range(len(pairs))]

    metrics = ppo_step(model, reference, tokenizer, make_optimizer(model, config), KLController(config.kl_coef),
                       problems, execution_score_fn(Rewarder()), config, torch.Generator().manual_seed(0))
    assert metrics["data/trained"] == [1, 3] and metrics["data/trained_with_signal"] == 1.0
    assert len(metrics["data/problem_rewards"]) == 4 and metrics["reward/pass_rate"] == 0.25  # all 8 samples
    assert metrics["ppo/optimizer_steps"] == 2


def test_a_run_draws_oversample_times_its_problems_per_step(tmp_path):
    out = tmp_path / "run"
    argv = ["--model", "tiny", "--steps", "1", "--prompts-per-step", "1", "--oversample", "3", "--samples-per-prompt",
            "2", "--max-new-tokens", "4", "--minibatches", "1", "--reward-workers", "1", "--threads", "1",
            "--limit-problems", "3", "--out", str(out)]
    assert train.main(argv) == 0
    row = json.loads((out / "metrics.jsonl").read_text().splitlines()[0])
    assert len(row["data/problems"]) == 3 and row["data/position"] == 3 and len(row["data/trained"]) == 1


def test_oversampling_is_refused_where_nothing_is_sampled(capsys):
    assert train.main(["--model", "tiny", "--algo", "sft", "--oversample", "2"]) != 0
    assert "--oversample 2" in capsys.readouterr().err
