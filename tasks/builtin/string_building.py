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
    task(
        name="repeat-string",
        doc="""
            Return the string s written n times in a row ("" when n < 1).
            >>> repeat_string("ab", 3)
            'ababab'
        """,
        reference="""
            def repeat_string(s: str, n: int) -> str:
                return s * n
        """,
        slow="""
            def repeat_string(s: str, n: int) -> str:
                result = ""
                for _ in range(n):
                    result = s + result
                return result
        """,
        tests="""
            assert candidate("ab", 3) == "ababab"
            assert candidate("x", 1) == "x"
            assert candidate("abc", 0) == ""
            assert candidate("", 5) == ""
            assert candidate("z", -2) == ""
        """,
        workload="""
            def workload(candidate):
                for i in range(20):
                    candidate("abc", 2000 + i)
        """,
    ),
    task(
        name="swap-case",
        doc="""
            Return s with every lowercase letter made uppercase and every uppercase letter made lowercase.
            >>> swap_case("Hello World")
            'hELLO wORLD'
        """,
        reference="""
            def swap_case(s: str) -> str:
                return s.swapcase()
        """,
        slow="""
            def swap_case(s: str) -> str:
                result = ""
                for c in reversed(s):
                    result = (c.lower() if c.isupper() else c.upper()) + result
                return result
        """,
        tests="""
            assert candidate("Hello World") == "hELLO wORLD"
            assert candidate("") == ""
            assert candidate("123") == "123"
            assert candidate("aB") == "Ab"
            assert candidate("x-Y") == "X-y"
        """,
        workload="""
            TEXT = "".join(chr(65 + (i * 7) % 58) for i in range(12000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="remove-vowels",
        doc="""
            Return s without its vowels (a, e, i, o, u, lowercase or uppercase).
            >>> remove_vowels("Programming Is Fun")
            'Prgrmmng s Fn'
        """,
        reference="""
            _VOWELS = str.maketrans("", "", "aeiouAEIOU")


            def remove_vowels(s: str) -> str:
                return s.translate(_VOWELS)
        """,
        slow="""
            def remove_vowels(s: str) -> str:
                result = ""
                for c in reversed(s):
                    if c not in "aeiouAEIOU":
                        result = c + result
                return result
        """,
        tests="""
            assert candidate("Programming Is Fun") == "Prgrmmng s Fn"
            assert candidate("") == ""
            assert candidate("aeiou") == ""
            assert candidate("xyz") == "xyz"
            assert candidate("AbE") == "b"
        """,
        workload="""
            TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(6000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="is-palindrome",
        doc="""
            Return True if s reads the same forwards and backwards.
            >>> is_palindrome("racecar")
            True
        """,
        reference="""
            def is_palindrome(s: str) -> bool:
                return s == s[::-1]
        """,
        slow="""
            def is_palindrome(s: str) -> bool:
                backwards = ""
                for c in s:
                    backwards = c + backwards
                return s == backwards
        """,
        tests="""
            assert candidate("racecar") is True
            assert candidate("abca") is False
            assert candidate("") is True
            assert candidate("a") is True
            assert candidate("Aa") is False
            assert candidate("abba") is True
        """,
        workload="""
            HALF = "".join(chr(97 + (i * 7) % 26) for i in range(3000))
            PALINDROME = HALF + HALF[::-1]


            def workload(candidate):
                candidate(PALINDROME)
                candidate(PALINDROME + "x")
        """,
    ),
]

TEST = [
    task(
        name="capitalize-words",
        doc="""
            Return s with the first character of every word made uppercase; words are separated by single spaces.
            >>> capitalize_words("hello big world")
            'Hello Big World'
        """,
        reference="""
            def capitalize_words(s: str) -> str:
                return " ".join(word[:1].upper() + word[1:] for word in s.split(" "))
        """,
        slow="""
            def capitalize_words(s: str) -> str:
                result = ""
                for i in range(len(s) - 1, -1, -1):
                    c = s[i]
                    if i == 0 or s[i - 1] == " ":
                        c = c.upper()
                    result = c + result
                return result
        """,
        tests="""
            assert candidate("hello big world") == "Hello Big World"
            assert candidate("") == ""
            assert candidate("a") == "A"
            assert candidate("Already Done") == "Already Done"
            assert candidate("x  y") == "X  Y"
            assert candidate("3rd place") == "3rd Place"
        """,
        workload="""
            TEXT = " ".join("word" + chr(97 + i % 26) for i in range(3000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="replace-spaces",
        doc="""
            Return s with every space replaced by "%20".
            >>> replace_spaces("a b c")
            'a%20b%20c'
        """,
        reference="""
            def replace_spaces(s: str) -> str:
                return s.replace(" ", "%20")
        """,
        slow="""
            def replace_spaces(s: str) -> str:
                result = ""
                for c in reversed(s):
                    result = ("%20" if c == " " else c) + result
                return result
        """,
        tests="""
            assert candidate("a b c") == "a%20b%20c"
            assert candidate("") == ""
            assert candidate(" ") == "%20"
            assert candidate("none") == "none"
            assert candidate("two  spaces") == "two%20%20spaces"
        """,
        workload="""
            TEXT = "".join("x" if i % 5 else " " for i in range(6000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
    task(
        name="collapse-spaces",
        doc="""
            Return s without spaces at its start and end, and with every run of spaces inside it replaced by one
            space.
            >>> collapse_spaces("  too   many spaces ")
            'too many spaces'
        """,
        reference="""
            def collapse_spaces(s: str) -> str:
                return " ".join(part for part in s.split(" ") if part)
        """,
        slow="""
            def collapse_spaces(s: str) -> str:
                result = ""
                for c in reversed(s):
                    if c != " " or (result and result[0] != " "):
                        result = c + result
                return result.strip(" ")
        """,
        tests="""
            assert candidate("  too   many spaces ") == "too many spaces"
            assert candidate("") == ""
            assert candidate("   ") == ""
            assert candidate("one") == "one"
            assert candidate("a b") == "a b"
            assert candidate(" a  b ") == "a b"
        """,
        workload="""
            TEXT = "".join("ab"[i % 2] if i % 7 else "   " for i in range(15000))


            def workload(candidate):
                candidate(TEXT)
        """,
    ),
]
