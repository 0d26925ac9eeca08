"""The sandbox: a fork server that runs each sample in a fresh, limited child and enforces every limit itself.

The fork server pre-imports the harness, never runs candidate code, and forks one child per sample, ahead of
its request: every defence that does not depend on the job is in place before the child blocks reading its job,
so per-sample latency is mostly the candidate's own work (see `fork_sample`). Each defence is a named function
below (namespaces, rlimits, privilege drop, stdio, result channel, tree kill). It must never signal a process it
did not create: kill(-1) only as init of its own PID namespace.
The server decides nothing about correctness: it returns what it observed (messages from the private result
channel, exit status, rusage, its own CPU-time reading) and `reward.executor` turns that into a verdict.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import json
import marshal
import os
import pickle
import random
import resource
import secrets
import select
import shutil
import signal
import stat
import struct
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import PurePath

from reward import harness

# Modules that solutions commonly import, loaded once in the fork server so a sample's imports are free.
# Not `queue` or anything else that imports `threading`: its after-fork handler would cost every sample ~0.3 ms.
PRELOADED_MODULES = (
    "typing", "collections", "heapq", "bisect", "itertools", "functools", "math", "string", "operator",
    "re", "random", "datetime", "copy", "fractions", "decimal", "statistics", "array", "hashlib", "cmath",
    "socket", "secrets", "dataclasses", "enum", "json", "struct", "textwrap", "numbers", "abc",
)
SAMPLE_ENVIRONMENT = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
"""The sample's whole environment, plus HOME and TMPDIR pointing at its own folder."""

CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x10000000, 0x20000000, 0x40000000
PR_SET_PDEATHSIG, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 36, 38
NOBODY = 65534
MAX_RESULT_BYTES = 1 << 20
HARNESS_CRASH_EXIT = 70

_libc = ctypes.CDLL(None, use_errno=True)


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sample, all enforced by the fork server (the sample's parent)."""

    timeout: float = 10.0
    """Wall-clock seconds for loading and testing; timing gets a budget derived from the warm-up call."""
    memory_mb: int = 1024
    """Address-space limit (RLIMIT_AS) of the sample process, in MiB."""
    file_size_mb: int = 16
    """Largest file the sample may write (RLIMIT_FSIZE), in MiB."""
    open_files: int = 64
    """Open file descriptors (RLIMIT_NOFILE)."""
    processes: int = 32
    """Processes of the sandbox user (RLIMIT_NPROC; effective once privileges are dropped)."""
    output_bytes: int = 64 * 1024
    """Captured stdout+stderr kept per sample; the rest is read and discarded."""
    drop_privileges: bool = True
    """When running as root, run the sample as user `nobody` so it cannot write the project or signal others."""
    namespaces: bool = True
    """Use PID and network namespaces when the OS allows; False forces the weaker process-group fallback."""

    def __post_init__(self):
        for name in ("timeout", "memory_mb", "file_size_mb", "open_files", "processes", "output_bytes"):
            if not getattr(self, name) > 0:
                raise ValueError(f"Limits.{name}={getattr(self, name)!r}: must be positive")

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------- the defences, one function each

def enter_namespaces() -> str:
    """Move the fork server into fresh PID and network namespaces; return which isolation applies.

    In a PID namespace the fork server is init: `kill(-1, SIGKILL)` ends every process a sample left behind
    (setsid and double-forked ones included) and the kernel reaps nothing behind our back. The network
    namespace has no interfaces up, so no connection can be opened. Without privileges we try a user
    namespace; failing both, the caller falls back to process groups and disabled sockets.
    """
    for flags in (CLONE_NEWPID | CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET):
        if _libc.unshare(flags) == 0:
            return "namespaces"
    return "process"


WORKDIR_ROOT: str | None = None
"""Where sample folders are made: a private tmpfs when `mount_private_workdirs` could mount one, else the
system's temporary folder."""
_private_mounts = False

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 16384, 1 << 18
EXPOSED_PATHS_ROOT = "/tmp/acecode-import-paths"
"""An empty folder on the host; only inside the fork server's mount namespace does a tmpfs cover it."""


def expose_import_paths() -> dict[str, str]:
    """Let the unprivileged sample import from interpreter folders only root can reach; return old -> new paths.

    When the interpreter lives under a private home (e.g. pyenv in /root, mode 700), user `nobody` could not
    import anything the fork server had not pre-imported. In a private mount namespace (never propagated to
    the host) a tmpfs over EXPOSED_PATHS_ROOT holds read-only bind mounts of those folders, and `sys.path` and packages'
    `__path__` point there. Without CAP_SYS_ADMIN nothing is mounted and nothing changes.
    """
    hidden = [entry for entry in dict.fromkeys(sys.path) if entry and os.path.isdir(entry) and not _others_can_read(entry)]
    global _private_mounts
    if os.geteuid() != 0:
        return {}
    os.makedirs(EXPOSED_PATHS_ROOT, mode=0o755, exist_ok=True)
    status = os.lstat(EXPOSED_PATHS_ROOT)
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != 0:
        return {}  # not our plain root-owned folder (e.g. a planted symlink): do not mount over it
    if _libc.unshare(CLONE_NEWNS) != 0 or _libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return {}  # the namespace is not private: mount nothing rather than touch the host's mounts
    if _libc.mount(b"tmpfs", EXPOSED_PATHS_ROOT.encode(), b"tmpfs", MS_NOSUID | MS_NODEV, b"mode=755,size=1m") != 0:
        return {}
    _private_mounts = True
    mapping = {}
    for index, entry in enumerate(hidden):
        target = os.path.join(EXPOSED_PATHS_ROOT, f"path{index}")
        os.mkdir(target, 0o755)
        if _libc.mount(entry.encode(), target.encode(), None, MS_BIND | MS_REC, None) == 0:
            _libc.mount(None, target.encode(), None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, None)
            mapping[entry] = target
    sys.path[:] = [_remap(entry, mapping) for entry in sys.path]
    sys.path_importer_cache.clear()
    for module in list(sys.modules.values()):
        package_path = getattr(module, "__path__", None)
        if isinstance(package_path, list):
            package_path[:] = [_remap(entry, mapping) for entry in package_path]
    return mapping


def _others_can_read(path: str) -> bool:
    """Whether a user with no relation to the owner can list `path` (every ancestor searchable)."""
    path = os.path.abspath(path)
    parts = [path] + [str(parent) for parent in PurePath(path).parents]
    for index, folder in enumerate(parts):
        mode = os.stat(folder).st_mode
        needed = 0o005 if index == 0 else 0o001
        if mode & needed != needed:
            return False
    return True


def _remap(entry: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        if entry == old or entry.startswith(old + os.sep):
            return new + entry[len(old):]
    return entry


def set_parent_death_signal() -> None:
    """Die with SIGKILL when the parent dies, so nothing outlives the process that owns it."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def apply_rlimits(limits: Limits, cpu_seconds: int) -> None:
    """Kernel-enforced ceilings on CPU, memory, file size, descriptors, processes and core dumps."""
    megabyte = 1 << 20
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_mb * megabyte,) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_mb * megabyte,) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files,) * 2)
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes,) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def drop_privileges() -> None:
    """Become `nobody` with no supplementary groups and no way to regain privileges."""
    os.setgroups([])
    os.setresgid(NOBODY, NOBODY, NOBODY)
    os.setresuid(NOBODY, NOBODY, NOBODY)
    _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def disable_sockets() -> None:
    """Fallback when no network namespace is available: make socket creation raise inside the sample.

    This is a Python-level block: it stops ordinary library use, not a determined native-code attacker.
    """
    import socket
    import _socket

    def refuse(*args, **kwargs):
        raise PermissionError("network access is disabled in the sandbox")

    for module in (socket, _socket):
        for name in ("socket", "socketpair", "fromfd", "create_connection", "create_server", "getaddrinfo"):
            if hasattr(module, name):
                setattr(module, name, refuse)


def disable_signals() -> None:
    """Fallback when no PID namespace is available: make os.kill/killpg raise inside the sample.

    Without a namespace, a sample running as the invoking user could signal that user's other processes.
    Like `disable_sockets`, this stops ordinary code, not native code.
    """
    def refuse(*args, **kwargs):
        raise PermissionError("sending signals is disabled in the sandbox")

    for name in ("kill", "killpg", "pidfd_open"):
        if hasattr(os, name):
            setattr(os, name, refuse)
    signal.pthread_kill = refuse


# A fork costs a sample little; what costs is the Python it runs afterwards: each object whose reference count
# it touches copies a 4 KiB page from the server (~2.5 us each here). So everything that is the same for every
# sample, or that can be decided before the fork (streams, environment, result channel, descriptor numbers), is
# prepared in the fork server, and the sample process only makes the system calls that must be its own.

_DEVNULL_FD: int | None = None


def prepare_sample_stdio() -> None:
    """In the fork server, once: open /dev/null and install the sample's text streams over descriptors 0-2.

    The server itself never reads or prints (its descriptors 0-1 are /dev/null), so these streams are empty at
    every fork; a sample only points the descriptors at its own pipe (`redirect_stdio`).
    """
    global _DEVNULL_FD
    _DEVNULL_FD = os.open(os.devnull, os.O_RDONLY)
    sys.stdin = open(0, closefd=False)
    sys.stdout = open(1, "w", closefd=False, errors="backslashreplace")
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace")


def redirect_stdio(output_fd: int) -> None:
    """stdin reads from /dev/null (closed for input), stdout and stderr go to the capped capture pipe."""
    if _DEVNULL_FD is None:
        prepare_sample_stdio()
    os.dup2(_DEVNULL_FD, 0)
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)


def hidden_descriptors(taken: tuple[int, ...]) -> tuple[int, int]:
    """Two random descriptor numbers in [300, 1000) for the result and job pipes, chosen by the fork server."""
    choices = [fd for fd in range(300, 1000) if fd not in taken]
    first, second = secrets.SystemRandom().sample(choices, 2)
    return first, second


def hide_result_channel(result_fd: int, job_fd: int, hidden: int, hidden_job: int) -> None:
    """Move the result pipe (and the job pipe) to random high descriptors and close every other inherited one.

    Prints go to stdout/stderr, a different pipe, so they can never reach the parent's result reader. The
    descriptors sit above the RLIMIT_NOFILE the sample gets, so the candidate cannot open anything near them.
    The job pipe is closed as soon as the job is read, before any candidate code runs.
    """
    os.dup2(result_fd, hidden, inheritable=False)
    os.dup2(job_fd, hidden_job, inheritable=False)
    low, high = sorted((hidden, hidden_job))
    os.closerange(3, low)
    os.closerange(low + 1, high)
    os.closerange(high + 1, 65536)


def scrub_environment(workdir: str) -> None:
    """A fixed, minimal environment: nothing from the user's shell reaches the candidate.

    Runs in the fork server just before it forks the sample, which inherits exactly this environment (the
    server's own needs none of it), so the sample process spends nothing on it.
    """
    if os.environ.keys() - SAMPLE_ENVIRONMENT.keys() != {"HOME", "TMPDIR"}:
        os.environ.clear()
        os.environ.update(SAMPLE_ENVIRONMENT)
    os.environ["HOME"] = workdir
    os.environ["TMPDIR"] = workdir
    if "reward" in sys.modules:
        forget_project_modules()
    sys.argv[:] = [""]


def forget_project_modules() -> None:
    """Drop the project's modules from `sys.modules`, so `import reward...` in a sample finds nothing."""
    for name in [name for name in sys.modules if name == "reward" or name.startswith("reward.")]:
        del sys.modules[name]


def prepare_sample_state() -> None:
    """In the fork server, once: the module table and streams every sample starts from."""
    os.environ.clear()
    os.environ.update(SAMPLE_ENVIRONMENT)
    forget_project_modules()
    prepare_sample_stdio()


def kill_leftovers(isolation: str, sample_pid: int) -> tuple[int, float]:
    """SIGKILL every process the sample left and reap them; return (how many, their CPU seconds).

    With namespaces the fork server is init of its own PID namespace, so kill(-1) reaches exactly the sample's
    processes, however they detached. kill(-1) is only ever sent after checking that we are that init (pid 1):
    anywhere else it would kill every process the user may signal. Otherwise the fork server is a child
    subreaper: orphans are reparented to it, and its descendants are swept until none remain.
    """
    count, cpu = 0, 0.0
    while True:
        if isolation == "namespaces" and is_namespace_init():
            kill_namespace()
        else:
            sweep_descendants()
        try:
            pid, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return count, cpu
        count += 1
        cpu += usage.ru_utime + usage.ru_stime


def is_namespace_init() -> bool:
    """True only in the init process of a PID namespace (pid 1), the one place where kill(-1) is contained."""
    return os.getpid() == 1


def kill_namespace() -> None:
    """SIGKILL every other process of our PID namespace. Refuses to run anywhere but in its init."""
    if not is_namespace_init():
        raise RuntimeError(f"refusing kill(-1) from pid {os.getpid()}: only the init of a private PID namespace "
                           "may send it")
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        pass


def sweep_descendants() -> None:
    """SIGKILL every descendant of this process, found through /proc (never by process group or kill(-1))."""
    import psutil  # only the fallback needs it; the namespace path keeps the fork server small

    me = os.getpid()
    for child in psutil.Process(me).children(recursive=True):
        if child.pid in (me, os.getppid()):
            continue
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass


def process_cpu_seconds(pid: int) -> float | None:
    """CPU seconds a live process has used so far, read via its POSIX CPU clock (resolved in our PID namespace)."""
    try:
        return time.clock_gettime((~pid << 3) | 2)  # MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED)
    except OSError:
        return None


# ---------------------------------------------------------------- one sample

@dataclass
class SampleProcess:
    """A forked sample process, set up and blocked reading its job: no candidate code has run in it yet."""

    pid: int
    drop: bool
    """Whether it runs as `nobody` (decided by the request's limits, so a mismatch means forking another)."""
    workdir: str
    token: str
    job_fd: int
    result_fd: int
    output_fd: int


@functools.lru_cache(maxsize=64)
def limits_from(settings: tuple) -> Limits:
    return Limits(**dict(settings))


def make_workdir(drop: bool) -> str:
    """A fresh, empty folder for one sample (mkdir fails rather than follow anything already at that name)."""
    workdir = os.path.join(WORKDIR_ROOT or tempfile.gettempdir(), "acecode-sample-" + secrets.token_hex(8))
    os.mkdir(workdir, 0o700)
    if drop:
        os.chown(workdir, NOBODY, NOBODY)
    return workdir


def remove_workdir(workdir: str) -> None:
    try:
        os.rmdir(workdir)  # the common case: the sample left its folder empty
    except OSError:
        shutil.rmtree(workdir, ignore_errors=True)


def fork_sample(isolation: str, drop: bool) -> SampleProcess:
    """Fork the next sample process before its request arrives, so its set-up overlaps other work.

    The server prepares what can be decided before the fork (folder, token, descriptor numbers, scrubbed
    environment). The child takes every defence that does not depend on the job (own session, parent-death
    signal, captured stdio, hidden result channel with all other descriptors closed, privilege drop, fallback
    blocks), then blocks reading its job. Only then, before any candidate code runs, does it apply the request's
    rlimits (lowering limits needs no privilege). The fork server forks it only after the previous sample and
    all its leftovers are gone, so kill(-1) never reaches a waiting process.
    """
    workdir = make_workdir(drop)
    token = secrets.token_hex(16)
    job_read, job_write = os.pipe()
    result_read, result_write = os.pipe()
    output_read, output_write = os.pipe()
    hidden, hidden_job = hidden_descriptors((job_read, result_write, output_write))
    channel = harness.Channel(hidden, token)
    scrub_environment(workdir)
    _flush_quietly()
    server = os.getpid()
    pid = os.fork()
    if pid == 0:  # the sample process: set up every defence, wait for the job, then hand over to the harness
        try:
            os.setsid()
            set_parent_death_signal()
            if os.getppid() != server:  # the server died before the death signal was armed
                os._exit(HARNESS_CRASH_EXIT)
            redirect_stdio(output_write)
            hide_result_channel(result_write, job_read, hidden, hidden_job)
            os.chdir(workdir)
            if drop:
                drop_privileges()
            if isolation != "namespaces":
                disable_sockets()
                disable_signals()
            job, limits, cpu_seconds = receive_job(hidden_job)
            apply_rlimits(limits, cpu_seconds)
            random.seed(0)
            harness.run_program(job, channel)
            _flush_quietly()
            channel.send("done")
            os._exit(0)
        except BaseException:  # noqa: BLE001 - nothing may ever return into the fork server's loop
            try:  # the captured output carries the harness's own failure, for diagnosis
                os.write(2, traceback.format_exc(limit=8).encode(errors="replace")[-4000:])
            finally:
                os._exit(HARNESS_CRASH_EXIT)
        os._exit(HARNESS_CRASH_EXIT)
    for fd in (job_read, result_write, output_write):
        os.close(fd)
    return SampleProcess(pid, drop, workdir, token, job_write, result_read, output_read)


def discard_sample(sample: SampleProcess | None) -> None:
    """Kill and reap a waiting sample process that will not be used (it has run no candidate code)."""
    if sample is None or sample.job_fd < 0:  # none, or its job was sent: `run_sample` cleans it up
        return
    for fd in (sample.job_fd, sample.result_fd, sample.output_fd):
        os.close(fd)
    sample.job_fd = sample.result_fd = sample.output_fd = -1
    if sample.pid > 0:  # the process we forked; never 0 or -1, which would reach our group or everyone
        try:
            os.kill(sample.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(sample.pid, 0)
        except ChildProcessError:
            pass
    remove_workdir(sample.workdir)


def send_job(sample: SampleProcess, job_fields: tuple) -> None:
    data = marshal.dumps(job_fields)
    data = struct.pack("<Q", len(data)) + data
    while data:
        data = data[os.write(sample.job_fd, data):]
    os.close(sample.job_fd)
    sample.job_fd = -1


def receive_job(fd: int) -> tuple[harness.Job, Limits, int]:
    """In the sample process: read the job the fork server sent, then close the job pipe."""
    header = _read_exactly(fd, 8)
    if header is None:  # the server went away or discarded this process
        os._exit(0)
    body = _read_exactly(fd, struct.unpack("<Q", header)[0])
    os.close(fd)
    if body is None:
        os._exit(0)
    fields, limit_settings, cpu_seconds = marshal.loads(body)
    return harness.Job(*fields), limits_from(limit_settings), cpu_seconds


def run_sample(request: dict, isolation: str, compiled, sample: SampleProcess | None) -> dict:
    """Give one job to a sample process, watch it under its limits, clean up everything, return what was observed.

    `sample` is the process forked ahead of this request; a fresh one is forked if there is none or it does not
    fit the request (or died while waiting).
    """
    limit_settings = tuple(request["limits"].items())
    limits = limits_from(limit_settings)
    timing = request["timing"]
    timing_budget_cap = limits.timeout * ((timing["repeats"] + 3) if timing else 0)
    cpu_seconds = int(limits.timeout + timing_budget_cap) + 1
    job_fields = (
        request["solution"], request["entry_point"], compiled(request["preamble"], "<preamble>"),
        compiled(request["tests"], "<tests>"), compiled(request["counted_source"], "<tests>"),
        compiled(request["workload"], "<workload>") if request["workload"] is not None else None,
        tuple(request["test_class_names"]), request["total"], timing)
    drop = limits.drop_privileges and os.geteuid() == 0
    for attempt in range(2):
        if sample is None or sample.drop != drop:
            discard_sample(sample)
            sample = fork_sample(isolation, drop)
        try:
            started = time.monotonic()
            send_job(sample, (job_fields, limit_settings, cpu_seconds))
            break
        except BrokenPipeError:  # it died while waiting (e.g. killed from outside): use a fresh one
            discard_sample(sample)
            sample = None
            if attempt == 1:
                raise
    pid = sample.pid
    observed = _watch(pid, sample.result_fd, sample.output_fd, limits, timing, started, timing_budget_cap,
                      sample.token)
    _, status, usage = os.wait4(pid, 0)
    leftovers, leftover_cpu = kill_leftovers(isolation, pid)
    observed.update(_drain(sample.result_fd, sample.output_fd, observed, limits, sample.token))
    os.close(sample.result_fd)
    os.close(sample.output_fd)
    remove_workdir(sample.workdir)
    observed.update(
        exit_status=status, wall_seconds=time.monotonic() - started,
        cpu_seconds=usage.ru_utime + usage.ru_stime, maxrss_kb=usage.ru_maxrss,
        leftover_processes=leftovers, leftover_cpu_seconds=leftover_cpu)
    return observed


def _flush_quietly() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - the candidate may have replaced or closed the streams
            pass


def _watch(pid: int, result_fd: int, output_fd: int, limits: Limits, timing: dict | None, started: float,
           timing_budget_cap: float, token: str) -> dict:
    """Read both pipes until the sample exits or its deadline passes (then SIGKILL it)."""
    observed = {"result": bytearray(), "output": bytearray(), "output_dropped": 0, "timed_out": False,
                "cpu_at_timing_start": None, "timing_phase": False}
    pidfd = os.pidfd_open(pid)
    poller = select.poll()
    for fd in (result_fd, output_fd, pidfd):
        poller.register(fd, select.POLLIN)
    deadline = started + limits.timeout
    scanned = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                observed["timed_out"] = True
                if pid > 0:  # the sample we forked; never 0 or -1, which would reach our group or everyone
                    os.kill(pid, signal.SIGKILL)
                return observed
            events = poller.poll(remaining * 1000)
            for fd, _ in events:
                if fd == pidfd:
                    return observed
                if not _read_into(fd, fd == result_fd, observed, limits):
                    poller.unregister(fd)
            # Timing markers move the deadline: the warm-up call gets `timeout`, the batches a budget from it.
            lines = bytes(observed["result"][scanned:]).split(b"\n")
            for line in lines[:-1]:
                scanned += len(line) + 1
                event = _event_name(line, token)
                now = time.monotonic()
                if event == "timing-start" and not observed["timing_phase"]:
                    observed["timing_phase"] = True
                    observed["cpu_at_timing_start"] = process_cpu_seconds(pid)
                    timing_started = now
                    deadline = now + limits.timeout
                elif event == "warmed" and observed["timing_phase"]:
                    warm = _warm_seconds(line)
                    budget = limits.timeout + 3 * (timing["repeats"] + 2) * max(warm, timing["min_duration"])
                    deadline = min(now + budget, timing_started + timing_budget_cap)
    finally:
        os.close(pidfd)


def _read_into(fd: int, is_result: bool, observed: dict, limits: Limits) -> bool:
    data = os.read(fd, 1 << 16)
    if not data:
        return False
    if is_result:
        if len(observed["result"]) + len(data) > MAX_RESULT_BYTES:
            observed["result_overflow"] = True
        else:
            observed["result"] += data
    else:
        room = limits.output_bytes - len(observed["output"])
        observed["output"] += data[:max(room, 0)]
        observed["output_dropped"] += max(len(data) - max(room, 0), 0)
    return True


def _drain(result_fd: int, output_fd: int, observed: dict, limits: Limits, token: str) -> dict:
    """After every process is gone the pipes have no writers: read what is left, then parse the messages."""
    for fd, is_result in ((result_fd, True), (output_fd, False)):
        while _read_into(fd, is_result, observed, limits):
            pass
    messages, malformed = [], False
    for line in bytes(observed.pop("result")).split(b"\n"):
        if not line:
            continue
        try:
            message = json.loads(line)
        except ValueError:
            malformed = True
            continue
        if isinstance(message, dict) and isinstance(message.get("event"), str) and \
                secrets.compare_digest(str(message.pop("token", "")), token):
            messages.append(message)
        else:
            malformed = True
    output = bytes(observed.pop("output")).decode("utf-8", "replace")
    observed.pop("timing_phase")
    return {"messages": messages, "malformed_messages": malformed, "output": output}


def _event_name(line: bytes, token: str) -> str | None:
    try:
        message = json.loads(line)
    except ValueError:
        return None
    if not isinstance(message, dict) or message.get("token") != token:
        return None
    return message.get("event")


def _warm_seconds(line: bytes) -> float:
    seconds = json.loads(line).get("seconds")
    return float(seconds) if isinstance(seconds, (int, float)) and seconds >= 0 else 0.0


# ---------------------------------------------------------------- the server loop

def _send(fd: int, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    data = struct.pack("<Q", len(data)) + data
    while data:
        data = data[os.write(fd, data):]


def _recv(fd: int):
    header = _read_exactly(fd, 8)
    if header is None:
        return None
    body = _read_exactly(fd, struct.unpack("<Q", header)[0])
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def hide_project_from_imports() -> None:
    """Drop the project's own folder from `sys.path` (once, in the fork server), so samples cannot import it."""
    sys.path[:] = [entry for entry in sys.path
                   if entry and not os.path.isfile(os.path.join(entry, "reward", "sandbox.py"))]


def mount_private_workdirs(size_mb: int = 256) -> str | None:
    """In the fork server's private mount namespace, a size-capped tmpfs for sample folders (fast to create and
    remove, and a candidate cannot fill the host's disk). None where no private mount namespace exists."""
    if not _private_mounts:
        return None
    folder = os.path.join(EXPOSED_PATHS_ROOT, "work")
    os.mkdir(folder, 0o755)
    if _libc.mount(b"tmpfs", folder.encode(), b"tmpfs", MS_NOSUID | MS_NODEV, f"mode=755,size={size_mb}m".encode()) != 0:
        return None
    return folder


def serve(request_fd: int, reply_fd: int, isolation: str) -> None:
    """Answer sample requests one at a time until the request pipe closes. Never runs candidate code."""
    cache: dict[tuple[str, str], object] = {}

    def compiled(source: str, filename: str):
        # Trusted problem code (preamble, tests, workload) is compiled once per fork server; the candidate's
        # solution is compiled only inside its sample process.
        key = (source, filename)
        if key not in cache:
            if len(cache) > 2048:
                cache.clear()
            cache[key] = compile(source, filename, "exec")
        return cache[key]

    global WORKDIR_ROOT
    WORKDIR_ROOT = mount_private_workdirs()
    hide_project_from_imports()
    if isolation != "namespaces":
        import psutil  # noqa: F401 - the fallback sweep needs it; import before the project leaves sys.path
    prepare_sample_state()
    gc.freeze()  # objects made so far are never collected, so a forked sample does not copy their pages
    _send(reply_fd, {"isolation": isolation, "pid": os.getpid(), "workdirs": WORKDIR_ROOT or tempfile.gettempdir()})
    sample = None
    while True:
        request = _recv(request_fd)
        if request is None:
            discard_sample(sample)
            return
        try:
            reply = run_sample(request, isolation, compiled, sample)
        except Exception:  # noqa: BLE001 - report the fork server's own failure instead of dying silently
            reply = {"internal_error": traceback.format_exc(limit=5)}
            discard_sample(sample)
            kill_leftovers(isolation, 0)
        drop = bool(request.get("limits", {}).get("drop_privileges", True)) and os.geteuid() == 0
        _send(reply_fd, reply)
        # The next sample process is forked after the reply, so its fork and set-up overlap the client's work.
        # The client learns its pid from a notice (see `Executor.waiting_sample_pid`).
        try:
            sample = fork_sample(isolation, drop)
        except OSError:  # e.g. out of processes: the next request forks its own
            sample = None
        _send(reply_fd, {"waiting_sample_pid": sample.pid if sample is not None else None})


def main(request_fd: int, reply_fd: int, use_namespaces: bool) -> None:
    """Fork-server entry point, started by `reward.executor.Executor` in a fresh isolated interpreter."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
    expose_import_paths()
    for name in PRELOADED_MODULES:
        __import__(name)
    isolation = enter_namespaces() if use_namespaces else "process"
    if isolation == "namespaces":
        # The first child of an unshared PID namespace is its init: that child is the real fork server.
        # This process only waits, and its death (e.g. killed by the client) kills the server via PDEATHSIG.
        server = os.fork()
        if server == 0:
            set_parent_death_signal()
            if not is_namespace_init():  # never rely on kill(-1) outside a PID namespace we are init of
                isolation = "process"
                _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
            serve(request_fd, reply_fd, isolation)
            os._exit(0)
        os.close(request_fd)
        os.close(reply_fd)
        _, status = os.waitpid(server, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    serve(request_fd, reply_fd, isolation)
