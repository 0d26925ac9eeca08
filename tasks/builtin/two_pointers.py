"""The two-pointers family: on sorted input, move two indices inward instead of trying every pair.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "two-pointers"
IDEA = "on sorted input, move two indices inward instead of trying every pair"

TRAIN = [
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
    task(
        name="count-pairs-with-sum",
        doc="""
            Given a strictly increasing list, return how many pairs i < j have nums[i] + nums[j] == target.
            >>> count_pairs_with_sum([1, 2, 3, 4, 5], 6)
            2
        """,
        reference="""
            from typing import List


            def count_pairs_with_sum(nums: List[int], target: int) -> int:
                count, i, j = 0, 0, len(nums) - 1
                while i < j:
                    total = nums[i] + nums[j]
                    if total == target:
                        count += 1
                        i += 1
                        j -= 1
                    elif total < target:
                        i += 1
                    else:
                        j -= 1
                return count
        """,
        slow="""
            from typing import List


            def count_pairs_with_sum(nums: List[int], target: int) -> int:
                count = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] + nums[j] == target:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 6) == 2
            assert candidate([], 3) == 0
            assert candidate([3], 6) == 0
            assert candidate([1, 5], 6) == 1
            assert candidate([-2, 0, 2, 4], 2) == 2
            assert candidate([1, 2, 3], 10) == 0
        """,
        workload="""
            NUMS = [3 * i for i in range(700)]


            def workload(candidate):
                candidate(list(NUMS), 1047)
        """,
    ),
    task(
        name="smallest-gap-between-lists",
        doc="""
            a and b are non-empty and sorted in ascending order. Return the smallest absolute difference between a number
            of a and a number of b.
            >>> smallest_gap([1, 2, 11, 15], [4, 12, 19, 23, 127, 235])
            1
        """,
        reference="""
            def smallest_gap(a: List[int], b: List[int]) -> int:
                i, j = 0, 0
                best = abs(a[0] - b[0])
                while i < len(a) and j < len(b):
                    best = min(best, abs(a[i] - b[j]))
                    if a[i] < b[j]:
                        i += 1
                    else:
                        j += 1
                return best
        """,
        slow="""
            def smallest_gap(a: List[int], b: List[int]) -> int:
                return min(abs(x - y) for x in a for y in b)
        """,
        tests="""
            assert candidate([1, 3], [8]) == 5
            assert candidate([1, 2, 11, 15], [4, 12, 19, 23, 127, 235]) == 1
            assert candidate([5], [5]) == 0
            assert candidate([-10, 0], [3, 7]) == 3
            assert candidate([1, 2, 3], [10, 20]) == 7
            assert candidate([10, 20], [1, 2, 3]) == 7
        """,
        workload="""
            A = list(range(0, 1500, 3))
            B = list(range(1, 1500, 3))


            def workload(candidate):
                candidate(list(A), list(B))
        """,
    ),
]

TEST = [
    task(
        name="min-boats",
        doc="""
            People with the given weights (sorted increasingly, each at most limit) cross a river in boats that
            carry at most two people and at most limit in weight. Return the fewest boats needed.
            >>> min_boats([1, 2, 2, 3], 3)
            3
        """,
        reference="""
            from typing import List


            def min_boats(weights: List[int], limit: int) -> int:
                boats, i, j = 0, 0, len(weights) - 1
                while i <= j:
                    if weights[i] + weights[j] <= limit:
                        i += 1
                    j -= 1
                    boats += 1
                return boats
        """,
        slow="""
            from typing import List


            def min_boats(weights: List[int], limit: int) -> int:
                left = list(weights)
                boats = 0
                while left:
                    heaviest = max(left)
                    left.remove(heaviest)
                    if left and min(left) + heaviest <= limit:
                        left.remove(min(left))
                    boats += 1
                return boats
        """,
        tests="""
            assert candidate([1, 2, 2, 3], 3) == 3
            assert candidate([], 5) == 0
            assert candidate([4], 5) == 1
            assert candidate([1, 2], 3) == 1
            assert candidate([3, 3, 4, 5], 5) == 4
            assert candidate([1, 1, 1, 1], 2) == 2
        """,
        workload="""
            WEIGHTS = sorted(1 + (i * 7919) % 100 for i in range(1200))


            def workload(candidate):
                candidate(list(WEIGHTS), 100)
        """,
    ),
    task(
        name="is-subsequence",
        doc="""
            Return True if the characters of s appear in t in the same order (not necessarily next to each other).
            >>> is_subsequence("ace", "abcde")
            True
        """,
        reference="""
            def is_subsequence(s: str, t: str) -> bool:
                i = 0
                for c in t:
                    if i < len(s) and s[i] == c:
                        i += 1
                return i == len(s)
        """,
        slow="""
            def is_subsequence(s: str, t: str) -> bool:
                position = 0
                for c in s:
                    found = -1
                    for j in range(len(t)):
                        if j >= position and t[j] == c:
                            found = j
                            break
                    if found < 0:
                        return False
                    position = found + 1
                return True
        """,
        tests="""
            assert candidate("ace", "abcde") is True
            assert candidate("aec", "abcde") is False
            assert candidate("", "abc") is True
            assert candidate("a", "") is False
            assert candidate("aa", "a") is False
            assert candidate("abc", "abc") is True
        """,
        workload="""
            T = "ab" * 1000
            S = "b" * 700 + "c"


            def workload(candidate):
                candidate(S, T)
        """,
    ),
    task(
        name="sum-of-two-squares",
        doc="""
            Return True if n >= 0 can be written as a*a + b*b with integers a, b >= 0.
            >>> is_sum_of_two_squares(5)
            True
        """,
        reference="""
            import math


            def is_sum_of_two_squares(n: int) -> bool:
                a, b = 0, math.isqrt(n)
                while a <= b:
                    total = a * a + b * b
                    if total == n:
                        return True
                    if total < n:
                        a += 1
                    else:
                        b -= 1
                return False
        """,
        slow="""
            def is_sum_of_two_squares(n: int) -> bool:
                a = 0
                while a * a <= n:
                    b = 0
                    while b * b <= n:
                        if a * a + b * b == n:
                            return True
                        b += 1
                    a += 1
                return False
        """,
        tests="""
            assert candidate(5) is True
            assert candidate(3) is False
            assert candidate(0) is True
            assert candidate(1) is True
            assert candidate(2) is True
            assert candidate(25) is True
            assert candidate(21) is False
        """,
        workload="""
            def workload(candidate):
                for n in (20_000, 20_001, 20_003, 30_002, 40_007):
                    candidate(n)
        """,
    ),
    task(
        name="count-triplets-below",
        doc="""
            Return the number of index triplets i < j < k with nums[i] + nums[j] + nums[k] < target.
            >>> count_triplets_below([-2, 0, 1, 3], 2)
            2
        """,
        reference="""
            def count_triplets_below(nums: List[int], target: int) -> int:
                ordered = sorted(nums)
                count = 0
                for i in range(len(ordered) - 2):
                    j, k = i + 1, len(ordered) - 1
                    while j < k:
                        if ordered[i] + ordered[j] + ordered[k] < target:
                            count += k - j
                            j += 1
                        else:
                            k -= 1
                return count
        """,
        slow="""
            def count_triplets_below(nums: List[int], target: int) -> int:
                count = 0
                n = len(nums)
                for i in range(n):
                    for j in range(i + 1, n):
                        for k in range(j + 1, n):
                            if nums[i] + nums[j] + nums[k] < target:
                                count += 1
                return count
        """,
        tests="""
            assert candidate([-2, 0, 1, 3], 2) == 2
            assert candidate([], 0) == 0
            assert candidate([1, 2], 10) == 0
            assert candidate([1, 1, 1], 3) == 0
            assert candidate([1, 1, 1], 4) == 1
            assert candidate([3, 1, 0, -2], 2) == 2
            assert candidate([5, -1, 2, 0, 4], 6) == 4
        """,
        workload="""
            NUMS = [(i * 7919) % 1001 - 500 for i in range(80)]


            def workload(candidate):
                candidate(list(NUMS), 100)
        """,
    ),
]
