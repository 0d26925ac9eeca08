"""The sampling copy (--sampler copy) on the tiny model: at the trainer's precision it samples what the trainer
would, packed for oneDNN or not, its refresh picks up updated (LoRA-merged) weights, log π_old and V_old read
off it equal the exact path's, a float32 sampling pass keeps the frozen blocks' output the reference pass would
record, and the truncated importance weights are exactly 1 on-policy and capped at C."""

import dataclasses

import pytest
import torch

from ppo.config import Config, load_config, parse_args, save_config
from ppo.kl import KLController
from ppo.losses import policy_loss, truncated_importance_weights
from ppo import rollout as rollout_module
from models.packed import PackedLinear, packing_available
from ppo.rollout import CopySampler, PolicySampler, choose_sampler, make_sampler, sampler_kind
from ppo.run import build_models, make_optimizer
from ppo.trainer import ppo_step
from tasks import Problem

PROBLEM = Problem(
    id="synthetic/identity", prompt="def identity(x):\n    \"\"\"Return x.\"\"\"\n", entry_point="identity",
    reference="def identity(x):\n    return x\n", tests="def check(candidate):\n    assert candidate(1) == 1\n",
)
PROMPTS = ["def add(a, b):", "def a_much_longer_function_name(first, second, third):"] * 2


def lora_model(**overrides):
    """A tiny LoRA policy whose adapters are not zero, so that merging them changes the weights."""
    config = Config(model="tiny", lora_rank=4, max_new_tokens=10, temperature=0.7, **overrides)
    torch.manual_seed(0)
    model, reference, tokenizer = build_models(config, torch.device("cpu"))
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if name.endswith("lora_B"):
                parameter.normal_(std=0.05)
    return config, model, reference, tokenizer


@pytest.mark.parametrize("packed", [False, True])
def test_a_float32_copy_samples_the_tokens_of_the_exact_path_with_no_kl(packed):
    config, model, _, tokenizer = lora_model(sampler="copy", sampler_dtype="float32", old_logprobs="trainer",
                                             sampler_packed=packed)
    exact, copy = PolicySampler(read_off=True), make_sampler(config, model)
    exact.refresh(model)
    torch.manual_seed(1)
    on_policy = exact.generate(tokenizer, PROMPTS, config)
    torch.manual_seed(1)
    sampled = copy.generate(tokenizer, PROMPTS, config)
    assert torch.equal(sampled.query_responses, on_policy.query_responses)
    assert sampled.logprobs is None and sampled.values is None  # the trainer scores π_old and V_old itself
    # the merged weight W + (α/r) B A rounds differently from W x + (α/r) B (A x), by float32 rounding only
    assert torch.allclose(sampled.sampler_logprobs, on_policy.logprobs, atol=1e-5)


def test_log_probs_and_values_read_off_a_float32_copy_are_the_exact_paths():
    config, model, _, tokenizer = lora_model(sampler="copy", sampler_dtype="float32", old_logprobs="sampler")
    exact, copy = PolicySampler(read_off=True), make_sampler(config, model)
    with torch.no_grad():  # a trained value head: the copy must carry the trainer's, not its initial one
        model.value_head.summary.weight.normal_(std=0.1)
    exact.refresh(model)
    copy.refresh(model)
    torch.manual_seed(1)
    on_policy = exact.generate(tokenizer, PROMPTS, config)
    torch.manual_seed(1)
    sampled = copy.generate(tokenizer, PROMPTS, config)
    assert torch.equal(sampled.query_responses, on_policy.query_responses)
    assert sampled.sampler_logprobs is None  # π_old is π_sampler: no importance weights
    assert torch.allclose(sampled.logprobs, on_policy.logprobs, atol=1e-5)
    assert torch.allclose(sampled.values, on_policy.values, atol=1e-5)


@pytest.mark.parametrize("kind", ["policy", "float32 copy", "packed float32 copy", "bfloat16 copy"])
def test_a_float32_sampling_pass_keeps_the_frozen_blocks_output_that_the_reference_pass_starts_from(kind):
    config, model, reference, tokenizer = lora_model(lora_layers=1, generation_batch_size=3)  # 3 decoding chunks
    if kind == "packed float32 copy" and not packing_available(torch.device("cpu")):
        pytest.skip("this torch cannot prepack weights for oneDNN here")
    if kind == "policy":
        sampler = PolicySampler(read_off=True)
    else:
        dtype = torch.bfloat16 if kind == "bfloat16 copy" else torch.float32
        sampler = CopySampler(model.policy, dtype, model.value_head, read_off=True, packed=kind.startswith("packed"))
    sampler.refresh(model)
    head = model.policy.lm_head if kind == "policy" else sampler.policy.lm_head
    bias = torch.zeros(model.policy.config.vocab_size)
    bias[tokenizer.eos_token_id] = 6.0  # responses of many lengths: rows leave the decoding batch at different steps
    handle = head.register_forward_hook(lambda module, inputs, output: output + bias.to(output.dtype))
    try:
        torch.manual_seed(2)
        rollout = sampler.generate(tokenizer, PROMPTS * 2, config)
    finally:
        handle.remove()
    if kind == "bfloat16 copy":  # its blocks round otherwise than the trainer's: the reference pass records them
        assert rollout.block_input is None
        return
    lengths = rollout.response_mask.sum(1).long()
    assert len(set(lengths.tolist())) > 2 and rollout.block_input.block == 1
    kept_logprobs, kept = rollout_module.reference_logprobs(reference, rollout, config.temperature, 3, record_block=1)
    assert kept is rollout.block_input  # the reference pass started at block 1 from it
    whole = dataclasses.replace(rollout, block_input=None)
    whole_logprobs, recorded = rollout_module.reference_logprobs(reference, whole, config.temperature, 3,
                                                                 record_block=1)
    # every position that scores a response token: its prompt's real tokens, its response but the last token
    scoring = rollout.attention_mask.bool()
    scoring[torch.arange(len(lengths)), rollout.prompt_length + lengths - 1] = False
    torch.testing.assert_close(kept.hidden[scoring], recorded.hidden[scoring], atol=1e-5, rtol=1e-4)
    torch.testing.assert_close(kept_logprobs, whole_logprobs, atol=1e-5, rtol=1e-4)


def test_auto_samples_with_a_copy_where_it_decodes_faster(monkeypatch):
    cpu = torch.device("cpu")
    monkeypatch.setattr(rollout_module, "native_bf16", lambda device: False)  # an AVX2 CPU with oneDNN
    monkeypatch.setattr(rollout_module, "packing_available", lambda device, dtype: True)
    assert str(choose_sampler(Config(), cpu)) == "a packed float32 copy"
    assert sampler_kind(Config(sampler_packed=False), cpu) == "policy"  # unpacked, float32 only saves the adapters
    assert sampler_kind(Config(sampler_dtype="bfloat16"), cpu) == "policy"  # bf16 decodes slower than float32 there
    assert sampler_kind(Config(parallel="fsdp"), cpu) == "policy"  # the copy needs the whole policy on every rank
    monkeypatch.setattr(rollout_module, "packing_available", lambda device, dtype: dtype == torch.float32)
    # oneDNN cannot pack bf16 on AVX2 alone: a bf16 copy asked for by name is a plain one
    assert str(choose_sampler(Config(sampler="copy", sampler_dtype="bfloat16"), cpu)) == "a bfloat16 copy"
    monkeypatch.setattr(rollout_module, "packing_available", lambda device, dtype: True)
    monkeypatch.setattr(rollout_module, "native_bf16", lambda device: True)  # AVX512_BF16 or AMX
    assert str(choose_sampler(Config(), cpu)) == "a packed bfloat16 copy"
    assert str(choose_sampler(Config(sampler_packed=False), cpu)) == "a bfloat16 copy"
    assert str(choose_sampler(Config(sampler="policy"), cpu)) == "the policy"
    monkeypatch.setattr(rollout_module, "packing_available", lambda device, dtype: False)  # a GPU, or no oneDNN
    assert str(choose_sampler(Config(), cpu)) == "a bfloat16 copy"
    monkeypatch.setattr(rollout_module, "native_bf16", lambda device: False)
    assert sampler_kind(Config(), cpu) == "policy"
    assert sampler_kind(Config(sampler="copy"), cpu) == "copy"  # named, it is what the user asked for


@pytest.mark.skipif(not packing_available(torch.device("cpu")), reason="this torch has no oneDNN packing on the CPU")
def test_a_packed_float32_copy_is_refreshed_and_shares_the_policys_other_tensors():
    config, model, _, tokenizer = lora_model(sampler="copy", sampler_dtype="float32")
    sampler = make_sampler(config, model)
    assert isinstance(sampler.policy.model.layers[0].self_attn.q_proj, PackedLinear)
    assert isinstance(sampler.policy.get_output_embeddings(), PackedLinear)  # the tied LM head too
    # embeddings and norms are the policy's own tensors: a float32 copy holds only the packed weights
    assert sampler.policy.get_input_embeddings().weight is model.policy.get_input_embeddings().weight
    ids = tokenizer(PROMPTS[:1], return_tensors="pt").input_ids
    with torch.no_grad():
        before = sampler.policy(ids).logits
        assert torch.allclose(before, model.policy(ids).logits, atol=1e-4)
        for name, parameter in model.named_parameters():  # an "update": the adapters move
            if name.endswith(("lora_A", "lora_B")):
                parameter.add_(torch.randn_like(parameter) * 0.05)
        assert torch.equal(sampler.policy(ids).logits, before)  # stale until refreshed
        sampler.refresh(model)
        after = sampler.policy(ids).logits
    assert not torch.allclose(after, before, atol=1e-3)
    assert torch.allclose(after, model.policy(ids).logits, atol=1e-4)
    sampler.generate(tokenizer, PROMPTS, config)  # a rollout leaves the update the packed weights' memory
    assert all(layer.packed is None for layer in sampler.policy.modules() if isinstance(layer, PackedLinear))
    sampler.refresh(model)
    with torch.no_grad():
        assert torch.equal(sampler.policy(ids).logits, after)


def test_refresh_copies_the_updated_weights_with_the_adapters_merged():
    config, model, _, tokenizer = lora_model(sampler="copy", sampler_dtype="bfloat16", sampler_packed=False)
    sampler = make_sampler(config, model)
    layer = model.policy.model.layers[0].self_attn.q_proj
    before = sampler.policy.model.layers[0].self_attn.q_proj.weight.clone()
    with torch.no_grad():  # an "update": the adapters move
        for name, parameter in model.named_parameters():
            if name.endswith(("lora_A", "lora_B")):
                parameter.add_(torch.randn_like(parameter) * 0.05)
    assert torch.equal(sampler.policy.model.layers[0].self_attn.q_proj.weight, before)  # stale until refreshed
    sampler.refresh(model)
    copied = sampler.policy.model.layers[0].self_attn.q_proj.weight
    assert torch.allclose(copied.float(), layer.weight + layer.delta_weight(), rtol=2**-8, atol=1e-6)  # rounded once
    assert not torch.allclose(copied, before)
    ids = tokenizer(PROMPTS[:1], return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.allclose(sampler.policy(ids).logits.float(), model.policy(ids).logits, atol=0.1)
    assert sampler.policy.get_output_embeddings().weight is sampler.policy.get_input_embeddings().weight  # tied


@pytest.mark.parametrize("packed", [False, True])
def test_a_bfloat16_copy_holds_bfloat16_weights_and_float32_rotary_frequencies(packed):
    if packed and not packing_available(torch.device("cpu")):
        pytest.skip("this torch has no oneDNN packing on the CPU")
    config, model, _, _ = lora_model(sampler="copy", sampler_dtype="bfloat16", sampler_packed=packed)
    sampler = make_sampler(config, model)
    assert isinstance(sampler, CopySampler)
    assert {p.dtype for p in sampler.policy.parameters()} == {torch.bfloat16}
    packed_layers = [m for m in sampler.policy.modules() if isinstance(m, PackedLinear)]
    assert len(packed_layers) == (1 + 7 * len(model.policy.model.layers) if packed else 0)  # LM head, 7 per block
    assert all(layer.packed.dtype == torch.bfloat16 for layer in packed_layers)
    assert all(buffer.dtype == torch.float32 for buffer in sampler.policy.buffers() if buffer.is_floating_point())
    assert not any(p.requires_grad for p in sampler.policy.parameters())


def test_truncated_importance_weights_are_one_on_policy_and_capped():
    logprobs = torch.log(torch.tensor([[0.5, 0.2, 0.9, 0.01]]))
    assert torch.equal(truncated_importance_weights(logprobs, logprobs.clone(), cap=2.0), torch.ones_like(logprobs))
    sampler_logprobs = torch.log(torch.tensor([[0.25, 0.4, 0.3, 0.001]]))
    weights = truncated_importance_weights(logprobs, sampler_logprobs, cap=2.0)
    assert torch.allclose(weights, torch.tensor([[2.0, 0.5, 2.0, 2.0]]))  # ratios 2, 0.5, 3 and 10, capped at 2
    assert torch.equal(truncated_importance_weights(logprobs, sampler_logprobs, cap=0.0), torch.ones_like(logprobs))
    # the loss weights each token's clipped term: with all weights 1 it is the unweighted loss
    advantages, mask = torch.tensor([[1.0, -1.0, 0.5, 2.0]]), torch.ones(1, 4)
    plain, _ = policy_loss(logprobs, logprobs, advantages, mask, 0.2, 4)
    ones, _ = policy_loss(logprobs, logprobs, advantages, mask, 0.2, 4, torch.ones(1, 4))
    weighted, _ = policy_loss(logprobs, logprobs, advantages, mask, 0.2, 4, weights)
    assert torch.equal(plain, ones)
    assert torch.allclose(weighted, -(advantages * weights).sum() / 4)  # ratio 1: the loss is −Σ w A / N


def test_a_ppo_step_with_a_float32_copy_measures_no_mismatch_and_updates_the_copy():
    config, model, reference, tokenizer = lora_model(
        sampler="copy", sampler_dtype="float32", prompts_per_step=2, samples_per_prompt=2, minibatches=1, lr=1e-2,
        old_logprobs="trainer")
    sampler = make_sampler(config, model)
    optimizer = make_optimizer(model, config)

    def score_fn(problems, rollout):
        return rollout.response_mask.sum(1) / config.max_new_tokens, None

    generator = torch.Generator().manual_seed(0)
    ids = tokenizer(PROMPTS[:1], return_tensors="pt").input_ids
    with torch.no_grad():
        first = sampler.policy(ids).logits
    for _ in range(2):
        metrics = ppo_step(model, reference, tokenizer, optimizer, KLController(0.05), [PROBLEM] * 2, score_fn, config,
                           generator, sampler)
        assert metrics["rollout/sampler_kl"] < 1e-9
        assert abs(metrics["rollout/is_weight_mean"] - 1) < 1e-4 and metrics["rollout/is_weight_capped"] == 0
    sampler.refresh(model)  # as the next step would (a packed copy drops its weights after each rollout)
    with torch.no_grad():
        assert not torch.allclose(sampler.policy(ids).logits, first, atol=1e-4)
        assert torch.allclose(sampler.policy(ids).logits, model.policy(ids).logits, atol=1e-4)


def test_a_ppo_step_reading_pi_old_off_a_float32_copy_measures_no_mismatch():
    config, model, reference, tokenizer = lora_model(
        sampler="copy", sampler_dtype="float32", prompts_per_step=2, samples_per_prompt=2, minibatches=1, lr=1e-2)
    assert config.old_logprobs == "sampler"
    sampler = make_sampler(config, model)
    optimizer = make_optimizer(model, config)

    def score_fn(problems, rollout):
        return rollout.response_mask.sum(1) / config.max_new_tokens, None

    generator = torch.Generator().manual_seed(0)
    for _ in range(2):
        metrics = ppo_step(model, reference, tokenizer, optimizer, KLController(0.05), [PROBLEM] * 2, score_fn, config,
                           generator, sampler)
        assert metrics["rollout/sampler_kl"] < 1e-9  # KL(π_sampler ‖ π_θ) before the update: float32 rounding only
        assert "rollout/is_weight_mean" not in metrics


def test_the_sampler_flags_round_trip_through_the_command_line_and_config_json(tmp_path):
    config, _ = parse_args(["--sampler", "copy", "--sampler-dtype", "float32", "--tis-cap", "1.5"])
    assert (config.sampler, config.sampler_dtype, config.tis_cap) == ("copy", "float32", 1.5)
    save_config(config, tmp_path / "config.json")
    assert load_config(tmp_path / "config.json") == config
    assert (Config().sampler, Config().sampler_dtype, Config().tis_cap) == ("auto", "auto", 2.0)
    assert dataclasses.replace(Config(), tis_cap=0.0).validate().tis_cap == 0.0
