"""`space-ai-explorer talk`: the captions checked, the handout as a PDF (one page a scene, opened
by a PDF reader), the slides as PNGs carrying their scenarios, and every mistake one line."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.io import load_preset
from explorer.io.png_text import PNG_SIGNATURE
from explorer.present.talk import open_talk


@pytest.fixture(scope="module")
def talk():
    return open_talk()


def run(*argv: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "explorer", "talk", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_check_reads_every_caption_against_the_model(talk, capsys):
    assert main(["talk", "--check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(talk.scenes)
    assert all(
        line.startswith(f"scene {n} (") and ": ok (" in line for n, line in enumerate(lines, 1)
    )


def test_check_names_a_caption_that_no_longer_holds(tmp_path, capsys):
    talk = tmp_path / "wrong.yaml"
    talk.write_text(
        "schema_version: 1\ntitle: T\nscenes:\n"
        "  - {title: Cheap, chart: year, caption: Orbit wins,\n"
        "     expect: {space_to_earth_ratio: below 1}}\n"
    )
    assert main(["talk", str(talk), "--check"]) == 1
    out = capsys.readouterr().out
    assert "scene 1 (Cheap): FAILS (1 check)" in out
    assert "Caption no longer holds: space_to_earth_ratio is 4.07, needs below 1" in out


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_the_handout_has_one_page_a_scene_and_opens_in_a_pdf_reader(talk, tmp_path):
    out = tmp_path / "handout.pdf"
    done = run("--export-pdf", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {out}"
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and _pages(data) == len(talk.scenes)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed to render a page")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "3", "-l", "3", str(out), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    [page] = tmp_path.glob("p-*3.png")
    assert page.stat().st_size > 5000  # a page with a chart on it, not a blank one


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("width", [1920, 3840])
def test_one_slide_a_scene_with_its_scenario(talk, width, tmp_path):
    folder = tmp_path / "slides"
    done = run("--export-png", str(folder), "--width", str(width))
    assert done.returncode == 0, done.stderr
    slides = sorted(folder.glob("*.png"))
    assert len(slides) == len(talk.scenes) == len(done.stdout.splitlines())
    for slide, scene in zip(slides, talk.scenes, strict=True):
        assert _png_size(slide) == (width, width * 9 // 16)
        preset = load_preset(slide)  # the slide reopens as its scene's scenario
        assert preset.scenario == scene.scenario and preset.name == scene.title.en
    assert slides[0].name == "01-todays-market.png"


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["no-such-talk"], 1, "no-such-talk: no bundled talk of that name"),
        (["--export-png", "x", "--width", "100"], 2, "--width 100: allowed 320 to 16,384 pixels"),
        (["--width", "3840"], 2, "--width without --export-png"),
        (["--check", "--export-pdf", "x.pdf"], 2, "--check and the exports are separate runs"),
    ],
)
def test_mistakes(argv, code, says, capsys):
    assert main(["talk", *argv]) == code
    assert says in capsys.readouterr().err


def test_a_bad_talk_file_lists_every_problem(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\ntitle: T\nscenes:\n"
        "  - {title: A, chart: pie, caption: C, params: {launch_price_usd_per_kg: 0}}\n"
    )
    assert main(["talk", str(bad), "--export-pdf", str(tmp_path / "h.pdf")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"space-ai-explorer: {bad}:4: scene 1.chart: unknown chart")
    assert err[1].startswith(
        f"space-ai-explorer: {bad}:4: scene 1.params.launch_price_usd_per_kg: 0 is out of range"
    )
    assert not (tmp_path / "h.pdf").exists()


def test_the_talk_view_needs_a_display(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert main(["talk"]) == 1
    assert "no display to open the window on" in capsys.readouterr().err
