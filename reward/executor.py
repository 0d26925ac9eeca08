"""The executor: runs one candidate against one problem in the sandbox and turns what happened into a `Verdict`.

An `Executor` owns one fork server (`reward.sandbox`), started in a fresh isolated interpreter (`python -I`)
with a scrubbed environment, and restarts it if it dies. Per sample it only pickles a request and blocks on one
reply (no polling, no process scans). `classify` is the only place that decides a status: it believes the
private result channel only where the parent's own observations (exit status, rusage, CPU clock) agree. It
does not compute rewards against references; `reward.pool.Rewarder` does.
"""

from __future__ import annotations

import functools
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reward import harness, sandbox, timing
from reward.sandbox import Limits
from reward.timing import TimingConfig

STATUSES = ("passed", "failed", "runtime_error", "timeout", "memory_exceeded", "syntax_error")
# Among several failing tests, the verdict names the gravest kind.
SEVERITY = {"failed": 0, "runtime_error": 1, "memory_exceeded": 2}
SERVER_START_TIMEOUT_S = 60.0
REPLY_GRACE_S = 10.0
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Verdict:
    """The outcome of running one candidate: status, tests, runtimes, memory, and its reward."""

    status: str
    tests_passed: int = 0
    tests_total: int = 0
    message: str = ""
    """The first failure, short; empty when passed."""
    runtimes: list[float] = field(default_factory=list)
    """Seconds per call, one per timed repeat."""
    runtime: float | None = None
    """Median of `runtimes`; None when not timed or the timings failed the parent's cross-check."""
    peak_memory_mb: float | None = None
    """Peak resident memory of the sample process, from the OS (ru_maxrss)."""
    reward: float = 0.0
    reference_runtime: float | None = None
    output: str = ""
    """Captured stdout+stderr, capped at Limits.output_bytes."""

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def to_dict(self) -> dict:
        return {**asdict(self), "passed": self.passed, "runtime_s": self.runtime}


@functools.lru_cache(maxsize=4096)
def prepared_tests(tests: str) -> harness.PreparedTests:
    return harness.prepare_tests(tests)


@functools.lru_cache(maxsize=64)
def _settings(config) -> dict:
    """`Limits` / `TimingConfig` as the request dict, built once per (frozen, hashable) config."""
    return config.to_dict()


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


class ExecutorDied(RuntimeError):
    """The fork server process went away (killed, crashed) while a sample was in flight."""


class Executor:
    """One fork server, running one sample at a time. Not thread-safe: the pool gives each thread its own."""

    def __init__(self, limits: Limits = Limits(), use_namespaces: bool | None = None):
        self.limits = limits
        self.use_namespaces = limits.namespaces if use_namespaces is None else use_namespaces
        self.isolation: str | None = None
        """'namespaces' (private PID + network namespaces) or 'process' (subreaper sweep, sockets disabled)."""
        self.workdirs: str | None = None
        """Where sample folders are created: a private tmpfs when the fork server could mount one."""
        self._process: subprocess.Popen | None = None
        self._waiting_sample_pid: int | None = None
        self._notice_pending = False
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
            "from reward.sandbox import main\n"
            f"main({request_read}, {reply_write}, {self.use_namespaces})\n"
        )
        self._process = subprocess.Popen(
            [sys.executable, "-I", "-c", boot], pass_fds=(request_read, reply_write), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, cwd="/",
            start_new_session=True)
        os.close(request_read)
        os.close(reply_write)
        self._request_fd, self._reply_fd = request_write, reply_read
        self._waiting_sample_pid, self._notice_pending = None, False
        hello = self._receive(SERVER_START_TIMEOUT_S)
        self.isolation = hello["isolation"]
        self.workdirs = hello["workdirs"]

    def close(self) -> None:
        """Kill the fork server; with namespaces its whole PID namespace goes with it."""
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
        """Run `code` (the solution only) on `problem`; time it if `timing_config` is given and it passes."""
        prepared = prepared_tests(problem.tests)
        request = {
            "solution": code, "entry_point": problem.entry_point, "preamble": problem.preamble,
            "tests": problem.tests, "counted_source": prepared.counted_source, "workload": problem.workload,
            "test_class_names": prepared.class_names, "total": prepared.total, "limits": _settings(self.limits),
            "timing": _settings(timing_config) if timing_config is not None else None,
        }
        budget = self.limits.timeout * (1 + ((timing_config.repeats + 3) if timing_config else 0)) + REPLY_GRACE_S
        for attempt in range(2):
            try:
                sandbox._send(self._request_fd, request)
                observed = self._receive_reply(budget)
                break
            except (ExecutorDied, BrokenPipeError, TimeoutError) as error:
                self.restart()
                if attempt == 1:
                    return Verdict("runtime_error", tests_total=prepared.total,
                                   message=f"the executor's fork server failed twice on this sample: {error}")
        if "internal_error" in observed:
            raise RuntimeError(f"the sandbox failed on problem {problem.id!r}:\n{observed['internal_error']}")
        return classify(observed, prepared, timing_requested=timing_config is not None)

    def waiting_sample_pid(self) -> int | None:
        """Pid, in the fork server's PID namespace, of the sample process forked ahead of the next request (it
        has run no candidate code and is blocked reading its job), or None. The only process besides the server
        that may outlive a verdict."""
        if self._notice_pending:
            self._take_notice(self._receive(REPLY_GRACE_S))
        return self._waiting_sample_pid

    def _take_notice(self, message) -> bool:
        if isinstance(message, dict) and set(message) == {"waiting_sample_pid"}:
            self._waiting_sample_pid, self._notice_pending = message["waiting_sample_pid"], False
            return True
        return False

    def _receive_reply(self, timeout: float):
        """The reply to the request just sent; the server follows each reply with a notice of its next sample."""
        deadline = time.monotonic() + timeout
        while True:
            message = self._receive(max(deadline - time.monotonic(), 0.0))
            if not self._take_notice(message):
                self._notice_pending = True
                return message

    def _receive(self, timeout: float):
        ready, _, _ = select.select([self._reply_fd], [], [], timeout)
        if not ready:
            raise TimeoutError(f"no reply from the fork server within {timeout:.0f}s")
        reply = sandbox._recv(self._reply_fd)
        if reply is None:
            raise ExecutorDied(f"fork server exited (status {self._process.poll()})")
        return reply

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def classify(observed: dict, prepared: harness.PreparedTests, timing_requested: bool) -> Verdict:
    """Decide the verdict from the fork server's observations. Anything inconsistent counts against the sample."""
    total = prepared.total
    peak = observed["maxrss_kb"] / 1024
    base = {"tests_total": total, "peak_memory_mb": round(peak, 2), "output": observed["output"]}
    events = {}
    for message in observed["messages"]:
        events.setdefault(message["event"], []).append(message)
    repeated = [name for name, found in events.items() if len(found) > 1]
    if observed.get("result_overflow") or observed["malformed_messages"] or repeated:
        return Verdict("runtime_error", message="the result channel carried data the harness did not send", **base)
    if "syntax_error" in events:
        return Verdict("syntax_error", message=events["syntax_error"][0].get("message", ""), **base)

    tests = events.get("tests", [None])[0]
    passed = 0
    if tests is not None:
        outcomes = tests.get("outcomes")
        if not isinstance(outcomes, list) or len(outcomes) != total:
            return Verdict("runtime_error", message="the result channel reported the wrong number of tests", **base)
        passed = sum(outcome is True for outcome in outcomes)
    base["tests_passed"] = passed

    if observed["timed_out"]:
        phase = "while timing" if tests is not None else "before the tests finished"
        return Verdict("timeout", message=f"wall-clock limit reached {phase}", **base)
    exit_status = observed["exit_status"]
    if os.WIFSIGNALED(exit_status) and os.WTERMSIG(exit_status) in (signal.SIGXCPU, signal.SIGKILL) and \
            "done" not in events:
        return Verdict("timeout", message="CPU-time limit reached", **base)

    error = events.get("error", [None])[0]
    if tests is None:
        if error is not None:
            return Verdict(_status_of(error.get("kind")), message=str(error.get("message", ""))[:300], **base)
        return Verdict("runtime_error", message=_death_message(exit_status), **base)

    failures = tests.get("failures") or []
    if failures or passed < total:
        kinds = [f[1] for f in failures if isinstance(f, list) and len(f) == 3 and f[1] in SEVERITY]
        status = max(kinds, key=SEVERITY.get) if kinds else "failed"
        return Verdict(status, message=_failure_message(failures, prepared), **base)
    if error is not None:  # passed the tests, then failed while being timed
        return Verdict(_status_of(error.get("kind")), message=str(error.get("message", ""))[:300], **base)
    if "done" not in events:
        return Verdict("runtime_error", message="the sample exited before finishing: " + _death_message(exit_status),
                       **base)
    if not timing_requested:
        return Verdict("passed", **base)
    measured = events.get("timing", [None])[0]
    runtimes = measured.get("runtimes") if measured else None
    timed_total = measured.get("timed_total") if measured else None
    if not (isinstance(runtimes, list) and runtimes and all(isinstance(r, (int, float)) and r > 0 for r in runtimes)
            and isinstance(timed_total, (int, float))):
        return Verdict("passed", message="no usable timings were reported; no efficiency bonus", **base)
    start = observed["cpu_at_timing_start"]
    if start is None:
        return Verdict("passed", message="the timing phase could not be observed; no efficiency bonus", **base)
    cpu_seen = observed["cpu_seconds"] + observed["leftover_cpu_seconds"] - start
    if not timing.timings_are_plausible(timed_total, cpu_seen):
        return Verdict("passed", message=(f"reported {timed_total:.4f}s of timed work but used {cpu_seen:.4f}s of CPU;"
                                          " timings rejected, no efficiency bonus"), **base)
    return Verdict("passed", runtimes=[float(r) for r in runtimes], runtime=timing.median(runtimes), **base)


def _status_of(kind) -> str:
    return kind if kind in ("runtime_error", "memory_exceeded", "failed") else "runtime_error"


def _death_message(exit_status: int) -> str:
    if os.WIFSIGNALED(exit_status):
        return f"killed by {signal.Signals(os.WTERMSIG(exit_status)).name} before reporting test results"
    return f"exited with code {os.WEXITSTATUS(exit_status)} before reporting test results"


def _failure_message(failures: list, prepared: harness.PreparedTests) -> str:
    if not failures:
        return "a test did not run to completion"
    index, _, description = failures[0] if len(failures[0]) == 3 else (-1, "", str(failures[0]))
    if isinstance(index, int) and 0 <= index < prepared.total:
        statement = " ".join(prepared.statements[index].split())[:120]
        return f"test {index + 1}/{prepared.total} `{statement}`: {description}"[:300]
    return f"in check: {description}"[:300]
