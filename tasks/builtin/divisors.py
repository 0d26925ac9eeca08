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
    task(
        name="count-odd-divisors",
        doc="""
            Return how many odd positive integers divide n (n >= 1).
            >>> count_odd_divisors(12)
            2
        """,
        reference="""
            def count_odd_divisors(n: int) -> int:
                count, d = 0, 1
                while d * d <= n:
                    if n % d == 0:
                        count += d % 2
                        if d * d != n:
                            count += (n // d) % 2
                    d += 1
                return count
        """,
        slow="""
            def count_odd_divisors(n: int) -> int:
                return sum(1 for d in range(1, n + 1) if n % d == 0 and d % 2 == 1)
        """,
        tests="""
            assert candidate(12) == 2
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(9) == 3
            assert candidate(15) == 4
            assert candidate(64) == 1
        """,
        workload="""
            def workload(candidate):
                for n in (45045, 65536, 99991, 30030):
                    candidate(n)
        """,
    ),
    task(
        name="count-common-divisors",
        doc="""
            Return how many positive integers divide both a and b (a, b >= 1).
            >>> count_common_divisors(12, 18)
            4
        """,
        reference="""
            import math


            def count_common_divisors(a: int, b: int) -> int:
                g = math.gcd(a, b)
                count, d = 0, 1
                while d * d <= g:
                    if g % d == 0:
                        count += 1 if d * d == g else 2
                    d += 1
                return count
        """,
        slow="""
            def count_common_divisors(a: int, b: int) -> int:
                return sum(1 for d in range(1, min(a, b) + 1) if a % d == 0 and b % d == 0)
        """,
        tests="""
            assert candidate(12, 18) == 4
            assert candidate(1, 1) == 1
            assert candidate(7, 13) == 1
            assert candidate(16, 16) == 5
            assert candidate(100, 75) == 3
        """,
        workload="""
            def workload(candidate):
                for a, b in ((45045, 90090), (65536, 98304), (99991, 99989)):
                    candidate(a, b)
        """,
    ),
]

TEST = [
    task(
        name="has-three-divisors",
        doc="""
            Return True if n >= 1 has exactly three positive divisors.
            >>> has_three_divisors(4)
            True
        """,
        reference="""
            def has_three_divisors(n: int) -> bool:
                count, d = 0, 1
                while d * d <= n:
                    if n % d == 0:
                        count += 1 if d * d == n else 2
                    d += 1
                return count == 3
        """,
        slow="""
            def has_three_divisors(n: int) -> bool:
                return sum(1 for d in range(1, n + 1) if n % d == 0) == 3
        """,
        tests="""
            assert candidate(4) is True
            assert candidate(1) is False
            assert candidate(2) is False
            assert candidate(9) is True
            assert candidate(12) is False
            assert candidate(16) is False
            assert candidate(49) is True
        """,
        workload="""
            def workload(candidate):
                for n in (10201, 99991, 65536, 94249):
                    candidate(n)
        """,
    ),
    task(
        name="kth-divisor",
        doc="""
            Return the k-th smallest positive divisor of n, or -1 when n has fewer than k divisors.
            >>> kth_divisor(12, 3)
            3
        """,
        reference="""
            def kth_divisor(n: int, k: int) -> int:
                small, large, d = [], [], 1
                while d * d <= n:
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
                    d += 1
                divisors = small + large[::-1]
                return divisors[k - 1] if k <= len(divisors) else -1
        """,
        slow="""
            def kth_divisor(n: int, k: int) -> int:
                for d in range(1, n + 1):
                    if n % d == 0:
                        k -= 1
                        if k == 0:
                            return d
                return -1
        """,
        tests="""
            assert candidate(12, 3) == 3
            assert candidate(7, 2) == 7
            assert candidate(4, 4) == -1
            assert candidate(1, 1) == 1
            assert candidate(36, 9) == 36
            assert candidate(36, 6) == 9
        """,
        workload="""
            def workload(candidate):
                for n, k in ((99991, 2), (65536, 17), (45045, 20), (30030, 40)):
                    candidate(n, k)
        """,
    ),
    task(
        name="closest-divisors",
        doc="""
            Return the pair (a, b) with a * b == n and a <= b for which b - a is smallest (n >= 1).
            >>> closest_divisors(24)
            (4, 6)
        """,
        reference="""
            import math
            from typing import Tuple


            def closest_divisors(n: int) -> Tuple[int, int]:
                a = math.isqrt(n)
                while n % a:
                    a -= 1
                return (a, n // a)
        """,
        slow="""
            from typing import Tuple


            def closest_divisors(n: int) -> Tuple[int, int]:
                best = (1, n)
                for a in range(1, n + 1):
                    if n % a == 0 and a <= n // a and n // a - a < best[1] - best[0]:
                        best = (a, n // a)
                return best
        """,
        tests="""
            assert candidate(24) == (4, 6)
            assert candidate(1) == (1, 1)
            assert candidate(13) == (1, 13)
            assert candidate(36) == (6, 6)
            assert candidate(10) == (2, 5)
        """,
        workload="""
            def workload(candidate):
                for n in (99991, 65536, 45045, 2 * 49999):
                    candidate(n)
        """,
    ),
]
