"""PolicyWithValue: shapes, initial scale, positions from left padding, the separate critic, the reference."""

import pytest
import torch

from models import PolicyWithValue, ReferenceModel, ValueHead, load_policy, position_ids_from_mask


@pytest.fixture(scope="module")
def tiny():
    return load_policy("tiny")


def test_position_ids_count_only_real_tokens():
    mask = torch.tensor([[0, 0, 1, 1, 1], [1, 1, 1, 1, 1]])
    positions = position_ids_from_mask(mask)
    assert positions[0, 2:].tolist() == [0, 1, 2]
    assert positions[1].tolist() == [0, 1, 2, 3, 4]


def test_forward_shapes_and_small_initial_values(tiny):
    policy, tokenizer = tiny
    model = PolicyWithValue(policy)
    batch = tokenizer(["def f(x): return x", "y"], return_tensors="pt", padding=True)
    with torch.no_grad():
        logits, values = model(batch.input_ids, batch.attention_mask)
    B, T = batch.input_ids.shape
    assert logits.shape == (B, T, policy.config.vocab_size)
    assert values.shape == (B, T) and values.dtype == torch.float32
    assert values.abs().max() < 0.1 and values.std() > 0  # near zero, yet not constant
    head = ValueHead(576)
    assert head.summary.bias.abs().max() == 0 and 0.5e-3 < head.summary.weight.std() < 2e-3


def test_left_padding_gives_the_same_logits_and_values_as_no_padding(tiny):
    policy, tokenizer = tiny
    model = PolicyWithValue(policy)
    padded = tokenizer(["a much longer first prompt here", "short one"], return_tensors="pt", padding=True)
    alone = tokenizer(["short one"], return_tensors="pt")
    with torch.no_grad():
        logits, values = model(padded.input_ids, padded.attention_mask)
        logits_alone, values_alone = model(alone.input_ids, alone.attention_mask)
    n = alone.input_ids.shape[1]
    torch.testing.assert_close(logits[1, -n:], logits_alone[0], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(values[1, -n:], values_alone[0], atol=1e-6, rtol=1e-5)


def test_policy_logits_match_generate_scores(tiny):
    """Rollout log-probs must match what generate sampled from; this pins the position-id convention."""
    policy, tokenizer = tiny
    model = PolicyWithValue(policy)
    batch = tokenizer(["a much longer first prompt here", "short one"], return_tensors="pt", padding=True)
    output = policy.generate(
        **batch, max_new_tokens=4, min_new_tokens=4, do_sample=False, output_logits=True, return_dict_in_generate=True
    )
    mask = torch.cat([batch.attention_mask, torch.ones(2, 4, dtype=torch.long)], dim=1)
    with torch.no_grad():
        logits, _ = model(output.sequences, mask)
    T = batch.input_ids.shape[1]
    for step, scores in enumerate(output.logits):  # raw logits, before min_new_tokens masks EOS
        torch.testing.assert_close(logits[:, T - 1 + step], scores, atol=1e-4, rtol=1e-4)


def test_separate_critic_has_its_own_trunk(tiny):
    policy, tokenizer = tiny
    model = PolicyWithValue(policy, separate_critic=True)
    shared = PolicyWithValue(policy)
    assert model.critic is not None and model.separate_critic
    critic_ids = {id(p) for p in model.critic.parameters()}
    assert not critic_ids & {id(p) for p in policy.parameters()}
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    shared.value_head.load_state_dict(model.value_head.state_dict())
    with torch.no_grad():
        logits, values = model(batch.input_ids, batch.attention_mask)
        shared_logits, shared_values = shared(batch.input_ids, batch.attention_mask)
    # Initialised from the policy, so the critic starts out computing the same values.
    torch.testing.assert_close(values, shared_values)
    torch.testing.assert_close(logits, shared_logits)


def test_reference_is_a_frozen_copy_unaffected_by_policy_updates(tiny):
    _, tokenizer = tiny
    policy = load_policy("tiny")[0]  # a fresh model: this test changes its weights
    reference = ReferenceModel(policy)
    assert not reference.shares_weights
    assert not reference.model.training
    assert all(not p.requires_grad for p in reference.model.parameters())
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    before = reference.logits(batch.input_ids, batch.attention_mask)
    with torch.no_grad():
        for parameter in policy.parameters():
            parameter.add_(0.01)
    torch.testing.assert_close(reference.logits(batch.input_ids, batch.attention_mask), before)
    assert not torch.allclose(policy(**batch).logits, before)
