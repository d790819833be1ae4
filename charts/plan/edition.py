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

from charts.article.read import written_in_traditional
from charts.theme.editions import SIMPLIFIED, TRADITIONAL, Edition


@lru_cache(maxsize=None)
def _opencc(config: str):
    import opencc  # the maintained package: its own dictionaries, nothing downloaded

    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _both_scripts() -> frozenset[str]:
    """Simplified characters that Traditional text writes too (干 of 干涉, 里 of 鄰里, 游 of
    下游): those OpenCC's own character table lists among their own Traditional forms. Read
    from the package's dictionary with the package's own tool; where that tool is missing no
    such character is flagged (a missed warning rather than a refused chart)."""
    import subprocess
    import tempfile
    from pathlib import Path

    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    tool = next((p for p in (clib / "bin").glob("opencc_dict*") if p.is_file()), None)
    table = clib / "share" / "opencc" / "STCharacters.ocd2"
    if tool is None or not table.is_file():
        return _EVERY_CHARACTER
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "st.txt"
        try:
            subprocess.run([str(tool), "-i", str(table), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, timeout=30)
            lines = out.read_text(encoding="utf-8").splitlines()
        except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
            return _EVERY_CHARACTER
    return frozenset(key for key, _, forms in (line.partition("\t") for line in lines) if key in forms.split())


class _Every(frozenset):
    def __contains__(self, item) -> bool:
        return True


_EVERY_CHARACTER = _Every()


def own_edition(spec) -> Edition:
    """The edition a spec is written in: Traditional (zh-Hant) when its own words are, else the
    paper's Simplified."""
    words = " ".join(str(t) for t in (spec.title, spec.subtitle or "", *spec.notes, spec.source.publication))
    return TRADITIONAL if written_in_traditional(words) else SIMPLIFIED


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
            if self.edition.house_conversion and text:  # a Traditional spec's own edition
                return self.edition.words.get(text) or _opencc(self.edition.house_conversion).convert(text)
            return text
        return self.edition.words.get(text) or self._convert(text)

    def _convert(self, text: str) -> str:
        if not text:
            return text
        converted = _opencc(self.edition.conversion).convert(text)
        return "".join(self.edition.punctuation.get(ch, ch) for ch in converted)

    def unconverted(self, text: str) -> list[str]:
        """Characters of converted text still in their Simplified form (a pinned term written
        in Simplified): taken back to Simplified and converted again, a text comes back to
        itself but for those. A form the edition's standard keeps (Hong Kong's 户 and 脱), a
        pinned Traditional variant (臺) and a character both scripts write (游 of 下游, which
        OpenCC turns into 遊 after 向) pass."""
        if self.edition.conversion is None or not text:
            return []
        again = self._convert(_opencc(self.edition.back).convert(text))
        to_traditional = _opencc("s2t")
        if len(again) == len(text):
            changed = [ch for ch, back in zip(text, again) if ch != back]
        else:  # a phrase changed length on the way: compare what each holds
            changed = [ch for ch in text if ch not in again]
        return list(dict.fromkeys(ch for ch in changed
                                  if to_traditional.convert(ch) != ch and ch not in _both_scripts()))

    def describe(self) -> dict:
        """The conversion, for the edition's record."""
        return {"tag": self.edition.tag, "opencc": self.edition.conversion,
                "opencc_version": opencc_version() if self.edition.conversion else None,
                "pinned_terms": dict(self.terms), "house_words": dict(self.edition.words),
                "punctuation": dict(self.edition.punctuation)}
