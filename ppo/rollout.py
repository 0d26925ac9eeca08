"""Rollout: sample responses to prompts, then the log-probs under π and π_ref and the values V of every sampled token.

`generate` samples with its own decoding loop over the model's key/value cache, for training and evaluation
alike. Each distinct prompt is computed once for all its samples; a response ends at its first end token
(`models.end_token_ids`: EOS and the chat turn's end) or, by default, at the fence that closes its code block,
and a row that has ended leaves the batch and its cache at once, so the batch shrinks as responses finish
instead of decoding until its longest one ends. Tokens are drawn from softmax(logits / temperature) over the
whole vocabulary (nucleus-filtered only when top_p < 1, which evaluation may use and PPO may not): exactly the
distribution PPO's log-probs score. A model's own generation_config (repetition penalty, min_new_tokens...)
is never applied, with a warning when it has such settings. Position ids come from the attention mask.
A rollout's sampling engine is a sampler (`PolicySampler`: the trainer's own weights, exact; `CopySampler`: a
copy with the LoRA adapters merged, in bf16 or packed for oneDNN, refreshed before every rollout), behind two methods,
`refresh(model)` and `generate(tokenizer, prompts, config)`, so that another engine (vLLM on a GPU) can stand in.
This file must not compute rewards or losses; it returns tensors and decoded text.
"""

import copy
import dataclasses
import warnings
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import GenerationConfig

from models import LoRALinear, end_token_ids, merge_lora, position_ids_from_mask
from models.lower_blocks import BlockInput, frozen_blocks, record_block_input
from models.packed import PackedLinear, pack_linears, packing_available
from models.shared_prompt import distinct_prompts, prompt_cache, unpack, unpack_inputs
from models.stopping import CodeBlockStop
from ppo.distributed import is_fsdp, unwrap
from ppo.losses import logprobs_from_logits


@dataclass
class Rollout:
    """B responses; T = longest response in the batch, P = padded prompt length."""

    query_responses: torch.Tensor  # [B, P+T] prompt tokens (left padded) then response tokens (right padded)
    attention_mask: torch.Tensor  # [B, P+T] 1 on real prompt tokens and valid response tokens
    prompt_length: int  # P
    response_mask: torch.Tensor  # [B, T] float, 1 on response tokens up to and including the one that ends it
    truncated: torch.Tensor  # [B] bool, True where the response hit max_new_tokens without ending
    texts: list[str]  # decoded responses (special tokens removed)
    logprobs: torch.Tensor | None = None  # [B, T] log π(token) at the temperature, as sampled (`generate(score=True)`)
    values: torch.Tensor | None = None  # [B, T] V(s_t) from the value head, as sampled (`generate(value_head=...)`)
    sampler_logprobs: torch.Tensor | None = None  # [B, T] log π_sampler(token) of a sampling copy (`CopySampler`)
    block_input: BlockInput | None = None  # [B, P+T, H] the input of a frozen block, as sampled (`generate`)

    @property
    def responses(self) -> torch.Tensor:
        return self.query_responses[:, self.prompt_length :]

    def select(self, rows: torch.Tensor) -> "Rollout":
        """These rows alone, their response columns cut to the longest of them (at least one)."""
        width = max(int(self.response_mask[rows].sum(1).max()), 1)
        end = self.prompt_length + width

        def cut(table: torch.Tensor | None) -> torch.Tensor | None:
            return None if table is None else table[rows, :width]

        return Rollout(self.query_responses[rows, :end], self.attention_mask[rows, :end], self.prompt_length,
                       self.response_mask[rows, :width], self.truncated[rows], [self.texts[i] for i in rows.tolist()],
                       cut(self.logprobs), cut(self.values), cut(self.sampler_logprobs),
                       None if self.block_input is None else self.block_input.rows(rows, end))


# Settings of a model's generation_config that reshape the distribution tokens are drawn from.
DISTRIBUTION_SETTINGS = (
    "repetition_penalty", "encoder_repetition_penalty", "no_repeat_ngram_size", "min_new_tokens", "min_length",
    "typical_p", "min_p", "top_k", "top_p", "epsilon_cutoff", "eta_cutoff", "bad_words_ids", "suppress_tokens",
    "begin_suppress_tokens", "forced_bos_token_id", "forced_eos_token_id", "sequence_bias",
    "exponential_decay_length_penalty", "guidance_scale", "watermarking_config", "renormalize_logits",
)


def ignored_generation_settings(model_config: GenerationConfig, top_p: float) -> dict:
    """The distribution-changing settings a model's generation_config sets away from their defaults, but for a
    top_p equal to the one `generate` applies."""
    defaults = GenerationConfig()
    ignored = {}
    for name in DISTRIBUTION_SETTINGS:
        value = getattr(model_config, name, None)
        if value is not None and value != getattr(defaults, name, None) and not (name == "top_p" and value == top_p):
            ignored[name] = value
    return ignored


def sample_tokens(logits: torch.Tensor, temperature: float, top_p: float = 1.0) -> torch.Tensor:
    """One token per row of logits [rows, V]: the argmax at temperature 0, else a draw from softmax(logits / T),
    restricted when top_p < 1 to the most likely tokens until their probability reaches top_p (nucleus sampling).

    The draw inverts the cumulative distribution with one uniform number per row, from torch's global
    generator; torch.multinomial would draw one random number per vocabulary entry, about 1 ms per row for a
    49k vocabulary on a CPU core. The cumulative sum is taken in float64, so no token's share of it is lost
    to rounding.
    """
    if temperature == 0:
        return logits.argmax(-1)
    probs = torch.softmax(logits.float() / temperature, dim=-1)
    order = None
    if top_p < 1:
        probs, order = probs.sort(dim=-1, descending=True)
        more_likely = probs.cumsum(-1) - probs  # the probability of the tokens ranked above each one
        probs = probs.masked_fill(more_likely >= top_p, 0.0)  # the top token always stays
    cdf = probs.double().cumsum(-1)
    draws = torch.rand(len(probs), 1, dtype=cdf.dtype, device=cdf.device) * cdf[:, -1:]
    tokens = torch.searchsorted(cdf, draws, right=True).clamp_(max=probs.shape[-1] - 1)  # first index with cdf > u
    return (tokens if order is None else order.gather(-1, tokens)).squeeze(-1)


@dataclass
class Decoded:
    """What `decode` returns for each row: its response tokens, up to and including the one that ended it;
    whether it ended (False: it reached max_new_tokens); and, when asked for, each token's log-prob and the
    value of the state it was sampled in."""

    tokens: list[list[int]]
    ended: list[bool]
    logprobs: list[list[float]] | None
    values: list[list[float]] | None
    block_input: torch.Tensor | None = None  # [rows, P − 1 + steps, H]: column P − 1 + s is step s's input


@torch.no_grad()
def decode(
    policy,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    max_new_tokens: int,
    temperature: float,
    top_p: float,
    stop_ids: list[int],
    code_stop: CodeBlockStop | None,
    score: bool = False,
    value_head=None,
    record_block: int = 0,
) -> Decoded:
    """Sample one response per row of left-padded prompts.

    The prompts but their last token fill the cache, each distinct prompt once; every step then feeds each
    live row's newest token (the prompt's last, at first) and samples the next. Rows that end are dropped
    from the batch and from the cache. `score` also records log softmax(logits / T) of each sampled token,
    and `value_head` the value of the final hidden state it was sampled from: the log-probs and values of
    `logprobs_and_values`, read off the sampling pass instead of recomputed. `record_block` k > 0 also records
    the input of block k at every position the pass computes (`Decoded.block_input`).
    """
    recording = record_block_input(policy, record_block) if record_block else nullcontext([])
    with recording as recorded:
        out, steps = _decode(policy, input_ids, attention_mask, max_new_tokens, temperature, top_p, stop_ids,
                             code_stop, score, value_head)
    if record_block:
        out.block_input = _recorded_rows(recorded, steps, input_ids)
    return out


def _decode(policy, input_ids, attention_mask, max_new_tokens, temperature, top_p, stop_ids, code_stop, score,
            value_head) -> tuple[Decoded, list[list[int]]]:
    """`decode`'s loop; also returns the rows each decoding step fed, in the order of their inputs."""
    positions = position_ids_from_mask(attention_mask)
    cache = prompt_cache(policy.get_decoder(), input_ids[:, :-1], attention_mask[:, :-1], positions[:, :-1])
    rows = len(input_ids)
    out = Decoded([[] for _ in range(rows)], [False] * rows, [[] for _ in range(rows)] if score else None,
                  [[] for _ in range(rows)] if value_head is not None else None)
    live = list(range(rows))  # the rows still generating, in the order of the batch and its cache
    steps = []
    inputs, position, mask = input_ids[:, -1:], positions[:, -1:], attention_mask
    stops = torch.tensor(stop_ids, device=input_ids.device)
    for _ in range(max_new_tokens):
        steps.append(live)
        output = policy(input_ids=inputs, attention_mask=mask, position_ids=position, past_key_values=cache,
                        use_cache=True, output_hidden_states=value_head is not None)
        logits = output.logits[:, -1]
        tokens = sample_tokens(logits, temperature, top_p)
        if score:
            for row, logprob in zip(live, logprobs_from_logits(logits.float() / temperature, tokens).tolist()):
                out.logprobs[row].append(logprob)
        if value_head is not None:
            for row, value in zip(live, value_head(output.hidden_states[-1][:, -1]).tolist()):
                out.values[row].append(value)
        for row, token, stop in zip(live, tokens.tolist(), torch.isin(tokens, stops).tolist()):
            out.tokens[row].append(token)
            out.ended[row] = stop or (code_stop is not None and code_stop.closed(out.tokens[row]))
        keep = [i for i, row in enumerate(live) if not out.ended[row]]
        if not keep:
            break
        if len(keep) < len(live):  # the finished rows leave the batch and the cache
            index = torch.tensor(keep, device=input_ids.device)
            cache.batch_select_indices(index)
            live = [live[i] for i in keep]
            tokens, position, mask = tokens[index], position[index], mask[index]
        inputs, position = tokens[:, None], position + 1
        mask = torch.cat([mask, mask.new_ones(len(live), 1)], dim=1)
    return out, steps


def _recorded_rows(recorded: list[torch.Tensor], steps: list[list[int]], input_ids: torch.Tensor) -> torch.Tensor:
    """A block's inputs recorded by `_decode` (each distinct prompt's but its last token, when the prompts have
    more than one column; then one [live, 1, H] per step) laid out by row: [rows, P − 1 + steps, H]."""
    prompt = input_ids.shape[1] - 1
    hidden = recorded[-1].new_zeros(len(input_ids), prompt + len(steps), recorded[-1].shape[-1])
    if prompt:
        _, prompt_of = distinct_prompts(input_ids[:, :-1])
        hidden[:, :prompt] = recorded[0][prompt_of]
    for step, (rows, states) in enumerate(zip(steps, recorded[-len(steps):])):
        hidden[rows, prompt + step] = states[:, 0]
    return hidden


@torch.no_grad()
def generate(
    policy,
    tokenizer,
    prompts: list[str],
    max_new_tokens: int,
    temperature: float,
    top_p: float = 1.0,
    batch_size: int = 0,
    stop_at_code_end: bool = True,
    score: bool = False,
    value_head=None,
    record_block: int = 0,
) -> Rollout:
    """One response per prompt string (repeat a prompt to get several samples); training and evaluation both use it.

    temperature > 0 samples from the whole temperature-scaled distribution (`sample_tokens`), nucleus-filtered
    when top_p < 1; temperature 0 decodes greedily. `batch_size` prompts are decoded together (0: all at once).
    `score=True` (temperature > 0) fills `Rollout.logprobs` with each token's log-prob under logits / T, and a
    `value_head` fills `Rollout.values`: PPO's log π_old and V_old, taken from the sampling pass (see `decode`).
    `record_block` k > 0 fills `Rollout.block_input` with the input of block k at every position that scores a
    response token, as the sampling pass computed it.
    """
    if score and temperature == 0:
        raise ValueError("log-probs of greedy decoding are undefined (logits / 0); sample with temperature > 0")
    stop_ids = end_token_ids(tokenizer, policy)
    if not stop_ids:
        raise ValueError("the tokenizer and the model define no EOS token; responses could never stop")
    ignored = ignored_generation_settings(policy.generation_config, top_p)
    if ignored:
        warnings.warn(
            f"ignoring the model's generation_config settings {ignored}: they would sample from another "
            "distribution than the logits / temperature that PPO's log-probs score",
            stacklevel=2,
        )
    device = next(policy.parameters()).device
    encoded = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
    batch_size = batch_size or len(prompts)
    code_stop = CodeBlockStop(tokenizer) if stop_at_code_end else None
    chunks = [
        decode(policy, encoded.input_ids[start : start + batch_size], encoded.attention_mask[start : start + batch_size],
               max_new_tokens, temperature, top_p, stop_ids, code_stop, score, value_head, record_block)
        for start in range(0, len(prompts), batch_size)
    ]
    responses = [tokens for chunk in chunks for tokens in chunk.tokens]
    longest = max(len(tokens) for tokens in responses)

    def padded(field: str, fill, dtype) -> torch.Tensor:
        """[B, longest] from the chunks' per-row lists, `fill` after each response's end."""
        table = torch.full((len(prompts), longest), fill, dtype=dtype, device="cpu")  # filled row by row, moved once
        for row, values in enumerate(v for chunk in chunks for v in getattr(chunk, field)):
            table[row, : len(values)] = torch.tensor(values, dtype=dtype, device="cpu")
        return table.to(device)

    lengths = torch.tensor([len(tokens) for tokens in responses], device=device)
    mask = (torch.arange(longest, device=device) < lengths[:, None]).float()
    ended = torch.tensor([done for chunk in chunks for done in chunk.ended], device=device)
    return Rollout(
        torch.cat([encoded.input_ids, padded("tokens", tokenizer.pad_token_id, torch.long)], dim=1),
        torch.cat([encoded.attention_mask, mask.long()], dim=1),
        encoded.input_ids.shape[1],
        mask,
        ~ended,
        [tokenizer.decode(tokens, skip_special_tokens=True) for tokens in responses],
        padded("logprobs", 0.0, torch.float32) if score else None,
        padded("values", 0.0, torch.float32) if value_head is not None else None,
        block_input=BlockInput(record_block, padded_inputs(chunks, encoded.input_ids.shape[1] + longest))
        if record_block else None,
    )


def padded_inputs(chunks: list[Decoded], columns: int) -> torch.Tensor:
    """The chunks' recorded block inputs as one [B, columns, H] table (zeros after each chunk's last step)."""
    tables = [chunk.block_input for chunk in chunks]
    return torch.cat([torch.nn.functional.pad(table, (0, 0, 0, columns - table.shape[1])) for table in tables])


class PolicySampler:
    """Samples with the trainer's own weights: the exact, on-policy path.

    Where the sampling pass computes what a forward pass over the rollout would (float32, the value head on the
    policy's trunk), it also returns log π_old and V_old, read off it; otherwise the trainer scores them.
    """

    def __init__(self, read_off: bool):
        self.read_off = read_off
        self.model = None
        self.record_block = 0

    def refresh(self, model) -> None:
        """Sample from `model` (a PolicyWithValue) from now on: it is the trainer's, so nothing is copied."""
        self.model = model
        # in float32 the sampling pass computes the frozen blocks as the reference pass would: it keeps their output
        self.record_block = skipped_blocks(model) if self.read_off else 0

    def generate(self, tokenizer, prompts: list[str], config) -> Rollout:
        return generate(
            self.model.policy, tokenizer, prompts, config.max_new_tokens, config.temperature, top_p=config.top_p,
            batch_size=config.generation_batch_size, stop_at_code_end=config.stop_at_code_end, score=self.read_off,
            value_head=self.model.value_head if self.read_off else None, record_block=self.record_block,
        )


def skipped_blocks(model) -> int:
    """How many frozen blocks under the adapters the trainer's passes skip (`models.lower_blocks`, 0 for none):
    not under FSDP, whose root module gathers the rotary, norm and LM-head weights that the skip calls directly."""
    return 0 if is_fsdp(model) else frozen_blocks(unwrap(model))


class CopySampler:
    """Samples with a copy of the policy at `dtype` (bf16: half the bytes each decoding step reads), its LoRA
    adapters merged into plain weights, so decoding runs no adapter; `refresh` copies the trainer's weights in.
    With `packed` (a CPU with oneDNN) the copy's linear weights are prepacked for oneDNN's kernels
    (`models.packed`), which multiply a decoding step's few rows 1.3-6x faster than nn.Linear on a CPU; they
    are dropped after each rollout and packed again by `refresh`, so the copy takes no memory from the update.

    Its tokens come from π_sampler, which differs from the trainer's float32 policy by rounding (in float32, by
    the order of the sums alone). In float32 it also keeps the output of the frozen blocks under the adapters
    (`Rollout.block_input`), which the reference pass and the update then start from. By default it returns
    log π_sampler of each token as `Rollout.sampler_logprobs` and no log π_old or values, which the trainer then
    computes in float32 and weights the policy loss with min(π_old / π_sampler, C) (`ppo.losses`). With `read_off` it also carries a copy of the value head and
    returns log π_sampler and the values of its own pass as log π_old and V_old: the policy that sampled is the
    one PPO's ratio is taken against.
    """

    def __init__(self, policy, dtype: torch.dtype, value_head=None, read_off: bool = False, packed: bool = False):
        # The copy's parameters at `dtype`: new tensors (tied ones stay tied: one memo entry per tensor), or the
        # policy's own where they already have that dtype (a float32 copy shares embeddings, norms and biases,
        # which hold at sampling time what the policy holds). Buffers such as the rotary frequencies are copied
        # as they are, in float32.
        memo = {id(p): p if p.dtype == dtype else
                torch.nn.Parameter(torch.zeros_like(p, dtype=dtype), requires_grad=False) for p in policy.parameters()}
        self.policy = merge_lora(copy.deepcopy(policy, memo)).eval()  # LoRALinear -> nn.Linear (B = 0 here)
        if packed:
            pack_linears(self.policy)  # weights packed by refresh
        self.dtype, self.read_off, self.packed = dtype, read_off, packed
        # the value head stays float32 (ValueHead casts the copy's hidden states up)
        self.value_head = copy.deepcopy(value_head).requires_grad_(False) if read_off else None
        self.filled = False
        self.record_block = 0

    @torch.no_grad()
    def refresh(self, model) -> None:
        """Copy the trainer's current weights into the sampling copy: W + (α/r) B A for an adapted layer, rounded
        once to the copy's dtype; every other parameter as it is, frozen ones only when the copy lacks them (they
        never change). Call it after every update, before sampling."""
        copies = dict(self.policy.named_modules())
        for name, module in model.policy.named_modules():  # modules, not parameters: a tied LM head is one too
            target = copies.get(name)
            lora = isinstance(module, LoRALinear)
            if isinstance(target, PackedLinear) and (lora or module.weight.requires_grad or target.packed is None):
                target.pack((module.weight + module.delta_weight() if lora else module.weight).to(self.dtype))
        adapted = {name: module for name, module in model.policy.named_modules() if isinstance(module, LoRALinear)}
        targets = dict(self.policy.named_parameters())
        for name, parameter in model.policy.named_parameters():
            module, _, leaf = name.rpartition(".")
            target = targets.get(name)  # None for a packed layer's weight, packed above
            if leaf in ("lora_A", "lora_B") or target is None or target is parameter:
                continue  # adapters are merged; a tensor the copy shares is already current
            if leaf == "weight" and module in adapted:
                merge_into(target, adapted[module])
            elif parameter.requires_grad or not self.filled:
                target.copy_(parameter)
        if self.value_head is not None:
            self.value_head.load_state_dict(model.value_head.state_dict())
        self.filled = True
        # the frozen blocks hold the policy's weights; in float32 they compute what the trainer's would
        self.record_block = skipped_blocks(model) if self.dtype == torch.float32 else 0

    def generate(self, tokenizer, prompts: list[str], config) -> Rollout:
        rollout = generate(
            self.policy, tokenizer, prompts, config.max_new_tokens, config.temperature, top_p=config.top_p,
            batch_size=config.generation_batch_size, stop_at_code_end=config.stop_at_code_end, score=True,
            value_head=self.value_head, record_block=self.record_block,
        )
        if self.packed:  # the next refresh packs them again: until then the update has their memory
            for layer in self.policy.modules():
                if isinstance(layer, PackedLinear):
                    layer.packed = None
        if self.read_off:  # π_old := π_sampler, V_old from the copy's trunk
            return rollout
        return dataclasses.replace(rollout, logprobs=None, sampler_logprobs=rollout.logprobs)


def merge_into(target: torch.Tensor, layer: LoRALinear, rows: int = 128) -> None:
    """target ← W + (α/r) B A of an adapted layer, a block of rows at a time: each block's float32 sum stays in
    the CPU's cache on its way to the copy's dtype, so the merge reads W once and writes the copy once."""
    for start in range(0, layer.out_features, rows):
        block = slice(start, start + rows)
        target[block].copy_(torch.addmm(layer.weight[block], layer.lora_B[block], layer.lora_A, alpha=layer.scaling))


def native_bf16(device: torch.device) -> bool:
    """Whether bf16 matrix products run natively here: a CUDA GPU, or a CPU with AVX512_BF16 or AMX that torch
    uses (on AVX2 alone a bf16 copy decodes about 1.8x slower than float32: it converts every weight it reads)."""
    if device.type == "cuda":
        return True
    if device.type != "cpu" or not torch.backends.cpu.get_cpu_capability().startswith(("AVX512", "AMX")):
        return False
    try:
        flags = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("flags"))
    except (OSError, StopIteration):
        return False
    return bool({"avx512_bf16", "amx_bf16"} & set(flags.split()))


@dataclass(frozen=True)
class SamplerChoice:
    """What --sampler, --sampler-dtype and --sampler-packed resolve to on a device."""

    kind: str  # 'policy' or 'copy'
    dtype: str  # the copy's precision, 'bfloat16' or 'float32'
    packed: bool  # the copy's linear weights prepacked for oneDNN

    def __str__(self) -> str:
        return "the policy" if self.kind == "policy" else f"a {'packed ' if self.packed else ''}{self.dtype} copy"


def choose_sampler(config, device: torch.device) -> SamplerChoice:
    """--sampler with 'auto' resolved. 'auto' samples with a copy unless FSDP shards the policy (the copy needs
    all of it on every rank): in bf16 where bf16 is native, else in float32 packed for oneDNN on a CPU that has
    it (the same distribution as the policy's, up to float32 rounding, and faster to decode), else with the
    policy itself. --sampler-dtype auto picks bf16 where it is native and float32 elsewhere."""
    native = native_bf16(device)
    dtype = config.sampler_dtype if config.sampler_dtype != "auto" else "bfloat16" if native else "float32"
    packed = config.sampler_packed and packing_available(device, getattr(torch, dtype))
    kind = config.sampler
    if kind == "auto":
        fast_copy = (dtype == "bfloat16" and native) or (dtype == "float32" and packed)
        kind = "copy" if fast_copy and config.parallel != "fsdp" else "policy"
    return SamplerChoice(kind, dtype, packed and kind == "copy")


def sampler_kind(config, device: torch.device) -> str:
    """'policy' or 'copy': what --sampler names, with 'auto' resolved (`choose_sampler`)."""
    return choose_sampler(config, device).kind


def make_sampler(config, model):
    """The sampler --sampler names, for a PolicyWithValue built by ppo.run.build_models (already refreshed)."""
    choice = choose_sampler(config, next(model.parameters()).device)
    if choice.kind == "policy":
        # In float32 with the value head on the policy's trunk, log π_old and V_old are read off the sampling
        # pass: measured on SmolLM2, they differ from a forward pass over the rollout by 1e-6 per token on
        # average (3e-5 at most). In bf16 the decoding steps and a forward pass round differently (5e-3 on
        # average, 0.23 at most, on a CPU), which would leak into the ratios and the KL penalty, and a separate
        # critic needs a pass of its own: both score the rollout again.
        sampler = PolicySampler(read_off=config.dtype == "float32" and not model.separate_critic)
    else:
        sampler = CopySampler(model.policy, getattr(torch, choice.dtype), model.value_head,
                              read_off=config.old_logprobs == "sampler" and not model.separate_critic,
                              packed=choice.packed)
    sampler.refresh(model)
    return sampler


def forward_response(model, query_responses, attention_mask, prompt_length, temperature, block_input=None):
    """One forward pass of a PolicyWithValue over a batch's response tokens: (logits / temperature, values),
    packed [N, V] and [N] for its N response tokens in the order of the response mask (`unpack` gives [B, T]).

    Response token t is scored at the position before it: the prompt's last token for the first one, the
    response's token t−1 after that; V(s_t) is the value at that same position, the state before token t is
    generated. The batch runs as one packed row (models/shared_prompt.py): each distinct prompt once, no padding.
    `block_input` (models/lower_blocks.py) starts the pass at the lowest adapted block.
    """
    logits, values = model(query_responses, attention_mask, prompt_length=prompt_length, block_input=block_input)
    return logits.float() / temperature, values.float()


def sampled_logprobs(logits, responses, response_mask, logsumexp=None) -> torch.Tensor:
    """log π of the sampled tokens [B, T] from packed logits [N, V] (`forward_response`, `ReferenceModel.logits`
    with a prompt length); `responses` [B, T] holds the tokens, `logsumexp` as in `logprobs_from_logits`."""
    tokens = responses[response_mask.bool()]
    return unpack(logprobs_from_logits(logits, tokens, logsumexp), response_mask)


def microbatch_order(prompt_ids: torch.Tensor) -> torch.Tensor:
    """Rows grouped by prompt: cut into microbatches, each holds few distinct prompts, each computed once."""
    return torch.argsort(prompt_ids, stable=True)


def grouped_microbatches(rollout: Rollout, microbatch_size: int):
    """(row indices, end column) per microbatch of a rollout, in `microbatch_order`."""
    lengths = rollout.response_mask.sum(1).long()
    _, prompt_ids = distinct_prompts(rollout.query_responses[:, : rollout.prompt_length])
    for rows in torch.split(microbatch_order(prompt_ids), microbatch_size):
        yield rows, rollout.prompt_length + max(int(lengths[rows].max()), 1)


@torch.no_grad()
def logprobs_and_values(model, rollout: Rollout, temperature: float, microbatch_size: int):
    """Log-probs and values of the sampled response tokens, in microbatches: [B, T] each."""
    logprobs = torch.zeros_like(rollout.response_mask)
    values = torch.zeros_like(rollout.response_mask)
    for rows, end in grouped_microbatches(rollout, microbatch_size):
        logits, row_values = forward_response(
            model, rollout.query_responses[rows, :end], rollout.attention_mask[rows, :end], rollout.prompt_length,
            temperature,
        )
        width = end - rollout.prompt_length
        mask = rollout.response_mask[rows, :width]
        logprobs[rows, :width] = sampled_logprobs(logits, rollout.responses[rows, :width], mask)
        values[rows, :width] = unpack(row_values, mask)
        del logits
    return logprobs, values


@torch.no_grad()
def reference_logprobs(reference, rollout: Rollout, temperature: float, microbatch_size: int,
                       record_block: int = 0) -> tuple[torch.Tensor, BlockInput | None]:
    """log π_ref of the sampled tokens; `reference` is a models.ReferenceModel (frozen copy or adapters off).

    With `record_block` k > 0 (a LoRA reference whose blocks below k the policy shares, frozen) it also returns
    the input of block k at every position of the rollout (models/lower_blocks.py), else None: the rollout's
    own when the sampling pass kept it (the pass then starts at block k), else recorded by this pass."""
    kept = rollout.block_input if record_block and rollout.block_input is not None else None
    if kept is not None and kept.block != record_block:
        raise ValueError(f"the rollout kept the input of block {kept.block}, and the trainer skips {record_block} "
                         "blocks: the sampler and the trainer disagree on the frozen blocks")
    logprobs = torch.zeros_like(rollout.response_mask)
    hidden = None
    for rows, end in grouped_microbatches(rollout, microbatch_size):
        ids, mask = rollout.query_responses[rows, :end], rollout.attention_mask[rows, :end]
        if kept is not None:
            recording, block_input = nullcontext([]), kept.rows(rows, end)
        else:
            block_input = None
            recording = record_block_input(reference.model.policy, record_block) if record_block else nullcontext([])
        with recording as recorded:
            logits = reference.logits(ids, mask, prompt_length=rollout.prompt_length, block_input=block_input)
        logits = logits.float() / temperature
        width = end - rollout.prompt_length
        logprobs[rows, :width] = sampled_logprobs(logits, rollout.responses[rows, :width],
                                                  rollout.response_mask[rows, :width])
        del logits
        if record_block and kept is None:
            if len(recorded) != 1:
                raise RuntimeError(f"the reference pass ran block {record_block} {len(recorded)} times for one "
                                   "microbatch; recording its input expects one packed pass")
            if hidden is None:
                hidden = recorded[0].new_zeros(*rollout.query_responses.shape, recorded[0].shape[-1])
            hidden[rows, :end] = unpack_inputs(recorded[0][0], ids, mask, rollout.prompt_length)
    if kept is not None:
        return logprobs, kept
    return logprobs, None if hidden is None else BlockInput(record_block, hidden)
