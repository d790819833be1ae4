"""Figure -> deterministic PNG / SVG / PDF bytes, written atomically.

Same spec, same bytes: no dates, no tool versions in the metadata, a fixed SVG hash salt
(house.mplstyle). Files are written to a temporary name beside the target and renamed, so
an interrupted run leaves the previous complete file or the new complete file, never half.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from charts import messages as msg
from charts.errors import OutputError, Problem

FORMATS = ("png", "svg", "pdf")

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None, "ModDate": None},
}


def figure_bytes(figure, fmt: str, dpi: float = 72) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt])
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(Problem(str(path), msg.OUTPUT_NOT_WRITABLE.format(
            path=path, reason=exc.strerror or exc)))


def chart_files(name: str, formats, web, printed, raster_dpi) -> dict[str, bytes]:
    """The bytes of each file of one chart, by file name.

    `web` and `printed` are composed canvases: PNG (at each raster dpi) and SVG at the web
    size, PDF at the print size.
    """
    files: dict[str, bytes] = {}
    if "png" in formats:
        for dpi in raster_dpi:
            scale = dpi / 72
            suffix = "" if scale == 1 else f"@{scale:g}x"
            files[f"{name}{suffix}.png"] = figure_bytes(web.figure, "png", dpi)
    if "svg" in formats:
        files[f"{name}.svg"] = figure_bytes(web.figure, "svg")
    if "pdf" in formats:
        files[f"{name}.pdf"] = figure_bytes(printed.figure, "pdf")
    return files
