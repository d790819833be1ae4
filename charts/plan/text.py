"""Measuring and wrapping Chinese text by its display width, with Chinese line-breaking rules.

Widths come from the font's own advance widths, so a line measured here is the line drawn.
Rules: a line breaks between words, never inside a word or a name (就业帮扶车间, 天等县);
no closing punctuation at the start of a line, no opening punctuation at its end, Latin
words and numbers stay whole, and a number keeps its unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Closing punctuation never starts a line; opening punctuation never ends one.
CLOSING = set("，。、．）》〉」』】〕］｝”’：；！？…—%％·,.;:!?)]}/／")  # a slash never starts a line
OPENING = set("（《〈「『【〔［｛“‘([{")
# Characters that are units when they follow a number (1151名, 3.7亿元, 21.6%).
UNIT_CHARS = set("%％‰万亿千百元名人个家期年月日岁次倍件户座项条宗场趟米吨斤度")

# A Latin word or a number: accented letters (café, Zürich) and combining marks included.
_LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_ATOM = re.compile(rf"[{_LATIN}][{_LATIN}\u0300-\u036f.,'’\-−+/]*|\s+|.", re.S)


# Full-width punctuation whose half-em of blank we remove where two meet (标点挤压), and at
# the start of a line for opening marks, so “一户一岗”： and 来源：《 read tight.
_SQUEEZABLE_AFTER = set("，。、：；）》〉」』】〕”’")
_SQUEEZABLE_BEFORE = set("（《〈「『【〔“‘")
_FULL_PUNCT = _SQUEEZABLE_AFTER | _SQUEEZABLE_BEFORE | set("！？")


class Advances(dict):
    """A face's advance widths in em by code point, and which full-width marks the face sets
    centred in the em (Taiwan's ，。：；, charts/theme/editions.py): such a mark has ink in
    its right half, so it gives up no blank to a closing mark after it."""

    def __init__(self, widths: dict[int, float], centred: str = ""):
        super().__init__(widths)
        self.centred = centred


def squeezed(text: str, centred: str = "") -> list[int]:
    """Indices of punctuation drawn half-width: the first of two adjacent full-width marks
    (the second if both open), and an opening mark that starts the text. A `centred` mark
    is squeezed only before an opening mark, whose left half is blank."""
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i else ""
        if i == 0 and ch in _SQUEEZABLE_BEFORE:
            out.append(i)
        elif ch in _SQUEEZABLE_AFTER and nxt in _FULL_PUNCT and (ch not in centred or nxt in _SQUEEZABLE_BEFORE):
            out.append(i)
        elif ch in _SQUEEZABLE_BEFORE and prev in _SQUEEZABLE_BEFORE:
            out.append(i)
    return out


def runs(text: str, size: float, advances: dict[int, float]) -> list[tuple[float, str]]:
    """The text cut where punctuation is squeezed: (x offset in points, run) pairs.

    Squeezing by position rather than by a font feature keeps it identical in every
    output and every font: a closing mark keeps its ink and the text after it moves half
    an em closer; an opening mark moves half an em back onto its blank.
    """
    cuts: dict[int, int] = {}  # run start -> how many half-ems to pull it back
    for i in squeezed(text, getattr(advances, "centred", "")):
        start = i if text[i] in _SQUEEZABLE_BEFORE else i + 1
        cuts[start] = cuts.get(start, 0) + 1
    out, pulled, start = [], 0, 0
    for cut in sorted(cuts) + [len(text)]:
        if cut > start:
            x = size * (sum(advances.get(ord(c), 1.0) for c in text[:start]) - 0.5 * pulled)
            out.append((x, text[start:cut]))
            start = cut
        pulled += cuts.get(cut, 0)
    return out


def width(text: str, size: float, advances: dict[int, float]) -> float:
    """Width of one line in points at the font size, as drawn (with squeezed punctuation)."""
    full = sum(advances.get(ord(ch), 1.0) for ch in text)
    return size * (full - 0.5 * len(squeezed(text, getattr(advances, "centred", ""))))


def _units(text: str) -> list[str]:
    """Pieces that must not be split across lines (kinsoku, numbers, Latin words)."""
    atoms = _ATOM.findall(text)
    units: list[str] = []
    glue_next = False
    for atom in atoms:
        attach = units and (
            glue_next
            or atom[0] in CLOSING
            or (atom[0] in UNIT_CHARS and units[-1][-1].isdigit())
            or (atom[0].isdigit() and units[-1][-1] in UNIT_CHARS and units[-1][-2:-1].isdigit())
        )
        if attach:
            units[-1] += atom
        else:
            units.append(atom)
        glue_next = atom[-1] in OPENING
    return units


@lru_cache(maxsize=1)
def _segmenter():
    """rjieba (jieba's dictionary, and its HMM for names the dictionary lacks, such as
    天等县) and OpenCC's Traditional-to-Simplified conversion. Imported on first use:
    loading the dictionary takes a fifth of a second, which a run whose texts all fit on
    one line never pays."""
    import opencc
    import rjieba

    return opencc.OpenCC("t2s").convert, rjieba.cut


def _segment(text: str) -> list[str]:
    """Words of a Chinese text. The dictionary is Simplified: Traditional text is cut as
    its character-for-character Simplified form, where rjieba finds 長期 and 專任教師 that
    it splits in the Traditional form."""
    to_simplified, cut = _segmenter()
    simplified = to_simplified(text)
    if len(simplified) != len(text):  # a phrase converted to another length: positions differ
        simplified = text
    words, at = [], 0
    for word in cut(simplified):
        words.append(text[at:at + len(word)])
        at += len(word)
    return words


# A title in book-title marks names a publication or a document, whatever its length; a short
# quoted term (“双11”, 「一帶一路」) names a thing. Both are kept on one line where they fit.
_NAME_MARKS = {"《": "》", "〈": "〉", "“": "”", "「": "」", "『": "』"}
_SHORT_NAME = 10  # characters between quotation marks; longer, it is a quoted sentence


def _quoted(paragraph: str) -> set[int]:
    """Positions inside names in book-title or quotation marks, where no line may break."""
    held: set[int] = set()
    for start, mark in enumerate(paragraph):
        close = _NAME_MARKS.get(mark)
        end = paragraph.find(close, start + 1) if close else -1
        if end > 0 and (mark in "《〈" or end - start - 1 <= _SHORT_NAME):
            held.update(range(start + 1, end + 1))
    return held


@lru_cache(maxsize=4096)
def _words(paragraph: str) -> tuple[tuple[str, ...], ...]:
    """The paragraph's unbreakable pieces grouped into words: a line may break only where
    both the kinsoku rules and the word segmenter allow it. Cached: every text is wrapped
    at several widths (balancing, sizes), but segmented once."""
    ends, at = set(), 0
    for word in _segment(paragraph):
        at += len(word)
        ends.add(at)
    ends -= _quoted(paragraph)
    words: list[list[str]] = []
    at = 0
    for unit in _units(paragraph):
        # Breaking at a space is always allowed: it is where Latin text breaks.
        if words and at not in ends and not unit[0].isspace() and not paragraph[at - 1].isspace():
            words[-1].append(unit)
        else:
            words.append([unit])
        at += len(unit)
    return tuple(tuple(w) for w in words)


def wrap(text: str, max_width: float, size: float, advances: dict[int, float],
         balance: bool = True) -> list[str]:
    """Lines of at most max_width points (a single unbreakable piece may exceed it).

    Lines break between words, never inside one; a word wider than max_width alone is
    the exception, broken between its characters (kinsoku still holds) so it never
    overflows. Balanced: as many lines as greedy filling needs, but as even as possible,
    so a label never ends with one orphaned character on its last line.
    """
    if "\n" not in text and width(text.rstrip(), size, advances) <= max_width:
        return [text.rstrip()]  # fits: no need to segment it
    lines = _greedy(text, max_width, size, advances, max_width)
    if not balance or len(lines) < 2:
        return lines
    # Narrower trial widths must not break more words than max_width did: the words
    # too wide to keep whole are decided once, at max_width.
    low, high = max_width / len(lines), max_width
    for _ in range(12):
        middle = (low + high) / 2
        if len(_greedy(text, middle, size, advances, max_width)) == len(lines):
            high = middle
        else:
            low = middle
    return _greedy(text, high, size, advances, max_width)


def _greedy(text: str, max_width: float, size: float, advances: dict[int, float],
            widest_word: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _words(paragraph):
            whole = "".join(word)
            pieces = word if width(whole.strip(), size, advances) > widest_word else (whole,)
            for piece in pieces:
                candidate = line + piece
                if line and width(candidate.rstrip(), size, advances) > max_width:
                    lines.append(line.rstrip())
                    line = piece.lstrip()
                else:
                    line = candidate
        lines.append(line.rstrip())
    return lines
