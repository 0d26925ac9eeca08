"""The on-disk cache of reference runtimes, so training never re-times a reference.

A key is a hash of everything that changes a measurement: the reference code, preamble, tests, workload and
entry point, the timing settings, the limits, and the machine (CPU model, core count, Python version). Entries
are small JSON files written atomically. This file stores numbers; it never runs or judges code.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from pathlib import Path

from common import CACHE_ENV, cache_dir
from common.atomic import write_text_atomically

FORMAT_VERSION = 2


def default_cache_dir() -> Path:
    """`$ACECODE_CACHE/reference-runtimes`, or `~/.cache/acecode/reference-runtimes`."""
    return cache_dir() / "reference-runtimes"


def machine_fingerprint() -> str:
    """What makes runtimes from two machines incomparable: CPU model, logical cores, architecture, Python."""
    model = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    return f"{model}|{os.cpu_count()}|{platform.machine()}|{platform.python_implementation()} {platform.python_version()}"


def reference_key(problem, timing_settings: dict, limits_settings: dict) -> str:
    parts = {
        "version": FORMAT_VERSION, "code": problem.reference, "preamble": problem.preamble, "tests": problem.tests,
        "workload": problem.workload, "entry_point": problem.entry_point, "timing": timing_settings,
        "limits": limits_settings, "machine": machine_fingerprint(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class RuntimeCache:
    """Reference runtimes in one folder: `<key>.json` holding {"runtime": seconds, "runtimes": [...], "id": ...}."""

    def __init__(self, folder: str | Path | None = None):
        self.folder = Path(folder) if folder is not None else default_cache_dir()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OSError(f"cannot create the reference-runtime cache folder {str(self.folder)!r}: {error}; "
                          f"pass cache_dir= or set {CACHE_ENV} to a writable folder") from error

    def entry(self, key: str) -> dict | None:
        path = self.folder / f"{key}.json"
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # missing, torn or foreign: measure again and overwrite it
        return entry if isinstance(entry, dict) else None

    def get(self, key: str) -> float | None:
        entry = self.entry(key)
        runtime = entry.get("runtime") if entry else None
        return float(runtime) if isinstance(runtime, (int, float)) and runtime > 0 else None

    def put(self, key: str, runtime: float, **details) -> None:
        write_text_atomically(self.folder / f"{key}.json", json.dumps({"runtime": runtime, **details}))
