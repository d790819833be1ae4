"""Headline findings: 75.8%的受访者表示…; 其中15.0%的受访者觉得非常多 -> separate findings."""

from __future__ import annotations

import re

from charts.article.extract.labels import BYLINE, quoted_answer
from charts.article.extract.section import Draft, Section
from charts.numbers.grammar import ARABIC

_SHARE_VERBS = ("表示", "觉得", "认为", "坦言", "直言", "坦承", "指出", "称", "选择")
# groups: 其中, the share, 受访者, the verb, what they said
# Who answered: 受访者, and the groups surveys name instead (受访家长, 受访青年, 大学生, 市民…),
# perhaps after a word of place (内地受访者); the share may be in brackets after words that
# say it (超过半数(62.7%)的受访者). Longest first.
RESPONDENTS = ("受访青少年", "受訪青少年", "受访大学生", "受訪大學生", "受访家长", "受訪家長", "受访青年", "受訪青年",
                "受访学生", "受訪學生", "被调查者", "被調查者", "受访者", "受訪者", "大学生", "大學生", "家长", "家長",
                "青少年", "青年", "市民", "居民", "消费者", "消費者", "民众", "民眾", "网民", "網民", "网友", "網友", "用户",
                "用戶")
# Who answered and how many of them, no answer: 大多数受访者(45.5%)支持…, 超过一半的受访者(50.7%)认为…,
# 成为过半受访者(55.3%)的选择: the answer is told after the share, never before it
WHO_ONLY = re.compile(rf"(?:成为|成為)?(?:约|約|近|超过|超過|逾|过|過|仅|僅|只有|有)?"
                      rf"(?:半数|一半|大多数|大多數|多数|多數|过半|過半|少数|少數|最多|最少)的?(?:{'|'.join(RESPONDENTS)})|"
                      r"(?:占|佔)?(?:受访者|受訪者|被调查者|被調查者)")  # a group (青年, 家长) is a label
# A share as the article words it before the exact one in brackets (六成多(62.7%), 近六成(58.5%),
# 逾半數(51%)): the share's rounding, no label of it
WORDED_SHARE = re.compile(r"(?:约|約|近|逾|超过|超過|超|过|過|将近|將近|接近|不到|不足|仅|僅|只有|有)?"
                          r"(?:[一二两兩三四五六七八九]成[一二三四五六七八九半多]?|半数|半數|过半|過半|近半|一半)"
                          r"(?:以上|左右|多)?(?:的?人)?")
HEADLINE = re.compile(rf"(其中)?(?<![0-9.])({ARABIC})%(?:以上|以下|左右)?\)?的?(?:[\u4e00-\u9fff]{{0,2}}?)({'|'.join(RESPONDENTS)})"
                      rf"((?:{'|'.join(_SHARE_VERBS)})了?)?((?:(?![(、][0-9]|{BYLINE})[^,。;])+)")  # 选择了省内出行: 了 goes with the verb;
# 表示不滿意(18.4%不太滿意、…)、13.8%未表態: the answer ends where its parts or the next share begin

# An answer that is a band of amounts or counts after 为 (…的份子钱为500元~1500元, 为3000元以上): the band
_BAND_IS = re.compile(r"^[^为為]{0,20}?[为為](?=[0-9]+(?:\.[0-9]+)?[^0-9,]{0,3}(?:[~～—-]|至|到|以上|以下|及以上|及以下))")

# The rest of a question's answers, said without naming who answered.
_OTHERS = re.compile(rf"(?:另有|还有|仅有|只有)(?<![0-9.])({ARABIC})%(?:的人)?(?:坦言|表示|觉得|认为|称|选择)?([^,。;]+)")
_CHOSE = re.compile(rf"选择“([^”]+)”的(?:只有|仅有|占|为|有)?(?<![0-9.])({ARABIC})%")


def read(section: Section) -> list[Draft]:
    """The section's findings, each share once: a draft of each sentence that gives two or more (the
    answers of one question are told together), the sentences of one share in a draft of their own."""
    groups, seen = [], set()
    for begin, sentence in section.sentences:
        rows, offsets = [], []
        groups.append((rows, offsets))
        found = []  # (where, label, share)
        for match in HEADLINE.finditer(sentence):
            if match.group(1) and re.search(r"[0-9]%", sentence[:match.start()]):
                continue  # 86.1%…，其中33.4%的受访者表示非常多: a part of the share before, no answer of its own
            group = re.sub(r"^%(?:以上|以下|左右)?", "", sentence[match.end(2):match.start(3)]).strip("%)的")
            # 73.0%的男性受访者关注…: the group is part of what the share says
            said = match.group(5)
            if said in _SHARE_VERBS or not said.strip():  # 43.9%的受访者认为,他们…: said in the next clause
                said = re.match(r"[,:]?([^,。;]*)", sentence[match.end():]).group(1) or said
            said = _BAND_IS.sub("", said)  # 随过金额最高的份子钱为500元~1500元: the answer is the band
            label = (group + match.group(3) if group else "") + said
            label = quoted_answer(sentence, match.end(2)) or label  # 印象是“货真价实,体验很好”: the answer
            found.append((match.start(2), ("其中" if match.group(1) else "") + label, match.group(2)))
        for match in _OTHERS.finditer(sentence):  # 另有10.1%坦言不太关注
            found.append((match.start(1), match.group(2), match.group(1)))
        for match in _CHOSE.finditer(sentence):  # 选择“不太关注”的只有6.9%
            found.append((match.start(2), match.group(1), match.group(2)))
        for at, label, share in sorted(found):
            offset = begin + at
            if offset in section.used or share in seen:
                continue
            seen.add(share)
            rows.append([label, share])
            offsets.append(offset)
    drafts = [(rows, offsets) for rows, offsets in groups if len(rows) >= 2]
    singles = [(rows[0], offsets[0]) for rows, offsets in groups if len(rows) == 1]
    if len(singles) >= 2:
        drafts.append(([row for row, _ in singles], [at for _, at in singles]))
    elif singles and drafts:  # one lone share: with the findings told nearest it
        row, at = singles[0]
        rows, offsets = min(drafts, key=lambda draft: min(abs(at - o) for o in draft[1]))
        place = sum(o < at for o in offsets)
        rows.insert(place, row)
        offsets.insert(place, at)
    return [_draft(section, rows, offsets) for rows, offsets in sorted(drafts, key=lambda draft: draft[1][0])]


def _draft(section: Section, rows: list, offsets: list[int]) -> Draft:
    return section.draft("findings", "bar", f"{rows[0][1]}%受访者{rows[0][0]}", ["说法", "占比"], rows, offsets,
                         unit="%", sample_size=section.sample_size,
                         confirm=["title", "labels: shorten; a 其中 row is part of the row before it"])  # (其中 opening a sentence)
