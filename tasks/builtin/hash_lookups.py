"""The hash-lookups family: a dict or set answers "have I seen this?" in O(1) instead of a search.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "hash-lookups"
IDEA = 'a dict or set answers "have I seen this?" in O(1) instead of a search'

TRAIN = [
    task(
        name="two-sum",
        doc="""
            Return [i, j] with i < j and nums[i] + nums[j] == target; exactly one such pair exists.
            >>> two_sum([2, 7, 11, 15], 9)
            [0, 1]
        """,
        reference="""
            def two_sum(nums: List[int], target: int) -> List[int]:
                index_of = {}
                for j, x in enumerate(nums):
                    if target - x in index_of:
                        return [index_of[target - x], j]
                    index_of[x] = j
        """,
        slow="""
            def two_sum(nums: List[int], target: int) -> List[int]:
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] + nums[j] == target:
                            return [i, j]
        """,
        tests="""
            assert candidate([2, 7, 11, 15], 9) == [0, 1]
            assert candidate([3, 2, 4], 6) == [1, 2]
            assert candidate([3, 3], 6) == [0, 1]
            assert candidate([-1, -2, -3, -4, -5], -8) == [2, 4]
            assert candidate([0, 4, 3, 0], 0) == [0, 3]
        """,
        workload="""
            _NUMS = list(range(1, 1501))

            def workload(candidate):
                candidate(_NUMS[:], 2999)
        """,
    ),
    task(
        name="pair-with-difference",
        doc="""
            Return True if nums[i] - nums[j] == k for some indices i != j (k >= 0), else False.
            >>> has_difference([1, 5, 3], 2)
            True
        """,
        reference="""
            def has_difference(nums: List[int], k: int) -> bool:
                values = set(nums)
                if k == 0:
                    return len(values) < len(nums)
                return any(x + k in values for x in values)
        """,
        slow="""
            def has_difference(nums: List[int], k: int) -> bool:
                for i in range(len(nums)):
                    for j in range(len(nums)):
                        if i != j and nums[i] - nums[j] == k:
                            return True
                return False
        """,
        tests="""
            assert candidate([1, 5, 3], 2) == True
            assert candidate([1, 5, 3], 3) == False
            assert candidate([1, 2, 3], 0) == False
            assert candidate([4, 4], 0) == True
            assert candidate([], 1) == False
            assert candidate([-2, 3], 5) == True
        """,
        workload="""
            _NUMS = [2 * i for i in range(1000)]

            def workload(candidate):
                candidate(_NUMS[:], 1)
        """,
    ),
    task(
        name="isomorphic-strings",
        doc="""
            Return True if the characters of s can be replaced one-to-one (equal characters by equal characters,
            different by different) to give t, else False.
            >>> is_isomorphic("paper", "title")
            True
        """,
        reference="""
            def is_isomorphic(s: str, t: str) -> bool:
                if len(s) != len(t):
                    return False
                forward, backward = {}, {}
                for a, b in zip(s, t):
                    if forward.setdefault(a, b) != b or backward.setdefault(b, a) != a:
                        return False
                return True
        """,
        slow="""
            def is_isomorphic(s: str, t: str) -> bool:
                if len(s) != len(t):
                    return False
                for i in range(len(s)):
                    for j in range(i + 1, len(s)):
                        if (s[i] == s[j]) != (t[i] == t[j]):
                            return False
                return True
        """,
        tests="""
            assert candidate("egg", "add") == True
            assert candidate("foo", "bar") == False
            assert candidate("paper", "title") == True
            assert candidate("", "") == True
            assert candidate("ab", "aa") == False
            assert candidate("a", "b") == True
            assert candidate("ab", "abc") == False
        """,
        workload="""
            _S = "abcdefghij" * 100
            _T = "klmnopqrst" * 100

            def workload(candidate):
                candidate(_S, _T)
        """,
    ),
    task(
        name="ransom-note",
        doc="""
            Return True if note can be written with the letters of magazine, each letter used at most once.
            >>> can_construct("aa", "aab")
            True
        """,
        reference="""
            from collections import Counter

            def can_construct(note: str, magazine: str) -> bool:
                available = Counter(magazine)
                for c in note:
                    if available[c] == 0:
                        return False
                    available[c] -= 1
                return True
        """,
        slow="""
            def can_construct(note: str, magazine: str) -> bool:
                letters = list(magazine)
                for c in note:
                    if c not in letters:
                        return False
                    letters.remove(c)
                return True
        """,
        tests="""
            assert candidate("a", "b") == False
            assert candidate("aa", "ab") == False
            assert candidate("aa", "aab") == True
            assert candidate("", "abc") == True
            assert candidate("abc", "") == False
            assert candidate("abc", "cba") == True
        """,
        workload="""
            _MAGAZINE = "abcdefghijklmnopqrstuvwxyz" * 2400
            _NOTE = "zyxwvutsrqponmlkjihgfedcba" * 1200

            def workload(candidate):
                candidate(_NOTE, _MAGAZINE)
        """,
    ),
    task(
        name="longest-consecutive",
        doc="""
            Return the length of the longest run of consecutive integers x, x + 1, ..., x + m among the values of
            nums (in any order).
            >>> longest_consecutive([100, 4, 200, 1, 3, 2])
            4
        """,
        reference="""
            def longest_consecutive(nums: List[int]) -> int:
                values = set(nums)
                best = 0
                for x in values:
                    if x - 1 not in values:
                        length = 1
                        while x + length in values:
                            length += 1
                        best = max(best, length)
                return best
        """,
        slow="""
            def longest_consecutive(nums: List[int]) -> int:
                best = 0
                for x in nums:
                    if x - 1 not in nums:
                        length = 1
                        while x + length in nums:
                            length += 1
                        best = max(best, length)
                return best
        """,
        tests="""
            assert candidate([100, 4, 200, 1, 3, 2]) == 4
            assert candidate([]) == 0
            assert candidate([0, 3, 7, 2, 5, 8, 4, 6, 0, 1]) == 9
            assert candidate([5]) == 1
            assert candidate([-1, -2, -3, 9]) == 3
            assert candidate([1, 2, 2, 3]) == 3
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 * 2 for i in range(2000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-allowed",
        doc="""
            Return how many elements of values also occur in the list allowed.
            >>> count_allowed([1, 3, 5], [1, 2, 3, 3, 4])
            3
        """,
        reference="""
            from typing import List


            def count_allowed(allowed: List[int], values: List[int]) -> int:
                allowed_set = set(allowed)
                return sum(1 for x in values if x in allowed_set)
        """,
        slow="""
            from typing import List


            def count_allowed(allowed: List[int], values: List[int]) -> int:
                count = 0
                for x in values:
                    if x in allowed:
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, 3, 5], [1, 2, 3, 3, 4]) == 3
            assert candidate([], [1, 2]) == 0
            assert candidate([1], []) == 0
            assert candidate([-1, 0], [0, 0, -1]) == 3
            assert candidate([2, 2], [2]) == 1
        """,
        workload="""
            ALLOWED = [2 * i for i in range(2000)]
            VALUES = [(i * 7919) % 4000 for i in range(2000)]


            def workload(candidate):
                candidate(list(ALLOWED), list(VALUES))
        """,
    ),
    task(
        name="find-extra-element",
        doc="""
            The list b holds the elements of the list a plus one more, in another order. Return that extra element.
            >>> find_extra([4, 1, 2], [2, 4, 7, 1])
            7
        """,
        reference="""
            from collections import Counter
            from typing import List


            def find_extra(a: List[int], b: List[int]) -> int:
                counts = Counter(a)
                for x in b:
                    if counts[x] == 0:
                        return x
                    counts[x] -= 1
        """,
        slow="""
            from typing import List


            def find_extra(a: List[int], b: List[int]) -> int:
                for x in b:
                    if b.count(x) > a.count(x):
                        return x
        """,
        tests="""
            assert candidate([4, 1, 2], [2, 4, 7, 1]) == 7
            assert candidate([], [5]) == 5
            assert candidate([3, 3], [3, 3, 3]) == 3
            assert candidate([1, 2], [2, 1, 1]) == 1
            assert candidate([-4], [0, -4]) == 0
        """,
        workload="""
            A = [(i * 7919) % 3000 for i in range(1500)]
            B = A[::-1] + [1]


            def workload(candidate):
                candidate(list(A), list(B))
        """,
    ),
    task(
        name="first-missing-positive",
        doc="""
            Return the smallest positive integer that does not occur in nums.
            >>> first_missing_positive([3, 4, -1, 1])
            2
        """,
        reference="""
            def first_missing_positive(nums: List[int]) -> int:
                present = set(nums)
                i = 1
                while i in present:
                    i += 1
                return i
        """,
        slow="""
            def first_missing_positive(nums: List[int]) -> int:
                i = 1
                while i in nums:
                    i += 1
                return i
        """,
        tests="""
            assert candidate([3, 4, -1, 1]) == 2
            assert candidate([]) == 1
            assert candidate([1]) == 2
            assert candidate([2]) == 1
            assert candidate([1, 2, 3]) == 4
            assert candidate([-5, 0]) == 1
            assert candidate([1, 1, 2]) == 3
        """,
        workload="""
            _NUMS = list(range(2500, 0, -1))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-with-successor",
        doc="""
            Return how many elements x of nums have x + 1 also in nums (repeated elements count each time).
            >>> count_with_successor([1, 1, 2, 5])
            2
        """,
        reference="""
            def count_with_successor(nums: List[int]) -> int:
                values = set(nums)
                return sum(1 for x in nums if x + 1 in values)
        """,
        slow="""
            def count_with_successor(nums: List[int]) -> int:
                count = 0
                for x in nums:
                    if x + 1 in nums:
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, 1, 2, 5]) == 2
            assert candidate([]) == 0
            assert candidate([3]) == 0
            assert candidate([1, 2, 3]) == 2
            assert candidate([-1, 0]) == 1
            assert candidate([5, 4, 3]) == 2
            assert candidate([2, 2]) == 0
        """,
        workload="""
            _NUMS = [2 * i for i in range(1700)] + [1, 3]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="has-opposite-pair",
        doc="""
            Return True if some nonzero value x and its negative -x both occur in nums, else False.
            >>> has_opposite([3, -1, 5, 1])
            True
        """,
        reference="""
            def has_opposite(nums: List[int]) -> bool:
                values = set(nums)
                return any(x != 0 and -x in values for x in values)
        """,
        slow="""
            def has_opposite(nums: List[int]) -> bool:
                for x in nums:
                    if x != 0 and -x in nums:
                        return True
                return False
        """,
        tests="""
            assert candidate([3, -1, 5, 1]) == True
            assert candidate([]) == False
            assert candidate([0]) == False
            assert candidate([0, 0]) == False
            assert candidate([2, 2]) == False
            assert candidate([-4, 4]) == True
            assert candidate([1, 2, 3]) == False
        """,
        workload="""
            _NUMS = list(range(1, 1801))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-reversed-words",
        doc="""
            Return how many words of the list have their reverse also in the list. A palindrome counts, as it is
            its own reverse.
            >>> count_reversed_words(["abc", "cba", "xy", "aa"])
            3
        """,
        reference="""
            def count_reversed_words(words: List[str]) -> int:
                present = set(words)
                return sum(1 for w in words if w[::-1] in present)
        """,
        slow="""
            def count_reversed_words(words: List[str]) -> int:
                count = 0
                for w in words:
                    if w[::-1] in words:
                        count += 1
                return count
        """,
        tests="""
            assert candidate(["abc", "cba", "xy", "aa"]) == 3
            assert candidate([]) == 0
            assert candidate(["a"]) == 1
            assert candidate(["ab"]) == 0
            assert candidate(["ab", "ba", "ab"]) == 3
            assert candidate(["xy", "yz"]) == 0
        """,
        workload="""
            _WORDS = [f"w{i}x" for i in range(1700)] + ["ab", "ba"]

            def workload(candidate):
                candidate(_WORDS[:])
        """,
    ),
    task(
        name="first-common",
        doc="""
            Return the first element of a that also occurs in b, or -1 if there is none.
            >>> first_common([5, 3, 8, 1], [1, 8])
            8
        """,
        reference="""
            def first_common(a: List[int], b: List[int]) -> int:
                in_b = set(b)
                for x in a:
                    if x in in_b:
                        return x
                return -1
        """,
        slow="""
            def first_common(a: List[int], b: List[int]) -> int:
                for x in a:
                    if x in b:
                        return x
                return -1
        """,
        tests="""
            assert candidate([5, 3, 8, 1], [1, 8]) == 8
            assert candidate([], [1]) == -1
            assert candidate([1], []) == -1
            assert candidate([1, 2], [3]) == -1
            assert candidate([-2, -2], [-2]) == -2
            assert candidate([4, 7], [7, 4]) == 4
        """,
        workload="""
            _A = list(range(0, 3400, 2)) + [3001]
            _B = list(range(1, 3400, 2))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="translate-words",
        doc="""
            keys has no repeats. Replace each word that occurs in keys by the value at the same position in values,
            and keep the other words.
            >>> translate_words(["hi", "cat"], ["cat", "dog"], ["gato", "perro"])
            ['hi', 'gato']
        """,
        reference="""
            def translate_words(words: List[str], keys: List[str], values: List[str]) -> List[str]:
                table = dict(zip(keys, values))
                return [table.get(w, w) for w in words]
        """,
        slow="""
            def translate_words(words: List[str], keys: List[str], values: List[str]) -> List[str]:
                result = []
                for w in words:
                    if w in keys:
                        result.append(values[keys.index(w)])
                    else:
                        result.append(w)
                return result
        """,
        tests="""
            assert candidate(["hi", "cat"], ["cat", "dog"], ["gato", "perro"]) == ["hi", "gato"]
            assert candidate([], ["a"], ["b"]) == []
            assert candidate(["a"], [], []) == ["a"]
            assert candidate(["a", "a", "b"], ["a"], ["z"]) == ["z", "z", "b"]
            assert candidate(["x", "y"], ["y", "x"], ["1", "2"]) == ["2", "1"]
        """,
        workload="""
            _KEYS = [f"k{i}" for i in range(1500)]
            _VALUES = [f"v{i}" for i in range(1500)]
            _WORDS = [f"k{(i * 7919) % 3000}" for i in range(2000)]

            def workload(candidate):
                candidate(_WORDS[:], _KEYS[:], _VALUES[:])
        """,
    ),
    task(
        name="all-have-complement",
        doc="""
            Return True if for every element x of nums, the value target - x also occurs in nums, else False.
            >>> all_have_complement([1, 4, 2, 3], 5)
            True
        """,
        reference="""
            def all_have_complement(nums: List[int], target: int) -> bool:
                values = set(nums)
                return all(target - x in values for x in nums)
        """,
        slow="""
            def all_have_complement(nums: List[int], target: int) -> bool:
                for x in nums:
                    if target - x not in nums:
                        return False
                return True
        """,
        tests="""
            assert candidate([1, 4, 2, 3], 5) == True
            assert candidate([], 3) == True
            assert candidate([2], 4) == True
            assert candidate([2], 5) == False
            assert candidate([1, 2, 3], 4) == True
            assert candidate([1, 5], 5) == False
            assert candidate([-1, 1], 0) == True
        """,
        workload="""
            _NUMS = list(range(2500))

            def workload(candidate):
                candidate(_NUMS[:], 2499)
        """,
    ),
    task(
        name="contains-each",
        doc="""
            For each query, return True if it occurs in words, else False.
            >>> contains_each(["red", "blue"], ["blue", "green"])
            [True, False]
        """,
        reference="""
            def contains_each(words: List[str], queries: List[str]) -> List[bool]:
                present = set(words)
                return [q in present for q in queries]
        """,
        slow="""
            def contains_each(words: List[str], queries: List[str]) -> List[bool]:
                return [q in words for q in queries]
        """,
        tests="""
            assert candidate(["red", "blue"], ["blue", "green"]) == [True, False]
            assert candidate([], ["a"]) == [False]
            assert candidate(["a"], []) == []
            assert candidate(["a", "a"], ["a", "a"]) == [True, True]
            assert candidate(["A"], ["a"]) == [False]
        """,
        workload="""
            _WORDS = [f"w{i}" for i in range(2000)]
            _QUERIES = [f"w{(i * 7919) % 4000}" for i in range(2000)]

            def workload(candidate):
                candidate(_WORDS[:], _QUERIES[:])
        """,
    ),
    task(
        name="count-in-both",
        doc="""
            Return how many elements of a occur both in b and in c.
            >>> count_in_both([1, 2, 3, 4], [2, 3, 5], [3, 4, 2])
            2
        """,
        reference="""
            def count_in_both(a: List[int], b: List[int], c: List[int]) -> int:
                in_b, in_c = set(b), set(c)
                return sum(1 for x in a if x in in_b and x in in_c)
        """,
        slow="""
            def count_in_both(a: List[int], b: List[int], c: List[int]) -> int:
                count = 0
                for x in a:
                    if x in b and x in c:
                        count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 3, 4], [2, 3, 5], [3, 4, 2]) == 2
            assert candidate([], [1], [1]) == 0
            assert candidate([1], [], [1]) == 0
            assert candidate([1], [1], []) == 0
            assert candidate([1, 1], [1], [1]) == 2
            assert candidate([-1, 0], [0, -1], [-1]) == 1
        """,
        workload="""
            _A = list(range(2500))
            _B = list(range(0, 2500, 2))
            _C = list(range(0, 2500, 3))

            def workload(candidate):
                candidate(_A[:], _B[:], _C[:])
        """,
    ),
    task(
        name="word-ids",
        doc="""
            Number the different words in the order they first appear (0, 1, 2 and so on), and return the number
            of each word of the list.
            >>> word_ids(["b", "a", "b", "c"])
            [0, 1, 0, 2]
        """,
        reference="""
            def word_ids(words: List[str]) -> List[int]:
                ids = {}
                result = []
                for w in words:
                    if w not in ids:
                        ids[w] = len(ids)
                    result.append(ids[w])
                return result
        """,
        slow="""
            def word_ids(words: List[str]) -> List[int]:
                seen = []
                result = []
                for w in words:
                    if w not in seen:
                        seen.append(w)
                    result.append(seen.index(w))
                return result
        """,
        tests="""
            assert candidate(["b", "a", "b", "c"]) == [0, 1, 0, 2]
            assert candidate([]) == []
            assert candidate(["x"]) == [0]
            assert candidate(["x", "x"]) == [0, 0]
            assert candidate(["a", "b", "c"]) == [0, 1, 2]
            assert candidate(["B", "b", "B"]) == [0, 1, 0]
        """,
        workload="""
            _WORDS = [f"w{(i * 7919) % 1100}" for i in range(2200)]

            def workload(candidate):
                candidate(_WORDS[:])
        """,
    ),
    task(
        name="has-three-consecutive",
        doc="""
            Return True if three consecutive integers x, x + 1 and x + 2 all occur in nums, else False.
            >>> has_three_consecutive([7, 2, 4, 3])
            True
        """,
        reference="""
            def has_three_consecutive(nums: List[int]) -> bool:
                values = set(nums)
                return any(x + 1 in values and x + 2 in values for x in values)
        """,
        slow="""
            def has_three_consecutive(nums: List[int]) -> bool:
                for x in nums:
                    if x + 1 in nums and x + 2 in nums:
                        return True
                return False
        """,
        tests="""
            assert candidate([7, 2, 4, 3]) == True
            assert candidate([]) == False
            assert candidate([1]) == False
            assert candidate([1, 2]) == False
            assert candidate([1, 2, 4, 5]) == False
            assert candidate([-1, 0, 1]) == True
            assert candidate([3, 3, 3]) == False
        """,
        workload="""
            _NUMS = [2 * i for i in range(2000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-until-repeat",
        doc="""
            Starting from x, repeatedly replace x by (x * x + 1) % m. Return how many different values appear
            before a value comes back for the second time.
            >>> count_until_repeat(2, 5)
            3
        """,
        reference="""
            def count_until_repeat(x: int, m: int) -> int:
                seen = set()
                while x not in seen:
                    seen.add(x)
                    x = (x * x + 1) % m
                return len(seen)
        """,
        slow="""
            def count_until_repeat(x: int, m: int) -> int:
                seen = []
                while x not in seen:
                    seen.append(x)
                    x = (x * x + 1) % m
                return len(seen)
        """,
        tests="""
            assert candidate(2, 5) == 3
            assert candidate(0, 1) == 1
            assert candidate(3, 10) == 7
            assert candidate(1, 3) == 2
            assert candidate(4, 7) == 2
            assert candidate(0, 2) == 2
        """,
        workload="""
            def workload(candidate):
                candidate(1, 3000049)
        """,
    ),
    task(
        name="isolated-values",
        doc="""
            Return, in increasing order, the elements x of nums such that neither x - 1 nor x + 1 occurs in nums.
            >>> isolated_values([5, 1, 2, 8])
            [5, 8]
        """,
        reference="""
            def isolated_values(nums: List[int]) -> List[int]:
                values = set(nums)
                return sorted(x for x in nums if x - 1 not in values and x + 1 not in values)
        """,
        slow="""
            def isolated_values(nums: List[int]) -> List[int]:
                result = []
                for x in nums:
                    if x - 1 not in nums and x + 1 not in nums:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([5, 1, 2, 8]) == [5, 8]
            assert candidate([]) == []
            assert candidate([0]) == [0]
            assert candidate([3, 3]) == [3, 3]
            assert candidate([1, 2, 3]) == []
            assert candidate([-1, 1]) == [-1, 1]
            assert candidate([4, -3, -2]) == [4]
        """,
        workload="""
            _NUMS = [(i * 7919) % 1500 * 3 for i in range(1500)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sum-shared",
        doc="""
            Return the sum of the elements of a that also occur in b.
            >>> sum_shared([1, 2, 3, 2], [2, 3])
            7
        """,
        reference="""
            def sum_shared(a: List[int], b: List[int]) -> int:
                in_b = set(b)
                return sum(x for x in a if x in in_b)
        """,
        slow="""
            def sum_shared(a: List[int], b: List[int]) -> int:
                return sum(x for x in a if x in b)
        """,
        tests="""
            assert candidate([1, 2, 3, 2], [2, 3]) == 7
            assert candidate([], [1]) == 0
            assert candidate([1], []) == 0
            assert candidate([5, 5], [5]) == 10
            assert candidate([-1, 4], [-1, -1]) == -1
            assert candidate([1, 2], [3, 4]) == 0
        """,
        workload="""
            _A = [(i * 7919) % 6000 for i in range(3000)]
            _B = list(range(0, 6000, 3))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="keep-allowed",
        doc="""
            Return a copy of nums in which every element that does not occur in allowed is replaced by 0.
            >>> keep_allowed([5, 2, 7, 2], [2, 7])
            [0, 2, 7, 2]
        """,
        reference="""
            def keep_allowed(nums: List[int], allowed: List[int]) -> List[int]:
                ok = set(allowed)
                return [x if x in ok else 0 for x in nums]
        """,
        slow="""
            def keep_allowed(nums: List[int], allowed: List[int]) -> List[int]:
                return [x if x in allowed else 0 for x in nums]
        """,
        tests="""
            assert candidate([5, 2, 7, 2], [2, 7]) == [0, 2, 7, 2]
            assert candidate([], [1]) == []
            assert candidate([3], []) == [0]
            assert candidate([-1, 1], [-1]) == [-1, 0]
            assert candidate([4, 4], [4]) == [4, 4]
            assert candidate([0, 9], [9, 0]) == [0, 9]
        """,
        workload="""
            _NUMS = [(i * 7919) % 5000 for i in range(3000)]
            _ALLOWED = list(range(1, 5000, 2))

            def workload(candidate):
                candidate(_NUMS[:], _ALLOWED[:])
        """,
    ),
    task(
        name="first-not-in",
        doc="""
            Return the first element of a that does not occur in b, or -1 if every element of a occurs in b.
            >>> first_not_in([2, 4, 5, 1], [4, 2])
            5
        """,
        reference="""
            def first_not_in(a: List[int], b: List[int]) -> int:
                in_b = set(b)
                for x in a:
                    if x not in in_b:
                        return x
                return -1
        """,
        slow="""
            def first_not_in(a: List[int], b: List[int]) -> int:
                for x in a:
                    if x not in b:
                        return x
                return -1
        """,
        tests="""
            assert candidate([2, 4, 5, 1], [4, 2]) == 5
            assert candidate([], [1]) == -1
            assert candidate([3], []) == 3
            assert candidate([1, 2], [2, 1]) == -1
            assert candidate([-5, 0], [0]) == -5
            assert candidate([7, 7, 8], [7]) == 8
        """,
        workload="""
            _B = [(i * 7919) % 3000 for i in range(3000)]
            _A = list(range(3000)) + [5000]

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="next-free",
        doc="""
            Return the smallest integer that is at least start and does not occur in taken.
            >>> next_free([3, 4, 6], 3)
            5
        """,
        reference="""
            def next_free(taken: List[int], start: int) -> int:
                used = set(taken)
                while start in used:
                    start += 1
                return start
        """,
        slow="""
            def next_free(taken: List[int], start: int) -> int:
                while start in taken:
                    start += 1
                return start
        """,
        tests="""
            assert candidate([3, 4, 6], 3) == 5
            assert candidate([], 7) == 7
            assert candidate([1], 1) == 2
            assert candidate([5], 4) == 4
            assert candidate([-2, -1, 0], -2) == 1
            assert candidate([2, 1, 2], 1) == 3
        """,
        workload="""
            _TAKEN = [(i * 7919) % 3000 for i in range(3000)]

            def workload(candidate):
                candidate(_TAKEN[:], 0)
        """,
    ),
    task(
        name="indices-in",
        doc="""
            Return, in increasing order, the indices i for which nums[i] occurs in targets.
            >>> indices_in([4, 1, 4, 2], [4, 2])
            [0, 2, 3]
        """,
        reference="""
            def indices_in(nums: List[int], targets: List[int]) -> List[int]:
                wanted = set(targets)
                return [i for i, x in enumerate(nums) if x in wanted]
        """,
        slow="""
            def indices_in(nums: List[int], targets: List[int]) -> List[int]:
                return [i for i in range(len(nums)) if nums[i] in targets]
        """,
        tests="""
            assert candidate([4, 1, 4, 2], [4, 2]) == [0, 2, 3]
            assert candidate([], [1]) == []
            assert candidate([1], []) == []
            assert candidate([-3, 3], [3]) == [1]
            assert candidate([5, 5, 5], [5]) == [0, 1, 2]
            assert candidate([1, 2], [3]) == []
        """,
        workload="""
            _NUMS = [(i * 7919) % 6000 for i in range(3000)]
            _TARGETS = list(range(0, 6000, 2))

            def workload(candidate):
                candidate(_NUMS[:], _TARGETS[:])
        """,
    ),
    task(
        name="largest-common",
        doc="""
            Return the largest value that occurs both in a and in b; there is at least one such value.
            >>> largest_common([1, 5, 3], [3, 1, 4])
            3
        """,
        reference="""
            def largest_common(a: List[int], b: List[int]) -> int:
                return max(set(a) & set(b))
        """,
        slow="""
            def largest_common(a: List[int], b: List[int]) -> int:
                return max(x for x in a if x in b)
        """,
        tests="""
            assert candidate([1, 5, 3], [3, 1, 4]) == 3
            assert candidate([7], [7]) == 7
            assert candidate([-2, -5], [-5, -2]) == -2
            assert candidate([0, 9, 9], [9]) == 9
            assert candidate([1, 2, 3], [3, 2, 1]) == 3
            assert candidate([-1, 4], [4, -1, 8]) == 4
        """,
        workload="""
            _A = list(range(0, 6000, 2))
            _B = list(range(0, 9000, 3))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="replace-unknown",
        doc="""
            Return a copy of words in which every word that does not occur in known is replaced by "?".
            >>> replace_unknown(["the", "cat", "sat"], ["the", "sat"])
            ['the', '?', 'sat']
        """,
        reference="""
            def replace_unknown(words: List[str], known: List[str]) -> List[str]:
                vocabulary = set(known)
                return [w if w in vocabulary else "?" for w in words]
        """,
        slow="""
            def replace_unknown(words: List[str], known: List[str]) -> List[str]:
                return [w if w in known else "?" for w in words]
        """,
        tests="""
            assert candidate(["the", "cat", "sat"], ["the", "sat"]) == ["the", "?", "sat"]
            assert candidate([], ["a"]) == []
            assert candidate(["a"], []) == ["?"]
            assert candidate(["A", "a"], ["a"]) == ["?", "a"]
            assert candidate(["x", "x"], ["x"]) == ["x", "x"]
            assert candidate(["?", "b"], ["b"]) == ["?", "b"]
        """,
        workload="""
            _WORDS = [f"w{(i * 7919) % 4000}" for i in range(2500)]
            _KNOWN = [f"w{i}" for i in range(0, 4000, 2)]

            def workload(candidate):
                candidate(_WORDS[:], _KNOWN[:])
        """,
    ),
    task(
        name="inverse-permutation",
        doc="""
            nums holds each number from 0 to len(nums) - 1 exactly once. Return the list pos in which pos[v] is
            the index of the value v in nums.
            >>> inverse_permutation([2, 0, 1])
            [1, 2, 0]
        """,
        reference="""
            def inverse_permutation(nums: List[int]) -> List[int]:
                pos = [0] * len(nums)
                for i, v in enumerate(nums):
                    pos[v] = i
                return pos
        """,
        slow="""
            def inverse_permutation(nums: List[int]) -> List[int]:
                return [nums.index(v) for v in range(len(nums))]
        """,
        tests="""
            assert candidate([2, 0, 1]) == [1, 2, 0]
            assert candidate([]) == []
            assert candidate([0]) == [0]
            assert candidate([1, 0]) == [1, 0]
            assert candidate([0, 1, 2]) == [0, 1, 2]
            assert candidate([3, 0, 2, 1]) == [1, 3, 2, 0]
        """,
        workload="""
            _NUMS = [(i * 7919) % 3000 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="arithmetic-triplets",
        doc="""
            nums is strictly increasing. Return the number of triplets i < j < k with nums[j] - nums[i] == diff and
            nums[k] - nums[j] == diff (diff >= 1).
            >>> arithmetic_triplets([0, 1, 4, 6, 7, 10], 3)
            2
        """,
        reference="""
            def arithmetic_triplets(nums: List[int], diff: int) -> int:
                values = set(nums)
                return sum(1 for x in nums if x + diff in values and x + 2 * diff in values)
        """,
        slow="""
            def arithmetic_triplets(nums: List[int], diff: int) -> int:
                count = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        for k in range(j + 1, len(nums)):
                            if nums[j] - nums[i] == diff and nums[k] - nums[j] == diff:
                                count += 1
                return count
        """,
        tests="""
            assert candidate([0, 1, 4, 6, 7, 10], 3) == 2
            assert candidate([], 1) == 0
            assert candidate([1, 2], 1) == 0
            assert candidate([1, 2, 3], 1) == 1
            assert candidate([4, 5, 6, 7, 8, 9], 2) == 2
            assert candidate([1, 3, 5], 1) == 0
        """,
        workload="""
            NUMS = [3 * i + (i % 2) for i in range(150)]


            def workload(candidate):
                candidate(list(NUMS), 3)
        """,
    ),
    task(
        name="pair-with-product",
        doc="""
            Return True if two numbers at different positions of nums multiply to target, else False.
            >>> has_pair_with_product([3, 5, 2, 8], 16)
            True
        """,
        reference="""
            def has_pair_with_product(nums: List[int], target: int) -> bool:
                seen = set()
                for x in nums:
                    if x == 0:
                        if target == 0 and seen:
                            return True
                    elif target % x == 0 and target // x in seen:
                        return True
                    seen.add(x)
                return False
        """,
        slow="""
            def has_pair_with_product(nums: List[int], target: int) -> bool:
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] * nums[j] == target:
                            return True
                return False
        """,
        tests="""
            assert candidate([3, 5, 2, 8], 16) == True
            assert candidate([], 1) == False
            assert candidate([4], 16) == False
            assert candidate([4, 4], 16) == True
            assert candidate([0, 5], 0) == True
            assert candidate([0], 0) == False
            assert candidate([-2, 3, -4], 8) == True
            assert candidate([2, 3], 5) == False
            assert candidate([3, 7], 1) == False
        """,
        workload="""
            NUMS = [2 * i + 3 for i in range(800)]


            def workload(candidate):
                candidate(list(NUMS), 7)
        """,
    ),
    task(
        name="count-pythagorean-triples",
        doc="""
            nums holds distinct positive integers. Return how many sets of three of them satisfy a * a + b * b == c * c.
            >>> count_pythagorean([3, 4, 5, 6, 8, 10])
            2
        """,
        reference="""
            def count_pythagorean(nums: List[int]) -> int:
                squares = {x * x for x in nums}
                count = 0
                for i, a in enumerate(nums):
                    for b in nums[i + 1:]:
                        if a * a + b * b in squares:
                            count += 1
                return count
        """,
        slow="""
            def count_pythagorean(nums: List[int]) -> int:
                count = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        for k in range(len(nums)):
                            if nums[i] ** 2 + nums[j] ** 2 == nums[k] ** 2:
                                count += 1
                return count
        """,
        tests="""
            assert candidate([3, 4, 5, 6, 8, 10]) == 2
            assert candidate([]) == 0
            assert candidate([5]) == 0
            assert candidate([5, 4, 3]) == 1
            assert candidate([1, 2, 3]) == 0
            assert candidate([5, 12, 13, 9, 15, 8, 17]) == 3
        """,
        workload="""
            NUMS = list(range(1, 90))


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]

TEST = [
    task(
        name="destination-city",
        doc="""
            Each path [a, b] is a direct road from city a to city b; the roads form one line without loops.
            Return the city at the end of the line, the one no road leaves from.
            >>> destination_city([["London", "New York"], ["New York", "Lima"], ["Lima", "Sao Paulo"]])
            'Sao Paulo'
        """,
        reference="""
            from typing import List


            def destination_city(paths: List[List[str]]) -> str:
                starts = {a for a, _ in paths}
                for _, b in paths:
                    if b not in starts:
                        return b
        """,
        slow="""
            from typing import List


            def destination_city(paths: List[List[str]]) -> str:
                for _, b in paths:
                    if all(a != b for a, _ in paths):
                        return b
        """,
        tests="""
            assert candidate([["London", "New York"], ["New York", "Lima"], ["Lima", "Sao Paulo"]]) == "Sao Paulo"
            assert candidate([["A", "Z"]]) == "Z"
            assert candidate([["B", "C"], ["D", "B"], ["C", "A"]]) == "A"
            assert candidate([["x", "y"], ["w", "x"]]) == "y"
        """,
        workload="""
            ORDER = [f"c{(i * 7919) % 1000}" for i in range(1000)]
            PATHS = [[ORDER[i], ORDER[i + 1]] for i in range(999)]


            def workload(candidate):
                candidate([list(path) for path in PATHS])
        """,
    ),
    task(
        name="has-double",
        doc="""
            Return True if there are two different indices i and j with nums[i] == 2 * nums[j].
            >>> has_double([10, 2, 5, 3])
            True
        """,
        reference="""
            from typing import List


            def has_double(nums: List[int]) -> bool:
                seen = set()
                for x in nums:
                    if 2 * x in seen or (x % 2 == 0 and x // 2 in seen):
                        return True
                    seen.add(x)
                return False
        """,
        slow="""
            from typing import List


            def has_double(nums: List[int]) -> bool:
                for i in range(len(nums)):
                    for j in range(len(nums)):
                        if i != j and nums[i] == 2 * nums[j]:
                            return True
                return False
        """,
        tests="""
            assert candidate([10, 2, 5, 3]) is True
            assert candidate([3, 1, 7, 11]) is False
            assert candidate([]) is False
            assert candidate([0]) is False
            assert candidate([0, 0]) is True
            assert candidate([-2, -4]) is True
            assert candidate([-3, 6]) is False
        """,
        workload="""
            ODDS = [2 * i + 1 for i in range(600)]


            def workload(candidate):
                candidate(list(ODDS))
        """,
    ),
    task(
        name="first-index-queries",
        doc="""
            For each query, return the first index at which it occurs in nums, or -1 if it does not occur.
            >>> first_indices([5, 3, 5, 8], [5, 8, 2])
            [0, 3, -1]
        """,
        reference="""
            from typing import List


            def first_indices(nums: List[int], queries: List[int]) -> List[int]:
                first = {}
                for i, x in enumerate(nums):
                    first.setdefault(x, i)
                return [first.get(q, -1) for q in queries]
        """,
        slow="""
            from typing import List


            def first_indices(nums: List[int], queries: List[int]) -> List[int]:
                result = []
                for q in queries:
                    index = -1
                    for i, x in enumerate(nums):
                        if x == q:
                            index = i
                            break
                    result.append(index)
                return result
        """,
        tests="""
            assert candidate([5, 3, 5, 8], [5, 8, 2]) == [0, 3, -1]
            assert candidate([], [1]) == [-1]
            assert candidate([1, 2], []) == []
            assert candidate([7, 7, 7], [7, 7]) == [0, 0]
            assert candidate([-1, 0], [0, -1]) == [1, 0]
        """,
        workload="""
            NUMS = [(i * 7919) % 3000 for i in range(3000)]
            QUERIES = [(i * 13) % 6000 for i in range(300)]


            def workload(candidate):
                candidate(list(NUMS), list(QUERIES))
        """,
    ),
    task(
        name="total-price",
        doc="""
            names[i] costs prices[i]. Return the total cost of the list items; every item occurs in names.
            >>> total_price(["tea", "jam", "tea"], ["jam", "tea"], [3, 2])
            7
        """,
        reference="""
            def total_price(items: List[str], names: List[str], prices: List[int]) -> int:
                price_of = dict(zip(names, prices))
                return sum(price_of[item] for item in items)
        """,
        slow="""
            def total_price(items: List[str], names: List[str], prices: List[int]) -> int:
                total = 0
                for item in items:
                    total += prices[names.index(item)]
                return total
        """,
        tests="""
            assert candidate(["tea", "jam", "tea"], ["jam", "tea"], [3, 2]) == 7
            assert candidate([], ["a"], [1]) == 0
            assert candidate(["a"], ["a"], [5]) == 5
            assert candidate(["b", "b"], ["a", "b"], [1, -2]) == -4
            assert candidate(["x"], ["y", "x"], [0, 9]) == 9
        """,
        workload="""
            _NAMES = [f"item{i}" for i in range(2000)]
            _PRICES = [(i * 37) % 100 for i in range(2000)]
            _ITEMS = [f"item{(i * 7919) % 2000}" for i in range(2000)]

            def workload(candidate):
                candidate(_ITEMS[:], _NAMES[:], _PRICES[:])
        """,
    ),
    task(
        name="has-cross-sum",
        doc="""
            Return True if some element x of a and some element y of b have x + y == target, else False.
            >>> has_cross_sum([1, 4], [6, 2], 6)
            True
        """,
        reference="""
            def has_cross_sum(a: List[int], b: List[int], target: int) -> bool:
                in_b = set(b)
                return any(target - x in in_b for x in a)
        """,
        slow=[
            """
            def has_cross_sum(a: List[int], b: List[int], target: int) -> bool:
                for x in a:
                    for y in b:
                        if x + y == target:
                            return True
                return False
            """,
            """
            def has_cross_sum(a: List[int], b: List[int], target: int) -> bool:
                for x in a:
                    if target - x in b:
                        return True
                return False
            """,
        ],
        tests="""
            assert candidate([1, 4], [6, 2], 6) == True
            assert candidate([], [1], 1) == False
            assert candidate([1], [], 1) == False
            assert candidate([1, 2], [3, 4], 10) == False
            assert candidate([-1], [1], 0) == True
            assert candidate([5], [5], 10) == True
        """,
        workload="""
            _A = list(range(0, 2000, 2))
            _B = list(range(0, 2000, 2))

            def workload(candidate):
                candidate(_A[:], _B[:], 1999)
        """,
    ),
    task(
        name="has-plural-pair",
        doc="""
            Return True if some word of the list also occurs with the letter s added at its end, else False.
            >>> has_plural_pair(["cat", "dog", "cats"])
            True
        """,
        reference="""
            def has_plural_pair(words: List[str]) -> bool:
                present = set(words)
                return any(w + "s" in present for w in words)
        """,
        slow="""
            def has_plural_pair(words: List[str]) -> bool:
                for w in words:
                    if w + "s" in words:
                        return True
                return False
        """,
        tests="""
            assert candidate(["cat", "dog", "cats"]) == True
            assert candidate([]) == False
            assert candidate(["s"]) == False
            assert candidate(["", "s"]) == True
            assert candidate(["cats"]) == False
            assert candidate(["bus", "buss"]) == True
            assert candidate(["dog", "Dogs"]) == False
        """,
        workload="""
            _WORDS = [f"w{i}" for i in range(2000)]

            def workload(candidate):
                candidate(_WORDS[:])
        """,
    ),
    task(
        name="count-with-square",
        doc="""
            Return how many elements x of nums have x * x also in nums (x may be its own square, as 0 and 1 are).
            >>> count_with_square([2, 4, 3, 16])
            2
        """,
        reference="""
            def count_with_square(nums: List[int]) -> int:
                present = set(nums)
                return sum(1 for x in nums if x * x in present)
        """,
        slow="""
            def count_with_square(nums: List[int]) -> int:
                return sum(1 for x in nums if x * x in nums)
        """,
        tests="""
            assert candidate([2, 4, 3, 16]) == 2
            assert candidate([]) == 0
            assert candidate([0]) == 1
            assert candidate([1, 1]) == 2
            assert candidate([-2, 4]) == 1
            assert candidate([3, 5, 7]) == 0
            assert candidate([-3, 9, 81]) == 2
        """,
        workload="""
            _NUMS = [(i * 7919) % 3000 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="pair-with-xor",
        doc="""
            Return True if two numbers at different positions of nums have bitwise XOR equal to k, else False.
            >>> has_pair_with_xor([5, 1, 7, 12], 6)
            True
        """,
        reference="""
            def has_pair_with_xor(nums: List[int], k: int) -> bool:
                seen = set()
                for x in nums:
                    if x ^ k in seen:
                        return True
                    seen.add(x)
                return False
        """,
        slow="""
            def has_pair_with_xor(nums: List[int], k: int) -> bool:
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] ^ nums[j] == k:
                            return True
                return False
        """,
        tests="""
            assert candidate([5, 1, 7, 12], 6) == True
            assert candidate([], 0) == False
            assert candidate([3], 0) == False
            assert candidate([3, 3], 0) == True
            assert candidate([1, 2], 3) == True
            assert candidate([1, 2], 4) == False
            assert candidate([8, 8, 1], 9) == True
        """,
        workload="""
            NUMS = [4 * i for i in range(800)]


            def workload(candidate):
                candidate(list(NUMS), 1)
        """,
    ),
]
