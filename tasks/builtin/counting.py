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
                return sorted(nums)[len(nums) // 2]
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
    task(
        name="count-singletons",
        doc="""
            Return how many values occur exactly once in the list.
            >>> count_once([1, 2, 2, 3, 4, 4, 4])
            2
        """,
        reference="""
            from collections import Counter
            from typing import List


            def count_once(nums: List[int]) -> int:
                return sum(1 for count in Counter(nums).values() if count == 1)
        """,
        slow="""
            from typing import List


            def count_once(nums: List[int]) -> int:
                total = 0
                for x in nums:
                    if nums.count(x) == 1:
                        total += 1
                return total
        """,
        tests="""
            assert candidate([1, 2, 2, 3, 4, 4, 4]) == 2
            assert candidate([]) == 0
            assert candidate([5]) == 1
            assert candidate([6, 6]) == 0
            assert candidate([-1, 0, 1]) == 3
        """,
        workload="""
            NUMS = [(i * 7919) % 2000 for i in range(2500)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="char-counts",
        doc="""
            Return a dict that maps each character of s to the number of times it occurs.
            >>> char_counts("banana")
            {'b': 1, 'a': 3, 'n': 2}
        """,
        reference="""
            from collections import Counter


            def char_counts(s: str) -> dict:
                return dict(Counter(s))
        """,
        slow="""
            def char_counts(s: str) -> dict:
                counts = {}
                for c in s:
                    counts[c] = s.count(c)
                return counts
        """,
        tests="""
            assert candidate("banana") == {"b": 1, "a": 3, "n": 2}
            assert candidate("") == {}
            assert candidate("x") == {"x": 1}
            assert candidate("aA a") == {"a": 2, "A": 1, " ": 1}
        """,
        workload="""
            TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(6000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="occurrence-counts",
        doc="""
            Return a list where the number at position i is how many times nums[i] occurs in nums.
            >>> occurrence_counts([4, 1, 4, 2])
            [2, 1, 2, 1]
        """,
        reference="""
            from collections import Counter


            def occurrence_counts(nums: List[int]) -> List[int]:
                counts = Counter(nums)
                return [counts[x] for x in nums]
        """,
        slow="""
            def occurrence_counts(nums: List[int]) -> List[int]:
                return [nums.count(x) for x in nums]
        """,
        tests="""
            assert candidate([4, 1, 4, 2]) == [2, 1, 2, 1]
            assert candidate([]) == []
            assert candidate([7]) == [1]
            assert candidate([-1, -1, -1]) == [3, 3, 3]
            assert candidate([0, 5, 0, 5, 0]) == [3, 2, 3, 2, 3]
        """,
        workload="""
            _NUMS = [(i * 37) % 1000 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="value-counts",
        doc="""
            Return a dict that maps each value in nums to the number of times it occurs.
            >>> value_counts([3, 1, 3])
            {3: 2, 1: 1}
        """,
        reference="""
            from collections import Counter


            def value_counts(nums: List[int]) -> dict:
                return dict(Counter(nums))
        """,
        slow="""
            def value_counts(nums: List[int]) -> dict:
                counts = {}
                for x in nums:
                    counts[x] = nums.count(x)
                return counts
        """,
        tests="""
            assert candidate([3, 1, 3]) == {3: 2, 1: 1}
            assert candidate([]) == {}
            assert candidate([0]) == {0: 1}
            assert candidate([-2, -2]) == {-2: 2}
            assert candidate([1, 2, 3, 2]) == {1: 1, 2: 2, 3: 1}
        """,
        workload="""
            _NUMS = [(i * 41) % 1200 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="max-frequency",
        doc="""
            Return the largest number of times any single value occurs in nums, or 0 if nums is empty.
            >>> max_frequency([1, 2, 2, 3, 2])
            3
        """,
        reference="""
            from collections import Counter


            def max_frequency(nums: List[int]) -> int:
                return max(Counter(nums).values(), default=0)
        """,
        slow="""
            def max_frequency(nums: List[int]) -> int:
                best = 0
                for x in nums:
                    best = max(best, nums.count(x))
                return best
        """,
        tests="""
            assert candidate([1, 2, 2, 3, 2]) == 3
            assert candidate([]) == 0
            assert candidate([9]) == 1
            assert candidate([-1, -1, 4, 4]) == 2
            assert candidate([5, 6, 7]) == 1
        """,
        workload="""
            _NUMS = [(i * 53) % 900 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sum-of-unique",
        doc="""
            Return the sum of the values that occur exactly once in nums.
            >>> sum_of_unique([1, 2, 3, 2])
            4
        """,
        reference="""
            from collections import Counter


            def sum_of_unique(nums: List[int]) -> int:
                counts = Counter(nums)
                return sum(x for x, count in counts.items() if count == 1)
        """,
        slow="""
            def sum_of_unique(nums: List[int]) -> int:
                return sum(x for x in nums if nums.count(x) == 1)
        """,
        tests="""
            assert candidate([1, 2, 3, 2]) == 4
            assert candidate([]) == 0
            assert candidate([5]) == 5
            assert candidate([1, 1, 1]) == 0
            assert candidate([-3, 4, -3, -5]) == -1
            assert candidate([10, 20]) == 30
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="odd-occurrence",
        doc="""
            Every value in nums occurs an even number of times except one value, which occurs an odd number of
            times. Return that value.
            >>> find_odd_occurrence([4, 1, 4, 1, 4])
            4
        """,
        reference="""
            from collections import Counter


            def find_odd_occurrence(nums: List[int]) -> int:
                for x, count in Counter(nums).items():
                    if count % 2 == 1:
                        return x
        """,
        slow="""
            def find_odd_occurrence(nums: List[int]) -> int:
                for x in nums:
                    if nums.count(x) % 2 == 1:
                        return x
        """,
        tests="""
            assert candidate([4, 1, 4, 1, 4]) == 4
            assert candidate([7]) == 7
            assert candidate([2, 3, 2]) == 3
            assert candidate([-1, -1, -1, 0, 0]) == -1
            assert candidate([5, 5, 6, 6, 6, 6, 8]) == 8
        """,
        workload="""
            _NUMS = [i % 1500 for i in range(3000)] + [-7]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="lucky-number",
        doc="""
            Return the largest value x in nums that occurs exactly x times in nums, or -1 if there is none.
            >>> lucky_number([2, 2, 3, 4])
            2
        """,
        reference="""
            from collections import Counter


            def lucky_number(nums: List[int]) -> int:
                counts = Counter(nums)
                return max((x for x, count in counts.items() if x == count), default=-1)
        """,
        slow="""
            def lucky_number(nums: List[int]) -> int:
                best = -1
                for x in nums:
                    if nums.count(x) == x and x > best:
                        best = x
                return best
        """,
        tests="""
            assert candidate([2, 2, 3, 4]) == 2
            assert candidate([]) == -1
            assert candidate([1]) == 1
            assert candidate([1, 2, 2, 3, 3, 3]) == 3
            assert candidate([5, 5]) == -1
            assert candidate([-1, 0]) == -1
            assert candidate([2, 2, 2]) == -1
        """,
        workload="""
            _NUMS = [(i * 37) % 1400 for i in range(3000)] + [3, 3]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="sock-pairs",
        doc="""
            Each value in nums is the colour of one sock. Return how many pairs of socks of the same colour can be
            made.
            >>> sock_pairs([1, 2, 1, 2, 1, 3, 2])
            2
        """,
        reference="""
            from collections import Counter


            def sock_pairs(nums: List[int]) -> int:
                return sum(count // 2 for count in Counter(nums).values())
        """,
        slow="""
            def sock_pairs(nums: List[int]) -> int:
                pairs = 0
                for x in set(nums):
                    pairs += nums.count(x) // 2
                return pairs
        """,
        tests="""
            assert candidate([1, 2, 1, 2, 1, 3, 2]) == 2
            assert candidate([]) == 0
            assert candidate([4]) == 0
            assert candidate([4, 4]) == 1
            assert candidate([-1, -1, -1, -1]) == 2
            assert candidate([10, 20, 20, 10, 10, 30, 50, 10, 20]) == 3
        """,
        workload="""
            _NUMS = [(i * 37) % 1700 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="can-pair-up",
        doc="""
            Return True if nums can be split into pairs of equal values, that is, if every value occurs an even
            number of times.
            >>> can_pair_up([3, 2, 3, 2, 2, 2])
            True
        """,
        reference="""
            from collections import Counter


            def can_pair_up(nums: List[int]) -> bool:
                return all(count % 2 == 0 for count in Counter(nums).values())
        """,
        slow="""
            def can_pair_up(nums: List[int]) -> bool:
                for x in nums:
                    if nums.count(x) % 2 == 1:
                        return False
                return True
        """,
        tests="""
            assert candidate([3, 2, 3, 2, 2, 2]) == True
            assert candidate([1, 2, 3, 4]) == False
            assert candidate([]) == True
            assert candidate([5]) == False
            assert candidate([-1, -1]) == True
            assert candidate([1, 1, 1]) == False
        """,
        workload="""
            _NUMS = [(i * 37) % 1500 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="unique-occurrences",
        doc="""
            Return True if no two different values in nums occur the same number of times.
            >>> unique_occurrences([1, 2, 2, 1, 1, 3])
            True
        """,
        reference="""
            from collections import Counter


            def unique_occurrences(nums: List[int]) -> bool:
                counts = list(Counter(nums).values())
                return len(counts) == len(set(counts))
        """,
        slow="""
            def unique_occurrences(nums: List[int]) -> bool:
                counts = []
                for x in set(nums):
                    counts.append(nums.count(x))
                return len(counts) == len(set(counts))
        """,
        tests="""
            assert candidate([1, 2, 2, 1, 1, 3]) == True
            assert candidate([1, 2]) == False
            assert candidate([]) == True
            assert candidate([7]) == True
            assert candidate([-3, 0, 1, -3, 1, 1, 1, -3, 10, 0]) == True
            assert candidate([4, 4, 5, 5]) == False
        """,
        workload="""
            _NUMS = [(i * 37) % 1700 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="values-occurring-once",
        doc="""
            Return the values that occur exactly once in nums, in their original order.
            >>> values_occurring_once([4, 5, 4, 6])
            [5, 6]
        """,
        reference="""
            from collections import Counter


            def values_occurring_once(nums: List[int]) -> List[int]:
                counts = Counter(nums)
                return [x for x in nums if counts[x] == 1]
        """,
        slow="""
            def values_occurring_once(nums: List[int]) -> List[int]:
                return [x for x in nums if nums.count(x) == 1]
        """,
        tests="""
            assert candidate([4, 5, 4, 6]) == [5, 6]
            assert candidate([]) == []
            assert candidate([1]) == [1]
            assert candidate([2, 2]) == []
            assert candidate([-1, 3, -1, 0]) == [3, 0]
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="count-repeated-chars",
        doc="""
            Return how many different characters occur more than once in s.
            >>> count_repeated_chars("aabbcde")
            2
        """,
        reference="""
            from collections import Counter


            def count_repeated_chars(s: str) -> int:
                return sum(1 for count in Counter(s).values() if count > 1)
        """,
        slow="""
            def count_repeated_chars(s: str) -> int:
                repeated = []
                for c in s:
                    if s.count(c) > 1 and c not in repeated:
                        repeated.append(c)
                return len(repeated)
        """,
        tests="""
            assert candidate("aabbcde") == 2
            assert candidate("") == 0
            assert candidate("x") == 0
            assert candidate("aaaa") == 1
            assert candidate("aA") == 0
            assert candidate("abcabc") == 3
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(6000))


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="equal-frequencies",
        doc="""
            Return True if all the characters that occur in s occur the same number of times.
            >>> equal_frequencies("abacbc")
            True
        """,
        reference="""
            from collections import Counter


            def equal_frequencies(s: str) -> bool:
                return len(set(Counter(s).values())) <= 1
        """,
        slow="""
            def equal_frequencies(s: str) -> bool:
                for c in s:
                    if s.count(c) != s.count(s[0]):
                        return False
                return True
        """,
        tests="""
            assert candidate("abacbc") == True
            assert candidate("aaabb") == False
            assert candidate("") == True
            assert candidate("z") == True
            assert candidate("aabbccd") == False
            assert candidate("xyz") == True
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(26 * 200))


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="word-counts",
        doc="""
            Return a dict that maps each word of text to the number of times it occurs; words are separated by
            spaces.
            >>> word_counts("a rose is a rose")
            {'a': 2, 'rose': 2, 'is': 1}
        """,
        reference="""
            from collections import Counter


            def word_counts(text: str) -> dict:
                return dict(Counter(text.split()))
        """,
        slow="""
            def word_counts(text: str) -> dict:
                words = text.split()
                counts = {}
                for word in words:
                    counts[word] = words.count(word)
                return counts
        """,
        tests="""
            assert candidate("a rose is a rose") == {"a": 2, "rose": 2, "is": 1}
            assert candidate("") == {}
            assert candidate("hi") == {"hi": 1}
            assert candidate("x x x") == {"x": 3}
            assert candidate("Go go") == {"Go": 1, "go": 1}
        """,
        workload="""
            _TEXT = " ".join(f"w{(i * 7919) % 1500}" for i in range(3000))


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="letter-counts-string",
        doc="""
            s holds only lowercase letters. Return a string that lists each different letter of s, in the order it
            first appears, followed by the number of times it occurs in s.
            >>> letter_counts_string("abca")
            'a2b1c1'
        """,
        reference="""
            from collections import Counter


            def letter_counts_string(s: str) -> str:
                return "".join(c + str(count) for c, count in Counter(s).items())
        """,
        slow="""
            def letter_counts_string(s: str) -> str:
                counts = {}
                for c in s:
                    counts[c] = s.count(c)
                return "".join(c + str(count) for c, count in counts.items())
        """,
        tests="""
            assert candidate("abca") == "a2b1c1"
            assert candidate("") == ""
            assert candidate("z") == "z1"
            assert candidate("bbb") == "b3"
            assert candidate("hello") == "h1e1l2o1"
            assert candidate("aabcccccaaa") == "a5b1c5"
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(6000))


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="once-only-chars",
        doc="""
            Return the characters of s that occur exactly once in s, in their original order.
            >>> once_only_chars("swiss")
            'wi'
        """,
        reference="""
            from collections import Counter


            def once_only_chars(s: str) -> str:
                counts = Counter(s)
                return "".join(c for c in s if counts[c] == 1)
        """,
        slow="""
            def once_only_chars(s: str) -> str:
                return "".join(c for c in s if s.count(c) == 1)
        """,
        tests="""
            assert candidate("swiss") == "wi"
            assert candidate("") == ""
            assert candidate("a") == "a"
            assert candidate("aa") == ""
            assert candidate("abcab") == "c"
            assert candidate("Aa") == "Aa"
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(8000)) + "XYZ"


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="kth-distinct",
        doc="""
            Return the k-th word (k starts at 1) among the words that occur only once in words, in list order, or
            "" if there are fewer than k such words.
            >>> kth_distinct(["d", "b", "c", "b", "c", "a"], 2)
            'a'
        """,
        reference="""
            from collections import Counter


            def kth_distinct(words: List[str], k: int) -> str:
                counts = Counter(words)
                for word in words:
                    if counts[word] == 1:
                        k -= 1
                        if k == 0:
                            return word
                return ""
        """,
        slow="""
            def kth_distinct(words: List[str], k: int) -> str:
                singles = [word for word in words if words.count(word) == 1]
                return singles[k - 1] if k <= len(singles) else ""
        """,
        tests="""
            assert candidate(["d", "b", "c", "b", "c", "a"], 2) == "a"
            assert candidate(["aaa", "aa", "a"], 1) == "aaa"
            assert candidate(["a", "b", "a"], 3) == ""
            assert candidate([], 1) == ""
            assert candidate(["x"], 1) == "x"
            assert candidate(["p", "q", "p", "q"], 1) == ""
        """,
        workload="""
            _WORDS = [f"w{(i * 7919) % 2000}" for i in range(3000)]


            def workload(candidate):
                candidate(_WORDS[:], 900)
        """,
    ),
    task(
        name="count-once-in-both",
        doc="""
            Return how many words occur exactly once in a and also exactly once in b.
            >>> count_once_in_both(["x", "y", "y", "z"], ["z", "x", "x"])
            1
        """,
        reference="""
            from collections import Counter


            def count_once_in_both(a: List[str], b: List[str]) -> int:
                count_a, count_b = Counter(a), Counter(b)
                return sum(1 for word, count in count_a.items() if count == 1 and count_b[word] == 1)
        """,
        slow="""
            def count_once_in_both(a: List[str], b: List[str]) -> int:
                return sum(1 for word in a if a.count(word) == 1 and b.count(word) == 1)
        """,
        tests="""
            assert candidate(["x", "y", "y", "z"], ["z", "x", "x"]) == 1
            assert candidate([], []) == 0
            assert candidate(["a"], ["a"]) == 1
            assert candidate(["a", "a"], ["a"]) == 0
            assert candidate(["a", "b"], ["c", "d"]) == 0
            assert candidate(["p", "q"], ["q", "p"]) == 2
        """,
        workload="""
            _A = [f"w{(i * 7919) % 2000}" for i in range(3000)]
            _B = [f"w{(i * 4001) % 2400}" for i in range(3000)]


            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="values-with-count",
        doc="""
            Return the different values of nums that occur exactly k times, in increasing order.
            >>> values_with_count([5, 1, 5, 2, 1, 3], 2)
            [1, 5]
        """,
        reference="""
            from collections import Counter


            def values_with_count(nums: List[int], k: int) -> List[int]:
                counts = Counter(nums)
                return sorted(x for x, count in counts.items() if count == k)
        """,
        slow="""
            def values_with_count(nums: List[int], k: int) -> List[int]:
                result = []
                for x in nums:
                    if nums.count(x) == k and x not in result:
                        result.append(x)
                return sorted(result)
        """,
        tests="""
            assert candidate([5, 1, 5, 2, 1, 3], 2) == [1, 5]
            assert candidate([], 1) == []
            assert candidate([4], 1) == [4]
            assert candidate([4], 2) == []
            assert candidate([-1, -1, -2, -2, 0], 2) == [-2, -1]
            assert candidate([7, 7, 7], 3) == [7]
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:], 2)
        """,
    ),
    task(
        name="has-three-of-a-kind",
        doc="""
            Return True if some value occurs at least three times in nums, else False.
            >>> has_three_of_a_kind([2, 7, 2, 5, 2])
            True
        """,
        reference="""
            from collections import Counter


            def has_three_of_a_kind(nums: List[int]) -> bool:
                return any(c >= 3 for c in Counter(nums).values())
        """,
        slow="""
            def has_three_of_a_kind(nums: List[int]) -> bool:
                for x in nums:
                    if nums.count(x) >= 3:
                        return True
                return False
        """,
        tests="""
            assert candidate([2, 7, 2, 5, 2]) == True
            assert candidate([]) == False
            assert candidate([1]) == False
            assert candidate([4, 4]) == False
            assert candidate([-1, -1, -1]) == True
            assert candidate([1, 2, 1, 2]) == False
            assert candidate([0, 3, 0, 3, 3]) == True
        """,
        workload="""
            _NUMS = [(i * 7919) % 1300 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="has-single",
        doc="""
            Return True if some value occurs exactly once in nums, else False.
            >>> has_single([4, 9, 4])
            True
        """,
        reference="""
            from collections import Counter


            def has_single(nums: List[int]) -> bool:
                return 1 in Counter(nums).values()
        """,
        slow="""
            def has_single(nums: List[int]) -> bool:
                for x in nums:
                    if nums.count(x) == 1:
                        return True
                return False
        """,
        tests="""
            assert candidate([4, 9, 4]) == True
            assert candidate([]) == False
            assert candidate([5]) == True
            assert candidate([2, 2]) == False
            assert candidate([-1, -1, 3, 3]) == False
            assert candidate([0, 0, 0, -7]) == True
        """,
        workload="""
            _NUMS = [(i * 7919) % 1300 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="drop-singles",
        doc="""
            Return the elements of nums whose value occurs more than once in nums, in their original order.
            >>> drop_singles([1, 2, 1, 3, 1])
            [1, 1, 1]
        """,
        reference="""
            from collections import Counter


            def drop_singles(nums: List[int]) -> List[int]:
                counts = Counter(nums)
                return [x for x in nums if counts[x] > 1]
        """,
        slow="""
            def drop_singles(nums: List[int]) -> List[int]:
                return [x for x in nums if nums.count(x) > 1]
        """,
        tests="""
            assert candidate([1, 2, 1, 3, 1]) == [1, 1, 1]
            assert candidate([]) == []
            assert candidate([5]) == []
            assert candidate([2, 2]) == [2, 2]
            assert candidate([-1, 3, -1, 4, 3]) == [-1, 3, -1, 3]
            assert candidate([1, 2, 3]) == []
        """,
        workload="""
            _NUMS = [(i * 7919) % 2000 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="largest-repeated",
        doc="""
            nums holds non-negative numbers. Return the largest value that occurs more than once in nums, or -1 if
            no value repeats.
            >>> largest_repeated([3, 8, 3, 5, 8, 1])
            8
        """,
        reference="""
            from collections import Counter


            def largest_repeated(nums: List[int]) -> int:
                counts = Counter(nums)
                return max((x for x, c in counts.items() if c > 1), default=-1)
        """,
        slow="""
            def largest_repeated(nums: List[int]) -> int:
                best = -1
                for x in nums:
                    if nums.count(x) > 1 and x > best:
                        best = x
                return best
        """,
        tests="""
            assert candidate([3, 8, 3, 5, 8, 1]) == 8
            assert candidate([]) == -1
            assert candidate([4]) == -1
            assert candidate([0, 0]) == 0
            assert candidate([1, 2, 3]) == -1
            assert candidate([7, 7, 2, 2, 9]) == 7
        """,
        workload="""
            _NUMS = [(i * 7919) % 2400 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="min-frequency",
        doc="""
            Return the smallest number of times that a value of nums occurs in nums; nums is not empty.
            >>> min_frequency([3, 3, 1, 3, 1])
            2
        """,
        reference="""
            from collections import Counter


            def min_frequency(nums: List[int]) -> int:
                return min(Counter(nums).values())
        """,
        slow="""
            def min_frequency(nums: List[int]) -> int:
                return min(nums.count(x) for x in nums)
        """,
        tests="""
            assert candidate([3, 3, 1, 3, 1]) == 2
            assert candidate([5]) == 1
            assert candidate([2, 2, 2]) == 3
            assert candidate([-1, 4, -1]) == 1
            assert candidate([0, 0, 7, 7]) == 2
            assert candidate([1, 2, 3]) == 1
        """,
        workload="""
            _NUMS = [(i * 7919) % 1300 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="first-with-count",
        doc="""
            Return the first element of nums whose value occurs exactly k times in nums, or -1 if there is none.
            >>> first_with_count([5, 2, 5, 2, 2], 3)
            2
        """,
        reference="""
            from collections import Counter


            def first_with_count(nums: List[int], k: int) -> int:
                counts = Counter(nums)
                for x in nums:
                    if counts[x] == k:
                        return x
                return -1
        """,
        slow="""
            def first_with_count(nums: List[int], k: int) -> int:
                for x in nums:
                    if nums.count(x) == k:
                        return x
                return -1
        """,
        tests="""
            assert candidate([5, 2, 5, 2, 2], 3) == 2
            assert candidate([], 1) == -1
            assert candidate([4], 1) == 4
            assert candidate([4, 4], 1) == -1
            assert candidate([-3, -3, 6], 2) == -3
            assert candidate([1, 2, 2, 1], 2) == 1
            assert candidate([7, 8], 2) == -1
        """,
        workload="""
            _NUMS = [(i * 7919) % 1300 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:], 3)
        """,
    ),
    task(
        name="max-char-count",
        doc="""
            Return how many times the most common character of s occurs in s, or 0 if s is empty.
            >>> max_char_count("banana")
            3
        """,
        reference="""
            from collections import Counter


            def max_char_count(s: str) -> int:
                return max(Counter(s).values(), default=0)
        """,
        slow="""
            def max_char_count(s: str) -> int:
                best = 0
                for c in s:
                    if s.count(c) > best:
                        best = s.count(c)
                return best
        """,
        tests="""
            assert candidate("banana") == 3
            assert candidate("") == 0
            assert candidate("a") == 1
            assert candidate("abc") == 1
            assert candidate("aAa") == 2
            assert candidate("  x ") == 3
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7919) % 26) for i in range(5000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="count-non-unique-chars",
        doc="""
            Count the characters of s that also occur somewhere else in s, and return that number.
            >>> count_non_unique_chars("banana")
            5
        """,
        reference="""
            from collections import Counter


            def count_non_unique_chars(s: str) -> int:
                counts = Counter(s)
                return sum(1 for c in s if counts[c] > 1)
        """,
        slow="""
            def count_non_unique_chars(s: str) -> int:
                return sum(1 for c in s if s.count(c) > 1)
        """,
        tests="""
            assert candidate("banana") == 5
            assert candidate("") == 0
            assert candidate("a") == 0
            assert candidate("aa") == 2
            assert candidate("abc") == 0
            assert candidate("aAa") == 2
            assert candidate("a b a") == 4
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7919) % 26) for i in range(5000)) + "Z"

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="count-popular",
        doc="""
            Return how many elements of nums have a value that occurs at least k times in nums.
            >>> count_popular([1, 2, 1, 3, 1], 2)
            3
        """,
        reference="""
            from collections import Counter


            def count_popular(nums: List[int], k: int) -> int:
                counts = Counter(nums)
                return sum(1 for x in nums if counts[x] >= k)
        """,
        slow="""
            def count_popular(nums: List[int], k: int) -> int:
                return sum(1 for x in nums if nums.count(x) >= k)
        """,
        tests="""
            assert candidate([1, 2, 1, 3, 1], 2) == 3
            assert candidate([], 1) == 0
            assert candidate([5], 1) == 1
            assert candidate([5], 2) == 0
            assert candidate([-2, -2, 4, 4, 4], 3) == 3
            assert candidate([7, 7], 1) == 2
        """,
        workload="""
            _NUMS = [(i * 7919) % 1000 for i in range(2600)]

            def workload(candidate):
                candidate(_NUMS[:], 3)
        """,
    ),
    task(
        name="pairs-with-sum-divisible-by-k",
        doc="""
            Return the number of index pairs i < j with nums[i] + nums[j] divisible by k (k >= 1).
            >>> count_divisible_pairs([1, 2, 3, 4, 5], 3)
            4
        """,
        reference="""
            def count_divisible_pairs(nums: List[int], k: int) -> int:
                counts = [0] * k
                for x in nums:
                    counts[x % k] += 1
                pairs = counts[0] * (counts[0] - 1) // 2
                for r in range(1, k // 2 + 1):
                    if 2 * r == k:
                        pairs += counts[r] * (counts[r] - 1) // 2
                    else:
                        pairs += counts[r] * counts[k - r]
                return pairs
        """,
        slow="""
            def count_divisible_pairs(nums: List[int], k: int) -> int:
                pairs = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if (nums[i] + nums[j]) % k == 0:
                            pairs += 1
                return pairs
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 3) == 4
            assert candidate([], 2) == 0
            assert candidate([4], 2) == 0
            assert candidate([2, 4, 6], 2) == 3
            assert candidate([1, 1, 1], 1) == 3
            assert candidate([-1, 1, 2, -2], 4) == 2
            assert candidate([5, 10, 15], 5) == 3
        """,
        workload="""
            NUMS = [(i * 7919) % 10007 for i in range(600)]


            def workload(candidate):
                candidate(list(NUMS), 60)
        """,
    ),
    task(
        name="equivalent-domino-pairs",
        doc="""
            A domino [a, b] is equivalent to [c, d] if a == c and b == d, or a == d and b == c. Return the number of index
            pairs i < j whose dominoes are equivalent.
            >>> count_domino_pairs([[1, 2], [2, 1], [3, 4], [5, 6]])
            1
        """,
        reference="""
            from collections import Counter


            def count_domino_pairs(dominoes: List[List[int]]) -> int:
                counts = Counter((a, b) if a <= b else (b, a) for a, b in dominoes)
                return sum(c * (c - 1) // 2 for c in counts.values())
        """,
        slow="""
            def count_domino_pairs(dominoes: List[List[int]]) -> int:
                pairs = 0
                for i in range(len(dominoes)):
                    for j in range(i + 1, len(dominoes)):
                        a, b = dominoes[i]
                        c, d = dominoes[j]
                        if (a == c and b == d) or (a == d and b == c):
                            pairs += 1
                return pairs
        """,
        tests="""
            assert candidate([[1, 2], [2, 1], [3, 4], [5, 6]]) == 1
            assert candidate([]) == 0
            assert candidate([[1, 1]]) == 0
            assert candidate([[1, 2], [1, 2], [1, 1], [1, 2], [2, 2]]) == 3
            assert candidate([[3, 3], [3, 3], [3, 3]]) == 3
        """,
        workload="""
            DOMINOES = [[(i * 7) % 10, (i * 3) % 10] for i in range(500)]


            def workload(candidate):
                candidate([list(d) for d in DOMINOES])
        """,
    ),
    task(
        name="anagram-pairs",
        doc="""
            Return the number of index pairs i < j such that words[i] and words[j] are anagrams of each other (the same
            letters, each the same number of times).
            >>> count_anagram_pairs(["listen", "silent", "enlist", "google"])
            3
        """,
        reference="""
            from collections import Counter


            def count_anagram_pairs(words: List[str]) -> int:
                counts = Counter("".join(sorted(word)) for word in words)
                return sum(c * (c - 1) // 2 for c in counts.values())
        """,
        slow="""
            def count_anagram_pairs(words: List[str]) -> int:
                pairs = 0
                for i in range(len(words)):
                    for j in range(i + 1, len(words)):
                        if sorted(words[i]) == sorted(words[j]):
                            pairs += 1
                return pairs
        """,
        tests="""
            assert candidate(["listen", "silent", "enlist", "google"]) == 3
            assert candidate([]) == 0
            assert candidate(["a"]) == 0
            assert candidate(["ab", "ba", "ab"]) == 3
            assert candidate(["abc", "abd"]) == 0
            assert candidate(["", ""]) == 1
            assert candidate(["aab", "abb"]) == 0
        """,
        workload="""
            WORDS = ["".join("abcde"[(i * k) % 5] for k in range(1, 6)) for i in range(300)]


            def workload(candidate):
                candidate(list(WORDS))
        """,
    ),
]

TEST = [
    task(
        name="least-frequent-char",
        doc="""
            Return the character of the non-empty string s that occurs the fewest times; on a tie, the one that
            appears first in s.
            >>> least_frequent_char("aabbbc")
            'c'
        """,
        reference="""
            from collections import Counter


            def least_frequent_char(s: str) -> str:
                counts = Counter(s)
                fewest = min(counts.values())
                for c in s:
                    if counts[c] == fewest:
                        return c
        """,
        slow="""
            def least_frequent_char(s: str) -> str:
                best = s[0]
                for c in s:
                    if s.count(c) < s.count(best):
                        best = c
                return best
        """,
        tests="""
            assert candidate("aabbbc") == "c"
            assert candidate("z") == "z"
            assert candidate("abab") == "a"
            assert candidate("bba") == "a"
            assert candidate("xyzzyx") == "x"
        """,
        workload="""
            TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(5000)) + "!"


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="can-form-palindrome",
        doc="""
            Return True if the characters of s can be rearranged into a palindrome.
            >>> can_form_palindrome("carrace")
            True
        """,
        reference="""
            from collections import Counter


            def can_form_palindrome(s: str) -> bool:
                odd = sum(count % 2 for count in Counter(s).values())
                return odd <= 1
        """,
        slow="""
            def can_form_palindrome(s: str) -> bool:
                odd = []
                for c in s:
                    if s.count(c) % 2 == 1 and c not in odd:
                        odd.append(c)
                return len(odd) <= 1
        """,
        tests="""
            assert candidate("carrace") is True
            assert candidate("") is True
            assert candidate("a") is True
            assert candidate("ab") is False
            assert candidate("aabb") is True
            assert candidate("abcabcd") is True
            assert candidate("abcd") is False
        """,
        workload="""
            TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(5000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="most-common-word",
        doc="""
            Return the word that occurs most often in text (words are separated by single spaces); on a tie, the
            one that appears first.
            >>> most_common_word("the cat and the hat")
            'the'
        """,
        reference="""
            from collections import Counter


            def most_common_word(text: str) -> str:
                words = text.split(" ")
                counts = Counter(words)
                most = max(counts.values())
                for word in words:
                    if counts[word] == most:
                        return word
        """,
        slow="""
            def most_common_word(text: str) -> str:
                words = text.split(" ")
                best, best_count = words[0], 0
                for word in words:
                    count = words.count(word)
                    if count > best_count:
                        best, best_count = word, count
                return best
        """,
        tests="""
            assert candidate("the cat and the hat") == "the"
            assert candidate("one") == "one"
            assert candidate("a b b a") == "a"
            assert candidate("x y z z") == "z"
            assert candidate("Go go go") == "go"
        """,
        workload="""
            TEXT = " ".join(f"w{(i * 7919) % 1500}" for i in range(3000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="most-frequent-even",
        doc="""
            Return the even value that occurs most often in nums; on a tie, the smallest such value. Return -1 if
            nums has no even value.
            >>> most_frequent_even([0, 1, 2, 2, 4, 4, 1])
            2
        """,
        reference="""
            from collections import Counter


            def most_frequent_even(nums: List[int]) -> int:
                counts = Counter(x for x in nums if x % 2 == 0)
                if not counts:
                    return -1
                return min(counts, key=lambda x: (-counts[x], x))
        """,
        slow="""
            def most_frequent_even(nums: List[int]) -> int:
                best, best_count = -1, 0
                for x in nums:
                    if x % 2 == 0:
                        count = nums.count(x)
                        if count > best_count or (count == best_count and x < best):
                            best, best_count = x, count
                return best
        """,
        tests="""
            assert candidate([0, 1, 2, 2, 4, 4, 1]) == 2
            assert candidate([1, 3, 5]) == -1
            assert candidate([]) == -1
            assert candidate([4]) == 4
            assert candidate([-2, -2, 6, 6]) == -2
            assert candidate([8, 8, 8, 2, 2, 1, 1, 1, 1]) == 8
        """,
        workload="""
            _NUMS = [(i * 37) % 1500 for i in range(3000)] + [1000] * 3


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="total-max-frequency",
        doc="""
            Return how many elements of nums have a value that occurs the maximum number of times, where the
            maximum is taken over all values of nums.
            >>> total_max_frequency([1, 2, 2, 3, 1, 4])
            4
        """,
        reference="""
            from collections import Counter


            def total_max_frequency(nums: List[int]) -> int:
                counts = Counter(nums).values()
                most = max(counts, default=0)
                return sum(count for count in counts if count == most)
        """,
        slow="""
            def total_max_frequency(nums: List[int]) -> int:
                counts = [nums.count(x) for x in nums]
                most = max(counts, default=0)
                return counts.count(most)
        """,
        tests="""
            assert candidate([1, 2, 2, 3, 1, 4]) == 4
            assert candidate([1, 2, 3, 4, 5]) == 5
            assert candidate([]) == 0
            assert candidate([7]) == 1
            assert candidate([-1, -1, -1, 2, 2]) == 3
            assert candidate([3, 3, 4, 4]) == 4
        """,
        workload="""
            _NUMS = [(i * 53) % 1300 for i in range(3000)]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="first-repeating-index",
        doc="""
            Return the smallest index i such that the value nums[i] occurs more than once in nums, or -1 if all
            the values are different.
            >>> first_repeating_index([6, 3, 4, 3, 5])
            1
        """,
        reference="""
            from collections import Counter


            def first_repeating_index(nums: List[int]) -> int:
                counts = Counter(nums)
                for i, x in enumerate(nums):
                    if counts[x] > 1:
                        return i
                return -1
        """,
        slow="""
            def first_repeating_index(nums: List[int]) -> int:
                for i in range(len(nums)):
                    if nums.count(nums[i]) > 1:
                        return i
                return -1
        """,
        tests="""
            assert candidate([6, 3, 4, 3, 5]) == 1
            assert candidate([]) == -1
            assert candidate([1]) == -1
            assert candidate([1, 2, 3]) == -1
            assert candidate([2, 2]) == 0
            assert candidate([-1, 0, 1, 0, -1]) == 0
            assert candidate([9, 8, 7, 8]) == 1
        """,
        workload="""
            _NUMS = [(i * 7919) % 3000 for i in range(3000)] + [2999 * 7919 % 3000]


            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="repeated-words",
        doc="""
            Return the words of text that occur more than once, each one once, in the order of their first
            appearance; words are separated by spaces.
            >>> repeated_words("to be or not to be")
            ['to', 'be']
        """,
        reference="""
            from collections import Counter


            def repeated_words(text: str) -> List[str]:
                counts = Counter(text.split())
                return [word for word, count in counts.items() if count > 1]
        """,
        slow="""
            def repeated_words(text: str) -> List[str]:
                words = text.split()
                result = []
                for word in words:
                    if words.count(word) > 1 and word not in result:
                        result.append(word)
                return result
        """,
        tests="""
            assert candidate("to be or not to be") == ["to", "be"]
            assert candidate("") == []
            assert candidate("hi") == []
            assert candidate("a a a") == ["a"]
            assert candidate("b a b a") == ["b", "a"]
            assert candidate("Go go") == []
        """,
        workload="""
            _TEXT = " ".join(f"w{(i * 7919) % 2000}" for i in range(3000))


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="total-occurrences",
        doc="""
            For each element of a, count how many times it occurs in b, and return the sum of these counts.
            >>> total_occurrences([1, 2], [1, 1, 2, 3])
            3
        """,
        reference="""
            from collections import Counter


            def total_occurrences(a: List[int], b: List[int]) -> int:
                counts = Counter(b)
                return sum(counts[x] for x in a)
        """,
        slow="""
            def total_occurrences(a: List[int], b: List[int]) -> int:
                return sum(b.count(x) for x in a)
        """,
        tests="""
            assert candidate([1, 2], [1, 1, 2, 3]) == 3
            assert candidate([], [1]) == 0
            assert candidate([1], []) == 0
            assert candidate([2, 2], [2, 2]) == 4
            assert candidate([-1, 5], [5, -1, -1]) == 3
            assert candidate([4], [1, 2, 3]) == 0
        """,
        workload="""
            _A = [(i * 7919) % 3000 for i in range(2000)]
            _B = [(i * 31) % 1500 for i in range(2500)]

            def workload(candidate):
                candidate(_A[:], _B[:])
        """,
    ),
    task(
        name="equal-digit-sum-pairs",
        doc="""
            Return the number of index pairs i < j where nums[i] and nums[j] (non-negative integers) have the same sum of
            decimal digits.
            >>> count_equal_digit_sum_pairs([51, 15, 6, 24, 7])
            6
        """,
        reference="""
            from collections import Counter


            def count_equal_digit_sum_pairs(nums: List[int]) -> int:
                counts = Counter(sum(map(int, str(x))) for x in nums)
                return sum(c * (c - 1) // 2 for c in counts.values())
        """,
        slow="""
            def count_equal_digit_sum_pairs(nums: List[int]) -> int:
                def digit_sum(x: int) -> int:
                    return sum(int(d) for d in str(x))

                pairs = 0
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if digit_sum(nums[i]) == digit_sum(nums[j]):
                            pairs += 1
                return pairs
        """,
        tests="""
            assert candidate([51, 15, 6, 24, 7]) == 6
            assert candidate([]) == 0
            assert candidate([0]) == 0
            assert candidate([0, 0]) == 1
            assert candidate([19, 28, 37, 1]) == 3
            assert candidate([10, 1, 100]) == 3
        """,
        workload="""
            NUMS = [(i * 7919) % 100000 for i in range(120)]


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]
