"""Adapter folders: a round trip gives the LoRA model's outputs, damage is named, and a LoRA run's adapter/
loads wherever a model does (load_policy, load_checkpoint, evaluate.py) and matches what
`python -m ppo.export` builds from the run's checkpoint."""

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

import evaluate
import train
from models import ModelLoadError, PolicyWithValue, apply_lora, load_checkpoint, load_policy, lora_parameters
from models import adapter
from models.adapter import ADAPTER_CONFIG, ADAPTER_WEIGHTS, load_adapter, save_adapter
from ppo import export
from ppo.checkpoint import ADAPTER_FOLDER
from models.checkpoint import VALUE_HEAD_FILE
from ppo.checkpoint import CHECKPOINT, TRAINABLE_FILE

TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
RANK, ALPHA = 4, 8.0


@pytest.fixture()
def trained():
    """A tiny policy with LoRA adapters that change its outputs, and a batch to compare outputs on."""
    policy, tokenizer = load_policy("tiny")
    apply_lora(policy, RANK, ALPHA, target_modules=TARGETS)
    with torch.no_grad():
        for parameter in lora_parameters(policy):
            parameter.normal_(std=0.1)
    return policy, tokenizer, tokenizer(["def f(x): return x", "y"], return_tensors="pt", padding=True)


def _logits(model, batch):
    with torch.no_grad():
        return model(**batch).logits


def test_round_trip_gives_the_lora_models_outputs_as_a_plain_model(tmp_path, trained):
    policy, _, batch = trained
    value_head = PolicyWithValue(policy).value_head.state_dict()
    expected = _logits(policy, batch)
    exact = save_adapter(tmp_path / "f32", policy, "tiny", RANK, ALPHA, TARGETS, value_head, dtype=torch.float32)
    loaded, tokenizer = load_policy(exact)  # dispatched to load_adapter by adapter_config.json
    torch.testing.assert_close(_logits(loaded, batch), expected, atol=1e-5, rtol=1e-5)
    assert type(loaded.model.layers[0].self_attn.q_proj) is torch.nn.Linear
    assert all(p.requires_grad for p in loaded.parameters()) and not loaded.training
    assert tokenizer.padding_side == "left"

    # bf16 storage: the same outputs as the in-memory model with its adapters rounded to bf16, at half the size
    small = save_adapter(tmp_path / "bf16", policy, "tiny", RANK, ALPHA, TARGETS, value_head)
    with torch.no_grad():
        for parameter in lora_parameters(policy):
            parameter.copy_(parameter.to(torch.bfloat16).float())
    torch.testing.assert_close(_logits(load_adapter(small)[0], batch), _logits(policy, batch), atol=1e-5, rtol=1e-5)
    assert (small / ADAPTER_WEIGHTS).stat().st_size < 0.6 * (exact / ADAPTER_WEIGHTS).stat().st_size
    config = json.loads((small / ADAPTER_CONFIG).read_text())
    assert {key: config[key] for key in ("base_model", "rank", "alpha", "target_modules", "dtype")} == {
        "base_model": "tiny", "rank": RANK, "alpha": ALPHA, "target_modules": list(TARGETS), "dtype": "bfloat16"}
    names = load_file(small / ADAPTER_WEIGHTS)
    assert "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight" in names
    assert len(names) == 2 * len(TARGETS) * policy.config.num_hidden_layers
    # load_checkpoint restores the value head beside the merged policy
    model, _ = load_checkpoint(small)
    assert torch.equal(model.value_head.summary.weight, value_head["summary.weight"])


def test_adapters_on_some_blocks_only_round_trip_and_older_folders_mean_every_block(tmp_path, trained):
    policy, _, batch = trained
    top, tokenizer = load_policy("tiny")
    apply_lora(top, RANK, ALPHA, target_modules=TARGETS, blocks=[1])
    with torch.no_grad():
        for parameter in lora_parameters(top):
            parameter.normal_(std=0.1)
    folder = save_adapter(tmp_path / "top", top, "tiny", RANK, ALPHA, TARGETS, dtype=torch.float32)
    assert json.loads((folder / ADAPTER_CONFIG).read_text())["layers_to_transform"] == [1]
    loaded, _ = load_policy(folder)
    torch.testing.assert_close(_logits(loaded, batch), _logits(top, batch), atol=1e-5, rtol=1e-5)

    # a folder written before adapters could sit on some blocks only has no layers_to_transform: every block
    every = save_adapter(tmp_path / "every", policy, "tiny", RANK, ALPHA, TARGETS, dtype=torch.float32)
    config = json.loads((every / ADAPTER_CONFIG).read_text())
    assert config.pop("layers_to_transform") == [0, 1]
    (every / ADAPTER_CONFIG).write_text(json.dumps(config))
    torch.testing.assert_close(_logits(load_policy(every)[0], batch), _logits(policy, batch), atol=1e-5, rtol=1e-5)
    (every / ADAPTER_CONFIG).write_text(json.dumps({**config, "layers_to_transform": ["top"]}))
    with pytest.raises(ModelLoadError, match="'layers_to_transform' is \\['top'\\], expected null"):
        load_policy(every)


def test_missing_unexpected_or_damaged_tensors_name_the_file_and_the_tensor(tmp_path, trained):
    policy, _, _ = trained
    folder = save_adapter(tmp_path / "adapter", policy, "tiny", RANK, ALPHA, TARGETS)
    weights = folder / ADAPTER_WEIGHTS
    tensors = load_file(weights)
    dropped = "base_model.model.model.layers.1.mlp.down_proj.lora_B.weight"
    save_file({name: t for name, t in tensors.items() if name != dropped}, weights)
    with pytest.raises(ModelLoadError, match=f"{weights}.*missing.*{dropped}"):
        load_policy(folder)
    save_file({**tensors, "base_model.model.model.layers.0.extra.lora_A.weight": torch.zeros(RANK, 64)}, weights)
    with pytest.raises(ModelLoadError, match=r"unexpected.*layers\.0\.extra\.lora_A"):
        load_policy(folder)
    weights.write_bytes(weights.read_bytes()[:-100])
    with pytest.raises(ModelLoadError, match=f"cannot read.*{weights}"):
        load_policy(folder)
    weights.unlink()
    with pytest.raises(ModelLoadError, match=f"cannot read.*{weights}"):
        load_policy(folder)


def test_a_bad_config_names_the_file_and_the_offending_value(tmp_path, trained):
    policy, _, _ = trained
    folder = save_adapter(tmp_path / "adapter", policy, "tiny", RANK, ALPHA, TARGETS)
    path = folder / ADAPTER_CONFIG
    good = json.loads(path.read_text())

    def rewrite(**changes):
        path.write_text(json.dumps({**good, **changes}))

    path.write_text("{not json")
    with pytest.raises(ModelLoadError, match=f"{path} is not readable JSON"):
        load_policy(folder)
    rewrite(rank="sixteen")
    with pytest.raises(ModelLoadError, match=f"{path}: 'rank' is 'sixteen', expected a positive integer"):
        load_policy(folder)
    rewrite(format="peft")
    with pytest.raises(ModelLoadError, match="'format' is 'peft'"):
        load_policy(folder)
    rewrite(rank=8)  # the tensors have rank 4
    with pytest.raises(ModelLoadError, match=r"tensor base_model\.model\.model\.layers\.0\..* \(4, 64\), but rank 8"):
        load_policy(folder)
    rewrite(base_model="no-such-model-folder/x/y")
    with pytest.raises(ModelLoadError, match=f"base model 'no-such-model-folder/x/y' \\(base_model in {path}\\)"):
        load_policy(folder)
    with pytest.raises(ValueError, match="no LoRA adapters"):
        save_adapter(tmp_path / "none", load_policy("tiny")[0], "tiny", RANK, ALPHA, TARGETS)
    assert not (tmp_path / "none").exists()


# ---- a LoRA training run ------------------------------------------------------------------------------------

TINY_LORA_RUN = [
    "--model", "tiny", "--lora-rank", str(RANK), "--steps", "1", "--max-new-tokens", "8", "--prompts-per-step", "2",
    "--samples-per-prompt", "2", "--epochs", "1", "--minibatches", "1", "--reward-workers", "1", "--threads", "1",
    "--limit-problems", "2", "--lora-layers", "1",
]


@pytest.fixture(scope="module")
def lora_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("runs") / "lora"
    assert train.main([*TINY_LORA_RUN, "--out", str(out)]) == 0
    return out


def test_a_lora_run_leaves_an_adapter_folder_of_its_final_weights(lora_run):
    folder = lora_run / ADAPTER_FOLDER
    trainable = load_file(lora_run / CHECKPOINT / TRAINABLE_FILE)
    tensors = load_file(folder / ADAPTER_WEIGHTS)
    assert len(tensors) == sum(name.endswith(("lora_A", "lora_B")) for name in trainable)
    for name, tensor in trainable.items():
        if name.startswith("policy."):
            assert torch.equal(tensors[adapter.peft_name(name.removeprefix("policy."))], tensor.to(torch.bfloat16))
    config = json.loads((folder / ADAPTER_CONFIG).read_text())
    assert (config["base_model"], config["layers_to_transform"]) == ("tiny", [1])  # --lora-layers 1: the top block
    assert all(".layers.1." in name for name in tensors)
    # the adapter folder and the (merged) checkpoint are the same model, up to the adapters' bf16 rounding
    from_adapter, tokenizer = load_checkpoint(folder)
    from_checkpoint, _ = load_checkpoint(lora_run / CHECKPOINT)
    batch = tokenizer(["def f(x): return x"], return_tensors="pt")
    with torch.no_grad():
        for got, want in zip(from_adapter(batch.input_ids, batch.attention_mask),
                             from_checkpoint(batch.input_ids, batch.attention_mask)):
            torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)


def test_export_from_the_checkpoint_reproduces_the_runs_adapter_folder(lora_run, tmp_path):
    assert export.main([str(lora_run), "--out", str(tmp_path / "exported")]) == 0
    for name in (ADAPTER_CONFIG, ADAPTER_WEIGHTS, VALUE_HEAD_FILE):
        assert (tmp_path / "exported" / name).read_bytes() == (lora_run / ADAPTER_FOLDER / name).read_bytes()
    # a full fine-tuning run has no adapters to export
    full = tmp_path / "full"
    (full / CHECKPOINT).mkdir(parents=True)
    settings = json.loads((lora_run / "config.json").read_text())
    (full / "config.json").write_text(json.dumps({**settings, "lora_rank": 0}))
    with pytest.raises(ModelLoadError, match="full fine-tuning run .*--model NAME="):
        export.export_run(full)
    assert export.main([str(full)]) == 2


def test_evaluate_scores_a_model_given_as_an_adapter_folder(lora_run, tmp_path):
    folder = lora_run / ADAPTER_FOLDER
    out = tmp_path / "out"
    argv = ["--dataset", "builtin:test", "--limit", "1", "--samples", "1", "--max-new-tokens", "8", "--workers", "1",
            "--out", str(out)]
    assert evaluate.main(["--model", f"ACECode={folder}", *argv]) == 0
    row = json.loads((out / "results.json").read_text())["models"]["ACECode"]
    assert row["source"] == str(folder) and row["problems"] == 1
    # an adapter whose base model is gone stops before any generation, naming the base model
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in (ADAPTER_WEIGHTS, VALUE_HEAD_FILE):
        (broken / name).write_bytes((folder / name).read_bytes())
    config = json.loads((folder / ADAPTER_CONFIG).read_text())
    (broken / ADAPTER_CONFIG).write_text(json.dumps({**config, "base_model": "./gone"}))
    assert evaluate.main(["--model", f"broken={broken}", *argv]) == 2


def test_an_sft_run_with_lora_leaves_an_adapter_folder(tmp_path):
    out = tmp_path / "sft"
    argv = ["--model", "tiny", "--algo", "sft", "--lora-rank", str(RANK), "--steps", "1", "--sft-batch-size", "2",
            "--microbatch-size", "1", "--limit-problems", "2", "--threads", "1", "--out", str(out)]
    assert train.main(argv) == 0
    policy, _ = load_policy(out / ADAPTER_FOLDER)
    assert type(policy.model.layers[1].mlp.up_proj) is torch.nn.Linear
