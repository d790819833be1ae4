"""`charts verify` and `charts extract` as library calls.

    verify_specs(VerifyOptions(specs=...), reporter) -> VerifySummary
    extract_specs(ExtractOptions(article="a.txt"), reporter) -> number of drafts
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from charts import messages as msg
from charts.errors import ChartsError, Problem
from charts.report import Reporter


@dataclass(frozen=True)
class VerifyOptions:
    specs: tuple[tuple[Path, str], ...] = ()  # each spec file, with its path as the editor wrote it
    article: Path | None = None  # instead of each spec's source.article
    strict: bool = False  # a spec whose article is not found fails too
    articles: tuple[Path, ...] = ()  # --articles: folders to look for articles in, after the spec's
    lenient: bool = False  # a figure found only under another label is a warning, not an error
    outside: bool = False  # --allow-outside: specs and the files they name may lie outside the project


@dataclass(frozen=True)
class VerifySummary:
    specs: tuple[dict, ...] = ()  # per spec: spec, ok, and its counts and figures or its problems

    @property
    def failed(self) -> int:
        return sum(not entry["ok"] for entry in self.specs)

    def as_json(self) -> str:
        return json.dumps({"command": "verify", "failed": self.failed, "specs": list(self.specs)},
                          ensure_ascii=False, indent=2)


def verify_specs(options: VerifyOptions, report: Reporter) -> VerifySummary:
    """Every figure of each spec looked up in its article: found and cited figures are
    info, relabelled and missing ones problems, and each spec ends with its tally. A spec
    whose article no folder holds is unverified: said, and failing only when strict."""
    summary = VerifySummary(tuple(_verify_one(path, shown, options, report) for path, shown in options.specs))
    report.record(summary.as_json())
    return summary


def _verify_one(path: Path, shown: str, options: VerifyOptions, report: Reporter) -> dict:
    from charts.article.locate import ArticleNotFound
    from charts.article.verify import report as figure_lines
    from charts.article.verify import verify_spec
    from charts.spec.read import load_spec

    try:
        loaded = load_spec(path, shown, options.outside)
        checks = verify_spec(loaded, options.article, options.articles)
    except ArticleNotFound as exc:
        for problem in exc.problems:
            report.problem(problem)
        report.tally(msg.VERIFY_UNVERIFIED.format(name=shown), options.strict)
        return {"spec": shown, "ok": not options.strict, "status": "unverified",
                "problems": [str(p) for p in exc.problems]}
    except Exception as exc:  # noqa: BLE001 - a bug met in one spec must not stop the others
        problems = exc.problems if isinstance(exc, ChartsError) else [
            Problem(shown, msg.INTERNAL_ERROR.format(error=f"{type(exc).__name__}: {exc}"))]
        for problem in problems:
            report.problem(problem)
        return {"spec": shown, "ok": False, "status": "failed", "problems": [str(p) for p in problems]}
    counts, lines = figure_lines(loaded, checks, options.lenient)
    for status, line in lines:
        (report.problem if status in {"relabelled", "missing"} else report.info)(line)
    bad = counts["missing"] + (0 if options.lenient else counts["relabelled"])
    report.tally(msg.VERIFY_SUMMARY.format(name=shown, **counts), bool(bad))
    return {"spec": shown, "ok": not bad, "status": "failed" if bad else "verified", "counts": counts,
            "figures": [{"figure": c.what, "status": c.status, "line": c.line} for c in checks]}


@dataclass(frozen=True)
class ExtractOptions:
    article: str  # the path as the editor typed it: each draft names its article so
    out_dir: Path | None = None  # one file per draft here; None: the drafts are the output


def extract_specs(options: ExtractOptions, report: Reporter) -> int:
    """Draft specs from the tables an article reports; how many. Raises FileExistsError,
    before writing any, when a draft would overwrite a file."""
    from charts.article.drafts import draft_yaml, write_drafts
    from charts.article.extract import extract
    from charts.article.read import read_article
    from charts.spec.schema import SCHEMA_FILE

    drafts = extract(read_article(Path(options.article)))
    if not drafts:
        report.note(msg.EXTRACT_NONE.format(path=options.article))
        return 0
    if options.out_dir is None:
        for draft in drafts:
            report.output(f"--- # {draft.name}.yaml")
            report.output(draft_yaml(draft, options.article, os.path.relpath(SCHEMA_FILE)))
    else:
        for path, draft in write_drafts(drafts, Path(options.article), options.out_dir):
            report.output(msg.EXTRACT_WROTE.format(path=path, kind=draft.kind, rows=len(draft.rows)))
    report.note(msg.EXTRACT_SUMMARY.format(count=len(drafts), path=options.article))
    return len(drafts)
