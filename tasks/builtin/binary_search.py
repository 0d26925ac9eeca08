"""The binary-search family: halve a sorted range instead of scanning it.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "binary-search"
IDEA = "halve a sorted range instead of scanning it"

TRAIN = [
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
    task(
        name="insert-position",
        doc="""
            Given a list sorted in increasing order, return the first index at which x could be inserted so that
            the list stays sorted.
            >>> insert_position([1, 3, 5, 7], 4)
            2
        """,
        reference="""
            from typing import List


            def insert_position(nums: List[int], x: int) -> int:
                lo, hi = 0, len(nums)
                while lo < hi:
                    mid = (lo + hi) // 2
                    if nums[mid] < x:
                        lo = mid + 1
                    else:
                        hi = mid
                return lo
        """,
        slow="""
            from typing import List


            def insert_position(nums: List[int], x: int) -> int:
                for i, value in enumerate(nums):
                    if value >= x:
                        return i
                return len(nums)
        """,
        tests="""
            assert candidate([1, 3, 5, 7], 4) == 2
            assert candidate([], 3) == 0
            assert candidate([1, 3, 5], 0) == 0
            assert candidate([1, 3, 5], 9) == 3
            assert candidate([2, 2, 2], 2) == 0
            assert candidate([1, 3, 5], 5) == 2
        """,
        workload="""
            NUMS = list(range(0, 20000, 2))
            QUERIES = [(i * 7919) % 20000 for i in range(30)]


            def workload(candidate):
                for x in QUERIES:
                    candidate(NUMS, x)
        """,
    ),
    task(
        name="is-perfect-square",
        doc="""
            Return True if n >= 0 is the square of an integer.
            >>> is_perfect_square(49)
            True
        """,
        reference="""
            def is_perfect_square(n: int) -> bool:
                lo, hi = 0, n
                while lo <= hi:
                    mid = (lo + hi) // 2
                    if mid * mid == n:
                        return True
                    if mid * mid < n:
                        lo = mid + 1
                    else:
                        hi = mid - 1
                return False
        """,
        slow="""
            def is_perfect_square(n: int) -> bool:
                i = 0
                while i * i < n:
                    i += 1
                return i * i == n
        """,
        tests="""
            assert candidate(49) is True
            assert candidate(50) is False
            assert candidate(0) is True
            assert candidate(1) is True
            assert candidate(2) is False
            assert candidate(1000000) is True
        """,
        workload="""
            def workload(candidate):
                for n in (10 ** 8, 10 ** 8 + 1, 99_980_001, 123_456_789):
                    candidate(n)
        """,
    ),
]

TEST = [
    task(
        name="integer-cube-root",
        doc="""
            Return the largest integer r with r * r * r <= n (n >= 0).
            >>> cube_root(30)
            3
        """,
        reference="""
            def cube_root(n: int) -> int:
                lo, hi = 0, n
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if mid * mid * mid <= n:
                        lo = mid
                    else:
                        hi = mid - 1
                return lo
        """,
        slow="""
            def cube_root(n: int) -> int:
                r = 0
                while (r + 1) ** 3 <= n:
                    r += 1
                return r
        """,
        tests="""
            assert candidate(30) == 3
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(7) == 1
            assert candidate(8) == 2
            assert candidate(1000) == 10
        """,
        workload="""
            def workload(candidate):
                for n in (10 ** 12, 10 ** 12 - 1, 987_654_321_012, 2 ** 40):
                    candidate(n)
        """,
    ),
    task(
        name="rotated-minimum",
        doc="""
            A list of distinct numbers sorted increasingly was rotated (its end moved to its front). Return its
            smallest element (the list is not empty).
            >>> rotated_minimum([4, 5, 6, 1, 2, 3])
            1
        """,
        reference="""
            from typing import List


            def rotated_minimum(nums: List[int]) -> int:
                lo, hi = 0, len(nums) - 1
                while lo < hi:
                    mid = (lo + hi) // 2
                    if nums[mid] > nums[hi]:
                        lo = mid + 1
                    else:
                        hi = mid
                return nums[lo]
        """,
        slow="""
            from typing import List


            def rotated_minimum(nums: List[int]) -> int:
                smallest = nums[0]
                for x in nums:
                    if x < smallest:
                        smallest = x
                return smallest
        """,
        tests="""
            assert candidate([4, 5, 6, 1, 2, 3]) == 1
            assert candidate([7]) == 7
            assert candidate([1, 2, 3]) == 1
            assert candidate([2, 1]) == 1
            assert candidate([3, 4, 5, -2]) == -2
        """,
        workload="""
            ROTATED = [list(range(k, 20000)) + list(range(k)) for k in (1, 7000, 13000, 19999)]


            def workload(candidate):
                for nums in ROTATED:
                    candidate(nums)
        """,
    ),
    task(
        name="count-occurrences-sorted",
        doc="""
            Given a list sorted in increasing order, return how many times x occurs in it.
            >>> count_occurrences([1, 2, 2, 2, 3], 2)
            3
        """,
        reference="""
            from bisect import bisect_left, bisect_right
            from typing import List


            def count_occurrences(nums: List[int], x: int) -> int:
                return bisect_right(nums, x) - bisect_left(nums, x)
        """,
        slow="""
            from typing import List


            def count_occurrences(nums: List[int], x: int) -> int:
                count = 0
                for value in nums:
                    if value == x:
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 2, 2, 3], 2) == 3
            assert candidate([], 1) == 0
            assert candidate([1, 3], 2) == 0
            assert candidate([5, 5], 5) == 2
            assert candidate([-1, 0, 0], -1) == 1
        """,
        workload="""
            NUMS = sorted((i * 7919) % 5000 for i in range(20000))
            QUERIES = [(i * 31) % 5000 for i in range(20)]


            def workload(candidate):
                for x in QUERIES:
                    candidate(NUMS, x)
        """,
    ),
]
