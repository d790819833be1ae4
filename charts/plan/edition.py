"""A chart's words in an edition's script: OpenCC conversion, the spec's pinned terms, the
desk's house words.

Conversion happens here, once, while the chart is planned: every string the plan puts in a
Chart goes through a Script, so drawing, export and the hand-off files never convert (they
only ask the chart's script for their own few words). Figures keep their digits; 万 and 亿
change script like any other character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from charts.theme.editions import SIMPLIFIED, Edition


@lru_cache(maxsize=None)
def _opencc(config: str):
    import opencc  # the maintained package: its own dictionaries, nothing downloaded

    return opencc.OpenCC(config)


def opencc_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("opencc")
    except PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class Script:
    """How one spec's text is written in one edition. `terms` are the spec's pinned terms
    for that edition (as written in the spec: as the edition prints them)."""

    edition: Edition = SIMPLIFIED
    terms: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, spec, edition: Edition) -> Script:
        pinned = (getattr(spec, "edition_terms", None) or {}).get(edition.tag, {})
        return cls(edition, tuple(sorted(pinned.items(), key=lambda t: (-len(t[0]), t[0]))))

    def __call__(self, text: str) -> str:
        """A text from the spec: pinned terms as pinned, the rest converted."""
        if self.edition.conversion is None or not text:
            return text
        if not self.terms:
            return self._convert(text)
        pinned = dict(self.terms)
        # Longest term first, so a pinned 脱贫劳动力 wins over a pinned 脱贫 inside it.
        pieces = re.split("(" + "|".join(re.escape(k) for k, _ in self.terms) + ")", text)
        return "".join(pinned[p] if i % 2 else self._convert(p) for i, p in enumerate(pieces))

    def house(self, text: str) -> str:
        """The tool's own words (注：, 样本量, the automatic notes, the alt text's phrases):
        the desk's word where it has one, else converted."""
        if self.edition.conversion is None:
            return text
        return self.edition.words.get(text) or self._convert(text)

    def _convert(self, text: str) -> str:
        if not text:
            return text
        converted = _opencc(self.edition.conversion).convert(text)
        return "".join(self.edition.punctuation.get(ch, ch) for ch in converted)

    def unconverted(self, text: str) -> list[str]:
        """Characters of converted text still in their Simplified form: ones that have a
        Traditional form and that the edition's own conversion of the text would replace
        (a pinned term written in Simplified). Forms the edition's standard keeps (Hong
        Kong's 户, 脱) survive their own conversion and pass."""
        if self.edition.conversion is None:
            return []
        again = self._convert(text)
        to_traditional = _opencc("s2t")
        return list(dict.fromkeys(ch for ch in text if ch not in again and to_traditional.convert(ch) != ch))

    def describe(self) -> dict:
        """The conversion, for the edition's record."""
        return {"tag": self.edition.tag, "opencc": self.edition.conversion,
                "opencc_version": opencc_version() if self.edition.conversion else None,
                "pinned_terms": dict(self.terms), "house_words": dict(self.edition.words),
                "punctuation": dict(self.edition.punctuation)}
