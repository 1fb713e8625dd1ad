"""Every file of the broken-preset corpus is refused with one clear message (issue 6)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from explorer.cli import main
from explorer.io import PresetError, load_preset

CORPUS = Path(__file__).parents[1] / "data" / "broken_presets"
EXPECTED: dict[str, dict] = yaml.safe_load((CORPUS / "EXPECTED.yaml").read_text())
FILES = sorted(EXPECTED)


def test_corpus_is_complete() -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.name != "EXPECTED.yaml"}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 40


@pytest.mark.parametrize("name", FILES)
def test_broken_preset_message(name: str) -> None:
    path = CORPUS / name
    expected = EXPECTED[name]
    with pytest.raises(PresetError) as caught:
        load_preset(path)
    first = caught.value.problems[0]
    assert first.file == str(path)
    assert first.line == expected["line"]
    assert first.key == expected["key"]
    text = str(first)
    assert expected["says"] in text
    prefix = str(path) if expected["line"] is None else f"{path}:{expected['line']}"
    assert text.startswith(prefix + ": ")
    assert "\n" not in text


def test_every_problem_of_a_file_is_reported() -> None:
    with pytest.raises(PresetError) as caught:
        load_preset(CORPUS / "many_problems.yaml")
    assert [(p.line, p.key) for p in caught.value.problems] == [
        (4, "params.pue"),
        (5, "params.capacity_gw"),
        (6, "params.boundary"),
    ]


@pytest.mark.parametrize("name", FILES)
def test_validate_exits_1(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(CORPUS / name)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(str(CORPUS / name))
    assert "Traceback" not in out


# Loads each file in a fresh interpreter, timing each, then reports the process's peak memory.
_PROBE = """
import json, resource, sys, time
from explorer.io import PresetError, load_preset
times = {}
for name in sys.argv[1:]:
    start = time.perf_counter()
    try:
        load_preset(name)
        raise SystemExit(f"{name} was accepted")
    except PresetError:
        pass
    times[name] = time.perf_counter() - start
# VmHWM is this process's own peak; on Linux ru_maxrss also counts the parent's peak from
# before exec (vfork), so it said 260 MB whenever earlier tests had grown pytest's memory.
try:
    with open("/proc/self/status") as status:
        peak_kb = int(next(line for line in status if line.startswith("VmHWM:")).split()[1])
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"times": times, "peak_mb": peak_kb / 1024}))
"""


@pytest.fixture
def twenty_megabytes(tmp_path: Path) -> Path:
    path = tmp_path / "twenty_megabytes.yaml"
    line = b"  capacity_gw: 1  # padding padding padding padding padding padding padding\n"
    with path.open("wb") as handle:
        handle.write(b"schema_version: 1\nname: big\nparams:\n")
        handle.write(line * (20 * 1024 * 1024 // len(line) + 1))
    return path


def test_each_rejected_fast_and_small(twenty_megabytes: Path) -> None:
    files = [str(CORPUS / n) for n in FILES] + [str(twenty_megabytes)]
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *files], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    slow = {n: t for n, t in report["times"].items() if t >= 1.0}
    assert not slow
    # The interpreter with numpy and yaml is about 40 MB; an expanded alias bomb or a 20 MB file
    # read whole would take far more.
    assert report["peak_mb"] < 200


def test_twenty_megabytes_refused_by_size(twenty_megabytes: Path) -> None:
    with pytest.raises(PresetError, match=r"at most 131,072 bytes"):
        load_preset(twenty_megabytes)


def test_validate_many_files_in_one_process() -> None:
    files = [str(CORPUS / n) for n in FILES]
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "validate", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    for name in files:
        assert name in done.stdout
    assert ": ok" not in done.stdout
