"""The built-in task set: well-formed, in sync with its source, split by family, and graded as intended.

The rewarder checks, for every task, that the reference passes, that a stub returning None fails, and that every
slow solution passes yet runs at least 3x slower than the reference on the workload (median runtimes). These are
the properties the efficiency reward relies on. The whole file takes about a minute or two on 2 cores.
"""

import ast
import re
from collections import Counter

import pytest

from tasks import builtin_tasks, load_problems

MIN_SLOWDOWN = 3.0


@pytest.fixture(scope="module")
def problems():
    return {"train": load_problems("builtin:train"), "test": load_problems("builtin:test")}


def family_of(problem):
    return problem.id.split("/", 1)[0]


def test_jsonl_files_match_the_source(problems):
    built = builtin_tasks.build_problems()
    for split in ("train", "test"):
        assert problems[split] == built[split], (
            f"tasks/builtin/{split}.jsonl is out of date: run `python -m tasks.builtin_tasks` and commit the result"
        )


def test_builtin_name_is_train_then_test(problems):
    assert load_problems("builtin") == problems["train"] + problems["test"]


def test_size_ids_and_family_split(problems):
    everything = problems["train"] + problems["test"]
    assert len(everything) >= 80
    ids = [p.id for p in everything]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9-]+/[a-z0-9-]+", i) for i in ids)
    train_families = {family_of(p) for p in problems["train"]}
    test_families = {family_of(p) for p in problems["test"]}
    assert not train_families & test_families
    assert train_families == set(builtin_tasks.TRAIN_FAMILIES)
    assert test_families == set(builtin_tasks.TEST_FAMILIES)
    assert 0.15 <= len(problems["test"]) / len(everything) <= 0.3
    sizes = Counter(family_of(p) for p in everything)
    assert all(4 <= n <= 6 for n in sizes.values()), sizes


def test_each_problem_is_well_formed(problems):
    for p in problems["train"] + problems["test"]:
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


def stub(problem):
    return f"def {problem.entry_point}(*args, **kwargs):\n    return None\n"


@pytest.fixture(scope="module")
def verdicts(problems, tmp_path_factory):
    """Score every reference, slow solution and stub once, in parallel."""
    from reward import Rewarder

    everything = problems["train"] + problems["test"]
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


def test_every_reference_passes(problems, verdicts):
    failures = {
        p.id: verdicts[p.id][p.reference].message
        for p in problems["train"] + problems["test"]
        if not verdicts[p.id][p.reference].passed
    }
    assert not failures


def test_a_stub_returning_none_fails_every_task(problems, verdicts):
    passing = [p.id for p in problems["train"] + problems["test"] if verdicts[p.id][stub(p)].passed]
    assert not passing


def test_every_slow_solution_passes_and_is_at_least_3x_slower(problems, verdicts):
    too_fast, failing = [], []
    for p in problems["train"] + problems["test"]:
        for i, code in enumerate(p.slow_solutions):
            verdict = verdicts[p.id][code]
            if not verdict.passed:
                failing.append(f"{p.id} slow_solutions[{i}]: {verdict.status} {verdict.message}")
            elif verdict.ratio is None or verdict.ratio < MIN_SLOWDOWN:
                too_fast.append(f"{p.id} slow_solutions[{i}]: {verdict.ratio}x")
    assert not failing
    assert not too_fast
