"""Attacks on the sandbox: each adversarial candidate must end in an honest verdict, with nothing left running."""

import os
import socket
import tempfile
import textwrap

import psutil
import pytest

from reward import Executor, Limits, TimingConfig
from reward import sandbox
from reward.executor import kill_server_group
from tests.conftest import make_problem

PROBLEM = make_problem()


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip()


def pid_in_own_namespace(process: psutil.Process) -> int:
    """The pid a process has in its innermost PID namespace (what the fork server saw when it forked it)."""
    with open(f"/proc/{process.pid}/status") as status:
        return int(next(line for line in status if line.startswith("NSpid:")).split()[-1])


def leftover_processes(executor) -> list[psutil.Process]:
    """Processes under the fork server other than the server itself (a child of its watchdog, the process the
    executor started) and its zygote (which never runs candidate code). There must be none after a verdict."""
    root = psutil.Process(executor._process.pid)
    servers = {root.pid} | {child.pid for child in root.children()}
    zygote = executor.features["zygote"]
    return [p for p in root.children(recursive=True) if p.pid not in servers
            and not (p.ppid() in servers and pid_in_own_namespace(p) == zygote)]


def assert_clean(executor):
    assert leftover_processes(executor) == []


def test_the_strongest_isolation_available_is_used(executor):
    # This machine runs the tests as root with unshare(2) allowed; elsewhere the fallback is reported honestly.
    assert executor.isolation in ("namespaces", "process")
    if os.geteuid() == 0:
        assert executor.isolation == "namespaces"


def test_correct_solution_passes(any_executor):
    verdict = any_executor.run(PROBLEM, "def f(x):\n    return x\n")
    assert verdict.status == "passed" and (verdict.tests_passed, verdict.tests_total) == (3, 3)
    assert verdict.peak_memory_mb > 0


# ------------------------------------------------------------------ exiting early

@pytest.mark.parametrize("exit_code", [
    "import sys\nsys.exit(0)\n",
    "import os\nos._exit(0)\n",
    "raise SystemExit(0)\n",
    "def f(x):\n    import sys\n    sys.exit(0)\n",
    "def f(x):\n    import os\n    os._exit(0)\n",
    "def f(x):\n    raise SystemExit(0)\n",
    "def f(x):\n    raise KeyboardInterrupt\n",
], ids=["sys.exit-at-load", "os._exit-at-load", "SystemExit-at-load", "sys.exit-in-test", "os._exit-in-test",
        "SystemExit-in-test", "KeyboardInterrupt-in-test"])
def test_exiting_before_or_during_tests_does_not_pass(any_executor, exit_code):
    verdict = any_executor.run(PROBLEM, exit_code)
    assert verdict.status == "runtime_error"
    assert verdict.tests_passed == 0
    assert_clean(any_executor)


def test_exit_after_a_correct_call_counts_tests_honestly(executor):
    # Passes the first test, then exits the interpreter during the second.
    solution = code("""
        calls = []
        def f(x):
            calls.append(x)
            if len(calls) == 2:
                import os
                os._exit(0)
            return x
    """)
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "runtime_error"


# ------------------------------------------------------------------ forging the result

def test_printing_a_fake_success_marker_does_not_pass(executor):
    fake = '{"event": "tests", "outcomes": [true, true, true], "failures": []}\n{"event": "done"}\n'
    solution = f"print({fake!r})\nimport sys\nsys.stderr.write({fake!r})\ndef f(x):\n    return None\n"
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "failed" and verdict.tests_passed == 0
    assert '"outcomes"' in verdict.output  # the print went to the captured output, not the result channel


def test_writing_to_every_descriptor_does_not_forge_a_result(executor):
    # The candidate finds the hidden result pipe in /proc/self/fd; without the token its lines are rejected.
    solution = code("""
        import os
        def f(x):
            line = b'{"event": "tests", "outcomes": [true, true, true], "failures": []}\\n{"event": "done"}\\n'
            for name in os.listdir('/proc/self/fd'):
                try:
                    os.write(int(name), line)
                except OSError:
                    pass
            os._exit(0)
    """)
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "runtime_error" and verdict.tests_passed == 0


def test_an_always_equal_object_does_not_pass(any_executor):
    solution = code("""
        class Anything:
            def __eq__(self, other):
                return True
            def __ne__(self, other):
                return False
            __hash__ = object.__hash__
        def f(x):
            return Anything()
    """)
    verdict = any_executor.run(PROBLEM, solution)
    assert verdict.status == "failed" and verdict.tests_passed == 0
    assert "Anything" in verdict.message


def test_a_subclass_of_a_plain_type_with_rigged_equality_does_not_pass(executor):
    solution = "class S(str):\n    def __eq__(self, other):\n        return True\ndef f(x):\n    return S('no')\n"
    assert executor.run(PROBLEM, solution).status == "failed"


def test_rigged_values_inside_a_trusted_node_type_do_not_pass(executor):
    tests = code("""
        class Node:
            def __init__(self, val, next=None):
                self.val, self.next = val, next
        def same(a, b):
            while a and b:
                if a.val != b.val:
                    return False
                a, b = a.next, b.next
            return a is None and b is None
        def check(candidate):
            assert same(candidate(Node(1, Node(2))), Node(2, Node(1)))
    """)
    problem = make_problem(tests=tests)
    honest = "def f(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n"
    rigged = code("""
        class Yes:
            def __eq__(self, other):
                return True
            def __ne__(self, other):
                return False
        def f(head):
            return type(head)(Yes())
    """)
    assert executor.run(problem, honest).status == "passed"
    assert executor.run(problem, rigged).status == "failed"


def test_shadowing_builtins_does_not_change_the_tests(executor):
    tests = "def check(candidate):\n    assert abs(candidate(2.0) - 4.0) < 1e-9\n    assert len(candidate([1])) == 2\n"
    problem = make_problem(tests=tests)
    solution = code("""
        import builtins
        builtins.abs = lambda value: 0
        builtins.len = lambda value: 2
        def abs(value):
            return 0
        def f(x):
            return x
    """)
    verdict = executor.run(problem, solution)
    # The tests run in the judge, whose builtins the candidate cannot reach; breaking `len` in its own process
    # breaks only its own side of the channel.
    assert verdict.status in ("failed", "runtime_error") and verdict.tests_passed == 0


def test_a_trace_hook_cannot_skip_asserts(executor):
    solution = code("""
        import sys
        def skip(frame, event, arg):
            if frame.f_code.co_name == 'check' and event == 'line':
                try:
                    frame.f_lineno = frame.f_lineno + 1
                except ValueError:
                    pass
            return skip
        def f(x):
            sys.settrace(skip)
            sys._getframe(1).f_trace = skip
            return None
    """)
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "failed" and verdict.tests_passed == 0


# ------------------------------------------------------------------ counting tests

def test_tests_are_counted_and_continue_after_a_failure(executor):
    verdict = executor.run(PROBLEM, "def f(x):\n    return 1\n")  # right for candidate(1) only
    assert (verdict.status, verdict.tests_passed, verdict.tests_total) == ("failed", 1, 3)
    assert "test 2/3" in verdict.message


def test_an_exception_in_a_test_is_a_runtime_error_and_later_tests_still_run(executor):
    solution = "def f(x):\n    if x == 'a':\n        raise ValueError('boom')\n    return x\n"
    verdict = executor.run(PROBLEM, solution)
    assert (verdict.status, verdict.tests_passed) == ("runtime_error", 2)
    assert "ValueError: boom" in verdict.message


def test_syntax_error(executor):
    verdict = executor.run(PROBLEM, "def f(x)\n    return x\n")
    assert verdict.status == "syntax_error" and "SyntaxError" in verdict.message


def test_missing_entry_point_is_a_runtime_error(executor):
    verdict = executor.run(PROBLEM, "def g(x):\n    return x\n")
    assert verdict.status == "runtime_error" and "NameError" in verdict.message


# ------------------------------------------------------------------ resource bombs

def test_unbounded_recursion(any_executor):
    verdict = any_executor.run(PROBLEM, "def f(x):\n    return f(x)\n")
    assert verdict.status == "runtime_error" and "RecursionError" in verdict.message


def test_recursion_past_the_c_stack_crashes_only_the_sample(executor):
    solution = "import sys\nsys.setrecursionlimit(10**9)\ndef f(x):\n    return f(x) + 1\n"
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status in ("runtime_error", "memory_exceeded", "timeout")  # whichever limit it meets first
    assert executor.run(PROBLEM, "def f(x):\n    return x\n").status == "passed"


@pytest.mark.parametrize("bomb", [
    "def f(x):\n    return bytearray(64 * 2**30)\n",
    "def f(x):\n    hoard = []\n    while True:\n        hoard.append(bytearray(2**24))\n",
], ids=["one-huge-allocation", "growing"])
@pytest.mark.parametrize("namespaces", [True, False], ids=["namespaces", "fallback"])
def test_memory_bombs_end_in_memory_exceeded(bomb, namespaces):
    # A small limit keeps the test fast on a loaded machine (filling 512 MiB takes seconds there).
    with Executor(Limits(timeout=10.0, memory_mb=160, namespaces=namespaces)) as executor:
        verdict = executor.run(PROBLEM, bomb)
        assert verdict.status == "memory_exceeded"
        assert verdict.peak_memory_mb < 200
        assert_clean(executor)


def test_an_infinite_loop_times_out(any_executor):
    verdict = any_executor.run(PROBLEM, "def f(x):\n    while True:\n        pass\n")
    assert verdict.status == "timeout"
    assert_clean(any_executor)


def test_a_fork_spray_ends_in_a_verdict_and_leaves_nothing(any_executor):
    solution = code("""
        import os
        def f(x):
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
    """)
    verdict = any_executor.run(PROBLEM, solution)
    assert verdict.status in ("timeout", "runtime_error")
    assert_clean(any_executor)


@pytest.mark.parametrize("then", ["return x", "while True: pass"], ids=["returns", "loops"])
def test_detached_double_forked_children_are_refused_and_nothing_is_left(any_executor, then):
    # Samples may not create processes at all (seccomp), so a setsid or double-fork escape fails at its first fork.
    solution = code(f"""
        import os, time
        def f(x):
            if os.fork() == 0:
                os.setsid()
                if os.fork() == 0:
                    time.sleep(300)
                os._exit(0)
            {then}
    """)
    verdict = any_executor.run(PROBLEM, solution)
    assert verdict.status == "runtime_error" and "PermissionError" in verdict.message
    assert_clean(any_executor)
    assert not [p for p in psutil.process_iter(["status"]) if p.info["status"] == psutil.STATUS_ZOMBIE
                and p.ppid() == any_executor._process.pid]


def test_output_is_capped(executor):
    verdict = executor.run(PROBLEM, "import sys\nfor _ in range(200):\n    sys.stdout.write('x' * 2**20)\n"
                                    "def f(x):\n    return x\n")
    assert verdict.status == "passed"
    assert len(verdict.output) <= executor.limits.output_bytes


def test_file_size_limit(executor):
    solution = "def f(x):\n    with open('big', 'wb') as out:\n        out.write(b'0' * (64 * 2**20))\n    return x\n"
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "runtime_error"


def test_open_file_limit(executor):
    solution = "def f(x):\n    files = [open('/dev/null') for _ in range(1000)]\n    return x\n"
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "runtime_error" and "Too many open files" in verdict.message


# ------------------------------------------------------------------ environment

def test_the_sample_sees_a_fresh_empty_directory_closed_stdin_and_a_scrubbed_environment(executor, monkeypatch):
    monkeypatch.setenv("ACECODE_SECRET_FOR_TEST", "leak")
    tests = "def check(candidate):\n    assert candidate(0) == []\n"
    probe = code("""
        import os, sys
        def f(x):
            problems = []
            if os.listdir('.'):
                problems.append('cwd not empty')
            if not os.path.basename(os.getcwd()).startswith('acecode-sample-'):
                problems.append('cwd ' + os.getcwd())
            if sys.stdin.read() != '':
                problems.append('stdin readable')
            if any('SECRET' in key for key in os.environ) or set(os.environ) - {'PATH', 'HOME', 'TMPDIR', 'LANG'}:
                problems.append('environment ' + ','.join(os.environ))
            if not sys.flags.isolated:
                problems.append('interpreter not isolated')
            if os.getuid() == 0:
                problems.append('running as root')
            open('scratch.txt', 'w').write('x')
            print(sorted(name for name in os.listdir('..') if name.startswith('acecode-sample-')))
            return problems
    """)
    first = executor.run(make_problem(tests=tests), probe)
    second = executor.run(make_problem(tests=tests), probe)
    assert first.status == second.status == "passed", (first.message, second.message)
    if executor.workdirs != tempfile.gettempdir():  # a private tmpfs: only the running sample's folder is there
        assert len(eval(second.output)) == 1  # the first sample's folder was removed


def test_the_sample_cannot_write_the_project(executor):
    target = os.path.abspath("reward/__init__.py")
    solution = f"def f(x):\n    open({target!r}, 'a').write('#')\n    return x\n"
    before = open(target).read()
    verdict = executor.run(PROBLEM, solution)
    assert verdict.status == "runtime_error"
    assert any(error in verdict.message for error in ("PermissionError", "FileNotFoundError", "Read-only"))
    assert open(target).read() == before


def test_the_sample_cannot_open_a_connection(any_executor):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    probe = code(f"""
        import socket
        def f(x):
            try:
                socket.create_connection(('127.0.0.1', {port}), timeout=1).close()
                return 'connected'
            except OSError as error:
                return 'refused'
    """)
    try:
        verdict = any_executor.run(make_problem(tests="def check(candidate):\n    assert candidate(0) == 'refused'\n"),
                                   probe)
    finally:
        listener.close()
    assert verdict.status == "passed", verdict.message


# ------------------------------------------------------------------ clocks

SLOW_PROBLEM = make_problem(
    tests="def check(candidate):\n    assert candidate(10) == 45\n",
    reference="def f(n):\n    return n * (n - 1) // 2\n",
    workload="def workload(candidate):\n    for n in range(20000, 20010):\n        candidate(n)\n")
SLOW_SOLUTION = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
FAST_TIMING = TimingConfig(repeats=5, min_duration=0.005)


def test_patching_time_functions_does_not_change_the_measurement(executor):
    honest = executor.run(SLOW_PROBLEM, SLOW_SOLUTION, FAST_TIMING)
    patched = executor.run(SLOW_PROBLEM, "import time\nfor name in ('perf_counter', 'time', 'process_time', "
                           "'thread_time', 'monotonic'):\n    setattr(time, name, lambda: 0.0)\n" + SLOW_SOLUTION,
                           FAST_TIMING)
    assert honest.status == patched.status == "passed"
    # Stopped clocks would make the loop look instant (ratio near 0). Both ratios are in the thousands, but each
    # divides by a reference of about a microsecond that a busy machine moves by half: compare the candidate's
    # own runtime, and ask only that the patched one still looks far slower than the reference.
    assert patched.runtime > 0.5 * honest.runtime
    assert patched.ratio > 100


# ------------------------------------------------------------------ the rewarder's own safety

def test_sweeping_leftovers_only_touches_the_callers_descendants():
    import subprocess
    import sys

    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        pid = os.fork()
        if pid == 0:  # a stand-in zygote: one child of its own, then the sweep
            child = os.fork()
            if child == 0:
                import time
                time.sleep(30)
                os._exit(0)
            killed = sandbox.kill_descendants()
            os._exit(0 if killed == 1 else 1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()


def test_killing_a_server_group_never_signals_our_own_group():
    import subprocess
    import sys

    same_group = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        kill_server_group(same_group.pid)  # shares our group: only that process may die
        assert same_group.wait(10) == -9
    finally:
        same_group.kill()


# ------------------------------------------------------------------ solutions that look up their own module

@pytest.mark.parametrize("solution", [
    code("""
        from dataclasses import dataclass, field
        @dataclass(frozen=True)
        class Item:
            value: object
            tags: list = field(default_factory=list)
        def f(x):
            return Item(x).value
    """),
    code("""
        from typing import NamedTuple
        class Pair(NamedTuple):
            left: object
            right: int = 0
        def f(x):
            return Pair(x).left
    """),
    code("""
        import pickle
        class Box:
            def __init__(self, value):
                self.value = value
        def f(x):
            return pickle.loads(pickle.dumps(Box(x))).value
    """),
], ids=["dataclass", "NamedTuple", "pickle-by-module"])
def test_solutions_that_resolve_their_own_module_load_and_are_timed(executor, solution):
    verdict = executor.run(PROBLEM, solution, TimingConfig(repeats=3, min_repeats=3, max_repeats=3,
                                                           min_duration=0.002))
    assert verdict.status == "passed", verdict.message
    assert verdict.ratio is not None


# ------------------------------------------------------------------ time limits follow the reference

def test_the_time_limit_follows_the_reference():
    # The reference needs 0.2-0.5 s on the tests (by the machine), near the 0.3 s floor: a copy of it gets
    # timeout_factor times that, well above the floor, and a program much slower than that times out.
    heavy = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
    problem = make_problem(tests="def check(candidate):\n" + "".join(
        f"    assert candidate({3_000_000 + i}) == {sum(range(3_000_000 + i))}\n" for i in range(3)),
        reference=heavy)
    with Executor(Limits(timeout=0.3, timeout_factor=4.0)) as executor:
        same = executor.run(problem, heavy)
        assert same.status == "passed", same.message
        assert same.time_limit > 2 * 0.3
        slow = executor.run(problem, heavy.replace("total += i", "total += i\n        for _ in range(20):\n"
                                                                "            pass"))
        assert slow.status == "timeout"
