"""One ParamSlider: mouse, keyboard and typed values emit intent; set_value emits nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.model.params import CHOICES_BY_KEY, PARAMS_BY_KEY
from explorer.ui.widgets.choice_switch import ChoiceSwitch
from explorer.ui.widgets.param_slider import ParamSlider


@pytest.fixture
def launch_price(qtbot) -> ParamSlider:
    editor = ParamSlider(PARAMS_BY_KEY["launch_price_usd_per_kg"])
    qtbot.addWidget(editor)
    editor.resize(360, editor.sizeHint().height())
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def record(editor) -> list[tuple]:
    edits: list[tuple] = []
    editor.value_edited.connect(lambda *args: edits.append(args))
    return edits


def test_a_drag_emits_values_with_one_merge_tag(user, launch_price):
    edits = record(launch_price)
    user.drag(launch_price.slider, -120)
    assert len(edits) > 2
    assert {key for key, _, _ in edits} == {"launch_price_usd_per_kg"}
    tags = {tag for _, _, tag in edits}
    assert len(tags) == 1 and tags != {""}
    assert edits[-1][1] < 1800
    assert launch_price.spin_box.value() == pytest.approx(edits[-1][1])


def test_two_drags_have_different_tags(user, launch_price):
    edits = record(launch_price)
    user.drag(launch_price.slider, -60)
    first = edits[-1][2]
    user.drag(launch_price.slider, 60)
    assert edits[-1][2] != first


def test_typing_a_number_moves_the_slider(user, launch_price):
    edits = record(launch_price)
    before = launch_price.slider.value()
    user.type(launch_price, "250")
    assert edits == [("launch_price_usd_per_kg", 250.0, "")]
    assert launch_price.slider.value() < before
    assert launch_price.mapping.to_value(launch_price.slider.value()) == pytest.approx(
        250, rel=0.01
    )


def test_arrow_and_page_keys_move_the_slider(qtbot, launch_price):
    edits = record(launch_price)
    launch_price.slider.setFocus()
    qtbot.keyClick(launch_price.slider, Qt.Key.Key_Right)
    assert len(edits) == 1 and edits[0][1] > 1800 and edits[0][2] == ""
    qtbot.keyClick(launch_price.slider, Qt.Key.Key_PageDown)
    assert edits[-1][1] < edits[0][1] / 1.2


def test_set_value_from_code_emits_nothing(qtbot, launch_price):
    edits = record(launch_price)
    launch_price.set_value(42.0)
    assert edits == []
    assert launch_price.spin_box.value() == 42.0
    assert launch_price.value() == 42.0


def test_integer_params_type_whole_numbers(qtbot):
    editor = ParamSlider(PARAMS_BY_KEY["start_year"])
    qtbot.addWidget(editor)
    assert editor.spin_box.decimals() == 0
    edits = record(editor)
    editor.slider.setValue(editor.slider.value() + 1)
    assert edits == [("start_year", 2027.0, "")]


def test_tooltip_and_info_show_description_and_source(qtbot, launch_price):
    param = launch_price.param
    assert param.description[:40] in launch_price.slider.toolTip()
    assert "Source:" in launch_price.slider.toolTip()
    assert not launch_price.info_label.isVisible()
    qtbot.mouseClick(launch_price.info_button, Qt.MouseButton.LeftButton)
    assert launch_price.info_label.isVisible()
    assert "Range:" in launch_price.info_label.text()


def test_choice_switch_emits_its_option(qtbot):
    switch = ChoiceSwitch(CHOICES_BY_KEY["power_source"])
    qtbot.addWidget(switch)
    edits = record(switch)
    switch.combo_box.setCurrentIndex(1)
    assert edits == [("power_source", "gas", "")]
    switch.set_value("solar_storage")
    assert len(edits) == 1
    assert switch.value() == "solar_storage"
