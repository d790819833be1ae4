"""Every other share: the percentages no reader before this one placed, each labelled by the
general frames Chinese reports put around a share, whatever the words:

    after it     62.5%的受访者表示会…, 近七成(68.5%)受访青年认为…, 40.2%的事件发生在…
                 -> what the share says: the words after it, who answered left out
    in brackets  …其次是市内跨区出行(22.7%), 生活在省会城市(74.6%)的青年
                 -> the words just before the bracket
    before it    已婚未育者为81.7%, 从来不聚会的市民占26.7%, 综合满意度达75.3%
                 -> the subject before the verb (为 占 达 是 …); a clause holding only
                    the share (比例为52.3%) takes its subject from the clause before
    by it        购物类消费以51.80%的占比居首, 抖音以39.40%稳居首选
                 -> the subject before 以 (the words after say how it ranks)

A share in tenths with no digits beside it (七成以上的居民希望…) is left out: a chart needs the
figure, and the words are the article's rounding of something it did not print.

Left out: a part of the share before it in the sentence (86.1%的受访者…，其中33.4%…非常多:
a subtotal's part is no answer of its own), changes (增长5.2%, 偏少7.4%, 下降了3.1%, a rate of growth), bounds (低于5%,
±3.1%), percent signs of a web address (%E5%85) and a value the section's drafts hold
already (a headline figure repeated). One draft per sentence; the single findings of a
section together in one more.
"""

from __future__ import annotations

import re
from decimal import Decimal

from charts.article.extract.headlines import RESPONDENTS, WHO_ONLY, WORDED_SHARE
from charts.article.extract.labels import BOUND_BEFORE, BYLINE, TOTALS, band_named, clause_start, clean_label, quoted_answer
from charts.article.extract.section import Draft, Section, share_question
from charts.article.extract.words import without_lead
from charts.numbers.grammar import CHANGE, DASHES, FALLING, figures_in, is_stated_change

_CLAUSE_END = re.compile(r"[,;:。!?]|、(?=[0-9]+(?:\.[0-9]+)?%)|" + BYLINE)  # 35.2%民眾表示不滿意、13.8%未表態: the next share's
# An answer's parts in brackets after it, each share first: 滿意(15.4%非常滿意、35.6%還算滿意)
_PART = r"[0-9]+(?:\.[0-9]+)?%[^()、,;。0-9%]{1,10}"
_BREAKDOWN = re.compile(rf"\((?:{_PART}、)+{_PART}\)")
_WHO = "|".join(RESPONDENTS + ("人", "者"))
# Who answered, before what they said: 的受访者, 受访青年, 的00后受访者; and the verb of saying.
_SAID = re.compile(rf"^\)?的?(?:(?P<group>[\u4e00-\u9fff0-9]{{0,6}}?)(?P<who>{_WHO}))?(?:中|里)?"
                   r"(?:都|也|还|则|仍)?(?:表示|觉得|认为|称|坦言|选择了?|希望|期待|愿意|会|曾|有)?")
# Words that lead to a share and say nothing of it: 有41.8%表示不满意, 调查中76.8%的受访者…
_LEAD_IN = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:显示|表明|发现|中)|[\u4e00-\u9fff]{2,12}(?:方面|領域|领域)(?:则|則)?)?(?:另外|另有|还有|仅有|只有|也有|共有|有|另|仅|只|同时|此外|而且|并且|"
                      r"约|近|将近|接近|超过|超|逾|高达|达|其中|而|但|则|也)*$")
_LEADS_ON = re.compile(r"^\)?的")  # 62.5%的…: the share leads on to what it measures
# The verbs between a subject and its share, longest first, perhaps after 的比例/占比.
_VERB = re.compile(r"(?:的?(?:比例|比重|占比|佔比|份额|比率)?)(?:最高|最低|最多|最少|较高|较低|更高)?[,]?"
                   r"(?:分别)?(?:仅为|仅有|只有|高达|达到|约为|为|是|达|占|佔|有|超过|接近|近|约|超|逾|仅|只|在)*$")
_CHANGE_NEAR = re.compile(rf"(?:{CHANGE}|偏少|偏多|走高|走低|增幅|增速|增长率|年增|涨|降|跌|升|同比|环比|"
                          r"比上年|较上年|"
                          r"比去年|较去年|比常年|较常年|回落|提升|扩大|缩小)")
_URL_CHAR = re.compile(r"[A-Za-z0-9/%._=&?-]")
_AT_A_LINE = re.compile(r"(?:在|处在|處在|处于|處於)$")
_LINE_SIDE = re.compile(r"[之以][上下]")
_AFTER_BOUND = re.compile(rf"^(?:以上|以下|左右|之间|至|到|[{DASHES}])")
_LONGEST = 30
# A level reached after a change: …较二月略减3个百分点至41%, …比例略增至42%: the subject's level
_REACHED = re.compile(rf"(?:[较較比与與][^,]{{0,10}}?)?(?:略|大幅|小幅|再)?(?:{CHANGE}|增|减|減|升|降)了?"
                      r"(?:[0-9.]+(?:个|個)?百分[点點]|[0-9.]+%)?(?:至|到)$")
_PLACE = re.compile(r"在|至于|至於")  # 在永康仁德地区民众…, 至于20-29岁…: where, not what
_SHARE_OF = re.compile(r"(?:占|佔)[\u4e00-\u9fff]{0,8}?的?(?:比例|比重)?(?:为|為)?")  # (占总数的73.2%)
# The order a list is told in: 首先是…, 其次是…(36.2%), 再次是…, 排在第二的是…
_ORDINAL = re.compile(r"^(?:首先|其次|再次|然后|其后|接下来|最后|排在第[一二三四五六七八九十]+的|"
                      r"第[一二三四五六七八九十]+(?![产產季批次届屆]))(?:是|为|為)?")  # not 第一产业, a name
_BY = re.compile(r"(?:以|凭借|憑藉)(?:高达|高達|约|約|近|超过|超過)?$")  # 购物类消费以51.80%的占比…
_PASSIVE = re.compile(r"所[\u4e00-\u9fff]{1,3}")  # …为46.7%的人所选择, 所认可: the subject before is what they chose
_CHOICE = ("", "选择", "選擇", "首选", "首選")  # 成为…受访者(55.3%)的选择/首选
_NO_SUBJECT = re.compile(r"^(?:今年|去年|目前|如今|现在|現在|当前|當前|近年来|近年來|近年|今天|本次|此次|也|还|還|则|則|再次|依然|仍然|仍)+$")
_CONNECTIVE = re.compile(r"^(?:但是|但|而且|而|则|則|并且|並且|并|並|也|还|還)")
_COMPARED = re.compile(r"相比|相較|相较|比较|比較|对比|對比")
_FAVOURED = re.compile(r"最受|最为|最為|最多|更受|备受|備受|[较較]受")
_OF_WHOLE = re.compile(r"^(?:占|佔)")  # 占全国幼儿园的比例80.24%: a share of the whole, its subject told before
_CHANGE_OPENS = re.compile(rf"^(?:{CHANGE}|比|较|較|同比|环比|環比|增|减|減|降|升|提高|回落|高于|低于|高於|低於|(?i:yoy|mom|qoq))")  # 增长15.40%
# A subject's rank, told before its measure: PM2.5居首,负荷比为24.1%; 华为位列第三位,认知度为78%
_RANKED = re.compile(r"(?:居首|居次|居第.位|位列第.位?|位居第.位?|排名第.位?|排第.位?|緊隨其後|紧随其后|次之)$")
# A share's label that names only the measure (达标率, 负荷比, 认知度, 所占的份额): whose it is, the clause before says
_MEASURE_ONLY = re.compile(r"负荷比|負荷比|达标率|達標率|认知度|認知度|知名度|满意度|滿意度|使用率|普及率|渗透率|滲透率|"
                           r"覆盖率|覆蓋率|占有率|佔有率|市占率|合格率|优良率|優良率|所占|所佔|占到|佔到")
_LEVEL_VERB = re.compile(r"(?:已经|已經|已)?(?:达到|達到|达|達|为|為|共有|有|是|实现|實現|完成)+$")
# A change on the poll before, told after a share: ,比上月增加6.5個百分點 / 而比上月減少5.1個百分點
_EARLIER = r"(?:比|較|较|与|與)(?:上月|上個月|上个月|上次|前次|上期|上一期|上季|上季度|[0-9]{1,2}月)(?:調查|调查)?(?:相比)?,?"
_THEN_CHANGE = re.compile(rf"而?{_EARLIER}(?P<verb>增加|增長|增长|上升|提高|提升|減少|减少|下降|下滑|降低|回落|減|减|增)了?"
                          r"(?P<points>[0-9]+(?:\.[0-9]+)?)(?:个|個)?百分[点點]")
_FALL = re.compile(FALLING + "|[减減]$")  # the grammar's falls, and 减 alone
_POINTER = re.compile(r"^(?:这一|這一|该|這|这|如今|目前|而|余下|餘下|其余)|分别|分別|%")


def read(section: Section) -> list[Draft]:
    drafts, singles = [], []
    for begin, sentence in section.sentences:
        drafts += _breakdowns(section, begin, sentence)
        # the brackets read, the answers they follow stand alone (滿意、35.2%…)
        sentence = _BREAKDOWN.sub(lambda m: " " * len(m.group()), sentence)
        items = []
        for figure in figures_in(sentence, whole=True):
            at = begin + figure.digits_start
            if figure.unit != "%" or not figure.arabic or at in section.used:
                continue
            if _is_part(sentence, figure) or is_stated_change(sentence, figure.start):
                continue  # a part of the share before it; a change (0.21%的小幅下降)
            label = _label(sentence, figure)
            if label and not section.is_drafted(figure.digits) and \
                    figure.digits not in {v for _, v, _ in items + singles}:
                items.append((label, figure.digits, at))
        if len(items) >= 2:
            drafts.append(_draft(section, items))
        else:
            singles += items
    if singles:
        drafts.append(_draft(section, singles))
    return drafts


def _breakdowns(section: Section, begin: int, sentence: str) -> list[Draft]:
    """滿意(15.4%非常滿意、35.6%還算滿意): the parts of an answer, a table of their own."""
    drafts = []
    for match in _BREAKDOWN.finditer(sentence):
        rows, offsets = [], []
        for part in re.finditer(r"([0-9]+(?:\.[0-9]+)?)%([^()、]+)", match.group()[1:-1]):
            at = begin + match.start() + 1 + part.start(1)
            label = clean_label(part.group(2))
            if at in section.used or not label:
                break
            rows.append([label, part.group(1)])
            offsets.append(at)
        else:
            head = re.split(r"[0-9.]+%", sentence[clause_start(sentence, match.start()):match.start()])[-1]
            whole = _short(clean_label(re.split(r"表示|认为|認為|觉得|覺得", head)[-1]), after=True)
            drafts.append(section.draft("parts", "bar", f"{whole or rows[0][0]}的细项", ["说法", "占比"], rows, offsets,
                                        unit="%", sample_size=section.sample_size,
                                        confirm=["title", "labels"]))
    return drafts


def read_changes(section: Section) -> list[Draft]:
    """A poll's shares, each with its change on the poll before in points after it (55.1%信任
    蔡總統,比上月增加6.5個百分點,41.3%不信任,比上月減少6.4個百分點) -> the changes, each labelled
    as its share is, a fall signed minus; two at least in a sentence."""
    drafts = []
    for begin, sentence in section.sentences:
        shares = [f for f in figures_in(sentence, whole=True) if f.unit == "%" and f.arabic]
        rows, offsets = [], []
        for figure, after in zip(shares, [*shares[1:], None]):
            change = _THEN_CHANGE.search(sentence, figure.end, after.start if after else len(sentence))
            end = _CLAUSE_END.search(sentence, figure.end)
            if change is None or end and change.start() > end.end() or \
                    begin + change.start("points") in section.used or section.is_drafted(change["points"]):
                continue  # 48.6%滿意,其中青年比上月增加5.1個百分點: the next clause's change is another's
            label = _label(sentence, figure)
            if label and label not in {r[0] for r in rows}:
                rows.append([label, ("-" if _FALL.search(change["verb"]) else "") + change["points"]])
                offsets.append(begin + change.start("points"))
        if len(rows) >= 2:
            drafts.append(section.draft("points", "bar", f"{rows[0][0]}等比上次调查的变化", ["说法", "变化"], rows,
                                        offsets, unit="个百分点", confirm=["title", "labels: the change of each share"]))
    return drafts


def _is_part(sentence: str, figure) -> bool:
    """其中33.4%… after a share in the same sentence: a part of that share."""
    start = clause_start(sentence, figure.start)
    return re.match(r"其中(?:的|有|又有)?$", sentence[start:figure.start]) is not None and \
        re.search(r"[0-9]%", sentence[:start]) is not None


def _label(sentence: str, figure) -> str:
    """The words that say what the share measures; "" where it is no share of anything."""
    start = clause_start(sentence, figure.start)
    dun = sentence.rfind("、", start, figure.start)
    if dun >= 0 and re.search(r"[0-9]%", sentence[start:dun]):
        start = dun + 1  # 35.2%民眾表示不滿意、13.8%未表態: the share before the 、 is another item's
    end = _CLAUSE_END.search(sentence, figure.end)
    before, after = sentence[start:figure.start], sentence[figure.end:end.start() if end else len(sentence)]
    quoted = quoted_answer(sentence, figure.end)
    then = _THEN_CHANGE.search(after)  # 55.0%滿意執政表現而比上月增加5.4個百分點: the change is no part of it
    after = after[:then.start()] if then else after  # (認為經濟比上月好轉 keeps its words)
    if figure.digits_start and _URL_CHAR.match(sentence, figure.digits_start - 1) or \
            re.match(r"[0-9A-F]{2}", sentence[figure.end:figure.end + 2]):
        return ""  # %E5%85: a web address
    if _AT_A_LINE.search(before) and (figure.bound or _LINE_SIDE.search(after)):
        return ""  # 連續14個月都在3%以上, 處在2%通膨警戒線之下: a line a figure stays above or below
    if BOUND_BEFORE.search(before) or _AFTER_BOUND.match(after) or _CHANGE_NEAR.search(before) or \
            re.search("分[别別]", before):
        return ""  # a list told with 分别 is the respectively reader's: it could not pair it
    bracketed = before.endswith("(") and after.startswith(")")
    opened = before.rfind("(")
    if opened > 0 and _SHARE_OF.fullmatch(before[opened + 1:]) and after.startswith(")") and \
            not re.search(r"[0-9]", before[:opened]):  # 企业3200家(占全省的35.2%): a count's share, not a finding
        # 普遍相信“努力有用”(占总数的73.2%): the bracket's share is of the words before it
        return _short(clean_label(_ORDINAL.sub("", before[:opened])))
    if _BY.search(before) and clean_label(_BY.sub("", before)):
        return _short(clean_label(_BY.sub("", before)))
    if _LEADS_ON.match(after) or ((_LEAD_IN.match(before.rstrip("(")) or WHO_ONLY.fullmatch(clean_label(before.rstrip("(")))
                                   or WORDED_SHARE.fullmatch(clean_label(before.rstrip("(")))) and after.strip(")")):
        said = _SAID.match(after)
        rest = clean_label(after[said.end():].lstrip(")"))
        if _PASSIVE.fullmatch(rest) and clean_label(before):  # “折扣足够大”为46.7%的人所选择: the answer is before
            return _short(clean_label(_VERB.sub("", before)))
        if rest.lstrip("的") in _CHOICE and re.search("成为|成為", before):
            # 省内跨市出行最受青睐,成为过半受访者(55.3%)的选择: the choice is the clause before's subject
            subject = _NO_SUBJECT.sub("", clean_label(re.split("成为|成為", before)[0]))
            if not subject and start:  # 省内跨市出行最受青睐,(今年)成为…: the clause before's subject
                subject = clean_label(sentence[clause_start(sentence, start - 1):start - 1])
            subject = _FAVOURED.split(_ORDINAL.sub("", _CONNECTIVE.sub("", subject)))[0]
            return "" if _LEAD_IN.fullmatch(subject) or _COMPARED.search(subject) else _short(clean_label(subject))
        if quoted:
            return _short(quoted, after=True)  # the answer, whole
        group = said["group"] if said["who"] and said["group"] and said["group"] not in ("受访", "被调查") and \
            not WORDED_SHARE.fullmatch(said["group"].rstrip("的")) else ""  # 51.0%過半數的民眾: no group
        return _short(f"{group}{said['who']}{rest}" if group else rest, after=True)
    if bracketed:
        phrase = re.split(r"、|和|与|及|或", before[:-1])[-1]
        return _short(clean_label(_ORDINAL.sub("", phrase)))
    reached = _REACHED.search(before)
    if reached and clean_label(before[:reached.start()]):  # 謝龍介支持度較二月略減3個百分點至41%
        return _short(without_lead(clean_label(before[:reached.start()]), _PLACE))
    subject = _ORDINAL.sub("", _VERB.sub("", before.rstrip("(")))
    band = band_named(sentence[clause_start(sentence, max(0, start - 1)):max(0, start - 1)]) \
        if _OF_WHOLE.match(clean_label(subject)) else ""
    if band:  # 薪酬在4001-6000元之间的职位数量最多,占职位总量的32.8%: the band is the answer
        return _short(band)
    if _OF_WHOLE.match(clean_label(subject)) and _led(sentence, start):
        # 普惠性幼儿园达到23.41万所,增长15.40%,占全国幼儿园的比例80.24%: 普惠性幼儿园占全国幼儿园
        return _short(_led(sentence, start) + clean_label(subject))
    if _MEASURE_ONLY.fullmatch(clean_label(subject)) and _led(sentence, start):
        whose = _led(sentence, start)  # PM2.5居首,负荷比为24.1% -> PM2.5负荷比; …,所占的份额为24.8%
        return _short(whose if clean_label(subject).startswith(("所", "占", "佔")) else whose + clean_label(subject))
    if not clean_label(subject):  # 比例为52.3%: the subject is in the clause before
        subject = _VERB.sub("", sentence[clause_start(sentence, max(0, start - 1)):max(0, start - 1)])
        subject = re.split(r"的?(?:比例|占比|比重)?(?:最高|最低|最多|最少)", _ORDINAL.sub("", subject))[0] or subject
    return _short(without_lead(clean_label(subject), _PLACE))


def _led(sentence: str, start: int) -> str:
    """The subject a share of the whole (占全国幼儿园的比例80.24%) is told of: the words before
    the figure of the nearest clause before it, in its part of the sentence, that is no change
    (普惠性幼儿园达到23.41万所,比上年增加3.12万所,增长15.40%,占… -> 普惠性幼儿园; 第一产业增加值
    37952万元,增长3.9%,占… -> 第一产业增加值), or before its rank where it gives none (PM2.5居首,
    负荷比为24.1%; 华为位列第三位,认知度为78%); "" where it gives neither, or no clause is there."""
    begin = sentence.rfind(";", 0, start) + 1
    for clause in reversed([c.strip() for c in re.split(",", sentence[begin:max(begin, start - 1)]) if c.strip()]):
        if _CHANGE_OPENS.match(clause):
            continue
        first, ranked = next(figures_in(clause, whole=True), None), _RANKED.search(clause)
        words = clean_label(clause[:ranked.start()] if ranked else _LEVEL_VERB.sub("", clause[:first.start]) if first else "")
        return words if len(words) >= 2 and not _CHANGE_NEAR.search(words.replace("增加值", "")) else ""
    return ""


def _short(label: str, after: bool = False) -> str:
    """A label, cut to a spec's length; "" where the words before a share point elsewhere
    (这一比例, 如今已到, 分别是…): a figure the sentence compares with another."""
    label = label.strip().strip("的“”\"").removeprefix("是")
    if (not after and _POINTER.search(label)) or len(label) < 2 or label.isdigit() or label in TOTALS:
        return ""
    return label[:_LONGEST]


def _draft(section: Section, items) -> Draft:
    question = share_question([Decimal(v) for _, v, _ in items])
    question = question if question == "single" and len(items) >= 2 else "none"
    return section.draft("findings", "bar", f"{items[0][0]}等的比例", ["说法", "占比"],
                         [[label, value] for label, value, _ in items], [o for _, _, o in items],
                         question=question, unit="%", sample_size=section.sample_size,
                         confirm=["title", "labels: each row is a finding of its own; group those of one question"])
