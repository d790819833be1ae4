"""The corpus scorer: how many of the figures the answer keys hold `charts extract` finds.

    python tests/corpus/score.py [--corpus DIR] [--split dev|held-out|both] [--json]
                                 [--show-misses dev|held-out] [--via auto|library|cli]

Runs the real extract on every text of ../shared/corpus (dev/ = odd numbers, held-out/ = even)
and compares its drafts with the NN-slug.key.yaml answer keys. Prints a table per dev article,
a summary per split, and last a line per split; with the default --split both the last line is
exactly `held-out: recall R precision P (N pairs, M articles)`. --json prints the same figures
as JSON instead. Without the corpus (the repository is cloned beside a shared/ folder, found as
../shared/corpus, or --corpus, or $CHARTS_CORPUS) it says so and exits 0.

How extract is run: in this process (`charts.article.extract.extract` on
`charts.article.read.read_article`, each draft written by `charts.article.drafts.draft_yaml`)
when those import and work, else `charts extract FILE -o TMPDIR` in a subprocess, one fresh
temporary folder per text; either way the draft YAML is read back and scored, so both paths
score exactly what an editor would get. --via forces one path.

Held-out texts are scored, never tuned on: their contents are never printed or stored (drafts
go to temporary folders, deleted after reading), and their per-article scores and the labels of
their missed key pairs are shown only with --show-misses held-out. Draft labels of held-out
texts (words of the text) are never shown, not even then.

MATCHING RULES

Pairs. Every key row gives one pair (label, value, unit) per non-empty value cell; where the
row holds several values, the pair's label is the row label followed by its column header (a
row [第一产业, 13.2, 12.4] under [产业, 2023, 2024] gives 第一产业 2023 -> 13.2 and 第一产业 2024
-> 12.4). Drafts give pairs the same way from data.columns / data.rows. A key's value of null
gives no pair.

Units of a pair. A table unit written "A / B" with as many parts as value columns gives one
unit per column (万元 / % under [产业, 增加值(万元), 同比增长(%)]). Otherwise, in a table with
several value columns, a column header ending in "(X)", X a unit word (亿元, 万人, %, 个百分点…;
not 六普), or ending in "%" sets that column's unit (绝对数(亿元), 比上年增长%). Otherwise the
table's unit. A draft's unit mapping (category -> unit) is looked up by row label, then by
column header; a missing entry is "".

Units are equal after: NFKC (％ -> %, full width -> half width), Traditional folded to
Simplified, spaces removed, a parenthesised qualifier dropped (萬元(新臺幣) -> 万元). A leading
万亿 / 亿 / 万 is a scale, not part of the unit: two number pairs whose units differ only in
scale match when their values agree after scaling (key 2875.30 万人 = draft 28753000 人 =
draft 2875.3 万人), so a draft that folds 万 into the value is not penalised when the number
is right. Nothing else converts: 个百分点 and % differ, 人 and 人次 differ, 万人 and 万户 differ.

Values are equal as numbers (Decimal from the YAML text, so 2875.30 = 2875.3; "1,234" parses
as 1234). A value that is not a number (an approximate figure "600多", "超过三成") is compared
as a string after NFKC and Traditional folding, and its unit must then be equal including
scale.

Labels match when, after NFKC, Traditional folded to Simplified (the small table below, for
comparison only; no dependency), ASCII lower-cased and every space and punctuation character
removed (Unicode categories P* and Z*), neither is empty and one contains the other, or the
characters they share (as multisets) are at least 60% of the shorter label. So 回答一般 ~ 一般,
服装、鞋帽类 ~ 服装鞋帽类, 第一产业上年2023 ~ 第一产业2023年; 非常期待 !~ 比较期待 (2 of 4).

One key pair matches at most one draft pair and one draft pair at most one key pair: among all
(key pair, draft pair) whose value and unit agree and whose labels match, the best label score
(share of the shorter, then share of the longer) is taken first; ties go to the draft holding
the most such candidates from the key pair's table, then to the earlier key row and to the
draft whose file name sorts first.

Per article: precision = matched / draft pairs, recall = matched / key pairs. Per split the
counts are summed over its articles first (micro averages), so a long table weighs its pairs.

Tables. A key table corresponds to the draft sharing most matched pairs with it, one draft per
key table and one key table per draft (greedy on the shared count, largest first), so a draft
that merges two key tables corresponds to one of them only. "Right table" is the share of
matched pairs whose draft is the one corresponding to their key table. Kind and question
accuracy are over key tables that have a corresponding draft: the draft's kind must be in the
set the key's kind maps to (KIND_SETS below), its question (single / multi / none) equal to the
key's. A false draft is a draft with no matched pair at all.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
DEFAULT_CORPUS = HERE.parents[3] / "shared" / "corpus"
SPLITS = ("dev", "held-out")

# Key kind -> the chart kinds charts draws it with. `comparison` (groups set against each
# other, not parts of a whole) is not in issue 13's list: bar, or column.
KIND_SETS = {
    "composition": {"donut", "stacked", "bar"},
    "comparison": {"bar", "column"},
    "multi_select": {"bar"},
    "time_series": {"line", "column"},
    "two_periods": {"grouped"},
    "table": {"grouped"},
    "single_value": {"figures"},
}
LABEL_SHARE = 0.6
SCALES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))

# Traditional -> Simplified, one character each: the common characters of statistics and
# survey reporting. For comparing labels and units only; not a converter (no phrase rules).
_T2S_PAIRS = """
萬万 與与 專专 業业 叢丛 東东 絲丝 兩两 嚴严 喪丧 個个 豐丰 臨临 為为 爲为 麗丽 舉举 麼么 麽么 義义
烏乌 樂乐 喬乔 習习 鄉乡 書书 買买 亂乱 爭争 於于 虧亏 雲云 亞亚 產产 畝亩 親亲 億亿 僅仅 從从 倉仓
儀仪 們们 價价 眾众 衆众 優优 夥伙 會会 傘伞 偉伟 傳传 傷伤 倫伦 偽伪 體体 餘余 傭佣 俠侠 侶侣 偵侦
側侧 僑侨 倆俩 儉俭 債债 傾倾 償偿 儲储 兒儿 兌兑 黨党 蘭兰 關关 興兴 養养 獸兽 內内 岡冈 冊册 寫写
軍军 農农 馮冯 衝冲 決决 況况 凍冻 淨净 涼凉 減减 湊凑 幾几 鳳凤 憑凭 凱凯 擊击 劃划 劉刘 則则 剛刚
創创 刪删 別别 劑剂 劍剑 剝剥 劇剧 勸劝 辦办 務务 動动 勵励 勁劲 勞劳 勢势 勻匀 區区 醫医 華华 協协
單单 賣卖 盧卢 臥卧 衛卫 卻却 廠厂 廳厅 曆历 歷历 厲厉 壓压 厭厌 廁厕 廂厢 廈厦 廚厨 縣县 參参 雙双
發发 變变 敘叙 疊叠 葉叶 號号 嘆叹 籲吁 後后 嚇吓 呂吕 嗎吗 噸吨 聽听 啟启 吳吴 員员 響响 啞哑 喚唤
噴喷 團团 園园 圍围 國国 圖图 圓圆 聖圣 場场 壞坏 塊块 堅坚 壇坛 壩坝 墳坟 墜坠 壟垄 壘垒 墾垦 墊垫
塹堑 牆墙 壯壮 聲声 殼壳 壺壶 處处 備备 復复 複复 夠够 頭头 誇夸 夾夹 奪夺 奮奋 獎奖 奧奥 妝妆 婦妇
媽妈 婁娄 嬌娇 娛娱 嫻娴 嬰婴 嬸婶 孫孙 學学 寧宁 寶宝 實实 寵宠 審审 憲宪 宮宫 寬宽 賓宾 寢寝 對对
尋寻 導导 壽寿 將将 爾尔 塵尘 嘗尝 堯尧 屍尸 盡尽 儘尽 層层 屆届 屬属 屢屡 嶼屿 歲岁 豈岂 崗岗 嵐岚
島岛 嶺岭 峽峡 巒峦 嶄崭 鞏巩 幣币 帥帅 師师 帳帐 簾帘 幟帜 帶带 幫帮 莊庄 慶庆 廬庐 庫库 應应 廟庙
龐庞 廢废 開开 異异 棄弃 張张 彌弥 彎弯 彈弹 強强 歸归 當当 錄录 彙汇 匯汇 滙汇 彥彦 徹彻 徑径 憶忆
憂忧 懷怀 態态 憐怜 總总 戀恋 懇恳 惡恶 惱恼 悅悦 懸悬 憫悯 驚惊 懼惧 慘惨 懲惩 愜惬 慚惭 慣惯 憤愤
願愿 懶懒 戲戏 戰战 戶户 撲扑 執执 擴扩 掃扫 揚扬 擾扰 撫抚 拋抛 搶抢 護护 報报 擔担 擬拟 擁拥 攔拦
撥拨 擇择 掛挂 摯挚 擋挡 掙挣 擠挤 揮挥 撈捞 損损 撿捡 換换 據据 擲掷 攬揽 攜携 攝摄 擺摆 搖摇 攤摊
撐撑 敵敌 斂敛 數数 齋斋 鬥斗 斬斩 斷断 無无 舊旧 時时 曠旷 晝昼 顯显 晉晋 曬晒 曉晓 暈晕 暉晖 暫暂
術术 樸朴 機机 殺杀 雜杂 權权 條条 來来 楊杨 傑杰 極极 構构 樞枢 棗枣 槍枪 楓枫 櫃柜 檸柠 標标 棧栈
棟栋 欄栏 樹树 棲栖 樣样 橋桥 樺桦 檔档 樁桩 夢梦 檢检 樓楼 欖榄 橫横 櫻樱 櫥橱 歡欢 歐欧 殲歼 殘残
毆殴 毀毁 畢毕 斃毙 氣气 氫氢 漢汉 湯汤 溝沟 沒没 瀝沥 淪沦 滄沧 滬沪 淚泪 瀘泸 瀉泻 潑泼 澤泽 潔洁
灑洒 窪洼 淺浅 漿浆 澆浇 濁浊 測测 濟济 瀏浏 渾浑 濃浓 濤涛 澇涝 漣涟 渦涡 滌涤 潤润 漲涨 澀涩 澱淀
淵渊 漬渍 漸渐 漁渔 瀋沈 滲渗 溫温 灣湾 濕湿 潰溃 濺溅 滾滚 滯滞 滿满 濾滤 濫滥 濱滨 灘滩 瀟潇 潛潜
瀾澜 瀕濒 滅灭 燈灯 靈灵 災灾 燦灿 爐炉 燉炖 點点 煉炼 熾炽 爛烂 燭烛 煙烟 煩烦 燒烧 燙烫 熱热 煥焕
愛爱 爺爷 牽牵 犧牺 狀状 猶犹 獨独 狹狭 獅狮 獄狱 獲获 獵猎 獻献 現现 環环 璽玺 瑣琐 瓊琼 電电 畫画
暢畅 療疗 瘡疮 瘋疯 癢痒 癡痴 癱瘫 癮瘾 發发 皺皱 盞盏 鹽盐 監监 蓋盖 盜盗 盤盘 矚瞩 睜睁 瞞瞒 矯矫
礦矿 碼码 磚砖 硯砚 礎础 碩硕 確确 礙碍 禮礼 禍祸 祿禄 禪禅 離离 禿秃 種种 積积 稱称 穩稳 窮穷 竊窃
窯窑 竄窜 窩窝 窺窥 豎竖 競竞 筆笔 筍笋 籠笼 節节 範范 築筑 籌筹 簽签 簡简 籃篮 籬篱 類类 糧粮 緊紧
糾纠 紀纪 約约 紅红 紋纹 納纳 紐纽 純纯 紗纱 紛纷 紙纸 紡纺 紮扎 細细 紳绅 紹绍 終终 組组 絆绊 結结
絕绝 絞绞 絡络 給给 絨绒 統统 綁绑 經经 綜综 綠绿 綴缀 緒绪 續续 綺绮 綿绵 維维 綱纲 網网 綢绸 線线
綫线 緝缉 締缔 緣缘 編编 緩缓 緯纬 練练 緻致 縛缚 縫缝 縮缩 縱纵 縷缕 績绩 織织 繕缮 繞绕 繡绣 繩绳
繪绘 繫系 係系 繭茧 繳缴 繼继 纏缠 纖纤 罰罚 罵骂 罷罢 羅罗 羈羁 翹翘 聰聪 聯联 聳耸 職职 聾聋 肅肃
腸肠 膚肤 腎肾 腫肿 脹胀 脅胁 膽胆 勝胜 膠胶 脈脉 臍脐 腦脑 腳脚 脫脱 臉脸 臘腊 膩腻 騰腾 臟脏 髒脏
臺台 檯台 颱台 艙舱 艱艰 艷艳 豔艳 藝艺 蘆芦 蘇苏 蘋苹 莖茎 薦荐 藥药 萊莱 葦苇 蔔卜 蔥葱 蔣蒋 蓮莲
蒼苍 蔭荫 藹蔼 蘊蕴 蘿萝 虛虚 蟲虫 蝦虾 雖虽 螞蚂 蠶蚕 蠻蛮 蠟蜡 補补 襯衬 襖袄 褲裤 裝装 製制 見见
觀观 規规 覓觅 視视 覽览 覺觉 觸触 計计 訂订 認认 譏讥 討讨 讓让 訓训 議议 訊讯 記记 講讲 諱讳 設设
訪访 訣诀 證证 評评 識识 詐诈 訴诉 診诊 詞词 譯译 試试 詩诗 誠诚 話话 誕诞 詢询 該该 詳详 誤误 誘诱
說说 語语 誦诵 請请 諸诸 諾诺 讀读 課课 誰谁 調调 談谈 諒谅 論论 諮咨 謀谋 謊谎 謎谜 謙谦 謝谢 謠谣
謹谨 譜谱 譽誉 讚赞 貝贝 貞贞 負负 財财 貢贡 貧贫 貨货 販贩 貪贪 貫贯 責责 貯贮 貳贰 貴贵 貶贬 貸贷
費费 貼贴 貿贸 賀贺 資资 賈贾 賊贼 賄贿 賠赔 賦赋 質质 賬账 賭赌 賴赖 賺赚 購购 賽赛 贈赠 贊赞 贏赢
趕赶 趙赵 趨趋 躍跃 踐践 蹤踪 車车 軌轨 軟软 轉转 輪轮 輕轻 載载 較较 輔辅 輛辆 輝辉 輩辈 輸输 轄辖
辭辞 邊边 這这 連连 進进 運运 過过 達达 違违 遠远 適适 遲迟 遷迁 選选 遺遗 遼辽 還还 郵邮 鄰邻 鄭郑
醞酝 醬酱 釀酿 釋释 裡里 裏里 鑒鉴 鑑鉴 針针 釘钉 釣钓 鈔钞 鈣钙 鈕钮 鈴铃 鉛铅 銀银 銅铜 銷销 鋁铝
鋒锋 鋪铺 鋼钢 錢钱 錦锦 錫锡 錯错 鍋锅 鍵键 鍛锻 鎖锁 鎮镇 鏈链 鏡镜 鐘钟 鍾钟 鐵铁 鑄铸 長长 門门
閃闪 閉闭 問问 閒闲 間间 閘闸 閣阁 閥阀 閱阅 闆板 闊阔 闖闯 闡阐 隊队 陽阳 陰阴 陣阵 階阶 際际 陸陆
陳陈 險险 隨随 隱隐 隻只 雛雏 雞鸡 難难 霧雾 靜静 韋韦 韓韩 頁页 頂顶 項项 順顺 須须 預预 頑顽 頒颁
頓顿 領领 頗颇 頻频 頸颈 題题 額额 顏颜 顧顾 顆颗 風风 飛飞 飯饭 飲饮 飾饰 飽饱 飼饲 餅饼 館馆 饑饥
餓饿 馬马 駐驻 駕驾 騎骑 驗验 驟骤 髮发 鬆松 鬱郁 魚鱼 鮮鲜 鳥鸟 鳴鸣 鴨鸭 鵝鹅 麥麦 黃黄 齊齐 齒齿
齡龄 龍龙 龜龟 週周 佔占 準准 託托 佈布 遊游 傢家 乾干 幹干 纔才 麵面 蒐搜 級级 慮虑 聞闻 廣广 穀谷
豬猪 汙污 稅税 僱雇 營营 謂谓 鑰钥 闢辟 灶灶 災灾 燐磷 鄧邓 鄒邹 閩闽 粵粤 蘊蕴 蕭萧 顥颢 聶聂 殯殡
塗涂 塢坞 墻墙 壢坜 礫砾 擬拟 擴扩 縣县 鄉乡 戶户 齣出 硃朱 嚮向 傴伛 衹只 祇只 隸隶 靂雳 靄霭 韌韧
韻韵 頰颊 頹颓 顛颠 顫颤 飄飘 餵喂 饒饶 驅驱 驕骄 驢驴 驥骥 骯肮 鬧闹 魯鲁 鯨鲸 鳩鸠 鴻鸿 鵬鹏 鶴鹤
鷹鹰 麗丽 黴霉 鼕冬 齡龄 龎庞 屬属 歷历 縫缝 嶽岳 賃赁 賤贱 滷卤 鹵卤 蠔蚝 醃腌 惻恻 窶窭 樁桩
並并 駛驶 邁迈 檳槟 輿舆 徵征 鑽钻 勳勋 闕阙 靚靓 鬍胡 鹼碱 齦龈 瀰弥 櫥橱 鍊炼 彫雕 糰团 蘋苹
"""
T2S = str.maketrans({pair[0]: pair[1] for pair in _T2S_PAIRS.split() if pair[0] != pair[1]})


# --- reading YAML: numbers as Decimal, exactly as written -------------------------------------

class _DecimalLoader(yaml.SafeLoader):
    """Floats as Decimal from their text (2875.30 stays 2875.30, 0.1 is not 0.1000000001)."""


def _decimal(loader, node):
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text  # .inf, .nan: not a figure a key or a draft should hold
    return value if value.is_finite() else text


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)


def load_yaml(text: str):
    return yaml.load(text, Loader=_DecimalLoader)


# --- normalisation ------------------------------------------------------------------------------

def fold(text: str) -> str:
    """NFKC, Traditional folded to Simplified, spaces removed."""
    return "".join(unicodedata.normalize("NFKC", str(text)).translate(T2S).split())


def label_key(text) -> str:
    """A label for comparison: folded, ASCII lower-cased, no spaces or punctuation."""
    return "".join(ch for ch in fold("" if text is None else text).lower()
                   if not unicodedata.category(ch).startswith(("P", "Z")))


def unit_parts(unit) -> tuple[Decimal, str]:
    """(scale, base unit): 万人 -> (10000, 人), 萬元(新臺幣) -> (10000, 元), % -> (1, %)."""
    text = re.sub(r"\([^()]*\)", "", fold(unit or ""))
    for prefix, scale in SCALES:
        if text.startswith(prefix):
            return scale, text[len(prefix):]
    return Decimal(1), text


def value_of(cell) -> Decimal | str | None:
    """A number as Decimal; an approximate figure as its folded string; None for no value."""
    if cell is None or isinstance(cell, bool):
        return None if cell is None else str(cell)
    if isinstance(cell, (int, Decimal)):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    text = fold(cell)
    if not text:
        return None
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


def label_score(a: str, b: str) -> tuple[float, float] | None:
    """(share of the shorter, share of the longer) when two label keys match, else None."""
    if not a or not b:
        return None
    short, long_ = sorted((a, b), key=len)
    shared = len(short) if short in long_ else sum((Counter(short) & Counter(long_)).values())
    if shared < LABEL_SHARE * len(short):
        return None
    return shared / len(short), shared / len(long_)


# --- pairs --------------------------------------------------------------------------------------

@dataclass
class Pair:
    table: int  # index of the key table or draft it belongs to
    row: int
    label: str  # as written (row label, then the column header where there are several)
    value: Decimal | str
    unit: str  # as written
    key: str = ""  # label_key(label)
    scale: Decimal = Decimal(1)
    base: str = ""

    def __post_init__(self):
        self.key = label_key(self.label)
        self.scale, self.base = unit_parts(self.unit)

    def agrees(self, other: Pair) -> bool:
        """Same value and unit, scale allowed for numbers."""
        if isinstance(self.value, Decimal) and isinstance(other.value, Decimal):
            return self.base == other.base and self.value * self.scale == other.value * other.scale
        if isinstance(self.value, str) and isinstance(other.value, str):
            return (self.base, self.scale, self.value) == (other.base, other.scale, other.value)
        return False

    def shown(self) -> str:
        return f"{self.label} = {self.value}{'' if self.unit in ('', None) else ' ' + str(self.unit)}"


_UNIT_WORD = re.compile(r"(万亿|亿|万|千|百)?(%|个百分点|元|人次|人|户|吨|公顷|亩|立方米|平方米|平方公里|公里|千米|千克|"
                        r"克|个|家|所|辆|台|件|次|天|小时|分钟|年|岁|分)")


def _header_unit(header) -> str | None:
    """The unit a column header states: 绝对数(亿元) -> 亿元, 比上年增长% -> %; 2010年(六普) -> None."""
    text = unicodedata.normalize("NFKC", str(header or "")).strip()
    found = re.search(r"\(([^()]+)\)$", text)
    if found and _UNIT_WORD.fullmatch(fold(found.group(1))):
        return found.group(1)
    return "%" if text.endswith("%") else None


def table_pairs(table: dict, index: int) -> list[Pair]:
    """The (label, value, unit) pairs of a key table or a draft's data (same shapes)."""
    data = table.get("data") if isinstance(table.get("data"), dict) else table
    rows = data.get("rows") or []
    columns = list(data.get("columns") or [])
    unit = table.get("unit", "")
    width = max((len(r) for r in rows if isinstance(r, list)), default=2) - 1
    per_column = None
    if isinstance(unit, str) and " / " in unit and len(unit.split(" / ")) == width:
        per_column = [u.strip() for u in unit.split(" / ")]
    pairs = []
    for r, row in enumerate(rows):
        if not isinstance(row, list) or not row:
            continue
        label = "" if row[0] is None else str(row[0])
        for c, cell in enumerate(row[1:], start=1):
            value = value_of(cell)
            if value is None:
                continue
            header = str(columns[c]) if c < len(columns) and columns[c] is not None else ""
            if isinstance(unit, dict):
                pair_unit = unit.get(label, unit.get(header, ""))
            elif per_column:
                pair_unit = per_column[c - 1]
            elif width > 1 and _header_unit(header) is not None:
                pair_unit = _header_unit(header)
            else:
                pair_unit = unit or ""
            shown = f"{label} {header}" if width > 1 else label
            pairs.append(Pair(index, r, shown, value, str(pair_unit)))
    return pairs


def match_pairs(key: list[Pair], found: list[Pair]) -> list[tuple[int, int]]:
    """One-to-one (key index, found index) matches: greedy on label score (see the rules)."""
    candidates = []
    for k, kp in enumerate(key):
        for f, fp in enumerate(found):
            if kp.agrees(fp):
                score = label_score(kp.key, fp.key)
                if score is not None:
                    candidates.append((score, k, f))
    affinity = Counter((key[k].table, found[f].table) for _, k, f in candidates)
    candidates.sort(key=lambda c: (-c[0][0], -c[0][1], -affinity[key[c[1]].table, found[c[2]].table], c[1], c[2]))
    used_k, used_f, matches = set(), set(), []
    for _, k, f in candidates:
        if k not in used_k and f not in used_f:
            used_k.add(k)
            used_f.add(f)
            matches.append((k, f))
    return sorted(matches)


# --- one article --------------------------------------------------------------------------------

@dataclass
class Draft:
    name: str
    spec: dict


@dataclass
class ArticleScore:
    name: str
    split: str
    key_pairs: int = 0
    found_pairs: int = 0
    matched: int = 0
    right_table: int = 0
    key_tables: int = 0
    drafts: int = 0
    matched_tables: int = 0
    kind_right: int = 0
    question_right: int = 0
    false_drafts: int = 0
    error: str | None = None
    misses: list[str] = field(default_factory=list)  # key pairs not found (labels from the key)
    extras: list[str] = field(default_factory=list)  # draft pairs matching no key pair (dev only)
    wrong_kind: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found_pairs if self.found_pairs else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.key_pairs if self.key_pairs else 0.0


def score_article(name: str, split: str, key: dict, drafts: list[Draft], error: str | None = None) -> ArticleScore:
    tables = [t for t in key.get("tables") or [] if isinstance(t, dict)]
    kp = [p for i, t in enumerate(tables) for p in table_pairs(t, i)]
    fp = [p for i, d in enumerate(drafts) for p in table_pairs(d.spec, i)]
    matches = match_pairs(kp, fp)
    shared = Counter((kp[k].table, fp[f].table) for k, f in matches)
    corresponds: dict[int, int] = {}
    taken = set()
    for (t, d), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if t not in corresponds and d not in taken:
            corresponds[t] = d
            taken.add(d)
    score = ArticleScore(name, split, key_pairs=len(kp), found_pairs=len(fp), matched=len(matches),
                         key_tables=len(tables), drafts=len(drafts), matched_tables=len(corresponds), error=error)
    score.right_table = sum(corresponds.get(kp[k].table) == fp[f].table for k, f in matches)
    for t, d in corresponds.items():
        kind, question = drafts[d].spec.get("kind"), drafts[d].spec.get("question", "none")
        score.kind_right += kind in KIND_SETS.get(tables[t].get("kind"), set())
        score.question_right += question == tables[t].get("question")
        if kind not in KIND_SETS.get(tables[t].get("kind"), set()):
            score.wrong_kind.append(f"{tables[t].get('title')}: key {tables[t].get('kind')}, draft {kind}")
    with_match = {fp[f].table for _, f in matches}
    score.false_drafts = sum(i not in with_match for i in range(len(drafts)))
    matched_k, matched_f = {k for k, _ in matches}, {f for _, f in matches}
    score.misses = [f"[{tables[p.table].get('title')}] {p.shown()}" for i, p in enumerate(kp) if i not in matched_k]
    if split != "held-out":  # draft labels are words of the text: never shown for held-out
        score.extras = [f"[{drafts[p.table].name}] {p.shown()}" for i, p in enumerate(fp) if i not in matched_f]
    return score


# --- running extract ----------------------------------------------------------------------------

def _library():
    """extract(path) -> [(name, yaml text)] through the package, or None when it does not import."""
    try:
        from charts.article.drafts import draft_yaml
        from charts.article.extract import extract
        try:
            from charts.article.read import read_article
        except ImportError:
            from charts.article.verify import read_article
    except Exception:  # noqa: BLE001 - any failure to import means: use the command line
        return None

    def run(path: Path) -> list[tuple[str, str]]:
        return [(d.name, draft_yaml(d, str(path), "spec.schema.json")) for d in extract(read_article(path))]

    return run


def _command() -> list[str]:
    """How to start `charts` from here: this interpreter if it has the package, else the venv."""
    import importlib.util

    if importlib.util.find_spec("charts") is not None:
        return [sys.executable, "-m", "charts"]
    venv = REPO / ".venv" / "bin" / "python"
    if venv.exists():
        return [str(venv), "-m", "charts"]
    found = shutil.which("charts")
    if found:
        return [found]
    raise SystemExit("score.py: cannot find charts (install it: pip install -e .)")


def _run_cli(path: Path, command: list[str]) -> tuple[list[tuple[str, str]], str | None]:
    with tempfile.TemporaryDirectory(prefix="charts-score-") as tmp:
        out = Path(tmp) / "drafts"
        done = subprocess.run([*command, "extract", str(path), "-o", str(out)], check=False, capture_output=True,
                              text=True, cwd=REPO, timeout=120)
        files = sorted(out.glob("*.yaml")) if out.is_dir() else []
        texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    if done.returncode != 0 and not (done.returncode == 1 and not texts):  # 1 with no file: no table found
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return texts, f"charts extract exited {done.returncode}: {tail}"
    return texts, None


def run_extract(paths: list[Path], via: str = "auto") -> dict[Path, tuple[list[Draft], str | None, str]]:
    """Drafts per text: {path: (drafts, error or None, 'library' or 'cli')}."""
    library = _library() if via in ("auto", "library") else None
    if via == "library" and library is None:
        raise SystemExit("score.py: --via library: charts.article.extract does not import")
    results: dict[Path, tuple[list[Draft], str | None, str]] = {}
    pending = []
    for path in paths:
        if library is None:
            pending.append(path)
            continue
        try:
            texts = library(path)
        except Exception as exc:  # noqa: BLE001 - a failing library path falls back to the CLI
            if via == "library":
                results[path] = ([], f"extract raised {type(exc).__name__}", "library")
                continue
            pending.append(path)
            continue
        results[path] = (_parse(texts), None, "library")
    if pending:
        command = _command()
        with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
            for path, (texts, error) in zip(pending, pool.map(lambda p: _run_cli(p, command), pending)):
                results[path] = (_parse(texts), error, "cli")
    return results


def _parse(texts: list[tuple[str, str]]) -> list[Draft]:
    """Drafts by file name, so both paths hand the matcher the same order (its last tie-break)."""
    drafts = []
    for name, text in sorted(texts):
        try:
            spec = load_yaml(text)
        except yaml.YAMLError:
            spec = None
        drafts.append(Draft(name, spec if isinstance(spec, dict) else {}))
    return drafts


# --- the corpus ---------------------------------------------------------------------------------

def find_corpus(given: str | None = None) -> Path | None:
    for candidate in (given, os.environ.get("CHARTS_CORPUS"), DEFAULT_CORPUS):
        if candidate:
            path = Path(candidate).expanduser()
            return path if (path / "dev").is_dir() or (path / "held-out").is_dir() else None
    return None


def articles(corpus: Path, split: str) -> list[tuple[str, Path, Path]]:
    """(name, text, key) of a split, in order."""
    found = []
    for key in sorted((corpus / split).glob("*.key.yaml")):
        name = key.name[: -len(".key.yaml")]
        text = key.with_name(name + ".txt")
        if text.exists():
            found.append((name, text, key))
    return found


def score(corpus: Path, splits=SPLITS, via: str = "auto") -> dict[str, list[ArticleScore]]:
    """Every article of the splits scored: {split: [ArticleScore]}."""
    todo = {split: articles(corpus, split) for split in splits}
    drafts = run_extract([text for items in todo.values() for _, text, _ in items], via)
    scores = {}
    for split, items in todo.items():
        scores[split] = []
        for name, text, key in items:
            found, error, _ = drafts[text]
            if error and split == "held-out":  # an error message may quote the text: keep its first words
                error = error.split(":")[0]
            key_doc = load_yaml(key.read_text(encoding="utf-8")) or {}
            scores[split].append(score_article(name, split, key_doc, found, error))
    return scores


def summary(scores: list[ArticleScore]) -> dict:
    total = {f: sum(getattr(s, f) for s in scores) for f in (
        "key_pairs", "found_pairs", "matched", "right_table", "key_tables", "drafts", "matched_tables",
        "kind_right", "question_right", "false_drafts")}

    def share(a, b):
        return round(a / b, 4) if b else 0.0

    return {
        "articles": len(scores),
        **total,
        "recall": share(total["matched"], total["key_pairs"]),
        "precision": share(total["matched"], total["found_pairs"]),
        "right_table_share": share(total["right_table"], total["matched"]),
        "kind_accuracy": share(total["kind_right"], total["matched_tables"]),
        "question_accuracy": share(total["question_right"], total["matched_tables"]),
        "errors": sum(s.error is not None for s in scores),
    }


def final_line(split: str, figures: dict) -> str:
    return (f"{split}: recall {figures['recall']:.2f} precision {figures['precision']:.2f} "
            f"({figures['key_pairs']} pairs, {figures['articles']} articles)")


# --- output -------------------------------------------------------------------------------------

def _row(s: ArticleScore) -> str:
    def frac(a, b):
        return f"{a}/{b}"

    return (f"{s.name[:34]:<34} {s.key_pairs:>4} {s.found_pairs:>5} {s.matched:>5} {s.precision:>5.2f} "
            f"{s.recall:>5.2f} {frac(s.right_table, s.matched):>7} {frac(s.kind_right, s.matched_tables):>6} "
            f"{frac(s.question_right, s.matched_tables):>6} {frac(s.false_drafts, s.drafts):>6}"
            + (f"  ERROR {s.error}" if s.error else ""))


HEADER = (f"{'article':<34} {'key':>4} {'found':>5} {'match':>5} {'P':>5} {'R':>5} {'tables':>7} {'kind':>6} "
          f"{'quest':>6} {'false':>6}")


def text_report(scores: dict[str, list[ArticleScore]], show: set[str], elapsed: float) -> str:
    out = []
    for split, items in scores.items():
        figures = summary(items)
        out.append(f"== {split} ({figures['articles']} articles) ==")
        if split == "dev" or split in show:
            out.append(HEADER)
            for s in items:
                out.append(_row(s))
                if split in show:
                    out += [f"    miss  {m}" for m in s.misses]
                    out += [f"    extra {m}" for m in s.extras]
                    out += [f"    kind  {m}" for m in s.wrong_kind]
        out.append(
            f"{split}: {figures['key_pairs']} key pairs in {figures['key_tables']} tables; "
            f"{figures['found_pairs']} draft pairs in {figures['drafts']} drafts; {figures['matched']} matched")
        out.append(
            f"{split}: right table {figures['right_table_share']:.2f} ({figures['right_table']}/{figures['matched']}), "
            f"kind {figures['kind_accuracy']:.2f} and question {figures['question_accuracy']:.2f} "
            f"({figures['kind_right']} and {figures['question_right']} of {figures['matched_tables']} matched tables), "
            f"false drafts {figures['false_drafts']}/{figures['drafts']}, extract errors {figures['errors']}")
        out.append("")
    out.append(f"scored in {elapsed:.1f} s")
    out += [final_line(split, summary(items)) for split, items in scores.items()]
    return "\n".join(out)


def json_report(scores: dict[str, list[ArticleScore]], show: set[str], elapsed: float) -> str:
    report = {"seconds": round(elapsed, 2), "splits": {}}
    for split, items in scores.items():
        entry = {"summary": summary(items)}
        if split == "dev" or split in show:
            entry["articles"] = []
            for s in items:
                row = {f: getattr(s, f) for f in (
                    "name", "key_pairs", "found_pairs", "matched", "right_table", "key_tables", "drafts",
                    "matched_tables", "kind_right", "question_right", "false_drafts", "error")}
                row.update(precision=round(s.precision, 4), recall=round(s.recall, 4))
                if split in show:
                    row.update(misses=s.misses, extras=s.extras, wrong_kind=s.wrong_kind)
                entry["articles"].append(row)
        report["splits"][split] = entry
    return json.dumps(report, ensure_ascii=False, indent=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="the corpus folder (default: $CHARTS_CORPUS or ../shared/corpus)")
    parser.add_argument("--split", choices=("dev", "held-out", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-misses", action="append", choices=SPLITS, default=[],
                        help="list missed key pairs (and, for dev, unmatched draft pairs) of this split")
    parser.add_argument("--via", choices=("auto", "library", "cli"), default="auto",
                        help="run extract in this process or as `charts extract -o` (default: library if it imports)")
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus)
    if corpus is None:
        print(f"score.py: skipped: no corpus at {args.corpus or os.environ.get('CHARTS_CORPUS') or DEFAULT_CORPUS} "
              "(give --corpus DIR or set CHARTS_CORPUS)")
        return 0
    splits = SPLITS if args.split == "both" else (args.split,)
    start = time.perf_counter()
    scores = score(corpus, splits, args.via)
    elapsed = time.perf_counter() - start
    report = json_report if args.json else text_report
    print(report(scores, set(args.show_misses), elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
