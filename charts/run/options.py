"""What a render is asked to do, as one value: the command line builds it, the batch, the
watch and each worker read it. Imports nothing heavy (the no-change path reads it too)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from charts import messages as msg
from charts.export.files import FORMATS
from charts.handoff.manifest import foreign_file


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
    articles: tuple[Path, ...] = ()  # --articles: folders holding articles, after each spec's own
    outside: bool = False  # --allow-outside: specs and the files they name may lie outside the project
    lenient: bool = False  # a figure found only under another label draws, with a warning
    editions: tuple[str, ...] = ()  # --edition: Traditional editions of every chart, beside the spec's own

    def output_clash(self) -> str | None:
        """Why the output folder may not take this run's charts, or None. Output and the
        editors' files are kept apart so that writing and cleaning output/ can never touch
        a spec, its CSV, its article or the notes kept beside them: the output folder may
        not be, nor hold, nor lie inside the folder of any spec of the run (the default
        specs/, a folder argument, or the folder of a spec file named alone: keep specs in
        specs/ and output/ beside it). Links resolved. Nor
        may it hold an index.html that is not charts' review page: a render would
        overwrite it."""
        out = _real(self.out_dir)
        folders = {_real(path.parent): (str(path.parent), False) for path, _ in self.specs}
        named = [t for t in self.targets if Path(t).is_dir()] if self.targets else \
            [str(path.parent) for path, _ in self.specs]
        folders.update({_real(Path(t)): (t, True) for t in named})
        for folder, (shown, named_as_folder) in sorted(folders.items()):
            how = (msg.OUTPUT_IS if out == folder else msg.OUTPUT_HOLDS if out in folder.parents
                   else msg.OUTPUT_LIES_IN if folder in out.parents else None)
            if how:
                return msg.OUTPUT_OVERLAPS_SPECS.format(out=self.out_dir, how=how, specs=shown)
        foreign = foreign_file(self.out_dir)
        return msg.OUTPUT_NOT_CHARTS.format(out=self.out_dir, file=foreign) if foreign else None

    def for_worker(self) -> RenderOptions:
        """What a worker needs to draw one spec: not the list of every spec, which would
        otherwise travel with each job of a large batch."""
        return replace(self, specs=(), targets=())


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))
