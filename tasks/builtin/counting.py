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
            def char_counts(s: str) -> dict:
                counts = {}
                for c in s:
                    counts[c] = counts.get(c, 0) + 1
                return counts
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
]
