"""Throughput of one PPO iteration: samples/s, generated tokens/s, time per stage, peak memory.

    python bench/ppo_bench.py                          # the default model and batch of `python train.py`, builtin:train
    python bench/ppo_bench.py --model tiny             # any train.py flag sets the model or the batch
    python bench/ppo_bench.py --warmup --iterations 4  # the steady state: mean of 4 iterations after a warm-up
Runs rollout -> reward -> update iterations (plus an untimed warm-up iteration with --warmup), each on the
next --prompts-per-step problems of --dataset, with the real rewarder, and writes nothing to disk. The first
iteration of a process pays for growing its heap (most of a step's memory is touched for the first time), so
--warmup measures what the later steps of a run cost. Responses are sampled, so their lengths, and with them
the time, vary from iteration to iteration: compare means over several iterations, beside their mean length.
It must not be used for tuning results: it measures speed only.
"""

import dataclasses
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402
import tyro  # noqa: E402

from ppo.config import Config, given_flags, with_defaults  # noqa: E402


@dataclasses.dataclass
class BenchConfig(Config):
    dataset: str = "builtin:train"
    """the problems the iterations take in order (builtin:train: the figures in the README were measured on it)"""
    warmup: bool = False
    """run one untimed iteration first"""
    iterations: int = 1
    """timed iterations; the figures printed are their means"""


def print_report(config, timed: list[dict], warmup: bool, iterations: int, load_seconds: float, device) -> None:
    """The means of the timed iterations' metrics, stage by stage."""
    numbers = [name for name, value in timed[0].items() if isinstance(value, (int, float))]  # not per-problem lists
    metrics = {name: sum(m[name] for m in timed) / len(timed) for name in numbers if all(name in m for m in timed)}
    total = metrics["time/iteration"]
    from ppo.rollout import choose_sampler

    sampled_by = choose_sampler(config, device)

    samples = config.prompts_per_step * config.oversample * config.samples_per_prompt  # sampled and scored
    tokens = metrics["response/length"] * config.prompts_per_step * config.samples_per_prompt  # trained on (about)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model {config.model} on {device} ({config.dtype}, {torch.get_num_threads()} threads), loaded in {load_seconds:.1f} s")
    drawn = f" (of {config.prompts_per_step * config.oversample} drawn)" if config.oversample > 1 else ""
    print(f"batch {config.prompts_per_step} prompts{drawn} x {config.samples_per_prompt} samples, max_new_tokens {config.max_new_tokens}, "
          f"{config.epochs} epochs x {config.minibatches} minibatches, microbatch {config.microbatch_size}")
    print(f"iterations     {iterations} timed" + (", after a warm-up" if warmup else " (the first of the process)")
          + f"; means: lengths {[round(m['response/length']) for m in timed]}")
    print(f"iteration      {total:8.1f} s   {samples / total:6.2f} samples/s")
    print(f"generation     {metrics['time/generation']:8.1f} s   {metrics['throughput/generated_tokens_per_s']:6.1f} generated tokens/s "
          f"(mean length {metrics['response/length']:.0f}, EOS rate {metrics['response/eos_rate']:.2f}; "
          f"sampler {config.sampler}: {sampled_by}, "
          f"refresh {metrics['time/sampler_refresh']:.2f} s)")
    print(f"reward         {metrics['time/reward']:8.1f} s")
    print(f"forward        {metrics['time/forward']:8.1f} s   (π_old, V_old, π_ref)")
    print(f"update         {metrics['time/update']:8.1f} s   {tokens * config.epochs / max(metrics['time/update'], 1e-9):6.1f} response tokens/s")
    print(f"peak RSS       {peak_rss_mb:8.0f} MB" + (f"   peak GPU {torch.cuda.max_memory_allocated() / 2**20:.0f} MB" if device.type == "cuda" else ""))
    if "rollout/is_weight_mean" in metrics:  # --old-logprobs trainer: π_old scored in float32, TIS weights
        print(f"sampler        KL(π_sampler ‖ π_old) {metrics['rollout/sampler_kl']:.2e} nats/token, max |Δ log π| "
              f"{metrics['rollout/sampler_logratio_max']:.3f}, mean IS weight {metrics['rollout/is_weight_mean']:.4f} "
              f"({metrics['rollout/is_weight_capped']:.4f} of tokens capped at {config.tis_cap})")
    elif "rollout/sampler_kl" in metrics:  # --old-logprobs sampler: π_old is π_sampler
        print(f"sampler        KL(π_sampler ‖ π_θ) before the update {metrics['rollout/sampler_kl']:.2e} nats/token "
              "(π_old read off the copy)")
    print(f"reward mean {metrics['reward/mean']:.3f}, pass rate {metrics.get('reward/pass_rate', float('nan')):.2f}")


def main(argv: list[str] | None = None) -> int:
    args = tyro.cli(BenchConfig, args=argv, description="PPO iterations timed by stage; every train.py knob applies")
    warmup, iterations = args.warmup, args.iterations
    config = Config(**{f.name: getattr(args, f.name) for f in dataclasses.fields(Config)})
    config = with_defaults(config, given_flags(sys.argv[1:] if argv is None else argv)).validate()  # as train.py
    from ppo.kl import KLController
    from ppo.rollout import make_sampler
    from ppo.run import build_models, fast_cpu_numerics, make_optimizer
    from ppo.trainer import execution_score_fn, ppo_step
    from reward import Rewarder, load_problems

    fast_cpu_numerics()  # as train.py does (ppo/run.py)
    if config.threads:
        torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    device = torch.device("cuda" if config.device == "auto" and torch.cuda.is_available() else "cpu" if config.device == "auto" else config.device)
    start = time.perf_counter()
    model, reference, tokenizer = build_models(config, device)
    sampler = make_sampler(config, model)
    load_seconds = time.perf_counter() - start
    rounds = int(warmup) + iterations
    drawn = config.prompts_per_step * config.oversample  # problems an iteration samples (--oversample: more)
    problems = load_problems(config.dataset)[: drawn * rounds]
    if len(problems) < drawn * rounds:
        raise SystemExit(f"error: {config.dataset} has {len(problems)} problems, fewer than {rounds} iterations need")
    optimizer = make_optimizer(model, config)
    kl_controller = KLController(config.kl_coef, config.kl_target or None, config.kl_horizon)
    generator = torch.Generator().manual_seed(config.seed)
    timed = []
    with Rewarder.from_settings(config.reward, workers=config.reward_workers or None,
                                time_candidates=config.time_candidates) as rewarder:
        score_fn = execution_score_fn(rewarder)
        for problem in problems:  # reference runtimes are measured once per problem (and cached): not part of a step
            rewarder.reference_runtime(problem)
        for index in range(rounds):
            batch = problems[index * drawn : (index + 1) * drawn]
            start = time.perf_counter()
            metrics = ppo_step(model, reference, tokenizer, optimizer, kl_controller, batch, score_fn, config, generator,
                               sampler)
            metrics["time/iteration"] = time.perf_counter() - start
            if index >= int(warmup):
                timed.append(metrics)
    print_report(config, timed, warmup, iterations, load_seconds, device)
    return 0


if __name__ == "__main__":
    sys.exit(main())
