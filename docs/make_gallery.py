"""Regenerate the README's gallery: the seed charts as small PNGs in docs/gallery/.

    python docs/make_gallery.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
GALLERY = ROOT / "docs" / "gallery"
WIDTH = 320


def main() -> None:
    GALLERY.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "charts", "-q", "render", "--format", "png", "-o", out,
                        str(ROOT / "specs")], check=True)
        for png in sorted(Path(out).glob("*/*@2x.png")):
            image = Image.open(png).convert("RGB")
            small = image.resize((WIDTH, round(image.height * WIDTH / image.width)), Image.LANCZOS)
            target = GALLERY / png.name.replace("@2x", "")
            small.save(target, optimize=True)
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
