"""No built-in task of one split is a near-duplicate of a task of another: `builtin:test` and `builtin:ood` stay held out.

Two tasks of different splits (train and hard count as one, test, ood) are near-duplicates when
- their references are the same program up to names and numbers: the ASTs agree once docstrings, annotations,
  the names the code binds and every numeric constant are canonicalised (`fibonacci` and Lucas numbers are
  one loop with other seeds; the sums of the even and of the odd divisors differ by one parity constant), or
- their references give the same answers on the union of both tasks' test inputs (`square-of-sum` and
  `sum-of-cubes` are one function, written two ways).
The references are the project's own code and run in this process, each call under a time limit.
"""

import ast
import copy
import functools
import itertools
import signal

import pytest

from tasks import load_problems

SPLIT_GROUPS = {"train": "train", "hard": "train", "test": "test", "ood": "ood"}
CALL_SECONDS = 0.5


@pytest.fixture(scope="module")
def grouped_problems():
    """(group, problem) for every built-in task; train and hard are one group, the training tasks."""
    return [(group, p) for split, group in SPLIT_GROUPS.items() for p in load_problems(f"builtin:{split}")]


# ------------------------------------------------------------------ the same program up to names and numbers

class _Canonicaliser(ast.NodeTransformer):
    """Renames the names a program binds to v0, v1, ... in order of appearance, and drops docstrings and
    annotations; with `blind_numbers`, every non-string constant becomes its type's name."""

    def __init__(self, bound: set[str], blind_numbers: bool):
        self.bound, self.blind_numbers, self.names = bound, blind_numbers, {}

    def canonical(self, name: str) -> str:
        return self.names.setdefault(name, f"v{len(self.names)}") if name in self.bound else name

    def visit_FunctionDef(self, node):
        node.name, node.returns = self.canonical(node.name), None
        first = node.body[0]
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
            node.body = node.body[1:] or [ast.Pass()]
        self.generic_visit(node)
        return node

    def visit_arg(self, node):
        node.arg, node.annotation = self.canonical(node.arg), None
        return node

    def visit_Name(self, node):
        node.id = self.canonical(node.id)
        return node

    def visit_AnnAssign(self, node):
        self.generic_visit(node)
        node.annotation = ast.Constant(None)
        return node

    def visit_Constant(self, node):
        if self.blind_numbers and not isinstance(node.value, str):
            return ast.Constant(type(node.value).__name__)
        return node


def _bound_names(tree: ast.AST) -> set[str]:
    """The functions, arguments and variables a program defines (imported names keep their own)."""
    bound, imported = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            bound.add(node.name)
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            args = node.args
            bound.update(a.arg for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg] if a)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            imported.update(alias.asname or alias.name for alias in node.names)
    return bound - imported


def normalised_ast(code: str, blind_numbers: bool = True) -> str:
    """The program's AST as text, with names (and, by default, numbers) canonicalised."""
    tree = ast.parse(code)
    return ast.dump(_Canonicaliser(_bound_names(tree), blind_numbers).visit(tree), annotate_fields=False)


# ------------------------------------------------------------------ the same answers

@functools.lru_cache(maxsize=None)
def candidate_calls(tests: str) -> list[tuple[tuple, dict]]:
    """The arguments of every `candidate(...)` call in a problem's tests."""
    calls = []
    for node in ast.walk(ast.parse(tests)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "candidate":
            args = eval(ast.unparse(ast.Tuple(elts=node.args, ctx=ast.Load())))
            kwargs = {k.arg: eval(ast.unparse(k.value)) for k in node.keywords}
            calls.append((args, kwargs))
    return calls


def _kind(call) -> tuple:
    args, kwargs = call
    return tuple(type(a).__name__ for a in args) + tuple(sorted(kwargs))


class _CallTimeout(Exception):
    pass


def _raise_timeout(signum, frame):
    raise _CallTimeout


def _answer(function, call):
    """('ok', value), ('error', exception name) or ('timeout', None) for one call under CALL_SECONDS."""
    args, kwargs = copy.deepcopy(call)
    signal.setitimer(signal.ITIMER_REAL, CALL_SECONDS)
    try:
        return "ok", function(*args, **kwargs)
    except _CallTimeout:
        return "timeout", None
    except Exception as error:  # a reference given another task's input may raise anything
        return "error", type(error).__name__
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


@functools.lru_cache(maxsize=None)
def _reference(code: str, entry_point: str):
    namespace = {}
    exec(code, namespace)
    return namespace[entry_point]


def same_answers(a, b) -> bool:
    """Whether both references return the same values on every test input of either task that both accept
    (same argument types); False when they share no such input."""
    inputs_a, inputs_b = candidate_calls(a.tests), candidate_calls(b.tests)
    kinds = {_kind(c) for c in inputs_a} & {_kind(c) for c in inputs_b}
    if not kinds:
        return False
    shared = [c for c in inputs_a + inputs_b if _kind(c) in kinds]
    reference_a = _reference(a.preamble + a.reference, a.entry_point)
    reference_b = _reference(b.preamble + b.reference, b.entry_point)
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    try:
        for call in shared:
            answer = _answer(reference_a, call)
            if answer[0] != "ok" or answer != _answer(reference_b, call):
                return False
        return True
    finally:
        signal.signal(signal.SIGALRM, previous)


# ------------------------------------------------------------------ the checks

def test_the_rules_catch_the_known_kinds_of_near_duplicate():
    from tasks.builtin import divisors, memoised_recursion, range_sums
    from tasks.builtin.task import to_problem

    def problem(family, name):
        (item,) = [t for t in family.TRAIN + family.TEST if t.name == name]
        return to_problem(family.FAMILY, item)

    square_of_sum, sum_of_cubes = problem(range_sums, "square-of-sum"), problem(range_sums, "sum-of-cubes")
    assert same_answers(square_of_sum, sum_of_cubes)
    assert normalised_ast(square_of_sum.reference, blind_numbers=False) == normalised_ast(sum_of_cubes.reference,
                                                                                          blind_numbers=False)
    even, odd = problem(divisors, "sum-even-divisors"), problem(divisors, "sum-odd-divisors")
    assert not same_answers(even, odd)
    assert normalised_ast(even.reference) == normalised_ast(odd.reference)
    fibonacci, lucas = problem(memoised_recursion, "fibonacci"), problem(memoised_recursion, "lucas-numbers")
    assert normalised_ast(fibonacci.reference) == normalised_ast(lucas.reference)
    # Different problems stay apart: another recurrence, another algorithm.
    tribonacci, catalan = problem(memoised_recursion, "tribonacci"), problem(memoised_recursion, "catalan")
    assert normalised_ast(fibonacci.reference) != normalised_ast(tribonacci.reference)
    assert not same_answers(fibonacci, catalan)


def test_no_reference_is_the_same_program_as_one_of_another_split(grouped_problems):
    by_shape = {}
    for group, p in grouped_problems:
        by_shape.setdefault(normalised_ast(p.reference), []).append((group, p.id))
    duplicates = [tasks for tasks in by_shape.values() if len({group for group, _ in tasks}) > 1]
    assert not duplicates, ("references that are one program up to names and numbers, across splits (move one "
                            f"task to the other's split or write another problem): {duplicates}")


def test_no_two_tasks_of_different_splits_give_the_same_answers(grouped_problems):
    duplicates = [f"{a.id} ({group_a}) and {b.id} ({group_b})"
                  for (group_a, a), (group_b, b) in itertools.combinations(grouped_problems, 2)
                  if group_a != group_b and same_answers(a, b)]
    assert not duplicates, ("tasks of different splits whose references answer every shared test input alike "
                            f"(move one task to the other's split or write another problem): {duplicates}")
