"""Shared fixtures for the reward tests: sandboxed executors with short limits, and a tiny problem builder."""

import pytest

from reward import Executor, Limits, Problem

SHORT_LIMITS = Limits(timeout=3.0, memory_mb=512)

IDENTITY_TESTS = "def check(candidate):\n    assert candidate(1) == 1\n    assert candidate('a') == 'a'\n    assert candidate([2]) == [2]\n"


def make_problem(tests: str = IDENTITY_TESTS, entry_point: str = "f", reference: str = "def f(x):\n    return x\n",
                 workload: str | None = None, preamble: str = "", slow_solutions: tuple = ()) -> Problem:
    return Problem(id="test/identity", prompt="def f(x): ...", entry_point=entry_point, reference=reference,
                   tests=tests, preamble=preamble, workload=workload, slow_solutions=slow_solutions)


@pytest.fixture(scope="session")
def executor():
    """A fork server with the strongest isolation this machine allows (namespaces where possible)."""
    with Executor(SHORT_LIMITS) as ex:
        yield ex


@pytest.fixture(scope="session")
def fallback_executor():
    """A fork server forced onto the fallback path: no namespaces, subreaper sweep, Python-level blocks."""
    with Executor(Limits(timeout=3.0, memory_mb=512, namespaces=False)) as ex:
        yield ex


@pytest.fixture(params=["namespaces", "fallback"])
def any_executor(request, executor, fallback_executor):
    """Runs a test once per isolation level."""
    return executor if request.param == "namespaces" else fallback_executor
