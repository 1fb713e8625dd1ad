"""No text is printed over another: in every chart's scene, for every bundled preset, in 1920x1080
and 1280x720 windows, in both themes and in presentation mode, no two texts (labels, notes, tick
labels, axis titles) intersect."""

from __future__ import annotations

import pytest

from explorer.io import bundled_presets
from explorer.present.session import session_for
from explorer.ui.charts.text_items import overlaps, scene_texts

SIZES = ((1920, 1080), (1280, 720))


def _overlapping(app) -> list[str]:
    found = []
    for name, chart in app.dashboard.charts.items():
        view = getattr(chart, "view", None)
        if view is None:
            continue  # a chart drawn without a graphics scene (the claims board's table)
        for a, b in overlaps(scene_texts(view)):
            found.append(f"{name}: {a.text!r} over {b.text!r}")
    return found


@pytest.fixture
def window_at_any_size(app, monkeypatch):
    """The app's window, kept at the size a test gives it in presentation mode too (as full
    screen on a screen of that size; the offscreen platform's own screen is 800x600)."""
    for name in ("showFullScreen", "showNormal", "showMaximized"):
        monkeypatch.setattr(app.window, name, lambda: None)
    return app


def test_no_two_texts_overlap_in_any_chart(qtbot, window_at_any_size):
    app = window_at_any_size
    window = app.window
    found = []
    for preset in bundled_presets():
        app.open_document(session_for(preset), "open")
        qtbot.wait(1)
        for width, height in SIZES:
            window.resize(width, height)
            for theme in ("light", "dark"):
                window.set_theme(theme)
                for presentation in (False, True):
                    window.set_presentation(presentation)
                    qtbot.wait(1)  # layouts and paints (label items take their transforms)
                    where = (
                        f"{preset} {width}x{height} {theme}{' presenting' if presentation else ''}"
                    )
                    found += [f"{where}: {overlap}" for overlap in _overlapping(app)]
            window.set_presentation(False)
    assert not found, "\n".join(found)
