"""Every text in both themes reads at WCAG AA: a contrast of at least 4.5:1 against what it is
written on (the palette's pairs, the charts' text colours, and the window's widgets as Qt
resolves them, where the dark theme's number boxes stayed white and its info buttons black)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from explorer.model import evaluate
from explorer.present.figures import build_figures
from explorer.present.figures.frame import Frame
from explorer.present.uncertainty import compute_tornado
from explorer.ui.charts.tornado import TornadoChart
from explorer.ui.theme import (
    TEXT_ROLES,
    THEMES,
    contrast_ratio,
    relative_luminance,
    text_colour,
)
from explorer.ui.window_style import palette_for

AA = 4.5
Role = QPalette.ColorRole
PALETTE_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
)


def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # WCAG's own threshold example: #767676 on white is the lightest grey that passes AA.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_palettes_text_roles_read_on_their_backgrounds(name):
    palette = palette_for(name)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, ground in PALETTE_PAIRS:
            ratio = contrast_ratio(
                palette.color(group, text).name(), palette.color(group, ground).name()
            )
            assert ratio >= AA, f"{name}: {text.name} on {ground.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_text_in_every_hue_reads_on_the_background_and_the_panel(name):
    theme = THEMES[name]
    for role in TEXT_ROLES:
        for ground in (theme.background, theme.panel):
            ratio = contrast_ratio(text_colour(theme, role), ground)
            assert ratio >= AA, f"{name}: {role} text on {ground} is {ratio:.2f}:1"


def _ratio(widget, text_role, ground_role) -> float:
    palette = widget.palette()
    return contrast_ratio(palette.color(text_role).name(), palette.color(ground_role).name())


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_windows_widgets_resolve_readable_colours(app, name):
    app.window.set_theme(name)
    theme = THEMES[name]
    editor = app.panel.slider("launch_price_usd_per_kg")
    checks = {
        "number box": _ratio(editor.spin_box, Role.Text, Role.Base),
        "info button": contrast_ratio(
            editor.info_button.palette().color(Role.ButtonText).name(), theme.background
        ),
        "parameter title": _ratio(editor.title_label, Role.WindowText, Role.Window),
        "unit": contrast_ratio(theme.muted, theme.background),
        "switch": _ratio(app.panel.editors["boundary"].combo_box, Role.ButtonText, Role.Button),
        "menu bar": _ratio(app.window.menuBar(), Role.WindowText, Role.Window),
        "tool bar": _ratio(app.window.toolbar, Role.ButtonText, Role.Window),
    }
    # An info button has no face of its own (auto-raise): its text is on the group's background.
    assert editor.info_button.autoRaise()
    failing = {what: round(ratio, 2) for what, ratio in checks.items() if ratio < AA}
    assert not failing, f"{name} theme: {failing}"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_tornados_end_labels_sit_on_the_background_not_on_the_bars(qtbot, name, orbit_favoured):
    results = evaluate(orbit_favoured.scenario)
    chart = TornadoChart()
    qtbot.addWidget(chart)
    chart.set_theme(name)
    frame = Frame(results, tornado=compute_tornado(results, "breakeven_launch_usd_per_kg"))
    chart.set_figure(build_figures(frame, ("tornado",)).charts["tornado"])
    theme = THEMES[name]
    labels = [label for pool in chart.labels.values() for label in pool if label.isVisible()]
    assert labels
    for label in labels:
        text = label.textItem.defaultTextColor().name()
        fill = label.fill.color()
        assert label.fill.style() != Qt.BrushStyle.NoBrush and fill.alpha() >= 230, (
            "a label without its own background may sit on a bar"
        )
        assert contrast_ratio(text, fill.name()) >= AA
        assert fill.name().upper() == theme.background.upper()
