"""The sliding-window family: update a window's summary as it moves instead of recomputing it.

Held out as a whole (`builtin:ood`): no training task uses this idea.
"""

from tasks.builtin.task import task

FAMILY = "sliding-window"
IDEA = "update a window's summary as it moves instead of recomputing it"

OOD = [
    task(
        name="max-window-sum",
        doc="""
            Return the largest sum of k consecutive elements of nums (1 <= k <= len(nums)).
            >>> max_window_sum([1, 2, 3, 4, 5], 2)
            9
        """,
        reference="""
            def max_window_sum(nums: List[int], k: int) -> int:
                window = sum(nums[:k])
                best = window
                for i in range(k, len(nums)):
                    window += nums[i] - nums[i - k]
                    best = max(best, window)
                return best
        """,
        slow="""
            def max_window_sum(nums: List[int], k: int) -> int:
                return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2) == 9
            assert candidate([5], 1) == 5
            assert candidate([-1, -2, -3], 2) == -3
            assert candidate([2, -1, 2], 3) == 3
            assert candidate([4, -5, 1, 3], 2) == 4
        """,
        workload="""
            _NUMS = [(i * 37) % 101 - 50 for i in range(10_000)]

            def workload(candidate):
                candidate(_NUMS[:], 1500)
        """,
    ),
    task(
        name="longest-unique-substring",
        doc="""
            Return the length of the longest substring of s with no repeated character.
            >>> longest_unique_substring("abcabcbb")
            3
        """,
        reference="""
            def longest_unique_substring(s: str) -> int:
                last_seen = {}
                start = 0
                best = 0
                for i, c in enumerate(s):
                    if last_seen.get(c, -1) >= start:
                        start = last_seen[c] + 1
                    last_seen[c] = i
                    best = max(best, i - start + 1)
                return best
        """,
        slow="""
            def longest_unique_substring(s: str) -> int:
                best = 0
                for i in range(len(s)):
                    seen = set()
                    for c in s[i:]:
                        if c in seen:
                            break
                        seen.add(c)
                    best = max(best, len(seen))
                return best
        """,
        tests="""
            assert candidate("abcabcbb") == 3
            assert candidate("bbbbb") == 1
            assert candidate("") == 0
            assert candidate("pwwkew") == 3
            assert candidate("a") == 1
            assert candidate("dvdf") == 3
            assert candidate("abba") == 2
        """,
        workload="""
            _TEXT = "".join(chr(256 + i % 400) for i in range(3000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="max-vowels-in-window",
        doc="""
            Return the largest number of vowels (a, e, i, o, u) in any substring of s of length k (1 <= k <= len(s)).
            >>> max_vowels("abciiidef", 3)
            3
        """,
        reference="""
            def max_vowels(s: str, k: int) -> int:
                vowels = set("aeiou")
                count = sum(1 for c in s[:k] if c in vowels)
                best = count
                for i in range(k, len(s)):
                    count += (s[i] in vowels) - (s[i - k] in vowels)
                    best = max(best, count)
                return best
        """,
        slow="""
            def max_vowels(s: str, k: int) -> int:
                best = 0
                for i in range(len(s) - k + 1):
                    best = max(best, sum(1 for c in s[i:i + k] if c in "aeiou"))
                return best
        """,
        tests="""
            assert candidate("abciiidef", 3) == 3
            assert candidate("leetcode", 3) == 2
            assert candidate("xyz", 2) == 0
            assert candidate("a", 1) == 1
            assert candidate("aeiou", 5) == 5
            assert candidate("bab", 1) == 1
        """,
        workload="""
            _TEXT = "bcdaxyeiozu" * 500

            def workload(candidate):
                candidate(_TEXT, 200)
        """,
    ),
    task(
        name="min-subarray-length",
        doc="""
            nums holds positive integers. Return the length of the shortest contiguous subarray whose sum is at least
            target, or 0 if there is none.
            >>> min_subarray_len(7, [2, 3, 1, 2, 4, 3])
            2
        """,
        reference="""
            def min_subarray_len(target: int, nums: List[int]) -> int:
                best = len(nums) + 1
                total = 0
                start = 0
                for end, x in enumerate(nums):
                    total += x
                    while total >= target:
                        best = min(best, end - start + 1)
                        total -= nums[start]
                        start += 1
                return best if best <= len(nums) else 0
        """,
        slow="""
            def min_subarray_len(target: int, nums: List[int]) -> int:
                best = 0
                for i in range(len(nums)):
                    total = 0
                    for j in range(i, len(nums)):
                        total += nums[j]
                        if total >= target:
                            if best == 0 or j - i + 1 < best:
                                best = j - i + 1
                            break
                return best
        """,
        tests="""
            assert candidate(7, [2, 3, 1, 2, 4, 3]) == 2
            assert candidate(4, [1, 4, 4]) == 1
            assert candidate(11, [1, 1, 1, 1, 1, 1, 1, 1]) == 0
            assert candidate(5, []) == 0
            assert candidate(3, [1, 1, 1]) == 3
        """,
        workload="""
            _NUMS = [1 + i % 3 for i in range(3000)]

            def workload(candidate):
                candidate(800, _NUMS[:])
        """,
    ),
    task(
        name="longest-ones-with-flips",
        doc="""
            nums holds only 0s and 1s. Return the length of the longest contiguous run of 1s you can get by turning
            at most k of the 0s into 1s.
            >>> longest_ones([1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], 2)
            6
        """,
        reference="""
            def longest_ones(nums: List[int], k: int) -> int:
                best = 0
                zeros = 0
                start = 0
                for end, x in enumerate(nums):
                    if x == 0:
                        zeros += 1
                    while zeros > k:
                        if nums[start] == 0:
                            zeros -= 1
                        start += 1
                    best = max(best, end - start + 1)
                return best
        """,
        slow="""
            def longest_ones(nums: List[int], k: int) -> int:
                best = 0
                for i in range(len(nums)):
                    zeros = 0
                    for j in range(i, len(nums)):
                        if nums[j] == 0:
                            zeros += 1
                        if zeros > k:
                            break
                        best = max(best, j - i + 1)
                return best
        """,
        tests="""
            assert candidate([1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0], 2) == 6
            assert candidate([0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1], 3) == 10
            assert candidate([], 1) == 0
            assert candidate([0], 0) == 0
            assert candidate([1, 1], 0) == 2
            assert candidate([0, 0], 5) == 2
        """,
        workload="""
            _NUMS = [0 if i % 10 == 0 else 1 for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:], 30)
        """,
    ),
]
