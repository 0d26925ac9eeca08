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
]

TEST = []
