"""The editions a chart is published in, as data: one spec gives every edition.

The spec is written in Simplified Chinese (the paper's own edition, `zh-Hans`), or in
Traditional (its own edition then `zh-Hant`, as written, set in a TC font); an edition
for republication in Taiwan or Hong Kong is the same chart with its text converted by OpenCC,
the house words of its desk, and a font and shaping language whose glyph forms are that
standard's. Nothing here converts or draws: charts/plan/edition.py converts, the canvas
shapes with `language`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from charts.theme import FALLBACK_FONTS, HOUSE_FONT


@dataclass(frozen=True)
class Edition:
    tag: str  # BCP 47, and the tag in the edition's file names
    conversion: str | None  # OpenCC config from the spec's Simplified text; None: as written
    font: str  # the house family the edition is set in
    font_file: tuple[str, ...]  # the variable font inside the justmytype_intl_cjk package
    fallback_fonts: tuple[str, ...]  # system families, in order, when the house font is missing
    language: str  # what HarfBuzz shapes with (the `locl` forms), and the lang of SVG and HTML
    # The desk's own words where they differ from a conversion of the Simplified ones.
    words: dict[str, str] = field(default_factory=dict)
    # Punctuation the edition's readers expect in place of the mainland's.
    punctuation: dict[str, str] = field(default_factory=dict)
    # OpenCC config back to Simplified: a text converted right comes back to itself through it
    # and the conversion (how the planner finds a character left Simplified).
    back: str | None = None
    # Full-width marks the edition sets centred in the em. Noto Sans TC's default forms do
    # (measured: the ink of ，。：；、！？ centred at 0.49-0.50 em; Noto Sans SC's at 0.19-0.25).
    centred_punctuation: str = ""
    # OpenCC config for the tool's own words only, in an edition whose spec is written as it
    # prints (a Traditional spec's own edition): 条形图 -> 條形圖 beside its Traditional title.
    house_conversion: str | None = None

    @property
    def suffix(self) -> str:
        """What goes before a file's extension: nothing for the paper's own edition."""
        return "" if self.conversion is None else f".{self.tag}"


SIMPLIFIED = Edition("zh-Hans", None, HOUSE_FONT, ("fonts", "ofl", "notosanssc", "NotoSansSC[wght].ttf"),
                     FALLBACK_FONTS, "zh-Hans")

# Taiwan and Hong Kong desks write 註 for a note, 樣本數 for a sample size and 資料來源 for a
# credit, and quote with corner brackets.
_TRADITIONAL_WORDS = {"注：": "註：", "样本量：": "樣本數：", "样本量": "樣本數", "来源：": "資料來源："}
_CORNER_QUOTES = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_CENTRED = "，。：；、！？"
_TC_FONT = ("fonts", "ofl", "notosanstc", "NotoSansTC[wght].ttf")

# s2tw, not s2twp: on the seed charts s2twp's phrase table (written for software) turned
# 项目 into 專案, 社区 into 社群, 发布 into 釋出 and 交互 into 互動 -- wrong words in 7 of the 13
# texts where the two differ -- while s2tw's only cost is mainland wording (信息, 数据) a
# Taiwan reader understands. A spec pins a term where it wants another (`edition_terms`).
TAIWAN = Edition("zh-Hant-TW", "s2tw", "Noto Sans TC", _TC_FONT,
                 ("Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei"),
                 "zh-Hant-TW", _TRADITIONAL_WORDS, _CORNER_QUOTES, "tw2s", _CENTRED)
# Noto Sans HK is not in the font package: the HK edition is set in Noto Sans TC (Taiwan's
# glyph standard, which Hong Kong's differs from in a few hundred forms) and shaped as zh-HK.
HONG_KONG = Edition("zh-Hant-HK", "s2hk", "Noto Sans TC", _TC_FONT,
                    ("Noto Sans CJK HK", "Source Han Sans HC", "Noto Sans CJK TC", "PingFang HK",
                     "Microsoft JhengHei"),
                    "zh-Hant-HK", _TRADITIONAL_WORDS, _CORNER_QUOTES, "hk2s", _CENTRED)

# A spec written in Traditional characters (a Hong Kong or Taiwan page charted as it reads) is
# its own edition as written: set in Noto Sans TC and shaped as zh-Hant, the tool's own words
# in Traditional (Taiwan's conversion and desk words: the spec does not say which standard).
TRADITIONAL = Edition("zh-Hant", None, "Noto Sans TC", _TC_FONT,
                      ("Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei"),
                      "zh-Hant", _TRADITIONAL_WORDS, {}, None, _CENTRED, house_conversion="s2tw")

EDITIONS = {e.tag: e for e in (SIMPLIFIED, TAIWAN, HONG_KONG, TRADITIONAL)}
# The editions a spec or --edition may ask for, in the order they are rendered.
REPUBLICATIONS = tuple(tag for tag, e in EDITIONS.items() if e.conversion)
