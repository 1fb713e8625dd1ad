"""`export`: argument handling and chart names in the help.

A stand-in for ``explorer.ui.export`` records what the command line asks of it, so these tests need
no Qt; the end-to-end export, with the preset riding in the PNG, lives in test_export_png.py.
"""

from __future__ import annotations

import sys
import types
from importlib.resources import files
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.io import PRESET_PNG_KEY, load_preset, read_png_text
from explorer.present.figures import CHART_NAMES

ICON = files("explorer.bundled_resources").joinpath("icons", "space-ai-explorer-16.png")


@pytest.fixture
def fake_export(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    calls: list[dict] = []

    def export_png(
        scenario,
        chart,
        path,
        width=1920,
        preset_name="",
        sources=(),
        theme="light",
        samples=0,
        seed=0,
        tornado_metric="crossover_year",
        description="",
        bridge_from=None,
    ):
        calls.append(
            {
                "scenario": scenario,
                "chart": chart,
                "width": width,
                "name": preset_name,
                "sources": sources,
                "theme": theme,
                "samples": samples,
                "seed": seed,
                "tornado_metric": tornado_metric,
                "description": description,
                "bridge_from": bridge_from,
            }
        )
        Path(path).write_bytes(ICON.read_bytes())

    module = types.ModuleType("explorer.ui.export")
    module.MIN_WIDTH = 320  # type: ignore[attr-defined]
    module.export_png = export_png  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "explorer.ui.export", module)
    return calls


def test_help_lists_chart_names(fake_export: list[dict], capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    listed = ", ".join((*CHART_NAMES, "dashboard"))
    assert f"charts: {listed}" in capsys.readouterr().out.replace("\n", " ")


def test_export_passes_the_scenario_and_its_preset(
    fake_export: list[dict], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "slide.png"
    argv = ["export", "suncatcher-2025", "--chart", "year", "--out", str(out)]
    more = ["--width", "3840", "--theme", "dark", "--set", "launch_price_usd_per_kg=300"]
    assert main([*argv, *more]) == 0
    (call,) = fake_export
    assert call["chart"] == "year"
    assert call["width"] == 3840
    assert call["theme"] == "dark"
    assert call["name"] == "Suncatcher 2025 (as published)"
    assert call["sources"] and "2511.19468" in call["sources"][0]
    assert call["scenario"]["launch_price_usd_per_kg"] == 300.0
    # The bridge runs from the preset as loaded to the scenario with --set.
    assert call["bridge_from"]["launch_price_usd_per_kg"] == 200.0
    assert call["bridge_from"].diff(call["scenario"]).keys() == {"launch_price_usd_per_kg"}
    with out.open("rb") as handle:
        assert read_png_text(handle, PRESET_PNG_KEY) is not None
    assert load_preset(out).scenario == call["scenario"]
    assert capsys.readouterr().out.strip() == f"wrote {out}"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--chart", "pie", "--out", "x.png"], "unknown chart 'pie' (allowed: launch_price, year"),
        (["--chart", "breakdown", "--out", "x.png", "--width", "4"], "allowed 320 to 16,384"),
        (["--chart", "breakdown", "--out", "x.png", "--width", "100"], "allowed 320 to 16,384"),
    ],
)
def test_bad_export_arguments(
    argv: list[str], says: str, fake_export: list[dict], capsys: pytest.CaptureFixture
) -> None:
    assert main(["export", *argv]) == 2
    assert says in capsys.readouterr().err
    assert fake_export == []


def test_chart_and_out_are_required(fake_export: list[dict], capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--out", "x.png"])
    assert exited.value.code == 2
    assert "--chart" in capsys.readouterr().err


def test_bad_set_is_refused_before_exporting(
    fake_export: list[dict], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "x.png"
    argv = ["export", "--chart", "breakdown", "--out", str(out), "--set", "pue=3"]
    assert main(argv) == 1
    assert "--set pue: 3 is out of range" in capsys.readouterr().err
    assert fake_export == []
    assert not out.exists()


def test_export_module_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "explorer.ui.export", None)
    assert main(["export", "--chart", "year", "--out", "x.png"]) == 1
    assert "PNG export is not available" in capsys.readouterr().err
