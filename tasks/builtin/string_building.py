"""The string-building family: one pass (slicing, join, replace) instead of rebuilding the string at every step.

CPython makes `s += c` amortised O(1), so the slow solutions here prepend or cut, which copies every time.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "string-building"
IDEA = "one pass (slicing, join, replace) instead of rebuilding the string at every step"

TRAIN = [
    task(
        name="reverse-string",
        doc="""
            Return s reversed.
            >>> reverse_string("abc")
            'cba'
        """,
        reference="""
            def reverse_string(s: str) -> str:
                return s[::-1]
        """,
        slow="""
            def reverse_string(s: str) -> str:
                result = ""
                for c in s:
                    result = c + result
                return result
        """,
        tests="""
            assert candidate("abc") == "cba"
            assert candidate("") == ""
            assert candidate("a") == "a"
            assert candidate("racecar") == "racecar"
            assert candidate("Hello, World") == "dlroW ,olleH"
        """,
        workload="""
            _TEXT = "abcdefghij" * 6000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="reverse-words",
        doc="""
            The words of s are separated by one or more spaces. Return the words in reverse order, separated by
            single spaces, without leading or trailing spaces.
            >>> reverse_words("the sky  is blue")
            'blue is sky the'
        """,
        reference="""
            def reverse_words(s: str) -> str:
                return " ".join(reversed(s.split()))
        """,
        slow="""
            def reverse_words(s: str) -> str:
                result = ""
                for word in s.split():
                    result = word + " " + result if result else word
                return result
        """,
        tests="""
            assert candidate("the sky  is blue") == "blue is sky the"
            assert candidate("  hello world  ") == "world hello"
            assert candidate("") == ""
            assert candidate("one") == "one"
            assert candidate("a b") == "b a"
        """,
        workload="""
            _TEXT = " ".join("w%d" % i for i in range(30_000))

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="remove-char",
        doc="""
            Return s with every occurrence of the character ch removed.
            >>> remove_char("banana", "a")
            'bnn'
        """,
        reference="""
            def remove_char(s: str, ch: str) -> str:
                return s.replace(ch, "")
        """,
        slow="""
            def remove_char(s: str, ch: str) -> str:
                while ch in s:
                    i = s.index(ch)
                    s = s[:i] + s[i + 1:]
                return s
        """,
        tests="""
            assert candidate("banana", "a") == "bnn"
            assert candidate("", "x") == ""
            assert candidate("aaa", "a") == ""
            assert candidate("abc", "z") == "abc"
            assert candidate("a-b-c", "-") == "abc"
        """,
        workload="""
            _TEXT = "xa" * 10_000

            def workload(candidate):
                candidate(_TEXT, "a")
        """,
    ),
    task(
        name="mask-digits",
        doc="""
            Return s with every digit character replaced by '#'.
            >>> mask_digits("pin 1234")
            'pin ####'
        """,
        reference="""
            def mask_digits(s: str) -> str:
                return "".join("#" if c.isdigit() else c for c in s)
        """,
        slow="""
            def mask_digits(s: str) -> str:
                for i in range(len(s)):
                    if s[i].isdigit():
                        s = s[:i] + "#" + s[i + 1:]
                return s
        """,
        tests="""
            assert candidate("pin 1234") == "pin ####"
            assert candidate("") == ""
            assert candidate("abc") == "abc"
            assert candidate("7") == "#"
            assert candidate("a1b2") == "a#b#"
        """,
        workload="""
            _TEXT = "0123456789x" * 2000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="is-rotation",
        doc="""
            Return True if b can be obtained from a by moving some prefix of a to its end.
            >>> is_rotation("abcde", "cdeab")
            True
        """,
        reference="""
            def is_rotation(a: str, b: str) -> bool:
                return len(a) == len(b) and b in a + a
        """,
        slow="""
            def is_rotation(a: str, b: str) -> bool:
                if len(a) != len(b):
                    return False
                if a == b:
                    return True
                for i in range(1, len(a)):
                    if a[i:] + a[:i] == b:
                        return True
                return False
        """,
        tests="""
            assert candidate("abcde", "cdeab") == True
            assert candidate("abcde", "abced") == False
            assert candidate("", "") == True
            assert candidate("a", "a") == True
            assert candidate("ab", "abc") == False
            assert candidate("aa", "a") == False
        """,
        workload="""
            _A = "x" * 20_000 + "y"
            _B = "y" + "x" * 20_000

            def workload(candidate):
                candidate(_A, _B)
        """,
    ),
]

TEST = []
