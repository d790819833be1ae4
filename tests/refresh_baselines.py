"""Refresh the PNG baselines of the seed charts, on purpose and never silently.

    python tests/refresh_baselines.py

Look at every image it writes before committing: the baselines define what is right.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "baseline"


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "charts", "render", "--format", "png", "-o", out,
                        str(ROOT / "specs")], check=True)
        BASELINE.mkdir(exist_ok=True)
        for png in sorted(Path(out).glob("*/*.png")):
            if "@" not in png.name:
                shutil.copyfile(png, BASELINE / png.name)
                print(f"wrote {BASELINE / png.name}")


if __name__ == "__main__":
    main()
