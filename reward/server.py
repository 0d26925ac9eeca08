"""The fork server: the process the judge runs in, its own limits, its watchdog and its request loop.

`reward.executor.Executor` starts it (`main`) in a fresh isolated interpreter. `main` forks the server and stays
as its watchdog; the server sets up the sandbox (`reward.isolation`: namespaces and the filesystem view;
`reward.sandbox`: the zygote), then answers one request at a time with `reward.judge.judge`, under a CPU bound
and a memory limit of its own. It never runs candidate code.
"""

from __future__ import annotations

import ctypes
import gc
import math
import os
import resource
import select
import signal
import sys
import traceback

from reward import judge
from reward.isolation import (
    SAMPLE_ENVIRONMENT, FilesystemView, _libc, enter_namespaces, isolate_filesystem, mount_fresh_proc,
    set_parent_death_signal,
)
from reward.protocol import JUDGING, JudgeReply, receive_trusted, send_trusted
from reward.sandbox import start_zygote

# Modules that solutions commonly import, loaded once in the fork server so a sample's imports are free.
# Not `queue` or anything else that imports `threading`: its after-fork handler would cost every sample ~0.3 ms.
PRELOADED_MODULES = (
    "typing", "collections", "heapq", "bisect", "itertools", "functools", "math", "string", "operator",
    "re", "random", "datetime", "copy", "fractions", "decimal", "statistics", "array", "hashlib", "cmath",
    "secrets", "dataclasses", "enum", "json", "struct", "textwrap", "numbers", "abc",
)


# ---------------------------------------------------------------- the judge's own limits

def limit_judge_memory(megabytes: int) -> None:
    """Cap the judge's address space (RLIMIT_AS): past it, an allocation raises MemoryError.

    Only the soft limit, and only in the server after the zygote is forked: samples never inherit it (each sets
    its own limits), and the hard limit stays as it was.
    """
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = megabytes << 20
    resource.setrlimit(resource.RLIMIT_AS, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


JUDGE_CPU_EXIT = int(signal.SIGXCPU)
"""The judge's exit code when its CPU bound ends it."""


def exit_on_cpu_bound() -> None:
    """Make SIGXCPU end the judge at once with exit code JUDGE_CPU_EXIT, even in the middle of a C call.

    The handler is the C library's `_exit` itself (called with the signal's number): no Python code runs in it,
    which matters because a Python handler would wait for the C call to return. A handler is needed at all
    because with namespaces the judge is init of its PID namespace, and init ignores every signal it has no
    handler for, SIGXCPU included.
    """
    _libc.signal(signal.SIGXCPU, ctypes.cast(_libc._exit, ctypes.c_void_p))


def bound_judge_cpu(seconds: float) -> None:
    """Let the judge use `seconds` more CPU, then SIGXCPU ends it (RLIMIT_CPU's soft limit, set per request).

    A bound no Python-level timer could enforce: marshal building a set of 40,000 ints that all hash alike (a
    650 kB message) is one C call of about 10 s of CPU. The kernel checks it on every tick.
    """
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds)
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


WATCHDOG_POLL_S = 0.5
"""How often the watchdog asks whether the executor's process is still there."""


def watch_server(server: int, client: int) -> None:
    """Wait for the fork server, and kill it once the client (the executor's process) is gone. Never returns.

    The client may be one thread of a pool, and PR_SET_PDEATHSIG fires when the parent *thread* exits, so the
    watchdog asks instead, every WATCHDOG_POLL_S, whether its parent is still the client (an orphan is
    reparented). It exits with the server's exit code (JUDGE_CPU_EXIT: the judge's CPU bound), or 128 + the
    signal that killed the server, so the executor can say why a judge stopped.
    """
    try:
        wake = [os.pidfd_open(server)]  # readable as soon as the server exits
    except OSError:
        wake = []  # then its exit is seen at the next poll
    while True:
        select.select(wake, [], [], WATCHDOG_POLL_S)
        pid, status = os.waitpid(server, os.WNOHANG)
        if pid == 0 and os.getppid() != client:
            os.kill(server, signal.SIGKILL)  # with namespaces it is init: its whole PID namespace goes with it
            pid, status = os.waitpid(server, 0)
        if pid:
            os._exit(128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status))


# ---------------------------------------------------------------- the server loop

OUT_OF_MEMORY = JudgeReply("runtime_error",
                           internal_error="MemoryError: the judge reached its memory limit (Limits.judge_memory_mb)")
"""The reply to a request that exhausted the judge's memory, made in advance: such a judge may not afford one."""


def prepare_sample_state() -> None:
    """In the fork server, once: the environment, module table and streams every sample starts from."""
    os.environ.clear()
    os.environ.update(SAMPLE_ENVIRONMENT)
    for name in [name for name in sys.modules if name == "reward" or name.startswith("reward.")]:
        del sys.modules[name]  # `import reward` in a sample finds nothing
    sys.path[:] = [entry for entry in sys.path
                   if entry and not os.path.isfile(os.path.join(entry, "reward", "sandbox.py"))]
    sys.stdin = open(0, closefd=False)
    sys.stdout = open(1, "w", closefd=False, errors="backslashreplace")
    sys.stderr = open(2, "w", closefd=False, errors="backslashreplace")
    sys.argv[:] = [""]


def serve(request_fd: int, reply_fd: int, isolation: str) -> None:
    """Answer sample requests one at a time until the request pipe closes. Never runs candidate code.

    Each request is acknowledged (JUDGING) once read, then judged under the judge's own limits. A request that
    fails inside the judge is answered with the error, and then the server exits: a MemoryError can strike
    anywhere (between asking the zygote for a sample and reading its answer, say), so the executor starts a
    fresh server rather than trust this one's state.
    """
    proc_private = mount_fresh_proc()
    modules = dict(sys.modules)
    prepare_sample_state()
    gc.collect()
    gc.freeze()  # objects made so far are never collected, so a forked process does not copy their pages
    spawner = start_zygote(isolation, client_fds=(request_fd, reply_fd))
    sys.modules.update(modules)  # the server itself keeps its modules; only the zygote forgot them
    exit_on_cpu_bound()
    send_trusted(reply_fd, {"isolation": isolation, "pid": os.getpid(), "zygote": spawner.zygote_pid, "seccomp": spawner.seccomp,
                     "private_proc": proc_private, "hidden": FilesystemView.hidden, "workdirs": FilesystemView.workdirs,
                     "private_filesystem": FilesystemView.private})
    judge_state = judge.JudgeState()
    while True:
        request = receive_trusted(request_fd)
        if request is None:
            return
        send_trusted(reply_fd, JUDGING)
        try:
            limit_judge_memory(request.limits.judge_memory_mb)
            bound_judge_cpu(request.limits.judge_cpu_seconds)
            reply = judge.judge(request, spawner, judge_state)
        except MemoryError:
            reply = OUT_OF_MEMORY
        except Exception:  # noqa: BLE001 - a failure of the judge itself becomes this sample's verdict
            reply = JudgeReply("runtime_error", internal_error=traceback.format_exc(limit=6))
        del request
        send_trusted(reply_fd, reply)
        if reply.internal_error:
            return
        del reply


def main(request_fd: int, reply_fd: int, use_namespaces: bool, cpu: int | None = None,
         client: int | None = None) -> None:
    """Fork-server entry point, started by `reward.executor.Executor` in a fresh isolated interpreter.

    This process forks the server and stays as its watchdog (`watch_server`) for `client`, the executor's
    process (by default our parent). With `cpu`, the server and every process it forks run on that CPU only, so
    both halves of a timed pair run on the same core (on a virtual machine, cores can differ in speed by a
    factor of 1.7).
    """
    client = os.getppid() if client is None else client
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if cpu is not None:
        try:
            os.sched_setaffinity(0, {cpu})
        except OSError:
            pass
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
    sys.setrecursionlimit(100_000)
    for name in PRELOADED_MODULES:
        __import__(name)
    isolation = enter_namespaces() if use_namespaces else "process"
    # The server is our child (with namespaces, the first child of an unshared PID namespace is its init). This
    # process only watches it, and its death (e.g. killed by the client) kills the server via PDEATHSIG.
    server = os.fork()
    if server == 0:
        set_parent_death_signal()
        if isolation == "namespaces":
            isolate_filesystem()
        serve(request_fd, reply_fd, isolation)
        os._exit(0)
    os.close(request_fd)
    os.close(reply_fd)
    watch_server(server, client)
