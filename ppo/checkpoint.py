"""The run folder: refuse to clobber another run, save and restore everything a resume needs, mark the end.

Layout of a run folder (`--out`):
  config.json     the run's Config, written before training starts (compared on reuse and resume)
  metrics.jsonl   one JSON line per finished step (rank 0 only)
  checkpoint/     the latest checkpoint: a save_pretrained folder (policy + value head + tokenizer) plus
                  trainer_state.pt (optimizer, RNG states, KL controller, step, data position); replaced atomically
  curves.png      the main training curves, drawn at the end
  adapter/        a LoRA run's adapters alone, rewritten with every checkpoint (ppo/export.py; models/adapter.py)
  done.json       written last, only when every step has finished: a folder without it is not a finished run
This file must not train anything; it only reads and writes the run folder.
"""

import json
import math
import random
import shutil
from pathlib import Path

import numpy as np
import torch

from common.atomic import previous_version_hint, write_text_atomically
from ppo import distributed
from ppo.config import LAUNCH_FIELDS, Config, differences, load_config, save_config

CHECKPOINT = "checkpoint"
TRAINER_STATE = "trainer_state.pt"
TRAINABLE_FILE = "trainable.safetensors"
DONE = "done.json"
METRICS = "metrics.jsonl"
CONFIG = "config.json"
ADAPTER_FOLDER = "adapter"  # a LoRA run's adapters at its latest checkpoint (ppo/export.py)


class RunFolderError(ValueError):
    """An --out or --resume folder that cannot be used as asked; the message says what to do."""


def resolve_run(config: Config, given: set[str]) -> tuple[Config, Path, bool]:
    """Decide which folder this run writes to, and whether it resumes; checks only, writes nothing.

    Returns (config to train with, run folder, resuming).
    """
    if config.resume:
        folder = Path(config.resume)
        if not (folder / CONFIG).is_file():
            raise RunFolderError(f"--resume {str(folder)!r}: no run there (no {CONFIG}); pass the --out folder of an earlier run")
        if not (folder / CHECKPOINT / TRAINER_STATE).is_file():
            hint = previous_version_hint(folder / CHECKPOINT)
            raise RunFolderError(
                f"--resume {str(folder)!r}: that run has no checkpoint yet (it stopped before its first save); "
                f"start it again with --out {str(folder)!r} --overwrite.{hint}"
            )
        saved = load_config(folder / CONFIG)
        # Flags given next to --resume must agree with the saved run, except the launch-only ones (e.g. --steps).
        conflicts = {
            name: diff for name, diff in differences(saved, config).items() if name in given and name not in LAUNCH_FIELDS
        }
        if conflicts:
            listed = ", ".join(f"--{n.replace('_', '-')} (saved {a!r}, given {b!r})" for n, (a, b) in conflicts.items())
            raise RunFolderError(f"--resume {str(folder)!r}: these flags differ from the saved run: {listed}; drop them")
        launch = {name: getattr(config, name) for name in LAUNCH_FIELDS if name in given}
        resumed = Config.from_dict({**saved.to_dict(), **launch})
        resumed.resume, resumed.out = str(folder), str(folder)
        if "steps" not in given:
            resumed.steps = saved.steps
        done = read_done(folder)
        if done is not None and done["step"] >= resumed.steps:
            raise RunFolderError(
                f"--resume {str(folder)!r}: that run already finished its {done['step']} steps; "
                f"pass a larger --steps to continue training it"
            )
        return resumed, folder, True

    folder = Path(config.resolved_out())
    if folder.exists() and not folder.is_dir():
        raise RunFolderError(f"--out {str(folder)!r} is a file; choose a folder path")
    if folder.is_dir() and any(folder.iterdir()):
        if not (folder / CONFIG).is_file():
            raise RunFolderError(
                f"--out {str(folder)!r} is not empty and holds no run ({CONFIG} missing); choose an empty or new folder"
            )
        if not config.overwrite:
            diffs = differences(load_config(folder / CONFIG), config)
            if diffs:
                listed = ", ".join(f"{n}: {a!r} -> {b!r}" for n, (a, b) in list(diffs.items())[:6])
                raise RunFolderError(
                    f"--out {str(folder)!r} already holds a different run ({listed}); "
                    f"choose another --out, or pass --overwrite to replace it"
                )
            if read_done(folder) is not None:
                raise RunFolderError(
                    f"--out {str(folder)!r} already holds this finished run; pass --overwrite to train it again, "
                    f"or --resume {str(folder)!r} --steps N with a larger N to continue it"
                )
            raise RunFolderError(
                f"--out {str(folder)!r} holds an unfinished run with the same settings; continue it with "
                f"--resume {str(folder)!r}, or start over with --overwrite"
            )
    config.out = str(folder)
    return config, folder, False


def start_fresh(folder: Path, config: Config) -> None:
    """Empty the run folder (only one that holds a run) and write config.json. Rank 0 only."""
    if folder.is_dir() and (folder / CONFIG).is_file():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    save_config(config, folder / CONFIG)


def read_done(folder: Path) -> dict | None:
    path = Path(folder) / DONE
    if not path.is_file():
        return None
    with open(path) as fh:
        return json.load(fh)


def mark_done(folder: Path, step: int, extra: dict) -> None:
    """The last write of a run: only a run that finished all its steps has done.json."""
    write_text_atomically(Path(folder) / DONE, json.dumps({"step": step, **extra}, indent=2) + "\n")


def report_stop(folder: Path, step: int) -> None:
    """Tell the user where a run stopped by Ctrl-C or SIGTERM left its checkpoint (rank 0 only)."""
    if distributed.is_main():
        print(f"stopped after step {step}; checkpoint in {Path(folder) / CHECKPOINT}. Continue with --resume {folder}")


def finish_run(folder: Path, step: int, algo: str) -> None:
    """The end of a run that completed every step: plot the curves, then mark it done (collective)."""
    from ppo.plot import plot_curves, read_metrics

    folder = Path(folder)
    if distributed.is_main():
        plot_curves(folder / METRICS, folder / "curves.png")
        mark_done(folder, step, {"algo": algo, "checkpoint": CHECKPOINT})
        print(f"done: {step} steps; model in {folder / CHECKPOINT}, metrics in {folder / METRICS}")
        summary = learning_summary(read_metrics(folder / METRICS))
        if summary:
            print(summary)
    distributed.barrier()


def learning_summary(rows: list[dict]) -> str:
    """Two lines on whether the run learnt: the mean reward, pass rate and efficient-correct rate over the first,
    middle and last third of its steps, and the mean change of a problem's reward since its previous draw ("" for
    runs without rewards)."""
    rows = [row for row in rows if "reward/mean" in row]
    if len(rows) < 3:
        return ""
    cuts = [0, math.ceil(len(rows) / 3), math.ceil(2 * len(rows) / 3), len(rows)]
    thirds = [rows[start:end] for start, end in zip(cuts, cuts[1:])]

    def by_third(key: str, form: str) -> str:
        return " / ".join(form.format(sum(row[key] for row in part) / len(part)) for part in thirds)

    spans = " / ".join(f"{part[0]['step']}-{part[-1]['step']}" for part in thirds)
    first = f"by thirds of the run (steps {spans}): reward {by_third('reward/mean', '{:+.2f}')}"
    if all("reward/pass_rate" in row for row in rows):  # logged when the rewarder returns verdicts
        first += f", pass rate {by_third('reward/pass_rate', '{:.0%}')}"
    if all("reward/efficient_correct_rate" in row for row in rows):
        first += f", efficient-correct {by_third('reward/efficient_correct_rate', '{:.0%}')}"
    lines = [first]
    changes = [row["reward/change_on_revisit"] for row in rows if "reward/change_on_revisit" in row]
    if changes:
        lines.append(f"reward change on problems drawn again: {sum(changes) / len(changes):+.2f} on average over "
                     f"{len(changes)} steps ({sum(change > 0 for change in changes)} of them up)")
    return "\n".join(lines)


def find_checkpoints(runs_dir: Path) -> list[tuple[Path, bool]]:
    """(checkpoint folder, whether its run finished) for every run below `runs_dir` that has saved a checkpoint."""
    found: list[tuple[Path, bool]] = []
    for weights in sorted(Path(runs_dir).rglob(f"{CHECKPOINT}/model*.safetensors*")):
        checkpoint = weights.parent
        if any(checkpoint == seen for seen, _ in found) or not (checkpoint / "config.json").is_file():
            continue
        found.append((checkpoint, (checkpoint.parent / DONE).is_file()))
    return found


def clear_done(folder: Path) -> None:
    (Path(folder) / DONE).unlink(missing_ok=True)


# ---- RNG state: python, numpy, torch (and CUDA), one entry per rank ----------------------------------


def rng_state() -> dict:
    state = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict) -> None:
    random.setstate(state["python"])
    np.random.set_state(state["numpy"])
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


# ---- checkpoints ----------------------------------------------------------------------------------


def save(
    folder: Path, model, tokenizer, trainer_state: dict, extra_tensors: dict | None = None, state_dict: dict | None = None
) -> None:
    """Write folder/checkpoint atomically: the model folder and trainer_state.pt appear together or not at all.

    Collective: every rank must call it (RNG states are gathered from all ranks); rank 0 writes.
    `trainer_state` holds step, data_position, optimizer, kl_controller and anything else to restore;
    `extra_tensors` (e.g. LoRA adapters) go to trainable.safetensors next to it. `state_dict` is the model's
    whole, unsharded state (`distributed.full_state_dict`, needed under FSDP); None reads it from `model`.
    """
    from models import save_checkpoint

    state = dict(trainer_state, rng=_gather_objects(rng_state()))
    if distributed.is_main():
        extra = {TRAINER_STATE: lambda path: torch.save(state, path)}
        if extra_tensors:
            extra[TRAINABLE_FILE] = extra_tensors
        save_checkpoint(Path(folder) / CHECKPOINT, model, tokenizer, extra=extra, state_dict=state_dict)
    distributed.barrier()


def open_run(folder: Path, config: Config, resuming: bool, model, optimizer) -> dict:
    """Start a fresh run folder, or resume one: restore the optimizer (and this rank's RNG states), drop the
    metrics past the checkpoint and the done marker. Returns the checkpoint's trainer state ({} when fresh).

    Collective: every rank calls it; rank 0 touches the folder.
    """
    state = {}
    if resuming:
        state = load_trainer_state(folder)
        distributed.load_optimizer_state(model, optimizer, state["optimizer"])
        if distributed.is_main():
            truncate_metrics(folder, state["step"])
            clear_done(folder)
    elif distributed.is_main():
        start_fresh(folder, config)
    distributed.barrier()
    return state


def load_trainer_state(folder: Path) -> dict:
    """trainer_state.pt of the run's checkpoint; set this rank's RNG state from it."""
    state = torch.load(Path(folder) / CHECKPOINT / TRAINER_STATE, map_location="cpu", weights_only=False)
    rank = distributed.rank()
    if len(state["rng"]) != distributed.world_size():
        raise RunFolderError(
            f"the checkpoint in {str(folder)!r} was written by {len(state['rng'])} processes; resume it with the same number"
        )
    set_rng_state(state["rng"][rank])
    return state


def _gather_objects(obj) -> list:
    if not distributed.is_initialized():
        return [obj]
    gathered = [None] * distributed.world_size()
    torch.distributed.all_gather_object(gathered, obj)
    return gathered


# ---- metrics.jsonl --------------------------------------------------------------------------------


def append_metrics(folder: Path, row: dict) -> None:
    with open(Path(folder) / METRICS, "a") as fh:
        fh.write(json.dumps(row) + "\n")


def truncate_metrics(folder: Path, last_step: int) -> None:
    """Keep only the lines of steps ≤ last_step: steps after the checkpoint are trained again on resume."""
    path = Path(folder) / METRICS
    if not path.is_file():
        return
    with open(path) as fh:
        # a line without its newline was cut off by a kill mid-write: it belongs to a step being redone
        lines = [line for line in fh if line.endswith("\n") and line.strip()]
    kept = [line for line in lines if json.loads(line)["step"] <= last_step]
    write_text_atomically(path, "".join(kept))
