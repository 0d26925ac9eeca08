"""The judge: runs a problem's tests against a candidate in another process, and times it against the reference.

It runs in the fork server (`reward.sandbox.serve`), a process no candidate code ever runs in. Per sample:

1. **The reference's profile** (once per problem and server): the reference runs in its own sample process;
   the judge runs `check` against it and then the workload, and records every call: its arguments and the
   reference's answer. Those calls are what gets timed, and the time the reference took sets the candidate's
   time limit (`Limits.timeout_factor`).
2. **The tests.** The candidate's solution is loaded in a fresh sample process. `check` runs here, in the
   judge; each call of `candidate(...)` sends the encoded arguments to the sample and gets back a plain value
   (`reward.codec`), so every comparison is made on the judge's own objects.
3. **Paired timing** (`time_paired`): batches of the recorded calls, each in a fresh process forked from the
   clean zygote, alternating reference and candidate. The judge reads each batch process's CPU clock before it
   starts and after it has sent its answers, and checks those answers: the workload's against the reference's,
   the tests' against the candidate's own answers during the tests. The efficiency term comes from the median
   of the per-pair ratios, so drift in the machine's speed cancels.

The reply is what `reward.executor` turns into a `Verdict`.
"""

from __future__ import annotations

import ast
import builtins
import math
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
LOADING_BUDGET = 4.0
"""A batch's loads may take at most this many times `min_duration` of CPU (they run before its passes)."""
SAME_LOOPS_UP_TO = 4.0
"""A candidate up to this many times slower than the reference makes as many passes per batch as it does."""
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
                   timed=timed, mutates=mutates, from_workload=tests.has_workload, seconds=run.seconds)


# ---------------------------------------------------------------------------------------------- timing

@dataclass
class Batch:
    seconds: float
    """CPU seconds per pass, measured by the judge."""
    answers: list
    maxrss_kb: int
    cold: float = 0.0
    warm: float | None = None
    """For a calibration batch: the first (cold) pass and the second (warm) pass on their own."""
    load: float = 0.0
    """CPU seconds one load of the solution took (the average over the batch's loads)."""


class TimingFailed(Exception):
    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def run_batch(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, calls: bytes, fresh: bool,
              passes: int, calibrate: bool, timing: dict, limits: Limits, wall: float, reference: bool) -> Batch:
    """`prepare_batch` then `measure_batch`."""
    return measure_batch(prepare_batch(spawner, tests, problem, code, calls, fresh, passes, calibrate, timing,
                                       limits, wall, reference), passes, calibrate, timing, wall)


def prepare_batch(spawner: Spawner, tests: ProblemTests, problem: dict, code: str, calls: bytes, fresh: bool,
                  passes: int, calibrate: bool, timing: dict, limits: Limits, wall: float,
                  reference: bool) -> Sample:
    """Fork a batch process and wait until it has prepared its passes (no candidate code has run in it yet)."""
    job = Job("batch", code, problem["preamble"], problem["entry_point"], tests.class_names, tests.class_source,
              calls, passes, calibrate, fresh, timing["collect_garbage"])
    sample = spawner.spawn(job, limits, wall + limits.timeout, reference)
    try:
        if sample.receive(time.monotonic() + limits.timeout)[0] != "ready":
            raise SampleMisbehaved("the batch did not start")
    except (SampleTimeout, SampleGone, SampleMisbehaved) as error:
        sample.finish()
        raise TimingFailed("runtime_error", f"a timed batch could not be prepared: {error or 'timed out'}") from None
    return sample


def measure_batch(sample: Sample, passes: int, calibrate: bool, timing: dict, wall: float) -> Batch:
    """Time one prepared batch; the CPU clock is read only while the process waits on the judge.

    The batch loads the solution once per pass (fresh module state for each), then runs the passes. A batch's
    time is one load (the average of its loads) plus its passes, so `seconds` is that over the pass count:
    loading is charged as for one program run `passes` times, and module state never carries between passes.
    A calibration batch times its first (cold) pass alone; if that is shorter than `min_duration` it then
    times enough warm passes together to estimate a warm pass, and the batch only sets the loop count.
    The process is gone when this returns, with whatever threads it started.
    """
    min_duration = timing["min_duration"]
    deadline = time.monotonic() + wall
    try:
        start = sample.cpu_seconds()
        reply = exchange(sample, ("go",), deadline)
        loaded = sample.cpu_seconds()
        if reply[0] == "loaded":
            reply = exchange(sample, ("go",), deadline)
        load = (loaded - start) / ((1 + passes) if calibrate else passes) if None not in (start, loaded) else 0.0
        cold = warm = None
        if calibrate and reply[0] == "pass":
            after_cold = sample.cpu_seconds()
            cold = after_cold - loaded + load
            if cold < min_duration and passes > 0:
                more = max(1, min(passes, math.ceil(0.3 * min_duration / max(cold, 1e-7))))
                reply = exchange(sample, ("more", more), deadline)
                if reply[0] == "pass":
                    warm = (sample.cpu_seconds() - after_cold) / more
            if reply[0] == "pass":
                reply = exchange(sample, ("finish",), deadline)
        end = sample.cpu_seconds()
        if reply[0] == "raise" and len(reply) == 3:
            raise TimingFailed(CandidateRaised(str(reply[1]), "").kind, "while timing: " + str(reply[2])[:200])
        if reply[0] != "done" or len(reply) != 3 or type(reply[1]) is not tuple:
            raise Abort("runtime_error", "the batch sent a message the harness does not send")
        if start is None or end is None or loaded is None:
            raise Abort("runtime_error", "the batch's CPU clock could not be read")
        answers = [reply[1]] + ([reply[2]] if type(reply[2]) is tuple else [])
        if not calibrate:
            seconds = (end - loaded + load) / passes
        else:
            seconds = end - loaded + load if warm is None else warm
        sample.finish()
        return Batch(seconds, answers, sample.maxrss_kb, cold or 0.0, warm, load)
    except SampleTimeout:
        sample.finish()
        raise TimingFailed("timeout", "wall-clock limit reached while timing") from None
    except SampleGone:
        sample.finish()
        raise TimingFailed("timeout" if sample.cpu_limit_reached() else "runtime_error",
                           f"while timing: the sample process {sample.died_of()}") from None
    except SampleMisbehaved as error:
        sample.finish()
        raise TimingFailed("runtime_error", f"while timing: {error}") from None
    except Abort as stop:
        sample.finish()
        raise TimingFailed(stop.status, "while timing: " + stop.message) from None
    finally:
        if sample.status is None:
            sample.finish()


def check_answers(batch: Batch, expected: tuple[bytes, ...]) -> str | None:
    """Why a batch's answers are not the expected ones, or None when every answer of every reported pass is."""
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
    calibration_passes = max(0, min(harness.CALIBRATION_PASSES, per_call_cap - 1))
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
        batch = run_batch(spawner, tests, problem, sides[side], calls, fresh, calibration_passes, True, timing,
                          limits, wall, side == "reference")
        if side == "reference":
            profile.calibration[settings] = batch
        if side == "candidate":
            wrong = check_answers(batch, expected)
            if wrong:
                raise TimingFailed("failed", wrong)
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
    reference_times, candidate_times, peak = [], [], {"reference": 0, "candidate": 0}
    for index in range(timing["max_repeats"]):
        if index >= timing["repeats"] and not timing_module.too_spread(reference_times, candidate_times,
                                                                                timing["spread"]):
            break
        order = ("reference", "candidate") if index % 2 == 0 else ("candidate", "reference")
        estimate = first["reference"].warm or first["reference"].seconds
        walls = {"reference": limits.reference_timeout,
                 "candidate": max(limits.timeout, limits.timeout_factor * passes["candidate"] * max(estimate, 1e-6) * 4
                                  + 1.0)}
        # Both processes are prepared before either is timed, so the two windows of a pair follow each other
        # within milliseconds. No candidate code runs before its own window, and its process is killed after.
        prepared = {}
        try:
            for side in order:
                prepared[side] = prepare_batch(spawner, tests, problem, sides[side], calls, fresh, passes[side],
                                               False, timing, limits, walls[side], side == "reference")
            measured = {}
            for side in order:
                batch = measure_batch(prepared.pop(side), passes[side], False, timing, walls[side])
                if side == "candidate":
                    wrong = check_answers(batch, expected)
                    if wrong:
                        raise TimingFailed("failed", wrong)
                measured[side] = batch.seconds
                peak[side] = max(peak[side], batch.maxrss_kb)
        finally:
            for sample in prepared.values():
                sample.finish()
        reference_times.append(measured["reference"])
        candidate_times.append(measured["candidate"])
        if time.monotonic() - started > timing["max_seconds"] and index + 1 >= timing["min_repeats"]:
            break
    return {"runtimes": candidate_times, "reference_runtimes": reference_times,
            "ratio": timing_module.median_of_ratios(reference_times, candidate_times),
            "loops": (passes["reference"], passes["candidate"]),
            "peak_kb": peak["candidate"], "reference_peak_kb": peak["reference"]}


# ---------------------------------------------------------------------------------------------- one sample

def judge(request: dict, spawner: Spawner, state: JudgeState) -> dict:
    """Judge one request from `reward.executor.Executor`: tests, then (if asked and passed) paired timing."""
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
    reply.update(timed)
    reply["peak_memory_kb"] = max(run.maxrss_kb, timed["peak_kb"])
    reply["leftover_processes"] = spawner.leftovers
    return reply
