"""Measuring and wrapping Chinese text by its display width, with Chinese line-breaking rules.

Widths come from the font's own advance widths, so a line measured here is the line drawn.
Rules: no closing punctuation at the start of a line, no opening punctuation at its end,
Latin words and numbers stay whole, and a number keeps its unit.
"""

from __future__ import annotations

import re

# Closing punctuation never starts a line; opening punctuation never ends one.
CLOSING = set("，。、．）》〉」』】〕］｝”’：；！？…—%％·,.;:!?)]}")
OPENING = set("（《〈「『【〔［｛“‘([{")
# Characters that are units when they follow a number (1151名, 3.7亿元, 21.6%).
UNIT_CHARS = set("%％‰万亿千百元名人个家期年月日岁次倍件户座项条宗场趟米吨斤度")

_ATOM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,'’\-−+/]*|\s+|.", re.S)


# Full-width punctuation whose half-em of blank we remove where two meet (标点挤压), and at
# the start of a line for opening marks, so “一户一岗”： and 来源：《 read tight.
_SQUEEZABLE_AFTER = set("，。、：；）》〉」』】〕”’")
_SQUEEZABLE_BEFORE = set("（《〈「『【〔“‘")
_FULL_PUNCT = _SQUEEZABLE_AFTER | _SQUEEZABLE_BEFORE | set("！？")


def squeezed(text: str) -> list[int]:
    """Indices of punctuation drawn half-width: the first of two adjacent full-width marks
    (the second if both open), and an opening mark that starts the text."""
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i else ""
        if i == 0 and ch in _SQUEEZABLE_BEFORE:
            out.append(i)
        elif ch in _SQUEEZABLE_AFTER and nxt in _FULL_PUNCT:
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
    for i in squeezed(text):
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
    return size * (full - 0.5 * len(squeezed(text)))


def _units(text: str) -> list[str]:
    """Pieces that must not be split across lines."""
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


def wrap(text: str, max_width: float, size: float, advances: dict[int, float],
         balance: bool = True) -> list[str]:
    """Lines of at most max_width points (a single unbreakable piece may exceed it).

    Balanced: as many lines as greedy filling needs, but as even as possible, so a label
    never ends with one orphaned character on its last line.
    """
    lines = _greedy(text, max_width, size, advances)
    if not balance or len(lines) < 2:
        return lines
    low, high = max_width / len(lines), max_width
    for _ in range(12):
        middle = (low + high) / 2
        if len(_greedy(text, middle, size, advances)) == len(lines):
            high = middle
        else:
            low = middle
    return _greedy(text, high, size, advances)


def _greedy(text: str, max_width: float, size: float, advances: dict[int, float]) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for unit in _units(paragraph):
            candidate = line + unit
            if line and width(candidate.rstrip(), size, advances) > max_width:
                lines.append(line.rstrip())
                line = unit.lstrip()
            else:
                line = candidate
        lines.append(line.rstrip())
    return lines
