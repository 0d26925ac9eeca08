#!/usr/bin/env bash
# The README's CPU experiment end to end: train ACECode (--preset cpu-long) and the SFT and PIE baselines on the
# embedded coder, then evaluate all four with error bars on held-out problems, ENAMEL and HumanEval.
#   bash bench/cpu_experiment.sh          # from the repository root, after `make setup`; RUNS=... OUT=... to move it
#   ACECODE_ENAMEL=/path/to/enamel.csv bash bench/cpu_experiment.sh   # with the ENAMEL stage (skipped without it)
#   STAGES="test enamel" bash bench/cpu_experiment.sh   # only these evaluations, in this order
#                                                      # (of: test ood enamel humaneval; all four by default)
#   TRAIN_ARGS="..." EVAL_ARGS="..." bash bench/cpu_experiment.sh  # extra flags for every train.py / evaluate.py
#                                                      # call (tests/test_cpu_experiment.py: a tiny model, 1 step)
# 1. train.py --preset cpu-long (ACECode PPO), --algo sft and --algo pie (same tasks, same LoRA)
# 2. builtin:test (held-out problems of the training families) and builtin:ood (held-out families), 4 samples
#    per problem at T = 0.2: pass@1, ECC, GET, reward with 95% bootstrap intervals and paired differences
# 3. ENAMEL's 142 problems, greedy: eff@1 and pass@1 with intervals and the paired difference in eff@1
# 4. HumanEval's 164 problems, greedy: pass@1 and ECC, the original model against ACECode
# 5. side-by-side.md in each folder: on the problems both solve, how often ACECode's code is faster, with examples
# Every step leaves a mark when it is done and is not repeated: a killed experiment continues where it stopped
# (an unfinished training run resumes from its last checkpoint; each model's generation on each benchmark is
# kept on its own, so a kill loses at most the generation under way).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
RUNS=${RUNS:-runs}
OUT=${OUT:-results/cpu-experiment}
BASE=${BASE:-qwen2.5-coder-0.5b-instruct}
# Every model decodes in the same precision: bf16 where it is native (2.4x faster; KL to float32 about 1e-4 nats
# per token on the coder), float32 elsewhere. DTYPE=float32 forces it.
DTYPE=${DTYPE:-$("$PY" -c "import torch; from ppo.rollout import native_bf16
print('bfloat16' if native_bf16(torch.device('cuda' if torch.cuda.is_available() else 'cpu')) else 'float32')")}
STAGES=${STAGES:-test ood enamel humaneval}
read -r -a TRAIN_ARGS <<< "${TRAIN_ARGS:-}"  # given after each run's own flags, so they win
read -r -a EVAL_ARGS <<< "${EVAL_ARGS:-}"
for stage in $STAGES; do  # a typo fails now, not after two hours of training
  [[ $stage =~ ^(test|ood|enamel|humaneval)$ ]] || { echo "unknown stage '$stage' in STAGES: use test, ood, enamel, humaneval" >&2; exit 2; }
done
mkdir -p "$OUT"

train() {  # train FOLDER ARGS...: run, resume or skip
  local folder=$1; shift
  if [[ -f "$folder/done.json" ]]; then echo "== $folder: finished, skipped"
  elif [[ -d "$folder/checkpoint" ]]; then echo "== $folder: resuming"; "$PY" train.py --resume "$folder"
  else echo "== $folder: training"; "$PY" train.py "$@" "${TRAIN_ARGS[@]}" --out "$folder"; fi
}

generate() {  # generate FOLDER LABEL MODEL EVALUATE-ARGS...: the model's samples, once
  local folder=$1 label=$2 model=$3; shift 3
  if [[ -f "$folder/$label/generated" ]]; then echo "== $folder/$label: generated, skipped"; return; fi
  echo "== $folder/$label: generating"
  "$PY" evaluate.py --model "$label=$model" "$@" "${EVAL_ARGS[@]}" --dtype "$DTYPE" --generate-only --out "$folder/$label"
  touch "$folder/$label/generated"
}

score() {  # score FOLDER DATASET LABEL... -- EVALUATE-ARGS...: every model's samples side by side, the first the baseline
  local folder=$1 dataset=$2; shift 2
  local files=()
  while [[ $1 != -- ]]; do files+=(--samples-file "$1=$folder/$1/samples-$1.jsonl"); shift; done
  shift
  if [[ -f "$folder/results.json" ]]; then echo "== $folder: scored, skipped"; return; fi
  echo "== $folder: scoring"
  "$PY" evaluate.py "${files[@]}" --dataset "$dataset" "$@" "${EVAL_ARGS[@]}" --out "$folder"
}

start=$(date +%s)
train "$RUNS/ppo" --preset cpu-long
train "$RUNS/sft" --algo sft --dataset builtin:train --steps 26  # two passes over builtin:train's 101 tasks
train "$RUNS/pie" --algo pie --dataset builtin:train --steps 26
echo "== training took $(( ($(date +%s) - start) / 60 )) min"

trained() {  # trained RUN: the run's final LoRA adapters (a few MB, on the base), else its full checkpoint
  if [[ -d "$1/adapter" ]]; then echo "$1/adapter"; else echo "$1/checkpoint"; fi
}
declare -A MODELS=([original]=$BASE [ACECode]=$(trained "$RUNS/ppo") [SFT]=$(trained "$RUNS/sft") [PIE]=$(trained "$RUNS/pie"))
LABELS=(original ACECode SFT PIE)

builtin() {  # builtin DATASET: 4 samples per problem at T = 0.2
  for label in "${LABELS[@]}"; do
    generate "$OUT/builtin-$1" "$label" "${MODELS[$label]}" --dataset "builtin:$1" --samples 4
  done
  score "$OUT/builtin-$1" "builtin:$1" "${LABELS[@]}" -- --samples 4
}

enamel() {
  if [[ -z "${ACECODE_ENAMEL:-}" ]]; then
    echo "== ENAMEL skipped: set ACECODE_ENAMEL=/path/to/enamel.csv (https://github.com/q-rz/enamel, dataset/enamel.csv)"
    return
  fi
  for label in "${LABELS[@]}"; do
    generate "$OUT/enamel" "$label" "${MODELS[$label]}" --dataset enamel --samples 1
  done
  score "$OUT/enamel" enamel "${LABELS[@]}" -- --samples 1
}

humaneval() {
  for label in original ACECode; do
    generate "$OUT/humaneval" "$label" "${MODELS[$label]}" --dataset humaneval --samples 1
  done
  score "$OUT/humaneval" humaneval original ACECode -- --samples 1
}

for stage in $STAGES; do
  case $stage in
    test | ood) builtin "$stage" ;;
    enamel | humaneval) "$stage" ;;
  esac
done

for folder in "$OUT"/builtin-test "$OUT"/builtin-ood "$OUT"/enamel "$OUT"/humaneval; do  # where the gain comes from
  if [[ -f "$folder/results.json" ]]; then
    "$PY" bench/side_by_side.py "$folder/results.json" --model ACECode --examples 3 > "$folder/side-by-side.md"
  fi
done

if [[ -d "$RUNS/ppo/adapter" ]]; then  # the trained LoRA adapter, small enough to keep with the results
  rm -rf "$OUT/adapter" && cp -r "$RUNS/ppo/adapter" "$OUT/adapter"
fi
for run in ppo sft pie; do  # each run's settings and curves beside the results (not its checkpoint: GBs)
  mkdir -p "$OUT/runs/$run" && cp "$RUNS/$run"/{config.json,metrics.jsonl,curves.png} "$OUT/runs/$run/" 2>/dev/null || true
done
echo "== experiment took $(( ($(date +%s) - start) / 60 )) min; results in $OUT"
