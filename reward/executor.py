"""The executor: asks a fork server to judge one candidate against one problem and returns a `Verdict`.

An `Executor` owns one fork server (`reward.server`), started in a fresh isolated interpreter (`python -I`)
with a scrubbed environment, and restarts it if it dies. Per sample it sends a typed request (`reward.protocol`:
the problem, the candidate's code, the limits and the timing settings) and blocks on one reply. The judging
itself happens in the fork server (`reward.judge`); this file only translates. A sample the judge started on but could not finish
gets a verdict and is never sent again. It does not compute rewards: `reward.pool` does.
"""

from __future__ import annotations

import functools
import os
import select
import signal
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reward import codec, harness, server
from reward.protocol import (
    JUDGING, CallsReply, CallsRequest, JudgeReply, JudgeRequest, ProblemSource, receive_trusted, send_trusted,
)
from reward.settings import Limits, TimingConfig
from reward.timing import median

STATUSES = ("passed", "failed", "runtime_error", "timeout", "memory_exceeded", "syntax_error")
SERVER_START_TIMEOUT_S = 60.0
ACKNOWLEDGE_TIMEOUT_S = 60.0
"""An idle server reads a request as soon as it is sent; this long only on a machine under very heavy load."""
REPLY_GRACE_S = 30.0
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Verdict:
    """The outcome of running one candidate: status, tests, paired runtimes, memory, and its reward."""

    status: str
    tests_passed: int = 0
    tests_total: int = 0
    message: str = ""
    """The first failure, short; empty when passed."""
    runtimes: list[float] = field(default_factory=list)
    """The candidate's CPU seconds per pass of the timed calls, one per pair of batches."""
    reference_runtimes: list[float] = field(default_factory=list)
    """The reference's, measured in the same pairs."""
    ratio: float | None = None
    """T_gen / T_ref: the median of the per-pair ratios; None when not timed."""
    runtime: float | None = None
    """Median of `runtimes`."""
    reference_runtime: float | None = None
    """Median of `reference_runtimes`."""
    loops: tuple[int, int] | None = None
    """Passes per batch (reference, candidate)."""
    peak_memory_mb: float | None = None
    """Peak resident memory of the candidate's sample processes, from the OS (ru_maxrss)."""
    reference_peak_memory_mb: float | None = None
    reward: float = 0.0
    output: str = ""
    """Captured stdout+stderr of the tests' run, capped at Limits.output_bytes."""
    time_limit: float | None = None
    """The wall-clock limit the tests ran under (follows the reference's time, at least Limits.timeout)."""

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def to_dict(self) -> dict:
        return {**asdict(self), "passed": self.passed, "runtime_s": self.runtime}


# CPython 3.11's ast.parse is not thread-safe: two threads building AST objects at once can fail with a spurious
# "SystemError: AST constructor recursion depth mismatch" (python/cpython#106905). The pool's threads call this.
_PARSING = threading.Lock()


@functools.lru_cache(maxsize=4096)
def prepared_tests(tests: str) -> harness.PreparedTests:
    with _PARSING:
        return harness.prepare_tests(tests)


def kill_server_group(pid: int) -> None:
    """SIGKILL a fork server and its process group (its own session), never the caller's group.

    The server is started with `start_new_session`, so its group id is its pid. The group is only signalled when
    that still holds and it differs from our own group; otherwise only the server process itself is killed.
    """
    try:
        group = os.getpgid(pid)
    except ProcessLookupError:
        return
    try:
        if group == pid and group != os.getpgrp() and group > 1:
            os.killpg(group, signal.SIGKILL)
        else:
            os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def reply_timeout(limits: Limits, timing: TimingConfig | None) -> float:
    """How long the executor waits for the judge's reply on one sample: a safety net for a judge stuck waiting,
    never the limit a sample meets. A judge that computes too long is ended by its CPU bound first.

    The judge's waits are each bounded by a sample's wall limit: the reference's tests and workload, and the
    candidate's (three reference_timeouts, as before: enough while the reference takes under a fifth of its
    limit); for timing, a candidate's calibration and up to max_repeats pairs, each waiting at most `timeout` for
    the batch to start and about `timeout` for it to run, no pair starting after max_seconds. Its own work is
    bounded by judge_cpu_seconds. By default 990 s, timed 1,195 s (it was 3,930 s, then the sample was sent again).
    """
    seconds = 3 * limits.reference_timeout + limits.judge_cpu_seconds + REPLY_GRACE_S
    if timing is not None:
        seconds += timing.max_seconds + (1 + timing.max_repeats) * 2 * limits.timeout
    return seconds


class ExecutorDied(RuntimeError):
    """The fork server process went away (killed, crashed) while a sample was in flight."""


class JudgeFailed(RuntimeError):
    """The judge started on a request and could not finish it; the message says why."""


class Executor:
    """One fork server, judging one sample at a time. Not thread-safe: the pool gives each thread its own."""

    def __init__(self, limits: Limits = Limits(), use_namespaces: bool | None = None, cpu: int | None = None):
        self.limits = limits
        self.cpu = cpu
        """The CPU the fork server and its samples are pinned to (None: the one this process runs on now)."""
        if cpu is None:
            self.cpu = os.sched_getcpu() if hasattr(os, "sched_getcpu") else None
        self.use_namespaces = limits.namespaces if use_namespaces is None else use_namespaces
        self.isolation: str | None = None
        """'namespaces' (private PID, network, IPC and mount namespaces) or 'process' (the fallback)."""
        self.features: dict = {}
        """What the fork server could set up: seccomp, a private /proc and filesystem, the hidden folders."""
        self._process: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        """Launch the fork server: `python -I`, empty environment, its own session, two private pipes."""
        request_read, request_write = os.pipe()
        reply_read, reply_write = os.pipe()
        boot = (
            "import sys, types\n"
            # Load the sandbox without the package __init__ (which pulls in the pool, psutil and tqdm), so
            # the fork server stays small and forks fast.
            f"package = types.ModuleType('reward'); package.__path__ = [{str(REPO_ROOT / 'reward')!r}]\n"
            "sys.modules['reward'] = package\n"
            f"sys.path.insert(0, {str(REPO_ROOT)!r})\n"
            "from reward.server import main\n"
            f"main({request_read}, {reply_write}, {self.use_namespaces}, {self.cpu!r}, {os.getpid()})\n"
        )
        self._process = subprocess.Popen(
            [sys.executable, "-I", "-c", boot], pass_fds=(request_read, reply_write), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, cwd="/",
            start_new_session=True)
        os.close(request_read)
        os.close(reply_write)
        self._request_fd, self._reply_fd = request_write, reply_read
        hello = self._receive(SERVER_START_TIMEOUT_S)
        self.isolation = hello["isolation"]
        self.workdirs = hello["workdirs"]
        """Where sample folders are made: each its own tmpfs in a private mount namespace where possible."""
        self.features = hello

    def close(self) -> None:
        """Kill the fork server and its watchdog; with namespaces its whole PID namespace goes with it."""
        if self._process is None:
            return
        for fd in (self._request_fd, self._reply_fd):
            os.close(fd)
        kill_server_group(self._process.pid)
        self._process.wait()
        self._process = None

    def restart(self) -> None:
        self.close()
        self.start()

    def run(self, problem, code: str, timing_config: TimingConfig | None = None) -> Verdict:
        """Judge `code` (the solution only) on `problem`; time it against the reference if `timing_config` is
        given and it passes the tests."""
        prepared = prepared_tests(problem.tests)
        source = ProblemSource(problem.id, problem.reference, problem.preamble, problem.tests, problem.workload,
                               problem.entry_point)
        request = JudgeRequest(code, source, prepared, self.limits, timing_config)
        try:
            reply = self._ask(request, reply_timeout(self.limits, timing_config))
        except JudgeFailed as failure:
            return Verdict("runtime_error", tests_total=prepared.total,
                           message=f"the judge could not finish this sample: {failure}")
        return verdict_from(reply, prepared.total)

    def call(self, code: str, entry_point: str, calls: list[tuple], preamble: str = "",
             wall: float | None = None) -> list[tuple]:
        """Load `code` in a sandboxed sample process and call `entry_point(*args)` once per tuple in `calls`.

        For code that comes from data rather than from a model (a dataset's input generator): it gets the same
        sandbox as a candidate. Returns, per call, `("ok", value)` with the value rebuilt from plain data, or
        `("raise", status, message)`; a solution that fails to load raises `RuntimeError` with the reason.
        Calls stop at the first that times out or kills the process (the rest are not answered).
        """
        wall = self.limits.timeout if wall is None else wall
        request = CallsRequest(code, preamble, entry_point, tuple(codec.encode((tuple(args), {})) for args in calls),
                               self.limits, wall)
        try:
            reply = self._ask(request, wall + self.limits.judge_cpu_seconds + REPLY_GRACE_S)
        except JudgeFailed as failure:
            raise RuntimeError(f"the sandbox's judge could not finish the calls: {failure}") from None
        if reply.internal_error:
            raise RuntimeError(f"the sandbox failed to run the calls: {reply.internal_error.strip()[-300:]}")
        if reply.loaded != "loaded":
            raise RuntimeError(f"the code could not be loaded in the sandbox: {reply.loaded}")
        return [("ok", codec.decode(answer[1])) if answer[0] == "ok" else answer for answer in reply.answers]

    def _ask(self, request: JudgeRequest | CallsRequest, timeout: float) -> JudgeReply | CallsReply:
        """Send one request and return the judge's reply.

        A server that is gone before it starts on the request (it never acknowledged reading it, or the fork
        server was killed from outside) is restarted and asked once more. One that fails after starting (its CPU
        bound, a crash, no reply within `timeout`) is restarted and the failure raised as `JudgeFailed`: the
        request may be what broke it, so it is never sent again. After an internal error the server exits, so it
        is restarted too.
        """
        for attempt in range(2):
            try:
                send_trusted(self._request_fd, request)
                started = self._receive(ACKNOWLEDGE_TIMEOUT_S) == JUDGING
            except (BrokenPipeError, ExecutorDied, TimeoutError):
                started = False
            if not started:
                self.restart()
                continue
            try:
                reply = self._receive(timeout)
            except (ExecutorDied, TimeoutError) as error:
                reason = str(error) if isinstance(error, TimeoutError) else self._why_the_server_ended()
                self.restart()
                if reason is None and attempt == 0:
                    continue
                raise JudgeFailed(reason or "the fork server was killed from outside, twice") from None
            if reply.internal_error:
                self.restart()
            return reply
        raise JudgeFailed("the fork server failed twice before it could start on this request")

    def _why_the_server_ended(self) -> str | None:
        """How the fork server ended, from its watchdog's exit status; None when it was killed from outside."""
        try:
            code = self._process.wait(SERVER_START_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return "it closed its reply pipe but did not exit"
        if code < 0:  # the watchdog itself was killed by a signal: not by anything this sample did
            return None
        if code == server.JUDGE_CPU_EXIT:
            return f"it used its CPU bound (Limits.judge_cpu_seconds={self.limits.judge_cpu_seconds:g})"
        if code > 128:
            try:
                return f"it was killed by {signal.Signals(code - 128).name}"
            except ValueError:
                return f"it was killed by signal {code - 128}"
        return f"it exited with code {code}"

    def _receive(self, timeout: float):
        ready, _, _ = select.select([self._reply_fd], [], [], timeout)
        if not ready:
            raise TimeoutError(f"no reply from the fork server within {timeout:.0f}s")
        reply = receive_trusted(self._reply_fd)
        if reply is None:
            raise ExecutorDied(f"fork server exited (status {self._process.poll()})")
        return reply

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def verdict_from(reply: JudgeReply, total: int) -> Verdict:
    """The judge's reply as a Verdict; an internal error of the judge is this sample's runtime error."""
    if reply.internal_error:
        return Verdict("runtime_error", tests_total=total,
                       message="the rewarder failed on this sample (an internal error): " +
                               reply.internal_error.strip().splitlines()[-1][:200],
                       output=reply.internal_error)

    def megabytes(kb):
        return round(kb / 1024, 2) if kb else None

    return Verdict(
        status=reply.status, tests_passed=reply.tests_passed, tests_total=reply.tests_total,
        message=reply.message, runtimes=list(reply.runtimes), reference_runtimes=list(reply.reference_runtimes),
        ratio=reply.ratio, runtime=median(reply.runtimes), reference_runtime=median(reply.reference_runtimes),
        loops=reply.loops, peak_memory_mb=megabytes(reply.peak_memory_kb),
        reference_peak_memory_mb=megabytes(reply.reference_peak_kb), output=reply.output, time_limit=reply.time_limit)
