#!/usr/bin/env bash
# The GPU path in one short check (at most ~8 minutes on one GPU): run it whenever a GPU is available.
#   bash bench/gpu_check.sh            # from the repository root, after `make setup`
# 1. ppo_bench.py: one PPO iteration of the default model in bf16 on CUDA, 32 prompts x 4 samples.
# 2. torchrun --nproc_per_node 1: FSDP, bf16, LoRA for 2 steps, then a resume to step 3 (NCCL, a real save).
# 3. evaluate.py on the first 20 HumanEval problems.
# It prints its figures; any failing stage stops it with a non-zero exit. Everything else on this path is
# proved on CPU with gloo by the test suite; this script is what only a GPU can show.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${OUT:-$(mktemp -d /tmp/gpu_check.XXXXXX)}
"$PY" -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 'no CUDA device: this check needs a GPU')"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true

echo "== 1. ppo_bench: default model, bf16, CUDA, 32 prompts x 4 samples"
timeout 240 "$PY" bench/ppo_bench.py --device cuda --dtype bfloat16 --prompts-per-step 32 --samples-per-prompt 4 \
  --microbatch-size 16 --minibatches 4 --warmup

echo "== 2. torchrun: FSDP + bf16 + LoRA, 2 steps, then resume"
RUN="$OUT/fsdp_lora"
TRAIN=(--dtype bfloat16 --parallel fsdp --lora-rank 16 --prompts-per-step 8 --samples-per-prompt 4
       --max-new-tokens 128 --save-every 1 --collective-timeout-s 120)
timeout 150 "$PY" -m torch.distributed.run --standalone --nproc_per_node 1 train.py "${TRAIN[@]}" --steps 2 --out "$RUN"
timeout 120 "$PY" -m torch.distributed.run --standalone --nproc_per_node 1 train.py --resume "$RUN" --steps 3
"$PY" - "$RUN" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(f"{sys.argv[1]}/metrics.jsonl")]
assert [r["step"] for r in rows] == [1, 2, 3], [r["step"] for r in rows]
for r in rows:
    print(f"step {r['step']}: reward {r['reward/mean']:.3f}  kl {r['objective/kl']:.4f}  "
          f"{r['time/step']:.1f} s  peak {r['memory/peak_mb']:.0f} MB  "
          f"{r['throughput/generated_tokens_per_s']:.0f} generated tokens/s")
PY

echo "== 3. evaluate.py: the default model on the first 20 HumanEval problems"
timeout 150 "$PY" evaluate.py --model qwen2.5-coder-0.5b-instruct --dataset humaneval --limit 20 --out "$OUT/eval"
echo "gpu_check: all stages passed; outputs in $OUT"
