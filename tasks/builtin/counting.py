"""The counting family: one pass with a Counter/dict instead of list.count inside a loop.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "counting"
IDEA = "one pass with a Counter/dict instead of list.count inside a loop"

TRAIN = [
    task(
        name="most-frequent",
        doc="""
            Return the value that occurs most often in the non-empty list nums; on a tie, the smallest such value.
            >>> most_frequent([1, 3, 3, 2, 1, 3])
            3
        """,
        reference="""
            from collections import Counter

            def most_frequent(nums: List[int]) -> int:
                counts = Counter(nums)
                return min(counts, key=lambda x: (-counts[x], x))
        """,
        slow="""
            def most_frequent(nums: List[int]) -> int:
                best, best_count = nums[0], nums.count(nums[0])
                for x in nums:
                    count = nums.count(x)
                    if count > best_count or (count == best_count and x < best):
                        best, best_count = x, count
                return best
        """,
        tests="""
            assert candidate([1, 3, 3, 2, 1, 3]) == 3
            assert candidate([5]) == 5
            assert candidate([2, 1, 2, 1]) == 1
            assert candidate([-1, -1, 0]) == -1
            assert candidate([4, 4, 7, 7, 7]) == 7
        """,
        workload="""
            _NUMS = [(i * 31) % 700 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="first-unique-char",
        doc="""
            Return the index of the first character of s that occurs exactly once in s, or -1 if there is none.
            >>> first_unique_char("loveleetcode")
            2
        """,
        reference="""
            from collections import Counter

            def first_unique_char(s: str) -> int:
                counts = Counter(s)
                for i, c in enumerate(s):
                    if counts[c] == 1:
                        return i
                return -1
        """,
        slow="""
            def first_unique_char(s: str) -> int:
                for i, c in enumerate(s):
                    if s.count(c) == 1:
                        return i
                return -1
        """,
        tests="""
            assert candidate("leetcode") == 0
            assert candidate("loveleetcode") == 2
            assert candidate("aabb") == -1
            assert candidate("") == -1
            assert candidate("z") == 0
            assert candidate("xxyzz") == 2
        """,
        workload="""
            _TEXTS = [("abcdefghij"[k:] + "abcdefghij"[:k]) * 450 + "k" for k in range(10)]

            def workload(candidate):
                for text in _TEXTS:
                    candidate(text)
        """,
    ),
    task(
        name="is-anagram",
        doc="""
            Return True if b is a rearrangement of the characters of a, else False.
            >>> is_anagram("listen", "silent")
            True
        """,
        reference="""
            from collections import Counter

            def is_anagram(a: str, b: str) -> bool:
                return Counter(a) == Counter(b)
        """,
        slow="""
            def is_anagram(a: str, b: str) -> bool:
                if len(a) != len(b):
                    return False
                remaining = list(b)
                for c in a:
                    if c not in remaining:
                        return False
                    remaining.remove(c)
                return True
        """,
        tests="""
            assert candidate("listen", "silent") == True
            assert candidate("rat", "car") == False
            assert candidate("", "") == True
            assert candidate("a", "ab") == False
            assert candidate("aab", "abb") == False
            assert candidate("Aa", "aA") == True
        """,
        workload="""
            _A = "".join(chr(97 + (i * 7) % 26) for i in range(30_000))
            _B = _A[::-1]

            def workload(candidate):
                candidate(_A, _B)
        """,
    ),
    task(
        name="count-equal-pairs",
        doc="""
            Return the number of index pairs i < j with nums[i] == nums[j].
            >>> count_equal_pairs([1, 2, 1, 1])
            3
        """,
        reference="""
            from collections import Counter

            def count_equal_pairs(nums: List[int]) -> int:
                return sum(c * (c - 1) // 2 for c in Counter(nums).values())
        """,
        slow="""
            def count_equal_pairs(nums: List[int]) -> int:
                count = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] == nums[j]:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([1, 2, 1, 1]) == 3
            assert candidate([]) == 0
            assert candidate([5]) == 0
            assert candidate([1, 2, 3]) == 0
            assert candidate([-2, -2, -2, -2]) == 6
        """,
        workload="""
            _NUMS = [(i * 13) % 97 for i in range(1200)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="majority-element",
        doc="""
            Return the value that occurs more than len(nums) // 2 times in nums (such a value always exists).
            >>> majority_element([2, 2, 1, 1, 1, 2, 2])
            2
        """,
        reference="""
            def majority_element(nums: List[int]) -> int:
                candidate, votes = nums[0], 0
                for x in nums:
                    if votes == 0:
                        candidate = x
                    votes += 1 if x == candidate else -1
                return candidate
        """,
        slow="""
            def majority_element(nums: List[int]) -> int:
                for x in nums:
                    if nums.count(x) > len(nums) // 2:
                        return x
        """,
        tests="""
            assert candidate([3, 2, 3]) == 3
            assert candidate([2, 2, 1, 1, 1, 2, 2]) == 2
            assert candidate([7]) == 7
            assert candidate([-1, -1, 5]) == -1
            assert candidate([1, 4, 4, 4, 1]) == 4
        """,
        workload="""
            _NUMS = list(range(2500)) + [-1] * 2501

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
]

TEST = []
