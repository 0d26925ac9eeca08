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
]

TEST = []
