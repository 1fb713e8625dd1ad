"""View > Language switches the window live: every word the window holds and every figure in the
new language, numbers in its format, the scenario and the undo history kept; at 1280x720 no
label is cut in any language, and no translated chart text falls back to the missing-glyph box."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel

from explorer.io import bundled_presets, load_bundled
from explorer.io.po_file import read_po
from explorer.present.figures import build_figures
from explorer.present.figures.frame import frame_of
from explorer.present.talk import DEFAULT_TALK, open_talk
from explorer.present.text.claim_originals import ORIGINALS
from explorer.present.text.languages import CODES, catalogue_text, load_language
from explorer.present.text.translate import ENGLISH, use_language
from explorer.ui.language import SETTINGS_KEY
from explorer.ui.theme import font

from .conftest import settle


def test_switching_language_keeps_the_scenario_and_the_undo_history(app, qtbot):
    app.set_values({"launch_price_usd_per_kg": 500.0})
    settle(qtbot, app)
    scenario, steps = app.scenario, app.undo_stack.count()
    evaluations = app.evaluations
    window = app.window
    window.menus.language_actions.actions()[1].trigger()  # Русский
    assert window.menus.language_actions.actions()[1].isChecked()
    assert app.scenario is scenario and app.undo_stack.count() == steps
    assert app.evaluations == evaluations  # the words changed, not the numbers
    assert window.actions_by_name["open"].text() == "&Открыть…"
    assert window.panel.slider("launch_price_usd_per_kg").title_label.text() == "Цена вывода"
    assert app.figures.charts["year"].title == "Стоимость по годам"
    assert "," in app.headline.text("earth") or app.headline.text("earth") == "—"
    assert window.panel.slider("launch_price_usd_per_kg").spin_box.text() == "500"
    assert window.panel.slider("pue").spin_box.locale().decimalPoint() == ","
    assert app._settings.value(SETTINGS_KEY) == "ru"
    app.undo_stack.undo()
    settle(qtbot, app)
    assert app.scenario["launch_price_usd_per_kg"] != 500.0
    app.set_language("zh")
    assert window.panel.slider("launch_price_usd_per_kg").title_label.text() == "发射价格"
    app.set_language("en")
    assert window.actions_by_name["open"].text() == "&Open…"
    assert app.figures.charts["year"].title == "Cost against year"


def test_a_preset_saved_in_russian_opens_in_english_with_the_same_values(make_app, user, tmp_path):
    """Typed with a Russian decimal comma, saved from the Russian window, opened in the English
    one: the same numbers, written with dots in the file."""
    app = make_app()
    app.set_language("ru")
    user.type(app.window.panel.slider("capacity_gw"), "2,5")
    user.type(app.window.panel.slider("pue"), "1.35")  # a dot is taken too
    user.settle(app)
    assert app.window.panel.slider("capacity_gw").spin_box.text().startswith("2,5")
    path = tmp_path / "russian.yaml"
    assert app.files.save_to(path)
    text = path.read_text(encoding="utf-8")
    assert "capacity_gw: 2.5  # GW" in text and "pue: 1.35" in text
    saved = dict(app.scenario)
    app.set_language("en")
    app.set_values({"capacity_gw": 7.0})
    user.settle(app)
    assert app.files.open_path(path, confirmed=True)
    user.settle(app)
    assert dict(app.scenario) == saved
    assert app.window.panel.slider("capacity_gw").spin_box.text().startswith("2.5")


def _cut_labels(window) -> list[str]:
    """Visible labels whose one-line text is wider than the label (word-wrapped and eliding
    labels excepted)."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.textFormat() != label.textFormat().PlainText and "<" in label.text():
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text())
        if needed > label.contentsRect().width() + 1:
            cut.append(f"{label.objectName() or label.parent().objectName()}: {label.text()!r}")
    return cut


@pytest.mark.parametrize("code", CODES)
def test_no_label_is_cut_in_a_small_window(app, qtbot, code):
    """Every language fits 1280x720 with no one-line label cut (Chinese legends once made the
    window 879 px tall: they broke between any two characters)."""
    app.set_language(code)
    app.panel.build_all()
    hint = app.window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    app.window.resize(1280, 720)
    qtbot.waitUntil(lambda: app.window.width() == 1280 and app.window.height() == 720)
    settle(qtbot, app)
    qtbot.wait(100)  # the layouts asked for by the new words (measured stale before)
    assert _cut_labels(app.window) == []


def _chart_texts(figures) -> set[str]:
    texts: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    for figure in figures.charts.values():
        walk(figure)
    walk(figures.headline)
    return texts


def _tofu(text: str, chart_font: QFont) -> list[str]:
    """Characters of ``text`` drawn with the missing-glyph box (glyph 0) after font fallback."""
    layout = QTextLayout(text, chart_font)
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line = layout.createLine()
    layout.endLayout()
    missing = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            missing.append(run.rawFont().familyName())
    return missing


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_no_translated_chart_text_falls_back_to_the_missing_glyph(qapp, code):
    """Every text of every chart of every bundled preset, and every translation in the
    catalogue, renders with real glyphs (the set-up installs a CJK font; the bundle carries
    one)."""
    use_language(load_language(code))
    try:
        texts: set[str] = set()
        for name in bundled_presets():
            texts |= _chart_texts(build_figures(frame_of(load_bundled(name).scenario)))
    finally:
        use_language(ENGLISH)
    texts |= {t for e in read_po(catalogue_text(code))[1] for t in e.translations}
    # The bundled talk's own texts in the language, and the write-ups' words (shown in every
    # language), and a legend entry as drawn (word joiners hold Chinese entries together).
    talk = open_talk(DEFAULT_TALK)
    for text in (talk.title, talk.description, *(s.caption for s in talk.scenes)):
        texts.add(text.in_language(code))
    texts |= {
        t for s in talk.scenes for t in (s.title.in_language(code), s.notes.in_language(code))
    }
    texts |= {t for originals in ORIGINALS.values() for t in originals.values()}
    texts.add("\u2060".join("成立：经计算，成立"))
    chart_font = font(13)
    bad = {t: f for t in texts if t.strip() and (f := _tofu(t.replace("\n", " "), chart_font))}
    assert bad == {}


def test_the_missing_glyph_check_finds_a_box(qapp):
    """A private-use character no installed font draws: the check must see its box."""
    assert _tofu("Орбита \ue000", font(13)) != []
    assert _tofu("Орбита 轨道", font(13)) == []
