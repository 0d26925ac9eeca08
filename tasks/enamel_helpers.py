"""The four helper functions ENAMEL's input generators call: random parentheses, primality, random primes.

ENAMEL ships them with its evaluator, not in enamel.csv; these are the project's own equivalents. They draw
from `random` in the same order as ENAMEL's, so a seeded generator yields ENAMEL's inputs. This file's source
is sent into the sandbox next to each generator (`tasks.enamel`): it must stay self-contained (only `random`
and `string`) and must not import anything of this project.
"""

import random
import string  # noqa: F401 - generators use `string` from the namespace these helpers share with them


def rand_parens(size: int, valid: bool = True, par: str = "()", sep: str | None = ""):
    """A random string of `size` brackets `par` (rounded up to even), balanced when `valid`.

    Balanced strings are built as a run of top-level groups, each a balanced sequence returning to depth 0; the
    groups are joined with `sep`, or returned as a list when `sep` is None. An unbalanced string is two balanced
    halves around a closing-then-opening pair, e.g. `(())` + `)(` + `()`.
    """
    opening, closing = par[0], par[1]
    if not valid:
        if sep != "":
            raise ValueError(f"rand_parens(valid=False) joins its halves directly; got sep={sep!r}, use ''")
        half = (size + 1) // 2 - 1
        return rand_parens(half, True, par) + closing + opening + rand_parens(half, True, par)
    size += size % 2
    groups: list[list[str]] = []
    depth = 0
    for position in range(size):
        # Open when nothing is open; otherwise open on a coin flip while there is room left to close it all.
        # (The coin is only drawn when both choices are possible, as in ENAMEL.)
        if depth == 0 or (depth < size - position and random.randint(0, 1)):
            if depth == 0:
                groups.append([])
            groups[-1].append(opening)
            depth += 1
        else:
            groups[-1].append(closing)
            depth -= 1
    joined = ["".join(group) for group in groups]
    return joined if sep is None else sep.join(joined)


def miller_rabin(n: int, k: int = 5) -> bool:
    """Miller-Rabin with `k` random witnesses: False means composite; True means prime with error < 4^-k."""
    if n in (2, 3):
        return True
    if n < 2 or n % 2 == 0:
        return False
    exponent, odd = 0, n - 1  # n - 1 = 2^exponent * odd
    while odd % 2 == 0:
        exponent += 1
        odd //= 2
    for _ in range(k):
        x = pow(random.randint(2, n - 2), odd, n)
        if x in (1, n - 1):
            continue
        for _ in range(exponent - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_probably_prime(lb: int, ub: int | None = None) -> int:
    """A random probable prime in [lb, ub]; with one argument, in [lb // 2, lb] (there is one, by Bertrand)."""
    if ub is None:
        lb = max(lb, 3)
        lb, ub = lb // 2, lb
    else:
        lb = max(lb, 0)
        ub = max(lb * 2, ub, 3)  # widen a range that may hold no prime
    while True:
        candidate = random.randint(lb, ub)
        if miller_rabin(candidate):
            return candidate


def rand_primality(size: int, lid: int, cid: int) -> int:
    """A number to test for primality: fixed hard cases at level 0, then primes, prime squares, semiprimes."""
    size = max(size, 4)
    fixed = {0: 2 * 3 * 5 * 7 * 11 * 13 + 1,  # 30031 = 59 * 509: composite, though one more than a primorial
             1: 561,  # a Carmichael number: fools Fermat's test
             2: 2,
             3: 125}
    if lid == 0 and cid in fixed:
        return fixed[cid]
    root = int(size ** 0.5 + 1)
    if cid % 3 == 0:
        return rand_probably_prime(size)
    if cid % 3 == 1:
        return rand_probably_prime(root) ** 2
    return rand_probably_prime(root) * rand_probably_prime(root)
