"""The stack-matching family: a stack remembers what is still open, so each element is pushed and popped once.

Held out as a whole (`builtin:ood`): no training task uses this idea.
"""

from tasks.builtin.task import task

FAMILY = "stack-matching"
IDEA = "a stack remembers what is still open, so each element is pushed and popped once"

OOD = [
    task(
        name="valid-brackets",
        doc="""
            s consists of the characters ()[]{}. Return True if every bracket is closed by the matching bracket in
            the right order, else False.
            >>> is_valid_brackets("([]{})")
            True
        """,
        reference="""
            def is_valid_brackets(s: str) -> bool:
                pairs = {")": "(", "]": "[", "}": "{"}
                stack = []
                for c in s:
                    if c in pairs:
                        if not stack or stack.pop() != pairs[c]:
                            return False
                    else:
                        stack.append(c)
                return not stack
        """,
        slow="""
            def is_valid_brackets(s: str) -> bool:
                while "()" in s or "[]" in s or "{}" in s:
                    s = s.replace("()", "").replace("[]", "").replace("{}", "")
                return s == ""
        """,
        tests="""
            assert candidate("()") == True
            assert candidate("()[]{}") == True
            assert candidate("(]") == False
            assert candidate("") == True
            assert candidate("([)]") == False
            assert candidate("{[]}") == True
            assert candidate("((") == False
            assert candidate("))") == False
        """,
        workload="""
            _TEXT = "([{" * 1000 + "}])" * 1000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="remove-adjacent-duplicates",
        doc="""
            Repeatedly delete two adjacent equal characters from s until no such pair is left; return the result.
            >>> remove_adjacent_duplicates("abbaca")
            'ca'
        """,
        reference="""
            def remove_adjacent_duplicates(s: str) -> str:
                stack = []
                for c in s:
                    if stack and stack[-1] == c:
                        stack.pop()
                    else:
                        stack.append(c)
                return "".join(stack)
        """,
        slow="""
            def remove_adjacent_duplicates(s: str) -> str:
                changed = True
                while changed:
                    changed = False
                    for i in range(len(s) - 1):
                        if s[i] == s[i + 1]:
                            s = s[:i] + s[i + 2:]
                            changed = True
                            break
                return s
        """,
        tests="""
            assert candidate("abbaca") == "ca"
            assert candidate("azxxzy") == "ay"
            assert candidate("") == ""
            assert candidate("aa") == ""
            assert candidate("abc") == "abc"
            assert candidate("aaa") == "a"
        """,
        workload="""
            _HALF = "abc" * 300
            _TEXT = _HALF + _HALF[::-1] + "xyz"

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="next-greater",
        doc="""
            For each element of nums, return the first element to its right that is greater, or -1 if none is.
            >>> next_greater([2, 1, 2, 4, 3])
            [4, 2, 4, -1, -1]
        """,
        reference="""
            def next_greater(nums: List[int]) -> List[int]:
                result = [-1] * len(nums)
                stack = []
                for i, x in enumerate(nums):
                    while stack and nums[stack[-1]] < x:
                        result[stack.pop()] = x
                    stack.append(i)
                return result
        """,
        slow="""
            def next_greater(nums: List[int]) -> List[int]:
                result = []
                for i, x in enumerate(nums):
                    greater = -1
                    for y in nums[i + 1:]:
                        if y > x:
                            greater = y
                            break
                    result.append(greater)
                return result
        """,
        tests="""
            assert candidate([2, 1, 2, 4, 3]) == [4, 2, 4, -1, -1]
            assert candidate([]) == []
            assert candidate([5]) == [-1]
            assert candidate([1, 2, 3]) == [2, 3, -1]
            assert candidate([3, 2, 1]) == [-1, -1, -1]
            assert candidate([-1, -2, 0]) == [0, 0, -1]
        """,
        workload="""
            _NUMS = list(range(1500, 0, -1))

            def workload(candidate):
                candidate(_NUMS[:])
        """,
    ),
    task(
        name="daily-temperatures",
        doc="""
            For each day i, return how many days after day i the first strictly warmer temperature comes, or 0 if
            none does.
            >>> daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73])
            [1, 1, 4, 2, 1, 1, 0, 0]
        """,
        reference="""
            def daily_temperatures(temperatures: List[int]) -> List[int]:
                result = [0] * len(temperatures)
                stack = []
                for i, t in enumerate(temperatures):
                    while stack and temperatures[stack[-1]] < t:
                        j = stack.pop()
                        result[j] = i - j
                    stack.append(i)
                return result
        """,
        slow="""
            def daily_temperatures(temperatures: List[int]) -> List[int]:
                result = []
                for i, t in enumerate(temperatures):
                    wait = 0
                    for j in range(i + 1, len(temperatures)):
                        if temperatures[j] > t:
                            wait = j - i
                            break
                    result.append(wait)
                return result
        """,
        tests="""
            assert candidate([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0]
            assert candidate([30, 40, 50, 60]) == [1, 1, 1, 0]
            assert candidate([]) == []
            assert candidate([50]) == [0]
            assert candidate([50, 50]) == [0, 0]
            assert candidate([-5, -10, 0]) == [2, 1, 0]
        """,
        workload="""
            _TEMPERATURES = list(range(1400, 0, -1)) + [2000]

            def workload(candidate):
                candidate(_TEMPERATURES[:])
        """,
    ),
    task(
        name="longest-valid-parentheses",
        doc="""
            s consists of '(' and ')'. Return the length of the longest substring that is a balanced parenthesis
            string.
            >>> longest_valid_parentheses(")()())")
            4
        """,
        reference="""
            def longest_valid_parentheses(s: str) -> int:
                stack = [-1]
                best = 0
                for i, c in enumerate(s):
                    if c == "(":
                        stack.append(i)
                    else:
                        stack.pop()
                        if stack:
                            best = max(best, i - stack[-1])
                        else:
                            stack.append(i)
                return best
        """,
        slow="""
            def longest_valid_parentheses(s: str) -> int:
                best = 0
                for i in range(len(s)):
                    depth = 0
                    for j in range(i, len(s)):
                        depth += 1 if s[j] == "(" else -1
                        if depth < 0:
                            break
                        if depth == 0:
                            best = max(best, j - i + 1)
                return best
        """,
        tests="""
            assert candidate("(()") == 2
            assert candidate(")()())") == 4
            assert candidate("") == 0
            assert candidate("()(())") == 6
            assert candidate(")(") == 0
            assert candidate("(()())") == 6
        """,
        workload="""
            _TEXT = "(" * 800 + ")" * 800

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
]
