"""The window fits the screens a presenter meets (1280x720, 1366x768, 1920x1080; 3840x2160 at
device pixel ratio 2 is 1920x1080 logical pixels), in presentation mode too, and no label of the
headline or the slider panel is cut; the headline says what its numbers are of."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from explorer.ui.theme import presentation_scale

SIZES = ((1280, 720), (1366, 768), (1920, 1080))
KEY = "launch_price_usd_per_kg"


def _cut_labels(widget) -> list[str]:
    """Visible labels whose text needs more room than they have."""
    cut = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text() or label.width() <= 1:
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                cut.append(f"{label.objectName() or label.text()!r}: {need} > {label.height()}")
        elif label.minimumSizeHint().width() > label.width() + 1:
            cut.append(f"{label.text()!r}: {label.minimumSizeHint().width()} > {label.width()}")
    return cut


@pytest.mark.parametrize("presenting", [False, True], ids=["window", "presentation"])
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_window_fits_the_screen_without_cutting_text(
    app, qtbot, monkeypatch, width, height, presenting
):
    window = app.window
    if presenting:
        # Full screen on a screen of this size (the offscreen platform's is 800x600).
        for name in ("showFullScreen", "showNormal", "showMaximized"):
            monkeypatch.setattr(window, name, lambda: None)
        monkeypatch.setattr(window, "presentation_scale", lambda: presentation_scale(width))
        window.set_presentation(True)
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, f"needs {hint.toTuple()}"
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height), timeout=3000)
    qtbot.wait(20)
    assert not window.grab().isNull()
    cut = _cut_labels(app.headline) + _cut_labels(app.panel.uncertainty)
    assert not cut, "\n".join(cut)


def test_the_headline_names_its_scenario_boundary_and_mass_model(app, user):
    label = app.headline.context_label
    assert label.text() == (
        "Scenario: Baseline 2026 · Boundary: Full (IT included) · Mass model: Bottom-up "
        "(components)"
    )
    assert label.toolTip() == app.session.preset.description
    assert app.headline.tiles["space"].toolTip().startswith("$ per GPU-hour: ")
    user.type(app.panel.slider(KEY), "900")
    user.settle(app)
    assert "Scenario: modified from Baseline 2026 · " in label.text()
    app.reset()
    user.settle(app)
    assert "modified" not in label.text()


def test_the_presets_menu_describes_each_preset(app):
    menu = app.window.menus.presets_menu
    menu.aboutToShow.emit()
    assert menu.toolTipsVisible()
    tips = {action.text(): action.toolTip() for action in menu.actions()}
    assert tips["starcloud-2024"].startswith("Starcloud 2024 (as published): Starcloud's white")
    assert all(tip != name for name, tip in tips.items())
