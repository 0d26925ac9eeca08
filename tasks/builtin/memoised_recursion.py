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
    task(
        name="rod-cutting",
        doc="""
            Cutting a rod into pieces, a piece of length i + 1 sells for prices[i]. Return the most money a rod of length n
            can bring (0 <= n <= len(prices)).
            >>> rod_cutting([1, 5, 8, 9], 4)
            10
        """,
        reference="""
            def rod_cutting(prices: List[int], n: int) -> int:
                best = [0] * (n + 1)
                for length in range(1, n + 1):
                    best[length] = max(prices[i] + best[length - 1 - i] for i in range(length))
                return best[n]
        """,
        slow="""
            def rod_cutting(prices: List[int], n: int) -> int:
                if n == 0:
                    return 0
                return max(prices[i] + rod_cutting(prices, n - 1 - i) for i in range(n))
        """,
        tests="""
            assert candidate([1, 5, 8, 9], 4) == 10
            assert candidate([1, 5, 8, 9, 10, 17, 17, 20], 8) == 22
            assert candidate([3], 1) == 3
            assert candidate([2, 5], 0) == 0
            assert candidate([3, 5, 8, 9, 10, 17, 17, 20], 8) == 24
            assert candidate([1, 1, 1, 10], 4) == 10
        """,
        workload="""
            PRICES = [(i * 7) % 11 + i for i in range(1, 17)]


            def workload(candidate):
                candidate(list(PRICES), 16)
        """,
    ),
    task(
        name="fewest-squares",
        doc="""
            Return the smallest number of perfect squares (1, 4, 9, 16, ...) that add up to n (0 for n = 0).
            >>> fewest_squares(12)
            3
        """,
        reference="""
            def fewest_squares(n: int) -> int:
                best = [0] * (n + 1)
                for total in range(1, n + 1):
                    fewest = total
                    root = 1
                    while root * root <= total:
                        fewest = min(fewest, best[total - root * root] + 1)
                        root += 1
                    best[total] = fewest
                return best[n]
        """,
        slow="""
            def fewest_squares(n: int) -> int:
                if n == 0:
                    return 0
                fewest = n
                root = 1
                while root * root <= n:
                    fewest = min(fewest, 1 + fewest_squares(n - root * root))
                    root += 1
                return fewest
        """,
        tests="""
            assert candidate(12) == 3
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(13) == 2
            assert candidate(16) == 1
            assert candidate(7) == 4
            assert candidate(43) == 3
        """,
        workload="""
            def workload(candidate):
                for n in (27, 28, 31):
                    candidate(n)
        """,
    ),
    task(
        name="subset-sum",
        doc="""
            Return True if some of the numbers in nums (positive integers, each used at most once) add up to exactly
            target, else False. Choosing none of them adds up to 0.
            >>> subset_sum([3, 34, 4, 12, 5, 2], 9)
            True
        """,
        reference="""
            def subset_sum(nums: List[int], target: int) -> bool:
                reachable = {0}
                for x in nums:
                    reachable |= {s + x for s in reachable if s + x <= target}
                return target in reachable
        """,
        slow="""
            def subset_sum(nums: List[int], target: int) -> bool:
                def can_make(i: int, remaining: int) -> bool:
                    if remaining == 0:
                        return True
                    if i == len(nums) or remaining < 0:
                        return False
                    return can_make(i + 1, remaining - nums[i]) or can_make(i + 1, remaining)

                return can_make(0, target)
        """,
        tests="""
            assert candidate([3, 34, 4, 12, 5, 2], 9) == True
            assert candidate([3, 34, 4, 12, 5, 2], 30) == False
            assert candidate([], 0) == True
            assert candidate([], 5) == False
            assert candidate([7], 7) == True
            assert candidate([2, 4, 6], 5) == False
            assert candidate([1, 2, 3], 6) == True
        """,
        workload="""
            NUMS = [2 * i + 2 for i in range(18)]


            def workload(candidate):
                candidate(list(NUMS), 171)
        """,
    ),
    task(
        name="count-subsets-with-sum",
        doc="""
            Return how many subsets of the positions of nums (non-negative integers) have numbers adding up to target.
            The empty subset adds up to 0.
            >>> count_subsets([1, 2, 3, 3], 6)
            3
        """,
        reference="""
            def count_subsets(nums: List[int], target: int) -> int:
                ways = [1] + [0] * target
                for x in nums:
                    for total in range(target, x - 1, -1):
                        ways[total] += ways[total - x]
                return ways[target]
        """,
        slow="""
            def count_subsets(nums: List[int], target: int) -> int:
                def count(i: int, remaining: int) -> int:
                    if i == len(nums):
                        return 1 if remaining == 0 else 0
                    return count(i + 1, remaining - nums[i]) + count(i + 1, remaining)

                return count(0, target)
        """,
        tests="""
            assert candidate([1, 2, 3, 3], 6) == 3
            assert candidate([], 0) == 1
            assert candidate([], 3) == 0
            assert candidate([5], 5) == 1
            assert candidate([0, 0, 1], 1) == 4
            assert candidate([1, 1, 1, 1], 2) == 6
            assert candidate([2, 4, 8], 3) == 0
        """,
        workload="""
            NUMS = [(i * 5) % 9 + 1 for i in range(17)]


            def workload(candidate):
                candidate(list(NUMS), 40)
        """,
    ),
    task(
        name="lcs-length",
        doc="""
            Return the length of the longest common subsequence of a and b: the longest string whose characters appear in
            both, in the same order, not necessarily next to each other.
            >>> lcs_length("abcde", "ace")
            3
        """,
        reference="""
            def lcs_length(a: str, b: str) -> int:
                previous = [0] * (len(b) + 1)
                for ch in a:
                    current = [0]
                    for j, other in enumerate(b):
                        current.append(previous[j] + 1 if ch == other else max(previous[j + 1], current[j]))
                    previous = current
                return previous[-1]
        """,
        slow="""
            def lcs_length(a: str, b: str) -> int:
                if not a or not b:
                    return 0
                if a[0] == b[0]:
                    return 1 + lcs_length(a[1:], b[1:])
                return max(lcs_length(a[1:], b), lcs_length(a, b[1:]))
        """,
        tests="""
            assert candidate("abcde", "ace") == 3
            assert candidate("", "abc") == 0
            assert candidate("abc", "") == 0
            assert candidate("abc", "abc") == 3
            assert candidate("abc", "def") == 0
            assert candidate("AGGTAB", "GXTXAYB") == 4
            assert candidate("aaaa", "aa") == 2
        """,
        workload="""
            def workload(candidate):
                candidate("abcdefghij", "klmnopqrsj")
        """,
    ),
    task(
        name="triangle-min-path",
        doc="""
            triangle[r] holds r + 1 numbers. A path starts at the top number and steps to one of the two adjacent numbers
            in the row below (triangle[r + 1][c] or triangle[r + 1][c + 1] from triangle[r][c]) until the last row. Return
            the smallest sum of a path (triangle has at least one row).
            >>> min_triangle_path([[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]])
            11
        """,
        reference="""
            def min_triangle_path(triangle: List[List[int]]) -> int:
                best = list(triangle[-1])
                for row in reversed(triangle[:-1]):
                    best = [x + min(best[c], best[c + 1]) for c, x in enumerate(row)]
                return best[0]
        """,
        slow="""
            def min_triangle_path(triangle: List[List[int]]) -> int:
                def best_from(r: int, c: int) -> int:
                    if r == len(triangle) - 1:
                        return triangle[r][c]
                    return triangle[r][c] + min(best_from(r + 1, c), best_from(r + 1, c + 1))

                return best_from(0, 0)
        """,
        tests="""
            assert candidate([[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]) == 11
            assert candidate([[5]]) == 5
            assert candidate([[-1], [2, 3]]) == 1
            assert candidate([[1], [2, 3], [4, 5, 6]]) == 7
            assert candidate([[0], [-1, -2], [5, -3, 1]]) == -5
        """,
        workload="""
            TRIANGLE = [[(r * 13 + c * 7) % 10 - 3 for c in range(r + 1)] for r in range(16)]


            def workload(candidate):
                candidate([list(row) for row in TRIANGLE])
        """,
    ),
    task(
        name="dice-sum-ways",
        doc="""
            Return the number of sequences of rolls of a six-sided die (each roll 1 to 6) whose total is exactly n. The
            empty sequence is the one way to make 0.
            >>> dice_sum_ways(3)
            4
        """,
        reference="""
            def dice_sum_ways(n: int) -> int:
                ways = [1] + [0] * n
                for total in range(1, n + 1):
                    ways[total] = sum(ways[max(0, total - 6):total])
                return ways[n]
        """,
        slow="""
            def dice_sum_ways(n: int) -> int:
                if n == 0:
                    return 1
                return sum(dice_sum_ways(n - face) for face in range(1, 7) if face <= n)
        """,
        tests="""
            assert candidate(3) == 4
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(6) == 32
            assert candidate(7) == 63
            assert candidate(10) == 492
        """,
        workload="""
            def workload(candidate):
                candidate(16)
        """,
    ),
    task(
        name="derangements",
        doc="""
            Return the number of ways to reorder n items so that none stays in its place: d(0) = 1, d(1) = 0 and
            d(n) = (n - 1) * (d(n - 1) + d(n - 2)).
            >>> derangements(4)
            9
        """,
        reference="""
            def derangements(n: int) -> int:
                a, b = 1, 0
                for k in range(1, n):
                    a, b = b, k * (a + b)
                return a if n == 0 else b
        """,
        slow="""
            def derangements(n: int) -> int:
                if n == 0:
                    return 1
                if n == 1:
                    return 0
                return (n - 1) * (derangements(n - 1) + derangements(n - 2))
        """,
        tests="""
            assert candidate(4) == 9
            assert candidate(0) == 1
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(5) == 44
            assert candidate(10) == 1334961
        """,
        workload="""
            def workload(candidate):
                for n in (20, 21, 22):
                    candidate(n)
        """,
    ),
    task(
        name="fence-painting",
        doc="""
            Return the number of ways to paint n fence posts with k colours so that no three posts in a row share a colour:
            ways(1) = k, ways(2) = k * k and ways(n) = (k - 1) * (ways(n - 1) + ways(n - 2)) (n >= 1, k >= 1).
            >>> fence_ways(3, 2)
            6
        """,
        reference="""
            def fence_ways(n: int, k: int) -> int:
                a, b = k, k * k
                for _ in range(n - 1):
                    a, b = b, (k - 1) * (a + b)
                return a
        """,
        slow="""
            def fence_ways(n: int, k: int) -> int:
                if n == 1:
                    return k
                if n == 2:
                    return k * k
                return (k - 1) * (fence_ways(n - 1, k) + fence_ways(n - 2, k))
        """,
        tests="""
            assert candidate(3, 2) == 6
            assert candidate(1, 1) == 1
            assert candidate(1, 5) == 5
            assert candidate(2, 3) == 9
            assert candidate(3, 1) == 0
            assert candidate(4, 3) == 66
            assert candidate(10, 2) == 178
        """,
        workload="""
            def workload(candidate):
                for k in (2, 3, 4):
                    candidate(21, k)
        """,
    ),
    task(
        name="distinct-part-sums",
        doc="""
            Return the number of ways to write n as a sum of different positive integers, ignoring order (1 way for n = 0).
            >>> distinct_part_sums(6)
            4
        """,
        reference="""
            def distinct_part_sums(n: int) -> int:
                ways = [1] + [0] * n
                for part in range(1, n + 1):
                    for total in range(n, part - 1, -1):
                        ways[total] += ways[total - part]
                return ways[n]
        """,
        slow="""
            def distinct_part_sums(n: int) -> int:
                def count(remaining: int, largest: int) -> int:
                    if remaining == 0:
                        return 1
                    return sum(count(remaining - part, part - 1) for part in range(1, min(remaining, largest) + 1))

                return count(n, n)
        """,
        tests="""
            assert candidate(6) == 4
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(5) == 3
            assert candidate(10) == 10
            assert candidate(20) == 64
        """,
        workload="""
            def workload(candidate):
                candidate(60)
        """,
    ),
    task(
        name="integer-break",
        doc="""
            Split n (n >= 2) into a sum of at least two positive integers and return the largest possible product of them.
            >>> integer_break(10)
            36
        """,
        reference="""
            def integer_break(n: int) -> int:
                if n <= 3:
                    return n - 1
                threes, rest = divmod(n, 3)
                if rest == 0:
                    return 3 ** threes
                if rest == 1:
                    return 3 ** (threes - 1) * 4
                return 3 ** threes * 2
        """,
        slow="""
            def integer_break(n: int) -> int:
                best = 0
                for first in range(1, n):
                    rest = n - first
                    best = max(best, first * rest, first * integer_break(rest) if rest >= 2 else 0)
                return best
        """,
        tests="""
            assert candidate(10) == 36
            assert candidate(2) == 1
            assert candidate(3) == 2
            assert candidate(4) == 4
            assert candidate(5) == 6
            assert candidate(6) == 9
            assert candidate(7) == 12
            assert candidate(8) == 18
            assert candidate(13) == 108
        """,
        workload="""
            def workload(candidate):
                for n in (16, 17, 18):
                    candidate(n)
        """,
    ),
    task(
        name="word-break",
        doc="""
            Return True if s can be cut into pieces that are all in words (a word may be used any number of times), else
            False. The empty string needs no pieces.
            >>> word_break("applepenapple", ["apple", "pen"])
            True
        """,
        reference="""
            def word_break(s: str, words: List[str]) -> bool:
                vocabulary = set(words)
                lengths = {len(word) for word in vocabulary}
                can_end = [True] + [False] * len(s)
                for end in range(1, len(s) + 1):
                    can_end[end] = any(can_end[end - k] and s[end - k:end] in vocabulary for k in lengths if k <= end)
                return can_end[-1]
        """,
        slow="""
            def word_break(s: str, words: List[str]) -> bool:
                if s == "":
                    return True
                return any(s.startswith(word) and word_break(s[len(word):], words) for word in words if word)
        """,
        tests="""
            assert candidate("applepenapple", ["apple", "pen"]) == True
            assert candidate("catsandog", ["cats", "dog", "sand", "and", "cat"]) == False
            assert candidate("", ["a"]) == True
            assert candidate("a", []) == False
            assert candidate("aaaa", ["aa"]) == True
            assert candidate("aaa", ["aa"]) == False
            assert candidate("abc", ["a", "bc", "ab"]) == True
        """,
        workload="""
            TEXT = "a" * 16 + "b"
            WORDS = ["a", "aa", "aaa", "aaaa"]


            def workload(candidate):
                candidate(TEXT, list(WORDS))
        """,
    ),
    task(
        name="ordered-vowel-strings",
        doc="""
            Return the number of strings of length n made of the letters a, e, i, o, u in which the letters are in
            alphabetical order (each letter equal to or after the one before it) (n >= 0).
            >>> ordered_vowel_strings(2)
            15
        """,
        reference="""
            from math import comb


            def ordered_vowel_strings(n: int) -> int:
                return comb(n + 4, 4)
        """,
        slow=[
            """
            def ordered_vowel_strings(n: int) -> int:
                def count(length: int, first: int) -> int:
                    if length == 0:
                        return 1
                    return sum(count(length - 1, letter) for letter in range(first, 5))

                return count(n, 0)
            """,
            """
            from itertools import combinations_with_replacement


            def ordered_vowel_strings(n: int) -> int:
                return sum(1 for _ in combinations_with_replacement("aeiou", n))
            """,
        ],
        tests="""
            assert candidate(2) == 15
            assert candidate(0) == 1
            assert candidate(1) == 5
            assert candidate(3) == 35
            assert candidate(10) == 1001
        """,
        workload="""
            def workload(candidate):
                candidate(26)
        """,
    ),
    task(
        name="domino-tromino-tilings",
        doc="""
            Return t(n), the number of tilings of a 2 x n board by dominoes and L-shaped trominoes: t(0) = 1, t(1) = 1,
            t(2) = 2 and t(n) = 2 * t(n - 1) + t(n - 3).
            >>> tilings(4)
            11
        """,
        reference="""
            def tilings(n: int) -> int:
                a, b, c = 1, 1, 2
                for _ in range(n):
                    a, b, c = b, c, 2 * c + a
                return a
        """,
        slow="""
            def tilings(n: int) -> int:
                if n <= 1:
                    return 1
                if n == 2:
                    return 2
                return 2 * tilings(n - 1) + tilings(n - 3)
        """,
        tests="""
            assert candidate(4) == 11
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 5
            assert candidate(5) == 24
            assert candidate(10) == 1255
        """,
        workload="""
            def workload(candidate):
                for n in (26, 27, 28):
                    candidate(n)
        """,
    ),
]

TEST = [
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
        name="edit-distance",
        doc="""
            Return the smallest number of single-character insertions, deletions and replacements that turn a into b.
            >>> edit_distance("horse", "ros")
            3
        """,
        reference="""
            def edit_distance(a: str, b: str) -> int:
                previous = list(range(len(b) + 1))
                for i, ch in enumerate(a, 1):
                    current = [i]
                    for j, other in enumerate(b, 1):
                        current.append(previous[j - 1] if ch == other else 1 + min(previous[j - 1], previous[j], current[j - 1]))
                    previous = current
                return previous[-1]
        """,
        slow="""
            def edit_distance(a: str, b: str) -> int:
                if not a:
                    return len(b)
                if not b:
                    return len(a)
                if a[0] == b[0]:
                    return edit_distance(a[1:], b[1:])
                return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
        """,
        tests="""
            assert candidate("horse", "ros") == 3
            assert candidate("", "") == 0
            assert candidate("", "abc") == 3
            assert candidate("abc", "") == 3
            assert candidate("same", "same") == 0
            assert candidate("intention", "execution") == 5
            assert candidate("ab", "ba") == 2
        """,
        workload="""
            def workload(candidate):
                candidate("abcdefgh", "ijklmnop")
        """,
    ),
    task(
        name="motzkin-numbers",
        doc="""
            Return the n-th Motzkin number: m(0) = 1, m(1) = 1 and m(n) = m(n - 1) + m(0) * m(n - 2) + m(1) * m(n - 3) + ...
            + m(n - 2) * m(0).
            >>> motzkin(5)
            21
        """,
        reference="""
            def motzkin(n: int) -> int:
                m = [1, 1]
                for k in range(2, n + 1):
                    m.append(m[k - 1] + sum(m[i] * m[k - 2 - i] for i in range(k - 1)))
                return m[n]
        """,
        slow="""
            def motzkin(n: int) -> int:
                if n <= 1:
                    return 1
                return motzkin(n - 1) + sum(motzkin(i) * motzkin(n - 2 - i) for i in range(n - 1))
        """,
        tests="""
            assert candidate(5) == 21
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 4
            assert candidate(4) == 9
            assert candidate(10) == 2188
        """,
        workload="""
            def workload(candidate):
                candidate(15)
        """,
    ),
    task(
        name="longest-palindromic-subsequence",
        doc="""
            Return the length of the longest palindromic subsequence of s: the longest string that reads the same both
            ways and whose characters appear in s in order, not necessarily next to each other.
            >>> longest_palindrome_subseq("bbbab")
            4
        """,
        reference="""
            def longest_palindrome_subseq(s: str) -> int:
                n = len(s)
                longest = [0] * n
                for i in range(n - 1, -1, -1):
                    longest[i] = 1
                    diagonal = 0
                    for j in range(i + 1, n):
                        before = longest[j]
                        longest[j] = diagonal + 2 if s[i] == s[j] else max(longest[j], longest[j - 1])
                        diagonal = before
                return longest[-1] if n else 0
        """,
        slow="""
            def longest_palindrome_subseq(s: str) -> int:
                if len(s) <= 1:
                    return len(s)
                if s[0] == s[-1]:
                    return 2 + longest_palindrome_subseq(s[1:-1])
                return max(longest_palindrome_subseq(s[1:]), longest_palindrome_subseq(s[:-1]))
        """,
        tests="""
            assert candidate("bbbab") == 4
            assert candidate("") == 0
            assert candidate("a") == 1
            assert candidate("ab") == 1
            assert candidate("cbbd") == 2
            assert candidate("racecar") == 7
            assert candidate("abcde") == 1
        """,
        workload="""
            def workload(candidate):
                candidate("abcdefghijklmnopq")
        """,
    ),
    task(
        name="target-sum-ways",
        doc="""
            Put a + or a - sign in front of every number in nums; return how many of these sign choices make the total
            equal to target.
            >>> target_sum_ways([1, 1, 1, 1, 1], 3)
            5
        """,
        reference="""
            def target_sum_ways(nums: List[int], target: int) -> int:
                ways = {0: 1}
                for x in nums:
                    following = {}
                    for total, count in ways.items():
                        following[total + x] = following.get(total + x, 0) + count
                        following[total - x] = following.get(total - x, 0) + count
                    ways = following
                return ways.get(target, 0)
        """,
        slow="""
            def target_sum_ways(nums: List[int], target: int) -> int:
                def count(i: int, total: int) -> int:
                    if i == len(nums):
                        return 1 if total == target else 0
                    return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

                return count(0, 0)
        """,
        tests="""
            assert candidate([1, 1, 1, 1, 1], 3) == 5
            assert candidate([], 0) == 1
            assert candidate([], 1) == 0
            assert candidate([1], 1) == 1
            assert candidate([1], -1) == 1
            assert candidate([0, 0], 0) == 4
            assert candidate([2, 3, 5], 4) == 1
        """,
        workload="""
            NUMS = [i % 4 + 1 for i in range(17)]


            def workload(candidate):
                candidate(list(NUMS), 3)
        """,
    ),
    task(
        name="bell-numbers",
        doc="""
            Return the n-th Bell number, the number of ways to split a set of n items into non-empty groups: b(0) = 1 and
            b(n + 1) = C(n, 0) * b(0) + C(n, 1) * b(1) + ... + C(n, n) * b(n), where C is the binomial coefficient.
            >>> bell(4)
            15
        """,
        reference="""
            def bell(n: int) -> int:
                row = [1]
                for _ in range(n):
                    following = [row[-1]]
                    for x in row:
                        following.append(following[-1] + x)
                    row = following
                return row[0]
        """,
        slow="""
            from math import comb


            def bell(n: int) -> int:
                if n == 0:
                    return 1
                return sum(comb(n - 1, k) * bell(k) for k in range(n))
        """,
        tests="""
            assert candidate(4) == 15
            assert candidate(0) == 1
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 5
            assert candidate(5) == 52
            assert candidate(10) == 115975
        """,
        workload="""
            def workload(candidate):
                candidate(17)
        """,
    ),
]
