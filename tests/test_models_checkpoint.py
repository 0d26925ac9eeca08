"""Checkpoints: stock transformers loads them, everything round-trips, and a failed save keeps the old one."""

import io

import pytest
import torch
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from models import (
    ModelLoadError,
    PolicyWithValue,
    apply_lora,
    load_checkpoint,
    load_policy,
    lora_parameters,
    position_ids_from_mask,
    save_checkpoint,
)


@pytest.fixture()
def tiny_with_value():
    policy, tokenizer = load_policy("tiny")
    model = PolicyWithValue(policy)
    with torch.no_grad():
        model.value_head.summary.weight.normal_(std=0.1)  # a trained-looking head, distinct from a fresh one
    return model, tokenizer


def _batch(tokenizer):
    return tokenizer(["def f(x): return x", "y"], return_tensors="pt", padding=True)


def _forward(model, batch):
    with torch.no_grad():
        return model(batch.input_ids, batch.attention_mask)


def test_round_trip_with_stock_transformers_and_load_checkpoint(tmp_path, tiny_with_value):
    model, tokenizer = tiny_with_value
    batch = _batch(tokenizer)
    logits, values = _forward(model, batch)
    optimizer_state = io.BytesIO()
    torch.save({"step": 7}, optimizer_state)
    path = save_checkpoint(
        tmp_path / "step-7",
        model,
        tokenizer,
        extra={
            "optimizer.pt": optimizer_state.getvalue(),
            "notes.txt": "seven",
            "rng.safetensors": {"x": torch.ones(3)},
        },
    )
    plain = AutoModelForCausalLM.from_pretrained(path)
    plain_tokenizer = AutoTokenizer.from_pretrained(path)
    assert plain_tokenizer.pad_token_id == tokenizer.pad_token_id and plain_tokenizer.padding_side == "left"
    with torch.no_grad():
        plain_logits = plain(
            input_ids=batch.input_ids,
            attention_mask=batch.attention_mask,
            position_ids=position_ids_from_mask(batch.attention_mask),
        ).logits
    assert torch.equal(plain_logits, logits)
    restored, _ = load_checkpoint(path)
    restored_logits, restored_values = _forward(restored, batch)
    assert torch.equal(restored_logits, logits) and torch.equal(restored_values, values)
    assert torch.load(path / "optimizer.pt") == {"step": 7}
    assert (path / "notes.txt").read_text() == "seven"
    assert torch.equal(load_file(path / "rng.safetensors")["x"], torch.ones(3))


def test_lora_is_merged_on_export(tmp_path, tiny_with_value):
    model, tokenizer = tiny_with_value
    apply_lora(model.policy, rank=4)
    with torch.no_grad():
        for parameter in lora_parameters(model.policy):
            parameter.normal_(std=0.1)
    batch = _batch(tokenizer)
    logits, values = _forward(model, batch)
    path = save_checkpoint(tmp_path / "lora", model, tokenizer)
    assert not any("lora" in key for key in load_file(path / "model.safetensors"))
    restored, _ = load_checkpoint(path)
    restored_logits, restored_values = _forward(restored, batch)
    torch.testing.assert_close(restored_logits, logits, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(restored_values, values, atol=1e-5, rtol=1e-5)


def test_separate_critic_round_trip(tmp_path):
    policy, tokenizer = load_policy("tiny")
    model = PolicyWithValue(policy, separate_critic=True)
    with torch.no_grad():
        for parameter in model.critic.parameters():
            parameter.add_(0.01)  # the critic has moved away from the policy
    batch = _batch(tokenizer)
    logits, values = _forward(model, batch)
    restored, _ = load_checkpoint(save_checkpoint(tmp_path / "critic", model, tokenizer))
    assert restored.separate_critic
    restored_logits, restored_values = _forward(restored, batch)
    assert torch.equal(restored_logits, logits) and torch.equal(restored_values, values)


def test_a_failed_save_leaves_the_previous_checkpoint_intact(tmp_path, tiny_with_value):
    model, tokenizer = tiny_with_value
    path = save_checkpoint(tmp_path / "latest", model, tokenizer, extra={"step.txt": "1"})
    before = (path / "model.safetensors").read_bytes()

    def crash(_):
        raise RuntimeError("disk full")

    with torch.no_grad():
        model.policy.lm_head.weight.add_(1.0)
    with pytest.raises(RuntimeError, match="disk full"):
        save_checkpoint(path, model, tokenizer, extra={"step.txt": "2", "zzz-crash": crash})
    assert (path / "step.txt").read_text() == "1"
    assert (path / "model.safetensors").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["latest"]  # the temporary folder is cleaned up
    save_checkpoint(path, model, tokenizer, extra={"step.txt": "3"})  # and a successful save replaces it
    assert (path / "step.txt").read_text() == "3"
    assert [p.name for p in tmp_path.iterdir()] == ["latest"]


def test_bad_extra_names_and_missing_folders_are_clear_errors(tmp_path, tiny_with_value):
    model, tokenizer = tiny_with_value
    with pytest.raises(ValueError, match="sub/dir.txt"):
        save_checkpoint(tmp_path / "x", model, tokenizer, extra={"sub/dir.txt": "no"})
    with pytest.raises(ValueError, match="config.json"):
        save_checkpoint(tmp_path / "x", model, tokenizer, extra={"config.json": "{}"})
    assert not (tmp_path / "x").exists()
    with pytest.raises(ModelLoadError, match="no checkpoint folder"):
        load_checkpoint(tmp_path / "missing")
