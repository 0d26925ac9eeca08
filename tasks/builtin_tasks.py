"""The built-in efficiency task set: short functions with a fast reference and a slower correct solution.

Each task is a `Problem` whose `workload` makes the asymptotically worse `slow_solutions` at least 3x slower than
the `reference`, so the execution reward can tell efficient code from merely correct code. Tasks are grouped into
families of one algorithmic idea; the train/test split holds out whole families. This file is the source of truth:
`python -m tasks.builtin_tasks` rewrites tasks/builtin/train.jsonl and test.jsonl. It defines data only and must
not execute or time solutions (tests/test_builtin_tasks.py does that through the rewarder).
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tasks.problems import BUILTIN_DIR, Problem, save_problems

TYPING_NAMES = ("List", "Tuple")


@dataclass(frozen=True)
class Task:
    """One task as written here; `to_problem` turns it into the `Problem` the rest of the project reads."""

    name: str
    """The part of the id after the family, e.g. "range-sum-queries"."""
    doc: str
    """The docstring the model sees under the signature: the task in a sentence or two and one example."""
    reference: str
    """An efficient solution; its last top-level `def` is the entry point and gives the prompt's signature."""
    slow: tuple[str, ...]
    """Correct, asymptotically worse solutions."""
    tests: str
    """Assert lines over `candidate`, wrapped into `def check(candidate):` (one assert per line)."""
    workload: str
    """Code defining `workload(candidate)`: heavier deterministic inputs; module-level set-up is not timed."""


def task(name: str, doc: str, reference: str, slow: str | list[str], tests: str, workload: str) -> Task:
    slow_list = [slow] if isinstance(slow, str) else slow
    return Task(
        name=name,
        doc=_clean(doc),
        reference=_clean(reference),
        slow=tuple(_clean(code) for code in slow_list),
        tests=_clean(tests),
        workload=_clean(workload),
    )


def _clean(code: str) -> str:
    return textwrap.dedent(code).strip("\n") + "\n"


# ----------------------------------------------------------------------------------------------------------------
# range-sums: a closed formula instead of a loop over the range.

RANGE_SUMS = [
    task(
        name="sum-to-n",
        doc="""
            Return 1 + 2 + ... + n, or 0 when n < 1.
            >>> sum_to_n(4)
            10
        """,
        reference="""
            def sum_to_n(n: int) -> int:
                return n * (n + 1) // 2 if n > 0 else 0
        """,
        slow="""
            def sum_to_n(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    total += i
                return total
        """,
        tests="""
            assert candidate(4) == 10
            assert candidate(1) == 1
            assert candidate(0) == 0
            assert candidate(-5) == 0
            assert candidate(100) == 5050
        """,
        workload="""
            def workload(candidate):
                for i in range(5000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="sum-of-squares",
        doc="""
            Return 1*1 + 2*2 + ... + n*n, or 0 when n < 1.
            >>> sum_of_squares(3)
            14
        """,
        reference="""
            def sum_of_squares(n: int) -> int:
                return n * (n + 1) * (2 * n + 1) // 6 if n > 0 else 0
        """,
        slow="""
            def sum_of_squares(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    total += i * i
                return total
        """,
        tests="""
            assert candidate(3) == 14
            assert candidate(1) == 1
            assert candidate(0) == 0
            assert candidate(-2) == 0
            assert candidate(10) == 385
        """,
        workload="""
            def workload(candidate):
                for i in range(5000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="multiples-of-3-or-5",
        doc="""
            Return the sum of all positive integers below n that are multiples of 3 or 5.
            >>> sum_multiples_3_or_5(10)
            23
        """,
        reference="""
            def sum_multiples_3_or_5(n: int) -> int:
                if n <= 1:
                    return 0

                def sum_of_multiples(k: int) -> int:
                    count = (n - 1) // k
                    return k * count * (count + 1) // 2

                return sum_of_multiples(3) + sum_of_multiples(5) - sum_of_multiples(15)
        """,
        slow="""
            def sum_multiples_3_or_5(n: int) -> int:
                total = 0
                for i in range(1, n):
                    if i % 3 == 0 or i % 5 == 0:
                        total += i
                return total
        """,
        tests="""
            assert candidate(10) == 23
            assert candidate(16) == 60
            assert candidate(1) == 0
            assert candidate(0) == 0
            assert candidate(-7) == 0
            assert candidate(1000) == 233168
        """,
        workload="""
            def workload(candidate):
                for i in range(5000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="sum-between",
        doc="""
            Return the sum of all integers from a to b inclusive, or 0 when a > b.
            >>> sum_between(-1, 3)
            5
        """,
        reference="""
            def sum_between(a: int, b: int) -> int:
                if a > b:
                    return 0
                return (a + b) * (b - a + 1) // 2
        """,
        slow="""
            def sum_between(a: int, b: int) -> int:
                total = 0
                for i in range(a, b + 1):
                    total += i
                return total
        """,
        tests="""
            assert candidate(-1, 3) == 5
            assert candidate(1, 4) == 10
            assert candidate(-3, 3) == 0
            assert candidate(5, 5) == 5
            assert candidate(5, 4) == 0
            assert candidate(-10, -7) == -34
        """,
        workload="""
            def workload(candidate):
                for i in range(5000):
                    candidate(-(i % 150), 150 + i % 300)
        """,
    ),
    task(
        name="sum-of-odds",
        doc="""
            Return the sum of the odd numbers among 1, 2, ..., n (0 when n < 1).
            >>> sum_of_odds(6)
            9
        """,
        reference="""
            def sum_of_odds(n: int) -> int:
                if n < 1:
                    return 0
                count = (n + 1) // 2
                return count * count
        """,
        slow="""
            def sum_of_odds(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    if i % 2 == 1:
                        total += i
                return total
        """,
        tests="""
            assert candidate(6) == 9
            assert candidate(7) == 16
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(0) == 0
            assert candidate(-3) == 0
        """,
        workload="""
            def workload(candidate):
                for i in range(5000):
                    candidate(300 + i % 300)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# duplicates: membership in a set is O(1), in a list O(n).

DUPLICATES = [
    task(
        name="has-duplicate",
        doc="""
            Return True if some value occurs more than once in nums, else False.
            >>> has_duplicate([1, 2, 3, 1])
            True
        """,
        reference="""
            def has_duplicate(nums: List[int]) -> bool:
                return len(set(nums)) != len(nums)
        """,
        slow="""
            def has_duplicate(nums: List[int]) -> bool:
                seen = []
                for x in nums:
                    if x in seen:
                        return True
                    seen.append(x)
                return False
        """,
        tests="""
            assert candidate([1, 2, 3, 1]) == True
            assert candidate([1, 2, 3]) == False
            assert candidate([]) == False
            assert candidate([7]) == False
            assert candidate([-1, -1]) == True
            assert candidate([0, 5, -5, 10, 5]) == True
        """,
        workload="""
            _NUMS = [(i * 7919) % 10007 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
                candidate(_NUMS + [_NUMS[-1]])
        """,
    ),
    task(
        name="first-repeated",
        doc="""
            Scanning nums from left to right, return the first value seen for the second time, or -1 if there is none.
            >>> first_repeated([3, 1, 4, 1, 3])
            1
        """,
        reference="""
            def first_repeated(nums: List[int]) -> int:
                seen = set()
                for x in nums:
                    if x in seen:
                        return x
                    seen.add(x)
                return -1
        """,
        slow="""
            def first_repeated(nums: List[int]) -> int:
                for i, x in enumerate(nums):
                    if x in nums[:i]:
                        return x
                return -1
        """,
        tests="""
            assert candidate([3, 1, 4, 1, 3]) == 1
            assert candidate([2, 2]) == 2
            assert candidate([]) == -1
            assert candidate([5]) == -1
            assert candidate([1, 2, 3]) == -1
            assert candidate([-4, 7, -4]) == -4
        """,
        workload="""
            _NUMS = [(i * 7919) % 10007 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS + [_NUMS[-1]])
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="unique-in-order",
        doc="""
            Return the distinct values of items in the order of their first occurrence.
            >>> unique_in_order([1, 2, 1, 3, 2])
            [1, 2, 3]
        """,
        reference="""
            def unique_in_order(items: List[int]) -> List[int]:
                seen = set()
                result = []
                for x in items:
                    if x not in seen:
                        seen.add(x)
                        result.append(x)
                return result
        """,
        slow="""
            def unique_in_order(items: List[int]) -> List[int]:
                result = []
                for x in items:
                    if x not in result:
                        result.append(x)
                return result
        """,
        tests="""
            assert candidate([1, 2, 1, 3, 2]) == [1, 2, 3]
            assert candidate([]) == []
            assert candidate([4, 4, 4]) == [4]
            assert candidate([-1, 0, -1, 5]) == [-1, 0, 5]
            assert candidate([9]) == [9]
        """,
        workload="""
            _ITEMS = [(i * 7919) % 3001 for i in range(6000)]

            def workload(candidate):
                candidate(_ITEMS[:])
        """,
    ),
    task(
        name="common-elements",
        doc="""
            Return the elements of a that also occur in b, in the order of a (repeats in a are kept).
            >>> common_elements([1, 2, 3, 2], [2, 3, 4])
            [2, 3, 2]
        """,
        reference="""
            def common_elements(a: List[int], b: List[int]) -> List[int]:
                in_b = set(b)
                return [x for x in a if x in in_b]
        """,
        slow="""
            def common_elements(a: List[int], b: List[int]) -> List[int]:
                return [x for x in a if x in b]
        """,
        tests="""
            assert candidate([1, 2, 3, 2], [2, 3, 4]) == [2, 3, 2]
            assert candidate([], [1]) == []
            assert candidate([1, 2], []) == []
            assert candidate([5, -1], [-1]) == [-1]
            assert candidate([7, 7], [7]) == [7, 7]
            assert candidate([1, 2, 3], [4, 5]) == []
        """,
        workload="""
            _A = list(range(0, 6000, 2))
            _B = list(range(0, 9000, 3))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="missing-numbers",
        doc="""
            Return, in increasing order, the numbers from 1 to n that do not occur in nums.
            >>> missing_numbers([3, 1], 4)
            [2, 4]
        """,
        reference="""
            def missing_numbers(nums: List[int], n: int) -> List[int]:
                present = set(nums)
                return [i for i in range(1, n + 1) if i not in present]
        """,
        slow="""
            def missing_numbers(nums: List[int], n: int) -> List[int]:
                return [i for i in range(1, n + 1) if i not in nums]
        """,
        tests="""
            assert candidate([3, 1], 4) == [2, 4]
            assert candidate([], 3) == [1, 2, 3]
            assert candidate([1], 1) == []
            assert candidate([2, 2, 9], 2) == [1]
            assert candidate([5], 0) == []
            assert candidate([-1, 2], 3) == [1, 3]
        """,
        workload="""
            _NUMS = [i for i in range(4000, 0, -1) if i % 7]

            def workload(candidate):
                candidate(_NUMS[:], 4000)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# counting: one pass with a Counter/dict instead of list.count inside a loop.

COUNTING = [
    task(
        name="most-frequent",
        doc="""
            Return the value that occurs most often in the non-empty list nums; on a tie, the smallest such value.
            >>> most_frequent([1, 3, 3, 2, 1, 3])
            3
        """,
        reference="""
            from collections import Counter

            def most_frequent(nums: List[int]) -> int:
                counts = Counter(nums)
                return min(counts, key=lambda x: (-counts[x], x))
        """,
        slow="""
            def most_frequent(nums: List[int]) -> int:
                best, best_count = nums[0], nums.count(nums[0])
                for x in nums:
                    count = nums.count(x)
                    if count > best_count or (count == best_count and x < best):
                        best, best_count = x, count
                return best
        """,
        tests="""
            assert candidate([1, 3, 3, 2, 1, 3]) == 3
            assert candidate([5]) == 5
            assert candidate([2, 1, 2, 1]) == 1
            assert candidate([-1, -1, 0]) == -1
            assert candidate([4, 4, 7, 7, 7]) == 7
        """,
        workload="""
            _NUMS = [(i * 31) % 700 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="first-unique-char",
        doc="""
            Return the index of the first character of s that occurs exactly once in s, or -1 if there is none.
            >>> first_unique_char("loveleetcode")
            2
        """,
        reference="""
            from collections import Counter

            def first_unique_char(s: str) -> int:
                counts = Counter(s)
                for i, c in enumerate(s):
                    if counts[c] == 1:
                        return i
                return -1
        """,
        slow="""
            def first_unique_char(s: str) -> int:
                for i, c in enumerate(s):
                    if s.count(c) == 1:
                        return i
                return -1
        """,
        tests="""
            assert candidate("leetcode") == 0
            assert candidate("loveleetcode") == 2
            assert candidate("aabb") == -1
            assert candidate("") == -1
            assert candidate("z") == 0
            assert candidate("xxyzz") == 2
        """,
        workload="""
            _TEXTS = [("abcdefghij"[k:] + "abcdefghij"[:k]) * 450 + "k" for k in range(10)]

            def workload(candidate):
                for text in _TEXTS:
                    candidate(text)
        """,
    ),
    task(
        name="is-anagram",
        doc="""
            Return True if b is a rearrangement of the characters of a, else False.
            >>> is_anagram("listen", "silent")
            True
        """,
        reference="""
            from collections import Counter

            def is_anagram(a: str, b: str) -> bool:
                return Counter(a) == Counter(b)
        """,
        slow="""
            def is_anagram(a: str, b: str) -> bool:
                if len(a) != len(b):
                    return False
                remaining = list(b)
                for c in a:
                    if c not in remaining:
                        return False
                    remaining.remove(c)
                return True
        """,
        tests="""
            assert candidate("listen", "silent") == True
            assert candidate("rat", "car") == False
            assert candidate("", "") == True
            assert candidate("a", "ab") == False
            assert candidate("aab", "abb") == False
            assert candidate("Aa", "aA") == True
        """,
        workload="""
            _A = "".join(chr(97 + (i * 7) % 26) for i in range(30_000))
            _B = _A[::-1]

            def workload(candidate):
                candidate(_A, _B)
        """,
    ),
    task(
        name="count-equal-pairs",
        doc="""
            Return the number of index pairs i < j with nums[i] == nums[j].
            >>> count_equal_pairs([1, 2, 1, 1])
            3
        """,
        reference="""
            from collections import Counter

            def count_equal_pairs(nums: List[int]) -> int:
                return sum(c * (c - 1) // 2 for c in Counter(nums).values())
        """,
        slow="""
            def count_equal_pairs(nums: List[int]) -> int:
                count = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] == nums[j]:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 1, 1]) == 3
            assert candidate([]) == 0
            assert candidate([5]) == 0
            assert candidate([1, 2, 3]) == 0
            assert candidate([-2, -2, -2, -2]) == 6
        """,
        workload="""
            _NUMS = [(i * 13) % 97 for i in range(1200)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="majority-element",
        doc="""
            Return the value that occurs more than len(nums) // 2 times in nums (such a value always exists).
            >>> majority_element([2, 2, 1, 1, 1, 2, 2])
            2
        """,
        reference="""
            def majority_element(nums: List[int]) -> int:
                candidate, votes = nums[0], 0
                for x in nums:
                    if votes == 0:
                        candidate = x
                    votes += 1 if x == candidate else -1
                return candidate
        """,
        slow="""
            def majority_element(nums: List[int]) -> int:
                for x in nums:
                    if nums.count(x) > len(nums) // 2:
                        return x
        """,
        tests="""
            assert candidate([3, 2, 3]) == 3
            assert candidate([2, 2, 1, 1, 1, 2, 2]) == 2
            assert candidate([7]) == 7
            assert candidate([-1, -1, 5]) == -1
            assert candidate([1, 4, 4, 4, 1]) == 4
        """,
        workload="""
            _NUMS = list(range(2500)) + [-1] * 2501

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# prefix-sums: running totals answer range questions in O(1) each.

PREFIX_SUMS = [
    task(
        name="range-sum-queries",
        doc="""
            For each query (lo, hi) return sum(nums[lo:hi + 1]); 0 <= lo <= hi < len(nums).
            >>> range_sums([1, 2, 3, 4], [(0, 3), (1, 2)])
            [10, 5]
        """,
        reference="""
            def range_sums(nums: List[int], queries: List[Tuple[int, int]]) -> List[int]:
                prefix = [0]
                for x in nums:
                    prefix.append(prefix[-1] + x)
                return [prefix[hi + 1] - prefix[lo] for lo, hi in queries]
        """,
        slow="""
            def range_sums(nums: List[int], queries: List[Tuple[int, int]]) -> List[int]:
                return [sum(nums[lo:hi + 1]) for lo, hi in queries]
        """,
        tests="""
            assert candidate([1, 2, 3, 4], [(0, 3), (1, 2), (2, 2)]) == [10, 5, 3]
            assert candidate([5], [(0, 0)]) == [5]
            assert candidate([1, 2], []) == []
            assert candidate([-1, 4, -2], [(0, 2), (0, 1), (1, 2)]) == [1, 3, 2]
        """,
        workload="""
            _NUMS = [(i * 37) % 101 - 50 for i in range(10_000)]
            _QUERIES = [((i * 13) % 5000, 5000 + (i * 17) % 5000) for i in range(2000)]

            def workload(candidate):
                candidate(_NUMS[:], _QUERIES[:])
        """,
    ),
    task(
        name="pivot-index",
        doc="""
            Return the smallest index i with sum(nums[:i]) == sum(nums[i + 1:]), or -1 if there is none.
            >>> pivot_index([1, 7, 3, 6, 5, 6])
            3
        """,
        reference="""
            def pivot_index(nums: List[int]) -> int:
                total = sum(nums)
                left = 0
                for i, x in enumerate(nums):
                    if left == total - left - x:
                        return i
                    left += x
                return -1
        """,
        slow="""
            def pivot_index(nums: List[int]) -> int:
                for i in range(len(nums)):
                    if sum(nums[:i]) == sum(nums[i + 1:]):
                        return i
                return -1
        """,
        tests="""
            assert candidate([1, 7, 3, 6, 5, 6]) == 3
            assert candidate([1, 2, 3]) == -1
            assert candidate([2, 1, -1]) == 0
            assert candidate([0]) == 0
            assert candidate([]) == -1
            assert candidate([-1, -1, 0, 1, 1, 0]) == 5
        """,
        workload="""
            _NUMS = [2] * 4000 + [1]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="running-sum",
        doc="""
            Return the running totals of nums: element i is nums[0] + ... + nums[i].
            >>> running_sum([1, 2, 3, 4])
            [1, 3, 6, 10]
        """,
        reference="""
            def running_sum(nums: List[int]) -> List[int]:
                result = []
                total = 0
                for x in nums:
                    total += x
                    result.append(total)
                return result
        """,
        slow="""
            def running_sum(nums: List[int]) -> List[int]:
                return [sum(nums[:i + 1]) for i in range(len(nums))]
        """,
        tests="""
            assert candidate([1, 2, 3, 4]) == [1, 3, 6, 10]
            assert candidate([]) == []
            assert candidate([5]) == [5]
            assert candidate([3, -3, 2]) == [3, 0, 2]
            assert candidate([0, 0]) == [0, 0]
        """,
        workload="""
            _NUMS = [(i * 7) % 11 - 5 for i in range(5000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="subarrays-with-sum",
        doc="""
            Return the number of non-empty contiguous subarrays of nums whose sum is k.
            >>> count_subarrays_with_sum([1, 2, 3], 3)
            2
        """,
        reference="""
            def count_subarrays_with_sum(nums: List[int], k: int) -> int:
                seen = {0: 1}
                total = 0
                count = 0
                for x in nums:
                    total += x
                    count += seen.get(total - k, 0)
                    seen[total] = seen.get(total, 0) + 1
                return count
        """,
        slow="""
            def count_subarrays_with_sum(nums: List[int], k: int) -> int:
                count = 0
                for i in range(len(nums)):
                    total = 0
                    for j in range(i, len(nums)):
                        total += nums[j]
                        if total == k:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([1, 1, 1], 2) == 2
            assert candidate([1, 2, 3], 3) == 2
            assert candidate([], 0) == 0
            assert candidate([0, 0], 0) == 3
            assert candidate([1, -1, 1], 1) == 3
            assert candidate([3], 5) == 0
        """,
        workload="""
            _NUMS = [(i * 7) % 5 - 2 for i in range(1200)]

            def workload(candidate):
                candidate(_NUMS[:], 3)
        """,
    ),
    task(
        name="product-except-self",
        doc="""
            Return a list whose element i is the product of all elements of nums except nums[i].
            >>> product_except_self([1, 2, 3, 4])
            [24, 12, 8, 6]
        """,
        reference="""
            def product_except_self(nums: List[int]) -> List[int]:
                result = [1] * len(nums)
                prefix = 1
                for i in range(len(nums)):
                    result[i] = prefix
                    prefix *= nums[i]
                suffix = 1
                for i in range(len(nums) - 1, -1, -1):
                    result[i] *= suffix
                    suffix *= nums[i]
                return result
        """,
        slow="""
            def product_except_self(nums: List[int]) -> List[int]:
                result = []
                for i in range(len(nums)):
                    product = 1
                    for j, x in enumerate(nums):
                        if j != i:
                            product *= x
                    result.append(product)
                return result
        """,
        tests="""
            assert candidate([1, 2, 3, 4]) == [24, 12, 8, 6]
            assert candidate([2, 0, 3]) == [0, 6, 0]
            assert candidate([0, 0]) == [0, 0]
            assert candidate([5]) == [1]
            assert candidate([-1, 2]) == [2, -1]
            assert candidate([]) == []
        """,
        workload="""
            _NUMS = [-1 if i % 3 == 0 else 1 for i in range(900)] + [2, 3]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# two-pointers: on sorted input, move two indices inward instead of trying every pair.

TWO_POINTERS = [
    task(
        name="pair-with-sum",
        doc="""
            nums is sorted in ascending order. Return True if nums[i] + nums[j] == target for some i < j.
            >>> has_pair_with_sum([1, 2, 4, 7], 9)
            True
        """,
        reference="""
            def has_pair_with_sum(nums: List[int], target: int) -> bool:
                i, j = 0, len(nums) - 1
                while i < j:
                    total = nums[i] + nums[j]
                    if total == target:
                        return True
                    if total < target:
                        i += 1
                    else:
                        j -= 1
                return False
        """,
        slow="""
            def has_pair_with_sum(nums: List[int], target: int) -> bool:
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] + nums[j] == target:
                            return True
                return False
        """,
        tests="""
            assert candidate([1, 2, 4, 7], 9) == True
            assert candidate([1, 2, 4, 7], 10) == False
            assert candidate([], 0) == False
            assert candidate([5], 10) == False
            assert candidate([-3, 0, 3], 0) == True
            assert candidate([2, 2], 4) == True
        """,
        workload="""
            _NUMS = list(range(0, 3000, 2))

            def workload(candidate):
                candidate(_NUMS[:], 4001)
        """,
    ),
    task(
        name="count-pairs-below",
        doc="""
            nums is sorted in ascending order. Return the number of pairs i < j with nums[i] + nums[j] < target.
            >>> count_pairs_below([1, 2, 3, 4], 6)
            4
        """,
        reference="""
            def count_pairs_below(nums: List[int], target: int) -> int:
                count = 0
                i, j = 0, len(nums) - 1
                while i < j:
                    if nums[i] + nums[j] < target:
                        count += j - i
                        i += 1
                    else:
                        j -= 1
                return count
        """,
        slow="""
            def count_pairs_below(nums: List[int], target: int) -> int:
                count = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] + nums[j] < target:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 3, 4], 6) == 4
            assert candidate([], 5) == 0
            assert candidate([1], 5) == 0
            assert candidate([-2, 0, 1], 0) == 2
            assert candidate([5, 5], 10) == 0
            assert candidate([1, 1, 1], 3) == 3
        """,
        workload="""
            _NUMS = [i * 3 - 2000 for i in range(1300)]

            def workload(candidate):
                candidate(_NUMS[:], 500)
        """,
    ),
    task(
        name="max-water-container",
        doc="""
            Lines of the given heights stand at x = 0, 1, 2, .... Return the largest value of
            (j - i) * min(heights[i], heights[j]) over i < j, or 0 when there are fewer than two lines.
            >>> max_water([1, 8, 6, 2, 5, 4, 8, 3, 7])
            49
        """,
        reference="""
            def max_water(heights: List[int]) -> int:
                best = 0
                i, j = 0, len(heights) - 1
                while i < j:
                    best = max(best, (j - i) * min(heights[i], heights[j]))
                    if heights[i] < heights[j]:
                        i += 1
                    else:
                        j -= 1
                return best
        """,
        slow="""
            def max_water(heights: List[int]) -> int:
                best = 0
                for i in range(len(heights)):
                    for j in range(i + 1, len(heights)):
                        best = max(best, (j - i) * min(heights[i], heights[j]))
                return best
        """,
        tests="""
            assert candidate([1, 8, 6, 2, 5, 4, 8, 3, 7]) == 49
            assert candidate([1, 1]) == 1
            assert candidate([5]) == 0
            assert candidate([]) == 0
            assert candidate([4, 3, 2, 1, 4]) == 16
            assert candidate([0, 0, 9]) == 0
        """,
        workload="""
            _HEIGHTS = [(i * 7919) % 1000 + 1 for i in range(800)]

            def workload(candidate):
                candidate(_HEIGHTS[:])
        """,
    ),
    task(
        name="zero-sum-triplet",
        doc="""
            Return True if nums[i] + nums[j] + nums[k] == 0 for some indices i < j < k, else False.
            >>> has_zero_triplet([-1, 0, 1, 2])
            True
        """,
        reference="""
            def has_zero_triplet(nums: List[int]) -> bool:
                values = sorted(nums)
                for i in range(len(values) - 2):
                    lo, hi = i + 1, len(values) - 1
                    while lo < hi:
                        total = values[i] + values[lo] + values[hi]
                        if total == 0:
                            return True
                        if total < 0:
                            lo += 1
                        else:
                            hi -= 1
                return False
        """,
        slow="""
            def has_zero_triplet(nums: List[int]) -> bool:
                n = len(nums)
                for i in range(n):
                    for j in range(i + 1, n):
                        for k in range(j + 1, n):
                            if nums[i] + nums[j] + nums[k] == 0:
                                return True
                return False
        """,
        tests="""
            assert candidate([-1, 0, 1, 2]) == True
            assert candidate([1, 2, 3]) == False
            assert candidate([]) == False
            assert candidate([0, 0]) == False
            assert candidate([0, 0, 0]) == True
            assert candidate([3, -5, 2]) == True
        """,
        workload="""
            _NUMS = [4 * k + 1 for k in range(-70, 70)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="closest-pair-sum",
        doc="""
            nums is sorted in ascending order and has at least two elements. Return the smallest value of
            abs(nums[i] + nums[j] - target) over pairs i < j.
            >>> closest_pair_sum([1, 3, 5, 8], 11)
            0
        """,
        reference="""
            def closest_pair_sum(nums: List[int], target: int) -> int:
                best = abs(nums[0] + nums[1] - target)
                i, j = 0, len(nums) - 1
                while i < j:
                    total = nums[i] + nums[j]
                    best = min(best, abs(total - target))
                    if total < target:
                        i += 1
                    elif total > target:
                        j -= 1
                    else:
                        return 0
                return best
        """,
        slow="""
            def closest_pair_sum(nums: List[int], target: int) -> int:
                best = abs(nums[0] + nums[1] - target)
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        best = min(best, abs(nums[i] + nums[j] - target))
                return best
        """,
        tests="""
            assert candidate([1, 3, 5, 8], 11) == 0
            assert candidate([1, 2], 10) == 7
            assert candidate([-4, -1, 2, 6], 0) == 1
            assert candidate([0, 0], 1) == 1
            assert candidate([1, 4, 4, 9], 8) == 0
            assert candidate([-10, -3, 5], -20) == 7
        """,
        workload="""
            _NUMS = list(range(0, 1800, 2))

            def workload(candidate):
                candidate(_NUMS[:], 1001)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# sliding-window: update a window's summary as it moves instead of recomputing it.

SLIDING_WINDOW = [
    task(
        name="max-window-sum",
        doc="""
            Return the largest sum of k consecutive elements of nums (1 <= k <= len(nums)).
            >>> max_window_sum([1, 2, 3, 4, 5], 2)
            9
        """,
        reference="""
            def max_window_sum(nums: List[int], k: int) -> int:
                window = sum(nums[:k])
                best = window
                for i in range(k, len(nums)):
                    window += nums[i] - nums[i - k]
                    best = max(best, window)
                return best
        """,
        slow="""
            def max_window_sum(nums: List[int], k: int) -> int:
                return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2) == 9
            assert candidate([5], 1) == 5
            assert candidate([-1, -2, -3], 2) == -3
            assert candidate([2, -1, 2], 3) == 3
            assert candidate([4, -5, 1, 3], 2) == 4
        """,
        workload="""
            _NUMS = [(i * 37) % 101 - 50 for i in range(10_000)]

            def workload(candidate):
                candidate(_NUMS[:], 1500)
        """,
    ),
    task(
        name="longest-unique-substring",
        doc="""
            Return the length of the longest substring of s with no repeated character.
            >>> longest_unique_substring("abcabcbb")
            3
        """,
        reference="""
            def longest_unique_substring(s: str) -> int:
                last_seen = {}
                start = 0
                best = 0
                for i, c in enumerate(s):
                    if last_seen.get(c, -1) >= start:
                        start = last_seen[c] + 1
                    last_seen[c] = i
                    best = max(best, i - start + 1)
                return best
        """,
        slow="""
            def longest_unique_substring(s: str) -> int:
                best = 0
                for i in range(len(s)):
                    seen = set()
                    for c in s[i:]:
                        if c in seen:
                            break
                        seen.add(c)
                    best = max(best, len(seen))
                return best
        """,
        tests="""
            assert candidate("abcabcbb") == 3
            assert candidate("bbbbb") == 1
            assert candidate("") == 0
            assert candidate("pwwkew") == 3
            assert candidate("a") == 1
            assert candidate("dvdf") == 3
            assert candidate("abba") == 2
        """,
        workload="""
            _TEXT = "".join(chr(256 + i % 400) for i in range(3000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="max-vowels-in-window",
        doc="""
            Return the largest number of vowels (a, e, i, o, u) in any substring of s of length k (1 <= k <= len(s)).
            >>> max_vowels("abciiidef", 3)
            3
        """,
        reference="""
            def max_vowels(s: str, k: int) -> int:
                vowels = set("aeiou")
                count = sum(1 for c in s[:k] if c in vowels)
                best = count
                for i in range(k, len(s)):
                    count += (s[i] in vowels) - (s[i - k] in vowels)
                    best = max(best, count)
                return best
        """,
        slow="""
            def max_vowels(s: str, k: int) -> int:
                best = 0
                for i in range(len(s) - k + 1):
                    best = max(best, sum(1 for c in s[i:i + k] if c in "aeiou"))
                return best
        """,
        tests="""
            assert candidate("abciiidef", 3) == 3
            assert candidate("leetcode", 3) == 2
            assert candidate("xyz", 2) == 0
            assert candidate("a", 1) == 1
            assert candidate("aeiou", 5) == 5
            assert candidate("bab", 1) == 1
        """,
        workload="""
            _TEXT = "bcdaxyeiozu" * 500

            def workload(candidate):
                candidate(_TEXT, 200)
        """,
    ),
    task(
        name="min-subarray-length",
        doc="""
            nums holds positive integers. Return the length of the shortest contiguous subarray whose sum is at least
            target, or 0 if there is none.
            >>> min_subarray_len(7, [2, 3, 1, 2, 4, 3])
            2
        """,
        reference="""
            def min_subarray_len(target: int, nums: List[int]) -> int:
                best = len(nums) + 1
                total = 0
                start = 0
                for end, x in enumerate(nums):
                    total += x
                    while total >= target:
                        best = min(best, end - start + 1)
                        total -= nums[start]
                        start += 1
                return best if best <= len(nums) else 0
        """,
        slow="""
            def min_subarray_len(target: int, nums: List[int]) -> int:
                best = 0
                for i in range(len(nums)):
                    total = 0
                    for j in range(i, len(nums)):
                        total += nums[j]
                        if total >= target:
                            if best == 0 or j - i + 1 < best:
                                best = j - i + 1
                            break
                return best
        """,
        tests="""
            assert candidate(7, [2, 3, 1, 2, 4, 3]) == 2
            assert candidate(4, [1, 4, 4]) == 1
            assert candidate(11, [1, 1, 1, 1, 1, 1, 1, 1]) == 0
            assert candidate(5, []) == 0
            assert candidate(3, [1, 1, 1]) == 3
        """,
        workload="""
            _NUMS = [1 + i % 3 for i in range(3000)]

            def workload(candidate):
                candidate(800, _NUMS[:])
        """,
    ),
    task(
        name="longest-ones-with-flips",
        doc="""
            nums holds only 0s and 1s. Return the length of the longest contiguous run of 1s you can get by turning
            at most k of the 0s into 1s.
            >>> longest_ones([1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], 2)
            6
        """,
        reference="""
            def longest_ones(nums: List[int], k: int) -> int:
                best = 0
                zeros = 0
                start = 0
                for end, x in enumerate(nums):
                    if x == 0:
                        zeros += 1
                    while zeros > k:
                        if nums[start] == 0:
                            zeros -= 1
                        start += 1
                    best = max(best, end - start + 1)
                return best
        """,
        slow="""
            def longest_ones(nums: List[int], k: int) -> int:
                best = 0
                for i in range(len(nums)):
                    zeros = 0
                    for j in range(i, len(nums)):
                        if nums[j] == 0:
                            zeros += 1
                        if zeros > k:
                            break
                        best = max(best, j - i + 1)
                return best
        """,
        tests="""
            assert candidate([1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], 2) == 6
            assert candidate([0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1], 3) == 10
            assert candidate([], 1) == 0
            assert candidate([0], 0) == 0
            assert candidate([1, 1], 0) == 2
            assert candidate([0, 0], 5) == 2
        """,
        workload="""
            _NUMS = [0 if i % 10 == 0 else 1 for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:], 30)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# string-building: one pass (slicing, join, replace) instead of rebuilding the string at every step.
# (CPython makes `s += c` amortised O(1), so the slow solutions here prepend or cut, which copies every time.)

STRING_BUILDING = [
    task(
        name="reverse-string",
        doc="""
            Return s reversed.
            >>> reverse_string("abc")
            'cba'
        """,
        reference="""
            def reverse_string(s: str) -> str:
                return s[::-1]
        """,
        slow="""
            def reverse_string(s: str) -> str:
                result = ""
                for c in s:
                    result = c + result
                return result
        """,
        tests="""
            assert candidate("abc") == "cba"
            assert candidate("") == ""
            assert candidate("a") == "a"
            assert candidate("racecar") == "racecar"
            assert candidate("Hello, World") == "dlroW ,olleH"
        """,
        workload="""
            _TEXT = "abcdefghij" * 6000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="reverse-words",
        doc="""
            The words of s are separated by one or more spaces. Return the words in reverse order, separated by
            single spaces, without leading or trailing spaces.
            >>> reverse_words("the sky  is blue")
            'blue is sky the'
        """,
        reference="""
            def reverse_words(s: str) -> str:
                return " ".join(reversed(s.split()))
        """,
        slow="""
            def reverse_words(s: str) -> str:
                result = ""
                for word in s.split():
                    result = word + " " + result if result else word
                return result
        """,
        tests="""
            assert candidate("the sky  is blue") == "blue is sky the"
            assert candidate("  hello world  ") == "world hello"
            assert candidate("") == ""
            assert candidate("one") == "one"
            assert candidate("a b") == "b a"
        """,
        workload="""
            _TEXT = " ".join("w%d" % i for i in range(30_000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="remove-char",
        doc="""
            Return s with every occurrence of the character ch removed.
            >>> remove_char("banana", "a")
            'bnn'
        """,
        reference="""
            def remove_char(s: str, ch: str) -> str:
                return s.replace(ch, "")
        """,
        slow="""
            def remove_char(s: str, ch: str) -> str:
                while ch in s:
                    i = s.index(ch)
                    s = s[:i] + s[i + 1:]
                return s
        """,
        tests="""
            assert candidate("banana", "a") == "bnn"
            assert candidate("", "x") == ""
            assert candidate("aaa", "a") == ""
            assert candidate("abc", "z") == "abc"
            assert candidate("a-b-c", "-") == "abc"
        """,
        workload="""
            _TEXT = "xa" * 10_000

            def workload(candidate):
                candidate(_TEXT, "a")
        """,
    ),
    task(
        name="mask-digits",
        doc="""
            Return s with every digit character replaced by '#'.
            >>> mask_digits("pin 1234")
            'pin ####'
        """,
        reference="""
            def mask_digits(s: str) -> str:
                return "".join("#" if c.isdigit() else c for c in s)
        """,
        slow="""
            def mask_digits(s: str) -> str:
                for i in range(len(s)):
                    if s[i].isdigit():
                        s = s[:i] + "#" + s[i + 1:]
                return s
        """,
        tests="""
            assert candidate("pin 1234") == "pin ####"
            assert candidate("") == ""
            assert candidate("abc") == "abc"
            assert candidate("7") == "#"
            assert candidate("a1b2") == "a#b#"
        """,
        workload="""
            _TEXT = "0123456789x" * 2000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="is-rotation",
        doc="""
            Return True if b can be obtained from a by moving some prefix of a to its end.
            >>> is_rotation("abcde", "cdeab")
            True
        """,
        reference="""
            def is_rotation(a: str, b: str) -> bool:
                return len(a) == len(b) and b in a + a
        """,
        slow="""
            def is_rotation(a: str, b: str) -> bool:
                if len(a) != len(b):
                    return False
                if a == b:
                    return True
                for i in range(1, len(a)):
                    if a[i:] + a[:i] == b:
                        return True
                return False
        """,
        tests="""
            assert candidate("abcde", "cdeab") == True
            assert candidate("abcde", "abced") == False
            assert candidate("", "") == True
            assert candidate("a", "a") == True
            assert candidate("ab", "abc") == False
            assert candidate("aa", "a") == False
        """,
        workload="""
            _A = "x" * 20_000 + "y"
            _B = "y" + "x" * 20_000

            def workload(candidate):
                candidate(_A, _B)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# memoised-recursion: each subproblem once (a table or two variables) instead of exponential plain recursion.

MEMOISED_RECURSION = [
    task(
        name="fibonacci",
        doc="""
            Return the n-th Fibonacci number: fib(0) = 0, fib(1) = 1, fib(n) = fib(n - 1) + fib(n - 2).
            >>> fib(10)
            55
        """,
        reference="""
            def fib(n: int) -> int:
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, a + b
                return a
        """,
        slow="""
            def fib(n: int) -> int:
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
        """,
        tests="""
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(10) == 55
            assert candidate(20) == 6765
        """,
        workload="""
            def workload(candidate):
                for i in range(2000):
                    candidate(10 + i % 6)
        """,
    ),
    task(
        name="climbing-stairs",
        doc="""
            Return the number of ways to climb n steps when each move climbs 1 or 2 steps (1 way for n = 0).
            >>> climb_stairs(3)
            3
        """,
        reference="""
            def climb_stairs(n: int) -> int:
                a, b = 1, 1
                for _ in range(n):
                    a, b = b, a + b
                return a
        """,
        slow="""
            def climb_stairs(n: int) -> int:
                if n <= 1:
                    return 1
                return climb_stairs(n - 1) + climb_stairs(n - 2)
        """,
        tests="""
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 3
            assert candidate(5) == 8
            assert candidate(10) == 89
        """,
        workload="""
            def workload(candidate):
                for i in range(2000):
                    candidate(10 + i % 6)
        """,
    ),
    task(
        name="grid-paths",
        doc="""
            Return the number of paths from the top-left to the bottom-right cell of a rows x cols grid that move
            only right or down (rows, cols >= 1).
            >>> grid_paths(3, 7)
            28
        """,
        reference="""
            def grid_paths(rows: int, cols: int) -> int:
                paths = [1] * cols
                for _ in range(1, rows):
                    for c in range(1, cols):
                        paths[c] += paths[c - 1]
                return paths[-1]
        """,
        slow="""
            def grid_paths(rows: int, cols: int) -> int:
                if rows == 1 or cols == 1:
                    return 1
                return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)
        """,
        tests="""
            assert candidate(3, 7) == 28
            assert candidate(1, 1) == 1
            assert candidate(2, 2) == 2
            assert candidate(3, 2) == 3
            assert candidate(1, 5) == 1
            assert candidate(6, 1) == 1
        """,
        workload="""
            def workload(candidate):
                for i in range(300):
                    candidate(5 + i % 4, 6 + i % 3)
        """,
    ),
    task(
        name="house-robber",
        doc="""
            Return the largest sum of elements of nums (non-negative integers) with no two chosen elements adjacent.
            >>> rob([2, 7, 9, 3, 1])
            12
        """,
        reference="""
            def rob(nums: List[int]) -> int:
                skip, take = 0, 0
                for x in nums:
                    skip, take = max(skip, take), skip + x
                return max(skip, take)
        """,
        slow="""
            def rob(nums: List[int]) -> int:
                def best_from(i: int) -> int:
                    if i >= len(nums):
                        return 0
                    return max(best_from(i + 1), nums[i] + best_from(i + 2))

                return best_from(0)
        """,
        tests="""
            assert candidate([1, 2, 3, 1]) == 4
            assert candidate([2, 7, 9, 3, 1]) == 12
            assert candidate([]) == 0
            assert candidate([5]) == 5
            assert candidate([2, 1, 1, 2]) == 4
            assert candidate([0, 0, 0]) == 0
        """,
        workload="""
            _LISTS = [[(i * 7 + k) % 10 for i in range(14 + k % 3)] for k in range(30)]

            def workload(candidate):
                for _ in range(10):
                    for nums in _LISTS:
                        candidate(nums[:])
        """,
    ),
    task(
        name="decode-ways",
        doc="""
            Letters are encoded as 'A' -> "1", ..., 'Z' -> "26". Return the number of ways to decode the non-empty
            digit string s (a part may not start with '0').
            >>> num_decodings("226")
            3
        """,
        reference="""
            def num_decodings(s: str) -> int:
                before, current = 1, 0 if s[0] == "0" else 1
                for i in range(1, len(s)):
                    ways = 0
                    if s[i] != "0":
                        ways += current
                    if s[i - 1] == "1" or (s[i - 1] == "2" and s[i] <= "6"):
                        ways += before
                    before, current = current, ways
                return current
        """,
        slow="""
            def num_decodings(s: str) -> int:
                if not s:
                    return 1
                if s[0] == "0":
                    return 0
                ways = num_decodings(s[1:])
                if len(s) >= 2 and int(s[:2]) <= 26:
                    ways += num_decodings(s[2:])
                return ways
        """,
        tests="""
            assert candidate("12") == 2
            assert candidate("226") == 3
            assert candidate("06") == 0
            assert candidate("0") == 0
            assert candidate("10") == 1
            assert candidate("11106") == 2
            assert candidate("1") == 1
        """,
        workload="""
            _TEXTS = [("1" * 10 + "2" * 10)[k:k + 15] for k in range(6)]

            def workload(candidate):
                for _ in range(50):
                    for text in _TEXTS:
                        candidate(text)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# array-dp: carry the best answer so far along the array instead of re-examining every pair.

ARRAY_DP = [
    task(
        name="max-subarray-sum",
        doc="""
            Return the largest sum of a non-empty contiguous subarray of nums.
            >>> max_subarray_sum([-2, 1, -3, 4, -1, 2, 1, -5, 4])
            6
        """,
        reference="""
            def max_subarray_sum(nums: List[int]) -> int:
                best = current = nums[0]
                for x in nums[1:]:
                    current = max(x, current + x)
                    best = max(best, current)
                return best
        """,
        slow="""
            def max_subarray_sum(nums: List[int]) -> int:
                best = nums[0]
                for i in range(len(nums)):
                    total = 0
                    for j in range(i, len(nums)):
                        total += nums[j]
                        if total > best:
                            best = total
                return best
        """,
        tests="""
            assert candidate([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == 6
            assert candidate([1]) == 1
            assert candidate([-3, -1, -2]) == -1
            assert candidate([5, 4, -1, 7, 8]) == 23
            assert candidate([0, -1]) == 0
        """,
        workload="""
            _NUMS = [(i * 37) % 101 - 50 for i in range(1300)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="longest-increasing-subsequence",
        doc="""
            Return the length of the longest strictly increasing subsequence of nums.
            >>> lis_length([10, 9, 2, 5, 3, 7, 101, 18])
            4
        """,
        reference="""
            from bisect import bisect_left

            def lis_length(nums: List[int]) -> int:
                tails = []
                for x in nums:
                    i = bisect_left(tails, x)
                    if i == len(tails):
                        tails.append(x)
                    else:
                        tails[i] = x
                return len(tails)
        """,
        slow="""
            def lis_length(nums: List[int]) -> int:
                lengths = []
                for i, x in enumerate(nums):
                    best = 1
                    for j in range(i):
                        if nums[j] < x and lengths[j] + 1 > best:
                            best = lengths[j] + 1
                    lengths.append(best)
                return max(lengths, default=0)
        """,
        tests="""
            assert candidate([10, 9, 2, 5, 3, 7, 101, 18]) == 4
            assert candidate([]) == 0
            assert candidate([7]) == 1
            assert candidate([5, 4, 3]) == 1
            assert candidate([1, 3, 2, 4]) == 3
            assert candidate([2, 2, 2]) == 1
        """,
        workload="""
            _NUMS = [(i * 7919) % 10007 for i in range(1200)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="best-stock-profit",
        doc="""
            prices[i] is a stock's price on day i. Return the largest profit from buying on one day and selling on a
            later day, or 0 if no profit is possible.
            >>> max_profit([7, 1, 5, 3, 6, 4])
            5
        """,
        reference="""
            def max_profit(prices: List[int]) -> int:
                best = 0
                lowest = None
                for price in prices:
                    if lowest is None or price < lowest:
                        lowest = price
                    best = max(best, price - lowest)
                return best
        """,
        slow="""
            def max_profit(prices: List[int]) -> int:
                best = 0
                for i in range(len(prices)):
                    for j in range(i + 1, len(prices)):
                        best = max(best, prices[j] - prices[i])
                return best
        """,
        tests="""
            assert candidate([7, 1, 5, 3, 6, 4]) == 5
            assert candidate([7, 6, 4, 3, 1]) == 0
            assert candidate([]) == 0
            assert candidate([3]) == 0
            assert candidate([2, 4, 1, 7]) == 6
        """,
        workload="""
            _PRICES = [(i * 7919) % 1009 for i in range(1100)]

            def workload(candidate):
                candidate(_PRICES[:])
        """,
    ),
    task(
        name="min-cost-stairs",
        doc="""
            Stepping on stair i costs cost[i]. You start on stair 0 or 1 and climb 1 or 2 stairs at a time. Return
            the minimum total cost to get past the last stair (len(cost) >= 2).
            >>> min_cost_climbing([10, 15, 20])
            15
        """,
        reference="""
            def min_cost_climbing(cost: List[int]) -> int:
                two_back, one_back = 0, 0
                for i in range(2, len(cost) + 1):
                    two_back, one_back = one_back, min(one_back + cost[i - 1], two_back + cost[i - 2])
                return one_back
        """,
        slow="""
            def min_cost_climbing(cost: List[int]) -> int:
                def from_stair(i: int) -> int:
                    if i >= len(cost):
                        return 0
                    return cost[i] + min(from_stair(i + 1), from_stair(i + 2))

                return min(from_stair(0), from_stair(1))
        """,
        tests="""
            assert candidate([10, 15, 20]) == 15
            assert candidate([1, 100, 1, 1, 1, 100, 1, 1, 100, 1]) == 6
            assert candidate([5, 7]) == 5
            assert candidate([0, 0]) == 0
            assert candidate([3, 2, 4]) == 2
        """,
        workload="""
            _COSTS = [[(i * 7 + k) % 10 for i in range(14 + k % 3)] for k in range(30)]

            def workload(candidate):
                for _ in range(10):
                    for cost in _COSTS:
                        candidate(cost[:])
        """,
    ),
    task(
        name="coin-combinations",
        doc="""
            Return the number of ways to pay amount with unlimited coins of the given distinct positive values,
            where order does not matter (there is 1 way to pay 0).
            >>> coin_combinations([1, 2, 5], 5)
            4
        """,
        reference="""
            def coin_combinations(coins: List[int], amount: int) -> int:
                ways = [1] + [0] * amount
                for coin in coins:
                    for value in range(coin, amount + 1):
                        ways[value] += ways[value - coin]
                return ways[amount]
        """,
        slow="""
            def coin_combinations(coins: List[int], amount: int) -> int:
                def ways(i: int, rest: int) -> int:
                    if rest == 0:
                        return 1
                    if rest < 0 or i == len(coins):
                        return 0
                    return ways(i, rest - coins[i]) + ways(i + 1, rest)

                return ways(0, amount)
        """,
        tests="""
            assert candidate([1, 2, 5], 5) == 4
            assert candidate([2], 3) == 0
            assert candidate([10], 10) == 1
            assert candidate([1, 2, 5], 0) == 1
            assert candidate([], 3) == 0
            assert candidate([3, 7], 10) == 1
        """,
        workload="""
            def workload(candidate):
                for amount in range(30, 90, 2):
                    candidate([1, 2, 5, 10], amount)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# primes: trial division only up to sqrt(n), and a sieve when many numbers are involved.

PRIMES = [
    task(
        name="is-prime",
        doc="""
            Return True if n is a prime number, else False.
            >>> is_prime(97)
            True
        """,
        reference="""
            def is_prime(n: int) -> bool:
                if n < 2:
                    return False
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        return False
                    d += 1
                return True
        """,
        slow="""
            def is_prime(n: int) -> bool:
                if n < 2:
                    return False
                for d in range(2, n):
                    if n % d == 0:
                        return False
                return True
        """,
        tests="""
            assert candidate(2) == True
            assert candidate(1) == False
            assert candidate(0) == False
            assert candidate(-7) == False
            assert candidate(97) == True
            assert candidate(91) == False
            assert candidate(7919) == True
        """,
        workload="""
            def workload(candidate):
                for n in (99991, 100003, 100019, 100043, 99221, 100000):
                    candidate(n)
        """,
    ),
    task(
        name="count-primes",
        doc="""
            Return the number of primes less than n.
            >>> count_primes(10)
            4
        """,
        reference="""
            def count_primes(n: int) -> int:
                if n < 3:
                    return 0
                is_prime = bytearray([1]) * n
                is_prime[0] = is_prime[1] = 0
                p = 2
                while p * p < n:
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, n, p)))
                    p += 1
                return sum(is_prime)
        """,
        slow="""
            def count_primes(n: int) -> int:
                count = 0
                for k in range(2, n):
                    d = 2
                    while d * d <= k:
                        if k % d == 0:
                            break
                        d += 1
                    else:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(10) == 4
            assert candidate(0) == 0
            assert candidate(2) == 0
            assert candidate(3) == 1
            assert candidate(100) == 25
            assert candidate(-5) == 0
        """,
        workload="""
            def workload(candidate):
                candidate(30_000)
        """,
    ),
    task(
        name="nth-prime",
        doc="""
            Return the n-th prime number (n >= 1), so nth_prime(1) == 2.
            >>> nth_prime(6)
            13
        """,
        reference="""
            def nth_prime(n: int) -> int:
                limit = 16
                while True:
                    is_prime = bytearray([1]) * (limit + 1)
                    is_prime[0] = is_prime[1] = 0
                    p = 2
                    while p * p <= limit:
                        if is_prime[p]:
                            is_prime[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
                        p += 1
                    primes = [i for i, flag in enumerate(is_prime) if flag]
                    if len(primes) >= n:
                        return primes[n - 1]
                    limit *= 2
        """,
        slow="""
            def nth_prime(n: int) -> int:
                count = 0
                k = 1
                while count < n:
                    k += 1
                    if all(k % d != 0 for d in range(2, k)):
                        count += 1
                return k
        """,
        tests="""
            assert candidate(1) == 2
            assert candidate(2) == 3
            assert candidate(6) == 13
            assert candidate(10) == 29
            assert candidate(100) == 541
        """,
        workload="""
            def workload(candidate):
                candidate(300)
        """,
    ),
    task(
        name="primes-in-range",
        doc="""
            Return the primes p with lo <= p <= hi in increasing order.
            >>> primes_in_range(10, 20)
            [11, 13, 17, 19]
        """,
        reference="""
            def primes_in_range(lo: int, hi: int) -> List[int]:
                if hi < 2:
                    return []
                is_prime = bytearray([1]) * (hi + 1)
                is_prime[0] = is_prime[1] = 0
                p = 2
                while p * p <= hi:
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, hi + 1, p)))
                    p += 1
                return [k for k in range(max(lo, 2), hi + 1) if is_prime[k]]
        """,
        slow="""
            def primes_in_range(lo: int, hi: int) -> List[int]:
                primes = []
                for k in range(max(lo, 2), hi + 1):
                    if all(k % d != 0 for d in range(2, int(k ** 0.5) + 1)):
                        primes.append(k)
                return primes
        """,
        tests="""
            assert candidate(10, 20) == [11, 13, 17, 19]
            assert candidate(0, 1) == []
            assert candidate(2, 2) == [2]
            assert candidate(20, 10) == []
            assert candidate(14, 16) == []
            assert candidate(-5, 7) == [2, 3, 5, 7]
        """,
        workload="""
            def workload(candidate):
                candidate(1, 25_000)
        """,
    ),
    task(
        name="prime-factors",
        doc="""
            Return the prime factors of n (n >= 1) in increasing order, repeated by multiplicity.
            >>> prime_factors(12)
            [2, 2, 3]
        """,
        reference="""
            def prime_factors(n: int) -> List[int]:
                factors = []
                d = 2
                while d * d <= n:
                    while n % d == 0:
                        factors.append(d)
                        n //= d
                    d += 1
                if n > 1:
                    factors.append(n)
                return factors
        """,
        slow="""
            def prime_factors(n: int) -> List[int]:
                factors = []
                d = 2
                while n > 1:
                    while n % d == 0:
                        factors.append(d)
                        n //= d
                    d += 1
                return factors
        """,
        tests="""
            assert candidate(12) == [2, 2, 3]
            assert candidate(2) == [2]
            assert candidate(97) == [97]
            assert candidate(360) == [2, 2, 2, 3, 3, 5]
            assert candidate(1) == []
            assert candidate(49) == [7, 7]
        """,
        workload="""
            def workload(candidate):
                for n in (2 * 99991, 3 * 100003, 99989, 4 * 100019, 5 * 100043):
                    candidate(n)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# divisors: divisors come in pairs (d, n // d), so looping to sqrt(n) finds them all.

DIVISORS = [
    task(
        name="count-divisors",
        doc="""
            Return the number of positive divisors of n (n >= 1).
            >>> count_divisors(12)
            6
        """,
        reference="""
            def count_divisors(n: int) -> int:
                count = 0
                d = 1
                while d * d <= n:
                    if n % d == 0:
                        count += 1 if d * d == n else 2
                    d += 1
                return count
        """,
        slow="""
            def count_divisors(n: int) -> int:
                return sum(1 for d in range(1, n + 1) if n % d == 0)
        """,
        tests="""
            assert candidate(1) == 1
            assert candidate(12) == 6
            assert candidate(7) == 2
            assert candidate(36) == 9
            assert candidate(100) == 9
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="divisor-sum",
        doc="""
            Return the sum of all positive divisors of n, including 1 and n (n >= 1).
            >>> divisor_sum(6)
            12
        """,
        reference="""
            def divisor_sum(n: int) -> int:
                total = 0
                d = 1
                while d * d <= n:
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                    d += 1
                return total
        """,
        slow="""
            def divisor_sum(n: int) -> int:
                total = 0
                for d in range(1, n + 1):
                    if n % d == 0:
                        total += d
                return total
        """,
        tests="""
            assert candidate(1) == 1
            assert candidate(6) == 12
            assert candidate(12) == 28
            assert candidate(7) == 8
            assert candidate(16) == 31
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="is-perfect",
        doc="""
            Return True if n (n >= 1) equals the sum of its divisors smaller than n, else False.
            >>> is_perfect(28)
            True
        """,
        reference="""
            def is_perfect(n: int) -> bool:
                if n < 2:
                    return False
                total = 1
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                    d += 1
                return total == n
        """,
        slow="""
            def is_perfect(n: int) -> bool:
                return n == sum(d for d in range(1, n) if n % d == 0)
        """,
        tests="""
            assert candidate(6) == True
            assert candidate(28) == True
            assert candidate(1) == False
            assert candidate(12) == False
            assert candidate(496) == True
            assert candidate(8128) == True
            assert candidate(9) == False
        """,
        workload="""
            def workload(candidate):
                for n in (99990, 8128, 100000, 65536, 77777):
                    candidate(n)
        """,
    ),
    task(
        name="list-divisors",
        doc="""
            Return all positive divisors of n (n >= 1) in increasing order.
            >>> divisors(12)
            [1, 2, 3, 4, 6, 12]
        """,
        reference="""
            def divisors(n: int) -> List[int]:
                small, large = [], []
                d = 1
                while d * d <= n:
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
                    d += 1
                return small + large[::-1]
        """,
        slow="""
            def divisors(n: int) -> List[int]:
                return [d for d in range(1, n + 1) if n % d == 0]
        """,
        tests="""
            assert candidate(1) == [1]
            assert candidate(12) == [1, 2, 3, 4, 6, 12]
            assert candidate(13) == [1, 13]
            assert candidate(16) == [1, 2, 4, 8, 16]
            assert candidate(2) == [1, 2]
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="largest-proper-divisor",
        doc="""
            Return the largest divisor of n that is smaller than n (n >= 2).
            >>> largest_proper_divisor(12)
            6
        """,
        reference="""
            def largest_proper_divisor(n: int) -> int:
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        return n // d
                    d += 1
                return 1
        """,
        slow="""
            def largest_proper_divisor(n: int) -> int:
                for d in range(n - 1, 0, -1):
                    if n % d == 0:
                        return d
        """,
        tests="""
            assert candidate(2) == 1
            assert candidate(12) == 6
            assert candidate(49) == 7
            assert candidate(97) == 1
            assert candidate(15) == 5
        """,
        workload="""
            def workload(candidate):
                for n in (99991, 100003, 100019, 99221, 100043):
                    candidate(n)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# number-theory: Euclid's algorithm and fast exponentiation instead of counting up one by one.

NUMBER_THEORY = [
    task(
        name="gcd",
        doc="""
            Return the greatest common divisor of a and b (a, b >= 0, not both 0).
            >>> gcd(12, 18)
            6
        """,
        reference="""
            def gcd(a: int, b: int) -> int:
                while b:
                    a, b = b, a % b
                return a
        """,
        slow="""
            def gcd(a: int, b: int) -> int:
                if a == 0 or b == 0:
                    return a + b
                for d in range(min(a, b), 0, -1):
                    if a % d == 0 and b % d == 0:
                        return d
        """,
        tests="""
            assert candidate(12, 18) == 6
            assert candidate(17, 5) == 1
            assert candidate(0, 7) == 7
            assert candidate(7, 0) == 7
            assert candidate(100, 100) == 100
            assert candidate(1, 1) == 1
        """,
        workload="""
            def workload(candidate):
                for i in range(200):
                    candidate(1009 + 37 * i, 2003 + 53 * i)
        """,
    ),
    task(
        name="lcm",
        doc="""
            Return the least common multiple of the positive integers a and b.
            >>> lcm(4, 6)
            12
        """,
        reference="""
            def lcm(a: int, b: int) -> int:
                x, y = a, b
                while y:
                    x, y = y, x % y
                return a // x * b
        """,
        slow="""
            def lcm(a: int, b: int) -> int:
                multiple = max(a, b)
                while multiple % a != 0 or multiple % b != 0:
                    multiple += max(a, b)
                return multiple
        """,
        tests="""
            assert candidate(4, 6) == 12
            assert candidate(1, 1) == 1
            assert candidate(7, 5) == 35
            assert candidate(12, 18) == 36
            assert candidate(9, 3) == 9
        """,
        workload="""
            def workload(candidate):
                for i in range(200):
                    candidate(1009 + 37 * i, 2003 + 53 * i)
        """,
    ),
    task(
        name="euler-phi",
        doc="""
            Return how many integers k with 1 <= k <= n satisfy gcd(k, n) == 1 (n >= 1).
            >>> euler_phi(10)
            4
        """,
        reference="""
            def euler_phi(n: int) -> int:
                result = n
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        while n % d == 0:
                            n //= d
                        result -= result // d
                    d += 1
                if n > 1:
                    result -= result // n
                return result
        """,
        slow="""
            from math import gcd

            def euler_phi(n: int) -> int:
                return sum(1 for k in range(1, n + 1) if gcd(k, n) == 1)
        """,
        tests="""
            assert candidate(1) == 1
            assert candidate(9) == 6
            assert candidate(10) == 4
            assert candidate(13) == 12
            assert candidate(36) == 12
        """,
        workload="""
            def workload(candidate):
                for n in range(3000, 3300):
                    candidate(n)
        """,
    ),
    task(
        name="power-mod",
        doc="""
            Return (base ** exp) % mod for base >= 0, exp >= 0, mod >= 1.
            >>> power_mod(2, 10, 1000)
            24
        """,
        reference="""
            def power_mod(base: int, exp: int, mod: int) -> int:
                result = 1 % mod
                base %= mod
                while exp > 0:
                    if exp & 1:
                        result = result * base % mod
                    base = base * base % mod
                    exp >>= 1
                return result
        """,
        slow="""
            def power_mod(base: int, exp: int, mod: int) -> int:
                result = 1 % mod
                for _ in range(exp):
                    result = result * base % mod
                return result
        """,
        tests="""
            assert candidate(2, 10, 1000) == 24
            assert candidate(3, 0, 7) == 1
            assert candidate(5, 3, 13) == 8
            assert candidate(7, 1, 1) == 0
            assert candidate(10, 5, 7) == 5
            assert candidate(0, 5, 3) == 0
        """,
        workload="""
            def workload(candidate):
                for i in range(300):
                    candidate(123_456_789 + i, 2000 + 10 * i, 1_000_000_007)
        """,
    ),
    task(
        name="modular-inverse",
        doc="""
            Return the x with 1 <= x < m and (a * x) % m == 1, where m >= 2 and gcd(a, m) == 1.
            >>> mod_inverse(3, 11)
            4
        """,
        reference="""
            def mod_inverse(a: int, m: int) -> int:
                old_r, r = a % m, m
                old_s, s = 1, 0
                while r:
                    q = old_r // r
                    old_r, r = r, old_r - q * r
                    old_s, s = s, old_s - q * s
                return old_s % m
        """,
        slow="""
            def mod_inverse(a: int, m: int) -> int:
                for x in range(1, m):
                    if a * x % m == 1:
                        return x
        """,
        tests="""
            assert candidate(3, 11) == 4
            assert candidate(10, 17) == 12
            assert candidate(1, 2) == 1
            assert candidate(2, 5) == 3
            assert candidate(7, 26) == 15
            assert candidate(30, 7) == 4
        """,
        workload="""
            _PRIMES = [m for m in range(3001, 6000, 2) if all(m % d for d in range(3, int(m ** 0.5) + 1, 2))][:150]

            def workload(candidate):
                for m in _PRIMES:
                    candidate(m - 1, m)
                    candidate(2, m)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# binary-search: halve a sorted range instead of scanning it.

BINARY_SEARCH = [
    task(
        name="search-sorted",
        doc="""
            nums is sorted in ascending order without repeats. Return the index of target in nums, or -1.
            >>> search_sorted([1, 3, 5, 7], 5)
            2
        """,
        reference="""
            from bisect import bisect_left

            def search_sorted(nums: List[int], target: int) -> int:
                i = bisect_left(nums, target)
                return i if i < len(nums) and nums[i] == target else -1
        """,
        slow="""
            def search_sorted(nums: List[int], target: int) -> int:
                for i, x in enumerate(nums):
                    if x == target:
                        return i
                return -1
        """,
        tests="""
            assert candidate([1, 3, 5, 7], 5) == 2
            assert candidate([1, 3, 5, 7], 4) == -1
            assert candidate([], 1) == -1
            assert candidate([2], 2) == 0
            assert candidate([-5, 0, 5], -5) == 0
            assert candidate([-5, 0, 5], 6) == -1
        """,
        workload="""
            _NUMS = list(range(0, 9000, 3))

            def workload(candidate):
                for target in range(0, 9000, 7):
                    candidate(_NUMS, target)
        """,
    ),
    task(
        name="first-occurrence",
        doc="""
            nums is sorted in ascending order and may contain repeats. Return the first index of target, or -1.
            >>> first_occurrence([1, 2, 2, 2, 3], 2)
            1
        """,
        reference="""
            from bisect import bisect_left

            def first_occurrence(nums: List[int], target: int) -> int:
                i = bisect_left(nums, target)
                return i if i < len(nums) and nums[i] == target else -1
        """,
        slow="""
            def first_occurrence(nums: List[int], target: int) -> int:
                for i, x in enumerate(nums):
                    if x == target:
                        return i
                    if x > target:
                        return -1
                return -1
        """,
        tests="""
            assert candidate([1, 2, 2, 2, 3], 2) == 1
            assert candidate([1, 2, 3], 4) == -1
            assert candidate([], 0) == -1
            assert candidate([5, 5, 5], 5) == 0
            assert candidate([1, 1, 2], 2) == 2
            assert candidate([1, 3, 3], 2) == -1
        """,
        workload="""
            _NUMS = [i // 3 for i in range(6000)]

            def workload(candidate):
                for target in range(0, 2000, 2):
                    candidate(_NUMS, target)
        """,
    ),
    task(
        name="count-in-range",
        doc="""
            nums is sorted in ascending order. Return how many elements x of nums satisfy lo <= x <= hi.
            >>> count_in_range([1, 2, 3, 4, 5], 2, 4)
            3
        """,
        reference="""
            from bisect import bisect_left, bisect_right

            def count_in_range(nums: List[int], lo: int, hi: int) -> int:
                return max(0, bisect_right(nums, hi) - bisect_left(nums, lo))
        """,
        slow="""
            def count_in_range(nums: List[int], lo: int, hi: int) -> int:
                return sum(1 for x in nums if lo <= x <= hi)
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2, 4) == 3
            assert candidate([], 0, 10) == 0
            assert candidate([5], 5, 5) == 1
            assert candidate([1, 2], 3, 1) == 0
            assert candidate([-3, -1, 0, 2], -2, 0) == 2
            assert candidate([1, 1, 1], 1, 1) == 3
        """,
        workload="""
            _NUMS = [i // 2 for i in range(4000)]

            def workload(candidate):
                for lo in range(0, 2000, 7):
                    candidate(_NUMS, lo, lo + 300)
        """,
    ),
    task(
        name="integer-sqrt",
        doc="""
            Return the largest integer r with r * r <= n (n >= 0).
            >>> integer_sqrt(15)
            3
        """,
        reference="""
            def integer_sqrt(n: int) -> int:
                lo, hi = 0, n + 1
                while hi - lo > 1:
                    mid = (lo + hi) // 2
                    if mid * mid <= n:
                        lo = mid
                    else:
                        hi = mid
                return lo
        """,
        slow="""
            def integer_sqrt(n: int) -> int:
                r = 0
                while (r + 1) * (r + 1) <= n:
                    r += 1
                return r
        """,
        tests="""
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(15) == 3
            assert candidate(16) == 4
            assert candidate(99) == 9
            assert candidate(10 ** 6) == 1000
        """,
        workload="""
            def workload(candidate):
                for n in range(10 ** 7, 10 ** 7 + 300 * 3331, 3331):
                    candidate(n)
        """,
    ),
    task(
        name="peak-index",
        doc="""
            arr strictly increases and then strictly decreases (len(arr) >= 3). Return the index of its largest element.
            >>> peak_index([1, 3, 5, 4, 2])
            2
        """,
        reference="""
            def peak_index(arr: List[int]) -> int:
                lo, hi = 0, len(arr) - 1
                while lo < hi:
                    mid = (lo + hi) // 2
                    if arr[mid] < arr[mid + 1]:
                        lo = mid + 1
                    else:
                        hi = mid
                return lo
        """,
        slow="""
            def peak_index(arr: List[int]) -> int:
                for i in range(len(arr) - 1):
                    if arr[i] > arr[i + 1]:
                        return i
                return len(arr) - 1
        """,
        tests="""
            assert candidate([0, 1, 0]) == 1
            assert candidate([0, 2, 1, 0]) == 1
            assert candidate([1, 3, 5, 4, 2]) == 2
            assert candidate([0, 10, 5, 2]) == 1
            assert candidate([3, 4, 5, 1]) == 2
            assert candidate([-3, -1, -2]) == 1
        """,
        workload="""
            _ARRAYS = [list(range(peak + 1)) + list(range(peak - 1, peak - 1000, -1)) 
                       for peak in range(4000, 6000, 100)]

            def workload(candidate):
                for _ in range(10):
                    for arr in _ARRAYS:
                        candidate(arr)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# hash-lookups: a dict or set answers "have I seen this?" in O(1) instead of a search.

HASH_LOOKUPS = [
    task(
        name="two-sum",
        doc="""
            Return [i, j] with i < j and nums[i] + nums[j] == target; exactly one such pair exists.
            >>> two_sum([2, 7, 11, 15], 9)
            [0, 1]
        """,
        reference="""
            def two_sum(nums: List[int], target: int) -> List[int]:
                index_of = {}
                for j, x in enumerate(nums):
                    if target - x in index_of:
                        return [index_of[target - x], j]
                    index_of[x] = j
        """,
        slow="""
            def two_sum(nums: List[int], target: int) -> List[int]:
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] + nums[j] == target:
                            return [i, j]
        """,
        tests="""
            assert candidate([2, 7, 11, 15], 9) == [0, 1]
            assert candidate([3, 2, 4], 6) == [1, 2]
            assert candidate([3, 3], 6) == [0, 1]
            assert candidate([-1, -2, -3, -4, -5], -8) == [2, 4]
            assert candidate([0, 4, 3, 0], 0) == [0, 3]
        """,
        workload="""
            _NUMS = list(range(1, 1501))

            def workload(candidate):
                candidate(_NUMS[:], 2999)
        """,
    ),
    task(
        name="pair-with-difference",
        doc="""
            Return True if nums[i] - nums[j] == k for some indices i != j (k >= 0), else False.
            >>> has_difference([1, 5, 3], 2)
            True
        """,
        reference="""
            def has_difference(nums: List[int], k: int) -> bool:
                values = set(nums)
                if k == 0:
                    return len(values) < len(nums)
                return any(x + k in values for x in values)
        """,
        slow="""
            def has_difference(nums: List[int], k: int) -> bool:
                for i in range(len(nums)):
                    for j in range(len(nums)):
                        if i != j and nums[i] - nums[j] == k:
                            return True
                return False
        """,
        tests="""
            assert candidate([1, 5, 3], 2) == True
            assert candidate([1, 5, 3], 3) == False
            assert candidate([1, 2, 3], 0) == False
            assert candidate([4, 4], 0) == True
            assert candidate([], 1) == False
            assert candidate([-2, 3], 5) == True
        """,
        workload="""
            _NUMS = [2 * i for i in range(1000)]

            def workload(candidate):
                candidate(_NUMS[:], 1)
        """,
    ),
    task(
        name="isomorphic-strings",
        doc="""
            Return True if the characters of s can be replaced one-to-one (equal characters by equal characters,
            different by different) to give t, else False.
            >>> is_isomorphic("paper", "title")
            True
        """,
        reference="""
            def is_isomorphic(s: str, t: str) -> bool:
                if len(s) != len(t):
                    return False
                forward, backward = {}, {}
                for a, b in zip(s, t):
                    if forward.setdefault(a, b) != b or backward.setdefault(b, a) != a:
                        return False
                return True
        """,
        slow="""
            def is_isomorphic(s: str, t: str) -> bool:
                if len(s) != len(t):
                    return False
                for i in range(len(s)):
                    for j in range(i + 1, len(s)):
                        if (s[i] == s[j]) != (t[i] == t[j]):
                            return False
                return True
        """,
        tests="""
            assert candidate("egg", "add") == True
            assert candidate("foo", "bar") == False
            assert candidate("paper", "title") == True
            assert candidate("", "") == True
            assert candidate("ab", "aa") == False
            assert candidate("a", "b") == True
            assert candidate("ab", "abc") == False
        """,
        workload="""
            _S = "abcdefghij" * 100
            _T = "klmnopqrst" * 100

            def workload(candidate):
                candidate(_S, _T)
        """,
    ),
    task(
        name="ransom-note",
        doc="""
            Return True if note can be written with the letters of magazine, each letter used at most once.
            >>> can_construct("aa", "aab")
            True
        """,
        reference="""
            from collections import Counter

            def can_construct(note: str, magazine: str) -> bool:
                available = Counter(magazine)
                for c in note:
                    if available[c] == 0:
                        return False
                    available[c] -= 1
                return True
        """,
        slow="""
            def can_construct(note: str, magazine: str) -> bool:
                letters = list(magazine)
                for c in note:
                    if c not in letters:
                        return False
                    letters.remove(c)
                return True
        """,
        tests="""
            assert candidate("a", "b") == False
            assert candidate("aa", "ab") == False
            assert candidate("aa", "aab") == True
            assert candidate("", "abc") == True
            assert candidate("abc", "") == False
            assert candidate("abc", "cba") == True
        """,
        workload="""
            _MAGAZINE = "abcdefghijklmnopqrstuvwxyz" * 2400
            _NOTE = "zyxwvutsrqponmlkjihgfedcba" * 1200

            def workload(candidate):
                candidate(_NOTE, _MAGAZINE)
        """,
    ),
    task(
        name="longest-consecutive",
        doc="""
            Return the length of the longest run of consecutive integers x, x + 1, ..., x + m among the values of
            nums (in any order).
            >>> longest_consecutive([100, 4, 200, 1, 3, 2])
            4
        """,
        reference="""
            def longest_consecutive(nums: List[int]) -> int:
                values = set(nums)
                best = 0
                for x in values:
                    if x - 1 not in values:
                        length = 1
                        while x + length in values:
                            length += 1
                        best = max(best, length)
                return best
        """,
        slow="""
            def longest_consecutive(nums: List[int]) -> int:
                best = 0
                for x in nums:
                    if x - 1 not in nums:
                        length = 1
                        while x + length in nums:
                            length += 1
                        best = max(best, length)
                return best
        """,
        tests="""
            assert candidate([100, 4, 200, 1, 3, 2]) == 4
            assert candidate([]) == 0
            assert candidate([0, 3, 7, 2, 5, 8, 4, 6, 0, 1]) == 9
            assert candidate([5]) == 1
            assert candidate([-1, -2, -3, 9]) == 3
            assert candidate([1, 2, 2, 3]) == 3
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 * 2 for i in range(2000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# stack-matching: a stack remembers what is still open, so each element is pushed and popped once.

STACK_MATCHING = [
    task(
        name="valid-brackets",
        doc="""
            s consists of the characters ()[]{}. Return True if every bracket is closed by the matching bracket in
            the right order, else False.
            >>> is_valid_brackets("([]{})")
            True
        """,
        reference="""
            def is_valid_brackets(s: str) -> bool:
                pairs = {")": "(", "]": "[", "}": "{"}
                stack = []
                for c in s:
                    if c in pairs:
                        if not stack or stack.pop() != pairs[c]:
                            return False
                    else:
                        stack.append(c)
                return not stack
        """,
        slow="""
            def is_valid_brackets(s: str) -> bool:
                while "()" in s or "[]" in s or "{}" in s:
                    s = s.replace("()", "").replace("[]", "").replace("{}", "")
                return s == ""
        """,
        tests="""
            assert candidate("()") == True
            assert candidate("()[]{}") == True
            assert candidate("(]") == False
            assert candidate("") == True
            assert candidate("([)]") == False
            assert candidate("{[]}") == True
            assert candidate("((") == False
            assert candidate("))") == False
        """,
        workload="""
            _TEXT = "([{" * 1000 + "}])" * 1000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="remove-adjacent-duplicates",
        doc="""
            Repeatedly delete two adjacent equal characters from s until no such pair is left; return the result.
            >>> remove_adjacent_duplicates("abbaca")
            'ca'
        """,
        reference="""
            def remove_adjacent_duplicates(s: str) -> str:
                stack = []
                for c in s:
                    if stack and stack[-1] == c:
                        stack.pop()
                    else:
                        stack.append(c)
                return "".join(stack)
        """,
        slow="""
            def remove_adjacent_duplicates(s: str) -> str:
                changed = True
                while changed:
                    changed = False
                    for i in range(len(s) - 1):
                        if s[i] == s[i + 1]:
                            s = s[:i] + s[i + 2:]
                            changed = True
                            break
                return s
        """,
        tests="""
            assert candidate("abbaca") == "ca"
            assert candidate("azxxzy") == "ay"
            assert candidate("") == ""
            assert candidate("aa") == ""
            assert candidate("abc") == "abc"
            assert candidate("aaa") == "a"
        """,
        workload="""
            _HALF = "abc" * 300
            _TEXT = _HALF + _HALF[::-1] + "xyz"

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="next-greater",
        doc="""
            For each element of nums, return the first element to its right that is greater, or -1 if none is.
            >>> next_greater([2, 1, 2, 4, 3])
            [4, 2, 4, -1, -1]
        """,
        reference="""
            def next_greater(nums: List[int]) -> List[int]:
                result = [-1] * len(nums)
                stack = []
                for i, x in enumerate(nums):
                    while stack and nums[stack[-1]] < x:
                        result[stack.pop()] = x
                    stack.append(i)
                return result
        """,
        slow="""
            def next_greater(nums: List[int]) -> List[int]:
                result = []
                for i, x in enumerate(nums):
                    greater = -1
                    for y in nums[i + 1:]:
                        if y > x:
                            greater = y
                            break
                    result.append(greater)
                return result
        """,
        tests="""
            assert candidate([2, 1, 2, 4, 3]) == [4, 2, 4, -1, -1]
            assert candidate([]) == []
            assert candidate([5]) == [-1]
            assert candidate([1, 2, 3]) == [2, 3, -1]
            assert candidate([3, 2, 1]) == [-1, -1, -1]
            assert candidate([-1, -2, 0]) == [0, 0, -1]
        """,
        workload="""
            _NUMS = list(range(1500, 0, -1))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="daily-temperatures",
        doc="""
            For each day i, return how many days after day i the first strictly warmer temperature comes, or 0 if
            none does.
            >>> daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73])
            [1, 1, 4, 2, 1, 1, 0, 0]
        """,
        reference="""
            def daily_temperatures(temperatures: List[int]) -> List[int]:
                result = [0] * len(temperatures)
                stack = []
                for i, t in enumerate(temperatures):
                    while stack and temperatures[stack[-1]] < t:
                        j = stack.pop()
                        result[j] = i - j
                    stack.append(i)
                return result
        """,
        slow="""
            def daily_temperatures(temperatures: List[int]) -> List[int]:
                result = []
                for i, t in enumerate(temperatures):
                    wait = 0
                    for j in range(i + 1, len(temperatures)):
                        if temperatures[j] > t:
                            wait = j - i
                            break
                    result.append(wait)
                return result
        """,
        tests="""
            assert candidate([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0]
            assert candidate([30, 40, 50, 60]) == [1, 1, 1, 0]
            assert candidate([]) == []
            assert candidate([50]) == [0]
            assert candidate([50, 50]) == [0, 0]
            assert candidate([-5, -10, 0]) == [2, 1, 0]
        """,
        workload="""
            _TEMPERATURES = list(range(1400, 0, -1)) + [2000]

            def workload(candidate):
                candidate(_TEMPERATURES[:])
        """,
    ),
    task(
        name="longest-valid-parentheses",
        doc="""
            s consists of '(' and ')'. Return the length of the longest substring that is a balanced parenthesis
            string.
            >>> longest_valid_parentheses(")()())")
            4
        """,
        reference="""
            def longest_valid_parentheses(s: str) -> int:
                stack = [-1]
                best = 0
                for i, c in enumerate(s):
                    if c == "(":
                        stack.append(i)
                    else:
                        stack.pop()
                        if stack:
                            best = max(best, i - stack[-1])
                        else:
                            stack.append(i)
                return best
        """,
        slow="""
            def longest_valid_parentheses(s: str) -> int:
                best = 0
                for i in range(len(s)):
                    depth = 0
                    for j in range(i, len(s)):
                        depth += 1 if s[j] == "(" else -1
                        if depth < 0:
                            break
                        if depth == 0:
                            best = max(best, j - i + 1)
                return best
        """,
        tests="""
            assert candidate("(()") == 2
            assert candidate(")()())") == 4
            assert candidate("") == 0
            assert candidate("()(())") == 6
            assert candidate(")(") == 0
            assert candidate("(()())") == 6
        """,
        workload="""
            _TEXT = "(" * 800 + ")" * 800

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# sorting: after an O(n log n) sort, neighbours or positions answer what otherwise needs every pair.

SORTING = [
    task(
        name="min-difference",
        doc="""
            Return the smallest absolute difference between two elements of nums (len(nums) >= 2).
            >>> min_difference([4, 1, 9, 6])
            2
        """,
        reference="""
            def min_difference(nums: List[int]) -> int:
                values = sorted(nums)
                return min(b - a for a, b in zip(values, values[1:]))
        """,
        slow="""
            def min_difference(nums: List[int]) -> int:
                best = abs(nums[0] - nums[1])
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        best = min(best, abs(nums[i] - nums[j]))
                return best
        """,
        tests="""
            assert candidate([4, 1, 9, 6]) == 2
            assert candidate([1, 1]) == 0
            assert candidate([-5, 5]) == 10
            assert candidate([3, 8, -2, 10]) == 2
            assert candidate([10, 20, 31]) == 10
        """,
        workload="""
            _NUMS = [(i * 7919) % 100_003 for i in range(1000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="can-attend-meetings",
        doc="""
            Each (start, end) with start < end is a meeting from start up to but not including end. Return True if
            no two meetings overlap, else False.
            >>> can_attend_all([(0, 30), (5, 10), (15, 20)])
            False
        """,
        reference="""
            def can_attend_all(intervals: List[Tuple[int, int]]) -> bool:
                ordered = sorted(intervals)
                return all(ordered[i][1] <= ordered[i + 1][0] for i in range(len(ordered) - 1))
        """,
        slow="""
            def can_attend_all(intervals: List[Tuple[int, int]]) -> bool:
                for i in range(len(intervals)):
                    for j in range(i + 1, len(intervals)):
                        if intervals[i][0] < intervals[j][1] and intervals[j][0] < intervals[i][1]:
                            return False
                return True
        """,
        tests="""
            assert candidate([(0, 30), (5, 10), (15, 20)]) == False
            assert candidate([(7, 10), (2, 4)]) == True
            assert candidate([]) == True
            assert candidate([(1, 5)]) == True
            assert candidate([(1, 5), (5, 8)]) == True
            assert candidate([(4, 8), (1, 5)]) == False
        """,
        workload="""
            _INTERVALS = [((i * 7919) % 1201 * 10, (i * 7919) % 1201 * 10 + 7) for i in range(1000)]

            def workload(candidate):
                candidate(_INTERVALS[:])
        """,
    ),
    task(
        name="h-index",
        doc="""
            Return the largest h such that at least h of the citation counts are >= h.
            >>> h_index([3, 0, 6, 1, 5])
            3
        """,
        reference="""
            def h_index(citations: List[int]) -> int:
                h = 0
                for i, c in enumerate(sorted(citations, reverse=True)):
                    if c >= i + 1:
                        h = i + 1
                return h
        """,
        slow="""
            def h_index(citations: List[int]) -> int:
                for h in range(len(citations), 0, -1):
                    if sum(1 for c in citations if c >= h) >= h:
                        return h
                return 0
        """,
        tests="""
            assert candidate([3, 0, 6, 1, 5]) == 3
            assert candidate([1, 3, 1]) == 1
            assert candidate([]) == 0
            assert candidate([0]) == 0
            assert candidate([10, 10]) == 2
            assert candidate([100]) == 1
        """,
        workload="""
            _CITATIONS = [i % 50 for i in range(1000)]

            def workload(candidate):
                candidate(_CITATIONS[:])
        """,
    ),
    task(
        name="kth-largest",
        doc="""
            Return the k-th largest element of nums, counting repeats (1 <= k <= len(nums)).
            >>> kth_largest([3, 2, 1, 5, 6, 4], 2)
            5
        """,
        reference="""
            def kth_largest(nums: List[int], k: int) -> int:
                return sorted(nums, reverse=True)[k - 1]
        """,
        slow="""
            def kth_largest(nums: List[int], k: int) -> int:
                remaining = list(nums)
                for _ in range(k - 1):
                    remaining.remove(max(remaining))
                return max(remaining)
        """,
        tests="""
            assert candidate([3, 2, 1, 5, 6, 4], 2) == 5
            assert candidate([3, 2, 3, 1, 2, 4, 5, 5, 6], 4) == 4
            assert candidate([1], 1) == 1
            assert candidate([-1, -2], 2) == -2
            assert candidate([2, 2, 2], 3) == 2
        """,
        workload="""
            _NUMS = [(i * 7919) % 10_007 for i in range(5000)]

            def workload(candidate):
                candidate(_NUMS[:], 2500)
        """,
    ),
    task(
        name="ranks",
        doc="""
            Return, for each element x of nums, 1 + the number of elements of nums strictly greater than x.
            >>> ranks([10, 30, 20])
            [3, 1, 2]
        """,
        reference="""
            from bisect import bisect_right

            def ranks(nums: List[int]) -> List[int]:
                ordered = sorted(nums)
                return [len(ordered) - bisect_right(ordered, x) + 1 for x in nums]
        """,
        slow="""
            def ranks(nums: List[int]) -> List[int]:
                return [1 + sum(1 for y in nums if y > x) for x in nums]
        """,
        tests="""
            assert candidate([10, 30, 20]) == [3, 1, 2]
            assert candidate([5, 5, 1]) == [1, 1, 3]
            assert candidate([]) == []
            assert candidate([7]) == [1]
            assert candidate([-1, -1, -1]) == [1, 1, 1]
        """,
        workload="""
            _NUMS = [(i * 7919) % 10_007 for i in range(1000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# queues: a formula, a deque or slicing instead of moving list elements one position at a time.

QUEUES = [
    task(
        name="rotate-right",
        doc="""
            Return a new list: nums rotated to the right by k steps (k >= 0, possibly larger than len(nums)).
            >>> rotate_right([1, 2, 3, 4, 5], 2)
            [4, 5, 1, 2, 3]
        """,
        reference="""
            def rotate_right(nums: List[int], k: int) -> List[int]:
                if not nums:
                    return []
                cut = len(nums) - k % len(nums)
                return nums[cut:] + nums[:cut]
        """,
        slow="""
            def rotate_right(nums: List[int], k: int) -> List[int]:
                result = list(nums)
                if result:
                    for _ in range(k % len(result)):
                        result.insert(0, result.pop())
                return result
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3]
            assert candidate([1, 2], 0) == [1, 2]
            assert candidate([], 3) == []
            assert candidate([1, 2, 3], 4) == [3, 1, 2]
            assert candidate([7], 100) == [7]
        """,
        workload="""
            _NUMS = list(range(20_000))

            def workload(candidate):
                candidate(_NUMS, 10_000)
        """,
    ),
    task(
        name="josephus",
        doc="""
            People 1..n stand in a circle. Counting starts at person 1 and every k-th person leaves the circle.
            Return the number of the last person left (n, k >= 1).
            >>> josephus(7, 3)
            4
        """,
        reference="""
            def josephus(n: int, k: int) -> int:
                position = 0
                for size in range(2, n + 1):
                    position = (position + k) % size
                return position + 1
        """,
        slow="""
            def josephus(n: int, k: int) -> int:
                people = list(range(1, n + 1))
                index = 0
                while len(people) > 1:
                    index = (index + k - 1) % len(people)
                    people.pop(index)
                return people[0]
        """,
        tests="""
            assert candidate(1, 1) == 1
            assert candidate(5, 2) == 3
            assert candidate(7, 3) == 4
            assert candidate(6, 1) == 6
            assert candidate(10, 2) == 5
        """,
        workload="""
            def workload(candidate):
                candidate(30_000, 3)
        """,
    ),
    task(
        name="first-negative-in-window",
        doc="""
            For each window of k consecutive elements of nums, left to right, return its first negative number, or 0
            if it has none.
            >>> first_negatives([-8, 2, 3, -6, 10], 2)
            [-8, 0, -6, -6]
        """,
        reference="""
            from collections import deque

            def first_negatives(nums: List[int], k: int) -> List[int]:
                negatives = deque()
                result = []
                for i, x in enumerate(nums):
                    if x < 0:
                        negatives.append(i)
                    if i >= k - 1:
                        while negatives and negatives[0] <= i - k:
                            negatives.popleft()
                        result.append(nums[negatives[0]] if negatives else 0)
                return result
        """,
        slow="""
            def first_negatives(nums: List[int], k: int) -> List[int]:
                result = []
                for i in range(len(nums) - k + 1):
                    first = 0
                    for x in nums[i:i + k]:
                        if x < 0:
                            first = x
                            break
                    result.append(first)
                return result
        """,
        tests="""
            assert candidate([-8, 2, 3, -6, 10], 2) == [-8, 0, -6, -6]
            assert candidate([1, 2, 3], 3) == [0]
            assert candidate([-1], 1) == [-1]
            assert candidate([1, -1], 1) == [0, -1]
            assert candidate([1, 2], 3) == []
        """,
        workload="""
            _NUMS = [-i if i % 1000 == 999 else i for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:], 300)
        """,
    ),
    task(
        name="recent-counts",
        doc="""
            times is sorted in ascending order. For each i, return how many of times[0], ..., times[i] lie in
            [times[i] - 3000, times[i]].
            >>> recent_counts([1, 100, 3001, 3002])
            [1, 2, 3, 3]
        """,
        reference="""
            def recent_counts(times: List[int]) -> List[int]:
                result = []
                start = 0
                for i, t in enumerate(times):
                    while times[start] < t - 3000:
                        start += 1
                    result.append(i - start + 1)
                return result
        """,
        slow="""
            def recent_counts(times: List[int]) -> List[int]:
                return [sum(1 for s in times[:i + 1] if s >= t - 3000) for i, t in enumerate(times)]
        """,
        tests="""
            assert candidate([1, 100, 3001, 3002]) == [1, 2, 3, 3]
            assert candidate([]) == []
            assert candidate([5]) == [1]
            assert candidate([0, 3000, 3001]) == [1, 2, 2]
            assert candidate([7, 7]) == [1, 2]
        """,
        workload="""
            _TIMES = list(range(0, 7500, 5))

            def workload(candidate):
                candidate(_TIMES[:])
        """,
    ),
    task(
        name="time-to-buy-tickets",
        doc="""
            People queue for tickets; person i wants tickets[i]. Each second the front person buys one ticket and,
            if they want more, goes to the back. Return the second at which person k has all their tickets.
            >>> time_to_buy([2, 3, 2], 2)
            6
        """,
        reference="""
            def time_to_buy(tickets: List[int], k: int) -> int:
                wanted = tickets[k]
                return sum(min(t, wanted if i <= k else wanted - 1) for i, t in enumerate(tickets))
        """,
        slow="""
            def time_to_buy(tickets: List[int], k: int) -> int:
                queue = [(t, i) for i, t in enumerate(tickets)]
                seconds = 0
                while True:
                    t, i = queue.pop(0)
                    seconds += 1
                    if t == 1 and i == k:
                        return seconds
                    if t > 1:
                        queue.append((t - 1, i))
        """,
        tests="""
            assert candidate([2, 3, 2], 2) == 6
            assert candidate([5, 1, 1, 1], 0) == 8
            assert candidate([1], 0) == 1
            assert candidate([1, 1, 1], 1) == 2
            assert candidate([3, 3, 3], 0) == 7
        """,
        workload="""
            _TICKETS = [40 + i % 7 for i in range(1000)]

            def workload(candidate):
                candidate(_TICKETS[:], 999)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# grids: 2-D prefix sums, staircase search over sorted rows and columns, and table DP over cells.

GRIDS = [
    task(
        name="submatrix-sums",
        doc="""
            For each query (r1, c1, r2, c2) return the sum of grid[r][c] over r1 <= r <= r2 and c1 <= c <= c2.
            >>> submatrix_sums([[1, 2], [3, 4]], [(0, 0, 1, 1), (0, 1, 1, 1)])
            [10, 6]
        """,
        reference="""
            def submatrix_sums(grid: List[List[int]], queries: List[Tuple[int, int, int, int]]) -> List[int]:
                cols = len(grid[0]) if grid else 0
                prefix = [[0] * (cols + 1)]
                for row in grid:
                    running = 0
                    line = [0]
                    above = prefix[-1]
                    for c, x in enumerate(row):
                        running += x
                        line.append(above[c + 1] + running)
                    prefix.append(line)
                return [
                    prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1] - prefix[r2 + 1][c1] + prefix[r1][c1]
                    for r1, c1, r2, c2 in queries
                ]
        """,
        slow="""
            def submatrix_sums(grid: List[List[int]], queries: List[Tuple[int, int, int, int]]) -> List[int]:
                result = []
                for r1, c1, r2, c2 in queries:
                    total = 0
                    for r in range(r1, r2 + 1):
                        for c in range(c1, c2 + 1):
                            total += grid[r][c]
                    result.append(total)
                return result
        """,
        tests="""
            assert candidate([[1, 2], [3, 4]], [(0, 0, 1, 1), (1, 1, 1, 1), (0, 1, 1, 1)]) == [10, 4, 6]
            assert candidate([[5]], [(0, 0, 0, 0)]) == [5]
            assert candidate([[1, 2, 3]], []) == []
            assert candidate([[-1], [2]], [(0, 0, 1, 0)]) == [1]
            assert candidate([[1, 2, 3], [4, 5, 6]], [(0, 1, 1, 2), (1, 0, 1, 0)]) == [16, 4]
        """,
        workload="""
            _GRID = [[(r * 31 + c * 17) % 19 - 9 for c in range(100)] for r in range(100)]
            _QUERIES = [(i % 20, (i * 3) % 20, 60 + i % 40, 60 + (i * 7) % 40) for i in range(100)]

            def workload(candidate):
                candidate(_GRID, _QUERIES)
        """,
    ),
    task(
        name="search-sorted-matrix",
        doc="""
            Every row of matrix is sorted left to right and every column top to bottom (ascending). Return True if
            target occurs in matrix, else False.
            >>> search_matrix([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 5)
            True
        """,
        reference="""
            def search_matrix(matrix: List[List[int]], target: int) -> bool:
                if not matrix or not matrix[0]:
                    return False
                r, c = 0, len(matrix[0]) - 1
                while r < len(matrix) and c >= 0:
                    value = matrix[r][c]
                    if value == target:
                        return True
                    if value > target:
                        c -= 1
                    else:
                        r += 1
                return False
        """,
        slow="""
            def search_matrix(matrix: List[List[int]], target: int) -> bool:
                for row in matrix:
                    for value in row:
                        if value == target:
                            return True
                return False
        """,
        tests="""
            assert candidate([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 5) == True
            assert candidate([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 10) == False
            assert candidate([], 1) == False
            assert candidate([[-1]], -1) == True
            assert candidate([[1, 3], [2, 4]], 0) == False
            assert candidate([[1, 3, 5]], 5) == True
        """,
        workload="""
            _MATRIX = [[r + 2 * c for c in range(300)] for r in range(300)]

            def workload(candidate):
                for target in (-1, 2000, 1001, 899):
                    candidate(_MATRIX, target)
        """,
    ),
    task(
        name="count-negatives",
        doc="""
            Every row of grid is sorted left to right and every column top to bottom in non-increasing order.
            Return how many entries are negative.
            >>> count_negatives([[3, 2], [1, -1], [-1, -2]])
            3
        """,
        reference="""
            def count_negatives(grid: List[List[int]]) -> int:
                count = 0
                c = len(grid[0]) if grid else 0
                for row in grid:
                    while c > 0 and row[c - 1] < 0:
                        c -= 1
                    count += len(row) - c
                return count
        """,
        slow="""
            def count_negatives(grid: List[List[int]]) -> int:
                count = 0
                for row in grid:
                    for value in row:
                        if value < 0:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([[4, 3, 2, -1], [3, 2, 1, -1], [1, 1, -1, -2], [-1, -1, -2, -3]]) == 8
            assert candidate([[3, 2], [1, 0]]) == 0
            assert candidate([]) == 0
            assert candidate([[-1]]) == 1
            assert candidate([[5, -5]]) == 1
            assert candidate([[3, 2], [1, -1], [-1, -2]]) == 3
        """,
        workload="""
            _GRIDS = [[[shift - r - c for c in range(300)] for r in range(300)] for shift in (150, 300, 450)]

            def workload(candidate):
                for grid in _GRIDS:
                    candidate(grid)
        """,
    ),
    task(
        name="unique-paths-with-obstacles",
        doc="""
            grid[r][c] is 1 for an obstacle and 0 for a free cell. Return the number of paths from the top-left to
            the bottom-right cell that move only right or down through free cells.
            >>> unique_paths_with_obstacles([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
            2
        """,
        reference="""
            def unique_paths_with_obstacles(grid: List[List[int]]) -> int:
                cols = len(grid[0])
                paths = [0] * cols
                paths[0] = 1
                for row in grid:
                    for c in range(cols):
                        if row[c] == 1:
                            paths[c] = 0
                        elif c > 0:
                            paths[c] += paths[c - 1]
                return paths[-1]
        """,
        slow="""
            def unique_paths_with_obstacles(grid: List[List[int]]) -> int:
                rows, cols = len(grid), len(grid[0])

                def paths_from(r: int, c: int) -> int:
                    if r >= rows or c >= cols or grid[r][c] == 1:
                        return 0
                    if r == rows - 1 and c == cols - 1:
                        return 1
                    return paths_from(r + 1, c) + paths_from(r, c + 1)

                return paths_from(0, 0)
        """,
        tests="""
            assert candidate([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == 2
            assert candidate([[0, 1], [0, 0]]) == 1
            assert candidate([[1]]) == 0
            assert candidate([[0]]) == 1
            assert candidate([[0, 0], [0, 1]]) == 0
            assert candidate([[0, 0, 0, 0]]) == 1
        """,
        workload="""
            _OBSTACLES = [(1 + k % 5, 6 - k % 4) for k in range(10)]
            _GRIDS = [[[1 if (r, c) == obstacle else 0 for c in range(8)] for r in range(7)] for obstacle in _OBSTACLES]

            def workload(candidate):
                for _ in range(10):
                    for grid in _GRIDS:
                        candidate(grid)
        """,
    ),
    task(
        name="min-path-sum",
        doc="""
            Return the smallest sum of the cells on a path from the top-left to the bottom-right cell of the
            non-empty grid, moving only right or down.
            >>> min_path_sum([[1, 3, 1], [1, 5, 1], [4, 2, 1]])
            7
        """,
        reference="""
            def min_path_sum(grid: List[List[int]]) -> int:
                best = []
                for r, row in enumerate(grid):
                    line = []
                    for c, x in enumerate(row):
                        if r == 0 and c == 0:
                            line.append(x)
                        elif r == 0:
                            line.append(line[c - 1] + x)
                        elif c == 0:
                            line.append(best[c] + x)
                        else:
                            line.append(min(best[c], line[c - 1]) + x)
                    best = line
                return best[-1]
        """,
        slow="""
            def min_path_sum(grid: List[List[int]]) -> int:
                rows, cols = len(grid), len(grid[0])

                def cost_from(r: int, c: int) -> int:
                    if r == rows - 1 and c == cols - 1:
                        return grid[r][c]
                    options = []
                    if r + 1 < rows:
                        options.append(cost_from(r + 1, c))
                    if c + 1 < cols:
                        options.append(cost_from(r, c + 1))
                    return grid[r][c] + min(options)

                return cost_from(0, 0)
        """,
        tests="""
            assert candidate([[1, 3, 1], [1, 5, 1], [4, 2, 1]]) == 7
            assert candidate([[1, 2, 3], [4, 5, 6]]) == 12
            assert candidate([[5]]) == 5
            assert candidate([[1], [2]]) == 3
            assert candidate([[-1, 2], [3, -4]]) == -3
        """,
        workload="""
            _GRIDS = [[[(r * 7 + c * 3 + k) % 10 for c in range(8)] for r in range(7)] for k in range(10)]

            def workload(candidate):
                for _ in range(10):
                    for grid in _GRIDS:
                        candidate(grid)
        """,
    ),
]

# ----------------------------------------------------------------------------------------------------------------
# The families, in a fixed order, and the split. Test families are held out from training as a whole, so a
# trained policy is measured on algorithmic ideas it has not been rewarded on.

FAMILIES: dict[str, list[Task]] = {
    "range-sums": RANGE_SUMS,
    "duplicates": DUPLICATES,
    "counting": COUNTING,
    "prefix-sums": PREFIX_SUMS,
    "two-pointers": TWO_POINTERS,
    "sliding-window": SLIDING_WINDOW,
    "string-building": STRING_BUILDING,
    "memoised-recursion": MEMOISED_RECURSION,
    "array-dp": ARRAY_DP,
    "primes": PRIMES,
    "divisors": DIVISORS,
    "number-theory": NUMBER_THEORY,
    "binary-search": BINARY_SEARCH,
    "hash-lookups": HASH_LOOKUPS,
    "stack-matching": STACK_MATCHING,
    "sorting": SORTING,
    "queues": QUEUES,
    "grids": GRIDS,
}

TEST_FAMILIES = ("sliding-window", "number-theory", "stack-matching", "grids")
TRAIN_FAMILIES = tuple(name for name in FAMILIES if name not in TEST_FAMILIES)


def to_problem(family: str, item: Task) -> Problem:
    """Build the `Problem`: the prompt is the signature and docstring, like HumanEval's."""
    entry_point, signature = _entry_point(item.reference)
    typing_names = [name for name in TYPING_NAMES if re.search(rf"\b{name}\[", signature)]
    preamble = f"from typing import {', '.join(typing_names)}\n" if typing_names else ""
    docstring = textwrap.indent(item.doc, "    ")
    prompt = (preamble + "\n\n" if preamble else "") + f'{signature}\n    """{docstring.lstrip()}    """\n'
    tests = "def check(candidate):\n" + textwrap.indent(item.tests, "    ")
    return Problem(
        id=f"{family}/{item.name}",
        prompt=prompt,
        entry_point=entry_point,
        reference=item.reference,
        tests=tests,
        preamble=preamble,
        workload=item.workload,
        slow_solutions=item.slow,
    )


def _entry_point(code: str) -> tuple[str, str]:
    """The name and the one-line `def` of the last top-level function in `code`."""
    functions = [node for node in ast.parse(code).body if isinstance(node, ast.FunctionDef)]
    if not functions:
        raise ValueError(f"reference has no top-level function:\n{code}")
    last = functions[-1]
    signature = code.splitlines()[last.lineno - 1].strip()
    if not signature.endswith(":"):
        raise ValueError(f"the signature of {last.name!r} must fit on one line, got {signature!r}")
    return last.name, signature


def build_problems() -> dict[str, list[Problem]]:
    """The problems of each split, in family order."""
    unknown = set(TEST_FAMILIES) - set(FAMILIES)
    if unknown:
        raise ValueError(f"TEST_FAMILIES names unknown families {sorted(unknown)}")
    return {
        "train": [to_problem(family, item) for family in TRAIN_FAMILIES for item in FAMILIES[family]],
        "test": [to_problem(family, item) for family in TEST_FAMILIES for item in FAMILIES[family]],
    }


def main() -> None:
    BUILTIN_DIR.mkdir(parents=True, exist_ok=True)
    for split, problems in build_problems().items():
        path = BUILTIN_DIR / f"{split}.jsonl"
        save_problems(problems, path)
        print(f"wrote {len(problems)} problems to {path}")


if __name__ == "__main__":
    main()
