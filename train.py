"""Train a code LLM with ACECode's PPO (execution reward), or the SFT / PIE-style baselines.

    python train.py                              # PPO on Qwen2.5-Coder-0.5B-Instruct (LoRA), builtin:demo, 6 steps
    python train.py --preset cpu-long            # the longer run of the README's result, on builtin:train
    python train.py --model tiny --steps 2       # a quick smoke run
    python train.py --algo sft                   # baseline: SFT on reference solutions
    python train.py --resume runs/ppo            # continue a stopped run from its last checkpoint
    torchrun --nproc_per_node 2 train.py ...     # data-parallel (DDP; --parallel fsdp to shard)
Every knob is a field of ppo/config.py's Config; `python train.py --help` lists them all.
"""

import sys

import torch
from torch.distributed.elastic.multiprocessing.errors import record

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
    except Exception as error:
        if distributed.world_size() > 1:
            # this rank exits; the others fail at their next collective (gloo at once, NCCL within the timeout)
            waiting = isinstance(error, torch.distributed.DistError)
            cause = "lost contact with another rank, which probably failed first (see its error)" if waiting else "failed"
            print(f"train.py: rank {distributed.rank()} of {distributed.world_size()} {cause}: {error!r}; "
                  "the run stops on every rank", file=sys.stderr, flush=True)
        raise
    finally:
        distributed.cleanup()  # leave the process group torchrun started (a no-op in one process)


if __name__ == "__main__":
    # record: under torchrun, the failing rank's traceback is what torchrun reports as the run's root cause
    sys.exit(record(main)())
