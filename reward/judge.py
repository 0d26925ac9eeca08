"""The judge: runs a problem's tests against a candidate in another process, and times it against the reference.

It runs in the fork server (`reward.server.serve`), a process no candidate code ever runs in. Per sample:

1. **The reference's profile** (once per problem and server): the reference runs in its own sample process;
   the judge runs `check` against it and then the workload, and records every call: its arguments and the
   reference's answer. Those calls are what gets timed, and the time the reference took sets the candidate's
   time limit (`Limits.timeout_factor`).
2. **The tests.** The candidate's solution is loaded in a fresh sample process. `check` runs here, in the
   judge; each call of `candidate(...)` sends the encoded arguments to the sample and gets back a plain value
   (`reward.codec`), so every comparison is made on the judge's own objects.
3. **Paired timing** (`time_paired`): pairs of batches of the recorded calls, one reference and one candidate
   batch, each in a fresh process forked from the clean zygote. The two run their passes in alternating turns
   of about a millisecond (`measure_pair`), each stopped while the other runs. The judge reads each batch
   process's CPU clock while it waits between turns, and after each turn checks the answers of some of its
   passes, drawn at random: the workload's against the reference's, the tests' against the candidate's own
   answers during the tests. The efficiency term is the median of the per-pair ratios, so drift in the
   machine's speed cancels.

The reply is what `reward.executor` turns into a `Verdict`.
"""

from __future__ import annotations

import ast
import builtins
import math
import random
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from reward import codec, harness
from reward import timing as timing_module
from reward.harness import Job
from reward.sandbox import Limits, Sample, SampleGone, SampleMisbehaved, SampleTimeout, Spawner

MAX_CACHED_PROBLEMS = 128
"""Problems whose judge namespace and reference profile one server keeps (least recently used go first)."""
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


class Abort(BaseException):
    """Stops `check` at once: the sample timed out, died or broke the protocol (not caught by the tests)."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class CandidateRaised(Exception):
    """The candidate's call raised; `kind` is the verdict status its exception maps to."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind if kind in ("failed", "runtime_error", "memory_exceeded") else "runtime_error"


# ---------------------------------------------------------------------------------------------- problems

@dataclass
class ProblemTests:
    """A problem as the judge holds it: the namespace its tests run in, and what samples need to know."""

    namespace: dict
    total: int
    statements: tuple[str, ...]
    class_names: tuple[str, ...]
    class_source: str
    classes: dict[str, type]
    has_workload: bool


@dataclass
class Profile:
    """What the reference did on a problem: the calls to time, its answers, and how long its tests took."""

    failure: str | None = None
    calls: tuple[bytes, ...] = ()
    """The encoded arguments of every call to time, for calls of the tests (empty for a workload)."""
    answers: tuple[bytes, ...] = ()
    timed: bytes = b""
    """All those calls as one encoding, objects shared between calls kept shared."""
    mutates: bool = False
    """Whether the reference changed any call's arguments (then every timed pass gets fresh copies)."""
    calibration: dict = field(default_factory=dict)
    """The reference's calibration batch, by whether passes get fresh arguments (measured once per server)."""
    from_workload: bool = False
    pass_loop: bytes = b""
    """The compiled loop that makes those calls in a timed pass (`harness.pass_loop`), or b"" for the generic one."""
    seconds: float = 0.0
    """Wall seconds of the reference's tests and workload, calls included."""


@dataclass
class JudgeState:
    """Per-server caches, keyed by the problem's content: judge namespaces and reference profiles."""

    tests: OrderedDict = field(default_factory=OrderedDict)
    profiles: OrderedDict = field(default_factory=OrderedDict)


def _cached(cache: OrderedDict, key, make):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = cache[key] = make()
    if len(cache) > MAX_CACHED_PROBLEMS:
        cache.popitem(last=False)
    return value


def problem_key(problem: dict) -> tuple:
    return tuple(problem[name] for name in ("reference", "preamble", "tests", "workload", "entry_point"))


def build_tests(problem: dict, prepared: dict) -> ProblemTests:
    """Execute preamble, the reference's helpers, tests and workload in a judge namespace (trusted code)."""
    base = {"__builtins__": builtins}
    exec(problem["preamble"], base)
    helpers = harness.module_namespace(base, "acecode_reference")
    try:  # the reference's own helpers (HumanEval's `poly`), which tests may call
        exec(problem["reference"], helpers)
    except Exception:  # noqa: BLE001 - a broken reference is reported by its profile
        helpers = {}
    namespace = harness.module_namespace(base, f"acecode_tests_{len(sys.modules)}")
    for name, value in helpers.items():
        if name not in namespace and not hasattr(builtins, name):
            namespace[name] = value
    exec(problem["tests"], namespace)
    if problem["workload"] is not None:
        exec(problem["workload"], namespace)
    exec(prepared["counted_source"], namespace)
    preamble_classes = tuple(node.name for node in ast.parse(problem["preamble"]).body
                             if isinstance(node, ast.ClassDef))
    class_names = tuple(dict.fromkeys(preamble_classes + tuple(prepared["class_names"])))
    classes = {name: namespace[name] for name in class_names if isinstance(namespace.get(name), type)}
    return ProblemTests(namespace, prepared["total"], tuple(prepared["statements"]), class_names,
                        prepared["class_source"], classes, problem["workload"] is not None)


# ---------------------------------------------------------------------------------------------- calls

@dataclass
class Call:
    """One call the judge made: encoded arguments and answer, whether it changed its arguments, the arguments."""

    arguments: bytes
    answer: bytes
    mutated: bool
    objects: tuple


class Remote:
    """The candidate as `check` sees it: a callable that runs the call in the sample process."""

    def __init__(self, sample: Sample, deadline: float, tests: ProblemTests, log: list):
        self._sample, self._deadline, self._tests, self._log = sample, deadline, tests, log

    def __call__(self, *args, **kwargs):
        tests = self._tests
        try:
            data = codec.encode((args, kwargs), frozenset(tests.class_names))
        except (codec.EncodeError, RecursionError) as error:
            raise TypeError(f"the tests pass the candidate something that cannot cross the sandbox: {error}")
        reply = exchange(self._sample, ("call", data), self._deadline)
        if reply[0] == "ok" and len(reply) == 3 and type(reply[1]) is bytes:
            try:
                value = codec.decode(reply[1], tests.classes)
            except (codec.DecodeError, RecursionError) as error:
                raise CandidateRaised("runtime_error", f"its answer could not be read: {error}") from None
            if type(reply[2]) is bytes:
                _write_back(args, kwargs, reply[2], tests.classes)
            self._log.append(Call(data, reply[1], type(reply[2]) is bytes, (args, kwargs)))
            return value
        if reply[0] == "raise" and len(reply) == 3 and type(reply[2]) is str:
            raise CandidateRaised(str(reply[1]), reply[2][:harness.MESSAGE_CHARS])
        raise Abort("runtime_error", "the sample sent a message the harness does not send")


def exchange(sample: Sample, message: tuple, deadline: float) -> tuple:
    """Send one message and wait for the reply, turning every way the sample can fail into an `Abort`."""
    try:
        sample.send(message)
        return sample.receive(deadline)
    except SampleTimeout:
        sample.kill()
        raise Abort("timeout", "wall-clock limit reached") from None
    except SampleGone:
        sample.finish()
        if sample.cpu_limit_reached():
            raise Abort("timeout", "CPU-time limit reached") from None
        raise Abort("runtime_error", f"the sample process {sample.died_of()} before answering") from None
    except SampleMisbehaved as error:
        sample.kill()
        raise Abort("runtime_error", f"the result channel carried data the harness did not send: {error}") from None


def _write_back(args: tuple, kwargs: dict, data: bytes, classes: dict) -> None:
    """A call changed its arguments in place (e.g. sorts a list): make the same change to the judge's objects."""
    try:
        new_args, new_kwargs = codec.decode(data, classes)
    except (codec.DecodeError, RecursionError, ValueError, TypeError):
        return
    pairs = list(zip(args, new_args)) + [(kwargs[k], new_kwargs[k]) for k in kwargs if k in new_kwargs]
    for old, new in pairs:
        if type(old) is not type(new):
            continue
        if isinstance(old, (list, bytearray)):
            old[:] = new
        elif isinstance(old, (dict, set)):
            old.clear()
            old.update(new)
        elif type(old).__name__ in classes and hasattr(old, "__dict__"):
            old.__dict__.clear()
            old.__dict__.update(new.__dict__)


@dataclass
class TestRun:
    status: str
    passed: int
    message: str = ""
    log: list = field(default_factory=list)
    output: str = ""
    maxrss_kb: int = 0
    seconds: float = 0.0
    check_calls: int = 0
    """How many of the logged calls `check` made (the rest are the workload's)."""


def load(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, limits: Limits, wall: float,
         reference: bool = False) -> Sample:
    job = Job("calls", code, problem["preamble"], problem["entry_point"], tests.class_names, tests.class_source)
    return spawner.spawn(job, limits, wall, reference)


def run_tests(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, limits: Limits, wall: float,
              workload: bool = False, reference: bool = False) -> TestRun:
    """Load `code` in a sample process and run the counted `check` against it here (and the workload, if asked)."""
    started = time.monotonic()
    deadline = started + wall
    sample = load(spawner, tests, problem, code, limits, wall, reference)
    outcomes: list[bool | None] = [None] * tests.total
    failures: list[tuple[int, str, str]] = []
    log: list = []

    def record(index: int, error: BaseException | None) -> None:
        if index >= 0 and outcomes[index] is None:
            outcomes[index] = error is None
        if error is not None and len(failures) < 20:
            kind = error.kind if isinstance(error, CandidateRaised) else harness.failure_kind(error)
            text = str(error) if isinstance(error, CandidateRaised) else harness.describe(error)
            failures.append((index, kind, text))

    run = TestRun("passed", 0, log=log)
    try:
        first = sample.receive(deadline)
        if first[0] == "syntax_error":
            run.status, run.message = "syntax_error", str(first[1])[:harness.MESSAGE_CHARS]
        elif first[0] == "load_error":
            run.status = CandidateRaised(str(first[1]), "").kind
            run.message = "while loading the solution: " + str(first[2])[:harness.MESSAGE_CHARS]
        elif first[0] != "loaded":
            raise SampleMisbehaved("an unexpected first message")
        else:
            check = tests.namespace[harness.MAKER](record, Exception)
            remote = Remote(sample, deadline, tests, log)
            try:
                check(remote)
            except Exception as error:  # noqa: BLE001 - only reachable if check itself is broken
                failures.append((-1, harness.failure_kind(error), harness.describe(error)))
            run.check_calls = len(log)
            if workload and not failures and all(outcomes):
                tests.namespace["workload"](remote)
    except SampleTimeout:
        run.status, run.message = "timeout", "wall-clock limit reached while loading the solution"
    except SampleGone:
        sample.finish()
        run.status = "timeout" if sample.cpu_limit_reached() else "runtime_error"
        run.message = f"the sample process {sample.died_of()} before reporting test results"
    except SampleMisbehaved as error:
        run.status, run.message = "runtime_error", f"the result channel carried data the harness did not send: {error}"
    except Abort as stop:
        run.status, run.message = stop.status, stop.message
    run.seconds = time.monotonic() - started
    run.output = sample.finish()
    run.maxrss_kb = sample.maxrss_kb
    run.passed = sum(outcome is True for outcome in outcomes)
    if run.status == "passed" and (failures or run.passed < tests.total):
        kinds = [kind for _, kind, _ in failures if kind in SEVERITY]
        run.status = max(kinds, key=SEVERITY.get) if kinds else "failed"
        run.message = _failure_message(failures, tests)
    elif run.status != "passed" and run.status != "syntax_error" and failures and run.message:
        run.message = f"{run.message} (after {_failure_message(failures, tests)})"[:harness.MESSAGE_CHARS]
    return run


SEVERITY = {"failed": 0, "runtime_error": 1, "memory_exceeded": 2}


def _failure_message(failures: list, tests: ProblemTests) -> str:
    if not failures:
        return "a test did not run to completion"
    index, _, description = failures[0]
    if 0 <= index < tests.total:
        statement = " ".join(tests.statements[index].split())[:120]
        return f"test {index + 1}/{tests.total} `{statement}`: {description}"[:harness.MESSAGE_CHARS]
    return f"in check: {description}"[:harness.MESSAGE_CHARS]


def reference_profile(spawner: Spawner, tests: ProblemTests, problem: dict, limits: Limits) -> Profile:
    """Run the tests and the workload against the reference, recording every call (see the module docstring)."""
    run = run_tests(spawner, tests, problem, problem["reference"], limits, limits.reference_timeout,
                    workload=tests.has_workload, reference=True)
    if run.status != "passed":
        return Profile(failure=f"{run.status}: {run.message}", seconds=run.seconds)
    log = run.log[run.check_calls:] if tests.has_workload else run.log
    mutates = any(call.mutated for call in log)
    names = frozenset(tests.class_names)
    if mutates:  # the objects now hold what the calls left in them: time the arguments as they were sent
        timed = codec.encode([codec.decode(call.arguments, tests.classes) for call in log], names)
    else:
        timed = codec.encode([call.objects for call in log], names)
    # Workload calls are matched by position; only the tests' calls need their arguments, to look up the
    # candidate's own answers, so a profile keeps no second copy of a large workload.
    arguments = () if tests.has_workload else tuple(call.arguments for call in log)
    return Profile(calls=arguments, answers=tuple(call.answer for call in log),
                   timed=timed, mutates=mutates, from_workload=tests.has_workload, seconds=run.seconds,
                   pass_loop=harness.pass_loop(harness.call_shapes(call.objects for call in log)))


# ---------------------------------------------------------------------------------------------- timing

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
    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def prepare_batch(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, profile: Profile, fresh: bool,
                  passes: int, timing: dict, limits: Limits, wall: float, reference: bool) -> TimedBatch:
    """Fork a batch process and wait until it has prepared its passes (no candidate code has run in it yet)."""
    job = Job("batch", code, problem["preamble"], problem["entry_point"], tests.class_names, tests.class_source,
              passes, fresh, timing["collect_garbage"], profile.pass_loop)
    sample = spawner.spawn(job, limits, wall + limits.timeout, reference)
    try:
        if sample.receive(time.monotonic() + limits.timeout)[0] != "ready":
            raise SampleMisbehaved("the batch did not start")
    except (SampleTimeout, SampleGone, SampleMisbehaved) as error:
        sample.finish()
        raise TimingFailed("runtime_error", f"a timed batch could not be prepared: {error or 'timed out'}") from None
    return TimedBatch(sample, passes, wall, profile.timed)


class TimedBatch:
    """A prepared batch process, driven by the judge: loads, the calls, runs of passes, finish.

    Its CPU clock is read from outside, only while it waits for the next order, and it is stopped (SIGSTOP,
    every thread) between orders, so nothing of it runs while the other side of its pair is timed. After every
    run the judge picks some of the run's passes at random (its share of CHECKS_PER_BATCH, at least one) and
    takes their answers (`answers`), so a pass cannot know whether it is checked. `wall` is the wall-clock time its own orders may take in all. Every failure is
    a `TimingFailed`.
    """

    def __init__(self, sample: Sample, passes: int, wall: float, calls: bytes):
        self.sample, self.passes, self.wall_left, self.calls = sample, passes, wall, calls
        self.loaded = self.ran = 0
        self.run_seconds = 0.0
        self.answers: list[tuple] = []
        """The answers of every checked pass, one tuple of encoded answers each."""
        self.changed_module = ""
        """A module whose namespace the solution changed, as the batch reported it (see `harness.module_watch`)."""

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
            raise TimingFailed(CandidateRaised(str(reply[1]), "").kind, "while timing: " + str(reply[2])[:200])
        self._fail("the batch sent a message the harness does not send")

    def _fail(self, message: str):
        self.sample.finish()
        raise TimingFailed("runtime_error", "while timing: " + message)


def calibrate(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, profile: Profile, fresh: bool,
              extra_passes: int, timing: dict, limits: Limits, wall: float, reference: bool) -> Batch:
    """Time one cold pass on its own, then (if it is shorter than `min_duration`) enough warm passes together to
    estimate a warm pass: what the timed batches' pass counts are chosen from. Only the passes that run are
    loaded, so a solution with heavy module-level work is loaded twice here, not `1 + extra_passes` times."""
    batch = prepare_batch(spawner, tests, problem, code, profile, fresh, 1 + extra_passes, timing, limits, wall,
                          reference)
    try:
        load = batch.load(1)
        cold = batch.run(1) + load
        warm = None
        if cold < timing["min_duration"] and extra_passes > 0:
            more = max(1, min(extra_passes, math.ceil(0.3 * timing["min_duration"] / max(cold, 1e-7))))
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


def time_paired(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, profile: Profile,
                expected: tuple[bytes, ...], fresh: bool, limits: Limits, timing: dict) -> dict:
    """Time reference and candidate in interleaved batches; return runtimes, loops and the median ratio."""
    calls = profile.timed
    if fresh:
        per_call_cap = max(1, min(MAX_CALLS_DECODED // max(1, len(profile.answers)), MAX_BYTES_DECODED // len(calls)))
    else:
        per_call_cap = MAX_CALLS_DECODED
    calibration_passes = max(0, min(CALIBRATION_PASSES, per_call_cap - 1))
    sides = {"reference": problem["reference"], "candidate": code}
    started = time.monotonic()
    passes, first = {}, {}
    for side in ("reference", "candidate"):
        settings = (fresh, timing["min_duration"], timing["collect_garbage"])
        if side == "reference" and settings in profile.calibration:
            first[side] = profile.calibration[settings]
            continue
        wall = limits.reference_timeout if side == "reference" else \
            max(limits.timeout, limits.timeout_factor * 2 * first["reference"].cold + 1.0)
        batch = calibrate(spawner, tests, problem, sides[side], profile, fresh, calibration_passes, timing, limits,
                          wall, side == "reference")
        if side == "reference":
            profile.calibration[settings] = batch
        if side == "candidate":
            wrong = check_answers(batch, expected)
            if wrong:
                raise TimingFailed("failed", wrong)
            if batch.changed_module:
                return no_bonus_for_shared_state(batch.changed_module, [], [])
        first[side] = batch
    # Both sides make the same number of passes per batch, so one-time costs (a cold first pass, lazy set-up)
    # are spread over the same count; only a candidate much slower than the reference gets fewer passes, so
    # its batches stay short.
    reference_pass = first["reference"].warm or first["reference"].seconds
    candidate_pass = first["candidate"].warm or first["candidate"].seconds
    loops = math.ceil(timing["min_duration"] / max(reference_pass, 1e-7))
    # A batch loads the solution once per pass: a solution with heavy module-level work (a table of primes)
    # gets fewer passes, so loading stays within LOADING_BUDGET batches' worth of CPU.
    load_cap = max(1, int(LOADING_BUDGET * timing["min_duration"] / max(first["reference"].load,
                                                                         first["candidate"].load, 1e-9)))
    passes["reference"] = max(1, min(timing["max_loops"], per_call_cap, loops, load_cap))
    if candidate_pass > SAME_LOOPS_UP_TO * reference_pass:
        passes["candidate"] = max(1, round(passes["reference"] * reference_pass / candidate_pass))
    else:
        passes["candidate"] = passes["reference"]
    runs = max(1, min(*passes.values(), round(passes["reference"] * reference_pass / RUN_SECONDS)))
    walls = {"reference": limits.reference_timeout,
             "candidate": max(limits.timeout, limits.timeout_factor * passes["candidate"] * max(reference_pass, 1e-6)
                              * 4 + 1.0)}
    reference_times, candidate_times, peak = [], [], {"reference": 0, "candidate": 0}
    first_reference, first_candidate = [], []  # each batch's cold run: its first load and first pass
    for index in range(timing["max_repeats"]):
        if index >= timing["repeats"] and not timing_module.too_spread(reference_times, candidate_times,
                                                                                timing["spread"]):
            break
        order = ("reference", "candidate") if index % 2 == 0 else ("candidate", "reference")
        # Both processes are prepared before either is timed. No candidate code runs before the pair's loads,
        # and the candidate's process is stopped whenever the reference's runs.
        prepared = {}
        try:
            for side in order:
                prepared[side] = prepare_batch(spawner, tests, problem, sides[side], profile, fresh, passes[side],
                                               timing, limits, walls[side], side == "reference")
            measured = measure_pair(prepared, order, runs)
        finally:
            for batch in prepared.values():
                batch.close()
        wrong = check_answers(measured["candidate"], expected)
        if wrong:
            raise TimingFailed("failed", wrong)
        if measured["candidate"].changed_module:
            return no_bonus_for_shared_state(measured["candidate"].changed_module, reference_times, candidate_times)
        for side in order:
            peak[side] = max(peak[side], measured[side].maxrss_kb)
        reference_times.append(measured["reference"].seconds)
        candidate_times.append(measured["candidate"].seconds)
        first_reference.append(measured["reference"].cold)
        first_candidate.append(measured["candidate"].cold)
        if time.monotonic() - started > timing["max_seconds"] and index + 1 >= timing["min_repeats"]:
            break
    ratio = timing_module.median_of_ratios(reference_times, candidate_times)
    first_ratios = timing_module.pair_ratios(first_reference, first_candidate)
    note = ""
    # Every pass has a fresh module, but objects the interpreter already holds (a list in `sys`, a library's
    # cache) can carry state from one pass to the next. A pass that profits from that is cheaper than the cold
    # run of a fresh process, which is what one run of the program costs: when the candidate's cold runs are
    # much slower, relative to the reference's, than its batches in every pair (so not by chance), the cold
    # runs' median ratio is the one used.
    threshold = max(1.0, CARRIED_STATE_FACTOR * ratio) if ratio is not None else math.inf
    if first_ratios and min(first_ratios) > threshold:
        first_ratio = timing_module.median(first_ratios)
        note = (f"timed on first passes: ratio {first_ratio:.3g} on the first load and pass of each batch "
                f"against {ratio:.3g} over the batches (state carried between passes)")
        ratio = first_ratio
    return {"runtimes": candidate_times, "reference_runtimes": reference_times,
            "ratio": ratio, "note": note,
            "loops": (passes["reference"], passes["candidate"]),
            "peak_kb": peak["candidate"], "reference_peak_kb": peak["reference"]}


def no_bonus_for_shared_state(module: str, reference_times: list, candidate_times: list) -> dict:
    """The timing result of a candidate that changed another module's namespace in a timed batch: its passes
    could share state (answers kept in `math`), so its batches do not say what one run costs, and it earns no
    efficiency bonus. At millisecond scale the first-pass check would catch the gain, but not at microseconds."""
    return {"runtimes": candidate_times, "reference_runtimes": reference_times, "ratio": None,
            "note": f"no efficiency bonus: the solution changed module `{module}` while timed, so its passes could "
                    "share state", "loops": None, "peak_kb": 0, "reference_peak_kb": 0}


# ---------------------------------------------------------------------------------------------- one sample

def answer_calls(request: dict, spawner: Spawner) -> dict:
    """Call untrusted code (a dataset's input generator, say) in one sample process and return its answers.

    The code is loaded like a candidate, each call's arguments go in encoded and each answer comes back as the
    codec's bytes, which the caller decodes. Nothing is compared or timed: this only runs data-defined code where
    it cannot reach the caller. Replies `{"loaded": ..., "answers": [("ok", bytes) | ("raise", kind, message)]}`.
    """
    limits = Limits(**request["limits"])
    deadline = time.monotonic() + request["wall"]
    job = Job("calls", request["code"], request["preamble"], request["entry_point"], (), "")
    sample = spawner.spawn(job, limits, request["wall"])
    answers: list[tuple] = []
    try:
        first = sample.receive(deadline)
        if first[0] != "loaded":
            detail = first[-1] if len(first) > 1 else first[0]
            return {"loaded": f"{first[0]}: {str(detail)[:harness.MESSAGE_CHARS]}", "answers": answers}
        for arguments in request["calls"]:
            reply = exchange(sample, ("call", arguments), deadline)
            if reply[0] == "ok" and len(reply) == 3 and type(reply[1]) is bytes:
                answers.append(("ok", reply[1]))
            elif reply[0] == "raise" and len(reply) == 3:
                answers.append(("raise", str(reply[1]), str(reply[2])[:harness.MESSAGE_CHARS]))
            else:
                raise Abort("runtime_error", "the sample sent a message the harness does not send")
    except Abort as stop:
        answers.append(("raise", stop.status, stop.message))
    except (SampleTimeout, SampleGone, SampleMisbehaved) as error:
        answers.append(("raise", "runtime_error", f"the sample process failed while loading: {error}"))
    finally:
        sample.finish()
    return {"loaded": "loaded", "answers": answers}


def judge(request: dict, spawner: Spawner, state: JudgeState) -> dict:
    """Judge one request from `reward.executor.Executor`: tests, then (if asked and passed) paired timing."""
    if request.get("kind") == "calls":
        return answer_calls(request, spawner)
    problem, prepared = request["problem"], request["prepared"]
    limits = Limits(**request["limits"])
    timing = request["timing"]
    key = problem_key(problem)
    tests = _cached(state.tests, key, lambda: build_tests(problem, prepared))
    profile = _cached(state.profiles, (key, tuple(sorted(request["limits"].items()))),
                      lambda: reference_profile(spawner, tests, problem, limits))
    wall = max(limits.timeout, limits.timeout_factor * profile.seconds) if profile.failure is None else limits.timeout
    run = run_tests(spawner, tests, problem, request["solution"], limits, wall)
    reply = {"status": run.status, "tests_passed": run.passed, "tests_total": tests.total,
             "message": run.message, "output": run.output, "peak_memory_kb": run.maxrss_kb,
             "time_limit": wall, "leftover_processes": spawner.leftovers}
    if run.status != "passed" or timing is None:
        return reply
    if profile.failure is not None:
        reply["message"] = f"the reference fails its own tests ({profile.failure[:160]}); no efficiency bonus"
        return reply
    if not profile.answers:
        reply["message"] = "the tests and workload make no calls to time; no efficiency bonus"
        return reply
    if profile.from_workload:
        expected = profile.answers
    else:
        own = {call.arguments: call.answer for call in run.log}
        expected = tuple(own.get(args, answer) for args, answer in zip(profile.calls, profile.answers))
    fresh = profile.mutates or any(call.mutated for call in run.log)
    try:
        timed = time_paired(spawner, tests, problem, request["solution"], profile, expected, fresh, limits, timing)
    except TimingFailed as failure:
        reply.update(status=failure.status, message=failure.message[:harness.MESSAGE_CHARS])
        return reply
    note = timed.pop("note")
    reply.update(timed)
    if note:
        reply["message"] = note
    reply["peak_memory_kb"] = max(run.maxrss_kb, timed["peak_kb"])
    reply["leftover_processes"] = spawner.leftovers
    return reply
