"""The hash-lookups family: a dict or set answers "have I seen this?" in O(1) instead of a search.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "hash-lookups"
IDEA = 'a dict or set answers "have I seen this?" in O(1) instead of a search'

TRAIN = [
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
    task(
        name="count-allowed",
        doc="""
            Return how many elements of values also occur in the list allowed.
            >>> count_allowed([1, 3, 5], [1, 2, 3, 3, 4])
            3
        """,
        reference="""
            from typing import List


            def count_allowed(allowed: List[int], values: List[int]) -> int:
                allowed_set = set(allowed)
                return sum(1 for x in values if x in allowed_set)
        """,
        slow="""
            from typing import List


            def count_allowed(allowed: List[int], values: List[int]) -> int:
                count = 0
                for x in values:
                    if x in allowed:
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, 3, 5], [1, 2, 3, 3, 4]) == 3
            assert candidate([], [1, 2]) == 0
            assert candidate([1], []) == 0
            assert candidate([-1, 0], [0, 0, -1]) == 3
            assert candidate([2, 2], [2]) == 1
        """,
        workload="""
            ALLOWED = [2 * i for i in range(2000)]
            VALUES = [(i * 7919) % 4000 for i in range(2000)]


            def workload(candidate):
                candidate(list(ALLOWED), list(VALUES))
        """,
    ),
    task(
        name="find-extra-element",
        doc="""
            The list b holds the elements of the list a plus one more, in another order. Return that extra element.
            >>> find_extra([4, 1, 2], [2, 4, 7, 1])
            7
        """,
        reference="""
            from collections import Counter
            from typing import List


            def find_extra(a: List[int], b: List[int]) -> int:
                counts = Counter(a)
                for x in b:
                    if counts[x] == 0:
                        return x
                    counts[x] -= 1
        """,
        slow="""
            from typing import List


            def find_extra(a: List[int], b: List[int]) -> int:
                for x in b:
                    if b.count(x) > a.count(x):
                        return x
        """,
        tests="""
            assert candidate([4, 1, 2], [2, 4, 7, 1]) == 7
            assert candidate([], [5]) == 5
            assert candidate([3, 3], [3, 3, 3]) == 3
            assert candidate([1, 2], [2, 1, 1]) == 1
            assert candidate([-4], [0, -4]) == 0
        """,
        workload="""
            A = [(i * 7919) % 3000 for i in range(1500)]
            B = A[::-1] + [1]


            def workload(candidate):
                candidate(list(A), list(B))
        """,
    ),
]

TEST = [
    task(
        name="destination-city",
        doc="""
            Each path [a, b] is a direct road from city a to city b; the roads form one line without loops.
            Return the city at the end of the line, the one no road leaves from.
            >>> destination_city([["London", "New York"], ["New York", "Lima"], ["Lima", "Sao Paulo"]])
            'Sao Paulo'
        """,
        reference="""
            from typing import List


            def destination_city(paths: List[List[str]]) -> str:
                starts = {a for a, _ in paths}
                for _, b in paths:
                    if b not in starts:
                        return b
        """,
        slow="""
            from typing import List


            def destination_city(paths: List[List[str]]) -> str:
                for _, b in paths:
                    if all(a != b for a, _ in paths):
                        return b
        """,
        tests="""
            assert candidate([["London", "New York"], ["New York", "Lima"], ["Lima", "Sao Paulo"]]) == "Sao Paulo"
            assert candidate([["A", "Z"]]) == "Z"
            assert candidate([["B", "C"], ["D", "B"], ["C", "A"]]) == "A"
            assert candidate([["x", "y"], ["w", "x"]]) == "y"
        """,
        workload="""
            ORDER = [f"c{(i * 7919) % 1000}" for i in range(1000)]
            PATHS = [[ORDER[i], ORDER[i + 1]] for i in range(999)]


            def workload(candidate):
                candidate([list(path) for path in PATHS])
        """,
    ),
    task(
        name="has-double",
        doc="""
            Return True if there are two different indices i and j with nums[i] == 2 * nums[j].
            >>> has_double([10, 2, 5, 3])
            True
        """,
        reference="""
            from typing import List


            def has_double(nums: List[int]) -> bool:
                seen = set()
                for x in nums:
                    if 2 * x in seen or (x % 2 == 0 and x // 2 in seen):
                        return True
                    seen.add(x)
                return False
        """,
        slow="""
            from typing import List


            def has_double(nums: List[int]) -> bool:
                for i in range(len(nums)):
                    for j in range(len(nums)):
                        if i != j and nums[i] == 2 * nums[j]:
                            return True
                return False
        """,
        tests="""
            assert candidate([10, 2, 5, 3]) is True
            assert candidate([3, 1, 7, 11]) is False
            assert candidate([]) is False
            assert candidate([0]) is False
            assert candidate([0, 0]) is True
            assert candidate([-2, -4]) is True
            assert candidate([-3, 6]) is False
        """,
        workload="""
            ODDS = [2 * i + 1 for i in range(600)]


            def workload(candidate):
                candidate(list(ODDS))
        """,
    ),
    task(
        name="first-index-queries",
        doc="""
            For each query, return the first index at which it occurs in nums, or -1 if it does not occur.
            >>> first_indices([5, 3, 5, 8], [5, 8, 2])
            [0, 3, -1]
        """,
        reference="""
            from typing import List


            def first_indices(nums: List[int], queries: List[int]) -> List[int]:
                first = {}
                for i, x in enumerate(nums):
                    first.setdefault(x, i)
                return [first.get(q, -1) for q in queries]
        """,
        slow="""
            from typing import List


            def first_indices(nums: List[int], queries: List[int]) -> List[int]:
                result = []
                for q in queries:
                    index = -1
                    for i, x in enumerate(nums):
                        if x == q:
                            index = i
                            break
                    result.append(index)
                return result
        """,
        tests="""
            assert candidate([5, 3, 5, 8], [5, 8, 2]) == [0, 3, -1]
            assert candidate([], [1]) == [-1]
            assert candidate([1, 2], []) == []
            assert candidate([7, 7, 7], [7, 7]) == [0, 0]
            assert candidate([-1, 0], [0, -1]) == [1, 0]
        """,
        workload="""
            NUMS = [(i * 7919) % 3000 for i in range(3000)]
            QUERIES = [(i * 13) % 6000 for i in range(300)]


            def workload(candidate):
                candidate(list(NUMS), list(QUERIES))
        """,
    ),
]
