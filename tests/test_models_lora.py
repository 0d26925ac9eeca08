"""LoRA: a no-op at initialisation, only adapters train, adapters off = base model, merge = same function."""

import pytest
import torch

from models import (
    PolicyWithValue,
    ReferenceModel,
    apply_lora,
    disabled_adapters,
    load_lora_state_dict,
    load_policy,
    lora_parameters,
    lora_state_dict,
    merge_lora,
    top_blocks,
)
from models.lora import LoRALinear, adapted_blocks


@pytest.fixture()
def tiny():
    return load_policy("tiny")


def _logits(model, batch):
    with torch.no_grad():
        return model(**batch).logits


def _train_adapters_a_little(model):
    with torch.no_grad():
        for parameter in lora_parameters(model):
            parameter.normal_(std=0.1)


def test_fresh_adapters_change_nothing_and_only_they_train(tiny):
    model, tokenizer = tiny
    batch = tokenizer(["def f(x): return x", "y"], return_tensors="pt", padding=True)
    base = _logits(model, batch)
    apply_lora(model, rank=4, alpha=8, target_modules=("q_proj", "v_proj"))
    assert torch.equal(_logits(model, batch), base)
    trainable = [name for name, p in model.named_parameters() if p.requires_grad]
    assert trainable and all(name.endswith(("lora_A", "lora_B")) for name in trainable)
    assert len(trainable) == 2 * 2 * model.config.num_hidden_layers
    assert isinstance(model.model.layers[0].self_attn.q_proj, LoRALinear)
    assert not isinstance(model.model.layers[0].self_attn.k_proj, LoRALinear)
    # State-dict keys of the base weights do not change, so base checkpoints still load.
    assert "model.layers.0.self_attn.q_proj.weight" in model.state_dict()
    # The value head stays trainable next to the adapters.
    with_value = PolicyWithValue(model)
    assert all(p.requires_grad for p in with_value.value_head.parameters())


def test_disabled_adapters_give_the_base_model_and_the_reference(tiny):
    model, tokenizer = tiny
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    base = _logits(model, batch)
    apply_lora(model, rank=4)
    _train_adapters_a_little(model)
    adapted = _logits(model, batch)
    assert not torch.allclose(adapted, base)
    with disabled_adapters(model):
        assert torch.equal(_logits(model, batch), base)
    assert torch.equal(_logits(model, batch), adapted)  # switched back on after the block
    reference = ReferenceModel(model)
    assert reference.shares_weights and reference.model is model
    assert torch.equal(reference.logits(batch.input_ids, batch.attention_mask), base)


def test_merge_gives_plain_linears_and_the_same_outputs(tiny):
    model, tokenizer = tiny
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    apply_lora(model, rank=4)
    _train_adapters_a_little(model)
    adapted = _logits(model, batch)
    merge_lora(model)
    assert not any(isinstance(module, LoRALinear) for module in model.modules())
    assert type(model.model.layers[0].mlp.down_proj) is torch.nn.Linear
    torch.testing.assert_close(_logits(model, batch), adapted, atol=1e-5, rtol=1e-5)


def test_adapter_weights_round_trip(tiny):
    model, tokenizer = tiny
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    apply_lora(model, rank=4)
    _train_adapters_a_little(model)
    saved = {name: tensor.clone() for name, tensor in lora_state_dict(model).items()}
    fresh = apply_lora(load_policy("tiny")[0], rank=4)
    load_lora_state_dict(fresh, saved)
    assert torch.equal(_logits(fresh, batch), _logits(model, batch))
    with pytest.raises(ValueError, match="rank"):
        load_lora_state_dict(apply_lora(load_policy("tiny")[0], rank=4, target_modules=("q_proj",)), saved)


def test_unknown_target_modules_are_named_in_the_error(tiny):
    model, _ = tiny
    with pytest.raises(ValueError, match="q_proj"):
        apply_lora(model, target_modules=("query",))


def test_new_adapters_keep_a_model_in_eval_mode_so_dropout_stays_off(tiny):
    model, tokenizer = tiny
    assert not model.training
    apply_lora(model, rank=4, dropout=0.5)
    _train_adapters_a_little(model)
    assert not any(module.training for module in model.modules())
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    assert torch.equal(_logits(model, batch), _logits(model, batch))  # sampling and π_old see one function


def test_adapters_on_the_top_blocks_only_keep_gradients_above_the_lowest_adapted_block(tiny):
    """--lora-layers 1: adapters in the last block alone, and the backward pass never reaches the blocks below."""
    model, tokenizer = tiny
    blocks = top_blocks(model, 1)
    assert blocks == [model.config.num_hidden_layers - 1]
    assert top_blocks(model, 99) == list(range(model.config.num_hidden_layers))
    apply_lora(model, rank=4, alpha=8.0, blocks=blocks)
    assert adapted_blocks(lora_state_dict(model)) == blocks
    assert isinstance(model.model.layers[-1].mlp.up_proj, LoRALinear)
    assert type(model.model.layers[0].mlp.up_proj) is torch.nn.Linear
    assert all(name.startswith(f"model.layers.{blocks[0]}.") for name in lora_state_dict(model))

    in_graph = []  # the blocks whose output autograd records, so that backpropagation passes through them
    for index, layer in enumerate(model.model.layers):
        layer.register_forward_hook(lambda module, args, output, index=index: in_graph.append(
            index) if (output[0] if isinstance(output, tuple) else output).requires_grad else None)
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    model(**batch).logits.sum().backward()
    assert in_graph == blocks
    with pytest.raises(ValueError, match=r"blocks \[7\]"):
        apply_lora(load_policy("tiny")[0], blocks=[7])
