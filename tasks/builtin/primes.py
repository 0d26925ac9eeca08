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
            def is_prime(n: int) -> bool:
                if n < 2:
                    return False
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        return False
                    d += 1
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
            def primes_in_range(lo: int, hi: int) -> List[int]:
                if hi < 2:
                    return []
                is_prime = bytearray([1]) * (hi + 1)
                is_prime[0] = is_prime[1] = 0
                p = 2
                while p * p <= hi:
                    if is_prime[p]:
                        is_prime[p * p::p] = bytes(len(range(p * p, hi + 1, p)))
                    p += 1
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
                d = 2
                while d * d <= n:
                    while n % d == 0:
                        factors.append(d)
                        n //= d
                    d += 1
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
                largest, d = 1, 2
                while d * d <= n:
                    while n % d == 0:
                        largest, n = d, n // d
                    d += 1
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
            def next_prime(n: int) -> int:
                candidate = max(n + 1, 2)
                while True:
                    d = 2
                    while d * d <= candidate and candidate % d:
                        d += 1
                    if d * d > candidate:
                        return candidate
                    candidate += 1
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
            def smallest_prime_factor(n: int) -> int:
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        return d
                    d += 1
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
            from typing import Tuple


            def goldbach_pair(n: int) -> Tuple[int, int]:
                def is_prime(k):
                    if k < 2:
                        return False
                    d = 2
                    while d * d <= k:
                        if k % d == 0:
                            return False
                        d += 1
                    return True

                for p in range(2, n // 2 + 1):
                    if is_prime(p) and is_prime(n - p):
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
]
