"""Planning: a spec becomes a Chart with its numbers printed, footer composed and colours
chosen, before anything is drawn."""

from __future__ import annotations

import textwrap

import pytest

from charts.check.rules import check
from charts.plan.chart import plan
from charts.spec.read import load_spec
from charts.theme import PALETTE, PRINT_1COL, WEB

AGES = """
title: 受访者年龄构成
kind: {kind}
question: single
unit: "%"
decimals: 1
data:
  columns: [年龄段, 占比]
  rows:
    - ["00后", 21.6]
    - ["90后", 43]
    - ["80后", 26.9]
    - ["70后", 7.6]
    - [其他, 0.9]
sample_size: 1151
source:
  publication: 中国青年报
"""


@pytest.fixture
def planned(write_spec, house_fonts):
    def make(text: str, size=WEB):
        loaded = load_spec(write_spec(textwrap.dedent(text)))
        findings = check(loaded)
        assert not findings.errors, [str(p) for _, p in findings.errors]
        return plan(loaded, findings, house_fonts, size)

    return make


def test_values_are_printed_to_the_decimals_with_their_unit(planned):
    chart = planned(AGES.format(kind="bar"))
    assert [i.label for i in chart.items] == ["00后", "90后", "80后", "70后", "其他"]  # as written
    assert [i.value_labels for i in chart.items] == [("21.6%",), ("43.0%",), ("26.9%",), ("7.6%",), ("0.9%",)]
    assert [i.values for i in chart.items] == [(21.6,), (43.0,), (26.9,), (7.6,), (0.9,)]
    assert chart.unit_line is None  # a percentage is said on every label, not above the plot


def test_large_figures_are_scaled_and_the_unit_said_once(planned):
    chart = planned("""
        title: 投资
        kind: bar
        unit: 元
        sort: descending
        data:
          columns: [地区, 投资]
          rows: [[甲, 1500000], [乙, 23400000]]
        source: {publication: 新华网}
    """)
    assert [(i.label, i.value_labels[0], i.unit) for i in chart.items] == [("乙", "2340", "万元"), ("甲", "150", "万元")]
    assert chart.unit_line == "单位：万元"


def test_footer_has_the_notes_the_sample_and_the_source(planned):
    chart = planned(AGES.format(kind="bar") + "notes: [因四舍五入，合计可能不等于100%。, 交互分析结果]\n")
    assert chart.footer == ("注：因四舍五入，合计可能不等于100%；交互分析结果", "样本量：1151", "来源：《中国青年报》")


def test_a_news_site_is_credited_without_title_marks(planned):
    text = AGES.format(kind="bar").replace("publication: 中国青年报", "publication: 新华网")
    assert planned(text).footer[-1] == "来源：新华网"


def test_bars_share_one_colour_and_a_highlight_stands_out(planned):
    plain = planned(AGES.format(kind="bar"))
    assert {i.colors for i in plain.items} == {(PALETTE.bar,)}
    marked = planned(AGES.format(kind="bar") + "highlight: 90后\n")
    assert [i.colors[0] for i in marked.items] == [PALETTE.bar, PALETTE.highlight] + [PALETTE.bar] * 3
    assert [i.highlighted for i in marked.items] == [False, True, False, False, False]


def test_parts_of_a_whole_go_down_one_ramp_in_order(planned):
    chart = planned(AGES.format(kind="donut"))
    assert [i.colors[0] for i in chart.items] == list(PALETTE.parts[:5])
    faded = planned(AGES.format(kind="donut") + "highlight: 90后\n")
    colors = [i.colors[0] for i in faded.items]
    assert colors[1] == PALETTE.highlight
    assert all(c in PALETTE.parts_faded for n, c in enumerate(colors) if n != 1)


def test_each_size_plans_the_same_chart_at_its_own_measure(planned):
    web, small = planned(AGES.format(kind="bar")), planned(AGES.format(kind="bar"), PRINT_1COL)
    assert (web.size, small.size) == (WEB, PRINT_1COL)
    assert small.items == web.items and small.footer == web.footer
    assert small.measure(web.title, PRINT_1COL.title, "title") < web.measure(web.title, WEB.title, "title")


PARTIAL = """
title: 近半受访者最常在社区团购买菜
kind: {kind}
question: single
remainder: unreported
unit: "%"
decimals: 1
data:
  columns: [渠道, 占比]
  rows:
    - [社区团购, 46.2]
    - [菜市场, 21.5]
    - [超市, 12.8]
sample_size: 2003
source:
  publication: 测试报
"""


def test_a_partial_table_gets_a_grey_unreported_part_and_its_note(planned):
    from charts import messages as msg

    for kind in ("donut", "stacked"):
        chart = planned(PARTIAL.format(kind=kind))
        assert [i.values[0] for i in chart.items] == [46.2, 21.5, 12.8]  # the reported parts as reported
        assert chart.gap.label == msg.UNREPORTED_LABEL and chart.gap.values == (19.5,)
        assert chart.gap.colors == (PALETTE.unreported,) and chart.gap.value_labels == ("",)  # no invented figure
        assert chart.footer[0] == f"注：{msg.UNREPORTED_GAP_NOTE}"
    bar = planned(PARTIAL.format(kind="bar"))
    assert bar.gap is None and bar.footer[0] == f"注：{msg.UNREPORTED_NOTE}"


@pytest.mark.parametrize("name, credited", [("中国青年报", "《中国青年报》"), ("财经", "《财经》"), ("新华网", "新华网"),
                                            ("新华社", "新华社"), ("国家统计局", "国家统计局"),
                                            ("香港大學民意研究計劃", "香港大學民意研究計劃"), ("《瞭望》", "《瞭望》"),
                                            ("艾媒咨询", "艾媒咨询"), ("人民智库", "人民智库")])
def test_publications_take_book_title_marks_and_organisations_do_not(name, credited):
    from charts.plan.chart import publication

    assert publication(name) == credited


def test_a_share_the_article_says_in_words_takes_no_percent_sign(planned):
    """近七成, 三分之一, 超过半数 say the share themselves: 近七成% is no way to print it; a
    figure in digits keeps its %."""
    chart = planned("""
        title: 受访者的看法
        kind: figures
        unit: "%"
        data:
          columns: [项目, 数值]
          rows:
            - [认为有帮助, 近七成]
            - [表示满意, 62.5]
            - [担心费用, 三分之一]
            - [愿意尝试, 超过半数]
        source:
          publication: 测试
        """)
    assert [i.value_labels for i in chart.items] == [("近七成",), ("62.5%",), ("三分之一",), ("超过半数",)]
