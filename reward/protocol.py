"""The wire protocol between reward/'s processes: how each channel frames its messages, and what they hold.

- executor <-> fork server (a pipe pair): length-prefixed pickle (`send_trusted`, `receive_trusted`) of typed
  requests (`JudgeRequest`, `CallsRequest`) and replies (`JudgeReply`, `CallsReply`). Pickle is used only here,
  because both ends are this project's code and no sample can reach these pipes: the zygote closes them before
  any sample exists. Unpickling runs code, so pickle must never read a byte a sample could have written.
- judge <-> sample (a socket pair): length-prefixed marshal of plain tuples (`send_message`; the sample reads
  with `receive_message`, the judge with `parse_message`, which bounds the size and checks the shape of what
  an untrusted process sent). marshal builds plain values and runs no code; `reward.codec` checks what they mean.
- server <-> zygote (a SOCK_SEQPACKET pair): one marshal packet per command (`reward.sandbox.Spawner`).
This file only frames and describes messages; it never starts a process or judges an answer.
"""

from __future__ import annotations

import marshal
import os
import struct
from dataclasses import dataclass, field

from reward import codec
from reward.settings import Limits, TimingConfig

MESSAGE_CHARS = 300
"""Longest failure message kept from a sample."""
MAX_MESSAGE_BYTES = codec.MAX_BYTES + (1 << 16)
"""Largest message the judge accepts from a sample."""
JUDGING = "judging"
"""The server's first answer to a request, as soon as it has read it: from then on, a failure is that request's."""


# ---------------------------------------------------------------------------------------------- requests

@dataclass(frozen=True)
class ProblemSource:
    """A problem as the judge needs it: the code it runs in its own namespace and in the reference's process."""

    id: str
    reference: str
    preamble: str
    tests: str
    workload: str | None
    entry_point: str

    def key(self) -> tuple:
        """What the judge's per-problem caches are keyed by (the id is only a label)."""
        return (self.reference, self.preamble, self.tests, self.workload, self.entry_point)


@dataclass(frozen=True)
class PreparedTests:
    """A problem's tests with `check` rewritten into a counted form."""

    total: int
    """How many tests: top-level statements of `check` that contain an assert."""
    counted_source: str
    """Defines `__acecode_counted_check(record, catch) -> check`, the counted `check`."""
    statements: tuple[str, ...]
    """The source of each counted test, for failure messages."""
    class_names: tuple[str, ...]
    """Classes the tests define (helper types such as ListNode); answers may be their instances."""
    class_source: str
    """The source of those class definitions, so a sample process can rebuild such arguments."""


@dataclass(frozen=True)
class JudgeRequest:
    """Judge one candidate: run the problem's tests against it, and time it against the reference if asked."""

    solution: str
    """The candidate's code (the preamble is added by the sample's harness)."""
    problem: ProblemSource
    prepared: PreparedTests
    """The tests with `check` rewritten into counted tests (`reward.harness.prepare_tests`, in the caller)."""
    limits: Limits
    timing: TimingConfig | None
    """None: tests only, no timing."""


@dataclass(frozen=True)
class CallsRequest:
    """Load code that comes from data (a dataset's input generator) in a sample and call it once per call."""

    code: str
    preamble: str
    entry_point: str
    calls: tuple[bytes, ...]
    """Each call's `(args, kwargs)`, encoded by `reward.codec.encode`."""
    limits: Limits
    wall: float
    """Wall-clock seconds for the load and every call together."""


@dataclass
class JudgeReply:
    """The judge's answer to a `JudgeRequest` (`reward.executor.verdict_from` makes it a Verdict), or to any
    request the judge failed on (`internal_error`)."""

    status: str
    tests_passed: int = 0
    tests_total: int = 0
    message: str = ""
    output: str = ""
    """The tests' run's captured stdout and stderr."""
    peak_memory_kb: int = 0
    """Peak resident memory of the candidate's sample processes (tests and timed batches)."""
    time_limit: float | None = None
    leftover_processes: int = 0
    """Processes the zygote has swept so far (only without seccomp)."""
    runtimes: list[float] = field(default_factory=list)
    reference_runtimes: list[float] = field(default_factory=list)
    ratio: float | None = None
    loops: tuple[int, int] | None = None
    reference_peak_kb: int = 0
    internal_error: str = ""
    """The traceback, when the judge itself failed on this request (the server then exits)."""


@dataclass
class CallsReply:
    """The judge's answer to a `CallsRequest`."""

    loaded: str
    """"loaded", or why the code could not be loaded."""
    answers: list[tuple] = field(default_factory=list)
    """Per call answered, ("ok", encoded value) or ("raise", status, message)."""
    internal_error: str = ""


@dataclass
class Job:
    """What a sample process receives: one solution and how to call it (never tests or answers)."""

    role: str
    """'calls' (answer the judge's calls) or 'batch' (one timed batch)."""
    solution: str
    preamble: str
    entry_point: str
    class_names: tuple[str, ...]
    class_source: str
    passes: int = 1
    """For a batch: the passes it prepares (the judge orders how many run, and when)."""
    fresh_arguments: bool = False
    """For a batch: give every pass its own copy of the arguments (when a call may change them); otherwise the
    passes share one copy, which stays in the processor's caches as the same input would in a real program."""
    collect_garbage: bool = True
    """For a batch: leave the garbage collector on while timing."""
    pass_loop: bytes = b""
    """For a batch: the compiled loop that runs its passes (`reward.timing.pass_loop`), or b"" for the generic one."""

    def fields(self) -> tuple:
        """The job as the plain tuple a sample receives (`Job(*fields)` rebuilds it)."""
        return (self.role, self.solution, self.preamble, self.entry_point, tuple(self.class_names),
                self.class_source, self.passes, self.fresh_arguments, self.collect_garbage, self.pass_loop)


def failure_kind(error: BaseException) -> str:
    """The verdict status an exception maps to. `type()` is used because `__class__` can be faked."""
    kind = type(error)
    if issubclass(kind, AssertionError):
        return "failed"
    if issubclass(kind, MemoryError):
        return "memory_exceeded"
    return "runtime_error"


def describe(error: BaseException) -> str:
    """A short `Type: message`; the candidate's exception may have a hostile `__str__`, so guard it."""
    try:
        text = str(error)
    except BaseException:  # noqa: BLE001 - a candidate's __str__ may raise anything
        text = "<unprintable>"
    try:
        name = str(type(error).__name__)
    except BaseException:  # noqa: BLE001
        name = "Exception"
    return (f"{name}: {text}" if text else name)[:MESSAGE_CHARS]


# ---------------------------------------------------------------------------------------------- framing

def send_trusted(fd: int, obj) -> None:
    """One length-prefixed pickle, between the executor and the fork server only (see the module docstring)."""
    import pickle

    _write_all(fd, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def receive_trusted(fd: int):
    """The next pickled object from the executor or the fork server, or None at end of file."""
    import pickle

    body = _read_frame(fd)
    return None if body is None else pickle.loads(body)


def send_message(fd: int, message: tuple) -> None:
    """One length-prefixed marshal message (plain data only), in either direction between judge and sample."""
    _write_all(fd, marshal.dumps(message, 4))


def receive_message(fd: int) -> tuple | None:
    """The next message on a trusted descriptor (in a sample: from the judge), or None at end of file."""
    body = _read_frame(fd)
    return None if body is None else marshal.loads(body)


class SampleGone(Exception):
    """The sample process exited or closed its socket before answering."""


class SampleTimeout(Exception):
    """The sample did not answer before its deadline."""


class SampleMisbehaved(Exception):
    """The sample sent something that is not a well-formed message."""


def parse_message(buffer: bytearray) -> tuple | None:
    """Take the first whole message a sample sent off `buffer`, or None while it is incomplete.

    The sender is untrusted: a frame longer than MAX_MESSAGE_BYTES, bytes marshal cannot read, or anything but a
    non-empty tuple whose first item is a str raises `SampleMisbehaved`.
    """
    if len(buffer) < 8:
        return None
    size = struct.unpack("<Q", buffer[:8])[0]
    if size > MAX_MESSAGE_BYTES:
        raise SampleMisbehaved("a message larger than the limit")
    if len(buffer) < 8 + size:
        return None
    body = bytes(buffer[8:8 + size])
    del buffer[:8 + size]
    try:
        message = marshal.loads(body)
    except Exception:  # noqa: BLE001 - forged data may raise anything marshal has
        raise SampleMisbehaved("a malformed message") from None
    if type(message) is not tuple or not message or type(message[0]) is not str:
        raise SampleMisbehaved("a malformed message")
    return message


def read_exactly(fd: int, size: int) -> bytes | None:
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, body: bytes) -> None:
    data = struct.pack("<Q", len(body)) + body
    while data:
        data = data[os.write(fd, data):]


def _read_frame(fd: int) -> bytes | None:
    header = read_exactly(fd, 8)
    if header is None:
        return None
    return read_exactly(fd, struct.unpack("<Q", header)[0])


# ---------------------------------------------------------------------------------------------- a round trip

class Abort(BaseException):
    """Stops the judge's work on a sample at once: it timed out, died or broke the protocol (not caught by the
    tests, which catch Exception)."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def exchange(sample, message: tuple, deadline: float) -> tuple:
    """Send one message to a `reward.sandbox.Sample` and wait for its reply, turning every way the sample can fail
    into an `Abort` with the verdict status it earns."""
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


RAISED_STATUSES = ("failed", "runtime_error", "memory_exceeded")


def raised_status(kind) -> str:
    """The verdict status of a sample's ("raise", kind, message): a kind the harness sends, else runtime_error
    (the kind comes from the sample, so it is never trusted to be one of them)."""
    return kind if kind in RAISED_STATUSES else "runtime_error"
