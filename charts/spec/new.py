"""`charts new` as a library call: a commented starter spec written where the editor asked."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from charts import messages as msg
from charts.report import Reporter


@dataclass(frozen=True)
class NewOptions:
    name: str  # NAME or NAME.yaml, a path
    kind: str = "bar"


def new_spec(options: NewOptions, report: Reporter) -> Path:
    """Write the starter of the kind; raises FileExistsError rather than overwrite a spec."""
    from charts.spec.schema import SCHEMA_FILE
    from charts.spec.starter import starter_spec

    name = options.name
    path = Path(name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    if path.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = os.path.relpath(SCHEMA_FILE, path.parent.resolve())
    path.write_text(starter_spec(options.kind, schema), encoding="utf-8")
    report.output(msg.NEW_WROTE.format(path=path))
    return path
