"""The prefix-sums family: running totals answer range questions in O(1) each.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "prefix-sums"
IDEA = "running totals answer range questions in O(1) each"

TRAIN = [
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
    task(
        name="left-right-difference",
        doc="""
            For each index i, return abs(sum of the elements left of i - sum of the elements right of i).
            >>> left_right_difference([10, 4, 8, 3])
            [15, 1, 11, 22]
        """,
        reference="""
            from typing import List


            def left_right_difference(nums: List[int]) -> List[int]:
                total, left, result = sum(nums), 0, []
                for x in nums:
                    result.append(abs(left - (total - left - x)))
                    left += x
                return result
        """,
        slow="""
            from typing import List


            def left_right_difference(nums: List[int]) -> List[int]:
                return [abs(sum(nums[:i]) - sum(nums[i + 1:])) for i in range(len(nums))]
        """,
        tests="""
            assert candidate([10, 4, 8, 3]) == [15, 1, 11, 22]
            assert candidate([]) == []
            assert candidate([5]) == [0]
            assert candidate([1, -1]) == [1, 1]
            assert candidate([0, 0, 0]) == [0, 0, 0]
        """,
        workload="""
            NUMS = [(i * 7919) % 201 - 100 for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="max-prefix-sum",
        doc="""
            Return the largest sum of a non-empty prefix nums[0] + ... + nums[i] of a non-empty list.
            >>> max_prefix_sum([2, -1, 3, -5, 1])
            4
        """,
        reference="""
            from typing import List


            def max_prefix_sum(nums: List[int]) -> int:
                best, running = nums[0], 0
                for x in nums:
                    running += x
                    best = max(best, running)
                return best
        """,
        slow="""
            from typing import List


            def max_prefix_sum(nums: List[int]) -> int:
                return max(sum(nums[:i + 1]) for i in range(len(nums)))
        """,
        tests="""
            assert candidate([2, -1, 3, -5, 1]) == 4
            assert candidate([-3]) == -3
            assert candidate([-3, -1]) == -3
            assert candidate([1, 1, 1]) == 3
            assert candidate([0, -2, 5]) == 3
        """,
        workload="""
            NUMS = [(i * 7919) % 201 - 100 for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="count-zero-prefixes",
        doc="""
            Return how many non-empty prefixes nums[0] + ... + nums[i] of the list sum to 0.
            >>> count_zero_prefixes([1, -1, 2, -2, 3])
            2
        """,
        reference="""
            from typing import List


            def count_zero_prefixes(nums: List[int]) -> int:
                count, running = 0, 0
                for x in nums:
                    running += x
                    if running == 0:
                        count += 1
                return count
        """,
        slow="""
            from typing import List


            def count_zero_prefixes(nums: List[int]) -> int:
                count = 0
                for i in range(len(nums)):
                    if sum(nums[:i + 1]) == 0:
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, -1, 2, -2, 3]) == 2
            assert candidate([]) == 0
            assert candidate([0]) == 1
            assert candidate([5]) == 0
            assert candidate([0, 0, 0]) == 3
        """,
        workload="""
            NUMS = [(-1) ** i * (1 + i % 3) for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="running-averages",
        doc="""
            Return a list whose i-th element is the average of the first i + 1 numbers of nums.
            >>> running_averages([2, 4, 9])
            [2.0, 3.0, 5.0]
        """,
        reference="""
            def running_averages(nums: List[int]) -> List[float]:
                averages = []
                total = 0
                for count, x in enumerate(nums, 1):
                    total += x
                    averages.append(total / count)
                return averages
        """,
        slow="""
            def running_averages(nums: List[int]) -> List[float]:
                return [sum(nums[: i + 1]) / (i + 1) for i in range(len(nums))]
        """,
        tests="""
            assert candidate([2, 4, 9]) == [2.0, 3.0, 5.0]
            assert candidate([]) == []
            assert candidate([5]) == [5.0]
            assert candidate([-1, 1]) == [-1.0, 0.0]
            assert candidate([3, 3, 3, 3]) == [3.0, 3.0, 3.0, 3.0]
            assert candidate([1, 2, 3, 4]) == [1.0, 1.5, 2.0, 2.5]
        """,
        workload="""
            NUMS = [(i * 37) % 101 - 50 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="count-split-points",
        doc="""
            Return the number of ways to cut nums into a non-empty front part and a non-empty back part so that the sum of
            the front part is at least the sum of the back part.
            >>> count_split_points([10, 4, -8, 7])
            2
        """,
        reference="""
            def count_split_points(nums: List[int]) -> int:
                total = sum(nums)
                front = 0
                count = 0
                for x in nums[:-1]:
                    front += x
                    if front >= total - front:
                        count += 1
                return count
        """,
        slow="""
            def count_split_points(nums: List[int]) -> int:
                count = 0
                for i in range(1, len(nums)):
                    if sum(nums[:i]) >= sum(nums[i:]):
                        count += 1
                return count
        """,
        tests="""
            assert candidate([10, 4, -8, 7]) == 2
            assert candidate([]) == 0
            assert candidate([5]) == 0
            assert candidate([2, 3, 1, 0]) == 2
            assert candidate([1, 1]) == 1
            assert candidate([-1, -1, -1]) == 1
            assert candidate([0, 0, 0]) == 2
        """,
        workload="""
            NUMS = [(i * 37) % 101 - 50 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="beats-all-before",
        doc="""
            Return how many numbers in nums are greater than the sum of all the numbers before them (the first number is
            compared with 0).
            >>> count_greater_than_before([1, 2, 4, 3, 20])
            4
        """,
        reference="""
            def count_greater_than_before(nums: List[int]) -> int:
                count = 0
                total = 0
                for x in nums:
                    if x > total:
                        count += 1
                    total += x
                return count
        """,
        slow="""
            def count_greater_than_before(nums: List[int]) -> int:
                count = 0
                for i, x in enumerate(nums):
                    if x > sum(nums[:i]):
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 4, 3, 20]) == 4
            assert candidate([]) == 0
            assert candidate([0]) == 0
            assert candidate([5]) == 1
            assert candidate([-3, -5, -1]) == 1
            assert candidate([1, 1, 1, 1]) == 1
        """,
        workload="""
            NUMS = [(i * 37) % 101 - 50 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="prefixes-divisible-by-k",
        doc="""
            Return how many of the sums nums[0], nums[0] + nums[1], nums[0] + nums[1] + nums[2], ... are divisible by k
            (k >= 1).
            >>> count_divisible_prefixes([3, 1, 2, 6], 3)
            3
        """,
        reference="""
            def count_divisible_prefixes(nums: List[int], k: int) -> int:
                count = 0
                total = 0
                for x in nums:
                    total += x
                    if total % k == 0:
                        count += 1
                return count
        """,
        slow="""
            def count_divisible_prefixes(nums: List[int], k: int) -> int:
                return sum(1 for i in range(len(nums)) if sum(nums[: i + 1]) % k == 0)
        """,
        tests="""
            assert candidate([3, 1, 2, 6], 3) == 3
            assert candidate([], 2) == 0
            assert candidate([4], 2) == 1
            assert candidate([5], 2) == 0
            assert candidate([1, 1, 1, 1], 1) == 4
            assert candidate([-2, 4, -2], 2) == 3
        """,
        workload="""
            NUMS = [(i * 37) % 101 - 50 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS), 7)
        """,
    ),
    task(
        name="most-even-split",
        doc="""
            Cut nums (at least two numbers) into a non-empty front part and a non-empty back part; return the smallest
            possible absolute difference between the sums of the two parts.
            >>> most_even_split([3, 1, 2, 4, 3])
            1
        """,
        reference="""
            def most_even_split(nums: List[int]) -> int:
                total = sum(nums)
                front = 0
                best = None
                for x in nums[:-1]:
                    front += x
                    difference = abs(total - 2 * front)
                    if best is None or difference < best:
                        best = difference
                return best
        """,
        slow="""
            def most_even_split(nums: List[int]) -> int:
                return min(abs(sum(nums[:i]) - sum(nums[i:])) for i in range(1, len(nums)))
        """,
        tests="""
            assert candidate([3, 1, 2, 4, 3]) == 1
            assert candidate([1, 1]) == 0
            assert candidate([1, 5]) == 4
            assert candidate([-2, 2, 0]) == 0
            assert candidate([10, -10, 3]) == 3
            assert candidate([1, 2, 3, 4, 5, 6]) == 1
        """,
        workload="""
            NUMS = [(i * 37) % 101 - 50 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]

TEST = [
    task(
        name="count-positive-prefixes",
        doc="""
            Return how many non-empty prefixes nums[0] + ... + nums[i] of the list have a sum greater than 0.
            >>> count_positive_prefixes([3, -4, 2, 1])
            3
        """,
        reference="""
            from typing import List


            def count_positive_prefixes(nums: List[int]) -> int:
                count, running = 0, 0
                for x in nums:
                    running += x
                    count += running > 0
                return count
        """,
        slow="""
            from typing import List


            def count_positive_prefixes(nums: List[int]) -> int:
                return sum(1 for i in range(len(nums)) if sum(nums[:i + 1]) > 0)
        """,
        tests="""
            assert candidate([3, -4, 2, 1]) == 3
            assert candidate([]) == 0
            assert candidate([0]) == 0
            assert candidate([-1, 2]) == 1
            assert candidate([1, 1]) == 2
        """,
        workload="""
            NUMS = [(i * 7919) % 201 - 99 for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="equal-sum-split",
        doc="""
            Return True if the list can be cut into a non-empty front part and a non-empty back part with equal
            sums.
            >>> can_split_equal([1, 2, 3, 0, 6])
            True
        """,
        reference="""
            from typing import List


            def can_split_equal(nums: List[int]) -> bool:
                total, front = sum(nums), 0
                for i in range(len(nums) - 1):
                    front += nums[i]
                    if 2 * front == total:
                        return True
                return False
        """,
        slow="""
            from typing import List


            def can_split_equal(nums: List[int]) -> bool:
                for i in range(1, len(nums)):
                    if sum(nums[:i]) == sum(nums[i:]):
                        return True
                return False
        """,
        tests="""
            assert candidate([1, 2, 3, 0, 6]) is True
            assert candidate([]) is False
            assert candidate([0]) is False
            assert candidate([0, 0]) is True
            assert candidate([1, 2]) is False
            assert candidate([2, -1, 1]) is True
            assert candidate([3, 1, 1]) is False
            assert candidate([5, -5, 0, 0]) is True
        """,
        workload="""
            NUMS = [1 + i % 5 for i in range(2000)] + [10 ** 6]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="min-start-value",
        doc="""
            Return the smallest positive integer start such that start + nums[0] + ... + nums[i] is at least 1
            for every i.
            >>> min_start_value([-3, 2, -3, 4, 2])
            5
        """,
        reference="""
            from typing import List


            def min_start_value(nums: List[int]) -> int:
                running, lowest = 0, 0
                for x in nums:
                    running += x
                    lowest = min(lowest, running)
                return 1 - lowest
        """,
        slow="""
            from typing import List


            def min_start_value(nums: List[int]) -> int:
                lowest = min([0] + [sum(nums[:i + 1]) for i in range(len(nums))])
                return 1 - lowest
        """,
        tests="""
            assert candidate([-3, 2, -3, 4, 2]) == 5
            assert candidate([1, 2]) == 1
            assert candidate([]) == 1
            assert candidate([-1]) == 2
            assert candidate([1, -2, -3]) == 5
        """,
        workload="""
            NUMS = [(i * 7919) % 201 - 101 for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="best-binary-split",
        doc="""
            Cut the binary string s (at least two characters) into a non-empty left part and a non-empty right part. The
            score of a cut is the number of '0' characters in the left part plus the number of '1' characters in the right
            part. Return the highest score.
            >>> best_split_score("011101")
            5
        """,
        reference="""
            def best_split_score(s: str) -> int:
                zeros, ones = 0, s.count("1")
                best = 0
                for ch in s[:-1]:
                    if ch == "0":
                        zeros += 1
                    else:
                        ones -= 1
                    best = max(best, zeros + ones)
                return best
        """,
        slow="""
            def best_split_score(s: str) -> int:
                return max(s[:i].count("0") + s[i:].count("1") for i in range(1, len(s)))
        """,
        tests="""
            assert candidate("011101") == 5
            assert candidate("00") == 1
            assert candidate("11") == 1
            assert candidate("01") == 2
            assert candidate("10") == 0
            assert candidate("00111") == 5
            assert candidate("1111") == 3
        """,
        workload="""
            TEXT = "".join("01"[(i * i + i // 3) % 3 == 0] for i in range(5000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
]
