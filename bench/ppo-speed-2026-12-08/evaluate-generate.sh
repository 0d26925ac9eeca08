# evaluate.py --generate-only on builtin:test (16 problems, greedy), packed and not, native and with AVX2 kernels forced
cd "$(dirname "$0")/../.." && mkdir -p "${OUT:-/tmp/evalspeed}"
A="ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2 MKL_ENABLE_INSTRUCTIONS=AVX2"
for mode in native avx2; do for p in --packed --no-packed; do
  envs=""; [ $mode = avx2 ] && envs="$A"
  s=$(date +%s.%N)
  env $envs .venv/bin/python evaluate.py --model coder=qwen2.5-coder-0.5b-instruct --dataset builtin:test --limit 16 --samples 1 --generate-only $p --out ${OUT:-/tmp/evalspeed}/$mode$p > ${OUT:-/tmp/evalspeed}/$mode$p.log 2>&1
  rc=$?
  echo "$mode $p $(echo "$(date +%s.%N) - $s" | bc) s rc=$rc" >> ${OUT:-/tmp/evalspeed}/times
done; done
