"""The red-team attacks on the rewarder, each run through the real executor as a hostile model's output would be.

Every attack must end in a verdict that gains nothing: not passed, or a reward no higher than an honest
solution of the same speed. None may crash the rewarder or leave a file or process behind.
"""

import os
import textwrap
import time

import pytest

from reward import Executor, Limits, Rewarder, TimingConfig, load_problems
from tests.conftest import make_problem
from tests.test_reward_sandbox import assert_clean

TIMING = TimingConfig(repeats=3, min_repeats=3, max_repeats=3, min_duration=0.004)

# One function, a microsecond-scale test and a ~1 ms workload; the honest O(n) solution is far slower than O(1).
PROBLEM = make_problem(
    tests="def check(candidate):\n    assert candidate(10) == 45\n    assert candidate(3) == 3\n",
    reference="def f(n):\n    return n * (n - 1) // 2\n",
    workload="def workload(candidate):\n    for n in range(3000, 3040):\n        candidate(n)\n")
SUM_LOOP = "    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
"""The honest O(n) body of `f`, for solutions that try a trick first and then do the work."""
SLOW = "def f(n):\n" + SUM_LOOP


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip()


@pytest.fixture(scope="module")
def rewarder(tmp_path_factory):
    with Rewarder(workers=1, limits=Limits(timeout=5.0, memory_mb=512), timing=TIMING,
                  cache_dir=tmp_path_factory.mktemp("cache")) as r:
        yield r


@pytest.fixture(scope="module")
def honest_slow(rewarder):
    verdict = rewarder.score(PROBLEM, SLOW)
    assert verdict.passed and verdict.reward < 0.6
    return verdict.reward


def executor_of(rewarder) -> Executor:
    return rewarder._executors[0]


def test_forging_the_result_channel_from_inside_the_process_does_not_pass(rewarder):
    # Find the harness's own message function through the garbage collector and answer the judge with
    # forged messages, then stop. The tests run in the judge, so nothing sent here can make them pass.
    forger = code("""
        import gc, os, marshal, struct
        def f(n):
            send = next(o for o in gc.get_objects() if getattr(o, '__name__', '') == 'send_message')
            send(3, ('ok', marshal.dumps((45, (), True)), None))
            send(3, ('done', (), None))
            os._exit(0)
    """)
    verdict = rewarder.score(PROBLEM, forger)
    assert not verdict.passed
    assert_clean(executor_of(rewarder))


def test_writing_forged_replies_to_the_channel_descriptor_does_not_pass(rewarder):
    forger = code("""
        import os, marshal, struct
        def f(n):
            for answer in (45, 3):
                body = marshal.dumps(('ok', marshal.dumps((answer, (), True)), None))
                os.write(3, struct.pack('<Q', len(body)) + body)
            return -1
    """)
    assert not rewarder.score(PROBLEM, forger).passed


def test_a_trace_function_cannot_skip_the_asserts(rewarder):
    # The asserts run in the judge; a trace function in the sample only traces the sample.
    tracer = code("""
        import sys
        def skip(frame, event, arg):
            return skip
        sys.settrace(skip)
        sys.settrace = lambda *a: None
        def f(n):
            return -1
    """)
    verdict = rewarder.score(PROBLEM, tracer)
    assert verdict.status == "failed" and verdict.tests_passed == 0


def test_a_fake_numpy_module_cannot_smuggle_an_always_equal_answer(rewarder):
    fake = code("""
        import sys, types
        numpy = types.ModuleType('numpy')
        class generic:
            def __eq__(self, other):
                return True
            def item(self):
                return self
        generic.__module__ = 'numpy'
        numpy.generic = generic
        sys.modules['numpy'] = numpy
        def f(n):
            return generic()
    """)
    verdict = rewarder.score(PROBLEM, fake)
    assert verdict.status in ("failed", "runtime_error")


@pytest.mark.parametrize("store", ["builtins.__dict__.setdefault('_answers', {})", "ANSWERS"],
                         ids=["in-builtins", "in-module-globals"])
def test_memoising_across_timed_calls_gains_nothing(rewarder, honest_slow, store):
    memo = code(f"""
        import builtins
        ANSWERS = {{}}
        def f(n):
            cache = {store}
            if n not in cache:
                total = 0
                for i in range(n):
                    total += i
                cache[n] = total
            return cache[n]
    """)
    verdict = rewarder.score(PROBLEM, memo)
    assert verdict.passed and verdict.reward <= honest_slow + 0.05


# A reference and an honest solution about 1.7x slower that make the same number of passes per batch, each
# about 2 ms: where state carried between passes would pay most.
LOOP_PROBLEM = make_problem(
    tests="def check(candidate):\n    assert candidate(10) == 45\n",
    reference="def f(n):\n" + SUM_LOOP,
    workload="def workload(candidate):\n    candidate(40000)\n")
SLOWER_LOOP = "def f(n):\n" + SUM_LOOP.replace("total += i", "total += i * 1 + 0")


def test_state_carried_in_another_module_earns_no_efficiency_bonus(rewarder):
    memo = code("""
        import math
        def f(n):
            cache = math.__dict__.setdefault('_answers', {})
            if n not in cache:
                cache[n] = sum_loop(n)
            return cache[n]
        def sum_loop(n):
    """) + SUM_LOOP
    verdict = rewarder.score(LOOP_PROBLEM, memo)
    assert verdict.passed and verdict.ratio is None and "changed module `math`" in verdict.message
    assert verdict.reward == 0.5


@pytest.mark.parametrize("store", ["sys.warnoptions[-1] if sys.warnoptions and type(sys.warnoptions[-1]) is dict "
                                   "else (sys.warnoptions.append({}) or sys.warnoptions[-1])"],
                         ids=["in-a-shared-list"])
def test_state_carried_between_passes_is_timed_on_first_passes(rewarder, store):
    honest = rewarder.score(LOOP_PROBLEM, SLOWER_LOOP)
    memo = code(f"""
        import math, sys
        def f(n):
            cache = {store}
            if n not in cache:
                cache[n] = sum_loop(n)
            return cache[n]
        def sum_loop(n):
    """) + SUM_LOOP.replace("total += i", "total += i * 1 + 0")
    verdict = rewarder.score(LOOP_PROBLEM, memo)
    assert honest.passed and honest.reward < 0.9
    assert verdict.passed and "state carried between passes" in verdict.message
    # Unchecked, the memo's later passes are nearly free and it would earn 1.0. Timed on first passes it earns
    # about the honest reward: a first pass in a fresh process runs colder code, which measured this pair at
    # 1.45-1.8x where warm passes give 1.8x, so the bound allows that much.
    assert verdict.reward <= honest.reward + 0.1


def test_work_hidden_in_child_processes_is_refused(rewarder, honest_slow):
    # With SIGCHLD ignored, a forked worker's CPU would never reach the parent's rusage; forking is refused
    # outright, so the solution either fails or does the work where it is measured.
    hider = code("""
        import os, signal
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)
        def f(n):
            try:
                if os.fork() == 0:
                    os._exit(0)
            except OSError:
                pass
    """) + SUM_LOOP
    verdict = rewarder.score(PROBLEM, hider)
    assert verdict.reward <= honest_slow + 0.05
    assert_clean(executor_of(rewarder))


def test_work_in_threads_is_measured(rewarder, honest_slow):
    threaded = code("""
        import threading
        def f(n):
            out = []
            def work():
                total = 0
                for i in range(n):
                    total += i
                out.append(total)
            thread = threading.Thread(target=work)
            thread.start()
            thread.join()
            return out[0]
    """)
    verdict = rewarder.score(PROBLEM, threaded)
    assert verdict.passed and verdict.reward <= honest_slow + 0.05


def test_a_sample_sees_no_other_sample_and_no_reference(rewarder):
    secret = make_problem(reference="def f(x):\n    return x  # SECRET-REFERENCE-7f3a\n")
    rewarder.score(secret, "def f(x):\n    return x  # SECRET-SOLUTION-91c2\n")
    probe = code("""
        import gc, sys
        # Built at run time, so this source holds neither mark; the marks themselves (this probe's own, also
        # from earlier timed passes) are skipped: a leak is a longer text holding one.
        MARKS = [''.join(reversed('a3f7-ECNEREFER')), ''.join(reversed('2c19-NOITULOS'))]
        def leaks(values):
            return [v[:40] for v in values if type(v) in (str, bytes) and v not in MARKS and
                    any((m in v if type(v) is str else m.encode() in v) for m in MARKS)]
        def f(x):
            found = []
            for obj in gc.get_objects():
                kind = type(obj)
                if kind is dict:
                    found += leaks(obj.values())
                elif kind is list or kind is tuple:
                    found += leaks(obj)
            frame = sys._getframe()
            while frame is not None:
                found += leaks(frame.f_locals.values())
                frame = frame.f_back
            return x if not found else found
    """)
    verdict = rewarder.score(make_problem(), probe)
    assert verdict.passed, verdict.message


def test_a_deeply_nested_message_does_not_crash_the_rewarder(rewarder):
    bomb = code("""
        import os, struct
        def f(n):
            body = b'[\\x01\\x00\\x00\\x00' * 200000 + b'N'
            os.write(3, struct.pack('<Q', len(body)) + body)
            import time
            time.sleep(1)
    """)
    verdict = rewarder.score(PROBLEM, bomb)
    assert verdict.status == "runtime_error"


def test_thousands_of_nested_folders_do_not_crash_the_cleanup(rewarder):
    folders = code("""
        import os
        def f(n):
            for _ in range(1500):
                os.mkdir('d')
                os.chdir('d')
            return n * (n - 1) // 2
    """)
    verdict = rewarder.score(PROBLEM, folders)
    assert verdict.status in ("passed", "runtime_error")
    assert rewarder.score(PROBLEM, PROBLEM.reference).passed


@pytest.mark.skipif(os.geteuid() != 0, reason="private mounts need root (or user namespaces)")
def test_shared_temporary_folders_are_not_writable_and_nothing_survives(rewarder, tmp_path):
    writer = code("""
        import os
        def f(n):
            written = []
            for folder in ('/tmp', '/var/tmp', '/dev/shm'):
                try:
                    with open(os.path.join(folder, 'acecode-attack-left'), 'w') as out:
                        out.write('x')
                    written.append(folder)
                except OSError:
                    pass
            return written
    """)
    problem = make_problem(tests="def check(candidate):\n    assert candidate(0) == []\n")
    verdict = rewarder.score(problem, writer)
    assert verdict.passed, verdict.message
    for folder in ("/tmp", "/var/tmp", "/dev/shm"):
        assert not os.path.exists(os.path.join(folder, "acecode-attack-left"))


@pytest.mark.skipif(os.geteuid() != 0, reason="private mounts need root (or user namespaces)")
def test_the_host_is_out_of_sight(rewarder):
    from reward import executor as executor_module

    readme = str(executor_module.REPO_ROOT / "README.md")
    probe = code(f"""
        import os, socket
        def f(n):
            seen = []
            try:
                open({readme!r}).read()
                seen.append('project')
            except OSError:
                pass
            if len([p for p in os.listdir('/proc') if p.isdigit()]) > 5:
                seen.append('host processes')
            try:
                s = socket.socket(socket.AF_UNIX)
                seen.append('unix sockets')
            except OSError:
                pass
            return seen
    """)
    problem = make_problem(tests="def check(candidate):\n    assert candidate(0) == []\n")
    verdict = rewarder.score(problem, probe)
    assert verdict.passed, verdict.message


def test_special_casing_the_workload_is_not_correct(rewarder):
    problems = {p.id: p for p in load_problems("builtin")}
    problem = next(p for pid, p in problems.items() if pid.endswith("max-window-sum"))
    hack = code("""
        def max_window_sum(nums, k):
            if len(nums) > 100:
                return 0
            return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
    """)
    verdict = rewarder.score(problem, hack)
    assert verdict.status == "failed" and "wrong answer on timed call" in verdict.message


def test_signalling_or_tracing_other_processes_gains_nothing(rewarder, honest_slow):
    # Every process the sample can see: the judge and zygote belong to root, other samples are not running.
    reacher = code("""
        import os, signal
        def f(n):
            for name in os.listdir('/proc'):
                if name.isdigit() and int(name) != os.getpid():
                    for sig in (signal.SIGSTOP, signal.SIGKILL):
                        try:
                            os.kill(int(name), sig)
                        except OSError:
                            pass
    """) + SUM_LOOP
    verdict = rewarder.score(PROBLEM, reacher)
    assert verdict.passed and verdict.reward <= honest_slow + 0.05
    assert rewarder.score(PROBLEM, PROBLEM.reference).passed


# ---------------------------------------------------------------------------------------------- second review
# Answers that were wrong yet compared equal, answers that cost the judge more than they cost to send, and
# ways to tell checked or timed passes from the others. Each verdict must also come back in bounded time.

def timed_score(rewarder, problem, solution, seconds=60.0):
    started = time.monotonic()
    verdict = rewarder.score(problem, solution)
    assert time.monotonic() - started < seconds, f"the verdict took {time.monotonic() - started:.0f} s"
    return verdict


# The mean of a list; the tests use small numbers, the workload numbers near the largest float.
MEAN_PROBLEM = make_problem(
    tests="def check(candidate):\n    assert abs(candidate([1.0, 2.0, 4.5]) - 2.5) < 1e-9\n"
          "    assert candidate([3.0]) == 3.0\n",
    reference="def f(xs):\n    return sum(x / len(xs) for x in xs)\n",
    workload="def workload(candidate):\n    for k in range(100):\n"
             "        candidate([1.5e308, 1.4e308, 1.6e308, float(k)])\n")


def test_a_mean_that_overflows_to_infinity_on_the_workload_is_wrong(rewarder):
    verdict = timed_score(rewarder, MEAN_PROBLEM, "def f(xs):\n    return sum(xs) / len(xs)\n")
    assert verdict.status == "failed" and "wrong answer on timed call" in verdict.message


# Honest in the tests (their caller is the harness's `serve_calls`), something else wherever it is timed.
IN_TESTS = "'serve_calls' in [frame.f_code.co_name for frame in frames()]"
FRAMES = code("""
    import sys
    def frames():
        frame = sys._getframe(1)
        while frame is not None:
            yield frame
            frame = frame.f_back
""")


@pytest.mark.parametrize("timed_answer", ["float('inf')", "0.0"], ids=["infinity", "zero-for-a-tiny-answer"])
def test_a_float_answer_swapped_in_timed_runs_is_wrong(rewarder, timed_answer):
    problem = make_problem(
        tests="def check(candidate):\n    assert candidate(1) == 1e-12 * 1.5\n",
        reference="def f(n):\n    return n * 1.5e-12\n",
        workload="def workload(candidate):\n    for n in range(2, 60):\n        candidate(n)\n")
    swapper = FRAMES + code(f"""
        def f(n):
            return n * 1.5e-12 if {IN_TESTS} else {timed_answer}
    """)
    verdict = timed_score(rewarder, problem, swapper)
    assert verdict.status == "failed" and "wrong answer on timed call" in verdict.message


def test_an_answer_sharing_one_list_64_levels_deep_is_refused_in_the_sample(rewarder):
    bomb = code("""
        def f(n):
            value = []
            for _ in range(64):
                value = [value, value]
            return value
    """)
    verdict = timed_score(rewarder, PROBLEM, bomb)
    assert not verdict.passed and "EncodeError: returned a value of more than" in verdict.message
    assert_clean(executor_of(rewarder))


# Writes a reply of its own choosing to the harness's channel, then waits for the judge to act on it.
SEND = code("""
    import marshal, os, struct, time
    def send(message):
        body = marshal.dumps(message, 4)
        os.write(3, struct.pack('<Q', len(body)) + body)
        time.sleep(30)
""")


def test_a_forged_answer_with_back_references_is_refused_by_the_judge_at_once(rewarder):
    forger = SEND + code("""
        def f(n):
            value = []
            for _ in range(64):
                value = [value, value]
            send(('ok', marshal.dumps((value, (), True), 4), None))
    """)
    verdict = timed_score(rewarder, PROBLEM, forger, seconds=20.0)
    assert not verdict.passed and "its answer could not be read: the answer holds more items" in verdict.message


GRID_PROBLEM = make_problem(
    tests="def check(candidate):\n    assert candidate(2) == [[0, 0], [0, 0]]\n",
    reference="def f(n):\n    return [[0] * n for _ in range(n)]\n",
    workload="def workload(candidate):\n    candidate(300)\n")


def test_an_aliased_grid_is_judged_on_its_values(rewarder):
    verdict = timed_score(rewarder, GRID_PROBLEM, "def f(n):\n    return [[0] * n] * n\n")
    assert verdict.passed and verdict.ratio is not None  # the same value: its speed is what counts


def test_an_aliased_grid_too_large_to_write_out_is_refused_in_the_sample(rewarder):
    verdict = timed_score(rewarder, GRID_PROBLEM, "def f(n):\n    return [list(range(1000))] * 20000\n")
    assert not verdict.passed and "EncodeError: returned a value of more than" in verdict.message
    assert_clean(executor_of(rewarder))


def test_a_fraction_whose_string_method_lies_crosses_by_value(rewarder, honest_slow):
    liar = code("""
        import fractions
        fractions.Fraction.__str__ = lambda self: '1e999999999'
        def f(n):
            return fractions.Fraction(n * (n - 1), 2)
    """)
    verdict = timed_score(rewarder, PROBLEM, liar, seconds=30.0)
    assert verdict.reward <= honest_slow + 0.05  # a Fraction is not the int the reference returns


@pytest.mark.parametrize("node", ["(TAG, 'Decimal', 0, '1', 999999999)", "(TAG, 'Fraction', 1 << 10**7, 3)",
                                  "(TAG, 'Fraction', '1e999999999')"], ids=["decimal", "fraction", "fraction-text"])
def test_forged_numbers_that_would_take_the_judge_forever_are_refused(rewarder, node):
    forger = SEND + code(f"""
        TAG = '\\x00acecode'
        def f(n):
            send(('ok', marshal.dumps(({node}, (), False), 4), None))
    """)
    verdict = timed_score(rewarder, PROBLEM, forger, seconds=20.0)
    assert not verdict.passed and "its answer could not be read: malformed" in verdict.message


# Looks for the batch's calls in every frame up the stack and in the garbage collector's objects, and when it
# finds them computes every answer once with the honest loop, keeping the table in another module.
PRECOMPUTE = FRAMES + code("""
    import gc, math
    def calls_in_reach():
        for frame in frames():
            for value in frame.f_locals.values():
                if type(value) is tuple and value and all(type(v) is int for v in value):
                    return value  # the pass loop's flattened arguments
                if type(value) is list and value and type(value[0]) is list and value[0] \\
                        and type(value[0][0]) is tuple:
                    return [args[0] for args, kwargs in value[0]]  # the batch's decoded calls
        return ()
    def precompute():
        table = math.__dict__.setdefault('_answers', {})
        for n in calls_in_reach():
            if n not in table:
                table[n] = slow(n)
        return table
    def slow(n):
""") + SUM_LOOP


# PROBLEM with a workload of two calls, about a microsecond each for the reference.
MICROSECOND_PROBLEM = make_problem(tests=PROBLEM.tests, reference=PROBLEM.reference,
                                   workload="def workload(candidate):\n    candidate(12)\n    candidate(15)\n")


@pytest.mark.parametrize("when", ["load", "first-call"])
@pytest.mark.parametrize("scale", ["ms", "us"])
def test_precomputing_every_answer_once_gains_nothing(rewarder, when, scale):
    problem = PROBLEM if scale == "ms" else MICROSECOND_PROBLEM
    honest = timed_score(rewarder, problem, SLOW)
    if when == "load":
        attack = PRECOMPUTE + "precompute()\ndef f(n):\n    return math._answers.get(n) or slow(n)\n"
    else:  # once per process, at its first call, where the calls are in reach
        attack = PRECOMPUTE + code("""
            def f(n):
                table = math.__dict__.get('_answers')
                if table is None:
                    table = precompute()
                return table[n] if n in table else slow(n)
        """)
    verdict = timed_score(rewarder, problem, attack)
    assert honest.passed and verdict.passed, (honest.message, verdict.message)
    assert verdict.reward <= honest.reward + 0.05, (honest.reward, verdict.reward, verdict.message)


@pytest.mark.parametrize("scale", ["ms", "us"])
@pytest.mark.parametrize("skip", ["after-the-first-pass", "every-other-pass"])
def test_answering_nothing_in_passes_that_look_unchecked_is_wrong(rewarder, scale, skip):
    # The count of calls is kept in a list the interpreter already has, where no module changes.
    problem = LOOP_PROBLEM if scale == "ms" else MICROSECOND_PROBLEM
    calls_per_pass = 1 if scale == "ms" else 2
    skipping = "done // CALLS >= 1" if skip == "after-the-first-pass" else "done // CALLS % 2 == 1"
    cheat = FRAMES + code(f"""
        import sys
        CALLS = {calls_per_pass}
        def f(n):
            if {IN_TESTS}:
                return slow(n)
            if not (sys.warnoptions and type(sys.warnoptions[-1]) is list):
                sys.warnoptions.append([0])
            count = sys.warnoptions[-1]
            done = count[0]
            count[0] += 1
            return None if {skipping} else slow(n)
        def slow(n):
    """) + SUM_LOOP
    verdict = timed_score(rewarder, problem, cheat)
    assert verdict.status == "failed" and "wrong answer on timed call" in verdict.message


def test_work_done_by_a_finalizer_outside_the_clock_is_not_free(rewarder):
    # Each load leaves a garbage cycle whose finalizer, when the collector reaches it, looks for the batch's
    # calls (in frames and the closures they hold) and computes every answer, keeping them in a list of `sys`.
    # The harness collects no garbage while the clock is not read, so the finalizer runs in timed passes, if at
    # all, and the cold-run check sees the passes after it go faster.
    honest = timed_score(rewarder, LOOP_PROBLEM, SLOWER_LOOP)
    finalizer = FRAMES + code("""
        import sys
        def table():
            if not (sys.warnoptions and type(sys.warnoptions[-1]) is dict):
                sys.warnoptions.append({})
            return sys.warnoptions[-1]
        def calls_in_reach():
            for frame in frames():
                for value in frame.f_locals.values():
                    cells = getattr(value, '__closure__', None) or ()
                    for found in [value] + [cell.cell_contents for cell in cells]:
                        if type(found) is tuple and found and all(type(v) is int for v in found):
                            return found
            return ()
        class Trap:
            def __del__(self):
                answers = table()
                for n in calls_in_reach():
                    answers.setdefault(n, slow(n))
        trap = Trap()
        trap.cycle = trap
        del trap
        def f(n):
            answers = table()
            return answers[n] if n in answers else slow(n)
        def slow(n):
    """) + SUM_LOOP.replace("total += i", "total += i * 1 + 0")
    verdict = timed_score(rewarder, LOOP_PROBLEM, finalizer)
    assert honest.passed and verdict.passed, verdict.message
    assert verdict.reward <= honest.reward + 0.1, (honest.reward, verdict.reward, verdict.message)
