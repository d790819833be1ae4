"""Units an editor states apart from the figures: in a column header's bracket (绝对数(亿元),
规模(亿)), in a row label's (幼儿园(万所)), and units no article prints beside a figure (指数).
"""

from __future__ import annotations

import re

from charts.article.read import folded, normalise

# What a header's bracket holds when it is a unit: a measure word, perhaps scaled (万吨, 亿立方米)
_UNIT = re.compile(r"[万亿千百十]*[^\W\d_]{0,3}(?:元|人|个|家|吨|件|次|户|所|名|岁|年|天|公里|平方米|立方米|千瓦时|"
                   r"公顷|亩|百分点|%)")
# Units that name what a figure is, not a measure printed after it: 指数 is read 54.75
BARE_UNITS = ("指数", "指數")


def header_unit(header: str) -> str | None:
    """The unit a column header states: 绝对数(亿元) -> 亿元, 规模(亿) -> 亿, 比上年增长% -> %;
    else None (2010年(六普) names a period, not a unit)."""
    text = normalise(header)
    bracketed = re.search(r"\(([^()0-9]{1,6})\)$", text)
    simplified = folded(bracketed.group(1)) if bracketed else ""  # 萬戶 reads as 万户
    if bracketed and (_UNIT.fullmatch(simplified) or re.fullmatch("[万亿]+", simplified)):
        return bracketed.group(1)
    return "%" if text.endswith("%") else None


def unit_dropped(label: str) -> str:
    """A row label without the unit it states in brackets: 幼儿园(万所) is named 幼儿园 in the
    text (全国幼儿园共29.48万所); a bracket that is not a unit (“银发网民”(50岁以上)) stays."""
    text = normalise(label)
    bracketed = re.search(r"\(([^()]{1,6})\)$", text)
    return text[:bracketed.start()] if bracketed and header_unit(text) == bracketed.group(1) and \
        text[:bracketed.start()] else label
