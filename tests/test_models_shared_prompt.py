"""Scoring responses packed into one row, each distinct prompt once, gives the logits, values and gradients of
full passes over every row."""

import copy

import pytest
import torch

from models import PolicyWithValue, ReferenceModel, apply_lora, load_policy, position_ids_from_mask
from models.shared_prompt import distinct_prompts, forward_packed, packed_batch, unpack


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
    """Logits and values of every response token, packed, from one pass over every row's whole sequence."""
    logits, values = model(ids, mask)
    scored = mask[:, p:].bool()  # position P−1+t scores response token t
    return logits[:, p - 1 : -1][scored], values[:, p - 1 : -1][scored]


def test_distinct_prompts():
    prompts = torch.tensor([[5, 6], [7, 8], [5, 6], [7, 8], [1, 2]])
    first, inverse = distinct_prompts(prompts)
    assert torch.equal(prompts[first][inverse], prompts)
    assert sorted(first.tolist()) == [0, 1, 4]  # the first row of each distinct prompt


def test_packed_batch_layout():
    # prompts [5, 6] (left-padded), twice, and [7, 8, 9]; responses of 3, 1 and 2 tokens (0 pads)
    ids = torch.tensor([[0, 5, 6, 10, 11, 12], [0, 5, 6, 13, 0, 0], [7, 8, 9, 14, 15, 0]])
    mask = torch.tensor([[0, 1, 1, 1, 1, 1], [0, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 0]])
    tokens, additive, positions, keep, (rows, columns) = packed_batch(ids, mask, 3, torch.float32)
    # the distinct prompts' real tokens (indices 0-1 and 2-4), then each response without its last token (5-7)
    assert tokens[0].tolist() == [5, 6, 7, 8, 9, 10, 11, 14]
    assert torch.equal(ids[rows, columns], tokens[0])  # where each packed token comes from
    assert positions[0].tolist() == [0, 1, 0, 1, 2, 2, 3, 3]  # responses continue their own prompt's positions
    assert keep.tolist() == [1, 5, 6, 1, 4, 7]  # token 0 scored by its prompt's end, token t by input t − 1
    allowed = additive[0, 0] == 0
    assert allowed[6].nonzero().flatten().tolist() == [0, 1, 5, 6]  # its prompt and its own earlier tokens
    assert allowed[7].nonzero().flatten().tolist() == [2, 3, 4, 7]
    assert allowed[3].nonzero().flatten().tolist() == [2, 3]  # a prompt sees only itself, causally


def test_unpack_lays_packed_values_out_row_by_row():
    mask = torch.tensor([[1.0, 1.0, 0.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]])
    assert unpack(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0]), mask).tolist() == [[1, 2, 0], [0, 0, 0], [3, 4, 5]]


def test_packing_rejects_responses_with_holes_flash_attention_and_short_windows(tiny):
    policy, _ = tiny
    ids = torch.tensor([[5, 6, 7, 8]])
    with pytest.raises(ValueError, match="right padding only"):
        packed_batch(ids, torch.tensor([[1, 1, 0, 1]]), 2, torch.float32)
    config = copy.deepcopy(policy.config)
    config._attn_implementation = "flash_attention_2"
    with pytest.raises(ValueError, match="attn_implementation='sdpa'"):
        forward_packed(lambda *args: None, ids, torch.ones_like(ids), 2, config, torch.float32)
    config = copy.deepcopy(policy.config)
    config.sliding_window = 3  # shorter than the sequences: the packed mask would see past the window
    with pytest.raises(ValueError, match="sliding attention window"):
        forward_packed(lambda *args: None, ids, torch.ones_like(ids), 2, config, torch.float32)


@pytest.mark.parametrize("separate_critic", [False, True])
def test_packed_scoring_matches_full_passes_in_outputs_and_gradients(tiny, separate_critic):
    policy, tokenizer = tiny
    torch.manual_seed(0)
    model = PolicyWithValue(policy, separate_critic=separate_critic)
    ids, mask, p = batch(tokenizer, PROMPTS, RESPONSES)

    def loss_and_grads(outputs):
        logits, values = outputs
        loss = logits.logsumexp(-1).sum() + values.sum()
        model.zero_grad()
        loss.backward()
        return logits, values, {n: q.grad.clone() for n, q in model.named_parameters() if q.grad is not None}

    full_logits, full_values, full_grads = loss_and_grads(full_pass(model, ids, mask, p))
    logits, values, grads = loss_and_grads(model(ids, mask, prompt_length=p))
    assert logits.shape == (int(mask[:, p:].sum()), policy.config.vocab_size)
    torch.testing.assert_close(logits, full_logits, atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(values, full_values, atol=1e-5, rtol=1e-4)
    assert full_grads.keys() == grads.keys()
    for name, grad in full_grads.items():
        torch.testing.assert_close(grads[name], grad, atol=1e-4, rtol=1e-3, msg=name)


def test_rows_without_the_longest_prompt_and_short_or_empty_responses(tiny):
    policy, tokenizer = tiny
    model = PolicyWithValue(policy)
    ids, mask, p = batch(tokenizer, ["a much longer first prompt here", "short", "short", "other"],
                         ["x", "y", "y = 1 + 2", "z"])
    mask[3, p:] = 0  # an empty response: nothing of it is scored
    sub = torch.tensor([1, 2, 3])  # none of them has the longest prompt
    with torch.no_grad():
        logits, values = model(ids[sub], mask[sub], prompt_length=p)
        full_logits, full_values = full_pass(model, ids[sub], mask[sub], p)
    assert len(logits) == int(mask[sub, p:].sum())
    torch.testing.assert_close(logits, full_logits, atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(values, full_values, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize("lora", [False, True])
def test_reference_logits_of_packed_responses(lora):
    policy, tokenizer = load_policy("tiny")
    if lora:
        apply_lora(policy, rank=4)
    model = PolicyWithValue(policy)
    reference = ReferenceModel(model if lora else policy)
    ids, mask, p = batch(tokenizer, PROMPTS, RESPONSES)
    packed = reference.logits(ids, mask, prompt_length=p)
    full = reference.logits(ids, mask)[:, p - 1 : -1][mask[:, p:].bool()]
    torch.testing.assert_close(packed, full, atol=1e-4, rtol=1e-4)


def test_generation_from_a_shared_prompt_cache_matches_generating_each_row_alone():
    from ppo.rollout import generate

    policy, tokenizer = load_policy("tiny")
    prompts = ["def add(a, b):", "def add(a, b):", "def f(x):", "def add(a, b):"]
    together = generate(policy, tokenizer, prompts, 10, temperature=0, stop_at_code_end=False)  # shares a prompt
    alone = generate(policy, tokenizer, prompts, 10, temperature=0, stop_at_code_end=False, batch_size=1)
    assert torch.equal(together.query_responses, alone.query_responses)
    assert together.texts == alone.texts
