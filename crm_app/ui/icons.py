"""Action icons from resources/icons/*.svg, drawn in the palette's text colour.

The SVGs use `currentColor`; painting them with the current palette's text colour keeps them
legible in light and dark themes. Rendered per size and device pixel ratio, so high-DPI
screens get sharp pixmaps.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from crm_app.paths import resource_path

SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str) -> str:
    return str(resource_path("icons", f"{name}.svg"))


def icon(name: str) -> QIcon:
    """The named icon in the current palette's text colour; an empty icon if unknown."""
    colour = _text_colour()
    return _coloured_icon(name, colour)


def _text_colour() -> str:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return "#404040"
    return str(app.palette().color(QPalette.ColorRole.WindowText).name())


@lru_cache(maxsize=256)
def _coloured_icon(name: str, colour: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    for size in SIZES:
        for scale in sorted({1.0, max(1.0, ratio), 2.0}):
            pixels = round(size * scale)
            pixmap = QPixmap(pixels, pixels)
            pixmap.fill(QColor(Qt.GlobalColor.transparent))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, pixels, pixels))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result


def clear_icon_cache() -> None:
    """Drop cached icons (at shutdown, and when the palette changes)."""
    _coloured_icon.cache_clear()
