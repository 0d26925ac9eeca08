"""PPO maths against numbers computed by hand: GAE, clipped losses, KL penalty, masking, adaptive KL."""

import math

import pytest
import torch

from ppo.advantages import gae
from ppo.kl import KLController
from ppo.losses import entropy_from_logits, explained_variance, logprobs_from_logits, policy_loss, value_loss
from ppo.masking import whiten
from ppo.rewards import normalise_scores, token_rewards
from ppo.run import revisit_change


def test_gae_on_a_short_sequence_matches_hand_computation():
    # three valid tokens, then one padding token carrying garbage that must not leak in
    rewards = torch.tensor([[1.0, 0.0, 2.0, 5.0]])
    values = torch.tensor([[0.5, 1.0, 1.5, 7.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    advantages, returns = gae(rewards, values, mask, gamma=0.9, lam=0.8)
    # t=2: δ = 2 − 1.5 = 0.5 (terminal);        A = 0.5
    # t=1: δ = 0 + 0.9·1.5 − 1.0 = 0.35;         A = 0.35 + 0.72·0.5  = 0.71
    # t=0: δ = 1 + 0.9·1.0 − 0.5 = 1.4;          A = 1.4  + 0.72·0.71 = 1.9112
    assert advantages.tolist()[0] == pytest.approx([1.9112, 0.71, 0.5, 0.0])
    assert returns.tolist()[0] == pytest.approx([2.4112, 1.71, 2.0, 0.0])


def test_gae_with_gamma_and_lambda_one_is_reward_to_go_minus_value():
    rewards = torch.tensor([[0.1, -0.2, 0.3, 1.0]])
    values = torch.tensor([[0.4, 0.3, 0.2, 0.1]])
    mask = torch.ones(1, 4)
    advantages, returns = gae(rewards, values, mask, gamma=1.0, lam=1.0)
    assert returns.tolist()[0] == pytest.approx([1.2, 1.1, 1.3, 1.0])
    assert advantages.tolist()[0] == pytest.approx([0.8, 0.8, 1.1, 0.9])


def test_whitening_uses_valid_tokens_only():
    advantages = torch.tensor([[1.0, 2.0, 3.0, 100.0], [4.0, 5.0, -50.0, -50.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0]])
    whitened = whiten(advantages, mask)
    valid = whitened[mask.bool()]
    # valid values 1..5: mean 3, population variance 2
    assert valid.tolist() == pytest.approx([(x - 3) / math.sqrt(2) for x in [1, 2, 3, 4, 5]], abs=1e-6)
    assert whitened[~mask.bool()].tolist() == [0.0, 0.0, 0.0]


def test_clipped_policy_loss_clip_fraction_and_k3_kl():
    ratio = torch.tensor([[1.5, 0.5, 1.0, 9.0]])
    old_logprobs = torch.tensor([[-1.0, -2.0, -0.5, -3.0]])
    logprobs = old_logprobs + ratio.log()
    advantages = torch.tensor([[1.0, 1.0, -1.0, 1.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    loss, stats = policy_loss(logprobs, old_logprobs, advantages, mask, clip_range=0.2, num_tokens=3)
    # −A·r = [−1.5, −0.5, 1.0]; −A·clip(r) = [−1.2, −0.8, 1.0]; max = [−1.2, −0.5, 1.0]; mean = −0.7/3
    assert loss.item() == pytest.approx(-0.7 / 3)
    assert stats["policy_clipfrac"].item() == pytest.approx(2 / 3)
    # k3 = (r − 1) − log r
    expected_kl = ((0.5 - math.log(1.5)) + (-0.5 - math.log(0.5)) + 0.0) / 3
    assert stats["approx_kl"].item() == pytest.approx(expected_kl)


def test_policy_loss_normaliser_makes_microbatch_sums_equal_the_minibatch_mean():
    torch.manual_seed(0)
    logprobs, old_logprobs = -torch.rand(4, 5), -torch.rand(4, 5)
    advantages = torch.randn(4, 5)
    mask = torch.tensor([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1], [1, 0, 0, 0, 0], [1, 1, 0, 0, 0]]).float()
    whole, _ = policy_loss(logprobs, old_logprobs, advantages, mask, 0.2, num_tokens=mask.sum())
    halves = sum(
        policy_loss(logprobs[i : i + 2], old_logprobs[i : i + 2], advantages[i : i + 2], mask[i : i + 2], 0.2, mask.sum())[0]
        for i in (0, 2)
    )
    assert halves.item() == pytest.approx(whole.item())


def test_clipped_value_loss_takes_the_max_of_clipped_and_unclipped():
    values = torch.tensor([[1.0, 2.0, 1.0, 5.0]])
    old_values = torch.tensor([[0.0, 2.0, 0.0, 0.0]])
    returns = torch.tensor([[0.5, 3.0, 2.0, 0.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    loss, stats = value_loss(values, old_values, returns, mask, clip_range_value=0.2, num_tokens=3)
    # V_clip = [0.2, 2.0, 0.2]; unclipped² = [0.25, 1, 1]; clipped² = [0.09, 1, 3.24]; max = [0.25, 1, 3.24]
    assert loss.item() == pytest.approx(0.5 * (0.25 + 1.0 + 3.24) / 3)
    assert stats["value_clipfrac"].item() == pytest.approx(1 / 3)


def test_kl_penalty_on_every_token_and_score_on_the_last_valid_token():
    logprobs = torch.tensor([[-1.0, -2.0, -1.0, 0.0], [-1.0, -1.0, 0.0, 0.0]])
    ref_logprobs = torch.tensor([[-1.5, -2.0, -0.5, -3.0], [-2.0, -1.0, -9.0, 0.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0]])
    scores = torch.tensor([1.0, -0.5])
    truncated = torch.tensor([False, True])
    rewards, kl = token_rewards(scores, logprobs, ref_logprobs, mask, kl_coef=0.1, truncated=truncated, missing_eos_penalty=0.2)
    assert torch.allclose(kl, torch.tensor([[0.5, 0.0, -0.5, 0.0], [1.0, 0.0, 0.0, 0.0]]))
    # row 0: −0.1·KL, plus score 1.0 on token 2; row 1: −0.1·KL, plus (−0.5 − 0.2) on token 1; padding 0
    assert torch.allclose(rewards, torch.tensor([[-0.05, 0.0, 1.05, 0.0], [-0.1, -0.7, 0.0, 0.0]]))


def test_adaptive_kl_controller_follows_ziegler_et_al():
    controller = KLController(value=0.1, target=6.0, horizon=10000)
    controller.update(current_kl=9.0, n_steps=256)  # error clipped to +0.2
    assert controller.value == pytest.approx(0.1 * (1 + 0.2 * 256 / 10000))
    controller = KLController(value=0.1, target=6.0, horizon=10000)
    controller.update(current_kl=5.4, n_steps=100)  # error −0.1, not clipped
    assert controller.value == pytest.approx(0.1 * (1 - 0.1 * 100 / 10000))
    fixed = KLController(value=0.1)
    fixed.update(current_kl=100.0, n_steps=256)
    assert fixed.value == 0.1
    restored = KLController(value=1.0)
    restored.load_state_dict(controller.state_dict())
    assert restored == controller


def test_reward_normalisation_is_off_by_default_and_scales_or_whitens_on_request():
    scores = torch.tensor([1.0, -1.0, 1.0, -1.0])
    assert normalise_scores(scores, "none") is scores
    assert normalise_scores(scores * 3, "scale").tolist() == pytest.approx([1.0, -1.0, 1.0, -1.0])
    assert normalise_scores(scores * 3 + 5, "whiten").tolist() == pytest.approx([1.0, -1.0, 1.0, -1.0])


def test_logprobs_entropy_and_explained_variance():
    logits = torch.tensor([[[0.0, 0.0, 0.0, 0.0], [10.0, 0.0, 0.0, 0.0]]])
    tokens = torch.tensor([[3, 0]])
    assert logprobs_from_logits(logits, tokens).tolist()[0][0] == pytest.approx(math.log(0.25))
    assert entropy_from_logits(logits).tolist()[0][0] == pytest.approx(math.log(4))
    # the update computes the log-sum-exp once and hands it to both
    logsumexp = torch.logsumexp(logits, dim=-1)
    assert torch.equal(logprobs_from_logits(logits, tokens, logsumexp), logprobs_from_logits(logits, tokens))
    assert torch.equal(entropy_from_logits(logits, logsumexp), entropy_from_logits(logits))
    returns = torch.tensor([[1.0, 2.0, 3.0, 9.0]])
    mask = torch.tensor([[1.0, 1.0, 1.0, 0.0]])
    assert explained_variance(returns, returns, mask) == pytest.approx(1.0)
    assert explained_variance(torch.full_like(returns, 2.0), returns, mask) == pytest.approx(0.0)


def test_sft_loss_is_the_cross_entropy_of_the_response_tokens_alone():
    from models import load_policy, position_ids_from_mask
    from ppo.sft import collate, sft_loss

    policy, tokenizer = load_policy("tiny")
    examples = [([5, 6, 7, 8], [9, 10, 2]), ([5, 6], [11, 2])]  # (prompt ids, response ids) of unequal lengths
    input_ids, attention_mask, labels = collate(examples, tokenizer.pad_token_id, "cpu")
    with torch.no_grad():
        loss = sft_loss(policy, input_ids, attention_mask, labels, num_tokens=5)
        logits = policy(input_ids=input_ids, attention_mask=attention_mask,
                        position_ids=position_ids_from_mask(attention_mask)).logits
    logprobs = torch.log_softmax(logits.float(), -1)
    expected = 0.0
    for row, (prompt, response) in enumerate(examples):  # token t is predicted at position t − 1
        start = input_ids.shape[1] - len(response)
        expected -= sum(logprobs[row, start + i - 1, token].item() for i, token in enumerate(response))
    assert loss.item() == pytest.approx(expected / 5, rel=1e-5)


def test_revisit_change_compares_each_problem_with_its_previous_draw():
    history = {}
    assert revisit_change(history, ["a", "b"], [0.0, 1.0]) is None  # nothing drawn before
    assert revisit_change(history, ["c", "a"], [-1.0, 0.5]) == 0.5  # only a was drawn before: 0.5 - 0.0
    assert revisit_change(history, ["a", "b"], [0.25, 0.0]) == pytest.approx((-0.25 + -1.0) / 2)  # a: vs 0.5
    assert history == {"a": 0.25, "b": 0.0, "c": -1.0}


def test_a_group_carries_signal_when_its_samples_differ_in_correctness_or_in_speed():
    from ppo.trainer import groups_with_signal
    from reward import Verdict

    fast, slow, wrong = Verdict("passed", ratio=1.0), Verdict("passed", ratio=3.0), Verdict("failed")
    syntax = Verdict("syntax_error")
    verdicts = [fast, wrong,   # differ in correctness
                fast, slow,    # both correct, one efficient
                slow, slow,    # both correct and slow: the reward cannot choose
                wrong, syntax]  # both wrong: their penalties differ, but that teaches nothing about code
    assert groups_with_signal(verdicts, samples_per_prompt=2) == [1.0, 1.0, 0.0, 0.0]
