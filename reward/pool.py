"""The rewarder: scores (problem, code) pairs in parallel on a pool of sandboxed executors.

Each worker thread borrows one `Executor` (one fork server) per sample, so N samples run at once in N separate
sandboxes; results come back in input order. A fork server that dies is restarted by its executor. Every
candidate is timed against the reference in the same scoring call (`reward.judge.time_paired`); for reports,
`reference_runtime` times the reference against itself and caches the figure on disk. This file must not run
candidate code itself: everything untrusted goes through `reward.executor`.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from reward.cache import RuntimeCache, reference_key
from reward.executor import Executor, Verdict
from reward.scoring import step_reward
from reward.settings import Limits, RewardConfig, RewardSettings, TimingConfig

PROGRESS_MIN_BATCH = 16
"""Batches at least this long show a progress bar when progress=True."""


def default_workers() -> int:
    """The number of physical cores (psutil), at least 1."""
    import psutil

    return max(1, psutil.cpu_count(logical=False) or psutil.cpu_count() or 1)


class Rewarder:
    """Scores code against problems: runs it in the sandbox, times it, and turns the verdict into a reward.

    Use as a context manager (or call `close()`): it owns `workers` fork-server processes.
    `time_candidates=False` skips timing (correct programs then earn `reward.correct_base`, no bonus).
    """

    def __init__(self, workers: int | None = None, limits: Limits = Limits(), timing: TimingConfig = TimingConfig(),
                 reward: RewardConfig = RewardConfig(), cache_dir=None, time_candidates: bool = True):
        if workers is not None and workers < 1:
            raise ValueError(f"workers={workers}: need at least 1 (or None for one per physical core)")
        self.workers = workers or default_workers()
        self.limits, self.timing, self.reward_config = limits, timing, reward
        self.time_candidates = time_candidates
        self.cache = RuntimeCache(cache_dir)
        self._threads = ThreadPoolExecutor(self.workers, thread_name_prefix="rewarder")
        self._idle: queue.SimpleQueue[Executor] = queue.SimpleQueue()
        self._executors: list[Executor] = []
        self._lock = threading.Lock()
        self._reference_locks: dict[str, threading.Lock] = {}
        self._failed_references: dict[str, str] = {}
        self._closed = False

    @classmethod
    def from_settings(cls, settings: RewardSettings, workers: int | None = None, cache_dir=None,
                      time_candidates: bool = True) -> Rewarder:
        """A rewarder with a run's `RewardSettings` (its constants, timing and limits); the defaults give
        `Rewarder()`'s reward exactly."""
        return cls(workers=workers, limits=settings.limits, timing=settings.timing, reward=settings.scoring,
                   cache_dir=cache_dir, time_candidates=time_candidates)

    # ------------------------------------------------------------------ public API

    def score(self, problem, code: str) -> Verdict:
        """Run, time and reward one solution (`code` is the solution only; preamble and tests are added)."""
        return self.score_batch([(problem, code)])[0]

    def score_batch(self, pairs: Sequence[tuple], progress: bool = False) -> list[Verdict]:
        """Score many (problem, code) pairs in parallel; verdicts come back in input order."""
        self._check_open()
        futures = [self._threads.submit(self._score_one, problem, code) for problem, code in pairs]
        if progress and len(futures) >= PROGRESS_MIN_BATCH:
            from concurrent.futures import as_completed

            from tqdm import tqdm

            for _ in tqdm(as_completed(futures), total=len(futures), desc="scoring", unit="sample"):
                pass
        return [future.result() for future in futures]

    def reference_runtime(self, problem) -> float | None:
        """The reference's median CPU seconds per pass of its timed calls, for reports (cached on disk); None if it
        does not pass. Rewards never use it: they come from paired timing."""
        self._check_open()
        with self._borrow() as executor:
            return self._reference_runtime(problem, executor)

    def close(self) -> None:
        """Stop the worker threads and kill every fork server."""
        if self._closed:
            return
        self._closed = True
        self._threads.shutdown(wait=True)
        for executor in self._executors:
            executor.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if not getattr(self, "_closed", True):
            self.close()

    # ------------------------------------------------------------------ internals

    def _score_one(self, problem, code: str) -> Verdict:
        with self._borrow() as executor:
            verdict = executor.run(problem, code, self.timing if self.time_candidates else None)
        verdict.reward = step_reward(verdict.status, verdict.ratio, self.reward_config, verdict.tests_passed,
                                     verdict.tests_total)
        return verdict

    def _reference_runtime(self, problem, executor: Executor) -> float | None:
        key = reference_key(problem, self.timing.to_dict(), self.limits.to_dict())
        with self._lock:
            lock = self._reference_locks.setdefault(key, threading.Lock())
        with lock:  # concurrent samples of one problem time its reference once
            cached = self.cache.get(key)
            if cached is not None or key in self._failed_references:
                return cached
            verdict = executor.run(problem, problem.reference, self.timing)
            if not verdict.passed or verdict.reference_runtime is None:
                # Not cached on disk: a reference that fails (or times out on a loaded machine) is retried by
                # the next Rewarder, but not again by this one.
                self._failed_references[key] = f"{verdict.status}: {verdict.message}"
                return None
            self.cache.put(key, verdict.reference_runtime, runtimes=verdict.reference_runtimes, id=problem.id)
            return verdict.reference_runtime

    def reference_failure(self, problem) -> str | None:
        """Why `reference_runtime(problem)` returned None in this rewarder (status and message), if it did."""
        return self._failed_references.get(reference_key(problem, self.timing.to_dict(), self.limits.to_dict()))

    def _borrow(self):
        return _Borrowed(self)

    def _take(self) -> Executor:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._executors) < self.workers:
                cpus = sorted(os.sched_getaffinity(0))
                executor = Executor(self.limits, cpu=cpus[len(self._executors) % len(cpus)])
                self._executors.append(executor)
                return executor
        return self._idle.get()

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this Rewarder is closed; create a new one (e.g. `with Rewarder() as rewarder:`)")


class _Borrowed:
    """Context manager lending one idle executor to the calling thread."""

    def __init__(self, rewarder: Rewarder):
        self.rewarder = rewarder

    def __enter__(self) -> Executor:
        self.executor = self.rewarder._take()
        return self.executor

    def __exit__(self, *exc):
        self.rewarder._idle.put(self.executor)
