"""Figures told group by group in one sentence, the same answers for each (groups.py), a label
named by a comparison, and a semicolon that ends an item of a list (clause.py)."""

from __future__ import annotations

from charts.article.groups import other_group, runs

# three groups of a survey, the same answers each, the group's name right before its first answer
GROUPS = ("按年龄分组看,青年组独居养老130名(40.1%)、随子女养老90名(27.8%)、机构养老22名(6.8%);"
          "中年组独居养老98名(33.0%)、随子女养老121名(40.7%)、机构养老31名(10.4%);"
          "老年组独居养老64名(20.5%)、随子女养老160名(51.3%)、机构养老22名(7.1%)。\n")
COLUMNS = ("方式", "人数(名)", "占比(%)")


def test_a_figure_of_another_group_fails_under_the_group_the_title_names(checked):
    right = [["独居养老", 98, 33.0], ["随子女养老", 121, 40.7], ["机构养老", 31, 10.4]]
    assert set(checked(GROUPS, right, COLUMNS, unit="名", kind="grouped", title="中年组养老意愿").values()) == {"found"}
    # 31 changed in its last digit to 30 is nowhere; to 22, the young's and the old's figure
    moved = [["独居养老", 98, 33.0], ["随子女养老", 121, 40.7], ["机构养老", 22, 10.4]]
    statuses = checked(GROUPS, moved, COLUMNS, unit="名", kind="grouped", title="中年组养老意愿")
    assert [s for w, s in statuses.items() if w.startswith("机构养老（人数")] == ["relabelled"]


def test_a_figure_two_groups_share_is_found_in_the_later_group(checked):
    old = [["独居养老", 64, 20.5], ["随子女养老", 160, 51.3], ["机构养老", 22, 7.1]]
    assert set(checked(GROUPS, old, COLUMNS, unit="名", kind="grouped", title="老年组养老意愿").values()) == {"found"}


def test_the_message_names_both_groups(tmp_path):
    (tmp_path / "a.txt").write_text(GROUPS, encoding="utf-8")
    (tmp_path / "t.yaml").write_text(
        "title: 中年组养老意愿\nkind: bar\nunit: 名\ndata:\n  columns: [方式, 人数]\n  rows:\n"
        "    - [独居养老, 98]\n    - [随子女养老, 90]\n    - [机构养老, 31]\n"
        "source: {publication: 测试报, article: a.txt}\n", encoding="utf-8")
    from charts.article.verify import verify_spec
    from charts.spec.read import load_spec
    check = next(c for c in verify_spec(load_spec(tmp_path / "t.yaml")) if c.what.startswith("随子女养老"))
    assert check.status == "relabelled" and "青年组" in check.instead and "中年组" in check.instead


def test_runs_need_a_title_naming_one_group_and_the_groups_in_one_sentence():
    labels = ["独居养老", "随子女养老", "机构养老"]
    text = GROUPS.replace(",", ",")
    found = runs(text, labels, "中年组养老意愿")
    assert found is not None and found[0] == "中年组" and [n for n, _, _ in found[1]] == ["青年组", "中年组", "老年组"]
    assert other_group(text, text.index("机构养老22"), found) == "青年组"
    assert runs(text, labels, "各年龄组养老意愿") is None  # the title names no group
    assert runs(text, labels, "青年组与中年组") is None  # or two
    assert runs(text, labels[:1], "中年组养老意愿") is None  # one row is no run of answers
    apart = text.replace(";中年组", "。中年组")
    assert runs(apart, labels, "中年组养老意愿") is None  # groups told in sentences of their own


def test_a_word_before_a_label_elsewhere_is_no_group(checked):
    # 打算独居养老 in a later sentence is no run of answers: the middle-aged's figures stand
    text = GROUPS + "总体看,打算独居养老的越来越多,独居养老占比已达33.0%。\n"
    right = [["独居养老", 98, 33.0], ["随子女养老", 121, 40.7], ["机构养老", 31, 10.4]]
    assert set(checked(text, right, COLUMNS, unit="名", kind="grouped", title="中年组养老意愿").values()) == {"found"}


def test_a_semicolon_after_a_figure_ends_the_words_of_its_item(checked):
    article = ("前三季度,全区规模以上工业增加值同比增长6.2%。分行业看,化工行业同比增长4.4%,拉动全区规模以上工业1.1个百分点;"
               "装备行业同比增长6.3%,拉动全区规模以上工业0.8个百分点。\n")
    assert checked(article, [["全区规模以上工业增加值", 6.2]]) == {"全区规模以上工业增加值 6.2%": "found"}
    # 6.2 changed in its last digit: 6.3 is the 装备行业's, after a semicolon that closes the 化工 item
    assert checked(article, [["全区规模以上工业增加值", 6.3]]) != {"全区规模以上工业增加值 6.3%": "found"}


def test_a_label_naming_a_comparison_is_not_found_where_its_clause_makes_another(checked):
    article = ("前三季度,高技术产业增加值同比增长9.1%,快于全区规模以上工业2.9个百分点,拉动全区规模以上工业1.6个百分点;"
               "化工行业同比增长4.4%,拉动全区规模以上工业1.1个百分点。\n")
    assert checked(article, [["快于全区规模以上工业", 2.9]], unit="个百分点") == {"快于全区规模以上工业 2.9个百分点": "found"}
    assert checked(article, [["快于全区规模以上工业", 1.1]], unit="个百分点") != {"快于全区规模以上工业 1.1个百分点": "found"}


def test_words_after_a_semicolon_that_go_on_with_the_subject_keep_it(checked):
    # 增速比…: the same subject's change; 上市新机型 under a column 新机型: the same subject's other measure
    article = ("全省公路完成货运量6.20亿吨,增长3.1%;增速比一季度回落0.8个百分点。"
               "本月国产品牌手机出货量1820.5万部,占同期手机出货量的85.2%;上市新机型41款,占同期上市新机型数量的87.2%。\n")
    assert checked(article, [["公路", -0.8]], ("运输方式", "比一季度"), unit="个百分点") == {"公路 −0.8个百分点": "found"}
    assert set(checked(article, [["国产品牌手机", 41]], ("品牌", "新机型(款)"), unit="款").values()) == {"found"}


ORDERED = ("调查显示,在养老方式选择上,青年组独居养老130名(40.1%)、随子女养老90名(27.8%)、机构养老22名(6.8%);"
           "中年组独居养老98名(33.0%)、随子女养老121名(40.7%)、机构养老31名(10.4%);"
           "老年组独居养老64名(20.5%)、随子女养老160名(51.3%)、机构养老24名(7.7%)。\n")


def test_the_group_rule_holds_whatever_the_order_of_the_charts_rows(checked):
    rows = [["随子女养老", 121], ["独居养老", 98], ["机构养老", 22]]
    assert checked(ORDERED, rows, ("方式", "人数"), unit="名", title="中年组养老意愿")["机构养老 22名"] == "relabelled"


def test_a_groups_name_with_words_before_its_first_answer(checked):
    rows = [["独居养老", 98], ["随子女养老", 121], ["机构养老", 22]]
    for words in ("中,", "选择"):
        text = ORDERED.replace("组独居", f"组{words}独居")
        assert checked(text, rows, ("方式", "人数"), unit="名", title="中年组养老意愿")["机构养老 22名"] == "relabelled", words
    by_sex = "男性中,满意的占41.2%、不满意的占35.1%;女性中,满意的占38.6%、不满意的占40.3%。\n"
    assert checked(by_sex, [["满意", 38.6], ["不满意", 35.1]], title="女性满意度")["不满意 35.1%"] != "found"
    assert set(checked(by_sex, [["满意", 38.6], ["不满意", 40.3]], title="女性满意度").values()) == {"found"}


SAME_SUBJECT = [("全市城镇居民人均可支配收入52000元;扣除价格因素,实际增长4.5%。", "城镇居民人均可支配收入", 4.5),
                ("全港零售业总销货价值为320亿元;按年上升12.5%。", "零售业总销货价值", 12.5),
                ("訪港旅客人次為3400萬;按年升幅為7.7%。", "訪港旅客人次", 7.7),
                ("本地生产总值达2800亿元;与上年相比增长6.1%。", "本地生产总值", 6.1),
                ("进出口总额1.2万亿元;年均增长8.3%。", "进出口总额", 8.3),
                ("全年粮食总产量650万吨;增产3.2%。", "粮食总产量", 3.2)]


def test_a_semicolon_before_words_that_name_no_subject_keeps_the_subject(checked):
    for article, label, value in SAME_SUBJECT:
        assert set(checked(article + "\n", [[label, value]]).values()) == {"found"}, article


def test_a_comparison_may_be_worded_with_bi(checked):
    article = "汽车制造业增长11.6%,比全市高出5.5个百分点;化工行业增长4.2%,拉动全市工业0.8个百分点。\n"
    assert set(checked(article, [["汽车制造业高于全市", 5.5]], unit="个百分点").values()) == {"found"}
    assert set(checked(article, [["汽车制造业高于全市", 0.8]], unit="个百分点").values()) != {"found"}


def test_a_figure_after_a_semicolon_names_no_subject(checked):
    # …減少近1.89億元;環比上升近4億元,增幅約35%: 億元 is the figure's unit, no subject of the item
    article = "半月累計票房約15.8億元,較去年同期有所回落,減少近1.62億元;環比上升近3億元,增幅約23%。\n"
    assert set(checked(article, [["半月累計票房", "約23"]], ("項目", "環比增幅"), kind="bar").values()) == {"found"}



def test_a_row_told_whole_again_after_a_lede_gave_some_of_it_is_found_where_told_whole(checked):
    article = ("本國勞工均薪5萬,經常性薪資平均數年增3.19%,經常性薪資中位數為38632元,也年增3.56%。\n\n"
               "依主計總處的資料,9月經常性薪資平均數為48110元,月增0.07%,年增3.19%;總薪資平均數為57452元,"
               "月減6.78%,年增1.85%。至於經常性薪資中位數則為38632元,月增0.36%,年增3.56%。\n")
    columns = ("項目", "金額(元)", "月增(%)", "年增(%)")
    rows = [["經常性薪資平均數", 48110, 0.07, 3.19], ["總薪資平均數", 57452, -6.78, 1.85], ["經常性薪資中位數", 38632, 0.36, 3.56]]
    assert set(checked(article, rows, columns=columns, unit="", kind="grouped").values()) == {"found"}
    rows[2][2] = 0.07  # another row's figure still fails
    assert checked(article, rows, columns=columns, unit="", kind="grouped")["經常性薪資中位數（月增(%)）0.07%"] != "found"
    # the row's numbers somewhere in a sentence are not the row told again: 7.2 is the mean's
    article = ("全年农村居民人均可支配收入中位数3060元,增长7.1%,是平均数的78.9%。\n\n"
               "农村居民人均可支配收入3880元,增长8.4%,扣除价格因素实际增长7.2%,其中中位数3060元,增长7.1%。\n")
    columns = ("项目", "中位数(元)", "名义增长(%)", "实际增长(%)")
    found = checked(article, [["农村居民", 3060, 7.1, 7.2]], columns=columns, unit="", kind="grouped")
    assert found["农村居民（实际增长(%)）7.2%"] != "found"
