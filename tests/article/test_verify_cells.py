"""Table cells verify reads where a page prints them loosely (rows.py, labels.py): headers run
into one line with a gloss beside each, a row's note on a line of its own, a cell whose digits
spell another row's year, a row named by a heading sentence."""

from __future__ import annotations

# a poll's half-yearly table as a plain-text file prints it: each header over two lines with an
# English gloss, then every row run into one line (row label, sample, the shares, a net value)
RUN_ON = ("調查日期\nDate 樣本人數\nSample 支持\nSupport 反對\nOppose 不知\nDK 淨值\nNet "
          "1-6/2001 812 41.0% 37.5% 21.5% 3.5% 7-12/2001 806 44.2% 35.0% 20.8% 9.2% "
          "1-6/2002 790 39.6% 40.1% 20.3% -0.5%\n")


def test_a_run_on_row_is_read_by_the_headers_printed_before_its_paragraph(checked):
    columns = ("調查日期", "支持", "反對")
    right = [["1-6/2001", 41.0, 37.5], ["7-12/2001", 44.2, 35.0], ["1-6/2002", 39.6, 40.1]]
    assert set(checked(RUN_ON, right, columns, kind="grouped").values()) == {"found"}
    assert "found" not in checked(RUN_ON, [[r[0], r[2]] for r in right], ("調查日期", "不知")).values()
    assert set(checked(RUN_ON, [["1-6/2001", 21.5], ["7-12/2001", 20.8]], ("調查日期", "不知")).values()) == {"found"}
    # two columns swapped, or a cell of the next row, stand in no header's place
    swapped = [["1-6/2001", 37.5, 41.0], ["7-12/2001", 44.2, 35.0]]
    statuses = checked(RUN_ON, swapped, columns, kind="grouped")
    assert statuses["1-6/2001（支持）37.5%"] != "found" and statuses["1-6/2001（反對）41.0%"] != "found"
    crossed = checked(RUN_ON, [["1-6/2001", 44.2], ["7-12/2001", 39.6]], ("調查日期", "支持"))
    assert "found" not in crossed.values()
    # a header in Latin letters alone (DK, GDP), or no header for the labels: which cell is whose, nothing says
    for headers in ("調查日期\nDate 支持\nSupport DK 反對\nOppose ", "主要指標 調查日期 支持 DK 反對 ", "支持 不知 反對 "):
        table = headers + "1-6/2001 41.0% 21.5% 37.5% 7-12/2001 44.2% 20.8% 35.0% 1-6/2002 39.6% 20.3% 40.1%\n"
        assert "found" not in checked(table, [["7-12/2001", 20.8], ["1-6/2002", 20.3]], ("調查日期", "支持")).values()
    # a figure printed before the first row makes the words before it no header alone
    noisy = RUN_ON.replace("調查日期\n", "2001年共2次 調查日期\n")
    assert "found" not in checked(noisy, [["1-6/2001", 37.5]], ("調查日期", "反對")).values()


# a yearbook's index table cut one cell per line, each followed by a rule
INDEX = "".join(f"{cell} |\n" for cell in ("年份", "总值", "工业", "2016", "188.3", "190.1", "2017", "201.6",
                                            "195.2", "2018", "214.0", "207.7"))


def test_a_cell_whose_digits_spell_another_rows_year_is_a_cell(checked):
    columns = ("年份", "总值", "工业")
    right = [["2016", 188.3, 190.1], ["2017", 201.6, 195.2], ["2018", 214.0, 207.7]]
    assert set(checked(INDEX, right, columns, unit="", kind="grouped").values()) == {"found"}
    moved = [["2016", 188.3, 190.1], ["2017", 195.2, 201.6], ["2018", 214.0, 207.7]]
    statuses = checked(INDEX, moved, columns, unit="", kind="grouped")
    assert statuses["2017（总值）195.2"] != "found" and statuses["2017（工业）201.6"] != "found"


# a bulletin's product table: a row's note (折标准燃料) printed on a line of its own under it
PRODUCTS = ("主要产品产量如下:\n产品 产量(亿吨) 比上年增长%\n钢材 8.1 2.2\n能源生产总量 11.2 4.7\n(折标准燃料)\n"
            "原煤 12.1 5.3\n原油 1.46 1.0\n")


def test_a_rows_note_on_a_line_of_its_own_does_not_end_the_header(checked):
    right = [["原煤", 5.3], ["原油", 1.0]]
    assert set(checked(PRODUCTS, right, ("产品", "比上年增长%")).values()) == {"found"}
    # the rows under the note are read by the header above it: a level is no growth, nor the reverse
    assert "found" not in checked(PRODUCTS, [["原煤", 12.1], ["原油", 1.46]], ("产品", "比上年增长%")).values()
    assert "found" not in checked(PRODUCTS, right, ("产品", "产量(亿吨)"), unit="亿吨").values()
    # a bracketed line of headers is no note: the rows under it are another table's
    table = "产品 产量 出口 增长%\n钢材 8.1 2.2 3.3\n(增长% 产量 出口)\n原煤 5.3 12.1 2.0\n原油 1.0 1.46 0.5\n"
    assert "found" not in checked(table, [["原煤", 5.3], ["原油", 1.0]], ("产品", "产量"), unit="").values()


# a county's education bulletin: each stage a heading sentence of its own, its figures after it
STAGES = ("全县共有中小学30所。\n——初级中学。学校21所;毕业学生5120人;招生4870人;在校生15230人,比上年增加310人。\n"
          "——高级中学。学校6所;毕业学生2310人;招生2450人;在校生7120人,比上年减少95人。\n")


def test_a_line_headed_by_its_row_gives_the_row_the_figures_of_the_sentence_after(checked):
    columns = ("学段", "毕业学生(人)")
    assert set(checked(STAGES, [["初级中学", 5120], ["高级中学", 2310]], columns, unit="人").values()) == {"found"}
    swapped = checked(STAGES, [["初级中学", 2310], ["高级中学", 5120]], columns, unit="人")
    assert "found" not in swapped.values()
    # another measure of the row's sentence is not the chart's: 招生 is no 毕业学生, a change no level
    assert "found" not in checked(STAGES, [["初级中学", 4870], ["高级中学", 2450]], columns, unit="人").values()
    assert "found" not in checked(STAGES, [["初级中学", 310]], ("学段", "在校生(人)"), unit="人").values()
    both = ("学段", "毕业学生", "招生")
    rows = [["初级中学", 5120, 4870], ["高级中学", 2310, 2450]]
    assert set(checked(STAGES, rows, both, unit="人", kind="grouped").values()) == {"found"}
    rows = [["初级中学", 4870, 5120], ["高级中学", 2450, 2310]]
    assert "found" not in checked(STAGES, rows, both, unit="人", kind="grouped").values()
    # a change, a part (其中), a total, another year or a longer measure in the sentence is not the row's level
    for line, figure in (("在校生比上年增加95人", 95), ("招生4870人,其中民办初中招生410人", 410), ("全县合计招生9800人", 9800),
                         ("去年招生4700人,今年招生4870人", 4700), ("招生4870人,招生计划完成人数4800人", 4800)):
        text = f"——初级中学。学校21所;{line}。\n"
        measure = "在校生" if "在校生" in line else "招生"
        assert checked(text, [["初级中学", figure]], ("学段", measure), unit="人") != {f"初级中学 {figure}人": "found"}, line
    # a later sentence of the line is not the heading's: another subject may be told there
    later = STAGES.replace("增加310人。", "增加310人。另有民办学校在校生2230人。")
    assert checked(later, [["初级中学", 15230]], ("学段", "在校生(人)"), unit="人") == {"初级中学 15230人": "found"}
    assert checked(later, [["初级中学", 2230]], ("学段", "在校生(人)"), unit="人") != {"初级中学 2230人": "found"}


def test_a_table_cut_one_cell_per_line_whose_labels_are_figures_is_read_by_its_headers(checked):
    """Row labels that are figures (2019.01, 1.0, 2016) the stacked reader takes for cells: the
    names on the lines above the first row head its cells, and no cell is read in order."""
    for labels in (["2019.01", "2019.02", "2019.03"], ["1.0", "2.0", "3.0"], ["2016", "2017", "2018"]):
        cells = ["月份", "产量", "增速"]
        for label, level, growth in zip(labels, (100.5, 110.5, 120.5), (5.1, 6.2, 7.3)):
            cells += [label, level, growth]
        table = "".join(f"{cell} |\n" for cell in cells)
        right = [[labels[0], 5.1], [labels[1], 6.2], [labels[2], 7.3]]
        assert set(checked(table, right, ("月份", "增速")).values()) == {"found"}, labels
        levels = [[labels[0], 100.5], [labels[1], 110.5], [labels[2], 120.5]]
        assert "found" not in checked(table, levels, ("月份", "增速")).values(), labels
        both = [[label, level, growth] for (label, growth), (_, level) in zip(right, levels)]
        assert set(checked(table, both, ("月份", "产量", "增速"), unit="", kind="grouped").values()) == {"found"}


def test_a_yearbook_table_cut_one_cell_per_line_charted_for_some_years_is_read_by_its_headers(checked):
    """Some of its years only (2016 and 2018 of four): the names over the table's rows, after its
    labels' own header (年份), head each row's cells; the level is no growth."""
    cells = ["年份", "产量", "增速"]
    for year, level, growth in (("2016", 100.5, 5.1), ("2017", 110.5, 6.2), ("2018", 120.5, 7.3), ("2019", 130.5, 8.4)):
        cells += [year, level, growth]
    table = "".join(f"{cell} |\n" for cell in cells)
    for years in (("2016", "2018"), ("2017", "2019")):
        growths = {"2016": 5.1, "2017": 6.2, "2018": 7.3, "2019": 8.4}
        levels = {"2016": 100.5, "2017": 110.5, "2018": 120.5, "2019": 130.5}
        assert set(checked(table, [[y, growths[y]] for y in years], ("年份", "增速")).values()) == {"found"}, years
        assert "found" not in checked(table, [[y, levels[y]] for y in years], ("年份", "增速")).values(), years
