"""Changes told in prose (clause.py, labels.py): a change in points beside a label that holds a
count, and a change whose base the sentence tells with the base's own level."""

from __future__ import annotations

POINTS = ("全国168个重点城市平均优良天数比例为82.4%,同比下降0.7个百分点;长江流域25个城市平均优良天数比例为79.1%,"
          "同比上升1.2个百分点。\n")


def test_a_change_in_points_is_no_count_of_the_label_beside_it(checked):
    rows = [["全国168个重点城市", -0.7], ["长江流域25个城市", 1.2]]
    assert set(checked(POINTS, rows, ("地区", "同比变化"), unit="个百分点").values()) == {"found"}
    swapped = checked(POINTS, [["全国168个重点城市", 1.2], ["长江流域25个城市", -0.7]], ("地区", "同比变化"), unit="个百分点")
    assert "found" not in swapped.values()
    # the share is no change in points, nor the count in the label a figure of the chart
    assert "found" not in checked(POINTS, [["全国168个重点城市", 82.4]], ("地区", "同比变化"), unit="个百分点").values()
    assert "found" not in checked(POINTS, [["长江流域", 25]], ("地区", "城市数"), unit="个百分点").values()
    # a count in the clause but not in the label: the change is the counted part's, not the whole's
    text = "甲市空气质量优良天数比例为88.1%,其中5个区县同比上升2.3个百分点。\n"
    assert checked(text, [["甲市", 2.3]], ("地区", "同比变化"), unit="个百分点") != {"甲市 2.3个百分点": "found"}


SHIPMENTS = ("第三季度,甲公司出货量为1210.3万台,较去年同期的1150.2万台增加60.1万台;乙公司出货量为884.5万台,"
             "较去年同期的925.3万台减少40.8万台。就业不足人数(4500人)较上一期再减少300人。\n")


def test_a_change_whose_base_is_told_with_its_own_level_is_the_rows_change(checked):
    columns = ("厂商", "出货量同比变化(万台)")
    assert set(checked(SHIPMENTS, [["甲公司", 60.1], ["乙公司", -40.8]], columns, unit="万台").values()) == {"found"}
    assert set(checked(SHIPMENTS, [["就业不足人数", -300]], ("项目", "变化(人)"), unit="人").values()) == {"found"}
    # the base's level, or the other row's change, is no change of the row
    assert "found" not in checked(SHIPMENTS, [["甲公司", 1150.2]], columns, unit="万台").values()
    assert "found" not in checked(SHIPMENTS, [["甲公司", -40.8], ["乙公司", 60.1]], columns, unit="万台").values()
    # a rise charted as a fall fails
    assert "found" not in checked(SHIPMENTS, [["乙公司", 40.8]], columns, unit="万台").values()
    # the whole year's change is no quarter's, nor is a change with no word comparing it to its base
    text = "一季度,全省粮食产量为300万吨,全年比上年增加60万吨。\n"
    assert checked(text, [["一季度", 60]], ("时期", "产量同比变化(万吨)"), unit="万吨") != {"一季度 60万吨": "found"}
    text = "甲公司出货量为1210.3万台,2019年同期增加60.1万台。\n"
    assert checked(text, [["甲公司", 60.1]], columns, unit="万台") != {"甲公司 60.1万台": "found"}
