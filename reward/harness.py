"""The harness: what runs inside the sandboxed sample process, around the candidate's code.

`prepare_tests` (run by the trusted side) rewrites `check` so each top-level statement holding an assert is one
counted test and a failing test does not stop the rest. `run_program` (run in the sample process, after every
limit is in place) executes the solution, runs the counted tests on a guarded candidate, times the workload and
reports over the private result channel. It never decides a verdict: the parent does, from what it observes.
"""

from __future__ import annotations

import ast
import builtins
import collections
import decimal
import fractions
import json
import os
import sys
from dataclasses import dataclass

from reward import timing

MAKER = "__acecode_counted_check"
RECORD = "__acecode_record"
CATCH = "__acecode_catch"
ERROR = "__acecode_error"
MESSAGE_CHARS = 300

# Types whose equality and hashing are the interpreter's own, so a value built only from them compares honestly.
PLAIN_SCALARS = frozenset({
    type(None), bool, int, float, complex, str, bytes, decimal.Decimal, fractions.Fraction,
})
PLAIN_SEQUENCES = frozenset({list, tuple, set, frozenset, collections.deque, range, bytearray})
PLAIN_MAPPINGS = frozenset({dict, collections.OrderedDict, collections.defaultdict, collections.Counter})
COMPARISON_HOOKS = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__",
                    "__len__", "__getattr__", "__getattribute__", "__class__")


@dataclass(frozen=True)
class PreparedTests:
    """A problem's tests with `check` rewritten into a counted form."""

    total: int
    """How many tests: top-level statements of `check` that contain an assert."""
    counted_source: str
    """Defines `__acecode_counted_check(record, catch) -> check`, the counted `check`."""
    statements: tuple[str, ...]
    """The source of each counted test, for failure messages."""
    class_names: tuple[str, ...]
    """Classes the tests define (helper types such as ListNode); the candidate may return their instances."""


def prepare_tests(tests: str) -> PreparedTests:
    """Rewrite `check` so every top-level statement runs in its own try block and reports to a recorder.

    A statement holding an assert (directly or in a loop) is one test; the others (imports, set-up) still run
    guarded, so an error there is reported but later tests run. The recorder and the exception class reach
    `check` through a closure, so the candidate's globals cannot replace them.
    """
    module = ast.parse(tests)
    check = next((node for node in module.body
                  if isinstance(node, ast.FunctionDef) and node.name == "check"), None)
    if check is None:
        raise ValueError("the tests define no top-level `def check(candidate):`; write the tests as a check "
                         "function with asserts (the HumanEval convention)")
    body, statements = [], []
    lines = _source_lines(tests)
    for statement in check.body:
        is_test = any(isinstance(node, ast.Assert) for node in ast.walk(statement))
        test_index = len(statements) if is_test else -1
        if is_test:
            statements.append(_source_segment(lines, statement) or ast.unparse(statement))
        body.append(_guarded_statement(statement, test_index))
    if not statements:
        raise ValueError("`check` contains no assert, so no test could ever fail; add asserts to the tests")
    counted = ast.FunctionDef(name="check", args=check.args, body=body, decorator_list=[], returns=None,
                              type_comment=None)
    maker = ast.FunctionDef(
        name=MAKER,
        args=ast.arguments(posonlyargs=[], args=[ast.arg(RECORD), ast.arg(CATCH)], kwonlyargs=[],
                           kw_defaults=[], defaults=[]),
        body=[counted, ast.Return(ast.Name("check", ast.Load()))], decorator_list=[], returns=None,
        type_comment=None)
    source = ast.unparse(ast.fix_missing_locations(ast.Module(body=[maker], type_ignores=[])))
    class_names = tuple(node.name for node in module.body if isinstance(node, ast.ClassDef))
    return PreparedTests(len(statements), source, tuple(statements), class_names)


def _source_lines(source: str) -> list[str]:
    """The source split as `ast.get_source_segment` splits it (on \\r\\n, \\n, \\r only), done once per file:
    calling `get_source_segment` per statement re-splits the whole file each time, quadratic on long tests."""
    lines, start = [], 0
    for index, char in enumerate(source):
        if char == "\n" or (char == "\r" and source[index + 1:index + 2] != "\n"):
            lines.append(source[start:index + 1])
            start = index + 1
    if start < len(source):
        lines.append(source[start:])
    return lines


def _source_segment(lines: list[str], node: ast.AST) -> str | None:
    """`ast.get_source_segment(source, node)` over pre-split lines (column offsets are UTF-8 byte offsets)."""
    try:
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    if end is None or last >= len(lines):
        return None
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()[start:].decode()
    tail = lines[last].encode()[:end].decode()
    return "".join([head, *lines[first + 1:last], tail])


def _guarded_statement(statement: ast.stmt, test_index: int) -> ast.stmt:
    """`try: STATEMENT except catch as e: record(i, e) else: record(i, None)` (no else for set-up lines)."""
    def record(error: ast.expr) -> ast.stmt:
        return ast.Expr(ast.Call(ast.Name(RECORD, ast.Load()), [ast.Constant(test_index), error], []))

    handler = ast.ExceptHandler(type=ast.Name(CATCH, ast.Load()), name=ERROR,
                                body=[record(ast.Name(ERROR, ast.Load()))])
    orelse = [record(ast.Constant(None))] if test_index >= 0 else []
    return ast.Try(body=[statement], handlers=[handler], orelse=orelse, finalbody=[])


class UntrustedResult(AssertionError):
    """The candidate returned something other than plain data, so comparing it could be rigged."""


def failure_kind(error: BaseException) -> str:
    """The verdict status an exception maps to. `type()` is used because `__class__` can be faked."""
    kind = type(error)
    if issubclass(kind, AssertionError):
        return "failed"
    if issubclass(kind, MemoryError):
        return "memory_exceeded"
    return "runtime_error"


def describe(error: BaseException) -> str:
    """A short `Type: message`; the candidate's exception may have a hostile `__str__`, so guard it."""
    try:
        text = str(error)
    except Exception:  # noqa: BLE001 - a candidate's __str__ may raise anything
        text = "<unprintable>"
    name = type(error).__name__
    return (f"{name}: {text}" if text else name)[:MESSAGE_CHARS]


class CandidateGuard:
    """Checks that what the candidate returns is plain data, so `candidate(x) == y` cannot be rigged.

    Plain data is built only from the interpreter's own scalar and container types (exact types, not
    subclasses), numpy scalars, or classes the preamble and tests define (e.g. ListNode), including a
    same-named redefinition by the candidate as long as it does not override comparison hooks.
    An object returning True from every `__eq__` is therefore rejected before any assert sees it.
    """

    def __init__(self, trusted_classes: dict[str, type]):
        self.trusted_classes = trusted_classes

    def wrap(self, candidate):
        """The candidate as the tests see it: calls and attribute reads are checked."""
        if isinstance(candidate, type):  # a class as entry point: its instances are proxied
            return self._wrap_callable(candidate, instances=True)
        if callable(candidate):
            return self._wrap_callable(candidate, instances=False)
        return _GuardedInstance(candidate, self)

    def _wrap_callable(self, function, instances: bool):
        def guarded(*args, **kwargs):
            try:
                result = function(*args, **kwargs)
            finally:
                clear_hooks()
            if instances:
                return _GuardedInstance(result, self)
            self.check(result)
            return result
        return guarded

    def check(self, value) -> None:
        pending, seen = [value], set()
        while pending:
            item = pending.pop()
            kind = type(item)
            if kind in PLAIN_SCALARS or _is_numpy_scalar(kind):
                continue
            if self._trusted_class(kind):  # e.g. ListNode: its fields are compared too, so check them
                if id(item) not in seen:
                    seen.add(id(item))
                    pending.extend(getattr(item, "__dict__", {}).values())
                    pending.extend(getattr(item, name) for name in _slot_names(kind) if hasattr(item, name))
                continue
            if kind in PLAIN_SEQUENCES or kind in PLAIN_MAPPINGS:
                if id(item) in seen:
                    continue
                seen.add(id(item))
                pending.extend(item.keys() if kind in PLAIN_MAPPINGS else item)
                if kind in PLAIN_MAPPINGS:
                    pending.extend(item.values())
                continue
            raise UntrustedResult(f"the candidate returned a {kind.__qualname__!s:.60} object; tests compare "
                                  "plain values (numbers, strings, lists, dicts, ...) only")

    def _trusted_class(self, kind: type) -> bool:
        known = self.trusted_classes.get(getattr(kind, "__name__", None))
        if known is None:
            return False
        if kind is known:
            return True
        return not any(hook in vars(base) for base in kind.__mro__[:-1] for hook in COMPARISON_HOOKS)


class _GuardedInstance:
    """An instance entry point (e.g. EffiBench's `Solution()`): its methods' results are checked."""

    __slots__ = ("_target", "_guard")

    def __init__(self, target, guard: CandidateGuard):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_guard", guard)

    def __getattr__(self, name):
        value = getattr(object.__getattribute__(self, "_target"), name)
        guard = object.__getattribute__(self, "_guard")
        if callable(value):
            return guard._wrap_callable(value, instances=False)
        guard.check(value)
        return value


def _slot_names(kind: type) -> list[str]:
    return [name for base in kind.__mro__ for name in (vars(base).get("__slots__") or ())
            if isinstance(name, str) and name not in ("__dict__", "__weakref__")]


def _is_numpy_scalar(kind: type) -> bool:
    numpy = sys.modules.get("numpy")
    return numpy is not None and kind in _numpy_scalar_types(numpy)


_NUMPY_SCALARS: frozenset = frozenset()


def _numpy_scalar_types(numpy) -> frozenset:
    global _NUMPY_SCALARS
    if not _NUMPY_SCALARS:
        _NUMPY_SCALARS = frozenset(numpy.sctypeDict.values())
    return _NUMPY_SCALARS


class Channel:
    """The private result channel: JSON lines on a pipe the candidate's prints never reach.

    Every message carries a per-sample token that the fork server chose; the parent drops the sample's result if
    any line lacks it. The token lives only in this closure, so writing to the descriptor is not enough to forge
    a result: a candidate would have to dig the token out of the harness's memory (see the threat model).
    """

    def __init__(self, fd: int, token: str):
        def send(event: str, **fields) -> None:
            data = (json.dumps({"event": event, "token": token, **fields}) + "\n").encode()
            while data:
                data = data[os.write(fd, data):]
        self.send = send


@dataclass
class Job:
    """One sample as the sample process receives it (code objects are compiled by the fork server)."""

    solution: str
    entry_point: str
    preamble_code: object
    tests_code: object
    counted_code: object
    workload_code: object | None
    test_class_names: tuple[str, ...]
    total: int
    timing: dict | None


# A copy of the builtins taken in the fork server, before any candidate runs: the tests look names up here, so
# a candidate that rebinds `builtins.abs` or defines its own `len` cannot change what the asserts compute.
TRUSTED_BUILTINS = dict(vars(builtins))


def tests_namespace(base_namespace: dict, solution_namespace: dict) -> dict:
    """The namespace the tests run in: the preamble, plus the solution's own helpers the tests may call
    (HumanEval's `poly`, `encode_cyclic`), but never a solution name that shadows a builtin or a preamble name."""
    namespace = dict(base_namespace)
    namespace["__builtins__"] = TRUSTED_BUILTINS
    for name, value in solution_namespace.items():
        if name not in namespace and name not in TRUSTED_BUILTINS:
            namespace[name] = value
    return namespace


def clear_hooks() -> None:
    """Undo tracing and profiling hooks a candidate call may have left (a trace function can skip an assert)."""
    sys.settrace(None)
    sys.setprofile(None)


def run_program(job: Job, channel: Channel) -> None:
    """Run solution, counted tests and (if asked and all tests passed) timing; report each step."""
    try:
        solution_code = compile(job.solution, "<solution>", "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:  # ValueError: null bytes
        channel.send("syntax_error", message=describe(error))
        return
    namespace = {"__name__": "solution", "__builtins__": builtins}
    exec(job.preamble_code, namespace)
    base_namespace = dict(namespace)
    trusted = {value.__name__: value for value in namespace.values() if isinstance(value, type)
               and value.__module__ == "solution"}
    try:
        exec(solution_code, namespace)
    except BaseException as error:  # noqa: BLE001 - SystemExit and the like are verdicts too
        clear_hooks()
        channel.send("error", kind=failure_kind(error), message="while loading the solution: " + describe(error))
        return
    clear_hooks()
    tests = tests_namespace(base_namespace, namespace)
    exec(job.tests_code, tests)
    trusted.update({name: tests[name] for name in job.test_class_names if isinstance(tests.get(name), type)})
    if job.workload_code is not None:
        exec(job.workload_code, tests)
    exec(job.counted_code, tests)
    make_counted_check = tests.pop(MAKER)
    try:
        candidate = eval(job.entry_point, namespace)
    except BaseException as error:  # noqa: BLE001
        clear_hooks()
        channel.send("error", kind=failure_kind(error), message=f"evaluating {job.entry_point!r}: {describe(error)}")
        return

    outcomes: list[bool | None] = [None] * job.total
    failures: list[tuple[int, str, str]] = []

    def record(test_index: int, error: BaseException | None) -> None:
        clear_hooks()
        if test_index >= 0 and outcomes[test_index] is None:
            outcomes[test_index] = error is None
        if error is not None and len(failures) < 20:
            failures.append((test_index, failure_kind(error), describe(error)))

    counted_check = make_counted_check(record, BaseException)
    try:
        counted_check(CandidateGuard(trusted).wrap(candidate))
    except BaseException as error:  # noqa: BLE001 - only reachable if check itself is broken
        failures.append((-1, failure_kind(error), describe(error)))
    clear_hooks()
    channel.send("tests", outcomes=outcomes, failures=failures)
    if job.timing is None or failures or not all(outcomes):
        return

    target = tests["workload" if job.workload_code is not None else "check"]

    def fresh_call():
        # One timed call executes the solution afresh, so neither work done at import time nor memoisation
        # across calls makes a candidate look faster.
        fresh = dict(base_namespace)
        exec(solution_code, fresh)
        target(eval(job.entry_point, fresh))

    channel.send("timing-start")
    try:
        measurement = timing.measure(fresh_call, timing.TimingConfig(**job.timing),
                                     on_warm=lambda seconds: channel.send("warmed", seconds=seconds))
    except BaseException as error:  # noqa: BLE001
        clear_hooks()
        channel.send("error", kind=failure_kind(error), message="while timing: " + describe(error))
        return
    clear_hooks()
    channel.send("timing", runtimes=measurement.runtimes, loops=measurement.loops,
                 timed_total=measurement.timed_total)
