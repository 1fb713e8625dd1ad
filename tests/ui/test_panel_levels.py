"""The slider panel's two levels and its switches' reach: each group shows its main sliders and
hides the rest behind a toggle that counts them (and the changed ones); a slider the switches
leave without effect is greyed out, saying why."""

from __future__ import annotations

from explorer.model.params import REGISTRY, in_group


def test_each_group_shows_its_main_sliders_and_hides_the_rest(app):
    panel = app.panel
    for key, section in panel.sections.items():
        entries = in_group(key)
        advanced = [e for e in entries if not e.main]
        assert section.advanced_button.isVisible() == bool(advanced)
        assert not section.advanced_button.isChecked()
        for entry in entries:
            editor = panel.editors[entry.key]
            assert editor.isVisibleTo(panel) == entry.main, entry.key
        if advanced:
            assert section.advanced_button.text() == f"{len(advanced)} more"


def test_the_toggle_shows_the_advanced_sliders_and_counts_the_changed_ones(app, user):
    section = app.panel.sections["launch"]
    editor = app.panel.slider("payload_t")  # asking for an advanced slider shows it
    assert section.advanced_button.isChecked() and editor.isVisibleTo(app.panel)
    user.type(editor, "150")
    user.settle(app)
    assert section.advanced_button.text().endswith("(1 changed)")
    section.show_advanced(False)
    assert not editor.isVisibleTo(app.panel)


def test_sliders_without_effect_are_greyed_out_with_the_reason(app, user):
    panel = app.panel
    gas = panel.slider("gas_price_usd_per_mmbtu")
    grid = panel.slider("grid_price_usd_per_kwh")
    w_per_kg = panel.slider("system_w_per_kg")
    # Baseline: grid power, bottom-up mass.
    assert not gas.slider.isEnabled() and not gas.spin_box.isEnabled()
    assert "No effect while Ground power source is Grid" in gas.slider.toolTip()
    assert "On-site gas turbines" in gas.inactive_reason
    assert grid.slider.isEnabled() and grid.inactive_reason == ""
    assert not w_per_kg.slider.isEnabled()
    assert "Mass model is Bottom-up" in w_per_kg.title_label.toolTip()
    app.set_values({"power_source": "gas", "mass_model": "top_down"})
    user.settle(app)
    assert gas.slider.isEnabled() and gas.inactive_reason == ""
    assert not grid.slider.isEnabled() and "is On-site gas turbines" in grid.inactive_reason
    assert w_per_kg.slider.isEnabled()
    assert REGISTRY["grid_price_usd_per_kwh"].main
