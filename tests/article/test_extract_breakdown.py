"""A total and the parts 其中 lists (breakdown.py), a change's pull on the whole beside it
(growth.py), names told before what they all did (lists.py), and no row named by a figure."""

from __future__ import annotations

from pathlib import Path

from charts.article.extract import extract
from charts.article.read import read_article


def _drafts(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read_article(path))


def test_a_total_and_its_parts_after_qizhong(tmp_path):
    text = "年末全县公共文化机构合计28个(不含村级),其中文化馆12个,乡镇文化站9个,社区文化中心7个。全年接待观众54.3万人次。\n"
    [draft] = [d for d in _drafts(tmp_path, text) if d.name == "breakdown"]
    assert (draft.unit, draft.rows) == ("个", [["年末全县公共文化机构", "28"], ["文化馆", "12"], ["乡镇文化站", "9"],
                                              ["社区文化中心", "7"]])


def test_parts_end_at_a_clause_in_another_unit(tmp_path):
    text = "全市卫生技术人员合计5320人,其中执业医师2110人,注册护士2380人,床位数4120张。\n"
    [draft] = [d for d in _drafts(tmp_path, text) if d.name == "breakdown"]
    assert draft.rows == [["全市卫生技术人员", "5320"], ["执业医师", "2110"], ["注册护士", "2380"]]


def test_each_rows_pull_on_the_whole_is_drafted_beside_its_growth(tmp_path):
    text = ("前三季度,全区规模以上工业中,化工行业同比增长4.4%,拉动全区规模以上工业1.1个百分点;"
            "装备行业同比增长6.3%,拉动全区规模以上工业0.8个百分点;食品行业同比增长2.5%,拉动全区规模以上工业0.3个百分点。\n")
    drafts = {d.name: d for d in _drafts(tmp_path, text)}
    assert drafts["changes"].rows == [["化工行业", "4.4"], ["装备行业", "6.3"], ["食品行业", "2.5"]]
    pulls = drafts["pulls"]
    assert (pulls.unit, pulls.columns, pulls.rows) == ("个百分点", ["类别", "拉动全区规模以上工业增长"],
                                                     [["化工行业", "1.1"], ["装备行业", "0.8"], ["食品行业", "0.3"]])


def test_names_told_before_what_they_all_did_are_the_labels_of_the_list(tmp_path):
    text = "分领域看,新材料产业、电子信息产业、航空航天产业也都实现增长,增速分别为3.6%、1.2%和0.7%。\n"
    rows = [d.rows for d in _drafts(tmp_path, text)]
    assert [["新材料产业", "3.6"], ["电子信息产业", "1.2"], ["航空航天产业", "0.7"]] in rows
    assert not any(row[0] in ("0.7%", "1.2%") for draft in rows for row in draft)


def test_no_row_is_named_by_a_figure(tmp_path):
    text = ("                2024年6月        5月            4月\n"
            " 住户存款 142.10(6.35%)   141.02(5.90%)   140.77(-0.20%)   139.50(4.10%)\n")
    for draft in _drafts(tmp_path, text):
        assert not any(row[0].replace(".", "").isdigit() for row in draft.rows), draft.rows


def test_a_surplus_is_drafted_exact_under_its_name(tmp_path):
    text = "全年出口5120.3億美元、進口4011.6億美元,出超1108.7億美元再創新高。\n"
    rows = {row[0]: row[1] for d in _drafts(tmp_path, text) for row in d.rows}
    assert rows.get("出超") == "1108.7"


def test_a_pull_is_the_rows_and_of_one_whole(tmp_path):
    text = ("分行业看,汽车制造业同比增长11.6%,其中新能源汽车增长35.2%,拉动全市规模以上工业1.3个百分点;"
            "电子行业同比增长8.2%,拉动全市规模以上工业0.9个百分点;化工行业同比增长3.3%,拉动全市规模以上工业0.5个百分点。\n")
    pulls = [d.rows for d in _drafts(tmp_path, text) if d.name == "pulls"]
    assert not any(row[0] == "新能源汽车" for rows in pulls for row in rows)
    two = ("汽车制造业同比增长11.6%,拉动全市规模以上工业1.3个百分点;电子行业投资同比增长8.2%,拉动全市工业投资0.9个百分点;"
           "化工行业投资同比增长3.3%,拉动全市工业投资0.5个百分点。\n")
    assert not [d for d in _drafts(tmp_path, two) if d.name == "pulls"]


def test_a_share_takes_the_clause_before_only_where_it_says_what_it_is(tmp_path):
    said = {row[0] for d in _drafts(tmp_path, "按类型看,签约人数有所减少,占比44.1%,较去年下降1.3个百分点。"
                                              "选择外资企业的占比为9.6%,较去年下降2.8个百分点。\n") for row in d.rows}
    assert "签约人数有所减少" not in said
    ranked = {row[0] for d in _drafts(tmp_path, "国企吸纳毕业生最多,其次是民企,占比31.2%,较去年上升1.3个百分点。"
                                                "选择外资企业的占比为9.6%,较去年下降2.8个百分点。\n") for row in d.rows}
    assert "民企" in ranked and "其次" not in ranked


def test_no_breakdown_of_who_was_asked_or_of_parts_larger_than_the_whole(tmp_path):
    for text in ("本次共调查居民1079人,其中男性520人,女性559人。\n",
                 "全年全市居民人均可支配收入45000元,其中城镇居民人均可支配收入58000元,农村居民人均可支配收入26000元。\n"):
        assert not [d for d in _drafts(tmp_path, text) if d.name == "breakdown"], text


def test_no_row_is_named_by_a_figure_and_its_verb(tmp_path):
    text = ("最受歡迎的目的地仍是日本,高達612萬人次、占比33％。第二名則為大陸,達301.5萬人次、占比16％;"
            "第三名為港澳地區,達208萬人次、占比11.2％。\n")
    for draft in _drafts(tmp_path, text):
        assert not any(row[0].startswith(("達", "高達")) for row in draft.rows), draft.rows


def test_a_change_on_the_quarter_is_never_drafted_as_on_the_year(tmp_path):
    text = ("今年第二季各類博彩毛收入702.3億澳門元,按季下跌2.41%,按年則跌0.85%。"
            "第二季貴賓百家樂博彩毛收入僅錄331.6億澳門元,較今年首季跌5.12%;中場收入309.8億澳門元,較今年首季升1.5%。\n")
    for draft in _drafts(tmp_path, text):
        on_the_year = any(word in "".join(draft.columns) for word in ("比上年", "比上年增長"))
        values = {row[1] for row in draft.rows}
        assert not (on_the_year and values & {"-2.41", "-5.12", "1.5"}), (draft.columns, draft.rows)


def test_changes_in_a_paragraph_told_against_last_month_claim_no_year(tmp_path):
    text = ("若與6月相比,7月綜合消費物價指數上升0.05%。石油氣價格回軟,使住屋及燃料的價格指數下跌0.31%;"
            "蔬菜售價下調,則令食物及非酒精飲品的價格指數下跌0.12%。\n")
    for draft in _drafts(tmp_path, text):
        assert not any("上年" in column for column in draft.columns), draft.columns


def test_a_pull_in_points_is_never_a_level_and_a_falls_pull_is_minus(tmp_path):
    """拉动…下降0.4个百分点;电子信息制造业增长8.2%: 8.2 had been drafted as the growth of a "level" named
    拉动…下降 (the 0.4 points); each sector's change and pull stay its own."""
    text = ("分行业看,汽车制造业增加值下降3.1%,拉动全市规模以上工业增加值下降0.4个百分点;电子信息制造业增长8.2%,"
            "拉动全市规模以上工业增长1.5个百分点;医药制造业增长4.0%,拉动全市规模以上工业增长0.3个百分点。\n")
    drafts = _drafts(tmp_path, text)
    assert not any(row[0].startswith("拉动") for d in drafts for row in d.rows)
    named = {d.name: d.rows for d in drafts}
    assert named["changes"] == [["汽车制造业", "-3.1"], ["电子信息制造业", "8.2"], ["医药制造业", "4.0"]]
    assert named["pulls"] == [["汽车制造业", "-0.4"], ["电子信息制造业", "1.5"], ["医药制造业", "0.3"]]
