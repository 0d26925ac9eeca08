"""The paper's baselines: supervised fine-tuning on solutions, in the same prompt format as PPO.

--algo sft  instruction tuning on each training problem's reference solution.
--algo pie  PIE-style efficiency tuning on slow→fast edit pairs: the prompt shows the task and a correct but
            slow solution (from `slow_solutions`), the target is the efficient reference.
The response is "```python\\n<code>\\n```" + EOS and the loss covers response tokens only. Checkpoints use
the PPO run-folder format, so evaluate.py loads either. This file must not touch PPO's update.
"""

import contextlib
import dataclasses
import time
from pathlib import Path

import torch

from models import position_ids_from_mask
from ppo import distributed
from ppo.checkpoint import (
    append_metrics,
    finish_run,
    open_run,
    report_stop,
    save,
    seed_everything,
)
from ppo.config import ConfigError
from ppo.interrupt import GracefulStop
from ppo.trainer import build_models, peak_memory_mb, problems_for_step, restore_weights, trainable_state

PIE_INSTRUCTION = (
    "\n\nHere is a correct but slow solution:\n```python\n{slow}\n```\n"
    "Rewrite it so that it returns the same results and runs much faster."
)


def completion(code: str) -> str:
    """The response a model is taught to give: one fenced Python block (EOS is appended as a token)."""
    return f"```python\n{code.strip()}\n```"


def sft_examples(problems) -> list[tuple]:
    """(problem as prompted, target code): one per problem, with its reference solution."""
    return [(problem, problem.reference) for problem in problems]


def pie_examples(problems) -> list[tuple]:
    """(problem with a slow solution in its prompt, reference): one per slow solution (slow→fast edit pairs)."""
    examples = [
        (dataclasses.replace(problem, prompt=problem.prompt + PIE_INSTRUCTION.format(slow=slow.strip())), problem.reference)
        for problem in problems
        for slow in problem.slow_solutions
    ]
    if not examples:
        raise ConfigError("--algo pie needs problems with slow_solutions; this dataset has none (try builtin:train)")
    return examples


def tokenize_examples(examples, tokenizer) -> list[tuple[list[int], list[int]]]:
    """(prompt ids, response ids + EOS) per example; the boundary is exact because they are tokenized apart."""
    from tasks.prompting import build_prompt

    tokenized = []
    for problem, code in examples:
        prompt = build_prompt(problem, tokenizer)
        response = completion(code)
        if prompt.endswith("```python\n"):  # a base model's prompt already opens the block
            response = response.removeprefix("```python\n")
        prompt_ids = tokenizer(prompt, add_special_tokens=False).input_ids
        response_ids = tokenizer(response, add_special_tokens=False).input_ids + [tokenizer.eos_token_id]
        tokenized.append((prompt_ids, response_ids))
    return tokenized


def collate(batch, pad_token_id: int, device):
    """Left-padded input ids, attention mask, and labels that are −100 except on response tokens."""
    length = max(len(p) + len(r) for p, r in batch)
    input_ids = torch.full((len(batch), length), pad_token_id, dtype=torch.long)
    attention_mask = torch.zeros((len(batch), length), dtype=torch.long)
    labels = torch.full((len(batch), length), -100, dtype=torch.long)
    for row, (prompt, response) in enumerate(batch):
        ids = prompt + response
        input_ids[row, length - len(ids) :] = torch.tensor(ids)
        attention_mask[row, length - len(ids) :] = 1
        labels[row, length - len(response) :] = torch.tensor(response)
    return input_ids.to(device), attention_mask.to(device), labels.to(device)


def sft_loss(policy, input_ids, attention_mask, labels, num_tokens: float) -> torch.Tensor:
    """Σ over response tokens of −log p(token | prefix), divided by the minibatch's response-token count."""
    logits = policy(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids_from_mask(attention_mask)).logits
    # position t predicts token t+1
    logits, targets = logits[:, :-1].float(), labels[:, 1:]
    return torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=-100, reduction="sum") / num_tokens


def train(config, folder: Path, resuming: bool) -> int:
    """Run (or continue) SFT / PIE-style training in `folder`; returns the process exit code."""
    from reward import load_problems
    from tqdm import tqdm

    rank, world_size, device = distributed.setup()
    if config.device != "auto":
        device = torch.device(config.device)
    if config.threads:
        torch.set_num_threads(config.threads)
    if config.sft_batch_size % world_size:
        raise ConfigError(f"--sft-batch-size {config.sft_batch_size} must be a multiple of the number of processes ({world_size})")
    seed_everything(config.seed + rank)

    problems = load_problems(config.dataset)
    if config.limit_problems:
        problems = problems[: config.limit_problems]
    examples = pie_examples(problems) if config.algo == "pie" else sft_examples(problems)
    model, _, tokenizer = build_models(config, device, with_reference=False)
    tokenized = tokenize_examples(examples, tokenizer)
    if resuming:
        restore_weights(model, folder, config)
    # FSDP replaces the parameters with sharded ones: wrap first, then build the optimizer on what it trains
    policy = distributed.wrap_for_training(model.policy, config.parallel, device)
    optimizer = torch.optim.AdamW(
        [p for p in policy.parameters() if p.requires_grad], lr=config.lr, eps=config.adam_eps, weight_decay=config.weight_decay
    )
    state = open_run(folder, config, resuming, policy, optimizer)
    step, data_position = state.get("step", 0), state.get("data_position", 0)

    def save_now():
        state = {
            "step": step,
            "data_position": data_position,
            "optimizer": distributed.optimizer_state(policy, optimizer),
            "config": config.to_dict(),
        }
        with distributed.full_parameters(policy):
            save(folder, model, tokenizer, state, extra_tensors=trainable_state(model) if config.lora_rank else None)

    per_rank = config.sft_batch_size // world_size
    progress = tqdm(total=config.steps, initial=step, desc=config.algo, unit="step", disable=not distributed.is_main())
    policy.train()
    with GracefulStop() as stop:
        while step < config.steps:
            start = time.perf_counter()
            batch = problems_for_step(tokenized, data_position, config.sft_batch_size, config.seed)
            local = batch[rank * per_rank : (rank + 1) * per_rank]
            # loss = mean over the whole batch's response tokens (all ranks), accumulated over microbatches
            local_tokens = sum(len(response) for _, response in local)
            num_tokens = distributed.all_reduce_sum(torch.tensor(float(local_tokens))).item() / world_size
            optimizer.zero_grad(set_to_none=True)
            loss_sum = 0.0
            microbatches = [local[i : i + config.microbatch_size] for i in range(0, len(local), config.microbatch_size)]
            for i, microbatch in enumerate(microbatches):
                last = i == len(microbatches) - 1
                sync = policy.no_sync() if hasattr(policy, "no_sync") and not last else contextlib.nullcontext()
                with sync:
                    loss = sft_loss(policy, *collate(microbatch, tokenizer.pad_token_id, device), num_tokens)
                    loss.backward()
                loss_sum += loss.item()
            grad_norm = torch.nn.utils.clip_grad_norm_(policy.parameters(), config.max_grad_norm)
            grad_norm = grad_norm.full_tensor() if hasattr(grad_norm, "full_tensor") else grad_norm
            optimizer.step()
            step, data_position = step + 1, data_position + config.sft_batch_size
            elapsed = time.perf_counter() - start
            metrics = {
                "step": step,
                "sft/loss": float(distributed.all_reduce_sum(torch.tensor(loss_sum)).item() / world_size),
                "sft/grad_norm": float(grad_norm),
                "sft/response_tokens": num_tokens * world_size,
                "time/step": elapsed,
                "throughput/tokens_per_s": sum(len(p) + len(r) for p, r in batch) / elapsed,
                "memory/peak_mb": max(distributed.all_gather_floats([peak_memory_mb(device)])),
                "data/position": data_position,
            }
            if distributed.is_main():
                append_metrics(folder, metrics)
                progress.update(1)
                progress.set_postfix(loss=f"{metrics['sft/loss']:.3f}")
            interrupted = stop.requested()
            if interrupted or step == config.steps or (config.save_every and step % config.save_every == 0):
                policy.eval()
                save_now()
                policy.train()
            if interrupted:
                progress.close()
                report_stop(folder, step)
                return stop.exit_code()
    progress.close()
    policy.eval()
    finish_run(folder, step, config.algo)
    return 0

