"""`charts zip` (and `render --zip`) as a library call: charts' folders packed for the desk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from charts import messages as msg
from charts.handoff.bundle import zip_charts
from charts.report import Reporter


@dataclass(frozen=True)
class ZipOptions:
    out_dir: Path = Path("output")
    names: tuple[str, ...] = ()  # none: every chart, with the review page and manifest


def pack_charts(options: ZipOptions, report: Reporter) -> Path:
    """One chart into OUTPUT/NAME.zip, several or all into OUTPUT/charts.zip."""
    archive = zip_charts(options.out_dir, list(options.names) or None)
    report.output(msg.ZIPPED.format(path=archive))
    return archive
