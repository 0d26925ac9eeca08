"""Rollout on the tiny model: left padding does not change log-probs, and nothing after EOS counts."""

import pytest
import torch

from ppo.config import Config
from models import end_token_ids
from ppo.rollout import Rollout, generate, ignored_generation_settings, logprobs_and_values, sample_tokens
from ppo.run import build_models


def test_left_padding_and_batching_do_not_change_logprobs_or_values():
    config = Config(model="tiny", max_new_tokens=6, temperature=0.7)
    torch.manual_seed(0)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    prompts = ["def add(a, b):", "def a_much_longer_function_name(first, second, third):"]
    rollout = generate(model.policy, tokenizer, prompts, config.max_new_tokens, config.temperature)
    assert rollout.attention_mask[0, 0] == 0  # the short prompt is left padded
    batched_logprobs, batched_values = logprobs_and_values(model, rollout, config.temperature, microbatch_size=2)
    for row in range(2):
        # the same row alone, with its prompt padding removed
        padding = int((rollout.attention_mask[row, : rollout.prompt_length] == 0).sum())
        alone = Rollout(
            rollout.query_responses[row : row + 1, padding:], rollout.attention_mask[row : row + 1, padding:],
            rollout.prompt_length - padding, rollout.response_mask[row : row + 1], rollout.truncated[row : row + 1],
            rollout.texts[row : row + 1],
        )
        logprobs, values = logprobs_and_values(model, alone, config.temperature, microbatch_size=1)
        assert torch.allclose(logprobs, batched_logprobs[row : row + 1], atol=1e-4)
        assert torch.allclose(values, batched_values[row : row + 1], atol=1e-4)


def test_tokens_after_eos_are_masked_padded_and_not_decoded():
    config = Config(model="tiny", max_new_tokens=12, temperature=1.0)
    torch.manual_seed(0)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    eos = tokenizer.eos_token_id
    stop_ids = end_token_ids(tokenizer, model.policy)
    # make EOS likely (about 1 in 6 tokens), so that most responses stop early, after varying lengths
    bias = torch.zeros(model.policy.config.vocab_size)
    bias[eos] = 9.0
    handle = model.policy.lm_head.register_forward_hook(lambda module, inputs, output: output + bias)
    try:
        rollout = generate(model.policy, tokenizer, ["def f(x):"] * 8, config.max_new_tokens, config.temperature)
    finally:
        handle.remove()
    responses, mask = rollout.responses, rollout.response_mask
    lengths = mask.sum(1).long()
    assert (~rollout.truncated).any()
    for row in range(len(responses)):
        n = int(lengths[row])
        if not rollout.truncated[row]:
            assert responses[row, n - 1].item() in stop_ids  # EOS itself is the last valid token
            assert (responses[row, n:] == tokenizer.pad_token_id).all()
        assert not (torch.isin(responses[row, : n - 1], torch.tensor(stop_ids))).any()
        assert rollout.attention_mask[row, rollout.prompt_length + n :].sum() == 0
        assert tokenizer.eos_token not in rollout.texts[row]


def _forced(model, token_ids: list[int]):
    """A hook that makes the LM head emit `token_ids` in order during generate (one step per call)."""
    step = {"n": 0}

    def hook(module, inputs, output):
        output = output.clone()  # only the last position's logits pick the next token
        n = min(step["n"], len(token_ids) - 1)
        step["n"] += 1
        forced = torch.full_like(output[:, -1], -1e4)
        forced[:, token_ids[n]] = 1e4
        output[:, -1] = forced
        return output

    return model.policy.lm_head.register_forward_hook(hook)


def test_a_response_ends_at_the_fence_that_closes_its_code_block():
    config = Config(model="tiny", max_new_tokens=40, temperature=1.0)
    torch.manual_seed(0)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    answer = "```python\ndef f(x):\n    return x\n```\nThis function returns its argument."
    scripted = tokenizer(answer, add_special_tokens=False).input_ids
    closing = len(tokenizer("```python\ndef f(x):\n    return x\n```", add_special_tokens=False).input_ids)
    handle = _forced(model, scripted)
    try:
        rollout = generate(model.policy, tokenizer, ["def f(x):"], config.max_new_tokens, config.temperature)
    finally:
        handle.remove()
    assert rollout.response_mask[0].sum() == closing and not rollout.truncated[0]
    assert rollout.texts[0] == "```python\ndef f(x):\n    return x\n```"
    assert (rollout.responses[0, closing:] == tokenizer.pad_token_id).all()

    handle = _forced(model, scripted)  # without stopping at the code block, the same answer runs on to the limit
    try:
        rollout = generate(model.policy, tokenizer, ["def f(x):"], config.max_new_tokens, config.temperature,
                           stop_at_code_end=False)
    finally:
        handle.remove()
    assert rollout.truncated[0] and rollout.texts[0].startswith(answer)


def test_microbatches_sharing_prompts_score_like_one_full_forward_pass():
    config = Config(model="tiny", max_new_tokens=12, temperature=0.8)
    torch.manual_seed(0)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    bias = torch.zeros(model.policy.config.vocab_size)
    bias[tokenizer.eos_token_id] = 7.0  # responses of many lengths (EOS drawn about 1 time in 9 at T = 0.8)
    handle = model.policy.lm_head.register_forward_hook(lambda module, inputs, output: output + bias)
    try:
        rollout = generate(model.policy, tokenizer, ["def f(x):", "def g(a, b, c):"] * 4,
                           config.max_new_tokens, config.temperature)
        logprobs, values = logprobs_and_values(model, rollout, config.temperature, microbatch_size=3)
        with torch.no_grad():  # the whole batch at once, logits at every position
            logits, all_values = model(rollout.query_responses, rollout.attention_mask)
    finally:
        handle.remove()
    assert len(set(rollout.response_mask.sum(1).tolist())) > 2
    p = rollout.prompt_length
    expected = torch.log_softmax(logits[:, p - 1 : -1] / config.temperature, -1)
    expected = expected.gather(-1, rollout.responses.unsqueeze(-1)).squeeze(-1) * rollout.response_mask
    torch.testing.assert_close(logprobs, expected, atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(values, all_values[:, p - 1 : -1] * rollout.response_mask, atol=1e-4, rtol=1e-4)


def test_sampling_ignores_the_models_generation_config_so_the_scored_distribution_is_the_sampled_one():
    """A hub model may ship a repetition penalty or min_new_tokens; PPO scores logits / T, so sampling must too."""
    import pytest

    config = Config(model="tiny", max_new_tokens=8, temperature=0.8)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    model.policy.generation_config.repetition_penalty = 1.3
    model.policy.generation_config.min_new_tokens = 4
    bias = torch.zeros(model.policy.config.vocab_size)
    bias[tokenizer.eos_token_id] = 9.0  # EOS likely: min_new_tokens, if applied, would forbid the early ends
    handle = model.policy.lm_head.register_forward_hook(lambda module, inputs, output: output + bias)
    try:
        torch.manual_seed(0)
        with pytest.warns(UserWarning, match="repetition_penalty"):
            rollout = generate(model.policy, tokenizer, ["def f(x):\n    return x + x"] * 6, config.max_new_tokens,
                               config.temperature, stop_at_code_end=False)
    finally:
        handle.remove()
    assert model.policy.generation_config.repetition_penalty == 1.3  # the model's own config is left as it was
    assert (rollout.response_mask.sum(1) < 4).any()  # some responses ended before min_new_tokens would allow
    assert ignored_generation_settings(model.policy.generation_config, 1.0) == {"repetition_penalty": 1.3,
                                                                                "min_new_tokens": 4}
    model.policy.generation_config.top_p = 0.95
    assert "top_p" in ignored_generation_settings(model.policy.generation_config, 1.0)
    assert "top_p" not in ignored_generation_settings(model.policy.generation_config, 0.95)  # the one applied


@pytest.mark.parametrize("temperature, top_p", [(1.0, 1.0), (0.5, 1.0), (1.0, 0.8)])
def test_sampled_tokens_follow_the_temperature_scaled_and_nucleus_filtered_distribution(temperature, top_p):
    torch.manual_seed(0)
    logits = torch.tensor([2.0, 1.0, 0.0, -1.0, -30.0])
    draws = 40_000
    tokens = sample_tokens(logits.repeat(draws, 1), temperature, top_p)
    frequencies = torch.bincount(tokens, minlength=len(logits)).double() / draws
    probs = torch.softmax(logits.double() / temperature, -1)
    if top_p < 1:  # the most likely tokens until their probability reaches top_p: here the first two
        probs[2:] = 0
        probs /= probs.sum()
    # 4.5 standard errors of a frequency: a true distribution fails this about once in 10^5 runs
    tolerance = 4.5 * (probs * (1 - probs) / draws).sqrt() + 1e-9
    assert ((frequencies - probs).abs() <= tolerance).all(), (frequencies.tolist(), probs.tolist())
    assert sample_tokens(logits[None], 0.0).item() == 0  # temperature 0: the argmax


def test_the_log_probs_and_values_read_off_the_sampling_pass_are_those_of_a_forward_pass():
    config = Config(model="tiny", max_new_tokens=12, temperature=0.8)
    torch.manual_seed(0)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    bias = torch.zeros(model.policy.config.vocab_size)
    bias[tokenizer.eos_token_id] = 7.0  # responses of many lengths: rows leave the decoding batch at different steps
    handle = model.policy.lm_head.register_forward_hook(lambda module, inputs, output: output + bias)
    try:
        rollout = generate(model.policy, tokenizer, ["def f(x):", "def g(a, b, c):"] * 4, config.max_new_tokens,
                           config.temperature, score=True, value_head=model.value_head)
        logprobs, values = logprobs_and_values(model, rollout, config.temperature, microbatch_size=3)
    finally:
        handle.remove()
    assert len(set(rollout.response_mask.sum(1).tolist())) > 2
    torch.testing.assert_close(rollout.logprobs, logprobs, atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(rollout.values, values, atol=1e-5, rtol=1e-4)


def test_greedy_decoding_matches_transformers_generate_while_rows_end_and_leave_the_batch():
    """The decoding loop drops ended rows from its batch and cache; the rows that go on must not notice."""
    from models import load_policy

    policy, tokenizer = load_policy("smollm2-135m-instruct")
    questions = ["Say yes.", "What is 2 + 2? Answer with a number.", "Write a Python function that returns the "
                 "square of x.", "Name a colour."]
    prompts = [tokenizer.apply_chat_template([{"role": "user", "content": q}], tokenize=False,
                                             add_generation_prompt=True) for q in questions]
    rollout = generate(policy, tokenizer, prompts, 40, temperature=0, stop_at_code_end=False)
    lengths = rollout.response_mask.sum(1).long().tolist()
    assert len(set(lengths)) > 2 and min(lengths) < 40 and not rollout.truncated[lengths.index(min(lengths))]
    encoded = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    expected = policy.generate(**encoded, max_new_tokens=40, do_sample=False,
                               eos_token_id=end_token_ids(tokenizer, policy), pad_token_id=tokenizer.pad_token_id)
    for row, n in enumerate(lengths):
        assert rollout.responses[row, :n].tolist() == expected[row, rollout.prompt_length :][:n].tolist()
