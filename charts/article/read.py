"""Article text as it arrives: extracted from newspaper PDFs, with stray spaces between
characters, line breaks inside phrases and numbers, full-width digits and `％`. Normalised
once (NFKC, whitespace removed) with a map back to the article's own line numbers."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Article:
    path: Path
    text: str  # normalised
    line_of: tuple[int, ...]  # normalised index -> 1-based line of the original text

    def line(self, index: int) -> int:
        return self.line_of[index] if index < len(self.line_of) else self.line_of[-1]


def normalise(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def read_article(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8-sig")
    chars, lines = [], []
    for number, line in enumerate(raw.splitlines(), start=1):
        for ch in unicodedata.normalize("NFKC", line):
            if not ch.isspace():
                chars.append(ch)
                lines.append(number)
    return Article(path, "".join(chars), tuple(lines) or (1,))
