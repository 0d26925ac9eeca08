"""The array-dp family: carry the best answer so far along the array instead of re-examining every pair.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "array-dp"
IDEA = "carry the best answer so far along the array instead of re-examining every pair"

TRAIN = [
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
    task(
        name="longest-increasing-run",
        doc="""
            Return the length of the longest run of consecutive elements that strictly increase (0 for []).
            >>> longest_increasing_run([1, 3, 5, 4, 7])
            3
        """,
        reference="""
            from typing import List


            def longest_increasing_run(nums: List[int]) -> int:
                best = current = 0
                for i, x in enumerate(nums):
                    current = current + 1 if i > 0 and x > nums[i - 1] else 1
                    best = max(best, current)
                return best
        """,
        slow="""
            from typing import List


            def longest_increasing_run(nums: List[int]) -> int:
                best = 0
                for start in range(len(nums)):
                    end = start + 1
                    while end < len(nums) and nums[end] > nums[end - 1]:
                        end += 1
                    best = max(best, end - start)
                return best
        """,
        tests="""
            assert candidate([1, 3, 5, 4, 7]) == 3
            assert candidate([]) == 0
            assert candidate([5]) == 1
            assert candidate([2, 2, 2]) == 1
            assert candidate([5, 4, 3]) == 1
            assert candidate([1, 2, 3, 4]) == 4
        """,
        workload="""
            NUMS = list(range(1500)) + [0] + list(range(500))


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="greatest-to-the-right",
        doc="""
            Return a list where each element of arr is replaced by the largest element to its right, and the last one by -1.
            >>> replace_with_greatest_right([17, 18, 5, 4, 6, 1])
            [18, 6, 6, 6, 1, -1]
        """,
        reference="""
            def replace_with_greatest_right(arr: List[int]) -> List[int]:
                result = [0] * len(arr)
                greatest = -1
                for i in range(len(arr) - 1, -1, -1):
                    result[i] = greatest
                    if arr[i] > greatest:
                        greatest = arr[i]
                return result
        """,
        slow="""
            def replace_with_greatest_right(arr: List[int]) -> List[int]:
                return [max(arr[i + 1:]) if i + 1 < len(arr) else -1 for i in range(len(arr))]
        """,
        tests="""
            assert candidate([17, 18, 5, 4, 6, 1]) == [18, 6, 6, 6, 1, -1]
            assert candidate([]) == []
            assert candidate([400]) == [-1]
            assert candidate([1, 2]) == [2, -1]
            assert candidate([2, 1]) == [1, -1]
            assert candidate([3, 3, 3]) == [3, 3, -1]
        """,
        workload="""
            ARR = [(i * 7919) % 10007 for i in range(1000)]


            def workload(candidate):
                candidate(list(ARR))
        """,
    ),
    task(
        name="count-leaders",
        doc="""
            Return how many elements of nums are greater than every element to their right (the last element always is).
            >>> count_leaders([16, 17, 4, 3, 5, 2])
            3
        """,
        reference="""
            def count_leaders(nums: List[int]) -> int:
                count = 0
                greatest = None
                for x in reversed(nums):
                    if greatest is None or x > greatest:
                        count += 1
                        greatest = x
                return count
        """,
        slow="""
            def count_leaders(nums: List[int]) -> int:
                count = 0
                for i, x in enumerate(nums):
                    if all(x > y for y in nums[i + 1:]):
                        count += 1
                return count
        """,
        tests="""
            assert candidate([16, 17, 4, 3, 5, 2]) == 3
            assert candidate([]) == 0
            assert candidate([7]) == 1
            assert candidate([1, 2, 3]) == 1
            assert candidate([3, 2, 1]) == 3
            assert candidate([2, 2]) == 1
            assert candidate([-1, -5, -3]) == 2
        """,
        workload="""
            NUMS = list(range(1000, 0, -1))


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="trapped-rain-water",
        doc="""
            heights are the heights of bars of width 1 standing side by side. Return how many units of rain water stay
            trapped between the bars.
            >>> trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1])
            6
        """,
        reference="""
            def trapped_water(heights: List[int]) -> int:
                left_max = []
                highest = 0
                for h in heights:
                    highest = max(highest, h)
                    left_max.append(highest)
                water = 0
                highest = 0
                for i in range(len(heights) - 1, -1, -1):
                    highest = max(highest, heights[i])
                    water += min(left_max[i], highest) - heights[i]
                return water
        """,
        slow="""
            def trapped_water(heights: List[int]) -> int:
                water = 0
                for i in range(len(heights)):
                    level = min(max(heights[: i + 1]), max(heights[i:]))
                    water += level - heights[i]
                return water
        """,
        tests="""
            assert candidate([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6
            assert candidate([]) == 0
            assert candidate([5]) == 0
            assert candidate([4, 2, 0, 3, 2, 5]) == 9
            assert candidate([1, 2, 3]) == 0
            assert candidate([3, 0, 3]) == 3
            assert candidate([2, 2, 2]) == 0
        """,
        workload="""
            HEIGHTS = [(i * 7919) % 1000 for i in range(1000)]


            def workload(candidate):
                candidate(list(HEIGHTS))
        """,
    ),
    task(
        name="fewest-jumps",
        doc="""
            Standing on index 0 of nums, from index i you may jump forward to any index up to i + nums[i]. Return the
            fewest jumps that reach the last index (it can always be reached; 0 jumps if nums has one element).
            >>> fewest_jumps([2, 3, 1, 1, 4])
            2
        """,
        reference="""
            def fewest_jumps(nums: List[int]) -> int:
                jumps, reach, farthest = 0, 0, 0
                for i in range(len(nums) - 1):
                    farthest = max(farthest, i + nums[i])
                    if i == reach:
                        jumps += 1
                        reach = farthest
                return jumps
        """,
        slow="""
            def fewest_jumps(nums: List[int]) -> int:
                n = len(nums)
                best = [0] + [n] * (n - 1)
                for i in range(1, n):
                    for j in range(i):
                        if j + nums[j] >= i:
                            best[i] = min(best[i], best[j] + 1)
                return best[-1]
        """,
        tests="""
            assert candidate([2, 3, 1, 1, 4]) == 2
            assert candidate([0]) == 0
            assert candidate([1, 1]) == 1
            assert candidate([5, 0, 0, 0, 0]) == 1
            assert candidate([1, 1, 1, 1]) == 3
            assert candidate([2, 3, 0, 1, 4]) == 2
        """,
        workload="""
            NUMS = [1 + (i * 7) % 3 for i in range(600)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="running-maximum",
        doc="""
            Return a list whose i-th element is the largest of the first i + 1 numbers of nums.
            >>> running_max([3, 1, 4, 1, 5])
            [3, 3, 4, 4, 5]
        """,
        reference="""
            def running_max(nums: List[int]) -> List[int]:
                result = []
                for x in nums:
                    result.append(x if not result or x > result[-1] else result[-1])
                return result
        """,
        slow="""
            def running_max(nums: List[int]) -> List[int]:
                return [max(nums[: i + 1]) for i in range(len(nums))]
        """,
        tests="""
            assert candidate([3, 1, 4, 1, 5]) == [3, 3, 4, 4, 5]
            assert candidate([]) == []
            assert candidate([7]) == [7]
            assert candidate([-2, -5, -1]) == [-2, -2, -1]
            assert candidate([2, 2, 2]) == [2, 2, 2]
            assert candidate([5, 4, 3]) == [5, 5, 5]
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(1000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]

TEST = [
    task(
        name="longest-equal-run",
        doc="""
            Return the length of the longest run of consecutive equal elements (0 for []).
            >>> longest_equal_run([1, 1, 2, 2, 2, 1])
            3
        """,
        reference="""
            from typing import List


            def longest_equal_run(nums: List[int]) -> int:
                best = current = 0
                for i, x in enumerate(nums):
                    current = current + 1 if i > 0 and x == nums[i - 1] else 1
                    best = max(best, current)
                return best
        """,
        slow="""
            from typing import List


            def longest_equal_run(nums: List[int]) -> int:
                best = 0
                for start in range(len(nums)):
                    end = start
                    while end < len(nums) and nums[end] == nums[start]:
                        end += 1
                    best = max(best, end - start)
                return best
        """,
        tests="""
            assert candidate([1, 1, 2, 2, 2, 1]) == 3
            assert candidate([]) == 0
            assert candidate([4]) == 1
            assert candidate([1, 2, 3]) == 1
            assert candidate([7, 7, 7, 7]) == 4
        """,
        workload="""
            NUMS = [0] * 1500 + [1] * 500


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="count-new-highs",
        doc="""
            Return how many elements are strictly greater than every element before them (the first one counts).
            >>> count_new_highs([3, 1, 4, 4, 5, 2])
            3
        """,
        reference="""
            from typing import List


            def count_new_highs(nums: List[int]) -> int:
                count, highest = 0, None
                for x in nums:
                    if highest is None or x > highest:
                        count += 1
                        highest = x
                return count
        """,
        slow="""
            from typing import List


            def count_new_highs(nums: List[int]) -> int:
                count = 0
                for i in range(len(nums)):
                    if i == 0 or nums[i] > max(nums[:i]):
                        count += 1
                return count
        """,
        tests="""
            assert candidate([3, 1, 4, 4, 5, 2]) == 3
            assert candidate([]) == 0
            assert candidate([-7]) == 1
            assert candidate([2, 2]) == 1
            assert candidate([1, 2, 3]) == 3
            assert candidate([-5, -9, -1]) == 2
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(2000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="best-sightseeing-pair",
        doc="""
            Return the largest value of values[i] + values[j] + i - j over index pairs i < j (the list has at least
            two elements).
            >>> best_pair_score([8, 1, 5, 2, 6])
            11
        """,
        reference="""
            from typing import List


            def best_pair_score(values: List[int]) -> int:
                best, best_left = None, values[0]
                for j in range(1, len(values)):
                    score = best_left + values[j] - j
                    best = score if best is None else max(best, score)
                    best_left = max(best_left, values[j] + j)
                return best
        """,
        slow="""
            from typing import List


            def best_pair_score(values: List[int]) -> int:
                best = None
                for i in range(len(values)):
                    for j in range(i + 1, len(values)):
                        score = values[i] + values[j] + i - j
                        if best is None or score > best:
                            best = score
                return best
        """,
        tests="""
            assert candidate([8, 1, 5, 2, 6]) == 11
            assert candidate([1, 2]) == 2
            assert candidate([5, 5]) == 9
            assert candidate([0, 0, 0]) == -1
            assert candidate([-3, 4, -1, 4]) == 6
        """,
        workload="""
            VALUES = [(i * 7919) % 1000 for i in range(700)]


            def workload(candidate):
                candidate(list(VALUES))
        """,
    ),
    task(
        name="best-distant-pair",
        doc="""
            Return the largest nums[i] + nums[j] over index pairs with j - i >= gap (gap >= 1, and len(nums) > gap).
            >>> best_distant_pair([1, 9, 2, 3, 8, 1], 3)
            17
        """,
        reference="""
            def best_distant_pair(nums: List[int], gap: int) -> int:
                best_left = nums[0]
                best = nums[0] + nums[gap]
                for j in range(gap, len(nums)):
                    best_left = max(best_left, nums[j - gap])
                    best = max(best, best_left + nums[j])
                return best
        """,
        slow="""
            def best_distant_pair(nums: List[int], gap: int) -> int:
                return max(nums[i] + nums[j] for i in range(len(nums)) for j in range(i + gap, len(nums)))
        """,
        tests="""
            assert candidate([1, 9, 2, 3, 8, 1], 3) == 17
            assert candidate([1, 2], 1) == 3
            assert candidate([-5, -1, -3], 1) == -4
            assert candidate([4, 0, 0, 4], 3) == 8
            assert candidate([5, 1, 1, 1, 5], 2) == 10
            assert candidate([0, 7, 7, 0], 2) == 7
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(800)]


            def workload(candidate):
                candidate(list(NUMS), 10)
        """,
    ),
]
