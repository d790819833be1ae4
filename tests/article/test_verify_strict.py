"""verify as strict as a copy desk: where a figure's clause ends, which label wins, both
scripts alike, and figures read from a table printed as text (by row and column)."""

from __future__ import annotations


def test_the_longest_label_wins(checked):
    article = "问及是否有过这种经历，回答没有的占42.5%，其余受访者未作答。\n"
    assert checked(article, [["没有", 42.5], ["有", 30.0]])["没有 42.5%"] == "found"
    # 有 stands in the clause only inside 没有: 42.5% is not 有's
    assert checked(article, [["有", 42.5], ["没有", 30.0]])["有 42.5%"] == "relabelled"


def test_a_bracketed_figure_belongs_to_the_text_before_it(checked):
    article = "受访者在疫情期间分享防疫信息(54.0%)和提醒邻居戴口罩(30.1%)。\n"
    right = checked(article, [["分享防疫信息", 54.0], ["提醒邻居戴口罩", 30.1]])
    assert set(right.values()) == {"found"}
    swapped = checked(article, [["分享防疫信息", 30.1], ["提醒邻居戴口罩", 54.0]])
    assert set(swapped.values()) == {"relabelled"}


def test_any_punctuation_ends_the_clause(checked):
    article = "有31.8%的受访者表示满意(“非常满意”或“比较满意”);有36.6%的受访者表示不满意(“非常不满意”或“不太满意”)。\n"
    assert set(checked(article, [["满意", 31.8], ["不满意", 36.6]]).values()) == {"found"}
    # the bracket after 不满意 names 不太满意: no second label for 36.6%
    assert checked(article, [["满意", 36.6], ["不满意", 31.8]])["满意 36.6%"] == "relabelled"


def test_traditional_and_simplified_read_alike(checked):
    article = "調查顯示，認為經濟發展最重要的受訪者佔50.2%，關注教育公平的佔38.7%。\n"
    assert set(checked(article, [["经济发展", 50.2], ["教育公平", 38.7]]).values()) == {"found"}
    assert set(checked(article, [["經濟發展", 50.2], ["教育公平", 38.7]]).values()) == {"found"}


TABLE = """2024年全市地区生产总值及其增长速度
| 指标 | 绝对数(亿元) | 比上年增长% |
| 地区生产总值 | 2313.0 | 5.2 |
| 第一产业 | 287.0 | 2.2 |
| 第二产业 | 714.1 | 6.2 |
"""


def test_a_table_cell_by_its_row_and_column_with_the_unit_of_its_header(checked):
    columns = ("指标", "绝对数(亿元)", "比上年增长%")
    rows = [["地区生产总值", 2313.0, 5.2], ["第一产业", 287.0, 2.2], ["第二产业", 714.1, 6.2]]
    found = checked(TABLE, rows, columns, unit="亿元", kind="grouped")
    assert set(found.values()) == {"found"} and "地区生产总值（比上年增长%）5.2%" in found  # the header's unit
    moved = [["地区生产总值", 5.2, 5.2]] + rows[1:]  # a cell taken from the next column
    assert checked(TABLE, moved, columns, unit="亿元", kind="grouped")["地区生产总值（绝对数(亿元)）5.2亿元"] != "found"
    swapped = [rows[0], ["第一产业", 714.1, 2.2], ["第二产业", 287.0, 6.2]]
    statuses = checked(TABLE, swapped, columns, unit="亿元", kind="grouped")
    assert statuses["第一产业（绝对数(亿元)）714.1亿元"] != "found" and statuses["第二产业（绝对数(亿元)）287.0亿元"] != "found"


def test_a_flattened_web_table_reads_one_cell_a_line(checked):
    article = "指标\n2季度\n上半年\nGDP\n200807\n381490\n第一产业\n13333\n21987\n"
    rows = [["GDP", 200807, 381490], ["第一产业", 13333, 21987]]
    assert set(checked(article, rows, ("指标", "2季度", "上半年"), unit="亿元", kind="grouped").values()) == {"found"}
    wrong = [["GDP", 200807, 381491], ["第一产业", 13333, 21987]]
    assert "missing" in checked(article, wrong, ("指标", "2季度", "上半年"), unit="亿元", kind="grouped").values()


YEARBOOK = "年份\n总产量\n单产\n1952\n372.00\n281.00\n128\n131\n1991\n889.65\n725.66\n284\n324\n1957\n444.00\n328.50\n138\n149\n"


def test_a_flattened_table_row_is_every_cell_before_the_next_rows_label(checked):
    # a yearbook row of four cells, one a line; the spec charts the last two of them
    rows = [["1952", 128, 131], ["1991", 284, 324], ["1957", 138, 149]]
    columns = ("年份", "粮食单产", "稻谷")
    assert set(checked(YEARBOOK, rows, columns, unit="公斤/亩", kind="grouped").values()) == {"found"}


def test_a_flattened_table_row_keeps_its_cells_in_their_order(checked):
    columns = ("年份", "粮食单产", "稻谷")
    swapped = [["1952", 131, 128], ["1991", 284, 324], ["1957", 138, 149]]
    assert "found" not in {v for k, v in checked(YEARBOOK, swapped, columns, unit="公斤/亩", kind="grouped").items()
                           if k.startswith("1952")}
    next_row = [["1952", 284, 131], ["1991", 128, 324], ["1957", 138, 149]]
    found = checked(YEARBOOK, next_row, columns, unit="公斤/亩", kind="grouped")
    assert found["1952（粮食单产）284公斤/亩"] != "found" and found["1991（粮食单产）128公斤/亩"] != "found"


def test_a_line_of_prose_set_out_by_two_spaces_is_no_table_row(checked):
    # a web page's paragraph with its HTML: two spaces do not make it a table
    article = ("<p>  分群体看,商界精英群体在网络上晒幸福感受的比例最高(68.3%),其次为专业技术人员(55.9%)"
               "和体制内人群(52.7%),底层群体比例最低(29.2%)。</p>\n")
    right = [["商界精英群体", 68.3], ["专业技术人员", 55.9], ["体制内人群", 52.7], ["底层群体", 29.2]]
    assert set(checked(article, right).values()) == {"found"}
    swapped = [["商界精英群体", 55.9], ["专业技术人员", 68.3], ["体制内人群", 52.7], ["底层群体", 29.2]]
    assert checked(article, swapped)["商界精英群体 55.9%"] == "relabelled"


def test_a_qualifier_may_stand_before_the_verb(checked):
    article = "调查中，家庭的平均支出约为16000元，约有41%表示不满意。\n"
    assert checked(article, [["平均支出", "约16000"]], unit="元")["平均支出 约16000元"] == "found"
    assert checked(article, [["不满意", "约41"]])["不满意 约41%"] == "found"
    assert checked(article, [["平均支出", "约17000"]], unit="元")["平均支出 约17000元"] == "missing"


def test_a_row_named_in_quotation_marks_is_the_row(checked):
    article = "民调显示，陈市长“团队”施政正向评价为31.2%、负向评价为55.6%，“施政赤字”24.4%。\n"
    columns = ("项目", "正向评价", "负向评价", "施政赤字")
    rows = [["陈市长团队施政", 31.2, 55.6, 24.4], ["议会表现", 20.1, 60.3, 40.2]]
    found = checked(article, rows, columns, kind="grouped")
    assert found["陈市长团队施政（施政赤字）24.4%"] == "found" and found["陈市长团队施政（负向评价）55.6%"] == "found"
    moved = [["陈市长团队施政", 31.2, 24.4, 55.6], ["议会表现", 20.1, 60.3, 40.2]]
    assert checked(article, moved, columns, kind="grouped")["陈市长团队施政（负向评价）24.4%"] != "found"


def test_the_words_after_an_earlier_figure_are_its_label_not_the_next_ones(checked):
    article = "对今年的服务，47.3%的受访者表示满足，31.5%的受访者感觉一般，表示不满意的有12.4%。\n"
    assert checked(article, [["满意", 31.5], ["不满意", 12.4]])["满意 31.5%"] != "found"


POLL = """一、您对本市治安满不满意?
非常满意 22.1%
还算满意 41.0%
不太满意 18.6%
非常不满意 9.4%
很难说 3.6%
未回答 5.3%
二、您对本市交通满不满意?
非常满意 12.5%
还算满意 30.2%
不太满意 28.0%
非常不满意 17.4%
很难说 3.7%
未回答 8.2%
"""


def test_one_chart_one_passage(checked):
    """A poll asks one question after another with the same answers: 很难说 3.7 is the next
    question's, though 很难说 is printed beside this question's other answers too."""
    rows = [["非常满意", 22.1], ["还算满意", 41.0], ["不太满意", 18.6], ["非常不满意", 9.4], ["很难说", 3.6],
            ["未回答", 5.3]]
    assert set(checked(POLL, rows).values()) == {"found"}
    rows[4][1] = 3.7
    assert checked(POLL, rows)["很难说 3.7%"] == "relabelled"
    assert set(checked(POLL, [r for r in rows if r[0] != "很难说"]).values()) == {"found"}


def test_a_row_of_a_list_is_the_one_beside_the_rest_of_the_list(checked):
    """未回答 5.3 stands two lines before the second question's answers, as the first's last;
    the second's own 未回答 line, right after its answers, gives it 8.2."""
    rows = [["非常满意", 12.5], ["还算满意", 30.2], ["不太满意", 28.0], ["非常不满意", 17.4], ["很难说", 3.7],
            ["未回答", 8.2]]
    assert set(checked(POLL, rows).values()) == {"found"}
    rows[5][1] = 5.3
    assert checked(POLL, rows)["未回答 5.3%"] == "relabelled"
