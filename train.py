"""Train a code LLM with ACECode's PPO (execution reward), or the SFT / PIE-style baselines.

    python train.py                              # PPO on SmolLM2-135M-Instruct, builtin:train (CPU, < 20 min)
    python train.py --model tiny --steps 2       # a quick smoke run
    python train.py --algo sft                   # baseline: SFT on reference solutions
    python train.py --resume runs/ppo            # continue a stopped run from its last checkpoint
    torchrun --nproc_per_node 2 train.py ...     # data-parallel (DDP; --parallel fsdp to shard)
Every knob is a field of ppo/config.py's Config; `python train.py --help` lists them all.
"""

import sys

from ppo.config import parse_args


def main(argv: list[str] | None = None) -> int:
    from models import ModelLoadError
    from ppo import distributed
    from ppo.checkpoint import RunFolderError, resolve_run
    from ppo.config import ConfigError
    from tasks import DatasetError

    try:
        config, given = parse_args(argv, description=__doc__.splitlines()[0])
        config, folder, resuming = resolve_run(config, given)
        if config.algo == "ppo":
            from ppo.trainer import train
        else:
            from ppo.sft import train
        return train(config, folder, resuming)
    except (ConfigError, RunFolderError, ModelLoadError, DatasetError) as error:
        print(f"train.py: error: {error}", file=sys.stderr)
        return 2
    finally:
        distributed.cleanup()  # leave the process group torchrun started (a no-op in one process)


if __name__ == "__main__":
    sys.exit(main())
