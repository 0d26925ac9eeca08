"""The divisors family: divisors come in pairs (d, n // d), so looping to sqrt(n) finds them all.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "divisors"
IDEA = "divisors come in pairs (d, n // d), so looping to sqrt(n) finds them all"

TRAIN = [
    task(
        name="count-divisors",
        doc="""
            Return the number of positive divisors of n (n >= 1).
            >>> count_divisors(12)
            6
        """,
        reference="""
            def count_divisors(n: int) -> int:
                count = 0
                d = 1
                while d * d <= n:
                    if n % d == 0:
                        count += 1 if d * d == n else 2
                    d += 1
                return count
        """,
        slow="""
            def count_divisors(n: int) -> int:
                return sum(1 for d in range(1, n + 1) if n % d == 0)
        """,
        tests="""
            assert candidate(1) == 1
            assert candidate(12) == 6
            assert candidate(7) == 2
            assert candidate(36) == 9
            assert candidate(100) == 9
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="divisor-sum",
        doc="""
            Return the sum of all positive divisors of n, including 1 and n (n >= 1).
            >>> divisor_sum(6)
            12
        """,
        reference="""
            def divisor_sum(n: int) -> int:
                total = 0
                d = 1
                while d * d <= n:
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                    d += 1
                return total
        """,
        slow="""
            def divisor_sum(n: int) -> int:
                total = 0
                for d in range(1, n + 1):
                    if n % d == 0:
                        total += d
                return total
        """,
        tests="""
            assert candidate(1) == 1
            assert candidate(6) == 12
            assert candidate(12) == 28
            assert candidate(7) == 8
            assert candidate(16) == 31
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="is-perfect",
        doc="""
            Return True if n (n >= 1) equals the sum of its divisors smaller than n, else False.
            >>> is_perfect(28)
            True
        """,
        reference="""
            def is_perfect(n: int) -> bool:
                if n < 2:
                    return False
                total = 1
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                    d += 1
                return total == n
        """,
        slow="""
            def is_perfect(n: int) -> bool:
                return n == sum(d for d in range(1, n) if n % d == 0)
        """,
        tests="""
            assert candidate(6) == True
            assert candidate(28) == True
            assert candidate(1) == False
            assert candidate(12) == False
            assert candidate(496) == True
            assert candidate(8128) == True
            assert candidate(9) == False
        """,
        workload="""
            def workload(candidate):
                for n in (99990, 8128, 100000, 65536, 77777):
                    candidate(n)
        """,
    ),
    task(
        name="list-divisors",
        doc="""
            Return all positive divisors of n (n >= 1) in increasing order.
            >>> divisors(12)
            [1, 2, 3, 4, 6, 12]
        """,
        reference="""
            def divisors(n: int) -> List[int]:
                small, large = [], []
                d = 1
                while d * d <= n:
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
                    d += 1
                return small + large[::-1]
        """,
        slow="""
            def divisors(n: int) -> List[int]:
                return [d for d in range(1, n + 1) if n % d == 0]
        """,
        tests="""
            assert candidate(1) == [1]
            assert candidate(12) == [1, 2, 3, 4, 6, 12]
            assert candidate(13) == [1, 13]
            assert candidate(16) == [1, 2, 4, 8, 16]
            assert candidate(2) == [1, 2]
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="largest-proper-divisor",
        doc="""
            Return the largest divisor of n that is smaller than n (n >= 2).
            >>> largest_proper_divisor(12)
            6
        """,
        reference="""
            def largest_proper_divisor(n: int) -> int:
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        return n // d
                    d += 1
                return 1
        """,
        slow="""
            def largest_proper_divisor(n: int) -> int:
                for d in range(n - 1, 0, -1):
                    if n % d == 0:
                        return d
        """,
        tests="""
            assert candidate(2) == 1
            assert candidate(12) == 6
            assert candidate(49) == 7
            assert candidate(97) == 1
            assert candidate(15) == 5
        """,
        workload="""
            def workload(candidate):
                for n in (99991, 100003, 100019, 99221, 100043):
                    candidate(n)
        """,
    ),
]

TEST = []
