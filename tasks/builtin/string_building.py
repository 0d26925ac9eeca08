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
    task(
        name="pad-left",
        doc="""
            Return s with copies of the character fill added to its left until it is at least width characters
            long.
            >>> pad_left("42", 5, "0")
            '00042'
        """,
        reference="""
            def pad_left(s: str, width: int, fill: str) -> str:
                return fill * (width - len(s)) + s
        """,
        slow="""
            def pad_left(s: str, width: int, fill: str) -> str:
                while len(s) < width:
                    s = fill + s
                return s
        """,
        tests="""
            assert candidate("42", 5, "0") == "00042"
            assert candidate("", 3, "*") == "***"
            assert candidate("abc", 2, "x") == "abc"
            assert candidate("abc", 3, "x") == "abc"
            assert candidate("a", 0, "-") == "a"
            assert candidate("7", 2, " ") == " 7"
        """,
        workload="""
            def workload(candidate):
                for i in range(5):
                    candidate("x" * 5000, 25_000 + i, "0")
        """,
    ),
    task(
        name="strip-leading",
        doc="""
            Return s without the copies of the character ch at its start.
            >>> strip_leading("xxhello", "x")
            'hello'
        """,
        reference="""
            def strip_leading(s: str, ch: str) -> str:
                return s.lstrip(ch)
        """,
        slow="""
            def strip_leading(s: str, ch: str) -> str:
                while s and s[0] == ch:
                    s = s[1:]
                return s
        """,
        tests="""
            assert candidate("xxhello", "x") == "hello"
            assert candidate("", "x") == ""
            assert candidate("xxx", "x") == ""
            assert candidate("abc", "x") == "abc"
            assert candidate("axa", "a") == "xa"
            assert candidate("--a-", "-") == "a-"
        """,
        workload="""
            _TEXT = "0" * 40_000 + "123"


            def workload(candidate):
                candidate(_TEXT, "0")
        """,
    ),
    task(
        name="strip-trailing",
        doc="""
            Return s without the copies of the character ch at its end.
            >>> strip_trailing("hello!!!", "!")
            'hello'
        """,
        reference="""
            def strip_trailing(s: str, ch: str) -> str:
                return s.rstrip(ch)
        """,
        slow="""
            def strip_trailing(s: str, ch: str) -> str:
                while s and s[-1] == ch:
                    s = s[:-1]
                return s
        """,
        tests="""
            assert candidate("hello!!!", "!") == "hello"
            assert candidate("", "!") == ""
            assert candidate("!!", "!") == ""
            assert candidate("abc", "!") == "abc"
            assert candidate("a!a", "a") == "a!"
            assert candidate("-a--", "-") == "-a"
        """,
        workload="""
            _TEXT = "123" + " " * 40_000


            def workload(candidate):
                candidate(_TEXT, " ")
        """,
    ),
    task(
        name="rotate-string-left",
        doc="""
            Return s with its first k characters moved to its end, where 0 <= k <= len(s).
            >>> rotate_string_left("abcdef", 2)
            'cdefab'
        """,
        reference="""
            def rotate_string_left(s: str, k: int) -> str:
                return s[k:] + s[:k]
        """,
        slow="""
            def rotate_string_left(s: str, k: int) -> str:
                for _ in range(k):
                    s = s[1:] + s[0]
                return s
        """,
        tests="""
            assert candidate("abcdef", 2) == "cdefab"
            assert candidate("", 0) == ""
            assert candidate("a", 1) == "a"
            assert candidate("abc", 0) == "abc"
            assert candidate("abc", 3) == "abc"
            assert candidate("hello", 4) == "ohell"
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(30_000))


            def workload(candidate):
                candidate(_TEXT, 20_000)
        """,
    ),
    task(
        name="to-binary",
        doc="""
            Return the binary digits of the integer n >= 0 as a string, without a "0b" prefix.
            >>> to_binary(6)
            '110'
        """,
        reference="""
            def to_binary(n: int) -> str:
                return format(n, "b")
        """,
        slow="""
            def to_binary(n: int) -> str:
                if n == 0:
                    return "0"
                digits = ""
                while n > 0:
                    digits = str(n % 2) + digits
                    n //= 2
                return digits
        """,
        tests="""
            assert candidate(6) == "110"
            assert candidate(0) == "0"
            assert candidate(1) == "1"
            assert candidate(2) == "10"
            assert candidate(255) == "11111111"
            assert candidate(1024) == "10000000000"
        """,
        workload="""
            _N = 3 ** 4000


            def workload(candidate):
                candidate(_N)
        """,
    ),
    task(
        name="reverse-first-k",
        doc="""
            Return s with its first k characters in reverse order and the other characters unchanged.
            >>> reverse_first_k("abcdef", 3)
            'cbadef'
        """,
        reference="""
            def reverse_first_k(s: str, k: int) -> str:
                return s[:k][::-1] + s[k:]
        """,
        slow="""
            def reverse_first_k(s: str, k: int) -> str:
                result = ""
                for c in s[:k]:
                    result = c + result
                return result + s[k:]
        """,
        tests="""
            assert candidate("abcdef", 3) == "cbadef"
            assert candidate("", 2) == ""
            assert candidate("abc", 0) == "abc"
            assert candidate("abc", 5) == "cba"
            assert candidate("ab", 2) == "ba"
            assert candidate("x", 1) == "x"
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(60_000))


            def workload(candidate):
                candidate(_TEXT, 50_000)
        """,
    ),
    task(
        name="zeros-to-front",
        doc="""
            Return s with all its '0' characters moved to the front; the other characters keep their order.
            >>> zeros_to_front("10203")
            '00123'
        """,
        reference="""
            def zeros_to_front(s: str) -> str:
                return "0" * s.count("0") + s.replace("0", "")
        """,
        slow="""
            def zeros_to_front(s: str) -> str:
                result = ""
                for c in s:
                    if c == "0":
                        result = "0" + result
                    else:
                        result = result + c
                return result
        """,
        tests="""
            assert candidate("10203") == "00123"
            assert candidate("") == ""
            assert candidate("0") == "0"
            assert candidate("abc") == "abc"
            assert candidate("000") == "000"
            assert candidate("a0b0") == "00ab"
        """,
        workload="""
            _TEXT = "10" * 25_000


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="join-reversed",
        doc="""
            Return the strings of the list joined together into one string, the last string first.
            >>> join_reversed(["ab", "c", "de"])
            'decab'
        """,
        reference="""
            def join_reversed(parts: List[str]) -> str:
                return "".join(reversed(parts))
        """,
        slow="""
            def join_reversed(parts: List[str]) -> str:
                result = ""
                for part in parts:
                    result = part + result
                return result
        """,
        tests="""
            assert candidate(["ab", "c", "de"]) == "decab"
            assert candidate([]) == ""
            assert candidate(["x"]) == "x"
            assert candidate(["", "a", ""]) == "a"
            assert candidate(["1", "2", "3"]) == "321"
        """,
        workload="""
            _PARTS = ["abc"[i % 3:] for i in range(30_000)]


            def workload(candidate):
                candidate(_PARTS[:])
        """,
    ),
    task(
        name="reverse-upper",
        doc="""
            Return s reversed, with every letter made uppercase.
            >>> reverse_upper("abc")
            'CBA'
        """,
        reference="""
            def reverse_upper(s: str) -> str:
                return s[::-1].upper()
        """,
        slow="""
            def reverse_upper(s: str) -> str:
                result = ""
                for c in s:
                    result = c.upper() + result
                return result
        """,
        tests="""
            assert candidate("abc") == "CBA"
            assert candidate("") == ""
            assert candidate("a") == "A"
            assert candidate("Hello") == "OLLEH"
            assert candidate("a1B") == "B1A"
            assert candidate("x y") == "Y X"
        """,
        workload="""
            _TEXT = "abcdefghij" * 6000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="is-reverse-of",
        doc="""
            Return True if b is the string a written backwards, else False.
            >>> is_reverse_of("abc", "cba")
            True
        """,
        reference="""
            def is_reverse_of(a: str, b: str) -> bool:
                return a == b[::-1]
        """,
        slow="""
            def is_reverse_of(a: str, b: str) -> bool:
                backwards = ""
                for c in a:
                    backwards = c + backwards
                return backwards == b
        """,
        tests="""
            assert candidate("abc", "cba") == True
            assert candidate("", "") == True
            assert candidate("a", "a") == True
            assert candidate("ab", "ab") == False
            assert candidate("abc", "cb") == False
            assert candidate("racecar", "racecar") == True
        """,
        workload="""
            _A = "".join(chr(97 + (i * 7) % 26) for i in range(50_000))
            _B = _A[::-1]

            def workload(candidate):
                candidate(_A, _B)
        """,
    ),
    task(
        name="rotate-string-right",
        doc="""
            Return s with its last k characters moved to its front, where 0 <= k <= len(s).
            >>> rotate_string_right("abcdef", 2)
            'efabcd'
        """,
        reference="""
            def rotate_string_right(s: str, k: int) -> str:
                cut = len(s) - k
                return s[cut:] + s[:cut]
        """,
        slow="""
            def rotate_string_right(s: str, k: int) -> str:
                for _ in range(k):
                    s = s[-1] + s[:-1]
                return s
        """,
        tests="""
            assert candidate("abcdef", 2) == "efabcd"
            assert candidate("", 0) == ""
            assert candidate("a", 1) == "a"
            assert candidate("abc", 0) == "abc"
            assert candidate("abc", 3) == "abc"
            assert candidate("hello", 1) == "ohell"
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(30_000))


            def workload(candidate):
                candidate(_TEXT, 20_000)
        """,
    ),
    task(
        name="remove-digits",
        doc="""
            Return s without its digit characters.
            >>> remove_digits("a1b22c")
            'abc'
        """,
        reference="""
            def remove_digits(s: str) -> str:
                return "".join([c for c in s if not c.isdigit()])
        """,
        slow="""
            def remove_digits(s: str) -> str:
                i = 0
                while i < len(s):
                    if s[i].isdigit():
                        s = s[:i] + s[i + 1:]
                    else:
                        i += 1
                return s
        """,
        tests="""
            assert candidate("a1b22c") == "abc"
            assert candidate("") == ""
            assert candidate("123") == ""
            assert candidate("abc") == "abc"
            assert candidate("x9") == "x"
            assert candidate("4 u") == " u"
        """,
        workload="""
            _TEXT = "ab1c2" * 8000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="add-prefix-n-times",
        doc="""
            Return s with the string prefix added n times to its front.
            >>> add_prefix("x", "ab", 2)
            'ababx'
        """,
        reference="""
            def add_prefix(s: str, prefix: str, n: int) -> str:
                return prefix * n + s
        """,
        slow="""
            def add_prefix(s: str, prefix: str, n: int) -> str:
                for _ in range(n):
                    s = prefix + s
                return s
        """,
        tests="""
            assert candidate("x", "ab", 2) == "ababx"
            assert candidate("", "a", 3) == "aaa"
            assert candidate("abc", "z", 0) == "abc"
            assert candidate("q", "", 5) == "q"
            assert candidate("1", "0", 1) == "01"
        """,
        workload="""
            def workload(candidate):
                for i in range(5):
                    candidate("end", "ab", 10_000 + i)
        """,
    ),
    task(
        name="reverse-with-dashes",
        doc="""
            Return the characters of s in reverse order, with a '-' between every two neighbouring characters.
            >>> reverse_with_dashes("abc")
            'c-b-a'
        """,
        reference="""
            def reverse_with_dashes(s: str) -> str:
                return "-".join(reversed(s))
        """,
        slow="""
            def reverse_with_dashes(s: str) -> str:
                result = ""
                for c in s:
                    result = c + "-" + result if result else c
                return result
        """,
        tests="""
            assert candidate("abc") == "c-b-a"
            assert candidate("") == ""
            assert candidate("a") == "a"
            assert candidate("ab") == "b-a"
            assert candidate("a-b") == "b---a"
        """,
        workload="""
            _TEXT = "abcdefghij" * 3000

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="reversed-digits",
        doc="""
            Return the digit characters of s in reverse order.
            >>> reversed_digits("a1b2c3")
            '321'
        """,
        reference="""
            def reversed_digits(s: str) -> str:
                return "".join([c for c in s if c.isdigit()])[::-1]
        """,
        slow="""
            def reversed_digits(s: str) -> str:
                result = ""
                for c in s:
                    if c.isdigit():
                        result = c + result
                return result
        """,
        tests="""
            assert candidate("a1b2c3") == "321"
            assert candidate("") == ""
            assert candidate("abc") == ""
            assert candidate("7") == "7"
            assert candidate("12 34") == "4321"
        """,
        workload="""
            _TEXT = "1234567890" * 7000

            def workload(candidate):
                candidate(_TEXT)
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
    task(
        name="wrap-in-parens",
        doc="""
            Return s with n opening parentheses added to its left and n closing parentheses added to its right.
            >>> wrap_in_parens("x", 2)
            '((x))'
        """,
        reference="""
            def wrap_in_parens(s: str, n: int) -> str:
                return "(" * n + s + ")" * n
        """,
        slow="""
            def wrap_in_parens(s: str, n: int) -> str:
                for _ in range(n):
                    s = "(" + s + ")"
                return s
        """,
        tests="""
            assert candidate("x", 2) == "((x))"
            assert candidate("", 1) == "()"
            assert candidate("abc", 0) == "abc"
            assert candidate("", 0) == ""
            assert candidate("a b", 3) == "(((a b)))"
        """,
        workload="""
            def workload(candidate):
                for i in range(3):
                    candidate("core", 15_000 + i)
        """,
    ),
    task(
        name="mirror-string",
        doc="""
            Return s followed by the characters of s in reverse order.
            >>> mirror_string("abc")
            'abccba'
        """,
        reference="""
            def mirror_string(s: str) -> str:
                return s + s[::-1]
        """,
        slow="""
            def mirror_string(s: str) -> str:
                backwards = ""
                for c in s:
                    backwards = c + backwards
                return s + backwards
        """,
        tests="""
            assert candidate("abc") == "abccba"
            assert candidate("") == ""
            assert candidate("a") == "aa"
            assert candidate("ab") == "abba"
            assert candidate("A b") == "A bb A"
        """,
        workload="""
            _TEXT = "".join(chr(97 + (i * 7) % 26) for i in range(50_000))


            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
    task(
        name="reverse-each-word",
        doc="""
            The words of s are separated by single spaces. Return s with the letters of every word reversed,
            keeping the words in their order.
            >>> reverse_each_word("hello world")
            'olleh dlrow'
        """,
        reference="""
            def reverse_each_word(s: str) -> str:
                return " ".join(word[::-1] for word in s.split(" "))
        """,
        slow="""
            def reverse_each_word(s: str) -> str:
                words = []
                for word in s.split(" "):
                    backwards = ""
                    for c in word:
                        backwards = c + backwards
                    words.append(backwards)
                return " ".join(words)
        """,
        tests="""
            assert candidate("hello world") == "olleh dlrow"
            assert candidate("") == ""
            assert candidate("a") == "a"
            assert candidate("abc") == "cba"
            assert candidate("ab cd") == "ba dc"
            assert candidate("Hi 42") == "iH 24"
        """,
        workload="""
            _TEXT = " ".join(["abcdefghij" * 2000] * 3)

            def workload(candidate):
                candidate(_TEXT)
        """,
    ),
]
