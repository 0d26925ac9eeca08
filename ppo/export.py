"""A train.py run's LoRA adapters as an adapter folder (models/adapter.py): a few MB that --model loads.

ppo/run.py calls `save_run_adapter` with every checkpoint of a LoRA run, writing RUN_FOLDER/adapter; for a run
from before adapter folders, or to write one elsewhere:

    python -m ppo.export RUN_FOLDER [--out DIR]

This file knows the run folder's layout (ppo/checkpoint.py) and the adapter format's entry points; it must not
train or load models.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import torch
import tyro
from safetensors import SafetensorError
from safetensors.torch import load_file

from models.adapter import save_adapter
from models.loading import ModelLoadError
from ppo.checkpoint import ADAPTER_FOLDER, CHECKPOINT, CONFIG, TRAINABLE_FILE
from ppo.config import load_config


def save_run_adapter(folder: str | os.PathLike, state: Mapping[str, torch.Tensor], run_config: Mapping) -> Path:
    """The adapter folder of a train.py LoRA run, from PolicyWithValue's state dict (whole, or only its trained
    tensors) and the run's settings (`Config.to_dict()`, as in the run's config.json). The value head goes in
    too, unless the run had a separate critic: its head reads the critic's trunk, which the folder does not hold."""
    policy = {key.removeprefix("policy."): tensor for key, tensor in state.items() if key.startswith("policy.")}
    head = {key.removeprefix("value_head."): tensor for key, tensor in state.items() if key.startswith("value_head.")}
    return save_adapter(folder, policy, run_config["model"], run_config["lora_rank"], run_config["lora_alpha"],
                        run_config["lora_target_modules"].split(","),
                        value_head_state=None if run_config.get("separate_critic") or not head else head)


def export_run(run_folder: str | os.PathLike, out: str | os.PathLike | None = None) -> Path:
    """Build the adapter folder of a LoRA run from its latest checkpoint (default: RUN_FOLDER/adapter)."""
    run = Path(run_folder).expanduser()
    config_path = run / CONFIG
    try:
        settings = load_config(config_path).to_dict()
    except FileNotFoundError as error:
        raise ModelLoadError(f"{config_path} is missing: pass the --out folder of a train.py run") from error
    except (OSError, ValueError, TypeError) as error:  # JSONDecodeError is a ValueError
        raise ModelLoadError(f"{config_path} is not a train.py run's config ({error}): is {run} a run?") from error
    if not settings["lora_rank"]:
        raise ModelLoadError(
            f"{run} is a full fine-tuning run (lora_rank {settings['lora_rank']} in {config_path}): it has no "
            f"adapters. Its checkpoint is the whole model; evaluate it with --model NAME={run / CHECKPOINT}"
        )
    trainable = run / CHECKPOINT / TRAINABLE_FILE
    if not trainable.is_file():
        raise ModelLoadError(f"{trainable} is missing: the run has saved no checkpoint yet; there is nothing to export")
    try:
        weights = load_file(trainable)
    except (OSError, SafetensorError) as error:
        raise ModelLoadError(f"cannot read {trainable} ({error}): the checkpoint is damaged") from error
    return save_run_adapter(run / ADAPTER_FOLDER if out is None else out, weights, settings)


@dataclass
class Export:
    """Write a LoRA run's adapters (from its checkpoint) as an adapter folder that --model accepts."""

    run_folder: Annotated[str, tyro.conf.Positional, tyro.conf.arg(metavar="RUN_FOLDER")]
    """the run's --out folder, holding config.json and checkpoint/"""
    out: str | None = None
    """where to write the adapter folder; None: RUN_FOLDER/adapter"""


def main(argv: list[str] | None = None) -> int:
    args = tyro.cli(Export, prog="python -m ppo.export", args=argv, description=__doc__.split("\n\n")[0])
    try:
        path = export_run(args.run_folder, args.out)
    except (ModelLoadError, ValueError) as error:
        print(f"python -m ppo.export: error: {error}", file=sys.stderr)
        return 2
    size = sum(file.stat().st_size for file in path.iterdir())
    print(f"wrote {path} ({size / 1e6:.1f} MB); evaluate it with: python evaluate.py --model NAME={path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
