"""Render resources/icons/burenrust.svg into the PNG the program shows and the
ICO that Windows shows (installer, shortcut, uninstall list). Run after editing
the SVG:  python packaging/make_icons.py"""

from __future__ import annotations

import io
import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "burenrust.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    (ICONS / "burenrust.png").write_bytes(render(256))
    # Each size drawn from the vector, not scaled down from 256: small sizes stay sharp.
    frames = [Image.open(io.BytesIO(render(size))) for size in ICO_SIZES]
    frames[-1].save(ICONS / "burenrust.ico", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=frames[:-1])
    print("wrote", ICONS / "burenrust.png", ICONS / "burenrust.ico")


if __name__ == "__main__":
    main()
