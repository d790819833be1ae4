"""`charts check` as a library call: each spec validated and put through the data rules,
nothing drawn.

    check_specs(CheckOptions(specs=...), reporter) -> CheckSummary
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from charts import messages as msg
from charts.check.rules import check
from charts.errors import ChartsError, Problem
from charts.report import Reporter
from charts.spec.read import load_spec


@dataclass(frozen=True)
class CheckOptions:
    specs: tuple[tuple[Path, str], ...] = ()  # each spec file, with its path as the editor wrote it
    strict: bool = False  # warnings fail a spec too
    outside: bool = False  # --allow-outside: specs and CSVs may lie outside the project


@dataclass(frozen=True)
class CheckSummary:
    specs: tuple[dict, ...] = ()  # per spec: spec, ok, problems (errors), warnings

    @property
    def failed(self) -> int:
        return sum(not entry["ok"] for entry in self.specs)

    def as_json(self) -> str:
        return json.dumps({"command": "check", "ok": len(self.specs) - self.failed, "failed": self.failed,
                           "specs": list(self.specs)}, ensure_ascii=False, indent=2)


def check_specs(options: CheckOptions, report: Reporter) -> CheckSummary:
    """Check every spec; one bad spec never stops the others."""
    summary = CheckSummary(tuple(_check_one(path, shown, options.strict, report, options.outside)
                                 for path, shown in options.specs))
    report.summary(msg.CHECK_SUMMARY.format(ok=len(summary.specs) - summary.failed, failed=summary.failed),
                   bool(summary.failed))
    report.record(summary.as_json())
    return summary


def _check_one(path: Path, shown: str, strict: bool, report: Reporter, outside: bool = False) -> dict:
    warnings: list = []
    try:
        findings = check(load_spec(path, shown, outside))
        warnings = [p for _, p in findings.warnings]
        for problem in warnings:
            report.problem(problem)
        errors, failing = [p for _, p in findings.errors], findings.failing(strict)
    except ChartsError as exc:
        errors = failing = exc.problems
    except Exception as exc:  # noqa: BLE001 - a bug met in one spec must not stop the check of the others
        errors = failing = [Problem(shown, msg.INTERNAL_ERROR.format(error=f"{type(exc).__name__}: {exc}"))]
    for problem in errors:
        report.problem(problem)
    if not failing:
        report.info(msg.CHECKED.format(name=shown))
    return {"spec": shown, "ok": not failing, "problems": [str(p) for p in errors],
            "warnings": [str(p) for p in warnings]}
