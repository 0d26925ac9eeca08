"""The memoised-recursion family: each subproblem once (a table or two variables) instead of exponential plain recursion.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "memoised-recursion"
IDEA = "each subproblem once (a table or two variables) instead of exponential plain recursion"

TRAIN = [
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
    task(
        name="tribonacci",
        doc="""
            Return the n-th tribonacci number: tribonacci(0) = 0, tribonacci(1) = 1, tribonacci(2) = 1 and
            tribonacci(n) = tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3).
            >>> tribonacci(4)
            4
        """,
        reference="""
            def tribonacci(n: int) -> int:
                a, b, c = 0, 1, 1
                for _ in range(n):
                    a, b, c = b, c, a + b + c
                return a
        """,
        slow="""
            def tribonacci(n: int) -> int:
                if n == 0:
                    return 0
                if n <= 2:
                    return 1
                return tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)
        """,
        tests="""
            assert candidate(4) == 4
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(10) == 149
        """,
        workload="""
            def workload(candidate):
                for n in (16, 17, 18):
                    candidate(n)
        """,
    ),
    task(
        name="binary-strings-without-11",
        doc="""
            Return how many strings of n characters, each "0" or "1", contain no two "1"s next to each other.
            >>> count_no_adjacent_ones(3)
            5
        """,
        reference="""
            def count_no_adjacent_ones(n: int) -> int:
                ending_in_0, ending_in_1 = 1, 0
                for _ in range(n):
                    ending_in_0, ending_in_1 = ending_in_0 + ending_in_1, ending_in_0
                return ending_in_0 + ending_in_1
        """,
        slow="""
            def count_no_adjacent_ones(n: int) -> int:
                if n == 0:
                    return 1
                if n == 1:
                    return 2
                return count_no_adjacent_ones(n - 1) + count_no_adjacent_ones(n - 2)
        """,
        tests="""
            assert candidate(3) == 5
            assert candidate(0) == 1
            assert candidate(1) == 2
            assert candidate(2) == 3
            assert candidate(10) == 144
        """,
        workload="""
            def workload(candidate):
                for n in (19, 20, 21):
                    candidate(n)
        """,
    ),
]

TEST = [
    task(
        name="lucas-numbers",
        doc="""
            Return the n-th Lucas number: lucas(0) = 2, lucas(1) = 1 and lucas(n) = lucas(n - 1) + lucas(n - 2).
            >>> lucas(5)
            11
        """,
        reference="""
            def lucas(n: int) -> int:
                a, b = 2, 1
                for _ in range(n):
                    a, b = b, a + b
                return a
        """,
        slow="""
            def lucas(n: int) -> int:
                if n == 0:
                    return 2
                if n == 1:
                    return 1
                return lucas(n - 1) + lucas(n - 2)
        """,
        tests="""
            assert candidate(5) == 11
            assert candidate(0) == 2
            assert candidate(1) == 1
            assert candidate(2) == 3
            assert candidate(10) == 123
        """,
        workload="""
            def workload(candidate):
                for n in (19, 20, 21):
                    candidate(n)
        """,
    ),
    task(
        name="min-steps-to-one",
        doc="""
            Return the fewest steps that take n >= 1 down to 1, where one step subtracts 1, or halves the number
            when it is even, or divides it by 3 when it is divisible by 3.
            >>> min_steps_to_one(10)
            3
        """,
        reference="""
            def min_steps_to_one(n: int) -> int:
                steps = [0] * (n + 1)
                for k in range(2, n + 1):
                    best = steps[k - 1]
                    if k % 2 == 0:
                        best = min(best, steps[k // 2])
                    if k % 3 == 0:
                        best = min(best, steps[k // 3])
                    steps[k] = best + 1
                return steps[n]
        """,
        slow="""
            def min_steps_to_one(n: int) -> int:
                if n == 1:
                    return 0
                best = min_steps_to_one(n - 1)
                if n % 2 == 0:
                    best = min(best, min_steps_to_one(n // 2))
                if n % 3 == 0:
                    best = min(best, min_steps_to_one(n // 3))
                return best + 1
        """,
        tests="""
            assert candidate(10) == 3
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(3) == 1
            assert candidate(7) == 3
            assert candidate(15) == 4
        """,
        workload="""
            def workload(candidate):
                for n in (60, 64, 70):
                    candidate(n)
        """,
    ),
    task(
        name="ordered-sums-of-1-3-4",
        doc="""
            Return in how many ways n >= 0 can be written as an ordered sum of the numbers 1, 3 and 4.
            >>> count_sums_134(5)
            6
        """,
        reference="""
            def count_sums_134(n: int) -> int:
                ways = [1] + [0] * n
                for total in range(1, n + 1):
                    for part in (1, 3, 4):
                        if part <= total:
                            ways[total] += ways[total - part]
                return ways[n]
        """,
        slow="""
            def count_sums_134(n: int) -> int:
                if n < 0:
                    return 0
                if n == 0:
                    return 1
                return count_sums_134(n - 1) + count_sums_134(n - 3) + count_sums_134(n - 4)
        """,
        tests="""
            assert candidate(5) == 6
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(3) == 2
            assert candidate(4) == 4
            assert candidate(10) == 64
        """,
        workload="""
            def workload(candidate):
                for n in (24, 25, 26):
                    candidate(n)
        """,
    ),
    task(
        name="catalan",
        doc="""
            Return the n-th Catalan number: catalan(0) = 1 and
            catalan(n) = catalan(0) * catalan(n - 1) + catalan(1) * catalan(n - 2) + ... + catalan(n - 1) * catalan(0).
            >>> catalan(4)
            14
        """,
        reference="""
            def catalan(n: int) -> int:
                c = [1] + [0] * n
                for m in range(1, n + 1):
                    c[m] = sum(c[i] * c[m - 1 - i] for i in range(m))
                return c[n]
        """,
        slow="""
            def catalan(n: int) -> int:
                if n == 0:
                    return 1
                return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
        """,
        tests="""
            assert candidate(4) == 14
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 5
            assert candidate(10) == 16796
        """,
        workload="""
            def workload(candidate):
                for n in (9, 10, 11):
                    candidate(n)
        """,
    ),
]
