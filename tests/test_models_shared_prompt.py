"""Scoring responses with each distinct prompt run once gives the logits, values and gradients of full passes."""

import pytest
import torch

from models import PolicyWithValue, ReferenceModel, apply_lora, load_policy, position_ids_from_mask
from models.shared_prompt import distinct_prompts, padding_columns


@pytest.fixture(scope="module")
def tiny():
    return load_policy("tiny")


def batch(tokenizer, prompts, responses):
    """Left-padded prompts followed by right-padded responses, as a rollout lays them out."""
    p = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    tokenizer_side = tokenizer.padding_side
    tokenizer.padding_side = "right"
    try:
        r = tokenizer(responses, return_tensors="pt", padding=True, add_special_tokens=False)
    finally:
        tokenizer.padding_side = tokenizer_side
    return (torch.cat([p.input_ids, r.input_ids], 1), torch.cat([p.attention_mask, r.attention_mask], 1),
            p.input_ids.shape[1])


PROMPTS = ["def add(a, b):\n    '''Return a + b.'''", "def f(x):", "def add(a, b):\n    '''Return a + b.'''"]
RESPONSES = ["    return a + b\n", "    return x * x  # square it\n", "    total = a\n    total += b\n    return total"]


def full_pass(model, ids, mask, p):
    """Logits and values at positions P−1 … end−2 from one pass over every row's whole sequence."""
    logits, values = model(ids, mask)
    return logits[:, p - 1 : -1], values[:, p - 1 : -1]


def test_distinct_prompts_and_padding_columns():
    prompts = torch.tensor([[5, 6], [7, 8], [5, 6], [7, 8], [1, 2]])
    first, inverse = distinct_prompts(prompts)
    assert torch.equal(prompts[first][inverse], prompts)
    assert sorted(first.tolist()) == [0, 1, 4]  # the first row of each distinct prompt
    assert padding_columns(torch.tensor([[0, 0, 1, 1], [0, 1, 1, 1]]), 3) == 1


@pytest.mark.parametrize("separate_critic", [False, True])
def test_shared_prompts_match_full_passes_in_outputs_and_gradients(tiny, separate_critic):
    policy, tokenizer = tiny
    torch.manual_seed(0)
    model = PolicyWithValue(policy, separate_critic=separate_critic)
    ids, mask, p = batch(tokenizer, PROMPTS, RESPONSES)
    mask = mask.clone()
    real = mask[:, p:].sum(1)

    def loss_and_grads(outputs):
        logits, values = outputs
        loss = (logits.logsumexp(-1) * mask[:, p - 1 : -1]).sum() + (values * mask[:, p - 1 : -1]).sum()
        model.zero_grad()
        loss.backward()
        return logits, values, {n: q.grad.clone() for n, q in model.named_parameters() if q.grad is not None}

    full_logits, full_values, full_grads = loss_and_grads(full_pass(model, ids, mask, p))
    logits, values, grads = loss_and_grads(model(ids, mask, prompt_length=p))
    for row, n in enumerate(real.tolist()):  # compare at the positions that score real response tokens
        torch.testing.assert_close(logits[row, :n], full_logits[row, :n], atol=1e-4, rtol=1e-4)
        torch.testing.assert_close(values[row, :n], full_values[row, :n], atol=1e-5, rtol=1e-4)
    assert full_grads.keys() == grads.keys()
    for name, grad in full_grads.items():
        torch.testing.assert_close(grads[name], grad, atol=1e-4, rtol=1e-3, msg=name)


def test_rows_without_the_longest_prompt_and_one_token_responses(tiny):
    policy, tokenizer = tiny
    model = PolicyWithValue(policy)
    ids, mask, p = batch(tokenizer, ["a much longer first prompt here", "short", "short"], ["x", "y", "y"])
    sub = torch.tensor([1, 2])  # both rows have left padding the other rows needed: the columns are cut
    assert padding_columns(mask[sub], p) > 0
    with torch.no_grad():
        logits, values = model(ids[sub], mask[sub], prompt_length=p)
        full_logits, full_values = full_pass(model, ids[sub], mask[sub], p)
    assert logits.shape[1] == 1  # one response token, scored by the last prompt position alone
    torch.testing.assert_close(logits, full_logits, atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(values, full_values, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize("lora", [False, True])
def test_reference_logits_with_shared_prompts(lora):
    policy, tokenizer = load_policy("tiny")
    if lora:
        apply_lora(policy, rank=4)
    model = PolicyWithValue(policy)
    reference = ReferenceModel(model if lora else policy)
    ids, mask, p = batch(tokenizer, PROMPTS, RESPONSES)
    shared = reference.logits(ids, mask, position_ids_from_mask(mask), prompt_length=p)
    full = reference.logits(ids, mask)[:, p - 1 : -1]
    for row, n in enumerate(mask[:, p:].sum(1).tolist()):
        torch.testing.assert_close(shared[row, :n], full[row, :n], atol=1e-4, rtol=1e-4)


def test_generation_from_a_shared_prompt_cache_matches_generating_each_row_alone():
    from ppo.rollout import generate

    policy, tokenizer = load_policy("tiny")
    prompts = ["def add(a, b):", "def add(a, b):", "def f(x):", "def add(a, b):"]
    together = generate(policy, tokenizer, prompts, 10, temperature=0, stop_at_code_end=False)  # shares a prompt
    alone = generate(policy, tokenizer, prompts, 10, temperature=0, stop_at_code_end=False, batch_size=1)
    assert torch.equal(together.query_responses, alone.query_responses)
    assert together.texts == alone.texts
