"""What a render is asked to do, as one value: the command line builds it, the batch, the
watch and each worker read it. Imports nothing heavy (the no-change path reads it too)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from charts.export.files import FORMATS


@dataclass(frozen=True)
class RenderOptions:
    specs: tuple[tuple[Path, str], ...] = ()  # each spec file, with its path as the editor wrote it
    out_dir: Path = Path("output")
    formats: tuple[str, ...] = FORMATS
    font: str | None = None  # --font: for every chart
    cmyk: bool = False
    strict: bool = False  # warnings of the data rules fail a chart
    debug: bool = False  # an internal error raises instead of costing only its chart
    jobs: int = 1  # worker processes
    force: bool = False  # draw every chart, changed or not
    watch: bool = False
    zip: bool = False  # also pack the charts of the run
    targets: tuple[str, ...] = ()  # the files and folders as given: a watch looks there again

    def for_worker(self) -> RenderOptions:
        """What a worker needs to draw one spec: not the list of every spec, which would
        otherwise travel with each job of a large batch."""
        return replace(self, specs=(), targets=())
