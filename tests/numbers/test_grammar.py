"""The figure grammar in running text: what a figure is, where it stands, and whether it
states a change or a level."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charts.numbers.grammar import (
    figures_in,
    in_arabic,
    is_stated_change,
    is_stated_fall,
    occurrences,
    parse_value,
    ranges_in,
)


def _parts(text):
    return [(f.before, f.digits, f.more, f.big, f.more_after, f.unit) for f in figures_in(text)]


@pytest.mark.parametrize("text, parts", [
    ("收入约3.7亿元", [("约", "3.7", "", "亿", "", "元")]),
    ("每年600多亿立方米", [("", "600", "多", "亿", "", "立方米")]),
    ("两万多名管护员", [("", "两", "", "万", "多", "名")]),
    ("超过3万人", [("超过", "3", "", "万", "", "人")]),
    ("全年经济成长率至少5%", [("至少", "5", "", "", "", "%")]),  # a bound the article sets: 至少5
    ("75.8%的受访者", [("", "75.8", "", "", "", "%")]),
    ("2021年发布12期", [("", "2021", "", "", "", ""), ("", "12", "", "", "", "期")]),
    ("一个三四线城市", []),  # a numeral alone is a word, not a figure
])
def test_figures_in_running_text(text, parts):
    assert _parts(text) == parts


def test_a_figure_knows_where_it_stands_and_what_it_is():
    text = "年均增加近百亿立方米"
    [figure] = figures_in(text)
    assert (figure.start, figure.digits_start, figure.digits_end, figure.end) == (4, 5, 6, 10)
    assert figure.number == Decimal(10_000_000_000) and not figure.arabic


def test_figures_in_part_of_the_text_and_whole_numbers_only():
    text = "2021.3月,增长12%"
    assert [f.digits for f in figures_in(text)] == ["2021.3", "12"]
    assert [f.digits for f in figures_in(text, 7)] == ["12"]
    assert [f.digits for f in figures_in(text, 5, 7)] == ["3"]  # the tail of 2021.3, taken as found
    assert [f.digits for f in figures_in(text, 5, 7, whole=True)] == []


@pytest.mark.parametrize("cell", ["21.6", "600多", "两万多", "约3.5万", "近百亿", "超过300", "至少5"])
def test_a_cell_reads_as_the_same_figure_in_text(cell):
    """One grammar: a spec's cell and the article's words for it give the same number."""
    [figure] = figures_in(cell)
    assert (figure.start, figure.end) == (0, len(cell))
    assert figure.number == parse_value(cell).number


def test_a_cell_may_hold_a_numeral_alone():
    assert parse_value("十二").number == 12 and list(figures_in("十二")) == []


def test_occurrences_are_whole_figures():
    assert list(occurrences("占21.6%,另有121.6%", "21.6%")) == [(1, 6)]
    assert list(occurrences("12期,120家", "12")) == [(0, 2)]


def _at(text, figure):
    return is_stated_change(text, text.index(figure))


@pytest.mark.parametrize("text, figure", [
    ("2022年增加了0.8亿件,达到6.4亿件", "0.8"),
    ("比上年增长15.2%", "15.2"),
    ("同比增长超10%", "10"),
    ("年均增加近百亿立方米", "百"),
    ("人数减少约3万", "3"),
    ("學生人數增長了12.6%", "12.6"),
    ("分别增加7.0、6.5及5.4个百分点", "6.5"),  # listed after a change, changes too
    ("分别增加7.0、6.5及5.4个百分点", "5.4"),
    ("3個月內鐵粉流失10.6個百分點", "10.6"),  # supporters lost: a fall
])
def test_a_change(text, figure):
    assert _at(text, figure)


@pytest.mark.parametrize("text, figure", [
    ("2022年增加了0.8亿件,达到6.4亿件", "6.4"),
    ("快递业务量增长到6.4亿件", "6.4"),
    ("报刊亭增至1520个", "1520"),
    ("报刊亭减少到约1184个", "1184"),
    ("比重由4.08%下降为2.67%", "2.67"),
    ("工业增加值287亿元", "287"),  # value added is a level
    ("2021年报刊亭1184个、2022年1050个", "1050"),
    ("水土流失面积3.2万平方公里", "3.2"),  # the area of a loss, a level
])
def test_a_level(text, figure):
    assert not _at(text, figure)


def test_traditional_big_units_and_more_qualifiers():
    from charts.numbers.grammar import figures_in, parse_value
    assert parse_value("兩萬多") == parse_value("两万多").__class__(Decimal(20000), "兩萬多")
    assert parse_value("3.5億").number == Decimal("350000000.0")
    found = [(f.before, f.digits, f.big, f.unit) for f in figures_in("逾2000名，約3萬人，上升1.2个百分点")]
    assert found == [("逾", "2000", "", "名"), ("約", "3", "萬", "人"), ("", "1.2", "", "个百分点")]


@pytest.mark.parametrize("cell, number", [("七成以上", 70), ("六成左右", 60), ("60以上", 60), ("五成以下", 50),
                                          ("7成6", 76), ("約4成8", 48)])
def test_a_bound_after_a_share_is_approximate(cell, number):
    value = parse_value(cell)
    assert value.number == number and value.approximate and value.worded == cell


def test_a_bound_belongs_to_a_share_in_text_and_to_the_label_after_a_count():
    assert [(f.digits, f.unit, f.bound) for f in figures_in("60%以上的受访者,近七成以上")] == \
        [("60", "%", "以上"), ("七", "成", "以上")]
    [count] = figures_in("一周熬夜3次以上")
    assert (count.unit, count.bound, count.end) == ("次", "", 6)  # 以上 stays in the label


def test_a_ratio_is_its_own_unit():
    assert [(f.digits, f.unit) for f in figures_in("是去年的2.5倍,增长3倍多")] == [("2.5", "倍"), ("3", "倍")]


@pytest.mark.parametrize("text, ends", [
    ("30%-40%的受访者", [("30", "40")]), ("30-40%", [("30", "40")]), ("20~29岁", [("20", "29")]),
    ("15—59岁人口", [("15", "59")]), ("10%到20%", [("10", "20")]), ("三至四成的家长", [("三", "四")]),
    ("30%−40%的人", [("30", "40")]), ("30%―40%", [("30", "40")]), ("30%〜40%", [("30", "40")]),
    ("30%‐40%", [("30", "40")]),  # the minus sign, the horizontal bar, the wave dash, a hyphen
    ("增长30%,40%的人", []), ("3万-40亿", []),  # a comma ends a figure; two scales are not one range
])
def test_ranges(text, ends):
    assert [(low.digits, high.digits) for low, high in ranges_in(text)] == ends


@pytest.mark.parametrize("line, arabic", [
    ("平均每戶一一六．五二萬元、年增二．五一％", "平均每戶116.52萬元、年增2.51％"),
    ("儲蓄二十七．六五萬元,年增○．四％", "儲蓄27.65萬元,年增0.4％"),
    ("滿意度七十五.二%,抽樣誤差正負二.九八%", "滿意度75.2%,抽樣誤差正負2.98%"),
    ("二○二四年跌破二十％", "2024年跌破20％"),
    ("共訪問一千零八十人", "共訪問1080人"),
    ("中位數為29,500港元,回收10,065份", "中位數為29500港元,回收10065份"),
    ("分数12,5和2,3,4;A占12,B占345", "分数12,5和2,3,4;A占12,B占345"),  # lists, not thousands
    ("十分满意,三四线城市,一人一票,數百人,百分之百", "十分满意,三四线城市,一人一票,數百人,百分之百"),
    ("增加率為百分之○點○四,相差八點七倍,九八點九九", "增加率為0.04%,相差8.7倍,98.99"),
    ("九點半開會,十點三十分散會,三點一刻", "九點半開會,十點三十分散會,三點一刻"),  # hours
    ("男性為一一七一萬七五九八人,增加三萬五九一五人,減少卅四人,增加四一三八人", "男性為11717598人,增加35915人,減少34人,增加4138人"),
    ("百分之二十,百分之35.5", "20%,35.5%"),
    ("年粗出生率為千分之5.03,千分之六點一,千分之三", "年粗出生率為5.03‰,6.1‰,3‰"),
    ("自然增加率為負千分之3.02,為負百分之3.02,負面,人口增加率負千分之1.5", "自然增加率為-3.02‰,為-3.02%,負面,人口增加率-1.5‰"),
    ("二成五知道,七成一表示,一成一致,三成一样", "25%知道,71%表示,一成一致,三成一样"),
    ("二三人,一一", "二三人,一一"),  # two or three people; a word
    ("贊成7成6,約4成 1反對,5成2 (52%)不滿意,近7成6月份", "贊成76%,約41%反對,52%不滿意,近7成6月份"),
    ("近 3 成 5 歲以下幼童,逾4成 3年內,有2成 1週", "近 3 成 5 歲以下幼童,逾4成 3年內,有2成 1週"),  # a count after
    ("淨值為負24、負27及負28個百分點,误差正負3%,负面", "淨值為-24、-27及-28個百分點,误差正負3%,负面"),
    ("医疗保健类上涨1·8%,马克·吐温", "医疗保健类上涨1.8%,马克·吐温"),
    ("主隊3勝負2場,一點一點,第一一二次,一二三四五六七八九萬一二三四人", "主隊3勝負2場,一點一點,第一一二次,一二三四五六七八九萬一二三四人"),
    ("占百分之三十至四十", "占30%至40%"),
    ("失業人數為40萬7千人,較上年同月則減4萬 8千人,增加1萬2千5百人,有30萬人", "失業人數為40.7萬人,較上年同月則減4.8萬人,增加1.25萬人,有30萬人"),
    ("累計進出口總值1兆995.4億美元,2兆30億元,3兆瓦", "累計進出口總值10995.4億美元,20030億元,3兆瓦"),
    ("所得總額十三兆七○四九億元,百兆寬頻", "所得總額137049億元,百兆寬頻"),
    ("增长–7.5%,增長—2%,为—3.19‰,0—14岁,10月1日—4日,2019–2020年", "增长-7.5%,增長-2%,为-3.19‰,0—14岁,10月1日—4日,2019–2020年"),
    ("約2萬 2024至2025年,觀眾達30萬 1200名,2,345萬312人,32萬312%,約2萬2024至2025年",
     "約2萬 2024至2025年,觀眾達30萬 1200名,2,345萬312人,32萬312%,約2萬2024至2025年"),
    ("可支配所得為32萬312元、消費支出33萬9536元,入不敷出1萬9224元,3萬零50人,5萬12人,3萬2014年,1.5萬300元",
     "可支配所得為320312元、消費支出339536元,入不敷出19224元,30050人,5萬12人,3萬2014年,1.5萬300元"),
    ("总人口10亿3000万人,收入1亿2345万元,共3亿零500万元,达1.2万亿元", "总人口10.3亿人,收入1.2345亿元,共3.05亿元,达1.2万亿元"),
])
def test_figures_printed_in_numerals_are_read_in_digits(line, arabic):
    assert in_arabic(line) == arabic


def test_a_change_year_on_year_as_taiwan_papers_write_it():
    text = "可支配所得116.52萬元、年增2.51%;儲蓄率23.73%、年減0.5個百分點"
    changes = [f.digits for f in figures_in(text) if is_stated_change(text, f.start)]
    assert changes == ["2.51", "0.5"]
    assert is_stated_fall(text, text.index("0.5")) and not is_stated_fall(text, text.index("2.51"))


def test_a_bulletin_may_write_a_fall_as_jiandi():
    text = "规模以上工业增加值增长7.2%,增速比上年减低2.2个百分点"
    assert is_stated_fall(text, text.index("2.2")) and not is_stated_fall(text, text.index("7.2"))


def test_a_change_by_one_character_as_taiwan_and_hong_kong_papers_give_it():
    text = "正向評價降3.6個百分點,負面評價減4.4個百分點,營建工程各增4000人,新增300人,降至5%"
    assert is_stated_fall(text, text.index("3.6")) and is_stated_fall(text, text.index("4.4"))
    assert is_stated_change(text, text.index("4000")) and not is_stated_fall(text, text.index("4000"))
    assert not is_stated_change(text, text.index("300"))  # 新增: a count of new things
    assert not is_stated_change(text, text.index("5%"))  # 降至: the level reached


def test_a_change_named_after_its_figure():
    text = "地面公交日均运量出现了0.21%的小幅下降,营收实现12%的增长,62.5%的受访者表示满意"
    assert is_stated_fall(text, text.index("0.21"))
    assert is_stated_change(text, text.index("12%")) and not is_stated_fall(text, text.index("12%"))
    assert not is_stated_change(text, text.index("62.5"))


def test_numerals_before_percentage_points_and_a_tenths_share_restated_in_brackets():
    assert in_arabic("比例上升六个百分点,降 二個百分點") == "比例上升6个百分点,降 2個百分點"
    assert in_arabic("發現三成六(35.9%)受訪市民認為,兩成半(25.0%)回答一半半") == "發現35.9%受訪市民認為,25.0%回答一半半"
    assert in_arabic("近七成(68.5%)受访青年") == "近七成(68.5%)受访青年"  # the article's words, which a spec may chart


def test_units_written_in_latin_letters():
    found = figures_in("地表水资源量30407.0亿m3,年降水量706.5mm,面积12.5km2,网络进入5G,每天5.4小时")
    assert [(f.digits, f.big, f.unit) for f in found] == [
        ("30407.0", "亿", "m3"), ("706.5", "", "mm"), ("12.5", "", "km2"), ("5.4", "", "小时")]


def test_air_quality_units_and_days():
    found = figures_in("PM2.5浓度43微克每立方米,一氧化碳浓度1.4毫克每立方米,优良天数198天,臭氧160μg/m3")
    assert [(f.digits, f.unit) for f in found] == [
        ("43", "微克每立方米"), ("1.4", "毫克每立方米"), ("198", "天"), ("160", "μg/m3")]


def test_digits_glued_to_latin_letters_name_a_thing():
    for whole in (False, True):
        found = figures_in("PM2.5浓度43微克每立方米,TOP15企业均超4亿,G20峰会,QuestMobile2025报告,5G用户8亿,4K电视,"
                           "5A级景区4个", whole=whole)
        assert [(f.digits, f.unit) for f in found] == [("43", "微克每立方米"), ("4", ""), ("8", ""), ("4", "个")]


def test_a_qualifier_before_the_verb_qualifies_the_figure():
    text = "而2019年同期则约为645元,約有41%表示满意,近3000元"
    assert [(text[f.start:f.end], f.before, f.digits) for f in figures_in(text) if f.digits != "2019"] == [
        ("约为645元", "约", "645"), ("約有41%", "約", "41"), ("近3000元", "近", "3000")]


def test_a_trillion_is_one_big_unit_and_renminbi_is_no_count_of_people():
    text = "两家市值总和超过3萬億人民幣,营收1.2万亿元,共300人"
    found = [(text[f.start:f.end], f.big, f.unit, f.number) for f in figures_in(text)]
    assert found == [("超过3萬億", "萬億", "", Decimal("3E+12")), ("1.2万亿元", "万亿", "元", Decimal("1.2E+12")),
                     ("300人", "", "人", Decimal(300))]


def test_two_numerals_side_by_side_before_points_are_a_range_not_a_figure():
    assert in_arabic("提高两三个百分点,一两个百分点,上升六个百分点,十五个百分点") == \
        "提高两三个百分点,一两个百分点,上升6个百分点,15个百分点"


def test_falls_named_after_the_figure_or_by_shao():
    text = "居民消费价格出现了0.21%的负增长,同比少0.5%,实现3%的增长"
    assert is_stated_fall(text, text.index("0.21")) and is_stated_fall(text, text.index("0.5"))
    assert not is_stated_fall(text, text.index("3%"))


def test_a_long_list_is_walked_back_along_a_dozen_figures_at_most():
    text = "甲、乙分别增长" + "、".join(f"{i}%" for i in range(1, 3000))
    assert is_stated_change(text, text.index("2%"))  # no recursion to the list's start
    assert not is_stated_change(text, text.rindex("2999%"))


def test_sa_before_a_percent_and_a_qualifier_before_le():
    assert in_arabic("蔡英文支持度卅%,蘇貞昌支持度卅二%") == "蔡英文支持度30%,蘇貞昌支持度32%"
    text = "金融、互联网行业均超过了19000元"
    assert [(text[f.start:f.end], f.before) for f in figures_in(text)] == [("超过了19000元", "超过")]


def test_the_minutes_of_a_time_of_day_are_no_score():
    found = [(f.digits, f.unit) for f in figures_in("访问时段为晚间18時30分至22時00分,满意度85分,用时5分钟")]
    assert found == [("18", ""), ("22", ""), ("85", "分"), ("5", "分钟")]


@pytest.mark.parametrize("cell, number", [("七成四", 74), ("两成五", 25), ("不到三成四", 34), ("接近80", 80), ("将近两成", 20)])
def test_a_share_worded_in_tenths_and_their_digit_or_under_a_bound_is_a_cell(cell, number):
    value = parse_value(cell)
    assert value is not None and value.number == number and value.worded == cell


def test_hours_and_months_counted_with_ge_are_one_unit():
    found = figures_in("人均每周上网时长为30.8个小时,过去3个月,每週4個小時,共5个")
    assert [(f.digits, f.unit) for f in found] == [("30.8", "个小时"), ("3", "个月"), ("4", "個小時"), ("5", "个")]


def test_percentage_points_said_once_for_a_list_belong_to_each_figure():
    found = figures_in("降幅分别比1-2月收窄13.1个和13.0个百分点,分别提高1.2个、0.5个和0.8個百分點,有3个和5个")
    assert [(f.digits, f.unit) for f in found if f.digits not in "12"] == [
        ("13.1", "个百分点"), ("13.0", "个百分点"), ("1.2", "个百分点"), ("0.5", "个百分点"), ("0.8", "個百分點"),
        ("3", "个"), ("5", "个")]


def test_mooncakes_are_no_duration_and_months_before_other_words_are():
    found = figures_in("买了3个月饼,前4个月台湾,近6个月球迷,8个小时工作制,过去3个月")
    assert [(f.digits, f.unit) for f in found] == [("3", "个"), ("4", "个月"), ("6", "个月"), ("8", "个小时"), ("3", "个月")]


def test_points_said_once_after_a_long_list_reach_its_last_figures_only():
    text = "分别增加" + "1.5个、" * 30 + "2.5个百分点"
    units = [f.unit for f in figures_in(text)]
    assert units[-9:] == ["个百分点"] * 9 and units[0] == "个"  # eight back at most: a list is read in linear time


def test_bulletin_measures_are_units():
    found = figures_in("降水量650.2毫米,起降12.5万架次,能耗0.52吨标准煤/万元,总量540.8万吨标准煤,"
                       "上映120部,3000位受访者,人均安装50款,最低气温零下12.3摄氏度")
    assert [(f.digits, f.big + f.unit) for f in found] == [  # a unit per 万元 is read by extract's measure()
        ("650.2", "毫米"), ("12.5", "万架次"), ("0.52", "吨标准煤"), ("540.8", "万吨标准煤"),
        ("120", "部"), ("3000", "位"), ("50", "款"), ("12.3", "摄氏度")]  # 零下: its sign, extract's Section and verify read


def test_words_that_go_on_after_a_measure_are_no_unit():
    found = figures_in("发改委等9部门联合,一个3位数,3种子选手")
    assert [(f.digits, f.unit) for f in found] == [("9", ""), ("3", ""), ("3", "")]


def test_ten_thousands_and_a_rest_grouped_by_a_comma_are_one_amount():
    # read apart, 7709元 would be a figure the article does not give
    assert in_arabic("經常性薪資平均為4萬7,709元") == "經常性薪資平均為47709元"
    assert in_arabic("平均6萬1,646元,1億2,345萬元") == "平均61646元,1.2345億元"


def test_a_duration_in_hours_and_minutes_is_no_figure_in_either_part():
    found = figures_in("深睡时间1小时50分钟,西藏7小时13分钟,海南6小时36分,睡眠时长6小时,入睡30分钟")
    assert [(f.digits, f.unit) for f in found] == [("6", "小时"), ("30", "分钟")]  # 50分钟 would misstate it


def test_a_year_against_the_normal_is_a_change_and_below_it_a_fall():
    text = "全市平均年降水量1213毫米,较常年平均偏多5%;青浦和崇明地区分别偏少9%和15%,气温偏低1.5℃"
    assert is_stated_change(text, text.index("5%")) and not is_stated_fall(text, text.index("5%"))
    assert is_stated_fall(text, text.index("9%")) and is_stated_fall(text, text.index("15%"))
    assert is_stated_fall(text, text.index("1.5"))
    assert not is_stated_change(text, text.index("1213"))


def test_kilowatt_hours_are_one_measure_however_written():
    found = figures_in("农村用电量44.3亿千瓦小时,发电量12.5亿千瓦·时,装机容量30万千瓦")
    assert [(f.big, f.unit) for f in found] == [("亿", "千瓦小时"), ("亿", "千瓦·时"), ("万", "千瓦")]


def test_temperatures_are_measured():
    found = figures_in("年平均气温为16.9℃,比常年偏高1.1℃;极端最低气温-7.5℃,另一站零下12.3℃,最高40.5°C")
    assert [(f.digits, f.unit) for f in found] == [("16.9", "℃"), ("1.1", "℃"), ("7.5", "℃"), ("12.3", "℃"), ("40.5", "°C")]


def test_a_threshold_naming_what_is_counted_is_no_figure():
    found = figures_in("日最高气温≥35℃的高温日数:中心城区30天;PM2.5>75的天数为12天")
    assert [(f.digits, f.unit) for f in found] == [("30", "天"), ("12", "天")]


def test_hong_kong_points_and_decibels_are_their_own_units():
    """個百分比 is how Hong Kong's pollsters write points; 分貝 is a measure, not a score (分)."""
    found = [(f.digits, f.unit) for f in figures_in("淨值為31個百分比,下跌22個和37個百分比,噪聲54.8分貝,評分45.6分")]
    assert found == [("31", "個百分比"), ("22", "個百分比"), ("37", "個百分比"), ("54.8", "分貝"), ("45.6", "分")]
    assert [f.unit for f in figures_in("分別為-22個和-37個百分比")] == ["個百分比", "個百分比"]


@pytest.mark.parametrize("cell, number", [
    ("300多万", 3_000_000), ("160多万", 1_600_000), ("突破三千万", 30_000_000), ("大約5", 5), ("少於15", 15),
    ("6000上下", 6000), ("三分之一", Decimal("33.33")), ("五分之一左右", 20), ("十分之一", 10), ("一半", 50),
    ("超过半数", 50), ("超過半數", 50)])
def test_a_cell_worded_as_the_article_words_it(cell, number):
    """The spec takes an approximate figure in the article's words: 多 before 万, the bounds and
    qualifiers a cell may say, and a share as a fraction or a half."""
    value = parse_value(cell)
    assert value.number == number and value.worded == cell
    assert value.share_in_words == (cell in ("三分之一", "五分之一左右", "十分之一", "一半", "超过半数", "超過半數"))
    assert parse_value("600多").worded == "600多" and parse_value("600").worded is None
    assert parse_value("三分之") is None and parse_value("半") is None and parse_value("破8000") is None


@pytest.mark.parametrize("cell", ["三分之四", "三分之三", "300多万多", "多于七成以下", "少于一半以上", "少于一半上下"])
def test_a_cell_that_no_article_prints_is_no_figure(cell):
    """An improper fraction, 多 twice, a qualifier and a bound that say opposite things."""
    assert parse_value(cell) is None


def test_a_bound_goes_after_the_unit_a_share_keeps_its_own():
    from charts.numbers.grammar import bound_apart
    assert bound_apart("6000上下", "万人") == ("6000", "上下") and bound_apart("3000左右", "元") == ("3000", "左右")
    assert bound_apart("七成以上", "%") == ("七成以上", "") and bound_apart("60以上", "%") == ("60", "以上")
    assert bound_apart("600多", "人") == ("600多", "")


def test_a_currency_sign_before_a_figure_is_its_unit():
    """$19800 and HK$80.1 are in 元, US$1367 in 美元; the sign is part of the figure, not of the words before it."""
    text = "中位數為$19800,時薪HK$80.1,約US$1367,增長3.5%"
    found = [(text[f.start:f.end], f.unit) for f in figures_in(text, whole=True)]
    assert found == [("$19800", "元"), ("HK$80.1", "元"), ("US$1367", "美元"), ("3.5%", "%")]
