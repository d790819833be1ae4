"""The figure grammar: how Chinese articles and specs write a number.

A figure is digits (21.6, 954.98) or numerals (两, 三百), perhaps after a qualifier (约 近
超过 超), with 多 or 余, a big unit (万 亿) and, in running text, a unit (% or a measure word:
立方米, 名, 家); or a share in tenths (七成, 近九成, 三成多: unit 成, the number 70, 90, 30).
A share may end in a bound (七成以上, 60%左右: approximate, like 约); a ratio takes 倍 (2.5倍,
a comparison, never a level or a share).
This module is the only place that knows it, so the spec's table, the planner,
verify and extract all read figures the same way:

    parse_value(cell)            one cell of a spec             "600多" -> Value(600, "600多")
    figures_in(text)             every figure in running text   FigureInText(start, end, …)
    ranges_in(text)              30%-40%, 三至四成, 20~29岁: two ends, not two findings
    occurrences(text, printed)   a printed figure, standing whole in the text
    is_stated_change(text, at)   增加了0.8亿件 states a change; 增长到6.4亿件 a level
    in_arabic(line)              一一六．五二萬元 -> 116.52萬元, as a reader reads the article
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

ARABIC = r"[0-9]+(?:\.[0-9]+)?"  # digits as printed; extract composes its sentence shapes with it
QUALIFIERS = ("超过", "超過", "至少", "接近", "将近", "將近", "不到", "不足", "约", "約", "近", "超", "逾")  # longest first: 超过 is one qualifier, not 超 + 过
MEASURES = tuple("吨标准煤 噸標準煤 吨公里 人公里 人次 架次 艘次 班次 车次 車次 场次 場次 千瓦小时 千瓦小時 千瓦·时 千瓦·時 千瓦时 千瓦時 千瓦 千公顷 千公頃 千吨 千噸 公顷 公頃 千克 公斤 标准箱 標準箱 标箱 標箱 美元 港元 欧元 歐元 "
                 "天 微克每立方米 毫克每立方米 微克/立方米 毫克/立方米 μg/m³ μg/m3 mg/m³ mg/m3 日元 立方米 平方公里 平方米 公里 千米 吨 噸 元 人 名 "
                 "个小时 個小時 个月 個月 个 個 家 期 场 場 户 戶 座 宗 趟 次 项 項 所 辆 "
                 "輛 亩 份 件 台 m³ m3 km² km2 km mm 小时 小時 分钟 分鐘 週 "
                 "套 张 張 本 册 冊 篇 例 起 批 条 條 处 處 栋 棟 间 間 头 頭 只 株 艘 架 门 門 "
                 "分贝 分貝 毫米 厘米 米 部 位 款 种 種 颗 顆 枚 箱 对 對 ℃ °C 摄氏度 攝氏度".split())  # a temperature's 零下 sign: BELOW_ZERO
# Words that make the figure after them a change, not a level (增加了0.8亿件), Traditional too.
# 年增/年減 (year on year) and 月增/月減 are how Taiwan's papers give a change (年增2.51%).
# How climate and water bulletins give a year against the normal (比常年偏少9%): a change, 偏少/偏低 a fall
AGAINST_NORMAL = ("偏多", "偏少", "偏高", "偏低")
CHANGE_WORDS = ("增加", "减少", "增长", "下降", "提高", "降低", "減少", "增長", "上升", "回落", "上涨", "上漲", "下跌",
                "增产", "增產", "减产", "減產", "年增", "年减", "年減", "月增", "月减", "月減", "减低", "減低", "提升", "下滑",
                "负增长", "負增長", "下挫", "萎缩", "萎縮", "缩减", "縮減", "扩大", "擴大", "缩小", "縮小", "涨", "漲", "跌",
                "负成长", "負成長", "拉低", "流失", *AGAINST_NORMAL)  # 實質負成長0.04%,拉低經濟成長0.01個百分點
# The change words that say "less" (减低 is 降低 as some bulletins write it).
FALLING_WORDS = ("减少", "下降", "降低", "減少", "回落", "下跌", "减产", "減產", "年减", "年減", "月减", "月減", "减低",
                 "減低", "下滑", "负增长", "負增長", "下挫", "萎缩", "萎縮", "缩减", "縮減", "缩小", "縮小", "跌",
                 "负成长", "負成長", "拉低", "流失", "偏少", "偏低")
# The same words as regular-expression alternations, for readers that build sentence shapes
# around a change (增长5.38%, 分别下降…): one list, so every reader knows the same verbs.
CHANGE = "|".join(CHANGE_WORDS)
FALLING = "|".join(FALLING_WORDS)
# A change of a share, never a share itself: 上升2.15个百分点. Longest first, before the measure 个.
# Hong Kong's pollsters say 個百分比 for points (民望淨值為負31個百分比, 上升25個百分比).
POINTS = ("个百分点", "個百分點", "个百分比", "個百分比", "百分点", "百分點")

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000,  # Traditional too
              "万亿": 10**12, "萬億": 10**12}  # 3万亿元: a trillion, not 3万 and a stray 亿
_BIG = "万亿|萬億|[万亿萬億]"
_NUMERAL_CHARACTERS = "零〇一二两兩三四五六七八九十百千"
_NUMERALS = f"[{_NUMERAL_CHARACTERS}]+"
# A score (7.39分, 满意度85.4分); not 分钟, 分之, 分别, 分析…: 分 begins many words.
_SCORE = "分(?![钟鐘之别別析布配享类類成为為期批开開散解担擔红紅数數])"
_HOURS = ("时", "時", "点", "點", ":")  # before the minutes of a time of day (18時30分)
# 约为645元, 約有41%, 超过了19000元: the verb after the qualifier is part of how the figure is printed
# The qualifiers as patterns: 超 only where no word ends in it (出超1571.4億美元 is a trade surplus,
# 赶超 and 高超 no bound: their 超 qualifies nothing)
QUALIFIER_PATTERNS = tuple(q if q != "超" else "(?<![出入赶趕高])超" for q in QUALIFIERS)
_QUALIFIER = rf"(?:(?P<before>{'|'.join(QUALIFIER_PATTERNS)})(?:为|為|有|了)?)?"
# A bound after a share: 七成以上, 60%以下, 三成左右 (approximate, as 约 is). After a count it is
# the label's (一周熬夜3次以上, 65岁及以上), so only shares take it.
BOUNDS = ("以上", "以下", "左右")
_BOUND = rf"(?P<bound>{'|'.join(BOUNDS)})?"
RATIO = "倍"  # 2.5倍: how many times another figure, a comparison
_NOT_A_TAIL = r"(?<![0-9.])"  # not the end of a longer number (the 3 of 2021.3, the 21.6 of 121.6)

# A cell holds one figure and nothing else, so numerals stand alone there ("十二").
# Tenths of a whole, as surveys word a share: 七成 = 70%, 近九成, 三成多 (not 成本, 成立, 成功…).
_TENTHS = "成(?![本立功员員果绩績交熟长長就品型]|不变|不變)"
TENTH_DIGITS = "一二两兩三四五六七八九十"  # the numeral before 成 in running text (七成, 十成)
# A cell may also say how it was rounded in words the running text's figures do not take as
# qualifiers (突破3000万, 大约5, 少于15, 6000上下), put 多 before the big unit (300多万, as
# 600多亿 in text), or give a share as a fraction or a half (三分之一, 超过半数, 一半).
_ONLY_IN_CELLS = ("突破", "大约", "大約", "少于", "少於", "多于", "多於", "高达", "高達")
_CELL_QUALIFIERS = QUALIFIERS + _ONLY_IN_CELLS
_CELL_QUALIFIER = rf"(?:(?P<before>{'|'.join(QUALIFIER_PATTERNS + _ONLY_IN_CELLS)})(?:为|為|有|了)?)?"
CELL_BOUNDS = BOUNDS + ("上下",)  # a cell's bound, and where a figure's unit goes before it (6000万人上下)
_CELL_BOUND = rf"(?P<bound>{'|'.join(CELL_BOUNDS)})?"
_FRACTION = "(?P<denominator>[二三四五六七八九十])分之(?P<numerator>[一二三四五六七八九])|(?P<half>一半|半数|半數)"
_CELL = re.compile(rf"{_CELL_QUALIFIER}(?:(?P<digits>{ARABIC}|{_NUMERALS})(?:(?P<tenths>成)(?P<tenth>[一二三四五六七八九1-9])?)?"
                   rf"(?P<more>多|余|餘)?(?P<big>{_BIG})?(?P<more_after>多|余|餘)?|{_FRACTION}){_CELL_BOUND}")
# A qualifier and a bound that say opposite things (多于七成以下, 少于一半上下)
_CONTRADICTS = {**dict.fromkeys(("多于", "多於", "超过", "超過", "超", "逾", "突破", "高达", "高達", "至少"), ("以下", "上下")),
                **dict.fromkeys(("少于", "少於", "不到", "不足", "近", "接近", "将近", "將近"), ("以上", "上下"))}
_SHARE_IN_WORDS = re.compile(r"成|分之|半")  # 七成, 三分之一, 一半: the words say it is a share


def _not_after_numeral(also: str = "") -> str:
    """A lookbehind: not right after a numeral (nor after any of `also`), so a run of numerals
    is read from its first character only."""
    return f"(?<![{_NUMERAL_CHARACTERS}○{also}])"


# In running text a numeral alone is a word (一个, 三四线城市): it is a figure only before
# 万, 亿, 多 or 余. 多 may come before the big unit (600多亿) or after it (两万多).
# A run of numerals is only tried from its first character: tried from each, a long run (一一一…)
# with no 万 after it was scanned to its end again and again (quadratic).
_RUN_START = _not_after_numeral()
_VOTES = r"票(?![房价價据據务務面证證])"  # 558萬6019票: votes (not 5.53亿票房, a box office in 元)
_TEXT = (rf"(?:(?P<digits>{ARABIC}|{_RUN_START}{_NUMERALS}(?=[万亿萬億多余餘]))"
         rf"(?P<more>多|余|餘)?(?P<big>{_BIG})?(?P<more_after>多|余|餘)?"
         rf"(?:(?P<share>%)(?P<share_bound>{'|'.join(BOUNDS)})?|(?P<unit>‰|{RATIO}|{'|'.join(POINTS + MEASURES)}|{_VOTES}|{_SCORE}))?"
         rf"|(?P<tenth_digits>[{TENTH_DIGITS}])(?P<tenths>{_TENTHS})(?P<tenths_more>多|余|餘)?{_BOUND})")
_IN_TEXT = {whole: re.compile(_QUALIFIER + (_NOT_A_TAIL if whole else "") + _TEXT) for whole in (False, True)}
# 收窄13.1个和13.0个百分点: the first 个 is 个百分点 said once for the list.
# (eight at most: a list re-read from each of its figures must not grow with its square)
_POINTS_LATER = re.compile(rf"(?:[和、及与與或][-−负負]?{ARABIC}[个個]){{0,8}}[和、及与與或][-−负負]?{ARABIC}[个個]?(?:百分点|百分點|百分比)")
# 3个月饼: 个 counts mooncakes (月台, 月光, 小时工 are rarer than 前4个月台湾, 8个小时工作制)
_NOT_DURATION = {"个月": "饼餅", "個月": "饼餅"}
_MINUTES = ("分钟", "分鐘", "分")
_DURATION_PARTS = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:个|個)?(?:小时|小時)[0-9]+分")  # 7小时13分钟, 6小时36分
# 9部门联合, 3位数: the word goes on, no measure (部门, 部委, 位数)
_NOT_A_MEASURE = {"部": "门門委分队隊长長", "位": "数數置於于", "种": "子植", "種": "子植", "米": "饭飯粉"}
_LISTED = re.compile(rf"{_NOT_A_TAIL}{ARABIC}%?[、及和与]$")  # 7.0、 before the 6.5 of 增加7.0、6.5


@dataclass(frozen=True)
class Value:
    """A number on a chart. `worded` keeps the article's words for an approximate figure."""

    number: Decimal
    worded: str | None = None

    @property
    def approximate(self) -> bool:
        return self.worded is not None

    @property
    def share_in_words(self) -> bool:
        """Whether the article's words say the figure is a share (近七成, 三分之一, 超过半数): no %
        is printed after them."""
        return self.worded is not None and share_in_words(self.worded)

    @property
    def written_decimals(self) -> int:
        exponent = self.number.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


def bound_apart(printed: str, unit: str) -> tuple[str, str]:
    """(figure, bound) of a figure as printed, where a unit goes between them: 6000上下 in 万人 is
    read 6000万人上下, 60左右 in % 60%左右 (the unit after the number, the bound last); a share in
    words keeps its bound (七成以上)."""
    found = re.fullmatch(rf"(.*[0-9{_NUMERAL_CHARACTERS}万亿萬億多余餘])({'|'.join(CELL_BOUNDS)})", printed)
    if not found or not unit or share_in_words(printed):
        return printed, ""
    return found.group(1), found.group(2)


def share_in_words(printed: str) -> bool:
    """Whether a figure as printed says in words that it is a share (七成, 三分之一, 一半)."""
    return bool(_SHARE_IN_WORDS.search(printed))


@dataclass(frozen=True)
class FigureInText:
    """One figure of running text, in its parts: 约 | 600 | 多 | 亿 | | 立方米."""

    start: int  # its first character, the qualifier's if it has one
    end: int  # after its unit
    digits_start: int
    digits: str  # as printed: 954.98, 两
    before: str = ""  # 约 近 超过 超
    more: str = ""  # 多 or 余 before the big unit (600多亿)
    big: str = ""  # 万 or 亿
    more_after: str = ""  # 多 or 余 after it (两万多)
    unit: str = ""  # % or a measure word
    bound: str = ""  # 以上, 以下 or 左右 after a share

    @property
    def digits_end(self) -> int:
        return self.digits_start + len(self.digits)

    @property
    def arabic(self) -> bool:
        return self.digits[0].isdigit()

    @property
    def number(self) -> Decimal:
        number = Decimal(self.digits) if self.arabic else Decimal(_chinese_integer(self.digits))
        if self.unit == "成":
            return number * 10  # 七成 is 70 (%)
        return number * BIG_UNITS[self.big] if self.big else number


def _chinese_integer(text: str) -> int:
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
    return total + (digit or 0)


# Figures some papers print in numerals throughout (Taiwan's print style): a decimal
# (一一六．五二 digit by digit, 二十七．六五 with 十, ○．四), a year (二○二四年) and a whole
# share (二十％). A numeral before 萬 or 億 the grammar reads as it stands (約四萬元).
_NUMERAL_DIGITS = "〇○零一二三四五六七八九"
_NUMERAL_DECIMAL = re.compile(rf"{_not_after_numeral()}([{_NUMERAL_DIGITS}两十百千]+)[.．]([{_NUMERAL_DIGITS}]+)")
_NUMERAL_YEAR = re.compile(rf"{_not_after_numeral()}([一二][{_NUMERAL_DIGITS}]{{3}})(?=年)")
_NUMERAL_SHARE = re.compile(rf"{_not_after_numeral('之')}([{_NUMERAL_DIGITS}两十百]+)(?=[%％])")
# A count in hundreds or thousands before the word for people or households (一千零八十人, the
# sample): never 一人, 三戶 (words as often as counts).
_NUMERAL_COUNT = re.compile(rf"{_not_after_numeral('数數几幾')}([一二两三四五六七八九][百千][{_NUMERAL_DIGITS}十百]*)"
                            rf"(?=[人名户戶位份])")


# Taiwan's papers print more of their figures in numerals: 點 for the decimal point (八點七倍,
# 九八點九九; not 九點半 or 十點三十分, hours), 百分之 before a share (百分之○點○四; not the idiom
# 百分之百), 千分之 before a rate per thousand (千分之5.03), 卅 and 廿 for 30 and 20 (卅四人), and
# counts digit by digit, 萬 between the groups (一一七一萬七五九八人, 三萬五九一五人, 四一三八人:
# three digits at least, before a measure word).
_COUNTED = "人名户戶位份元件家次个個所"
_RATIO_MARK = re.compile(r"(?<=[0-9%])∶(?=[0-9])")  # 22.3%∶55.1%: the ratio sign (U+2236) is a colon
_MIDDLE_POINT = re.compile(r"(?<=[0-9])[·・•](?=[0-9])")  # 上涨1·8%: a middle dot set for the decimal point
# 淨值為負24個百分點, 分別為負24、負27: after a verb or a list's mark (not 正負3%, ±3%; not 3勝負2場)
# The signs a page prints a negative figure with, once in_arabic has read 负 and a dash after a verb
MINUS_SIGNS = "-−"
BELOW_ZERO = "零下"  # 零下12.3℃ is -12.3℃
_THRESHOLD = "≥≤><⩾⩽"
_MINUS_WORD = re.compile(r"(?:(?<=[为為是值至到、,，:：(（及和与與或率])|^)[负負](?=[0-9])")  # 增加率負1.5‰ too
# An en or em dash set as a minus sign after a verb or a mark (增长–7.5%, 自然增长率为—3.19‰) is
# one; between two figures or dates it is a range's (0—14岁, 10月1日—4日)
_MINUS_DASH = re.compile(r"(?<=[为為是值至到、,，:：(（长長])[–—](?=[0-9])")
_NUMERAL_POINT = re.compile(rf"{_not_after_numeral()}([{_NUMERAL_DIGITS}两十百千]+)[點点]([{_NUMERAL_DIGITS}]+)"
                            rf"(?![{_NUMERAL_DIGITS}十百千分刻钟鐘半點点])")
_PERCENT_RANGE = re.compile(rf"百分之([{_NUMERAL_DIGITS}两十]+)([至到])([{_NUMERAL_DIGITS}两十]+)(?![{_NUMERAL_DIGITS}十百千])")
_PERCENT_WORDS = re.compile(rf"百分之(?!百)([0-9]+(?:\.[0-9]+)?|[{_NUMERAL_DIGITS}两十]+)(?![0-9.{_NUMERAL_DIGITS}十百千])")
_PERMILLE_WORDS = re.compile(rf"千分之([0-9]+(?:\.[0-9]+)?|[{_NUMERAL_DIGITS}两十]+)(?![0-9.{_NUMERAL_DIGITS}十百千])")
_SCORE_TENS = re.compile(rf"[卅廿](?=[{_NUMERAL_DIGITS}萬万{_COUNTED}%％])")  # 卅四人, 卅%
_NUMERAL_GROUPS = re.compile(rf"{_not_after_numeral('第')}([{_NUMERAL_DIGITS}]{{1,4}})[萬万]([{_NUMERAL_DIGITS}]{{4}})"
                             rf"(?=[{_COUNTED}])")
_NUMERAL_RUN = re.compile(rf"{_not_after_numeral('第萬万億亿')}([{_NUMERAL_DIGITS}]{{3,}})(?=[萬万億亿]?[{_COUNTED}])")
# 六个百分点, 十五个百分点; never two numerals side by side (两三个百分点, 一两个: a range, no figure)
_NUMERAL_POINTS = re.compile(rf"{_not_after_numeral()}([一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])"
                             rf"(?=[个個]?百分[点點])")
_NUMERAL_TENS = re.compile(rf"{_not_after_numeral()}([一二三四五六七八九]?十[一二三四五六七八九]?)(?=[人名户戶位份])")
# A share in tenths and a tenth more: 二成五 is 25%, 七成一 71% (not 一成一致, 三成一样: words).
_TENTHS_AND = re.compile(rf"{_not_after_numeral()}([一二三四五六七八九])成([一二三四五六七八九])"
                         rf"(?![致样樣起直定般些半旦切同律再次个個成])")
# The same in digits, as Taiwan's papers print it (a bracket after it restating the share,
# as above): 7成6 is 76%, 約4成8 about 48% (4成 1, a page's
# stray space kept), not 7成 and a 6 of its own (nor 7成6月, a month after it, nor 近3成 5歲以下:
# a count after it).
_DIGIT_TENTHS_RESTATED = re.compile(r"(?<![0-9.])[1-9]\s?成\s?[1-9半]?\s?[(（]\s?([0-9]+(?:\.[0-9]+)?)\s?[%％][)）]")
_DIGIT_TENTHS_AND = re.compile(r"(?<![0-9.])([1-9])\s?成\s?([1-9])(?!\s*(?:[0-9.%％月日号號時时点點岁歲年週周万萬亿億]|"
                               + "|".join(sorted(MEASURES, key=len, reverse=True)) + "))")

# A share in tenths with the exact share in brackets after it, as Hong Kong polls print them:
# 三成六(35.9%), 兩成半(25.0%), 三成(30.0%) are the bracket's figure (近七成(68.5%) keeps its words:
# an editor may chart those as the article words them).
_TENTHS_RESTATED = re.compile(rf"{_not_after_numeral('近约約超逾')}[一二两兩三四五六七八九]成[一二三四五六七八九半]?"
                              rf"[(（]\s?([0-9]+(?:\.[0-9]+)?)\s?[%％][)）]")

# Thousands set off by commas (29,500港元, 10,065份): every group after the first of three digits,
# nothing but a digit-free character after it (12,5 or 2,3,4 are lists, not thousands).
_THOUSANDS = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|,[0-9])")
# Ten-thousands and thousands in digits, as Taiwan's statistics write a count: 40萬7千人 is
# 40.7萬人, 1萬2千5百人 1.25萬人 (not 40萬 and a 7 of its own).
_MYRIAD_THOUSANDS = re.compile(r"(?<![0-9.])([0-9]{1,4})\s?([萬万])\s?([0-9])千(?:\s?([0-9])百)?(?![0-9])")
# Ten-thousands and the rest in digits, as Taiwan's papers write an amount: 32萬312元 is 320312元,
# 1萬9224元 19224元, 3萬零50人 30050人 (read apart, 312元 would be a figure the article does not give).
_MYRIAD_AND = re.compile(r"(?<![0-9.])(?<![0-9],)([0-9]{1,4})[萬万](?:零([0-9]{1,4})|([0-9]{3,4}))(?![0-9.,萬万億亿千百年月日%至到~—–-])")
# A trillion and its hundred-millions, as Taiwan's papers write a sum: 1兆995.4億美元 is
# 10995.4億美元 (read alone, 995.4億 would be a figure the article does not give).
_TRILLION_AND = re.compile(r"(?<![0-9.])([0-9]{1,4}|[一二两兩三四五六七八九十]{1,3})\s?兆\s?([0-9]{1,4}(?:\.[0-9]+)?)\s?(?=[億亿])")
# Hundred-millions and their ten-thousands: 10亿3000万人 is 10.3亿人, 3亿零500万元 3.05亿元
# (read apart, 3000万人 would be a figure of its own).
_YI_AND_WAN = re.compile(r"(?<![0-9.])([0-9]{1,4})\s?([亿億])\s?零?([0-9]{1,4})\s?[万萬](?![亿億])")
# Digits and a numeral unit before 万 or 亿: 2千亿元, 1.5千万 (2000亿元, 1500万).
_DIGITS_THOUSANDS = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)([十百千])(?=[万亿萬億])")


def _numeral(text: str) -> str:
    if any(unit in text for unit in _SMALL_UNITS):
        return str(_chinese_integer(text.replace("○", "〇")))
    return "".join(str(_DIGITS[ch]) for ch in text)


def _plain(number: Decimal) -> str:
    """1500, not 1.5E+3."""
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def in_arabic(line: str) -> str:
    """A line with its figures in numerals written in digits: 一一六．五二萬元 -> 116.52萬元,
    二十七．六五 -> 27.65, ○．四％ -> 0.4％, 二○二四年 -> 2024年, 二十％ -> 20％, 2千亿 -> 2000亿,
    29,500港元 -> 29500港元, 八點七倍 -> 8.7倍, 百分之○點○四 -> 0.04%, 千分之5.03 -> 5.03‰, 卅四人 -> 34人,
    一一七一萬七五九八人 -> 11717598人, 40萬7千人 -> 40.7萬人, 32萬312元 -> 320312元, 1兆995.4億 -> 10995.4億, 10亿3000万 -> 10.3亿, 二成五 -> 25%, 7成6 -> 76%, 三成六(35.9%) -> 35.9%, 負24 -> -24, 增长–7.5% -> 增长-7.5%. Words that hold numerals (一一, 十分, 三四线)
    are left as they are: only a decimal point, a following 年 after four digits, a %, 百分之,
    a tenth after 成 or a count before its measure word makes numerals a figure."""
    line = _SCORE_TENS.sub(lambda m: "三十" if m[0] == "卅" else "二十", line)
    line = _MINUS_WORD.sub("-", line)
    line = _MINUS_DASH.sub("-", line)
    line = _MIDDLE_POINT.sub(".", line)
    line = _RATIO_MARK.sub(":", line)
    line = _NUMERAL_DECIMAL.sub(lambda m: f"{_numeral(m[1])}.{_numeral(m[2])}", line)
    line = _NUMERAL_POINT.sub(lambda m: f"{_numeral(m[1])}.{_numeral(m[2])}", line)
    line = _NUMERAL_GROUPS.sub(lambda m: str(int(_numeral(m[1])) * 10_000 + int(_numeral(m[2]))), line)
    line = _NUMERAL_RUN.sub(lambda m: _numeral(m[1]), line)
    line = _NUMERAL_TENS.sub(lambda m: _numeral(m[1]), line)
    line = _NUMERAL_POINTS.sub(lambda m: _numeral(m[1]), line)
    line = _TENTHS_RESTATED.sub(lambda m: f"{m[1]}%", line)
    line = _TENTHS_AND.sub(lambda m: f"{_DIGITS[m[1]]}{_DIGITS[m[2]]}%", line)
    line = _DIGIT_TENTHS_RESTATED.sub(lambda m: f"{m[1]}%", line)  # 5成2 (52%), as 三成六(35.9%)
    line = _DIGIT_TENTHS_AND.sub(lambda m: f"{m[1]}{m[2]}%", line)
    line = _PERCENT_RANGE.sub(lambda m: f"{_numeral(m[1])}%{m[2]}{_numeral(m[3])}%", line)
    line = _PERCENT_WORDS.sub(lambda m: f"{m[1] if m[1][0].isdigit() else _numeral(m[1])}%", line)
    line = _PERMILLE_WORDS.sub(lambda m: f"{m[1] if m[1][0].isdigit() else _numeral(m[1])}‰", line)
    line = _MINUS_WORD.sub("-", line)  # 為負百分之3.02, 為負千分之3.02: the sign of the share just read
    line = _NUMERAL_YEAR.sub(lambda m: _numeral(m[1]), line)
    line = _NUMERAL_COUNT.sub(lambda m: _numeral(m[1]), line)
    line = _THOUSANDS.sub(lambda m: m[0].replace(",", ""), line)  # first: 4萬7,709元 is 47709元
    line = _TRILLION_AND.sub(lambda m: _plain(Decimal(m[1] if m[1].isdigit() else _numeral(m[1])) * 10_000
                                              + Decimal(m[2])), line)  # 十三兆七○四九億: in numerals too
    line = _YI_AND_WAN.sub(lambda m: f"{_plain(Decimal(m[1]) + Decimal(m[3]) / 10_000)}{m[2]}", line)
    line = _MYRIAD_THOUSANDS.sub(lambda m: f"{m[1]}.{m[3]}{m[4] or ''}{m[2]}", line)
    line = _MYRIAD_AND.sub(lambda m: str(int(m[1]) * 10_000 + int(m[2] or m[3])), line)
    line = _DIGITS_THOUSANDS.sub(lambda m: _plain(Decimal(m[1]) * _SMALL_UNITS[m[2]]), line)
    return _NUMERAL_SHARE.sub(lambda m: _numeral(m[1]), line)


def parse_value(cell: object) -> Value | None:
    """A number, or an approximate figure worded as the article does; None if it is neither."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return Value(Decimal(cell))
    if isinstance(cell, Decimal):
        return Value(cell)
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if re.fullmatch(r"[-−]" + ARABIC, text):
        return Value(Decimal(text.replace("−", "-")))  # "-21.5": a fall written as text, as "21.6" is a number
    match = _CELL.fullmatch(_THOUSANDS.sub(lambda m: m[0].replace(",", ""), text))  # 約9,300 as printed
    if not match:
        return None
    denominator = _SMALL_UNITS.get(match["denominator"]) or _DIGITS.get(match["denominator"])  # 十分之一: 10
    if match["more"] and match["more_after"] or match["bound"] in _CONTRADICTS.get(match["before"] or "", ()) or \
            match["numerator"] and _DIGITS[match["numerator"]] >= denominator:
        return None  # 300多万多, 多于七成以下, 三分之四: no figure an article prints
    if not match["digits"]:  # 三分之一 is a third of the whole: 33.33 (%), 一半 50
        whole = Decimal(50) if match["half"] else \
            (Decimal(100 * _DIGITS[match["numerator"]]) / denominator).quantize(Decimal("0.01"))
        return Value(whole.to_integral() if whole == whole.to_integral() else whole, worded=text)
    num = match["digits"]
    number = Decimal(num) if num[0].isdigit() else Decimal(_chinese_integer(num))
    if match["tenths"]:
        number = number * 10 + (int(_DIGITS.get(match["tenth"], match["tenth"])) if match["tenth"] else 0)  # 七成四, 7成4: 74
    if match["big"]:
        number *= BIG_UNITS[match["big"]]
    if not (match["before"] or match["more"] or match["more_after"] or match["bound"] or not num[0].isdigit() or match["big"]
            or match["tenths"]):
        return Value(number)  # a plain number written as text, e.g. "21.6"
    return Value(number, worded=text)


def figures_in(text: str, start: int = 0, end: int | None = None, *,
               whole: bool = False) -> Iterator[FigureInText]:
    """Every figure in text[start:end], left to right.

    `whole` leaves out digits that continue a longer number: the 3 of 1.2.3, or the tail of
    a number `start` falls inside. Verify reads a title's figures whole; its clause scan and
    extract take what they find, as they always have.
    """
    for m in _IN_TEXT[whole].finditer(text, start, len(text) if end is None else end):
        if m["digits"] and (_named(text, m.start("digits")) or _NAMED_AFTER.match(text, m.start("digits"))):
            continue
        if m["tenths"]:  # 近七成: the share in tenths, its unit 成
            yield FigureInText(m.start(), m.end(), m.start("tenth_digits"), m["tenth_digits"], m["before"] or "",
                               more_after=m["tenths_more"] or "", unit="成", bound=m["bound"] or "")
            continue
        if m.start() and text[m.start() - 1] in _THRESHOLD:
            continue  # 日最高气温≥35℃的高温日数: a threshold that names what is counted, no figure of it
        if m["unit"] == "分" and text[m.start("digits") - 1:m.start("digits")] in _HOURS:
            continue  # 18時30分, 9点05分: a time of day, not a score
        if _DURATION_PARTS.match(text, m.start("digits")) or \
                (m["unit"] in _MINUTES and text.endswith(("小时", "小時"), 0, m.start("digits"))):
            continue  # 1小时50分钟: neither part is the figure (read apart, 50分钟 misstates it)
        if m["unit"] == "人" and text[m.end():m.end() + 1] == "民":  # 3万亿人民币: the currency, not people
            yield FigureInText(m.start(), m.end() - 1, m.start("digits"), m["digits"], m["before"] or "",
                               m["more"] or "", m["big"] or "", m["more_after"] or "")
            continue
        unit, end = m["share"] or m["unit"] or "", m.end()
        if unit in _NOT_DURATION and text[end:end + 1] and text[end] in _NOT_DURATION[unit]:
            unit, end = unit[0], m.start("unit") + 1
        if unit in _NOT_A_MEASURE and text[end:end + 1] and text[end] in _NOT_A_MEASURE[unit]:
            unit, end = "", m.start("unit")
        later = _POINTS_LATER.match(text, end) if unit in ("个", "個") else None
        if later:  # the word said once for the list: 个百分点, or 個百分比 as Hong Kong's pollsters say
            unit += "百分比" if later[0].endswith("比") else "百分点" if unit == "个" else "百分點"
        start = m.start()
        sign = _CURRENCY_SIGN.search(text, max(0, start - 6), start) if not unit and start == m.start("digits") else None
        if sign:  # $19800, HK$80.1, US$1,367: the sign before is the figure's unit (Hong Kong's $ is its 元)
            start, unit = sign.start(), "美元" if DOLLAR_SIGNS.get(sign["letters"]) == "美元" else "元"
        yield FigureInText(start, end, m.start("digits"), m["digits"], m["before"] or "", m["more"] or "",
                           m["big"] or "", m["more_after"] or "", unit,
                           bound=m["share_bound"] or "")


# The letters a page prints before a dollar sign, and the currency each names (US$1,367, HK$80.1,
# NT$3,000, MOP$50, S$12); a bare $ is the page's own dollar. Verify's cells and figure forms read this.
DOLLAR_SIGNS = {"US": "美元", "美": "美元", "HK": "港元", "港": "港元", "NT": "新台币", "新台": "新台币",
                "MOP": "澳门元", "澳": "澳门元", "S": "新加坡元"}
_CURRENCY_SIGN = re.compile(rf"(?P<letters>{'|'.join(DOLLAR_SIGNS)})?\$$")


# A digit or two glued to one capital letter after them name a thing too: 5G手机, 4K电视, 3D打印, 4S店
_NAMED_AFTER = re.compile(r"[0-9]{1,2}[A-Z](?![A-Za-z0-9])")


def _named(text: str, at: int) -> bool:
    """Digits glued to Latin letters before them name a thing (PM2.5, TOP15, G20; 5G's G is
    after: _NAMED_AFTER): they count nothing."""
    stop = max(0, at - 16)  # a name's digits are few: never walk back along a page of them
    while at > stop and text[at - 1] in "0123456789.":
        at -= 1
    return at > 0 and text[at - 1].isascii() and text[at - 1].isalpha()


# Between the two ends of a range: 30%-40%, 20~29岁, 三至四成, 15—59岁, 10%到20%.
# Every dash a page sets between two ends: hyphen-minus, minus sign (−), hyphens (‐ ‑), figure and
# en/em dashes, the horizontal bar (―), wave dashes (〜 ～ ⁓), and 至/到.
DASHES = re.escape("-−‐‑‒–—―~～〜⁓")  # escaped, for a character class
_RANGE_JOIN = re.compile(rf"\s?[{DASHES}至到]\s?")


def ranges_in(text: str) -> Iterator[tuple[FigureInText, FigureInText]]:
    """(low, high) of each range: a figure, a dash or 至, and a figure with the same unit (or
    the first with none: 30-40%). Neither end is a finding of its own: 20~29岁 names a
    group, 30%-40% bounds a share no single bar can show."""
    found = list(figures_in(text, whole=True))
    tenths = re.compile(rf"[一二两兩三四五六七八九十]{_TENTHS}")
    for low, high in zip(found, found[1:]):
        if _RANGE_JOIN.fullmatch(text, low.end, high.start) and low.unit in ("", high.unit) \
                and low.big in ("", high.big):
            yield low, high
    # 三至四成: the first end is a numeral alone, which running text does not take as a figure
    for m in re.finditer(rf"(?P<low>[一二两兩三四五六七八九十])[至到{DASHES}](?={tenths.pattern})", text):
        high = next(figures_in(text, m.end()), None)
        if high is not None and high.start == m.end():
            yield FigureInText(m.start(), m.end() - 1, m.start(), m["low"], unit="成"), high


def occurrences(text: str, printed: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `printed` stands as a figure of its own: 21.6% is not in
    121.6%, and 12 is not in 120."""
    after = r"(?![0-9])" if printed[-1:].isdigit() else ""
    if printed[-1:] in _NUMERAL_CHARACTERS:  # 三分之一 is not in 三分之一十
        after = f"(?![{_NUMERAL_CHARACTERS}])"
    signed = "$" in printed[:4]
    if signed:  # $2.25 is not in $2.25萬, $2.25k, $2.25%, $2.25多 or $2.25-$3; $1.98萬 not in $1.98萬億
        after = r"(?![0-9]|\.[0-9]|\s?[万萬亿億千仟百佰拾兆]|\s?[A-Za-z%/]|多|余|餘|\s?[-~～—–至到]\s?(?:[A-Z]{0,3}\$|[0-9]))" \
            if printed[-1:].isdigit() else r"(?![万萬亿億兆])"
    before = _NOT_A_TAIL + (r"(?<![A-Za-z$美币幣台澳港新])" if signed else "")  # not US$, S$, 美$, 人民幣$
    if printed[:1] in _NUMERAL_CHARACTERS:  # 十分之一 is not in 二十分之一, 一半 not in 另一半 (a partner)
        before += _not_after_numeral("另大")
    for m in re.finditer(before + re.escape(printed) + after, text):
        if printed.startswith(_CELL_QUALIFIERS) and _NEGATED.search(text, max(0, m.start() - 3), m.start()):
            continue  # 不少于6000人 is no 少于6000, 没有突破 no 突破
        if signed and _RANGE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # the end of a range ($15000-$20000, $1.2萬至$1.4萬) or a negative, no figure of its own
        if printed[:1] in _NUMERAL_CHARACTERS and text[m.start() - 1:m.start()] == "多" and \
                text[m.start() - 2:m.start() - 1] not in ("不", "最"):
            continue  # 多一半 is more than half (差不多一半, 最多三分之一 are about and at most)
        yield m.start(), m.end()


_NEGATED = re.compile(r"(?:不|没有|沒有|未|并未|並未|未能)$")
_RANGE_BEFORE = re.compile(r"(?:[-−]|[0-9][万萬亿億千]?\s?[~～—–至到])\s?$")


# Taiwan's and Hong Kong's papers give a change by one character (正向評價降3.6個百分點, 負面
#評價減4.4個百分點, 各增4000人); 新增 is a count of new things, not a change.
_ONE_CHARACTER = {"增": False, "升": False, "涨": False, "漲": False, "降": True, "减": True, "減": True, "跌": True,
                  "少": True}  # 同比少0.21%


# A change named after its figure: 出现了0.21%的小幅下降, 实现12%的增长
_CHANGE_AFTER = re.compile(rf"的(?:小幅|大幅|轻微|輕微|明显|明顯|较大|較大|同比)?(?P<word>{CHANGE})")  # 负增长 too


def _named_after(text: str, start: int, falling: bool | None) -> bool:
    figure = _IN_TEXT[True].match(text, start)
    after = _CHANGE_AFTER.match(text, figure.end()) if figure else None
    return after is not None and (falling is None or (after["word"] in FALLING_WORDS) == falling)


def is_stated_change(text: str, start: int) -> bool:
    """Whether the figure at `start` states a change rather than a level.

    A change word right before it, perhaps with 了 and a qualifier (增加了0.8亿件, 增长超10%,
    增加近百亿), and the figures listed after such a one (分别增加7.0、6.5及5.4个百分点). 增长到,
    增至, 减少为 and 达到 state the level reached.
    """
    return _stated(text, start, CHANGE_WORDS, falling=None) or _named_after(text, start, None)


def is_stated_fall(text: str, start: int) -> bool:
    """Whether the figure at `start` is stated as a fall (下降1.03%, 分别减少6.4及2.5个百分点):
    the way an article gives a negative figure."""
    return _stated(text, start, FALLING_WORDS, falling=True) or _named_after(text, start, True)


_LISTED_BACK = 12  # figures of a list looked back along for its verb (分别增加7.0、6.5及5.4)


def _stated(text: str, start: int, words: tuple[str, ...], falling: bool | None) -> bool:
    """Whether one of `words` comes right before the figure at `start` (a qualifier and 了
    between allowed), or before the figures listed ahead of it (a dozen at most: a page of
    1%、2%、… is walked back along no further)."""
    for _ in range(_LISTED_BACK):
        stated, listed = _stated_here(text, start, words, falling)
        if stated or listed is None:
            return stated
        start = listed
    return False


def _stated_here(text: str, start: int, words: tuple[str, ...], falling: bool | None) -> tuple[bool, int | None]:
    """(whether the verb stands right before the figure at `start`, else where the figure
    listed before it starts, or None)."""
    end = start
    for qualifier in QUALIFIERS:
        if text.endswith(qualifier, 0, end):
            end -= len(qualifier)
            break
    if text.endswith("了", 0, end):
        end -= 1
    if any(text.endswith(word, 0, end) for word in words):
        return True, None
    one = text[end - 1:end]
    if one in _ONE_CHARACTER and (falling is None or _ONE_CHARACTER[one] == falling) and text[end - 2:end - 1] != "新":
        return True, None
    listed = _LISTED.search(text, max(0, end - 24), end)
    return False, listed.start() if listed is not None else None
