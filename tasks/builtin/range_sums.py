"""The range-sums family: a closed formula instead of a loop over the range.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "range-sums"
IDEA = "a closed formula instead of a loop over the range"

TRAIN = [
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
    task(
        name="sum-of-evens",
        doc="""
            Return the sum of the even numbers among 1, 2, ..., n, or 0 when there are none.
            >>> sum_of_evens(7)
            12
        """,
        reference="""
            def sum_of_evens(n: int) -> int:
                if n < 2:
                    return 0
                half = n // 2
                return half * (half + 1)
        """,
        slow="""
            def sum_of_evens(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    if i % 2 == 0:
                        total += i
                return total
        """,
        tests="""
            assert candidate(7) == 12
            assert candidate(8) == 20
            assert candidate(1) == 0
            assert candidate(0) == 0
            assert candidate(-6) == 0
            assert candidate(2) == 2
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(1000 + i % 500)
        """,
    ),
    task(
        name="count-multiples",
        doc="""
            Return how many integers x with a <= x <= b are divisible by k (a >= 1, k >= 1; 0 when a > b).
            >>> count_multiples(1, 10, 3)
            3
        """,
        reference="""
            def count_multiples(a: int, b: int, k: int) -> int:
                if a > b:
                    return 0
                return b // k - (a - 1) // k
        """,
        slow="""
            def count_multiples(a: int, b: int, k: int) -> int:
                count = 0
                for x in range(a, b + 1):
                    if x % k == 0:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(1, 10, 3) == 3
            assert candidate(3, 3, 3) == 1
            assert candidate(4, 5, 3) == 0
            assert candidate(10, 1, 2) == 0
            assert candidate(1, 100, 1) == 100
            assert candidate(6, 18, 6) == 3
        """,
        workload="""
            def workload(candidate):
                for i in range(300):
                    candidate(1 + i, 3000 + i, 2 + i % 7)
        """,
    ),
    task(
        name="count-squares",
        doc="""
            Return how many perfect squares (1, 4, 9, ...) lie between 1 and n inclusive; 0 when n < 1.
            >>> count_squares(10)
            3
        """,
        reference="""
            import math


            def count_squares(n: int) -> int:
                return math.isqrt(n) if n > 0 else 0
        """,
        slow="""
            def count_squares(n: int) -> int:
                count = 0
                i = 1
                while i * i <= n:
                    count += 1
                    i += 1
                return count
        """,
        tests="""
            assert candidate(10) == 3
            assert candidate(1) == 1
            assert candidate(0) == 0
            assert candidate(-4) == 0
            assert candidate(16) == 4
            assert candidate(15) == 3
        """,
        workload="""
            def workload(candidate):
                for i in range(500):
                    candidate(1_000_000 + 7919 * i)
        """,
    ),
    task(
        name="sum-first-odd-numbers",
        doc="""
            Return the sum of the first n odd positive numbers; return 0 when n is less than 1.
            >>> sum_first_odds(3)
            9
        """,
        reference="""
            def sum_first_odds(n: int) -> int:
                return n * n if n > 0 else 0
        """,
        slow="""
            def sum_first_odds(n: int) -> int:
                total = 0
                for i in range(n):
                    total += 2 * i + 1
                return total
        """,
        tests="""
            assert candidate(3) == 9
            assert candidate(1) == 1
            assert candidate(2) == 4
            assert candidate(0) == 0
            assert candidate(-2) == 0
            assert candidate(10) == 100
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="sum-first-even-numbers",
        doc="""
            Return the sum of the first n even positive numbers; return 0 when n is less than 1.
            >>> sum_first_evens(3)
            12
        """,
        reference="""
            def sum_first_evens(n: int) -> int:
                return n * (n + 1) if n > 0 else 0
        """,
        slow="""
            def sum_first_evens(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    total += 2 * i
                return total
        """,
        tests="""
            assert candidate(3) == 12
            assert candidate(1) == 2
            assert candidate(2) == 6
            assert candidate(0) == 0
            assert candidate(-4) == 0
            assert candidate(10) == 110
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="handshakes",
        doc="""
            Each of n people shakes hands once with every other person. Return the number of handshakes.
            >>> handshakes(4)
            6
        """,
        reference="""
            def handshakes(n: int) -> int:
                return n * (n - 1) // 2 if n > 1 else 0
        """,
        slow=[
            """
            def handshakes(n: int) -> int:
                count = 0
                for i in range(n):
                    for j in range(i + 1, n):
                        count += 1
                return count
            """,
            """
            def handshakes(n: int) -> int:
                total = 0
                for i in range(n):
                    total += i
                return total
            """,
        ],
        tests="""
            assert candidate(4) == 6
            assert candidate(2) == 1
            assert candidate(1) == 0
            assert candidate(0) == 0
            assert candidate(3) == 3
            assert candidate(10) == 45
        """,
        workload="""
            def workload(candidate):
                for i in range(10):
                    candidate(300 + 17 * i)
        """,
    ),
    task(
        name="sum-below",
        doc="""
            Return the sum of all integers from 0 to n - 1 inclusive; return 0 when n is less than 1.
            >>> sum_below(5)
            10
        """,
        reference="""
            def sum_below(n: int) -> int:
                return n * (n - 1) // 2 if n > 0 else 0
        """,
        slow=[
            """
            def sum_below(n: int) -> int:
                total = 0
                for i in range(n):
                    total += i
                return total
            """,
            """
            def sum_below(n: int) -> int:
                return sum(range(n))
            """,
        ],
        tests="""
            assert candidate(5) == 10
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(0) == 0
            assert candidate(-3) == 0
            assert candidate(101) == 5050
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(1000 + i % 500)
        """,
    ),
    task(
        name="sum-powers-of-two",
        doc="""
            Return the sum of 2 to the power i for every integer i from 0 to n inclusive; return 0 when n is less than 0.
            >>> sum_powers_of_two(3)
            15
        """,
        reference="""
            def sum_powers_of_two(n: int) -> int:
                return 2 ** (n + 1) - 1 if n >= 0 else 0
        """,
        slow="""
            def sum_powers_of_two(n: int) -> int:
                total = 0
                for i in range(n + 1):
                    total += 2 ** i
                return total
        """,
        tests="""
            assert candidate(3) == 15
            assert candidate(0) == 1
            assert candidate(1) == 3
            assert candidate(-1) == 0
            assert candidate(-5) == 0
            assert candidate(10) == 2047
        """,
        workload="""
            def workload(candidate):
                for i in range(200):
                    candidate(300 + i)
        """,
    ),
    task(
        name="count-evens-between",
        doc="""
            Return how many even integers x satisfy a <= x <= b; return 0 when a is greater than b.
            >>> count_evens(3, 10)
            4
        """,
        reference="""
            def count_evens(a: int, b: int) -> int:
                return b // 2 - (a - 1) // 2 if a <= b else 0
        """,
        slow="""
            def count_evens(a: int, b: int) -> int:
                count = 0
                for x in range(a, b + 1):
                    if x % 2 == 0:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(3, 10) == 4
            assert candidate(2, 2) == 1
            assert candidate(1, 1) == 0
            assert candidate(5, 4) == 0
            assert candidate(-3, 3) == 3
            assert candidate(-4, -1) == 2
            assert candidate(0, 0) == 1
        """,
        workload="""
            def workload(candidate):
                for i in range(300):
                    candidate(i - 150, 600 + i)
        """,
    ),
    task(
        name="square-of-sum",
        doc="""
            Return the square of the sum of all integers from 1 to n inclusive; return 0 when n is less than 1.
            >>> square_of_sum(3)
            36
        """,
        reference="""
            def square_of_sum(n: int) -> int:
                if n < 1:
                    return 0
                total = n * (n + 1) // 2
                return total * total
        """,
        slow="""
            def square_of_sum(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    total += i
                return total * total
        """,
        tests="""
            assert candidate(3) == 36
            assert candidate(1) == 1
            assert candidate(2) == 9
            assert candidate(0) == 0
            assert candidate(-6) == 0
            assert candidate(10) == 3025
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="count-odd-numbers",
        doc="""
            Return how many odd integers lie between 1 and n inclusive; return 0 when n is less than 1.
            >>> count_odds(7)
            4
        """,
        reference="""
            def count_odds(n: int) -> int:
                return (n + 1) // 2 if n > 0 else 0
        """,
        slow="""
            def count_odds(n: int) -> int:
                count = 0
                for i in range(1, n + 1):
                    if i % 2 == 1:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(7) == 4
            assert candidate(8) == 4
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(0) == 0
            assert candidate(-5) == 0
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="sum-of-cubes",
        doc="""
            Return 1**3 + 2**3 + ... + n**3, or 0 when n < 1.
            >>> sum_of_cubes(3)
            36
        """,
        reference="""
            def sum_of_cubes(n: int) -> int:
                if n < 1:
                    return 0
                half = n * (n + 1) // 2
                return half * half
        """,
        slow="""
            def sum_of_cubes(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    total += i ** 3
                return total
        """,
        tests="""
            assert candidate(3) == 36
            assert candidate(1) == 1
            assert candidate(0) == 0
            assert candidate(-3) == 0
            assert candidate(10) == 3025
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(500 + i % 500)
        """,
    ),
]

TEST = [
    task(
        name="arithmetic-series",
        doc="""
            Return the sum of the first `count` terms of the sequence first, first + step, first + 2*step, ...
            (0 when count < 1).
            >>> series_sum(2, 3, 4)
            26
        """,
        reference="""
            def series_sum(first: int, step: int, count: int) -> int:
                if count < 1:
                    return 0
                return count * first + step * count * (count - 1) // 2
        """,
        slow="""
            def series_sum(first: int, step: int, count: int) -> int:
                total = 0
                term = first
                for _ in range(count):
                    total += term
                    term += step
                return total
        """,
        tests="""
            assert candidate(2, 3, 4) == 26
            assert candidate(5, 0, 3) == 15
            assert candidate(1, 1, 1) == 1
            assert candidate(7, 2, 0) == 0
            assert candidate(10, -2, 5) == 30
        """,
        workload="""
            def workload(candidate):
                for i in range(500):
                    candidate(i - 250, i % 9 - 4, 1500 + i)
        """,
    ),
    task(
        name="sum-multiples-of-k",
        doc="""
            Return the sum of the positive multiples of k that are at most n (k >= 1).
            >>> sum_multiples(10, 3)
            18
        """,
        reference="""
            def sum_multiples(n: int, k: int) -> int:
                count = n // k if n > 0 else 0
                return k * count * (count + 1) // 2
        """,
        slow="""
            def sum_multiples(n: int, k: int) -> int:
                total = 0
                for x in range(1, n + 1):
                    if x % k == 0:
                        total += x
                return total
        """,
        tests="""
            assert candidate(10, 3) == 18
            assert candidate(10, 5) == 15
            assert candidate(2, 3) == 0
            assert candidate(0, 4) == 0
            assert candidate(7, 1) == 28
        """,
        workload="""
            def workload(candidate):
                for i in range(400):
                    candidate(2000 + i, 1 + i % 13)
        """,
    ),
    task(
        name="count-sum-pairs",
        doc="""
            Return how many pairs of positive integers a < b satisfy a + b == n.
            >>> count_sum_pairs(7)
            3
        """,
        reference="""
            def count_sum_pairs(n: int) -> int:
                return (n - 1) // 2 if n > 2 else 0
        """,
        slow=[
            """
            def count_sum_pairs(n: int) -> int:
                count = 0
                for a in range(1, n):
                    if a < n - a:
                        count += 1
                return count
            """,
            """
            def count_sum_pairs(n: int) -> int:
                count = 0
                for a in range(1, n):
                    for b in range(a + 1, n):
                        if a + b == n:
                            count += 1
                return count
            """,
        ],
        tests="""
            assert candidate(7) == 3
            assert candidate(8) == 3
            assert candidate(3) == 1
            assert candidate(2) == 0
            assert candidate(1) == 0
            assert candidate(0) == 0
            assert candidate(-5) == 0
        """,
        workload="""
            def workload(candidate):
                for i in range(10):
                    candidate(300 + 17 * i)
        """,
    ),
    task(
        name="alternating-sum",
        doc="""
            Return the sum of the odd numbers from 1 to n minus the sum of the even numbers from 1 to n; return 0 when n is less than 1.
            >>> alternating_sum(5)
            3
        """,
        reference="""
            def alternating_sum(n: int) -> int:
                if n < 1:
                    return 0
                return (n + 1) // 2 if n % 2 == 1 else -(n // 2)
        """,
        slow="""
            def alternating_sum(n: int) -> int:
                total = 0
                for i in range(1, n + 1):
                    if i % 2 == 1:
                        total += i
                    else:
                        total -= i
                return total
        """,
        tests="""
            assert candidate(5) == 3
            assert candidate(4) == -2
            assert candidate(1) == 1
            assert candidate(2) == -1
            assert candidate(0) == 0
            assert candidate(-3) == 0
        """,
        workload="""
            def workload(candidate):
                for i in range(1000):
                    candidate(300 + i % 300)
        """,
    ),
    task(
        name="sum-of-triangular-numbers",
        doc="""
            The k-th triangular number is k * (k + 1) // 2. Return the sum of the first n triangular numbers (n >= 0).
            >>> sum_triangular(4)
            20
        """,
        reference="""
            def sum_triangular(n: int) -> int:
                return n * (n + 1) * (n + 2) // 6
        """,
        slow="""
            def sum_triangular(n: int) -> int:
                return sum(k * (k + 1) // 2 for k in range(1, n + 1))
        """,
        tests="""
            assert candidate(4) == 20
            assert candidate(0) == 0
            assert candidate(1) == 1
            assert candidate(2) == 4
            assert candidate(3) == 10
            assert candidate(10) == 220
            assert candidate(100) == 171700
        """,
        workload="""
            def workload(candidate):
                for n in (10000, 12345, 20000):
                    candidate(n)
        """,
    ),
]
