"""Save, then load, gives back exactly the same scenario, over the whole registry box."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.io import Preset, dumps_preset, load_preset, loads_preset, save_preset
from explorer.io.safe_text import BIDI_CONTROLS, LINE_BREAKS
from explorer.model.params import CHOICES, PARAMS, REGISTRY
from explorer.model.scenario import Scenario


def _value(param) -> st.SearchStrategy:
    if param.integer:
        return st.integers(int(param.minimum), int(param.maximum)).map(float)
    return st.floats(param.minimum, param.maximum, allow_nan=False, allow_infinity=False)


SCENARIOS = st.fixed_dictionaries(
    {},
    optional={
        **{p.key: _value(p) for p in PARAMS},
        **{c.key: st.sampled_from(c.options) for c in CHOICES},
    },
).map(Scenario)
# Control characters (but line breaks and tabs in descriptions and sources) and bidirectional
# overrides are refused in presets since issue 16, on saving as on loading.
_PRINTABLE = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters=sorted(BIDI_CONTROLS)
)
NAME = st.text(_PRINTABLE, max_size=60)
TEXT = st.text(st.one_of(_PRINTABLE, st.sampled_from(LINE_BREAKS)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(SCENARIOS, NAME, TEXT, st.lists(TEXT, max_size=3))
def test_dump_then_load_is_exact(scenario, name, description, sources) -> None:
    preset = Preset(name or "x", scenario, description, tuple(sources))
    again = loads_preset(dumps_preset(preset))
    assert again.scenario == scenario
    assert not again.scenario.diff(scenario)
    assert (again.name, again.description, again.sources) == (
        preset.name,
        preset.description,
        preset.sources,
    )


@settings(max_examples=100, deadline=None)
@given(SCENARIOS)
def test_saved_text_is_plain_yaml_too(scenario) -> None:
    # Other tools read presets with PyYAML: numbers must stay numbers there as well.
    data = yaml.safe_load(dumps_preset(Preset("x", scenario)))
    for key, value in (data["params"] or {}).items():
        assert value == scenario[key]


def test_only_changed_keys_in_registry_order() -> None:
    scenario = Scenario({"pue": 1.3, "launch_price_usd_per_kg": 500.0, "boundary": "power"})
    text = dumps_preset(Preset("x", scenario))
    keys = [line.split(":")[0].strip() for line in text.split("params:\n")[1].splitlines()]
    assert keys == [k for k in REGISTRY if k in ("pue", "launch_price_usd_per_kg", "boundary")]
    assert text.startswith("# ")


def test_defaults_save_as_empty_params(tmp_path: Path) -> None:
    path = tmp_path / "defaults.yaml"
    save_preset(Preset("Defaults", Scenario()), path)
    assert "params: {}" in path.read_text()
    loaded = load_preset(path)
    assert loaded.scenario == Scenario()
    assert loaded.path == path


def test_file_roundtrip_of_awkward_floats(tmp_path: Path) -> None:
    scenario = Scenario(
        {"capacity_gw": 0.1 + 0.2, "launch_price_usd_per_kg": 8.000000000000002, "pue": 1.05}
    )
    path = tmp_path / "floats.yaml"
    save_preset(Preset("floats", scenario), path)
    assert load_preset(path).scenario == scenario


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    # Windows Notepad writes a BOM; refusing it would punish a harmless editor habit.
    path = tmp_path / "bom.yaml"
    text = dumps_preset(Preset("bom", Scenario({"pue": 1.3})))
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert load_preset(path).scenario["pue"] == 1.3


def test_exponent_reads_as_number() -> None:
    text = "schema_version: 1\nname: e\nparams:\n  capacity_gw: 1e2\n  sink_temp_k: 2.5E+1\n"
    scenario = loads_preset(text).scenario
    assert scenario["capacity_gw"] == 100.0
    assert scenario["sink_temp_k"] == 25.0


def test_missing_name_defaults_to_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "my-scenario.yaml"
    path.write_text("schema_version: 1\nparams:\n  pue: 1.1\n")
    assert load_preset(path).name == "my-scenario"


def test_control_characters_are_neither_saved_nor_loaded() -> None:
    for preset in (
        Preset("\x1b[2Kok", Scenario()),
        Preset("two\nlines", Scenario()),
        Preset("x", Scenario(), "\u202egpj.exe"),
        Preset("x", Scenario(), "", ("bell\x07",)),
    ):
        with pytest.raises(ValueError, match="cannot be saved"):
            dumps_preset(preset)
    assert loads_preset('schema_version: 1\ndescription: "a\\n\\tb"\n').description == "a\n\tb"
