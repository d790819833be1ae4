"""How many line breaks fall inside a word: the seed's and the corpus's titles, subtitles,
notes and labels wrapped at every size, breaking anywhere the kinsoku rules allow (as charts
did before it segmented words) and breaking between words (charts/plan/text.py, rjieba).

    pip install -e '.[bench]' && python tests/bench/line_breaks.py [CORPUS_FOLDER]

Judged by segmenters other than the one that breaks: BudouX's Chinese model (a break inside
one of its phrases) and, where installed, jieba (a break inside one of its words of two or
more characters). Prints counts; asserts nothing.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path
from unittest import mock

import yaml

from charts.fonts.faces import advances
from charts.fonts.resolve import resolve
from charts.plan import text as textlib
from charts.theme import MOBILE, PRINT_1COL, PRINT_2COL, WEB

ROOT = Path(__file__).resolve().parents[2]


def texts(corpus: Path | None) -> dict[str, list[tuple[str, str]]]:
    """(role, text) of the seed specs and of the corpus keys' table titles."""
    seed: list[tuple[str, str]] = []
    for path in sorted((ROOT / "specs").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        seed.append(("title", spec["title"]))
        if spec.get("subtitle"):
            seed.append(("body", spec["subtitle"]))
        seed += [("body", note) for note in spec.get("notes", [])]
        seed += [("body", str(row[0])) for row in spec["data"].get("rows") or []]
    found = {"seed": seed}
    if corpus and corpus.is_dir():
        titles = []
        for key in sorted(corpus.glob("*/*.key.yaml")):
            for table in yaml.safe_load(key.read_text(encoding="utf-8")).get("tables") or []:
                if table.get("title"):
                    titles.append(("title", str(table["title"])))
        found["corpus titles"] = titles
    return found


def judges():
    import budoux

    parser = budoux.load_default_simplified_chinese_parser()
    out = {"BudouX phrase": lambda text: parser.parse(text)}
    try:
        import jieba

        jieba.setLogLevel(60)
        out["jieba word"] = lambda text: list(jieba.cut(text))
    except ImportError:
        pass
    return out


def inside(lines: list[str], pieces: list[str]) -> int:
    """Breaks between lines that fall inside one piece (of two or more characters)."""
    bounds, at = set(), 0
    for piece in pieces:
        at += len(piece)
        bounds.add(at)
    breaks, at = 0, 0
    for line in lines[:-1]:
        at += len(line)
        breaks += at not in bounds
    return breaks


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    fonts = resolve()
    widths = {role: advances(str(f.path), f.face)[0] for role, f in fonts.items()}
    judged = judges()
    for name, items in texts(corpus).items():
        counts = {mode: {j: 0 for j in judged} | {"lines": 0} for mode in ("anywhere", "words")}
        for mode in counts:
            # "anywhere": every character its own word, as before charts segmented
            with mock.patch.object(textlib, "_segment", list) if mode == "anywhere" else nullcontext():
                textlib._words.cache_clear()
                for size in (WEB, MOBILE, PRINT_2COL, PRINT_1COL):
                    inner = size.width - 2 * size.margin
                    for role, text in items:
                        points = size.title if role == "title" else size.label
                        room = inner if role == "title" else inner * 0.4  # a bar label's share
                        lines = textlib.wrap(text, room, points, widths[role])
                        counts[mode]["lines"] += len(lines) > 1
                        for judge, cut in judged.items():  # judged on the text as set (spaces at breaks dropped)
                            counts[mode][judge] += inside(lines, cut("".join(lines)))
            textlib._words.cache_clear()
        print(f"{name}: {len(items)} texts x 4 sizes")
        for mode, row in counts.items():
            print(f"  breaking {mode:<9} wrapped {row['lines']:>4}; breaks inside a " +
                  ", ".join(f"{judge} {row[judge]}" for judge in judged))


if __name__ == "__main__":
    main()
