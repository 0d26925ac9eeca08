"""The reward's settings: everything a training or evaluation run may set of the reward, as dataclasses.

`RewardConfig` holds the reward's constants (penalties, the efficiency formula's), `TimingConfig` how a candidate
is timed against the reference, `Limits` what a sample may use. `RewardSettings` groups the three, so a run's
config holds them as one nested field (`reward: RewardSettings`, flags `--reward.scoring.syntax-error`,
`--reward.timing.repeats`, `--reward.limits.timeout`), records them in config.json (`dataclasses.asdict`) and
rebuilds them on resume (`RewardSettings.from_dict`). Every field's docstring is its `--help` line (tyro). This
file only describes settings and checks their values; nothing here runs, times or scores code.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

@dataclass(frozen=True)
class RewardConfig:
    """Reward constants. Defaults: CodeRL's penalties, ACECode's efficiency term, no partial credit."""

    syntax_error: float = -1.0
    """Reward of a program that does not compile."""
    runtime_error: float = -0.6
    """Reward of a program that raises, exits early, or crashes (CodeRL's runtime-error penalty)."""
    timeout: float = -0.6
    """Reward of a program that exceeds its time limit (CodeRL counts this as a runtime error)."""
    memory_exceeded: float = -0.6
    """Reward of a program that exceeds its memory limit (CodeRL counts this as a runtime error)."""
    failed: float = -0.3
    """Reward of a program that runs but fails at least one test."""
    partial_credit: bool = False
    """If True, a failing program earns failed + (0.5 - failed) · tests_passed / tests_total instead (between
    the failed penalty and the lowest reward of a correct program)."""
    correct_base: float = 0.5
    """Reward of a correct program before its efficiency bonus."""
    efficiency_weight: float = 0.5
    """Weight of min(T_ref / T_gen, 1) in a correct program's reward."""

    def penalty(self, status: str) -> float:
        if status not in PENALISED_STATUSES:
            raise ValueError(f"no penalty for status {status!r}; statuses with penalties: {PENALISED_STATUSES}")
        return getattr(self, status)

    def to_dict(self) -> dict:
        return asdict(self)


PENALISED_STATUSES = ("syntax_error", "runtime_error", "timeout", "memory_exceeded", "failed")


@dataclass(frozen=True)
class TimingConfig:
    """How candidates are timed against references."""

    repeats: int = 5
    """Pairs of batches (one reference, one candidate) at most; the ratio is the median over pairs."""
    min_repeats: int = 3
    """Pairs always measured, even past `max_seconds`."""
    max_repeats: int = 9
    """Pairs at most: past `repeats`, pairs are added while the per-pair ratios are spread wider than
    `spread`."""
    spread: float = 0.08
    """Largest interquartile range of the per-pair ratios, relative to their median, accepted after `repeats`."""
    min_duration: float = 0.005
    """CPU seconds one batch lasts at least; a microsecond workload is repeated in a batch until it does."""
    max_loops: int = 100_000
    """Upper bound on passes per batch, so a near-empty workload cannot make a batch endless."""
    max_seconds: float = 5.0
    """Wall seconds of timing per sample after which no further pair starts (beyond `min_repeats`)."""
    collect_garbage: bool = True
    """Leave Python's garbage collector on in timed batches, so collecting what a solution allocates is part of
    its cost. Off (as in `timeit`) measured no steadier on LeetCodeDataset's references against themselves."""

    def __post_init__(self):
        if self.repeats < 1:
            raise ValueError(f"TimingConfig.repeats={self.repeats}: need at least 1 (5 or more for stable medians)")
        if not 1 <= self.min_repeats <= self.repeats:
            raise ValueError(f"TimingConfig.min_repeats={self.min_repeats}: must lie between 1 and repeats")
        if self.max_repeats < self.repeats:
            raise ValueError(f"TimingConfig.max_repeats={self.max_repeats}: must be at least repeats")
        if not self.min_duration > 0:
            raise ValueError(f"TimingConfig.min_duration={self.min_duration}: must be a positive number of seconds")
        if self.max_loops < 1:
            raise ValueError(f"TimingConfig.max_loops={self.max_loops}: must be at least 1")
        if not self.max_seconds > 0:
            raise ValueError(f"TimingConfig.max_seconds={self.max_seconds}: must be a positive number of seconds")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sample, all enforced from outside the sample's process."""

    timeout: float = 10.0
    """Wall-clock seconds a candidate gets for loading and its tests at least; see `timeout_factor`."""
    timeout_factor: float = 10.0
    """A candidate's tests may take this multiple of the reference's time on them, when that is longer than
    `timeout`; timed batches get the same multiple of the reference's batch time."""
    reference_timeout: float = 300.0
    """Wall-clock seconds the reference may take on the tests and the workload (measured once per problem)."""
    memory_mb: int = 1024
    """Address-space limit (RLIMIT_AS) of a sample process, in MiB."""
    file_size_mb: int = 16
    """Largest file a sample may write (RLIMIT_FSIZE), and the size of its private folder, in MiB."""
    open_files: int = 64
    """Open file descriptors (RLIMIT_NOFILE)."""
    processes: int = 32
    """Processes of the sandbox user (RLIMIT_NPROC), where seccomp cannot forbid new processes outright."""
    output_bytes: int = 64 * 1024
    """Captured stdout+stderr kept per sample; the rest is read and discarded."""
    drop_privileges: bool = True
    """When running as root, run samples as user `nobody`."""
    namespaces: bool = True
    """Use PID, network, IPC and mount namespaces when the OS allows; False forces the weaker fallback."""
    judge_cpu_seconds: float = 60.0
    """CPU seconds the judge (the fork server) may spend on one sample: decoding and comparing answers, running
    `check` and the workload (its waits on samples cost it nothing). It took at most 1.2 s on any problem of the
    built-in, LeetCodeDataset-test and ENAMEL sets, the reference's profile and timing included. Past this,
    SIGXCPU ends it even inside one C call (marshal building a set whose items all hash alike), and the sample
    gets a verdict."""
    judge_memory_mb: int = 4096
    """Address-space limit (RLIMIT_AS) of the judge, in MiB (an idle judge maps about 25): past it, a MemoryError
    ends the sample with an error verdict and the judge is replaced."""

    def __post_init__(self):
        for name in ("timeout", "timeout_factor", "reference_timeout", "memory_mb", "file_size_mb", "open_files",
                     "processes", "output_bytes", "judge_cpu_seconds", "judge_memory_mb"):
            if not getattr(self, name) > 0:
                raise ValueError(f"Limits.{name}={getattr(self, name)!r}: must be positive")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class RewardSettings:
    """The reward a run optimises: its constants, how candidates are timed, and the sandbox's limits. The defaults
    are the rewarder's defaults (`Rewarder()`)."""

    scoring: RewardConfig = field(default_factory=RewardConfig)
    """the reward's constants: penalties per failure and the efficiency term of correct programs"""
    timing: TimingConfig = field(default_factory=TimingConfig)
    """how a correct program is timed against the reference (paired batches)"""
    limits: Limits = field(default_factory=Limits)
    """what one sample may use: time, memory, files, processes; and the judge's own bounds"""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> RewardSettings:
        """The settings `to_dict` (or `dataclasses.asdict`) wrote, e.g. read back from a run's config.json.

        A missing group or field takes its default (a config written before the field existed); an unknown one
        raises, naming it."""
        groups = {"scoring": RewardConfig, "timing": TimingConfig, "limits": Limits}
        unknown = sorted(set(values) - set(groups))
        if unknown:
            raise ValueError(f"unknown reward settings {unknown}; known groups: {sorted(groups)}")
        built = {}
        for name, kind in groups.items():
            given = dict(values.get(name) or {})
            known = set(kind.__dataclass_fields__)
            if set(given) - known:
                raise ValueError(f"unknown reward settings {name}.{sorted(set(given) - known)}; "
                                 f"known: {sorted(known)}")
            built[name] = kind(**given)
        return cls(**built)
