"""Hand-off test helpers."""

from __future__ import annotations

import io

import pytest


@pytest.fixture
def read_csv_back():
    """The hand-off CSV as pandas reads it, the way a spreadsheet user's tools see it.
    pandas is a test extra only: the tool itself writes CSV with the standard library."""
    pd = pytest.importorskip("pandas", reason="pandas (the test extra) reads the CSV back")
    return lambda data: pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
