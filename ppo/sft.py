"""The paper's baselines: supervised fine-tuning on solutions, in the same prompt format as PPO.

--algo sft  instruction tuning on each training problem's reference solution.
--algo pie  PIE-style efficiency tuning on slow→fast edit pairs: the prompt shows the task and a correct but
            slow solution (from `slow_solutions`), the target is the efficient reference.
The response is "```python\\n<code>\\n```" + EOS and the loss covers response tokens only. Checkpoints use
the PPO run-folder format, so evaluate.py loads either. This file must not touch PPO's update.
"""

import dataclasses
import time
from pathlib import Path

import torch

from models import position_ids_from_mask
from ppo import distributed, run
from ppo.checkpoint import open_run
from ppo.config import ConfigError
from tasks.prompting import build_prompt

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
    input_ids, attention_mask, labels = [], [], []
    for prompt, response in batch:
        padding = length - len(prompt) - len(response)
        input_ids.append([pad_token_id] * padding + prompt + response)
        attention_mask.append([0] * padding + [1] * (len(prompt) + len(response)))
        labels.append([-100] * (padding + len(prompt)) + response)
    return tuple(torch.tensor(rows, dtype=torch.long, device=device) for rows in (input_ids, attention_mask, labels))


def sft_loss(policy, input_ids, attention_mask, labels, num_tokens: float) -> torch.Tensor:
    """Σ over response tokens of −log p(token | prefix), divided by the minibatch's response-token count."""
    # The LM head runs only where it predicts a response token: from the position before the first column that
    # holds one (responses end every row, prompts are left-padded before them), so no prompt pays for it.
    first = int((labels != -100).any(dim=0).long().argmax())
    logits = policy(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids_from_mask(attention_mask),
                    logits_to_keep=labels.shape[1] - first + 1).logits
    # position t predicts token t+1
    logits, targets = logits[:, :-1].float(), labels[:, first:]
    return torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=-100, reduction="sum") / num_tokens


def train(config, folder: Path, resuming: bool) -> int:
    """Run (or continue) SFT / PIE-style training in `folder`; returns the process exit code."""
    _, world_size, device = run.start(config, config.sft_batch_size, "sft-batch-size")
    problems = run.training_problems(config)
    examples = pie_examples(problems) if config.algo == "pie" else sft_examples(problems)
    model, _, tokenizer = run.build_models(config, device, with_reference=False)
    tokenized = tokenize_examples(examples, tokenizer)
    if resuming:
        run.restore_weights(model, folder, config)
    policy = distributed.wrap_for_training(model.policy, config.parallel, device)
    optimizer = run.make_optimizer(policy, config)
    state = open_run(folder, config, resuming, policy, optimizer)

    def step(local) -> dict:
        # loss = mean over the whole batch's response tokens (all ranks), accumulated over microbatches
        start = time.perf_counter()
        local_tokens = torch.tensor(
            [float(sum(len(r) for _, r in local)), float(sum(len(p) + len(r) for p, r in local))], device=device
        )
        response_tokens, all_tokens = distributed.all_reduce_sum(local_tokens).tolist()
        num_tokens = response_tokens / world_size
        optimizer.zero_grad(set_to_none=True)
        loss_sum = 0.0
        microbatches = [local[i : i + config.microbatch_size] for i in range(0, len(local), config.microbatch_size)]
        for i, microbatch in enumerate(microbatches):
            with distributed.gradient_sync(policy, enabled=i == len(microbatches) - 1):
                with run.autocast(config, device):
                    loss = sft_loss(policy, *collate(microbatch, tokenizer.pad_token_id, device), num_tokens)
                loss.backward()
            loss_sum += loss.item()
        grad_norm = torch.nn.utils.clip_grad_norm_(policy.parameters(), config.max_grad_norm)
        grad_norm = grad_norm.full_tensor() if hasattr(grad_norm, "full_tensor") else grad_norm
        optimizer.step()
        return {
            "sft/loss": float(distributed.all_reduce_sum(torch.tensor(loss_sum, device=device)).item() / world_size),
            "sft/grad_norm": float(grad_norm),
            "sft/response_tokens": response_tokens,
            "throughput/tokens_per_s": all_tokens / (time.perf_counter() - start),
        }

    policy.train()
    return run.run_steps(
        config, folder, state, tokenized, config.sft_batch_size, step,
        wrapped=policy, saved=model, tokenizer=tokenizer, optimizer=optimizer, device=device,
        postfix=lambda metrics: {"loss": f"{metrics['sft/loss']:.3f}"},
    )
