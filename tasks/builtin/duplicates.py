"""The duplicates family: membership in a set is O(1), in a list O(n).

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "duplicates"
IDEA = "membership in a set is O(1), in a list O(n)"

TRAIN = [
    task(
        name="has-duplicate",
        doc="""
            Return True if some value occurs more than once in nums, else False.
            >>> has_duplicate([1, 2, 3, 1])
            True
        """,
        reference="""
            def has_duplicate(nums: List[int]) -> bool:
                return len(set(nums)) != len(nums)
        """,
        slow="""
            def has_duplicate(nums: List[int]) -> bool:
                seen = []
                for x in nums:
                    if x in seen:
                        return True
                    seen.append(x)
                return False
        """,
        tests="""
            assert candidate([1, 2, 3, 1]) == True
            assert candidate([1, 2, 3]) == False
            assert candidate([]) == False
            assert candidate([7]) == False
            assert candidate([-1, -1]) == True
            assert candidate([0, 5, -5, 10, 5]) == True
        """,
        workload="""
            _NUMS = [(i * 7919) % 10007 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
                candidate(_NUMS + [_NUMS[-1]])
        """,
    ),
    task(
        name="first-repeated",
        doc="""
            Scanning nums from left to right, return the first value seen for the second time, or -1 if there is none.
            >>> first_repeated([3, 1, 4, 1, 3])
            1
        """,
        reference="""
            def first_repeated(nums: List[int]) -> int:
                seen = set()
                for x in nums:
                    if x in seen:
                        return x
                    seen.add(x)
                return -1
        """,
        slow="""
            def first_repeated(nums: List[int]) -> int:
                for i, x in enumerate(nums):
                    if x in nums[:i]:
                        return x
                return -1
        """,
        tests="""
            assert candidate([3, 1, 4, 1, 3]) == 1
            assert candidate([2, 2]) == 2
            assert candidate([]) == -1
            assert candidate([5]) == -1
            assert candidate([1, 2, 3]) == -1
            assert candidate([-4, 7, -4]) == -4
        """,
        workload="""
            _NUMS = [(i * 7919) % 10007 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS + [_NUMS[-1]])
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="unique-in-order",
        doc="""
            Return the distinct values of items in the order of their first occurrence.
            >>> unique_in_order([1, 2, 1, 3, 2])
            [1, 2, 3]
        """,
        reference="""
            def unique_in_order(items: List[int]) -> List[int]:
                seen = set()
                result = []
                for x in items:
                    if x not in seen:
                        seen.add(x)
                        result.append(x)
                return result
        """,
        slow="""
            def unique_in_order(items: List[int]) -> List[int]:
                result = []
                for x in items:
                    if x not in result:
                        result.append(x)
                return result
        """,
        tests="""
            assert candidate([1, 2, 1, 3, 2]) == [1, 2, 3]
            assert candidate([]) == []
            assert candidate([4, 4, 4]) == [4]
            assert candidate([-1, 0, -1, 5]) == [-1, 0, 5]
            assert candidate([9]) == [9]
        """,
        workload="""
            _ITEMS = [(i * 7919) % 3001 for i in range(6000)]

            def workload(candidate):
                candidate(_ITEMS[:])
        """,
    ),
    task(
        name="common-elements",
        doc="""
            Return the elements of a that also occur in b, in the order of a (repeats in a are kept).
            >>> common_elements([1, 2, 3, 2], [2, 3, 4])
            [2, 3, 2]
        """,
        reference="""
            def common_elements(a: List[int], b: List[int]) -> List[int]:
                in_b = set(b)
                return [x for x in a if x in in_b]
        """,
        slow="""
            def common_elements(a: List[int], b: List[int]) -> List[int]:
                return [x for x in a if x in b]
        """,
        tests="""
            assert candidate([1, 2, 3, 2], [2, 3, 4]) == [2, 3, 2]
            assert candidate([], [1]) == []
            assert candidate([1, 2], []) == []
            assert candidate([5, -1], [-1]) == [-1]
            assert candidate([7, 7], [7]) == [7, 7]
            assert candidate([1, 2, 3], [4, 5]) == []
        """,
        workload="""
            _A = list(range(0, 6000, 2))
            _B = list(range(0, 9000, 3))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="missing-numbers",
        doc="""
            Return, in increasing order, the numbers from 1 to n that do not occur in nums.
            >>> missing_numbers([3, 1], 4)
            [2, 4]
        """,
        reference="""
            def missing_numbers(nums: List[int], n: int) -> List[int]:
                present = set(nums)
                return [i for i in range(1, n + 1) if i not in present]
        """,
        slow="""
            def missing_numbers(nums: List[int], n: int) -> List[int]:
                return [i for i in range(1, n + 1) if i not in nums]
        """,
        tests="""
            assert candidate([3, 1], 4) == [2, 4]
            assert candidate([], 3) == [1, 2, 3]
            assert candidate([1], 1) == []
            assert candidate([2, 2, 9], 2) == [1]
            assert candidate([5], 0) == []
            assert candidate([-1, 2], 3) == [1, 3]
        """,
        workload="""
            _NUMS = [i for i in range(4000, 0, -1) if i % 7]

            def workload(candidate):
                candidate(_NUMS[:], 4000)
        """,
    ),
    task(
        name="count-distinct",
        doc="""
            Return how many different values the list contains.
            >>> count_distinct([3, 1, 3, 2, 1])
            3
        """,
        reference="""
            from typing import List


            def count_distinct(nums: List[int]) -> int:
                return len(set(nums))
        """,
        slow="""
            from typing import List


            def count_distinct(nums: List[int]) -> int:
                seen = []
                for x in nums:
                    if x not in seen:
                        seen.append(x)
                return len(seen)
        """,
        tests="""
            assert candidate([3, 1, 3, 2, 1]) == 3
            assert candidate([]) == 0
            assert candidate([7]) == 1
            assert candidate([5, 5, 5]) == 1
            assert candidate([-1, 1, 0, -1]) == 3
        """,
        workload="""
            NUMS = [(i * 7919) % 1500 for i in range(3000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="repeated-values",
        doc="""
            Return, in increasing order, the values that occur more than once in the list.
            >>> repeated_values([4, 1, 4, 2, 1, 4])
            [1, 4]
        """,
        reference="""
            from typing import List


            def repeated_values(nums: List[int]) -> List[int]:
                seen, repeated = set(), set()
                for x in nums:
                    if x in seen:
                        repeated.add(x)
                    seen.add(x)
                return sorted(repeated)
        """,
        slow="""
            from typing import List


            def repeated_values(nums: List[int]) -> List[int]:
                result = []
                for x in nums:
                    if nums.count(x) > 1 and x not in result:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([4, 1, 4, 2, 1, 4]) == [1, 4]
            assert candidate([]) == []
            assert candidate([1, 2, 3]) == []
            assert candidate([9, 9]) == [9]
            assert candidate([-2, 3, -2, 3, 0]) == [-2, 3]
        """,
        workload="""
            NUMS = [(i * 7919) % 2500 for i in range(3000)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]

TEST = [
    task(
        name="all-unique-chars",
        doc="""
            Return True if no character occurs twice in the string s.
            >>> all_unique_chars("python")
            True
        """,
        reference="""
            def all_unique_chars(s: str) -> bool:
                return len(set(s)) == len(s)
        """,
        slow="""
            def all_unique_chars(s: str) -> bool:
                for i in range(len(s)):
                    for j in range(i + 1, len(s)):
                        if s[i] == s[j]:
                            return False
                return True
        """,
        tests="""
            assert candidate("python") is True
            assert candidate("hello") is False
            assert candidate("") is True
            assert candidate("a") is True
            assert candidate("abcA") is True
            assert candidate("ab c") is True
            assert candidate("abca") is False
        """,
        workload="""
            UNIQUE = "".join(chr(0x4E00 + i) for i in range(1200))
            REPEAT_AT_END = UNIQUE + UNIQUE[0]


            def workload(candidate):
                candidate(UNIQUE)
                candidate(REPEAT_AT_END)
        """,
    ),
    task(
        name="values-only-in-first",
        doc="""
            Return the elements of a, in their order and with their repeats, whose value does not occur in b.
            >>> only_in_first([1, 2, 3, 2, 5], [2, 4])
            [1, 3, 5]
        """,
        reference="""
            from typing import List


            def only_in_first(a: List[int], b: List[int]) -> List[int]:
                exclude = set(b)
                return [x for x in a if x not in exclude]
        """,
        slow="""
            from typing import List


            def only_in_first(a: List[int], b: List[int]) -> List[int]:
                result = []
                for x in a:
                    if x not in b:
                        result.append(x)
                return result
        """,
        tests="""
            assert candidate([1, 2, 3, 2, 5], [2, 4]) == [1, 3, 5]
            assert candidate([], [1]) == []
            assert candidate([1, 1], []) == [1, 1]
            assert candidate([4, 5], [5, 4]) == []
            assert candidate([-1, 0, 1], [0]) == [-1, 1]
        """,
        workload="""
            A = [(i * 37) % 4000 for i in range(2000)]
            B = [2 * i for i in range(2000)]


            def workload(candidate):
                candidate(list(A), list(B))
        """,
    ),
    task(
        name="symmetric-difference",
        doc="""
            Return, in increasing order and without repeats, the values that occur in exactly one of a and b.
            >>> symmetric_difference([1, 2, 2, 3], [3, 4])
            [1, 2, 4]
        """,
        reference="""
            from typing import List


            def symmetric_difference(a: List[int], b: List[int]) -> List[int]:
                return sorted(set(a) ^ set(b))
        """,
        slow="""
            from typing import List


            def symmetric_difference(a: List[int], b: List[int]) -> List[int]:
                result = []
                for x in a + b:
                    if (x in a) != (x in b) and x not in result:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([1, 2, 2, 3], [3, 4]) == [1, 2, 4]
            assert candidate([], []) == []
            assert candidate([5], []) == [5]
            assert candidate([1, 2], [2, 1]) == []
            assert candidate([-3, 0], [0, 7, 7]) == [-3, 7]
        """,
        workload="""
            A = [(i * 37) % 3000 for i in range(1500)]
            B = [3 * i for i in range(1000)]


            def workload(candidate):
                candidate(list(A), list(B))
        """,
    ),
]
