"""The number-theory family: Euclid's algorithm and fast exponentiation instead of counting up one by one.

Held out as a whole (`builtin:ood`): no training task uses this idea.
"""

from tasks.builtin.task import task

FAMILY = "number-theory"
IDEA = "Euclid's algorithm and fast exponentiation instead of counting up one by one"

OOD = [
    task(
        name="gcd",
        doc="""
            Return the greatest common divisor of a and b (a, b >= 0, not both 0).
            >>> gcd(12, 18)
            6
        """,
        reference="""
            def gcd(a: int, b: int) -> int:
                while b:
                    a, b = b, a % b
                return a
        """,
        slow="""
            def gcd(a: int, b: int) -> int:
                if a == 0 or b == 0:
                    return a + b
                for d in range(min(a, b), 0, -1):
                    if a % d == 0 and b % d == 0:
                        return d
        """,
        tests="""
            assert candidate(12, 18) == 6
            assert candidate(17, 5) == 1
            assert candidate(0, 7) == 7
            assert candidate(7, 0) == 7
            assert candidate(100, 100) == 100
            assert candidate(1, 1) == 1
        """,
        workload="""
            def workload(candidate):
                for i in range(200):
                    candidate(1009 + 37 * i, 2003 + 53 * i)
        """,
    ),
    task(
        name="lcm",
        doc="""
            Return the least common multiple of the positive integers a and b.
            >>> lcm(4, 6)
            12
        """,
        reference="""
            def lcm(a: int, b: int) -> int:
                x, y = a, b
                while y:
                    x, y = y, x % y
                return a // x * b
        """,
        slow="""
            def lcm(a: int, b: int) -> int:
                multiple = max(a, b)
                while multiple % a != 0 or multiple % b != 0:
                    multiple += max(a, b)
                return multiple
        """,
        tests="""
            assert candidate(4, 6) == 12
            assert candidate(1, 1) == 1
            assert candidate(7, 5) == 35
            assert candidate(12, 18) == 36
            assert candidate(9, 3) == 9
        """,
        workload="""
            def workload(candidate):
                for i in range(200):
                    candidate(1009 + 37 * i, 2003 + 53 * i)
        """,
    ),
    task(
        name="euler-phi",
        doc="""
            Return how many integers k with 1 <= k <= n satisfy gcd(k, n) == 1 (n >= 1).
            >>> euler_phi(10)
            4
        """,
        reference="""
            def euler_phi(n: int) -> int:
                result = n
                d = 2
                while d * d <= n:
                    if n % d == 0:
                        while n % d == 0:
                            n //= d
                        result -= result // d
                    d += 1
                if n > 1:
                    result -= result // n
                return result
        """,
        slow="""
            from math import gcd

            def euler_phi(n: int) -> int:
                return sum(1 for k in range(1, n + 1) if gcd(k, n) == 1)
        """,
        tests="""
            assert candidate(1) == 1
            assert candidate(9) == 6
            assert candidate(10) == 4
            assert candidate(13) == 12
            assert candidate(36) == 12
        """,
        workload="""
            def workload(candidate):
                for n in range(3000, 3300):
                    candidate(n)
        """,
    ),
    task(
        name="power-mod",
        doc="""
            Return (base ** exp) % mod for base >= 0, exp >= 0, mod >= 1.
            >>> power_mod(2, 10, 1000)
            24
        """,
        reference="""
            def power_mod(base: int, exp: int, mod: int) -> int:
                result = 1 % mod
                base %= mod
                while exp > 0:
                    if exp & 1:
                        result = result * base % mod
                    base = base * base % mod
                    exp >>= 1
                return result
        """,
        slow="""
            def power_mod(base: int, exp: int, mod: int) -> int:
                result = 1 % mod
                for _ in range(exp):
                    result = result * base % mod
                return result
        """,
        tests="""
            assert candidate(2, 10, 1000) == 24
            assert candidate(3, 0, 7) == 1
            assert candidate(5, 3, 13) == 8
            assert candidate(7, 1, 1) == 0
            assert candidate(10, 5, 7) == 5
            assert candidate(0, 5, 3) == 0
        """,
        workload="""
            def workload(candidate):
                for i in range(300):
                    candidate(123_456_789 + i, 2000 + 10 * i, 1_000_000_007)
        """,
    ),
    task(
        name="modular-inverse",
        doc="""
            Return the x with 1 <= x < m and (a * x) % m == 1, where m >= 2 and gcd(a, m) == 1.
            >>> mod_inverse(3, 11)
            4
        """,
        reference="""
            def mod_inverse(a: int, m: int) -> int:
                old_r, r = a % m, m
                old_s, s = 1, 0
                while r:
                    q = old_r // r
                    old_r, r = r, old_r - q * r
                    old_s, s = s, old_s - q * s
                return old_s % m
        """,
        slow="""
            def mod_inverse(a: int, m: int) -> int:
                for x in range(1, m):
                    if a * x % m == 1:
                        return x
        """,
        tests="""
            assert candidate(3, 11) == 4
            assert candidate(10, 17) == 12
            assert candidate(1, 2) == 1
            assert candidate(2, 5) == 3
            assert candidate(7, 26) == 15
            assert candidate(30, 7) == 4
        """,
        workload="""
            _PRIMES = [m for m in range(3001, 6000, 2) if all(m % d for d in range(3, int(m ** 0.5) + 1, 2))][:150]

            def workload(candidate):
                for m in _PRIMES:
                    candidate(m - 1, m)
                    candidate(2, m)
        """,
    ),
]
