"""Every canonical solution of HumanEval and of LeetCodeDataset's test split passes, earning >= 0.9 against itself.

No re-timing: candidate and reference are timed in interleaved pairs, so load on the machine slows both.
"""

from pathlib import Path

import pytest

from reward import Limits, Rewarder, load_problems

LEETCODE_TEST = Path(__file__).resolve().parents[2] / "shared" / "data" / "leetcodedataset" / \
    "LeetCodeDataset-v0.2.0-test.jsonl.gz"


def score_references(problems, tmp_path):
    with Rewarder(workers=2, limits=Limits(timeout=20.0), cache_dir=tmp_path) as rewarder:
        verdicts = rewarder.score_batch([(p, p.reference) for p in problems])
    failures = {p.id: (v.status, v.message) for p, v in zip(problems, verdicts) if not v.passed}
    low = {p.id: (v.reward, v.runtimes, v.reference_runtimes, v.message) for p, v in zip(problems, verdicts)
           if v.passed and v.reward < 0.9}
    return failures, low


def test_every_humaneval_canonical_solution_passes_with_reward_at_least_0_9(tmp_path):
    failures, low = score_references(load_problems("humaneval"), tmp_path)
    assert failures == {}
    assert low == {}


@pytest.mark.skipif(not LEETCODE_TEST.exists(), reason=f"LeetCodeDataset not found at {LEETCODE_TEST}")
def test_every_leetcodedataset_test_solution_passes_with_reward_at_least_0_9(tmp_path):
    failures, low = score_references(load_problems(str(LEETCODE_TEST)), tmp_path)
    assert failures == {}
    assert low == {}
