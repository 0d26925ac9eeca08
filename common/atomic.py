"""Atomic writes: a file or folder appears complete under its final name, or not at all.

Used for the converted-model cache, checkpoints, the run folder's small files, the reference-runtime cache
and ENAMEL's generated cases.
The content is written into a temporary sibling (same file system, so the final step is a rename), then
renamed into place. This file must not know what goes into the files; it protects against killed processes,
not against power loss (no fsync).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path


def write_folder_atomically(target: str | os.PathLike, write: Callable[[Path], None], replace: bool = True) -> Path:
    """Call write(tmp_folder), then move tmp_folder to target.

    replace=True: an existing target is swapped out (renamed to a `.old-*` sibling, then deleted). If the
    process dies between the two renames, target is missing and the `.old-*` sibling holds the previous,
    complete folder; `previous_version_hint` finds it for the error message.
    replace=False: an existing target wins (another process finished first); the new content is discarded.
    A failure inside write() leaves target untouched and removes the temporary folder.
    """
    target = Path(target).expanduser().absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes the folder private; these are ordinary folders
    try:
        write(tmp)
        if replace and target.exists():
            _swap_in(tmp, target)
        else:
            try:
                os.rename(tmp, target)
            except OSError:
                if replace or not target.is_dir():
                    raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return target


def write_text_atomically(path: str | os.PathLike, text: str) -> None:
    """Replace the file at `path` with `text`; a reader sees the old content or the new, never a torn file."""
    _replace_file(path, text, "w")


def write_bytes_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace the file at `path` with `data`; a reader sees the old content or the new, never a torn file."""
    _replace_file(path, data, "wb")


def _replace_file(path: str | os.PathLike, content: str | bytes, mode: str) -> None:
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.tmp-")
    try:
        with os.fdopen(handle, mode, encoding="utf-8" if mode == "w" else None) as f:
            f.write(content)
        os.chmod(temporary, 0o644)  # mkstemp makes the file private; these are ordinary files
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _swap_in(new: Path, target: Path) -> None:
    old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
    os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old)


def previous_version_hint(target: str | os.PathLike) -> str:
    """A sentence naming the `.old-*` folder an interrupted replacement left behind, or "" if there is none."""
    target = Path(target).expanduser().absolute()
    leftovers = sorted(target.parent.glob(f".{target.name}.old-*")) if target.parent.is_dir() else []
    leftovers = [path for path in leftovers if any(path.iterdir())]
    if not leftovers:
        return ""
    return (
        f" A save into {str(target)!r} was interrupted; the previous complete version is in "
        f"{str(leftovers[-1])!r}: rename it to {target.name!r} to use it."
    )
