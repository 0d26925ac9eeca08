"""Values crossing the sandbox boundary: arguments go to the candidate, plain return values come back.

The judge never holds an object the candidate made. A sample process turns what the candidate returned into
`marshal` data (exact built-in types only, so no method the candidate wrote survives), and the judge rebuilds
it from that data with its own types. What marshal cannot carry is tagged:

- instances of the problem's own classes (ListNode, TreeNode), by class name and fields, as a table of
  objects so long or cyclic linked structures neither recurse nor loop;
- `deque`, `OrderedDict`, `defaultdict`, `Counter`, `Decimal`, `Fraction`, `range` and `bytearray`, so a
  deque is still not equal to a list after the trip;
- numpy scalars become the Python number they hold.

Anything else (a generator, a rigged subclass of `int`, a function) is refused with a message naming its
type.

What the judge decodes is untrusted (the candidate owns its whole process, the encoder included), so decoding
costs at most what crossed the pipe:
- answers travel unshared (`share=False`): a value that holds one list twice is sent as two lists, so the
  sample process, under its own limits, pays for expanding an aliased grid, never the judge. Decoding counts
  nodes and refuses more than one per byte received, which is what marshal's back-references would allow;
- nothing is parsed from a string the candidate chose: a `Fraction` crosses as two bounded ints, a `Decimal`
  as its sign, digits and a bounded exponent;
- values have at most `MAX_NODES` nodes (both sides check) and marshal bounds their depth.
Decoding validates every node, so forged data can at worst decode to some plain value.
"""

from __future__ import annotations

import collections
import decimal
import fractions
import marshal
import math

TAG = "\x00acecode"
SCALARS = frozenset({type(None), bool, int, float, complex, str, bytes})
MAX_BYTES = 256 << 20
"""Largest message a sample may send back."""
MAX_NODES = 1_000_000
"""Most values (containers and scalars) in one answer: a million ints are a 5 MB message."""
MAX_BITS = 1 << 16
"""Largest numerator or denominator of a Fraction answer, in bits (about 20,000 digits)."""
MAX_DECIMAL_DIGITS = 100_000
MAX_DECIMAL_EXPONENT = 100_000
"""Bounds on a Decimal answer: int(Decimal('1e999999999')) in the tests would take the judge forever."""


class EncodeError(TypeError):
    """The candidate returned something that is not plain data."""


class DecodeError(ValueError):
    """Data from a sample is not a valid encoding."""


# ---------------------------------------------------------------------------------------------- encoding

def encode(value, class_names: frozenset[str] = frozenset(), share: bool = True) -> bytes:
    """`value` as bytes; instances of classes named in `class_names` travel by field values.

    With `share`, an object that appears several times (one list passed to many calls) is encoded once and comes
    back shared: for the judge's own arguments. A sample encodes its answers with `share=False`, so every
    occurrence is written out and `decode` can bound its work by the message's size. Instances of the problem's
    classes always go through the object table, so a cyclic linked list is fine either way.
    """
    encoder = _Encoder(class_names, share)
    root = encoder.plain(value)
    objects = tuple(encoder.objects)
    return marshal.dumps((root, objects, not objects and not encoder.tagged), 4)


def decode_trusted(data: bytes, classes: dict[str, type]):
    """`decode` for data the judge encoded itself (arguments in a sample process): plain values skip the
    rebuild, which matters when a batch decodes many copies."""
    root, objects, plain = marshal.loads(data)
    return root if plain else Rebuilder(objects, classes).value(root)


class _Encoder:
    def __init__(self, names, share: bool = True):
        self.names, self.share = names, share
        self.nodes = 0
        self.objects: list = []
        self.index: dict[int, int] = {}
        self.memo: dict[int, object] = {}
        self.keep_alive: list = []
        self.tagged = False

    def plain(self, value):
        kind = type(value)
        if not self.share:
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise EncodeError(f"returned a value of more than {MAX_NODES:,} items (an item held in several "
                                  "places counts each time); answers must be smaller")
            return value if kind in SCALARS else self._convert(value, kind)
        if kind in SCALARS:
            return value
        known = self.memo.get(id(value))
        if known is not None:
            return known
        result = self._convert(value, kind)
        self.memo[id(value)] = result
        self.keep_alive.append(value)
        return result

    def _convert(self, value, kind):
        plain = self.plain
        if kind is list:
            return [plain(item) for item in value]
        if kind is tuple:
            return tuple(plain(item) for item in value)
        if kind is dict:
            return {plain(k): plain(v) for k, v in value.items()}
        if kind is set or kind is frozenset:
            return kind(plain(item) for item in value)
        if _is_numpy_scalar(value):
            return plain(value.item())
        self.tagged = True
        if kind is collections.deque:
            return (TAG, "deque", [plain(item) for item in value], value.maxlen)
        if kind in _MAPPING_TAGS:
            return (TAG, _MAPPING_TAGS[kind], {plain(k): plain(v) for k, v in value.items()})
        if kind is fractions.Fraction:
            return (TAG, "Fraction", int(value.numerator), int(value.denominator))
        if kind is decimal.Decimal:
            sign, digits, exponent = value.as_tuple()
            return (TAG, "Decimal", sign, "".join(map(str, digits)), exponent)
        if kind is range:
            return (TAG, "range", value.start, value.stop, value.step)
        if kind is bytearray:
            return (TAG, "bytearray", bytes(value))
        name = getattr(kind, "__name__", None)
        if name in self.names and hasattr(value, "__dict__"):
            found = self.index.get(id(value))
            if found is None:
                found = self.index[id(value)] = len(self.objects)
                self.objects.append(None)
                fields = tuple((str(key), plain(field)) for key, field in vars(value).items() if type(key) is str)
                self.objects[found] = (name, fields)
            return (TAG, "ref", found)
        raise EncodeError(f"returned a {_type_name(kind)} object; answers must be plain values "
                          "(numbers, strings, lists, tuples, dicts, sets) or the problem's own classes")


_MAPPING_TAGS = {collections.OrderedDict: "OrderedDict", collections.defaultdict: "defaultdict",
                 collections.Counter: "Counter"}


def _is_numpy_scalar(value) -> bool:
    kind = type(value)
    return any(getattr(base, "__module__", None) == "numpy" and base.__name__ == "generic" for base in kind.__mro__)


def _type_name(kind) -> str:
    try:
        return str(kind.__qualname__)[:60]
    except Exception:  # noqa: BLE001 - a candidate's metaclass may raise anything
        return "unnamed"


def classes_in(namespace: dict, names) -> dict[str, type]:
    """The classes among `names` that `namespace` defines: what instances in an encoding are rebuilt as."""
    return {name: namespace[name] for name in names if isinstance(namespace.get(name), type)}


# ---------------------------------------------------------------------------------------------- decoding

def decode(data: bytes, classes: dict[str, type] | None = None):
    """Rebuild a value from `encode(..., share=False)`'s bytes with the judge's own types; raise DecodeError on
    bad data, or on data that would cost more to rebuild than its size allows."""
    tree, objects = load_tree(data)
    return Rebuilder(objects, classes or {}).value(tree)


def load_tree(data: bytes) -> tuple[object, tuple]:
    """The plain tree and object table inside `data`, validated; no custom type is instantiated.

    Every node is visited once per place it appears, and there may be at most one per byte of `data` (and
    `MAX_NODES`): an unshared encoding spends at least a byte on each, while a marshal back-reference to a
    container costs five bytes and could stand for any number of nodes (`a = [a, a]`, 64 times, is 655 bytes).
    """
    if type(data) is not bytes or len(data) > MAX_BYTES:
        raise DecodeError("not an encoded value")
    try:
        loaded = marshal.loads(data)
    except Exception as error:  # noqa: BLE001 - malformed data may raise anything marshal has
        raise DecodeError(f"malformed data: {type(error).__name__}") from None
    if type(loaded) is not tuple or len(loaded) != 3 or type(loaded[1]) is not tuple:
        raise DecodeError("malformed data: no value and object table")
    tree, objects, _ = loaded
    pending = [tree]
    for entry in objects:
        if type(entry) is not tuple or len(entry) != 2 or type(entry[0]) is not str or type(entry[1]) is not tuple:
            raise DecodeError("malformed object table")
        for field in entry[1]:
            if type(field) is not tuple or len(field) != 2 or type(field[0]) is not str:
                raise DecodeError("malformed object field")
            pending.append(field[1])
    budget = min(len(data), MAX_NODES)
    while pending:  # only exact plain types, no code objects
        budget -= 1
        if budget < 0:
            raise DecodeError(f"the answer holds more items than its {len(data):,} bytes can (items shared by "
                              "reference); answers are sent unshared, so this is not the harness's encoding")
        item = pending.pop()
        kind = type(item)
        if kind in SCALARS:
            continue
        if kind is list or kind is tuple or kind is set or kind is frozenset:
            pending.extend(item)
        elif kind is dict:
            pending.extend(item.keys())
            pending.extend(item.values())
        else:
            raise DecodeError(f"malformed data: a {kind.__name__} node")
    return tree, objects


class Rebuilder:
    def __init__(self, objects: tuple, classes: dict[str, type]):
        self.objects, self.classes = objects, classes
        self.built: dict[int, object] = {}

    def value(self, node):
        kind = type(node)
        if kind in SCALARS:
            return node
        if kind is list:
            return [self.value(item) for item in node]
        if kind is dict:
            return {self.value(k): self.value(v) for k, v in node.items()}
        if kind is set or kind is frozenset:
            return kind(self.value(item) for item in node)
        if len(node) >= 2 and node[0] == TAG:
            return self.tagged(node)
        return tuple(self.value(item) for item in node)

    def tagged(self, node):
        tag, rest = node[1], node[2:]
        try:
            if tag == "ref":
                return self.instance(rest[0])
            if tag == "deque":
                return collections.deque((self.value(item) for item in rest[0]), rest[1])
            if tag in ("OrderedDict", "defaultdict", "Counter"):
                mapping = {self.value(k): self.value(v) for k, v in rest[0].items()}
                if tag == "defaultdict":
                    return collections.defaultdict(None, mapping)
                return getattr(collections, tag)(mapping)
            if tag == "Decimal":
                return _decimal(*rest)
            if tag == "Fraction":
                return _fraction(*rest)
            if tag == "range":
                return range(*rest)
            if tag == "bytearray":
                return bytearray(rest[0])
        except (TypeError, ValueError, IndexError, AttributeError, decimal.InvalidOperation,
                ZeroDivisionError) as error:
            raise DecodeError(f"malformed {tag!r} value: {error}") from None
        raise DecodeError(f"unknown tag {tag!r}")

    def instance(self, number):
        if type(number) is not int or not 0 <= number < len(self.objects):
            raise DecodeError("a reference outside the object table")
        if number in self.built:
            return self.built[number]
        name, fields = self.objects[number]
        cls = self.classes.get(name)
        if cls is None:
            raise DecodeError(f"an object of unknown class {name!r}")
        obj = cls.__new__(cls)
        self.built[number] = obj
        for key, field in fields:
            obj.__dict__[key] = self.value(field)
        return obj


def _fraction(numerator, denominator) -> fractions.Fraction:
    """A Fraction from two ints of at most MAX_BITS bits each (normalising them costs a gcd of that size)."""
    if type(numerator) is not int or type(denominator) is not int or denominator == 0:
        raise ValueError("a Fraction needs an int numerator and a non-zero int denominator")
    if max(numerator.bit_length(), denominator.bit_length()) > MAX_BITS:
        raise ValueError(f"a Fraction with more than {MAX_BITS:,} bits")
    return fractions.Fraction(numerator, denominator)


def _decimal(sign, digits, exponent) -> decimal.Decimal:
    """A Decimal from its sign, its digits and an exponent within MAX_DECIMAL_EXPONENT (or a special value)."""
    if sign not in (0, 1) or type(sign) is not int or type(digits) is not str:
        raise ValueError("a Decimal needs a sign of 0 or 1 and a string of digits")
    if len(digits) > MAX_DECIMAL_DIGITS or not (digits.isascii() and (digits.isdigit() or not digits)):
        raise ValueError(f"a Decimal needs at most {MAX_DECIMAL_DIGITS:,} decimal digits")
    if exponent not in ("n", "N", "F") and (type(exponent) is not int or abs(exponent) > MAX_DECIMAL_EXPONENT):
        raise ValueError(f"a Decimal exponent must be an int within ±{MAX_DECIMAL_EXPONENT:,}")
    return decimal.Decimal((sign, tuple(map(int, digits)), exponent))


# ---------------------------------------------------------------------------------------------- comparing

REL_TOL = 1e-9
"""Floats may differ by this fraction of the larger: two correct programs that add in another order round
differently."""
ABS_TOL = 1e-12
"""...or by this much, for answers near zero, where a cancellation leaves a rounding residue (1e-17 against
0.0). Below it, answers are not told apart; the tests still check their own tolerance."""


def same_float(a: float, b: float) -> bool:
    """Whether two floats agree: within the tolerance when both are finite, exactly when either is not (an
    overflow to `inf` is not close to 1.5e307, and NaN matches only NaN)."""
    if a == b or (a != a and b != b):
        return True
    if not (math.isfinite(a) and math.isfinite(b)):
        return False
    return abs(a - b) <= max(REL_TOL * max(abs(a), abs(b)), ABS_TOL)


def same_answer(left, right) -> bool:
    """Whether two decoded-to-tree answers agree: the same structure, and floats within `same_float`.

    Used for workload outputs, where the reference's answer is the expected one. Compares the validated trees
    from `load_tree` (tags and object tables included), so it never calls a method of any object.
    """
    pending = [(left, right)]
    while pending:
        a, b = pending.pop()
        kind = type(a)
        if kind is not type(b):
            return False
        if kind is float:
            if not same_float(a, b):
                return False
        elif kind is complex:
            if not (same_float(a.real, b.real) and same_float(a.imag, b.imag)):
                return False
        elif kind is list or kind is tuple:
            if len(a) != len(b):
                return False
            pending.extend(zip(a, b))
        elif kind is dict:
            if a.keys() != b.keys():
                return False
            pending.extend((a[key], b[key]) for key in a)
        elif a != b:
            return False
    return True


def same_encoded(left: bytes, right: bytes) -> bool:
    """`same_answer` on two encodings (value trees and object tables)."""
    if left == right:
        return True
    try:
        return same_answer(load_tree(left), load_tree(right))
    except DecodeError:
        return False
