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
type. Decoding validates every node, so forged data can at worst decode to some plain value.
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


class EncodeError(TypeError):
    """The candidate returned something that is not plain data."""


class DecodeError(ValueError):
    """Data from a sample is not a valid encoding."""


# ---------------------------------------------------------------------------------------------- encoding

def encode(value, class_names: frozenset[str] = frozenset()) -> bytes:
    """`value` as bytes; instances of classes named in `class_names` travel by field values. An object that
    appears several times (one list passed to many calls) is encoded once and comes back shared."""
    encoder = _Encoder(class_names)
    root = encoder.plain(value)
    objects = tuple(encoder.objects)
    return marshal.dumps((root, objects, not objects and not encoder.tagged), 4)


def decode_trusted(data: bytes, classes: dict[str, type]):
    """`decode` for data the judge encoded itself (arguments in a sample process): plain values skip the
    rebuild, which matters when a batch decodes many copies."""
    root, objects, plain = marshal.loads(data)
    return root if plain else Rebuilder(objects, classes).value(root)


class _Encoder:
    def __init__(self, names):
        self.names = names
        self.objects: list = []
        self.index: dict[int, int] = {}
        self.memo: dict[int, object] = {}
        self.keep_alive: list = []
        self.tagged = False

    def plain(self, value):
        kind = type(value)
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
        if kind is decimal.Decimal or kind is fractions.Fraction:
            return (TAG, kind.__name__, str(value))
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


# ---------------------------------------------------------------------------------------------- decoding

def decode(data: bytes, classes: dict[str, type] | None = None):
    """Rebuild a value from `encode`'s bytes with the judge's own types; raise DecodeError on bad data."""
    tree, objects = load_tree(data)
    return Rebuilder(objects, classes or {}).value(tree)


def load_tree(data: bytes) -> tuple[object, tuple]:
    """The plain tree and object table inside `data`, validated; no custom type is instantiated."""
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
    while pending:  # only exact plain types, no code objects
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
                return decimal.Decimal(rest[0])
            if tag == "Fraction":
                return fractions.Fraction(rest[0])
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


# ---------------------------------------------------------------------------------------------- comparing

def same_answer(left, right, rel_tol: float = 1e-9, abs_tol: float = 1e-9) -> bool:
    """Whether two decoded-to-tree answers agree: the same structure, and floats within a tolerance.

    Used for workload outputs, where the reference's answer is the expected one. Compares the validated trees
    from `load_tree` (tags and object tables included), so it never calls a method of any object.
    """
    pending = [(left, right)]
    while pending:
        a, b = pending.pop()
        kind = type(a)
        if kind is not type(b):
            return False
        if kind is float or kind is complex:
            if kind is float and (math.isnan(a) and math.isnan(b)):
                continue
            if not (a == b or abs(a - b) <= max(rel_tol * max(abs(a), abs(b)), abs_tol)):
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
