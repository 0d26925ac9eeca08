#!/usr/bin/env bash
# The README's CPU experiment end to end: train ACECode (--preset cpu-long) and the SFT and PIE baselines,
# then evaluate all four models with error bars on the held-out problems and HumanEval.
#   bash bench/cpu_experiment.sh          # from the repository root, after `make setup`; RUNS=... OUT=... to move it
#   HUMANEVAL=0 bash bench/cpu_experiment.sh   # without stage 3 (about an hour per model on 2 cores)
# 1. train.py --preset cpu-long (ACECode PPO, at most 90 min on 2 cores), --algo sft, --algo pie
# 2. evaluate.py on builtin:test (held-out problems of the training families) and builtin:ood (held-out
#    families), 4 samples per problem: pass@1, ECC, GET with 95% bootstrap intervals and paired differences
# 3. evaluate.py on all 164 HumanEval problems, greedy: the original model against ACECode
# A stage that was already finished (its run folder has done.json) is not repeated, so a killed experiment
# continues where it stopped; an unfinished training run resumes from its last checkpoint.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
RUNS=${RUNS:-runs}
OUT=${OUT:-results/cpu-experiment}
mkdir -p "$OUT"

train() {  # train FOLDER ARGS...: run, resume or skip
  local folder=$1; shift
  if [[ -f "$folder/done.json" ]]; then echo "== $folder: finished, skipped"
  elif [[ -d "$folder/checkpoint" ]]; then echo "== $folder: resuming"; "$PY" train.py --resume "$folder"
  else echo "== $folder: training"; "$PY" train.py "$@" --out "$folder"; fi
}

start=$(date +%s)
train "$RUNS/ppo" --preset cpu-long
train "$RUNS/sft" --algo sft --dataset builtin:train
train "$RUNS/pie" --algo pie --dataset builtin:train
echo "== training took $(( ($(date +%s) - start) / 60 )) min"

echo "== evaluate: builtin:test and builtin:ood, 4 samples per problem"
"$PY" evaluate.py --dataset builtin:test builtin:ood --samples 4 --runs-dir "$RUNS" --out "$OUT/builtin"

if [[ "${HUMANEVAL:-1}" == 0 ]]; then
  echo "== experiment took $(( ($(date +%s) - start) / 60 )) min (HumanEval skipped); results in $OUT"
  exit 0
fi
echo "== evaluate: HumanEval, greedy, original and ACECode"
"$PY" evaluate.py --dataset humaneval --samples 1 --model original=qwen2.5-coder-0.5b-instruct --model "ACECode=$RUNS/ppo/checkpoint" \
  --out "$OUT/humaneval"
echo "== experiment took $(( ($(date +%s) - start) / 60 )) min; results in $OUT"
