"""The codec: what a sample sends back, and what decoding and comparing it may cost the judge."""

import decimal
import fractions
import marshal
import math
import time

import pytest

from reward import codec


def forged(tree, objects=()) -> bytes:
    """Bytes a hostile sample could write itself, with marshal's back-references (not the harness's encoding)."""
    return marshal.dumps((tree, tuple(objects), not objects), 4)


@pytest.mark.parametrize("reference", [1.5e307, -2.0, 0.0])
def test_infinity_matches_no_finite_float(reference):
    assert not codec.same_answer(math.inf, reference)
    assert not codec.same_answer(reference, -math.inf)
    assert not codec.same_answer([1.0, math.inf], [1.0, reference])


def test_non_finite_floats_match_only_themselves():
    assert codec.same_answer(math.inf, math.inf) and codec.same_answer(-math.inf, -math.inf)
    assert not codec.same_answer(math.inf, -math.inf)
    assert codec.same_answer(math.nan, math.nan) and not codec.same_answer(math.nan, 1.0)
    assert not codec.same_answer(complex(math.inf, 0), complex(1e308, 0))
    assert not codec.same_answer(complex(1, math.nan), complex(1, 0))
    assert codec.same_answer(complex(1, math.nan), complex(1, math.nan))


def test_the_tolerance_absorbs_rounding_but_not_small_answers():
    assert codec.same_answer(0.1 + 0.2, 0.3)  # another order of additions
    assert codec.same_answer(1e20 * (1 + 1e-12), 1e20)
    assert codec.same_answer(0.1 + 0.2 - 0.3, 0.0)  # a cancellation's rounding residue, 5.5e-17
    assert not codec.same_answer(3e-10, 0.0)  # a small answer is an answer
    assert not codec.same_answer(2e-11, 1e-11)
    assert not codec.same_answer(1.0, 1.0 + 1e-6)


def test_answers_cross_unshared_and_decode_in_proportion_to_their_size():
    row = list(range(100))
    grid = [row] * 50  # the aliasing bug [[0] * n] * m: one row, held 50 times
    data = codec.encode(grid, share=False)
    assert codec.decode(data) == grid
    assert len(data) >= 50 * 100  # every row written out
    with pytest.raises(codec.DecodeError, match="more items than its"):
        codec.decode(forged(grid))  # the same value with back-references: 50x the nodes per byte


def test_a_small_message_that_stands_for_an_enormous_value_is_refused_at_once():
    value = []
    for _ in range(64):
        value = [value, value]  # 2**64 leaves in 655 bytes
    data = forged(value)
    assert len(data) < 1000
    started = time.process_time()
    with pytest.raises(codec.DecodeError):
        codec.decode(data)
    with pytest.raises(codec.DecodeError):
        codec.load_tree(data)
    assert not codec.same_encoded(data, codec.encode([[], []], share=False))
    assert time.process_time() - started < 1.0


def test_the_encoder_refuses_an_answer_larger_than_the_node_budget():
    value = []
    for _ in range(64):
        value = [value, value]
    with pytest.raises(codec.EncodeError, match="more than"):
        codec.encode(value, share=False)  # in the sample, under its own limits: about a second


def test_shared_arguments_keep_their_sharing_for_the_judges_own_encoding():
    shared = [1, 2, 3]
    decoded = codec.decode_trusted(codec.encode(((shared, shared), {})), {})
    assert decoded[0][0] is decoded[0][1]


@pytest.mark.parametrize("value", [fractions.Fraction(-7, 3), fractions.Fraction(10**400, 3),
                                   decimal.Decimal("-1.250E+3"), decimal.Decimal("NaN"), decimal.Decimal("-Infinity"),
                                   decimal.Decimal("0.000"), decimal.Decimal("sNaN")])
def test_fractions_and_decimals_cross_as_numbers(value):
    back = codec.decode(codec.encode(value, share=False))
    assert type(back) is type(value) and str(back) == str(value)


def test_a_fraction_with_a_hostile_string_method_crosses_by_value():
    original = fractions.Fraction.__str__
    fractions.Fraction.__str__ = lambda self: "1e999999999"
    try:
        data = codec.encode(fractions.Fraction(1, 3), share=False)
    finally:
        fractions.Fraction.__str__ = original
    assert codec.decode(data) == fractions.Fraction(1, 3)


@pytest.mark.parametrize("node", [
    (codec.TAG, "Fraction", 1 << (codec.MAX_BITS + 1), 3),
    (codec.TAG, "Fraction", 1, 0),
    (codec.TAG, "Fraction", "1e999999999"),
    (codec.TAG, "Decimal", 0, "1", 999_999_999),
    (codec.TAG, "Decimal", 0, "1" * (codec.MAX_DECIMAL_DIGITS + 1), 0),
    (codec.TAG, "Decimal", 0, "12a", 0),
    (codec.TAG, "Decimal", 2, "1", 0),
    (codec.TAG, "Decimal", "1e999999999"),
])
def test_forged_numbers_that_would_be_costly_are_refused_quickly(node):
    started = time.process_time()
    with pytest.raises(codec.DecodeError):
        codec.decode(forged(node))
    assert time.process_time() - started < 1.0
