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
    task(
        name="sorted-unique",
        doc="""
            Return the different values of nums in increasing order, each value once.
            >>> sorted_unique([3, 1, 3, 2])
            [1, 2, 3]
        """,
        reference="""
            def sorted_unique(nums: List[int]) -> List[int]:
                return sorted(set(nums))
        """,
        slow="""
            def sorted_unique(nums: List[int]) -> List[int]:
                result = []
                for x in nums:
                    if x not in result:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([3, 1, 3, 2]) == [1, 2, 3]
            assert candidate([]) == []
            assert candidate([5]) == [5]
            assert candidate([-1, -1, 0]) == [-1, 0]
            assert candidate([2, 2, 2]) == [2]
            assert candidate([4, -3, 4, -3, 0]) == [-3, 0, 4]
        """,
        workload="""
            _NUMS = [(i * 7919) % 1601 for i in range(3200)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="is-subset",
        doc="""
            Return True if every element of a also occurs in b, else False.
            >>> is_subset([1, 3], [3, 2, 1])
            True
        """,
        reference="""
            def is_subset(a: List[int], b: List[int]) -> bool:
                in_b = set(b)
                return all(x in in_b for x in a)
        """,
        slow="""
            def is_subset(a: List[int], b: List[int]) -> bool:
                for x in a:
                    if x not in b:
                        return False
                return True
        """,
        tests="""
            assert candidate([1, 3], [3, 2, 1]) == True
            assert candidate([], [1]) == True
            assert candidate([], []) == True
            assert candidate([1], []) == False
            assert candidate([2, 2], [2]) == True
            assert candidate([-1, 4], [4, 1]) == False
        """,
        workload="""
            _A = list(range(2100))
            _B = list(range(2099, -1, -1))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="have-common-value",
        doc="""
            Return True if at least one value occurs both in a and in b, else False.
            >>> have_common([1, 2, 3], [5, 3])
            True
        """,
        reference="""
            def have_common(a: List[int], b: List[int]) -> bool:
                in_b = set(b)
                return any(x in in_b for x in a)
        """,
        slow="""
            def have_common(a: List[int], b: List[int]) -> bool:
                for x in a:
                    if x in b:
                        return True
                return False
        """,
        tests="""
            assert candidate([1, 2, 3], [5, 3]) == True
            assert candidate([], [1]) == False
            assert candidate([1], []) == False
            assert candidate([1, 2], [3, 4]) == False
            assert candidate([-2], [2, -2]) == True
            assert candidate([0, 0], [0]) == True
        """,
        workload="""
            _EVENS = list(range(0, 4000, 2))
            _ODDS = list(range(1, 3600, 2))

            def workload(candidate):
                candidate(_EVENS[:], _ODDS[:])
        """,
    ),
    task(
        name="same-values",
        doc="""
            Return True if a and b contain the same values, ignoring order and repeats, else False.
            >>> same_values([1, 2, 2], [2, 1])
            True
        """,
        reference="""
            def same_values(a: List[int], b: List[int]) -> bool:
                return set(a) == set(b)
        """,
        slow="""
            def same_values(a: List[int], b: List[int]) -> bool:
                return all(x in b for x in a) and all(x in a for x in b)
        """,
        tests="""
            assert candidate([1, 2, 2], [2, 1]) == True
            assert candidate([], []) == True
            assert candidate([1], []) == False
            assert candidate([], [1]) == False
            assert candidate([1, 2], [1, 3]) == False
            assert candidate([-1, 0], [0, -1, -1]) == True
            assert candidate([5], [5, 5, 5]) == True
        """,
        workload="""
            _A = [(i * 7919) % 1700 for i in range(1700)]
            _B = list(range(1700))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="count-distinct-words",
        doc="""
            Return how many different words the text contains. Words are separated by spaces.
            >>> count_distinct_words("the cat and the dog")
            4
        """,
        reference="""
            def count_distinct_words(text: str) -> int:
                return len(set(text.split()))
        """,
        slow="""
            def count_distinct_words(text: str) -> int:
                seen = []
                for word in text.split():
                    if word not in seen:
                        seen.append(word)
                return len(seen)
        """,
        tests="""
            assert candidate("the cat and the dog") == 4
            assert candidate("") == 0
            assert candidate("hi") == 1
            assert candidate("a a a") == 1
            assert candidate("A a") == 2
            assert candidate("one two three") == 3
        """,
        workload="""
            _TEXT = " ".join(f"w{(i * 7919) % 1500}" for i in range(3000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="first-repeated-word",
        doc="""
            Reading the words of text from left to right, return the first word that was already seen before,
            or an empty string if no word repeats.
            >>> first_repeated_word("he said he did")
            'he'
        """,
        reference="""
            def first_repeated_word(text: str) -> str:
                seen = set()
                for word in text.split():
                    if word in seen:
                        return word
                    seen.add(word)
                return ""
        """,
        slow="""
            def first_repeated_word(text: str) -> str:
                seen = []
                for word in text.split():
                    if word in seen:
                        return word
                    seen.append(word)
                return ""
        """,
        tests="""
            assert candidate("he said he did") == "he"
            assert candidate("") == ""
            assert candidate("one") == ""
            assert candidate("a b c") == ""
            assert candidate("a b b a") == "b"
            assert candidate("Go go go") == "go"
        """,
        workload="""
            _TEXT = " ".join(f"w{i}" for i in range(2100)) + " w7"

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="count-distinct-abs",
        doc="""
            Return how many different absolute values the numbers in nums have.
            >>> count_distinct_abs([-3, 3, 2, -1])
            3
        """,
        reference="""
            def count_distinct_abs(nums: List[int]) -> int:
                return len({abs(x) for x in nums})
        """,
        slow="""
            def count_distinct_abs(nums: List[int]) -> int:
                seen = []
                for x in nums:
                    if abs(x) not in seen:
                        seen.append(abs(x))
                return len(seen)
        """,
        tests="""
            assert candidate([-3, 3, 2, -1]) == 3
            assert candidate([]) == 0
            assert candidate([0]) == 1
            assert candidate([-5, -5]) == 1
            assert candidate([1, -1, 0, 2, -2]) == 3
            assert candidate([7, 8]) == 2
        """,
        workload="""
            _NUMS = [(i * 7919) % 4001 - 2000 for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="same-distinct-count",
        doc="""
            Return True if a and b contain the same number of different values, else False.
            >>> same_distinct_count([1, 1, 2], [5, 6, 6, 6])
            True
        """,
        reference="""
            def same_distinct_count(a: List[int], b: List[int]) -> bool:
                return len(set(a)) == len(set(b))
        """,
        slow="""
            def same_distinct_count(a: List[int], b: List[int]) -> bool:
                seen_a = []
                for x in a:
                    if x not in seen_a:
                        seen_a.append(x)
                seen_b = []
                for x in b:
                    if x not in seen_b:
                        seen_b.append(x)
                return len(seen_a) == len(seen_b)
        """,
        tests="""
            assert candidate([1, 1, 2], [5, 6, 6, 6]) == True
            assert candidate([], []) == True
            assert candidate([1], []) == False
            assert candidate([3, 3, 3], [4]) == True
            assert candidate([1, 2, 3], [1, 2, 2]) == False
            assert candidate([-1, 1], [0, -1]) == True
        """,
        workload="""
            _A = [(i * 7919) % 1500 for i in range(2000)]
            _B = [(i * 31) % 1499 for i in range(2000)]

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="sorted-union",
        doc="""
            Return, in increasing order and without repeats, the values that occur in a or in b.
            >>> sorted_union([3, 1], [1, 2])
            [1, 2, 3]
        """,
        reference="""
            def sorted_union(a: List[int], b: List[int]) -> List[int]:
                return sorted(set(a) | set(b))
        """,
        slow="""
            def sorted_union(a: List[int], b: List[int]) -> List[int]:
                result = []
                for x in a + b:
                    if x not in result:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([3, 1], [1, 2]) == [1, 2, 3]
            assert candidate([], []) == []
            assert candidate([5, 5], []) == [5]
            assert candidate([], [-1]) == [-1]
            assert candidate([2, -2], [2, 0]) == [-2, 0, 2]
        """,
        workload="""
            _A = [(i * 7919) % 3000 for i in range(1500)]
            _B = [(i * 31) % 3000 for i in range(1500)]

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="sorted-intersection",
        doc="""
            Return, in increasing order and without repeats, the values that occur both in a and in b.
            >>> sorted_intersection([4, 1, 2, 1], [1, 4, 5])
            [1, 4]
        """,
        reference="""
            def sorted_intersection(a: List[int], b: List[int]) -> List[int]:
                return sorted(set(a) & set(b))
        """,
        slow="""
            def sorted_intersection(a: List[int], b: List[int]) -> List[int]:
                result = []
                for x in a:
                    if x in b and x not in result:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([4, 1, 2, 1], [1, 4, 5]) == [1, 4]
            assert candidate([], [1]) == []
            assert candidate([1], []) == []
            assert candidate([3, 3], [3, 3]) == [3]
            assert candidate([-1, 2], [2, -1]) == [-1, 2]
            assert candidate([1, 2], [3]) == []
        """,
        workload="""
            _A = list(range(0, 4200, 2))
            _B = list(range(0, 5000, 3))

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="dedupe-words",
        doc="""
            Drop every word of text that already appeared earlier, and return the remaining words joined by single
            spaces.
            >>> dedupe_words("a b a c b")
            'a b c'
        """,
        reference="""
            def dedupe_words(text: str) -> str:
                seen = set()
                kept = []
                for word in text.split():
                    if word not in seen:
                        seen.add(word)
                        kept.append(word)
                return " ".join(kept)
        """,
        slow="""
            def dedupe_words(text: str) -> str:
                kept = []
                for word in text.split():
                    if word not in kept:
                        kept.append(word)
                return " ".join(kept)
        """,
        tests="""
            assert candidate("a b a c b") == "a b c"
            assert candidate("") == ""
            assert candidate("hi") == "hi"
            assert candidate("x x x") == "x"
            assert candidate("Cat cat") == "Cat cat"
            assert candidate("to be or not to be") == "to be or not"
        """,
        workload="""
            _TEXT = " ".join(f"w{(i * 7919) % 1400}" for i in range(2800))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="distinct-squares",
        doc="""
            Return, in increasing order and without repeats, the squares of the numbers in nums.
            >>> distinct_squares([-2, 1, 2, 3])
            [1, 4, 9]
        """,
        reference="""
            def distinct_squares(nums: List[int]) -> List[int]:
                return sorted({x * x for x in nums})
        """,
        slow="""
            def distinct_squares(nums: List[int]) -> List[int]:
                result = []
                for x in nums:
                    if x * x not in result:
                        result.append(x * x)
                return sorted(result)
        """,
        tests="""
            assert candidate([-2, 1, 2, 3]) == [1, 4, 9]
            assert candidate([]) == []
            assert candidate([0]) == [0]
            assert candidate([-1, -1, 1]) == [1]
            assert candidate([5, -4]) == [16, 25]
        """,
        workload="""
            _NUMS = [(i * 7919) % 4001 - 2000 for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-repeats",
        doc="""
            Return how many elements of nums are equal to some element before them.
            >>> count_repeats([1, 2, 1, 1, 3])
            2
        """,
        reference="""
            def count_repeats(nums: List[int]) -> int:
                return len(nums) - len(set(nums))
        """,
        slow=[
            """
            def count_repeats(nums: List[int]) -> int:
                seen = []
                count = 0
                for x in nums:
                    if x in seen:
                        count += 1
                    else:
                        seen.append(x)
                return count
            """,
            """
            def count_repeats(nums: List[int]) -> int:
                return sum(1 for i in range(len(nums)) if nums[i] in nums[:i])
            """,
        ],
        tests="""
            assert candidate([1, 2, 1, 1, 3]) == 2
            assert candidate([]) == 0
            assert candidate([4]) == 0
            assert candidate([1, 2, 3]) == 0
            assert candidate([-1, -1]) == 1
            assert candidate([0, 0, 0, 0]) == 3
        """,
        workload="""
            _NUMS = [(i * 7919) % 1700 for i in range(2500)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sum-distinct",
        doc="""
            Return the sum of the different values in nums, counting each value once.
            >>> sum_distinct([2, 5, 2, 1])
            8
        """,
        reference="""
            def sum_distinct(nums: List[int]) -> int:
                return sum(set(nums))
        """,
        slow="""
            def sum_distinct(nums: List[int]) -> int:
                seen = []
                for x in nums:
                    if x not in seen:
                        seen.append(x)
                return sum(seen)
        """,
        tests="""
            assert candidate([2, 5, 2, 1]) == 8
            assert candidate([]) == 0
            assert candidate([7]) == 7
            assert candidate([3, 3, 3]) == 3
            assert candidate([-1, 1, -1]) == 0
            assert candidate([-2, -2, 5]) == 3
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="first-time-flags",
        doc="""
            Return a list of booleans whose element i is True if the value nums[i] does not occur earlier in nums,
            else False.
            >>> first_time_flags([4, 7, 4, 1])
            [True, True, False, True]
        """,
        reference="""
            def first_time_flags(nums: List[int]) -> List[bool]:
                seen = set()
                flags = []
                for x in nums:
                    flags.append(x not in seen)
                    seen.add(x)
                return flags
        """,
        slow=[
            """
            def first_time_flags(nums: List[int]) -> List[bool]:
                return [nums[i] not in nums[:i] for i in range(len(nums))]
            """,
            """
            def first_time_flags(nums: List[int]) -> List[bool]:
                seen = []
                flags = []
                for x in nums:
                    flags.append(x not in seen)
                    seen.append(x)
                return flags
            """,
        ],
        tests="""
            assert candidate([4, 7, 4, 1]) == [True, True, False, True]
            assert candidate([]) == []
            assert candidate([5]) == [True]
            assert candidate([2, 2, 2]) == [True, False, False]
            assert candidate([-1, 1, -1, 1]) == [True, True, False, False]
            assert candidate([0, 3, 6]) == [True, True, True]
        """,
        workload="""
            _NUMS = [(i * 7919) % 1500 for i in range(2000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-distinct-remainders",
        doc="""
            Return how many different values x % k there are for the numbers x in nums (k is positive).
            >>> count_distinct_remainders([1, 4, 6, 9], 3)
            2
        """,
        reference="""
            def count_distinct_remainders(nums: List[int], k: int) -> int:
                return len({x % k for x in nums})
        """,
        slow="""
            def count_distinct_remainders(nums: List[int], k: int) -> int:
                seen = []
                for x in nums:
                    if x % k not in seen:
                        seen.append(x % k)
                return len(seen)
        """,
        tests="""
            assert candidate([1, 4, 6, 9], 3) == 2
            assert candidate([], 5) == 0
            assert candidate([7], 1) == 1
            assert candidate([1, 2, 3, 4], 10) == 4
            assert candidate([-1, 2, 5], 3) == 1
            assert candidate([0, 5, 10, 3], 5) == 2
        """,
        workload="""
            _NUMS = [(i * 7919) % 100000 for i in range(3000)]

            def workload(candidate):
                candidate(_NUMS[:], 2003)
        """,
    ),
    task(
        name="unique-chars",
        doc="""
            Return the characters of s in the order they first appear, each character once.
            >>> unique_chars("banana")
            'ban'
        """,
        reference="""
            def unique_chars(s: str) -> str:
                seen = set()
                result = []
                for c in s:
                    if c not in seen:
                        seen.add(c)
                        result.append(c)
                return "".join(result)
        """,
        slow="""
            def unique_chars(s: str) -> str:
                result = []
                for c in s:
                    if c not in result:
                        result.append(c)
                return "".join(result)
        """,
        tests="""
            assert candidate("banana") == "ban"
            assert candidate("") == ""
            assert candidate("a") == "a"
            assert candidate("aaa") == "a"
            assert candidate("aAbB a") == "aAbB "
            assert candidate("abcabc") == "abc"
        """,
        workload="""
            _TEXT = "".join(chr(0x4E00 + (i * 7919) % 2000) for i in range(4000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="count-distinct-evens",
        doc="""
            Return how many different even values occur in nums.
            >>> count_distinct_evens([4, 1, 4, 6, 3])
            2
        """,
        reference="""
            def count_distinct_evens(nums: List[int]) -> int:
                return len({x for x in nums if x % 2 == 0})
        """,
        slow="""
            def count_distinct_evens(nums: List[int]) -> int:
                seen = []
                for x in nums:
                    if x % 2 == 0 and x not in seen:
                        seen.append(x)
                return len(seen)
        """,
        tests="""
            assert candidate([4, 1, 4, 6, 3]) == 2
            assert candidate([]) == 0
            assert candidate([1, 3]) == 0
            assert candidate([0]) == 1
            assert candidate([-2, 2, -2]) == 2
            assert candidate([8, 8, 8]) == 1
        """,
        workload="""
            _NUMS = [(i * 7919) % 5000 for i in range(5000)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="chars-to-remove",
        doc="""
            Return how many characters must be deleted from s so that no character occurs in it twice.
            >>> chars_to_remove("banana")
            3
        """,
        reference="""
            def chars_to_remove(s: str) -> int:
                return len(s) - len(set(s))
        """,
        slow="""
            def chars_to_remove(s: str) -> int:
                seen = []
                count = 0
                for c in s:
                    if c in seen:
                        count += 1
                    else:
                        seen.append(c)
                return count
        """,
        tests="""
            assert candidate("banana") == 3
            assert candidate("") == 0
            assert candidate("a") == 0
            assert candidate("aaaa") == 3
            assert candidate("abc") == 0
            assert candidate("aA") == 0
            assert candidate("a a") == 1
        """,
        workload="""
            _TEXT = "".join(chr(0x4E00 + (i * 7919) % 2000) for i in range(4000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="count-distinct-first-k",
        doc="""
            Return how many different values occur among the first k elements of nums (all of nums if k is larger
            than its length).
            >>> count_distinct_first_k([3, 1, 3, 2, 1], 3)
            2
        """,
        reference="""
            def count_distinct_first_k(nums: List[int], k: int) -> int:
                return len(set(nums[:k]))
        """,
        slow="""
            def count_distinct_first_k(nums: List[int], k: int) -> int:
                seen = []
                for x in nums[:k]:
                    if x not in seen:
                        seen.append(x)
                return len(seen)
        """,
        tests="""
            assert candidate([3, 1, 3, 2, 1], 3) == 2
            assert candidate([], 2) == 0
            assert candidate([5], 1) == 1
            assert candidate([5, 5], 0) == 0
            assert candidate([1, 2, 3], 10) == 3
            assert candidate([-1, -1, 0], 2) == 1
        """,
        workload="""
            _NUMS = [(i * 7919) % 2500 for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:], 3000)
        """,
    ),
    task(
        name="count-distinct-lower",
        doc="""
            Return how many different words the list holds when upper and lower case letters are not told apart.
            >>> count_distinct_lower(["Cat", "cat", "dog"])
            2
        """,
        reference="""
            def count_distinct_lower(words: List[str]) -> int:
                return len({w.lower() for w in words})
        """,
        slow="""
            def count_distinct_lower(words: List[str]) -> int:
                seen = []
                for w in words:
                    if w.lower() not in seen:
                        seen.append(w.lower())
                return len(seen)
        """,
        tests="""
            assert candidate(["Cat", "cat", "dog"]) == 2
            assert candidate([]) == 0
            assert candidate(["A"]) == 1
            assert candidate(["ab", "AB", "Ab", "aB"]) == 1
            assert candidate(["a", "b", "c"]) == 3
            assert candidate(["x", "X", "y", "Y", "x"]) == 2
        """,
        workload="""
            _WORDS = [("W" if i % 2 else "w") + str((i * 7919) % 1500) for i in range(3000)]

            def workload(candidate):
                candidate(_WORDS[:])
        """,
    ),
    task(
        name="keep-last-occurrences",
        doc="""
            Return nums without repeated values, keeping the last occurrence of each value where it stands.
            >>> keep_last([3, 1, 3, 2, 1])
            [3, 2, 1]
        """,
        reference="""
            def keep_last(nums: List[int]) -> List[int]:
                last = {x: i for i, x in enumerate(nums)}
                return [x for i, x in enumerate(nums) if last[x] == i]
        """,
        slow="""
            def keep_last(nums: List[int]) -> List[int]:
                return [x for i, x in enumerate(nums) if x not in nums[i + 1:]]
        """,
        tests="""
            assert candidate([3, 1, 3, 2, 1]) == [3, 2, 1]
            assert candidate([]) == []
            assert candidate([5]) == [5]
            assert candidate([2, 2, 2]) == [2]
            assert candidate([1, 2, 3]) == [1, 2, 3]
            assert candidate([-1, 0, -1, 0]) == [-1, 0]
        """,
        workload="""
            NUMS = [(i * 7919) % 2000 for i in range(2000)]


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
    task(
        name="distinct-so-far",
        doc="""
            Return a list whose element i is how many different values occur among the first i + 1 elements of
            nums.
            >>> distinct_so_far([5, 5, 2, 5, 7])
            [1, 1, 2, 2, 3]
        """,
        reference="""
            def distinct_so_far(nums: List[int]) -> List[int]:
                seen = set()
                result = []
                for x in nums:
                    seen.add(x)
                    result.append(len(seen))
                return result
        """,
        slow=[
            """
            def distinct_so_far(nums: List[int]) -> List[int]:
                return [len(set(nums[:i + 1])) for i in range(len(nums))]
            """,
            """
            def distinct_so_far(nums: List[int]) -> List[int]:
                seen = []
                result = []
                for x in nums:
                    if x not in seen:
                        seen.append(x)
                    result.append(len(seen))
                return result
            """,
        ],
        tests="""
            assert candidate([5, 5, 2, 5, 7]) == [1, 1, 2, 2, 3]
            assert candidate([]) == []
            assert candidate([4]) == [1]
            assert candidate([-1, 1, -1]) == [1, 2, 2]
            assert candidate([0, 0, 0]) == [1, 1, 1]
        """,
        workload="""
            _NUMS = [(i * 7919) % 1100 for i in range(1400)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="longest-distinct-prefix",
        doc="""
            Return the length of the longest beginning part of nums in which no value occurs twice.
            >>> longest_distinct_prefix([4, 2, 7, 2, 9])
            3
        """,
        reference="""
            def longest_distinct_prefix(nums: List[int]) -> int:
                seen = set()
                for i, x in enumerate(nums):
                    if x in seen:
                        return i
                    seen.add(x)
                return len(nums)
        """,
        slow="""
            def longest_distinct_prefix(nums: List[int]) -> int:
                seen = []
                for x in nums:
                    if x in seen:
                        break
                    seen.append(x)
                return len(seen)
        """,
        tests="""
            assert candidate([4, 2, 7, 2, 9]) == 3
            assert candidate([]) == 0
            assert candidate([1]) == 1
            assert candidate([1, 1]) == 1
            assert candidate([1, 2, 3]) == 3
            assert candidate([-1, 0, -1]) == 2
            assert candidate([3, 5, 5, 3]) == 2
        """,
        workload="""
            _DISTINCT = [(i * 7919) % 10007 for i in range(2400)]
            _NUMS = _DISTINCT + [_DISTINCT[5]] + _DISTINCT[:100]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="max-candy-types",
        doc="""
            candies[i] is the type of candy i, and Alice may eat len(candies) // 2 of the candies. Return the
            largest number of different types she can eat.
            >>> max_candy_types([1, 1, 2, 2, 3, 3])
            3
        """,
        reference="""
            def max_candy_types(candies: List[int]) -> int:
                return min(len(set(candies)), len(candies) // 2)
        """,
        slow="""
            def max_candy_types(candies: List[int]) -> int:
                types = []
                for c in candies:
                    if c not in types:
                        types.append(c)
                return min(len(types), len(candies) // 2)
        """,
        tests="""
            assert candidate([1, 1, 2, 2, 3, 3]) == 3
            assert candidate([1, 1, 2, 3]) == 2
            assert candidate([6, 6, 6, 6]) == 1
            assert candidate([]) == 0
            assert candidate([7]) == 0
            assert candidate([-1, -2, -3, -4]) == 2
            assert candidate([1, 2]) == 1
        """,
        workload="""
            _CANDIES = [(i * 7919) % 1700 for i in range(3400)]

            def workload(candidate):
                candidate(_CANDIES[:])
        """,
    ),
    task(
        name="is-permutation",
        doc="""
            Return True if nums holds each number from 1 to len(nums) exactly once, else False.
            >>> is_permutation([3, 1, 2])
            True
        """,
        reference="""
            def is_permutation(nums: List[int]) -> bool:
                return set(nums) == set(range(1, len(nums) + 1))
        """,
        slow="""
            def is_permutation(nums: List[int]) -> bool:
                for i in range(1, len(nums) + 1):
                    if i not in nums:
                        return False
                return True
        """,
        tests="""
            assert candidate([3, 1, 2]) == True
            assert candidate([]) == True
            assert candidate([1]) == True
            assert candidate([2]) == False
            assert candidate([1, 1]) == False
            assert candidate([0, 1]) == False
            assert candidate([2, 3, 1, 5]) == False
            assert candidate([-1, 1]) == False
        """,
        workload="""
            _NUMS = [(i * 7919) % 2500 + 1 for i in range(2500)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
]
