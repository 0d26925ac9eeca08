"""The timed pass loop: recorded calls written out as direct calls, and workloads that exercise each path."""

import sys
import types

import pytest

from reward import TimingConfig, timing
from tests.conftest import make_problem


def recorder():
    seen = []

    def function(*args, **kwargs):
        seen.append((args, kwargs))
        return len(seen)

    return function, seen


def run_passes(calls, function, modules, table=None, undo=lambda: None) -> list:
    """Run the written-out pass loop over `modules` as a batch process does (`sys.modules` holds "solution");
    return what it kept of each pass's answers."""
    runner, values = timing.load_pass_loop(timing.pass_loop(timing.call_shapes(calls)), calls)
    assert runner is not None
    table = {} if table is None else table
    saved = sys.modules.setdefault("solution", types.ModuleType("solution"))
    held = []
    try:
        runner([(module, function) for module in modules], sys.modules, (table, len(table), {}, 0, len(sys.modules)),
               undo, values, held)
    finally:
        sys.modules["solution"] = saved
    return held


def run_direct(calls, passes=3):
    function, seen = recorder()
    undone = []
    held = run_passes(calls, function, [types.ModuleType("solution") for _ in range(passes)],
                      undo=lambda: undone.append(1))
    return seen, undone, held


def test_every_recorded_call_is_made_in_order_with_its_arguments_in_every_pass():
    shared = [3, 1, 2]
    calls = [((1, "a"), {}), ((shared,), {"reverse": True}), ((), {"key": None})]
    seen, undone, held = run_direct(calls, passes=3)
    assert seen == [((1, "a"), {}), ((shared,), {"reverse": True}), ((), {"key": None})] * 3
    assert seen[1][0][0] is shared  # the passes share the recorded objects, not copies
    assert undone == []  # no shared table changed size
    assert held == [(1, 2, 3), (4, 5, 6), (7, 8, 9)]  # every pass keeps its answers, in call order


def test_a_pass_that_changes_a_shared_table_is_undone():
    table, undone = {"a": 1}, []

    def function(x):
        table["added"] = x

    run_passes([((1,), {})], function, [types.ModuleType("solution")] * 2, table,
               lambda: (undone.append(1), table.pop("added")))
    assert undone == [1, 1] and table == {"a": 1}


@pytest.mark.parametrize("calls", [
    [((), {"not an identifier": 1})],
    [((), {"class": 1})],
    [((0,), {})] * (timing.MAX_WRITTEN_CALLS + 1),
])
def test_calls_that_cannot_be_written_out_use_the_generic_loop(calls):
    assert timing.pass_loop(timing.call_shapes(calls)) == b""


def test_a_loop_written_for_other_calls_is_not_used():
    loop = timing.pass_loop(timing.call_shapes([((1, 2), {})]))
    assert timing.load_pass_loop(loop, [((1,), {"b": 2})]) == (None, None)


WORKLOAD_WITH_KEYWORDS = """
def workload(candidate):
    for n in range(1, 40):
        candidate(n, step=2)
    candidate(n=5)
    candidate(**{"n": 7, "step": 3})
"""


@pytest.mark.parametrize("keywords", ["step=2", "**options"])
def test_workloads_with_keyword_arguments_are_timed_and_checked(executor, keywords):
    reference = "def f(n, step=1):\n    return sum(range(0, n * 10, step))\n"
    slow = "def f(n, step=1):\n    total = 0\n    for i in range(0, n * 10, step):\n        total += i\n    return total\n"
    if keywords == "**options":  # an entry point that takes any keywords
        slow = slow.replace("step=1):", "**options):\n    step = options.get('step', 1)")
    tests = "def check(candidate):\n    assert candidate(3) == 435\n    assert candidate(3, step=2) == 210\n"
    problem = make_problem(tests=tests, reference=reference, workload=WORKLOAD_WITH_KEYWORDS)
    wrong = slow.replace("return total", "return total + (n == 7)")
    fast, slower, mistaken = (executor.run(problem, code, TimingConfig()) for code in (reference, slow, wrong))
    assert fast.status == "passed" and slower.status == "passed", (fast.message, slower.message)
    assert slower.ratio > fast.ratio
    assert mistaken.status == "failed" and "timed call" in mistaken.message
