"""PNG export of the dashboard at 1920 and 3840 pixels wide (explorer.ui.export.render_png).

The figures are built once, as the window's would be; each run then exports them, which builds an
off-screen dashboard at the export size, draws the figures, paints it and writes the PNG. A run is
timed from the call to the file on disk; the PNG encoding is timed apart, on the same image size,
to show how much of the total it is.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import parser, print_row, summarize, write_json

WIDTHS = (1920, 3840)


def main() -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from explorer.model import Scenario
    from explorer.present.figures import build_figures
    from explorer.present.figures.frame import frame_of
    from explorer.ui.export import render_png

    app = QApplication.instance() or QApplication(sys.argv[:1])
    charts = build_figures(frame_of(Scenario()))
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    figures: dict[str, object] = {"platform": QApplication.platformName(), "runs": args.runs}
    print(f"dashboard PNG export, {QApplication.platformName()}")
    for width in WIDTHS:
        out = folder / f"dashboard-{width}.png"
        render_png(charts, "dashboard", out, width, "light", "title", "footer")  # warm-up
        samples = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            render_png(charts, "dashboard", out, width, "light", "title", "footer")
            samples.append((time.perf_counter() - t0) * 1000)
            app.processEvents()  # the copy's deleteLater
        image = QImage(str(out))
        encode = []
        for _ in range(3):
            t0 = time.perf_counter()
            image.save(str(folder / "encode.png"), "PNG")
            encode.append((time.perf_counter() - t0) * 1000)
        figures[f"dashboard_{width}"] = summarize(samples)
        figures[f"png_encode_{width}"] = summarize(encode)
        figures[f"bytes_{width}"] = out.stat().st_size
        print_row(f"  dashboard {width} px", figures[f"dashboard_{width}"])
        print_row(f"    of which PNG encoding {width} px", figures[f"png_encode_{width}"])
    write_json(args.json, "export_png", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
