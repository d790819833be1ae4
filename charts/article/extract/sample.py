"""How many a survey asked: the sample size a chart's note gives (样本量). Surveys state it in
a few frames, read on the section's text (folded to Simplified):

    对2001人进行的一项调查, 对1994名孩子家长进行的, 面向全国1606名大学生发起问卷调查
    在参与调查的1000名市民中, 本次调查共有2001人参与, (weaker) 1000名受访者
    共回收有效电子问卷1790份, 合计回收有效样本72242个, 样本量为2000
    成功访问了272位…居民, 共成功访问1,078个样本, 共完成1087个样本

A number that counts something else (访问了3次, 对1500名职工开展了技能培训) is not a sample: the
frame must say a survey was made of them, or the count must be a survey's (问卷, 样本). Under
30 is no survey's sample."""

from __future__ import annotations

import re

# A whole number: not the tail of a longer one (tried from every digit of a long run, it was
# quadratic), nor its head (2,0001 is no 2,000).
_COUNT = r"(?<![0-9,.])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9]|,[0-9])"
_WHO = r"(?:名|位|个|人)"
_FRAMES = [re.compile(p) for p in (
    # 对/面向 N 名… then what was done to them: 进行/开展/发起 a survey
    rf"(?:对|面向|向)(?:全国|全省|全市|各地)?{_COUNT}{_WHO}[^,;。!?]{{0,16}}?(?:进行|开展|发起|展开|实施|做了)"
    rf"[^,;。!?]{{0,24}}?(?:调查|调研|民调|问卷|访问|访谈)",
    rf"(?:对|面向|向)(?:全国|全省|全市|各地)?{_COUNT}{_WHO}[^,;。!?]{{0,16}}?的(?:一项|一次|本次)?(?:问卷)?"
    rf"(?:调查|调研|民调|访问|访谈)",
    rf"共(?:计|有|计有){_COUNT}{_WHO}[^,;。!?]{{0,8}}?受访",
    rf"(?:参与|参加|接受)(?:了)?(?:本次|这次|此次)?(?:调查|访问|问卷调查|访谈)的{_COUNT}{_WHO}",
    rf"(?:回收|收回|收集|收到|获得|共有)(?:了)?(?:有效)?(?:电子|网络|纸质|线上)?(?:问卷|样本|答卷)(?:共)?{_COUNT}(?:份|个|人)",
    rf"(?:样本量|样本数|样本总量|有效样本量|有效样本数|样本规模)(?:为|是|达|共|约)?{_COUNT}",
    rf"(?:成功|共)(?:访问|访问了|访问到|调查了|完成了?|采访了?)\s?{_COUNT}\s?{_WHO}",
    rf"(?:调查|问卷|调研|民调)(?:共|一共|总共)?(?:有)?{_COUNT}{_WHO}(?:参与|参加|作答|填写|填答)",
)]
# Weaker: N名受访者 may be a part of the sample (有1200名受访者表示支持): only where no frame
# above states the whole.
_RESPONDENTS = re.compile(rf"{_COUNT}名受访者")


def sample_size(text: str) -> tuple[int, int] | None:
    """(size, offset of its digits) of the first frame that states one, else None."""
    found = []
    for frame in _FRAMES if any(f.search(text) for f in _FRAMES) else [_RESPONDENTS]:
        match = frame.search(text)
        while match and int(match["n"].replace(",", "")) < 30:
            match = frame.search(text, match.end())
        if match:
            found.append((match.start("n"), int(match["n"].replace(",", ""))))
    if not found:
        return None
    at, size = min(found)
    return size, at


def is_sample(text: str, digits_start: int) -> bool:
    """Whether the figure whose digits start at `digits_start` is the sample size of a frame."""
    return any(m.start("n") == digits_start for frame in (*_FRAMES, _RESPONDENTS)
               for m in frame.finditer(text, max(0, digits_start - 30), min(len(text), digits_start + 40)))


# How sure a poll is of its figures, no finding of it: 在95%信心水准下, 95%置信水平, 抽样误差为
# 正负3个百分点, 误差在±3%以内 (read on the text folded to Simplified)
_METHOD = [re.compile(p) for p in (
    r"(?:信心|信赖|置信)(?:水准|水平|度|区间)(?:为|是|在)?\s?(?P<n>[0-9]{2}(?:\.[0-9]+)?)\s?%",
    r"(?P<n>[0-9]{2}(?:\.[0-9]+)?)\s?%\s?(?:的)?(?:信心|信赖|置信)(?:水准|水平|度|区间)",
    r"误差(?:范围|值)?(?:为|在|约为|约|是|不超过|小于)?(?:正负|±|\+/-|\+-|加减)\s?(?P<n>[0-9]+(?:\.[0-9]+)?)\s?(?:%|个百分点)",
)]


def method_figures(text: str) -> list[int]:
    """Offsets of the digits of a poll's confidence level and margin of error."""
    return [m.start("n") for frame in _METHOD for m in frame.finditer(text)]
