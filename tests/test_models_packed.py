"""Linear layers prepacked for oneDNN (models/packed.py): the same products as nn.Linear, for any number of rows,
with or without a bias, in float32 and bf16; clear errors before a weight is packed or for a wrong shape."""

import pytest
import torch
from torch import nn

from models import LoRALinear
from models.packed import PackedLinear, pack_linears, packing_available

pytestmark = pytest.mark.skipif(not packing_available(torch.device("cpu")),
                                reason="this torch has no oneDNN packing on the CPU")


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("shape", [(1, 64), (5, 64), (16, 64), (3, 1, 64), (2, 7, 64)])
def test_a_packed_layer_computes_what_nn_linear_does(bias, shape):
    torch.manual_seed(0)
    linear = nn.Linear(64, 96, bias=bias)
    packed = PackedLinear(linear)
    packed.pack(linear.weight)
    x = torch.randn(shape)
    with torch.no_grad():
        expected = linear(x)
        assert torch.allclose(packed(x), expected, atol=1e-5)  # the order of the sums alone differs
    assert packed(x).shape == expected.shape


def test_a_bfloat16_packed_layer_matches_nn_linear_in_bfloat16():
    torch.manual_seed(0)
    linear = nn.Linear(64, 96).to(torch.bfloat16)
    packed = PackedLinear(linear)
    packed.pack(linear.weight)
    x = torch.randn(16, 64, dtype=torch.bfloat16)
    with torch.no_grad():
        assert torch.allclose(packed(x).float(), linear(x).float(), atol=0.05)
    assert packed(x).dtype == torch.bfloat16


def test_packing_again_replaces_the_weight():
    linear = nn.Linear(8, 4, bias=False)
    packed = PackedLinear(linear)
    packed.pack(torch.zeros(4, 8))
    assert torch.equal(packed(torch.ones(2, 8)), torch.zeros(2, 4))
    packed.pack(torch.ones(4, 8))
    assert torch.equal(packed(torch.ones(2, 8)), torch.full((2, 4), 8.0))


def test_an_unpacked_layer_and_a_wrong_shape_are_refused():
    packed = PackedLinear(nn.Linear(8, 4))
    with pytest.raises(RuntimeError, match="no weight yet"):
        packed(torch.ones(1, 8))
    with pytest.raises(ValueError, match=r"weight of shape \(8, 4\) for a 8 -> 4 layer"):
        packed.pack(torch.ones(8, 4))


def test_pack_linears_replaces_plain_linear_layers_only_and_keeps_their_biases():
    model = nn.Sequential(nn.Linear(8, 8), LoRALinear(nn.Linear(8, 8), rank=2, alpha=4), nn.Linear(8, 2, bias=False))
    bias = model[0].bias
    pack_linears(model)
    assert isinstance(model[0], PackedLinear) and model[0].bias is bias
    assert isinstance(model[1], LoRALinear)  # an adapted layer is merged first (`merge_lora`), then packed
    assert isinstance(model[2], PackedLinear) and model[2].bias is None
    assert not any("packed" in name for name in model.state_dict())  # the packed weights are in no state dict


def test_a_model_packed_for_decoding_gives_the_same_logits_and_greedy_code():
    from evaluation.compare import generate_code
    from models import load_policy
    from models.packed import packed_for_decoding
    from tasks import load_problems

    model, tokenizer = load_policy("tiny", dtype=torch.float32, device="cpu")
    ids = tokenizer(["def add(a, b):"], return_tensors="pt").input_ids
    with torch.no_grad():
        expected = model(ids).logits
        packed = packed_for_decoding(model.requires_grad_(False))
        assert isinstance(packed.get_output_embeddings(), PackedLinear)  # the tied LM head too
        assert torch.allclose(packed(ids).logits, expected, atol=1e-4)
    problems = load_problems("builtin:test")[:3]
    settings = dict(temperature=0.0, top_p=1.0, max_new_tokens=12, batch_size=3, seed=0, device="cpu")
    assert generate_code("tiny", problems, 1, packed=True, **settings) == generate_code("tiny", problems, 1,
                                                                                          packed=False, **settings)
