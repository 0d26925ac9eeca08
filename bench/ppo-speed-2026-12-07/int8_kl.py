"""How far an int8 copy of the coder is from the float32 policy, as a sampling copy would be.

Samples 8 builtin:train prompts × 96 tokens from the float32 coder at T = 0.5, then scores those sequences with
each copy and prints the per-token KL(copy ‖ float32) of the next-token distributions at T = 0.5 and how often
their argmax agrees. Copies: bf16, and torch.ao's dynamic int8 (weights per tensor or per output channel,
activations quantised per tensor on the fly), on every Linear or with the LM head left in float32.
    .venv/bin/python bench/ppo-speed-2026-12-07/int8_kl.py      # from the repository root, about 10 minutes
"""

import copy
import sys
import warnings
from pathlib import Path

import torch
from torch.ao.quantization import default_dynamic_qconfig, per_channel_dynamic_qconfig, quantize_dynamic

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from models import CODER_MODEL, load_policy  # noqa: E402
from tasks import load_problems  # noqa: E402
from tasks.prompting import build_prompt  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)  # torch.ao.quantization announces its removal
TEMPERATURE = 0.5


def main() -> None:
    torch.manual_seed(0)
    torch.set_num_threads(2)
    model, tokenizer = load_policy(CODER_MODEL)
    tokenizer.padding_side = "left"
    problems = load_problems("builtin:train")[:8]
    batch = tokenizer([build_prompt(p, tokenizer) for p in problems], return_tensors="pt", padding=True)
    with torch.no_grad():
        sequences = model.generate(**batch, do_sample=True, temperature=TEMPERATURE, top_k=0, top_p=1.0,
                                   max_new_tokens=96, pad_token_id=tokenizer.pad_token_id)
    prompt_length = batch.input_ids.shape[1]
    attention = (sequences != tokenizer.pad_token_id).long()
    attention[:, :prompt_length] = batch.attention_mask
    positions = (attention.cumsum(-1) - 1).clamp(min=0)
    response = attention[:, prompt_length:].bool()

    @torch.no_grad()
    def logprobs(m):
        logits = m(input_ids=sequences, attention_mask=attention, position_ids=positions).logits
        return torch.log_softmax(logits[:, prompt_length - 1 : -1].float() / TEMPERATURE, -1)

    exact = logprobs(model)
    print(f"{int(response.sum())} response tokens of {len(problems)} prompts")

    def report(name, m):
        approx = logprobs(m)
        kl = (approx.exp() * (approx - exact)).sum(-1)[response].mean().item()
        agree = (approx.argmax(-1) == exact.argmax(-1))[response].float().mean().item()
        print(f"{name:40s} KL(copy ‖ float32) {kl:.2e} nats/token, argmax agrees on {agree:.1%}", flush=True)

    report("bf16", copy.deepcopy(model).to(torch.bfloat16))
    linear = [n for n, mod in model.named_modules() if isinstance(mod, torch.nn.Linear)]
    for scheme, qconfig in [("per tensor", default_dynamic_qconfig), ("per channel", per_channel_dynamic_qconfig)]:
        for head, names in [("every Linear", linear), ("LM head float32", [n for n in linear if n != "lm_head"])]:
            int8 = quantize_dynamic(copy.deepcopy(model), {n: qconfig for n in names}, dtype=torch.qint8)
            report(f"int8 {scheme}, {head}", int8)


if __name__ == "__main__":
    main()
