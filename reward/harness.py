"""The harness: the code around a solution in a sandboxed sample process, and the test rewriting the judge uses.

A sample process holds one solution (the candidate's or the reference's) and never the tests, the expected
answers or another sample. It plays one of two roles, chosen by the judge (`reward.judge`):

- `serve_calls`: load the solution, then answer calls: decode the arguments, call the entry point, send back
  the encoded plain return value (and the arguments, if the call changed them). The judge runs the tests and
  compares; nothing here decides whether an answer is right.
- `reward.timing.run_batch`: one timed batch, whose passes the judge orders and times from outside.

`prepare_tests` (in the caller's process) rewrites a problem's `check` so every top-level assert is one counted
test. Nothing here decides a verdict or reads a clock.
"""

from __future__ import annotations

import ast
import builtins
import sys
import types

from reward import codec
from reward.protocol import Job, PreparedTests, describe, failure_kind, receive_message, send_message
from reward.timing import run_batch

MAKER = "__acecode_counted_check"
RECORD = "__acecode_record"
CATCH = "__acecode_catch"
ERROR = "__acecode_error"


# ---------------------------------------------------------------------------------------------- the tests

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


# ---------------------------------------------------------------------------------------------- a sample

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


def module_namespace(base: dict, name: str = "solution") -> dict:
    """The namespace of a fresh module holding `base`, registered in `sys.modules`, so code that looks its own
    module up by `__module__` (dataclasses, typing.NamedTuple, pickle) finds it."""
    module = types.ModuleType(name)
    module.__dict__.update(base)
    module.__name__ = name
    sys.modules[name] = module
    return module.__dict__


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
    classes = codec.classes_in(namespace, names)
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
