"""Paired timing: how a correct program's speed is measured against the reference's, on both sides of the wire.

Candidate and reference are timed in the same scoring call, in pairs of batches, each batch a fresh process
forked from the sandbox's clean zygote and running the same recorded calls. The judge (`time_paired`, in the
fork server) calibrates each side, chooses the passes per batch, and drives the pairs: the two batches take turns
of about a millisecond (reference, candidate, candidate, reference, ...; `measure_pair`), so a slow spell of the
machine slows both alike. It reads a batch's CPU clock from outside, so patching clocks, or moving work to
threads, changes nothing, and it checks the answers of passes drawn at random. A batch process (`run_batch`, in
a sample process) only loads the solution once per pass and runs the passes it is ordered to.

The speed ratio T_gen / T_ref is the median of the per-pair ratios: the median drops a pair that one slow
process (caches, memory placement) put off. Two defences keep a pass from being cheaper than one run of the
program: `timed_on_cold_runs` (state carried between passes) and `no_bonus_for_shared_state` (a module changed).
The settings are `reward.settings.TimingConfig`. Nothing here decides a verdict beyond a timed wrong answer.
"""

from __future__ import annotations

import builtins
import contextlib
import gc
import keyword
import marshal
import math
import random
import statistics
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reward import codec
from reward.settings import Limits, TimingConfig
from reward.protocol import (
    Abort, Job, SampleGone, SampleMisbehaved, SampleTimeout, describe, exchange, failure_kind, raised_status,
    receive_message, send_message,
)

def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def pair_ratios(reference: list[float], candidate: list[float]) -> list[float]:
    """T_gen / T_ref of each pair (pairs whose reference time is 0 are left out)."""
    return [c / r for r, c in zip(reference, candidate) if r > 0]


def median_of_ratios(reference: list[float], candidate: list[float]) -> float | None:
    """T_gen / T_ref as the median of per-pair ratios (what the reward uses)."""
    return median(pair_ratios(reference, candidate))


def too_spread(reference: list[float], candidate: list[float], spread: float = 0.08) -> bool:
    """Whether the per-pair ratios disagree so much that more pairs are worth measuring."""
    ratios = sorted(pair_ratios(reference, candidate))
    if len(ratios) < 4:
        return False
    quartiles = statistics.quantiles(ratios, n=4)
    return (quartiles[2] - quartiles[0]) > spread * statistics.median(ratios)

# ---------------------------------------------------------------------------------------------- the judge's side

LOADING_BUDGET = 1.5
"""A batch's loads may take at most this many times `min_duration` of CPU (they run before its passes)."""
SAME_LOOPS_UP_TO = 10.0
"""A candidate up to this many times slower than the reference makes as many passes per batch as it does."""
CALIBRATION_PASSES = 50
"""A calibration batch prepares one cold pass and up to this many more, timed together."""
CARRIED_STATE_FACTOR = 2.0
"""A candidate whose cold run (first load and first pass) in every batch is this many times slower, relative to
the reference's, than its batches are relative to the reference's, is timed on cold runs (see `time_paired`)."""
RUN_SECONDS = 0.001
"""About how long one side of a pair runs before the other takes its turn (see `measure_pair`)."""
CHECKS_PER_BATCH = 8
"""About how many passes of a batch have their answers checked: each run checks its share of them, at least
one, so a batch timed in a single run of 30 passes checks 8 of them, not 1."""
CHECKS = random.SystemRandom()
"""Picks the pass of each run whose answers are checked, from the OS's randomness: a generator with a state
would be copied into the zygote, and every sample could read it."""
MAX_CALLS_DECODED = 1_000_000
MAX_BYTES_DECODED = 24 << 20
"""A batch decodes at most this many calls, and this many encoded bytes, in all (passes x calls): a bound on
the memory its prepared arguments take (decoded, a few times the encoded size)."""


@dataclass
class Batch:
    seconds: float
    """CPU seconds per pass, measured by the judge."""
    answers: list
    maxrss_kb: int
    cold: float = 0.0
    """The first load and the first pass, each on its own: one run of the program in a fresh process."""
    warm: float | None = None
    """For a calibration batch: the further (warm) passes' average on their own."""
    load: float = 0.0
    """CPU seconds one load of the solution took (the average over the batch's loads)."""
    changed_module: str = ""
    """A module whose namespace the solution changed in this batch, or ""."""


class TimingFailed(Exception):
    """The timing could not finish; `status` is the verdict the candidate gets (a wrong answer: "failed")."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class SharedState(Exception):
    """A timed batch of the candidate changed another module's namespace (see `no_bonus_for_shared_state`)."""

    def __init__(self, module: str, reference_times: list, candidate_times: list):
        super().__init__(module)
        self.module, self.reference_times, self.candidate_times = module, reference_times, candidate_times


@dataclass
class PairedTiming:
    """One candidate's timing as the judge asks for it: what every batch of both sides shares."""

    spawner: object
    """The server's `reward.sandbox.Spawner`, which forks each batch's process."""
    limits: Limits
    timing: TimingConfig
    job: Job
    """The batches' job without a solution: the preamble, entry point, classes, pass loop and whether passes get
    fresh arguments; each batch fills in its solution and passes."""
    reference: str
    """The reference's code."""
    calls: bytes
    """Every call to time, as one encoding (the reference's recorded calls)."""
    expected: tuple[bytes, ...]
    """The answer each timed call must give: the reference's (workload) or the candidate's own (tests)."""
    calibrations: dict = field(default_factory=dict)
    """The reference's calibration batches by settings, kept with the problem so each is measured once per server."""

    @property
    def fresh(self) -> bool:
        return self.job.fresh_arguments


def prepare_batch(request: PairedTiming, code: str, passes: int, wall: float, reference: bool) -> TimedBatch:
    """Fork a batch process and wait until it has prepared its passes (no candidate code has run in it yet)."""
    limits = request.limits
    job = replace(request.job, solution=code, passes=passes)
    sample = request.spawner.spawn(job, limits, wall + limits.timeout, reference)
    try:
        if sample.receive(time.monotonic() + limits.timeout)[0] != "ready":
            raise SampleMisbehaved("the batch did not start")
    except (SampleTimeout, SampleGone, SampleMisbehaved) as error:
        sample.finish()
        raise TimingFailed("runtime_error", f"a timed batch could not be prepared: {error or 'timed out'}") from None
    return TimedBatch(sample, passes, wall, request.calls)


class TimedBatch:
    """A prepared batch process, driven by the judge: loads, the calls, runs of passes, finish.

    Its CPU clock is read from outside, only while it waits for the next order, and it is stopped (SIGSTOP,
    every thread) between orders, so nothing of it runs while the other side of its pair is timed. After every
    run the judge picks some of the run's passes at random (its share of CHECKS_PER_BATCH, at least one) and
    takes their answers (`answers`), so a pass cannot know whether it is checked. `sample` is the batch
    process's `reward.sandbox.Sample`; `wall` is the wall-clock time its own orders may take in all. Every
    failure is a `TimingFailed`.
    """

    def __init__(self, sample, passes: int, wall: float, calls: bytes):
        self.sample, self.passes, self.wall_left, self.calls = sample, passes, wall, calls
        self.loaded = self.ran = 0
        self.run_seconds = 0.0
        self.answers: list[tuple] = []
        """The answers of every checked pass, one tuple of encoded answers each."""
        self.changed_module = ""
        """A module whose namespace the solution changed, as the batch reported it (see `module_watch`)."""

    def load(self, count: int) -> float:
        """Load the solution into the next `count` passes' modules; return CPU seconds per load."""
        self.sample.resume()
        start = self._clock()
        reply = self._expect(self._order(("load", count)), "loaded")
        seconds = (self._clock() - start) / count
        self.sample.pause()
        if reply != ("loaded", min(self.passes, self.loaded + count)):
            self._fail("the batch loaded passes it was not asked to load")
        self.loaded = reply[1]
        return seconds

    def run(self, count: int) -> float:
        """Run the next `count` passes (the first run sends the calls); return their CPU seconds."""
        if self.calls is not None:  # after the first loads, untimed
            self.sample.resume()
            self._expect(self._order(("calls", self.calls)), "calls")
            self.sample.pause()
            self.calls = None
        self.sample.resume()
        start = self._clock()
        reply = self._expect(self._order(("run", count)), "ran")
        seconds = self._clock() - start
        if reply != ("ran", min(self.passes, self.ran + count)) or reply[1] == self.ran:
            self.sample.pause()
            self._fail("the batch ran passes it was not asked to run")
        count = reply[1] - self.ran
        checked = tuple(sorted(CHECKS.sample(range(count), min(count, math.ceil(CHECKS_PER_BATCH * count
                                                                                / self.passes)))))
        answers = self._expect(self._order(("check", checked)), "answers")
        self.sample.pause()
        if len(answers) != 3 or type(answers[1]) is not tuple or len(answers[1]) != len(checked) \
                or type(answers[2]) is not str:
            self._fail("the batch sent a message the harness does not send")
        self.answers.extend(answers[1])
        self.changed_module = self.changed_module or answers[2][:80]
        self.ran = reply[1]
        self.run_seconds += seconds
        return seconds

    def finish(self) -> list:
        """The answers of the checked passes; the process is gone after this."""
        self.sample.resume()
        self._expect(self._order(("finish",)), "done")
        self.sample.finish()
        return self.answers

    def batch(self, answers: list, seconds: float, load: float, cold: float, warm: float | None = None) -> Batch:
        return Batch(seconds, answers, self.sample.maxrss_kb, cold, warm, load, self.changed_module)

    def close(self) -> None:
        self.sample.finish()

    def _clock(self) -> float:
        value = self.sample.cpu_seconds()
        if value is None:
            self._fail("the batch's CPU clock could not be read")
        return value

    def _order(self, message: tuple) -> tuple:
        started = time.monotonic()
        try:
            return exchange(self.sample, message, started + self.wall_left)
        except Abort as stop:
            self.sample.finish()
            raise TimingFailed(stop.status, "while timing: " + stop.message) from None
        finally:
            self.wall_left -= time.monotonic() - started

    def _expect(self, reply: tuple, kind: str) -> tuple:
        if reply[0] == kind:
            return reply
        if reply[0] == "raise" and len(reply) == 3:
            self.sample.finish()
            raise TimingFailed(raised_status(str(reply[1])), "while timing: " + str(reply[2])[:200])
        self._fail("the batch sent a message the harness does not send")

    def _fail(self, message: str):
        self.sample.finish()
        raise TimingFailed("runtime_error", "while timing: " + message)


def calibrate(request: PairedTiming, code: str, extra_passes: int, wall: float, reference: bool) -> Batch:
    """Time one cold pass on its own, then (if it is shorter than `min_duration`) enough warm passes together to
    estimate a warm pass: what the timed batches' pass counts are chosen from. Only the passes that run are
    loaded, so a solution with heavy module-level work is loaded twice here, not `1 + extra_passes` times."""
    min_duration = request.timing.min_duration
    batch = prepare_batch(request, code, 1 + extra_passes, wall, reference)
    try:
        load = batch.load(1)
        cold = batch.run(1) + load
        warm = None
        if cold < min_duration and extra_passes > 0:
            more = max(1, min(extra_passes, math.ceil(0.3 * min_duration / max(cold, 1e-7))))
            load = batch.load(more)  # warm loads, as most of a timed batch's are
            warm = batch.run(more) / more
        answers = batch.finish()
        return batch.batch(answers, cold if warm is None else warm, load, cold, warm)
    finally:
        batch.close()


def measure_pair(batches: dict[str, TimedBatch], order: tuple[str, str], runs: int) -> dict[str, Batch]:
    """Time two prepared batches, one per side, in `runs` interleaved runs of passes (A B B A A B ...).

    Both load first, and only then receive the calls. Each side then runs its passes in `runs` nearly equal
    runs, the two sides taking turns, so a change in the machine's speed lasting longer than a run or two slows
    both sides alike. A batch's time per pass is the average of its passes after the first, plus one load (the
    average of its loads) spread over all: loading is charged as for one program run `passes` times. The first
    load and the first pass run alone, and together are one run of the program in a fresh process: its `cold`
    time, which `time_paired` compares with the batches' (state carried from pass to pass makes later passes
    cheaper, never the first). In a process just forked the first pass also pays for page faults and cold
    caches (about 100 us on this project's test machine), which are not the program's work, so it is left out
    of the average. A one-pass batch is its load plus that pass.
    """
    first_load, load = {}, {}
    for side in order:
        batch = batches[side]
        first_load[side] = batch.load(1)
        rest = batch.load(batch.passes - 1) * (batch.passes - 1) if batch.passes > 1 else 0.0
        load[side] = (first_load[side] + rest) / batch.passes
    first_pass = {}
    for index in range(runs):
        for side in order if index % 2 == 0 else order[::-1]:
            batch = batches[side]
            if index == 0:
                first_pass[side] = batch.run(1)  # the first pass alone, as in one run of the program
            passes = batch.passes * (index + 1) // runs - batch.ran
            if passes > 0:
                batch.run(passes)
    measured = {}
    for side, batch in batches.items():
        if batch.passes > 1:
            seconds = (batch.run_seconds - first_pass[side]) / (batch.passes - 1) + load[side] / batch.passes
        else:
            seconds = batch.run_seconds + load[side]
        measured[side] = batch.batch(batch.finish(), seconds, load[side], first_load[side] + first_pass[side])
    return measured


def check_answers(batch: Batch, expected: tuple[bytes, ...]) -> str | None:
    """Why a batch's answers are not the expected ones, or None when every answer of every checked pass is."""
    for answers in batch.answers:
        if len(answers) != len(expected):
            return f"the timed run answered {len(answers)} of {len(expected)} calls"
        for index, (got, want) in enumerate(zip(answers, expected)):
            if type(got) is not bytes or not codec.same_encoded(got, want):
                return f"wrong answer on timed call {index + 1} of {len(expected)} (the reference's answer differs)"
    return None


@dataclass
class TimingResult:
    """What the paired timing measured, for the judge's reply."""

    runtimes: list[float]
    """The candidate's CPU seconds per pass, one per pair."""
    reference_runtimes: list[float]
    ratio: float | None
    """T_gen / T_ref (the median of the per-pair ratios, or of the cold runs'); None: no efficiency bonus."""
    note: str
    """Why the ratio is not the batches' median, or ""."""
    loops: tuple[int, int] | None
    """Passes per batch (reference, candidate)."""
    peak_kb: int
    reference_peak_kb: int


def time_paired(request: PairedTiming, code: str) -> TimingResult:
    """Time reference and candidate in interleaved batches; return runtimes, loops and the median ratio.

    Raises `TimingFailed` when a batch fails or answers wrongly."""
    started = time.monotonic()
    sides = {"reference": request.reference, "candidate": code}
    try:
        first = calibrate_sides(request, sides)
        plan = plan_batches(request, first)
        pairs = measure_pairs(request, sides, plan, started)
    except SharedState as shared:
        return no_bonus_for_shared_state(shared.module, shared.reference_times, shared.candidate_times)
    ratio = median_of_ratios(pairs.reference_times, pairs.candidate_times)
    ratio, note = timed_on_cold_runs(ratio, pairs.first_reference, pairs.first_candidate)
    return TimingResult(pairs.candidate_times, pairs.reference_times, ratio, note,
                        (plan.passes["reference"], plan.passes["candidate"]), pairs.peak["candidate"],
                        pairs.peak["reference"])


def per_call_cap(request: PairedTiming) -> int:
    """Passes a batch may prepare: its decoded calls stay within MAX_CALLS_DECODED and MAX_BYTES_DECODED."""
    if request.fresh:
        return max(1, min(MAX_CALLS_DECODED // max(1, len(request.expected)), MAX_BYTES_DECODED // len(request.calls)))
    return MAX_CALLS_DECODED


def calibrate_sides(request: PairedTiming, sides: dict[str, str]) -> dict[str, Batch]:
    """A calibration batch of each side: the reference's is measured once per server and settings, the
    candidate's every time, its answers checked."""
    limits, timing = request.limits, request.timing
    calibration_passes = max(0, min(CALIBRATION_PASSES, per_call_cap(request) - 1))
    first = {}
    for side in ("reference", "candidate"):
        settings = (request.fresh, timing.min_duration, timing.collect_garbage)
        if side == "reference" and settings in request.calibrations:
            first[side] = request.calibrations[settings]
            continue
        wall = limits.reference_timeout if side == "reference" else \
            max(limits.timeout, limits.timeout_factor * 2 * first["reference"].cold + 1.0)
        batch = calibrate(request, sides[side], calibration_passes, wall, side == "reference")
        if side == "reference":
            request.calibrations[settings] = batch
        if side == "candidate":
            wrong = check_answers(batch, request.expected)
            if wrong:
                raise TimingFailed("failed", wrong)
            if batch.changed_module:
                raise SharedState(batch.changed_module, [], [])
        first[side] = batch
    return first


@dataclass
class Plan:
    """How the timed pairs run: per side, the passes per batch and a batch's wall-clock limit; the runs each
    batch's passes are split into (the turns the two sides take)."""

    passes: dict[str, int]
    walls: dict[str, float]
    runs: int


def plan_batches(request: PairedTiming, first: dict[str, Batch]) -> Plan:
    """The pairs' plan, from the two calibration batches."""
    limits = request.limits
    min_duration = request.timing.min_duration
    # Both sides make the same number of passes per batch, so one-time costs (a cold first pass, lazy set-up)
    # are spread over the same count; only a candidate much slower than the reference gets fewer passes, so
    # its batches stay short.
    reference_pass = first["reference"].warm or first["reference"].seconds
    candidate_pass = first["candidate"].warm or first["candidate"].seconds
    loops = math.ceil(min_duration / max(reference_pass, 1e-7))
    # A batch loads the solution once per pass: a solution with heavy module-level work (a table of primes)
    # gets fewer passes, so loading stays within LOADING_BUDGET batches' worth of CPU.
    load_cap = max(1, int(LOADING_BUDGET * min_duration / max(first["reference"].load,
                                                              first["candidate"].load, 1e-9)))
    passes = {"reference": max(1, min(request.timing.max_loops, per_call_cap(request), loops, load_cap))}
    if candidate_pass > SAME_LOOPS_UP_TO * reference_pass:
        passes["candidate"] = max(1, round(passes["reference"] * reference_pass / candidate_pass))
    else:
        passes["candidate"] = passes["reference"]
    runs = max(1, min(*passes.values(), round(passes["reference"] * reference_pass / RUN_SECONDS)))
    walls = {"reference": limits.reference_timeout,
             "candidate": max(limits.timeout, limits.timeout_factor * passes["candidate"] * max(reference_pass, 1e-6)
                              * 4 + 1.0)}
    return Plan(passes, walls, runs)


@dataclass
class Pairs:
    """What the timed pairs measured, pair by pair."""

    reference_times: list[float] = field(default_factory=list)
    candidate_times: list[float] = field(default_factory=list)
    first_reference: list[float] = field(default_factory=list)
    """Each reference batch's cold run: its first load and first pass."""
    first_candidate: list[float] = field(default_factory=list)
    peak: dict[str, int] = field(default_factory=lambda: {"reference": 0, "candidate": 0})


def measure_pairs(request: PairedTiming, sides: dict[str, str], plan: Plan, started: float) -> Pairs:
    """Time pairs of batches until `repeats` (more while the ratios spread wider than `spread`, up to
    `max_repeats`), no pair starting after `max_seconds` once `min_repeats` are measured."""
    timing = request.timing
    pairs = Pairs()
    for index in range(timing.max_repeats):
        if index >= timing.repeats and not too_spread(pairs.reference_times, pairs.candidate_times, timing.spread):
            break
        order = ("reference", "candidate") if index % 2 == 0 else ("candidate", "reference")
        # Both processes are prepared before either is timed. No candidate code runs before the pair's loads,
        # and the candidate's process is stopped whenever the reference's runs.
        prepared = {}
        try:
            for side in order:
                prepared[side] = prepare_batch(request, sides[side], plan.passes[side], plan.walls[side],
                                               side == "reference")
            measured = measure_pair(prepared, order, plan.runs)
        finally:
            for batch in prepared.values():
                batch.close()
        wrong = check_answers(measured["candidate"], request.expected)
        if wrong:
            raise TimingFailed("failed", wrong)
        if measured["candidate"].changed_module:
            raise SharedState(measured["candidate"].changed_module, pairs.reference_times, pairs.candidate_times)
        for side in order:
            pairs.peak[side] = max(pairs.peak[side], measured[side].maxrss_kb)
        pairs.reference_times.append(measured["reference"].seconds)
        pairs.candidate_times.append(measured["candidate"].seconds)
        pairs.first_reference.append(measured["reference"].cold)
        pairs.first_candidate.append(measured["candidate"].cold)
        if time.monotonic() - started > timing.max_seconds and index + 1 >= timing.min_repeats:
            break
    return pairs


def timed_on_cold_runs(ratio: float | None, first_reference: list[float],
                       first_candidate: list[float]) -> tuple[float | None, str]:
    """The carried-state defence: the ratio to use, and a note when it is the cold runs' ratio.

    Every pass has a fresh module, but objects the interpreter already holds (a list in `sys`, a library's
    cache) can carry state from one pass to the next. A pass that profits from that is cheaper than the cold
    run of a fresh process, which is what one run of the program costs: when the candidate's cold runs are
    much slower, relative to the reference's, than its batches in every pair (so not by chance), the cold
    runs' median ratio is the one used.
    """
    first_ratios = pair_ratios(first_reference, first_candidate)
    threshold = max(1.0, CARRIED_STATE_FACTOR * ratio) if ratio is not None else math.inf
    if not first_ratios or min(first_ratios) <= threshold:
        return ratio, ""
    first_ratio = median(first_ratios)
    return first_ratio, (f"timed on first passes: ratio {first_ratio:.3g} on the first load and pass of each batch "
                         f"against {ratio:.3g} over the batches (state carried between passes)")


def no_bonus_for_shared_state(module: str, reference_times: list, candidate_times: list) -> TimingResult:
    """The timing result of a candidate that changed another module's namespace in a timed batch: its passes
    could share state (answers kept in `math`), so its batches do not say what one run costs, and it earns no
    efficiency bonus. At millisecond scale the first-pass check would catch the gain, but not at microseconds."""
    return TimingResult(candidate_times, reference_times, None,
                        f"no efficiency bonus: the solution changed module `{module}` while timed, so its passes could "
                        "share state", None, 0, 0)


# ---------------------------------------------------------------------------------------------- the batch's side

def pass_module(scope: dict) -> types.ModuleType:
    """A fresh, nearly empty `solution` module whose builtins are `scope` (the builtins plus the preamble's
    names): creating one costs the same whatever the preamble holds, where copying a LeetCode preamble's
    500 names into every pass's module cost more than many solutions' own work."""
    module = types.ModuleType("solution")
    module.__builtins__ = scope
    return module


BATCH_ORDERS = ("load", "calls", "run", "check")
"""What a batch process does, one order from the judge at a time, waiting between orders (so the judge reads its
CPU clock then, and can interleave two batches' runs):

- `("load", k)`: load the next k passes' modules (timed);
- `("calls", data)`: decode the calls to make. They arrive after the judge's loads, so no work can be done on
  them at load time: a load that computes every answer in advance finds nothing to compute;
- `("run", k)`: run the next k passes (timed). Every pass goes through the same loop and keeps its answers;
- `("check", (i, j, ...))`: send the answers of those passes of the last run (the run's answers are dropped when
  the next run starts). The judge picks them at random after the run, so no pass can know whether its answers
  will be checked. The reply also names a module whose namespace a load or pass has changed (`module_watch`);
- `("finish",)`: end."""


@dataclass
class Passes:
    """A batch's prepared passes: one module each, and how to undo what a load or pass adds to shared tables."""

    modules: list
    undo: Callable[[], None]
    """Removes names a load or pass added to `builtins`, to the passes' shared builtins or to `sys.modules`."""
    tables: tuple
    """(builtins, its size, the shared builtins, their size, the size of `sys.modules`): what `pass_loop` checks."""
    classes: dict
    names: frozenset


def run_batch(job: Job, code, entry, base: dict, fd: int) -> None:
    """One timed batch: prepare modules, load the solution once per pass, take the calls, run passes, answer.

    Every pass gets its own module (whose builtins are Python's plus the preamble's names) and makes every
    recorded call (on fresh copies of the arguments when a call may change them). Names a load or a pass adds
    to `builtins`, to those shared builtins or to `sys.modules` are removed before the next. The process does
    what the judge orders (BATCH_ORDERS). Nothing the judge relies on is measured here.
    """
    passes = prepare_passes(job, base)
    if passes is None:
        send_message(fd, ("raise", "memory_exceeded", "MemoryError while preparing the timed passes"))
        return
    changed_module = module_watch(sys.modules)
    gc.collect()
    gc.freeze()
    if not job.collect_garbage:
        gc.disable()  # as timeit does: when a collection falls is noise, and each batch is a short-lived process
    send_message(fd, ("ready",))
    if obey_orders(job, code, entry, passes, changed_module, fd):
        send_message(fd, ("done",))
        receive_message(fd)  # block until the judge has read the CPU clock


def prepare_passes(job: Job, base: dict) -> Passes | None:
    """One module per pass, and the shared tables' sizes to watch; None when memory runs out."""
    try:
        scope = {**vars(builtins), **{key: value for key, value in base.items() if key != "__builtins__"}}
        modules = [pass_module(scope) for _ in range(job.passes)]
    except MemoryError:
        return None
    builtin_names, module_table = _interpreter_tables()
    # Everything a pass looks up is bound here, so the loops cost little beside the solution's own work.
    builtin_table, builtin_count = vars(builtins), len(builtin_names)
    scope_names, scope_count = dict(scope), len(scope)
    modules_now, module_count = sys.modules, len(module_table)

    def undo_shared_changes() -> None:
        """Remove names a load or pass added to the tables every pass shares (sizes only: cheap enough to run
        between passes)."""
        if len(builtin_table) != builtin_count:
            _restore(builtin_table, builtin_names)
        if len(scope) != scope_count:
            _restore(scope, scope_names)
        if len(modules_now) != module_count:
            _restore(modules_now, module_table)

    tables = (builtin_table, builtin_count, scope, scope_count, module_count)
    return Passes(modules, undo_shared_changes, tables, codec.classes_in(base, job.class_names),
                  frozenset(job.class_names))


def obey_orders(job: Job, code, entry, passes: Passes, changed_module: Callable[[], str], fd: int) -> bool:
    """Carry out the judge's orders until `("finish",)` (True), or an order the judge does not send (False).

    An exception of the solution is answered as ("raise", kind, message), and ends the batch (False)."""
    modules, undo_shared_changes, modules_now = passes.modules, passes.undo, sys.modules
    by_name = job.entry_point if job.entry_point.isidentifier() else None
    functions, held, ran, run_passes = [], [], 0, None
    try:
        while True:
            order = receive_message(fd)
            if order == ("finish",):
                return True
            if type(order) is not tuple or len(order) != 2 or order[0] not in BATCH_ORDERS:
                return False
            kind, argument = order
            if kind == "load" and type(argument) is int:
                for module in modules[len(functions):len(functions) + max(1, argument)]:
                    modules_now["solution"] = module
                    namespace = module.__dict__
                    exec(code, namespace)
                    functions.append(namespace[by_name] if by_name is not None and by_name in namespace
                                     else eval(entry, namespace))
                    undo_shared_changes()
                send_message(fd, ("loaded", len(functions)))
            elif kind == "calls" and type(argument) is bytes and run_passes is None:
                with untimed():
                    run_passes = pass_runner(job, argument, passes.classes, modules, functions, modules_now,
                                             passes.tables, undo_shared_changes)
                    argument = None
                    gc.freeze()  # the calls stay alive all batch: no collection should walk them
                send_message(fd, ("calls",))
            elif kind == "run" and type(argument) is int and run_passes is not None:
                held.clear()  # here, timed: freeing the last run's answers may run the solution's code
                stop = min(len(functions), ran + max(1, argument))
                run_passes(ran, stop, held)
                ran = stop
                send_message(fd, ("ran", ran))
            elif kind == "check" and type(argument) is tuple and argument \
                    and all(type(i) is int and 0 <= i < len(held) for i in argument):
                with untimed():
                    answers = tuple(tuple(codec.encode(answer, passes.names, share=False) for answer in held[i])
                                    for i in argument)
                    changed = changed_module()
                send_message(fd, ("answers", answers, changed))
            else:
                return False
    except BaseException as error:  # noqa: BLE001
        held.clear()
        send_message(fd, ("raise", failure_kind(error), describe(error)))
        return False


def module_watch(modules: dict):
    """A function that names the first module (other than the solution's) whose namespace has gained or lost
    names since this call, or returns "".

    Every pass has a fresh module, but another module is shared by all passes, so an attribute set on `math` can
    carry answers from one pass to the next, and the later passes look cheap. Honest code does not set
    attributes on modules it imported; the import system does, when it loads a submodule of a package
    (`P.X` appears in `P`), and that is not counted. Called between orders, so it is never timed.
    """
    watched = []
    for name, module in modules.items():
        if name != "solution" and type(module) is types.ModuleType:
            namespace = module.__dict__
            known = _MODULE_NAMES.get(name)  # the zygote's names, taken once: a batch need not copy them
            watched.append((name, namespace, known[1] if known and known[0] is namespace else frozenset(namespace)))

    def changed_module() -> str:
        for name, namespace, names in watched:
            if len(namespace) != len(names) and any(
                    not (type(namespace.get(key)) is types.ModuleType and namespace[key].__name__ == f"{name}.{key}")
                    for key in names.symmetric_difference(namespace)):
                return name
        return ""
    return changed_module


@contextlib.contextmanager
def untimed():
    """No garbage collection while the judge is not reading the clock: a collection runs the finalizers of
    whatever the solution left behind, and a finalizer run here, with the calls in reach, could compute answers
    for free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def pass_runner(job: Job, data: bytes, classes: dict, modules: list, functions: list, modules_now: dict,
                tables: tuple, undo):
    """`run(start, stop, held)`: run passes start..stop-1, appending each pass's answers to `held`, all through
    one loop (the judge's compiled `pass_loop` when the job carries one and the passes share arguments)."""
    if job.fresh_arguments:
        calls = [codec.decode_trusted(data, classes) for _ in range(len(modules))]
    else:
        calls = [codec.decode_trusted(data, classes)] * len(modules)
    runner = values = None
    if job.pass_loop and modules and not job.fresh_arguments:
        runner, values = load_pass_loop(job.pass_loop, calls[0])
    if runner is not None:
        def run(start: int, stop: int, held: list) -> None:
            runner(zip(modules[start:stop], functions[start:stop]), modules_now, tables, undo, values, held)
        return run

    def run(start: int, stop: int, held: list) -> None:
        for module, function, pass_calls in zip(modules[start:stop], functions[start:stop], calls[start:stop]):
            modules_now["solution"] = module
            held.append([function(*args, **kwargs) for args, kwargs in pass_calls])
            undo()
    return run


MAX_WRITTEN_CALLS = 4096
"""Workloads of up to this many calls get a pass loop with every call written out (`pass_loop`)."""


def call_shapes(calls: list) -> tuple:
    """What a pass loop must know of the recorded calls: per call, its number of positional arguments and the
    names of its keyword arguments."""
    return tuple((len(args), tuple(kwargs)) for args, kwargs in calls)


def pass_loop(shapes: tuple) -> bytes:
    """A pass loop for calls that every pass shares, with each recorded call written out as a plain call on the
    flattened arguments (`function(values[0], values[1])`, `function(values[2], key=values[3])`), compiled and
    marshalled; or b"" when the calls are too many or name a keyword that is not an identifier.

    The judge compiles it once per problem (compiling costs about 10 us per call, too much for every batch).
    Per pass the loop switches `sys.modules["solution"]` to the pass's module, makes the calls, keeps their
    answers as one tuple in `held`, and undoes changes to the shared tables when one changed size. The generic
    loop it replaces (`for args, kwargs in calls: function(*args, **kwargs)`) cost about 0.1-0.3 us per call and
    pass beside the solution's own work, the same on both sides of a pair, so it pulled the ratios of
    microsecond workloads toward 1.
    """
    if len(shapes) > MAX_WRITTEN_CALLS:
        return b""
    lines, count = [], 0
    for positional, names in shapes:
        if any(not name.isidentifier() or keyword.iskeyword(name) for name in names):
            return b""
        parts = [f"values[{count + index}]" for index in range(positional)]
        parts += [f"{name}=values[{count + positional + index}]" for index, name in enumerate(names)]
        count += positional + len(names)
        lines.append(f"            function({', '.join(parts)}),")
    source = "\n".join([
        "def run(pairs, modules_now, tables, undo, values, held):",
        "    builtin_table, builtin_count, scope, scope_count, module_count = tables",
        "    for module, function in pairs:",
        "        modules_now['solution'] = module",
        "        held.append((",
        *lines,
        "        ))",
        "        if len(builtin_table) != builtin_count or len(scope) != scope_count \\",
        "                or len(modules_now) != module_count:",
        "            undo()",
    ])
    return marshal.dumps((shapes, compile(source, "<timed passes>", "exec")))


def load_pass_loop(loop: bytes, calls: list) -> tuple:
    """The compiled pass loop and the flattened arguments it calls with, in the order `pass_loop` wrote them;
    (None, None) if the decoded calls do not have the shapes it was written for."""
    shapes, code = marshal.loads(loop)
    if call_shapes(calls) != shapes:
        return None, None
    namespace: dict = {}
    exec(code, namespace)
    return namespace["run"], tuple(value for args, kwargs in calls for value in (*args, *kwargs.values()))


_BUILTINS: dict = {}
_MODULES: dict = {}
_MODULE_NAMES: dict = {}
"""Per module in the zygote: its namespace and the names in it (what `module_watch` compares with)."""


def snapshot_interpreter() -> None:
    """In the zygote, once: `builtins` and `sys.modules` as every sample starts with them. A batch compares only
    their sizes between passes, and restores from these (plus the modules its preamble added) when a pass
    changed them: copying both tables in every batch would cost a millisecond of copied pages."""
    sys.modules.setdefault("solution", types.ModuleType("solution"))  # replaced by each sample's own module
    _BUILTINS.update(vars(builtins))
    _MODULES.update(sys.modules)
    _MODULE_NAMES.update((name, (module.__dict__, frozenset(module.__dict__))) for name, module in sys.modules.items()
                         if type(module) is types.ModuleType)


def _interpreter_tables() -> tuple[dict, dict]:
    """The builtins and module table to restore in this process: the zygote's, plus modules loaded since."""
    builtin_names = _BUILTINS or dict(vars(builtins))
    if _MODULES and len(sys.modules) == len(_MODULES):
        return builtin_names, _MODULES
    return builtin_names, dict(sys.modules)


def _restore(current: dict, saved: dict) -> None:
    current.clear()
    current.update(saved)
