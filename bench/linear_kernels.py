"""Time nn.Linear against a PackedLinear (models/packed.py) on the coder's weight shapes, for the row counts of
decoding (a live response per row) and of a prompt pass, in float32 and, where asked, bf16.

    python bench/linear_kernels.py                  # float32, 1 / 4 / 16 / 580 rows
    python bench/linear_kernels.py --dtypes float32 bfloat16 --rows 16

It prints the milliseconds of one product (the minimum over --repeats timed loops of --number products each, so
a busy machine inflates it least) and the largest difference between the two results.
"""

import argparse
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from models.packed import PackedLinear, packing_available  # noqa: E402

SHAPES = {  # Qwen2.5-Coder-0.5B: hidden 896, MLP 4,864, vocabulary 151,936 (out_features, in_features)
    "q_proj / o_proj": (896, 896),
    "gate_proj / up_proj": (4864, 896),
    "down_proj": (896, 4864),
    "lm_head": (151936, 896),
}


def best_ms(fn, number: int, repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return 1000 * min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[1, 4, 16, 580])
    parser.add_argument("--dtypes", nargs="+", default=["float32"], choices=["float32", "bfloat16"])
    parser.add_argument("--layers", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--number", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not packing_available(torch.device("cpu")):
        print("error: this torch cannot prepack linear weights for oneDNN on this CPU", file=sys.stderr)
        return 1
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    print(f"torch {torch.__version__}, CPU capability {torch.backends.cpu.get_cpu_capability()}, "
          f"{args.threads} threads; ms per product (min of {args.repeats} x {args.number})")
    print(f"{'layer':20s} {'dtype':9s} {'rows':>5s} {'nn.Linear':>10s} {'packed':>9s} {'speed-up':>9s} "
          f"{'max |diff|':>11s}")
    for dtype in args.dtypes:
        if not packing_available(torch.device("cpu"), getattr(torch, dtype)):
            print(f"{dtype}: oneDNN cannot pack it on this CPU (bf16 needs AVX-512 or AVX-NE-CONVERT)")
            continue
        for name in args.layers:
            out_features, in_features = SHAPES[name]
            linear = torch.nn.Linear(in_features, out_features, bias=False).to(getattr(torch, dtype))
            linear.requires_grad_(False)
            packed = PackedLinear(linear)
            packed.pack(linear.weight)
            for rows in args.rows:
                x = torch.randn(rows, in_features, dtype=linear.weight.dtype)
                number = max(1, args.number // 4) if rows * out_features > 10_000_000 else args.number
                plain_ms = best_ms(lambda: linear(x), number, args.repeats)
                packed_ms = best_ms(lambda: packed(x), number, args.repeats)
                diff = (linear(x).float() - packed(x).float()).abs().max().item()
                print(f"{name:20s} {dtype:9s} {rows:5d} {plain_ms:10.2f} {packed_ms:9.2f} {plain_ms / packed_ms:8.2f}x "
                      f"{diff:11.1e}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
