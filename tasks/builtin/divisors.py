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
            from math import isqrt


            def count_divisors(n: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += 1 if d * d == n else 2
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
            from math import isqrt


            def divisor_sum(n: int) -> int:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
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
            from math import isqrt


            def is_perfect(n: int) -> bool:
                if n < 2:
                    return False
                total = 1
                for d in range(2, isqrt(n) + 1):
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
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
            from math import isqrt


            def divisors(n: int) -> List[int]:
                small, large = [], []
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
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
            from math import isqrt


            def largest_proper_divisor(n: int) -> int:
                for d in range(2, isqrt(n) + 1):
                    if n % d == 0:
                        return n // d
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
            from math import isqrt


            def count_odd_divisors(n: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += d % 2
                        if d * d != n:
                            count += (n // d) % 2
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
            from math import isqrt

            import math


            def count_common_divisors(a: int, b: int) -> int:
                g = math.gcd(a, b)
                count = 0
                for d in range(1, isqrt(g) + 1):
                    if g % d == 0:
                        count += 1 if d * d == g else 2
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
    task(
        name="count-even-divisors",
        doc="""
            Return how many even positive integers divide n (n >= 1).
            >>> count_even_divisors(12)
            4
        """,
        reference="""
            from math import isqrt


            def count_even_divisors(n: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += d % 2 == 0
                        if d * d != n:
                            count += (n // d) % 2 == 0
                return count
        """,
        slow="""
            def count_even_divisors(n: int) -> int:
                count = 0
                for d in range(1, n + 1):
                    if n % d == 0 and d % 2 == 0:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(12) == 4
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(7) == 0
            assert candidate(16) == 4
            assert candidate(36) == 6
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99990, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="sum-proper-divisors",
        doc="""
            Return the sum of the positive divisors of n that are smaller than n (n >= 1).
            >>> sum_proper_divisors(12)
            16
        """,
        reference="""
            from math import isqrt


            def sum_proper_divisors(n: int) -> int:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                return total - n
        """,
        slow="""
            def sum_proper_divisors(n: int) -> int:
                total = 0
                for d in range(1, n):
                    if n % d == 0:
                        total += d
                return total
        """,
        tests="""
            assert candidate(12) == 16
            assert candidate(1) == 0
            assert candidate(7) == 1
            assert candidate(6) == 6
            assert candidate(28) == 28
            assert candidate(16) == 15
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="is-abundant",
        doc="""
            Return True if the divisors of n that are smaller than n add up to more than n, else False (n >= 1).
            >>> is_abundant(12)
            True
        """,
        reference="""
            from math import isqrt


            def is_abundant(n: int) -> bool:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                return total - n > n
        """,
        slow="""
            def is_abundant(n: int) -> bool:
                total = 0
                for d in range(1, n):
                    if n % d == 0:
                        total += d
                return total > n
        """,
        tests="""
            assert candidate(12) == True
            assert candidate(1) == False
            assert candidate(6) == False
            assert candidate(7) == False
            assert candidate(18) == True
            assert candidate(945) == True
            assert candidate(16) == False
        """,
        workload="""
            def workload(candidate):
                for n in (99990, 65536, 99991, 83160, 77777):
                    candidate(n)
        """,
    ),
    task(
        name="proper-divisors",
        doc="""
            Return the positive divisors of n that are smaller than n, in increasing order (n >= 1).
            >>> proper_divisors(12)
            [1, 2, 3, 4, 6]
        """,
        reference="""
            from math import isqrt


            def proper_divisors(n: int) -> List[int]:
                small, large = [], []
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
                return (small + large[::-1])[:-1]
        """,
        slow="""
            def proper_divisors(n: int) -> List[int]:
                result = []
                for d in range(1, n):
                    if n % d == 0:
                        result.append(d)
                return result
        """,
        tests="""
            assert candidate(12) == [1, 2, 3, 4, 6]
            assert candidate(1) == []
            assert candidate(7) == [1]
            assert candidate(2) == [1]
            assert candidate(16) == [1, 2, 4, 8]
            assert candidate(36) == [1, 2, 3, 4, 6, 9, 12, 18]
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="count-divisor-pairs",
        doc="""
            Return how many pairs of positive integers a <= b satisfy a * b == n (n >= 1).
            >>> count_divisor_pairs(12)
            3
        """,
        reference="""
            from math import isqrt


            def count_divisor_pairs(n: int) -> int:
                count = 0
                for a in range(1, isqrt(n) + 1):
                    if n % a == 0:
                        count += 1
                return count
        """,
        slow="""
            def count_divisor_pairs(n: int) -> int:
                count = 0
                for a in range(1, n + 1):
                    if n % a == 0 and a <= n // a:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(12) == 3
            assert candidate(1) == 1
            assert candidate(7) == 1
            assert candidate(16) == 3
            assert candidate(36) == 5
            assert candidate(100) == 5
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="has-odd-divisor-count",
        doc="""
            Return True if n (n >= 1) has an odd number of positive divisors, else False.
            >>> has_odd_divisor_count(9)
            True
        """,
        reference="""
            import math


            def has_odd_divisor_count(n: int) -> bool:
                root = math.isqrt(n)
                return root * root == n
        """,
        slow="""
            def has_odd_divisor_count(n: int) -> bool:
                count = 0
                for d in range(1, n + 1):
                    if n % d == 0:
                        count += 1
                return count % 2 == 1
        """,
        tests="""
            assert candidate(9) == True
            assert candidate(1) == True
            assert candidate(2) == False
            assert candidate(12) == False
            assert candidate(16) == True
            assert candidate(15) == False
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="sum-of-divisor-squares",
        doc="""
            Return the sum of the squares of all positive divisors of n (n >= 1).
            >>> sum_divisor_squares(6)
            50
        """,
        reference="""
            from math import isqrt


            def sum_divisor_squares(n: int) -> int:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        total += d * d
                        if d * d != n:
                            total += (n // d) ** 2
                return total
        """,
        slow="""
            def sum_divisor_squares(n: int) -> int:
                total = 0
                for d in range(1, n + 1):
                    if n % d == 0:
                        total += d * d
                return total
        """,
        tests="""
            assert candidate(6) == 50
            assert candidate(1) == 1
            assert candidate(7) == 50
            assert candidate(4) == 21
            assert candidate(10) == 130
            assert candidate(12) == 210
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="count-divisors-divisible-by",
        doc="""
            Return how many positive divisors of n are multiples of k (n, k >= 1).
            >>> count_divisors_divisible_by(12, 2)
            4
        """,
        reference="""
            from math import isqrt


            def count_divisors_divisible_by(n: int, k: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += d % k == 0
                        if d * d != n:
                            count += (n // d) % k == 0
                return count
        """,
        slow="""
            def count_divisors_divisible_by(n: int, k: int) -> int:
                count = 0
                for d in range(1, n + 1):
                    if n % d == 0 and d % k == 0:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(12, 2) == 4
            assert candidate(12, 5) == 0
            assert candidate(1, 1) == 1
            assert candidate(36, 3) == 6
            assert candidate(7, 7) == 1
            assert candidate(16, 1) == 5
        """,
        workload="""
            def workload(candidate):
                for n, k in ((60060, 3), (65536, 4), (99990, 5), (83160, 7), (90000, 2)):
                    candidate(n, k)
        """,
    ),
    task(
        name="divisor-counts",
        doc="""
            Return a list with the number of positive divisors of each number in nums (every number is at least 1).
            >>> divisor_counts([1, 6, 7])
            [1, 4, 2]
        """,
        reference="""
            def divisor_counts(nums: List[int]) -> List[int]:
                result = []
                for n in nums:
                    count, d = 0, 1
                    while d * d <= n:
                        if n % d == 0:
                            count += 1 if d * d == n else 2
                        d += 1
                    result.append(count)
                return result
        """,
        slow="""
            def divisor_counts(nums: List[int]) -> List[int]:
                result = []
                for n in nums:
                    count = 0
                    for d in range(1, n + 1):
                        if n % d == 0:
                            count += 1
                    result.append(count)
                return result
        """,
        tests="""
            assert candidate([1, 6, 7]) == [1, 4, 2]
            assert candidate([]) == []
            assert candidate([12]) == [6]
            assert candidate([16, 16]) == [5, 5]
            assert candidate([2, 3, 4]) == [2, 2, 3]
        """,
        workload="""
            _NUMS = [20000 + 37 * i for i in range(20)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-proper-divisors",
        doc="""
            Return how many positive divisors of n are smaller than n (n >= 1).
            >>> count_proper_divisors(12)
            5
        """,
        reference="""
            from math import isqrt


            def count_proper_divisors(n: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += 1 if d * d == n else 2
                return count - 1
        """,
        slow="""
            def count_proper_divisors(n: int) -> int:
                count = 0
                for d in range(1, n):
                    if n % d == 0:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(12) == 5
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(7) == 1
            assert candidate(16) == 4
            assert candidate(36) == 8
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="is-deficient",
        doc="""
            Return True if the divisors of n that are smaller than n add up to less than n, else False (n >= 1).
            >>> is_deficient(10)
            True
        """,
        reference="""
            from math import isqrt


            def is_deficient(n: int) -> bool:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        total += d
                        if d * d != n:
                            total += n // d
                return total - n < n
        """,
        slow="""
            def is_deficient(n: int) -> bool:
                total = 0
                for d in range(1, n):
                    if n % d == 0:
                        total += d
                return total < n
        """,
        tests="""
            assert candidate(10) == True
            assert candidate(1) == True
            assert candidate(7) == True
            assert candidate(6) == False
            assert candidate(12) == False
            assert candidate(16) == True
            assert candidate(28) == False
        """,
        workload="""
            def workload(candidate):
                for n in (99990, 65536, 99991, 83160, 77777):
                    candidate(n)
        """,
    ),
    task(
        name="sum-even-divisors",
        doc="""
            Return the sum of the even positive divisors of n (n >= 1).
            >>> sum_even_divisors(12)
            24
        """,
        reference="""
            from math import isqrt


            def sum_even_divisors(n: int) -> int:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        if d % 2 == 0:
                            total += d
                        if d * d != n and (n // d) % 2 == 0:
                            total += n // d
                return total
        """,
        slow="""
            def sum_even_divisors(n: int) -> int:
                total = 0
                for d in range(1, n + 1):
                    if n % d == 0 and d % 2 == 0:
                        total += d
                return total
        """,
        tests="""
            assert candidate(12) == 24
            assert candidate(1) == 0
            assert candidate(7) == 0
            assert candidate(2) == 2
            assert candidate(16) == 30
            assert candidate(36) == 78
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99990, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="divisor-sums",
        doc="""
            Return a list with the sum of the positive divisors of each number in nums (every number is at least 1).
            >>> divisor_sums([1, 6, 7])
            [1, 12, 8]
        """,
        reference="""
            def divisor_sums(nums: List[int]) -> List[int]:
                result = []
                for n in nums:
                    total, d = 0, 1
                    while d * d <= n:
                        if n % d == 0:
                            total += d if d * d == n else d + n // d
                        d += 1
                    result.append(total)
                return result
        """,
        slow="""
            def divisor_sums(nums: List[int]) -> List[int]:
                return [sum(d for d in range(1, n + 1) if n % d == 0) for n in nums]
        """,
        tests="""
            assert candidate([1, 6, 7]) == [1, 12, 8]
            assert candidate([]) == []
            assert candidate([12]) == [28]
            assert candidate([16, 16]) == [31, 31]
            assert candidate([2, 3, 4]) == [3, 4, 7]
        """,
        workload="""
            _NUMS = [20000 + 41 * i for i in range(20)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="divisors-descending",
        doc="""
            Return all positive divisors of n (n >= 1) from the largest to the smallest.
            >>> divisors_descending(12)
            [12, 6, 4, 3, 2, 1]
        """,
        reference="""
            from math import isqrt


            def divisors_descending(n: int) -> List[int]:
                small, large = [], []
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
                return large + small[::-1]
        """,
        slow="""
            def divisors_descending(n: int) -> List[int]:
                return [d for d in range(n, 0, -1) if n % d == 0]
        """,
        tests="""
            assert candidate(12) == [12, 6, 4, 3, 2, 1]
            assert candidate(1) == [1]
            assert candidate(2) == [2, 1]
            assert candidate(13) == [13, 1]
            assert candidate(16) == [16, 8, 4, 2, 1]
        """,
        workload="""
            def workload(candidate):
                for n in (60060, 65536, 99991, 83160, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="common-divisors",
        doc="""
            Return the positive integers that divide both a and b, in increasing order (a, b >= 1).
            >>> common_divisors(12, 18)
            [1, 2, 3, 6]
        """,
        reference="""
            from math import isqrt

            import math


            def common_divisors(a: int, b: int) -> List[int]:
                g = math.gcd(a, b)
                small, large = [], []
                for d in range(1, isqrt(g) + 1):
                    if g % d == 0:
                        small.append(d)
                        if d * d != g:
                            large.append(g // d)
                return small + large[::-1]
        """,
        slow="""
            def common_divisors(a: int, b: int) -> List[int]:
                return [d for d in range(1, min(a, b) + 1) if a % d == 0 and b % d == 0]
        """,
        tests="""
            assert candidate(12, 18) == [1, 2, 3, 6]
            assert candidate(1, 1) == [1]
            assert candidate(7, 13) == [1]
            assert candidate(16, 16) == [1, 2, 4, 8, 16]
            assert candidate(100, 75) == [1, 5, 25]
            assert candidate(5, 10) == [1, 5]
        """,
        workload="""
            def workload(candidate):
                for a, b in ((45045, 90090), (65536, 98304), (99991, 99989)):
                    candidate(a, b)
        """,
    ),
    task(
        name="sum-odd-divisors",
        doc="""
            Return the sum of the odd positive divisors of n (n >= 1).
            >>> sum_odd_divisors(12)
            4
        """,
        reference="""
            from math import isqrt


            def sum_odd_divisors(n: int) -> int:
                total = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        if d % 2 == 1:
                            total += d
                        if d * d != n and (n // d) % 2 == 1:
                            total += n // d
                return total
        """,
        slow="""
            def sum_odd_divisors(n: int) -> int:
                total = 0
                for d in range(1, n + 1):
                    if n % d == 0 and d % 2 == 1:
                        total += d
                return total
        """,
        tests="""
            assert candidate(12) == 4
            assert candidate(1) == 1
            assert candidate(8) == 1
            assert candidate(9) == 13
            assert candidate(15) == 24
            assert candidate(2) == 1
        """,
        workload="""
            def workload(candidate):
                for n in (45045, 65536, 99991, 30030, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="is-amicable",
        doc="""
            Let s(n) be the sum of the divisors of n smaller than n. Return True if m = s(n) differs from n and s(m) == n,
            else False (n >= 1).
            >>> is_amicable(220)
            True
        """,
        reference="""
            from math import isqrt


            def is_amicable(n: int) -> bool:
                def proper_sum(k: int) -> int:
                    if k < 2:
                        return 0
                    total = 1
                    for d in range(2, isqrt(k) + 1):
                        if k % d == 0:
                            total += d
                            if d * d != k:
                                total += k // d
                    return total

                m = proper_sum(n)
                return m != n and proper_sum(m) == n
        """,
        slow="""
            def is_amicable(n: int) -> bool:
                def proper_sum(k: int) -> int:
                    return sum(d for d in range(1, k) if k % d == 0)

                m = proper_sum(n)
                return m != n and proper_sum(m) == n
        """,
        tests="""
            assert candidate(220) == True
            assert candidate(284) == True
            assert candidate(1) == False
            assert candidate(6) == False
            assert candidate(12) == False
            assert candidate(1184) == True
            assert candidate(10) == False
        """,
        workload="""
            def workload(candidate):
                for n in (5020, 5564, 6232, 6368, 10744):
                    candidate(n)
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
            from math import isqrt


            def has_three_divisors(n: int) -> bool:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += 1 if d * d == n else 2
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
            from math import isqrt


            def kth_divisor(n: int, k: int) -> int:
                small, large = [], []
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        small.append(d)
                        if d * d != n:
                            large.append(n // d)
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
    task(
        name="count-divisors-below",
        doc="""
            Return how many positive divisors of n are smaller than k (n, k >= 1).
            >>> count_divisors_below(12, 5)
            4
        """,
        reference="""
            from math import isqrt


            def count_divisors_below(n: int, k: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += d < k
                        if d * d != n:
                            count += n // d < k
                return count
        """,
        slow="""
            def count_divisors_below(n: int, k: int) -> int:
                count = 0
                for d in range(1, n + 1):
                    if n % d == 0 and d < k:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(12, 5) == 4
            assert candidate(12, 1) == 0
            assert candidate(1, 2) == 1
            assert candidate(36, 10) == 6
            assert candidate(7, 100) == 2
            assert candidate(16, 16) == 4
        """,
        workload="""
            def workload(candidate):
                for n, k in ((60060, 70000), (65536, 1000), (99991, 99991), (83160, 50000), (90000, 300)):
                    candidate(n, k)
        """,
    ),
    task(
        name="count-divisors-ending-in",
        doc="""
            Return how many positive divisors of n end in the digit k (n >= 1, 0 <= k <= 9).
            >>> count_divisors_ending_in(30, 5)
            2
        """,
        reference="""
            from math import isqrt


            def count_divisors_ending_in(n: int, k: int) -> int:
                count = 0
                for d in range(1, isqrt(n) + 1):
                    if n % d == 0:
                        count += d % 10 == k
                        if d * d != n:
                            count += (n // d) % 10 == k
                return count
        """,
        slow="""
            def count_divisors_ending_in(n: int, k: int) -> int:
                count = 0
                for d in range(1, n + 1):
                    if n % d == 0 and d % 10 == k:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(30, 5) == 2
            assert candidate(30, 0) == 2
            assert candidate(1, 1) == 1
            assert candidate(1, 0) == 0
            assert candidate(7, 7) == 1
            assert candidate(100, 0) == 4
            assert candidate(36, 6) == 2
        """,
        workload="""
            def workload(candidate):
                for n, k in ((60060, 5), (65536, 6), (99990, 0), (83160, 1), (90000, 9)):
                    candidate(n, k)
        """,
    ),
    task(
        name="count-square-divisors",
        doc="""
            Return how many divisors of n (n >= 1) are perfect squares (1, 4, 9, ...).
            >>> count_square_divisors(72)
            4
        """,
        reference="""
            from math import isqrt


            def count_square_divisors(n: int) -> int:
                count = 0
                for r in range(1, isqrt(n) + 1):
                    if n % (r * r) == 0:
                        count += 1
                return count
        """,
        slow="""
            def count_square_divisors(n: int) -> int:
                count = 0
                for d in range(1, n + 1):
                    if n % d == 0 and int(d ** 0.5) ** 2 == d:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(72) == 4
            assert candidate(1) == 1
            assert candidate(2) == 1
            assert candidate(4) == 2
            assert candidate(16) == 3
            assert candidate(36) == 4
            assert candidate(97) == 1
            assert candidate(3600) == 12
        """,
        workload="""
            def workload(candidate):
                for n in (45000, 65536, 99991, 90000):
                    candidate(n)
        """,
    ),
]
