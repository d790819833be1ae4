"""四舍五入: every figure rounded half up (away from zero) from the decimal as written,
never through a float and never twice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charts.numbers.format import (
    MINUS,
    format_number,
    plain_number,
    rounded,
    scaled,
    scaled_places,
)
from charts.numbers.grammar import parse_value


@pytest.mark.parametrize("written, places, result", [
    ("21.65", 1, "21.7"), ("0.25", 1, "0.3"), ("0.35", 1, "0.4"), ("2.675", 2, "2.68"),
    ("1.005", 2, "1.01"), ("-3.45", 1, "-3.5"), ("-0.25", 1, "-0.3"), ("0.5", 0, "1"), ("2.5", 0, "3"),
    ("2.4449", 2, "2.44"), ("2.445", 2, "2.45"), ("99.95", 1, "100.0"), ("7", 2, "7.00"),
    ("12345678901234.5", 0, "12345678901235"), ("0.000005", 5, "0.00001"),
])
def test_half_up_from_the_decimal_as_written(written, places, result):
    assert str(rounded(Decimal(written), places)) == result


@pytest.mark.parametrize("cell, decimals, scale, printed, plain", [
    (Decimal("21.65"), 1, "", "21.7", "21.7"),
    (Decimal("-3.45"), 1, "", MINUS + "3.5", "-3.5"),
    (Decimal("-0.04"), 1, "", "0.0", "0.0"),          # rounds to zero: no minus sign
    (10050, None, "万", "1.01", "1.01"),                # 1.005万
    (216500000, None, "亿", "2.17", "2.17"),            # 2.165亿
    (-22350, None, "万", MINUS + "2.24", "-2.24"),
    (2165000000, 1, "亿", "21.7", "21.7"),
    (Decimal("491.40"), None, "", "491.40", "491.40"),  # as written: the article's precision
    ("600多", 1, "", "600多", "600多"),                  # words are never rounded
])
def test_printed_and_plain_are_the_same_figure(cell, decimals, scale, printed, plain):
    value = parse_value(cell)
    assert format_number(value, decimals, scale) == printed
    assert plain_number(value, decimals, scale) == plain


def test_scaling_is_exact():
    assert scaled(parse_value(123456789012345), "亿").number == Decimal("1234567.89012345")
    many = Decimal("123456789.0123456789012345678901234")  # 34 digits: past a 28-digit context
    assert scaled(parse_value(many), "万").number == Decimal("12345.6789012345678901234567890123400")
    assert scaled_places([parse_value(13885), parse_value(20000)], "万") == 2
    assert scaled_places([parse_value(120000), parse_value(30000)], "万") == 0


@settings(max_examples=300, deadline=None, database=None)
@given(digits=st.integers(-10**15, 10**15), exponent=st.integers(-6, 0), places=st.integers(0, 4))
def test_rounding_matches_schoolbook_half_up(digits, exponent, places):
    """The house rule written out in integers: add half a unit of the last place, away from
    zero, and cut. No float, no Decimal context involved."""
    number = Decimal(digits).scaleb(exponent)
    shift = -exponent - places  # digits dropped
    if shift <= 0:
        expected = Decimal(digits).scaleb(exponent)
    else:
        magnitude = (abs(digits) + 5 * 10 ** (shift - 1)) // 10 ** shift
        expected = Decimal(magnitude if digits >= 0 else -magnitude).scaleb(-places)
    assert rounded(number, places) == expected
    text = plain_number(parse_value(number), places)
    assert Decimal(text) == expected and text.count(".") == (1 if places else 0)
    assert format_number(parse_value(number), places) == (text.replace("-", MINUS))


@pytest.mark.parametrize("cell", [Decimal("1e308"), 10 ** 400, Decimal("1e-320"), Decimal("-1e308"),
                                  Decimal("0.1234567890123456789012345678901234")])
def test_figures_past_the_range_still_format_without_raising(cell):
    """Check refuses them before a chart is drawn; verify still prints their forms."""
    for scale in ("", "万", "亿"):
        for decimals in (None, 0, 2):
            assert format_number(parse_value(cell), decimals, scale)
