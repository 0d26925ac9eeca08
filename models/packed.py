"""Linear layers whose weights are prepacked for oneDNN, for decoding on a CPU: at a decoding step's few rows,
nn.Linear's MKL product runs far below the machine (16 rows by the coder's LM head: 110-150 ms on two cores,
a tenth of the speed they read memory at), while oneDNN's kernels on a weight laid out for them once compute the
same product 1.3-6x faster in float32 and 1.6-3.8x in bf16 where it is native (bench/linear_kernels.py).
For inference only: no gradient flows through them. This file must not change what a layer computes, only how
its product is laid out; results differ from nn.Linear's by the rounding of the sums.
"""

import functools

import torch
from torch import nn

ROWS_HINT = 16  # the batch size oneDNN lays the weight out for: a PPO rollout decodes 16-32 rows; any count works


@functools.cache
def packing_available(device: torch.device, dtype: torch.dtype = torch.float32) -> bool:
    """Whether this torch can prepack `dtype` linear weights for oneDNN on `device`: a CPU with torch's oneDNN
    build; for bf16 also AVX-512 (BW, VL, DQ) or AVX-NE-CONVERT, which an AVX2-only CPU lacks."""
    if device.type != "cpu" or not torch.backends.mkldnn.is_available():
        return False
    try:  # the ops are internal to torch (its compiler's CPU path): check that they exist and run here
        packed = torch.ops.mkldnn._reorder_linear_weight(torch.ones(2, 2, dtype=dtype), ROWS_HINT)
        output = torch.ops.mkldnn._linear_pointwise(torch.ones(1, 2, dtype=dtype), packed, None, "none", [], "")
        return bool(output.eq(2).all())
    except (AttributeError, RuntimeError):
        return False


class PackedLinear(nn.Module):
    """y = x Wᵀ + b with W held in oneDNN's layout; `pack(W)` sets or replaces W. The bias stays an ordinary
    parameter; the packed weight is neither a parameter nor a buffer, so it is in no state dict."""

    def __init__(self, linear: nn.Linear):
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.bias = linear.bias
        self.packed = None

    @torch.no_grad()
    def pack(self, weight: torch.Tensor) -> None:
        if weight.shape != (self.out_features, self.in_features):
            raise ValueError(f"weight of shape {tuple(weight.shape)} for a {self.in_features} -> "
                             f"{self.out_features} layer")
        self.packed = torch.ops.mkldnn._reorder_linear_weight(weight.detach().contiguous(), ROWS_HINT)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.packed is None:
            raise RuntimeError("PackedLinear has no weight yet: call pack(weight) first")
        return torch.ops.mkldnn._linear_pointwise(x, self.packed, self.bias, "none", [], "")

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"


def packed_for_decoding(model: nn.Module) -> nn.Module:
    """Replace every nn.Linear of a model that will only decode by a PackedLinear of its own weight, in place
    (a tied LM head gets a packed copy of the embedding; the embedding keeps its plain layout)."""
    weights = {name: module.weight.detach() for name, module in model.named_modules() if type(module) is nn.Linear}
    pack_linears(model)
    modules = dict(model.named_modules())
    for name, weight in weights.items():
        modules[name].pack(weight)
    return model


def pack_linears(model: nn.Module) -> nn.Module:
    """Replace every nn.Linear of `model` by an empty PackedLinear with its bias, in place; the caller packs the
    weights (a tied LM head becomes a layer of its own, so the embedding can keep its plain layout)."""
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is nn.Linear:
                setattr(parent, name, PackedLinear(child))
    return model
