"""Every knob of a training run, in one dataclass, and the command line built from it.

Each field has a docstring under it (CleanRL style); tyro turns the dataclass into `python train.py`'s flags
(`samples_per_prompt` -> `--samples-per-prompt`, booleans as `--x/--no-x`) and the docstrings into `--help`,
so the help documents every knob and cannot drift.
Defaults are the 2-core-CPU run of `python train.py`; the GPU, paper-like preset is in the README.
This file must not load models or data; it only describes and parses a run.
"""

import dataclasses
import json
import sys
from dataclasses import dataclass
from typing import Literal

import tyro

from common import CODER_MODEL, DEFAULT_MODEL
from reward.settings import RewardSettings


class ConfigError(ValueError):
    """A flag value that cannot work; the message names it and says what to use instead."""


@dataclass
class Config:
    # --- the run --------------------------------------------------------------------------------
    model: str = DEFAULT_MODEL
    """policy to train: 'qwen2.5-coder-0.5b-instruct' (embedded, the default), 'smollm2-135m-instruct' (embedded,
    small but seldom correct), 'tiny' (random, for tests), a local folder or a hub id"""
    dataset: str = "builtin:demo"
    """training problems: 'builtin:demo' (the default run's 6 built-in tasks whose correct answers from the
    default model differ most in speed: the reward can teach faster code on them within minutes),
    'builtin:solvable' (the 45 where they differ at all), 'builtin:train' (the 101 training tasks whose samples
    carry signal), 'builtin', 'humaneval', or a .jsonl/.json(.gz) file the loader reads"""
    preset: Literal["", "cpu-long"] = ""
    """a named set of defaults (PRESETS below; 'cpu-long': the longer run of bench/cpu_experiment.sh); flags
    given beside it win"""
    algo: Literal["ppo", "sft", "pie"] = "ppo"
    """'ppo' (ACECode), 'sft' (instruction-tuned baseline on reference solutions) or 'pie' (efficiency-focused SFT)"""
    steps: int = 6
    """number of training steps: PPO iterations (rollout + update) or, for sft/pie, optimizer steps"""
    out: str = ""
    """output folder (metrics.jsonl, curves.png, checkpoint/, done.json); empty means runs/<algo>"""
    resume: str = ""
    """continue the run saved in this folder from its last checkpoint (uses that run's config)"""
    overwrite: bool = False
    """allow replacing the contents of an --out folder that already holds a run"""
    seed: int = 1
    """seed of python, numpy and torch RNGs (sampling, data order, value-head init)"""
    limit_problems: int = 0
    """train on only the first K problems of the dataset (0 = all of them)"""
    device: Literal["auto", "cpu", "cuda"] = "auto"
    """'auto' (cuda if available, else cpu), 'cpu' or 'cuda'"""
    dtype: Literal["float32", "bfloat16"] = "float32"
    """compute dtype: 'float32' (CPU default) or 'bfloat16' (GPU: forward passes in bf16 under autocast; the
    weights the optimizer updates stay float32 master weights, and so do checkpoints)"""
    threads: int = 0
    """torch CPU threads (0 = torch's default)"""
    save_every: int = 5
    """write a checkpoint every K steps (also at the end and on Ctrl-C); 0 = only then"""
    collective_timeout_s: float = 900.0
    """under torchrun: how long a rank waits for the others at a collective before the run fails (seconds); it
    must exceed how far ranks can drift apart in a step (their sandbox scoring, rank 0 writing a checkpoint)"""

    # --- rollout --------------------------------------------------------------------------------
    prompts_per_step: int = 3
    """problems per PPO iteration, across all ranks (the paper's rollout batch = prompts x samples); the
    default run's 3 cover builtin:demo's 6 tasks every 2 steps, so each third of its 6 steps sees each once"""
    samples_per_prompt: int = 4
    """responses sampled for each problem"""
    oversample: int = 1
    """dynamic sampling: draw this many times --prompts-per-step problems each step, sample and score them all,
    and train on --prompts-per-step of them, first those whose samples the reward can choose among (they differ
    in correctness, or their correct ones in speed; wrong samples' different penalties do not count), then the
    others in draw order. 1 = train on every problem drawn. Generation and scoring cost this many times more"""
    temperature: float = 0.5
    """sampling temperature; log-probs are computed from logits / temperature as well"""
    top_p: float = 1.0
    """nucleus sampling threshold; PPO needs 1.0 (the full distribution, which its log-probs score)"""
    max_new_tokens: int = 192
    """length limit of a response; responses that hit it without ending are 'truncated' and score as code cut
    off mid-block (syntax errors, usually)"""
    stop_at_code_end: bool = True
    """end a response at the fence that closes its Python block, like EOS: the explanation chat models add after
    the code is never run, so it is neither generated nor trained on"""
    generation_batch_size: int = 0
    """responses generated per generate() call (0 = all of a rank's responses at once)"""
    sampler: Literal["auto", "policy", "copy"] = "auto"
    """what decodes the rollout: 'policy' (the trainer's own weights; on-policy and exact), 'copy' (a copy of the
    policy at --sampler-dtype with the LoRA adapters merged in, refreshed before every rollout: off-policy by
    its rounding, see --old-logprobs) or 'auto' ('copy' where it decodes faster: in bf16 where bf16 is native, a
    GPU or a CPU with AVX512_BF16 or AMX; in float32, packed, on any other CPU with oneDNN; else 'policy')"""
    sampler_dtype: Literal["auto", "bfloat16", "float32"] = "auto"
    """precision of the --sampler copy: 'bfloat16' (half the bytes per decoding step; fast only where bf16 is
    native), 'float32' (the policy's distribution up to rounding) or 'auto' (bf16 where native, else float32)"""
    sampler_packed: bool = True
    """on a CPU, hold the copy's linear weights prepacked for oneDNN (models/packed.py): 1.3-6x faster products
    for a decoding step's few rows; --no-sampler-packed keeps nn.Linear"""
    old_logprobs: Literal["trainer", "sampler"] = "sampler"
    """with --sampler copy, where log π_old and V_old come from: 'trainer' (a float32 forward pass over the
    rollout, and the truncated importance weights below) or 'sampler' (read off the copy's decoding pass, with
    the value head on its trunk: PPO's ratio is then π_θ / π_sampler, taken against the policy that actually
    sampled, and no forward pass is spent on π_old; the mismatch is logged as rollout/sampler_kl). A
    --separate-critic, whose trunk the copy lacks, always takes 'trainer'"""
    tis_cap: float = 2.0
    """C of truncated importance sampling for --sampler copy: the per-token weight min(π_old / π_sampler, C) of
    the policy loss (veRL's TIS); 0 leaves the loss unweighted (the mismatch is still measured and logged)"""

    # --- reward ---------------------------------------------------------------------------------
    kl_coef: float = 0.05
    """β: initial coefficient of the per-token KL penalty −β (log π − log π_ref)"""
    kl_target: float = 0.0
    """target KL per response for Ziegler et al.'s adaptive β (0 = keep β fixed)"""
    kl_horizon: int = 10000
    """horizon (in responses) of the adaptive KL controller"""
    missing_eos_penalty: float = 0.3
    """subtracted from the score of a response that reached max_new_tokens without ending (EOS or closed block)"""
    reward_norm: Literal["none", "scale", "whiten"] = "none"
    """normalisation of the execution scores across the batch: 'none', 'scale' (÷ std) or 'whiten'"""
    reward_workers: int = 0
    """parallel sandbox workers of the rewarder (0 = the rewarder's default)"""
    time_candidates: bool = True
    """time correct solutions against the reference (the efficiency part of the reward)"""
    reward: RewardSettings = dataclasses.field(default_factory=RewardSettings)
    """the execution reward the run optimises: its constants (--reward.scoring.*: the penalties, the efficiency
    term), how candidates are timed (--reward.timing.*) and the sandbox's limits (--reward.limits.*)"""

    # --- advantages -----------------------------------------------------------------------------
    gamma: float = 1.0
    """discount factor γ over tokens (1.0: the score at the end counts fully for every token)"""
    lam: float = 1.0
    """λ for generalised advantage estimation. 1.0 gives every token the whole score minus V(s_t); with 0.95
    the score reaching a token 100 tokens before the end is scaled by 0.95^100 ≈ 0.006, so while the critic
    is still untrained the code at the start of a response learns from value noise alone"""
    whiten_advantages: bool = True
    """normalise advantages to mean 0, std 1 over the batch's valid tokens"""

    # --- update ---------------------------------------------------------------------------------
    lr: float = 2e-5
    """Adam learning rate of the policy (and of the critic unless --critic-lr is given); the embedded coder's
    default is 1e-4, for its LoRA adapters (MODEL_DEFAULTS)"""
    critic_lr: float = 0.0
    """Adam learning rate of the value head and the separate critic (0 = --lr)"""
    adam_eps: float = 1e-5
    """Adam epsilon"""
    weight_decay: float = 0.0
    """AdamW weight decay"""
    epochs: int = 1
    """PPO epochs over each rollout batch"""
    minibatches: int = 2
    """minibatches per epoch (one optimizer step each); the batch is reshuffled every epoch"""
    microbatch_size: int = 4
    """sequences per forward/backward pass; gradients accumulate up to a minibatch"""
    clip_range: float = 0.2
    """ε of the clipped policy objective"""
    clip_range_value: float = 0.2
    """ε of the clipped value loss"""
    vf_coef: float = 0.1
    """weight of the value loss"""
    ent_coef: float = 0.0
    """weight of the entropy bonus (0 = none)"""
    max_grad_norm: float = 1.0
    """global gradient-norm clipping threshold"""
    target_kl: float = 0.0
    """stop this iteration's epochs early once the approx KL (k3) to the rollout policy exceeds it (0 = never)"""

    # --- models ---------------------------------------------------------------------------------
    lora_rank: int = 0
    """LoRA rank (0 = full fine-tuning; the embedded coder's default is 16, see MODEL_DEFAULTS); with LoRA the
    reference is the base model with adapters off"""
    lora_alpha: float = 16.0
    """LoRA scaling numerator (scale = alpha / rank)"""
    lora_dropout: float = 0.0
    """dropout on the LoRA input (0 keeps rollout and update log-probs identical)"""
    lora_target_modules: str = "q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj"
    """comma-separated names of the linear layers that get LoRA adapters"""
    lora_layers: int = 0
    """adapt only the last N transformer blocks (0 = every block; the embedded coder's default is 12): the update
    runs from the lowest adapted block, so it costs less (the coder, 4 x 280 tokens: forward + backward 1.6x
    faster with 12 of 24)"""
    separate_critic: bool = False
    """use a separate critic model initialised from the policy (the paper's actor/critic) instead of a value head on the shared trunk"""
    parallel: Literal["ddp", "fsdp"] = "ddp"
    """multi-process strategy under torchrun: 'ddp' (replicate) or 'fsdp' (shard parameters)"""

    # --- sft / pie baselines --------------------------------------------------------------------
    sft_batch_size: int = 8
    """examples per optimizer step for --algo sft and --algo pie"""

    def validate(self) -> "Config":
        """Raise ConfigError for values that cannot work; returns self."""
        positive = ["steps", "prompts_per_step", "samples_per_prompt", "oversample", "max_new_tokens", "epochs", "minibatches",
                    "microbatch_size", "sft_batch_size", "kl_horizon"]
        for name in positive:
            if getattr(self, name) < 1:
                raise ConfigError(f"--{name.replace('_', '-')} must be at least 1, got {getattr(self, name)}")
        if self.temperature <= 0:
            raise ConfigError(f"--temperature must be > 0 (log-probs divide by it), got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ConfigError(f"--top-p must be in (0, 1], got {self.top_p}")
        if self.algo != "ppo" and self.oversample > 1:
            raise ConfigError(f"--oversample {self.oversample} chooses among sampled responses, which only --algo ppo "
                              f"draws; --algo {self.algo} trains on reference solutions: leave --oversample at 1")
        if self.algo == "ppo" and self.top_p < 1:
            raise ConfigError(
                f"--top-p {self.top_p} samples from a truncated distribution, but PPO's ratios score the tokens under "
                "the whole one (logits / temperature); use --top-p 1.0 and lower --temperature instead"
            )
        if self.collective_timeout_s <= 0:
            raise ConfigError(f"--collective-timeout-s must be > 0, got {self.collective_timeout_s}")
        if self.minibatches > self.prompts_per_step * self.samples_per_prompt:
            raise ConfigError(
                f"--minibatches {self.minibatches} exceeds the batch of {self.prompts_per_step * self.samples_per_prompt} responses"
            )
        for name in ["lr", "clip_range", "clip_range_value", "max_grad_norm"]:
            if getattr(self, name) <= 0:
                raise ConfigError(f"--{name.replace('_', '-')} must be > 0, got {getattr(self, name)}")
        if self.tis_cap < 0:
            raise ConfigError(f"--tis-cap must be >= 0 (0: no importance weights), got {self.tis_cap}")
        if min(self.lora_rank, self.lora_layers, self.limit_problems, self.save_every, self.critic_lr) < 0:
            raise ConfigError("--lora-rank, --lora-layers, --limit-problems, --save-every and --critic-lr cannot be "
                              "negative")
        if self.lora_layers and not self.lora_rank:
            raise ConfigError(f"--lora-layers {self.lora_layers} chooses where LoRA adapters go, but --lora-rank is 0 "
                              "(full fine-tuning); give --lora-rank too")
        return self

    def resolved_out(self) -> str:
        return self.out or f"runs/{self.algo}"

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> "Config":
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown config keys {unknown}; known keys are the flags of train.py --help")
        if "reward" in values:  # a run from before the field existed rebuilds with the default reward
            values = {**values, "reward": RewardSettings.from_dict(values["reward"])}
        return cls(**values)


# Fields that describe how a run is launched, not what it trains: they may differ between a run and its resume.
LAUNCH_FIELDS = ("resume", "overwrite", "steps", "threads", "out", "collective_timeout_s")


# Named sets of defaults for --preset. A preset changes only what it lists; a flag given beside it wins.
PRESETS: dict[str, dict] = {
    # The CPU experiment's run (bench/cpu_experiment.sh) on the embedded coder: all of builtin:train (101 tasks,
    # each with samples the reward could choose among in the coder's calibration), 8 samples per prompt (more
    # prompts whose samples differ; the paper's Figure 4), 40 steps (160 draws, about 1.6 passes over the tasks,
    # so each task is seen again after an update). lr 2e-4: the first run, at 5e-5, barely moved the policy per
    # update (approx KL 1e-4, 0.1% clipped) and its held-out ECC gain was +2.4 points [-3.7, 8.5]; at 2e-4 the
    # update's approx KL was 3e-4, the KL to the reference ended near 2 nats, and builtin:test's ECC rose by
    # +7.3 [1.2, 13.7] with pass@1 +7.3 [0.3, 14.6] (bench/experiment-2026-12-07, which says that this lr was
    # tried after the first run's test results were seen); a second seed: ECC +0.9 [-3.7, 5.5], pass@1 +4.9
    # [-2.1, 11.9]; all three adapted the 24 blocks (the coder's default is now the top 12). Checkpoints every 2
    # steps: a kill loses at most two.
    "cpu-long": {"dataset": "builtin:train", "steps": 40, "samples_per_prompt": 8, "prompts_per_step": 4,
                 "minibatches": 2, "lr": 2e-4, "save_every": 2},
}


# Defaults that belong to a model rather than to every run, applied under --preset and the flags given.
MODEL_DEFAULTS: dict[str, dict] = {
    # The coder trains LoRA adapters on a frozen base (bench/ppo-speed-2026-12-07: peak memory 16.0 -> 8.9 GB, a
    # step 14% faster on 2 AVX2 cores); adapters start at zero, so they need a larger step than full weights.
    # They go in the top 12 of its 24 blocks: the update then runs from block 12 (models/lower_blocks.py), a
    # step 1.35x faster in 2.2 GB less (bench/ppo-speed-2026-12-07c); in the CPU experiment a top-12 run's held-out
    # ECC gain (+0.6 points) was level with a 24-block seed's (+0.9; the other seed's was +8.5).
    CODER_MODEL: {"lora_rank": 16, "lr": 1e-4, "lora_layers": 12},
}


def parse_args(argv: list[str] | None = None, description: str = "") -> tuple[Config, set[str]]:
    """Config from the command line, and the names of the fields whose flags the user actually gave.

    What a flag does not set comes from its --preset, then from the model's MODEL_DEFAULTS, then from Config."""
    argv = sys.argv[1:] if argv is None else list(argv)
    config = tyro.cli(Config, args=argv, description=description)
    given = given_flags(argv)
    return with_defaults(config, given).validate(), given | set(PRESETS.get(config.preset, {}))


def with_defaults(config: Config, given: set[str]) -> Config:
    """`config` with its --preset's values, then its model's MODEL_DEFAULTS, for the fields not in `given`."""
    preset = {name: value for name, value in PRESETS.get(config.preset, {}).items() if name not in given}
    model = {name: value for name, value in MODEL_DEFAULTS.get(preset.get("model", config.model), {}).items()
             if name not in given and name not in preset}
    if not {**model, **preset}.get("lora_rank", config.lora_rank):  # full fine-tuning: no adapters to place
        model.pop("lora_layers", None)
    return dataclasses.replace(config, **model, **preset)


def given_flags(argv: list[str]) -> set[str]:
    """The Config fields named on a command line: `--lr 1e-4`, `--lr=1e-4`, `--no-whiten-advantages`, and
    `reward` for any of its nested flags (`--reward.scoring.syntax-error -0.5`)."""
    flags = {}
    for f in dataclasses.fields(Config):
        flag = f.name.replace("_", "-")
        flags[f"--{flag}"] = flags[f"--no-{flag}"] = f.name
    names = {flags[arg.split("=", 1)[0]] for arg in argv if arg.split("=", 1)[0] in flags}
    return names | ({"reward"} if any(arg.startswith(("--reward.", "--no-reward.")) for arg in argv) else set())


def save_config(config: Config, path) -> None:
    with open(path, "w") as fh:
        json.dump(config.to_dict(), fh, indent=2, sort_keys=True)
        fh.write("\n")


def load_config(path) -> Config:
    with open(path) as fh:
        return Config.from_dict(json.load(fh))


def differences(a: Config, b: Config, ignore=LAUNCH_FIELDS) -> dict[str, tuple]:
    """{field: (a's value, b's value)} for the fields that differ, skipping launch-only fields."""
    return {
        f.name: (getattr(a, f.name), getattr(b, f.name))
        for f in dataclasses.fields(Config)
        if f.name not in ignore and getattr(a, f.name) != getattr(b, f.name)
    }
