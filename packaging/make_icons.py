"""Draws the application icon: PNGs at the freedesktop sizes and one scalable SVG.

    .venv/bin/python packaging/make_icons.py            # rewrites resources/icons/
    .venv/bin/python packaging/make_icons.py --check    # exits 1 if the committed icons are stale

The emblem: a deep-space tile, the limb of the Earth rising from the lower left with its atmosphere,
an orbit arc, and a satellite with two solar-panel wings in the upper right. One scene, described in
a 1 x 1 unit square, becomes filled outlines (QPainterPath) that are painted into the PNGs and
written as SVG path data, so the two never drift apart. Small sizes drop the details that would
only blur (stars, the orbit, panel cell lines) and make the satellite larger so it reads at 16 px.
Byte-identical output (--check) holds for one Qt version; another Qt may antialias differently.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
NAME = "space-ai-explorer"
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"

SPACE_TOP = "#0a1433"
SPACE_BOTTOM = "#1b2d68"
OCEAN = "#2a78d6"
OCEAN_DEEP = "#17509e"
LAND = "#3fae6a"
ATMOSPHERE = "#9ad8ff"
ORBIT = "#c9dcff"
BODY = "#f4b73a"
BODY_EDGE = "#9a6a12"
PANEL = "#3b8cff"
PANEL_EDGE = "#e3f0ff"
STAR = "#ffffff"


@dataclass(frozen=True)
class Style:
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.0  # stroke width in units of the tile
    dash: tuple[float, ...] = ()
    opacity: float = 1.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    radius: float
    style: Style
    rotate: tuple[float, float, float] | None = None  # degrees, about (cx, cy)


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    style: Style


@dataclass(frozen=True)
class Arc:
    """Part of an ellipse centred on (cx, cy), from angle a0 to a1 (degrees, y axis down)."""

    cx: float
    cy: float
    rx: float
    ry: float
    a0: float
    a1: float
    style: Style

    def point(self, angle: float) -> tuple[float, float]:
        t = math.radians(angle)
        return self.cx + self.rx * math.cos(t), self.cy + self.ry * math.sin(t)


@dataclass
class Scene:
    """A tile (filled with the space gradient) and the shapes drawn on it, in order."""

    tile: Rect
    shapes: list[Rect | Circle | Arc] = field(default_factory=list)


def scene(size: int) -> Scene:
    """The emblem for a target pixel size (detail depends on it)."""
    small = size <= 24
    tiny = size <= 16
    s = Scene(tile=Rect(0.0, 0.0, 1.0, 1.0, 0.0 if tiny else 0.19, Style()))
    add = s.shapes.append

    if not small:
        stars = ((0.18, 0.2, 0.012), (0.42, 0.1, 0.009), (0.88, 0.72, 0.011), (0.3, 0.4, 0.008))
        for x, y, r in stars:
            add(Circle(x, y, r, Style(fill=STAR, opacity=0.85)))

    # The Earth: a big disc whose limb crosses the tile from the left edge to the bottom edge.
    ex, ey, er = 0.06, 1.18, 0.74 if not tiny else 0.7
    add(Circle(ex, ey, er + (0.05 if not small else 0.06), Style(fill=ATMOSPHERE, opacity=0.35)))
    add(Circle(ex, ey, er, Style(fill=OCEAN)))
    add(Circle(ex + 0.1, ey + 0.08, er * 0.78, Style(fill=OCEAN_DEEP, opacity=0.55)))
    if not tiny:
        add(Circle(ex + 0.28, ey - 0.52, 0.1, Style(fill=LAND)))
        add(Circle(ex + 0.11, ey - 0.58, 0.065, Style(fill=LAND)))
    add(Circle(ex, ey, er, Style(stroke=ATMOSPHERE, width=0.035 if not small else 0.06)))

    if not small:
        add(
            Arc(
                ex, ey, 0.98, 0.98, 200, 335,
                Style(stroke=ORBIT, width=0.022, dash=(0.05, 0.035), opacity=0.8),
            )
        )  # fmt: skip

    # The satellite: a gold body and two panel wings, tilted along the orbit.
    cx, cy = (0.66, 0.34) if not small else (0.62, 0.38)
    k = 1.0 if not small else 1.3
    body_w, body_h = 0.13 * k, 0.15 * k
    wing_w, wing_h, gap = 0.24 * k, 0.13 * k, 0.035 * k
    tilt = (-32.0, cx, cy)
    edge = 0.018 if not small else 0.045
    strut_h = 0.026 * k
    add(
        Rect(
            cx - body_w / 2 - gap - wing_w * 0.1, cy - strut_h / 2,
            body_w + 2 * gap + wing_w * 0.2, strut_h, 0.0, Style(fill=PANEL_EDGE), tilt,
        )
    )  # fmt: skip
    for side in (-1, 1):
        x0 = cx + side * (body_w / 2 + gap) - (wing_w if side < 0 else 0.0)
        add(
            Rect(
                x0, cy - wing_h / 2, wing_w, wing_h, 0.012,
                Style(fill=PANEL, stroke=PANEL_EDGE, width=edge), tilt,
            )
        )  # fmt: skip
        if not small:
            for i in (1, 2):
                xl = x0 + wing_w * i / 3
                add(
                    Rect(
                        xl - 0.004, cy - wing_h / 2, 0.008, wing_h, 0.0,
                        Style(fill=PANEL_EDGE, opacity=0.7), tilt,
                    )
                )  # fmt: skip
    add(
        Rect(
            cx - body_w / 2, cy - body_h / 2, body_w, body_h, 0.02,
            Style(fill=BODY, stroke=BODY_EDGE, width=edge * 0.8), tilt,
        )
    )  # fmt: skip
    return s


# --- Geometry ----------------------------------------------------------------------------------
# Every shape becomes a filled outline (strokes and dashes are outlined too) and is intersected with
# the tile, so the SVG needs no clip paths or masks and renders the same in every SVG engine, Qt's
# included, as the PNGs do.

SVG_VIEW = 512


def _outline(shape: Rect | Circle | Arc, scale: float, stroke: bool):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

    path = QPainterPath()
    if isinstance(shape, Rect):
        path.addRoundedRect(QRectF(shape.x, shape.y, shape.w, shape.h), shape.radius, shape.radius)
        if shape.rotate:
            a, cx, cy = shape.rotate
            path = QTransform().translate(cx, cy).rotate(a).translate(-cx, -cy).map(path)
    elif isinstance(shape, Circle):
        path.addEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
    else:
        path.moveTo(*shape.point(shape.a0))
        steps = 96
        for i in range(1, steps + 1):
            path.lineTo(*shape.point(shape.a0 + (shape.a1 - shape.a0) * i / steps))
    path = QTransform.fromScale(scale, scale).map(path)
    st = shape.style
    if stroke:
        stroker = QPainterPathStroker()
        stroker.setWidth(st.width * scale)
        if st.dash:
            stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
            stroker.setDashPattern([d / st.width for d in st.dash])
        path = stroker.createStroke(path)
    return path


def _tile_path(tile: Rect, scale: float):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainterPath

    path = QPainterPath()
    r = tile.radius * scale
    rect = QRectF(tile.x * scale, tile.y * scale, tile.w * scale, tile.h * scale)
    path.addRoundedRect(rect, r, r)
    return path


def layers(sc: Scene, scale: float):
    """(tile outline, [(clipped outline, colour, opacity), ...]) in a scale x scale square."""
    tile = _tile_path(sc.tile, scale)
    out = []
    for shape in sc.shapes:
        st = shape.style
        for colour, stroke in ((st.fill, False), (st.stroke, True)):
            if colour:
                path = _outline(shape, scale, stroke).intersected(tile).simplified()
                if not path.isEmpty():
                    out.append((path, colour, st.opacity))
    return tile, out


# --- SVG ------------------------------------------------------------------------------------------


def _svg_d(path) -> str:
    from PySide6.QtGui import QPainterPath

    el_type = QPainterPath.ElementType
    parts = []
    i, n = 0, path.elementCount()
    while i < n:
        e = path.elementAt(i)
        if e.type == el_type.MoveToElement:
            parts.append(f"M{e.x:.1f} {e.y:.1f}")
        elif e.type == el_type.LineToElement:
            parts.append(f"L{e.x:.1f} {e.y:.1f}")
        elif e.type == el_type.CurveToElement:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{e.x:.1f} {e.y:.1f} {c2.x:.1f} {c2.y:.1f} {end.x:.1f} {end.y:.1f}")
            i += 2
        i += 1
    return "".join(parts) + "Z"


def render_svg(sc: Scene) -> str:
    u = SVG_VIEW
    tile, shapes = layers(sc, u)
    body = []
    for path, colour, opacity in shapes:
        op = f' fill-opacity="{opacity:g}"' if opacity < 1 else ""
        body.append(f'<path fill="{colour}"{op} d="{_svg_d(path)}"/>')
    joined = "\n  ".join(body)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by packaging/make_icons.py; edit that script, not this file. -->
<svg xmlns="http://www.w3.org/2000/svg" width="{u}" height="{u}" viewBox="0 0 {u} {u}">
  <title>Space-vs-Earth AI Explorer</title>
  <defs>
    <linearGradient id="space" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{SPACE_TOP}"/>
      <stop offset="1" stop-color="{SPACE_BOTTOM}"/>
    </linearGradient>
  </defs>
  <path fill="url(#space)" d="{_svg_d(tile)}"/>
  {joined}
</svg>
"""


# --- PNG ------------------------------------------------------------------------------------------


def render_png(sc: Scene, size: int, path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter

    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    tile, shapes = layers(sc, float(size))
    g = QLinearGradient(0, 0, 0, size)
    g.setColorAt(0, QColor(SPACE_TOP))
    g.setColorAt(1, QColor(SPACE_BOTTOM))
    p.setBrush(QBrush(g))
    p.drawPath(tile)
    for outline, colour, opacity in shapes:
        p.setOpacity(opacity)
        p.setBrush(QColor(colour))
        p.drawPath(outline)
    p.end()
    if not img.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def write_all(out: Path) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = out / f"{NAME}-{size}.png"
        render_png(scene(size), size, path)
        written.append(path)
    svg = out / f"{NAME}.svg"
    svg.write_text(render_svg(scene(512)), encoding="utf-8")
    written.append(svg)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ICON_DIR, help="output folder (resources/icons)")
    ap.add_argument("--check", action="store_true", help="fail if the icons in --out are stale")
    args = ap.parse_args(argv)
    if not args.check:
        for path in write_all(args.out):
            print(path)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = write_all(Path(tmp))
        stale = [
            f.name
            for f in fresh
            if not (args.out / f.name).is_file()
            or (args.out / f.name).read_bytes() != f.read_bytes()
        ]
    if stale:
        print("stale icons (run packaging/make_icons.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    print("icons are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
