"""The PPO loop of ACECode: rollout -> execution reward -> GAE -> clipped-objective epochs.

Read `ppo_step` top to bottom against the paper's algorithm box; `train` builds PPO's parts and hands the step
to ppo/run.py's loop (data order, checkpoints, resume, metrics.jsonl, Ctrl-C), which the SFT/PIE baselines
share. The execution reward reaches this file only as `score_fn`. Each stage lives in its own file:
ppo/rollout.py (sampling, log-probs), ppo/rewards.py (KL penalty + score), ppo/advantages.py (GAE),
ppo/losses.py (the clipped losses). This file must not re-implement any of them.
"""

import dataclasses
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from evaluation.metrics import carries_signal, is_efficient_correct
from models.lower_blocks import BlockInput
from models.shared_prompt import distinct_prompts, unpack
from ppo import distributed, run
from ppo.distributed import unwrap
from ppo.advantages import gae
from ppo.checkpoint import open_run
from ppo.config import ConfigError
from ppo.kl import KLController
from ppo.losses import (
    entropy_from_logits, explained_variance, policy_loss, truncated_importance_weights, value_loss,
)
from ppo.masking import masked_mean, whiten
from ppo.rewards import normalise_scores, token_rewards
from ppo.rollout import (
    CopySampler, Rollout, forward_response, logprobs_and_values, make_sampler, microbatch_order, reference_logprobs,
    sampled_logprobs, sampler_kind, skipped_blocks,
)
from reward import STATUSES
from tasks.prompting import build_prompt, extract_code


@dataclass
class Experience:
    """A rollout with everything the update needs, all [B, T] except the token ids."""

    query_responses: torch.Tensor
    attention_mask: torch.Tensor
    prompt_length: int
    mask: torch.Tensor  # valid response tokens
    logprobs: torch.Tensor  # log π_old(a_t | s_t), fixed during the update
    values: torch.Tensor  # V_old(s_t)
    advantages: torch.Tensor
    returns: torch.Tensor
    prompt_ids: torch.Tensor  # [B] which distinct prompt each row answers
    is_weights: torch.Tensor | None = None  # min(π_old / π_sampler, C) per token, when a sampling copy sampled
    block_input: BlockInput | None = None  # the frozen lower blocks' output [B, P + T, H], when they are skipped

    def rows(self, index: torch.Tensor) -> "Experience":
        """The sub-batch of the given sequences, trimmed to its own longest response."""
        mask = self.mask[index]
        length = max(int(mask.sum(1).max().item()), 1)
        end = self.prompt_length + length
        return Experience(
            self.query_responses[index, :end],
            self.attention_mask[index, :end],
            self.prompt_length,
            mask[:, :length],
            self.logprobs[index, :length],
            self.values[index, :length],
            self.advantages[index, :length],
            self.returns[index, :length],
            self.prompt_ids[index],
            None if self.is_weights is None else self.is_weights[index, :length],
            None if self.block_input is None else self.block_input.rows(index, end),
        )


def make_experience(model, reference, rollout: Rollout, scores: torch.Tensor, kl_coef: float, config):
    """Log-probs, values, reference log-probs, per-token rewards, then GAE. Returns (experience, stats).

    log π_old and V_old are the sampling pass's where it carries them (`PolicySampler`), else a float32 forward
    pass over the rollout; a rollout from a sampling copy also gets its truncated importance weights."""
    mask = rollout.response_mask
    with run.autocast(config, mask.device):
        if rollout.logprobs is not None and rollout.values is not None:  # read off the sampling pass
            logprobs, values = rollout.logprobs, rollout.values
        else:
            logprobs, values = logprobs_and_values(unwrap(model), rollout, config.temperature, config.microbatch_size)
        # with LoRA on the top blocks only, the frozen blocks' output (kept by a float32 sampling pass, else by the
        # reference pass) is where the reference pass and the update start (models/lower_blocks.py)
        ref_logprobs, block_input = reference_logprobs(reference, rollout, config.temperature,
                                                       config.microbatch_size, record_block=skipped_blocks(model))
    scores = normalise_scores(scores.to(mask.device), config.reward_norm)
    # r_t = −β (log π − log π_ref); r_T += score
    rewards, kl = token_rewards(
        scores, logprobs, ref_logprobs, mask, kl_coef, rollout.truncated, config.missing_eos_penalty
    )
    advantages, returns = gae(rewards, values, mask, config.gamma, config.lam)
    if config.whiten_advantages:
        advantages = whiten(advantages, mask)  # over every rank's valid tokens
    _, prompt_ids = distinct_prompts(rollout.query_responses[:, : rollout.prompt_length])
    stats = {
        "kl_per_response": kl.sum(1),  # Σ_t (log π − log π_ref) per response, what the KL controller tracks
        "entropy_estimate": masked_mean(-logprobs, mask).item(),  # −log π of sampled tokens (at the temperature)
        "explained_variance": explained_variance(values, returns, mask),
    }
    is_weights = None
    if rollout.sampler_logprobs is not None:  # sampled by a copy: off-policy by its rounding
        is_weights = truncated_importance_weights(logprobs, rollout.sampler_logprobs, config.tis_cap)
        # k3 estimate of KL(π_sampler ‖ π_old) per token on the sampler's own tokens, r = π_old / π_sampler
        logratio = logprobs - rollout.sampler_logprobs
        stats["sampler_kl"] = masked_mean(torch.expm1(logratio) - logratio, mask).item()
        stats["sampler_logratio_max"] = (logratio.abs() * mask).max().item()
        stats["is_weight_mean"] = masked_mean(is_weights, mask).item()
        capped = (logratio.exp() > config.tis_cap) if config.tis_cap else torch.zeros_like(mask, dtype=torch.bool)
        stats["is_weight_capped"] = masked_mean(capped.float(), mask).item()
    experience = Experience(
        rollout.query_responses, rollout.attention_mask, rollout.prompt_length, mask, logprobs, values, advantages,
        returns, prompt_ids, is_weights, block_input,
    )
    return experience, stats


def check_batch_split(config, world_size: int) -> None:
    """Every rank must hold the same number of responses in each minibatch (none may hold an empty one)."""
    per_rank = config.prompts_per_step // world_size * config.samples_per_prompt
    if per_rank % config.minibatches:
        raise ConfigError(
            f"--minibatches {config.minibatches} does not divide the {per_rank} responses each of the {world_size} "
            f"processes holds (--prompts-per-step {config.prompts_per_step} / {world_size} processes x "
            f"--samples-per-prompt {config.samples_per_prompt}); choose a divisor of {per_rank}"
        )


def minibatch_rows(batch_size: int, minibatches: int, generator: torch.Generator) -> list[torch.Tensor]:
    """This rank's rows in each of one epoch's minibatches, drawn so that they do not depend on the number of ranks.

    The global batch (rank r holds rows r·b … r·b + b − 1) is cut into groups of `minibatches` consecutive rows,
    and each group sends one row, at random, to every minibatch. Every rank draws the whole batch's assignment
    from the same generator and keeps its own rows, so minibatch k holds the same responses on 1 or N processes.
    With a per-rank batch that `minibatches` divides (check_batch_split), each rank holds b / minibatches of them.
    """
    rank, world_size = distributed.rank(), distributed.world_size()
    total = batch_size * world_size
    groups = -(-total // minibatches)
    draws = torch.rand(groups, minibatches, generator=generator, device="cpu")
    minibatch_of = torch.argsort(draws, dim=1).flatten()[:total]  # a random permutation of minibatches per group
    local = minibatch_of[rank * batch_size : (rank + 1) * batch_size]
    return [torch.nonzero(local == k).flatten() for k in range(minibatches)]


def microbatch_loss(model, mb: Experience, config, num_tokens: float) -> tuple[torch.Tensor, dict[str, float]]:
    """The PPO loss of one microbatch, a token sum over the minibatch's `num_tokens`, and its statistics (means
    over its own valid tokens)."""
    with run.autocast(config, mb.mask.device):
        logits, values = forward_response(model, mb.query_responses, mb.attention_mask, mb.prompt_length,
                                          config.temperature, mb.block_input)
    # logits and values come packed, one row per response token; the losses read them as [B, T]
    logsumexp = torch.logsumexp(logits, dim=-1)  # shared by log π and the entropy
    logprobs = sampled_logprobs(logits, mb.query_responses[:, mb.prompt_length :], mb.mask, logsumexp)
    values = unpack(values, mb.mask)
    pg_loss, pg_stats = policy_loss(logprobs, mb.logprobs, mb.advantages, mb.mask, config.clip_range, num_tokens,
                                    mb.is_weights)
    v_loss, v_stats = value_loss(values, mb.values, mb.returns, mb.mask, config.clip_range_value, num_tokens)
    with torch.set_grad_enabled(bool(config.ent_coef)):  # the entropy is logged always, trained on when c2 > 0
        entropy_tokens = unpack(entropy_from_logits(logits, logsumexp), mb.mask)
    entropy_loss = (entropy_tokens * mb.mask).sum() / num_tokens
    # PPO objective (Schulman et al. eq. 9), as a loss: L = L^CLIP + c1 L^VF − c2 H
    loss = pg_loss + config.vf_coef * v_loss - config.ent_coef * entropy_loss
    tokens = max(mb.mask.sum().item(), 1)  # the losses are sums over the minibatch's tokens: per token here
    stats = {
        "loss/policy": pg_loss.item() * num_tokens / tokens,
        "loss/value": v_loss.item() * num_tokens / tokens,
        "ppo/entropy": masked_mean(entropy_tokens.detach(), mb.mask).item(),
        "ppo/approx_kl": pg_stats["approx_kl"].item(),
        "ppo/policy_clipfrac": pg_stats["policy_clipfrac"].item(),
        "ppo/value_clipfrac": v_stats["value_clipfrac"].item(),
    }
    return loss, stats


def ppo_update(model, optimizer, experience: Experience, config, generator: torch.Generator) -> dict[str, float]:
    """Epochs × minibatches of the clipped objective, with microbatch gradient accumulation.

    Every rank holds its own sequences and its share of each minibatch (`minibatch_rows`, the same minibatches
    whatever the number of ranks); the loss is normalised by the minibatch's token count over all ranks, and
    gradients are averaged over ranks once per minibatch. So N ranks make the same updates as one process
    holding the whole batch, for any number of epochs and minibatches (up to floating-point summation order).
    `generator` must be in the same state on every rank.
    """
    batch_size = len(experience.mask)
    world_size = distributed.world_size()
    device = experience.mask.device
    sums: dict[str, float] = {}  # token-weighted sums of each statistic, and their weights
    weights: dict[str, float] = {}
    model.train()
    optimizer_steps, stopped_early, kl_before_update = 0, False, 0.0
    for epoch in range(config.epochs):
        for minibatch in minibatch_rows(batch_size, config.minibatches, generator):  # reshuffled every epoch
            minibatch = minibatch.to(device)
            # token count of this minibatch over all ranks; DDP and FSDP average gradients over ranks, hence ÷ N_ranks
            num_tokens = distributed.all_reduce_sum(experience.mask[minibatch].sum()).item() / world_size
            # by prompt: a microbatch's shared prompts run once (the loss is a token sum over the minibatch's
            # count, so how rows are grouped into microbatches leaves it unchanged)
            order = microbatch_order(experience.prompt_ids[minibatch])
            microbatches = torch.split(minibatch[order], config.microbatch_size)
            optimizer.zero_grad(set_to_none=True)
            kl_sum = [0.0, 0.0]  # Σ approx_kl · tokens and Σ tokens over this minibatch's microbatches
            for i, microbatch in enumerate(microbatches):
                mb = experience.rows(microbatch)
                # synchronise gradients across ranks once per minibatch, on its last microbatch
                with distributed.gradient_sync(model, enabled=i == len(microbatches) - 1):
                    loss, stats = microbatch_loss(model, mb, config, num_tokens)
                    loss.backward()
                tokens = mb.mask.sum().item()
                for name, value in stats.items():
                    sums[name] = sums.get(name, 0.0) + value * tokens
                    weights[name] = weights.get(name, 0.0) + tokens
                kl_sum = [kl_sum[0] + stats["ppo/approx_kl"] * tokens, kl_sum[1] + tokens]
            grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), config.max_grad_norm)
            grad_norm = float(grad_norm.full_tensor() if hasattr(grad_norm, "full_tensor") else grad_norm)
            sums["ppo/grad_norm"] = sums.get("ppo/grad_norm", 0.0) + grad_norm
            weights["ppo/grad_norm"] = weights.get("ppo/grad_norm", 0.0) + 1
            optimizer.step()
            optimizer_steps += 1
            # approx KL of this minibatch over all ranks; every rank takes the same early-stop decision
            kl_sum = distributed.all_reduce_sum(torch.tensor(kl_sum, device=device))
            minibatch_kl = (kl_sum[0] / kl_sum[1].clamp(min=1)).item()
            if optimizer_steps == 1:  # measured before any step: how far the policy that sampled is from π_θ
                kl_before_update = minibatch_kl
            if config.target_kl and minibatch_kl > config.target_kl:
                stopped_early = True
                break
        if stopped_early:
            break
    model.eval()
    stats = {name: sums[name] / weights[name] for name in sums if weights[name] > 0}
    stats.update({"ppo/optimizer_steps": optimizer_steps, "ppo/epochs_done": epoch + 1,
                  "ppo/stopped_early": int(stopped_early), "ppo/approx_kl_before_update": kl_before_update})
    return stats


def ppo_step(model, reference, tokenizer, optimizer, kl_controller, problems, score_fn, config, generator,
             sampler=None):
    """One PPO iteration on this rank's problems; returns the step's metrics (reduced over ranks).

    score_fn(problems, rollout) -> (scores [B] tensor, verdicts or None), one problem per response. `sampler`
    (ppo.rollout.make_sampler) decodes the rollout; None samples with the model itself (--sampler auto or policy).
    """
    # 1. Rollout: N samples per problem from the current policy π_old (or its sampling copy, refreshed first)
    start = time.perf_counter()
    repeated = [problem for problem in problems for _ in range(config.samples_per_prompt)]
    prompts = [build_prompt(problem, tokenizer) for problem in repeated]
    if sampler is None and config.sampler == "copy":
        raise ValueError("--sampler copy needs its sampler: pass ppo.rollout.make_sampler(config, model)")
    sampler = sampler or make_sampler(dataclasses.replace(config, sampler="policy"), unwrap(model))
    sampler.refresh(unwrap(model))  # a sampling copy takes the updated weights, adapters merged
    time_refresh = time.perf_counter() - start
    with distributed.full_parameters(model), run.autocast(config, rollout_device(model)):  # FSDP gathers the shards
        rollout = sampler.generate(tokenizer, prompts, config)
    time_generation = time.perf_counter() - start

    # 2. Execution reward for each response (the sandbox runs the extracted code against the tests)
    start = time.perf_counter()
    scores, verdicts = score_fn(repeated, rollout)
    scores = scores.to(rollout.truncated.device)  # the sandbox's scores may come back on the CPU
    time_reward = time.perf_counter() - start

    # Dynamic sampling (--oversample k): this rank drew k times its share of problems; it trains on its share,
    # the problems whose samples the reward can choose among first
    trained, trained_scores = rollout, scores
    if config.oversample > 1:
        signal = groups_with_signal(verdicts, config.samples_per_prompt, scores)
        kept = problems_to_train(signal, len(problems) // config.oversample)
        rows = torch.tensor([g * config.samples_per_prompt + i for g in kept for i in range(config.samples_per_prompt)],
                            device=scores.device)
        trained, trained_scores = rollout.select(rows), scores[rows]

    # 3. π_ref (and, unless the rollout carries them, π_old and V_old) on the sampled tokens; per-token rewards; GAE
    start = time.perf_counter()
    experience, experience_stats = make_experience(model, reference, trained, trained_scores, kl_controller.value,
                                                   config)
    time_forward = time.perf_counter() - start

    # 4. PPO epochs over the batch
    start = time.perf_counter()
    update_stats = ppo_update(model, optimizer, experience, config, generator)
    time_update = time.perf_counter() - start
    if isinstance(sampler, CopySampler) and sampler.read_off:  # π_old is π_sampler: the mismatch, unweighted
        experience_stats["sampler_kl"] = update_stats["ppo/approx_kl_before_update"]

    # 5. Adapt β from the KL between π_old and π_ref measured in this rollout (Ziegler et al.)
    kl_all = distributed.all_gather_floats(experience_stats["kl_per_response"].tolist())
    mean_kl = float(np.mean(kl_all))
    kl_coef_used = kl_controller.value
    kl_controller.update(mean_kl, n_steps=len(kl_all))

    lengths = rollout.response_mask.sum(1)
    generated_tokens = distributed.all_reduce_sum(lengths.sum()).item()
    # the rewards describe what the policy sampled: every problem drawn, trained on or not
    metrics = reward_metrics(scores.tolist(), verdicts, rollout.truncated.tolist(), config.samples_per_prompt)
    # each problem's mean reward, in the order of the whole step's problems (ranks hold consecutive shares)
    per_problem = scores.view(len(problems), config.samples_per_prompt).mean(1)
    metrics["data/problem_rewards"] = distributed.all_gather_floats(per_problem.tolist())
    if config.oversample > 1:  # which of them it trained on (indices into the step's problems), and their signal
        offset = distributed.rank() * len(problems)
        metrics["data/trained"] = [int(i) for i in distributed.all_gather_floats([offset + g for g in kept])]
        metrics["data/trained_with_signal"] = float(np.mean(distributed.all_gather_floats([signal[g] for g in kept])))
    metrics.update(
        {
            "objective/kl": mean_kl,
            "objective/kl_coef": kl_coef_used,
            "objective/entropy": _mean_over_ranks(experience_stats["entropy_estimate"]),
            **{f"rollout/{name}": _mean_over_ranks(experience_stats[name]) for name in SAMPLER_STATS
               if name in experience_stats},
            "ppo/explained_variance": _mean_over_ranks(experience_stats["explained_variance"]),
            "response/length": float(np.mean(distributed.all_gather_floats(lengths.tolist()))),
            **{name: _mean_over_ranks(value) for name, value in update_stats.items()},
            "time/generation": time_generation,
            "time/sampler_refresh": time_refresh,
            "time/reward": time_reward,
            "time/forward": time_forward,
            "time/update": time_update,
            "throughput/generated_tokens_per_s": generated_tokens / max(time_generation, 1e-9),
        }
    )
    return metrics


# What a rollout from a sampling copy logs (rollout/*): the per-token KL(π_sampler ‖ π_old), the largest
# |log π_old − log π_sampler|, the mean truncated importance weight and the share of tokens it caps.
SAMPLER_STATS = ("sampler_kl", "sampler_logratio_max", "is_weight_mean", "is_weight_capped")


def rollout_device(model) -> torch.device:
    return next(unwrap(model).policy.parameters()).device


def _mean_over_ranks(value: float) -> float:
    values = distributed.all_gather_floats([value])
    finite = [v for v in values if not math.isnan(v)]
    return float(np.mean(finite)) if finite else float("nan")


def reward_metrics(scores: list[float], verdicts, truncated: list[bool],
                   samples_per_prompt: int) -> dict[str, float]:
    """Reward mean/std, EOS rate and, with real verdicts, pass / efficient-correct / per-status rates, the share
    of prompts with signal (`groups_with_signal`) and the correct samples' mean T_gen / T_ref (logged only in
    steps that have a timed correct sample; all ranks)."""
    scores = distributed.all_gather_floats(scores)
    truncated = distributed.all_gather_floats([float(t) for t in truncated])
    metrics = {
        "reward/mean": float(np.mean(scores)),
        "reward/std": float(np.std(scores)),
        "response/eos_rate": 1.0 - float(np.mean(truncated)),
    }
    if verdicts is None:
        return metrics
    statuses = distributed.all_gather_floats([float(STATUSES.index(v.status)) for v in verdicts])
    efficient = distributed.all_gather_floats([float(is_efficient_correct(v)) for v in verdicts])  # T_gen/T_ref ≤ 1.05
    for index, status in enumerate(STATUSES):
        metrics[f"reward/rate_{status}"] = float(np.mean([s == index for s in statuses]))
    metrics["reward/pass_rate"] = metrics["reward/rate_passed"]
    metrics["reward/efficient_correct_rate"] = float(np.mean(efficient))
    signal = distributed.all_gather_floats(groups_with_signal(verdicts, samples_per_prompt))
    metrics["reward/prompts_with_signal"] = float(np.mean(signal))
    ratios = distributed.all_gather_floats([v.ratio for v in verdicts if v.passed and v.ratio])  # T_gen / T_ref
    if ratios:  # the correct samples' speed against the reference: what the efficiency term pays for
        metrics["reward/correct_runtime_ratio"] = float(np.mean(ratios))
    return metrics


def groups_with_signal(verdicts, samples_per_prompt: int, scores: torch.Tensor | None = None) -> list[float]:
    """Per prompt (its samples consecutive in `verdicts`), 1.0 where the reward can choose among its samples
    and 0.0 where it cannot (`carries_signal`, the rule bench/calibrate_tasks.py chooses training tasks by:
    correctness or speed differ). Without verdicts (a score_fn that returns none), where the `scores` differ."""
    if verdicts is None:
        groups = scores.view(-1, samples_per_prompt)
        return (groups.amax(1) > groups.amin(1)).float().tolist()
    signal = []
    for start in range(0, len(verdicts), samples_per_prompt):
        group = verdicts[start : start + samples_per_prompt]
        correct = sum(v.passed for v in group)
        efficient = sum(is_efficient_correct(v) for v in group)
        signal.append(float(carries_signal(len(group), correct, efficient, correct - efficient)))
    return signal


def problems_to_train(signal: list[float], count: int) -> list[int]:
    """The `count` problems (indices, in draw order) to train on: those with signal first, then the others.

    Signal is decided on correctness and speed, not on the shaped reward: a group of wrong samples whose
    penalties differ (a syntax error beside a wrong answer) would teach which way to fail, not to succeed."""
    ranked = sorted(range(len(signal)), key=lambda group: signal[group] == 0)  # stable: draw order within each
    return sorted(ranked[:count])


# ---- the run: models, data order, loop, checkpoints ---------------------------------------------------


def execution_score_fn(rewarder):
    """score_fn for ppo_step: extract the code block, run it in the sandbox, return the rewards and verdicts."""
    def score(problems, rollout: Rollout):
        codes = [extract_code(text, problem.entry_point) for problem, text in zip(problems, rollout.texts)]
        verdicts = rewarder.score_batch(list(zip(problems, codes)))
        device = rollout.truncated.device
        return torch.tensor([v.reward for v in verdicts], dtype=torch.float32, device=device), verdicts

    return score


def train(config, folder: Path, resuming: bool) -> int:
    """Run (or continue) PPO training in `folder`; returns the process exit code."""
    from reward import Rewarder

    _, world_size, device = run.start(config, config.prompts_per_step, "prompts-per-step")
    check_batch_split(config, world_size)
    problems = run.training_problems(config)
    model, reference, tokenizer = run.build_models(config, device)
    if resuming:
        run.restore_weights(model, folder, config)
    if sampler_kind(config, device) == "copy" and world_size > 1 and config.parallel == "fsdp":
        raise ConfigError("--sampler copy needs the whole policy on every rank; use --parallel ddp (or --sampler policy)")
    sampler = make_sampler(config, model)  # after the restore: the copy starts from the run's weights
    model = distributed.wrap_for_training(model, config.parallel, device)
    optimizer = run.make_optimizer(model, config)
    kl_controller = KLController(config.kl_coef, config.kl_target or None, config.kl_horizon)
    generator = torch.Generator().manual_seed(config.seed)  # minibatch shuffling, identical on every rank
    state = open_run(folder, config, resuming, model, optimizer)  # also restores this rank's RNG states
    if state:
        kl_controller.load_state_dict(state["kl_controller"])
        generator.set_state(state["shuffle_generator"])

    def postfix(metrics):
        return {"reward": f"{metrics['reward/mean']:.3f}", "pass_rate": f"{metrics.get('reward/pass_rate', float('nan')):.2f}",
                "kl": f"{metrics['objective/kl']:.3f}"}

    with Rewarder.from_settings(config.reward, workers=config.reward_workers or None,
                                time_candidates=config.time_candidates) as rewarder:
        score_fn = execution_score_fn(rewarder)
        return run.run_steps(
            config, folder, state, problems, config.prompts_per_step * config.oversample,
            lambda local: ppo_step(model, reference, tokenizer, optimizer, kl_controller, local, score_fn, config, generator,
                                   sampler),
            wrapped=model, saved=unwrap(model), tokenizer=tokenizer, optimizer=optimizer, device=device,
            extra_state=lambda: {"kl_controller": kl_controller.state_dict(), "shuffle_generator": generator.get_state()},
            postfix=postfix,
        )
