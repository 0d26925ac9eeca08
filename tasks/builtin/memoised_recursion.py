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
    task(
        name="pell-numbers",
        doc="""
            Return the n-th Pell number: pell(0) = 0, pell(1) = 1 and pell(n) = 2 * pell(n - 1) + pell(n - 2).
            >>> pell(5)
            29
        """,
        reference="""
            def pell(n: int) -> int:
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, 2 * b + a
                return a
        """,
        slow="""
            def pell(n: int) -> int:
                if n == 0:
                    return 0
                if n == 1:
                    return 1
                return 2 * pell(n - 1) + pell(n - 2)
        """,
        tests="""
            assert candidate(5) == 29
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 5
            assert candidate(10) == 2378
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="padovan",
        doc="""
            Return the n-th Padovan number: padovan(0) = padovan(1) = padovan(2) = 1 and
            padovan(n) = padovan(n - 2) + padovan(n - 3).
            >>> padovan(10)
            12
        """,
        reference="""
            def padovan(n: int) -> int:
                a, b, c = 1, 1, 1
                for _ in range(n):
                    a, b, c = b, c, a + b
                return a
        """,
        slow="""
            def padovan(n: int) -> int:
                if n <= 2:
                    return 1
                return padovan(n - 2) + padovan(n - 3)
        """,
        tests="""
            assert candidate(10) == 12
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(5) == 3
            assert candidate(20) == 200
        """,
        workload="""
            def workload(candidate):
                for n in (42, 43, 44):
                    candidate(n)
        """,
    ),
    task(
        name="jacobsthal",
        doc="""
            Return the n-th Jacobsthal number: j(0) = 0, j(1) = 1 and j(n) = j(n - 1) + 2 * j(n - 2).
            >>> jacobsthal(6)
            21
        """,
        reference="""
            def jacobsthal(n: int) -> int:
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, b + 2 * a
                return a
        """,
        slow="""
            def jacobsthal(n: int) -> int:
                if n < 2:
                    return n
                return jacobsthal(n - 1) + 2 * jacobsthal(n - 2)
        """,
        tests="""
            assert candidate(6) == 21
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(3) == 3
            assert candidate(10) == 341
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="leonardo-numbers",
        doc="""
            Return the n-th Leonardo number: leo(0) = 1, leo(1) = 1 and leo(n) = leo(n - 1) + leo(n - 2) + 1.
            >>> leonardo(5)
            15
        """,
        reference="""
            def leonardo(n: int) -> int:
                a, b = 1, 1
                for _ in range(n):
                    a, b = b, a + b + 1
                return a
        """,
        slow="""
            def leonardo(n: int) -> int:
                if n < 2:
                    return 1
                return leonardo(n - 1) + leonardo(n - 2) + 1
        """,
        tests="""
            assert candidate(5) == 15
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 3
            assert candidate(3) == 5
            assert candidate(10) == 177
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="tetranacci",
        doc="""
            Return the n-th tetranacci number: t(0) = t(1) = t(2) = 0, t(3) = 1 and
            t(n) = t(n - 1) + t(n - 2) + t(n - 3) + t(n - 4).
            >>> tetranacci(8)
            15
        """,
        reference="""
            def tetranacci(n: int) -> int:
                a, b, c, d = 0, 0, 0, 1
                for _ in range(n):
                    a, b, c, d = b, c, d, a + b + c + d
                return a
        """,
        slow="""
            def tetranacci(n: int) -> int:
                if n < 3:
                    return 0
                if n == 3:
                    return 1
                return tetranacci(n - 1) + tetranacci(n - 2) + tetranacci(n - 3) + tetranacci(n - 4)
        """,
        tests="""
            assert candidate(8) == 15
            assert candidate(0) == 0
            assert candidate(2) == 0
            assert candidate(3) == 1
            assert candidate(4) == 1
            assert candidate(5) == 2
            assert candidate(12) == 208
        """,
        workload="""
            def workload(candidate):
                for n in range(21):
                    candidate(n)
        """,
    ),
    task(
        name="narayana-cows",
        doc="""
            Return the n-th number of Narayana's cows sequence: cows(0) = cows(1) = cows(2) = 1 and
            cows(n) = cows(n - 1) + cows(n - 3).
            >>> narayana_cows(10)
            28
        """,
        reference="""
            def narayana_cows(n: int) -> int:
                a, b, c = 1, 1, 1
                for _ in range(n):
                    a, b, c = b, c, c + a
                return a
        """,
        slow="""
            def narayana_cows(n: int) -> int:
                if n <= 2:
                    return 1
                return narayana_cows(n - 1) + narayana_cows(n - 3)
        """,
        tests="""
            assert candidate(10) == 28
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(6) == 6
            assert candidate(12) == 60
        """,
        workload="""
            def workload(candidate):
                for n in (30, 31, 32):
                    candidate(n)
        """,
    ),
    task(
        name="binomial-coefficient",
        doc="""
            Return binomial(n, k) for 0 <= k <= n: binomial(n, 0) = binomial(n, n) = 1 and
            binomial(n, k) = binomial(n - 1, k - 1) + binomial(n - 1, k).
            >>> binomial(5, 2)
            10
        """,
        reference="""
            def binomial(n: int, k: int) -> int:
                row = [1]
                for _ in range(n):
                    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
                return row[k]
        """,
        slow="""
            def binomial(n: int, k: int) -> int:
                if k == 0 or k == n:
                    return 1
                return binomial(n - 1, k - 1) + binomial(n - 1, k)
        """,
        tests="""
            assert candidate(5, 2) == 10
            assert candidate(0, 0) == 1
            assert candidate(4, 0) == 1
            assert candidate(4, 4) == 1
            assert candidate(6, 3) == 20
            assert candidate(10, 3) == 120
        """,
        workload="""
            def workload(candidate):
                for n, k in ((17, 8), (18, 8), (18, 9)):
                    candidate(n, k)
        """,
    ),
    task(
        name="stairs-with-1-2-3-steps",
        doc="""
            Return the number of ways to climb n steps when each move climbs 1, 2 or 3 steps:
            ways(0) = 1, ways(1) = 1, ways(2) = 2 and ways(n) = ways(n - 1) + ways(n - 2) + ways(n - 3).
            >>> stair_ways(4)
            7
        """,
        reference="""
            def stair_ways(n: int) -> int:
                a, b, c = 1, 1, 2
                for _ in range(n):
                    a, b, c = b, c, a + b + c
                return a
        """,
        slow="""
            def stair_ways(n: int) -> int:
                if n <= 1:
                    return 1
                if n == 2:
                    return 2
                return stair_ways(n - 1) + stair_ways(n - 2) + stair_ways(n - 3)
        """,
        tests="""
            assert candidate(4) == 7
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 4
            assert candidate(10) == 274
        """,
        workload="""
            def workload(candidate):
                for n in range(21):
                    candidate(n)
        """,
    ),
    task(
        name="hofstadter-q",
        doc="""
            Return the n-th term (n >= 1) of Hofstadter's Q sequence: q(1) = q(2) = 1 and
            q(n) = q(n - q(n - 1)) + q(n - q(n - 2)).
            >>> hofstadter_q(10)
            6
        """,
        reference="""
            def hofstadter_q(n: int) -> int:
                q = [0, 1, 1]
                for i in range(3, n + 1):
                    q.append(q[i - q[i - 1]] + q[i - q[i - 2]])
                return q[n]
        """,
        slow="""
            def hofstadter_q(n: int) -> int:
                if n <= 2:
                    return 1
                return hofstadter_q(n - hofstadter_q(n - 1)) + hofstadter_q(n - hofstadter_q(n - 2))
        """,
        tests="""
            assert candidate(10) == 6
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(4) == 3
            assert candidate(5) == 3
            assert candidate(20) == 12
        """,
        workload="""
            def workload(candidate):
                for n in (20, 21, 22):
                    candidate(n)
        """,
    ),
    task(
        name="even-fibonacci",
        doc="""
            Return the n-th even Fibonacci number: even(0) = 0, even(1) = 2 and even(n) = 4 * even(n - 1) + even(n - 2).
            >>> even_fib(4)
            144
        """,
        reference="""
            def even_fib(n: int) -> int:
                a, b = 0, 2
                for _ in range(n):
                    a, b = b, 4 * b + a
                return a
        """,
        slow="""
            def even_fib(n: int) -> int:
                if n == 0:
                    return 0
                if n == 1:
                    return 2
                return 4 * even_fib(n - 1) + even_fib(n - 2)
        """,
        tests="""
            assert candidate(4) == 144
            assert candidate(0) == 0
            assert candidate(1) == 2
            assert candidate(2) == 8
            assert candidate(3) == 34
            assert candidate(8) == 46368
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="fibonacci-from-two-seeds",
        doc="""
            Return f(n) where f(0) = a, f(1) = b and f(n) = f(n - 1) + f(n - 2).
            >>> fib_from(2, 5, 4)
            19
        """,
        reference="""
            def fib_from(a: int, b: int, n: int) -> int:
                for _ in range(n):
                    a, b = b, a + b
                return a
        """,
        slow="""
            def fib_from(a: int, b: int, n: int) -> int:
                if n == 0:
                    return a
                if n == 1:
                    return b
                return fib_from(a, b, n - 1) + fib_from(a, b, n - 2)
        """,
        tests="""
            assert candidate(2, 5, 4) == 19
            assert candidate(3, 3, 0) == 3
            assert candidate(3, 7, 1) == 7
            assert candidate(0, 1, 10) == 55
            assert candidate(-1, 1, 5) == 2
            assert candidate(1, -1, 4) == -1
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(3, 4, n)
        """,
    ),
    task(
        name="fibonacci-last-digit",
        doc="""
            Return the last digit of the n-th Fibonacci number, where fib(0) = 0, fib(1) = 1 and
            fib(n) = fib(n - 1) + fib(n - 2).
            >>> fib_last_digit(10)
            5
        """,
        reference="""
            def fib_last_digit(n: int) -> int:
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, (a + b) % 10
                return a
        """,
        slow="""
            def fib_last_digit(n: int) -> int:
                def fib(k: int) -> int:
                    if k < 2:
                        return k
                    return fib(k - 1) + fib(k - 2)

                return fib(n) % 10
        """,
        tests="""
            assert candidate(10) == 5
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(7) == 3
            assert candidate(15) == 0
            assert candidate(20) == 5
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="fewest-coins-1-3-4",
        doc="""
            Return the fewest coins of values 1, 3 and 4 that add up to n >= 0: coins(0) = 0 and coins(n) is 1 plus
            the smallest of coins(n - 1), coins(n - 3) and coins(n - 4), using only those with n - c >= 0.
            >>> fewest_coins(6)
            2
        """,
        reference="""
            def fewest_coins(n: int) -> int:
                coins = [0] * (n + 1)
                for m in range(1, n + 1):
                    coins[m] = 1 + min(coins[m - c] for c in (1, 3, 4) if c <= m)
                return coins[n]
        """,
        slow="""
            def fewest_coins(n: int) -> int:
                if n == 0:
                    return 0
                return 1 + min(fewest_coins(n - c) for c in (1, 3, 4) if c <= n)
        """,
        tests="""
            assert candidate(6) == 2
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 1
            assert candidate(7) == 2
            assert candidate(10) == 3
        """,
        workload="""
            def workload(candidate):
                for n in (20, 21, 22):
                    candidate(n)
        """,
    ),
    task(
        name="fibonacci-sum",
        doc="""
            Return the sum of the Fibonacci numbers fib(0) to fib(n), where fib(0) = 0, fib(1) = 1 and
            fib(n) = fib(n - 1) + fib(n - 2).
            >>> fib_sum(5)
            12
        """,
        reference="""
            def fib_sum(n: int) -> int:
                a, b, total = 0, 1, 0
                for _ in range(n + 1):
                    total += a
                    a, b = b, a + b
                return total
        """,
        slow="""
            def fib_sum(n: int) -> int:
                def fib(k: int) -> int:
                    if k < 2:
                        return k
                    return fib(k - 1) + fib(k - 2)

                return sum(fib(k) for k in range(n + 1))
        """,
        tests="""
            assert candidate(5) == 12
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 4
            assert candidate(10) == 143
        """,
        workload="""
            def workload(candidate):
                for n in (20, 21, 22):
                    candidate(n)
        """,
    ),
    task(
        name="fibonacci-list",
        doc="""
            Return a list of the first n Fibonacci numbers, where fib(0) = 0, fib(1) = 1 and
            fib(n) = fib(n - 1) + fib(n - 2).
            >>> fib_list(7)
            [0, 1, 1, 2, 3, 5, 8]
        """,
        reference="""
            def fib_list(n: int) -> List[int]:
                result = []
                a, b = 0, 1
                for _ in range(n):
                    result.append(a)
                    a, b = b, a + b
                return result
        """,
        slow="""
            def fib_list(n: int) -> List[int]:
                def fib(k: int) -> int:
                    if k < 2:
                        return k
                    return fib(k - 1) + fib(k - 2)

                return [fib(k) for k in range(n)]
        """,
        tests="""
            assert candidate(7) == [0, 1, 1, 2, 3, 5, 8]
            assert candidate(0) == []
            assert candidate(1) == [0]
            assert candidate(2) == [0, 1]
            assert candidate(10) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
        """,
        workload="""
            def workload(candidate):
                for n in (21, 22, 23):
                    candidate(n)
        """,
    ),
    task(
        name="pell-lucas-numbers",
        doc="""
            Return the n-th Pell-Lucas number: q(0) = 2, q(1) = 2 and q(n) = 2 * q(n - 1) + q(n - 2).
            >>> pell_lucas(4)
            34
        """,
        reference="""
            def pell_lucas(n: int) -> int:
                a, b = 2, 2
                for _ in range(n):
                    a, b = b, 2 * b + a
                return a
        """,
        slow="""
            def pell_lucas(n: int) -> int:
                if n < 2:
                    return 2
                return 2 * pell_lucas(n - 1) + pell_lucas(n - 2)
        """,
        tests="""
            assert candidate(4) == 34
            assert candidate(0) == 2
            assert candidate(1) == 2
            assert candidate(2) == 6
            assert candidate(3) == 14
            assert candidate(10) == 6726
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="jacobsthal-lucas-numbers",
        doc="""
            Return the n-th Jacobsthal-Lucas number: j(0) = 2, j(1) = 1 and j(n) = j(n - 1) + 2 * j(n - 2).
            >>> jacobsthal_lucas(5)
            31
        """,
        reference="""
            def jacobsthal_lucas(n: int) -> int:
                a, b = 2, 1
                for _ in range(n):
                    a, b = b, b + 2 * a
                return a
        """,
        slow="""
            def jacobsthal_lucas(n: int) -> int:
                if n == 0:
                    return 2
                if n == 1:
                    return 1
                return jacobsthal_lucas(n - 1) + 2 * jacobsthal_lucas(n - 2)
        """,
        tests="""
            assert candidate(5) == 31
            assert candidate(0) == 2
            assert candidate(1) == 1
            assert candidate(2) == 5
            assert candidate(3) == 7
            assert candidate(10) == 1025
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="every-other-fibonacci",
        doc="""
            Return f(n) where f(0) = 0, f(1) = 1 and f(n) = 3 * f(n - 1) - f(n - 2).
            >>> every_other_fib(5)
            55
        """,
        reference="""
            def every_other_fib(n: int) -> int:
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, 3 * b - a
                return a
        """,
        slow="""
            def every_other_fib(n: int) -> int:
                if n < 2:
                    return n
                return 3 * every_other_fib(n - 1) - every_other_fib(n - 2)
        """,
        tests="""
            assert candidate(5) == 55
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 3
            assert candidate(3) == 8
            assert candidate(8) == 987
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
    task(
        name="stairs-with-2-or-3-steps",
        doc="""
            Return the number of ways to climb n steps when each move climbs 2 or 3 steps:
            ways(0) = 1, ways(1) = 0, ways(2) = 1 and ways(n) = ways(n - 2) + ways(n - 3).
            >>> stair_ways_2_3(7)
            3
        """,
        reference="""
            def stair_ways_2_3(n: int) -> int:
                a, b, c = 1, 0, 1
                for _ in range(n):
                    a, b, c = b, c, a + b
                return a
        """,
        slow="""
            def stair_ways_2_3(n: int) -> int:
                if n == 0 or n == 2:
                    return 1
                if n == 1:
                    return 0
                return stair_ways_2_3(n - 2) + stair_ways_2_3(n - 3)
        """,
        tests="""
            assert candidate(7) == 3
            assert candidate(0) == 1
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(3) == 1
            assert candidate(5) == 2
            assert candidate(6) == 2
        """,
        workload="""
            def workload(candidate):
                for n in (42, 43, 44):
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
    task(
        name="perrin-numbers",
        doc="""
            Return the n-th Perrin number: perrin(0) = 3, perrin(1) = 0, perrin(2) = 2 and
            perrin(n) = perrin(n - 2) + perrin(n - 3).
            >>> perrin(10)
            17
        """,
        reference="""
            def perrin(n: int) -> int:
                a, b, c = 3, 0, 2
                for _ in range(n):
                    a, b, c = b, c, a + b
                return a
        """,
        slow="""
            def perrin(n: int) -> int:
                if n == 0:
                    return 3
                if n == 1:
                    return 0
                if n == 2:
                    return 2
                return perrin(n - 2) + perrin(n - 3)
        """,
        tests="""
            assert candidate(10) == 17
            assert candidate(0) == 3
            assert candidate(1) == 0
            assert candidate(2) == 2
            assert candidate(3) == 3
            assert candidate(4) == 2
            assert candidate(13) == 39
        """,
        workload="""
            def workload(candidate):
                for n in (42, 43, 44):
                    candidate(n)
        """,
    ),
    task(
        name="delannoy-numbers",
        doc="""
            Return the Delannoy number d(m, n) for m, n >= 0: d(m, 0) = d(0, n) = 1 and
            d(m, n) = d(m - 1, n) + d(m, n - 1) + d(m - 1, n - 1).
            >>> delannoy(2, 2)
            13
        """,
        reference="""
            def delannoy(m: int, n: int) -> int:
                row = [1] * (n + 1)
                for _ in range(m):
                    new = [1]
                    for j in range(1, n + 1):
                        new.append(row[j] + new[j - 1] + row[j - 1])
                    row = new
                return row[n]
        """,
        slow="""
            def delannoy(m: int, n: int) -> int:
                if m == 0 or n == 0:
                    return 1
                return delannoy(m - 1, n) + delannoy(m, n - 1) + delannoy(m - 1, n - 1)
        """,
        tests="""
            assert candidate(2, 2) == 13
            assert candidate(0, 0) == 1
            assert candidate(0, 5) == 1
            assert candidate(3, 0) == 1
            assert candidate(1, 1) == 3
            assert candidate(2, 3) == 25
            assert candidate(4, 4) == 321
        """,
        workload="""
            def workload(candidate):
                for m, n in ((7, 7), (7, 8), (8, 7)):
                    candidate(m, n)
        """,
    ),
    task(
        name="stirling-second-kind",
        doc="""
            Return the Stirling number s(n, k) for 0 <= k <= n: s(0, 0) = 1, s(n, 0) = 0 for n > 0, s(n, n) = 1 and
            s(n, k) = k * s(n - 1, k) + s(n - 1, k - 1).
            >>> stirling2(4, 2)
            7
        """,
        reference="""
            def stirling2(n: int, k: int) -> int:
                row = [1] + [0] * k
                for _ in range(n):
                    row = [0] + [j * row[j] + row[j - 1] for j in range(1, k + 1)]
                return row[k]
        """,
        slow="""
            def stirling2(n: int, k: int) -> int:
                if k == n:
                    return 1
                if k == 0:
                    return 0
                return k * stirling2(n - 1, k) + stirling2(n - 1, k - 1)
        """,
        tests="""
            assert candidate(4, 2) == 7
            assert candidate(0, 0) == 1
            assert candidate(3, 0) == 0
            assert candidate(3, 3) == 1
            assert candidate(5, 3) == 25
            assert candidate(6, 2) == 31
            assert candidate(5, 1) == 1
        """,
        workload="""
            def workload(candidate):
                for n, k in ((17, 8), (18, 8), (18, 9)):
                    candidate(n, k)
        """,
    ),
    task(
        name="partitions-with-small-parts",
        doc="""
            Return p(n, k), the number of ways to write n >= 0 as a sum of parts from 1 to k, ignoring order:
            p(0, k) = 1, p(n, k) = 0 when n < 0 or k = 0, and otherwise p(n, k) = p(n, k - 1) + p(n - k, k).
            >>> partitions(5, 3)
            5
        """,
        reference="""
            def partitions(n: int, k: int) -> int:
                ways = [1] + [0] * n
                for part in range(1, k + 1):
                    for total in range(part, n + 1):
                        ways[total] += ways[total - part]
                return ways[n]
        """,
        slow="""
            def partitions(n: int, k: int) -> int:
                if n == 0:
                    return 1
                if n < 0 or k == 0:
                    return 0
                return partitions(n, k - 1) + partitions(n - k, k)
        """,
        tests="""
            assert candidate(5, 3) == 5
            assert candidate(0, 0) == 1
            assert candidate(0, 4) == 1
            assert candidate(4, 0) == 0
            assert candidate(4, 1) == 1
            assert candidate(5, 5) == 7
            assert candidate(10, 2) == 6
        """,
        workload="""
            def workload(candidate):
                for n in (30, 32, 34):
                    candidate(n, n)
        """,
    ),
    task(
        name="rabbit-pairs",
        doc="""
            Return r(n) where r(0) = 1, r(1) = 1 and r(n) = r(n - 1) + 3 * r(n - 2).
            >>> rabbit_pairs(4)
            19
        """,
        reference="""
            def rabbit_pairs(n: int) -> int:
                a, b = 1, 1
                for _ in range(n):
                    a, b = b, b + 3 * a
                return a
        """,
        slow="""
            def rabbit_pairs(n: int) -> int:
                if n < 2:
                    return 1
                return rabbit_pairs(n - 1) + 3 * rabbit_pairs(n - 2)
        """,
        tests="""
            assert candidate(4) == 19
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 4
            assert candidate(3) == 7
            assert candidate(10) == 2683
        """,
        workload="""
            def workload(candidate):
                for n in range(25):
                    candidate(n)
        """,
    ),
]
