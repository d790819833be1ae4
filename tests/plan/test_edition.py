"""Editions at plan time: every string of the Chart in the edition's script, pinned terms as
pinned, the desk's house words, figures unchanged but for the script of 万 and 亿, and a
character left Simplified refused at its field."""

from __future__ import annotations

import textwrap

import pytest

from charts.check.rules import check
from charts.errors import FontError
from charts.plan.chart import plan
from charts.plan.edition import Script, own_edition
from charts.spec.read import load_spec
from charts.theme import WEB
from charts.theme.editions import HONG_KONG, SIMPLIFIED, TAIWAN, TRADITIONAL

SPEC = """
title: 受访者中90后占比最高
subtitle: 对1151名受访者的调查
kind: bar
question: {question}
unit: {unit}
data:
  columns: [年龄段, 占比]
  rows:
    - ["00后", {first}]
    - ["90后", 43.6]
sample_size: 1151
source:
  publication: 中国青年报
notes: [脱贫劳动力“一户一岗”]
"""


@pytest.fixture
def planned(write_spec, fonts_for):
    def make(edition, terms: str = "", question="none", unit='"%"', first="21.6"):
        text = textwrap.dedent(SPEC.format(question=question, unit=unit, first=first)) + textwrap.dedent(terms)
        loaded = load_spec(write_spec(text))
        findings = check(loaded)
        return plan(loaded, findings, fonts_for(None, None, edition), WEB, edition)

    return make


def test_the_spec_s_own_edition_is_as_written(planned):
    chart = planned(SIMPLIFIED)
    assert chart.title == "受访者中90后占比最高"
    assert chart.footer == ("注：脱贫劳动力“一户一岗”", "样本量：1151", "来源：《中国青年报》")
    assert chart.fonts["body"].family == "Noto Sans SC"


def test_taiwan_converts_every_string_and_uses_its_desk_s_words(planned):
    chart = planned(TAIWAN)
    assert chart.title == "受訪者中90後佔比最高"
    assert chart.subtitle == "對1151名受訪者的調查"
    assert [i.label for i in chart.items] == ["00後", "90後"]
    assert (chart.category_name, chart.series_names) == ("年齡段", ("佔比",))
    # 註, 樣本數 and 資料來源 as Taiwan's desks write them; corner quotes for “ ”
    assert chart.footer == ("註：脫貧勞動力「一戶一崗」", "樣本數：1151", "資料來源：《中國青年報》")
    assert chart.fonts["body"].family == "Noto Sans TC" and chart.edition.language == "zh-Hant-TW"


def test_hong_kong_keeps_its_own_standard_forms(planned):
    chart = planned(HONG_KONG)
    assert chart.footer[0] == "註：脱貧勞動力「一户一崗」"  # 脱 and 户 are Hong Kong's forms


def test_figures_keep_their_digits_and_only_wan_and_yi_change_script(planned):
    chart = planned(TAIWAN, unit="亿立方米", first="954.98")
    assert chart.items[0].value_labels == ("954.98",)
    assert chart.unit_line == "單位：億立方米"
    words = planned(TAIWAN, unit="名", first='"两万多"')
    assert words.items[0].value_labels == ("兩萬多",) and words.items[0].figures == ("兩萬多",)


def test_a_pinned_term_is_printed_as_pinned(planned):
    chart = planned(TAIWAN, """
        edition_terms:
          zh-Hant-TW: {劳动力: 勞力, 90后: 九〇後}
    """)
    assert chart.footer[0] == "註：脫貧勞力「一戶一崗」"
    assert chart.title == "受訪者中九〇後佔比最高" and chart.items[1].label == "九〇後"


def test_a_pinned_term_left_simplified_is_refused_naming_the_character_and_field(planned):
    with pytest.raises(FontError) as caught:
        planned(TAIWAN, """
            edition_terms:
              zh-Hant-TW: {脱贫: 脱贫}
        """)
    said = [str(p) for p in caught.value.problems]
    assert any("notes[0]" in s and "“脱”" in s and "zh-Hant-TW" in s for s in said), said
    assert any("“贫”" in s for s in said), said


def test_characters_both_scripts_write_pass_the_check():
    # 里 of 鄰里, 游 of a pinned 下游, Hong Kong's 户: Traditional text writes them too
    taiwan = Script(TAIWAN, (("下游", "下游"),))
    assert taiwan.unconverted(taiwan("向下游输送，邻里关系，干涉，皇后")) == []
    hong_kong = Script(HONG_KONG)
    assert hong_kong.unconverted(hong_kong("一户一岗，脱贫")) == []
    assert Script(TAIWAN).unconverted("脱贫") == ["脱", "贫"]


def test_taiwan_uses_s2tw_not_s2twp_whose_software_phrases_mistranslate_survey_words():
    say = Script(TAIWAN)
    assert say("参与社区防疫工作") == "參與社區防疫工作"  # s2twp: 社群 (an online community)
    assert say("项目") == "項目"  # s2twp: 專案 (a project)
    assert TAIWAN.conversion == "s2tw" and HONG_KONG.conversion == "s2hk"


def test_the_record_of_the_conversion_names_config_and_pinned_terms():
    described = Script.of(type("Spec", (), {"edition_terms": {"zh-Hant-TW": {"下游": "下游"}}})(), TAIWAN).describe()
    assert described["opencc"] == "s2tw" and described["pinned_terms"] == {"下游": "下游"}
    assert described["tag"] == "zh-Hant-TW"


def test_a_centred_mark_gives_no_blank_to_a_closing_mark_after_it():
    from charts.plan.text import Advances, squeezed, width

    # Taiwan's 。 sits centred: squeezing 」 onto it would put ink on ink
    assert squeezed("好。」", "，。：；、！？") == []
    assert squeezed("好。」") == [1]  # the mainland's 。 sits left: its right half is blank
    assert squeezed("來源：《報》", "，。：；、！？") == [2]  # before an opening mark it still gives way
    assert width("好。」", 10, Advances({}, "，。：；、！？")) == 30


def test_a_spec_written_in_traditional_is_its_own_traditional_edition(write_spec, fonts_for):
    """A Hong Kong or Taiwan page charted as it reads: set in Noto Sans TC, shaped as zh-Hant,
    樣本數 and 資料來源 under its title (not 样本量 and 来源), its own words as written. A
    Simplified title quoting a Hong Kong paper's name stays the paper's Simplified edition."""
    text = textwrap.dedent(SPEC.format(question="none", unit='"%"', first="21.6"))
    text = text.replace("受访者中90后占比最高", "受訪者中90後佔比最高").replace("中国青年报", "香港商報")
    text = text.replace("对1151名受访者的调查", "對1151名受訪者的調查").replace("脱贫劳动力“一户一岗”", "脫貧勞動力「一戶一崗」")
    text = text.replace("年龄段", "年齡段").replace("00后", "00後").replace("90后", "90後")
    loaded = load_spec(write_spec(text))
    edition = own_edition(loaded.spec)
    assert edition is TRADITIONAL and edition.suffix == ""  # its files keep the spec's name
    chart = plan(loaded, check(loaded), fonts_for(None, None, edition), WEB, edition)
    assert chart.title == "受訪者中90後佔比最高"
    assert chart.footer == ("註：脫貧勞動力「一戶一崗」", "樣本數：1151", "資料來源：《香港商報》")
    assert chart.script.house("条形图") == "條形圖"
    assert chart.fonts["body"].family == "Noto Sans TC"
    quoting = textwrap.dedent(SPEC.format(question="none", unit='"%"', first="21.6")).replace(
        "受访者中90后占比最高", "受访者中90后占比最高，《香港經濟日報》")
    assert own_edition(load_spec(write_spec(quoting)).spec) is SIMPLIFIED
