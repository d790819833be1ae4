"""Figures as articles word them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charts.numbers import format_number, parse_value


@pytest.mark.parametrize("cell, number, worded", [
    (Decimal("491.40"), Decimal("491.40"), None),
    (21600, Decimal(21600), None),
    ("21.6", Decimal("21.6"), None),
    ("600多", Decimal(600), "600多"),
    ("两万多", Decimal(20000), "两万多"),
    ("近百亿", Decimal(10_000_000_000), "近百亿"),
    ("约3.5万", Decimal(35000), "约3.5万"),
    ("十二", Decimal(12), "十二"),
])
def test_parse(cell, number, worded):
    value = parse_value(cell)
    assert value.number == number and value.worded == worded


@pytest.mark.parametrize("cell", ["7.1%", "很多", "", True, None, "12 期"])
def test_not_numbers(cell):
    assert parse_value(cell) is None


def test_format_keeps_written_precision_unless_decimals_are_given():
    assert format_number(parse_value(Decimal("491.40")), None) == "491.40"
    assert format_number(parse_value(Decimal("58.0")), None) == "58.0"
    assert format_number(parse_value(Decimal("3.7")), 2) == "3.70"
    assert format_number(parse_value("两万多"), 1) == "两万多"
