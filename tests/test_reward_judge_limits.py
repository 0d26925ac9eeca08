"""A judge that cannot be held, and a sample that cannot replace itself: each attack through the real executor.

The judge (the fork server) has a CPU bound per sample and a memory limit; a sample it could not finish gets a
verdict and is never sent again; a judge whose client is gone exits. Inside a sample, seccomp refuses execve,
execveat, io_uring, memfd_create and personality.
"""

import os
import platform
import subprocess
import sys
import textwrap
import threading
import time

import psutil
import pytest

from reward import Executor, Limits, isolation
from tests.conftest import make_problem
from tests.test_reward_sandbox import assert_clean

ERRNO_TESTS = "def check(candidate):\n    assert candidate(0) == 'EPERM'\n"
"""The candidate answers the errno name its system call failed with."""


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip()


# ------------------------------------------------------------------ seccomp: no exec, io_uring, memfd, personality

NUMBERS = isolation.SYSCALLS.get(platform.machine(), {})
SYSCALL_PROBE = """
    import ctypes, errno, os
    libc = ctypes.CDLL(None, use_errno=True)
    def refused(result):
        return errno.errorcode[ctypes.get_errno()] if result == -1 else f'allowed (returned {result})'
    def f(x):
"""
REFUSED_CALLS = {
    "execve": "    try:\n        os.execv('/bin/true', ['true'])\n    except OSError as error:\n"
              "        return errno.errorcode[error.errno]\n",
    "fexecve": "    fd = os.open('/bin/true', os.O_RDONLY)\n    try:\n        os.execve(fd, ['true'], {})\n"
               "    except OSError as error:\n        return errno.errorcode[error.errno]\n",
    "execveat": "    directory = os.open('/bin', os.O_RDONLY | os.O_DIRECTORY)\n"
                "    argv, envp = (ctypes.c_char_p * 2)(b'true', None), (ctypes.c_char_p * 1)(None)\n"
                f"    return refused(libc.syscall({NUMBERS.get('execveat')}, directory, b'true', argv, envp, 0))\n",
    "io_uring_setup": "    parameters = ctypes.create_string_buffer(120)\n"
                      f"    return refused(libc.syscall({NUMBERS.get('io_uring_setup')}, 4, parameters))\n",
    "memfd_create": "    try:\n        os.memfd_create('hidden')\n    except OSError as error:\n"
                    "        return errno.errorcode[error.errno]\n",
    "personality": "    return refused(libc.personality(0xFFFFFFFF))\n",
    "x32 getpid": "    return refused(libc.syscall((1 << 30) | 39))\n",
}


@pytest.mark.parametrize("call", list(REFUSED_CALLS))
def test_a_sample_may_not_exec_or_use_io_uring_memfd_or_personality(any_executor, call):
    # Allowed, execve would replace the sample with /bin/true, which "exited with code 0" (issue 23).
    if not NUMBERS or not any_executor.features["seccomp"]:
        pytest.skip("no seccomp filter on this machine")
    if call == "x32 getpid" and platform.machine() != "x86_64":
        pytest.skip("x32 is an x86_64 ABI")
    verdict = any_executor.run(make_problem(tests=ERRNO_TESTS), code(SYSCALL_PROBE) + REFUSED_CALLS[call])
    assert verdict.status == "passed", (verdict.status, verdict.message)


def test_ctypes_callbacks_still_work_in_a_sample(executor):
    # libffi may look for executable memory through memfd_create; refused, it must fall back, not fail.
    solution = code("""
        import ctypes
        def f(x):
            values = (ctypes.c_int * 4)(3, 1, 2, 0)
            compare = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))(
                lambda a, b: a[0] - b[0])
            ctypes.CDLL(None).qsort(values, 4, ctypes.sizeof(ctypes.c_int), compare)
            return list(values)
    """)
    tests = "def check(candidate):\n    assert candidate(0) == [0, 1, 2, 3]\n"
    verdict = executor.run(make_problem(tests=tests), solution)
    assert verdict.status == "passed", verdict.message


# ------------------------------------------------------------------ the judge's CPU bound and memory limit

COLLIDING_SET = """
    import marshal, os, struct, time
    def f(x):
        # The bytes of a list of 80,000 multiples of 2**61 - 1, relabelled as a set: every item hashes to 0, so
        # unmarshalling it in the judge is quadratic (about 40 s of CPU), inside one C call. Sent as the answer.
        data = bytearray(marshal.dumps([k * (2**61 - 1) for k in range(80_000)]))
        data[0] = (data[0] & 0x80) | ord('<')
        os.write(3, struct.pack('<Q', len(data)) + data)
        time.sleep(120)
"""
IDENTITY = "def f(x):\n    return x\n"


def count_starts(executor) -> list:
    """Record every (re)start of the executor's fork server from now on."""
    starts, start = [], executor.start
    executor.start = lambda: (starts.append(time.monotonic()), start())[1]
    return starts


def sandbox_processes(executor) -> list[psutil.Process]:
    """The executor's watchdog and every process below it (none while the executor is restarting)."""
    process = executor._process
    if process is None:
        return []
    root = psutil.Process(process.pid)
    return [root] + root.children(recursive=True)


def run_watching_processes(executor, *args) -> tuple:
    """`executor.run(*args)`, and every sandbox process seen while it ran (polled every 50 ms)."""
    seen, done = {}, threading.Event()

    def watch():
        while not done.wait(0.05):
            try:
                seen.update((process.pid, process) for process in sandbox_processes(executor))
            except psutil.NoSuchProcess:
                pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        return executor.run(*args), list(seen.values())
    finally:
        done.set()
        watcher.join()


def alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def assert_gone(processes: list[psutil.Process], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while any(alive(process) for process in processes):
        assert time.monotonic() < deadline, [process.pid for process in processes if alive(process)]
        time.sleep(0.05)


@pytest.fixture(scope="module")
def held_executor():
    """An executor whose judge may spend 2 s of CPU on a sample and map 128 MiB."""
    with Executor(Limits(timeout=3.0, memory_mb=512, judge_cpu_seconds=2, judge_memory_mb=128)) as executor:
        yield executor


def test_an_answer_that_makes_the_judge_spin_gets_a_verdict_and_is_not_sent_again(held_executor):
    starts = count_starts(held_executor)
    started = time.monotonic()
    verdict, processes = run_watching_processes(held_executor, make_problem(), code(COLLIDING_SET))
    elapsed = time.monotonic() - started
    assert verdict.status == "runtime_error"
    assert verdict.message.startswith("the judge could not finish this sample: it used its CPU bound"), \
        verdict.message
    assert elapsed < 60, elapsed  # 2 to 3 s of the judge's CPU; unbounded it takes about 40 s
    assert len(starts) == 1  # one restart after the failure, and the sample was not sent to the new server
    now = {process.pid for process in sandbox_processes(held_executor)}  # the new server's
    assert_gone([process for process in processes if process.pid not in now])
    assert held_executor.run(make_problem(), IDENTITY).status == "passed"
    assert_clean(held_executor)


def test_calls_that_make_the_judge_spin_raise_and_the_next_calls_run(held_executor):
    with pytest.raises(RuntimeError, match="could not finish the calls: it used its CPU bound"):
        held_executor.call(code(COLLIDING_SET), "f", [(1,)])
    assert held_executor.call(IDENTITY, "f", [(1,), ([2],)]) == [("ok", 1), ("ok", [2])]


def test_a_large_answer_past_the_judges_memory_limit_is_an_error_verdict(held_executor):
    # A 60 MB string: the judge reads the message and copies it, past its 128 MiB.
    large = "def f(x):\n    return 'x' * 60_000_000\n"
    verdict = held_executor.run(make_problem(), large)
    assert verdict.status in ("memory_exceeded", "runtime_error"), (verdict.status, verdict.message)
    assert "MemoryError" in verdict.message, verdict.message
    assert held_executor.run(make_problem(), IDENTITY).status == "passed"
    assert_clean(held_executor)


def test_a_judge_killed_while_judging_gives_a_verdict_and_the_sample_is_not_sent_again(executor):
    starts = count_starts(executor)
    sleeper = "import time\ndef f(x):\n    time.sleep(30)\n    return x\n"
    server = psutil.Process(executor._process.pid).children()[0]

    def kill_the_server_once_a_sample_runs():
        deadline = time.monotonic() + 60
        while len(server.children(recursive=True)) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)  # until the zygote has a sample below it
        server.kill()

    killer = threading.Thread(target=kill_the_server_once_a_sample_runs)
    killer.start()
    try:
        verdict = executor.run(make_problem(), sleeper)
    finally:
        killer.join()
    assert verdict.status == "runtime_error"
    assert verdict.message == "the judge could not finish this sample: it was killed by SIGKILL"
    assert len(starts) == 1
    assert executor.run(make_problem(), IDENTITY).status == "passed"


# ------------------------------------------------------------------ a judge whose client is gone

CLIENT = """
import sys, time
from reward import Executor, Limits
from tests.conftest import make_problem
executor = Executor(Limits(timeout=60.0, judge_cpu_seconds=600, namespaces={namespaces}))
print(executor._process.pid, flush=True)
if {judging}:
    executor.run(make_problem(), {solution!r})
time.sleep(600)
"""


@pytest.mark.parametrize("namespaces", [True, False], ids=["namespaces", "fallback"])
@pytest.mark.parametrize("judging", [False, True], ids=["idle", "judging"])
def test_a_judge_whose_client_is_killed_exits(namespaces, judging):
    script = CLIENT.format(namespaces=namespaces, judging=judging, solution=code(COLLIDING_SET))
    client = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        watchdog = psutil.Process(int(client.stdout.readline()))
        processes = [watchdog] + watchdog.children(recursive=True)
        assert len(processes) >= 3  # watchdog, server, zygote
        if judging:  # wait until the judge is in the quadratic unmarshalling (a second of its CPU)
            server = watchdog.children()[0]
            deadline = time.monotonic() + 60
            while sum(server.cpu_times()[:2]) < 1.0:
                assert time.monotonic() < deadline, "the judge never started on the sample"
                time.sleep(0.1)
            processes = [watchdog] + watchdog.children(recursive=True)
    finally:
        client.kill()
        client.wait()
    assert_gone(processes, within=10.0)
