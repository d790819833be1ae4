"""Tables as text, the layouts statistics pages print them in, one test each (tables written
for these tests: the layouts are real ones, the figures and words ours)."""

from __future__ import annotations

from pathlib import Path

from charts.article.drafts import draft_yaml
from charts.article.extract import extract
from charts.article.read import read_article


def _tables(tmp_path: Path, text: str) -> list[tuple[str, list[str], list[list]]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [(d.unit, d.columns[1:], d.rows) for d in extract(read_article(path)) if d.name.startswith("table")]


def test_a_unit_in_the_header_runs_on_over_its_group(tmp_path):
    text = ("年份      总人口(万人)     男       女       城镇化率\n"
            "2019      1250.3          640.1    610.2    55.2\n"
            "2020      1255.7          642.9    612.8    56.8\n")
    assert _tables(tmp_path, text) == [  # not over a rate: its unit is for the editor to give
        ("万人", ["总人口", "男", "女"], [["2019", "1250.3", "640.1", "610.2"], ["2020", "1255.7", "642.9", "612.8"]]),
        ("", ["城镇化率"], [["2019", "55.2"], ["2020", "56.8"]])]


def test_a_header_of_two_tiers_names_columns_by_where_they_stand(tmp_path):
    text = ("表2  历年人口\n                                                 单位:万人\n"
            "年份      年末总人口     按性别分              按城乡分\n"
            "                         男性      女性        城镇      乡村\n"
            "2015      1250.3         640.1     610.2       700.5     549.8\n"
            "2016      1255.7         642.9     612.8       712.3     543.4\n")
    [(unit, columns, rows)] = _tables(tmp_path, text)
    assert (unit, columns, rows[0]) == ("万人", ["年末总人口", "男性", "女性", "城镇", "乡村"],
                                            ["2015", "1250.3", "640.1", "610.2", "700.5", "549.8"])


def test_the_unit_of_a_caption_or_a_line_of_its_own(tmp_path):
    text = ("表3 历年粮食产量(万吨)\n年份   粮食   夏粮\n2019   45.6   12.1\n2020   46.2   12.5\n\n"
            "表4 居民收支(单位:元)\n| 指标 | 2024年 |\n| 人均可支配收入 | 43500 |\n| 人均消费支出 | 29900 |\n")
    assert [unit for unit, _, _ in _tables(tmp_path, text)] == ["万吨", "元"]


def test_pipe_rows_numbered_with_units_in_cells_and_a_column_of_words(tmp_path):
    text = ("| 序号 | 指标 | 绝对数 | 增长 | 变化 |\n"
            "| 1 | 城镇居民人均可支配收入 | 45210元 | 5.1% | 增加 |\n"
            "| 2 | 农村居民人均可支配收入 | 21870元 | 6.3% | 增加 |\n")
    assert _tables(tmp_path, text) == [
        ("元", ["绝对数"], [["城镇居民人均可支配收入", "45210"], ["农村居民人均可支配收入", "21870"]]),
        ("%", ["增长"], [["城镇居民人均可支配收入", "5.1"], ["农村居民人均可支配收入", "6.3"]])]


def test_an_empty_cell_written_as_a_dash_stays_where_it_stands(tmp_path):
    text = ("| 地区 | 人口(万人) | 占比 |\n| 东部 | 56372 | 39.93% |\n| 中部 | 36469 | 25.83% |\n"
            "| 东北 | — | 6.98% |\n")
    assert _tables(tmp_path, text) == [
        ("万人", ["人口"], [["东部", "56372"], ["中部", "36469"]]),
        ("%", ["占比"], [["东部", "39.93"], ["中部", "25.83"], ["东北", "6.98"]])]


def test_a_label_over_its_cells_and_a_word_spaced_out(tmp_path):
    text = ("指 标          绝 对 数(亿元)      比 上 年 增 长(%)\n地区生产总值\n2313.0    5.2\n"
            "第一产业\n287.0    2.2\n第二产业\n714.1    6.2\n")
    assert [(unit, columns) for unit, columns, _ in _tables(tmp_path, text)] == [
        ("亿元", ["绝对数"]), ("%", ["比上年增长"])]


def test_a_yearbook_page_with_a_bar_after_each_cell(tmp_path):
    cells = ["指标", "Item", "2023", "2024", "人口(万人)", "Population", "年末总人口", "Year-end", "1250.3",
             "1255.7", "城镇人口", "Urban", "890.2", "901.5"]
    text = "".join(f"{cell} |\n" for cell in cells)
    assert _tables(tmp_path, text) == [
        ("万人", ["2023", "2024"], [["年末总人口", "1250.3", "1255.7"], ["城镇人口", "890.2", "901.5"]])]


_TOWNS = ("某县各镇粮食产量\n| 镇 | 稻谷(万吨) | 小麦(万吨) | 玉米(万吨) |\n| 东镇 | 12.5 | 3.2 | 4.1 |\n"
          "{west}\n| 南镇 | 8.4 | 2.2 | 1.7 |\n| {total} | 31.0 | 5.4 | 8.7 |\n")


def _draft_of(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [d for d in extract(read_article(path)) if d.name.startswith("table")][0]  # the one with the checks


def test_a_short_row_the_totals_place_is_flagged_with_its_place_never_fitted(tmp_path):
    """| 西镇 | 10.1 | 2.9 |: read from the left, 2.9 would be 小麦; the 合计 row says 小麦 is
    the empty one. The row is left for the editor, with where the sums put the gap."""
    draft = _draft_of(tmp_path, _TOWNS.format(west="| 西镇 | 10.1 | 2.9 |", total="合计"))
    assert [r[0] for r in draft.rows] == ["东镇", "南镇"]  # 合计 is said, not drawn beside its parts
    assert draft.flagged == [["西镇", "10.1", "2.9"]]
    assert draft.gaps == {"西镇": "按合计行推算，空格在「小麦(万吨)」列"}
    assert "空格在「小麦(万吨)」列" in draft_yaml(draft, "article.txt", "schema.json")


def test_columns_that_do_not_add_up_to_the_total_are_said(tmp_path):
    draft = _draft_of(tmp_path, _TOWNS.format(west="| 西镇 | 10.1 | 2.2 | 2.9 |", total="合计"))
    assert [r[0] for r in draft.rows] == ["东镇", "西镇", "南镇"]  # the parts as printed
    assert draft.sums == ["「小麦(万吨)」列各行之和为7.6，合计行为5.4：查看是否有错位、漏行或四舍五入",
                          "合计行（31.0、5.4、8.7）是各行之和，不与各行并列画出"]
    assert draft.sums[0] in draft_yaml(draft, "article.txt", "schema.json")


def test_a_table_that_adds_up_or_has_no_total_row_says_nothing(tmp_path):
    fine = _draft_of(tmp_path, _TOWNS.format(west="| 西镇 | 10.1 | | 2.9 |", total="合计"))
    assert (fine.sums[:-1], fine.gaps, fine.flagged) == ([], {}, [])  # only the total row's line
    no_total = _draft_of(tmp_path, _TOWNS.format(west="| 西镇 | 10.1 | 2.2 | 2.9 |", total="北镇"))
    assert no_total.sums == []
    sub_items = _draft_of(tmp_path, _TOWNS.format(west="| 其中:西镇 | 10.1 | 2.2 | 2.9 |", total="合计"))
    assert not [x for x in sub_items.sums if "各行之和为" in x]  # a sub-item is inside another row: no sum


def test_a_page_that_sets_each_figure_of_its_prose_on_a_line_is_no_table(tmp_path):
    """A forum or web copy puts each figure on a line of its own (2013 / 年的 / 2.2 / 萬元,增至…):
    the figure runs on into its unit on the next line, so it is prose, not a table cut one
    cell per line."""
    text = ("住戶每月入息中位數由\n2013\n年的\n2.2\n萬元,增至去年的\n2.35\n萬元;中西區有\n3.5\n"
            "萬元,灣仔區則有\n3.4\n萬元。\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    drafts = extract(read_article(path))
    assert not [d for d in drafts if d.name.startswith("table")]
    assert read_article(path).text.startswith("住戶每月入息中位數由2013年的2.2萬元,增至去年的2.35萬元;")


def test_a_table_cut_one_cell_per_line_goes_on_after_blank_lines(tmp_path):
    """A web copy spaces out its groups of rows with blank lines; the rows after them are the
    same table's, and an acronym (CPI) is a row's name, not an English gloss to drop."""
    cells = ["金额(亿元)", "增速(%)", "CPI", "1520", "2.1", "甲类", "640", "3.4", "", "", "乙类", "880",
             "1.2", "丙类", "95", "-0.7"]
    text = "某市主要指标\n\n" + "".join(f"{cell}\n\n" for cell in cells)
    assert _tables(tmp_path, text) == [
        ("亿元", ["金额"], [["CPI", "1520"], ["甲类", "640"], ["乙类", "880"], ["丙类", "95"]]),
        ("%", ["增速"], [["CPI", "2.1"], ["甲类", "3.4"], ["乙类", "1.2"], ["丙类", "-0.7"]])]


def test_a_header_broken_over_many_lines_under_a_tier_of_groups(tmp_path):
    """A yearbook's PDF copy wraps each column's name (人 数 / (万人)) under group names set out
    letter by letter on one line: each name ends at its unit, each group spans its columns."""
    text = ("表5 某市人口迁移\n年 份 迁 入 迁 出\n人 数\n(万人)\n迁入率\n(‰)\n人 数\n(万人)\n迁 出\n率(‰)\n"
            "2021 12.40 3.15 9.80 2.49\n2022 13.05 3.30 10.20 2.58\n")
    assert _tables(tmp_path, text) == [
        ("万人", ["迁入人数", "迁出人数"], [["2021", "12.40", "9.80"], ["2022", "13.05", "10.20"]]),
        ("‰", ["迁入率", "迁出率"], [["2021", "3.15", "2.49"], ["2022", "3.30", "2.58"]])]


def test_a_row_of_units_and_a_pipe_row_packed_over_its_empty_cell(tmp_path):
    """A yearbook page copied as pipes: the units in a row of their own under the header, the
    cells of columns sharing one merged (电量 电量 / 户均: the last column alone per household);
    a row ending in empty cells that, so placed, breaks 发电量 = 火电 + 水电 had a cell emptied
    and the later ones packed over it, so it is flagged."""
    text = ("| 发电量 | 火电 | 水电 | 户均用电 |\n(亿千瓦时) | (亿千瓦时) | (千瓦时/户) | | |\n"
            "| 东区 | 520.4 | 410.2 | 110.2 | 2310 |\n| 西区 | 300.5 | 300.5 | 1980 | |\n"
            "| 南区 | 210.8 | 150.1 | 60.7 | 2050 |\n")
    draft = _draft_of(tmp_path, text)
    assert (draft.unit, draft.columns[1:], draft.rows) == (
        "亿千瓦时", ["发电量", "火电", "水电"], [["东区", "520.4", "410.2", "110.2"], ["南区", "210.8", "150.1", "60.7"]])
    assert draft.flagged == [["西区", "300.5", "300.5", "1980"]]
    assert [(unit, rows) for unit, _, rows in _tables(tmp_path, text)][1:] == [
        ("千瓦时/户", [["东区", "2310"], ["南区", "2050"]])]


def test_a_pipe_table_with_a_two_line_header_group_rows_and_a_list_in_a_label(tmp_path):
    """A news site's copy of a release: the header's second line names the value columns only
    and closes with an empty cell (绝对量 (亿元) | 增速 (%) | |), the group rows hold no
    figures, and a label lists its goods with a comma, as an ASCII-punctuated copy writes 、."""
    text = ("某市1-3月商品销售主要数据\n指 标 | 1-3月 | |\n销售额 (亿元) | 增速 (%) | |\n"
            "销售总额 | 820 | 5.1 |\n按地区分 |\n|\n城区 | 610 | 4.8 |\n郊区 | 210 | 6.0 |\n"
            "按商品分 |\n| | |\n蔬菜, 水果类 | 95 | 7.2 |\n肉禽蛋类 | 88 | -1.3 |\n")
    rows = [["销售总额", "820"], ["城区", "610"], ["郊区", "210"], ["蔬菜, 水果类", "95"], ["肉禽蛋类", "88"]]
    assert [(unit, columns) for unit, columns, _ in _tables(tmp_path, text)] == [("亿元", ["销售额"]), ("%", ["增速"])]
    assert _tables(tmp_path, text)[0][2] == rows


def test_regions_set_under_a_national_series_of_years_are_a_table_of_their_own(tmp_path):
    """A yearbook prints the provinces under the country's years, over one header: a chart of
    years and one of regions, never one chart mixing them."""
    text = ("某省发电情况\n| 年份 地区 | 发电量(亿千瓦时) | 火电(亿千瓦时) |\n| 2021 | 520.4 | 410.2 |\n"
            "| 2022 | 540.8 | 420.5 |\n| 东区 | 210.3 | 150.6 |\n| 西区 | 180.1 | 140.2 |\n| 南区 | 150.4 | 129.7 |\n")
    assert [rows for _, _, rows in _tables(tmp_path, text)] == [
        [["2021", "520.4", "410.2"], ["2022", "540.8", "420.5"]],
        [["东区", "210.3", "150.6"], ["西区", "180.1", "140.2"], ["南区", "150.4", "129.7"]]]


def _titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [d.title for d in extract(read_article(path)) if d.name.startswith("table")]


def test_the_caption_keeps_its_date_and_is_no_tier_nor_piece_of_the_header(tmp_path):
    """The table's number goes (5-2), a date stays whole (2023年1-6月份); a tier of the header in
    cells of its own (| 指 标 | 1-6月 |) or the label column's name broken over lines (年 / 份 地
    区) is no caption."""
    tiers = ("2023年1-6月份某市商品销售主要数据\n指 标 | 1-6月 | |\n销售额 (亿元) | 增速 (%) | |\n"
             "销售总额 | 820 | 5.1 |\n城区 | 610 | 4.8 |\n")
    assert set(_titles(tmp_path, tiers)) == {"2023年1-6月份某市商品销售主要数据"}
    pieces = ("5-2 某省发电情况 | ||||\n年\n份 地 区 |\n发电量 | 火电 |\n(亿千瓦时) | (亿千瓦时) | |\n"
              "2021 | 520.4 | 410.2 |\n2022 | 540.8 | 420.5 |\n")
    assert set(_titles(tmp_path, pieces)) == {"某省发电情况"}


def test_a_rate_column_is_not_summed_and_a_traditional_draft_says_so_in_its_script(tmp_path):
    text = ("| 項目 | 金額(萬元) | 年增率(%) |\n| 營業收入 | 1,234.5 | 3.2 |\n| 營業支出 | 987.6 | 2.1 |\n"
            "| 其他收入 | 12.0 | 1.0 |\n| 合計 | 2,234.1 | 2.7 |\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    rates = next(d for d in drafts if d.columns[1] == "年增率")
    amounts = next(d for d in drafts if d.columns[1] == "金額")
    assert rates.sums == [] and [r[0] for r in rates.rows][-1] == "合計"  # the overall rate stays
    assert amounts.sums == ["合計行（2234.1）是各行之和，不與各行並列畫出"]


def test_english_glosses_after_the_chinese_names_are_set_aside(tmp_path):
    text = ("| 項目 Items | 第一次 First | 第二次 Second |\n| 房屋 Housing | 41.0 | 38.5 |\n"
            "| 經濟發展 Economic development | 12.0 | 15.2 |\n| 人均GDP | 9.8 | 10.1 |\n")
    [(unit, columns, rows)] = _tables(tmp_path, text)
    assert columns == ["第一次", "第二次"]
    assert [r[0] for r in rows] == ["房屋", "經濟發展", "人均GDP"]  # an acronym is part of the name


def test_a_web_table_one_cell_a_line_with_lone_pipes_between_its_cells(tmp_path):
    text = "2022年全区生产总值\n|\n单位:亿元\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n生产总值\n|\n295.4\n|\n7.7\n|\n第一产业\n|\n24.4\n|\n3.3\n|\n第二产业\n|\n210.1\n|\n11.6\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    rows = {tuple(r) for d in extract(read_article(path)) for r in d.rows}
    assert {("生产总值", "295.4"), ("第一产业", "24.4"), ("第二产业", "210.1")} <= rows


def test_a_header_cut_one_cell_per_line_with_words_spaced_apart_and_glossed(tmp_path):
    text = ("2-4 城区工业产值指数(2015-2020年,2015=100) |\n\n按可比价格计算 ,\n年 份 |\n工业总产值 |\n\n\n\n"
            "#轻 工 业 |\n重工业 |\nYear |\nGross Industrial Output |\nLight Industry |\nHeavy Industry |\n"
            "2015 |\n100.0 |\n100.0 |\n100.0 |\n2016 |\n106.4 |\n103.9 |\n108.2 |\n2017 |\n113.0 |\n109.5 |\n115.6 |\n")
    assert _tables(tmp_path, text) == [("2015=100", ["工业总产值", "轻工业", "重工业"], [
        ["2015", "100.0", "100.0", "100.0"], ["2016", "106.4", "103.9", "108.2"], ["2017", "113.0", "109.5", "115.6"]])]


def test_tables_cut_one_cell_per_line_one_after_another(tmp_path):
    text = ("一、商品零售价格指数\n指标名称 |\n环比 |\n同比 |\n(一)食品类 |\n100.2 |\n101.4 |\n1、粮食 |\n99.8 |\n"
            "100.6 |\n二、居民收入\n指标名称 |\n城镇居民 |\n农村居民 |\n绝对值(元) |\n同比 增速(%) |\n绝对值(元) |\n"
            "同比 增速(%) |\n人均可支配收入 |\n62310 |\n4.1 |\n30122 |\n6.0 |\n工资性收入 |\n35120 |\n3.8 |\n15230 |\n5.2 |\n")
    assert _tables(tmp_path, text) == [
        ("指数", ["环比", "同比"], [["食品类", "100.2", "101.4"], ["粮食", "99.8", "100.6"]]),
        ("元", ["城镇居民", "农村居民"], [["人均可支配收入", "62310", "30122"], ["工资性收入", "35120", "15230"]]),
        ("%", ["城镇居民同比增速", "农村居民同比增速"], [["人均可支配收入", "4.1", "6.0"], ["工资性收入", "3.8", "5.2"]])]


def test_a_web_tables_rows_broken_over_lines_are_rows(tmp_path):
    text = ("|  调查日期 Date of survey  |             \n    满意            \n      \n        Satisfied  | \n"
            "    不满意            \n        Dissatisfied  | \n    合计            \n        Total  | \n  \n"
            "| 12-15/3/24 | 56.1%    | \n    38.2%    | \n    100.0%    | \n  \n| 8-10/9/23 | 51.7% | 42.0% | 100.0% | \n"
            "| 2-5/3/23 | 49.3%    | \n    45.5%    | \n    100.0%    | \n  \n注:不包括“不知道”。\n")
    tables = _tables(tmp_path, text)
    assert tables[0][1] == ["满意", "不满意"] and tables[0][2] == [  # the note under it is no row, 合计 no answer
        ["12-15/3/24", "56.1", "38.2"], ["8-10/9/23", "51.7", "42.0"], ["2-5/3/23", "49.3", "45.5"]]


def test_a_poll_table_cut_one_cell_per_line_with_empty_cells_groups_and_margins(tmp_path):
    text = ("民意调查结果如下表,去年同类结果一并附上作对照:\n2023年\n2024年\n调查日期\n3-5/9\n10-12/3\n8-9/9\n"
            "样本基数(受访者)\n811\n790\n1,024\n百分比误差 (95%置信水平)*\n+/-4%\n+/-4%\n+/-3%\n"
            "表示满意的比率\n41%\n--\n45%\n最关注的议题:\n住屋\n38%\n35%\n40%\n就业\n21%\n24%\n19%\n")
    tables = _tables(tmp_path, text)
    assert ("%", ["3-5/9", "10-12/3", "8-9/9"], [["住屋", "38", "35", "40"], ["就业", "21", "24", "19"]]) in tables
    assert any(rows == [["表示满意的比率", "41", "45"]] for _, _, rows in tables)  # -- was not asked



def test_a_polls_one_survey_under_its_answers_a_name_a_line(tmp_path):
    text = ("你觉得政府处理住屋问题有几必要?\n\n 调查日期\n Date of survey\n基数 \nBase  \n好需要 \nVery necessary  \n"
            "几需要 \nQuite necessary  \n唔需要 Unnecessary   唔知/难讲 \nDon't know  \n合计 \nTotal  \n"
            "  8-10/9/24 612   55.2%   30.1%   9.4%   5.3%   100.0%  \n\n"
            "一半半及以上 Collapsed\n 调查日期\n Date of survey\n基数 \nBase  \n需要 \nNecessary  \n唔需要 \nUnnecessary  \n"
            "合计 \nTotal  \n  8-10/9/24 612   85.3%   14.7%   100.0%  \n")
    assert _tables(tmp_path, text) == [
        ("%", ["8-10/9/24"], [["好需要", "55.2"], ["几需要", "30.1"], ["唔需要", "9.4"], ["唔知/难讲", "5.3"]]),
        ("%", ["8-10/9/24"], [["需要", "85.3"], ["唔需要", "14.7"]])]



def test_a_second_web_table_under_the_first_is_a_table_of_its_own(tmp_path):
    text = ("|  调查日期  | 满意  | 不满意  | 合计  |\n| 12-15/3/24 | 56.1% | 38.2% | 100.0% |\n"
            "| 8-10/9/23 | 51.7% | 42.0% | 100.0% |\n|  调查日期  | 选人  | 选党  | 冇所谓  | 合计  |\n"
            "| 12-15/3/24 | 70.2% | 18.4% | 11.4% | 100.0% |\n| 8-10/9/23 | 68.9% | 20.3% | 10.8% | 100.0% |\n")
    assert [columns for _, columns, _ in _tables(tmp_path, text)] == [["满意", "不满意"], ["选人", "选党", "冇所谓"]]


def test_a_polls_half_years_with_footnote_marks_and_its_method_columns_left_out(tmp_path):
    text = ("整體黎講,你對而家既經濟狀況有幾滿意? (半年結)*\n調查日期 Date of survey |\n樣本人數 Total Sample |\n"
            "好滿意 Very positive& |\n幾滿意 Quite positive |\n唔滿意 Negative |\n總數 Total |\n淨值 Net Value |\n"
            "1-6/2024 | 6012 | 5.1% | 31.0% | 63.9% | 100.0% | -27.8% |\n7-12/2023@ | 5987 | 4.4% | 29.3% | 66.3% | 100.0% | -32.6% |\n"
            "[1]1-6/2023 | 12011 | 3.9% | 28.8% | 67.3% | 100.0% | -34.6% |\n")
    assert _tables(tmp_path, text) == [("%", ["好滿意", "幾滿意", "唔滿意", "淨值"], [
        ["1-6/2024", "5.1", "31.0", "63.9", "-27.8"], ["7-12/2023@", "4.4", "29.3", "66.3", "-32.6"],
        ["[1]1-6/2023", "3.9", "28.8", "67.3", "-34.6"]])]


def test_a_units_line_under_its_name_in_a_header_cut_one_cell_per_line(tmp_path):
    text = ("2024年6月份社会消费品零售总额主要数据\n\n指 标\n\n6月\n\n1-6月\n\n绝对量\n\n(亿元)\n\n同比增长(%)\n\n绝对量\n\n(亿元)\n\n"
            "同比增长(%)\n\n社会消费品零售总额\n\n38500\n\n5.6\n\n201234\n\n4.9\n\n其中:限额以上单位消费品零售额\n\n"
            "15002\n\n4.1\n\n90321\n\n3.8\n")
    assert _tables(tmp_path, text) == [
        ("亿元", ["6月", "1-6月"], [["社会消费品零售总额", "38500", "201234"], ["限额以上单位消费品零售额", "15002", "90321"]]),
        ("%", ["6月同比增长", "1-6月同比增长"], [["社会消费品零售总额", "5.6", "4.9"], ["限额以上单位消费品零售额", "4.1", "3.8"]])]


def test_a_polls_fieldwork_dates_above_its_table_are_no_title(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("調查日期:4-6/1/2024\n\n調查日期 Date of survey |\n好滿意 Very positive |\n唔滿意 Negative |\n"
                    "4-6/1/2024 | 61.0% | 39.0% |\n2-9/1/2023 | 58.2% | 41.8% |\n", encoding="utf-8")
    titles = [d.title for d in extract(read_article(path)) if d.name.startswith("table")]
    assert titles and not any("2024" in t.replace("4-6/1/2024", "") or "612024" in t for t in titles)


def test_a_rows_later_cells_each_on_a_line_of_its_own_after_its_label_and_first_cell(tmp_path):
    text = ("項目 Items | 第一次 First |\n第二次 Second |\n第三次 Third |\n住屋 Housing | 41.0% |\n35.2% |\n33.9% |\n"
            "就業 Employment | 12.5% |\n14.1% |\n20.3% |\n醫療 Medical | 9.8% |\n8.7% |\n10.2% |\n")
    assert _tables(tmp_path, text) == [("%", ["第一次", "第二次", "第三次"], [
        ["住屋", "41.0", "35.2", "33.9"], ["就業", "12.5", "14.1", "20.3"], ["醫療", "9.8", "8.7", "10.2"]])]


def test_a_group_name_under_a_pipe_row_is_no_cell_of_it(tmp_path):
    text = ("指 标 | 1-2月 | |\n绝对量 (亿元) | 同比增长 (%) | |\n社会消费品零售总额 | 61082 | 9.7 |\n"
            "其中: 实物商品网上零售额 | 9073 | 35.6 |\n按经营地分 |\n|\n|\n城镇 | 52046 | 9.6 |\n乡村 | 9036 | 10.7 |\n")
    rows = [row for _, _, rows in _tables(tmp_path, text) for row in rows]
    assert ["实物商品网上零售额", "9073"] in rows or ["实物商品网上零售额", "9073", "35.6"] in rows


def test_a_header_in_two_tiers_with_a_unit_under_each_name(tmp_path):
    """水资源 地表水 与2020年 … over 一级区 资源量 比较 …, then /亿m3 and /% /% on lines of their
    own (a PDF bulletin's table): each column is named top then bottom, in its own unit."""
    text = ("表3 2021年水资源一级区地表水资源量\n"
            "水资源 地表水 与2020年 与多年\n"
            "一级区 资源量 比较 平均值比较\n"
            "/亿m3\n"
            "/% /%\n"
            "松花江区 2043.3 6.1 63.6\n"
            "辽河区 584.8 24.4 48.7\n"
            "海河区 473.2 289.8 176.1\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    drafts = extract(read_article(path))
    assert {(tuple(d.columns), d.unit) for d in drafts} == {
        (("水资源一级区", "地表水资源量"), "亿m3"), (("水资源一级区", "与2020年比较", "与多年平均值比较"), "%")}


# A yearbook page cut one cell per line, each cell closed by a bar, a row of empty cells (a
# blank line each once read) between groups, English glosses, groups that set their rows' unit
# or none, and the same rows under two groups (figures ours).
YEARBOOK_BARS = "\n".join([
    "3-1", "主要年份比例指标 |", "Ratios in Main Years |", *["|"] * 8,
    "指 标 |", "Item |", "2000 |", "2010 |", "2020 |", *["|"] * 8,
    "人口", "(‰) |", "Population(‰) |", *["|"] * 4,
    "出生率 |", "Birth Rate |", "18.20 |", "15.10 |", "12.40 |",
    "死亡率 |", "Death Rate |", "6.40 |", "6.20 |", "6.10 |",
    "就业者负担人口", "(人) |", "Dependants |", "1.90 |", "1.80 |", "1.70 |",
    "从业人员比例 |", "(以第一产业为100) |", "(Primary", "Industry = 100) |",
    "第一产业 |", "Primary |", "100.00 |", "100.00 |", "100.00 |",
    "第二产业 |", "Secondary |", "31.50 |", "42.70 |", "58.30 |",
    "增加值比例 |", "(以第一产业为100) |",
    "第一产业 |", "Primary |", "100.00 |", "100.00 |", "100.00 |",
    "第二产业 |", "Secondary |", "160.10 |", "270.40 |", "390.60 |", ""])


def test_a_yearbook_page_of_groups_each_with_its_unit_or_base(tmp_path):
    tables = _tables(tmp_path, YEARBOOK_BARS)
    assert ("‰", ["2000", "2010", "2020"], [["出生率", "18.20", "15.10", "12.40"], ["死亡率", "6.40", "6.20", "6.10"]]) in tables
    # a group of one row under years is that measure's series
    assert ("人", ["就业者负担人口"], [["2000", "1.90"], ["2010", "1.80"], ["2020", "1.70"]]) in tables
    # the same rows under the next group are the next group's table, on the base the group states
    based = [rows for unit, _, rows in tables if unit == "第一产业=100"]
    assert [row[:2] for rows in based for row in rows] == \
        [["第一产业", "100.00"], ["第二产业", "31.50"], ["第一产业", "100.00"], ["第二产业", "160.10"]]
    assert len(based) == 2


# A poll's data table as a web page gives it (figures ours): the header a name a line, each with
# its English and a bar; each row a survey's date, which survey it was, and a base marked *.
POLL_ROWS = "\n".join([
    "你對今日發表的施政報告滿唔滿意?", "調查日期 Date of survey |", "即日/首輪跟進調查 Instant/First follow-up survey |",
    "本題基數 Sub-sample base |", "滿意 Satisfied |", "一半半 Half-half |", "唔滿意 Dissatisfied |",
    "平均量值** Mean value** |", "基數 Base |",
    "14-15/10/2012 | 首輪跟進調查 First follow-up survey | 512 | 41.0% | 30.5% | 28.5% | 3.1 | 480 |",
    "13/10/2012 | 即日調查 Instant survey | 801* | 47.2% | 28.3% | 24.5% | 3.3 | 770 |",
    "20-21/10/2011 | 首輪跟進調查 First follow-up survey | 498 | 35.9% | 33.0% | 31.1% | 2.9 | 466 |", ""])


def test_a_polls_table_of_surveys_by_date_and_kind_under_a_header_a_name_a_line(tmp_path):
    tables = _tables(tmp_path, POLL_ROWS)
    shares = next(rows for unit, _, rows in tables if unit == "%")
    assert shares == [["14-15/10/2012 首輪跟進調查", "41.0", "30.5", "28.5"], ["13/10/2012 即日調查", "47.2", "28.3", "24.5"],
                      ["20-21/10/2011 首輪跟進調查", "35.9", "33.0", "31.1"]]
    assert not any("512" in row or "801" in row for _, _, rows in tables for row in rows)  # the bases: how, not what


def test_a_markdown_polls_rating_not_its_base_and_a_repeated_sub_row_left_to_its_first_place(tmp_path):
    poll = ("市民对特首评分\n\n| 调查日期 Date of survey | 调查类别 Survey type | 样本数目 Sample base | 评分 Rating |\n"
            "| 12/10/2011 | 即日調查 Instant survey | 816* | 45.2 |\n| 14/10/2011 | 即日調查 Instant survey | 523 | 38.1 |\n")
    assert [rows for _, _, rows in _tables(tmp_path, poll)] == [[["12/10/2011 即日調查", "45.2"], ["14/10/2011 即日調查", "38.1"]]]
    pipe = ("各地区实际利用外资(亿元)\n\n| 地区 | 2023 | 2024 |\n|---|---|---|\n| 东部地区 | 100.5 | 110.2 |\n"
            "| 其中:制造业 | 20.1 | 22.3 |\n| 西部地区 | 80.4 | 90.6 |\n| 其中:制造业 | 10.7 | 12.8 |\n| 中部地区 | 60.2 | 65.3 |\n")
    rows = [rows for _, _, rows in _tables(tmp_path, pipe)]
    assert len(rows) == 1 and [r[0] for r in rows[0]] == ["东部地区", "制造业", "西部地区", "中部地区"]


def test_a_caption_starts_the_next_table_cut_one_cell_per_line(tmp_path):
    text = "\n".join(["表1 人口 |", "指 标 |", "2022 |", "2023 |", "年末人口(万人) |", "1250 |", "1255 |", "城镇人口(万人) |",
                      "900 |", "910 |", *["|"] * 10, "表2 |", "指 标 |", "2019 |", "2020 |", "地区生产总值(亿元) |",
                      "12000 |", "12800 |", "人均生产总值(元) |", "96000 |", "102000 |", ""])
    tables = _tables(tmp_path, text)
    assert ("亿元", ["地区生产总值"], [["2019", "12000"], ["2020", "12800"]]) in tables
    assert not any(row[0] in ("2022", "2023") and row[1] in ("2019", "2020") for _, _, rows in tables for row in rows)


def test_a_pipe_table_stacking_blocks_of_the_same_rows_gives_each_block_its_own_table(tmp_path):
    blocks = [("居民人均可支配收入", 10463, 6430, 1555), ("城镇常住居民人均可支配收入", 12450, 7754, 1504),
              ("农村常住居民人均可支配收入", 6917, 4064, 1646)]
    text = "居民收入\n\n| 指标名称 | 绝对值(元) |\n" + "".join(
        f"| {head} | {total} |\n| #工资性收入 | {wage} |\n| 经营净收入 | {business} |\n"
        for head, total, wage, business in blocks)
    tables = [rows for _, _, rows in _tables(tmp_path, text)]
    assert [[r[0] for r in rows] for rows in tables] == [[head, "工资性收入", "经营净收入"] for head, *_ in blocks]
    assert [rows[1][1] for rows in tables] == ["6430", "7754", "4064"]


def test_a_polls_rounds_over_its_measures_with_the_change_since_the_last_apart(tmp_path):
    text = ("近幾次調查的數字列表如下:\n調查日期 | 2-4/2 | 20-23/2 | 1-3/3 | 最新變化 |\n"
            "樣本基數 | 1,031 | 1,045 | 1,031 | -- |\n評分誤差 (95%置信水平)* | +/- 1.4 | +/- 1.4 | +/- 1.2 | -- |\n"
            "特首評分 | 45.4 | 44.9 | 46.2 | +1.2 |\n特首反對率 | 64% | 61% | 68% | -5% |\n"
            "特首支持率 | 15% | 16% | 13% | +5% |\n司長評分 | 64.9 | -- | 65.8 | +0.9 |\n")
    assert _tables(tmp_path, text) == [
        # the rating asked in every round charted with the one not asked in the second, in the rounds both have
        ("分", ["2-4/2", "1-3/3"], [["特首評分", "45.4", "46.2"], ["司長評分", "64.9", "65.8"]]),
        ("%", ["2-4/2", "20-23/2", "1-3/3"], [["特首反對率", "64", "61", "68"], ["特首支持率", "15", "16", "13"]]),
        ("分", ["最新變化"], [["特首評分", "1.2"], ["司長評分", "0.9"]]),
        ("%", ["最新變化"], [["特首反對率", "-5"], ["特首支持率", "5"]])]


def test_the_change_of_a_share_in_a_column_of_its_own_is_in_points(tmp_path):
    text = "主要指标\n\n| 指标 | 2022年 | 2023年 | 增减 |\n| 城镇化率(%) | 65.2 | 66.2 | 1.0 |\n| 户籍人口城镇化率(%) | 49.0 | 50.1 | 1.1 |\n"
    assert _tables(tmp_path, text)[-1] == ("个百分点", ["增减"], [["城镇化率", "1.0"], ["户籍人口城镇化率", "1.1"]])


def test_a_polls_total_of_100_percent_is_no_answer_and_a_gloss_may_hold_a_slash(tmp_path):
    text = ("最優先處理的範疇\n\n| 範疇 | 第一份 | 第二份 |\n| 房屋 Housing | 53.0% | 38.0% |\n| 經濟發展 Economy | 5.0% | 11.4% |\n"
            "| 唔知/難講 Don't know/Hard to say | 6.0% | 8.1% |\n| 合計 Total | 100.0% | 100.0% |\n")
    assert _tables(tmp_path, text) == [("%", ["第一份", "第二份"], [["房屋", "53.0", "38.0"], ["經濟發展", "5.0", "11.4"],
                                                                ["唔知/難講", "6.0", "8.1"]])]


def test_a_ranking_cut_one_cell_per_line_drops_its_rank_column(tmp_path):
    cells = ["内地周票房排行榜:", "", "排名", "", "影片名称", "", "周票房", "(万元)", "", "放映场次", "(万场)", "",
             "1", "", "《碟中谍5》", "", "55300", "", "44.6606", "",
             "2", "", "《小黄人大眼萌》", "", "12050", "", "6.7001", "",
             "3", "", "《烈日灼心》", "", "3080", "", "10.9882", ""]
    tables = {(unit, tuple(columns)): rows for unit, columns, rows in _tables(tmp_path, "\n".join(cells) + "\n")}
    assert tables["万元", ("周票房",)] == [["《碟中谍5》", "55300"], ["《小黄人大眼萌》", "12050"], ["《烈日灼心》", "3080"]]
    assert tables["万场", ("放映场次",)][0] == ["《碟中谍5》", "44.6606"]


def test_a_stray_mark_where_an_image_was_heads_no_column(tmp_path):
    cells = ["?", "1 2024年一季度GDP初步核算數據", "?", "絕對額(億元)", "比上年同期增長(%)",
             "GDP", "296299", "5.3", "第一產業", "11538", "3.3", "第二產業", "109846", "6.0"]
    tables = _tables(tmp_path, "\n\n".join(cells) + "\n")
    assert ("%", ["比上年同期增長"], [["GDP", "5.3"], ["第一產業", "3.3"], ["第二產業", "6.0"]]) in tables
    assert not any("?" in column for _, columns, _ in tables for column in columns)


def test_a_list_of_products_each_cell_printing_its_own_unit(tmp_path):
    text = ("主要产品产量如下:\n1994年 比上年增长%\n化学纤维 269万吨 13.3\n纱 470万吨 -6.3\n糖 581.9万吨 -24.6\n"
            "布 200亿米 -1.5\n卷烟 3421.3万箱 1.4\n彩色电视机 1689.5万部 17.7\n木材 6100万立方米-4.5\n硫酸 1494.7万吨 11.8\n")
    tables = _tables(tmp_path, text)
    assert ("万吨", ["1994年"], [["化学纤维", "269"], ["纱", "470"], ["糖", "581.9"], ["硫酸", "1494.7"]]) in tables
    # a unit one row prints alone: a panel of figures, each its own unit
    assert ({"布": "亿米", "卷烟": "万箱", "彩色电视机": "万部", "木材": "万立方米"}, ["1994年"],
            [["布", "200"], ["卷烟", "3421.3"], ["彩色电视机", "1689.5"], ["木材", "6100"]]) in tables
    growth = [rows for unit, columns, rows in tables if columns == ["比上年增长"] and unit == "%"]
    assert growth == [[["化学纤维", "13.3"], ["纱", "-6.3"], ["糖", "-24.6"], ["布", "-1.5"], ["卷烟", "1.4"],
                       ["彩色电视机", "17.7"], ["木材", "-4.5"], ["硫酸", "11.8"]]]


def test_a_count_alone_names_a_row(tmp_path):
    text = "| 次数 | 占比(%) |\n| 1次 | 41.2 |\n| 2次 | 30.5 |\n| 3次及以上 | 28.3 |\n"
    assert _tables(tmp_path, text) == [("%", ["占比"], [["1次", "41.2"], ["2次", "30.5"], ["3次及以上", "28.3"]])]


def test_a_count_after_its_label_is_a_cell(tmp_path):
    text = "| 产品 | 产量 | 比上年增长(%) |\n| 民用飞机 | 120架 | 5.1 |\n| 船舶 | 45艘 | -2.0 |\n| 机车 | 310台 | 3.3 |\n"
    tables = _tables(tmp_path, text)
    assert ({"民用飞机": "架", "船舶": "艘", "机车": "台"}, ["产量"], [["民用飞机", "120"], ["船舶", "45"], ["机车", "310"]]) in tables
    assert ("%", ["比上年增长"], [["民用飞机", "5.1"], ["船舶", "-2.0"], ["机车", "3.3"]]) in tables


def test_a_bilingual_yearbook_header_gives_its_chinese_names_and_each_column_its_unit(tmp_path):
    text = ("表3-2 历年户数和人口\nHouseholds and Population\n单位:万户,万人(10000 households,10000 persons)\n"
            "年份 户数 人口 其中 of Which\n按性别分\nBy Sex\nTotal Total 男性 女性\n"
            "Year Households Population Male Female\n"
            "2007 120.50 350.20 178.10 172.10\n2008 122.30 352.90 179.40 173.50\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    # columns whose names hold no measure of the caption's list (男性, 女性) but add up to 人口 in
    # every row are its parts, in its unit
    assert [(d.title, d.unit, d.columns[1:]) for d in drafts] == [
        ("历年户数和人口", "万户", ["户数"]), ("历年户数和人口", "万人", ["人口", "男性", "女性"])]
    assert drafts[1].rows[0] == ["2007", "350.20", "178.10", "172.10"]
    # where they add up to nothing, the unit is left for the editor to give
    path.write_text(text.replace("172.10", "162.10").replace("173.50", "163.50"), encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    assert [(d.unit, d.columns[1:]) for d in drafts] == [("万户", ["户数"]), ("万人", ["人口"]), ("", ["男性", "女性"])]
    assert drafts[2].rows[0] == ["2007", "178.10", "162.10"]


def test_a_list_of_units_over_columns_of_years_gives_each_row_the_unit_its_name_counts_in(tmp_path):
    text = ("高等学校基本情况\n单位:所、万人\n| 指标 | 2005年 | 2012年 | 2013年 |\n| 学校数 | 85 | 122 | 123 |\n"
            "| 招生数 | 31.56 | 44.51 | 44.29 |\n| 在校学生数 | 101.27 | 149.69 | 153.41 |\n| 专任教师 | 5.9 | 8.07 | 8.18 |\n"
            "| 平均每校学生数 | 1.2 | 1.2 | 1.2 |\n| 生师比 | 17.2 | 18.5 | 18.8 |\n")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    by_unit = {d.unit: [r[0] for r in d.rows] if d.kind != "line" else d.columns[1:] for d in drafts}
    # 学校数 counts schools (所), 在校学生数 students (人: 生 is named after 校); a ratio names
    # neither, whatever things it holds (每校, 生师), and is left for the editor
    assert by_unit == {"所": ["学校数"], "万人": ["招生数", "在校学生数", "专任教师"], "": ["平均每校学生数", "生师比"]}
    # the unit so inferred is marked for the editor on its line
    assert '"所"  # 请核对' in draft_yaml(drafts[0], "article.txt", "spec.schema.json")
    # a character of the thing counted inside another word counts nothing (工 of 工业, 生 of 卫生, 发生)
    text = ("单位:个、人\n| 指标 | 2020年 | 2021年 | 2022年 |\n| 工业企业单位数 | 5250 | 5480 | 5702 |\n"
            "| 卫生机构数 | 2250 | 2280 | 2302 |\n| 交通事故发生数 | 1250 | 1180 | 1102 |\n| 教职工数 | 310 | 295 | 280 |\n")
    path.write_text(text, encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    assert {d.unit: [r[0] for r in d.rows] if d.kind != "line" else d.columns[1:] for d in drafts} == \
        {"": ["工业企业单位数", "卫生机构数", "交通事故发生数"], "人": ["教职工数"]}


def test_more_years_than_a_line_shows_are_drafted_as_bars(tmp_path):
    text = "表1 历年户数\n单位:万户\n年份 户数\n" + "".join(f"{1978 + i} {100 + i}.50\n" for i in range(31))
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    [draft] = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    assert (draft.kind, len(draft.rows)) == ("bar", 31)
    short = "表1 历年户数\n单位:万户\n年份 户数\n" + "".join(f"{1978 + i} {100 + i}.50\n" for i in range(5))
    path.write_text(short, encoding="utf-8")
    assert [d.kind for d in extract(read_article(path)) if d.name.startswith("table")] == ["line"]
    # a group between names (按性别分 before 城镇人口): its columns' places are not known, the English stays
    text = ("表3-2 历年人口\n单位:万人(10000 persons)\n年份 总人口 按性别分 城镇人口\n男 女\n"
            "Year Total Male Female Urban\n2007 350.20 178.10 172.10 200.5\n2008 352.90 179.40 173.50 205.1\n")
    path.write_text(text, encoding="utf-8")
    [draft] = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    assert (draft.unit, draft.columns[1:]) == ("万人", ["Total", "Male", "Female", "Urban"])
    # the caption's year stays in the title; a list of units no column's name holds is no unit
    path.write_text("表1 2023年主要农产品产量\n单位：万吨，万头\n指标 产量 比上年增长\n粮食 1234.5 2.1\n油料 56.7 3.3\n",
                    encoding="utf-8")
    [draft] = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    assert (draft.title, draft.unit) == ("2023年主要农产品产量", "")


def test_a_rank_column_and_two_cells_of_labels_leave_the_values_names_in_place(tmp_path):
    """| 名次 | 港名 | 3月 | 1-3月 | 增幅% | over | 全国 | 总计 | 1529.03 | …: the values are under 3月,
    1-3月 and 增幅%, not under 港名; the prose above, with its %, gives no column a unit, and the
    prose that tells 1529.03万标箱 gives its column 万标箱."""
    text = ("3月份,规模以上港口完成集装箱吞吐量1529.03万标箱,同比增长7.1%;一季度累计4304.07万标箱,同比增长8.2%。\n"
            "名次 | 港名 | 3月 | 1-3月 | 增幅% |\n"
            "全国 | 总计 | 1529.03 | 4304.07 | 8.20 |\n"
            "1 | 上海港 | 288.00 | 780.70 | 3.60 |\n"
            "2 | 深圳港 | 177.34 | 530.60 | 4.00 |\n")
    assert _tables(tmp_path, text) == [
        ("万标箱", ["3月", "1-3月"], [["全国总计", "1529.03", "4304.07"], ["上海港", "288.00", "780.70"],
                                   ["深圳港", "177.34", "530.60"]]),
        ("%", ["增幅"], [["全国总计", "8.20"], ["上海港", "3.60"], ["深圳港", "4.00"]])]
    named = text.replace("名次", "地区").replace("1 | 上海港", "华东 | 上海港").replace("2 | 深圳港", "华南 | 深圳港")
    assert _tables(tmp_path, named)[0][1] == ["3月", "1-3月"]


def test_a_caption_inside_bars_starts_the_next_table(tmp_path):
    """| 表2:GDP环比增长速度 | | under a table of 亿元: its quarters' growth (2.3) is no 亿元 of the
    first table, but a table of its own in %."""
    text = ("| 表1:初步核算数据 | ||\n| 绝对额(亿元) | 比去年同期增长(%) | |\n"
            "| 国内生产总值 | 386762 | 7.7 |\n| 第一产业 | 35669 | 3.4 |\n| 第二产业 | 175118 | 7.8 |\n"
            "| 注:绝对额按现价计算。 | ||\n| 表2:GDP环比增长速度 | |\n| 环比增长速度(%) | |\n"
            "| 2011年1季度 | 2.3 |\n| 2季度 | 2.6 |\n| 3季度 | 2.2 |\n")
    tables = _tables(tmp_path, text)
    assert tables[0] == ("亿元", ["绝对额"], [["国内生产总值", "386762"], ["第一产业", "35669"], ["第二产业", "175118"]])
    assert ("%", ["环比增长速度"], [["2011年1季度", "2.3"], ["2季度", "2.6"], ["3季度", "2.2"]]) in tables


def test_a_page_cut_one_cell_per_line_takes_the_unit_its_line_above_states(tmp_path):
    """单位:万人次 run onto the line of the first header cell, then a cell a line; a row's
    bracket that names (站, 所、站) is part of its name, no unit."""
    cells = ["2021", "2022", "2023", "总计", "300.5", "320.1", "341.0", "医院", "200.4", "210.6", "225.3",
             "社区卫生服务中心(站)", "80.1", "88.5", "90.7", "妇幼保健院(所、站)", "20.0", "21.0", "25.0"]
    text = "单位:万人次 | ||||| 项目 |\n\n" + "\n".join(f"{c} |" for c in cells) + "\n"
    tables = _tables(tmp_path, text)
    assert [unit for unit, _, _ in tables] == ["万人次"]
    assert [row[0] for row in tables[0][2]] == ["医院", "社区卫生服务中心(站)", "妇幼保健院(所、站)"]


def test_a_bracket_is_a_unit_only_where_it_measures():
    from charts.article.extract.cells import split_unit

    assert split_unit("幼儿园(万所)") == ("幼儿园", "万所")
    assert split_unit("人均可支配收入(元)") == ("人均可支配收入", "元")
    assert split_unit("比上年增长(%)") == ("比上年增长", "%")
    assert split_unit("就业人员(person)") == ("就业人员", "person")  # an English gloss's unit
    assert split_unit("社区卫生服务中心(站)") == ("社区卫生服务中心(站)", "")
    assert split_unit("妇幼保健院(所、站)") == ("妇幼保健院(所、站)", "")
    assert split_unit("活动现场(资料图片)") == ("活动现场(资料图片)", "")


def test_a_group_whose_unit_the_page_left_empty_gives_its_rows_none(tmp_path):
    """民用汽车拥有量 () (units): the unit of the group above (万吨公里) does not run on into it;
    the row is read, with no unit, for the editor to give."""
    text = ("指标   2021 2022 2023\n"
            "货物周转量总计 (万吨公里)   Total Freight 957168 1562445 1549176\n"
            "  铁路       Railways 507030 987866 944456\n"
            "  公路       Highways 450138 574579 604720\n"
            "民用汽车拥有量 ()   Possession of Civil Motor Vehicles 87121 125824 244035\n"
            " (units)\n"
            "  载客汽车     Passenger Vehicles 45344 70750 81833\n"
            "  载货汽车     Trucks 39324 48468 48278\n")
    rows = {row[0]: unit for unit, _, rows in _tables(tmp_path, text) for row in rows}
    assert rows["铁路"] == "万吨公里"
    assert rows["民用汽车拥有量"] == rows["载客汽车"] == rows["载货汽车"] == ""


def test_a_bracket_of_any_measure_is_a_unit():
    from charts.article.extract.cells import split_unit

    for name, unit in (("用电量(亿度)", "亿度"), ("股票成交量(亿股)", "亿股"), ("新增病例(例)", "例"),
                       ("发明专利授权量(项)", "项"), ("平均受教育年限(年)", "年"), ("面积(千公顷)", "千公顷")):
        assert split_unit(name)[1] == unit


def test_a_table_cut_one_cell_per_line_with_a_unit_column(tmp_path):
    """表5:财政收支情况 / 单位 / 2008年 / 2007年 / 增长% / 一。财政总收入 / 万元 / 52364 …: each row's
    unit is its 单位 cell, the caption (its number aside) titles it, and a row numbered 一。 is
    a row, no sentence."""
    cells = ["表5:财政收支情况", "单位", "2008年", "2007年", "增长%",
             "一。财政总收入", "万元", "52364", "42022", "24.6",
             "#县级一般预算收入", "万元", "26310", "22026", "19.5",
             "国内增值税", "万元", "6440", "4920", "30.9"]
    path = tmp_path / "article.txt"
    path.write_text("七、财政和金融\n\n" + "\n\n".join(cells) + "\n", encoding="utf-8")
    drafts = [d for d in extract(read_article(path)) if d.name.startswith("table")]
    assert {d.title for d in drafts} == {"财政收支情况"}
    assert [(d.unit, d.columns[1:], d.rows[0]) for d in drafts] == [
        ("万元", ["2008年", "2007年"], ["财政总收入", "52364", "42022"]),
        ("%", ["增长"], ["财政总收入", "24.6"])]


def test_a_period_over_each_group_of_repeated_columns(tmp_path):
    """3月 | 1—3月 over 绝对量 | 同比增长% | 绝对量 | 同比增长: each column is named by its period,
    and the second growth column is in the % its twin states, not in the row's 万吨."""
    text = ("2022年3月份规模以上工业生产主要数据\n"
            "3月 | 1—3月 | |||\n"
            "绝对量 | 同比增长% | 绝对量 | 同比增长 | |\n"
            "生铁(万吨) | 7160 | -6.2 | 20091 | -11 |\n"
            "粗钢(万吨) | 8830 | -6.4 | 24338 | -10.5 |\n")
    assert _tables(tmp_path, text) == [
        ("万吨", ["3月绝对量", "1—3月绝对量"], [["生铁", "7160", "20091"], ["粗钢", "8830", "24338"]]),
        ("%", ["3月同比增长", "1—3月同比增长"], [["生铁", "-6.2", "-11"], ["粗钢", "-6.4", "-10.5"]])]


def test_a_rates_unit_does_not_run_on_into_the_next_groups_level(tmp_path):
    text = ("指标      产量(万吨)   增长%   播种面积\n"
            "粮食      1250.3       2.1     3120\n"
            "油料      255.7        -1.2    410\n")
    units = {tuple(columns): unit for unit, columns, _ in _tables(tmp_path, text)}
    assert units[("播种面积",)] == ""  # no unit the page states: the editor gives it


def test_years_head_the_columns_cut_one_cell_per_line_over_a_group_of_rows(tmp_path):
    """指 标 / 2005年 / 2012年 / 2013年 / 普通高等学校 / ||| / 学校数 / 85 …: the three years head the
    three columns; the name after them heads a group of rows, no column (85 is 2005年's, not 2012年's)."""
    cells = ["高、中等学校基本情况", "指 标", "2005年", "2012年", "2013年", "普通高等学校", "|||",
             "学校数", "85", "122", "123", "招生数", "31.56", "44.51", "44.29"]
    text = "\n".join(c if c == "|||" else f"{c} |" for c in cells) + "\n"
    [(_, columns, rows)] = _tables(tmp_path, text)
    assert columns == ["2005年", "2012年", "2013年"]
    assert rows == [["学校数", "85", "122", "123"], ["招生数", "31.56", "44.51", "44.29"]]


def test_a_period_over_unequal_groups_names_no_column(tmp_path):
    """3月 1—3月 over 产量 产量 同比增长% 占全省%: the two periods do not head equal groups
    naming the same columns, so no column is named by a period (not 3月 twice)."""
    text = ("表1 主要工业产品产量(万吨)\n"
            "          3月           1—3月\n"
            "产品      产量    产量    同比增长%   占全省%\n"
            "钢材      120.5   350.1   2.5         12.1\n"
            "水泥      80.2    230.4   -1.5        9.8\n")
    assert all(not name.startswith("3月") for _, columns, _ in _tables(tmp_path, text) for name in columns)


def test_a_row_label_starting_as_a_unit_is_a_row_cut_one_cell_per_line(tmp_path):
    """… / 38.9 / 个人所得税 / 1897: the 个 of 个人所得税 does not carry 38.9 on as prose (38.9个)."""
    cells = ["表5:财政收支情况", "指标", "2008年", "2007年", "增长%",
             "企业所得税", "2554", "1838", "38.9", "个人所得税", "1897", "1614", "17.5", "资源税", "2054", "2202", "-6.8"]
    path = tmp_path / "article.txt"
    path.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    rows = [row for d in extract(read_article(path)) if d.name.startswith("table") for row in d.rows]
    assert ["企业所得税", "38.9"] in rows and ["个人所得税", "17.5"] in rows


def test_cells_of_a_level_with_its_growth_in_brackets_give_a_row_of_each(tmp_path):
    text = ("下表汇总几项存款数据:(%为同比)\n"
            "                2024年6月        5月            4月\n"
            " 住户存款(万亿)   142.10(6.35%)   141.02(5.90%)   140.77(-0.20%)\n"
            " 企业存款(万亿)   75.31(3.12%)    74.90(2.85%)    74.12(2.08%)\n")
    tables = _tables(tmp_path, text)
    assert ("万亿", ["2024年6月", "5月", "4月"], [["住户存款", "142.10", "141.02", "140.77"],
                                                ["企业存款", "75.31", "74.90", "74.12"]]) in tables
    assert ("%", ["2024年6月", "5月", "4月"], [["住户存款同比", "6.35", "5.90", "-0.20"],
                                             ["企业存款同比", "3.12", "2.85", "2.08"]]) in tables


def test_a_row_alone_in_its_unit_over_months_is_one_series_and_a_label_broken_under_its_row_is_joined(tmp_path):
    text = ("                2024年6月   5月     4月     3月     2月     1月     2023年12月   11月\n"
            " 外汇储备(万      3.22       3.23    3.20    3.25    3.22    3.21     3.24       3.17\n"
            "     亿)\n"
            " 较上月增减(亿)    -100       +300    -450    +350    +80     -300     +700       +200\n")
    tables = _tables(tmp_path, text)
    assert [(unit, columns, len(rows)) for unit, columns, rows in tables] == [
        ("万亿", ["外汇储备"], 8), ("亿", ["较上月增减"], 8)]
    assert tables[0][2][:2] == [["2024年6月", "3.22"], ["5月", "3.23"]] and tables[1][2][-1] == ["11月", "200"]


def test_a_cell_broken_over_two_lines_of_a_table_cut_one_cell_per_line(tmp_path):
    text = ("旅游主要指标\n项 目 |\n单 位 |\n2022年 |\n2023年 |\n2023年比\n2022增长% |\n"
            "一、旅游收入 |\n亿元 |\n110.25 |\n127.40 |\n15.6 |\n"
            "二、接待游客 |\n人次 |\n903200 |\n986900 |\n9.3 |\n"
            "1.外国人 |\n人次 |\n12030 |\n13510 |\n12.3 |\n")
    tables = _tables(tmp_path, text)
    assert ("%", ["2023年比2022增长"], [["旅游收入", "15.6"], ["接待游客", "9.3"], ["外国人", "12.3"]]) in tables
    assert ("亿元", ["旅游收入"], [["2022年", "110.25"], ["2023年", "127.40"]]) in tables


def test_a_label_without_its_bar_is_not_joined_to_its_unit_cell(tmp_path):
    text = ("旅游主要指标\n项 目 |\n单 位 |\n2022年 |\n2023年 |\n2023年比2022增长% |\n"
            "一、旅游收入 |\n亿元 |\n110.25 |\n127.40 |\n15.6 |\n"
            "二、接待游客 |\n万人次 |\n903 |\n986 |\n9.3 |\n"
            "三、过夜游客\n万人次 |\n412 |\n455 |\n10.4 |\n")
    labels = {row[0] for _, _, rows in _tables(tmp_path, text) for row in rows}
    assert not any("万人次" in label for label in labels)


def test_rates_in_brackets_are_named_as_the_table_says_or_left_for_the_editor(tmp_path):
    body = ("                2024年6月        5月            4月\n"
            " 住户存款(万亿)   142.10(48.35%)   141.02(48.90%)   140.77(49.20%)\n"
            " 企业存款(万亿)   75.31(25.12%)    74.90(25.85%)    74.12(26.08%)\n")
    shares = [rows for _, _, rows in _tables(tmp_path, "下表为各项存款余额(括号内为比重):\n" + body)]
    assert [["住户存款比重", "48.35", "48.90", "49.20"], ["企业存款比重", "25.12", "25.85", "26.08"]] in shares
    unsaid = [rows for _, _, rows in _tables(tmp_path, "下表为各项存款余额:\n" + body)]
    assert any(rows[0][0] == "住户存款(括号内)" for rows in unsaid)


# a web table whose header cells the page broke one a line, each ending in a bar, told in blocks
# (全体居民, 城镇居民), each block a total whose share columns are empty over its parts
BLOCKED = ("指 标 | 2023年 水平 (元) |\n2022年 水平 (元) |\n同比 增长 (%) |\n构成 (%) |\n"
           "全体居民 | — | |||\n"
           "可支配收入 | 30100 | 28400 | 6.0 | |\n"
           "一、工资性收入 | 18200 | 17100 | 6.4 | 60.5 |\n"
           "二、经营净收入 | 5100 | 4800 | 6.3 | 16.9 |\n"
           "三、财产净收入 | 6800 | 6500 | 4.6 | 22.6 |\n"
           "消费支出 | 21000 | 19500 | 7.7 | |\n"
           "一、食品烟酒 | 6300 | 5900 | 6.8 | 30.0 |\n"
           "二、衣着 | 1400 | 1300 | 7.7 | 6.7 |\n"
           "三、居住 | 13300 | 12300 | 8.1 | 63.3 |\n"
           "城镇居民 | |||\n"
           "可支配收入 | 36200 | 34300 | 5.5 | |\n"
           "一、工资性收入 | 22800 | 21500 | 6.0 | 63.0 |\n"
           "二、经营净收入 | 5400 | 5100 | 5.9 | 14.9 |\n"
           "三、财产净收入 | 8000 | 7700 | 3.9 | 22.1 |\n"
           "消费支出 | 25300 | 23600 | 7.2 | |\n"
           "一、食品烟酒 | 7300 | 6900 | 5.8 | 28.9 |\n"
           "二、衣着 | 1700 | 1600 | 6.3 | 6.7 |\n"
           "三、居住 | 16300 | 15100 | 7.9 | 64.4 |\n")


def _table_drafts(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [d for d in extract(read_article(path)) if d.name.startswith("table")]


def test_a_header_broken_a_cell_a_line_and_a_table_told_in_blocks(tmp_path):
    drafts = _table_drafts(tmp_path, BLOCKED)
    by = {(d.title, tuple(d.columns)): d.rows for d in drafts}
    assert by[("全体居民可支配收入等的2023年水平、2022年水平", ("指标", "2023年水平", "2022年水平"))] == \
        [["可支配收入", "30100", "28400"], ["消费支出", "21000", "19500"]]
    assert by[("城镇居民工资性收入等的同比增长、构成", ("指标", "同比增长", "构成"))] == \
        [["工资性收入", "6.0", "63.0"], ["经营净收入", "5.9", "14.9"], ["财产净收入", "3.9", "22.1"]]
    assert all(d.title.startswith(("全体居民", "城镇居民")) for d in drafts)
    # no draft mixes the blocks, nor a total with another total's parts
    for rows in by.values():
        labels = [row[0] for row in rows]
        assert len(labels) == len(set(labels)) and not ("可支配收入" in labels and "食品烟酒" in labels)


def test_a_breakdown_heading_is_no_block(tmp_path):
    text = ("指标名称 | 绝对数(万人) | 比重(%) |\n年末常住人口 | 3856 | 100 |\n按城乡分 | ||\n城镇 | 2114 | 54.81 |\n"
            "乡村 | 1742 | 45.19 |\n按性别分 | ||\n男性 | 1971 | 51.12 |\n女性 | 1885 | 48.88 |\n")
    rows = [row[0] for _, _, rows in _tables(tmp_path, text) for row in rows]
    assert "年末常住人口" in rows and "男性" in rows


def test_a_block_heading_under_the_header_and_section_lines_over_one_row(tmp_path):
    blocks = ("2023年全市居民收支主要数据\n\n| 指标 | 绝对量(元) | 比上年增长(%) |\n|---|---|---|\n| 全体居民 | | |\n"
              "| 可支配收入 | 40962 | 6.8 |\n| 消费支出 | 27100 | 8.1 |\n| 城镇居民 | | |\n| 可支配收入 | 51821 | 5.1 |\n"
              "| 消费支出 | 32994 | 7.2 |\n")
    tables = _tables(tmp_path, blocks)
    assert ("元", ["绝对量"], [["可支配收入", "40962"], ["消费支出", "27100"]]) in tables
    assert ("%", ["比上年增长"], [["可支配收入", "5.1"], ["消费支出", "7.2"]]) in tables
    sections = ("表 主要指标\n\n| 指标 | 数值 | 增长(%) |\n|---|---|---|\n| 规模以上工业增加值(亿元) | 3000 | 5.0 |\n"
                "| 服务业 | | |\n| 社会消费品零售总额(亿元) | 2000 | 6.1 |\n| 进出口 | | |\n| 出口总额(亿元) | 800 | 3.2 |\n")
    assert ("%", ["增长"], [["规模以上工业增加值", "5.0"], ["社会消费品零售总额", "6.1"], ["出口总额", "3.2"]]) in \
        _tables(tmp_path, sections)


def test_blocks_repeating_their_rows_keep_their_group_even_where_one_holds_a_row(tmp_path):
    text = ("2023年居民收支情况\n| 指标 | 绝对数(元) | 比上年增长(%) |\n| --- | --- | --- |\n| 城镇居民 | | |\n"
            "| 人均可支配收入 | 51821 | 5.1 |\n| 人均消费支出 | 32994 | 9.4 |\n| 农村居民 | | |\n| 人均可支配收入 | 21691 | 7.7 |\n")
    holding = [d.title for d in _table_drafts(tmp_path, text) if ["人均可支配收入", "51821"] in d.rows]
    assert holding and all("城镇居民" in title for title in holding)


def test_a_yearbook_cut_a_cell_a_line_with_a_bar_after_each(tmp_path):
    """计量单位:亿元 over a yearbook table a web page cut one cell per line, a bar after each, one
    header cell in two lines (上年为100的% / (按可比价计算)): the values stay under their own
    column, the totals in 亿元 and the index in %, never the totals as a %."""
    cells = ["指 标", "2023年", "上年为100的%", "(按可比价计算)", None, "地区生产总值", "5120.44", "106.2",
             "第一产业", "412.30", "104.1", "第二产业", "2006.75", "107.3", "第三产业", "2701.39", "105.8"]
    lines = ["表3 地区生产总值(2023年)", "计量单位:亿元"]
    for cell in cells:
        lines += [cell, "|"] if cell else []
        if cell == "上年为100的%":
            lines.pop()  # the header cell's second line follows without a bar between
    text = "\n".join(lines) + "\n"
    assert sorted(_tables(tmp_path, text)) == [
        ("%", ["上年为100的(按可比价计算)"], [["地区生产总值", "106.2"], ["第一产业", "104.1"], ["第二产业", "107.3"], ["第三产业", "105.8"]]),
        ("亿元", ["2023年"], [["地区生产总值", "5120.44"], ["第一产业", "412.30"], ["第二产业", "2006.75"], ["第三产业", "2701.39"]])]


def test_a_bound_in_a_header_is_no_unit():
    """降幅超过10%(企业数): the % is the bound's, the column counts firms."""
    from charts.article.extract.cells import split_unit

    assert split_unit("降幅超过10%(企业数)")[1] == ""
    assert split_unit("2012年为上年%(按可比价计算)") == ("2012年为上年(按可比价计算)", "%")
