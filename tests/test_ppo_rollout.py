"""Rollout on the tiny model: left padding does not change log-probs, and nothing after EOS counts."""

import torch

from ppo.config import Config
from models import end_token_ids
from ppo.rollout import Rollout, generate, logprobs_and_values
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
    bias[tokenizer.eos_token_id] = 9.0  # responses of many lengths
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
    from unittest import mock

    import pytest

    config = Config(model="tiny", max_new_tokens=8, temperature=0.8)
    model, _, tokenizer = build_models(config, torch.device("cpu"))
    model.policy.generation_config.repetition_penalty = 1.3
    model.policy.generation_config.min_new_tokens = 4
    # spread the random model's logits and make EOS likely, so that both settings would change what is sampled
    bias = torch.zeros(model.policy.config.vocab_size)
    bias[tokenizer.eos_token_id] = 9.0
    handle = model.policy.lm_head.register_forward_hook(lambda module, inputs, output: output * 10 + bias)
    sampled_from = []  # the probabilities HF sampled each step's tokens from, [B, V] per step
    multinomial = torch.multinomial

    def recording(probs, *args, **kwargs):
        sampled_from.append(probs.clone())
        return multinomial(probs, *args, **kwargs)

    try:
        torch.manual_seed(0)
        with mock.patch("torch.multinomial", recording), pytest.warns(UserWarning, match="repetition_penalty"):
            rollout = generate(model.policy, tokenizer, ["def f(x):\n    return x + x"] * 6, config.max_new_tokens,
                               config.temperature, stop_at_code_end=False)
        scored, _ = logprobs_and_values(model, rollout, config.temperature, microbatch_size=6)
    finally:
        handle.remove()
    assert model.policy.generation_config.repetition_penalty == 1.3  # the model's own config is left as it was
    mask = rollout.response_mask.bool()
    assert (rollout.response_mask.sum(1) < 4).any()  # some responses ended before min_new_tokens would allow
    for t, probs in enumerate(sampled_from[: mask.shape[1]]):
        rows = mask[:, t]
        sampled = probs[rows].gather(1, rollout.responses[rows, t : t + 1]).log().squeeze(1)
        assert torch.allclose(sampled, scored[rows, t], atol=1e-3), t
