"""Render the app icon's PNGs (and .ico/.icns) from packaging/icons/sistercity-desktop.svg.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Writes packaging/icons/hicolor/<n>x<n>/apps/sistercity-desktop.png for the freedesktop
sizes, with Qt's own SVG renderer (QtSvg ships in PySide6-Essentials). Sizes up to 32 px
leave out the group id="detail" (skylines, bridge): at that size they only blur, and the
two overlapping circles read better alone. With Pillow installed (ReportLab depends on
it) it also writes sistercity-desktop.ico (Windows) and sistercity-desktop.icns (macOS).
The outputs are committed; run this again after editing the SVG.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent / "icons"
SOURCE = ICONS / "sistercity-desktop.svg"
NAME = "sistercity-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL = 32  # at or below this size the detail group is left out
DETAIL = re.compile(r'<g id="detail".*?</g>', re.DOTALL)


def svg_for(size: int, text: str) -> bytes:
    """The SVG to draw at `size`: without the detail group for small icons."""
    return (DETAIL.sub("", text) if size <= SMALL else text).encode()


def render(svg: bytes, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_platform_icons(pngs: dict[int, Path], text: str) -> list[Path]:
    """Multi-size .ico and .icns from the PNGs, when Pillow is there."""
    try:
        from PIL import Image, ImageQt
    except ImportError:
        print("Pillow not installed: skipping .ico and .icns")
        return []
    largest = Image.open(pngs[max(pngs)])
    ico = ICONS / f"{NAME}.ico"
    # Windows picks 16, 24, 32, 48 and 256 from the .ico (Explorer, taskbar, installer).
    largest.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
                 append_images=[Image.open(pngs[s]) for s in (16, 24, 32, 48, 64, 128)])
    icns = ICONS / f"{NAME}.icns"
    # macOS wants up to 1024 px (512@2x); render that size rather than upscale.
    huge = ImageQt.fromqimage(render(svg_for(1024, text), 1024)).convert("RGBA")
    huge.save(icns, append_images=[Image.open(pngs[s]).convert("RGBA")
                                   for s in (16, 32, 64, 128, 256, 512)])
    return [ico, icns]


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    text = SOURCE.read_text(encoding="utf-8")
    pngs: dict[int, Path] = {}
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{NAME}.png"
        if not render(svg_for(size, text), size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        pngs[size] = path
        print(path.relative_to(ICONS.parent.parent))
    for path in write_platform_icons(pngs, text):
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
