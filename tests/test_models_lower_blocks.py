"""models/lower_blocks.py: the update runs the adapted blocks alone from the frozen blocks' recorded output, and
computes what the whole model computes (logits, values, gradients), for every architecture it accepts."""

import pytest
import torch
from transformers import AutoConfig, AutoModelForCausalLM

from models import PolicyWithValue, ReferenceModel, apply_lora, load_policy, lora_parameters, top_blocks
from models.lower_blocks import SUPPORTED, BlockInput, frozen_blocks, record_block_input
from models.shared_prompt import unpack_inputs

PROMPTS = ["def add(a, b):\n    '''Return a + b.'''", "def f(x):", "def add(a, b):\n    '''Return a + b.'''"]
RESPONSES = ["    return a + b\n", "    return x * x  # square it\n", "    total = a\n    total += b\n    return total"]


@pytest.fixture(scope="module")
def tokenizer():
    return load_policy("tiny")[1]


def tiny_decoder(tokenizer, architecture):
    """A 3-block random decoder of `architecture` (qwen2: the coder's, with biases on q, k, v) over the same
    vocabulary."""
    config = AutoConfig.for_model(
        architecture, vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=3,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
        pad_token_id=tokenizer.pad_token_id, attn_implementation="sdpa")
    torch.manual_seed(0)
    return AutoModelForCausalLM.from_config(config).eval()


def batch(tokenizer):
    """Left-padded prompts, right-padded responses; rows 0 and 2 share their prompt."""
    prompts = tokenizer(PROMPTS, return_tensors="pt", padding=True, add_special_tokens=False)
    side, tokenizer.padding_side = tokenizer.padding_side, "right"
    try:
        responses = tokenizer(RESPONSES, return_tensors="pt", padding=True, add_special_tokens=False)
    finally:
        tokenizer.padding_side = side
    return (torch.cat([prompts.input_ids, responses.input_ids], 1),
            torch.cat([prompts.attention_mask, responses.attention_mask], 1), prompts.input_ids.shape[1])


@pytest.mark.parametrize("architecture", SUPPORTED)
def test_the_adapted_blocks_from_the_recorded_input_compute_what_the_whole_model_does(tokenizer, architecture):
    policy = load_policy("tiny")[0] if architecture == "llama" else tiny_decoder(tokenizer, architecture)
    apply_lora(policy, rank=4, alpha=8.0, blocks=top_blocks(policy, 1))
    model = PolicyWithValue(policy)
    for parameter in lora_parameters(model):  # adapters that change the function (B starts at zero)
        torch.nn.init.normal_(parameter, std=0.05)
    block = frozen_blocks(model)
    assert block == policy.config.num_hidden_layers - 1
    ids, mask, p = batch(tokenizer)

    # the reference pass (adapters off) records the frozen blocks' output for the whole batch
    with record_block_input(model.policy, block) as recorded, torch.no_grad():
        ReferenceModel(model).logits(ids, mask, prompt_length=p)
    assert len(recorded) == 1
    hidden = unpack_inputs(recorded[0][0], ids, mask, p)
    assert hidden.shape == (*ids.shape, policy.config.hidden_size)

    def loss_and_grads(rows, block_input):
        model.zero_grad()
        logits, values = model(ids[rows], mask[rows], prompt_length=p, block_input=block_input)
        (logits.logsumexp(-1).sum() + values.sum()).backward()
        trained = [*lora_parameters(model), *model.value_head.parameters()]
        return logits.detach(), values.detach(), [q.grad.clone() for q in trained]

    for rows in (torch.tensor([0, 1, 2]), torch.tensor([2, 1]), torch.tensor([1])):  # other groupings of the rows
        whole = loss_and_grads(rows, None)
        upper = loss_and_grads(rows, BlockInput(block, hidden[rows]))
        torch.testing.assert_close(upper[0], whole[0], atol=1e-5, rtol=1e-4)
        torch.testing.assert_close(upper[1], whole[1], atol=1e-5, rtol=1e-4)
        for mine, theirs in zip(upper[2], whole[2]):
            torch.testing.assert_close(mine, theirs, atol=1e-5, rtol=1e-4)


def test_only_a_policy_with_frozen_lower_blocks_skips_any(tokenizer):
    assert frozen_blocks(PolicyWithValue(load_policy("tiny")[0])) == 0  # full fine-tuning: every block trains
    assert frozen_blocks(PolicyWithValue(apply_lora(load_policy("tiny")[0], rank=4))) == 0  # adapters everywhere
    top = apply_lora(load_policy("tiny")[0], rank=4, blocks=[1])
    assert frozen_blocks(PolicyWithValue(top, separate_critic=True)) == 0  # the critic's blocks all train
    top.model.embed_tokens.weight.requires_grad_(True)  # something trained below the adapters
    assert frozen_blocks(PolicyWithValue(top)) == 0
    top.model.embed_tokens.weight.requires_grad_(False)
    assert frozen_blocks(PolicyWithValue(top)) == 1
    top.config.attention_dropout = 0.1  # the update's lower blocks would drop what the reference pass kept
    assert frozen_blocks(PolicyWithValue(top)) == 0
    below = apply_lora(load_policy("tiny")[0], rank=4, blocks=[0, 1])
    for parameter in below.model.layers[0].parameters():  # an adapter below that does not train still differs
        parameter.requires_grad_(False)
    assert frozen_blocks(PolicyWithValue(below)) == 0


def test_a_run_that_skips_the_frozen_blocks_trains_the_same_adapters(tmp_path, monkeypatch):
    """Two steps of --lora-layers 1 on the tiny model, with the frozen block's output kept and without: the same
    trained adapters, up to rounding."""
    import train
    from models import value_head
    from ppo import trainer
    from safetensors.torch import load_file

    args = ["--model", "tiny", "--lora-rank", "4", "--lora-layers", "1", "--steps", "2", "--max-new-tokens", "8",
            "--prompts-per-step", "2", "--samples-per-prompt", "2", "--minibatches", "2", "--reward-workers", "1",
            "--threads", "1", "--limit-problems", "2", "--lr", "1e-2"]
    calls = []
    counted = value_head.run_from_block
    monkeypatch.setattr(value_head, "run_from_block", lambda *args: calls.append(args[-1]) or counted(*args))
    assert train.main([*args, "--out", str(tmp_path / "kept")]) == 0
    assert calls and set(calls) == {1}  # every update pass started at block 1
    calls.clear()
    monkeypatch.setattr(trainer, "skipped_blocks", lambda model: 0)
    assert train.main([*args, "--out", str(tmp_path / "whole")]) == 0
    assert not calls
    kept, whole = (load_file(tmp_path / name / "adapter" / "adapter_model.safetensors") for name in ("kept", "whole"))
    assert set(kept) == set(whole)
    moved = [name for name in kept if "lora_B" in name]  # B starts at zero: the steps changed it
    assert moved and all(kept[name].abs().max() > 0 for name in moved)
    for name in kept:
        torch.testing.assert_close(kept[name].float(), whole[name].float(), atol=2e-3, rtol=1e-2)
