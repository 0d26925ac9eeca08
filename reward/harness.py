"""The harness: the code around a solution in a sandboxed sample process, and the test rewriting the judge uses.

A sample process holds one solution (the candidate's or the reference's) and never the tests, the expected
answers or another sample. It plays one of two roles, chosen by the judge (`reward.judge`):

- `serve_calls`: load the solution, then answer calls: decode the arguments, call the entry point, send back
  the encoded plain return value (and the arguments, if the call changed them). The judge runs the tests and
  compares; nothing here decides whether an answer is right.
- `run_batch`: one timed batch. Load the solution into `passes` fresh namespaces, then take the workload's
  calls, then run passes in the runs the judge orders, and send the answers of the passes the judge asks
  for after each run. The judge reads this process's CPU clock from outside while it waits between orders,
  so nothing in this process can change what is measured, and it checks the answers.

`prepare_tests` rewrites a problem's `check` so every top-level assert is one counted test.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import gc
import keyword
import marshal
import os
import struct
import sys
import types
from dataclasses import dataclass

from reward import codec

MAKER = "__acecode_counted_check"
RECORD = "__acecode_record"
CATCH = "__acecode_catch"
ERROR = "__acecode_error"
MESSAGE_CHARS = 300
MAX_MESSAGE_BYTES = codec.MAX_BYTES + (1 << 16)


# ---------------------------------------------------------------------------------------------- the tests

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
    """Classes the tests define (helper types such as ListNode); answers may be their instances."""
    class_source: str
    """The source of those class definitions, so a sample process can rebuild such arguments."""


def prepare_tests(tests: str) -> PreparedTests:
    """Rewrite `check` so every top-level statement runs in its own try block and reports to a recorder.

    A statement holding an assert (directly or in a loop) is one test; the others (imports, set-up) still run
    guarded, so an error there is reported but later tests run.
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
    classes = [node for node in module.body if isinstance(node, ast.ClassDef)]
    class_source = "\n".join(ast.unparse(node) for node in classes)
    return PreparedTests(len(statements), source, tuple(statements), tuple(node.name for node in classes),
                         class_source)


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
    except BaseException:  # noqa: BLE001 - a candidate's __str__ may raise anything
        text = "<unprintable>"
    try:
        name = str(type(error).__name__)
    except BaseException:  # noqa: BLE001
        name = "Exception"
    return (f"{name}: {text}" if text else name)[:MESSAGE_CHARS]


# ---------------------------------------------------------------------------------------------- messages

def send_message(fd: int, message: tuple) -> None:
    """One length-prefixed marshal message (plain data only)."""
    data = marshal.dumps(message, 4)
    data = struct.pack("<Q", len(data)) + data
    while data:
        data = data[os.write(fd, data):]


def receive_message(fd: int) -> tuple | None:
    """The next message on a trusted descriptor (from the judge), or None at end of file."""
    header = read_exactly(fd, 8)
    if header is None:
        return None
    body = read_exactly(fd, struct.unpack("<Q", header)[0])
    return None if body is None else marshal.loads(body)


def read_exactly(fd: int, size: int) -> bytes | None:
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


# ---------------------------------------------------------------------------------------------- a sample

@dataclass
class Job:
    """What a sample process receives: one solution and how to call it (never tests or answers)."""

    role: str
    """'calls' (answer the judge's calls) or 'batch' (one timed batch)."""
    solution: str
    preamble: str
    entry_point: str
    class_names: tuple[str, ...]
    class_source: str
    passes: int = 1
    """For a batch: the passes it prepares (the judge orders how many run, and when)."""
    fresh_arguments: bool = False
    """For a batch: give every pass its own copy of the arguments (when a call may change them); otherwise the
    passes share one copy, which stays in the processor's caches as the same input would in a real program."""
    collect_garbage: bool = True
    """For a batch: leave the garbage collector on while timing."""
    pass_loop: bytes = b""
    """For a batch: the compiled loop that runs its passes (`pass_loop`), or b"" for the generic one."""


def run_job(job: Job, fd: int) -> None:
    """Entry point in the sample process, after every limit is in place."""
    try:
        code = compile(job.solution, "<solution>", "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as error:  # ValueError: nul bytes
        send_message(fd, ("syntax_error", describe(error)))
        return
    base = {"__name__": "solution", "__builtins__": builtins}
    exec(job.preamble, base)
    if job.class_source:
        exec(job.class_source, base)
    entry = compile(job.entry_point, "<entry point>", "eval")
    if job.role == "calls":
        serve_calls(job, code, entry, base, fd)
    else:
        run_batch(job, code, entry, base, fd)




def pass_module(scope: dict) -> types.ModuleType:
    """A fresh, nearly empty `solution` module whose builtins are `scope` (the builtins plus the preamble's
    names): creating one costs the same whatever the preamble holds, where copying a LeetCode preamble's
    500 names into every pass's module cost more than many solutions' own work."""
    module = types.ModuleType("solution")
    module.__builtins__ = scope
    return module


def module_namespace(base: dict, name: str = "solution") -> dict:
    """The namespace of a fresh module holding `base`, registered in `sys.modules`, so code that looks its own
    module up by `__module__` (dataclasses, typing.NamedTuple, pickle) finds it."""
    module = types.ModuleType(name)
    module.__dict__.update(base)
    module.__name__ = name
    sys.modules[name] = module
    return module.__dict__


def _classes(namespace: dict, names) -> dict[str, type]:
    return {name: namespace[name] for name in names if isinstance(namespace.get(name), type)}


def serve_calls(job: Job, code, entry, base: dict, fd: int) -> None:
    namespace = module_namespace(base)
    try:
        exec(code, namespace)
        candidate = eval(entry, namespace)
    except BaseException as error:  # noqa: BLE001 - SystemExit and the like are verdicts too
        flush_output()
        send_message(fd, ("load_error", failure_kind(error), describe(error)))
        return
    names = frozenset(job.class_names)
    classes = _classes(namespace, names)
    flush_output()
    send_message(fd, ("loaded",))
    while True:
        message = receive_message(fd)
        if message is None or message[0] != "call":
            return
        arguments = message[1]
        try:
            args, kwargs = codec.decode_trusted(arguments, classes)
            result = candidate(*args, **kwargs)
            answer = codec.encode(result, names, share=False)
            changed = codec.encode((args, kwargs), names) != arguments
            reply = ("ok", answer, codec.encode((args, kwargs), names, share=False) if changed else None)
        except codec.EncodeError as error:  # an object that is not an answer (e.g. rigged equality): wrong
            reply = ("raise", "failed", describe(error))
        except BaseException as error:  # noqa: BLE001
            reply = ("raise", failure_kind(error), describe(error))
        flush_output()
        send_message(fd, reply)


def flush_output() -> None:
    """Flush the candidate's prints to the captured output before the judge may stop this process."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:  # noqa: BLE001 - the candidate may have replaced or closed the streams
            pass


def run_batch(job: Job, code, entry, base: dict, fd: int) -> None:
    """One timed batch: prepare modules, load the solution once per pass, take the calls, run passes, answer.

    Every pass gets its own module (whose builtins are Python's plus the preamble's names) and makes every
    recorded call (on fresh copies of the arguments when a call may change them). Names a load or a pass adds
    to `builtins`, to those shared builtins or to `sys.modules` are removed before the next. The process does
    what the judge orders, one order at a time, and waits between orders, so the judge reads its CPU clock then
    and can interleave two batches' runs:

    - `("load", k)`: load the next k passes' modules (timed);
    - `("calls", data)`: decode the calls to make. They arrive after the judge's loads, so no work can be done
      on them at load time: a load that computes every answer in advance finds nothing to compute;
    - `("run", k)`: run the next k passes (timed). Every pass goes through the same loop and keeps its answers;
    - `("check", (i, j, ...))`: send the answers of those passes of the last run (the run's answers are
      dropped when the next run starts). The judge picks them at random after the run, so no pass can know
      whether its answers will be checked. The reply also names a module whose namespace a load or pass has changed
      (`module_watch`), if any;
    - `("finish",)`: end.
    Nothing the judge relies on is measured here.
    """
    passes = job.passes
    classes = _classes(base, job.class_names)
    names = frozenset(job.class_names)
    try:
        scope = {**vars(builtins), **{key: value for key, value in base.items() if key != "__builtins__"}}
        modules = [pass_module(scope) for _ in range(passes)]
    except MemoryError:
        send_message(fd, ("raise", "memory_exceeded", "MemoryError while preparing the timed passes"))
        return
    builtin_names, module_table = _interpreter_tables()
    # Everything a pass looks up is bound here, so the loops below cost little beside the solution's own work.
    builtin_table, builtin_count = vars(builtins), len(builtin_names)
    scope_names, scope_count = dict(scope), len(scope)
    modules_now, module_count = sys.modules, len(module_table)

    def undo_shared_changes() -> None:
        """Remove names a load or pass added to the tables every pass shares (sizes only: cheap enough to run
        between passes)."""
        if len(builtin_table) != builtin_count:
            _restore(builtin_table, builtin_names)
        if len(scope) != scope_count:
            _restore(scope, scope_names)
        if len(modules_now) != module_count:
            _restore(modules_now, module_table)

    by_name = job.entry_point if job.entry_point.isidentifier() else None
    tables = (builtin_table, builtin_count, scope, scope_count, module_count)
    changed_module = module_watch(modules_now)
    gc.collect()
    gc.freeze()
    if not job.collect_garbage:
        gc.disable()  # as timeit does: when a collection falls is noise, and each batch is a short-lived process
    send_message(fd, ("ready",))
    functions, held, ran, run_passes = [], [], 0, None
    try:
        while True:
            order = receive_message(fd)
            if order == ("finish",):
                break
            if type(order) is not tuple or len(order) != 2 or order[0] not in ("load", "calls", "run", "check"):
                return
            kind, argument = order
            if kind == "load" and type(argument) is int:
                for module in modules[len(functions):len(functions) + max(1, argument)]:
                    modules_now["solution"] = module
                    namespace = module.__dict__
                    exec(code, namespace)
                    functions.append(namespace[by_name] if by_name is not None and by_name in namespace
                                     else eval(entry, namespace))
                    undo_shared_changes()
                send_message(fd, ("loaded", len(functions)))
            elif kind == "calls" and type(argument) is bytes and run_passes is None:
                with untimed():
                    run_passes = pass_runner(job, argument, classes, modules, functions, modules_now, tables,
                                             undo_shared_changes)
                    argument = None
                    gc.freeze()  # the calls stay alive all batch: no collection should walk them
                send_message(fd, ("calls",))
            elif kind == "run" and type(argument) is int and run_passes is not None:
                held.clear()  # here, timed: freeing the last run's answers may run the solution's code
                stop = min(len(functions), ran + max(1, argument))
                run_passes(ran, stop, held)
                ran = stop
                send_message(fd, ("ran", ran))
            elif kind == "check" and type(argument) is tuple and argument \
                    and all(type(i) is int and 0 <= i < len(held) for i in argument):
                with untimed():
                    answers = tuple(tuple(codec.encode(answer, names, share=False) for answer in held[i])
                                    for i in argument)
                    changed = changed_module()
                send_message(fd, ("answers", answers, changed))
            else:
                return
    except BaseException as error:  # noqa: BLE001
        held.clear()
        send_message(fd, ("raise", failure_kind(error), describe(error)))
        return
    send_message(fd, ("done",))
    receive_message(fd)  # block until the judge has read the CPU clock


def module_watch(modules: dict):
    """A function that names the first module (other than the solution's) whose namespace has gained or lost
    names since this call, or returns "".

    Every pass has a fresh module, but another module is shared by all passes, so an attribute set on `math` can
    carry answers from one pass to the next, and the later passes look cheap. Honest code does not set
    attributes on modules it imported; the import system does, when it loads a submodule of a package
    (`P.X` appears in `P`), and that is not counted. Called between orders, so it is never timed.
    """
    watched = []
    for name, module in modules.items():
        if name != "solution" and type(module) is types.ModuleType:
            namespace = module.__dict__
            known = _MODULE_NAMES.get(name)  # the zygote's names, taken once: a batch need not copy them
            watched.append((name, namespace, known[1] if known and known[0] is namespace else frozenset(namespace)))

    def changed_module() -> str:
        for name, namespace, names in watched:
            if len(namespace) != len(names) and any(
                    not (type(namespace.get(key)) is types.ModuleType and namespace[key].__name__ == f"{name}.{key}")
                    for key in names.symmetric_difference(namespace)):
                return name
        return ""
    return changed_module


@contextlib.contextmanager
def untimed():
    """No garbage collection while the judge is not reading the clock: a collection runs the finalizers of
    whatever the solution left behind, and a finalizer run here, with the calls in reach, could compute answers
    for free."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def pass_runner(job: Job, data: bytes, classes: dict, modules: list, functions: list, modules_now: dict,
                tables: tuple, undo):
    """`run(start, stop, held)`: run passes start..stop-1, appending each pass's answers to `held`, all through
    one loop (the judge's compiled `pass_loop` when the job carries one and the passes share arguments)."""
    if job.fresh_arguments:
        calls = [codec.decode_trusted(data, classes) for _ in range(len(modules))]
    else:
        calls = [codec.decode_trusted(data, classes)] * len(modules)
    runner = values = None
    if job.pass_loop and modules and not job.fresh_arguments:
        runner, values = load_pass_loop(job.pass_loop, calls[0])
    if runner is not None:
        def run(start: int, stop: int, held: list) -> None:
            runner(zip(modules[start:stop], functions[start:stop]), modules_now, tables, undo, values, held)
        return run

    def run(start: int, stop: int, held: list) -> None:
        for module, function, pass_calls in zip(modules[start:stop], functions[start:stop], calls[start:stop]):
            modules_now["solution"] = module
            held.append([function(*args, **kwargs) for args, kwargs in pass_calls])
            undo()
    return run


MAX_WRITTEN_CALLS = 4096
"""Workloads of up to this many calls get a pass loop with every call written out (`pass_loop`)."""


def call_shapes(calls: list) -> tuple:
    """What a pass loop must know of the recorded calls: per call, its number of positional arguments and the
    names of its keyword arguments."""
    return tuple((len(args), tuple(kwargs)) for args, kwargs in calls)


def pass_loop(shapes: tuple) -> bytes:
    """A pass loop for calls that every pass shares, with each recorded call written out as a plain call on the
    flattened arguments (`function(values[0], values[1])`, `function(values[2], key=values[3])`), compiled and
    marshalled; or b"" when the calls are too many or name a keyword that is not an identifier.

    The judge compiles it once per problem (compiling costs about 10 us per call, too much for every batch).
    Per pass the loop switches `sys.modules["solution"]` to the pass's module, makes the calls, keeps their
    answers as one tuple in `held`, and undoes changes to the shared tables when one changed size. The generic loop it replaces (`for args, kwargs in
    calls: function(*args, **kwargs)`) cost about 0.1-0.3 us per call and pass beside the solution's own work,
    the same on both sides of a pair, so it pulled the ratios of microsecond workloads toward 1.
    """
    if len(shapes) > MAX_WRITTEN_CALLS:
        return b""
    lines, count = [], 0
    for positional, names in shapes:
        if any(not name.isidentifier() or keyword.iskeyword(name) for name in names):
            return b""
        parts = [f"values[{count + index}]" for index in range(positional)]
        parts += [f"{name}=values[{count + positional + index}]" for index, name in enumerate(names)]
        count += positional + len(names)
        lines.append(f"            function({', '.join(parts)}),")
    source = "\n".join([
        "def run(pairs, modules_now, tables, undo, values, held):",
        "    builtin_table, builtin_count, scope, scope_count, module_count = tables",
        "    for module, function in pairs:",
        "        modules_now['solution'] = module",
        "        held.append((",
        *lines,
        "        ))",
        "        if len(builtin_table) != builtin_count or len(scope) != scope_count \\",
        "                or len(modules_now) != module_count:",
        "            undo()",
    ])
    return marshal.dumps((shapes, compile(source, "<timed passes>", "exec")))


def load_pass_loop(loop: bytes, calls: list) -> tuple:
    """The compiled pass loop and the flattened arguments it calls with, in the order `pass_loop` wrote them;
    (None, None) if the decoded calls do not have the shapes it was written for."""
    shapes, code = marshal.loads(loop)
    if call_shapes(calls) != shapes:
        return None, None
    namespace: dict = {}
    exec(code, namespace)
    return namespace["run"], tuple(value for args, kwargs in calls for value in (*args, *kwargs.values()))


_BUILTINS: dict = {}
_MODULES: dict = {}
_MODULE_NAMES: dict = {}
"""Per module in the zygote: its namespace and the names in it (what `module_watch` compares with)."""


def snapshot_interpreter() -> None:
    """In the zygote, once: `builtins` and `sys.modules` as every sample starts with them. A batch compares only
    their sizes between passes, and restores from these (plus the modules its preamble added) when a pass
    changed them: copying both tables in every batch would cost a millisecond of copied pages."""
    sys.modules.setdefault("solution", types.ModuleType("solution"))  # replaced by each sample's own module
    _BUILTINS.update(vars(builtins))
    _MODULES.update(sys.modules)
    _MODULE_NAMES.update((name, (module.__dict__, frozenset(module.__dict__))) for name, module in sys.modules.items()
                         if type(module) is types.ModuleType)


def _interpreter_tables() -> tuple[dict, dict]:
    """The builtins and module table to restore in this process: the zygote's, plus modules loaded since."""
    builtin_names = _BUILTINS or dict(vars(builtins))
    if _MODULES and len(sys.modules) == len(_MODULES):
        return builtin_names, _MODULES
    return builtin_names, dict(sys.modules)


def _restore(current: dict, saved: dict) -> None:
    current.clear()
    current.update(saved)
