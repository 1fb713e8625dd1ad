"""Figures: what each chart is given to draw, and the CSV written from it, straight from Results
(no window, no Qt)."""

from __future__ import annotations

import math
from html import escape

import numpy as np
import pytest

from explorer.io import load_bundled
from explorer.model import Scenario, evaluate
from explorer.model.claims import CLAIM_IDS, check_claims
from explorer.model.params import PARAMS_BY_KEY
from explorer.model.parts import PARTS
from explorer.model.sweeps import launch_price_axis
from explorer.model.uncertainty import Bands, describe
from explorer.present.bridge import compute_bridge
from explorer.present.figures import CHART_NAMES, FigureBuilder, build_figures, figure_csv
from explorer.present.figures.frame import Frame, frame_of
from explorer.present.figures.headline import crossover_text, headline_figure, ratio_text
from explorer.present.text import numbers
from explorer.present.text.claims import claim_quote
from explorer.present.uncertainty import UncertaintySettings, UncertaintySnapshot


@pytest.fixture(scope="module")
def results():
    return evaluate(Scenario())


@pytest.fixture(scope="module")
def cheap_launch(orbit_favoured):
    """Since issue 10 no bundled preset has a breakeven launch price or a crossover; this has."""
    r = evaluate(orbit_favoured.scenario)
    assert math.isfinite(float(r["breakeven_launch_usd_per_kg"]))
    assert math.isfinite(float(r["crossover_year"]))
    return r


def _csv(figure) -> list[list[str]]:
    return [line.split(",") for line in figure_csv(figure).strip().splitlines()]


def _bands(x) -> Bands:
    ramp = np.linspace(1.0, 2.0, len(x))
    rows = np.vstack([ramp, 2 * ramp, 3 * ramp])
    chance = np.linspace(0.9, 0.1, len(x))
    return Bands(np.asarray(x, float), rows, rows * 1.5, chance, np.ones(len(x)))


def test_every_chart_has_a_figure_with_a_title_and_a_table(results):
    figures = build_figures(Frame(results))
    assert tuple(figures.charts) == CHART_NAMES
    for figure in figures.charts.values():
        assert figure.title
        assert figure_csv(figure)


def test_launch_price_figure_curves_markers_and_csv(cheap_launch):
    figure = build_figures(Frame(cheap_launch, reference=cheap_launch)).charts["launch_price"]
    prices = figure.prices
    np.testing.assert_allclose(prices, launch_price_axis(len(prices)))
    space = figure.costs["current"]["space"]
    assert np.all(np.diff(space) > 0), "orbit gets dearer with the launch price"
    assert figure.costs["pinned"] is None
    breakeven = float(cheap_launch["breakeven_launch_usd_per_kg"])
    assert figure.breakeven.value == breakeven and "breakeven" in figure.breakeven.text
    rows = _csv(figure)
    assert rows[0][:3] == [
        "launch_price_usd_per_kg",
        "current_earth_usd_per_gpu_hour",
        "current_space_usd_per_gpu_hour",
    ]
    assert "reference_space_usd_per_gpu_hour" in rows[0]
    assert len(rows) - 1 == prices.size
    legend = [(item.glyph, item.text) for item in figure.legend]
    assert ("dashed", "preset") in legend and ("dotted", "pinned") not in legend


def test_bands_join_the_costs_in_the_figure_and_its_csv(results):
    prices = launch_price_axis(200)
    snapshot = UncertaintySnapshot(
        results.scenario,
        UncertaintySettings(bands=True),
        500,
        False,
        0.2,
        {2030: 0.3},
        _bands(prices),
        _bands(np.arange(2026.0, 2051.0)),
    )
    figures = build_figures(Frame(results, bands=snapshot))
    launch = figures.charts["launch_price"]
    assert launch.bands is snapshot.launch
    header = _csv(launch)[0]
    assert "space_p90_usd_per_gpu_hour" in header and "p_orbit_cheaper_fraction" in header
    assert any(item.glyph == "band" for item in launch.legend)
    year_csv = figure_csv(figures.charts["year"])
    assert "\nband_year," in year_csv


def test_year_figure_paths_and_csv(results):
    figure = build_figures(Frame(results)).charts["year"]
    paths = figure.paths["current"]
    np.testing.assert_allclose(paths.years, results["path.year"])
    paths_block, windows_block = figure_csv(figure).split("\n\n")
    rows = [line.split(",") for line in paths_block.splitlines()]
    assert rows[0][:2] == ["year", "current_earth_usd_per_gpu_hour"]
    assert len(rows) - 1 == len(results["path.year"])
    assert math.isnan(figure.crossover.value)
    assert any("no crossover" in item.text for item in figure.legend)
    # The baseline is never cheaper in orbit: no window, a header alone.
    assert figure.cheaper == ()
    assert windows_block.strip() == "orbit_cheaper_from_year,orbit_cheaper_to_year,lasting"
    assert not any(item.text == "orbit cheaper" for item in figure.legend)


def _windows_csv(figure) -> list[list[str]]:
    block = figure_csv(figure).split("\n\n")[1]
    return [line.split(",") for line in block.strip().splitlines()]


def test_year_figure_shades_every_window_in_which_orbit_is_cheaper(orbit_favoured):
    # Cheaper from 2027 to 2029 while the ground's GPUs wait for power, dearer again once the
    # wait ends, and cheaper for good from 2039 as launch gets cheaper (test_claims.py has the
    # same scenario at a lower grid price, with the first window only).
    two = evaluate(
        orbit_favoured.scenario.with_changes(
            launch_price_usd_per_kg=700,
            launch_price_floor_usd_per_kg=200,
            time_to_power_years=5,
            gpu_purchase="up_front",
            ground_constraints_ease_year=2030,
        )
    )
    (start, end), (lasting, none) = two.cheaper_windows()
    assert none is None and lasting == float(two["crossover_year"])
    figure = build_figures(Frame(two)).charts["year"]
    temporary, for_good = figure.cheaper
    assert (temporary.low, temporary.high) == (start, end)
    assert temporary.text == f"{start:.1f}-{end:.1f}"
    assert (for_good.low, for_good.high) == (lasting, 2050.0) and for_good.text == ""
    assert figure.crossover.value == lasting
    assert any(item.text == "orbit cheaper" and item.glyph == "box" for item in figure.legend)
    rows = _windows_csv(figure)
    assert [[float(v) for v in row] for row in rows[1:]] == [
        [start, end, 0.0],
        [lasting, 2050.0, 1.0],
    ]


def test_year_figure_marks_the_lasting_crossover(cheap_launch):
    windows = cheap_launch.cheaper_windows()
    assert windows[-1][1] is None
    figure = build_figures(Frame(cheap_launch)).charts["year"]
    assert len(figure.cheaper) == len(windows)
    last = figure.cheaper[-1]
    assert last.low == figure.crossover.value == float(cheap_launch["crossover_year"])
    assert last.high == float(cheap_launch["path.year"][-1]) and last.text == ""
    assert figure.crossover.text.startswith("lasting crossover ")
    rows = _windows_csv(figure)
    assert [float(r[2]) for r in rows[1:]] == [0.0] * (len(windows) - 1) + [1.0]


def test_breakdown_counts_only_parts_inside_the_boundary(results):
    power = evaluate(results.scenario.with_changes(boundary="power"))
    figure = build_figures(Frame(power, reference=results)).charts["breakdown"]
    assert figure.heights[PARTS.index("it_hardware")].tolist() == [0.0, 0.0]
    assert figure.heights.sum(axis=0)[1] == pytest.approx(float(power["space.usd_per_gpu_hour"]))
    assert figure.totals[1] == f"${float(power['space.usd_per_gpu_hour']):.2f}"
    assert figure.compared["reference"][0] == pytest.approx(
        float(results["earth.usd_per_gpu_hour"])
    )
    rows = _csv(figure)
    assert rows[0][:3] == ["part", "part_title", "current_earth_usd_per_gpu_hour"]
    assert len(rows) - 1 == len(PARTS) + 1


def test_scale_figure_and_csv(results):
    figure = build_figures(Frame(results, pinned=results)).charts["scale"]
    assert figure.curves["reference"] is None and figure.curves["pinned"] is not None
    assert figure.now is not None and figure.now[0] == results["space.launches_per_year"]
    header = _csv(figure)[0]
    assert header[:3] == ["launches_per_year", "current_gw_per_year", "pinned_gw_per_year"]
    assert header[-1] == "claim_l1_gw_per_year"


def test_claims_figure_has_every_claim_with_this_scenarios_and_todays_verdicts(cheap_launch):
    figure = build_figures(Frame(cheap_launch)).charts["claims"]
    assert [r.claim_id for r in figure.rows] == list(CLAIM_IDS)
    today = {c.claim_id: c for c in check_claims(evaluate(load_bundled("baseline-2026").scenario))}
    for row in figure.rows:
        assert row.today == today[row.claim_id].verdict
        assert row.claim in row.tooltip or row.claim_id in row.tooltip
        assert escape(claim_quote(row.claim_id)) in row.tooltip and "Dwarkesh" in row.tooltip
    assert _csv(figure)[0] == [
        "claim_id",
        "claim",
        "value",
        "threshold",
        "verdict",
        "today_value",
        "today_verdict",
    ]
    assert [item.text.split(":")[0] for item in figure.legend] == [
        "holds",
        "fails",
        "input",
        "context",
    ]


def test_todays_world_is_evaluated_once(results, cheap_launch, monkeypatch):
    import explorer.present.figures.claims as board

    board.today_checks()
    monkeypatch.setattr(board, "evaluate", lambda *_: pytest.fail("today's world again"))
    build_figures(Frame(results))
    build_figures(Frame(cheap_launch))


def test_a_claim_granted_its_own_value_says_so_in_its_tooltip():
    seed = evaluate(load_bundled("seed-claims-2026").scenario)
    rows = {r.claim_id: r for r in build_figures(Frame(seed)).charts["claims"].rows}
    assert rows["G1"].verdict == "input" and "Server and network overhead" in rows["G1"].tooltip
    assert rows["L4"].verdict == "fails" and "even with the claim" in rows["L4"].tooltip


def test_bridge_figure_steps_add_up_and_largest_come_first():
    a = load_bundled("starcloud-2024").scenario
    b = load_bundled("baseline-2026").scenario
    frame = Frame(evaluate(b), bridge=compute_bridge(a, b))
    figure = build_figures(frame).charts["bridge"]
    ratio = figure.waterfalls["space_to_earth_ratio"]
    first, *steps, last = ratio.bars
    assert (first.kind, last.kind) == ("total", "total")
    assert first.end == pytest.approx(float(evaluate(a)["space_to_earth_ratio"]))
    assert last.end == pytest.approx(float(frame.current["space_to_earth_ratio"]))
    # Each step floats from where the one before ended, and they end at B.
    level = first.end
    for step in steps:
        assert step.start == pytest.approx(level)
        level = step.end
    assert level == pytest.approx(last.end, rel=1e-9)
    sizes = [abs(s.end - s.start) for s in steps]
    assert sizes == sorted(sizes, reverse=True)
    assert set(figure.waterfalls) == {
        "space_to_earth_ratio",
        "space.usd_per_gpu_hour",
        "earth.usd_per_gpu_hour",
    }
    assert not figure.note
    header = _csv(figure)[0]
    assert header == ["metric", "step", "title", "from", "to", "change"]
    boundary = next(s for s in steps if s.key == "boundary")
    assert "Accounting boundary" in boundary.title and "→" in boundary.tooltip


def test_bridge_figure_waits_while_the_scenario_moves(results):
    a = Scenario()
    moved = evaluate(a.with_changes(launch_price_usd_per_kg=500))
    snapshot = compute_bridge(a, a.with_changes(launch_price_usd_per_kg=900))
    figure = build_figures(Frame(moved, bridge=snapshot)).charts["bridge"]
    assert figure.note == "Updating once the scenario rests"
    assert build_figures(Frame(results)).charts["bridge"].waterfalls == {}
    same = build_figures(Frame(results, bridge=compute_bridge(a, a))).charts["bridge"]
    assert same.waterfalls["space_to_earth_ratio"].note == "Nothing differs from the preset"


def test_tornado_figure_labels_and_csv(orbit_favoured):
    scenario = orbit_favoured.scenario
    figure = build_figures(frame_of(scenario)).charts["tornado"]
    assert figure.rows, "a scenario with a crossover has rows"
    row = figure.rows[0]
    assert row.low_text.startswith(row.low_setting) and " → " in row.low_text
    assert row.low_short in row.low_text
    assert figure.x.label == "Crossover year"
    assert _csv(figure)[0][:3] == ["parameter", "low_setting", "high_setting"]
    # Each bar's ends are the parameter's spread around its value (what the model swung), not
    # the registry's limits.
    (varied,) = [v for v in describe(scenario) if v.key == row.key]
    unit = PARAMS_BY_KEY[row.key].unit
    assert row.low_setting == f"{numbers.quantity(varied.low)} {unit}".strip()
    assert row.high_setting == f"{numbers.quantity(varied.high)} {unit}".strip()
    empty = build_figures(Frame(evaluate(scenario))).charts["tornado"]
    assert empty.rows == () and empty.note == "No sensitivity rows yet"


def test_a_tornado_with_no_row_says_why(results):
    # The baseline has no crossover, and no parameter alone makes one within its spread.
    figure = build_figures(frame_of(results.scenario)).charts["tornado"]
    assert figure.rows == ()
    assert figure.note == "No parameter alone, across its spread, moves the crossover year"


def test_the_preset_and_pinned_curves_are_derived_once(results, cheap_launch):
    builder = FigureBuilder()
    first = builder.build(Frame(results, reference=cheap_launch))
    moved = evaluate(results.scenario.with_changes(launch_price_usd_per_kg=500))
    second = builder.build(Frame(moved, reference=cheap_launch))
    assert builder.builds == 2
    launch = [f.charts["launch_price"] for f in (first, second)]
    assert launch[1].costs["reference"] is launch[0].costs["reference"]
    assert launch[1].costs["current"] is not launch[0].costs["current"]
    claims = [f.charts["claims"] for f in (first, second)]
    # The rows the drag did not change come back as the same objects (the board skips them).
    same = [a is b for a, b in zip(claims[0].rows, claims[1].rows, strict=True)]
    assert any(same) and not all(same)


def test_headline_words_and_numbers(results):
    figure = headline_figure(results)
    assert figure.tiles["earth"].value == f"${float(results['earth.usd_per_gpu_hour']):.2f}"
    assert figure.tiles["crossover"].note == "Claim H1: 36 months → Feb 2029"
    assert figure.tiles["crossover"].value == "none by 2050"
    assert crossover_text(2031.6) == "Aug 2031 (2.5 yr after claim)"
    assert ratio_text(0.5) == "0.50× (orbit cheaper)"
    infeasible = headline_figure(
        evaluate(
            Scenario().with_changes(
                radiator_sides=1, radiator_temp_c=20, radiator_absorbed_w_per_m2=400
            )
        )
    )
    assert infeasible.infeasible and infeasible.tiles["space"].value == "infeasible"
    assert infeasible.reasons.startswith("Not feasible: ") and "radiator" in infeasible.reasons
    assert figure.mass_warning == figure.mass_warning_tip == ""


def test_the_headline_warns_when_a_top_down_mass_is_lighter_than_its_parts():
    # Claim L1's 100 W/kg (docs/model-changes.md): the radiator is left 0.42 kg/m² against the
    # registry's lightest 3, the array 0.15 against 0.3.
    light = evaluate(Scenario({"mass_model": "top_down", "system_w_per_kg": 100}))
    warnings = {w.part: w for w in light.mass_warnings()}
    assert set(warnings) == {"array", "radiator"}
    heavier = float(light["space.bottom_up_mass_kg"]) / float(light["space.mass_kg"])
    figure = headline_figure(light)
    radiator = f"the radiator {warnings['radiator'].implied:.2g} kg/m² (lightest 3)"
    assert radiator in figure.mass_warning
    assert figure.mass_warning.endswith(f"built from its parts, {heavier:.1f}x as heavy")
    assert figure.mass_warning_tip.startswith("Top-down at 100 W/kg leaves the array ")
    assert "the lightest in the registry is 3 kg/m²" in figure.mass_warning_tip
    assert f"would weigh {heavier:.1f}x as much" in figure.mass_warning_tip
