"""Render the application icon from its SVG source (a developer tool; the outputs are
committed, so neither the application nor a build needs to run this).

    .venv/bin/python installers/icons/render.py

writes
- resources/icons/kam-desktop.svg and kam-desktop-<N>.png for the freedesktop hicolor
  sizes: the window icon (through kam_desktop.resources) and the Linux icon theme;
- installers/icons/kam-desktop.ico (Windows, 16-256 px) and kam-desktop.icns (macOS,
  16-1024 px), packed by Pillow from the same renders.

Qt's SVG renderer draws every size from the vector source, so the small sizes are
anti-aliased at their own resolution rather than scaled down from a large bitmap.
"""
from __future__ import annotations

import os
import shutil
import sys
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (Pillow comes with matplotlib)
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = HERE / "kam-desktop.svg"
RESOURCES = ROOT / "resources" / "icons"
#: the sizes of the hicolor icon theme that desktops look for
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    RESOURCES.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, RESOURCES / SOURCE.name)
    images = {size: to_pillow(render(renderer, size))
              for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in HICOLOR_SIZES:
        images[size].save(RESOURCES / f"kam-desktop-{size}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(HERE / "kam-desktop.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[max(ICNS_SIZES)].save(HERE / "kam-desktop.icns",
                                 append_images=[images[s] for s in ICNS_SIZES[:-1]])
    print(f"rendered {SOURCE.name}: {len(HICOLOR_SIZES)} PNGs into {RESOURCES}, "
          f"kam-desktop.ico and kam-desktop.icns into {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
