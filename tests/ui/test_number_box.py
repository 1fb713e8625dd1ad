"""The sliders' number boxes in an English, a German and a Russian locale: a typed number is taken
as the user meant it or refused with a visible hint, never read ten times too large; values are
shown in the locale's format and files stay locale-independent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from explorer.io import load_preset
from explorer.model.params import PARAMS_BY_KEY
from explorer.present.text.languages import load_language
from explorer.present.text.translate import ENGLISH, use_language
from explorer.ui.widgets.param_slider import ParamSlider


@pytest.fixture
def in_locale() -> Iterator:
    """``in_locale("de_DE")`` makes widgets created afterwards use that locale."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def make_editor(qtbot):
    def make(key: str) -> ParamSlider:
        editor = ParamSlider(PARAMS_BY_KEY[key])
        qtbot.addWidget(editor)
        editor.resize(360, editor.sizeHint().height())
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def edits_of(editor: ParamSlider) -> list[float]:
    edits: list[float] = []
    editor.value_edited.connect(lambda _key, value, _tag: edits.append(value))
    return edits


@pytest.mark.parametrize(
    ("locale", "typed", "expected", "shown"),
    [
        # IT capacity shows three decimals: its step is 1 MW (spacedc-mdao's 1 MW design).
        ("en_US", "0.5", 0.5, "0.500"),
        ("en_US", "12.25", 12.25, "12.250"),
        ("de_DE", "0,5", 0.5, "0,500"),
        ("de_DE", "0.5", 0.5, "0,500"),  # used to set 5
        ("ru_RU", "0,5", 0.5, "0,500"),
        ("ru_RU", "0.5", 0.5, "0,500"),  # used to set 5
        ("ru_RU", "1 000", 1000.0, "1000,000"),
    ],
)
def test_a_typed_decimal_is_read_as_meant_in_each_locale(
    in_locale, make_editor, user, locale, typed, expected, shown
):
    in_locale(locale)
    editor = make_editor("capacity_gw")
    edits = edits_of(editor)
    user.type(editor, typed)
    assert edits == [expected]
    assert editor.spin_box.text() == shown
    assert not editor.hint_label.isVisibleTo(editor)


@pytest.mark.parametrize(
    ("locale", "key", "typed", "hint"),
    [
        ("en_US", "launch_price_usd_per_kg", "250,5", "type 250.5"),  # used to set 2,505
        ("de_DE", "capacity_gw", "1.800", "type 1800 or 1,8"),
        ("de_DE", "capacity_gw", "1,234.5", "one decimal separator"),
        ("ru_RU", "capacity_gw", "1.234,5", "one decimal separator"),
        ("en_US", "launch_price_usd_per_kg", "20000", "allowed 8 to 10,000 $/kg"),
        ("de_DE", "launch_price_usd_per_kg", "20000", "allowed 8 to 10.000 $/kg"),
        ("en_US", "capacity_gw", "lots", "not a number"),
    ],
)
def test_an_ambiguous_or_bad_number_is_refused_with_a_visible_hint(
    in_locale, make_editor, user, locale, key, typed, hint
):
    in_locale(locale)
    editor = make_editor(key)
    before = editor.value()
    edits = edits_of(editor)
    user.type(editor, typed)
    assert edits == []
    assert editor.value() == before
    assert editor.hint_label.isVisibleTo(editor)
    assert hint in editor.hint_label.text()
    assert f"“{typed}”" in editor.hint_label.text()
    # The text stays in the box to be corrected; a good value then clears the hint.
    assert editor.spin_box.text() == typed
    user.type(editor, "8")
    assert edits == [8.0]
    assert not editor.hint_label.isVisibleTo(editor)


def test_leaving_the_box_with_a_refused_number_keeps_the_hint(in_locale, make_editor, qtbot, user):
    in_locale("en_US")
    editor = make_editor("launch_price_usd_per_kg")
    editor.activateWindow()
    qtbot.waitActive(editor)
    edits = edits_of(editor)
    editor.spin_box.setFocus()
    qtbot.waitUntil(editor.spin_box.hasFocus)
    editor.spin_box.selectAll()
    qtbot.keyClicks(editor.spin_box, "250,5")
    editor.slider.setFocus()
    qtbot.waitUntil(lambda: not editor.spin_box.hasFocus())
    assert edits == []
    assert editor.spin_box.text() == "1,800"
    assert "type 250.5" in editor.hint_label.text()
    assert editor.hint_label.isVisibleTo(editor)
    # Moving the slider is a new value: the hint goes.
    qtbot.keyClick(editor.slider, Qt.Key.Key_Right)
    assert not editor.hint_label.isVisibleTo(editor)


def test_the_shown_value_is_taken_back_even_where_its_grouping_reads_two_ways(
    in_locale, make_editor, qtbot
):
    in_locale("de_DE")
    editor = make_editor("launch_cadence_ceiling_per_year")
    editor.set_value(12000)
    assert editor.spin_box.text() == "12.000"
    edits = edits_of(editor)
    editor.spin_box.setFocus()
    qtbot.keyClick(editor.spin_box, Qt.Key.Key_Return)
    assert edits == []
    assert not editor.hint_label.isVisibleTo(editor)


def test_a_value_typed_in_german_is_saved_with_a_dot(in_locale, make_app, user, tmp_path):
    in_locale("de_DE")
    app = make_app()
    user.type(app.panel.slider("capacity_gw"), "2,5")
    user.settle(app)
    path = tmp_path / "german.yaml"
    assert app.files.save_to(path)
    assert "capacity_gw: 2.5  # GW" in path.read_text()
    assert load_preset(path).scenario["capacity_gw"] == 2.5


def test_the_hint_speaks_the_windows_language(in_locale, make_editor, user):
    in_locale("ru_RU")
    use_language(load_language("ru"))
    try:
        editor = make_editor("launch_price_usd_per_kg")
        user.type(editor, "20000")
        text = editor.hint_label.text()
    finally:
        use_language(ENGLISH)
    assert text == "«20000» не применено: допустимо от 8 до 10\u00a0000 $/кг"
