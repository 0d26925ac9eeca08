"""The primes family: trial division only up to sqrt(n), and a sieve when many numbers are involved.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "primes"
IDEA = "trial division only up to sqrt(n), and a sieve when many numbers are involved"

TRAIN = [
    task(
        name="is-prime",
        doc="""
            Return True if n is a prime number, else False.
            >>> is_prime(97)
            True
        """,
        reference="""
            from math import isqrt


            def is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True
        """,
        slow="""
            def is_prime(n: int) -> bool:
                if n < 2:
                    return False
                for d in range(2, n):
                    if n % d == 0:
                        return False
                return True
        """,
        tests="""
            assert candidate(2) == True
            assert candidate(1) == False
            assert candidate(0) == False
            assert candidate(-7) == False
            assert candidate(97) == True
            assert candidate(91) == False
            assert candidate(7919) == True
        """,
        workload="""
            def workload(candidate):
                for n in (99991, 100003, 100019, 100043, 99221, 100000):
                    candidate(n)
        """,
    ),
    task(
        name="count-primes",
        doc="""
            Return the number of primes less than n.
            >>> count_primes(10)
            4
        """,
        reference="""
            def count_primes(n: int) -> int:
                if n < 3:
                    return 0
                is_prime = bytearray([1]) * n
                is_prime[0] = is_prime[1] = 0
                p = 2
                while p * p < n:
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, n, p)))
                    p += 1
                return sum(is_prime)
        """,
        slow="""
            def count_primes(n: int) -> int:
                count = 0
                for k in range(2, n):
                    d = 2
                    while d * d <= k:
                        if k % d == 0:
                            break
                        d += 1
                    else:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(10) == 4
            assert candidate(0) == 0
            assert candidate(2) == 0
            assert candidate(3) == 1
            assert candidate(100) == 25
            assert candidate(-5) == 0
        """,
        workload="""
            def workload(candidate):
                candidate(30_000)
        """,
    ),
    task(
        name="nth-prime",
        doc="""
            Return the n-th prime number (n >= 1), so nth_prime(1) == 2.
            >>> nth_prime(6)
            13
        """,
        reference="""
            def nth_prime(n: int) -> int:
                limit = 16
                while True:
                    is_prime = bytearray([1]) * (limit + 1)
                    is_prime[0] = is_prime[1] = 0
                    p = 2
                    while p * p <= limit:
                        if is_prime[p]:
                            is_prime[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
                        p += 1
                    primes = [i for i, flag in enumerate(is_prime) if flag]
                    if len(primes) >= n:
                        return primes[n - 1]
                    limit *= 2
        """,
        slow="""
            def nth_prime(n: int) -> int:
                count = 0
                k = 1
                while count < n:
                    k += 1
                    if all(k % d != 0 for d in range(2, k)):
                        count += 1
                return k
        """,
        tests="""
            assert candidate(1) == 2
            assert candidate(2) == 3
            assert candidate(6) == 13
            assert candidate(10) == 29
            assert candidate(100) == 541
        """,
        workload="""
            def workload(candidate):
                candidate(300)
        """,
    ),
    task(
        name="primes-in-range",
        doc="""
            Return the primes p with lo <= p <= hi in increasing order.
            >>> primes_in_range(10, 20)
            [11, 13, 17, 19]
        """,
        reference="""
            from math import isqrt


            def primes_in_range(lo: int, hi: int) -> List[int]:
                if hi < 2:
                    return []
                is_prime = bytearray([1]) * (hi + 1)
                is_prime[0] = is_prime[1] = 0
                for p in range(2, isqrt(hi) + 1):
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, hi + 1, p)))
                return [k for k in range(max(lo, 2), hi + 1) if is_prime[k]]
        """,
        slow="""
            def primes_in_range(lo: int, hi: int) -> List[int]:
                primes = []
                for k in range(max(lo, 2), hi + 1):
                    if all(k % d != 0 for d in range(2, int(k ** 0.5) + 1)):
                        primes.append(k)
                return primes
        """,
        tests="""
            assert candidate(10, 20) == [11, 13, 17, 19]
            assert candidate(0, 1) == []
            assert candidate(2, 2) == [2]
            assert candidate(20, 10) == []
            assert candidate(14, 16) == []
            assert candidate(-5, 7) == [2, 3, 5, 7]
        """,
        workload="""
            def workload(candidate):
                candidate(1, 25_000)
        """,
    ),
    task(
        name="prime-factors",
        doc="""
            Return the prime factors of n (n >= 1) in increasing order, repeated by multiplicity.
            >>> prime_factors(12)
            [2, 2, 3]
        """,
        reference="""
            def prime_factors(n: int) -> List[int]:
                factors = []
                while n > 1 and n % 2 == 0:
                    factors.append(2)
                    n //= 2
                d = 3
                while d * d <= n:
                    while n % d == 0:
                        factors.append(d)
                        n //= d
                    d += 2
                if n > 1:
                    factors.append(n)
                return factors
        """,
        slow="""
            def prime_factors(n: int) -> List[int]:
                factors = []
                d = 2
                while n > 1:
                    while n % d == 0:
                        factors.append(d)
                        n //= d
                    d += 1
                return factors
        """,
        tests="""
            assert candidate(12) == [2, 2, 3]
            assert candidate(2) == [2]
            assert candidate(97) == [97]
            assert candidate(360) == [2, 2, 2, 3, 3, 5]
            assert candidate(1) == []
            assert candidate(49) == [7, 7]
        """,
        workload="""
            def workload(candidate):
                for n in (2 * 99991, 3 * 100003, 99989, 4 * 100019, 5 * 100043):
                    candidate(n)
        """,
    ),
    task(
        name="largest-prime-factor",
        doc="""
            Return the largest prime that divides n (n >= 2).
            >>> largest_prime_factor(84)
            7
        """,
        reference="""
            def largest_prime_factor(n: int) -> int:
                largest = 1
                while n > 1 and n % 2 == 0:
                    largest, n = 2, n // 2
                d = 3
                while d * d <= n:
                    while n % d == 0:
                        largest, n = d, n // d
                    d += 2
                return n if n > 1 else largest
        """,
        slow="""
            def largest_prime_factor(n: int) -> int:
                for d in range(n, 1, -1):
                    if n % d == 0 and all(d % k for k in range(2, d)):
                        return d
        """,
        tests="""
            assert candidate(84) == 7
            assert candidate(2) == 2
            assert candidate(13) == 13
            assert candidate(64) == 2
            assert candidate(91) == 13
            assert candidate(13195) == 29
        """,
        workload="""
            def workload(candidate):
                for n in (10007, 20011, 2 * 10009, 3 * 7877):
                    candidate(n)
        """,
    ),
    task(
        name="next-prime",
        doc="""
            Return the smallest prime number strictly greater than n.
            >>> next_prime(14)
            17
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def next_prime(n: int) -> int:
                candidate = max(n + 1, 2)
                while not _is_prime(candidate):
                    candidate += 1
                return candidate
        """,
        slow="""
            def next_prime(n: int) -> int:
                candidate = max(n + 1, 2)
                while True:
                    if all(candidate % d for d in range(2, candidate)):
                        return candidate
                    candidate += 1
        """,
        tests="""
            assert candidate(14) == 17
            assert candidate(0) == 2
            assert candidate(-5) == 2
            assert candidate(2) == 3
            assert candidate(7) == 11
            assert candidate(89) == 97
        """,
        workload="""
            def workload(candidate):
                for n in (10000, 20000, 30000, 40000):
                    candidate(n)
        """,
    ),
    task(
        name="is-composite",
        doc="""
            Return True if n is greater than 1 and is not a prime number, else False.
            >>> is_composite(91)
            True
        """,
        reference="""
            from math import isqrt


            def is_composite(n: int) -> bool:
                if n < 4:
                    return False
                if n % 2 == 0 or n % 3 == 0:
                    return True
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return True
                return False
        """,
        slow="""
            def is_composite(n: int) -> bool:
                for d in range(2, n):
                    if n % d == 0:
                        return True
                return False
        """,
        tests="""
            assert candidate(91) == True
            assert candidate(97) == False
            assert candidate(1) == False
            assert candidate(0) == False
            assert candidate(-4) == False
            assert candidate(4) == True
            assert candidate(2) == False
        """,
        workload="""
            def workload(candidate):
                for n in (99991, 100003, 100019, 100043, 99989):
                    candidate(n)
        """,
    ),
    task(
        name="filter-primes",
        doc="""
            Return the prime numbers in nums, in their original order.
            >>> filter_primes([4, 7, 1, 11, 9])
            [7, 11]
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def filter_primes(nums: List[int]) -> List[int]:
                return [n for n in nums if _is_prime(n)]
        """,
        slow="""
            def filter_primes(nums: List[int]) -> List[int]:
                result = []
                for n in nums:
                    if n > 1 and all(n % d != 0 for d in range(2, n)):
                        result.append(n)
                return result
        """,
        tests="""
            assert candidate([4, 7, 1, 11, 9]) == [7, 11]
            assert candidate([]) == []
            assert candidate([-3, 0, 1]) == []
            assert candidate([2, 2]) == [2, 2]
            assert candidate([97]) == [97]
            assert candidate([15, 21, 25]) == []
        """,
        workload="""
            _NUMS = list(range(10000, 10200))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sum-primes",
        doc="""
            Return the sum of all prime numbers from 2 to n inclusive; return 0 when n is less than 2.
            >>> sum_primes(10)
            17
        """,
        reference="""
            from math import isqrt


            def sum_primes(n: int) -> int:
                if n < 2:
                    return 0
                is_prime = bytearray([1]) * (n + 1)
                is_prime[0] = is_prime[1] = 0
                for p in range(2, isqrt(n) + 1):
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, n + 1, p)))
                return sum(i for i in range(n + 1) if is_prime[i])
        """,
        slow="""
            def sum_primes(n: int) -> int:
                total = 0
                for k in range(2, n + 1):
                    if all(k % d != 0 for d in range(2, k)):
                        total += k
                return total
        """,
        tests="""
            assert candidate(10) == 17
            assert candidate(2) == 2
            assert candidate(3) == 5
            assert candidate(1) == 0
            assert candidate(0) == 0
            assert candidate(-5) == 0
            assert candidate(100) == 1060
        """,
        workload="""
            def workload(candidate):
                candidate(3000)
        """,
    ),
    task(
        name="previous-prime",
        doc="""
            Return the largest prime number smaller than n, or -1 when there is none.
            >>> previous_prime(20)
            19
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def previous_prime(n: int) -> int:
                for k in range(n - 1, 1, -1):
                    if _is_prime(k):
                        return k
                return -1
        """,
        slow="""
            def previous_prime(n: int) -> int:
                for k in range(n - 1, 1, -1):
                    if all(k % d != 0 for d in range(2, k)):
                        return k
                return -1
        """,
        tests="""
            assert candidate(20) == 19
            assert candidate(3) == 2
            assert candidate(2) == -1
            assert candidate(0) == -1
            assert candidate(-10) == -1
            assert candidate(14) == 13
            assert candidate(100) == 97
        """,
        workload="""
            def workload(candidate):
                for n in (30000, 50000, 70000, 90000):
                    candidate(n)
        """,
    ),
    task(
        name="both-prime",
        doc="""
            Return True if a and b are both prime numbers, else False.
            >>> both_prime(5, 7)
            True
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def both_prime(a: int, b: int) -> bool:
                return _is_prime(a) and _is_prime(b)
        """,
        slow="""
            def both_prime(a: int, b: int) -> bool:
                def is_prime(n):
                    if n < 2:
                        return False
                    for d in range(2, n):
                        if n % d == 0:
                            return False
                    return True

                return is_prime(a) and is_prime(b)
        """,
        tests="""
            assert candidate(5, 7) == True
            assert candidate(4, 7) == False
            assert candidate(7, 1) == False
            assert candidate(2, 2) == True
            assert candidate(-3, 3) == False
            assert candidate(97, 89) == True
        """,
        workload="""
            def workload(candidate):
                for a, b in ((99991, 100003), (100019, 100043), (99989, 99971)):
                    candidate(a, b)
        """,
    ),
    task(
        name="count-distinct-prime-factors",
        doc="""
            Return how many different prime numbers divide n (n >= 1).
            >>> count_distinct_prime_factors(12)
            2
        """,
        reference="""
            def count_distinct_prime_factors(n: int) -> int:
                count = 0
                if n > 1 and n % 2 == 0:
                    count += 1
                    while n % 2 == 0:
                        n //= 2
                d = 3
                while d * d <= n:
                    if n % d == 0:
                        count += 1
                        while n % d == 0:
                            n //= d
                    d += 2
                return count + (n > 1)
        """,
        slow=[
            """
            def count_distinct_prime_factors(n: int) -> int:
                count = 0
                for d in range(2, n + 1):
                    if n % d == 0 and all(d % k != 0 for k in range(2, d)):
                        count += 1
                return count
            """,
            """
            def count_distinct_prime_factors(n: int) -> int:
                count, d = 0, 2
                while n > 1:
                    if n % d == 0:
                        count += 1
                        while n % d == 0:
                            n //= d
                    d += 1
                return count
            """,
        ],
        tests="""
            assert candidate(12) == 2
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(97) == 1
            assert candidate(360) == 3
            assert candidate(30) == 3
            assert candidate(64) == 1
        """,
        workload="""
            def workload(candidate):
                for n in (2 * 49999, 3 * 33331, 99989, 6 * 16661):
                    candidate(n)
        """,
    ),
    task(
        name="max-prime",
        doc="""
            Return the largest prime number in nums, or -1 when nums holds no prime.
            >>> max_prime([4, 7, 10, 5])
            7
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def max_prime(nums: List[int]) -> int:
                best = -1
                for n in nums:
                    if n > best and _is_prime(n):
                        best = n
                return best
        """,
        slow="""
            def max_prime(nums: List[int]) -> int:
                primes = [n for n in nums if n > 1 and all(n % d != 0 for d in range(2, n))]
                return max(primes) if primes else -1
        """,
        tests="""
            assert candidate([4, 7, 10, 5]) == 7
            assert candidate([]) == -1
            assert candidate([1, 0, -7]) == -1
            assert candidate([2]) == 2
            assert candidate([9, 15, 21]) == -1
            assert candidate([13, 13, 4]) == 13
        """,
        workload="""
            _NUMS = list(range(10000, 10120))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="primes-below",
        doc="""
            Return all prime numbers smaller than n, in increasing order.
            >>> primes_below(10)
            [2, 3, 5, 7]
        """,
        reference="""
            def primes_below(n: int) -> List[int]:
                if n < 3:
                    return []
                is_prime = bytearray([1]) * n
                is_prime[0] = is_prime[1] = 0
                p = 2
                while p * p < n:
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, n, p)))
                    p += 1
                return [i for i in range(n) if is_prime[i]]
        """,
        slow="""
            def primes_below(n: int) -> List[int]:
                result = []
                for k in range(2, n):
                    if all(k % d != 0 for d in range(2, k)):
                        result.append(k)
                return result
        """,
        tests="""
            assert candidate(10) == [2, 3, 5, 7]
            assert candidate(2) == []
            assert candidate(3) == [2]
            assert candidate(0) == []
            assert candidate(-4) == []
            assert candidate(20) == [2, 3, 5, 7, 11, 13, 17, 19]
        """,
        workload="""
            def workload(candidate):
                candidate(3000)
        """,
    ),
    task(
        name="all-primes",
        doc="""
            Return True if every number in nums is a prime number, else False (True for an empty list).
            >>> all_primes([2, 3, 5])
            True
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def all_primes(nums: List[int]) -> bool:
                return all(_is_prime(n) for n in nums)
        """,
        slow="""
            def all_primes(nums: List[int]) -> bool:
                for n in nums:
                    if n < 2:
                        return False
                    for d in range(2, n):
                        if n % d == 0:
                            return False
                return True
        """,
        tests="""
            assert candidate([2, 3, 5]) == True
            assert candidate([]) == True
            assert candidate([2, 4]) == False
            assert candidate([1]) == False
            assert candidate([-3]) == False
            assert candidate([97, 89, 2]) == True
        """,
        workload="""
            _PRIMES = [10007, 10009, 10037, 10039, 10061, 10067, 10069, 10079, 10091, 10093, 10099, 10103]

            def workload(candidate):
                candidate(_PRIMES[:])
                candidate(_PRIMES + [10201])
        """,
    ),
    task(
        name="count-primes-in-list",
        doc="""
            Return how many numbers in nums are prime numbers.
            >>> count_primes_in([2, 3, 4, 5, 9])
            3
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def count_primes_in(nums: List[int]) -> int:
                return sum(1 for n in nums if _is_prime(n))
        """,
        slow="""
            def count_primes_in(nums: List[int]) -> int:
                count = 0
                for n in nums:
                    if n > 1 and all(n % d != 0 for d in range(2, n)):
                        count += 1
                return count
        """,
        tests="""
            assert candidate([2, 3, 4, 5, 9]) == 3
            assert candidate([]) == 0
            assert candidate([1, 0, -7]) == 0
            assert candidate([2]) == 1
            assert candidate([7, 7, 7]) == 3
            assert candidate([15, 21, 25, 49]) == 0
        """,
        workload="""
            _NUMS = list(range(10000, 10200))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sum-of-primes-in-list",
        doc="""
            Return the sum of the numbers in nums that are prime numbers.
            >>> sum_primes_in([4, 7, 1, 11, 9])
            18
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def sum_primes_in(nums: List[int]) -> int:
                return sum(n for n in nums if _is_prime(n))
        """,
        slow="""
            def sum_primes_in(nums: List[int]) -> int:
                total = 0
                for n in nums:
                    if n > 1 and all(n % d != 0 for d in range(2, n)):
                        total += n
                return total
        """,
        tests="""
            assert candidate([4, 7, 1, 11, 9]) == 18
            assert candidate([]) == 0
            assert candidate([-5, 0, 1]) == 0
            assert candidate([2]) == 2
            assert candidate([3, 3]) == 6
            assert candidate([8, 10, 12]) == 0
        """,
        workload="""
            _NUMS = list(range(10000, 10200))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="any-prime",
        doc="""
            Return True if at least one number in nums is a prime number, else False.
            >>> any_prime([4, 6, 7])
            True
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def any_prime(nums: List[int]) -> bool:
                return any(_is_prime(n) for n in nums)
        """,
        slow="""
            def any_prime(nums: List[int]) -> bool:
                for n in nums:
                    if n > 1 and all(n % d != 0 for d in range(2, n)):
                        return True
                return False
        """,
        tests="""
            assert candidate([4, 6, 7]) == True
            assert candidate([]) == False
            assert candidate([1, 0, -3]) == False
            assert candidate([2]) == True
            assert candidate([4, 9, 15]) == False
            assert candidate([97, 100]) == True
        """,
        workload="""
            _LISTS = [[4, 6, 9, 15, p] for p in (99991, 100003, 100019, 100043)]

            def workload(candidate):
                for nums in _LISTS:
                    candidate(nums[:])
        """,
    ),
    task(
        name="prime-flags",
        doc="""
            Return a list with True for each number in nums that is a prime number and False for the others.
            >>> prime_flags([1, 2, 3, 4])
            [False, True, True, False]
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def prime_flags(nums: List[int]) -> List[bool]:
                return [_is_prime(n) for n in nums]
        """,
        slow="""
            def prime_flags(nums: List[int]) -> List[bool]:
                return [n > 1 and all(n % d != 0 for d in range(2, n)) for n in nums]
        """,
        tests="""
            assert candidate([1, 2, 3, 4]) == [False, True, True, False]
            assert candidate([]) == []
            assert candidate([0, -7]) == [False, False]
            assert candidate([97]) == [True]
            assert candidate([9, 9]) == [False, False]
            assert candidate([25, 29]) == [False, True]
        """,
        workload="""
            _NUMS = list(range(10000, 10200))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="min-prime",
        doc="""
            Return the smallest prime number in nums, or -1 when nums holds no prime.
            >>> min_prime([9, 7, 4, 5])
            5
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def min_prime(nums: List[int]) -> int:
                best = -1
                for n in nums:
                    if (best == -1 or n < best) and _is_prime(n):
                        best = n
                return best
        """,
        slow="""
            def min_prime(nums: List[int]) -> int:
                primes = [n for n in nums if n > 1 and all(n % d != 0 for d in range(2, n))]
                return min(primes) if primes else -1
        """,
        tests="""
            assert candidate([9, 7, 4, 5]) == 5
            assert candidate([]) == -1
            assert candidate([1, 0, -7]) == -1
            assert candidate([2]) == 2
            assert candidate([8, 15, 21]) == -1
            assert candidate([13, 11, 11]) == 11
        """,
        workload="""
            _NUMS = list(range(10200, 10000, -1))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="remove-primes",
        doc="""
            Return the numbers in nums that are not prime numbers, in their original order.
            >>> remove_primes([4, 7, 1, 11, 9])
            [4, 1, 9]
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def remove_primes(nums: List[int]) -> List[int]:
                return [n for n in nums if not _is_prime(n)]
        """,
        slow="""
            def remove_primes(nums: List[int]) -> List[int]:
                result = []
                for n in nums:
                    if n < 2 or any(n % d == 0 for d in range(2, n)):
                        result.append(n)
                return result
        """,
        tests="""
            assert candidate([4, 7, 1, 11, 9]) == [4, 1, 9]
            assert candidate([]) == []
            assert candidate([2, 3, 5]) == []
            assert candidate([-3, 0, 1]) == [-3, 0, 1]
            assert candidate([6, 6]) == [6, 6]
            assert candidate([49, 53]) == [49]
        """,
        workload="""
            _NUMS = list(range(10000, 10200))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-prime-factors",
        doc="""
            Return the number of prime factors of n (n >= 1), counted with repetition.
            >>> count_prime_factors(360)
            6
        """,
        reference="""
            def count_prime_factors(n: int) -> int:
                count = 0
                while n % 2 == 0 and n > 1:
                    n //= 2
                    count += 1
                d = 3
                while d * d <= n:
                    while n % d == 0:
                        n //= d
                        count += 1
                    d += 2
                return count + (1 if n > 1 else 0)
        """,
        slow="""
            def count_prime_factors(n: int) -> int:
                count = 0
                d = 2
                while n > 1:
                    while n % d == 0:
                        n //= d
                        count += 1
                    d += 1
                return count
        """,
        tests="""
            assert candidate(360) == 6
            assert candidate(1) == 0
            assert candidate(2) == 1
            assert candidate(97) == 1
            assert candidate(64) == 6
            assert candidate(99991) == 1
            assert candidate(2 * 99991) == 2
            assert candidate(1000000) == 12
        """,
        workload="""
            def workload(candidate):
                for n in (2 * 99991, 3 * 100003, 99989, 4 * 65537):
                    candidate(n)
        """,
    ),
]

TEST = [
    task(
        name="twin-primes",
        doc="""
            Return how many pairs (p, p + 2) of primes have p + 2 <= n.
            >>> count_twin_primes(20)
            4
        """,
        reference="""
            def count_twin_primes(n: int) -> int:
                if n < 5:
                    return 0
                is_prime = [True] * (n + 1)
                is_prime[0] = is_prime[1] = False
                for p in range(2, int(n ** 0.5) + 1):
                    if is_prime[p]:
                        is_prime[p * p :: p] = [False] * len(range(p * p, n + 1, p))
                return sum(1 for p in range(2, n - 1) if is_prime[p] and is_prime[p + 2])
        """,
        slow="""
            def count_twin_primes(n: int) -> int:
                def is_prime(k):
                    return k > 1 and all(k % d for d in range(2, k))

                return sum(1 for p in range(2, n - 1) if is_prime(p) and is_prime(p + 2))
        """,
        tests="""
            assert candidate(20) == 4
            assert candidate(4) == 0
            assert candidate(5) == 1
            assert candidate(0) == 0
            assert candidate(7) == 2
            assert candidate(100) == 8
        """,
        workload="""
            def workload(candidate):
                candidate(3000)
        """,
    ),
    task(
        name="smallest-prime-factor",
        doc="""
            Return the smallest prime that divides n (n >= 2).
            >>> smallest_prime_factor(91)
            7
        """,
        reference="""
            from math import isqrt


            def smallest_prime_factor(n: int) -> int:
                for p in (2, 3):
                    if n % p == 0:
                        return p
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0:
                        return d
                    if n % (d + 2) == 0:
                        return d + 2
                return n
        """,
        slow="""
            def smallest_prime_factor(n: int) -> int:
                for d in range(2, n + 1):
                    if n % d == 0:
                        return d
        """,
        tests="""
            assert candidate(91) == 7
            assert candidate(2) == 2
            assert candidate(17) == 17
            assert candidate(100) == 2
            assert candidate(49) == 7
        """,
        workload="""
            def workload(candidate):
                for n in (100003, 200003, 300007, 10007 * 10009):
                    candidate(n)
        """,
    ),
    task(
        name="goldbach-pair",
        doc="""
            For an even n > 2, return the pair (p, q) of primes with p + q == n and p as small as possible.
            >>> goldbach_pair(28)
            (5, 23)
        """,
        reference="""
            from math import isqrt
            from typing import Tuple


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def goldbach_pair(n: int) -> Tuple[int, int]:
                for p in range(2, n // 2 + 1):
                    if _is_prime(p) and _is_prime(n - p):
                        return (p, n - p)
        """,
        slow="""
            from typing import Tuple


            def goldbach_pair(n: int) -> Tuple[int, int]:
                def is_prime(k):
                    return k > 1 and all(k % d for d in range(2, k))

                for p in range(2, n // 2 + 1):
                    if is_prime(p) and is_prime(n - p):
                        return (p, n - p)
        """,
        tests="""
            assert candidate(28) == (5, 23)
            assert candidate(4) == (2, 2)
            assert candidate(6) == (3, 3)
            assert candidate(10) == (3, 7)
            assert candidate(100) == (3, 97)
        """,
        workload="""
            def workload(candidate):
                for n in (40_022, 60_508, 87_382, 99_998):
                    candidate(n)
        """,
    ),
    task(
        name="first-prime",
        doc="""
            Return the first prime number in nums, or -1 when there is none.
            >>> first_prime([4, 6, 7, 9, 11])
            7
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def first_prime(nums: List[int]) -> int:
                return next((n for n in nums if _is_prime(n)), -1)
        """,
        slow="""
            def first_prime(nums: List[int]) -> int:
                for n in nums:
                    if n > 1 and all(n % d != 0 for d in range(2, n)):
                        return n
                return -1
        """,
        tests="""
            assert candidate([4, 6, 7, 9, 11]) == 7
            assert candidate([]) == -1
            assert candidate([1, 0, -5]) == -1
            assert candidate([2]) == 2
            assert candidate([9, 15, 13]) == 13
            assert candidate([8, 10]) == -1
        """,
        workload="""
            _LISTS = [list(range(start, start + 40)) for start in (99900, 99930, 99962, 99972, 99992)]

            def workload(candidate):
                for nums in _LISTS:
                    candidate(nums[:])
        """,
    ),
    task(
        name="prime-total",
        doc="""
            Return True if the sum of the numbers in nums is a prime number, else False.
            >>> has_prime_sum([4, 3])
            True
        """,
        reference="""
            from math import isqrt


            def _is_prime(n: int) -> bool:
                if n < 4:
                    return n > 1
                if n % 2 == 0 or n % 3 == 0:
                    return False
                for d in range(5, isqrt(n) + 1, 6):
                    if n % d == 0 or n % (d + 2) == 0:
                        return False
                return True


            def has_prime_sum(nums: List[int]) -> bool:
                return _is_prime(sum(nums))
        """,
        slow="""
            def has_prime_sum(nums: List[int]) -> bool:
                total = sum(nums)
                if total < 2:
                    return False
                for d in range(2, total):
                    if total % d == 0:
                        return False
                return True
        """,
        tests="""
            assert candidate([4, 3]) == True
            assert candidate([]) == False
            assert candidate([4]) == False
            assert candidate([-3, 5]) == True
            assert candidate([1, 1, 1]) == True
            assert candidate([10, 15]) == False
            assert candidate([50, 47]) == True
        """,
        workload="""
            _NUMS = [[99000, 991], [50000, 50003], [100000, 19], [99000, 989], [60000, 40043]]

            def workload(candidate):
                for nums in _NUMS:
                    candidate(nums[:])
        """,
    ),
    task(
        name="is-semiprime",
        doc="""
            Return True if n is the product of exactly two primes (not necessarily different), else False.
            >>> is_semiprime(15)
            True
        """,
        reference="""
            from math import isqrt


            def is_semiprime(n: int) -> bool:
                for d in range(2, isqrt(n) + 1):
                    if n % d == 0:
                        rest = n // d
                        if rest < 2:
                            return False
                        e = 2
                        while e * e <= rest:
                            if rest % e == 0:
                                return False
                            e += 1
                        return True
                return False
        """,
        slow="""
            def is_semiprime(n: int) -> bool:
                factors = 0
                d = 2
                while n > 1:
                    while n % d == 0:
                        n //= d
                        factors += 1
                    d += 1
                return factors == 2
        """,
        tests="""
            assert candidate(15) == True
            assert candidate(1) == False
            assert candidate(2) == False
            assert candidate(4) == True
            assert candidate(12) == False
            assert candidate(49) == True
            assert candidate(97) == False
            assert candidate(99991 * 2) == True
        """,
        workload="""
            def workload(candidate):
                for n in (2 * 99991, 3 * 100003, 99989, 5 * 65537):
                    candidate(n)
        """,
    ),
]
