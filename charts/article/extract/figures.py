"""A panel of big numbers: 3.7亿元 … 户均年收入21600元 … 两万多名 -> figures near each other."""

from __future__ import annotations

import re
from collections import Counter

from charts.article.extract.labels import label_before, measure_label
from charts.article.extract.section import NET_VALUE, Draft, Section
from charts.numbers.grammar import QUALIFIER_PATTERNS

_SURVEYED = re.compile(r"(?:对|對|面向|访问了?|訪問了?|调查了?|調查了?|共有|邀请|邀請)$")
_ITEMS = ("个", "個", "个小时", "個小時", "个月", "個月", "次", "名", "位", "项", "項", "大", "天", "部")  # 经过10天: a duration; 2部手机: a count
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 男性人口为72334万人, 人均花费近3000元, 北京以18976元位居第一: the label ends before 为, 以 and a qualifier
_VERB_AFTER = re.compile("(?:" + "|".join(("为", "為", "共", "达", "達", "有", "是", "了", "将近", "將近", "接近", "高达", "高達",
                                            "达到", "達到", "已经", "已經", "已", "(?<![可所得予加难難足用借])以") +
                        QUALIFIER_PATTERNS) + ")+$")
# After a figure: a bound in a group's name (月收入在5000元以上), or who was asked (1000名市民中),
# or the group a share is of (不足1000元的佔9.84%)
_BOUND = re.compile(r"以上|以下|之间|之間|至|[-~～]|[\u4e00-\u9fff]{0,4}中|的(?:占|佔|比例|比重|比率)")
_CHANGED = re.compile(r"(?:(?<!新)增|增加|减少|減少|多|少)了?$|相比$")  # 新增300多个 is a count
# How a survey was made (有效样本1079人, 回收问卷3071份, 抽取6351名, 拒访257人, 搜索结果近50万条):
# its method, not its findings; the parts of such a count in its sentence (其中市话757人) go with it
SURVEY_METHOD = re.compile(r"样本|问卷|回收|抽取|抽样|拒访|接触|成功访问|访谈|发放|搜索结果|调查覆盖|调查共|这项调查|此次调查|本次调查|调查面向")
_SCORED = re.compile(r"分|评|評|满意|滿意|指数|指數")  # a score's words name it one: not 每斤上涨5角8分
_AMOUNTS = ("元", "万元", "萬元", "亿元", "億元")
_A_BOUND = re.compile(r"(?:低于|低於|不到|不足|超过|超過|高于|高於|少于|少於|多于|多於|介于|介於|至于|至於|在|超|逾|过|過|"
                      r"突破|最高|最低|起|从|從)\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:以内|以內|及?以上|及?以下|起|封顶|封頂|左右|上下|之间|之間|至|到|[-~～—])")
NEAR = 400  # characters: figures further apart belong to different panels
_MOST = 4  # figures to a panel


def read(section: Section) -> list[Draft]:
    """The figures no other reader took, two to four to a panel (a score alone too), changes and sample sizes left
    out, and those whose words say nothing of what they count (的133972万人, 有338人)."""
    remaining, free = [], section.free_figures()
    # A figure printed again and again names what the article is about (100个城市 in a report
    # on 100 cities), not a finding.
    printed = Counter((f.text, f.unit) for f in free)
    method: set[tuple[int, str]] = set()  # (sentence, unit) of a survey's method counts
    ending = {f.end: f for f in free}
    taken: set[tuple[str, str]] = set()  # (figure, unit) drafted already
    for f in free:
        sentence, words = section.sentence_start(f.start), label_before(section, f)
        if printed[f.text, f.unit] >= 3 and (f.unit not in _AMOUNTS or _A_BOUND.search(words) or
                                              _BOUND_AFTER.match(section.text, f.end) or
                                              (f.text, f.unit) in taken):
            continue  # (an amount printed in the headline, the lead and the body is the finding: once;
            # a band's bound printed again and again, 不到10万元 / 超过10万元, is none)
        if section.text[f.start - 1:f.start] == "、" and f.start - 1 in ending:
            # 泥草房改造20.18万户、1715万平方米: the same thing in another measure, named once before
            words = label_before(section, ending[f.start - 1])
        if (sentence, f.unit) in method or SURVEY_METHOD.search(words):
            method.add((sentence, f.unit))
            continue
        if f.start in section.used or section.is_change(f) or section.is_sample(f) or section.is_drafted(f.text) \
                or _surveyed(section, f) or _few(f) or _BOUND.match(section.text, f.end):
            continue
        net = NET_VALUE.search(words)  # 民望净值为正51个百分比: the 为正 is no part of the label
        label = _VERB_AFTER.sub("", words[:net.start(1)] if net else words)
        if _CHANGED.search(label) or re.search(r"[0-9.]$", label) or re.search(r"分[别別]$", label):
            continue  # 年增2000元, 比前一年多17363元: a change; 减少0.48人: a number cut in two; 分别为…: a
            # list whose names the respectively reader could not pair: no name here either
        if len(_HAN.findall(label)) < 2:
            label = measure_label(section, f)
        if len(_HAN.findall(label)) >= 2:
            remaining.append((f, label))
            taken.add((f.text, f.unit))
    drafts, group = [], []
    for item in remaining + [None]:
        if item is not None and group and item[0].start - group[-1][0].start < NEAR and len(group) < _MOST:
            group.append(item)
            continue
        if len(group) >= 2 or (group and group[0][0].unit == "分" and _SCORED.search(group[0][1])):  # 评价平均分为7.00分 alone
            labels, rows, units = [], [], {}
            for f, label in group:
                while label in labels:
                    label += "*"
                labels.append(label)
                rows.append([label, f.text])
                units[label] = f.unit
            drafts.append(section.draft("figures", "figures", f"{labels[0]}等数字", ["项目", "数值"], rows,
                                        [f.start for f, _ in group], unit=units,
                                        confirm=["title", "labels: say what each number counts"]))
        group = [item] if item is not None else []
    return drafts


def _surveyed(section: Section, figure) -> bool:
    """面向全国1606名大学生, 对2001人: who was asked, not a finding."""
    return figure.unit in ("名", "人", "位") and bool(_SURVEYED.search(section.text, 0, figure.start))


def _few(figure) -> bool:
    """3个议题, 31个省, 一周3次: a count of things, a rank, not a figure to chart."""
    return figure.unit in _ITEMS and figure.text.isdigit() and int(figure.text) < 100
