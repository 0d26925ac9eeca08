"""ENAMEL: the helpers its generators call, the loader (real rows, generated in the sandbox), its errors, eff@k.

Tests that read real rows need ../shared/data/enamel and skip without it; the rest build small rows here.
"""

import csv
import json
import random
from pathlib import Path

import pytest

from evaluation import effk
from reward import Executor, Limits, Rewarder
from tasks import DatasetError, Problem, load_problems
from tasks import enamel
from tasks.enamel_helpers import miller_rabin, rand_parens, rand_primality, rand_probably_prime
from tasks.samples import read_samples

ENAMEL_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "enamel" / "enamel.csv"
needs_enamel = pytest.mark.skipif(not ENAMEL_CSV.exists(), reason=f"ENAMEL not found at {ENAMEL_CSV}")


def balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += 1 if char == "(" else -1
        if depth < 0:
            return False
    return depth == 0


# ---------------------------------------------------------------------------------------------- helpers

def test_rand_parens_valid_is_balanced_even_and_split_into_top_level_groups():
    random.seed(1)
    for size in (0, 1, 7, 50):
        text = rand_parens(size)
        assert len(text) == size + size % 2 and balanced(text)
    groups = rand_parens(40, sep=None)
    assert all(balanced(group) and group for group in groups) and len("".join(groups)) == 40
    assert all(not balanced(group[:-1]) for group in groups)  # each group closes only at its end
    spaced = rand_parens(30, par="[]", sep=" ")
    assert set(spaced) <= set("[] ") and spaced.count("[") == 15


def test_rand_parens_invalid_is_unbalanced():
    random.seed(2)
    for size in (2, 9, 40):
        assert not balanced(rand_parens(size, valid=False))
    with pytest.raises(ValueError, match="sep"):
        rand_parens(10, valid=False, sep=" ")


def test_rand_parens_is_deterministic_for_a_seed():
    random.seed(7)
    first = rand_parens(100)
    random.seed(7)
    assert rand_parens(100) == first


def test_miller_rabin_on_known_numbers():
    random.seed(0)
    primes = [2, 3, 5, 13441, 104729, 2_147_483_647]
    composites = [0, 1, 4, 561, 30031, 1_000_000, 104729 * 104723]  # 561 fools Fermat; 30031 = 59 * 509
    assert all(miller_rabin(n) for n in primes)
    assert not any(miller_rabin(n) for n in composites)


def test_rand_probably_prime_stays_in_range_and_is_prime():
    random.seed(3)
    for _ in range(20):
        p = rand_probably_prime(1000)
        assert 500 <= p <= 1000 and all(p % d for d in range(2, int(p ** 0.5) + 1))
        q = rand_probably_prime(10, 20)
        assert 10 <= q <= 20 and q in (11, 13, 17, 19)


def test_rand_primality_fixed_cases_then_primes_squares_and_semiprimes():
    assert [rand_primality(100, 0, cid) for cid in range(4)] == [30031, 561, 2, 125]
    random.seed(4)
    prime, square, semiprime = (rand_primality(10 ** 6, 1, cid) for cid in range(3))
    assert miller_rabin(prime) and 5 * 10 ** 5 <= prime <= 10 ** 6
    root = round(square ** 0.5)
    assert root * root == square and miller_rabin(root)
    assert not miller_rabin(semiprime) and semiprime > 1


# ---------------------------------------------------------------------------------------------- the loader

def write_rows(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=enamel.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def real_rows(*ids: int) -> list[dict]:
    with open(ENAMEL_CSV, encoding="utf-8", newline="") as f:
        rows = {row["task_id"]: row for row in csv.DictReader(f)}
    return [rows[f"HumanEval/{i}"] for i in ids]


@needs_enamel
def test_the_real_file_has_164_rows_and_enamel_scores_142():
    rows = enamel.read_rows(ENAMEL_CSV)
    assert len(rows) == 164
    kept = [row for row in rows if enamel.humaneval_number(row["task_id"]) not in enamel.DROPPED]
    assert len(enamel.DROPPED) == 22 and len(kept) == 142
    splits = [enamel.split_of(row["task_id"]) for row in kept]
    assert splits.count("test") == 28 and splits.count("train") == 114


@pytest.fixture(scope="module")
def sandbox():
    with Executor(Limits(timeout=60.0, memory_mb=2048)) as executor:
        yield executor


@needs_enamel
def test_generated_inputs_are_deterministic_and_answers_are_the_references(sandbox):
    row = real_rows(3)[0]  # below_zero: a list of balances per case
    first = enamel.generate_cases(sandbox, ENAMEL_CSV, 3, row)
    again = enamel.generate_cases(sandbox, ENAMEL_CSV, 3, row)
    assert first == again
    assert [len(level) for level in first] == list(enamel.CASES_PER_LEVEL)
    assert [len(first[level][0][0][0]) for level in range(4)] == [100, 10000, 15000, 30000]  # the level sizes
    other_row = enamel.generate_cases(sandbox, ENAMEL_CSV, 4, row)  # another row number: other seeds
    assert other_row[1][0][0] != first[1][0][0]
    reference = enamel.solution_code(row["prompt"], row["reference_solution"])
    inputs = [args for level in first for args, _ in level]
    recomputed = sandbox.call(reference, row["entry_point"], inputs)
    assert [answer for level in first for _, answer in level] == [value for _, value in recomputed]


@needs_enamel
def test_checker_accepts_the_reference_and_rejects_wrong_answers(tmp_path, monkeypatch, sandbox):
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path / "cache"))
    path = write_rows(tmp_path / "enamel.csv", real_rows(3, 32))  # 32: find_zero, judged by poly(x) ~ 0
    tasks = {task.problem.id: task for task in enamel.load_enamel(path)}
    below_zero, find_zero = tasks["HumanEval/3"], tasks["HumanEval/32"]
    assert below_zero.exact and below_zero.problem.workload is not None
    assert not find_zero.exact and find_zero.problem.workload is None  # other roots are right too
    assert below_zero.at_level(1).workload is None  # eff@k times check's calls: the checker decides
    assert below_zero.problem.tests.count("assert __check") == 4
    runs = {
        "reference": sandbox.run(below_zero.problem, below_zero.problem.reference),
        "wrong": sandbox.run(below_zero.problem, below_zero.problem.prompt + "    return False\n"),
        "root": sandbox.run(find_zero.problem, find_zero.problem.reference),
        "not a root": sandbox.run(find_zero.problem, find_zero.problem.prompt + "    return 12345.0\n"),
    }
    assert runs["reference"].status == "passed" and runs["reference"].tests_passed == 4
    assert runs["wrong"].status == "failed" and "output not accepted by the checker" in runs["wrong"].message
    assert runs["root"].status == "passed"
    assert runs["not a root"].status == "failed"
    level = below_zero.at_level(2)
    assert level.id == "HumanEval/3@level2" and sandbox.run(level, level.reference).tests_total == 1


@needs_enamel
def test_enamel_by_name_needs_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.delenv(enamel.ENV_VAR, raising=False)
    with pytest.raises(DatasetError, match="set ACECODE_ENAMEL=/path/to/enamel.csv"):
        load_problems("enamel")
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv(enamel.ENV_VAR, str(write_rows(tmp_path / "e.csv", real_rows(3, 4, 9, 2))))
    assert [p.id for p in load_problems("enamel")] == ["HumanEval/3", "HumanEval/4", "HumanEval/9"]  # 2 dropped
    assert [p.id for p in load_problems("enamel:test")] == ["HumanEval/4", "HumanEval/9"]
    assert [p.id for p in load_problems(f"{tmp_path / 'e.csv'}:train")] == ["HumanEval/3"]


VALID_ROW = {"task_id": "HumanEval/0", "prompt": "def f(xs):\n    '''Sum.'''\n",
             "input_generator": "def generate_input(size, lid, cid):\n    return [random.randint(0, 9) for _ in range(size)],\n",
             "input_levels": "1 2 3 4", "reference_solution": "    return sum(xs)\n",
             "checker": "def __check(input, answer, output):\n    return output == answer\n", "entry_point": "f"}


@pytest.mark.parametrize("field, value, message", [
    ("input_levels", "10 100 x 1000", "field 'input_levels' is '10 100 x 1000'"),
    ("input_levels", "10 100", "it must be 4 non-negative sizes"),
    ("checker", "", "field 'checker' is empty"),
    ("checker", "def __check(input, answer, output) return 1", "field 'checker' is not valid Python"),
    ("input_generator", "def make(size):\n    return 1,\n", "does not define `generate_input`"),
    ("task_id", "Mbpp/3", "field 'task_id' is 'Mbpp/3'"),
    ("entry_point", "f(", "field 'entry_point' is 'f('"),
])
def test_a_malformed_row_names_the_file_the_row_and_the_field(tmp_path, field, value, message):
    path = write_rows(tmp_path / "bad.csv", [VALID_ROW, {**VALID_ROW, "task_id": "HumanEval/1", field: value}])
    with pytest.raises(DatasetError) as error:
        load_problems(str(path))
    assert f"{path}: row 3" in str(error.value) and message in str(error.value)


def test_a_generator_that_raises_is_reported_with_its_row(tmp_path, monkeypatch):
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path / "cache"))
    broken = {**VALID_ROW, "input_generator": "def generate_input(size, lid, cid):\n    return 1 / 0\n"}
    path = write_rows(tmp_path / "broken.csv", [broken])
    with pytest.raises(DatasetError, match=r"row 2 \(id 'HumanEval/0'\): field 'input_generator' failed on call 1 "
                                           r"of 20: runtime_error: ZeroDivisionError"):
        enamel.load_enamel(path)


def test_the_generator_runs_in_the_sandbox_not_here(tmp_path, monkeypatch):
    """A generator that writes a file where this process could see it: the sandbox's folders are private."""
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path / "cache"))
    marker = tmp_path / "generator-ran-here"
    spy = {**VALID_ROW, "input_generator": "def generate_input(size, lid, cid):\n"
                                           f"    open({str(marker)!r}, 'w').write('x')\n    return [1],\n"}
    path = write_rows(tmp_path / "spy.csv", [spy])
    with pytest.raises(DatasetError, match="input_generator"):
        enamel.load_enamel(path)
    assert not marker.exists()


def test_enamel_samples_format_maps_items_to_humaneval_ids(tmp_path):
    problems = load_problems("humaneval")[:3]
    file = tmp_path / "samples.json"
    file.write_text(json.dumps([["    return True\n"], [], [problems[2].reference, "def truncate_number(x): return 0"]]))
    samples = read_samples(file, problems)
    assert [problem.id for problem, _ in samples] == ["HumanEval/0", "HumanEval/2", "HumanEval/2"]
    assert samples[0][1] == problems[0].prompt + "    return True\n"  # a body continues the prompt
    file.write_text(json.dumps([["ok"], "not a list"]))
    with pytest.raises(DatasetError, match="item 1 must be a list of code strings"):
        read_samples(file, problems)


# ---------------------------------------------------------------------------------------------- eff@k

def test_hodges_lehmann_is_the_median_of_walsh_averages():
    assert effk.hodges_lehmann([1.0, 2.0, 3.0]) == 2.0
    assert effk.hodges_lehmann([1.0, 2.0, 10.0]) == 3.75  # Walsh averages 1, 1.5, 2, 5.5, 6, 10
    assert effk.hodges_lehmann([4.0]) == 4.0


def test_level_efficiency_by_hand():
    assert effk.level_efficiency(1.0, 1.0) == 1.0  # the reference's speed on the heaviest level
    assert effk.level_efficiency(1.5, 1.0) == 0.5  # (2 - 1.5) / (2 - 1)
    assert effk.level_efficiency(2.0, 1.0) == 0.0 and effk.level_efficiency(3.0, 1.0) == 0.0  # at or past T
    assert effk.level_efficiency(0.5, 1.0) == 1.5  # faster than the reference
    assert effk.level_efficiency(3.0, 2.0) == pytest.approx(1 / 3)  # a level half as heavy: (4 - 3) / (4 - 1)
    assert effk.level_efficiency(None, 1.0) == 0.0
    assert effk.sample_efficiency([0.0, 1.0, 0.5, 0.25]) == pytest.approx((3 + 1.5 + 1) / 10)


def test_eff_at_k_is_the_unbiased_estimator_by_hand():
    assert effk.eff_at_k([0.0, 0.5, 1.0], 1) == pytest.approx(0.5)
    assert effk.eff_at_k([1.0, 0.0, 0.5], 2) == pytest.approx((0.5 + 1 + 1) / 3)  # best of each pair
    assert effk.eff_at_k([0.0, 0.5, 1.0], 3) == pytest.approx(1.0)
    from evaluation.metrics import pass_at_k
    assert effk.eff_at_k([1, 0, 0, 1, 0], 2) == pytest.approx(pass_at_k(5, 2, 2))  # 0/1 values: pass@k
    with pytest.raises(ValueError, match="1 <= k <= n"):
        effk.eff_at_k([0.5], 2)


def synthetic_task() -> enamel.EnamelTask:
    """A sum over lists at four sizes, cases made here (no generator runs): the last level is the heaviest, 4x and
    8x the lighter ones, so that a sample 4x slower is past the limit there and well inside it on lighter levels
    however busy the machine."""
    sizes = (10, 1000, 2000, 8000)
    cases = tuple(tuple(((list(range(size + case)),), sum(range(size + case))) for case in range(count))
                  for size, count in zip(sizes, enamel.CASES_PER_LEVEL))
    checker = "def __check(input, answer, output):\n    return type(output) == type(answer) and output == answer\n"
    tests, workload = enamel.problem_code(checker, [list(level) for level in cases], True)
    problem = Problem(id="HumanEval/900", prompt="def total(xs):\n", entry_point="total",
                             reference="def total(xs):\n    return sum(xs)\n", tests=tests, workload=workload)
    return enamel.EnamelTask(row=900, problem=problem, sizes=sizes, cases=cases, checker=checker)


def test_eff_at_k_on_a_fixed_set_with_failures_and_timeouts(tmp_path):
    task = synthetic_task()
    samples = {
        "same": "def total(xs):\n    return sum(xs)\n",
        "wrong": "def total(xs):\n    return sum(xs) + (len(xs) > 100)\n",  # right at level 0 only
        "raises": "def total(xs):\n    return sum(xs) if len(xs) < 1500 else xs[10 ** 9]\n",
        "hangs at level 3": "def total(xs):\n    while len(xs) > 5000:\n        pass\n    return sum(xs)\n",
        "4x slower": "def total(xs):\n    for _ in range(3):\n        sum(xs)\n    return sum(xs)\n",
        "overflows at level 3": "def total(xs):\n    return sum(xs) if len(xs) < 5000 else float(10 ** 400)\n",
    }
    with Rewarder(workers=2, limits=Limits(timeout=2.0, memory_mb=512), cache_dir=tmp_path) as rewarder:
        report = effk.measure([task], {task.problem.id: list(samples.values())}, rewarder)
    results = dict(zip(samples, report.samples[task.problem.id]))
    same, wrong, raises, hangs, slow, overflows = results.values()
    assert same.passed and not same.stopped and all(abs(e - 1) < 0.25 for e in same.levels[1:])
    assert not wrong.passed and wrong.levels == [0.0] * 4 and wrong.stopped == "level 1: failed"
    assert not raises.passed and raises.levels == [0.0] * 4 and raises.stopped == "level 2: runtime_error"
    assert hangs.passed and hangs.levels[3] == 0.0 and hangs.stopped == "level 3: timeout"
    assert all(abs(e - 1) < 0.25 for e in hangs.levels[1:3])
    # 4x the work: past T = 2x the heaviest level's reference time there (0), within it on lighter levels
    assert slow.passed and slow.levels[3] == 0.0 and slow.stopped.startswith("level 3: over the time limit")
    assert slow.levels[1] > slow.levels[2] >= 0 and slow.ratios[1] > 2
    # ENAMEL counts an OverflowError (a number too large) as exceeding a limit, like a timeout: still correct
    assert overflows.passed and overflows.levels[3] == 0.0 and overflows.stopped == "level 3: runtime_error"
    efficiencies = [r.efficiency for r in results.values()]
    assert report.metrics["eff@1"] == pytest.approx(sum(efficiencies) / 6)
    assert report.metrics["pass@1"] == pytest.approx(4 / 6)
    assert sum(report.contributions) == pytest.approx(report.metrics["eff@1"])
    q = report.heaviest[task.problem.id]
    assert q[3] == 1.0 and q[1] > q[2] > 1.0  # lighter levels: the heaviest reference time is a larger multiple


def test_compare_gives_intervals_and_paired_differences_by_problem():
    def report(efficiencies_by_problem):
        samples = {pid: [effk.SampleResult(e > 0, [0.0, e, e, e], [None, 1.0, 1.0, 1.0]) for e in values]
                   for pid, values in efficiencies_by_problem.items()}
        metrics, contributions = effk.summarize(samples, ks=(1,))
        return effk.EffReport(samples, {}, "paired", metrics, contributions)

    original = report({"a": [0.5], "b": [0.0], "c": [1.0], "d": [0.2]})
    trained = report({"a": [0.7], "b": [0.4], "c": [1.0], "d": [0.3]})
    assert trained.per_problem("eff@1") == pytest.approx({"a": 0.7, "b": 0.4, "c": 1.0, "d": 0.3})
    assert original.per_problem("pass@1") == {"a": 1.0, "b": 0.0, "c": 1.0, "d": 1.0}
    compared = effk.compare({"original": original, "trained": trained}, baseline="original")
    assert "vs_baseline" not in compared["original"]
    eff = compared["trained"]["vs_baseline"]["eff@1"]
    assert eff["difference"] == pytest.approx((0.2 + 0.4 + 0.0 + 0.1) / 4) and eff["problems"] == 4
    assert 0 < eff["interval"][0] <= eff["difference"] <= eff["interval"][1]  # every problem improved or tied
    assert compared["trained"]["vs_baseline"]["pass@1"]["difference"] == pytest.approx(0.25)
    low, high = compared["original"]["intervals"]["eff@1"]
    assert 0.0 <= low <= original.metrics["eff@1"] <= high <= 1.0
    with pytest.raises(ValueError, match="unknown metric"):
        original.per_problem("ecc@1")


@needs_enamel
def test_evaluate_reports_eff_at_1_with_intervals_and_the_paired_difference(tmp_path, monkeypatch):
    import evaluate

    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path / "cache"))
    path = write_rows(tmp_path / "enamel.csv", real_rows(3, 4))
    rows = real_rows(3, 4)
    right = tmp_path / "right.jsonl"
    right.write_text("".join(json.dumps({"task_id": r["task_id"], "solution": enamel.solution_code(
        r["prompt"], r["reference_solution"])}) + "\n" for r in rows))
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text("".join(json.dumps({"task_id": r["task_id"], "completion": "    return None\n"}) + "\n"
                             for r in rows))
    out = tmp_path / "out"
    code = evaluate.main(["--dataset", str(path), "--samples-file", f"wrong={wrong}", "--samples-file",
                          f"right={right}", "--workers", "2", "--out", str(out)])
    assert code == 0
    models = json.loads((out / "results.json").read_text())["models"]
    assert models["wrong"]["enamel"]["eff@1"] == 0 and "vs_baseline" not in models["wrong"]["enamel"]
    difference = models["right"]["enamel"]["vs_baseline"]
    assert difference["pass@1"]["difference"] == 1.0 and difference["eff@1"]["problems"] == 2
    assert difference["eff@1"]["difference"] == pytest.approx(models["right"]["enamel"]["eff@1"])
    assert "| right |" in (out / "results.md").read_text() and "Δ eff@1 vs wrong" in (out / "results.md").read_text()
