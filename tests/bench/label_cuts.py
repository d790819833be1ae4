"""Where extract cuts a label that is too long: by characters (as it did) or between rjieba's
words (charts/article/extract/labels.py, last_words), judged by another segmenter, BudouX: a
cut inside one of its phrases starts the label in the middle of a word.

    pip install -e '.[bench]' && python tests/bench/label_cuts.py

Runs extract on our own texts (tests/corpus/own) and, where the shared corpus is beside the
repository, its dev half. Prints counts; asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import budoux  # noqa: E402

from charts.article.extract import extract, labels  # noqa: E402
from charts.article.read import read_article  # noqa: E402
from tests.corpus import score  # noqa: E402


def main() -> int:
    parser = budoux.load_default_simplified_chinese_parser()
    corpus = score.find_corpus()
    texts = [t for _, t, _ in score.articles(corpus or Path("."), "own")]
    texts += [t for _, t, _ in score.articles(corpus, "dev")] if corpus else []
    cut, words = [], labels.last_words

    def spy(text: str, width: int) -> str:
        if len(text) > width:
            cut.append((text, width))
        return words(text, width)

    with mock.patch.object(labels, "last_words", spy):
        for text in texts:
            extract(read_article(text, outside=True))

    def inside(text: str, at: int) -> bool:
        ends, total = {0}, 0
        for phrase in parser.parse(text):
            total += len(phrase)
            ends.add(total)
        return at not in ends

    by_characters = sum(inside(t, len(t) - w) for t, w in cut)
    between_words = sum(inside(t, len(t) - len(words(t, w))) for t, w in cut)
    print(f"{len(texts)} texts, {len(cut)} labels cut to length; the cut inside a BudouX phrase: "
          f"by characters {by_characters}, between rjieba words {between_words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
