"""A judge that cannot be held, and a sample that cannot replace itself: each attack through the real executor.

The judge (the fork server) has a CPU bound per sample and a memory limit; a sample it could not finish gets a
verdict and is never sent again; a judge whose client is gone exits. Inside a sample, seccomp refuses execve,
execveat, io_uring, memfd_create and personality.
"""

import ctypes
import platform
import textwrap

import pytest

from reward import sandbox
from tests.conftest import make_problem

ERRNO_TESTS = "def check(candidate):\n    assert candidate(0) == 'EPERM'\n"
"""The candidate answers the errno name its system call failed with."""


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip()


# ------------------------------------------------------------------ seccomp: no exec, io_uring, memfd, personality

NUMBERS = sandbox.SYSCALLS.get(platform.machine(), {})
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
