"""The sorting family: after an O(n log n) sort, neighbours or positions answer what otherwise needs every pair.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "sorting"
IDEA = "after an O(n log n) sort, neighbours or positions answer what otherwise needs every pair"

TRAIN = [
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
    task(
        name="max-product-of-three",
        doc="""
            Return the largest product of three elements at different positions of the list (it has at least 3).
            >>> max_product_of_three([-10, -10, 1, 3, 2])
            300
        """,
        reference="""
            from typing import List


            def max_product_of_three(nums: List[int]) -> int:
                s = sorted(nums)
                return max(s[-1] * s[-2] * s[-3], s[0] * s[1] * s[-1])
        """,
        slow="""
            from typing import List


            def max_product_of_three(nums: List[int]) -> int:
                best = None
                n = len(nums)
                for i in range(n):
                    for j in range(i + 1, n):
                        for k in range(j + 1, n):
                            product = nums[i] * nums[j] * nums[k]
                            if best is None or product > best:
                                best = product
                return best
        """,
        tests="""
            assert candidate([-10, -10, 1, 3, 2]) == 300
            assert candidate([1, 2, 3]) == 6
            assert candidate([-1, -2, -3]) == -6
            assert candidate([0, 0, 0, 5]) == 0
            assert candidate([-5, 4, 3, 2]) == 24
        """,
        workload="""
            NUMS = [(i * 7919) % 201 - 100 for i in range(90)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="median",
        doc="""
            Return the median of a non-empty list of integers: the middle value in sorted order, or the mean of
            the two middle values when the length is even.
            >>> median([3, 1, 4, 2])
            2.5
        """,
        reference="""
            from typing import List


            def median(nums: List[int]) -> float:
                s = sorted(nums)
                mid = len(s) // 2
                return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
        """,
        slow="""
            from typing import List


            def median(nums: List[int]) -> float:
                rest = list(nums)
                ordered = []
                while rest:
                    smallest = min(rest)
                    rest.remove(smallest)
                    ordered.append(smallest)
                mid = len(ordered) // 2
                return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
        """,
        tests="""
            assert candidate([3, 1, 4, 2]) == 2.5
            assert candidate([5]) == 5
            assert candidate([2, 9, 4]) == 4
            assert candidate([-1, -3]) == -2
            assert candidate([7, 7, 1, 7]) == 7
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(1500)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="has-close-pair",
        doc="""
            Return True if two elements of nums at different positions differ by at most k (k >= 0), else False.
            >>> has_close_pair([1, 9, 5, 14], 4)
            True
        """,
        reference="""
            def has_close_pair(nums: List[int], k: int) -> bool:
                s = sorted(nums)
                return any(b - a <= k for a, b in zip(s, s[1:]))
        """,
        slow="""
            def has_close_pair(nums: List[int], k: int) -> bool:
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if abs(nums[i] - nums[j]) <= k:
                            return True
                return False
        """,
        tests="""
            assert candidate([1, 9, 5, 14], 4) == True
            assert candidate([1, 9, 5, 14], 3) == False
            assert candidate([], 5) == False
            assert candidate([7], 0) == False
            assert candidate([3, 3], 0) == True
            assert candidate([-4, 4, 0], 3) == False
            assert candidate([-4, 10, -2], 2) == True
        """,
        workload="""
            _NUMS = [i * 37 for i in range(800)]
            _NUMS = _NUMS[::2] + _NUMS[1::2]

            def workload(candidate):
                candidate(_NUMS[:], 36)
        """,
    ),
    task(
        name="k-smallest",
        doc="""
            Return the k smallest elements of nums in ascending order, counting repeats (0 <= k <= len(nums)).
            >>> k_smallest([5, 1, 4, 2], 2)
            [1, 2]
        """,
        reference="""
            def k_smallest(nums: List[int], k: int) -> List[int]:
                return sorted(nums)[:k]
        """,
        slow="""
            def k_smallest(nums: List[int], k: int) -> List[int]:
                rest = list(nums)
                result = []
                for _ in range(k):
                    smallest = min(rest)
                    rest.remove(smallest)
                    result.append(smallest)
                return result
        """,
        tests="""
            assert candidate([5, 1, 4, 2], 2) == [1, 2]
            assert candidate([], 0) == []
            assert candidate([3], 1) == [3]
            assert candidate([2, 2, 1], 2) == [1, 2]
            assert candidate([-1, -5, 0], 3) == [-5, -1, 0]
            assert candidate([4, 8], 0) == []
        """,
        workload="""
            _NUMS = [(i * 7919) % 10_007 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:], 1500)
        """,
    ),
    task(
        name="largest-pair-sum",
        doc="""
            Return the largest sum of two elements of nums at different positions (len(nums) >= 2).
            >>> largest_pair_sum([3, 8, 1, 6])
            14
        """,
        reference="""
            def largest_pair_sum(nums: List[int]) -> int:
                s = sorted(nums)
                return s[-1] + s[-2]
        """,
        slow="""
            def largest_pair_sum(nums: List[int]) -> int:
                best = nums[0] + nums[1]
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        best = max(best, nums[i] + nums[j])
                return best
        """,
        tests="""
            assert candidate([3, 8, 1, 6]) == 14
            assert candidate([1, 2]) == 3
            assert candidate([5, 5, 5]) == 10
            assert candidate([-3, -1, -7]) == -4
            assert candidate([0, -2, 9]) == 9
        """,
        workload="""
            _NUMS = [(i * 7919) % 10_007 for i in range(800)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="consecutive-values",
        doc="""
            Return True if nums, once sorted, goes up by exactly 1 at each step (True for an empty list), else False.
            >>> is_consecutive([4, 2, 3])
            True
        """,
        reference="""
            def is_consecutive(nums: List[int]) -> bool:
                s = sorted(nums)
                return all(b - a == 1 for a, b in zip(s, s[1:]))
        """,
        slow="""
            def is_consecutive(nums: List[int]) -> bool:
                if not nums:
                    return True
                low = min(nums)
                for i in range(len(nums)):
                    if low + i not in nums:
                        return False
                return True
        """,
        tests="""
            assert candidate([4, 2, 3]) == True
            assert candidate([]) == True
            assert candidate([7]) == True
            assert candidate([1, 3]) == False
            assert candidate([2, 2, 3]) == False
            assert candidate([-1, 1, 0]) == True
            assert candidate([5, 4, 3, 1]) == False
        """,
        workload="""
            _NUMS = [(i * 7919) % 3001 - 1500 for i in range(3001)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sort-ascending",
        doc="""
            Return a new list with the elements of nums in ascending order.
            >>> sort_ascending([3, 1, 2])
            [1, 2, 3]
        """,
        reference="""
            def sort_ascending(nums: List[int]) -> List[int]:
                return sorted(nums)
        """,
        slow=[
            """
            def sort_ascending(nums: List[int]) -> List[int]:
                result = list(nums)
                for i in range(len(result)):
                    for j in range(len(result) - 1 - i):
                        if result[j] > result[j + 1]:
                            result[j], result[j + 1] = result[j + 1], result[j]
                return result
            """,
            """
            def sort_ascending(nums: List[int]) -> List[int]:
                rest = list(nums)
                result = []
                while rest:
                    smallest = min(rest)
                    rest.remove(smallest)
                    result.append(smallest)
                return result
            """,
        ],
        tests="""
            assert candidate([3, 1, 2]) == [1, 2, 3]
            assert candidate([]) == []
            assert candidate([5]) == [5]
            assert candidate([2, 2, 1]) == [1, 2, 2]
            assert candidate([0, -3, 7, -1]) == [-3, -1, 0, 7]
        """,
        workload="""
            _NUMS = [(i * 7919) % 10_007 for i in range(800)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="smallest-missing-positive",
        doc="""
            Return the smallest positive integer that does not appear in nums.
            >>> smallest_missing_positive([3, 4, -1, 1])
            2
        """,
        reference="""
            def smallest_missing_positive(nums: List[int]) -> int:
                m = 1
                for x in sorted(nums):
                    if x == m:
                        m += 1
                return m
        """,
        slow="""
            def smallest_missing_positive(nums: List[int]) -> int:
                m = 1
                while m in nums:
                    m += 1
                return m
        """,
        tests="""
            assert candidate([3, 4, -1, 1]) == 2
            assert candidate([]) == 1
            assert candidate([1]) == 2
            assert candidate([2]) == 1
            assert candidate([1, 1, 2, 2]) == 3
            assert candidate([-5, 0, 3]) == 1
            assert candidate([5, 3, 1, 2, 4]) == 6
        """,
        workload="""
            _NUMS = [(i * 7919) % 3001 + 1 for i in range(3001)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="max-pair-product",
        doc="""
            Return the largest product of two elements of nums at different positions (len(nums) >= 2).
            >>> max_pair_product([-10, -3, 1, 5])
            30
        """,
        reference="""
            def max_pair_product(nums: List[int]) -> int:
                s = sorted(nums)
                return max(s[0] * s[1], s[-1] * s[-2])
        """,
        slow="""
            def max_pair_product(nums: List[int]) -> int:
                best = nums[0] * nums[1]
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        best = max(best, nums[i] * nums[j])
                return best
        """,
        tests="""
            assert candidate([-10, -3, 1, 5]) == 30
            assert candidate([2, 3]) == 6
            assert candidate([-1, 4]) == -4
            assert candidate([1, 7, 3, 6]) == 42
            assert candidate([0, -2, 0]) == 0
            assert candidate([-5, 2, 2, 4]) == 8
        """,
        workload="""
            _NUMS = [(i * 7919) % 2001 - 1000 for i in range(800)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="trimmed-sum",
        doc="""
            Return the sum of nums after removing its k smallest and its k largest elements (2 * k <= len(nums)).
            >>> trimmed_sum([5, 1, 9, 3, 7], 1)
            15
        """,
        reference="""
            def trimmed_sum(nums: List[int], k: int) -> int:
                s = sorted(nums)
                return sum(s[k:len(s) - k])
        """,
        slow="""
            def trimmed_sum(nums: List[int], k: int) -> int:
                rest = list(nums)
                for _ in range(k):
                    rest.remove(min(rest))
                    rest.remove(max(rest))
                return sum(rest)
        """,
        tests="""
            assert candidate([5, 1, 9, 3, 7], 1) == 15
            assert candidate([], 0) == 0
            assert candidate([4], 0) == 4
            assert candidate([2, 2], 1) == 0
            assert candidate([6, -2, 6, 1, -8, 3], 2) == 4
            assert candidate([1, 1, 1, 5], 1) == 2
        """,
        workload="""
            _NUMS = [(i * 7919) % 10_007 for i in range(2000)]

            def workload(candidate):
                candidate(_NUMS[:], 500)
        """,
    ),
    task(
        name="largest-triangle-perimeter",
        doc="""
            Return the largest perimeter of a triangle whose side lengths are three elements of nums (positive
            integers) at different positions, where each side is shorter than the other two together; 0 if none.
            >>> largest_perimeter([2, 1, 2])
            5
        """,
        reference="""
            def largest_perimeter(nums: List[int]) -> int:
                s = sorted(nums, reverse=True)
                for i in range(len(s) - 2):
                    if s[i] < s[i + 1] + s[i + 2]:
                        return s[i] + s[i + 1] + s[i + 2]
                return 0
        """,
        slow="""
            def largest_perimeter(nums: List[int]) -> int:
                best = 0
                n = len(nums)
                for i in range(n):
                    for j in range(i + 1, n):
                        for k in range(j + 1, n):
                            a, b, c = nums[i], nums[j], nums[k]
                            if a < b + c and b < a + c and c < a + b:
                                best = max(best, a + b + c)
                return best
        """,
        tests="""
            assert candidate([2, 1, 2]) == 5
            assert candidate([1, 2, 1]) == 0
            assert candidate([]) == 0
            assert candidate([3, 3]) == 0
            assert candidate([3, 6, 2, 3]) == 8
            assert candidate([1, 2, 3, 5, 8, 4]) == 17
        """,
        workload="""
            _NUMS = [2 ** i for i in range(40)] + [(i * 7919) % 1000 + 1 for i in range(50)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="smaller-than-each",
        doc="""
            Return a list whose i-th element is how many numbers of nums are smaller than nums[i].
            >>> smaller_than_each([8, 1, 2, 2, 3])
            [4, 0, 1, 1, 3]
        """,
        reference="""
            from bisect import bisect_left


            def smaller_than_each(nums: List[int]) -> List[int]:
                ordered = sorted(nums)
                return [bisect_left(ordered, x) for x in nums]
        """,
        slow="""
            def smaller_than_each(nums: List[int]) -> List[int]:
                return [sum(1 for y in nums if y < x) for x in nums]
        """,
        tests="""
            assert candidate([8, 1, 2, 2, 3]) == [4, 0, 1, 1, 3]
            assert candidate([]) == []
            assert candidate([5]) == [0]
            assert candidate([7, 7, 7]) == [0, 0, 0]
            assert candidate([3, 2, 1]) == [2, 1, 0]
            assert candidate([-1, 0, -1]) == [0, 2, 0]
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(600)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="running-lower-median",
        doc="""
            Return a list whose i-th element is the lower median of the first i + 1 numbers of nums: the element at
            position i // 2 when those numbers are sorted.
            >>> running_lower_median([5, 2, 8, 1])
            [5, 2, 5, 2]
        """,
        reference="""
            from bisect import insort


            def running_lower_median(nums: List[int]) -> List[int]:
                ordered = []
                medians = []
                for i, x in enumerate(nums):
                    insort(ordered, x)
                    medians.append(ordered[i // 2])
                return medians
        """,
        slow="""
            def running_lower_median(nums: List[int]) -> List[int]:
                return [sorted(nums[: i + 1])[i // 2] for i in range(len(nums))]
        """,
        tests="""
            assert candidate([5, 2, 8, 1]) == [5, 2, 5, 2]
            assert candidate([]) == []
            assert candidate([3]) == [3]
            assert candidate([1, 2, 3, 4, 5]) == [1, 1, 2, 2, 3]
            assert candidate([5, 4, 3, 2, 1]) == [5, 4, 4, 3, 3]
            assert candidate([2, 2, 1, 1]) == [2, 2, 2, 1]
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="closest-pairs",
        doc="""
            nums holds distinct integers. Return every pair [a, b] with a < b whose difference b - a is the smallest
            among all pairs, in ascending order of a (an empty list if nums has fewer than two numbers).
            >>> closest_pairs([4, 2, 1, 3, 8])
            [[1, 2], [2, 3], [3, 4]]
        """,
        reference="""
            def closest_pairs(nums: List[int]) -> List[List[int]]:
                ordered = sorted(nums)
                if len(ordered) < 2:
                    return []
                smallest = min(b - a for a, b in zip(ordered, ordered[1:]))
                return [[a, b] for a, b in zip(ordered, ordered[1:]) if b - a == smallest]
        """,
        slow="""
            def closest_pairs(nums: List[int]) -> List[List[int]]:
                pairs = [[min(a, b), max(a, b)] for i, a in enumerate(nums) for b in nums[i + 1:]]
                if not pairs:
                    return []
                smallest = min(b - a for a, b in pairs)
                return sorted(pair for pair in pairs if pair[1] - pair[0] == smallest)
        """,
        tests="""
            assert candidate([4, 2, 1, 3, 8]) == [[1, 2], [2, 3], [3, 4]]
            assert candidate([]) == []
            assert candidate([5]) == []
            assert candidate([10, 1]) == [[1, 10]]
            assert candidate([1, 3, 6, 10, 15]) == [[1, 3]]
            assert candidate([3, 8, -10, 23, 19, -4, -14, 27]) == [[-14, -10], [19, 23], [23, 27]]
        """,
        workload="""
            NUMS = [(i * 7919) % 100003 for i in range(500)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]

TEST = [
    task(
        name="min-moves-to-equal",
        doc="""
            One move adds 1 to or subtracts 1 from one element. Return the fewest moves that make all elements of
            the list equal.
            >>> min_moves_to_equal([1, 2, 3])
            2
        """,
        reference="""
            from typing import List


            def min_moves_to_equal(nums: List[int]) -> int:
                s = sorted(nums)
                target = s[len(s) // 2] if s else 0
                return sum(abs(x - target) for x in s)
        """,
        slow="""
            from typing import List


            def min_moves_to_equal(nums: List[int]) -> int:
                best = 0
                for i, target in enumerate(nums):
                    moves = sum(abs(x - target) for x in nums)
                    if i == 0 or moves < best:
                        best = moves
                return best
        """,
        tests="""
            assert candidate([1, 2, 3]) == 2
            assert candidate([]) == 0
            assert candidate([5]) == 0
            assert candidate([1, 10, 2, 9]) == 16
            assert candidate([-3, 3]) == 6
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(600)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="largest-gap",
        doc="""
            Return the largest difference between two values that are next to each other once the list is sorted
            (0 when the list has fewer than two elements).
            >>> largest_gap([3, 9, 1, 6])
            3
        """,
        reference="""
            from typing import List


            def largest_gap(nums: List[int]) -> int:
                s = sorted(nums)
                return max((b - a for a, b in zip(s, s[1:])), default=0)
        """,
        slow="""
            from typing import List


            def largest_gap(nums: List[int]) -> int:
                best = 0
                for x in nums:
                    larger = [y for y in nums if y > x]
                    if larger:
                        best = max(best, min(larger) - x)
                return best
        """,
        tests="""
            assert candidate([3, 9, 1, 6]) == 3
            assert candidate([]) == 0
            assert candidate([4]) == 0
            assert candidate([5, 5]) == 0
            assert candidate([10, 1]) == 9
            assert candidate([-4, 0, 8, 1]) == 7
        """,
        workload="""
            NUMS = [(i * 7919) % 100003 for i in range(1200)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="sum-of-k-largest",
        doc="""
            Return the sum of the k largest elements of the list (0 <= k <= len(nums)).
            >>> sum_k_largest([5, 1, 9, 3, 7], 2)
            16
        """,
        reference="""
            from typing import List


            def sum_k_largest(nums: List[int], k: int) -> int:
                return sum(sorted(nums, reverse=True)[:k])
        """,
        slow="""
            from typing import List


            def sum_k_largest(nums: List[int], k: int) -> int:
                rest = list(nums)
                total = 0
                for _ in range(k):
                    largest = max(rest)
                    rest.remove(largest)
                    total += largest
                return total
        """,
        tests="""
            assert candidate([5, 1, 9, 3, 7], 2) == 16
            assert candidate([], 0) == 0
            assert candidate([4], 1) == 4
            assert candidate([2, 2, 2], 2) == 4
            assert candidate([-1, -5, 3], 3) == -3
            assert candidate([8, 6], 0) == 0
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS), 1000)
        """,
    ),
    task(
        name="same-elements",
        doc="""
            Return True if b is a rearrangement of a: the same values, each appearing the same number of times.
            >>> same_elements([1, 2, 2, 3], [2, 3, 1, 2])
            True
        """,
        reference="""
            def same_elements(a: List[int], b: List[int]) -> bool:
                return sorted(a) == sorted(b)
        """,
        slow=[
            """
            def same_elements(a: List[int], b: List[int]) -> bool:
                if len(a) != len(b):
                    return False
                for x in a:
                    if a.count(x) != b.count(x):
                        return False
                return True
            """,
            """
            def same_elements(a: List[int], b: List[int]) -> bool:
                rest = list(b)
                for x in a:
                    if x not in rest:
                        return False
                    rest.remove(x)
                return not rest
            """,
        ],
        tests="""
            assert candidate([1, 2, 2, 3], [2, 3, 1, 2]) == True
            assert candidate([], []) == True
            assert candidate([1], []) == False
            assert candidate([1, 1, 2], [1, 2, 2]) == False
            assert candidate([-3, 0], [0, -3]) == True
            assert candidate([5], [5, 5]) == False
        """,
        workload="""
            _A = [(i * 7919) % 10_007 for i in range(1000)]
            _B = _A[::-1]

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="min-spread-of-three",
        doc="""
            Return the smallest difference between the largest and the smallest of three elements of nums at
            different positions (len(nums) >= 3).
            >>> min_spread_of_three([1, 10, 4, 7, 20])
            6
        """,
        reference="""
            def min_spread_of_three(nums: List[int]) -> int:
                s = sorted(nums)
                return min(s[i + 2] - s[i] for i in range(len(s) - 2))
        """,
        slow="""
            def min_spread_of_three(nums: List[int]) -> int:
                best = None
                n = len(nums)
                for i in range(n):
                    for j in range(i + 1, n):
                        for k in range(j + 1, n):
                            three = (nums[i], nums[j], nums[k])
                            spread = max(three) - min(three)
                            if best is None or spread < best:
                                best = spread
                return best
        """,
        tests="""
            assert candidate([1, 10, 4, 7, 20]) == 6
            assert candidate([5, 5, 5]) == 0
            assert candidate([3, 1, 2]) == 2
            assert candidate([-10, 0, 10, 11, 12]) == 2
            assert candidate([8, 1, 8, 30, 8]) == 0
            assert candidate([-7, -1, -4, 100]) == 6
        """,
        workload="""
            _NUMS = [(i * 7919) % 100_003 for i in range(70)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="smaller-before-each",
        doc="""
            Return a list whose i-th element is how many of the numbers before position i in nums are smaller than nums[i].
            >>> smaller_before([3, 1, 4, 1, 5])
            [0, 0, 2, 0, 4]
        """,
        reference="""
            from bisect import bisect_left, insort


            def smaller_before(nums: List[int]) -> List[int]:
                ordered = []
                counts = []
                for x in nums:
                    counts.append(bisect_left(ordered, x))
                    insort(ordered, x)
                return counts
        """,
        slow="""
            def smaller_before(nums: List[int]) -> List[int]:
                return [sum(1 for y in nums[:i] if y < x) for i, x in enumerate(nums)]
        """,
        tests="""
            assert candidate([3, 1, 4, 1, 5]) == [0, 0, 2, 0, 4]
            assert candidate([]) == []
            assert candidate([2]) == [0]
            assert candidate([1, 2, 3]) == [0, 1, 2]
            assert candidate([3, 2, 1]) == [0, 0, 0]
            assert candidate([2, 2, 2]) == [0, 0, 0]
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(800)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]
