"""The built-in task set: well-formed, in sync with its source, split as documented, and graded as intended.

The rewarder checks, for every task, that the reference passes, that a stub returning None fails, and that every
slow solution passes yet runs at least 3x slower than the reference on the workload (median runtimes). These are
the properties the efficiency reward relies on. The whole file takes about a minute or two on 2 cores.
"""

import ast
import re
from collections import Counter

import pytest

import tasks.builtin
from tasks import load_problems

MIN_SLOWDOWN = 3.0
SPLITS = ("train", "test", "ood", "hard")


@pytest.fixture(scope="module")
def problems():
    return {split: load_problems(f"builtin:{split}") for split in SPLITS}


@pytest.fixture(scope="module")
def everything(problems):
    return [p for split in SPLITS for p in problems[split]]


def family_of(problem):
    return problem.id.split("/", 1)[0]


def test_jsonl_files_match_the_source(problems):
    built = tasks.builtin.build_problems()
    for split in SPLITS:
        assert problems[split] == built[split], (
            f"tasks/builtin/{split}.jsonl is out of date: run `python -m tasks.builtin` and commit the result"
        )


def test_builtin_name_is_train_then_test_then_ood_then_hard(problems, everything):
    assert load_problems("builtin") == everything


def test_sizes_and_ids(problems, everything):
    assert len(problems["train"]) >= 100
    assert len(problems["test"]) >= 40
    assert len(problems["ood"]) >= 20
    ids = [p.id for p in everything]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9-]+/[a-z0-9-]+", i) for i in ids)
    sizes = Counter(family_of(p) for p in problems["train"] + problems["hard"] + problems["ood"])
    assert all(n >= 4 for n in sizes.values()), sizes


def test_test_split_holds_new_problems_of_the_training_families(problems):
    train_families = {family_of(p) for p in problems["train"]}
    assert train_families == {family.FAMILY for family in tasks.builtin.TRAIN_FAMILIES}
    assert {family_of(p) for p in problems["test"]} <= train_families
    # A held-out problem is another problem, not a renamed copy: no reference, prompt or test suite is shared.
    training = problems["train"] + problems["hard"]
    for field in ("reference", "tests", "prompt"):
        shared = {getattr(p, field) for p in training} & {getattr(p, field) for p in problems["test"]}
        assert not shared, field
    assert not {p.entry_point for p in training} & {p.entry_point for p in problems["test"]}


def test_hard_split_holds_the_listed_training_tasks(problems):
    written = set(tasks.builtin.training_ids())
    assert {p.id for p in problems["hard"]} == tasks.builtin.HARD
    assert {p.id for p in problems["train"]} == written - tasks.builtin.HARD


def test_solvable_set_is_the_listed_part_of_the_training_split(problems):
    solvable = load_problems("builtin:solvable")
    assert solvable == tasks.builtin.build_problems()["solvable"], (
        "tasks/builtin/solvable.jsonl is out of date: run `python -m tasks.builtin` and commit the result")
    assert {p.id for p in solvable} == tasks.builtin.SOLVABLE
    assert solvable == [p for p in problems["train"] if p.id in tasks.builtin.SOLVABLE]  # same problems, same order


def test_demo_set_is_the_listed_part_of_the_solvable_set(problems):
    demo = load_problems("builtin:demo")
    assert demo == tasks.builtin.build_problems()["demo"], (
        "tasks/builtin/demo.jsonl is out of date: run `python -m tasks.builtin` and commit the result")
    assert {p.id for p in demo} == tasks.builtin.DEMO and tasks.builtin.DEMO <= tasks.builtin.SOLVABLE
    assert demo == [p for p in problems["train"] if p.id in tasks.builtin.DEMO]


def test_ood_split_holds_out_whole_families(problems):
    ood_families = {family_of(p) for p in problems["ood"]}
    assert ood_families == {family.FAMILY for family in tasks.builtin.OOD_FAMILIES}
    assert not ood_families & {family_of(p) for p in problems["train"] + problems["test"] + problems["hard"]}


def test_each_problem_is_well_formed(everything):
    for p in everything:
        assert f"def {p.entry_point}(" in p.prompt, p.id
        assert '"""' in p.prompt, p.id
        assert p.workload and "def workload(candidate)" in p.workload, p.id
        assert p.slow_solutions, p.id
        # One plain assert per line at the top level of check(): the rewarder counts them.
        (check,) = [node for node in ast.parse(p.tests).body if isinstance(node, ast.FunctionDef)]
        assert check.name == "check", p.id
        assert all(isinstance(statement, ast.Assert) for statement in check.body), p.id
        assert len(check.body) >= 4, p.id
        assert len({statement.lineno for statement in check.body}) == len(check.body), p.id


def test_each_docstring_example_is_what_the_reference_returns(everything):
    """The one example in each prompt (`>>> call` and the line under it) is the reference's answer: a model is
    shown it, so a wrong example teaches a wrong task."""
    wrong = []
    for p in everything:
        example = re.search(r">>> (.+)\n\s*(.+)\n", p.prompt)
        assert example, f"{p.id}: no example in the prompt"
        namespace = {}
        exec(p.preamble + p.reference, namespace)
        answer, shown = eval(example.group(1), namespace), eval(example.group(2))
        if answer != shown:
            wrong.append(f"{p.id}: the prompt shows {shown!r}, the reference returns {answer!r}")
    assert not wrong


def stub(problem):
    return f"def {problem.entry_point}(*args, **kwargs):\n    return None\n"


@pytest.fixture(scope="module")
def verdicts(everything, tmp_path_factory):
    """Score every reference, slow solution and stub once, in parallel."""
    from reward import Rewarder

    pairs = []
    for p in everything:
        pairs.append((p, p.reference))
        pairs.append((p, stub(p)))
        pairs.extend((p, code) for code in p.slow_solutions)
    with Rewarder(workers=2, cache_dir=tmp_path_factory.mktemp("reward-cache")) as rewarder:
        results = rewarder.score_batch(pairs)
    by_problem = {}
    for (p, code), verdict in zip(pairs, results):
        by_problem.setdefault(p.id, {})[code] = verdict
    return by_problem


def test_every_reference_passes(everything, verdicts):
    failures = {p.id: verdicts[p.id][p.reference].message for p in everything if not verdicts[p.id][p.reference].passed}
    assert not failures


def test_a_stub_returning_none_fails_every_task(everything, verdicts):
    passing = [p.id for p in everything if verdicts[p.id][stub(p)].passed]
    assert not passing


def test_every_slow_solution_passes_and_is_at_least_3x_slower(everything, verdicts):
    too_fast, failing = [], []
    for p in everything:
        for i, code in enumerate(p.slow_solutions):
            verdict = verdicts[p.id][code]
            if not verdict.passed:
                failing.append(f"{p.id} slow_solutions[{i}]: {verdict.status} {verdict.message}")
            elif verdict.ratio is None or verdict.ratio < MIN_SLOWDOWN:
                too_fast.append(f"{p.id} slow_solutions[{i}]: {verdict.ratio}x")
    assert not failing
    assert not too_fast
