"""Tables a finance page prints with the months across: a row per measure, its unit in brackets
after its name (较上月增减(亿)), a name broken under its row, and each level with its rate in
brackets (142.10(6.35%)); and a table cut one cell per line whose 单 位 header is spaced out."""

from __future__ import annotations

TABLE = ("下表汇总几项存款数据:(%为同比)\n"
         "                2024年6月        5月            4月\n"
         " 住户存款(万亿)   142.10(6.35%)   141.02(5.90%)   140.77(-0.20%)\n"
         " 企业存款(万亿)   75.31(3.12%)    74.90(2.85%)    74.12(2.08%)\n"
         "\n"
         "                2024年6月   5月     4月\n"
         " 外汇储备(万      3.22       3.23    3.20\n"
         "     亿)\n"
         " 较上月增减(亿)    -100       +300    -450\n")
MONTHS = ["2024年6月", "5月", "4月"]


def _months(values):
    return [[month, value] for month, value in zip(MONTHS, values)]


def test_a_measure_over_the_months_is_read_by_the_months(checked):
    assert set(checked(TABLE, _months([3.22, 3.23, 3.20]), ("时期", "外汇储备"), unit="万亿").values()) == {"found"}
    assert set(checked(TABLE, _months([-100, 300, -450]), ("时期", "较上月增减"), unit="亿").values()) == {"found"}
    swapped = checked(TABLE, _months([-100, -450, 300]), ("时期", "较上月增减"), unit="亿")
    assert list(swapped.values()) == ["found", "relabelled", "relabelled"]


def test_a_level_and_its_rate_in_brackets_are_two_rows(checked):
    columns = ("指标", "2024年6月", "5月", "4月")
    levels = [["住户存款", 142.10, 141.02, 140.77], ["企业存款", 75.31, 74.90, 74.12]]
    rates = [["住户存款同比", 6.35, 5.90, -0.20], ["企业存款同比", 3.12, 2.85, 2.08]]
    assert set(checked(TABLE, levels, columns, unit="万亿", kind="grouped").values()) == {"found"}
    assert set(checked(TABLE, rates, columns, unit="%", kind="grouped").values()) == {"found"}
    # a rate charted as the level, or a level as the rate, is not the table's
    assert "found" not in checked(TABLE, [["住户存款", 6.35, 5.90, -0.20]], columns, unit="万亿").values()
    assert "found" not in checked(TABLE, [["住户存款同比", 142.10, 141.02, 140.77]], columns, unit="%").values()


def test_months_as_rows_and_measures_as_columns(checked):
    rows = [["2024年6月", 142.10, 75.31], ["5月", 141.02, 74.90], ["4月", 140.77, 74.12]]
    assert set(checked(TABLE, rows, ("月份", "住户存款", "企业存款"), unit="万亿", kind="grouped").values()) == {"found"}
    moved = [["2024年6月", 141.02, 75.31], ["5月", 142.10, 74.90], ["4月", 140.77, 74.12]]
    assert "relabelled" in checked(TABLE, moved, ("月份", "住户存款", "企业存款"), unit="万亿", kind="grouped").values()


def test_a_unit_column_headed_with_a_space_is_one(checked):
    article = ("旅游主要指标\n项 目 |\n单 位 |\n2022年 |\n2023年 |\n"
               "一、旅游收入 |\n亿元 |\n110.25 |\n127.40 |\n"
               "二、接待游客 |\n万人次 |\n903.2 |\n986.9 |\n")
    columns = ("项目", "2022年", "2023年")
    assert set(checked(article, [["旅游收入", 110.25, 127.40]], columns, unit="亿元", kind="grouped").values()) == {"found"}
    assert "found" not in checked(article, [["旅游收入", 903.2, 986.9]], columns, unit="亿元", kind="grouped").values()


def test_a_row_one_cell_short_is_not_read_shifted(checked):
    table = TABLE.replace(" 企业存款(万亿)   75.31(3.12%)    74.90(2.85%)    74.12(2.08%)",
                          " 企业存款(万亿)   75.31           74.90")
    assert "found" not in checked(table, [["5月", 75.31], ["4月", 74.90]], ("时期", "企业存款"), unit="万亿").values()


def test_a_name_broken_under_its_row_states_its_unit(checked):
    rows = _months([3.22, 3.23, 3.20])
    for unit in ("万", "亿", "%", "亿美元"):
        assert "found" not in checked(TABLE, rows, ("时期", "外汇储备"), unit=unit).values(), unit


def test_brackets_are_rates_only_of_the_kind_the_table_says(checked):
    shares = TABLE.replace("(%为同比)", "(括号内为占全部存款的比重)")
    columns = ("指标", "2024年6月", "5月", "4月")
    assert "found" not in checked(shares, [["住户存款同比", 6.35, 5.90, -0.20]], columns, unit="%").values()
    month_on_month = TABLE.replace("(%为同比)", "(%为环比)")
    assert "found" not in checked(month_on_month, [["住户存款同比", 6.35, 5.90, -0.20]], columns, unit="%").values()
    assert set(checked(month_on_month, [["住户存款环比", 6.35, 5.90, -0.20]], columns, unit="%").values()) == {"found"}


def test_a_bare_cell_in_a_row_of_rates_in_brackets_is_no_rate(checked):
    table = TABLE.replace("141.02(5.90%)", "141.02       ")
    statuses = checked(table, [["住户存款同比", 6.35, 141.02, -0.20]], ("指标", "2024年6月", "5月", "4月"), unit="%")
    assert list(statuses.values())[1] != "found"


def test_months_of_another_year_than_the_title_are_another_tables(checked):
    article = ("表1 2024年住户存款\n                2024年6月   5月      4月\n 住户存款(万亿)   142.10     141.02   140.77\n\n"
               "表2 2023年住户存款\n                2023年6月   5月      4月\n 住户存款(万亿)   132.50     131.20   130.10\n")
    columns = ("时期", "住户存款")
    assert "found" not in checked(article, [["5月", 141.02], ["4月", 140.77]], columns, unit="万亿",
                                  title="2023年住户存款").values()
    assert set(checked(article, [["5月", 131.20], ["4月", 130.10]], columns, unit="万亿",
                       title="2023年住户存款").values()) == {"found"}


def test_a_row_of_the_same_name_in_another_unit_gives_way(checked):
    table = TABLE.replace(" 住户存款(万亿)", " 住户存款(%)     6.35           5.90            -0.20\n 住户存款(万亿)", 1)
    rows = _months([142.10, 141.02, 140.77])
    assert set(checked(table, rows, ("时期", "住户存款"), unit="万亿").values()) == {"found"}


def test_a_polls_row_named_by_the_title_and_the_column(checked):
    article = ("調查日期 | 3-5/4 | 18-21/4 | 2-4/5 | 最新變化 |\n"
               "樣本基數 | 1,012 | 1,020 | 1,006 | -- |\n"
               "某某出任主席支持率 | 41% | 44% | 39% | -5% |\n"
               "某某出任主席反對率 | 38% | 35% | 42% | +7% |\n")
    columns = ("調查日期", "支持率", "反對率")
    rows = [["3-5/4", 41, 38], ["18-21/4", 44, 35], ["2-4/5", 39, 42]]
    assert set(checked(article, rows, columns, kind="grouped", title="某某出任主席支持率及反對率").values()) == {"found"}
    swapped = [["3-5/4", 38, 41], ["18-21/4", 44, 35], ["2-4/5", 39, 42]]
    assert "found" not in [s for w, s in checked(article, swapped, columns, kind="grouped",
                                                 title="某某出任主席支持率及反對率").items() if w.startswith("3-5/4")]
