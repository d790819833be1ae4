import pytest

from tests.conftest import layout_faults
from tests.kinds.kind_cases import spec

LISTS = """
data:
  columns: [指标, 2021年全年, 今年已发布]
  rows:
    - [发布清单, 12, 3]
    - [参加企业, 814, 131]
    - [提供岗位, 6435, 529]
    - [需求员工, 38504, 3988]
"""

SAME_UNIT = """
data:
  columns: [城市, 2021年, 2022年]
  rows:
    - [一线城市, 55.6, 58.0]
    - [二线城市, 50.1, 52.3]
"""


def test_grouped_with_mixed_units_draws_one_panel_per_unit(write_spec, draw):
    unit = "{发布清单: 期, 参加企业: 家, 提供岗位: 个, 需求员工: 人}"
    _, canvas = draw(write_spec(spec("grouped", LISTS, unit=unit)))
    texts = [t.get_text() for t in canvas.figure.texts]
    assert {"发布清单（期）", "需求员工（人）", "38504", "3988", "2021年全年", "今年已发布"} <= set(texts)
    assert layout_faults(canvas) == []


def test_grouped_with_one_unit_shares_one_axis(write_spec, draw):
    _, canvas = draw(write_spec(spec("grouped", SAME_UNIT)))
    texts = [t.get_text() for t in canvas.figure.texts]
    assert {"55.6%", "52.3%", "一线城市"} <= set(texts)
    assert layout_faults(canvas) == []


def test_grouped_panels_with_all_zero_values(write_spec, draw):
    """Found by the fuzzer: a panel whose values are all 0 divided by zero."""
    zeros = LISTS.replace("[发布清单, 12, 3]", "[发布清单, 0, 0]")
    unit = "{发布清单: 期, 参加企业: 家, 提供岗位: 个, 需求员工: 人}"
    _, canvas = draw(write_spec(spec("grouped", zeros, unit=unit)))
    assert layout_faults(canvas) == []


def test_categories_in_different_units_with_negative_figures_get_rows_on_their_own_scales(write_spec, draw):
    from charts.theme import SIZES

    data = """
data:
  columns: [指标, 2021年全年, 今年已发布]
  rows:
    - [参加企业, 814, 131]
    - [提供岗位, 6435, 529]
    - [净流出人数, -120, -35]
"""
    for size in SIZES.values():
        _, canvas = draw(write_spec(spec("grouped", data, unit="{参加企业: 家, 提供岗位: 个, 净流出人数: 人}")), size)
        assert layout_faults(canvas) == [], size.name
        assert "净流出人数（人）" in {t.text for t in canvas.placed}
        bars = {t.text: t.mark for t in canvas.placed if t.layer == "values"}
        assert bars["814"].x1 == pytest.approx(bars["6435"].x1)  # each category's largest spans its scale
