"""The judge: runs a problem's tests against a candidate in another process, and times it against the reference.

It runs in the fork server (`reward.server.serve`), a process no candidate code ever runs in. Per sample:

1. **The reference's profile** (once per problem and server): the reference runs in its own sample process;
   the judge runs `check` against it and then the workload, and records every call: its arguments and the
   reference's answer. Those calls are what gets timed, and the time the reference took sets the candidate's
   time limit (`Limits.timeout_factor`).
2. **The tests.** The candidate's solution is loaded in a fresh sample process. `check` runs here, in the
   judge; each call of `candidate(...)` sends the encoded arguments to the sample and gets back a plain value
   (`reward.codec`), so every comparison is made on the judge's own objects.
3. **Paired timing** (`reward.timing.time_paired`): pairs of batches of the recorded calls, one reference and
   one candidate batch, each in a fresh process forked from the clean zygote, taking turns of about a
   millisecond. Answers of passes drawn at random are checked: the workload's against the reference's, the
   tests' against the candidate's own answers during the tests (`paired_timing`). The efficiency term is the
   median of the per-pair ratios, so drift in the machine's speed cancels.

The reply is what `reward.executor` turns into a `Verdict`.
"""

from __future__ import annotations

import ast
import builtins
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from reward import codec, harness, protocol, timing
from reward.settings import Limits
from reward.protocol import (
    Abort, CallsReply, CallsRequest, Job, JudgeReply, JudgeRequest, ProblemSource, SampleGone, SampleMisbehaved,
    SampleTimeout, exchange,
)
from reward.sandbox import Sample, Spawner
from reward.timing import PairedTiming, TimingFailed, time_paired

MAX_CACHED_PROBLEMS = 128
"""Problems whose judge namespace and reference profile one server keeps (least recently used go first)."""


class CandidateRaised(Exception):
    """The candidate's call raised; `kind` is the verdict status its exception maps to."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = protocol.raised_status(kind)


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
    """The compiled loop that makes those calls in a timed pass (`reward.timing.pass_loop`), or b"" for the
    generic one."""
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


def build_tests(problem: ProblemSource, prepared: harness.PreparedTests) -> ProblemTests:
    """Execute preamble, the reference's helpers, tests and workload in a judge namespace (trusted code)."""
    base = {"__builtins__": builtins}
    exec(problem.preamble, base)
    helpers = harness.module_namespace(base, "acecode_reference")
    try:  # the reference's own helpers (HumanEval's `poly`), which tests may call
        exec(problem.reference, helpers)
    except Exception:  # noqa: BLE001 - a broken reference is reported by its profile
        helpers = {}
    namespace = harness.module_namespace(base, f"acecode_tests_{len(sys.modules)}")
    for name, value in helpers.items():
        if name not in namespace and not hasattr(builtins, name):
            namespace[name] = value
    exec(problem.tests, namespace)
    if problem.workload is not None:
        exec(problem.workload, namespace)
    exec(prepared.counted_source, namespace)
    preamble_classes = tuple(node.name for node in ast.parse(problem.preamble).body
                             if isinstance(node, ast.ClassDef))
    class_names = tuple(dict.fromkeys(preamble_classes + tuple(prepared.class_names)))
    classes = {name: namespace[name] for name in class_names if isinstance(namespace.get(name), type)}
    return ProblemTests(namespace, prepared.total, tuple(prepared.statements), class_names,
                        prepared.class_source, classes, problem.workload is not None)


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
            raise CandidateRaised(str(reply[1]), reply[2][:protocol.MESSAGE_CHARS])
        raise Abort("runtime_error", "the sample sent a message the harness does not send")


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


def load(spawner: Spawner, tests: ProblemTests, problem: ProblemSource, code: str, limits: Limits, wall: float,
         reference: bool = False) -> Sample:
    job = Job("calls", code, problem.preamble, problem.entry_point, tests.class_names, tests.class_source)
    return spawner.spawn(job, limits, wall, reference)


def run_tests(spawner: Spawner, tests: ProblemTests, problem: ProblemSource, code: str, limits: Limits, wall: float,
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
            kind = error.kind if isinstance(error, CandidateRaised) else protocol.failure_kind(error)
            text = str(error) if isinstance(error, CandidateRaised) else protocol.describe(error)
            failures.append((index, kind, text))

    run = TestRun("passed", 0, log=log)
    try:
        first = sample.receive(deadline)
        if first[0] == "syntax_error":
            run.status, run.message = "syntax_error", str(first[1])[:protocol.MESSAGE_CHARS]
        elif first[0] == "load_error":
            run.status = CandidateRaised(str(first[1]), "").kind
            run.message = "while loading the solution: " + str(first[2])[:protocol.MESSAGE_CHARS]
        elif first[0] != "loaded":
            raise SampleMisbehaved("an unexpected first message")
        else:
            check = tests.namespace[harness.MAKER](record, Exception)
            remote = Remote(sample, deadline, tests, log)
            try:
                check(remote)
            except Exception as error:  # noqa: BLE001 - only reachable if check itself is broken
                failures.append((-1, protocol.failure_kind(error), protocol.describe(error)))
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
        run.message = f"{run.message} (after {_failure_message(failures, tests)})"[:protocol.MESSAGE_CHARS]
    return run


SEVERITY = {"failed": 0, "runtime_error": 1, "memory_exceeded": 2}


def _failure_message(failures: list, tests: ProblemTests) -> str:
    if not failures:
        return "a test did not run to completion"
    index, _, description = failures[0]
    if 0 <= index < tests.total:
        statement = " ".join(tests.statements[index].split())[:120]
        return f"test {index + 1}/{tests.total} `{statement}`: {description}"[:protocol.MESSAGE_CHARS]
    return f"in check: {description}"[:protocol.MESSAGE_CHARS]


def reference_profile(spawner: Spawner, tests: ProblemTests, problem: ProblemSource, limits: Limits) -> Profile:
    """Run the tests and the workload against the reference, recording every call (see the module docstring)."""
    run = run_tests(spawner, tests, problem, problem.reference, limits, limits.reference_timeout,
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
                   pass_loop=timing.pass_loop(timing.call_shapes(call.objects for call in log)))


# ---------------------------------------------------------------------------------------------- one sample

def answer_calls(request: CallsRequest, spawner: Spawner) -> CallsReply:
    """Call untrusted code (a dataset's input generator, say) in one sample process and return its answers.

    The code is loaded like a candidate, each call's arguments go in encoded and each answer comes back as the
    codec's bytes, which the caller decodes. Nothing is compared or timed: this only runs data-defined code where
    it cannot reach the caller.
    """
    deadline = time.monotonic() + request.wall
    job = Job("calls", request.code, request.preamble, request.entry_point, (), "")
    sample = spawner.spawn(job, request.limits, request.wall)
    answers: list[tuple] = []
    try:
        first = sample.receive(deadline)
        if first[0] != "loaded":
            detail = first[-1] if len(first) > 1 else first[0]
            return CallsReply(f"{first[0]}: {str(detail)[:protocol.MESSAGE_CHARS]}", answers)
        for arguments in request.calls:
            reply = exchange(sample, ("call", arguments), deadline)
            if reply[0] == "ok" and len(reply) == 3 and type(reply[1]) is bytes:
                answers.append(("ok", reply[1]))
            elif reply[0] == "raise" and len(reply) == 3:
                answers.append(("raise", str(reply[1]), str(reply[2])[:protocol.MESSAGE_CHARS]))
            else:
                raise Abort("runtime_error", "the sample sent a message the harness does not send")
    except Abort as stop:
        answers.append(("raise", stop.status, stop.message))
    except (SampleTimeout, SampleGone, SampleMisbehaved) as error:
        answers.append(("raise", "runtime_error", f"the sample process failed while loading: {error}"))
    finally:
        sample.finish()
    return CallsReply("loaded", answers)


def judge(request: JudgeRequest | CallsRequest, spawner: Spawner, state: JudgeState) -> JudgeReply | CallsReply:
    """Judge one request from `reward.executor.Executor`: tests, then (if asked and passed) paired timing."""
    if isinstance(request, CallsRequest):
        return answer_calls(request, spawner)
    problem, limits = request.problem, request.limits
    key = problem.key()
    tests = _cached(state.tests, key, lambda: build_tests(problem, request.prepared))
    profile = _cached(state.profiles, (key, limits), lambda: reference_profile(spawner, tests, problem, limits))
    wall = max(limits.timeout, limits.timeout_factor * profile.seconds) if profile.failure is None else limits.timeout
    run = run_tests(spawner, tests, problem, request.solution, limits, wall)
    reply = JudgeReply(run.status, run.passed, tests.total, run.message, run.output, run.maxrss_kb, wall,
                       spawner.leftovers)
    if run.status != "passed" or request.timing is None:
        return reply
    if profile.failure is not None:
        reply.message = f"the reference fails its own tests ({profile.failure[:160]}); no efficiency bonus"
        return reply
    if not profile.answers:
        reply.message = "the tests and workload make no calls to time; no efficiency bonus"
        return reply
    try:
        timed = time_paired(paired_timing(request, spawner, tests, profile, run), request.solution)
    except TimingFailed as failure:
        reply.status, reply.message = failure.status, failure.message[:protocol.MESSAGE_CHARS]
        return reply
    reply.runtimes, reply.reference_runtimes, reply.ratio, reply.loops = \
        timed.runtimes, timed.reference_runtimes, timed.ratio, timed.loops
    if timed.note:
        reply.message = timed.note
    reply.peak_memory_kb = max(run.maxrss_kb, timed.peak_kb)
    reply.reference_peak_kb = timed.reference_peak_kb
    reply.leftover_processes = spawner.leftovers
    return reply


def paired_timing(request: JudgeRequest, spawner: Spawner, tests: ProblemTests, profile: Profile,
                  run: TestRun) -> PairedTiming:
    """What the candidate's timing needs: the reference's recorded calls, and the answers each must give (the
    workload's are the reference's; the tests' are the candidate's own during the tests, which `check` accepted)."""
    if profile.from_workload:
        expected = profile.answers
    else:
        own = {call.arguments: call.answer for call in run.log}
        expected = tuple(own.get(args, answer) for args, answer in zip(profile.calls, profile.answers))
    fresh = profile.mutates or any(call.mutated for call in run.log)
    problem = request.problem
    job = Job("batch", "", problem.preamble, problem.entry_point, tests.class_names, tests.class_source,
              fresh_arguments=fresh, collect_garbage=request.timing.collect_garbage, pass_loop=profile.pass_loop)
    return PairedTiming(spawner, request.limits, request.timing, job, problem.reference, profile.timed, expected,
                        profile.calibration)
